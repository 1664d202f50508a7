"""A spy on an event filter class: which objects its filters were asked about (issue 11: watch the window only)."""

from __future__ import annotations

from PySide6.QtCore import QObject


def watched_by(monkeypatch, filter_class: type[QObject]) -> list[QObject]:
    """Record every object whose events reach ``filter_class.eventFilter`` from now on (undone by ``monkeypatch``).

    Returns:
        The list the objects are appended to, one entry per event.
    """
    watched_objects: list[QObject] = []
    seen_by_filter = filter_class.eventFilter

    def spy(self, watched, event):
        watched_objects.append(watched)
        return seen_by_filter(self, watched, event)

    monkeypatch.setattr(filter_class, "eventFilter", spy)
    return watched_objects
