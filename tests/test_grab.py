"""Screenshots wait for the layout: a value set in the same slot is not cut to its old width."""

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.views.grab import grab_settled, settle


def test_a_label_filled_just_before_the_grab_has_its_full_width(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    outer = QVBoxLayout(window)
    box = QGroupBox("Company information")
    row = QHBoxLayout(box)
    value = QLabel("")
    row.addWidget(QLabel("Name"))
    row.addWidget(value)
    row.addStretch(1)  # values take their own width, as in the main window
    outer.addWidget(box)
    window.resize(600, 200)
    window.show()
    qtbot.waitExposed(window)
    value.setText("Northwind Telecom Europe Ltd")  # as a slot does right before a screenshot
    assert value.width() < value.sizeHint().width()  # the layout has not caught up yet
    settle(window)
    assert value.width() >= value.sizeHint().width()
    assert not grab_settled(window).isNull()
