"""``cxdesk --self-test``: check that this installation has every part it needs, from source or frozen.

It runs in a throw-away ``CXDESK_HOME`` (the user's data is never touched), prints one line per
check, ``ok   <check>: <detail>`` or ``FAIL <check>: <detail>``, and returns 1 when any check
failed. The checks:

* ``qt platform``: the platform plugin in use, and that the native one for this OS (xcb, cocoa,
  windows) and ``offscreen`` are installed;
* ``image formats``: QImageReader reads SVG and PNG (the imageformats plugins);
* ``icon engine``: the SVG icon engine plugin is installed;
* ``resources``: every ``:/icons/*.svg`` loads as a non-null QIcon and QImage;
* ``forms``: every compiled form (``desktop.forms.ui_*``) imports and its ``setupUi`` builds on
  a QMainWindow, QDialog or QWidget as its code asks; the list of forms expected comes from
  ``ui/*.ui`` (source) or the ``expected_forms.txt`` written into the bundle by ``build.spec``;
* ``domain data``: phonenumbers' metadata, python-stdnum, IDNA and babel's locale data are there;
* ``tls``: the OpenSSL version, the truststore context the SMTP engine uses, certifi's bundle;
* ``trust store``: the operating system's certificate authorities truststore verifies against;
* ``keyring``: the backend's name (a ``fail`` backend is reported, not failed);
* ``single instance``: QtNetwork's local socket is there (a second start raises the open window);
* ``log``: a line with a token, a password and an Authorization header is written redacted;
* ``sandbox``, ``account``, ``main window``: the embedded service starts on a free port, the
  account loads through the real client, and the main window (with its Help menu) renders to a PNG;
* ``diagnostics``: the Help menu's text names the versions and carries no secret.

Run it with ``QT_QPA_PLATFORM=offscreen`` where there is no display. ``report`` (a path) also
writes the lines to a file: a windowed Windows build has no console to print to.
"""

from __future__ import annotations

import os
import pkgutil
import platform
import ssl
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from desktop.shell.selftest_probes import CheckFailed, build_form, expected_forms, plugins, trust_store_summary

#: How long the account may take to load and show, in milliseconds.
LOAD_TIMEOUT_MS = 60_000
#: The native Qt platform plugin each OS needs (``sys.platform`` prefix → plugin name).
NATIVE_PLATFORM = {"linux": "xcb", "darwin": "cocoa", "win32": "windows"}
#: A fake secret of each kind the log must never carry (a JWT, a password and a Basic credential).
_FAKE_JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzZWxmdGVzdCI6dHJ1ZX0.c2VsZnRlc3Qtc2lnbmF0dXJl"
_FAKE_PASSWORD = "selftest-Pa55word"
_FAKE_BASIC = "c2VsZnRlc3RAZXhhbXBsZS5jb206c2VjcmV0"


