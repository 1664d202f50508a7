"""The self-test's checks of the installed parts (``cxdesk --self-test``, :mod:`desktop.shell.selftest`).

Each check is a function that looks at one part of this installation, from source or frozen, and
returns a one-line detail of what it found, or raises :class:`~desktop.shell.selftest_probes.CheckFailed`
with what is missing. The Qt parts (platform plugins, image formats, the SVG icon engine, the
compiled resources and forms) need the running QApplication; the rest of the stack (the domain's
data files, TLS and the trust store, the keyring, QtNetwork's local socket, the redacting log) does
not. The checks that start the sandbox and show the main window live in
:class:`desktop.shell.selftest.SelfTest`, which runs all of them in order.
"""

from __future__ import annotations

import pkgutil
import ssl
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.shell.selftest_probes import CheckFailed, build_form, expected_forms, plugins, trust_store_summary

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

#: The native Qt platform plugin each OS needs (``sys.platform`` prefix → plugin name).
NATIVE_PLATFORM = {"linux": "xcb", "darwin": "cocoa", "win32": "windows"}
#: A fake secret of each kind the log must never carry (a JWT, a password and a Basic credential).
FAKE_JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzZWxmdGVzdCI6dHJ1ZX0.c2VsZnRlc3Qtc2lnbmF0dXJl"
FAKE_PASSWORD = "selftest-Pa55word"
FAKE_BASIC = "c2VsZnRlc3RAZXhhbXBsZS5jb206c2VjcmV0"
FAKE_SECRETS = (FAKE_JWT, FAKE_PASSWORD, FAKE_BASIC)


# -- Qt parts ---------------------------------------------------------------------------------------

def qt_platform(app: QApplication) -> str:
    """The platform plugin in use (by ``app``); the native and offscreen plugins must be installed."""
    import PySide6
    from PySide6.QtCore import qVersion

    installed = plugins("platforms")
    native = next((name for prefix, name in NATIVE_PLATFORM.items() if sys.platform.startswith(prefix)), None)
    missing = [name for name in (native, "offscreen") if name and name not in installed]
    if missing:
        raise CheckFailed(f"platform plugin(s) {', '.join(missing)} missing (installed: "
                          f"{', '.join(sorted(installed)) or 'none'})")
    return (f"{app.platformName()} in use; installed: {', '.join(sorted(installed))}; "
            f"Qt {qVersion()}, PySide6 {PySide6.__version__}")


