# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profiles_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtGui import (QPixmap)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QFrame,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QVBoxLayout, QWidget)
from . import resources_rc

class Ui_ProfilesDialog(object):
    def setupUi(self, ProfilesDialog):
        if not ProfilesDialog.objectName():
            ProfilesDialog.setObjectName(u"ProfilesDialog")
        ProfilesDialog.resize(760, 380)
        ProfilesDialog.setMinimumSize(QSize(640, 320))
        self.dialogLayout = QVBoxLayout(ProfilesDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ProfilesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.messageFrame = QFrame(ProfilesDialog)
        self.messageFrame.setObjectName(u"messageFrame")
        self.messageFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.messageLayout = QHBoxLayout(self.messageFrame)
        self.messageLayout.setSpacing(8)
        self.messageLayout.setObjectName(u"messageLayout")
        self.messageIcon = QLabel(self.messageFrame)
        self.messageIcon.setObjectName(u"messageIcon")
        self.messageIcon.setMinimumSize(QSize(20, 20))
        self.messageIcon.setMaximumSize(QSize(20, 20))
        self.messageIcon.setPixmap(QPixmap(u":/icons/warning.svg"))
        self.messageIcon.setScaledContents(True)

        self.messageLayout.addWidget(self.messageIcon, 0, Qt.AlignmentFlag.AlignTop)

        self.messageLabel = QLabel(self.messageFrame)
        self.messageLabel.setObjectName(u"messageLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.messageLayout.addWidget(self.messageLabel)


        self.dialogLayout.addWidget(self.messageFrame)

        self.profilesLabel = QLabel(ProfilesDialog)
        self.profilesLabel.setObjectName(u"profilesLabel")

        self.dialogLayout.addWidget(self.profilesLabel)

        self.listLayout = QHBoxLayout()
        self.listLayout.setSpacing(10)
        self.listLayout.setObjectName(u"listLayout")
        self.profilesView = QTreeWidget(ProfilesDialog)
        self.profilesView.setObjectName(u"profilesView")
        self.profilesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.profilesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.profilesView.setRootIsDecorated(False)
        self.profilesView.setUniformRowHeights(True)
        self.profilesView.setAllColumnsShowFocus(True)

        self.listLayout.addWidget(self.profilesView)

        self.actionsLayout = QVBoxLayout()
        self.actionsLayout.setSpacing(6)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.addButton = QPushButton(ProfilesDialog)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.addButton)

        self.editButton = QPushButton(ProfilesDialog)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.editButton)

        self.removeButton = QPushButton(ProfilesDialog)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.removeButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.listLayout.addLayout(self.actionsLayout)


        self.dialogLayout.addLayout(self.listLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.statusLabel = QLabel(ProfilesDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)

        self.buttonsLayout.addWidget(self.statusLabel)

        self.openButton = QPushButton(ProfilesDialog)
        self.openButton.setObjectName(u"openButton")

        self.buttonsLayout.addWidget(self.openButton)

        self.buttonBox = QDialogButtonBox(ProfilesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.profilesLabel.setBuddy(self.profilesView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.profilesView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.openButton)

        self.retranslateUi(ProfilesDialog)

        self.openButton.setDefault(True)


        QMetaObject.connectSlotsByName(ProfilesDialog)
    # setupUi

    def retranslateUi(self, ProfilesDialog):
        ProfilesDialog.setWindowTitle(QCoreApplication.translate("ProfilesDialog", u"Profiles", None))
        self.introLabel.setText(QCoreApplication.translate("ProfilesDialog", u"The account servers you work with. Choose one and press Open. The sandbox is a built-in account service on this computer for trying the app out; it is always here.", None))
#if QT_CONFIG(accessibility)
        self.messageIcon.setAccessibleName(QCoreApplication.translate("ProfilesDialog", u"Warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("ProfilesDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.profilesLabel.setText(QCoreApplication.translate("ProfilesDialog", u"&Profiles", None))
        ___qtreewidgetitem = self.profilesView.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ProfilesDialog", u"Notes", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ProfilesDialog", u"E-mail", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ProfilesDialog", u"Server", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ProfilesDialog", u"Name", None))
#if QT_CONFIG(accessibility)
        self.profilesView.setAccessibleName(QCoreApplication.translate("ProfilesDialog", u"Profiles", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("ProfilesDialog", u"&Add\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("ProfilesDialog", u"Add a server to work with.", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("ProfilesDialog", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("ProfilesDialog", u"Change the selected profile's name, address or e-mail.", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("ProfilesDialog", u"&Remove\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("ProfilesDialog", u"Forget the selected profile on this computer (the account on the server is not changed).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("ProfilesDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("ProfilesDialog", u"&Open", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("ProfilesDialog", u"Work with the selected profile.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

