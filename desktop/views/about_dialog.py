"""The "About CX Account Desk" dialog: name, version, Qt and PySide6 versions and the licence line."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QWidget

from desktop import APP_NAME, __version__
from desktop.forms.ui_about_dialog import Ui_AboutDialog
from desktop.views.window_fit import fit_on_show

#: The licence line: the app's own terms and those of the Qt libraries it ships (LGPL v3).
LICENCE = QT_TRANSLATE_NOOP("AboutDialog", "Proprietary software. Qt and PySide6 are used under the GNU Lesser "
                            "General Public License v3 (LGPL-3.0).")


def version_lines() -> tuple[str, str]:
    """The version line of the app and the line naming the Qt and PySide6 versions in use."""
    version = QCoreApplication.translate("AboutDialog", "Version {version}").format(version=__version__)
    return version, f"Qt {qVersion()}, PySide6 {PySide6.__version__}"


class AboutDialog(QDialog):
    """Shows what the app is and which versions are running; Close (or Esc) dismisses it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        fit_on_show(self)  # never larger than the screen it opens on (issue 12)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        version, qt = version_lines()
        self.ui.nameLabel.setText(APP_NAME)
        self.ui.versionLabel.setText(version)
        self.ui.qtLabel.setText(qt)
        self.ui.licenceLabel.setText(self.tr(LICENCE))
        self.ui.iconLabel.setPixmap(QIcon(":/icons/app.svg").pixmap(64, 64))
