"""Trusting a mail server's own certificate from a Test Email result (issue 13, point 4).

A test whose certificate the trust store refused brings the certificate along (its SHA-256 fingerprint,
subject, issuer and expiry). :func:`trust_question` builds the question the user answers before it is
pinned: what the certificate is, how to check it (compare the fingerprint with the one the relay's
administrator gives), and what trusting it means (only this certificate is accepted for the server,
and a changed one is refused). It is a window-modal box, opened, never run in a nested event loop.
:func:`pin_saved_certificate` pins it in the saved SMTP details (on a worker).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.api import AccountClient
from desktop.api.versioned import Versioned
from desktop.domain.certificates import CertificateInfo
from desktop.domain.smtp import SmtpSettings


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrustCertificate", text)


def trust_question(parent: QWidget, host: str, certificate: CertificateInfo) -> QMessageBox:
    """The question before pinning ``certificate`` for ``host`` (built, not opened; Cancel is the default).

    Its accepting button has the ``AcceptRole``; the caller connects ``accepted`` and calls ``open()``.
    """
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Trust This Certificate?"),
                      _tr("Trust the certificate of {host} for sending mail?").format(host=host),
                      QMessageBox.StandardButton.Cancel, parent)
    rows = [(_tr("Issued to"), certificate.subject), (_tr("Issued by"), certificate.issuer),
            (_tr("Valid until"), certificate.not_after), (_tr("SHA-256 fingerprint"), certificate.sha256)]
    details = "\n".join(f"{name}: {value}" for name, value in rows if value)
    box.setInformativeText(
        details + "\n\n" + _tr("Trust it only if this is your company's own mail relay: compare the fingerprint with "
                              "the one its administrator gives you. From then on only this certificate is accepted "
                              "for {host}; if it changes, sending stops and says so.").format(host=host))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    trust = box.addButton(_tr("&Trust This Certificate"), QMessageBox.ButtonRole.AcceptRole)
    trust.setObjectName("trustButton")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    return box


def pin_saved_certificate(client: AccountClient, sha256: str) -> Versioned[SmtpSettings]:
    """Pin ``sha256`` in the saved SMTP details (``GET`` for their ETag, then ``PUT`` of that key alone).

    Runs on a worker.

    Raises:
        ApiError: the service refused or could not be reached (a 412 when the details changed in between).
    """
    current = client.get_smtp()
    return client.update_smtp({"certificate_sha256": sha256}, current.etag)
