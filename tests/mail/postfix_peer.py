"""A real mail server for tests: Debian's Postfix with Dovecot SASL on loopback (issue 13, point 10).

:func:`postfix_peer` (a context manager; the module-scoped ``postfix`` fixtures of
``tests/mail/test_postfix.py``, ``tests/server/test_postfix_email.py`` and ``tests/test_postfix_dialog.py``
wrap it) writes a private Postfix instance into a temporary directory (its own
``config_directory``, ``queue_directory`` and ``data_directory``) and a private Dovecot
configuration beside it, starts ``dovecot -F`` and Postfix's ``master`` in the foreground, and
yields a :class:`PostfixPeer` once every port answers. Nothing touches the system's ``/etc/postfix``
or ``/etc/dovecot``, and no mail leaves the machine: every accepted message is put on hold in the
instance's own queue (a ``header_checks`` HOLD rule), where :meth:`PostfixPeer.message` reads it, and
every transport is ``discard`` should one ever be released. Start-up takes about 3 seconds; a
watchdog process stops both daemons should the test process die without its teardown.

Three ``smtpd`` services listen on free ports of 127.0.0.1, the way a provider's server does on 25,
587 and 465:

* ``smtp_port``: plain SMTP, STARTTLS offered, no login; it accepts mail for its own domain
  (:data:`DOMAIN`) and refuses to relay anywhere else.
* ``submission_port``: STARTTLS required, AUTH (PLAIN, LOGIN) only after STARTTLS and required
  before MAIL, and ``reject_sender_login_mismatch``: a user may send only as its own address.
* ``submissions_port``: implicit TLS (``smtpd_tls_wrappermode``), otherwise like the submission port,
  but offering only the LOGIN mechanism (``smtpd_sasl_mechanism_filter``), so both are tried for real.

The certificate comes from the tests' trustme authority; the one user (:data:`USERNAME`) has a
non-ASCII password (:data:`PASSWORD`) checked by Dovecot through its auth socket.

This needs root (Postfix's ``master`` runs as root and drops to the ``postfix`` user). Without the
binaries or root the tests skip with the reason, except on CI (``CI=true``), where they fail:
``.ci/run`` installs them.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import trustme

from desktop.mail import Timeouts

#: The server's mail domain; mail to it is accepted without login on the plain port.
DOMAIN = "postfix.test"
HOSTNAME = f"mx.{DOMAIN}"
#: The one user: its login is its address, and the only address it may send as.
USERNAME = f"noc@{DOMAIN}"
#: Non-ASCII (two-byte, three-byte and four-byte UTF-8), a colon and spaces.
PASSWORD = "Pässwörd: ß€ 𝄞"
#: A local recipient (accepted by every port) and an outside one (relayed only after login).
LOCAL_RECIPIENT = f"ops@{DOMAIN}"
OUTSIDE_RECIPIENT = "ops@customer.example"
#: An address of the domain the user does not own.
OTHER_SENDER = f"ceo@{DOMAIN}"
POSTFIX_BINARIES = ("postfix", "postconf", "postcat")
DAEMON_DIRECTORY = Path("/usr/lib/postfix/sbin")

MAIN_CF = """\
compatibility_level = 3.6
config_directory = {root}/etc
queue_directory = {root}/queue
data_directory = {root}/data
mail_owner = postfix
setgid_group = postdrop
myhostname = {hostname}
mydomain = {domain}
myorigin = $mydomain
mydestination = $mydomain
local_recipient_maps =
local_transport = discard:local
default_transport = discard:outside
relay_transport = discard:relay
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
# Loopback is not a trusted network here: only a login lets a client relay.
mynetworks = 192.0.2.1/32
alias_maps =
alias_database =
biff = no
smtputf8_enable = yes
smtpd_banner = $myhostname ESMTP Postfix (test)
smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination
smtpd_tls_chain_files = {root}/etc/server.pem
smtpd_tls_security_level = may
smtpd_tls_loglevel = 1
smtpd_sasl_type = dovecot
smtpd_sasl_path = private/auth
smtpd_sasl_auth_enable = no
smtpd_sender_login_maps = texthash:{root}/etc/senders
maillog_file = {root}/maillog
# Every message is held in the queue (not delivered), so a test can read what arrived (postcat).
header_checks = regexp:{root}/etc/header_checks
maillog_file_prefixes = {root}
"""

#: ``chroot`` is off everywhere: the instance lives in a temporary directory.
MASTER_CF = """\
{smtp_port} inet n - n - - smtpd
{submission_port} inet n - n - - smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_tls_auth_only=yes
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
  -o smtpd_sender_restrictions=reject_sender_login_mismatch
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
{submissions_port} inet n - n - - smtpd
  -o syslog_name=postfix/submissions
  -o smtpd_tls_wrappermode=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_sasl_mechanism_filter=login
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
  -o smtpd_sender_restrictions=reject_sender_login_mismatch
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
"""

DOVECOT_CONF = """\
protocols = none
base_dir = {root}/dovecot/run
state_dir = {root}/dovecot/state
log_path = {root}/dovecot.log
instance_name = cxdesk-test-dovecot
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_username_format = %Lu
auth_verbose = yes
default_internal_user = dovecot
default_login_user = dovenull
passdb {{
  driver = passwd-file
  args = scheme=SHA256 {root}/dovecot/users
}}
userdb {{
  driver = static
  args = uid=dovecot gid=dovecot home=/nonexistent
}}
service auth {{
  unix_listener {root}/queue/private/auth {{
    mode = 0660
    user = postfix
    group = postfix
  }}
}}
service anvil {{
  chroot =
}}
"""


@dataclass
class PostfixPeer:
    """The running Postfix of a test: where its ports are and where it logs."""

    root: Path
    smtp_port: int
    submission_port: int
    submissions_port: int
    started_in: float
    #: A client context for the tests to set (one that trusts the certificate's authority).
    context: ssl.SSLContext | None = None

    def server(self, port: int) -> str:
        """The Server field for ``port`` of this server."""
        return f"127.0.0.1:{port}"

    @property
    def maillog(self) -> str:
        """Postfix's log so far (``maillog_file``)."""
        path = self.root / "maillog"
        return path.read_text(errors="replace") if path.exists() else ""

    def wait_for_log(self, pattern: str, since: int = 0, timeout: float = 10.0) -> re.Match[str]:
        """The first match of ``pattern`` in the maillog after offset ``since``; postlogd writes a little later."""
        deadline = time.monotonic() + timeout
        while True:
            log = self.maillog[since:]
            match = re.search(pattern, log)
            if match:
                return match
            if time.monotonic() > deadline:
                raise AssertionError(f"{pattern!r} not in Postfix's log:\n{log}")
            time.sleep(0.05)

    def message(self, queue_id: str) -> str:
        """The headers and body of the held message ``queue_id`` (``postcat -hb``)."""
        etc = str(self.root / "etc")
        return subprocess.run(["postcat", "-c", etc, "-hb", "-q", queue_id], capture_output=True, text=True,
                              check=True, timeout=10, env={**os.environ, "MAIL_CONFIG": etc}).stdout

    @property
    def dovecot_log(self) -> str:
        """Dovecot's log so far."""
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""


