"""Start-up imports only what the first paint needs (issue 11, point 2): the dialogs load when first opened.

No timing here: the benchmarks measure time (``benchmarks/run_all.py``). These tests pin which
modules are imported, so a module-level import of a dialog cannot creep back unnoticed: once in a
fresh interpreter that imports the main window's module, once in ``cxdesk --screenshot`` on the
sandbox (the window built, the account painted and saved), read from ``python -X importtime``.
The libraries only validation needs (phonenumbers, email-validator, python-stdnum) load when a
validator first runs (:mod:`desktop.domain.validators`).
"""

import os
import re
import subprocess
import sys

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
    assert "desktop.server" not in imported  # the sandbox's service: imported on a worker when the sandbox starts


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
