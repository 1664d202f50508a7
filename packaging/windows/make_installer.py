"""Build the Windows installer with makensis: version from pyproject.toml, the PyInstaller folder, optional signing.

Usage (after ``pyinstaller build.spec --noconfirm``)::

    python packaging/windows/make_installer.py [--dist dist/cxdesk] [--out dist/CX-Account-Desk-<v>-setup.exe]

The installer is built as a 64-bit program (``--target amd64-unicode``, makensis ``-XTarget``), like
the app it installs; a 32-bit stub would also need wine32 to be smoke-tested under wine.

Signing (Windows only, needs signtool from the Windows SDK on PATH), from the environment:
``CXDESK_WINDOWS_CERT`` (a ``.pfx`` file, or the SHA-1 thumbprint of a certificate in the user's
store), ``CXDESK_WINDOWS_CERT_PASSWORD`` (for a ``.pfx``) and ``CXDESK_TIMESTAMP_URL`` (the CA's
RFC 3161 time-stamp server). Then ``cxdesk.exe``, the installer and its uninstaller are signed.
``--validate`` compiles without compression into a temporary file: CI runs it on Linux
(Debian's ``nsis``) against the Linux build, to keep the script valid.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "windows" / "cxdesk.nsi"
#: The installer's own CPU and character set (makensis ``-XTarget``): 64-bit, like the app.
DEFAULT_TARGET = "amd64-unicode"


def project_version() -> str:
    """The ``[project] version`` of pyproject.toml."""
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def version_quad(version: str) -> str:
    """``0.1.0`` -> ``0.1.0.0``: the four numbers Windows file properties need (pre-release tags dropped)."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    return ".".join(str(n) for n in numbers + [0] * (4 - len(numbers)))


def sign_command() -> list[str] | None:
    """The signtool command line from ``CXDESK_WINDOWS_CERT`` (the file to sign is appended), or ``None``.

    Raises:
        SystemExit: a certificate is set but the time-stamp URL or signtool is missing.
    """
    cert = os.environ.get("CXDESK_WINDOWS_CERT")
    if not cert:
        return None
    timestamp = os.environ.get("CXDESK_TIMESTAMP_URL")
    signtool = shutil.which("signtool")
    if not timestamp or not signtool:
        raise SystemExit("signing needs CXDESK_TIMESTAMP_URL and signtool (Windows SDK) on PATH")
    command = [signtool, "sign", "/fd", "SHA256", "/tr", timestamp, "/td", "SHA256"]
    if Path(cert).is_file():
        command += ["/f", cert]
        if os.environ.get("CXDESK_WINDOWS_CERT_PASSWORD"):
            command += ["/p", os.environ["CXDESK_WINDOWS_CERT_PASSWORD"]]
    else:
        command += ["/sha1", cert]
    return command


def find_makensis() -> str:
    """Find makensis: on PATH, or in NSIS's usual Windows folders.

    Raises:
        SystemExit: NSIS is not installed.
    """
    found = shutil.which("makensis")
    for candidate in (found, r"C:\Program Files (x86)\NSIS\makensis.exe", r"C:\Program Files\NSIS\makensis.exe"):
        if candidate and Path(candidate).exists():
            return candidate
    raise SystemExit("makensis not found: install NSIS (Debian: apt-get install nsis; Windows: choco install nsis)")


def main(argv: list[str] | None = None) -> int:
    """Compile the installer; returns makensis's exit code."""
    version = project_version()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "cxdesk", help="the PyInstaller one-folder build")
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / f"CX-Account-Desk-{version}-setup.exe")
    parser.add_argument("--icon", type=Path, default=ROOT / "build" / "icons" / "cxdesk.ico")
    parser.add_argument("--target", default=DEFAULT_TARGET,
                        help=f"makensis target: the installer's CPU and character set (default {DEFAULT_TARGET})")
    parser.add_argument("--validate", action="store_true",
                        help="compile without compression to a temporary file, only to check the script")
    args = parser.parse_args(argv)
    if not args.dist.is_dir():
        raise SystemExit(f"{args.dist} does not exist: run pyinstaller build.spec --noconfirm first")
    defines = {"VERSION": version, "VERSION_QUAD": version_quad(version), "DIST_DIR": str(args.dist.resolve())}
    if args.icon.is_file():
        defines["ICON"] = str(args.icon.resolve())
    signer = None if args.validate else sign_command()
    if signer:
        subprocess.run([*signer, str(args.dist / "cxdesk.exe")], check=True)
        defines["SIGN_COMMAND"] = subprocess.list2cmdline(signer)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "validate-setup.exe" if args.validate else args.out.resolve()
        defines["OUTFILE"] = str(out)
        if args.validate:
            defines["NO_COMPRESSION"] = "1"
        command = [find_makensis(), "-V2", "-WX", f"-XTarget {args.target}",  # x64 stub by default, as the app
                   *(f"-D{key}={value}" for key, value in defines.items()), str(SCRIPT)]
        result = subprocess.run(command)
        if result.returncode == 0:
            size = out.stat().st_size / 2**20
            print(f"{'validated' if args.validate else 'built'} {out.name} ({size:.1f} MiB) from {args.dist}")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
