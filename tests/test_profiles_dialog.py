"""The Profiles window and the Add/Edit Profile form: a real profiles.json, real widgets, real clicks."""

from __future__ import annotations

import pytest
import shiboken6
from keyring.errors import KeyringLocked
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox

from desktop.store import SANDBOX_ID, OfflineStore, Profiles, TokenStore, profile_db_path
from desktop.views.profile_edit_dialog import ProfileEditDialog
from desktop.views.profiles_dialog import ProfilesDialog
from tests.memory_keyring import MemoryKeyring

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def profiles(home):
    return Profiles()  # profiles.json in the config folder below CXDESK_HOME


@pytest.fixture
def keychain():
    return MemoryKeyring()


@pytest.fixture
def tokens(keychain):
    return TokenStore(keychain)


def _open(qtbot, profiles, tokens, ops, **kwargs) -> ProfilesDialog:
    dialog = ProfilesDialog(profiles, tokens, ops=ops, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type(qtbot, form: ProfileEditDialog, field: str, text: str) -> None:
    edit = form.field_edit(field)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def _save_button(form: ProfileEditDialog):
    return form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)


def _form(qtbot, dialog: ProfilesDialog, button) -> ProfileEditDialog:
    qtbot.mouseClick(button, LEFT)
    qtbot.waitUntil(lambda: dialog.edit_dialog is not None and dialog.edit_dialog.isVisible())
    return dialog.edit_dialog


def _until_gone(qtbot, form: ProfileEditDialog) -> None:
    """Wait until a saved form is deleted (it is written on a worker and deleted after it closes).

    Leaving it to the test's teardown would delete it in the same batch as its parent, the
    Profiles window, which the teardown deletes too.
    """
    qtbot.waitUntil(lambda: not shiboken6.isValid(form))


def _question(qtbot, owner) -> QMessageBox:
    qtbot.waitUntil(lambda: owner.question_box is not None and owner.question_box.isVisible())
    return owner.question_box


def test_a_profile_added_as_a_host_name_is_saved_as_the_full_api_address(qtbot, ops, profiles, tokens, screenshot):
    dialog = _open(qtbot, profiles, tokens, ops)
    assert [p.id for p in dialog.profiles_shown()] == [SANDBOX_ID]
    form = _form(qtbot, dialog, dialog.ui.addButton)
    assert form.windowTitle() == "Add Profile"
    assert not _save_button(form).isEnabled(), "nothing typed yet"
    assert form.field_error("name") == "" and form.field_error("base_url") == "", "no scolding before typing"

    _type(qtbot, form, "name", "Northwind production")
    _type(qtbot, form, "base_url", "app.example.com")
    _type(qtbot, form, "email", "noc@northwind-telecom.example")
    assert form.saved_url() == "https://app.example.com/api/cp/"
    assert "Saved as https://app.example.com/api/cp/" in form.ui.urlHint.text()
    assert form.warning() == ""
    assert _save_button(form).isEnabled()
    screenshot(form, "profile_edit_dialog")

    with qtbot.waitSignal(form.accepted), qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(_save_button(form), LEFT)
    _until_gone(qtbot, form)
    saved = next(p for p in Profiles().list() if p.name == "Northwind production")
    assert saved.base_url == "https://app.example.com/api/cp/"
    assert saved.email == "noc@northwind-telecom.example"
    assert dialog.selected_profile() == saved
    assert [p.name for p in dialog.profiles_shown()] == ["Sandbox", "Northwind production"]
    screenshot(dialog, "profiles_dialog")


def test_a_bad_address_gets_its_message_at_the_address_and_save_stays_disabled(
        qtbot, ops, profiles, tokens, screenshot):
    dialog = _open(qtbot, profiles, tokens, ops)
    form = _form(qtbot, dialog, dialog.ui.addButton)
    _type(qtbot, form, "name", "Lab")
    _type(qtbot, form, "base_url", "ftp://x")
    assert "https://" in form.field_error("base_url")
    assert form.field_error("name") == "" and form.field_error("email") == ""
    assert form.saved_url() == ""
    assert not _save_button(form).isEnabled()
    _type(qtbot, form, "email", "not an address")
    assert form.field_error("email") != ""
    screenshot(form, "profile_edit_dialog_errors")
    assert not form.save()
    assert [p.name for p in profiles.list()] == ["Sandbox"]


