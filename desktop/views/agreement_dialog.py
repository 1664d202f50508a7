"""The platform's service agreement, read in a dialog (product.md, "Service agreement").

The text is the HTML of ``GET setup/account/agreement`` shown read-only in a QTextBrowser that
never navigates by itself: a link to a place in the text scrolls there, any other link opens in
the user's browser (QDesktopServices) only when the user clicks it.
"""

from __future__ import annotations

import re
from html import unescape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from desktop.domain.models import Agreement
from desktop.forms.ui_agreement_dialog import Ui_AgreementDialog
from desktop.ops import Ops, mark_closed
from desktop.views.formats import date_only
from desktop.views.messages import describe_error, style_notice
from desktop.views.window_fit import fit_on_show

#: Link schemes handed to the user's browser or mail program; others are ignored.
OPENABLE_SCHEMES = frozenset({"http", "https", "mailto"})


_LEADING_H1 = re.compile(r"^\s*<h1[^>]*>(.*?)</h1>\s*", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def without_repeated_title(html: str, title: str) -> str:
    """The HTML without a leading ``<h1>`` that repeats ``title`` (the dialog shows the title above it)."""
    match = _LEADING_H1.match(html)
    if match and " ".join(unescape(_TAG.sub("", match.group(1))).split()) == " ".join(title.split()):
        return html[match.end():]
    return html


class AgreementDialog(QDialog):
    """Shows the service agreement: title, version, effective date and text, with its PDF if any.

    Args:
        ops: the application's background runner; the agreement is fetched through it.
        client: the signed-in :class:`desktop.api.AccountClient`.
        parent: the parent widget.

    Signals:
        loaded(): the agreement's text is shown.
    """

    loaded = Signal()

    def __init__(self, ops: Ops, client, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AgreementDialog()
        self.ui.setupUi(self)
        fit_on_show(self)  # never larger than the screen it opens on (issue 12)
        style_notice(self.ui.messageFrame)
        self._ops = ops
        self._client = client
        self._base_url = QUrl(getattr(client, "base_url", ""))
        self._agreement: Agreement | None = None
        self._connect_signals()
        self.ui.pdfButton.hide()
        self.ui.detailsLabel.hide()
        self._load()

    def _connect_signals(self) -> None:
        self.ui.textBrowser.anchorClicked.connect(self._on_text_browser_anchor_clicked)
        self.ui.pdfButton.clicked.connect(self._on_pdf_button_clicked)
        self.ui.retryButton.clicked.connect(self._on_retry_button_clicked)
        self.ui.buttonBox.rejected.connect(self.reject)

    @property
    def agreement(self) -> Agreement | None:
        """The agreement shown, or ``None`` while loading or after a failure."""
        return self._agreement

    def done(self, result: int) -> None:
        """Close the dialog; a result that arrives later is dropped."""
        mark_closed(self)
        super().done(result)

    def _load(self) -> None:
        self._show_message(self.tr("Loading the service agreement…"), warning=False)
        self._ops.run(self._client.get_agreement, on_success=self._on_agreement_loaded,
                      on_failure=self._on_agreement_failed, owner=self)

    def _show_message(self, text: str, *, warning: bool = True, retry: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageIcon.setVisible(warning)
        self.ui.retryButton.setVisible(retry)
        self.ui.messageFrame.setVisible(bool(text))

    def _resolve(self, url: QUrl) -> QUrl:
        """A link of the agreement made absolute against the server's address."""
        return self._base_url.resolved(url) if url.isRelative() and self._base_url.isValid() else url

    def _on_agreement_loaded(self, agreement: Agreement) -> None:
        self._agreement = agreement
        self.ui.titleLabel.setText(agreement.title or self.tr("Service agreement"))
        details = [self.tr("Version {version}").format(version=agreement.version) if agreement.version else "",
                   self.tr("effective {date}").format(date=date_only(agreement.effective_date))
                   if agreement.effective_date else ""]
        self.ui.detailsLabel.setText(", ".join(part for part in details if part))
        self.ui.detailsLabel.setVisible(bool(self.ui.detailsLabel.text()))
        self.ui.textBrowser.setHtml(without_repeated_title(agreement.html, agreement.title))
        self.ui.pdfButton.setVisible(bool(agreement.pdf_url))
        self._show_message("")
        self.loaded.emit()

    def _on_agreement_failed(self, error: BaseException) -> None:
        self._show_message(self.tr("The service agreement could not be loaded. {reason}").format(
            reason=describe_error(error)), retry=True)

    def _on_retry_button_clicked(self) -> None:
        self._load()

    def _on_text_browser_anchor_clicked(self, url: QUrl) -> None:
        if not url.scheme() and not url.path() and url.hasFragment():
            self.ui.textBrowser.scrollToAnchor(url.fragment())
            return
        target = self._resolve(url)
        if target.scheme() in OPENABLE_SCHEMES:
            QDesktopServices.openUrl(target)

    def _on_pdf_button_clicked(self) -> None:
        if self._agreement is not None and self._agreement.pdf_url:
            QDesktopServices.openUrl(self._resolve(QUrl(self._agreement.pdf_url)))
