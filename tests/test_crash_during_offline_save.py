"""An edit saved offline survives the app being killed (SIGKILL) right after the outbox took it.

A child process builds the main window on an offline database in ``tmp_path``, types an edit into
the company dialog while the server (in this process) is stopped, and presses Save; it prints
``queued <id>`` when the outbox reports the enqueue, and the test kills it at once with SIGKILL. A new
window on the same database, with the server started again, still has the edit pending and sends it
exactly once.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD
from desktop.session import to_cache
from desktop.store import PENDING, SENT, OfflineStore
from desktop.views.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
VALUE = "Northwind Telecom (after the crash) Ltd"

CHILD = r"""
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.api import AccountClient
from desktop.ops import Ops
from desktop.store import OfflineStore
from desktop.views.company_dialog import CompanyDialog
from desktop.views.main_window import MainWindow

base_url, token, db_path, value = sys.argv[1:5]
app = QApplication([])
ops = Ops(app)
client = AccountClient(base_url, timeout=(1.0, 2.0))
client.use_refresh_token(token)
window = MainWindow(ops, client, server_label="child", store=OfflineStore.open(Path(db_path)))
window.show()


def edit():
    if window.current is None:  # the cached account is being read (on a worker)
        QTimer.singleShot(10, edit)
        return
    dialog = window.open_editor(CompanyDialog)
    field = dialog.field_edit("company")
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    QTest.keyClicks(field, value)
    dialog.queued.connect(lambda entry_id: print(f"queued {entry_id}", flush=True))
    print("saving", flush=True)
    QTest.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


edit()
app.exec()
print("the event loop ended: the test should have killed this process", flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_an_offline_edit_survives_sigkill_and_is_sent_once_after_restart(qtbot, ops, client, server, tmp_path):
    db_path = tmp_path / "offline.sqlite3"
    seeded = OfflineStore.open(db_path)
    now = datetime.now(UTC)
    for part, value in (("account", client.get_account()), ("smtp", client.get_smtp()),
                        ("packages", client.get_packages())):
        seeded.cache.save(part, *to_cache(part, value), now)
    etag = seeded.cache.load("account").etag
    seeded.close()
    token = client.sign_in(SANDBOX_EMAIL, SANDBOX_PASSWORD)
    server.stop()

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, server.base_url, token, str(db_path), VALUE],
                             cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watchdog = threading.Timer(120, child.kill)  # a child that never reports is not waited for forever
    watchdog.start()
    lines = []
    try:
        for line in child.stdout:
            lines.append(line.strip())
            if line.startswith("queued "):
                os.kill(child.pid, signal.SIGKILL)
                break
        child.wait(30)
    finally:
        watchdog.cancel()
    stderr = child.stderr.read()
    assert child.returncode == -signal.SIGKILL, (lines, stderr)
    assert lines[:1] == ["saving"] and lines[-1].startswith("queued "), (lines, stderr)
    entry_id = int(lines[-1].split()[1])

    store = OfflineStore.open(db_path)  # as the app does on its next start
    try:
        entry = store.outbox.get(entry_id)
        assert (entry.status, entry.changes, entry.etag) == (PENDING, {"company": VALUE}, etag)
        server.start()
        window = MainWindow(ops, client, server_label="Sandbox", store=store)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: "1 change not yet sent" in window.offline.unsent.pending_text(), timeout=15000)
        with qtbot.waitSignal(window.offline.unsent.flushed, timeout=30000) as flushed:
            window.refresh()
        assert flushed.args[0].sent == [entry_id]
        assert client.get_account().value.company == VALUE
        assert store.outbox.count() == 0 and [e.id for e in store.outbox.entries(SENT)] == [entry_id]
        qtbot.waitUntil(lambda: window.company_section.ui.companyValue.text() == VALUE, timeout=15000)
        after = client.get_account().etag
        with qtbot.waitSignal(window.offline.unsent.flushed, timeout=15000) as again:
            window.offline.unsent.flush()
        assert again.args[0].outcomes == [] and client.get_account().etag == after, "sent exactly once"
    finally:
        ops.wait_for_done(15000)
        store.close()
