# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'smtp_section.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtGui import (QIcon, QPixmap)
from PySide6.QtWidgets import (QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout,
    QWidget)
from . import resources_rc

class Ui_SmtpSection(object):
    def setupUi(self, SmtpSection):
        if not SmtpSection.objectName():
            SmtpSection.setObjectName(u"SmtpSection")
        SmtpSection.resize(1040, 220)
        self.smtpSectionLayout = QVBoxLayout(SmtpSection)
        self.smtpSectionLayout.setObjectName(u"smtpSectionLayout")
        self.smtpSectionLayout.setContentsMargins(0, 0, 0, 0)
        self.smtpGroup = QGroupBox(SmtpSection)
        self.smtpGroup.setObjectName(u"smtpGroup")
        self.smtpLayout = QVBoxLayout(self.smtpGroup)
        self.smtpLayout.setObjectName(u"smtpLayout")
        self.smtpTopLayout = QHBoxLayout()
        self.smtpTopLayout.setSpacing(12)
        self.smtpTopLayout.setObjectName(u"smtpTopLayout")
        self.smtpForm = QFormLayout()
        self.smtpForm.setObjectName(u"smtpForm")
        self.smtpForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.smtpForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.smtpForm.setHorizontalSpacing(16)
        self.smtpForm.setVerticalSpacing(6)
        self.smtpFromAddressLabel = QLabel(self.smtpGroup)
        self.smtpFromAddressLabel.setObjectName(u"smtpFromAddressLabel")

        self.smtpForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.smtpFromAddressLabel)

        self.smtpFromAddressValue = QLabel(self.smtpGroup)
        self.smtpFromAddressValue.setObjectName(u"smtpFromAddressValue")
        self.smtpFromAddressValue.setTextFormat(Qt.TextFormat.PlainText)
        self.smtpFromAddressValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.smtpForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.smtpFromAddressValue)

        self.smtpUsernameLabel = QLabel(self.smtpGroup)
        self.smtpUsernameLabel.setObjectName(u"smtpUsernameLabel")

        self.smtpForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.smtpUsernameLabel)

        self.smtpUsernameValue = QLabel(self.smtpGroup)
        self.smtpUsernameValue.setObjectName(u"smtpUsernameValue")
        self.smtpUsernameValue.setTextFormat(Qt.TextFormat.PlainText)
        self.smtpUsernameValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.smtpForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.smtpUsernameValue)

        self.smtpPasswordLabel = QLabel(self.smtpGroup)
        self.smtpPasswordLabel.setObjectName(u"smtpPasswordLabel")

        self.smtpForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.smtpPasswordLabel)

        self.smtpPasswordValue = QLabel(self.smtpGroup)
        self.smtpPasswordValue.setObjectName(u"smtpPasswordValue")
        self.smtpPasswordValue.setTextFormat(Qt.TextFormat.PlainText)
        self.smtpPasswordValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.smtpForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.smtpPasswordValue)

        self.smtpServerLabel = QLabel(self.smtpGroup)
        self.smtpServerLabel.setObjectName(u"smtpServerLabel")

        self.smtpForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.smtpServerLabel)

        self.smtpServerLayout = QVBoxLayout()
        self.smtpServerLayout.setSpacing(2)
        self.smtpServerLayout.setObjectName(u"smtpServerLayout")
        self.smtpServerValue = QLabel(self.smtpGroup)
        self.smtpServerValue.setObjectName(u"smtpServerValue")
        self.smtpServerValue.setTextFormat(Qt.TextFormat.PlainText)
        self.smtpServerValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.smtpServerLayout.addWidget(self.smtpServerValue)

        self.smtpServerReading = QLabel(self.smtpGroup)
        self.smtpServerReading.setObjectName(u"smtpServerReading")
        self.smtpServerReading.setTextFormat(Qt.TextFormat.PlainText)
        self.smtpServerReading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.smtpServerLayout.addWidget(self.smtpServerReading)


        self.smtpForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.smtpServerLayout)

        self.smsFromLabel = QLabel(self.smtpGroup)
        self.smsFromLabel.setObjectName(u"smsFromLabel")

        self.smtpForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.smsFromLabel)

        self.smsFromValue = QLabel(self.smtpGroup)
        self.smsFromValue.setObjectName(u"smsFromValue")
        self.smsFromValue.setTextFormat(Qt.TextFormat.PlainText)
        self.smsFromValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.smtpForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.smsFromValue)


        self.smtpTopLayout.addLayout(self.smtpForm)

        self.smtpTestLayout = QVBoxLayout()
        self.smtpTestLayout.setSpacing(6)
        self.smtpTestLayout.setObjectName(u"smtpTestLayout")
        self.testEmailButton = QPushButton(self.smtpGroup)
        self.testEmailButton.setObjectName(u"testEmailButton")
        self.testEmailButton.setEnabled(False)

        self.smtpTestLayout.addWidget(self.testEmailButton)

        self.testSmsButton = QPushButton(self.smtpGroup)
        self.testSmsButton.setObjectName(u"testSmsButton")
        self.testSmsButton.setEnabled(False)

        self.smtpTestLayout.addWidget(self.testSmsButton)

        self.smtpTestSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.smtpTestLayout.addItem(self.smtpTestSpacer)


        self.smtpTopLayout.addLayout(self.smtpTestLayout)

        self.smtpButtonLayout = QVBoxLayout()
        self.smtpButtonLayout.setObjectName(u"smtpButtonLayout")
        self.editSmtpButton = QToolButton(self.smtpGroup)
        self.editSmtpButton.setObjectName(u"editSmtpButton")
        self.editSmtpButton.setEnabled(False)
        icon = QIcon()
        icon.addFile(u":/icons/edit.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.editSmtpButton.setIcon(icon)
        self.editSmtpButton.setIconSize(QSize(20, 20))
        self.editSmtpButton.setAutoRaise(True)

        self.smtpButtonLayout.addWidget(self.editSmtpButton)

        self.smtpButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.smtpButtonLayout.addItem(self.smtpButtonSpacer)


        self.smtpTopLayout.addLayout(self.smtpButtonLayout)

        self.smtpTopLayout.setStretch(0, 1)

        self.smtpLayout.addLayout(self.smtpTopLayout)

        self.smtpTestNotice = QFrame(self.smtpGroup)
        self.smtpTestNotice.setObjectName(u"smtpTestNotice")
        self.smtpTestNotice.setFrameShape(QFrame.Shape.StyledPanel)
        self.smtpTestNoticeLayout = QHBoxLayout(self.smtpTestNotice)
        self.smtpTestNoticeLayout.setSpacing(8)
        self.smtpTestNoticeLayout.setObjectName(u"smtpTestNoticeLayout")
        self.smtpTestNoticeLayout.setContentsMargins(6, 4, 6, 4)
        self.smtpTestNoticeIcon = QLabel(self.smtpTestNotice)
        self.smtpTestNoticeIcon.setObjectName(u"smtpTestNoticeIcon")
        self.smtpTestNoticeIcon.setMinimumSize(QSize(18, 18))
        self.smtpTestNoticeIcon.setMaximumSize(QSize(18, 18))
        self.smtpTestNoticeIcon.setPixmap(QPixmap(u":/icons/warning.svg"))
        self.smtpTestNoticeIcon.setScaledContents(True)

        self.smtpTestNoticeLayout.addWidget(self.smtpTestNoticeIcon, 0, Qt.AlignmentFlag.AlignTop)

        self.smtpTestNote = QLabel(self.smtpTestNotice)
        self.smtpTestNote.setObjectName(u"smtpTestNote")
        self.smtpTestNote.setTextFormat(Qt.TextFormat.PlainText)
        self.smtpTestNote.setWordWrap(True)
        self.smtpTestNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.smtpTestNote.sizePolicy().hasHeightForWidth())
        self.smtpTestNote.setSizePolicy(sizePolicy)

        self.smtpTestNoticeLayout.addWidget(self.smtpTestNote)


        self.smtpLayout.addWidget(self.smtpTestNotice)


        self.smtpSectionLayout.addWidget(self.smtpGroup)

