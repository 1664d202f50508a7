"""The main window's sections, one widget each: company, general, address, contact, SMTP, packages, agreement.

Each section is a ``QWidget`` that owns its part of the form (its own Qt Designer form
``ui/<name>_section.ui``, compiled to ``desktop/forms/ui_<name>_section.py``). Its interface is
narrow: it is given the values it shows (``show_account(account)``, ``show_smtp(versioned_smtp)``,
``show_packages(packages, currency)``, ``set_reachable(bool)``; not ``show``, which stays
``QWidget.show``) and emits a signal for what the user asked for (``edit_requested``,
``recording_requested``, ``agreement_requested``, ``account_changed``).
:class:`~desktop.views.main_window.MainWindow` composes them, places each in its slot of the
window's form and opens the dialogs that need the window (the edit dialogs go through its offline
support). A section opens a dialog itself only when it is given everything that dialog needs (the
SMTP section's Test Email and Test SMS: the SMTP details it shows and the contact mobile it is told).

What a section may import: the Qt widgets, its compiled form, ``desktop.domain`` (the values it
shows), ``desktop.api`` (``Versioned``, for the ETag it keeps), ``desktop.ops``, ``desktop.session`` (the
window's session, for a transition a section starts: the billing switch) and the view helpers
below ``desktop.views`` (labels, messages, dialogs, the billing widget, the packages model). Never
``desktop.views.main_window`` and never another section: the import-linter contracts
``sections-independent`` and ``sections-below-window`` in ``pyproject.toml`` check both. This
``__init__`` imports nothing, so importing one section loads no other.
"""
