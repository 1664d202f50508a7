"""Walking a window with the keyboard as a user does: Tab and Shift+Tab through it, its Alt+letters, Escape.

Focus is moved by real key presses sent to the widget that has the focus (``qtbot.keyClick``), so a
widget that eats Tab (a table with Tab key navigation) traps the walk here as it traps a user. Qt
only moves the focus in the active window, so :func:`activate` shows the window and waits until the
offscreen platform has made it active.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QRadioButton,
    QTabBar,
    QWidget,
)

#: Steps a walk may take beyond the number of Tab stops before it counts as trapped.
SPARE_STEPS = 3


def activate(qtbot, window: QWidget) -> None:
    """Show ``window`` and make it the active window (focus moves only there)."""
    window.show()
    qtbot.waitExposed(window)
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def describe(widget: QWidget | None) -> str:
    """``QPushButton:saveButton`` ``"Save"``: a widget named for an assertion's message."""
    if widget is None:
        return "nothing"
    text = widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""
    return f"{type(widget).__name__}:{widget.objectName()}" + (f" {text!r}" if text else "")


def tab_stops(window: QWidget) -> list[QWidget]:
    """The widgets of ``window`` that Tab should reach, in focus-chain order; one per group of radio buttons."""
    stops, widget = [], window.nextInFocusChain()
    for _ in range(5000):  # a broken chain must not hang the test
        if widget is window:
            return stops
        if (widget.window() is window and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None and widget.isVisible() and widget.isEnabled()
                and stop_key(widget) not in map(stop_key, stops)):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    raise AssertionError(f"the focus chain of {describe(window)} does not come back to it")


def stop_key(widget: QWidget) -> object:
    """What one Tab stop is: a widget, or an exclusive group of radio buttons (Tab stops on one; arrows move).

    Qt takes Tab focus from the other buttons of a group once one is checked or focused, so which
    button of a group is the stop changes as the user moves; the group is one stop either way.
    """
    if isinstance(widget, QRadioButton):
        if widget.group() is not None and widget.group().exclusive():
            return widget.group()
        if widget.autoExclusive():
            return ("radio buttons of", widget.parentWidget())
    return widget


def walk(qtbot, window: QWidget, *, backwards: bool = False) -> list[QWidget]:
    """Press Tab (or Shift+Tab) from the first Tab stop until the focus is back on it; the widgets visited.

    Fails when the focus leaves the window, or is not back within the number of Tab stops plus
    :data:`SPARE_STEPS` presses (a trap: some widget keeps the focus, or a cycle skips the start).
    """
    stops = tab_stops(window)
    assert stops, f"{describe(window)} has nothing Tab can reach"
    start = stops[0]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    key, modifier = ((Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier) if backwards
                     else (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier))
    visited = [start]
    for _ in range(len(stops) + SPARE_STEPS):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        focused = QApplication.focusWidget()
        assert focused is not None and focused.window() is window, f"the focus left the window: {describe(focused)}"
        if focused is start:
            return visited
        visited.append(focused)
    stuck = Counter(visited).most_common(1)[0][0]
    raise AssertionError(f"{'Shift+' if backwards else ''}Tab is trapped: after {len(visited)} presses it is not back "
                         f"on {describe(start)}; it keeps visiting {describe(stuck)}")


def mnemonic(text: str) -> str | None:
    """The Alt+letter of ``text`` (``"Re&gistration"`` → ``"g"``), lower case; ``&&`` is a literal ``&``."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            if text[index + 1] != "&":
                return text[index + 1].lower()
            index += 1
        index += 1
    return None


def mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """Every Alt+letter of ``window`` with what it belongs to: labels with a buddy, buttons, group boxes,
    tabs and the menu bar's titles (shown or not: a hidden banner's button shows up later)."""
    found: list[tuple[str, str]] = []

    def add(text: str, owner: str) -> None:
        letter = mnemonic(text)
        if letter:
            found.append((letter, f"{owner} {text!r}"))

    for widget in [window, *window.findChildren(QWidget)]:
        if widget.window() is not window:
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), describe(widget))
        elif isinstance(widget, QAbstractButton):
            add(widget.text(), f"{type(widget).__name__}:{widget.objectName()}")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), f"QGroupBox:{widget.objectName()}")
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                add(widget.tabText(tab), f"tab of {widget.parent().objectName()}")
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text(), "menu")
    return found


def repeated(found: list[tuple[str, str]]) -> dict[str, list[str]]:
    """The letters that more than one owner uses, with their owners."""
    counts = Counter(letter for letter, _owner in found)
    return {letter: [owner for other, owner in found if other == letter]
            for letter, count in counts.items() if count > 1}


def menu_repeats(window: QMainWindow) -> dict[str, dict[str, list[str]]]:
    """Repeated letters within each menu of the menu bar (a menu's items need their own letters)."""
    result = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            items = [(mnemonic(item.text()), item.text()) for item in menu.actions()]  # hidden ones too
            clashes = repeated([(letter, text) for letter, text in items if letter])
            if clashes:
                result[menu.title()] = clashes
    return result


def accessible_name(widget: QWidget) -> str:
    """What assistive technology calls ``widget``: its accessible name, its buddy label's text or its text."""
    if widget.accessibleName():
        return widget.accessibleName()
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    if isinstance(widget, QTabBar) and widget.currentIndex() >= 0:  # read as its current tab
        return widget.tabText(widget.currentIndex()).replace("&", "")
    return ""