#if QT_CONFIG(shortcut)
        self.smtpFromAddressLabel.setBuddy(self.smtpFromAddressValue)
        self.smtpUsernameLabel.setBuddy(self.smtpUsernameValue)
        self.smtpPasswordLabel.setBuddy(self.smtpPasswordValue)
        self.smtpServerLabel.setBuddy(self.smtpServerValue)
        self.smsFromLabel.setBuddy(self.smsFromValue)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.testEmailButton, self.testSmsButton)
        QWidget.setTabOrder(self.testSmsButton, self.editSmtpButton)

        self.retranslateUi(SmtpSection)

        QMetaObject.connectSlotsByName(SmtpSection)
    # setupUi

    def retranslateUi(self, SmtpSection):
        self.smtpGroup.setTitle(QCoreApplication.translate("SmtpSection", u"SMTP details", None))
        self.smtpFromAddressLabel.setText(QCoreApplication.translate("SmtpSection", u"From Address", None))
#if QT_CONFIG(accessibility)
        self.smtpFromAddressValue.setAccessibleName(QCoreApplication.translate("SmtpSection", u"From Address", None))
#endif // QT_CONFIG(accessibility)
        self.smtpUsernameLabel.setText(QCoreApplication.translate("SmtpSection", u"Username", None))
#if QT_CONFIG(accessibility)
        self.smtpUsernameValue.setAccessibleName(QCoreApplication.translate("SmtpSection", u"Username", None))
