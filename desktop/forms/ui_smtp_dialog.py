# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'smtp_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtGui import (QPixmap)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)
from . import resources_rc

class Ui_SmtpDialog(object):
    def setupUi(self, SmtpDialog):
        if not SmtpDialog.objectName():
            SmtpDialog.setObjectName(u"SmtpDialog")
        SmtpDialog.resize(600, 420)
        SmtpDialog.setMinimumSize(QSize(600, 0))
        self.dialogLayout = QVBoxLayout(SmtpDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.messageFrame = QFrame(SmtpDialog)
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
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)

        self.messageLayout.addWidget(self.messageLabel)


        self.dialogLayout.addWidget(self.messageFrame)

        self.introLabel = QLabel(SmtpDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(12)
        self.fieldsLayout.setVerticalSpacing(4)
        self.fromAddressLabel = QLabel(SmtpDialog)
        self.fromAddressLabel.setObjectName(u"fromAddressLabel")

        self.fieldsLayout.addWidget(self.fromAddressLabel, 0, 0, 1, 1)

        self.fromAddressEdit = QLineEdit(SmtpDialog)
        self.fromAddressEdit.setObjectName(u"fromAddressEdit")
        self.fromAddressEdit.setClearButtonEnabled(True)

        self.fieldsLayout.addWidget(self.fromAddressEdit, 0, 1, 1, 1)

        self.fromAddressError = QLabel(SmtpDialog)
        self.fromAddressError.setObjectName(u"fromAddressError")
        self.fromAddressError.setTextFormat(Qt.TextFormat.PlainText)
        self.fromAddressError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.fromAddressError, 1, 1, 1, 1)

        self.usernameLabel = QLabel(SmtpDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.fieldsLayout.addWidget(self.usernameLabel, 2, 0, 1, 1)

        self.usernameEdit = QLineEdit(SmtpDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setClearButtonEnabled(True)

        self.fieldsLayout.addWidget(self.usernameEdit, 2, 1, 1, 1)

        self.usernameError = QLabel(SmtpDialog)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setTextFormat(Qt.TextFormat.PlainText)
        self.usernameError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.usernameError, 3, 1, 1, 1)

        self.passwordLabel = QLabel(SmtpDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fieldsLayout.addWidget(self.passwordLabel, 4, 0, 1, 1)

        self.passwordEdit = QLineEdit(SmtpDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.addWidget(self.passwordEdit, 4, 1, 1, 1)

        self.removePasswordCheck = QCheckBox(SmtpDialog)
        self.removePasswordCheck.setObjectName(u"removePasswordCheck")

        self.fieldsLayout.addWidget(self.removePasswordCheck, 5, 1, 1, 1)

        self.passwordHint = QLabel(SmtpDialog)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setTextFormat(Qt.TextFormat.PlainText)
        self.passwordHint.setWordWrap(True)
        self.passwordHint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.passwordHint, 6, 1, 1, 1)

        self.passwordError = QLabel(SmtpDialog)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setTextFormat(Qt.TextFormat.PlainText)
        self.passwordError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.passwordError, 7, 1, 1, 1)

        self.serverLabel = QLabel(SmtpDialog)
        self.serverLabel.setObjectName(u"serverLabel")

        self.fieldsLayout.addWidget(self.serverLabel, 8, 0, 1, 1)

        self.serverEdit = QLineEdit(SmtpDialog)
        self.serverEdit.setObjectName(u"serverEdit")
        self.serverEdit.setClearButtonEnabled(True)

        self.fieldsLayout.addWidget(self.serverEdit, 8, 1, 1, 1)

        self.serverHint = QLabel(SmtpDialog)
        self.serverHint.setObjectName(u"serverHint")
        self.serverHint.setTextFormat(Qt.TextFormat.PlainText)
        self.serverHint.setWordWrap(True)
        self.serverHint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.serverHint, 9, 1, 1, 1)

        self.serverError = QLabel(SmtpDialog)
        self.serverError.setObjectName(u"serverError")
        self.serverError.setTextFormat(Qt.TextFormat.PlainText)
        self.serverError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.serverError, 10, 1, 1, 1)

        self.smsFromLabel = QLabel(SmtpDialog)
        self.smsFromLabel.setObjectName(u"smsFromLabel")

        self.fieldsLayout.addWidget(self.smsFromLabel, 11, 0, 1, 1)

        self.smsFromEdit = QLineEdit(SmtpDialog)
        self.smsFromEdit.setObjectName(u"smsFromEdit")
        self.smsFromEdit.setClearButtonEnabled(True)

        self.fieldsLayout.addWidget(self.smsFromEdit, 11, 1, 1, 1)

        self.smsFromHint = QLabel(SmtpDialog)
        self.smsFromHint.setObjectName(u"smsFromHint")
        self.smsFromHint.setTextFormat(Qt.TextFormat.PlainText)
        self.smsFromHint.setWordWrap(True)
        self.smsFromHint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.smsFromHint, 12, 1, 1, 1)

        self.smsFromError = QLabel(SmtpDialog)
        self.smsFromError.setObjectName(u"smsFromError")
        self.smsFromError.setTextFormat(Qt.TextFormat.PlainText)
        self.smsFromError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.smsFromError, 13, 1, 1, 1)

        self.certificateLabel = QLabel(SmtpDialog)
        self.certificateLabel.setObjectName(u"certificateLabel")

        self.fieldsLayout.addWidget(self.certificateLabel, 14, 0, 1, 1)

        self.certificateEdit = QLineEdit(SmtpDialog)
        self.certificateEdit.setObjectName(u"certificateEdit")
        self.certificateEdit.setClearButtonEnabled(True)

        self.fieldsLayout.addWidget(self.certificateEdit, 14, 1, 1, 1)

        self.certificateHint = QLabel(SmtpDialog)
        self.certificateHint.setObjectName(u"certificateHint")
        self.certificateHint.setTextFormat(Qt.TextFormat.PlainText)
        self.certificateHint.setWordWrap(True)
        self.certificateHint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.certificateHint, 15, 1, 1, 1)

        self.certificateError = QLabel(SmtpDialog)
        self.certificateError.setObjectName(u"certificateError")
        self.certificateError.setTextFormat(Qt.TextFormat.PlainText)
        self.certificateError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.certificateError, 16, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.fieldsLayout)

        self.bottomSpacer = QSpacerItem(0, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.statusLabel = QLabel(SmtpDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.buttonsLayout.addWidget(self.statusLabel)

        self.testEmailButton = QPushButton(SmtpDialog)
        self.testEmailButton.setObjectName(u"testEmailButton")
        self.testEmailButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.testEmailButton)

        self.buttonBox = QDialogButtonBox(SmtpDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.fromAddressLabel.setBuddy(self.fromAddressEdit)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.serverLabel.setBuddy(self.serverEdit)
        self.smsFromLabel.setBuddy(self.smsFromEdit)
        self.certificateLabel.setBuddy(self.certificateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromAddressEdit, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.removePasswordCheck)
        QWidget.setTabOrder(self.removePasswordCheck, self.serverEdit)
        QWidget.setTabOrder(self.serverEdit, self.smsFromEdit)
        QWidget.setTabOrder(self.smsFromEdit, self.certificateEdit)
        QWidget.setTabOrder(self.certificateEdit, self.testEmailButton)

        self.retranslateUi(SmtpDialog)

        QMetaObject.connectSlotsByName(SmtpDialog)
    # setupUi

    def retranslateUi(self, SmtpDialog):
        SmtpDialog.setWindowTitle(QCoreApplication.translate("SmtpDialog", u"Edit SMTP Details", None))
#if QT_CONFIG(accessibility)
        self.messageIcon.setAccessibleName(QCoreApplication.translate("SmtpDialog", u"Warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("SmtpDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("SmtpDialog", u"How the platform sends your customers' e-mail and SMS. Test Email here tests the values as typed; the main window's Test Email and Test SMS use the saved ones.", None))
        self.fromAddressLabel.setText(QCoreApplication.translate("SmtpDialog", u"From Add&ress", None))
#if QT_CONFIG(tooltip)
        self.fromAddressEdit.setToolTip(QCoreApplication.translate("SmtpDialog", u"The address the platform's e-mails come from; test e-mails go to it unless you choose another.", None))
#endif // QT_CONFIG(tooltip)
        self.fromAddressEdit.setPlaceholderText(QCoreApplication.translate("SmtpDialog", u"e.g. noc@example.com", None))
#if QT_CONFIG(accessibility)
        self.fromAddressError.setAccessibleName(QCoreApplication.translate("SmtpDialog", u"From Address: problem", None))
#endif // QT_CONFIG(accessibility)
        self.usernameLabel.setText(QCoreApplication.translate("SmtpDialog", u"&Username", None))
#if QT_CONFIG(tooltip)
        self.usernameEdit.setToolTip(QCoreApplication.translate("SmtpDialog", u"The login the mail server expects; leave empty to send without login.", None))
#endif // QT_CONFIG(tooltip)
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("SmtpDialog", u"empty: send without login", None))
#if QT_CONFIG(accessibility)
        self.usernameError.setAccessibleName(QCoreApplication.translate("SmtpDialog", u"Username: problem", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("SmtpDialog", u"Change pass&word", None))
#if QT_CONFIG(tooltip)
        self.passwordEdit.setToolTip(QCoreApplication.translate("SmtpDialog", u"Type a new password to replace the saved one; leave empty to keep it. It is never shown again.", None))
#endif // QT_CONFIG(tooltip)
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("SmtpDialog", u"unchanged", None))
        self.removePasswordCheck.setText(QCoreApplication.translate("SmtpDialog", u"Remo&ve the saved password", None))
#if QT_CONFIG(tooltip)
        self.removePasswordCheck.setToolTip(QCoreApplication.translate("SmtpDialog", u"Send without a password from now on (the Username is kept).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.passwordHint.setAccessibleName(QCoreApplication.translate("SmtpDialog", u"Password: how the app reads it", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.passwordError.setAccessibleName(QCoreApplication.translate("SmtpDialog", u"Password: problem", None))
#endif // QT_CONFIG(accessibility)
        self.serverLabel.setText(QCoreApplication.translate("SmtpDialog", u"&Server", None))
#if QT_CONFIG(tooltip)
        self.serverEdit.setToolTip(QCoreApplication.translate("SmtpDialog", u"The mail server's host, optionally with :port. Port 25 when none is given; 465 means TLS from the first byte.", None))
#endif // QT_CONFIG(tooltip)
        self.serverEdit.setPlaceholderText(QCoreApplication.translate("SmtpDialog", u"e.g. mail.example.com:587", None))
#if QT_CONFIG(accessibility)
        self.serverHint.setAccessibleName(QCoreApplication.translate("SmtpDialog", u"Server: how the app reads it", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.serverError.setAccessibleName(QCoreApplication.translate("SmtpDialog", u"Server: problem", None))
#endif // QT_CONFIG(accessibility)
        self.smsFromLabel.setText(QCoreApplication.translate("SmtpDialog", u"SMS Fr&om", None))
#if QT_CONFIG(tooltip)
        self.smsFromEdit.setToolTip(QCoreApplication.translate("SmtpDialog", u"A number with + and the country code, or a sender name of 1 to 11 letters, digits and spaces.", None))
#endif // QT_CONFIG(tooltip)
        self.smsFromEdit.setPlaceholderText(QCoreApplication.translate("SmtpDialog", u"e.g. +44 7911 123456 or Northwind", None))
#if QT_CONFIG(accessibility)
        self.smsFromHint.setAccessibleName(QCoreApplication.translate("SmtpDialog", u"SMS From: how the app reads it", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.smsFromError.setAccessibleName(QCoreApplication.translate("SmtpDialog", u"SMS From: problem", None))
#endif // QT_CONFIG(accessibility)
        self.certificateLabel.setText(QCoreApplication.translate("SmtpDialog", u"Trusted cert&ificate", None))
#if QT_CONFIG(tooltip)
        self.certificateEdit.setToolTip(QCoreApplication.translate("SmtpDialog", u"The SHA-256 fingerprint of the mail server's own certificate, trusted deliberately (an internal relay with a self-signed or private certificate). Only that certificate is then accepted for this server.", None))
#endif // QT_CONFIG(tooltip)
        self.certificateEdit.setPlaceholderText(QCoreApplication.translate("SmtpDialog", u"none: the trust store decides", None))
#if QT_CONFIG(accessibility)
        self.certificateHint.setAccessibleName(QCoreApplication.translate("SmtpDialog", u"Trusted certificate: what it means", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.certificateError.setAccessibleName(QCoreApplication.translate("SmtpDialog", u"Trusted certificate: problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("SmtpDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.testEmailButton.setText(QCoreApplication.translate("SmtpDialog", u"&Test Email\u2026", None))
#if QT_CONFIG(tooltip)
        self.testEmailButton.setToolTip(QCoreApplication.translate("SmtpDialog", u"Send a test e-mail with the values as typed here, before you save them (nothing is saved).", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

