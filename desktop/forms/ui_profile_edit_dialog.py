# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_edit_dialog.ui'
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

class Ui_ProfileEditDialog(object):
    def setupUi(self, ProfileEditDialog):
        if not ProfileEditDialog.objectName():
            ProfileEditDialog.setObjectName(u"ProfileEditDialog")
        ProfileEditDialog.resize(560, 300)
        ProfileEditDialog.setMinimumSize(QSize(560, 0))
        self.dialogLayout = QVBoxLayout(ProfileEditDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.messageFrame = QFrame(ProfileEditDialog)
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

        self.introLabel = QLabel(ProfileEditDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(12)
        self.fieldsLayout.setVerticalSpacing(4)
        self.nameLabel = QLabel(ProfileEditDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsLayout.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(ProfileEditDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.fieldsLayout.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.nameError = QLabel(ProfileEditDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setTextFormat(Qt.TextFormat.PlainText)
        self.nameError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.nameError, 1, 1, 1, 1)

        self.urlLabel = QLabel(ProfileEditDialog)
        self.urlLabel.setObjectName(u"urlLabel")

        self.fieldsLayout.addWidget(self.urlLabel, 2, 0, 1, 1)

        self.urlEdit = QLineEdit(ProfileEditDialog)
        self.urlEdit.setObjectName(u"urlEdit")

        self.fieldsLayout.addWidget(self.urlEdit, 2, 1, 1, 1)

        self.urlHint = QLabel(ProfileEditDialog)
        self.urlHint.setObjectName(u"urlHint")
        self.urlHint.setWordWrap(True)
        self.urlHint.setTextFormat(Qt.TextFormat.PlainText)
        self.urlHint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.urlHint, 3, 1, 1, 1)

        self.urlWarning = QLabel(ProfileEditDialog)
        self.urlWarning.setObjectName(u"urlWarning")
        self.urlWarning.setWordWrap(True)
        self.urlWarning.setTextFormat(Qt.TextFormat.PlainText)
        self.urlWarning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.urlWarning, 4, 1, 1, 1)

        self.urlError = QLabel(ProfileEditDialog)
        self.urlError.setObjectName(u"urlError")
        self.urlError.setWordWrap(True)
        self.urlError.setTextFormat(Qt.TextFormat.PlainText)
        self.urlError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.urlError, 5, 1, 1, 1)

        self.emailLabel = QLabel(ProfileEditDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.fieldsLayout.addWidget(self.emailLabel, 6, 0, 1, 1)

        self.emailEdit = QLineEdit(ProfileEditDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.fieldsLayout.addWidget(self.emailEdit, 6, 1, 1, 1)

        self.emailError = QLabel(ProfileEditDialog)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)
        self.emailError.setTextFormat(Qt.TextFormat.PlainText)
        self.emailError.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.emailError, 7, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.fieldsLayout)

        self.bottomSpacer = QSpacerItem(0, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ProfileEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.urlLabel.setBuddy(self.urlEdit)
        self.emailLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.urlEdit)
        QWidget.setTabOrder(self.urlEdit, self.emailEdit)

        self.retranslateUi(ProfileEditDialog)

        QMetaObject.connectSlotsByName(ProfileEditDialog)
    # setupUi

    def retranslateUi(self, ProfileEditDialog):
        ProfileEditDialog.setWindowTitle(QCoreApplication.translate("ProfileEditDialog", u"Profile", None))
#if QT_CONFIG(accessibility)
        self.messageIcon.setAccessibleName(QCoreApplication.translate("ProfileEditDialog", u"Warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("ProfileEditDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("ProfileEditDialog", u"Where the account service is, and the e-mail address you sign in with. Your password is never stored; the app keeps only a sign-in token in the system keychain.", None))
        self.nameLabel.setText(QCoreApplication.translate("ProfileEditDialog", u"&Name", None))
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("ProfileEditDialog", u"What you call this server, e.g. Northwind production.", None))
#endif // QT_CONFIG(tooltip)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ProfileEditDialog", u"e.g. Northwind production", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("ProfileEditDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nameError.setAccessibleName(QCoreApplication.translate("ProfileEditDialog", u"Name: problem", None))
#endif // QT_CONFIG(accessibility)
        self.urlLabel.setText(QCoreApplication.translate("ProfileEditDialog", u"Server &address", None))
#if QT_CONFIG(tooltip)
        self.urlEdit.setToolTip(QCoreApplication.translate("ProfileEditDialog", u"The account API's address. A host name alone is enough: https:// and /api/cp/ are added.", None))
#endif // QT_CONFIG(tooltip)
        self.urlEdit.setPlaceholderText(QCoreApplication.translate("ProfileEditDialog", u"e.g. app.connexcs.com", None))
#if QT_CONFIG(accessibility)
        self.urlEdit.setAccessibleName(QCoreApplication.translate("ProfileEditDialog", u"Server address", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.urlHint.setAccessibleName(QCoreApplication.translate("ProfileEditDialog", u"Server address: saved as", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.urlWarning.setAccessibleName(QCoreApplication.translate("ProfileEditDialog", u"Server address: warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.urlError.setAccessibleName(QCoreApplication.translate("ProfileEditDialog", u"Server address: problem", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("ProfileEditDialog", u"&E-mail", None))
#if QT_CONFIG(tooltip)
        self.emailEdit.setToolTip(QCoreApplication.translate("ProfileEditDialog", u"The control panel e-mail address you sign in with (optional; asked at sign-in otherwise).", None))
#endif // QT_CONFIG(tooltip)
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("ProfileEditDialog", u"e.g. noc@example.com", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("ProfileEditDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emailError.setAccessibleName(QCoreApplication.translate("ProfileEditDialog", u"E-mail: problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