def test_plain_http_to_a_remote_host_is_a_warning_not_a_refusal(qtbot, ops, profiles, tokens, screenshot):
    dialog = _open(qtbot, profiles, tokens, ops)
    form = _form(qtbot, dialog, dialog.ui.addButton)
    _type(qtbot, form, "name", "Branch office")
    _type(qtbot, form, "base_url", "http://10.1.2.3:8080")
    assert form.saved_url() == "http://10.1.2.3:8080/api/cp/"
    assert "not encrypted" in form.warning()
    assert form.field_error("base_url") == ""
    assert _save_button(form).isEnabled()
    screenshot(form, "profile_edit_dialog_insecure")
    _type(qtbot, form, "base_url", "http://127.0.0.1:8080")
    assert form.warning() == "", "loopback never leaves the computer"
    _type(qtbot, form, "base_url", "http://10.1.2.3:8080")
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(_save_button(form), LEFT)
    _until_gone(qtbot, form)
    assert saved.args[0].insecure
    assert "Not encrypted" in dialog.notes(saved.args[0].id)


def test_a_name_already_used_is_refused_at_the_name(qtbot, ops, profiles, tokens):
    profiles.add("Northwind production", "app.example.com")
    dialog = _open(qtbot, profiles, tokens, ops)
    form = _form(qtbot, dialog, dialog.ui.addButton)
    _type(qtbot, form, "name", "northwind PRODUCTION")
    _type(qtbot, form, "base_url", "app2.example.com")
    assert "already exists" in form.field_error("name")
    assert not _save_button(form).isEnabled()


def test_the_sandbox_is_marked_cannot_be_removed_and_keeps_its_address(qtbot, ops, profiles, tokens):
    profiles.add("Lab", "http://127.0.0.1:8123")
    dialog = _open(qtbot, profiles, tokens, ops)
    assert dialog.select_profile(SANDBOX_ID)
    item = dialog.ui.profilesView.topLevelItem(0)
    assert item.text(0) == "Sandbox" and "Built-in" in item.text(1)
    assert not dialog.ui.removeButton.isEnabled()
    assert "always here" in dialog.ui.removeButton.toolTip()
    assert dialog.remove_selected() is False and dialog.question_box is None

    form = _form(qtbot, dialog, dialog.ui.editButton)
    assert not form.field_edit("name").isEnabled() and not form.field_edit("base_url").isEnabled()
    assert form.field_edit("email").isEnabled()
    _type(qtbot, form, "email", "dana@example.com")
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(_save_button(form), LEFT)
    _until_gone(qtbot, form)
    sandbox = profiles.get(SANDBOX_ID)
    assert (sandbox.name, sandbox.base_url, sandbox.email) == ("Sandbox", None, "dana@example.com")


def test_removing_a_profile_asks_then_signs_it_out_and_deletes_its_data_when_ticked(
        qtbot, ops, profiles, tokens, keychain, screenshot):
    lab = profiles.add("Lab", "http://127.0.0.1:8123", "noc@example.com")
    keep = profiles.add("Northwind production", "app.example.com", "noc@example.com")
    OfflineStore.open(lab).close()
    tokens.set(lab.id, lab.email, "refresh-token-of-lab")
    tokens.set(keep.id, keep.email, "refresh-token-of-production")
    dialog = _open(qtbot, profiles, tokens, ops)
    assert dialog.select_profile(lab.id)

    qtbot.mouseClick(dialog.ui.removeButton, LEFT)
    box = _question(qtbot, dialog)
    assert "Lab" in box.text() and not box.checkBox().isChecked()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)
    assert lab in profiles.list() and dialog.question_box is None

    qtbot.mouseClick(dialog.ui.removeButton, LEFT)
    box = _question(qtbot, dialog)
    box.checkBox().click()
    screenshot(box, "profiles_remove_question")
    remove = next(b for b in box.buttons() if b.text().replace("&", "") == "Remove")
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(remove, LEFT)
    qtbot.waitUntil(lambda: not ops.busy)
    assert lab not in profiles.list()
    assert [p.name for p in dialog.profiles_shown()] == ["Sandbox", "Northwind production"]
    assert not profile_db_path(lab).exists()
    assert tokens.get(lab.id, lab.email) is None
    assert list(keychain.entries.values()) == ["refresh-token-of-production"]
    assert dialog.message() == ""


