"""profiles.json is written on a worker, never on the GUI thread; a failed write is shown where the user is."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.store import Profiles
from desktop.views.profiles_dialog import ProfilesDialog

LEFT = Qt.MouseButton.LeftButton


class WatchedProfiles(Profiles):
    """The real store, noting the thread of every write of profiles.json."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.writers: list[str] = []

    def _write(self, profiles, last) -> None:
        self.writers.append(threading.current_thread().name)
        super()._write(profiles, last)


def _open(qtbot, profiles, ops) -> ProfilesDialog:
    dialog = ProfilesDialog(profiles, None, ops=ops)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _add_form(qtbot, dialog, name: str, url: str):
    qtbot.mouseClick(dialog.ui.addButton, LEFT)
    qtbot.waitUntil(lambda: dialog.edit_dialog is not None and dialog.edit_dialog.isVisible())
    form = dialog.edit_dialog
    qtbot.keyClicks(form.field_edit("name"), name)
    qtbot.keyClicks(form.field_edit("base_url"), url)
    return form


def _save(form):
    return form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)


def test_adding_opening_and_removing_write_on_a_worker(qtbot, ops, tmp_path):
    profiles = WatchedProfiles(tmp_path / "config" / "profiles.json")
    dialog = _open(qtbot, profiles, ops)
    for name in ("Lab", "Spare"):
        form = _add_form(qtbot, dialog, name, name.lower() + ".example.com")
        with qtbot.waitSignal(dialog.changed):
            qtbot.mouseClick(_save(form), LEFT)
        qtbot.waitUntil(lambda form=form: not shiboken6.isValid(form))
    lab, spare = (next(p for p in profiles.list() if p.name == name) for name in ("Lab", "Spare"))

    dialog.select_profile(spare.id)
    qtbot.mouseClick(dialog.ui.removeButton, LEFT)
    qtbot.waitUntil(lambda: dialog.question_box is not None and dialog.question_box.isVisible())
    remove = next(b for b in dialog.question_box.buttons() if b.text().replace("&", "") == "Remove")
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(remove, LEFT)
    assert [p.name for p in profiles.list()] == ["Sandbox", "Lab"]

    dialog.select_profile(lab.id)
    with qtbot.waitSignal(dialog.profile_chosen):
        qtbot.mouseClick(dialog.ui.openButton, LEFT)
    qtbot.waitUntil(lambda: not ops.busy)
    assert profiles.last_used() == lab
    assert len(profiles.writers) == 4  # two added, one removed, the last used
    assert threading.main_thread().name not in profiles.writers, "the GUI thread never writes profiles.json"


def test_a_write_that_fails_is_shown_in_the_form_and_nothing_typed_is_lost(qtbot, ops, tmp_path):
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")  # the folder cannot be made: a real OSError
    profiles = Profiles(blocker / "profiles.json")
    dialog = _open(qtbot, profiles, ops)
    form = _add_form(qtbot, dialog, "Lab", "lab.example.com")
    with qtbot.waitSignal(ops.busy_changed, check_params_cb=lambda busy: not busy):
        qtbot.mouseClick(_save(form), LEFT)
    assert form.isVisible() and not form.saving()
    assert "could not be saved in" in form.ui.messageLabel.text() and str(profiles.path) in form.ui.messageLabel.text()
    assert form.field_edit("name").text() == "Lab" and form.field_edit("base_url").text() == "lab.example.com"
    assert not form.field_edit("name").isReadOnly()
    assert _save(form).isEnabled(), "the user can try again"


HOLDER = textwrap.dedent("""
    import sys
    from filelock import FileLock

    with FileLock(sys.argv[1]):
        print("held", flush=True)
        sys.stdin.readline()
""")


@pytest.fixture
def lock_holder():
    """``hold(path)``: another process holds the lock of ``path`` until the test ends or ``release()``."""
    held: list[subprocess.Popen] = []

    def hold(path) -> subprocess.Popen:
        process = subprocess.Popen([sys.executable, "-c", HOLDER, str(path) + ".lock"], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, text=True)
        held.append(process)
        assert process.stdout.readline().strip() == "held"
        return process

    yield hold
    for process in held:
        process.stdin.close()
        process.wait(timeout=60)


def test_a_profile_busy_in_another_process_is_named_and_saving_again_works(qtbot, ops, tmp_path, lock_holder):
    profiles = Profiles(tmp_path / "profiles.json", lock_timeout=0.2)
    dialog = _open(qtbot, profiles, ops)
    form = _add_form(qtbot, dialog, "Lab", "lab.example.com")
    holder = lock_holder(profiles.path)
    with qtbot.waitSignal(ops.busy_changed, check_params_cb=lambda busy: not busy):
        qtbot.mouseClick(_save(form), LEFT)
    message = form.ui.messageLabel.text()
    assert "not saved" in message and str(profiles.path) in message and "another copy of the app" in message
    assert form.field_edit("name").text() == "Lab"

    holder.stdin.close()
    holder.wait(timeout=60)
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(_save(form), LEFT)
    qtbot.waitUntil(lambda: not shiboken6.isValid(form))
    assert [p.name for p in profiles.list()] == ["Sandbox", "Lab"]


def test_a_remove_that_fails_is_shown_in_the_profiles_window(qtbot, ops, tmp_path, lock_holder):
    profiles = Profiles(tmp_path / "profiles.json", lock_timeout=0.2)
    lab = profiles.add("Lab", "lab.example.com")
    dialog = _open(qtbot, profiles, ops)
    dialog.select_profile(lab.id)
    lock_holder(profiles.path)
    qtbot.mouseClick(dialog.ui.removeButton, LEFT)
    qtbot.waitUntil(lambda: dialog.question_box is not None and dialog.question_box.isVisible())
    box: QMessageBox = dialog.question_box
    remove = next(b for b in box.buttons() if b.text().replace("&", "") == "Remove")
    with qtbot.waitSignal(ops.busy_changed, check_params_cb=lambda busy: not busy):
        qtbot.mouseClick(remove, LEFT)
    assert "could not be removed" in dialog.message() and str(profiles.path) in dialog.message()
    assert lab in profiles.list()
