# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'test_sms_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QFrame,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)
from . import resources_rc

class Ui_TestSmsDialog(object):
    def setupUi(self, TestSmsDialog):
        if not TestSmsDialog.objectName():
            TestSmsDialog.setObjectName(u"TestSmsDialog")
        TestSmsDialog.resize(560, 320)
        TestSmsDialog.setMinimumSize(QSize(560, 0))
        self.dialogLayout = QVBoxLayout(TestSmsDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(TestSmsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.introLabel)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(12)
        self.fieldsLayout.setVerticalSpacing(4)
        self.recipientLabel = QLabel(TestSmsDialog)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.fieldsLayout.addWidget(self.recipientLabel, 0, 0, 1, 1)

        self.recipientEdit = QLineEdit(TestSmsDialog)
        self.recipientEdit.setObjectName(u"recipientEdit")
        self.recipientEdit.setClearButtonEnabled(True)

        self.fieldsLayout.addWidget(self.recipientEdit, 0, 1, 1, 1)

        self.recipientHint = QLabel(TestSmsDialog)
        self.recipientHint.setObjectName(u"recipientHint")
        self.recipientHint.setTextFormat(Qt.TextFormat.PlainText)
        self.recipientHint.setWordWrap(True)
        self.recipientHint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.recipientHint, 1, 1, 1, 1)

        self.recipientError = QLabel(TestSmsDialog)
        self.recipientError.setObjectName(u"recipientError")
        self.recipientError.setTextFormat(Qt.TextFormat.PlainText)
        self.recipientError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.recipientError, 2, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.fieldsLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setSpacing(8)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.sendButton = QPushButton(TestSmsDialog)
        self.sendButton.setObjectName(u"sendButton")

        self.actionsLayout.addWidget(self.sendButton)

        self.progressBar = QProgressBar(TestSmsDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(0)
        self.progressBar.setTextVisible(False)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.progressBar.sizePolicy().hasHeightForWidth())
        self.progressBar.setSizePolicy(sizePolicy)

        self.actionsLayout.addWidget(self.progressBar)

        self.cancelButton = QPushButton(TestSmsDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.actionsLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.actionsLayout)

        self.statusLabel = QLabel(TestSmsDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.resultFrame = QFrame(TestSmsDialog)
        self.resultFrame.setObjectName(u"resultFrame")
        self.resultFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.resultLayout = QHBoxLayout(self.resultFrame)
        self.resultLayout.setSpacing(10)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultIcon = QLabel(self.resultFrame)
        self.resultIcon.setObjectName(u"resultIcon")
        self.resultIcon.setMinimumSize(QSize(32, 32))
        self.resultIcon.setMaximumSize(QSize(32, 32))
        self.resultIcon.setScaledContents(True)

        self.resultLayout.addWidget(self.resultIcon, 0, Qt.AlignmentFlag.AlignTop)

        self.resultTextLayout = QVBoxLayout()
        self.resultTextLayout.setSpacing(4)
        self.resultTextLayout.setObjectName(u"resultTextLayout")
        self.resultHeading = QLabel(self.resultFrame)
        self.resultHeading.setObjectName(u"resultHeading")
        self.resultHeading.setTextFormat(Qt.TextFormat.PlainText)
        self.resultHeading.setWordWrap(True)
        self.resultHeading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.resultTextLayout.addWidget(self.resultHeading)

        self.summaryLabel = QLabel(self.resultFrame)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy1)

        self.resultTextLayout.addWidget(self.summaryLabel)

        self.followUpButton = QPushButton(self.resultFrame)
        self.followUpButton.setObjectName(u"followUpButton")
        self.followUpButton.setAutoDefault(False)

        self.resultTextLayout.addWidget(self.followUpButton, 0, Qt.AlignmentFlag.AlignLeft)

        self.detailsWidget = QWidget(self.resultFrame)
        self.detailsWidget.setObjectName(u"detailsWidget")
        self.detailsLayout = QFormLayout(self.detailsWidget)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setHorizontalSpacing(12)
        self.detailsLayout.setVerticalSpacing(4)
        self.detailsLayout.setContentsMargins(0, 0, 0, 0)
        self.providerLabel = QLabel(self.detailsWidget)
        self.providerLabel.setObjectName(u"providerLabel")

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.providerLabel)

        self.providerValue = QLabel(self.detailsWidget)
        self.providerValue.setObjectName(u"providerValue")
        self.providerValue.setTextFormat(Qt.TextFormat.PlainText)
        self.providerValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.providerValue)

        self.providerStatusLabel = QLabel(self.detailsWidget)
        self.providerStatusLabel.setObjectName(u"providerStatusLabel")

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.providerStatusLabel)

        self.providerStatusValue = QLabel(self.detailsWidget)
        self.providerStatusValue.setObjectName(u"providerStatusValue")
        self.providerStatusValue.setTextFormat(Qt.TextFormat.PlainText)
        self.providerStatusValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.providerStatusValue)

        self.messageIdLabel = QLabel(self.detailsWidget)
        self.messageIdLabel.setObjectName(u"messageIdLabel")

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.messageIdLabel)

        self.messageIdValue = QLabel(self.detailsWidget)
        self.messageIdValue.setObjectName(u"messageIdValue")
        self.messageIdValue.setTextFormat(Qt.TextFormat.PlainText)
        self.messageIdValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.messageIdValue)


        self.resultTextLayout.addWidget(self.detailsWidget)


        self.resultLayout.addLayout(self.resultTextLayout)


        self.dialogLayout.addWidget(self.resultFrame)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(TestSmsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.recipientLabel.setBuddy(self.recipientEdit)
        self.providerLabel.setBuddy(self.providerValue)
        self.providerStatusLabel.setBuddy(self.providerStatusValue)
        self.messageIdLabel.setBuddy(self.messageIdValue)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recipientEdit, self.sendButton)
        QWidget.setTabOrder(self.sendButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.followUpButton)

        self.retranslateUi(TestSmsDialog)

        QMetaObject.connectSlotsByName(TestSmsDialog)
    # setupUi

    def retranslateUi(self, TestSmsDialog):
        TestSmsDialog.setWindowTitle(QCoreApplication.translate("TestSmsDialog", u"Test SMS", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("TestSmsDialog", u"About this test", None))
#endif // QT_CONFIG(accessibility)
        self.recipientLabel.setText(QCoreApplication.translate("TestSmsDialog", u"Send &to", None))
#if QT_CONFIG(tooltip)
        self.recipientEdit.setToolTip(QCoreApplication.translate("TestSmsDialog", u"The mobile number the test SMS goes to, with + and the country code.", None))
#endif // QT_CONFIG(tooltip)
        self.recipientEdit.setPlaceholderText(QCoreApplication.translate("TestSmsDialog", u"e.g. +44 7911 123456", None))
#if QT_CONFIG(accessibility)
        self.recipientHint.setAccessibleName(QCoreApplication.translate("TestSmsDialog", u"Send to: how the app reads it", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recipientError.setAccessibleName(QCoreApplication.translate("TestSmsDialog", u"Send to: problem", None))
#endif // QT_CONFIG(accessibility)
        self.sendButton.setText(QCoreApplication.translate("TestSmsDialog", u"&Send", None))
#if QT_CONFIG(tooltip)
        self.sendButton.setToolTip(QCoreApplication.translate("TestSmsDialog", u"Ask the server to send a test SMS from the saved SMS From.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("TestSmsDialog", u"Waiting for the answer", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("TestSmsDialog", u"&Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("TestSmsDialog", u"Stop waiting for this answer (the server may still finish the test).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("TestSmsDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultIcon.setAccessibleName(QCoreApplication.translate("TestSmsDialog", u"Result", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultHeading.setAccessibleName(QCoreApplication.translate("TestSmsDialog", u"Result", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("TestSmsDialog", u"Summary", None))
#endif // QT_CONFIG(accessibility)
        self.followUpButton.setText(QCoreApplication.translate("TestSmsDialog", u"Edit SMTP Details\u2026", None))
#if QT_CONFIG(tooltip)
        self.followUpButton.setToolTip(QCoreApplication.translate("TestSmsDialog", u"Opens what the result above mentions.", None))
#endif // QT_CONFIG(tooltip)
        self.providerLabel.setText(QCoreApplication.translate("TestSmsDialog", u"Pro&vider", None))
#if QT_CONFIG(accessibility)
        self.providerValue.setAccessibleName(QCoreApplication.translate("TestSmsDialog", u"Provider", None))
#endif // QT_CONFIG(accessibility)
        self.providerStatusLabel.setText(QCoreApplication.translate("TestSmsDialog", u"Provider stat&us", None))
#if QT_CONFIG(accessibility)
        self.providerStatusValue.setAccessibleName(QCoreApplication.translate("TestSmsDialog", u"Provider status", None))
#endif // QT_CONFIG(accessibility)
        self.messageIdLabel.setText(QCoreApplication.translate("TestSmsDialog", u"&Message ID", None))
#if QT_CONFIG(accessibility)
        self.messageIdValue.setAccessibleName(QCoreApplication.translate("TestSmsDialog", u"Message ID", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

