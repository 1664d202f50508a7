"""Qt views: one module per window or dialog, each owning a compiled form by composition.

What lives here: the main window (:mod:`~desktop.views.main_window`), which composes its sections
(:mod:`desktop.views.sections`, one widget and form each), the chrome around them (offline banner
and retries in :mod:`~desktop.views.offline`, the changes not yet sent in :mod:`~desktop.views.unsent`)
and every dialog. A view shows what the account's session reports and asks it for the
transitions, always through :class:`desktop.ops.Ops` (never on the GUI thread).

It may import :mod:`desktop.ops`, :mod:`desktop.session`, :mod:`desktop.domain`, :mod:`desktop.forms`,
:mod:`desktop.mail` ("check from this computer"), :mod:`desktop.api` (its errors, to word them)
and :mod:`desktop.store` for profiles and the outbox entries' types; never the cache, the outbox's
sending, the merge rule, the database or ``sqlite3`` (the ``views-show-the-session`` contract), and
never the shell or the server.
"""
