"""Where the main window was, remembered per arrangement of screens (issue 12, point 2).

When the main window closes, its size and position (and whether it was maximized) are written to
``windows.ini`` in the settings folder (:func:`desktop.paths.config_dir`), with Qt's
:class:`~PySide6.QtCore.QSettings`, on a worker of the ``disk`` lane (the GUI thread never waits on
the disk to write). They are kept under the arrangement of screens the window was on (the screens'
names and geometries, :func:`screens_key`), and as the last place too. At the next start they are
read on the worker that opens the profile (:func:`read_ahead`), and :func:`remember_place` puts the
window back where it was on this arrangement; on an arrangement it has not been on (a monitor was
unplugged, the laptop left its dock) it takes the last place, and when that is on no screen now, it
goes to the primary screen. :mod:`desktop.views.window_fit` then
keeps it within the screen's available area.

Qt's own ``restoreGeometry`` is not used: in Qt 6.12 it refuses a geometry saved on a screen that is
gone (the window then opens at its default place, not where it last was on the screens left).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from weakref import WeakKeyDictionary

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from desktop.ops import Ops
from desktop.paths import config_dir
from desktop.views.window_fit import on_area

#: The settings file, in the settings folder.
SETTINGS_FILE = "windows.ini"
#: The group of the settings file the main window's places are kept in.
GROUP = "mainWindow"
#: The key of the place the window was last closed at, whatever the screens.
LAST = "last"


#: The places read ahead on a worker (:func:`read_ahead`), per settings file, for the next window built.
_read: dict[Path, dict[str, Place]] = {}
#: The place keepers of the windows alive (their Python side must outlive each event they filter).
_keepers: WeakKeyDictionary[QWidget, _PlaceKeeper] = WeakKeyDictionary()


@dataclass(frozen=True)
class Place:
    """A window's place: its geometry when not maximized (x, y, width, height) and whether it was maximized."""

    rect: tuple[int, int, int, int]
    maximized: bool = False


def settings_path() -> Path:
    """The settings file the windows' places are kept in."""
    return config_dir() / SETTINGS_FILE


def screens_key(screens: list[QScreen] | None = None) -> str:
    """A short key naming an arrangement of screens (each screen's name and geometry): ``screens-1a2b…``."""
    arrangement = ";".join(sorted(f"{screen.name()}@{_rect_text(screen.geometry())}"
                                  for screen in (QGuiApplication.screens() if screens is None else screens)))
    return "screens-" + hashlib.sha256(arrangement.encode()).hexdigest()[:16]


def read_places(path: Path) -> dict[str, Place]:
    """Every place kept in ``path``, by key (:func:`screens_key` or :data:`LAST`); it reads the file."""
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    places = {}
    settings.beginGroup(GROUP)
    for key in settings.childGroups():
        rect = _parse_rect(settings.value(f"{key}/geometry"))
        if rect is not None:
            places[key] = Place(rect, str(settings.value(f"{key}/maximized", "false")).lower() == "true")
    return places


def read_ahead(path: Path | None = None) -> None:
    """Read the kept places now (on a worker, while the profile opens), so :func:`remember_place` reads no file."""
    path = path or settings_path()
    _read[path] = read_places(path)


def write_place(path: Path, key: str, place: Place) -> None:
    """Keep ``place`` under ``key`` and as the last place in ``path`` (on a worker: it writes the file)."""
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    for name in (key, LAST):
        settings.setValue(f"{GROUP}/{name}/geometry", ",".join(str(n) for n in place.rect))
        settings.setValue(f"{GROUP}/{name}/maximized", "true" if place.maximized else "false")
    settings.sync()


def place_of(window: QWidget) -> Place:
    """Where ``window`` is now: its geometry when not maximized, and whether it is maximized."""
    maximized = window.isMaximized() or window.isFullScreen()
    rect = window.normalGeometry() if maximized else window.geometry()
    return Place((rect.x(), rect.y(), rect.width(), rect.height()), maximized)


def put_back(window: QWidget, place: Place) -> None:
    """Give ``window`` (not shown yet) ``place``, moved to the primary screen when it is on no screen now."""
    rect = QRect(*place.rect)
    if QGuiApplication.screenAt(rect.center()) is None:
        area = QGuiApplication.primaryScreen().availableGeometry()
        rect.moveTopLeft(on_area(QRect(area.topLeft(), rect.size()), area))
    window.setGeometry(rect)
    if place.maximized:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def remember_place(window: QWidget, ops: Ops, path: Path | None = None) -> bool:
    """Put ``window`` (not shown yet) where it was on these screens, and keep its place whenever it is closed.

    The places are those :func:`read_ahead` read on a worker, else they are read now.

    Args:
        window: a top-level window (the main window).
        ops: the runner whose ``disk`` lane writes the settings file.
        path: the settings file (default :func:`settings_path`).

    Returns:
        Whether a place was found and given to the window.
    """
    path = path or settings_path()
    places = _read.pop(path, None)
    if places is None:  # not read ahead: read now
        places = read_places(path)
    place = places.get(screens_key()) or places.get(LAST)
    if place is not None:
        put_back(window, place)
    keeper = _PlaceKeeper(window, ops, path)
    window.installEventFilter(keeper)
    _keepers[window] = keeper  # the keeper's Python side lives as long as the window
    return place is not None


class _PlaceKeeper(QObject):
    """Writes the window's place when it is hidden (closed), on the ``disk`` lane (owned by the window)."""

    def __init__(self, window: QWidget, ops: Ops, path: Path) -> None:
        super().__init__(window)
        self._window, self._ops, self._path = window, ops, path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the window's Hide event (not a minimize by the window system): keep its place."""
        window = getattr(self, "_window", None)  # None: the window is being destroyed
        if (window is not None and watched is window and event.type() == QEvent.Type.Hide
                and not event.spontaneous() and shiboken6.isValid(window)):
            self.keep()
        return False

    def keep(self) -> None:
        """Write the window's place now (on a worker) under this arrangement of screens and as the last one."""
        path, key, place = self._path, screens_key(), place_of(self._window)

        def write_window_place() -> None:
            write_place(path, key, place)

        self._ops.run(write_window_place, lane="disk")


def _rect_text(rect: QRect) -> str:
    return f"{rect.x()},{rect.y()},{rect.width()}x{rect.height()}"


def _parse_rect(value: object) -> tuple[int, int, int, int] | None:
    """``"10,20,800,600"`` (or a list of four numbers, as QSettings may read it) → a tuple; ``None`` if not that."""
    parts = value.split(",") if isinstance(value, str) else value if isinstance(value, list) else None
    try:
        numbers = tuple(int(str(part).strip()) for part in parts or ())
    except ValueError:
        return None
    if len(numbers) != 4 or numbers[2] <= 0 or numbers[3] <= 0:
        return None
    return numbers[0], numbers[1], numbers[2], numbers[3]
