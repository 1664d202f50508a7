"""The log: a rotating file in the log folder, written by a listener thread, with every secret redacted."""

import logging
import logging.handlers
import threading

import pytest

from desktop import logs

JWT = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJlbWFpbCI6ImRhbmFAZXhhbXBsZS5jb20iLCJleHAiOjE3MDAwMDAwMDB9"
       ".Zm9vYmFyLXNpZ25hdHVyZQ")
BASIC = "ZGFuYUBleGFtcGxlLmNvbTpodW50ZXIy"  # dana@example.com:hunter2


@pytest.fixture
def log_home(tmp_path, monkeypatch):
    """The app's folders in tmp_path, logging set up there; restored afterwards."""
    monkeypatch.setenv("CXDESK_HOME", str(tmp_path))
    root = logging.getLogger()
    level = root.level
    path = logs.setup_logging(console=False)
    yield path
    logs.shutdown_logging()
    root.setLevel(level)


@pytest.mark.parametrize(("text", "secret"), [
    (f"token {JWT} issued", JWT),
    (f"GET /api/cp/setup/account?jwt={JWT}", JWT),
    ("login password=hunter2&email=dana@example.com", "hunter2"),
    ('body {"email": "dana@example.com", "password": "hun\\"ter2"}', 'hun\\"ter2'),
    ("kwargs {'password': 'hunter 2'}", "hunter 2"),
    ("sign_in(email='dana@example.com', password='hunter2')", "hunter2"),
    ('{"smtp_password": "s3cret", "refresh_token": "abc.def"}', "s3cret"),
    (f"Authorization: Basic {BASIC}", BASIC),
    (f"headers {{'Authorization': 'Bearer {JWT}'}}", JWT),
    ("authorization=Bearer opaque-token-1234567", "opaque-token-1234567"),
    ("sent Bearer 0123456789abcdef to the server", "0123456789abcdef"),
])
def test_redact_removes_each_kind_of_secret(text, secret):
    redacted = logs.redact(text)
    assert secret not in redacted
    assert logs.REDACTED in redacted
    assert logs.redact(redacted) == redacted  # idempotent


@pytest.mark.parametrize("text", [
    "Basic information and billing method",
    "loaded the account of Dana Whitfield (id 1021), balance -529.60 USD",
    "password_set is true",
    "GET /api/cp/setup/account 200 in 12 ms",
])
def test_redact_leaves_ordinary_text_alone(text):
    assert logs.redact(text) == text


def test_a_line_with_a_jwt_a_password_and_an_authorization_header_is_written_redacted(log_home):
    log = logging.getLogger("desktop.api")
    log.warning("request failed: Authorization: Basic %s body={\"password\": \"hunter2\"} refresh %s", BASIC, JWT)
    log.info("retrying with password=hunter2 and Authorization: Bearer %s", JWT)
    logs.flush()
    text = log_home.read_text(encoding="utf-8")
    assert log_home.parent.name == "log" and log_home.name == "cxdesk.log"
    assert "request failed" in text and "retrying with" in text
    for secret in (BASIC, "hunter2", JWT, "eyJ"):
        assert secret not in text
    assert text.count(logs.REDACTED) >= 5


def test_a_traceback_carrying_a_secret_is_redacted(log_home):
    try:
        raise ValueError(f"server refused Bearer {JWT}")
    except ValueError:
        logging.getLogger("desktop").exception("sign-in failed for password=hunter2")
    logs.flush()
    text = log_home.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "ValueError: server refused Bearer" in text
    assert JWT not in text and "hunter2" not in text


def test_records_are_written_by_the_listener_thread_not_the_caller(log_home):
    root = logging.getLogger()
    queue_handlers = [h for h in root.handlers if isinstance(h, logging.handlers.QueueHandler)]
    assert len(queue_handlers) == 1
    writers = []

    class Spy(logging.Handler):
        def emit(self, record):
            writers.append(threading.current_thread())

    listener = logs._state["listener"]
    listener.handlers = (*listener.handlers, Spy())
    logging.getLogger("desktop").info("where am I written?")
    logs.flush()
    assert writers and all(thread is not threading.main_thread() for thread in writers)


def test_setting_up_twice_keeps_one_queue_handler(log_home):
    logs.setup_logging(console=False)
    root = logging.getLogger()
    assert sum(isinstance(h, logging.handlers.QueueHandler) for h in root.handlers) == 1


def test_the_file_rotates(tmp_path, monkeypatch):
    monkeypatch.setenv("CXDESK_HOME", str(tmp_path))
    monkeypatch.setattr(logs, "MAX_BYTES", 4000)
    path = logs.setup_logging(console=False)
    try:
        for number in range(200):
            logging.getLogger("desktop").warning("line %d %s", number, "x" * 40)
        logs.flush()
    finally:
        logs.shutdown_logging()
    assert (path.parent / "cxdesk.log.1").exists()
    assert len(list(path.parent.glob("cxdesk.log*"))) <= 1 + logs.BACKUP_COUNT
    assert "line 199" in path.read_text(encoding="utf-8")


def test_tail_returns_the_last_lines_redacted(tmp_path):
    path = tmp_path / "some.log"
    path.write_text("".join(f"line {n}\n" for n in range(100)) + f"last password=hunter2 {JWT}\n", encoding="utf-8")
    lines = logs.tail(path, 3)
    assert lines[:2] == ["line 98", "line 99"]
    assert "hunter2" not in lines[2] and JWT not in lines[2]
    assert logs.tail(tmp_path / "missing.log") == []


def test_without_a_writable_log_folder_the_app_logs_to_stderr(tmp_path, monkeypatch, capfd):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the app's home would be", encoding="utf-8")
    monkeypatch.setenv("CXDESK_HOME", str(blocker))
    try:
        assert logs.setup_logging(console=True) is None
        logging.getLogger("desktop").warning("still logging password=hunter2")
        logs.flush()
    finally:
        logs.shutdown_logging()
    err = capfd.readouterr().err
    assert "no log file, logging to stderr only" in err
    assert "still logging password=<redacted>" in err
