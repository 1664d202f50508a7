"""The macOS build checked on paper (packaging/macos/check_static.py): Info.plist, the dmg recipe, the wheel.

The Info.plist, dmg-recipe and wheel-name checks run here on made-up inputs too, to prove they fail
when they should. The check of the real PySide6 wheels needs them in ``build/macos-wheels``: .ci/run
downloads them (``check_static.py``, which fails there without them) before the tests; elsewhere
(a developer's machine, the GitHub runners) those tests are skipped without them.
"""

import os
import plistlib
import re
import shutil
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging" / "macos"))
import check_static  # noqa: E402
import dmg_commands  # noqa: E402
import wheel_check  # noqa: E402

MACOS = ROOT / "packaging" / "macos"
README = "**macOS 14.4 or newer** (Apple silicon or Intel)"
SPEC = 'info_plist = plistlib.loads((ROOT / "packaging" / "macos" / "Info.plist.part").read_bytes())'
KEYS = {"NSRequiresAquaSystemAppearance": False, "NSHighResolutionCapable": True, "LSMinimumSystemVersion": "14.4"}


def failures(result) -> list[str]:
    return [line for line in result.lines if line.startswith("FAIL")]


def test_the_real_info_plist_keeps_the_readme_promises():
    keys = plistlib.loads((MACOS / "Info.plist.part").read_bytes())
    result = check_static.check_plist(keys, (ROOT / "build.spec").read_text(encoding="utf-8"),
                                      (ROOT / "README.md").read_text(encoding="utf-8"), floor=(14, 4))
    assert not result.failed, result.lines
    assert len(result.lines) == 5


@pytest.mark.parametrize(("change", "readme", "floor", "failing"), [
    ({"NSRequiresAquaSystemAppearance": True}, README, (14, 0), "NSRequiresAquaSystemAppearance"),
    ({"NSHighResolutionCapable": None}, README, (14, 0), "NSHighResolutionCapable"),
    ({"LSMinimumSystemVersion": "11.0"}, "**macOS 11 or newer**", (14, 4), "LSMinimumSystemVersion: 11.0"),
    ({}, "**macOS 13 or newer**", (14, 0), "README says 13"),
    ({"LSMinimumSystemVersion": "latest"}, README, (14, 0), "is not a version"),
])
def test_a_broken_promise_in_the_info_plist_fails(change, readme, floor, failing):
    keys = {key: value for key, value in {**KEYS, **change}.items() if value is not None}
    result = check_static.check_plist(keys, SPEC, readme, floor)
    assert result.failed
    assert any(failing in line for line in failures(result)), result.lines


def test_build_spec_must_not_override_a_promised_key():
    result = check_static.check_plist(KEYS, SPEC + "\ninfo_plist.update(NSHighResolutionCapable=False)", README, None)
    assert failures(result) == ["FAIL build.spec merges Info.plist.part: and sets NSHighResolutionCapable itself"]


def test_the_real_dmg_recipe_uses_only_commands_that_exist_on_macos():
    assert dmg_commands.check_script(MACOS / "make_dmg.sh") == []
    names = {words[0] for _, words in dmg_commands.commands((MACOS / "make_dmg.sh").read_text(encoding="utf-8"))}
    assert {"hdiutil", "codesign", "ditto", "xcrun", "spctl", "basename", "rm"} <= names  # also in $( ) and trap


def test_a_dmg_recipe_with_unknown_commands_or_options_fails(tmp_path):
    script = tmp_path / "make_dmg.sh"
    script.write_text("\n".join([
        "#!/usr/bin/env bash",
        'set -euo pipefail; VERSION=$(gsed -n 1p VERSION)',                     # 2: a GNU tool, not on macOS
        'hdiutil create -volname "X" -srcfolder "$S" -format UDXX "$DMG"',     # 3: no such image format
        'xcrun notarytool submit "$DMG" --keychain-profile p --no-wait',       # 4: no such option
        'xcrun altool --notarize-app -f "$DMG"',                               # 5: not a tool checked through xcrun
        'codesign --sign "$ID" --options runtime "$DMG" 2>&1 | grep -q ok',    # 6: fine
        'hdiutil makehybrid -o x.iso "$S"',                                    # 7: not a known subcommand
        'codesign --verify \\',                                                # 8: continued on 9
        '    --bogus "$APP"',
    ]) + "\n", encoding="utf-8")
    problems = dmg_commands.check_script(script)
    assert [problem.split(":")[0] for problem in problems] == [f"line {n}" for n in (2, 3, 4, 5, 7, 8)], problems
    assert "gsed" in problems[0] and "UDXX" in problems[1] and "--no-wait" in problems[2]
    assert "xcrun altool" in problems[3] and "makehybrid" in problems[4] and "--bogus" in problems[5]


