"""Start-up imports only what the first paint needs (issue 11, point 2): the dialogs load when first opened.

No timing here: the benchmarks measure time (``benchmarks/run_all.py``). These tests pin which
modules are imported, so a module-level import of a dialog cannot creep back unnoticed: once in a
fresh interpreter that imports the main window's module, once in ``cxdesk --screenshot`` on the
sandbox (the window built, the account painted and saved), read from ``python -X importtime``.
The libraries only validation needs (phonenumbers, email-validator, python-stdnum) load when a
validator first runs (:mod:`desktop.domain.validators`). The network and keychain libraries load on the
worker that first needs them: the HTTP stack with a client's first request (:class:`desktop.api.caller.Caller`),
keyring with the first keychain call (:class:`desktop.store.TokenStore`); a JWT is read without PyJWT
(:mod:`desktop.api.tokens`).
"""

import os
import re
import subprocess
import sys
from pathlib import Path

#: Windows and dialogs the first paint does not show; each is imported when first opened.
NOT_AT_START = [
    "desktop.views.about_dialog",
    "desktop.views.agreement_dialog",
    "desktop.views.company_dialog",
    "desktop.views.conflict_dialog",
    "desktop.views.contact_dialog",
    "desktop.views.edit_dialog",
    "desktop.views.outbox_dialog",
    "desktop.views.profiles_dialog",
    "desktop.views.recording_dialog",
    "desktop.views.sandbox_outbox",
    "desktop.views.sign_in_dialog",
    "desktop.views.smtp_dialog",
    "desktop.views.test_email_dialog",
    "desktop.views.test_sms_dialog",
]

#: Libraries only validating needs (edit dialogs, the service): imported when a validator first runs.
VALIDATING_ONLY = ["email_validator", "phonenumbers", "stdnum"]

#: Libraries of the network and the keychain (issue 11: about 300 ms): imported on a worker when first needed.
NOT_BEFORE_A_REQUEST = ["cryptography", "jwt", "keyring", "requests", "ssl", "truststore", "urllib3"]
#: Loaded by the first write of profiles.json (filelock), a new profile (secrets), a host name checked (idna),
#: the diagnostics copied (platform).
NOT_BEFORE_THEIR_FIRST_USE = ["filelock", "idna", "platform", "secrets"]

#: The typed answers of Test Email, Test SMS and the sandbox's outboxes (with their certificates): loaded when the
#: client parses one of them, not on the way to the first paint.
LATER_ANSWERS = ["desktop.api.results", "desktop.domain.certificates"]

#: The account service: only ever loaded by the sandbox's child process, never by the GUI process.
SERVICE = ["desktop.server.app", "desktop.server.embedded", "desktop.server.seed", "fastapi", "starlette", "uvicorn"]

SHOW_IMPORTED = """
import sys
import desktop.shell.launcher, desktop.views.main_window, desktop.views.help_menu, desktop.views.session_menu
print("\\n".join(sorted(sys.modules)))
"""


def test_the_main_window_module_imports_no_dialog():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SHOW_IMPORTED], env=env, capture_output=True, text=True,
                            timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    imported = set(result.stdout.split())
    assert "desktop.views.main_window" in imported
    assert sorted(imported.intersection(NOT_AT_START)) == []
    assert sorted(imported.intersection(VALIDATING_ONLY)) == []
    assert sorted(imported.intersection(NOT_BEFORE_A_REQUEST)) == []
    assert sorted(imported.intersection(NOT_BEFORE_THEIR_FIRST_USE)) == []
    assert sorted(imported.intersection(LATER_ANSWERS)) == []
    # The sandbox's service runs in a child process (desktop.server.child): the GUI process takes only the
    # sign-in it hands out (desktop.server.sandbox_user) and never loads the service.
    assert sorted(imported.intersection(SERVICE)) == []


