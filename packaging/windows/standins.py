"""Test-only stand-ins for two Windows DLLs that wine 8 lacks, built with mingw-w64 at check time.

They are wine's gaps, not Windows': Windows 10 1903 and newer ships both. They go into the wine
prefix's ``system32`` only, never into the app or its installer.

- ``icuuc.dll``: Qt 6.12's QtCore imports about twenty ``ucnv_*`` functions of the system ICU (used
  only for text codecs beyond UTF-8/16/32 and Latin-1). The stand-in exports exactly the names that
  ``Qt6Core.dll`` imports, read from its import table; ``ucnv_open`` fails with
  ``U_FILE_ACCESS_ERROR`` (so Qt reports the codec as unavailable), everything else returns 0.
- ``bcryptprimitives.dll!ProcessPrng``: pydantic-core (through Rust's standard library) draws random
  bytes from it. The stand-in forwards to ``BCryptGenRandom`` with the system-preferred generator,
  which wine has.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

CC = "x86_64-w64-mingw32-gcc"
OBJDUMP = "x86_64-w64-mingw32-objdump"

PROCESS_PRNG = r"""
#include <windows.h>
#include <bcrypt.h>
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size) {
    return BCryptGenRandom(NULL, data, (ULONG)size, BCRYPT_USE_SYSTEM_PREFERRED_RNG) == 0;
}
"""

U_FILE_ACCESS_ERROR = 4  # ICU's utypes.h: "the requested file cannot be found"


def imported_names(binary: Path, dll: str) -> list[str]:
    """The function names that ``binary`` (a PE file) imports from ``dll``, read with mingw's objdump.

    Raises:
        subprocess.CalledProcessError: objdump failed.
    """
    listing = subprocess.run([OBJDUMP, "-p", str(binary)], check=True, capture_output=True, text=True).stdout
    names: list[str] = []
    inside = False
    for line in listing.splitlines():
        if "DLL Name:" in line:
            inside = line.split("DLL Name:")[1].strip().lower() == dll.lower()
            continue
        fields = line.split()
        if inside and len(fields) == 3 and fields[1].isdigit() and (fields[2][0].isalpha() or fields[2][0] == "_"):
            names.append(fields[2])
    return names


def icuuc_source(names: list[str]) -> str:
    """C source of an ``icuuc.dll`` that exports ``names``: ``ucnv_open`` fails cleanly, the rest return 0."""
    lines = ["#include <stdint.h>", "#define EXPORT __declspec(dllexport)",
             f"EXPORT void *ucnv_open(const char *name, int *err) {{ if (err) *err = {U_FILE_ACCESS_ERROR}; "
             "return 0; }"]
    lines += [f"EXPORT intptr_t {name}(void) {{ return 0; }}" for name in sorted(set(names)) if name != "ucnv_open"]
    return "\n".join(lines) + "\n"


def build(qt_core: Path, out: Path) -> list[Path]:
    """Compile both stand-ins into ``out``; returns the DLLs.

    Args:
        qt_core: the Windows ``Qt6Core.dll`` whose ICU imports the stand-in must satisfy.
        out: a scratch folder (not the app's).

    Raises:
        FileNotFoundError: the mingw-w64 compiler is missing (Debian: gcc-mingw-w64-x86-64-win32).
        subprocess.CalledProcessError: compiling failed.
    """
    if not shutil.which(CC):
        raise FileNotFoundError(f"{CC} not found: apt-get install gcc-mingw-w64-x86-64-win32")
    out.mkdir(parents=True, exist_ok=True)
    names = imported_names(qt_core, "icuuc.dll")
    if not names:
        raise RuntimeError(f"{qt_core.name} imports nothing from icuuc.dll: is the stand-in still needed?")
    sources = {"icuuc": (icuuc_source(names), []), "bcryptprimitives": (PROCESS_PRNG, ["-lbcrypt"])}
    built = []
    for name, (source, libraries) in sources.items():
        c_file = out / f"{name}.c"
        c_file.write_text(source, encoding="utf-8")
        dll = out / f"{name}.dll"
        subprocess.run([CC, "-shared", "-O2", "-o", str(dll), str(c_file), *libraries], check=True)
        built.append(dll)
    return built
