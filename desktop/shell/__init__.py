"""The shell: everything between the command line and the main window (design §1).

What lives here, top to bottom (a module imports only modules on lower rows; the import-linter
contract ``shell-layers`` in ``pyproject.toml`` checks it):

- :mod:`~desktop.shell.launcher` (opens one profile at a time in one window) and
  :mod:`~desktop.shell.selftest` (``--self-test``);
- :mod:`~desktop.shell.profile_switching`: File > Profiles… and File > Sign Out;
- :mod:`~desktop.shell.credentials` (refresh tokens and sign-in dialogs) and
  :mod:`~desktop.shell.instance_startup` (what a start says when the profile is open elsewhere);
- :mod:`~desktop.shell.connection` (a window's client; starting the embedded sandbox),
  :mod:`~desktop.shell.profile_choice` (the profile a start opens), :mod:`~desktop.shell.instance`
  (one process per profile), :mod:`~desktop.shell.quitting` (ending the process without waiting on
  the network) and :mod:`~desktop.shell.selftest_probes`;
- :mod:`~desktop.shell.args` (the command line), :mod:`~desktop.shell.instance_lock` and
  :mod:`~desktop.shell.local_socket`.

Only the entry point (:mod:`desktop.app`) imports the shell. The shell may import the views,
:mod:`desktop.ops`, the session, ``store``, ``api``, ``domain`` and the helpers beside them
(``paths``, ``logs``, ``diagnostics``, ``crash``), and :mod:`desktop.server`'s front door, only to
start the embedded sandbox (:class:`~desktop.server.EmbeddedServer`) and sign in to it. Importing
the package imports nothing: its modules load Qt, so they are imported by name when needed.
"""