class LockedOnDelete(MemoryKeyring):
    """A keychain that reads and writes but cannot delete while ``locked`` (as a locked Secret Service collection)."""

    locked = True

    def delete_password(self, service: str, username: str) -> None:
        if self.locked:
            raise KeyringLocked("The collection is locked.")
        super().delete_password(service, username)


def test_a_sign_out_the_keychain_cannot_complete_is_remembered_and_completed_at_the_next_start(
        qtbot, ops, profiles, home, screenshot):
    keychain = LockedOnDelete()
    pending = home / "pending-sign-outs.json"
    tokens = TokenStore(keychain, pending_path=pending)
    lab = profiles.add("Lab", "http://127.0.0.1:8123", "noc@example.com")
    tokens.set(lab.id, lab.email, "refresh-token-of-lab")
    dialog = _open(qtbot, profiles, tokens, ops)
    dialog.select_profile(lab.id)
    qtbot.mouseClick(dialog.ui.removeButton, LEFT)
    box = _question(qtbot, dialog)
    remove = next(b for b in box.buttons() if b.text().replace("&", "") == "Remove")
    qtbot.mouseClick(remove, LEFT)
    qtbot.waitUntil(lambda: dialog.message() != "", timeout=10000)
    message = dialog.message()
    assert message.startswith("Lab was removed, but its sign-in token could not be removed from the keychain yet")
    assert "remembers this" in message and "next starts" in message and "by hand" not in message
    screenshot(dialog, "profiles_sign_out_pending")
    assert list(keychain.entries.values()) == ["refresh-token-of-lab"], "still there while locked"

    keychain.locked = False  # unlocked, then the app starts again: the Sign Out is completed before any read
    assert TokenStore(keychain, pending_path=pending).get(lab.id, lab.email) is None
    assert keychain.entries == {}


def test_the_profile_open_now_cannot_be_removed_nor_pointed_elsewhere(qtbot, ops, profiles, tokens):
    lab = profiles.add("Lab", "http://127.0.0.1:8123", "noc@example.com")
    dialog = _open(qtbot, profiles, tokens, ops, in_use=lab.id)
    dialog.select_profile(lab.id)
    assert "Open now" in dialog.notes(lab.id)
    assert not dialog.ui.removeButton.isEnabled()
    form = _form(qtbot, dialog, dialog.ui.editButton)
    assert form.field_edit("name").isEnabled()
    assert not form.field_edit("base_url").isEnabled() and not form.field_edit("email").isEnabled()


def test_a_new_address_or_e_mail_signs_the_profile_out(qtbot, ops, profiles, tokens, keychain):
    lab = profiles.add("Lab", "http://127.0.0.1:8123", "noc@example.com")
    tokens.set(lab.id, lab.email, "refresh-token-for-the-old-server")
    dialog = _open(qtbot, profiles, tokens, ops)
    dialog.select_profile(lab.id)
    form = _form(qtbot, dialog, dialog.ui.editButton)
    assert form.windowTitle() == "Edit Profile"
    assert not _save_button(form).isEnabled(), "nothing changed yet"
    _type(qtbot, form, "base_url", "HTTP://127.0.0.1:8123/api/cp")  # the same address, typed differently
    assert not _save_button(form).isEnabled()
    _type(qtbot, form, "base_url", "https://lab.example.com")
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(_save_button(form), LEFT)
    _until_gone(qtbot, form)
    qtbot.waitUntil(lambda: not ops.busy)
    assert profiles.get(lab.id).base_url == "https://lab.example.com/api/cp/"
    assert keychain.entries == {}, "a token of the old server is never sent to the new one"
    assert "sign in again" in dialog.ui.statusLabel.text()


