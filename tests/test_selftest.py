"""``cxdesk --self-test`` passes on a whole installation and fails, naming the part, when one is missing.

From source it always runs. On the frozen build (``dist/cxdesk``, made by ``pyinstaller build.spec``)
the tests copy the folder (hard links), delete one part from the copy (the SVG image-format plugin,
a compiled form) and expect the copy's self-test to fail on it. Without a build they are skipped on a
developer's machine and FAIL under CI (``CI=true``), where .ci/run builds the app before the tests.
"""

import locale
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.built_app import BUNDLE, EXECUTABLE, in_ci, shown

ROOT = Path(__file__).resolve().parent.parent


def run_self_test(command: list[str], tmp_path: Path, **kwargs) -> tuple[int, list[str], str]:
    report = tmp_path / "report.txt"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CXDESK_HOME": str(tmp_path / "never-used"),
           "PYTHONIOENCODING": "utf-8", **kwargs.pop("env", {})}
    result = subprocess.run([*command, "--self-test", str(report)], env=env, capture_output=True,
                            timeout=180, stdin=subprocess.DEVNULL, **kwargs)
    lines = printed(result.stdout).splitlines()
    assert report.read_text(encoding="utf-8").splitlines() == lines
    return result.returncode, lines, printed(result.stderr)


def printed(output: bytes) -> str:
    """What a child printed: UTF-8 from source (PYTHONIOENCODING), the code page from a frozen Windows app
    (a frozen app ignores PYTHON* variables; Windows pipes carry the ANSI code page, e.g. cp1252)."""
    try:
        return output.decode("utf-8")
    except UnicodeDecodeError:
        return output.decode(locale.getencoding())


def checks(lines: list[str]) -> dict[str, str]:
    """``{check name: "ok" | "FAIL"}`` from the self-test's lines."""
    found = {}
    for line in lines:
        status, _, rest = line.partition(" ")
        if status in {"ok", "FAIL"}:
            found[rest.strip().split(":")[0]] = status
    return found


EVERY_CHECK = {"start", "qt platform", "image formats", "icon engine", "resources", "forms", "translations",
               "domain data", "tls",
               "trust store", "keyring", "single instance", "log", "sandbox", "account", "mail catcher", "main window",
               "diagnostics", "clean-up"}


def test_self_test_passes_from_source(tmp_path):
    code, lines, stderr = run_self_test([sys.executable, "-m", "desktop"], tmp_path)
    assert code == 0, "\n".join(lines) + stderr
    assert checks(lines) == dict.fromkeys(EVERY_CHECK, "ok")
    assert lines[-1].startswith("self-test passed: all 19 checks")
    assert any(line.startswith("ok   main window: rendered") and "Help" in line for line in lines)
    assert not (tmp_path / "never-used").exists()  # it ran in a temporary home of its own


def test_self_test_from_source_fails_when_a_compiled_form_is_missing(tmp_path):
    copy = tmp_path / "src"
    shutil.copytree(ROOT / "desktop", copy / "desktop", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "ui", copy / "ui")
    (copy / "desktop" / "forms" / "ui_contact_dialog.py").unlink()
    code, lines, _ = run_self_test([sys.executable, "-m", "desktop"], tmp_path, cwd=copy,
                                   env={"PYTHONPATH": str(copy)})
    assert code == 1
    assert any(line.startswith("FAIL forms: 1 of") and "ui_contact_dialog" in line for line in lines)
    assert lines[-1].startswith("self-test FAILED")


@pytest.fixture
def bundle() -> Path:
    """The frozen build's folder; skipped when not built, except under CI, where that is a failure."""
    if not EXECUTABLE.exists():
        message = f"{shown(EXECUTABLE)} is not built (pyinstaller build.spec --noconfirm)"
        if in_ci():
            pytest.fail(f"{message}: .ci/run must build it before the tests")
        pytest.skip(message)
    return BUNDLE


def linked_copy(source: Path, target: Path) -> Path:
    """Copy a folder with hard links (fast, and deleting from the copy leaves the original whole)."""
    def link(src, dst):
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(source, target, symlinks=True, copy_function=link)
    return target


def one(folder: Path, pattern: str) -> Path:
    found = sorted(folder.glob(pattern))
    assert len(found) == 1, f"{pattern}: {found}"
    return found[0]


def test_self_test_passes_on_the_built_app(bundle, tmp_path):
    code, lines, stderr = run_self_test([str(EXECUTABLE)], tmp_path)
    assert code == 0, "\n".join(lines) + stderr
    assert checks(lines) == dict.fromkeys(EVERY_CHECK, "ok")
    assert "(frozen)" in lines[0]


def test_built_app_without_the_svg_image_plugin_fails(bundle, tmp_path):
    copy = linked_copy(bundle, tmp_path / "cxdesk")
    one(copy, "**/plugins/imageformats/*qsvg*").unlink()
    code, lines, _ = run_self_test([str(copy / EXECUTABLE.name)], tmp_path)
    assert code == 1
    assert any(line.startswith("FAIL image formats: cannot read svg") for line in lines)
    assert checks(lines)["resources"] == "FAIL"
    assert EXECUTABLE.exists() and one(bundle, "**/plugins/imageformats/*qsvg*").exists()  # original untouched


def test_built_app_without_a_compiled_form_fails(bundle, tmp_path):
    copy = linked_copy(bundle, tmp_path / "cxdesk")
    one(copy, "**/desktop/forms/ui_company_dialog.pyc").unlink()
    code, lines, _ = run_self_test([str(copy / EXECUTABLE.name)], tmp_path)
    assert code == 1
    assert any(line.startswith("FAIL forms: 1 of") and "ui_company_dialog" in line for line in lines)
