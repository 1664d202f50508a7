"""A window that remembers its place, in a process of its own (tests/test_screens.py starts it on given screens).

``python -m tests.place_probe [X Y W H]``: make a window as the launcher makes the main window
(:func:`~desktop.views.window_place.remember_place`, fitted when shown), print where it opens
(``x y w h`` of its frame), then, given a geometry, move it there; then close it, which keeps its place.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QWidget

from desktop.ops import Ops
from desktop.views.window_fit import fit_on_show
from desktop.views.window_place import remember_place


def main(argv: list[str]) -> None:
    """Open the window, print its frame, move it to ``argv`` (if given) and close it."""
    app = QApplication([])
    ops = Ops(app)
    window = QWidget()
    window.resize(500, 300)
    fit_on_show(window)
    remember_place(window, ops)
    window.show()
    for _ in range(5):
        app.processEvents()
    frame = window.frameGeometry()
    print(frame.x(), frame.y(), frame.width(), frame.height(), flush=True)
    if argv:
        x, y, w, h = (int(n) for n in argv)
        window.setGeometry(x, y, w, h)
        app.processEvents()
    window.close()
    ops.wait_for_lane("disk", 5000)


if __name__ == "__main__":
    main(sys.argv[1:])