def require_binaries() -> None:
    """Skip (fail on CI) when Postfix or Dovecot is not installed, or when the tests do not run as root."""
    if sys.platform != "linux":
        pytest.skip("the Postfix tests run Debian's Postfix and Dovecot")
    missing = [name for name in (*POSTFIX_BINARIES, "dovecot") if shutil.which(name) is None]
    if not (DAEMON_DIRECTORY / "master").exists():
        missing.append(str(DAEMON_DIRECTORY / "master"))
    reason = ""
    if missing:
        reason = (f"{', '.join(missing)} not installed: the Postfix tests need Debian's postfix and dovecot-core "
                  "packages (apt-get install postfix dovecot-core)")
    elif os.geteuid() != 0:
        reason = "the Postfix tests run Postfix's master and Dovecot, which start as root"
    if not reason:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason)
    pytest.skip(reason)


def _free_ports(count: int) -> list[int]:
    sockets = [socket.create_server(("127.0.0.1", 0)) for _ in range(count)]
    try:
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def _any_taken(ports: list[int]) -> bool:
    """Whether another process listens on one of ``ports`` (Postfix, stopped, no longer does)."""
    for port in ports:
        try:
            socket.create_server(("127.0.0.1", port)).close()
        except OSError:
            return True
    return False


def _sha256(password: str) -> str:
    return "{SHA256}" + base64.b64encode(hashlib.sha256(password.encode("utf-8")).digest()).decode("ascii")


