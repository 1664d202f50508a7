"""The shell: everything between the command line and the main window (design §1).

What lives here, top to bottom (a module imports only modules on lower rows; the import-linter
contract ``shell-layers`` in ``pyproject.toml`` checks it):

- :mod:`~desktop.shell.launcher` (opens one profile at a time in one window) and
  :mod:`~desktop.shell.selftest` (``--self-test``: its runner and the sandbox and window checks);
- :mod:`~desktop.shell.profile_switching` (File > Profiles… and File > Sign Out) and
  :mod:`~desktop.shell.opening` (from a profile to a signed-in session: the sandbox, the stored
  token or the start-up sign-in dialog, the offline stores);
- :mod:`~desktop.shell.credentials` (refresh tokens and sign-in dialogs),
  :mod:`~desktop.shell.instance_startup` (what a start says when the profile is open elsewhere),
  :mod:`~desktop.shell.selftest_checks` (the self-test's checks of the installed parts) and
  :mod:`~desktop.shell.window_setup` (building and dressing the main window, watching it close,
  ``--screenshot``);
- :mod:`~desktop.shell.connection` (a window's client; starting the embedded sandbox),
  :mod:`~desktop.shell.profile_choice` (the profile a start opens), :mod:`~desktop.shell.instance`
  (one process per profile: the first start's claim), :mod:`~desktop.shell.quitting` (ending the
  process without waiting on the network) and :mod:`~desktop.shell.selftest_probes`;
- :mod:`~desktop.shell.instance_client` (where a profile's running instance is, and asking it to
  the front);
- :mod:`~desktop.shell.args` (the command line), :mod:`~desktop.shell.instance_lock` and
  :mod:`~desktop.shell.local_socket`.

Only the entry point (:mod:`desktop.app`) imports the shell. The shell may import the views,
:mod:`desktop.ops`, the session, ``store``, ``api``, ``domain`` and the helpers beside them
(``paths``, ``logs``, ``diagnostics``, ``crash``), and :mod:`desktop.server`'s front door, only to
start the embedded sandbox (:class:`~desktop.server.EmbeddedServer`) and sign in to it. Importing
the package imports nothing: its modules load Qt, so they are imported by name when needed.
"""
