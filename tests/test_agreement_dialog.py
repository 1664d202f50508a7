"""The service-agreement dialog against the real service, and its links."""

from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from desktop.views.agreement_dialog import AgreementDialog, without_repeated_title
from desktop.views.formats import date_only


class UrlCatcher(QObject):
    """Receives the URLs QDesktopServices would hand to the browser (a real Qt URL handler)."""

    def __init__(self):
        super().__init__()
        self.urls = []

    @Slot(QUrl)
    def open(self, url):
        self.urls.append(url.toString())


def open_dialog(qtbot, ops, client):
    dialog = AgreementDialog(ops, client)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.messageLabel.text() == "Loading the service agreement…"
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        pass
    for _ in range(3):  # let the nested layouts settle before a screenshot
        QApplication.processEvents()
    return dialog


def test_the_agreement_shows_its_title_and_text(qtbot, ops, client, screenshot):
    agreement = client.get_agreement()
    dialog = open_dialog(qtbot, ops, client)
    assert dialog.agreement == agreement
    assert dialog.ui.titleLabel.text() == agreement.title == "Platform Services Agreement"
    assert dialog.ui.detailsLabel.text() == (
        f"Version {agreement.version}, effective {date_only(agreement.effective_date)}")
    text = dialog.ui.textBrowser.toPlainText()
    assert text.startswith("This Platform Services Agreement")  # the title is shown once, above the text
    assert "cannot be changed again for thirty days" in " ".join(text.split())
    assert dialog.ui.textBrowser.isReadOnly() and not dialog.ui.textBrowser.openLinks()
    assert dialog.ui.messageFrame.isHidden()
    assert dialog.ui.pdfButton.isHidden()  # the reference service has no PDF edition
    screenshot(dialog, "agreement_dialog")
    qtbot.mouseClick(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Close), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_links_open_in_the_browser_only_when_clicked(qtbot, ops, client):
    dialog = open_dialog(qtbot, ops, client)
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")
    try:
        browser = dialog.ui.textBrowser
        browser.setHtml('<p><a href="https://example.com/terms">Read the terms</a> here.</p>')
        assert catcher.urls == []
        link = next(QPoint(x, y) for y in range(0, 60, 2) for x in range(0, 80, 2)
                    if browser.anchorAt(QPoint(x, y)) == "https://example.com/terms")
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=link)
        assert catcher.urls == ["https://example.com/terms"]
        assert browser.source().isEmpty() and "Read the terms" in browser.toPlainText()  # no navigation
    finally:
        QDesktopServices.unsetUrlHandler("https")


def test_a_failure_to_load_is_shown_and_can_be_tried_again(qtbot, ops, client, server, screenshot):
    server.stop()
    dialog = AgreementDialog(ops, client)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "could not be loaded" in dialog.ui.messageLabel.text(), timeout=30000)
    assert dialog.ui.messageLabel.text().startswith("The service agreement could not be loaded. The server could not")
    assert dialog.ui.textBrowser.toPlainText() == "" and dialog.ui.messageIcon.isVisibleTo(dialog)
    for _ in range(3):
        QApplication.processEvents()
    screenshot(dialog, "agreement_dialog_error")

    server.start()
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        qtbot.mouseClick(dialog.ui.retryButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.messageFrame.isHidden() and dialog.ui.titleLabel.text() == "Platform Services Agreement"


def test_effective_dates_read_as_long_dates():
    assert date_only("2024-07-01", locale="en_GB") == "1 July 2024"
    assert date_only("1 July 2024", locale="fr_FR") == "1 July 2024", "text that is not an ISO date stays as it is"


def test_a_leading_heading_that_repeats_the_title_is_not_shown_twice():
    assert without_repeated_title("<h1>Terms &amp; <b>Use</b></h1>\n<p>Text</p>", "Terms & Use") == "<p>Text</p>"
    assert without_repeated_title("<h1>Other</h1><p>Text</p>", "Terms") == "<h1>Other</h1><p>Text</p>"
    assert without_repeated_title("<p>Text</p><h1>Terms</h1>", "Terms") == "<p>Text</p><h1>Terms</h1>"


def test_the_pdf_edition_opens_in_the_browser(qtbot, ops, client, server, monkeypatch, screenshot):
    from desktop.server import agreement

    monkeypatch.setitem(agreement.AGREEMENT, "pdf_url", "/files/agreement-2024.2.pdf")  # a server with a PDF
    dialog = open_dialog(qtbot, ops, client)
    assert dialog.ui.pdfButton.isVisible()
    screenshot(dialog, "agreement_dialog_pdf")
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("http", catcher, "open")
    try:
        qtbot.mouseClick(dialog.ui.pdfButton, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("http")
    assert catcher.urls == [f"http://127.0.0.1:{server.port}/files/agreement-2024.2.pdf"]
