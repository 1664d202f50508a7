# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outbox_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtGui import (QIcon, QPixmap)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QFrame,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QTreeWidget,
    QVBoxLayout, QWidget)
from . import resources_rc

class Ui_OutboxDialog(object):
    def setupUi(self, OutboxDialog):
        if not OutboxDialog.objectName():
            OutboxDialog.setObjectName(u"OutboxDialog")
        OutboxDialog.resize(760, 440)
        OutboxDialog.setMinimumSize(QSize(600, 320))
        self.dialogLayout = QVBoxLayout(OutboxDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(OutboxDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.messageFrame = QFrame(OutboxDialog)
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

        self.changesLabel = QLabel(OutboxDialog)
        self.changesLabel.setObjectName(u"changesLabel")

        self.dialogLayout.addWidget(self.changesLabel)

        self.changesView = QTreeWidget(OutboxDialog)
        self.changesView.setObjectName(u"changesView")
        self.changesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.changesView.setAllColumnsShowFocus(True)
        self.changesView.setRootIsDecorated(False)
        self.changesView.setItemsExpandable(False)
        self.changesView.setExpandsOnDoubleClick(False)

        self.dialogLayout.addWidget(self.changesView)

        self.detailsNote = QLabel(OutboxDialog)
        self.detailsNote.setObjectName(u"detailsNote")
        self.detailsNote.setTextFormat(Qt.TextFormat.PlainText)
        self.detailsNote.setWordWrap(True)
        self.detailsNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.detailsNote)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.refreshButton = QToolButton(OutboxDialog)
        self.refreshButton.setObjectName(u"refreshButton")
        icon = QIcon()
        icon.addFile(u":/icons/refresh.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.refreshButton.setIcon(icon)
        self.refreshButton.setAutoRaise(False)

        self.buttonsLayout.addWidget(self.refreshButton)

        self.resolveButton = QPushButton(OutboxDialog)
        self.resolveButton.setObjectName(u"resolveButton")
        self.resolveButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.resolveButton)

        self.discardButton = QPushButton(OutboxDialog)
        self.discardButton.setObjectName(u"discardButton")
        self.discardButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.discardButton)

        self.statusLabel = QLabel(OutboxDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.buttonsLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(OutboxDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.changesLabel.setBuddy(self.changesView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.changesView, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.resolveButton)
        QWidget.setTabOrder(self.resolveButton, self.discardButton)

        self.retranslateUi(OutboxDialog)

        QMetaObject.connectSlotsByName(OutboxDialog)
    # setupUi

    def retranslateUi(self, OutboxDialog):
        OutboxDialog.setWindowTitle(QCoreApplication.translate("OutboxDialog", u"Changes Not Yet Sent", None))
        self.introLabel.setText(QCoreApplication.translate("OutboxDialog", u"Changes you saved while the server could not be reached. They are kept on this computer and sent in order as soon as the server answers.", None))
#if QT_CONFIG(accessibility)
        self.messageIcon.setAccessibleName(QCoreApplication.translate("OutboxDialog", u"Warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("OutboxDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.changesLabel.setText(QCoreApplication.translate("OutboxDialog", u"&Changes not yet sent", None))
        ___qtreewidgetitem = self.changesView.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("OutboxDialog", u"New value", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("OutboxDialog", u"Old value", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("OutboxDialog", u"Change", None))
#if QT_CONFIG(accessibility)
        self.changesView.setAccessibleName(QCoreApplication.translate("OutboxDialog", u"Changes not yet sent", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailsNote.setAccessibleName(QCoreApplication.translate("OutboxDialog", u"About the selected change", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("OutboxDialog", u"Read the list again.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.refreshButton.setAccessibleName(QCoreApplication.translate("OutboxDialog", u"Refresh", None))
#endif // QT_CONFIG(accessibility)
        self.resolveButton.setText(QCoreApplication.translate("OutboxDialog", u"&Resolve\u2026", None))
#if QT_CONFIG(tooltip)
        self.resolveButton.setToolTip(QCoreApplication.translate("OutboxDialog", u"Choose, field by field, between your change and the server's value.", None))
#endif // QT_CONFIG(tooltip)
        self.discardButton.setText(QCoreApplication.translate("OutboxDialog", u"&Discard\u2026", None))
#if QT_CONFIG(tooltip)
        self.discardButton.setToolTip(QCoreApplication.translate("OutboxDialog", u"Give up the selected change; it is never sent.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("OutboxDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

