# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtGui import (QPixmap)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)
from . import resources_rc

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(440, 240)
        SignInDialog.setMinimumSize(QSize(400, 0))
        self.dialogLayout = QVBoxLayout(SignInDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(SignInDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.messageFrame = QFrame(SignInDialog)
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

        self.noticeLabel = QLabel(SignInDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.noticeLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noticeLabel)

        self.modeLayout = QHBoxLayout()
        self.modeLayout.setSpacing(16)
        self.modeLayout.setObjectName(u"modeLayout")
        self.passwordModeRadio = QRadioButton(SignInDialog)
        self.passwordModeRadio.setObjectName(u"passwordModeRadio")
        self.passwordModeRadio.setChecked(True)

        self.modeLayout.addWidget(self.passwordModeRadio)

        self.tokenModeRadio = QRadioButton(SignInDialog)
        self.tokenModeRadio.setObjectName(u"tokenModeRadio")

        self.modeLayout.addWidget(self.tokenModeRadio)

        self.modeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.modeLayout.addItem(self.modeSpacer)


        self.dialogLayout.addLayout(self.modeLayout)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(12)
        self.emailLabel = QLabel(SignInDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(SignInDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.passwordLabel = QLabel(SignInDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(SignInDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.tokenLabel = QLabel(SignInDialog)
        self.tokenLabel.setObjectName(u"tokenLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tokenLabel)

        self.tokenEdit = QLineEdit(SignInDialog)
        self.tokenEdit.setObjectName(u"tokenEdit")
        self.tokenEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tokenEdit)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.tokenNotesLayout = QVBoxLayout()
        self.tokenNotesLayout.setSpacing(6)
        self.tokenNotesLayout.setObjectName(u"tokenNotesLayout")
        self.tokenError = QLabel(SignInDialog)
        self.tokenError.setObjectName(u"tokenError")
        self.tokenError.setTextFormat(Qt.TextFormat.PlainText)
        self.tokenError.setWordWrap(True)
        self.tokenError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tokenNotesLayout.addWidget(self.tokenError)

        self.tokenHint = QLabel(SignInDialog)
        self.tokenHint.setObjectName(u"tokenHint")
        self.tokenHint.setTextFormat(Qt.TextFormat.PlainText)
        self.tokenHint.setWordWrap(True)

        self.tokenNotesLayout.addWidget(self.tokenHint)


        self.dialogLayout.addLayout(self.tokenNotesLayout)

        self.bottomSpacer = QSpacerItem(0, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.statusLabel = QLabel(SignInDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.buttonsLayout.addWidget(self.statusLabel)

        self.signInButton = QPushButton(SignInDialog)
        self.signInButton.setObjectName(u"signInButton")

        self.buttonsLayout.addWidget(self.signInButton)

        self.buttonBox = QDialogButtonBox(SignInDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.emailLabel.setBuddy(self.emailEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.tokenLabel.setBuddy(self.tokenEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passwordModeRadio, self.tokenModeRadio)
        QWidget.setTabOrder(self.tokenModeRadio, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.tokenEdit)
        QWidget.setTabOrder(self.tokenEdit, self.signInButton)

        self.retranslateUi(SignInDialog)

        self.signInButton.setDefault(True)


        QMetaObject.connectSlotsByName(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Sign In", None))
        self.introLabel.setText(QCoreApplication.translate("SignInDialog", u"Sign in with your control panel e-mail address and password.", None))
#if QT_CONFIG(accessibility)
        self.messageIcon.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noticeLabel.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Notice", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.passwordModeRadio.setToolTip(QCoreApplication.translate("SignInDialog", u"Sign in with your control panel e-mail address and password (the password is used once and never stored)", None))
#endif // QT_CONFIG(tooltip)
        self.passwordModeRadio.setText(QCoreApplication.translate("SignInDialog", u"E-&mail and password", None))
#if QT_CONFIG(tooltip)
        self.tokenModeRadio.setToolTip(QCoreApplication.translate("SignInDialog", u"Sign in with a refresh token created on the control panel's JWT keys page", None))
#endif // QT_CONFIG(tooltip)
        self.tokenModeRadio.setText(QCoreApplication.translate("SignInDialog", u"Pasted &token", None))
        self.emailLabel.setText(QCoreApplication.translate("SignInDialog", u"&E-mail", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("SignInDialog", u"you@example.com", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("SignInDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("SignInDialog", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.tokenLabel.setText(QCoreApplication.translate("SignInDialog", u"&Refresh token", None))
        self.tokenEdit.setPlaceholderText(QCoreApplication.translate("SignInDialog", u"eyJ\u2026", None))
#if QT_CONFIG(accessibility)
        self.tokenEdit.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Refresh token", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tokenError.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Refresh token: problem", None))
#endif // QT_CONFIG(accessibility)
        self.tokenHint.setText(QCoreApplication.translate("SignInDialog", u"Create a refresh token on the control panel's JWT keys page and paste all of it here. The app keeps it in your keychain, never in a file.", None))
#if QT_CONFIG(accessibility)
        self.tokenHint.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Refresh token: hint", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.signInButton.setText(QCoreApplication.translate("SignInDialog", u"&Sign in", None))
    # retranslateUi

