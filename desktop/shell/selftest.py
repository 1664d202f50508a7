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
* ``translations``: the app's German and French translations (``desktop/forms/cxdesk_*.qm``) and Qt's
  base translations for them (``qtbase_de.qm``, ``qtbase_fr.qm``) load and translate;
* ``domain data``: phonenumbers' metadata, python-stdnum, IDNA and babel's locale data are there;
* ``tls``: the OpenSSL version, the truststore context the SMTP engine uses, certifi's bundle;
* ``trust store``: the operating system's certificate authorities truststore verifies against;
* ``keyring``: the backend's name (a ``fail`` backend is reported, not failed);
* ``single instance``: QtNetwork's local socket is there (a second start raises the open window);
* ``log``: a line with a token, a password and an Authorization header is written redacted;
* ``sandbox``, ``account``, ``mail catcher``, ``main window``: the embedded service starts on a free
  port, the account loads through the real client, the sandbox's mail catcher answers ``EHLO`` at the
  account's SMTP Server (aiosmtpd loads on that first connection), and the main window (with its Help
  menu) renders to a PNG;
* ``diagnostics``: the Help menu's text names the versions and carries no secret.

The checks of the installed parts, up to ``log``, are functions of :mod:`desktop.shell.selftest_checks`;
:class:`SelfTest` holds what the later ones share (the QApplication, the sandbox, the window) and
:func:`run_self_test` runs them all in this order.

Run it with ``QT_QPA_PLATFORM=offscreen`` where there is no display. ``report`` (a path) also
writes the lines to a file: a windowed Windows build has no console to print to.
"""

from __future__ import annotations

import os
import platform
import ssl
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from desktop.shell import selftest_checks as checks
from desktop.shell.selftest_checks import FAKE_SECRETS
from desktop.shell.selftest_probes import CheckFailed

#: How long the account may take to load and show, in milliseconds.
LOAD_TIMEOUT_MS = 60_000
#: Seconds the clean-up keeps trying to remove the temporary home. On Windows a file that a process
#: just closed, or that a virus scanner is reading, can stay locked for a moment (wine's CI run saw the
#: service's log file stay behind once).
REMOVE_RETRY_S = 3.0


class SelfTest:
    """Runs each check (:meth:`check`), collects their lines, and does the sandbox and main window checks.

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

    # -- the sandbox and the main window ---------------------------------------------------------

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

    def mail_catcher(self) -> str:
        """The sandbox's mail catcher answers EHLO at the account's SMTP Server (its SMTP part loads on connect)."""
        import smtplib

        from desktop.domain.smtp import parse_smtp_server

        if self.session is None:
            raise CheckFailed("no sandbox session")
        server = self.session.client.get_smtp().value.server
        endpoint = parse_smtp_server(server)
        with smtplib.SMTP(endpoint.ascii_host, endpoint.port, timeout=30) as smtp:
            code, banner = smtp.ehlo()
        if code != 250:
            raise CheckFailed(f"{server} answered EHLO with {code}")
        return f"{banner.decode('ascii', 'replace').splitlines()[0]} at {server}"

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
        if any(secret in text for secret in FAKE_SECRETS):
            raise CheckFailed("a secret reached the diagnostics text")
        return f"{len(text.splitlines())} lines, versions present, no secret"

    def close(self) -> None:
        """Close the window, stop the service and the log, remove the temporary home.

        Raises:
            CheckFailed: the temporary home could not be removed within :data:`REMOVE_RETRY_S` seconds.
        """
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
        deadline = time.monotonic() + REMOVE_RETRY_S
        while self.home.exists():
            try:
                shutil.rmtree(self.home)
            except OSError as error:
                if time.monotonic() >= deadline:
                    raise CheckFailed(f"the temporary folder {self.home} could not be removed: {error}") from None
                time.sleep(0.1)


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
            for name, fn in [("qt platform", lambda: checks.qt_platform(test.app)),
                             ("image formats", checks.image_formats), ("icon engine", checks.icon_engine),
                             ("resources", lambda: checks.resources(test.app)), ("forms", checks.forms),
                             ("translations", checks.translations),
                             ("domain data", checks.domain_data), ("tls", checks.tls),
                             ("trust store", checks.trust_store), ("keyring", checks.keyring),
                             ("single instance", checks.single_instance), ("log", checks.log),
                             ("sandbox", test.sandbox), ("account", test.account),
                             ("mail catcher", test.mail_catcher),
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
