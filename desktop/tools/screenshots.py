"""Screenshots of the main window in every offered language, light and dark, at 100 % and 150 % (issue 12).

``python -m desktop.tools.screenshots OUTDIR`` runs ``cxdesk --screenshot`` once per combination on the
embedded sandbox account, in a throw-away app folder (``CXDESK_HOME``), and writes
``OUTDIR/main_window-<language>-<scheme>-<scale>.png`` plus ``OUTDIR/index.md`` that shows them all.
Each run gets one offscreen screen of 1920×1080 pixels and Qt's ``QT_SCALE_FACTOR`` of the scale, so the
150 % pictures show what a user of a 1080p monitor at 150 % sees (a 1280×720 logical desktop, drawn
with 1.5 pixels per point).
It prints one line per picture and exits 1 when any run fails (its error output is printed).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

#: The languages the app offers (``cxdesk --language``), the colour schemes (``--color-scheme``) and scales.
LANGUAGES = ("en", "de", "fr")
SCHEMES = ("light", "dark")
SCALES = (1.0, 1.5)

#: The screen every picture is taken on, in device pixels.
SCREEN_PIXELS = (1920, 1080)

#: How long one ``cxdesk --screenshot`` run may take, in seconds (it gives up by itself after 60 s).
RUN_TIMEOUT_S = 120


@dataclass(frozen=True)
class Shot:
    """One picture: the language (``en``/``de``/``fr``), the colour scheme and the scale (1.0 = 100 %)."""

    language: str
    scheme: str
    scale: float

    @property
    def file_name(self) -> str:
        """The PNG's name, e.g. ``main_window-fr-dark-150.png``."""
        return f"main_window-{self.language}-{self.scheme}-{round(self.scale * 100)}.png"


def all_shots() -> list[Shot]:
    """Every combination of :data:`LANGUAGES`, :data:`SCHEMES` and :data:`SCALES`, languages first."""
    return [Shot(language, scheme, scale) for language in LANGUAGES for scheme in SCHEMES for scale in SCALES]


def screen_file(folder: Path) -> Path:
    """Write the offscreen platform's screen description (:data:`SCREEN_PIXELS`) into ``folder``; its path.

    The format is that of Qt's offscreen plugin's ``configfile`` (``qoffscreen.cpp``).
    """
    width, height = SCREEN_PIXELS
    description = {"screens": [{"name": f"{width}x{height}", "x": 0, "y": 0, "width": width, "height": height,
                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
    path = folder / "screen.json"
    path.write_text(json.dumps(description), encoding="utf-8")
    return path


def take(shot: Shot, out_dir: Path, home: Path) -> subprocess.CompletedProcess[str]:
    """Run ``cxdesk --screenshot`` for ``shot`` with its app folder ``home``; the PNG goes to ``out_dir``.

    Raises:
        subprocess.TimeoutExpired: the run took longer than :data:`RUN_TIMEOUT_S`.
    """
    screen = screen_file(home)
    # Qt splits platform options at ':', so the screen file is named relative to the run's folder
    # (an absolute Windows path would be cut at its drive letter).
    env = {**os.environ, "CXDESK_HOME": str(home), "QT_QPA_PLATFORM": f"offscreen:configfile={screen.name}",
           "QT_SCALE_FACTOR": f"{shot.scale:g}"}
    command = [sys.executable, "-m", "desktop", "--screenshot", str((out_dir / shot.file_name).resolve()),
               "--language", shot.language, "--color-scheme", shot.scheme]
    return subprocess.run(command, cwd=home, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S,
                          check=False)


def write_index(out_dir: Path, shots: list[Shot]) -> Path:
    """Write ``index.md``: one table row per language and scheme, 100 % and 150 % side by side."""
    lines = ["# CX Account Desk: the main window", "", "| language | scheme | 100 % | 150 % |", "|---|---|---|---|"]
    for language in LANGUAGES:
        for scheme in SCHEMES:
            cells = [f"![{language} {scheme} {round(s.scale * 100)} %]({s.file_name})" for s in shots
                     if s.language == language and s.scheme == scheme]
            lines.append(f"| {language} | {scheme} | " + " | ".join(cells) + " |")
    path = out_dir / "index.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    """Take every picture into the folder given on the command line; 0 when all were taken, else 1."""
    parser = argparse.ArgumentParser(prog="python -m desktop.tools.screenshots", description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", metavar="OUTDIR", type=Path, help="where the PNGs and index.md go")
    args = parser.parse_args(argv)
    out_dir: Path = args.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    shots = all_shots()
    failed = 0
    with tempfile.TemporaryDirectory(prefix="cxdesk-screenshots-") as folder:
        for shot in shots:
            result = take(shot, out_dir, Path(folder))
            if result.returncode == 0 and (out_dir / shot.file_name).is_file():
                print(out_dir / shot.file_name)
            else:
                failed += 1
                print(f"FAILED {shot.file_name} (exit {result.returncode}):\n{result.stderr}", file=sys.stderr)
    write_index(out_dir, shots)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