def _wait_for_ports(ports: list[int], processes: list[subprocess.Popen], root: Path, deadline: float) -> None:
    waiting = list(ports)
    while waiting:
        for process in processes:
            if process.poll() is not None:
                raise RuntimeError(f"{process.args[0]} exited with {process.returncode}\n"
                                   f"{_logs(root)}")
        port = waiting[0]
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                waiting.pop(0)
                continue
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"Postfix did not listen on 127.0.0.1:{port} in time\n{_logs(root)}")
        time.sleep(0.05)


def _wait_for_socket(path: Path, process: subprocess.Popen, root: Path, deadline: float) -> None:
    while not path.exists():
        if process.poll() is not None:
            raise RuntimeError(f"dovecot exited with {process.returncode}\n{_logs(root)}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"Dovecot's auth socket {path} did not appear in time\n{_logs(root)}")
        time.sleep(0.05)


def _logs(root: Path) -> str:
    parts = []
    for name in ("maillog", "dovecot.log", "master.out", "dovecot.out", "check.out"):
        path = root / name
        if path.exists():
            parts.append(f"--- {name} ---\n{path.read_text(errors='replace')[-4000:]}")
    return "\n".join(parts)


#: A watchdog process: reads process group IDs, one a line; at end of input (the test process has ended,
#: even by SIGKILL) it sends them SIGTERM, unless the last line was ``done`` (a normal teardown).
#: ``PR_SET_PDEATHSIG`` is no help: Postfix's master switches its effective user, which clears it.
WATCHDOG = """
import os, signal, sys
groups = [line.strip() for line in sys.stdin]
if groups[-1:] != ["done"]:
    for group in groups:
        try:
            os.killpg(int(group), signal.SIGTERM)
        except (OSError, ValueError):
            pass
"""


class _Watchdog:
    """Kills the daemons it was told about when the test process dies without a teardown."""

    def __init__(self) -> None:
        self._process = subprocess.Popen([sys.executable, "-c", WATCHDOG], stdin=subprocess.PIPE,
                                         start_new_session=True)

    def watch(self, process: subprocess.Popen) -> subprocess.Popen:
        assert self._process.stdin is not None
        self._process.stdin.write(f"{process.pid}\n".encode())
        self._process.stdin.flush()
        return process

    def close(self) -> None:
        assert self._process.stdin is not None
        self._process.stdin.write(b"done\n")
        self._process.stdin.close()
        self._process.wait(10)


def _start(command: list[str], log: Path, env: dict[str, str] | None = None) -> subprocess.Popen:
    with log.open("a") as out:
        return subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def _stop(process: subprocess.Popen) -> None:
    """SIGTERM (master passes it on to its services), then sweep the process group."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


@contextmanager
def postfix_peer(ca: trustme.CA, *, timeout: float = 30.0, attempts: int = 3) -> Iterator[PostfixPeer]:
    """Start a private Postfix with Dovecot SASL on loopback (see the module's doc); stop both afterwards.

    The ports are free ports picked just before Postfix binds them; when another process takes one in
    between, Postfix starts again on new ones (up to ``attempts`` times).
    """
    require_binaries()
    began = time.monotonic()
    root = Path(tempfile.mkdtemp(prefix="cxdesk-postfix-"))
    processes: list[subprocess.Popen] = []
    watchdog = _Watchdog()
    try:
        # Postfix's users must reach the queue and the configuration below the temporary directory.
        root.chmod(0o755)
        etc, queue, data = root / "etc", root / "queue", root / "data"
        for folder in (etc, queue, data, root / "dovecot", root / "dovecot" / "run", root / "dovecot" / "state"):
            folder.mkdir(mode=0o755)
        shutil.chown(data, "postfix", "postfix")
        names = {"root": root, "hostname": HOSTNAME, "domain": DOMAIN}
        (etc / "main.cf").write_text(MAIN_CF.format(**names))
        (etc / "master.cf").write_text(MASTER_CF.format(smtp_port=0, submission_port=0, submissions_port=0))
        (etc / "header_checks").write_text("/^Subject:/ HOLD kept for the test to read\n")
        (etc / "senders").write_text(f"{USERNAME} {USERNAME}\n")
        certificate = ca.issue_cert("127.0.0.1", "localhost", HOSTNAME)
        pem = etc / "server.pem"
        pem.write_bytes(certificate.private_key_pem.bytes()
                        + b"".join(blob.bytes() for blob in certificate.cert_chain_pems))
        pem.chmod(0o600)
        users = root / "dovecot" / "users"
        users.write_text(f"{USERNAME}:{_sha256(PASSWORD)}\n", encoding="utf-8")
        users.chmod(0o640)
        shutil.chown(users, "root", "dovecot")
        (root / "dovecot.conf").write_text(DOVECOT_CONF.format(**names))
        # Creates the queue's folders with Postfix's owners and modes (post-install create-missing).
        env = {**os.environ, "MAIL_CONFIG": str(etc)}
        with (root / "check.out").open("w") as out:
            subprocess.run([shutil.which("postfix") or "postfix", "-c", str(etc), "check"], env=env, stdout=out,
                           stderr=subprocess.STDOUT, check=True, timeout=timeout)
        (queue / "private").mkdir(exist_ok=True)
        deadline = time.monotonic() + timeout
        dovecot_command = [shutil.which("dovecot") or "dovecot", "-F", "-c", str(root / "dovecot.conf")]
        dovecot = watchdog.watch(_start(dovecot_command, root / "dovecot.out"))
        processes.append(dovecot)
        _wait_for_socket(queue / "private" / "auth", dovecot, root, deadline)
        for attempt in range(1, attempts + 1):
            ports = _free_ports(3)
            (etc / "master.cf").write_text(MASTER_CF.format(smtp_port=ports[0], submission_port=ports[1],
                                                            submissions_port=ports[2]))
            # In the foreground (no -w); -e ends it after half an hour should every other safeguard fail.
            master = watchdog.watch(_start([str(DAEMON_DIRECTORY / "master"), "-c", str(etc), "-s", "-e", "1800"],
                                           root / "master.out", env))
            processes.append(master)
            try:
                _wait_for_ports(ports, [dovecot, master], root, deadline)
                break
            except RuntimeError:
                _stop(processes.pop())
                # master's own "bind: Address already in use" goes nowhere before postlogd runs: probe.
                if attempt == attempts or not _any_taken(ports):
                    raise
        yield PostfixPeer(root, *ports, started_in=time.monotonic() - began)
    finally:
        for process in reversed(processes):
            _stop(process)
        watchdog.close()
        shutil.rmtree(root, ignore_errors=True)


#: The engine's time limits against Postfix: Dovecot answers a wrong password after 2 s and may slow the next login.
TIMEOUTS = Timeouts(resolve=5, connect=5, greeting=10, reply=20, total=40)


@pytest.fixture(scope="module")
def postfix_ca() -> trustme.CA:
    """The private authority of one module's Postfix."""
    return trustme.CA()


@pytest.fixture(scope="module")
def postfix(postfix_ca: trustme.CA) -> Iterator[PostfixPeer]:
    """The running Postfix of this module (import this fixture and :func:`postfix_ca` into a test module)."""
    with postfix_peer(postfix_ca) as peer:
        yield peer


@contextmanager
def trusting(app_state: object, ca: trustme.CA) -> Iterator[None]:
    """Let an account service's test e-mails trust ``ca`` (only) and use :data:`TIMEOUTS`; put both back after."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ca.configure_trust(context)
    before = getattr(app_state, "smtp_ssl_context", None), getattr(app_state, "smtp_timeouts", None)
    app_state.smtp_ssl_context, app_state.smtp_timeouts = context, TIMEOUTS  # type: ignore[attr-defined]
    try:
        yield
    finally:
        app_state.smtp_ssl_context, app_state.smtp_timeouts = before  # type: ignore[attr-defined]
