"""The two steps of call recording: enable the package, then choose which ingress routes record.

Rule (product.md, "Packages"; design §3): enabling call recording adds a chargeable package to the
account, and it records nothing until at least one customer's ingress route has a recording mode
other than ``disabled`` in its media settings. The service refuses a route's mode with 409
``call_recording_not_enabled`` until the package exists, so step 2 stays disabled until then.
Both steps need the server now and are never queued offline (design §4): while the server cannot be
reached (:meth:`RecordingDialog.set_reachable`) they are unavailable and the dialog says why.
Money decisions are explicit (issue 12): step 1 shows the package's price before it is added and
asks to confirm (:mod:`desktop.views.recording_confirm`); **Disable Call Recording…** removes the
package again after its own confirmation, which says what stops and that this month is not refunded.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox, QWidget

from desktop.api.errors import Conflict
from desktop.domain.models import Package, Route
from desktop.domain.packages import PackageOffer
from desktop.forms.ui_recording_dialog import Ui_RecordingDialog
from desktop.ops import Ops, mark_closed
from desktop.views.messages import describe_error, style_notice
from desktop.views.package_prices import price_text
from desktop.views.recording_confirm import accepted, disable_box, enable_box, offer_text
from desktop.views.recording_routes import fill_routes_tree
from desktop.views.recording_state import CALL_RECORDING, RecordingSnapshot, load_recording_snapshot
from desktop.views.window_fit import fit_on_show

ENABLE_FIRST = QT_TRANSLATE_NOOP("RecordingDialog", "Enable call recording first (step 1).")
UNREACHABLE_NOTE = QT_TRANSLATE_NOOP("RecordingDialog", "The server cannot be reached: enabling call recording and "
                                     "choosing the ingress routes that record need the server now, so they are "
                                     "unavailable until it answers again.")
NOTHING_RECORDS = QT_TRANSLATE_NOOP("RecordingDialog", "No route records calls yet: recording captures nothing until "
                                    "at least one ingress route records.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordingDialog", text)


class RecordingDialog(QDialog):
    """Guides the user through enabling call recording and choosing the ingress routes that record.

    Args:
        ops: the application's background runner; every request goes through it.
        client: the signed-in :class:`desktop.api.AccountClient`.
        parent: the parent widget.

    Signals:
        loaded(): the packages, customers and routes are shown.
        changed(): the dialog enabled the package or changed a route (refresh the packages).
    """

    loaded = Signal()
    changed = Signal()

    def __init__(self, ops: Ops, client, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecordingDialog()
        self.ui.setupUi(self)
        fit_on_show(self)  # never larger than the screen it opens on (issue 12)
        style_notice(self.ui.messageFrame)
        self._ops = ops
        self._client = client
        self._package: Package | None = None
        self._offer: PackageOffer | None = None
        self._currency = "USD"
        self._loaded = False  # True once packages, customers and routes arrived
        self._enabling = False  # True while the package is being added or removed
        self.confirmation: QMessageBox | None = None  # the open money question, if any
        self._reachable = True
        self._routes: dict[int, Route] = {}
        self._combos: dict[int, QComboBox] = {}
        self._connect_signals()
        self._load()

    def _connect_signals(self) -> None:
        self.ui.enableButton.clicked.connect(self._on_enable_button_clicked)
        self.ui.disableButton.clicked.connect(self._on_disable_button_clicked)
        self.ui.retryButton.clicked.connect(self._on_retry_button_clicked)
        self.ui.buttonBox.rejected.connect(self.reject)

    @property
    def offer(self) -> PackageOffer | None:
        """The call-recording package the server offers (its price), or ``None`` before it is loaded."""
        return self._offer

    @property
    def package(self) -> Package | None:
        """The account's call-recording package, or ``None`` while step 1 is not done."""
        return self._package

    def route_combo(self, route_id: int) -> QComboBox | None:
        """The recording-mode combo box of an ingress route, or ``None`` if it is not shown."""
        return self._combos.get(route_id)

    def recording_count(self) -> tuple[int, int]:
        """``(routes that record, ingress routes)`` as the dialog shows them."""
        return sum(r.call_recording != "disabled" for r in self._routes.values()), len(self._routes)

    def set_reachable(self, reachable: bool) -> None:
        """Say whether the server can be reached; while it cannot, both steps are unavailable with the reason."""
        self._reachable = reachable
        if not reachable and not self._enabling:
            self._show_message(_tr(UNREACHABLE_NOTE), retry=not self._loaded)
        elif reachable and self.ui.messageLabel.text() == _tr(UNREACHABLE_NOTE):
            self._show_message("")
        self._render()

    def done(self, result: int) -> None:
        """Close the dialog; results of its requests that arrive later are dropped."""
        mark_closed(self)
        super().done(result)

    # -- showing state -----------------------------------------------------------------------

    def _render(self) -> None:
        ui, package = self.ui, self._package
        if not self._loaded:
            ui.step1Status.setText(self.tr("Checking the account's packages…"))
            ui.step1Details.setText(self.tr("Adds the Call Recording package to the account."))
        elif package is not None:
            ui.step1Status.setText(self.tr("Done: call recording is enabled on the account."))
            ui.step1Details.setText(self.tr("The {name} package is on the account: {price}.").format(
                name=package.name, price=price_text(package, self._currency)))
        else:
            ui.step1Status.setText(self.tr("Not enabled yet."))
            ui.step1Details.setText(offer_text(self._offer, self._currency) + " "
                                    + self.tr("Recording then needs at least one ingress route set to record "
                                              "(step 2). You are asked to confirm before the package is added."))
        available = self._loaded and not self._enabling and self._reachable
        ui.enableButton.setVisible(package is None)
        ui.disableButton.setVisible(package is not None)
        for button in (ui.enableButton, ui.disableButton):
            button.setEnabled(available)
            button.setToolTip("" if self._reachable else _tr(UNREACHABLE_NOTE))
        ui.enableButton.setText(self.tr("Enabling…") if self._enabling else self.tr("&Enable Call Recording…"))
        ui.step2Note.setVisible(package is None and self._loaded)
        ui.step2Note.setText(_tr(ENABLE_FIRST) + " " + self.tr("Until then no ingress route can record."))
        ui.routesTree.setEnabled(package is not None and self._loaded and self._reachable)
        recording, total = self.recording_count()
        if not self._loaded:
            ui.summaryLabel.setText("")
        elif total == 0:
            ui.summaryLabel.setText(self.tr("There are no ingress routes to record: add a customer's routing first."))
        elif recording == 0:
            ui.summaryLabel.setText(_tr(NOTHING_RECORDS))
        elif package is None:
            ui.summaryLabel.setText(self.tr("{recording} of {total} ingress routes are set to record, but nothing is "
                                            "recorded until call recording is enabled (step 1).").format(
                recording=recording, total=total))
        else:
            ui.summaryLabel.setText(self.tr("{recording} of {total} ingress routes record calls.").format(
                recording=recording, total=total))

    def _show_message(self, text: str, *, warning: bool = True, retry: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageIcon.setVisible(warning)
        self.ui.retryButton.setVisible(retry)
        self.ui.messageFrame.setVisible(bool(text))

    def _fill_tree(self, snapshot: RecordingSnapshot) -> None:
        self._routes, self._combos = fill_routes_tree(self.ui.routesTree, snapshot, self._on_route_combo_activated)

    # -- loading -----------------------------------------------------------------------------

    def _load(self) -> None:
        self._loaded = False
        self._show_message(self.tr("Loading packages, customers and ingress routes…"), warning=False)
        self._render()
        client = self._client

        def load_recording_state() -> RecordingSnapshot:
            return load_recording_snapshot(client)

        self._ops.run(load_recording_state, on_success=self._on_loaded, on_failure=self._on_load_failed, owner=self)

    def _on_loaded(self, snapshot: RecordingSnapshot) -> None:
        self._loaded = True
        self._currency = snapshot.currency
        self._offer = snapshot.offer
        self._package = next((p for p in snapshot.packages if p.feature == CALL_RECORDING), None)
        self._fill_tree(snapshot)
        self._show_message("")
        self._render()
        self.loaded.emit()

    def _on_load_failed(self, error: BaseException) -> None:
        self._show_message(self.tr("Could not load the account's packages and routes. {reason}").format(
            reason=describe_error(error)), retry=True)
        self._render()
        self.ui.step1Status.setText(self.tr("Not known: the account's packages could not be loaded."))

    def _on_retry_button_clicked(self) -> None:
        self._load()

    # -- step 1 ------------------------------------------------------------------------------

    def _ask(self, box: QMessageBox, then) -> None:
        """Open ``box`` window-modal; ``then()`` runs only when its confirming button was pressed."""
        def on_finished(_result: int) -> None:
            self.confirmation = None
            box.deleteLater()
            if accepted(box) and self._reachable and not self._enabling:
                then()

        box.finished.connect(on_finished)
        self.confirmation = box
        box.open()

    def _on_enable_button_clicked(self) -> None:
        if self._package is not None or self._enabling or not self._loaded:
            return
        self._ask(enable_box(self, self._offer, self._currency), self._enable)

    def _enable(self) -> None:
        if self._package is not None:
            return
        self._enabling = True
        self._show_message(self.tr("Enabling call recording…"), warning=False)
        self._render()
        self._ops.run(self._client.enable_call_recording, on_success=self._on_enabled,
                      on_failure=self._on_enable_failed, owner=self)

    def _on_enabled(self, package: Package) -> None:
        self._enabling = False
        self._package = package
        self._show_message("")
        self._render()
        self.changed.emit()

    def _on_enable_failed(self, error: BaseException) -> None:
        if isinstance(error, Conflict) and error.code == "already_enabled":
            self._show_message(self.tr("Call recording was already enabled on the account."), warning=False)
            client = self._client
            self._ops.run(client.get_packages, on_success=self._on_packages_reloaded,
                          on_failure=self._on_enable_failed, owner=self)
            return
        self._enabling = False
        self._show_message(self.tr("Call recording was not enabled. {reason}").format(reason=describe_error(error)))
        self._render()

    def _on_packages_reloaded(self, packages: list[Package]) -> None:
        self._enabling = False
        self._package = next((p for p in packages if p.feature == CALL_RECORDING), None)
        self._render()
        self.changed.emit()

    # -- step 2 ------------------------------------------------------------------------------

    def _on_route_combo_activated(self, route_id: int, index: int) -> None:
        combo, route = self._combos[route_id], self._routes[route_id]
        mode = combo.itemData(index)
        if mode == route.call_recording:
            return
        combo.setEnabled(False)
        self._show_message(self.tr("Saving the recording of {route}…").format(route=route.name), warning=False)
        client = self._client

        def save_route_recording() -> Route:
            return client.set_route_recording(route_id, mode)

        self._ops.run(save_route_recording, on_success=self._on_route_saved,
                      on_failure=lambda error: self._on_route_failed(route_id, error), owner=self)

    def _on_route_saved(self, route: Route) -> None:
        self._routes[route.id] = route
        combo = self._combos[route.id]
        combo.setCurrentIndex(max(combo.findData(route.call_recording), 0))
        combo.setEnabled(True)
        self._show_message("")
        self._render()
        self.changed.emit()

    def _on_route_failed(self, route_id: int, error: BaseException) -> None:
        combo, route = self._combos[route_id], self._routes[route_id]
        combo.setCurrentIndex(max(combo.findData(route.call_recording), 0))
        combo.setEnabled(True)
        if isinstance(error, Conflict) and error.code == "call_recording_not_enabled":
            self._package = None
            reason = _tr(ENABLE_FIRST)
        else:
            reason = describe_error(error)
        self._show_message(self.tr("The recording of {route} was not changed. {reason}").format(
            route=route.name, reason=reason))
        self._render()

    # -- disabling ---------------------------------------------------------------------------

    def _on_disable_button_clicked(self) -> None:
        if self._package is None or self._enabling:
            return
        recording, _total = self.recording_count()
        self._ask(disable_box(self, self._package, self._currency, recording), self._disable)

    def _disable(self) -> None:
        package = self._package
        if package is None:
            return
        self._enabling = True
        self._show_message(self.tr("Disabling call recording…"), warning=False)
        self._render()
        client, package_id = self._client, package.id

        def disable_call_recording() -> None:
            client.disable_call_recording(package_id)

        self._ops.run(disable_call_recording, on_success=self._on_disabled,
                      on_failure=self._on_disable_failed, owner=self)

    def _on_disabled(self, _result: object) -> None:
        self._enabling = False
        self._package = None
        for route_id, route in list(self._routes.items()):  # the service set every route back to disabled
            self._routes[route_id] = replace(route, call_recording="disabled")
            combo = self._combos[route_id]
            combo.setCurrentIndex(max(combo.findData("disabled"), 0))
        self._show_message(self.tr("Call recording is disabled: no ingress route records any more."), warning=False)
        self._render()
        self.changed.emit()

    def _on_disable_failed(self, error: BaseException) -> None:
        self._enabling = False
        self._show_message(self.tr("Call recording was not disabled. {reason}").format(reason=describe_error(error)))
        self._render()
