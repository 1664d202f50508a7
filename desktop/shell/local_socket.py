r"""Where a profile's single-instance socket lives: a name that fits the operating system's limit.

:mod:`desktop.shell.instance_client` names each profile's local socket ``cxdesk-<24 hex digits>`` (31 characters,
a hash: see :func:`desktop.shell.instance_client.instance_name`). :func:`endpoint` turns that into what
:class:`~PySide6.QtNetwork.QLocalServer` listens on and :class:`~PySide6.QtNetwork.QLocalSocket`
connects to. Both ends call it with the same environment, so they meet.

**Unix (Linux, macOS).** A local socket is a file whose path must fit ``sockaddr_un.sun_path``,
NUL included: 108 bytes on Linux (``unix(7)``), 104 on macOS and the BSDs (``<sys/un.h>``); Qt 6
accepts two bytes less (:func:`fits`). Qt puts a plain name in ``QDir.tempPath()`` (``$TMPDIR``), and
``listen`` fails when that path is too long (a ``TMPDIR`` of 200 characters does). So, first fit wins:

1. ``<tempPath>/cxdesk-…``: where Qt puts it by default (macOS: the per-user
   ``/var/folders/…/T``, about 50 bytes), so nothing moves on ordinary machines.
2. ``$XDG_RUNTIME_DIR/cxdesk-…`` (XDG Base Directory spec): short (``/run/user/1000``), private to the
   user (mode 0700) and emptied at log-out; used only when it is a directory owned by this user that
   nobody else may enter.
3. ``/tmp/cxdesk-<uid>/cxdesk-…``: a directory this user owns with mode 0700, created if missing. It
   is refused when it is a symbolic link or another user's (someone else made it first), since a
   socket there could be replaced by theirs.
4. Linux only: the abstract namespace (``QLocalServer.SocketOption.AbstractNamespaceOption``,
   Qt 6.2+; ``unix(7)``): no file, so no length problem and nothing left behind after a crash, but
   no file permissions either (any local user could connect and ask for ``raise``), hence last.

If none fits, the default path is returned and ``listen`` fails: the caller logs it and the lock
file still keeps the profile to one process.

The socket itself is opened with ``UserAccessOption`` (mode 0700 on the socket; Qt creates it in a
private temporary folder and moves it into place, so there is no moment where others could connect).
A crashed instance leaves the file behind; the next holder removes it with
``QLocalServer.removeServer`` (never for the abstract namespace, which has no file).

**Windows.** A plain name becomes the named pipe ``\\.\pipe\cxdesk-…``; a pipe name may be 256
characters long (``CreateNamedPipe`` documentation), so no path is involved and :func:`endpoint`
returns the plain name. Differences that matter to :mod:`desktop.shell.instance`:

- Pipes live in one namespace for the whole machine (all users and sessions of a terminal server),
  hence the user name in the hash; ``UserAccessOption`` gives the pipe a DACL for this user only.
- Qt creates the pipe with ``PIPE_UNLIMITED_INSTANCES`` and without ``FILE_FLAG_FIRST_PIPE_INSTANCE``
  (``qlocalserver_win.cpp``), so a second process can listen on the same name and a client reaches
  either: the lock file, not the pipe, decides who holds a profile.
- A pipe ends with its process: nothing is left behind by a crash, and ``removeServer`` does nothing.
- The lock file cannot be deleted while its holder runs (Qt keeps it open without
  ``FILE_SHARE_DELETE``), so taking over a lock whose holder is alive fails even when asked to.
- A later start must let the first one take the focus (``AllowSetForegroundWindow``), see
  :func:`desktop.shell.instance_client.request_raise`.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDir

log = logging.getLogger(__name__)

#: ``sizeof(sockaddr_un.sun_path)`` in bytes, NUL included: Linux ``unix(7)``; macOS/BSD ``<sys/un.h>``.
SUN_PATH_SIZE = 108 if sys.platform.startswith("linux") else 104
#: Where the fallback folder ``cxdesk-<uid>`` is made (a module attribute so tests can point it elsewhere).
SHORT_ROOT = "/tmp"  # noqa: S108 - a private 0700 sub-folder, checked before use (see the module docstring)


@dataclass(frozen=True)
class Endpoint:
    """What a local server listens on and a local socket connects to.

    Attributes:
        name: a full socket path (Unix), a plain name (Windows named pipe, or abstract namespace).
        abstract: ``True`` for Linux's abstract namespace: both ends must set
            ``AbstractNamespaceOption`` and there is no file to remove.
    """

    name: str
    abstract: bool = False


def fits(path: str) -> bool:
    """Whether Qt can listen on a socket path: at most :data:`SUN_PATH_SIZE` - 2 bytes in the file system's encoding.

    ``sun_path`` holds the path and its NUL; Qt 6 keeps one byte more in reserve (106 bytes on Linux
    are the most its ``listen`` and ``connectToServer`` accept, 107 fail with "Invalid name").
    """
    return len(os.fsencode(path)) <= SUN_PATH_SIZE - 2


def endpoint(short_name: str) -> Endpoint:
    """Where the socket named ``short_name`` lives on this machine (see the module docstring for the order).

    Args:
        short_name: a file-name-safe name of a few dozen characters, e.g. ``cxdesk-3f9a…``.

    Returns:
        The endpoint; on Windows the plain name (a named pipe). May create the private folder
        ``/tmp/cxdesk-<uid>``; never raises.
    """
    if sys.platform == "win32":
        return Endpoint(short_name)
    default = f"{QDir.tempPath().rstrip('/')}/{short_name}"
    if fits(default):
        return Endpoint(default)
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime) and fits(f"{runtime}/{short_name}") and _private(Path(runtime)):
        return Endpoint(f"{runtime.rstrip('/')}/{short_name}")
    own = Path(SHORT_ROOT, f"cxdesk-{os.getuid()}")
    if fits(f"{own}/{short_name}") and _private(own, create=True):
        return Endpoint(f"{own}/{short_name}")
    if sys.platform.startswith("linux"):
        return Endpoint(short_name, abstract=True)
    log.warning("No folder for the single-instance socket fits %d bytes (TMPDIR is %s)", SUN_PATH_SIZE, default)
    return Endpoint(default)


def _private(folder: Path, *, create: bool = False) -> bool:
    """Whether ``folder`` is a real directory of this user that nobody else may enter (made 0700 if ``create``)."""
    try:
        if create:
            try:
                folder.mkdir(mode=0o700)
            except FileExistsError:
                pass
        info = folder.lstat()
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
            return False
        if info.st_mode & 0o077:
            if not create:
                return False
            os.chmod(folder, 0o700)  # ours, but made by an older umask: close it
        return True
    except OSError as error:
        log.warning("Cannot use %s for the single-instance socket: %s", folder, error)
        return False
