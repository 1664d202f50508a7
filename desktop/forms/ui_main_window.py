# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QRect, QSize, Qt)
from PySide6.QtGui import (QAction, QIcon, QPixmap)
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QMenu,
    QMenuBar, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QStatusBar,
    QToolBar, QVBoxLayout, QWidget)
from . import resources_rc

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1060, 860)
        icon = QIcon()
        icon.addFile(u":/icons/app.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        MainWindow.setWindowIcon(icon)
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
        icon1 = QIcon()
        icon1.addFile(u":/icons/refresh.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.actionRefresh.setIcon(icon1)
        self.actionSandboxOutbox = QAction(MainWindow)
        self.actionSandboxOutbox.setObjectName(u"actionSandboxOutbox")
        self.actionSandboxOutbox.setVisible(False)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionQuit.setMenuRole(QAction.MenuRole.QuitRole)
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(6)
        self.centralLayout.setObjectName(u"centralLayout")
        self.errorBanner = QFrame(self.centralwidget)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setFrameShape(QFrame.Shape.StyledPanel)
        self.errorBannerLayout = QHBoxLayout(self.errorBanner)
        self.errorBannerLayout.setSpacing(8)
        self.errorBannerLayout.setObjectName(u"errorBannerLayout")
        self.errorIcon = QLabel(self.errorBanner)
        self.errorIcon.setObjectName(u"errorIcon")
        self.errorIcon.setMinimumSize(QSize(18, 18))
        self.errorIcon.setMaximumSize(QSize(18, 18))
        self.errorIcon.setPixmap(QPixmap(u":/icons/warning.svg"))
        self.errorIcon.setScaledContents(True)

        self.errorBannerLayout.addWidget(self.errorIcon, 0, Qt.AlignmentFlag.AlignTop)

        self.errorLabel = QLabel(self.errorBanner)
        self.errorLabel.setObjectName(u"errorLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.errorLabel.sizePolicy().hasHeightForWidth())
        self.errorLabel.setSizePolicy(sizePolicy)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.errorBannerLayout.addWidget(self.errorLabel)

        self.retryButton = QPushButton(self.errorBanner)
        self.retryButton.setObjectName(u"retryButton")

        self.errorBannerLayout.addWidget(self.retryButton, 0, Qt.AlignmentFlag.AlignTop)


        self.centralLayout.addWidget(self.errorBanner)

        self.outboxBar = QFrame(self.centralwidget)
        self.outboxBar.setObjectName(u"outboxBar")
        self.outboxBar.setFrameShape(QFrame.Shape.StyledPanel)
        self.outboxBarLayout = QHBoxLayout(self.outboxBar)
        self.outboxBarLayout.setSpacing(8)
        self.outboxBarLayout.setObjectName(u"outboxBarLayout")
        self.outboxIcon = QLabel(self.outboxBar)
        self.outboxIcon.setObjectName(u"outboxIcon")
        self.outboxIcon.setMinimumSize(QSize(18, 18))
        self.outboxIcon.setMaximumSize(QSize(18, 18))
        self.outboxIcon.setPixmap(QPixmap(u":/icons/edit.svg"))
        self.outboxIcon.setScaledContents(True)

        self.outboxBarLayout.addWidget(self.outboxIcon, 0, Qt.AlignmentFlag.AlignTop)

        self.outboxLabel = QLabel(self.outboxBar)
        self.outboxLabel.setObjectName(u"outboxLabel")
        sizePolicy.setHeightForWidth(self.outboxLabel.sizePolicy().hasHeightForWidth())
        self.outboxLabel.setSizePolicy(sizePolicy)
        self.outboxLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.outboxLabel.setWordWrap(True)
        self.outboxLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outboxBarLayout.addWidget(self.outboxLabel)

        self.reviewButton = QPushButton(self.outboxBar)
        self.reviewButton.setObjectName(u"reviewButton")

        self.outboxBarLayout.addWidget(self.reviewButton, 0, Qt.AlignmentFlag.AlignTop)


        self.centralLayout.addWidget(self.outboxBar)

        self.scrollArea = QScrollArea(self.centralwidget)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.sectionsLayout = QGridLayout(self.scrollContents)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.sectionsLayout.setHorizontalSpacing(12)
        self.sectionsLayout.setVerticalSpacing(12)
        self.companySlot = QWidget(self.scrollContents)
        self.companySlot.setObjectName(u"companySlot")
        self.companySlotLayout = QVBoxLayout(self.companySlot)
        self.companySlotLayout.setObjectName(u"companySlotLayout")
        self.companySlotLayout.setContentsMargins(0, 0, 0, 0)

        self.sectionsLayout.addWidget(self.companySlot, 0, 0, 1, 1)

        self.generalSlot = QWidget(self.scrollContents)
        self.generalSlot.setObjectName(u"generalSlot")
        self.generalSlotLayout = QVBoxLayout(self.generalSlot)
        self.generalSlotLayout.setObjectName(u"generalSlotLayout")
        self.generalSlotLayout.setContentsMargins(0, 0, 0, 0)

        self.sectionsLayout.addWidget(self.generalSlot, 0, 1, 1, 1)

        self.addressSlot = QWidget(self.scrollContents)
        self.addressSlot.setObjectName(u"addressSlot")
        self.addressSlotLayout = QVBoxLayout(self.addressSlot)
        self.addressSlotLayout.setObjectName(u"addressSlotLayout")
        self.addressSlotLayout.setContentsMargins(0, 0, 0, 0)

        self.sectionsLayout.addWidget(self.addressSlot, 1, 0, 1, 1)

        self.contactSlot = QWidget(self.scrollContents)
        self.contactSlot.setObjectName(u"contactSlot")
        self.contactSlotLayout = QVBoxLayout(self.contactSlot)
        self.contactSlotLayout.setObjectName(u"contactSlotLayout")
        self.contactSlotLayout.setContentsMargins(0, 0, 0, 0)

        self.sectionsLayout.addWidget(self.contactSlot, 1, 1, 1, 1)

        self.smtpSlot = QWidget(self.scrollContents)
        self.smtpSlot.setObjectName(u"smtpSlot")
        self.smtpSlotLayout = QVBoxLayout(self.smtpSlot)
        self.smtpSlotLayout.setObjectName(u"smtpSlotLayout")
        self.smtpSlotLayout.setContentsMargins(0, 0, 0, 0)

        self.sectionsLayout.addWidget(self.smtpSlot, 2, 0, 1, 2)

        self.packagesSlot = QWidget(self.scrollContents)
        self.packagesSlot.setObjectName(u"packagesSlot")
        self.packagesSlotLayout = QVBoxLayout(self.packagesSlot)
        self.packagesSlotLayout.setObjectName(u"packagesSlotLayout")
        self.packagesSlotLayout.setContentsMargins(0, 0, 0, 0)

        self.sectionsLayout.addWidget(self.packagesSlot, 3, 0, 1, 2)

        self.agreementSlot = QWidget(self.scrollContents)
        self.agreementSlot.setObjectName(u"agreementSlot")
        self.agreementSlotLayout = QVBoxLayout(self.agreementSlot)
        self.agreementSlotLayout.setObjectName(u"agreementSlotLayout")
        self.agreementSlotLayout.setContentsMargins(0, 0, 0, 0)

        self.sectionsLayout.addWidget(self.agreementSlot, 4, 0, 1, 2)

        self.sectionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sectionsLayout.addItem(self.sectionsSpacer, 5, 0, 1, 2)

        self.sectionsLayout.setRowStretch(5, 1)
        self.sectionsLayout.setColumnStretch(0, 1)
        self.sectionsLayout.setColumnStretch(1, 1)
        self.scrollArea.setWidget(self.scrollContents)

        self.centralLayout.addWidget(self.scrollArea)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menubar.setGeometry(QRect(0, 0, 1060, 24))
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        MainWindow.setMenuBar(self.menubar)
        self.toolBar = QToolBar(MainWindow)
        self.toolBar.setObjectName(u"toolBar")
        self.toolBar.setMovable(False)
        self.toolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolBar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
        QWidget.setTabOrder(self.retryButton, self.reviewButton)
        QWidget.setTabOrder(self.reviewButton, self.scrollArea)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menuFile.addAction(self.actionRefresh)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionSandboxOutbox)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.toolBar.addAction(self.actionRefresh)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"CX Account Desk", None))
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.actionRefresh.setToolTip(QCoreApplication.translate("MainWindow", u"Load the account again from the server (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionSandboxOutbox.setText(QCoreApplication.translate("MainWindow", u"&Sandbox Outbox\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionSandboxOutbox.setToolTip(QCoreApplication.translate("MainWindow", u"The e-mails and SMS messages the sandbox kept instead of sending them", None))
#endif // QT_CONFIG(tooltip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(accessibility)
        self.errorIcon.setAccessibleName(QCoreApplication.translate("MainWindow", u"Warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.retryButton.setText(QCoreApplication.translate("MainWindow", u"Tr&y again", None))
#if QT_CONFIG(accessibility)
        self.outboxIcon.setAccessibleName(QCoreApplication.translate("MainWindow", u"Changes not yet sent", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.outboxLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"Changes not yet sent", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.reviewButton.setToolTip(QCoreApplication.translate("MainWindow", u"See the changes saved on this computer that the server does not have yet; discard one or settle a conflict", None))
#endif // QT_CONFIG(tooltip)
        self.reviewButton.setText(QCoreApplication.translate("MainWindow", u"&Review\u2026", None))
#if QT_CONFIG(accessibility)
        self.scrollArea.setAccessibleName(QCoreApplication.translate("MainWindow", u"Account details", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.toolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Toolbar", None))
    # retranslateUi

