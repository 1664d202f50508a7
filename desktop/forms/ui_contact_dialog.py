# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtGui import (QPixmap)
from PySide6.QtWidgets import (QDialogButtonBox, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)
from . import resources_rc

class Ui_ContactDialog(object):
    def setupUi(self, ContactDialog):
        if not ContactDialog.objectName():
            ContactDialog.setObjectName(u"ContactDialog")
        ContactDialog.resize(540, 300)
        ContactDialog.setMinimumSize(QSize(540, 0))
        self.dialogLayout = QVBoxLayout(ContactDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.messageFrame = QFrame(ContactDialog)
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

        self.introLabel = QLabel(ContactDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(12)
        self.fieldsLayout.setVerticalSpacing(4)
        self.emailLabel = QLabel(ContactDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.fieldsLayout.addWidget(self.emailLabel, 0, 0, 1, 1)

        self.emailEdit = QLineEdit(ContactDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setClearButtonEnabled(True)

        self.fieldsLayout.addWidget(self.emailEdit, 0, 1, 1, 1)

        self.emailError = QLabel(ContactDialog)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)
        self.emailError.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsLayout.addWidget(self.emailError, 1, 1, 1, 1)

        self.phoneLabel = QLabel(ContactDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.fieldsLayout.addWidget(self.phoneLabel, 2, 0, 1, 1)

        self.phoneEdit = QLineEdit(ContactDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setClearButtonEnabled(True)

        self.fieldsLayout.addWidget(self.phoneEdit, 2, 1, 1, 1)

        self.phoneError = QLabel(ContactDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)
        self.phoneError.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsLayout.addWidget(self.phoneError, 3, 1, 1, 1)

        self.mobileLabel = QLabel(ContactDialog)
        self.mobileLabel.setObjectName(u"mobileLabel")

        self.fieldsLayout.addWidget(self.mobileLabel, 4, 0, 1, 1)

        self.mobileEdit = QLineEdit(ContactDialog)
        self.mobileEdit.setObjectName(u"mobileEdit")
        self.mobileEdit.setClearButtonEnabled(True)

        self.fieldsLayout.addWidget(self.mobileEdit, 4, 1, 1, 1)

        self.mobileError = QLabel(ContactDialog)
        self.mobileError.setObjectName(u"mobileError")
        self.mobileError.setWordWrap(True)
        self.mobileError.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsLayout.addWidget(self.mobileError, 5, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.fieldsLayout)

        self.bottomSpacer = QSpacerItem(0, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.statusLabel = QLabel(ContactDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.buttonsLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(ContactDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.mobileLabel.setBuddy(self.mobileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.mobileEdit)

        self.retranslateUi(ContactDialog)

        QMetaObject.connectSlotsByName(ContactDialog)
    # setupUi

    def retranslateUi(self, ContactDialog):
        ContactDialog.setWindowTitle(QCoreApplication.translate("ContactDialog", u"Edit Contact Information", None))
#if QT_CONFIG(accessibility)
        self.messageIcon.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("ContactDialog", u"How the platform contacts you. Phone numbers start with + and the country code.", None))
        self.emailLabel.setText(QCoreApplication.translate("ContactDialog", u"&E-mail", None))
#if QT_CONFIG(tooltip)
        self.emailEdit.setToolTip(QCoreApplication.translate("ContactDialog", u"The address the platform writes to.", None))
#endif // QT_CONFIG(tooltip)
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"e.g. billing@example.com", None))
#if QT_CONFIG(accessibility)
        self.emailError.setAccessibleName(QCoreApplication.translate("ContactDialog", u"E-mail: problem", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("ContactDialog", u"&Phone", None))
#if QT_CONFIG(tooltip)
        self.phoneEdit.setToolTip(QCoreApplication.translate("ContactDialog", u"In international form: + and the country code.", None))
#endif // QT_CONFIG(tooltip)
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"e.g. +44 20 7123 4567", None))
#if QT_CONFIG(accessibility)
        self.phoneError.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Phone: problem", None))
#endif // QT_CONFIG(accessibility)
        self.mobileLabel.setText(QCoreApplication.translate("ContactDialog", u"&Mobile", None))
#if QT_CONFIG(tooltip)
        self.mobileEdit.setToolTip(QCoreApplication.translate("ContactDialog", u"In international form: + and the country code (optional).", None))
#endif // QT_CONFIG(tooltip)
        self.mobileEdit.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"e.g. +44 7911 123456", None))
#if QT_CONFIG(accessibility)
        self.mobileError.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Mobile: problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

