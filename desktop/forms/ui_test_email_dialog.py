# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'test_email_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QFrame,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QTableWidget, QVBoxLayout, QWidget)
from . import resources_rc

class Ui_TestEmailDialog(object):
    def setupUi(self, TestEmailDialog):
        if not TestEmailDialog.objectName():
            TestEmailDialog.setObjectName(u"TestEmailDialog")
        TestEmailDialog.resize(860, 640)
        TestEmailDialog.setMinimumSize(QSize(640, 0))
        self.dialogLayout = QVBoxLayout(TestEmailDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(TestEmailDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.introLabel)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(12)
        self.fieldsLayout.setVerticalSpacing(4)
        self.recipientLabel = QLabel(TestEmailDialog)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.fieldsLayout.addWidget(self.recipientLabel, 0, 0, 1, 1)

        self.recipientEdit = QLineEdit(TestEmailDialog)
        self.recipientEdit.setObjectName(u"recipientEdit")
        self.recipientEdit.setClearButtonEnabled(True)

        self.fieldsLayout.addWidget(self.recipientEdit, 0, 1, 1, 1)

        self.recipientError = QLabel(TestEmailDialog)
        self.recipientError.setObjectName(u"recipientError")
        self.recipientError.setTextFormat(Qt.TextFormat.PlainText)
        self.recipientError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.recipientError, 1, 1, 1, 1)

        self.passwordLabel = QLabel(TestEmailDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.fieldsLayout.addWidget(self.passwordLabel, 2, 0, 1, 1)

        self.passwordEdit = QLineEdit(TestEmailDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.fieldsLayout.addWidget(self.passwordEdit, 2, 1, 1, 1)

        self.passwordHint = QLabel(TestEmailDialog)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setTextFormat(Qt.TextFormat.PlainText)
        self.passwordHint.setWordWrap(True)

        self.fieldsLayout.addWidget(self.passwordHint, 3, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.fieldsLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setSpacing(8)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.sendButton = QPushButton(TestEmailDialog)
        self.sendButton.setObjectName(u"sendButton")

        self.actionsLayout.addWidget(self.sendButton)

        self.checkButton = QPushButton(TestEmailDialog)
        self.checkButton.setObjectName(u"checkButton")

        self.actionsLayout.addWidget(self.checkButton)

        self.progressBar = QProgressBar(TestEmailDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(0)
        self.progressBar.setTextVisible(False)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.progressBar.sizePolicy().hasHeightForWidth())
        self.progressBar.setSizePolicy(sizePolicy)

        self.actionsLayout.addWidget(self.progressBar)

        self.cancelButton = QPushButton(TestEmailDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.actionsLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.actionsLayout)

        self.statusLabel = QLabel(TestEmailDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.resultFrame = QFrame(TestEmailDialog)
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


        self.resultLayout.addLayout(self.resultTextLayout)


        self.dialogLayout.addWidget(self.resultFrame)

        self.transcriptHeadLayout = QHBoxLayout()
        self.transcriptHeadLayout.setObjectName(u"transcriptHeadLayout")
        self.transcriptLabel = QLabel(TestEmailDialog)
        self.transcriptLabel.setObjectName(u"transcriptLabel")
        sizePolicy1.setHeightForWidth(self.transcriptLabel.sizePolicy().hasHeightForWidth())
        self.transcriptLabel.setSizePolicy(sizePolicy1)

        self.transcriptHeadLayout.addWidget(self.transcriptLabel)

        self.copyButton = QPushButton(TestEmailDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.transcriptHeadLayout.addWidget(self.copyButton)


        self.dialogLayout.addLayout(self.transcriptHeadLayout)

        self.transcriptView = QTableWidget(TestEmailDialog)
        self.transcriptView.setObjectName(u"transcriptView")
        self.transcriptView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.transcriptView.setAlternatingRowColors(True)
        self.transcriptView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.transcriptView.setWordWrap(True)
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.transcriptView.sizePolicy().hasHeightForWidth())
        self.transcriptView.setSizePolicy(sizePolicy2)
        self.transcriptView.horizontalHeader().setStretchLastSection(True)
        self.transcriptView.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.transcriptView)

        self.buttonBox = QDialogButtonBox(TestEmailDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.recipientLabel.setBuddy(self.recipientEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.transcriptLabel.setBuddy(self.transcriptView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recipientEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.sendButton)
        QWidget.setTabOrder(self.sendButton, self.checkButton)
        QWidget.setTabOrder(self.checkButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.followUpButton)
        QWidget.setTabOrder(self.followUpButton, self.transcriptView)
        QWidget.setTabOrder(self.transcriptView, self.copyButton)

        self.retranslateUi(TestEmailDialog)

        QMetaObject.connectSlotsByName(TestEmailDialog)
    # setupUi

    def retranslateUi(self, TestEmailDialog):
        TestEmailDialog.setWindowTitle(QCoreApplication.translate("TestEmailDialog", u"Test Email", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("TestEmailDialog", u"About this test", None))
#endif // QT_CONFIG(accessibility)
        self.recipientLabel.setText(QCoreApplication.translate("TestEmailDialog", u"Send &to", None))
#if QT_CONFIG(tooltip)
        self.recipientEdit.setToolTip(QCoreApplication.translate("TestEmailDialog", u"Where the test e-mail goes; the From Address unless you type another address.", None))
#endif // QT_CONFIG(tooltip)
        self.recipientEdit.setPlaceholderText(QCoreApplication.translate("TestEmailDialog", u"e.g. noc@example.com", None))
#if QT_CONFIG(accessibility)
        self.recipientError.setAccessibleName(QCoreApplication.translate("TestEmailDialog", u"Send to: problem", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("TestEmailDialog", u"&Password for this check (not saved)", None))
#if QT_CONFIG(tooltip)
        self.passwordEdit.setToolTip(QCoreApplication.translate("TestEmailDialog", u"Only for \u201cCheck from this computer\u201d: the saved password never leaves the server. Leave empty to check without logging in.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.passwordHint.setAccessibleName(QCoreApplication.translate("TestEmailDialog", u"Password for this check: note", None))
#endif // QT_CONFIG(accessibility)
        self.sendButton.setText(QCoreApplication.translate("TestEmailDialog", u"&Send", None))
#if QT_CONFIG(tooltip)
        self.sendButton.setToolTip(QCoreApplication.translate("TestEmailDialog", u"Ask the server to send a test e-mail with the saved SMTP details.", None))
#endif // QT_CONFIG(tooltip)
        self.checkButton.setText(QCoreApplication.translate("TestEmailDialog", u"Check from this co&mputer", None))
#if QT_CONFIG(tooltip)
        self.checkButton.setToolTip(QCoreApplication.translate("TestEmailDialog", u"Talk to the mail server from this computer, up to the recipient, without sending.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("TestEmailDialog", u"Waiting for the answer", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("TestEmailDialog", u"&Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("TestEmailDialog", u"Stop waiting for this answer (the server may still finish the test).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("TestEmailDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultIcon.setAccessibleName(QCoreApplication.translate("TestEmailDialog", u"Result", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultHeading.setAccessibleName(QCoreApplication.translate("TestEmailDialog", u"Result", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("TestEmailDialog", u"Summary", None))
#endif // QT_CONFIG(accessibility)
        self.followUpButton.setText(QCoreApplication.translate("TestEmailDialog", u"Edit SMTP Details\u2026", None))
#if QT_CONFIG(tooltip)
        self.followUpButton.setToolTip(QCoreApplication.translate("TestEmailDialog", u"Opens what the result above mentions.", None))
#endif // QT_CONFIG(tooltip)
        self.transcriptLabel.setText(QCoreApplication.translate("TestEmailDialog", u"T&ranscript", None))
        self.copyButton.setText(QCoreApplication.translate("TestEmailDialog", u"Cop&y transcript", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("TestEmailDialog", u"Put the whole conversation on the clipboard as text.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.transcriptView.setAccessibleName(QCoreApplication.translate("TestEmailDialog", u"Transcript", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