def image_formats() -> str:
    """QImageReader lists and reads SVG and PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QImageReader

    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    missing = sorted({"svg", "png"} - formats)
    if missing:
        raise CheckFailed(f"cannot read {', '.join(missing)} (readable: {', '.join(sorted(formats))})")
    svg = QByteArray(b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8">'
                     b'<rect width="8" height="8" fill="#123456"/></svg>')
    if QImage.fromData(svg, "SVG").isNull():
        raise CheckFailed("an SVG image does not decode")
    png_bytes = QByteArray()
    buffer = QBuffer(png_bytes)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    image.fill(0xFF336699)
    image.save(buffer, "PNG")
    if QImage.fromData(png_bytes, "PNG").isNull():
        raise CheckFailed("a PNG image does not decode")
    return f"svg and png readable ({len(formats)} formats)"


def icon_engine() -> str:
    """The SVG icon engine plugin is installed (crisp icons at every size and scale)."""
    engines = plugins("iconengines")
    if "svgicon" not in engines:
        raise CheckFailed(f"the SVG icon engine is missing (installed: {', '.join(sorted(engines)) or 'none'})")
    return f"installed: {', '.join(sorted(engines))}"


def resources(app: QApplication) -> str:
    """Every ``:/icons/*.svg`` of the compiled resources loads as a QIcon and a QImage (then ``app``'s icon)."""
    from PySide6.QtCore import QDir
    from PySide6.QtGui import QIcon, QImage

    from desktop.forms import resources_rc  # noqa: F401  (registers :/icons/…)

    names = sorted(QDir(":/icons").entryList(["*.svg"]))
    if not names:
        raise CheckFailed("no :/icons/*.svg in the compiled resources")
    bad = []
    for name in names:
        path = f":/icons/{name}"
        icon = QIcon(path)
        if icon.isNull() or icon.pixmap(32, 32).isNull() or QImage(path).isNull():
            bad.append(name)
    if bad:
        raise CheckFailed(f"{len(bad)} of {len(names)} icons do not load: {', '.join(bad)}")
    app.setWindowIcon(QIcon(":/icons/app.svg"))
    return f"{len(names)} icons load ({', '.join(names)})"


def forms() -> str:
    """Every compiled form imports and builds; none that the sources list is missing."""
    import desktop.forms

    expected = expected_forms()
    found = {name[3:] for _, name, _ in pkgutil.iter_modules(desktop.forms.__path__) if name.startswith("ui_")}
    names = sorted(expected | found)
    if not names:
        raise CheckFailed("no compiled forms found")
    bad = []
    for name in names:
        try:
            build_form(name)
        except Exception as error:  # noqa: BLE001 - every broken form is listed
            bad.append(f"ui_{name} ({type(error).__name__}: {error})")
    if bad:
        raise CheckFailed(f"{len(bad)} of {len(names)} forms broken: {'; '.join(bad)}")
    return f"{len(names)} forms build ({', '.join(names)})"


#: What the translations check asks (context, source): out of lupdate's sight, it is no text of the app's.
_FILE_MENU, _CANCEL = ("MainWindow", "&File"), ("QPlatformTheme", "Cancel")


def translations() -> str:
    """The app's German and French translations and Qt's base translations for them load and translate."""
    from desktop.translation import load_translators

    for language, file_menu, cancel in (("de", "&Datei", "Abbrechen"), ("fr", "&Fichier", "Annuler")):
        try:
            app_qm, qt_qm = load_translators(language)
        except OSError as error:
            raise CheckFailed(str(error)) from error
        said = app_qm.translate(*_FILE_MENU), qt_qm.translate(*_CANCEL)
        if said != (file_menu, cancel):
            raise CheckFailed(f"{language}: File and Cancel read {said!r}, not {(file_menu, cancel)!r}")
    return "de, fr: the app's (cxdesk_*.qm) and Qt's base translations (qtbase_*.qm) load"


# -- the rest of the stack --------------------------------------------------------------------------

def domain_data() -> str:
    """The data files behind the rules: phone metadata, VAT check digits, IDNA, babel's locales."""
    from desktop.domain.validators import validate_email_address, validate_phone, validate_vat_reg_id
    from desktop.views.formats import format_balance

    results = {
        "phone": validate_phone("0044 20 7946 0958"),
        "VAT": validate_vat_reg_id("el 094259216"),
        "e-mail": validate_email_address("billing@bücher.example"),
        "money": format_balance("-529.60", "EUR", "de_DE"),
    }
    expected = {"phone": "+442079460958", "VAT": "EL094259216", "e-mail": "billing@bücher.example",
                "money": "-529,60\xa0€"}
    wrong = [f"{key} {results[key]!r} (expected {expected[key]!r})" for key in expected
             if results[key] != expected[key]]
    if wrong:
        raise CheckFailed("; ".join(wrong))
    return ", ".join(f"{key} {value}" for key, value in results.items())


def tls() -> str:
    """OpenSSL, the truststore context the SMTP engine uses, and certifi's bundle for the API client."""
    import certifi

    from desktop.mail.tls import default_context

    context = default_context()
    if context.verify_mode != ssl.CERT_REQUIRED or not context.check_hostname:
        raise CheckFailed("the truststore context does not verify certificates")
    bundle = Path(certifi.where())
    if not bundle.is_file() or bundle.stat().st_size == 0:
        raise CheckFailed(f"certifi's CA bundle is missing ({bundle})")
    return f"{ssl.OPENSSL_VERSION}; truststore {type(context).__module__} context verifies; certifi bundle present"


def trust_store() -> str:
    """The OS certificate authorities that truststore verifies against."""
    return trust_store_summary()


def keyring() -> str:
    """The keyring backend (a fail backend is a finding, not a failure)."""
    from desktop.diagnostics import keyring_backend_name

    name = keyring_backend_name()
    if ".fail." in name:
        return f"{name}: no usable keychain here; sign-ins will not be remembered"
    return name


def single_instance() -> str:
    """QtNetwork's local socket, with which a second start brings the running window to the front."""
    from desktop.shell import instance

    if getattr(instance, "QLocalServer", None) is None:
        raise CheckFailed("PySide6.QtNetwork is missing: a second start cannot reach the running window")
    return "QLocalServer available (a second start brings the open window to the front)"


def log() -> str:
    """A line with a JWT, a password and an Authorization header reaches the log file redacted."""
    import logging

    from desktop import logs

    path = logs.setup_logging(console=False)
    if path is None:
        raise CheckFailed("the log file cannot be opened")
    logging.getLogger("desktop.shell.selftest").warning(
        "selftest redaction probe: token %s password=%s Authorization: Basic %s",
        FAKE_JWT, FAKE_PASSWORD, FAKE_BASIC)
    logs.flush()
    text = path.read_text(encoding="utf-8")
    if "selftest redaction probe" not in text:
        raise CheckFailed(f"the probe line was not written to {path}")
    leaked = [s for s in FAKE_SECRETS if s in text]
    if leaked:
        raise CheckFailed(f"{len(leaked)} secret(s) reached {path} unredacted")
    return f"writes {path.name} off the GUI thread, redacted"
