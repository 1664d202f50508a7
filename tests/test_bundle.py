"""Packaging: one version, the icons, Info.plist keys, the NSIS script, and the built bundle's Qt parts.

The checks of the built bundle (``dist/cxdesk``) are skipped on a developer's machine without a
build and FAIL under CI (``CI=true``), where .ci/run builds it first.
"""

import plistlib
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import desktop
from tests.built_app import BUNDLE, EXECUTABLE, in_ci, shown

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging" / "pyinstaller_hooks"))
import qt_selection  # noqa: E402


def needs(condition: bool, message: str) -> None:
    if not condition:
        if in_ci():
            pytest.fail(f"{message} (required under CI)")
        pytest.skip(message)


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_the_app_reports_the_version_of_pyproject():
    assert desktop.__version__ == project_version()


def test_icons_are_made_from_the_svg_at_every_size(tmp_path):
    try:
        from PIL import Image
    except ImportError:
        needs(False, "Pillow is not installed (pip install -e '.[package]')")
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import make_icons
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    ico, icns = make_icons.make_icons(ROOT / "resources" / "icons" / "app.svg", tmp_path)
    with Image.open(ico) as image:
        assert image.format == "ICO"
        assert {(s, s) for s in make_icons.ICO_SIZES} <= set(image.info["sizes"])
    with Image.open(icns) as image:
        assert image.format == "ICNS"
        assert max(image.info["sizes"]) == (512, 512, 2)  # 1024 px for Retina
    with Image.open(tmp_path / "app-16.png") as small:
        assert small.size == (16, 16) and small.getpixel((8, 8))[3] == 255  # drawn, not empty


def test_info_plist_allows_dark_mode_and_retina():
    keys = plistlib.loads((ROOT / "packaging" / "macos" / "Info.plist.part").read_bytes())
    assert keys["NSRequiresAquaSystemAppearance"] is False
    assert keys["NSHighResolutionCapable"] is True
    assert "Info.plist.part" in (ROOT / "build.spec").read_text(encoding="utf-8")


def test_the_nsis_script_installs_per_user_without_admin_rights():
    script = (ROOT / "packaging" / "windows" / "cxdesk.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"' in script
    assert 'CreateShortcut "$SMPROGRAMS\\${APP_NAME}.lnk"' in script
    assert re.search(r'WriteRegStr HKCU "\$\{UNINSTALL_KEY\}" "UninstallString"', script)
    assert "HKLM" not in script and "RequestExecutionLevel admin" not in script


def test_the_nsis_script_compiles(tmp_path):
    needs(shutil.which("makensis") is not None, "makensis is not installed (apt-get install nsis)")
    placeholder = tmp_path / "cxdesk"
    (placeholder / "_internal").mkdir(parents=True)
    (placeholder / "cxdesk.exe").write_bytes(b"MZ placeholder")
    (placeholder / "_internal" / "base_library.zip").write_bytes(b"PK placeholder")
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "windows" / "make_installer.py"), "--validate",
                             "--dist", str(placeholder)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "validated" in result.stdout


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
    ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/lib/libQt6Core.so.6", True),
])
def test_the_qt_plugin_selection(dest, kept):
    assert qt_selection.is_kept(dest) is kept


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/lib/libQt6Network.so.6", True),  # the single-instance check's local socket
    ("libQt6Qml.so.6", False),
    ("PySide6/Qt/lib/QtWebEngineCore.framework/Resources/Info.plist", False),
    ("PySide6/Qt6Quick.dll", False),
    ("PySide6/Qt/translations/qtbase_de.qm", True),  # Qt's own buttons in German and French (issue 12)
    ("PySide6/Qt/translations/qtbase_fr.qm", True),
    ("PySide6/Qt/translations/qtbase_es.qm", False),
    ("PySide6/Qt/translations/qtdeclarative_de.qm", False),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt/lib/QtSvg.framework/Versions/A/QtSvg", True),
])
def test_the_qt_library_selection(dest, kept):
    assert qt_selection.keep_entry((dest, "src", "BINARY")) is kept


@pytest.fixture
def bundle() -> Path:
    needs(EXECUTABLE.exists(), f"{shown(EXECUTABLE)} is not built (pyinstaller build.spec --noconfirm)")
    return BUNDLE


