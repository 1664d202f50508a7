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

translate = QCoreApplication.translate


def trust_question(parent: QWidget, host: str, certificate: CertificateInfo) -> QMessageBox:
    """The question before pinning ``certificate`` for ``host`` (built, not opened; Cancel is the default).

    Its accepting button has the ``AcceptRole``; the caller connects ``accepted`` and calls ``open()``.
    """
    question = translate("TrustCertificate", "Trust the certificate of {host} for sending mail?").format(host=host)
    box = QMessageBox(QMessageBox.Icon.Warning, translate("TrustCertificate", "Trust This Certificate?"), question,
                      QMessageBox.StandardButton.Cancel, parent)
    rows = [(translate("TrustCertificate", "Issued to"), certificate.subject),
            (translate("TrustCertificate", "Issued by"), certificate.issuer),
            (translate("TrustCertificate", "Valid until"), certificate.not_after),
            (translate("TrustCertificate", "SHA-256 fingerprint"), certificate.sha256)]
    details = "\n".join(f"{name}: {value}" for name, value in rows if value)
    advice = translate("TrustCertificate", "Trust it only if this is your company's own mail relay: compare the "
                       "fingerprint with the one its administrator gives you. From then on only this certificate is "
                       "accepted for {host}; if it changes, sending stops and says so.").format(host=host)
    box.setInformativeText(details + "\n\n" + advice)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    trust = box.addButton(translate("TrustCertificate", "&Trust This Certificate"), QMessageBox.ButtonRole.AcceptRole)
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