def test_open_chooses_the_profile_and_remembers_it_as_the_last_used(qtbot, ops, profiles, tokens):
    lab = profiles.add("Lab", "http://127.0.0.1:8123")
    dialog = _open(qtbot, profiles, tokens, ops)
    assert dialog.selected_profile().id == SANDBOX_ID and dialog.notes(SANDBOX_ID) == "Last used"
    dialog.select_profile(lab.id)
    with qtbot.waitSignal(dialog.profile_chosen) as chosen:
        qtbot.mouseClick(dialog.ui.openButton, LEFT)
    assert chosen.args == [lab]
    assert dialog.chosen_profile == lab and dialog.result() == QDialog.DialogCode.Accepted
    assert profiles.last_used() == lab

    again = _open(qtbot, profiles, tokens, ops)
    assert again.selected_profile() == lab and again.notes(lab.id) == "Last used"
    assert again.notes(SANDBOX_ID) == ""


def test_closing_the_form_with_unsaved_changes_asks_first(qtbot, ops, profiles, tokens, screenshot):
    dialog = _open(qtbot, profiles, tokens, ops)
    form = _form(qtbot, dialog, dialog.ui.addButton)
    _type(qtbot, form, "name", "Lab")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    box = _question(qtbot, form)
    assert not box.button(QMessageBox.StandardButton.Save).isEnabled(), "the address is still missing"
    assert "Server address" in box.informativeText()
    screenshot(box, "profile_unsaved_question")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)
    assert form.isVisible() and form.field_edit("name").text() == "Lab"

    _type(qtbot, form, "base_url", "lab.example.com")
    form.reject()
    box = _question(qtbot, form)
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Save), LEFT)
    _until_gone(qtbot, form)
    assert [p.name for p in profiles.list()] == ["Sandbox", "Lab"]


def test_closing_an_untouched_form_does_not_ask(qtbot, ops, profiles, tokens):
    dialog = _open(qtbot, profiles, tokens, ops)
    form = _form(qtbot, dialog, dialog.ui.editButton)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.question_box is None and not form.isVisible()


def _check_labels(window) -> None:
    labels = [label for label in window.findChildren(QLabel) if label.objectName().endswith("Label")
              and label.objectName() not in ("messageLabel", "statusLabel", "introLabel")]
    assert labels
    for label in labels:
        assert "&" in label.text() and label.buddy() is not None, label.objectName()
    mnemonics = [label.text()[label.text().index("&") + 1].lower() for label in labels]
    assert len(set(mnemonics)) == len(mnemonics)


def test_every_label_has_a_buddy_and_a_mnemonic(qtbot, ops, profiles, tokens):
    dialog = _open(qtbot, profiles, tokens, ops)
    _check_labels(dialog)
    _check_labels(_form(qtbot, dialog, dialog.ui.addButton))


def test_the_e_mail_says_what_is_changed_before_save(qtbot, ops, profiles, tokens):
    dialog = _open(qtbot, profiles, tokens, ops)
    form = _form(qtbot, dialog, dialog.ui.addButton)
    _type(qtbot, form, "name", "Northwind production")
    _type(qtbot, form, "base_url", "app.example.com")
    _type(qtbot, form, "email", "Dana@Northwind-Telecom.example")
    assert form.field_error("email") == ""
    assert form.ui.emailError.isVisible()
    assert form.ui.emailError.text() == ("Saved as Dana@northwind-telecom.example. "
                                         "The domain was changed to lower case.")
    with qtbot.waitSignal(form.accepted):
        qtbot.mouseClick(_save_button(form), LEFT)
    _until_gone(qtbot, form)
    assert next(p for p in Profiles().list() if p.name == "Northwind production").email == (
        "Dana@northwind-telecom.example")