def test_the_built_bundle_has_one_qt_binding_and_only_the_qt_parts_the_app_uses(bundle):
    files = [p.relative_to(bundle) for p in bundle.rglob("*")]
    parts = {part for path in files for part in path.parts}
    assert not parts & {"PyQt5", "PyQt6", "PySide2", "shiboken2", "cryptography", "pytest", "PyInstaller",
                        "mypy", "rich", "pygments", "PIL", "pillow.libs", "yaml", "importlinter", "grimp"}
    unwanted = sorted(str(p) for p in files if any(qt_selection.DROP_QT_LIBS.match(part) for part in p.parts))
    assert unwanted == []
    plugin_dirs = {p.parts[p.parts.index("plugins") + 1] for p in files
                   if "plugins" in p.parts and len(p.parts) > p.parts.index("plugins") + 2}
    assert plugin_dirs <= set(qt_selection.KEEP_PLUGINS)
    plugins = {(p.parent.name, qt_selection.plugin_name(p.name)) for p in files if "plugins" in p.parts}
    native = {"linux": "xcb", "darwin": "cocoa", "win32": "windows"}[sys.platform]
    assert {("platforms", "offscreen"), ("platforms", native), ("imageformats", "svg"),
            ("iconengines", "svgicon")} <= plugins
    qt_translations = {p.name for p in files if "translations" in p.parts and p.suffix == ".qm"}
    assert qt_translations == qt_selection.KEEP_TRANSLATIONS  # Qt's base translations for de and fr only
    assert {p.name for p in files if p.name.startswith("cxdesk_") and p.suffix == ".qm"} == {"cxdesk_de.qm",
                                                                                              "cxdesk_fr.qm"}
    expected_forms = (bundle / "_internal" / "desktop" / "expected_forms.txt").read_text(encoding="utf-8").split()
    assert "main_window" in expected_forms and "about_dialog" in expected_forms  # the self-test's list


def test_the_built_app_reports_the_version_of_pyproject(bundle):
    result = subprocess.run([str(EXECUTABLE), "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout.strip() == f"cxdesk {project_version()}"


def test_the_built_bundle_carries_babel_data_only_for_the_offered_languages(bundle):
    from desktop.domain.locales import OFFERED_LANGUAGES

    data = bundle / "_internal" / "babel" / "locale-data"
    names = {path.stem for path in data.glob("*.dat")}
    languages = {name.split("_")[0] for name in names}
    assert languages == {"root", *OFFERED_LANGUAGES}
    assert {"en_US", "en_GB", "de_DE", "de_AT", "fr_FR", "fr_CA"} <= names  # every region of an offered language
    assert (bundle / "_internal" / "babel" / "global.dat").exists()  # currencies, territories, time zones


def test_every_large_part_of_the_bundle_has_a_reason_and_no_app_module_is_missing(bundle):
    sys.path.insert(0, str(ROOT / "packaging"))
    import bundle_report

    table, problems = bundle_report.report(bundle, ROOT / "build" / "build" / "warn-build.txt")
    assert problems == [], table
    assert "| `PySide6` |" in table


def test_the_bundle_report_flags_a_large_part_without_a_reason(tmp_path):
    sys.path.insert(0, str(ROOT / "packaging"))
    import bundle_report

    internal = tmp_path / "cxdesk" / "_internal"
    (internal / "PySide6").mkdir(parents=True)
    (internal / "PySide6" / "QtCore.so").write_bytes(b"\0" * 2 * bundle_report.EXPLAIN_FROM)
    (internal / "mystery_blob").write_bytes(b"\0" * 2 * bundle_report.EXPLAIN_FROM)
    warn = tmp_path / "warn-build.txt"
    warn.write_text("missing module named desktop.server.child - imported by desktop.server (delayed)\n",
                    encoding="utf-8")
    table, problems = bundle_report.report(tmp_path / "cxdesk", warn)
    assert "**unexplained**" in table
    assert problems == ["unexplained: mystery_blob (2.0 MiB)",
                        "PyInstaller could not find the app's module desktop.server.child"]