class SelfTest:
    """Runs the checks in order and collects their lines.

    Args:
        out: called with each line as it is produced (e.g. ``print``).
    """

    def __init__(self, out: Callable[[str], None]) -> None:
        self._out = out
        self.lines: list[str] = []
        self.failed: list[str] = []
        self.home = Path(tempfile.mkdtemp(prefix="cxdesk-selftest-"))
        self.app = None
        self.session = None
        self.window = None
        self.help_menu = None
        self.ops = None

    def check(self, name: str, fn: Callable[[], str]) -> bool:
        """Run one check; print ``ok`` with its detail, or ``FAIL`` with the reason. Returns whether it passed."""
        try:
            line = f"ok   {name}: {fn()}"
            passed = True
        except CheckFailed as error:
            line, passed = f"FAIL {name}: {error}", False
        except Exception as error:  # noqa: BLE001 - any error is a failed check, reported on one line
            where = traceback.extract_tb(error.__traceback__)[-1]
            line = f"FAIL {name}: {type(error).__name__}: {error} ({Path(where.filename).name}:{where.lineno})"
            passed = False
        if not passed:
            self.failed.append(name)
        self.lines.append(line)
        self._out(line)
        return passed

    # -- Qt parts ---------------------------------------------------------------------------------

    def start_qt(self) -> str:
        """Create the QApplication (or use the running one)."""
        from PySide6.QtWidgets import QApplication

        from desktop import APP_NAME, __version__

        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.app.setApplicationName(APP_NAME)
        self.app.setApplicationVersion(__version__)
        mode = "frozen" if getattr(sys, "frozen", False) else "source"
        return f"{APP_NAME} {__version__} ({mode}), Python {platform.python_version()} on {platform.platform()}"

    def qt_platform(self) -> str:
        """The platform plugin in use; the native and offscreen plugins must be installed."""
        import PySide6
        from PySide6.QtCore import qVersion

        installed = plugins("platforms")
        native = next((name for prefix, name in NATIVE_PLATFORM.items() if sys.platform.startswith(prefix)), None)
        missing = [name for name in (native, "offscreen") if name and name not in installed]
        if missing:
            raise CheckFailed(f"platform plugin(s) {', '.join(missing)} missing (installed: "
                              f"{', '.join(sorted(installed)) or 'none'})")
        return (f"{self.app.platformName()} in use; installed: {', '.join(sorted(installed))}; "
                f"Qt {qVersion()}, PySide6 {PySide6.__version__}")

    def image_formats(self) -> str:
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

    def icon_engine(self) -> str:
        """The SVG icon engine plugin is installed (crisp icons at every size and scale)."""
        engines = plugins("iconengines")
        if "svgicon" not in engines:
            raise CheckFailed(f"the SVG icon engine is missing (installed: {', '.join(sorted(engines)) or 'none'})")
        return f"installed: {', '.join(sorted(engines))}"

    def resources(self) -> str:
        """Every ``:/icons/*.svg`` of the compiled resources loads as a QIcon and a QImage."""
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
        self.app.setWindowIcon(QIcon(":/icons/app.svg"))
        return f"{len(names)} icons load ({', '.join(names)})"

    def forms(self) -> str:
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

    # -- the rest of the stack --------------------------------------------------------------------

    def domain_data(self) -> str:
        """The data files behind the rules: phone metadata, VAT check digits, IDNA, babel's locales."""
        from desktop.domain.money import format_balance
        from desktop.domain.validators import validate_email_address, validate_phone, validate_vat_reg_id

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

    def tls(self) -> str:
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

    def trust_store(self) -> str:
        """The OS certificate authorities that truststore verifies against."""
        return trust_store_summary()

    def keyring(self) -> str:
        """The keyring backend (a fail backend is a finding, not a failure)."""
        from desktop.diagnostics import keyring_backend_name

        name = keyring_backend_name()
        if ".fail." in name:
            return f"{name}: no usable keychain here; sign-ins will not be remembered"
        return name

    def single_instance(self) -> str:
        """QtNetwork's local socket, with which a second start brings the running window to the front."""
        from desktop.shell import instance

        if getattr(instance, "QLocalServer", None) is None:
            raise CheckFailed("PySide6.QtNetwork is missing: a second start cannot reach the running window")
        return "QLocalServer available (a second start brings the open window to the front)"

    def log(self) -> str:
        """A line with a JWT, a password and an Authorization header reaches the log file redacted."""
        import logging

        from desktop import logs

        path = logs.setup_logging(console=False)
        if path is None:
            raise CheckFailed("the log file cannot be opened")
        logging.getLogger("desktop.shell.selftest").warning(
            "selftest redaction probe: token %s password=%s Authorization: Basic %s",
            _FAKE_JWT, _FAKE_PASSWORD, _FAKE_BASIC)
        logs.flush()
        text = path.read_text(encoding="utf-8")
        if "selftest redaction probe" not in text:
            raise CheckFailed(f"the probe line was not written to {path}")
        leaked = [s for s in (_FAKE_JWT, _FAKE_PASSWORD, _FAKE_BASIC) if s in text]
        if leaked:
            raise CheckFailed(f"{len(leaked)} secret(s) reached {path} unredacted")
        return f"writes {path.name} off the GUI thread, redacted"

    def sandbox(self) -> str:
        """Start the embedded account service on a free port and sign in through the real client."""
        from desktop.ops import Ops
        from desktop.paths import sandbox_db_path
        from desktop.shell.connection import start_sandbox

        self.ops = Ops(self.app)
        self.session = start_sandbox(sandbox_db_path())
        return self.session.server_label

    def account(self) -> str:
        """Load the account through the client."""
        if self.session is None:
            raise CheckFailed("no sandbox session")
        current = self.session.client.get_account()
        account = getattr(current, "value", current)
        return f"{getattr(account, 'name', '?')} (id {getattr(account, 'id', '?')})"

    def main_window(self) -> str:
        """Show the main window with its Help menu, wait for the account, render it to a PNG."""
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtGui import QImage

        from desktop.views.help_menu import install_help_menu
        from desktop.views.main_window import MainWindow

        if self.session is None:
            raise CheckFailed("no sandbox session")
        window = MainWindow(self.ops, self.session.client, server_label=self.session.server_label)
        self.window = window
        self.help_menu = install_help_menu(window, server_url_getter=lambda: self.session.server_label)
        loop = QEventLoop()
        outcome: dict[str, str] = {}
        window.loaded.connect(lambda: (outcome.setdefault("ok", ""), loop.quit()))
        window.load_failed.connect(lambda message: (outcome.setdefault("error", message), loop.quit()))
        QTimer.singleShot(LOAD_TIMEOUT_MS, lambda: (outcome.setdefault("error", "timed out"), loop.quit()))
        window.show()
        window.refresh()
        loop.exec()
        if "error" in outcome:
            raise CheckFailed(f"the account did not load: {outcome['error']}")
        path = self.home / "main-window.png"
        from desktop.views.grab import grab_settled

        if not grab_settled(window).save(str(path)):
            raise CheckFailed(f"could not write {path}")
        image = QImage(str(path))
        if image.isNull() or image.width() < 200 or image.height() < 200:
            raise CheckFailed(f"the PNG is empty or too small ({image.width()}x{image.height()})")
        menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
        if "Help" not in menus:
            raise CheckFailed(f"no Help menu (menus: {', '.join(menus)})")
        return f"rendered {image.width()}x{image.height()} PNG ({path.stat().st_size} bytes); menus: {', '.join(menus)}"

    def diagnostics(self) -> str:
        """The Help menu's diagnostics text names the versions and carries none of the probe's secrets."""
        from PySide6.QtCore import qVersion

        if self.help_menu is None:
            raise CheckFailed("no Help menu")
        text = self.help_menu.diagnostics_text()
        missing = [v for v in (qVersion(), platform.python_version(), ssl.OPENSSL_VERSION) if v not in text]
        if missing:
            raise CheckFailed(f"versions missing from the text: {', '.join(missing)}")
        if any(secret in text for secret in (_FAKE_JWT, _FAKE_PASSWORD, _FAKE_BASIC)):
            raise CheckFailed("a secret reached the diagnostics text")
        return f"{len(text.splitlines())} lines, versions present, no secret"

    def close(self) -> None:
        """Close the window, stop the service and the log, remove the temporary home."""
        import shutil

        from desktop import logs

        if self.window is not None:
            self.window.close()
        if self.ops is not None:
            self.ops.wait_for_done(5000)
        if self.session is not None:
            try:
                self.session.client.close()
            finally:
                if self.session.sandbox is not None:
                    self.session.sandbox.stop()
        logs.shutdown_logging()
        shutil.rmtree(self.home, ignore_errors=True)


