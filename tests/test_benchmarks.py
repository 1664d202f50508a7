"""The benchmarks keep working (issue 11, point 1): the paint mark, and ``run_all.py`` printing its table.

No figure is judged here (no timed assertions): the mark must come after the account's values were
painted, and every row of the table must carry figures.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from desktop.shell.paint_mark import ENV, PaintMark, install_paint_mark
from desktop.views.main_window import MainWindow
from tests.filters import watched_by

ROOT = Path(__file__).resolve().parent.parent


class NamePainted(QObject):
    """Records when the Name label first paints ``name`` (wall clock, as the mark)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (self.at is None and event.type() == QEvent.Type.Paint and watched.objectName() == "nameValue"
                and watched.text() == self.name):
            self.at = time.time()
        return False


def test_the_mark_is_written_after_the_account_values_were_painted(qtbot, ops, client, tmp_path, monkeypatch):
    # The values come after the first paint (a first run waits for the sandbox): only the labels paint again.
    watched_objects = watched_by(monkeypatch, PaintMark)
    mark_file = tmp_path / "mark"
    monkeypatch.setenv(ENV, str(mark_file))
    app = QApplication.instance()
    window = MainWindow(ops, client, server_label="Sandbox")
    qtbot.addWidget(window)
    name = NamePainted(client.get_account().value.name)
    app.installEventFilter(name)
    mark = install_paint_mark(app)
    mark.watch(window)
    try:
        window.show()
        qtbot.wait(50)  # the empty window paints first: no mark for that
        assert not mark_file.exists()
        window.refresh()
        qtbot.waitUntil(mark_file.exists, timeout=15000)
    finally:
        app.removeEventFilter(name)
    assert name.at is not None, "the name was never painted"
    assert float(mark_file.read_text(encoding="ascii")) >= name.at
    label = window.company_section.ui.nameValue
    assert set(watched_objects) <= {window, label}, "only the window and the name's label are watched"


def test_values_shown_before_the_window_are_marked_at_its_first_paint(
        qtbot, ops, client, tmp_path, monkeypatch):
    # The remote profile's start: the cached values are set before the window is shown. Watching every
    # widget of the application would add work the app does not do when nobody measures it.
    watched_objects = watched_by(monkeypatch, PaintMark)
    mark_file = tmp_path / "mark"
    monkeypatch.setenv(ENV, str(mark_file))
    window = MainWindow(ops, client, server_label="Sandbox")
    qtbot.addWidget(window)
    window.show_account(client.get_account())
    mark = install_paint_mark(QApplication.instance())
    mark.watch(window)
    window.show()
    qtbot.waitUntil(mark_file.exists, timeout=15000)
    assert watched_objects and set(watched_objects) <= {window, window.company_section.ui.nameValue}


def test_no_mark_without_the_variable(qapp, monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    assert install_paint_mark(qapp) is None


def test_run_all_prints_every_row_with_figures():
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run_all.py"), "--quick", "--runs", "1"],
                            cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=600,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})  # run_all writes UTF-8 everywhere
    assert result.returncode == 0, result.stderr
    assert "CPU:" in result.stdout and "PySide6" in result.stdout
    rows = [line for line in result.stdout.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert len(rows) == 6, result.stdout
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert len(cells) == 6, row
        if os.name == "posix":  # elsewhere the quit rows are n/a (no SIGTERM for a GUI process)
            assert "n/a" not in row, row
            assert cells[1][0].isdigit() and cells[2][0].isdigit() and cells[3].endswith("x"), row
    paired = [line for line in result.stdout.splitlines() if line.startswith("- ") and line.endswith("x)")]
    assert len(paired) == 4, result.stdout  # the four ratio goals: three paint times and the peak memory
    floors = [line for line in result.stdout.splitlines() if line.startswith("- floor, ")]
    names = [line.split(":")[0] for line in floors]
    assert names == ["- floor, start → first paint", "- floor, peak RSS"], result.stdout
    for line in floors:
        assert re.search(r": [\d.]+ (s|MiB) against [\d.]+ (s|MiB), [\d.]+x; ", line), line


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(),
                    reason="the A/B benchmark checks a commit out with git: a source checkout's tool")
def test_ab_compares_two_commits_and_leaves_no_worktree():
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "ab.py"), "--quick", "--runs", "1",
                             "--base", "HEAD", "--scenario", "sandbox"],
                            cwd=ROOT, capture_output=True, text=True, timeout=600,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    line = next((line for line in result.stdout.splitlines() if line.startswith("sandbox: ")), "")
    assert re.fullmatch(r"sandbox: bare window [\d.]+ s; base [\d.]+ s \([\d.]+x\); this [\d.]+ s \([\d.]+x\); "
                        r"change [+-][\d.]+ %", line), result.stdout
    memory = next((line for line in result.stdout.splitlines() if line.startswith("sandbox, peak RSS: ")), "")
    assert re.fullmatch(r"sandbox, peak RSS: bare window [\d.]+ MiB; base [\d.]+ MiB \([\d.]+x\); "
                        r"this [\d.]+ MiB \([\d.]+x\); change [+-][\d.]+ %", memory), result.stdout
    worktrees = subprocess.run(["git", "-C", str(ROOT), "worktree", "list"], capture_output=True, text=True)
    assert "cxdesk-ab-" not in worktrees.stdout, "the base's worktree is removed"


def test_the_floor_paints_before_it_loads_the_refresh_libraries(tmp_path):
    """The floor is a lower bound only if, as in the app, the refresh's libraries load after the first paint."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from floors import FLOOR, floor_env
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    report = ("    print('marked before the refresh:', os.path.exists(os.environ['CXDESK_BENCH_MARK']), flush=True)\n"
              "    QTimer.singleShot(0, app.quit)\n")
    probe = FLOOR.replace("def refresh_libraries():\n", "def refresh_libraries():\n" + report)
    assert probe != FLOOR
    probe = probe.replace("keyring.get_password(", "print('libraries:', 'requests' in sys.modules, flush=True); "
                                                    "keyring.get_password(")
    env = {**floor_env(tmp_path), "CXDESK_BENCH_MARK": str(tmp_path / "mark")}
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert "marked before the refresh: True" in result.stdout, result.stdout
    assert "libraries: True" in result.stdout, result.stdout
