# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtGui import (QFont, QPixmap)
from PySide6.QtWidgets import (QDialogButtonBox, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout,
    QWidget)
from . import resources_rc

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(720, 320)
        ConflictDialog.setMinimumSize(QSize(640, 0))
        self.dialogLayout = QVBoxLayout(ConflictDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.messageFrame = QFrame(ConflictDialog)
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

        self.introLabel = QLabel(ConflictDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.scrollArea = QScrollArea(ConflictDialog)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.StyledPanel)
        self.scrollArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scrollArea.setWidgetResizable(True)
        self.fieldsWidget = QWidget()
        self.fieldsWidget.setObjectName(u"fieldsWidget")
        self.fieldsLayout = QGridLayout(self.fieldsWidget)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(16)
        self.fieldsLayout.setVerticalSpacing(4)
        self.fieldHeader = QLabel(self.fieldsWidget)
        self.fieldHeader.setObjectName(u"fieldHeader")
        font = QFont()
        font.setBold(True)
        self.fieldHeader.setFont(font)
        self.fieldHeader.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsLayout.addWidget(self.fieldHeader, 0, 0, 1, 1)

        self.baseHeader = QLabel(self.fieldsWidget)
        self.baseHeader.setObjectName(u"baseHeader")
        self.baseHeader.setFont(font)
        self.baseHeader.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsLayout.addWidget(self.baseHeader, 0, 1, 1, 1)

        self.mineHeader = QLabel(self.fieldsWidget)
        self.mineHeader.setObjectName(u"mineHeader")
        self.mineHeader.setFont(font)
        self.mineHeader.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsLayout.addWidget(self.mineHeader, 0, 2, 1, 1)

        self.theirsHeader = QLabel(self.fieldsWidget)
        self.theirsHeader.setObjectName(u"theirsHeader")
        self.theirsHeader.setFont(font)
        self.theirsHeader.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsLayout.addWidget(self.theirsHeader, 0, 3, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)
        self.fieldsLayout.setColumnStretch(2, 1)
        self.fieldsLayout.setColumnStretch(3, 1)
        self.scrollArea.setWidget(self.fieldsWidget)

        self.dialogLayout.addWidget(self.scrollArea)

        self.otherNote = QLabel(ConflictDialog)
        self.otherNote.setObjectName(u"otherNote")
        self.otherNote.setTextFormat(Qt.TextFormat.PlainText)
        self.otherNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.otherNote)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.statusLabel = QLabel(ConflictDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)

        self.buttonsLayout.addWidget(self.statusLabel)

        self.applyButton = QPushButton(ConflictDialog)
        self.applyButton.setObjectName(u"applyButton")

        self.buttonsLayout.addWidget(self.applyButton)

        self.buttonBox = QDialogButtonBox(ConflictDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(ConflictDialog)

        self.applyButton.setDefault(True)


        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"Settle a Conflict", None))
#if QT_CONFIG(accessibility)
        self.messageIcon.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scrollArea.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Conflicting fields", None))
#endif // QT_CONFIG(accessibility)
        self.fieldHeader.setText(QCoreApplication.translate("ConflictDialog", u"Field", None))
        self.baseHeader.setText(QCoreApplication.translate("ConflictDialog", u"When you started", None))
        self.mineHeader.setText(QCoreApplication.translate("ConflictDialog", u"Your change", None))
        self.theirsHeader.setText(QCoreApplication.translate("ConflictDialog", u"Now on the server", None))
#if QT_CONFIG(accessibility)
        self.otherNote.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Other changes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.applyButton.setText(QCoreApplication.translate("ConflictDialog", u"&Apply", None))
#if QT_CONFIG(tooltip)
        self.applyButton.setToolTip(QCoreApplication.translate("ConflictDialog", u"Send the change with the values you chose.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