def test_a_screenshot_of_the_sandbox_imports_no_dialog(tmp_path):
    png = tmp_path / "window.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CXDESK_HOME": str(tmp_path / "home")}
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "desktop", "--screenshot", str(png)],
                            env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert png.stat().st_size > 0
    imported = set(re.findall(r"^import time:.*\|\s*([\w.]+)\s*$", result.stderr, re.MULTILINE))
    assert "desktop.views.main_window" in imported  # the window was built: the list is the real one
    assert sorted(imported.intersection(NOT_AT_START)) == []
    assert sorted(imported.intersection(LATER_ANSWERS)) == []
    assert sorted(imported.intersection(SERVICE)) == []  # the account came from the sandbox's child process


CLIENT_FIRST_REQUEST = """
import sys, threading
from desktop.api import AccountClient, Versioned, SignInRequired
libraries = {NAMES!r}

def loaded():
    return sorted(name for name in libraries if name in sys.modules)

AccountClient("http://127.0.0.1:9/api/cp/")
client = AccountClient(sys.argv[1], timeout=(2.0, 10.0))
print("constructed:", *loaded())
answers, failures = [], []

def first_request():  # on a worker, as in the app: it builds the session and loads the HTTP stack
    try:
        client.sign_in(sys.argv[2], sys.argv[3])
        answers.append(client.get_account())
    except BaseException as error:
        failures.append(repr(error))

def later_request():
    try:
        answers.append(client.get_account())
    except BaseException as error:
        failures.append(repr(error))

worker = threading.Thread(target=first_request)
worker.start()
worker.join(60)
later = [threading.Thread(target=later_request) for _ in range(3)]  # three at once share one session
for thread in later:
    thread.start()
for thread in later:
    thread.join(60)
print("failures:", *failures)
print("answers:", len(answers), all(isinstance(answer, Versioned) and answer.value.id for answer in answers))
print("after:", *loaded())
client.close()
"""


def test_a_client_loads_the_http_stack_at_its_first_request(server):
    """Constructing a client loads no HTTP library; its first request, on a worker, loads them and works."""
    from desktop.server import EmbeddedServer
    from desktop.server.seed import SANDBOX_EMAIL, SANDBOX_PASSWORD

    assert isinstance(server, EmbeddedServer)
    code = CLIENT_FIRST_REQUEST.replace("{NAMES!r}", repr(["cryptography", "jwt", "requests", "truststore", "urllib3"]))
    result = subprocess.run([sys.executable, "-c", code, server.base_url, SANDBOX_EMAIL, SANDBOX_PASSWORD],
                            capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(":", 1) for line in result.stdout.splitlines())
    assert lines["constructed"].split() == []
    assert lines["failures"].split() == []
    assert lines["answers"].split() == ["4", "True"]
    # on the worker that signed in; its tokens are read without PyJWT, so cryptography never loads in the client
    assert lines["after"].split() == ["requests", "truststore", "urllib3"]


LAZY_API = """
import sys
from desktop.api import ApiError, SignInRequired, Unreachable, Versioned
import desktop.api
print(" ".join(sorted(name for name in sys.modules if name.startswith("desktop.api."))))
missing = [name for name in desktop.api.__all__ if name not in dir(desktop.api)]
values = [getattr(desktop.api, name) for name in desktop.api.__all__]  # every public name loads
print(*missing)
"""


