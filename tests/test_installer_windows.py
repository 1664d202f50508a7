"""The Windows installer: a 64-bit program that refuses Windows before 10 version 1903.

Here the script is read and compiled with Debian's makensis, and the result's PE header is read. The
refusal was run by hand under wine 8 (see packaging/README.md, "What is verified where").
"""

import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = (ROOT / "packaging" / "windows" / "cxdesk.nsi").read_text(encoding="utf-8")
IMAGE_FILE_MACHINE = {0x8664: "amd64", 0x14C: "x86"}  # PE/COFF specification, "Machine Types"


def on_init() -> str:
    return re.search(r"^Function \.onInit$(.*?)^FunctionEnd$", SCRIPT, re.MULTILINE | re.DOTALL).group(1)


def test_the_installer_refuses_windows_before_10_1903_with_a_message_and_exit_code_2():
    body = on_init()
    assert "!define MIN_WINDOWS_BUILD 18362" in SCRIPT
    assert "${AtLeastBuild} ${MIN_WINDOWS_BUILD}" in body and "${AtLeastWin10}" in body
    refusals = re.findall(r'MessageBox MB_OK\|MB_ICONSTOP "([^"]+)" /SD IDOK\s+SetErrorLevel 2\s+Quit', body)
    assert len(refusals) == 2  # 32-bit Windows (an x86 build only) and Windows before 10 1903
    assert "1903" in refusals[1] and "ICU" in refusals[1]
    assert body.index("${AtLeastBuild}") < body.index("SetRegView 64")  # nothing happens before the check


def machine(exe: Path) -> str:
    data = exe.read_bytes()
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    assert data[pe:pe + 4] == b"PE\0\0"
    return IMAGE_FILE_MACHINE.get(struct.unpack_from("<H", data, pe + 4)[0], "other")


@pytest.mark.parametrize(("target", "expected"), [([], "amd64"), (["--target", "x86-unicode"], "x86")])
def test_the_installer_is_a_64_bit_program_by_default(tmp_path, target, expected):
    if shutil.which("makensis") is None:
        pytest.skip("makensis is not installed (apt-get install nsis)")
    dist = tmp_path / "cxdesk"
    (dist / "_internal").mkdir(parents=True)
    (dist / "cxdesk.exe").write_bytes(b"MZ placeholder")
    out = tmp_path / "CX-Account-Desk-test.exe"
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "windows" / "make_installer.py"),
                             "--dist", str(dist), "--out", str(out), *target],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert machine(out) == expected