def run_self_test(report: str | None = None) -> int:
    """Run every check in a temporary ``CXDESK_HOME``; print (and write to ``report``) one line each.

    Args:
        report: also write the lines to this file; ``None`` or ``"-"``: stdout only.

    Returns:
        0 when every check passed, 1 otherwise.
    """
    def out(line: str) -> None:
        if sys.stdout is not None:
            print(line, flush=True)

    started = time.perf_counter()
    test = SelfTest(out)
    os.environ["CXDESK_HOME"] = str(test.home)
    try:
        if test.check("start", test.start_qt):
            for name, fn in [("qt platform", test.qt_platform), ("image formats", test.image_formats),
                             ("icon engine", test.icon_engine), ("resources", test.resources),
                             ("forms", test.forms), ("domain data", test.domain_data), ("tls", test.tls),
                             ("trust store", test.trust_store), ("keyring", test.keyring),
                             ("single instance", test.single_instance), ("log", test.log),
                             ("sandbox", test.sandbox), ("account", test.account),
                             ("main window", test.main_window), ("diagnostics", test.diagnostics)]:
                test.check(name, fn)
    finally:
        def clean_up() -> str:
            test.close()
            return "service stopped, temporary folder removed"

        test.check("clean-up", clean_up)
    seconds = time.perf_counter() - started
    if test.failed:
        summary = f"self-test FAILED: {len(test.failed)} of {len(test.lines)} checks ({', '.join(test.failed)})"
    else:
        summary = f"self-test passed: all {len(test.lines)} checks in {seconds:.1f} s"
    out(summary)
    if report and report != "-":
        Path(report).write_text("\n".join([*test.lines, summary]) + "\n", encoding="utf-8")
    return 1 if test.failed else 0
