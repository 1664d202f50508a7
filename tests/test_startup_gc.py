"""The garbage collector waits while the app starts and runs again after (issue 11, desktop.startup_gc)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys

import pytest

from desktop import startup_gc
from desktop.startup_gc import pause_collection, resume_collection


@pytest.fixture
def collector():
    """Whatever a test does to the collector, the next test finds it on and nothing frozen."""
    yield
    startup_gc._paused = False
    gc.unfreeze()
    gc.enable()


def test_pause_stops_collection_and_resume_starts_it_again(collector):
    pause_collection()
    assert not gc.isenabled() and startup_gc.collection_paused()
    pause_collection()  # twice is once
    resume_collection()
    assert gc.isenabled() and not startup_gc.collection_paused()
    resume_collection()  # safe to call again
    assert gc.isenabled()


def test_resume_leaves_alone_a_collector_it_did_not_pause(collector):
    gc.disable()  # someone else's choice, e.g. a host application's
    pause_collection()
    resume_collection()
    assert not gc.isenabled()


def test_resume_moves_the_start_ups_objects_out_of_the_collectors_way(collector):
    pause_collection()
    made_at_start = [[] for _ in range(1000)]
    resume_collection()
    assert gc.isenabled() and gc.get_freeze_count() >= len(made_at_start)  # no collection scans them again


def test_the_main_windows_first_paint_resumes_the_collector(home, qapp, qtbot, tmp_path, collector):
    from desktop.shell.args import parse_args
    from desktop.shell.launcher import Launcher

    pause_collection()  # as desktop.app.main does first thing
    launcher = Launcher(qapp, parse_args(["--sandbox-db", str(tmp_path / "sandbox.sqlite3")]))
    assert launcher.start() is None
    try:
        assert not gc.isenabled(), "still paused while the profile opens"
        qtbot.waitUntil(gc.isenabled, timeout=20000)  # the window's first paint (or after_first_paint's fallback)
        window = launcher.window
        assert window is not None and window.isVisible()
        qtbot.waitUntil(lambda: window.current is not None and not window.loading, timeout=30000)
    finally:
        launcher.quit()
        launcher.shutdown()


CHILD = """
import gc, sys
from desktop import app
import desktop.server.child as child
def serve(db_path, host="127.0.0.1"):
    print("paused while starting:", not gc.isenabled(), flush=True)
    return 0
child.serve_for_parent = serve
import desktop.server
desktop.server.serve_for_parent = serve
code = app.main(["--sandbox-service", sys.argv[1]])
print("on again after:", gc.isenabled(), flush=True)
sys.exit(code)
"""


def test_main_pauses_the_collector_and_an_early_return_resumes_it(tmp_path):
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "s.sqlite3")], capture_output=True, text=True,
                          timeout=120, check=False, env={**os.environ, "CXDESK_HOME": str(tmp_path)})
    assert done.stdout.splitlines() == ["paused while starting: True", "on again after: True"], done.stderr