@pytest.mark.skipif(os.name != "posix" or shutil.which("bash") is None, reason="bash -n runs on Linux and macOS")
def test_a_dmg_recipe_with_a_syntax_error_fails(tmp_path):
    script = tmp_path / "make_dmg.sh"
    script.write_text('if [ -n "$X" ]; then\n    echo x\n', encoding="utf-8")
    assert any(problem.startswith("bash -n") for problem in dmg_commands.check_script(script))


def fake_wheel(path: Path, leave_out: str = "") -> Path:
    """A zip with the names of a PySide6 macOS wheel's parts the selection keeps (no real binaries)."""
    names = [f"PySide6/Qt/plugins/{plugin}" for plugin in (
        "platforms/libqcocoa.dylib", "platforms/libqoffscreen.dylib", "platforms/libqminimal.dylib",
        "imageformats/libqsvg.dylib", "imageformats/libqjpeg.dylib", "iconengines/libqsvgicon.dylib",
        "styles/libqmacstyle.dylib")]
    for module in ("QtCore", "QtGui", "QtWidgets", "QtNetwork"):
        names += [f"PySide6/{module}.abi3.so", f"PySide6/Qt/lib/{module}.framework/Versions/A/{module}"]
    with zipfile.ZipFile(path, "w") as archive:
        for name in names:
            if leave_out not in name or not leave_out:
                archive.writestr(name, b"")
    return path


def test_a_wheel_with_every_kept_part_passes(tmp_path):
    result = wheel_check.check_names(fake_wheel(tmp_path / "w.whl"), wheel_check.app_qt_modules())
    assert not result.failed, result.lines
    assert "ok   plugins/platforms: cocoa, offscreen" in result.lines  # xcb and windows: other systems'


@pytest.mark.parametrize(("leave_out", "failing"), [
    ("libqcocoa", "FAIL plugins/platforms: missing cocoa"),
    ("libqsvgicon", "FAIL plugins/iconengines: missing svgicon"),
    ("libqmacstyle", "FAIL plugins/styles: none in the wheel"),
    ("QtNetwork.framework", "FAIL modules: missing QtNetwork"),
])
def test_a_wheel_without_a_kept_part_fails(tmp_path, leave_out, failing):
    result = wheel_check.check_names(fake_wheel(tmp_path / "w.whl", leave_out), wheel_check.app_qt_modules())
    assert result.failed
    assert failing in result.lines, result.lines


def test_the_app_imports_the_qt_modules_the_check_looks_for():
    assert {"QtCore", "QtGui", "QtWidgets", "QtNetwork"} <= wheel_check.app_qt_modules()


def test_a_wheel_tag_gives_its_oldest_macos():
    assert wheel_check.macos_floor(Path("pyside6_essentials-6.12.0-cp310-abi3-macosx_14_0_universal2.whl")) == (14, 0)
    assert wheel_check.macos_floor(Path("x-1.0-cp311-cp311-macosx_11_0_arm64.macosx_10_9_x86_64.whl")) == (10, 9)


@pytest.fixture
def real_wheels() -> list[Path]:
    pytest.importorskip("macholib", reason="macholib is in the package extra (pip install -e '.[package]')")
    version = wheel_check.pinned_pyside6()
    wheels = sorted(wheel_check.CACHE.glob(f"pyside6_essentials-{version}-*macosx*.whl"))
    wheels += sorted(wheel_check.CACHE.glob("shiboken6-*macosx*.whl"))
    if len(wheels) < 2:  # .ci/run runs check_static.py itself, which fails there without them
        pytest.skip("the macOS wheels are not in build/macos-wheels (python packaging/macos/check_static.py)")
    return wheels


@pytest.mark.parametrize("arch", sorted(wheel_check.ARCHES))
def test_the_real_wheels_hold_every_library_the_kept_parts_load(real_wheels, arch):
    result, floor = wheel_check.check_binaries(real_wheels, arch, wheel_check.app_qt_modules())
    assert not result.failed, result.lines
    assert floor <= check_static.version(plistlib.loads((MACOS / "Info.plist.part").read_bytes())
                                         ["LSMinimumSystemVersion"])


def test_a_selection_that_drops_a_framework_a_kept_plugin_loads_fails(real_wheels, monkeypatch):
    monkeypatch.setattr(wheel_check.qt_selection, "DROP_QT_LIBS", re.compile(r"^QtSvg"))
    result, _ = wheel_check.check_binaries(real_wheels, "arm64", wheel_check.app_qt_modules())
    assert result.failed
    assert "QtSvg.framework/Versions/A/QtSvg, which the selection drops" in failures(result)[0]