#endif // QT_CONFIG(accessibility)
        self.smtpPasswordLabel.setText(QCoreApplication.translate("SmtpSection", u"Password", None))
#if QT_CONFIG(accessibility)
        self.smtpPasswordValue.setAccessibleName(QCoreApplication.translate("SmtpSection", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.smtpServerLabel.setText(QCoreApplication.translate("SmtpSection", u"Server", None))
#if QT_CONFIG(accessibility)
        self.smtpServerValue.setAccessibleName(QCoreApplication.translate("SmtpSection", u"Server", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.smtpServerReading.setAccessibleName(QCoreApplication.translate("SmtpSection", u"Server: how the app reads it", None))
#endif // QT_CONFIG(accessibility)
        self.smsFromLabel.setText(QCoreApplication.translate("SmtpSection", u"SMS From", None))
#if QT_CONFIG(accessibility)
        self.smsFromValue.setAccessibleName(QCoreApplication.translate("SmtpSection", u"SMS From", None))
#endif // QT_CONFIG(accessibility)
        self.testEmailButton.setText(QCoreApplication.translate("SmtpSection", u"&Test Email\u2026", None))
#if QT_CONFIG(tooltip)
        self.testEmailButton.setToolTip(QCoreApplication.translate("SmtpSection", u"Send a test e-mail with the saved SMTP details and see the whole conversation.", None))
#endif // QT_CONFIG(tooltip)
        self.testSmsButton.setText(QCoreApplication.translate("SmtpSection", u"Test S&MS\u2026", None))
#if QT_CONFIG(tooltip)
        self.testSmsButton.setToolTip(QCoreApplication.translate("SmtpSection", u"Send a test SMS from the saved SMS From.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.editSmtpButton.setToolTip(QCoreApplication.translate("SmtpSection", u"Edit SMTP details\u2026", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.editSmtpButton.setAccessibleName(QCoreApplication.translate("SmtpSection", u"Edit SMTP details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.smtpTestNoticeIcon.setAccessibleName(QCoreApplication.translate("SmtpSection", u"Warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.smtpTestNote.setAccessibleName(QCoreApplication.translate("SmtpSection", u"Why testing is unavailable", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