def test_the_api_errors_and_versioned_load_without_the_client():
    """``desktop.api`` exports lazily (PEP 562): an error class or Versioned loads not the client or its session."""
    result = subprocess.run([sys.executable, "-c", LAZY_API], capture_output=True, text=True, timeout=120,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    loaded, missing = result.stdout.splitlines()
    assert "desktop.api.client" not in loaded.split() and "desktop.api.session" not in loaded.split()
    assert missing == ""


PREPARE = """
import socket, sys
from desktop.api import AccountClient
listener = socket.create_server(("127.0.0.1", 0))
listener.settimeout(0.5)
client = AccountClient(f"http://127.0.0.1:{listener.getsockname()[1]}/api/cp/")
before = sorted(name for name in ("requests", "truststore", "urllib3") if name in sys.modules)
client.prepare()
after = sorted(name for name in ("requests", "truststore", "urllib3") if name in sys.modules)
try:
    listener.accept()
    sent = "connected"
except TimeoutError:
    sent = "nothing"
print(" ".join(before) or "-", " ".join(after), sent, sep="|")
"""


def test_prepare_loads_the_http_stack_and_sends_nothing():
    """What a sandbox's first start does while its service starts: the HTTP stack loads, no connection is made."""
    result = subprocess.run([sys.executable, "-c", PREPARE], capture_output=True, text=True, timeout=120,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().split("|") == ["-", "requests truststore urllib3", "nothing"]


LAZY_STORE = """
import sys
from desktop.store import SANDBOX_ID, Profile, Profiles
print(" ".join(sorted(name for name in sys.modules if name.startswith("desktop.store.") or name == "sqlite3")))
import desktop.store
missing = [name for name in desktop.store.__all__ if name not in dir(desktop.store)]
values = [getattr(desktop.store, name) for name in desktop.store.__all__]  # every public name loads
print(*missing)
"""


def test_choosing_a_profile_loads_no_database_module():
    """``desktop.store`` exports lazily (PEP 562): the profiles, which decide whether the sandbox's service starts
    early (desktop.app), load without the cache, the outbox or SQLite."""
    result = subprocess.run([sys.executable, "-c", LAZY_STORE], capture_output=True, text=True, timeout=120,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    loaded, missing = result.stdout.splitlines()
    assert loaded.split() == ["desktop.store.locked_json", "desktop.store.profiles"]
    assert missing == ""


FEATURE_HOOK = """
import builtins, sys
import PySide6.QtWidgets
hooked = builtins.__import__ is builtins.__feature_import__
from desktop.pyside_hook import drop_feature_hook
dropped, again = drop_feature_hook(), drop_feature_hook()
import desktop.views.main_window
scanned = sys.modules["shibokensupport.feature"].pyside_feature_dict
print(hooked, dropped, again, builtins.__import__ is builtins.__orig_import__, "desktop.views.main_window" in scanned)
"""


def test_pysides_feature_hook_is_dropped_and_the_app_uses_no_feature():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", FEATURE_HOOK], env=env, capture_output=True, text=True,
                            timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    # PySide6 installed its hook; the first call removed it, the second found nothing to do; the main
    # window's modules were then imported without PySide6 reading their source.
    assert result.stdout.split() == ["True", "True", "False", "True", "False"]
    desktop = Path(__file__).resolve().parent.parent / "desktop"
    users = [path for path in desktop.rglob("*.py")
             if path.name != "pyside_hook.py" and "__feature__" in path.read_text(encoding="utf-8")]
    assert users == [], "a module that selects a PySide6 feature needs the hook (desktop/pyside_hook.py)"


#: Builds and shows the main window, waits for its first paint, then says which unused QtWidgets classes exist.
WINDOW_PAINTED = """
import os
from PySide6 import QtWidgets
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.api import AccountClient
from desktop.ops import Ops
from desktop.shell.first_paint import after_first_paint
from desktop.views.main_window import MainWindow
window = MainWindow(Ops(app), AccountClient("http://127.0.0.1:9/api/cp/"), server_label="Sandbox")
after_first_paint(window, app.quit)
window.show()
app.exec()
print(sorted(name for name in ("QCalendarWidget", "QMdiArea", "QTabWidget") if name in vars(QtWidgets)))
os._exit(0)
"""


def test_the_first_paint_creates_no_python_class_of_qt_widgets_the_window_does_not_use():
    # PySide creates a Qt class's Python class (and all its enum types) when first used. Handing it a widget
    # that Qt made (a scroll area's viewport, a table's corner button) makes it create every QtWidgets class
    # to find the right one: 20-30 ms and ~2.4 MiB before the first paint (issue 11). The window avoids that
    # (section_columns.own_viewport, PackagesSection.TAB_STOPS); three classes it never uses stand for all.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", WINDOW_PAINTED], env=env, capture_output=True, text=True,
                            timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]", result.stdout
