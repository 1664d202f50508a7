"""The app's two palettes (light and dark, Fusion style) and following the OS colour scheme while it runs.

Every colour the app paints comes from the application palette: the views set colour *roles*
(``style_notice`` gives a banner the tool-tip roles), never colours, and the few colours the app
derives (the error text of a field, :mod:`desktop.views.tints`) are computed from the palette each
time it changes. This module is the one place that names colours.

:func:`light_palette` is Fusion's own palette with a darker placeholder grey (Fusion's half-transparent
black is 4.0:1 on white, under WCAG's 4.5:1) and a darker selection blue (white on Fusion's is 3.7:1);
:func:`dark_palette` is a Fusion-style dark palette whose text, link, placeholder and selection colours
reach 4.5:1 on every background they are drawn on
(``tests/test_contrast.py`` checks every window with both).

:func:`follow_color_scheme` applies the palette of the OS colour scheme at start and again whenever
the user switches between light and dark (``QStyleHints.colorSchemeChanged``, Qt 6.5+). Where the
platform's own style draws both schemes itself (macOS, Windows 11, a desktop's own style) the
platform's palette is kept: that is the platform's look, and the derived colours follow it all the
same. With Fusion (Linux) the app uses these palettes; Windows 10's native style keeps its look while
the scheme is light and gives way to Fusion with the dark palette while it is dark (it cannot draw dark).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

#: The hue error text starts from; :mod:`desktop.views.tints` makes it readable on the background it is painted on.
ERROR_TONE = QColor(0xD0, 0x24, 0x24)

#: Native styles that cannot draw a dark palette (the app uses Fusion while the OS is dark).
LIGHT_ONLY_STYLES = frozenset({"windowsvista", "windows"})

#: Fusion's placeholder is black at half opacity (4.0:1 on white); this grey is 5.7:1 on white, 4.9:1 on its window.
_LIGHT_PLACEHOLDER = "#676767"
#: Fusion's selection blue (#308cc6) is 3.7:1 under white text; this one, a little darker, is 4.8:1.
_LIGHT_HIGHLIGHT = "#2677b0"

#: The dark palette, role by role (active and inactive groups).
_DARK = {
    Role.Window: "#353535", Role.WindowText: "#f0f0f0", Role.Base: "#262626", Role.AlternateBase: "#303030",
    Role.Text: "#f0f0f0", Role.PlaceholderText: "#a8a8a8", Role.Button: "#3c3c3c", Role.ButtonText: "#f0f0f0",
    Role.BrightText: "#ff8a8a", Role.Light: "#5a5a5a", Role.Midlight: "#474747", Role.Mid: "#2c2c2c",
    Role.Dark: "#202020", Role.Shadow: "#141414", Role.Highlight: "#2f6fb0", Role.HighlightedText: "#ffffff",
    Role.Link: "#7cbcff", Role.LinkVisited: "#c8a2ff", Role.ToolTipBase: "#403c2c", Role.ToolTipText: "#f0f0f0",
    Role.Accent: "#2f6fb0",
}
#: The dark palette's disabled group, where it differs (greyed text: WCAG exempts inactive controls).
_DARK_DISABLED = {
    Role.WindowText: "#8a8a8a", Role.Text: "#8a8a8a", Role.ButtonText: "#8a8a8a", Role.Base: "#2c2c2c",
    Role.Button: "#353535", Role.Highlight: "#4a4a4a", Role.HighlightedText: "#c0c0c0", Role.Accent: "#4a4a4a",
    Role.PlaceholderText: "#6e6e6e",
}


def light_palette() -> QPalette:
    """Fusion's light palette, with a placeholder grey and a selection blue that reach 4.5:1 (on white, under white)."""
    palette = QStyleFactory.create("Fusion").standardPalette()
    for group in (Group.Active, Group.Inactive):
        palette.setColor(group, Role.PlaceholderText, QColor(_LIGHT_PLACEHOLDER))
        palette.setColor(group, Role.Highlight, QColor(_LIGHT_HIGHLIGHT))
        palette.setColor(group, Role.Accent, QColor(_LIGHT_HIGHLIGHT))
    return palette


def dark_palette() -> QPalette:
    """A Fusion-style dark palette: light text on dark greys, a light blue for links, a dark amber for notices."""
    palette = QPalette()
    for role, name in _DARK.items():
        palette.setColor(Group.All, role, QColor(name))
    for role, name in _DARK_DISABLED.items():
        palette.setColor(Group.Disabled, role, QColor(name))
    return palette


def palette_for(scheme: Qt.ColorScheme) -> QPalette:
    """The palette of a colour scheme: dark for ``Dark``, light otherwise (``Light`` or ``Unknown``)."""
    return dark_palette() if scheme == Qt.ColorScheme.Dark else light_palette()


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` draws light text on a dark window (however it was made)."""
    return palette.color(Role.Window).lightnessF() < palette.color(Role.WindowText).lightnessF()


class SchemeFollower(QObject):
    """Applies the palette of the OS colour scheme to the application, now and whenever the scheme changes.

    What it does depends on the style the platform chose (:attr:`mode`):

    - ``"fusion"`` (Linux and others): Fusion with :func:`light_palette` or :func:`dark_palette`;
    - ``"light only"`` (``windowsvista`` on Windows 10, ``windows``: styles that cannot draw dark):
      the native style and its palette while the scheme is light, Fusion with :func:`dark_palette` while it is dark;
    - ``"native"`` (``macos``, ``windows11``, a desktop's own style such as Breeze): the style draws
      both schemes from the platform's palette; the app leaves it, and only its derived colours follow.

    Made by :func:`follow_color_scheme`; a child of the application, so it lives as long as it does.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._native_style = app.style().name()
        name = self._native_style.lower()
        self.mode = "fusion" if name == "fusion" else "light only" if name in LIGHT_ONLY_STYLES else "native"
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.apply)
        self.apply(QGuiApplication.styleHints().colorScheme())

    def apply(self, scheme: Qt.ColorScheme) -> None:
        """Give the application the style and palette of ``scheme`` (see the class's docstring)."""
        if self.mode == "native":
            return
        dark = scheme == Qt.ColorScheme.Dark
        if self.mode == "light only" and not dark:
            if self._app.style().name() != self._native_style:
                self._app.setStyle(self._native_style)
            self._app.setPalette(self._app.style().standardPalette())
            return
        if self._app.style().name().lower() != "fusion":
            self._app.setStyle("Fusion")
        self._app.setPalette(palette_for(scheme))


def use_color_scheme(app: QApplication, name: str) -> None:
    """Draw the application with Fusion and the palette of ``name`` (``"light"`` or ``"dark"``), whatever the OS says.

    For ``cxdesk --color-scheme`` (screenshots of both looks on one machine); the app does not follow
    the OS scheme afterwards.

    Raises:
        ValueError: ``name`` is neither ``"light"`` nor ``"dark"``.
    """
    if name not in ("light", "dark"):
        raise ValueError(f"unknown colour scheme {name!r}")
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if name == "dark" else light_palette())


def follow_color_scheme(app: QApplication) -> SchemeFollower:
    """Make the application follow the OS colour scheme from now on (see the module's docstring)."""
    return SchemeFollower(app)
