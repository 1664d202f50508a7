# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sandbox_outbox.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtGui import (QIcon, QPixmap)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QFrame,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSplitter,
    QTabWidget, QTableWidget, QVBoxLayout, QWidget)
from . import resources_rc

class Ui_SandboxOutbox(object):
    def setupUi(self, SandboxOutbox):
        if not SandboxOutbox.objectName():
            SandboxOutbox.setObjectName(u"SandboxOutbox")
        SandboxOutbox.resize(820, 560)
        self.dialogLayout = QVBoxLayout(SandboxOutbox)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(SandboxOutbox)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.messageFrame = QFrame(SandboxOutbox)
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

        self.tabs = QTabWidget(SandboxOutbox)
        self.tabs.setObjectName(u"tabs")
        self.emailTab = QWidget()
        self.emailTab.setObjectName(u"emailTab")
        self.emailTabLayout = QVBoxLayout(self.emailTab)
        self.emailTabLayout.setObjectName(u"emailTabLayout")
        self.emailSplitter = QSplitter(self.emailTab)
        self.emailSplitter.setObjectName(u"emailSplitter")
        self.emailSplitter.setOrientation(Qt.Orientation.Vertical)
        self.emailSplitter.setChildrenCollapsible(False)
        self.emailView = QTableWidget(self.emailSplitter)
        self.emailView.setObjectName(u"emailView")
        self.emailView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.emailView.setAlternatingRowColors(True)
        self.emailView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.emailView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.emailView.setWordWrap(False)
        self.emailSplitter.addWidget(self.emailView)
        self.emailView.horizontalHeader().setStretchLastSection(True)
        self.emailView.verticalHeader().setVisible(False)
        self.emailTextBox = QWidget(self.emailSplitter)
        self.emailTextBox.setObjectName(u"emailTextBox")
        self.emailTextLayout = QVBoxLayout(self.emailTextBox)
        self.emailTextLayout.setObjectName(u"emailTextLayout")
        self.emailTextLayout.setContentsMargins(0, 0, 0, 0)
        self.emailTextLabel = QLabel(self.emailTextBox)
        self.emailTextLabel.setObjectName(u"emailTextLabel")

        self.emailTextLayout.addWidget(self.emailTextLabel)

        self.emailTextView = QPlainTextEdit(self.emailTextBox)
        self.emailTextView.setObjectName(u"emailTextView")
        self.emailTextView.setReadOnly(True)

        self.emailTextLayout.addWidget(self.emailTextView)

        self.emailSplitter.addWidget(self.emailTextBox)

        self.emailTabLayout.addWidget(self.emailSplitter)

        self.tabs.addTab(self.emailTab, "")
        self.smsTab = QWidget()
        self.smsTab.setObjectName(u"smsTab")
        self.smsTabLayout = QVBoxLayout(self.smsTab)
        self.smsTabLayout.setObjectName(u"smsTabLayout")
        self.smsView = QTableWidget(self.smsTab)
        self.smsView.setObjectName(u"smsView")
        self.smsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.smsView.setAlternatingRowColors(True)
        self.smsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.smsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.smsView.setWordWrap(False)
        self.smsView.horizontalHeader().setStretchLastSection(True)
        self.smsView.verticalHeader().setVisible(False)

        self.smsTabLayout.addWidget(self.smsView)

        self.tabs.addTab(self.smsTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.statusLabel = QLabel(SandboxOutbox)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.buttonsLayout.addWidget(self.statusLabel)

        self.refreshButton = QPushButton(SandboxOutbox)
        self.refreshButton.setObjectName(u"refreshButton")
        icon = QIcon()
        icon.addFile(u":/icons/refresh.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.refreshButton.setIcon(icon)

        self.buttonsLayout.addWidget(self.refreshButton)

        self.buttonBox = QDialogButtonBox(SandboxOutbox)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.emailTextLabel.setBuddy(self.emailTextView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.emailView)
        QWidget.setTabOrder(self.emailView, self.emailTextView)
        QWidget.setTabOrder(self.emailTextView, self.smsView)
        QWidget.setTabOrder(self.smsView, self.refreshButton)

        self.retranslateUi(SandboxOutbox)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SandboxOutbox)
    # setupUi

    def retranslateUi(self, SandboxOutbox):
        SandboxOutbox.setWindowTitle(QCoreApplication.translate("SandboxOutbox", u"Sandbox Outbox", None))
        self.introLabel.setText(QCoreApplication.translate("SandboxOutbox", u"What the sandbox kept instead of sending: the e-mails its mail catcher received and the SMS messages. Nothing here left this computer.", None))
#if QT_CONFIG(accessibility)
        self.messageIcon.setAccessibleName(QCoreApplication.translate("SandboxOutbox", u"Warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("SandboxOutbox", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emailView.setAccessibleName(QCoreApplication.translate("SandboxOutbox", u"E-mails", None))
#endif // QT_CONFIG(accessibility)
        self.emailTextLabel.setText(QCoreApplication.translate("SandboxOutbox", u"Message &text", None))
#if QT_CONFIG(accessibility)
        self.emailTextView.setAccessibleName(QCoreApplication.translate("SandboxOutbox", u"Message text", None))
#endif // QT_CONFIG(accessibility)
        self.emailTextView.setPlaceholderText(QCoreApplication.translate("SandboxOutbox", u"Select an e-mail to read it.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.emailTab), QCoreApplication.translate("SandboxOutbox", u"&E-mails", None))
#if QT_CONFIG(accessibility)
        self.smsView.setAccessibleName(QCoreApplication.translate("SandboxOutbox", u"SMS messages", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.smsTab), QCoreApplication.translate("SandboxOutbox", u"&SMS", None))
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("SandboxOutbox", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("SandboxOutbox", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("SandboxOutbox", u"Load the outboxes again from the sandbox.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

