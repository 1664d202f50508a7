# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QMainWindow, QMenu, QMenuBar,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QStatusBar, QTableView, QToolBar, QToolButton,
    QVBoxLayout, QWidget)
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
        self.companyGroup = QGroupBox(self.scrollContents)
        self.companyGroup.setObjectName(u"companyGroup")
        self.companyLayout = QHBoxLayout(self.companyGroup)
        self.companyLayout.setObjectName(u"companyLayout")
        self.companyForm = QFormLayout()
        self.companyForm.setObjectName(u"companyForm")
        self.companyForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.companyForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.companyForm.setHorizontalSpacing(16)
        self.companyForm.setVerticalSpacing(6)
        self.nameLabel = QLabel(self.companyGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.companyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameValue = QLabel(self.companyGroup)
        self.nameValue.setObjectName(u"nameValue")
        self.nameValue.setTextFormat(Qt.TextFormat.PlainText)
        self.nameValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.companyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameValue)

        self.companyLabel = QLabel(self.companyGroup)
        self.companyLabel.setObjectName(u"companyLabel")

        self.companyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.companyLabel)

        self.companyValue = QLabel(self.companyGroup)
        self.companyValue.setObjectName(u"companyValue")
        self.companyValue.setTextFormat(Qt.TextFormat.PlainText)
        self.companyValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.companyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.companyValue)

        self.companyRegIdLabel = QLabel(self.companyGroup)
        self.companyRegIdLabel.setObjectName(u"companyRegIdLabel")

        self.companyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.companyRegIdLabel)

        self.companyRegIdValue = QLabel(self.companyGroup)
        self.companyRegIdValue.setObjectName(u"companyRegIdValue")
        self.companyRegIdValue.setTextFormat(Qt.TextFormat.PlainText)
        self.companyRegIdValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.companyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.companyRegIdValue)

        self.ocnLabel = QLabel(self.companyGroup)
        self.ocnLabel.setObjectName(u"ocnLabel")

        self.companyForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ocnLabel)

        self.ocnValue = QLabel(self.companyGroup)
        self.ocnValue.setObjectName(u"ocnValue")
        self.ocnValue.setTextFormat(Qt.TextFormat.PlainText)
        self.ocnValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.companyForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ocnValue)

        self.frnLabel = QLabel(self.companyGroup)
        self.frnLabel.setObjectName(u"frnLabel")

        self.companyForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.frnLabel)

        self.frnValue = QLabel(self.companyGroup)
        self.frnValue.setObjectName(u"frnValue")
        self.frnValue.setTextFormat(Qt.TextFormat.PlainText)
        self.frnValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.companyForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.frnValue)

        self.vatRegIdLabel = QLabel(self.companyGroup)
        self.vatRegIdLabel.setObjectName(u"vatRegIdLabel")

        self.companyForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.vatRegIdLabel)

        self.vatRegIdValue = QLabel(self.companyGroup)
        self.vatRegIdValue.setObjectName(u"vatRegIdValue")
        self.vatRegIdValue.setTextFormat(Qt.TextFormat.PlainText)
        self.vatRegIdValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.companyForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.vatRegIdValue)


        self.companyLayout.addLayout(self.companyForm)

        self.companyButtonLayout = QVBoxLayout()
        self.companyButtonLayout.setObjectName(u"companyButtonLayout")
        self.editCompanyButton = QToolButton(self.companyGroup)
        self.editCompanyButton.setObjectName(u"editCompanyButton")
        self.editCompanyButton.setEnabled(False)
        icon2 = QIcon()
        icon2.addFile(u":/icons/edit.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.editCompanyButton.setIcon(icon2)
        self.editCompanyButton.setIconSize(QSize(20, 20))
        self.editCompanyButton.setAutoRaise(True)

        self.companyButtonLayout.addWidget(self.editCompanyButton)

        self.companyButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.companyButtonLayout.addItem(self.companyButtonSpacer)


        self.companyLayout.addLayout(self.companyButtonLayout)


        self.sectionsLayout.addWidget(self.companyGroup, 0, 0, 1, 1)

        self.generalGroup = QGroupBox(self.scrollContents)
        self.generalGroup.setObjectName(u"generalGroup")
        self.generalLayout = QVBoxLayout(self.generalGroup)
        self.generalLayout.setObjectName(u"generalLayout")
        self.generalForm = QFormLayout()
        self.generalForm.setObjectName(u"generalForm")
        self.generalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.generalForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.generalForm.setHorizontalSpacing(16)
        self.generalForm.setVerticalSpacing(6)
        self.currencyLabel = QLabel(self.generalGroup)
        self.currencyLabel.setObjectName(u"currencyLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currencyLabel)

        self.currencyValue = QLabel(self.generalGroup)
        self.currencyValue.setObjectName(u"currencyValue")
        self.currencyValue.setTextFormat(Qt.TextFormat.PlainText)
        self.currencyValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currencyValue)

        self.balanceLabel = QLabel(self.generalGroup)
        self.balanceLabel.setObjectName(u"balanceLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.balanceLabel)

        self.balanceLayout = QHBoxLayout()
        self.balanceLayout.setSpacing(8)
        self.balanceLayout.setObjectName(u"balanceLayout")
        self.balanceValue = QLabel(self.generalGroup)
        self.balanceValue.setObjectName(u"balanceValue")
        self.balanceValue.setTextFormat(Qt.TextFormat.PlainText)
        self.balanceValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.balanceLayout.addWidget(self.balanceValue)

        self.balanceBadge = QFrame(self.generalGroup)
        self.balanceBadge.setObjectName(u"balanceBadge")
        self.balanceBadge.setFrameShape(QFrame.Shape.StyledPanel)
        self.balanceBadgeLayout = QHBoxLayout(self.balanceBadge)
        self.balanceBadgeLayout.setSpacing(4)
        self.balanceBadgeLayout.setObjectName(u"balanceBadgeLayout")
        self.balanceBadgeLayout.setContentsMargins(6, 2, 6, 2)
        self.balanceBadgeIcon = QLabel(self.balanceBadge)
        self.balanceBadgeIcon.setObjectName(u"balanceBadgeIcon")
        self.balanceBadgeIcon.setMinimumSize(QSize(18, 18))
        self.balanceBadgeIcon.setMaximumSize(QSize(18, 18))
        self.balanceBadgeIcon.setPixmap(QPixmap(u":/icons/warning.svg"))
        self.balanceBadgeIcon.setScaledContents(True)

        self.balanceBadgeLayout.addWidget(self.balanceBadgeIcon)

        self.balanceBadgeLabel = QLabel(self.balanceBadge)
        self.balanceBadgeLabel.setObjectName(u"balanceBadgeLabel")

        self.balanceBadgeLayout.addWidget(self.balanceBadgeLabel)


        self.balanceLayout.addWidget(self.balanceBadge)

        self.balanceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.balanceLayout.addItem(self.balanceSpacer)


        self.generalForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.balanceLayout)

        self.billingLabel = QLabel(self.generalGroup)
        self.billingLabel.setObjectName(u"billingLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.billingLabel)

        self.billingContainer = QWidget(self.generalGroup)
        self.billingContainer.setObjectName(u"billingContainer")
        self.billingLayout = QVBoxLayout(self.billingContainer)
        self.billingLayout.setObjectName(u"billingLayout")
        self.billingLayout.setContentsMargins(0, 0, 0, 0)

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.billingContainer)


        self.generalLayout.addLayout(self.generalForm)

        self.generalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.generalLayout.addItem(self.generalSpacer)


        self.sectionsLayout.addWidget(self.generalGroup, 0, 1, 1, 1)

        self.addressGroup = QGroupBox(self.scrollContents)
        self.addressGroup.setObjectName(u"addressGroup")
        self.addressLayout = QVBoxLayout(self.addressGroup)
        self.addressLayout.setObjectName(u"addressLayout")
        self.addressForm = QFormLayout()
        self.addressForm.setObjectName(u"addressForm")
        self.addressForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.addressForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.addressForm.setHorizontalSpacing(16)
        self.addressForm.setVerticalSpacing(6)
        self.line1Label = QLabel(self.addressGroup)
        self.line1Label.setObjectName(u"line1Label")

        self.addressForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.line1Label)

        self.line1Value = QLabel(self.addressGroup)
        self.line1Value.setObjectName(u"line1Value")
        self.line1Value.setTextFormat(Qt.TextFormat.PlainText)
        self.line1Value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.addressForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.line1Value)

        self.line2Label = QLabel(self.addressGroup)
        self.line2Label.setObjectName(u"line2Label")

        self.addressForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.line2Label)

        self.line2Value = QLabel(self.addressGroup)
        self.line2Value.setObjectName(u"line2Value")
        self.line2Value.setTextFormat(Qt.TextFormat.PlainText)
        self.line2Value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.addressForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.line2Value)

        self.cityLabel = QLabel(self.addressGroup)
        self.cityLabel.setObjectName(u"cityLabel")

        self.addressForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityValue = QLabel(self.addressGroup)
        self.cityValue.setObjectName(u"cityValue")
        self.cityValue.setTextFormat(Qt.TextFormat.PlainText)
        self.cityValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.addressForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cityValue)

        self.stateLabel = QLabel(self.addressGroup)
        self.stateLabel.setObjectName(u"stateLabel")

        self.addressForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.stateLabel)

        self.stateValue = QLabel(self.addressGroup)
        self.stateValue.setObjectName(u"stateValue")
        self.stateValue.setTextFormat(Qt.TextFormat.PlainText)
        self.stateValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.addressForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.stateValue)

        self.countryLabel = QLabel(self.addressGroup)
        self.countryLabel.setObjectName(u"countryLabel")

        self.addressForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryValue = QLabel(self.addressGroup)
        self.countryValue.setObjectName(u"countryValue")
        self.countryValue.setTextFormat(Qt.TextFormat.PlainText)
        self.countryValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.addressForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.countryValue)

        self.postcodeLabel = QLabel(self.addressGroup)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.addressForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.postcodeLabel)

        self.postcodeValue = QLabel(self.addressGroup)
        self.postcodeValue.setObjectName(u"postcodeValue")
        self.postcodeValue.setTextFormat(Qt.TextFormat.PlainText)
        self.postcodeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.addressForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.postcodeValue)


        self.addressLayout.addLayout(self.addressForm)

        self.addressNote = QLabel(self.addressGroup)
        self.addressNote.setObjectName(u"addressNote")
        self.addressNote.setWordWrap(True)

        self.addressLayout.addWidget(self.addressNote)

        self.addressSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.addressLayout.addItem(self.addressSpacer)


        self.sectionsLayout.addWidget(self.addressGroup, 1, 0, 1, 1)

        self.contactGroup = QGroupBox(self.scrollContents)
        self.contactGroup.setObjectName(u"contactGroup")
        self.contactLayout = QHBoxLayout(self.contactGroup)
        self.contactLayout.setObjectName(u"contactLayout")
        self.contactForm = QFormLayout()
        self.contactForm.setObjectName(u"contactForm")
        self.contactForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.contactForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignVCenter)
        self.contactForm.setHorizontalSpacing(16)
        self.contactForm.setVerticalSpacing(6)
        self.emailLabel = QLabel(self.contactGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailValue = QLabel(self.contactGroup)
        self.emailValue.setObjectName(u"emailValue")
        self.emailValue.setTextFormat(Qt.TextFormat.PlainText)
        self.emailValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.emailValue)

        self.phoneLabel = QLabel(self.contactGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneValue = QLabel(self.contactGroup)
        self.phoneValue.setObjectName(u"phoneValue")
        self.phoneValue.setTextFormat(Qt.TextFormat.PlainText)
        self.phoneValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phoneValue)

        self.mobileLabel = QLabel(self.contactGroup)
        self.mobileLabel.setObjectName(u"mobileLabel")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.mobileLabel)

        self.mobileValue = QLabel(self.contactGroup)
        self.mobileValue.setObjectName(u"mobileValue")
        self.mobileValue.setTextFormat(Qt.TextFormat.PlainText)
        self.mobileValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.mobileValue)


        self.contactLayout.addLayout(self.contactForm)

        self.contactButtonLayout = QVBoxLayout()
        self.contactButtonLayout.setObjectName(u"contactButtonLayout")
        self.editContactButton = QToolButton(self.contactGroup)
        self.editContactButton.setObjectName(u"editContactButton")
        self.editContactButton.setEnabled(False)
        self.editContactButton.setIcon(icon2)
        self.editContactButton.setIconSize(QSize(20, 20))
        self.editContactButton.setAutoRaise(True)

        self.contactButtonLayout.addWidget(self.editContactButton)

        self.contactButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contactButtonLayout.addItem(self.contactButtonSpacer)


        self.contactLayout.addLayout(self.contactButtonLayout)


        self.sectionsLayout.addWidget(self.contactGroup, 1, 1, 1, 1)

        self.smtpGroup = QGroupBox(self.scrollContents)
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
        icon3 = QIcon()
        icon3.addFile(u":/icons/edit.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.editSmtpButton.setIcon(icon3)
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
        sizePolicy.setHeightForWidth(self.smtpTestNote.sizePolicy().hasHeightForWidth())
        self.smtpTestNote.setSizePolicy(sizePolicy)

        self.smtpTestNoticeLayout.addWidget(self.smtpTestNote)


        self.smtpLayout.addWidget(self.smtpTestNotice)


        self.sectionsLayout.addWidget(self.smtpGroup, 2, 0, 1, 2)

        self.packagesGroup = QGroupBox(self.scrollContents)
        self.packagesGroup.setObjectName(u"packagesGroup")
        self.packagesLayout = QVBoxLayout(self.packagesGroup)
        self.packagesLayout.setObjectName(u"packagesLayout")
        self.packagesView = QTableView(self.packagesGroup)
        self.packagesView.setObjectName(u"packagesView")
        self.packagesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.packagesView.setAlternatingRowColors(True)
        self.packagesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.packagesView.setWordWrap(False)
        self.packagesView.horizontalHeader().setStretchLastSection(False)
        self.packagesView.verticalHeader().setVisible(False)

        self.packagesLayout.addWidget(self.packagesView)

        self.recordingLayout = QHBoxLayout()
        self.recordingLayout.setObjectName(u"recordingLayout")
        self.recordingStatusLabel = QLabel(self.packagesGroup)
        self.recordingStatusLabel.setObjectName(u"recordingStatusLabel")
        sizePolicy.setHeightForWidth(self.recordingStatusLabel.sizePolicy().hasHeightForWidth())
        self.recordingStatusLabel.setSizePolicy(sizePolicy)
        self.recordingStatusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.recordingStatusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recordingLayout.addWidget(self.recordingStatusLabel)

        self.enableRecordingButton = QPushButton(self.packagesGroup)
        self.enableRecordingButton.setObjectName(u"enableRecordingButton")
        self.enableRecordingButton.setEnabled(False)
        icon4 = QIcon()
        icon4.addFile(u":/icons/record.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.enableRecordingButton.setIcon(icon4)

        self.recordingLayout.addWidget(self.enableRecordingButton)


        self.packagesLayout.addLayout(self.recordingLayout)


        self.sectionsLayout.addWidget(self.packagesGroup, 3, 0, 1, 2)

        self.agreementGroup = QGroupBox(self.scrollContents)
        self.agreementGroup.setObjectName(u"agreementGroup")
        self.agreementLayout = QHBoxLayout(self.agreementGroup)
        self.agreementLayout.setObjectName(u"agreementLayout")
        self.agreementNote = QLabel(self.agreementGroup)
        self.agreementNote.setObjectName(u"agreementNote")
        sizePolicy.setHeightForWidth(self.agreementNote.sizePolicy().hasHeightForWidth())
        self.agreementNote.setSizePolicy(sizePolicy)

        self.agreementLayout.addWidget(self.agreementNote)

        self.agreementButton = QPushButton(self.agreementGroup)
        self.agreementButton.setObjectName(u"agreementButton")
        icon5 = QIcon()
        icon5.addFile(u":/icons/document.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.agreementButton.setIcon(icon5)

        self.agreementLayout.addWidget(self.agreementButton)


        self.sectionsLayout.addWidget(self.agreementGroup, 4, 0, 1, 2)

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
#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameValue)
        self.companyLabel.setBuddy(self.companyValue)
        self.companyRegIdLabel.setBuddy(self.companyRegIdValue)
        self.ocnLabel.setBuddy(self.ocnValue)
        self.frnLabel.setBuddy(self.frnValue)
        self.vatRegIdLabel.setBuddy(self.vatRegIdValue)
        self.currencyLabel.setBuddy(self.currencyValue)
        self.balanceLabel.setBuddy(self.balanceValue)
        self.billingLabel.setBuddy(self.billingContainer)
        self.line1Label.setBuddy(self.line1Value)
        self.line2Label.setBuddy(self.line2Value)
        self.cityLabel.setBuddy(self.cityValue)
        self.stateLabel.setBuddy(self.stateValue)
        self.countryLabel.setBuddy(self.countryValue)
        self.postcodeLabel.setBuddy(self.postcodeValue)
        self.emailLabel.setBuddy(self.emailValue)
        self.phoneLabel.setBuddy(self.phoneValue)
        self.mobileLabel.setBuddy(self.mobileValue)
        self.smtpFromAddressLabel.setBuddy(self.smtpFromAddressValue)
        self.smtpUsernameLabel.setBuddy(self.smtpUsernameValue)
        self.smtpPasswordLabel.setBuddy(self.smtpPasswordValue)
        self.smtpServerLabel.setBuddy(self.smtpServerValue)
        self.smsFromLabel.setBuddy(self.smsFromValue)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.retryButton, self.reviewButton)
        QWidget.setTabOrder(self.reviewButton, self.scrollArea)
        QWidget.setTabOrder(self.scrollArea, self.editCompanyButton)
        QWidget.setTabOrder(self.editCompanyButton, self.editContactButton)
        QWidget.setTabOrder(self.editContactButton, self.testEmailButton)
        QWidget.setTabOrder(self.testEmailButton, self.testSmsButton)
        QWidget.setTabOrder(self.testSmsButton, self.editSmtpButton)
        QWidget.setTabOrder(self.editSmtpButton, self.packagesView)
        QWidget.setTabOrder(self.packagesView, self.enableRecordingButton)
        QWidget.setTabOrder(self.enableRecordingButton, self.agreementButton)

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
        self.retryButton.setText(QCoreApplication.translate("MainWindow", u"&Try again", None))
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
        self.companyGroup.setTitle(QCoreApplication.translate("MainWindow", u"Company information", None))
        self.nameLabel.setText(QCoreApplication.translate("MainWindow", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.nameValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.companyLabel.setText(QCoreApplication.translate("MainWindow", u"C&ompany", None))
#if QT_CONFIG(accessibility)
        self.companyValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"Company", None))
#endif // QT_CONFIG(accessibility)
        self.companyRegIdLabel.setText(QCoreApplication.translate("MainWindow", u"Company &Registration ID", None))
#if QT_CONFIG(accessibility)
        self.companyRegIdValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"Company Registration ID", None))
#endif // QT_CONFIG(accessibility)
        self.ocnLabel.setText(QCoreApplication.translate("MainWindow", u"O&CN (Operating Company Number)", None))
#if QT_CONFIG(accessibility)
        self.ocnValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"OCN (Operating Company Number)", None))
#endif // QT_CONFIG(accessibility)
        self.frnLabel.setText(QCoreApplication.translate("MainWindow", u"FRN (Firm Re&gistration Number)", None))
#if QT_CONFIG(accessibility)
        self.frnValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"FRN (Firm Registration Number)", None))
#endif // QT_CONFIG(accessibility)
        self.vatRegIdLabel.setText(QCoreApplication.translate("MainWindow", u"&VAT Registration ID", None))
#if QT_CONFIG(accessibility)
        self.vatRegIdValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"VAT Registration ID", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.editCompanyButton.setToolTip(QCoreApplication.translate("MainWindow", u"Edit company information\u2026", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.editCompanyButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Edit company information", None))
#endif // QT_CONFIG(accessibility)
        self.generalGroup.setTitle(QCoreApplication.translate("MainWindow", u"General information", None))
        self.currencyLabel.setText(QCoreApplication.translate("MainWindow", u"C&urrency", None))
#if QT_CONFIG(accessibility)
        self.currencyValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"Currency", None))
#endif // QT_CONFIG(accessibility)
        self.balanceLabel.setText(QCoreApplication.translate("MainWindow", u"Account &balance", None))
#if QT_CONFIG(accessibility)
        self.balanceValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"Account balance", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.balanceBadge.setAccessibleName(QCoreApplication.translate("MainWindow", u"Negative balance", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.balanceBadgeIcon.setAccessibleName(QCoreApplication.translate("MainWindow", u"Warning", None))
#endif // QT_CONFIG(accessibility)
        self.balanceBadgeLabel.setText(QCoreApplication.translate("MainWindow", u"Negative balance", None))
        self.billingLabel.setText(QCoreApplication.translate("MainWindow", u"Billing &method", None))
#if QT_CONFIG(accessibility)
        self.billingContainer.setAccessibleName(QCoreApplication.translate("MainWindow", u"Billing method", None))
#endif // QT_CONFIG(accessibility)
        self.addressGroup.setTitle(QCoreApplication.translate("MainWindow", u"Address", None))
        self.line1Label.setText(QCoreApplication.translate("MainWindow", u"Address line &1", None))
#if QT_CONFIG(accessibility)
        self.line1Value.setAccessibleName(QCoreApplication.translate("MainWindow", u"Address line 1", None))
#endif // QT_CONFIG(accessibility)
        self.line2Label.setText(QCoreApplication.translate("MainWindow", u"Address line &2", None))
#if QT_CONFIG(accessibility)
        self.line2Value.setAccessibleName(QCoreApplication.translate("MainWindow", u"Address line 2", None))
#endif // QT_CONFIG(accessibility)
        self.cityLabel.setText(QCoreApplication.translate("MainWindow", u"C&ity", None))
#if QT_CONFIG(accessibility)
        self.cityValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"City", None))
#endif // QT_CONFIG(accessibility)
        self.stateLabel.setText(QCoreApplication.translate("MainWindow", u"&State/County", None))
#if QT_CONFIG(accessibility)
        self.stateValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"State/County", None))
#endif // QT_CONFIG(accessibility)
        self.countryLabel.setText(QCoreApplication.translate("MainWindow", u"Countr&y", None))
#if QT_CONFIG(accessibility)
        self.countryValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"Country", None))
#endif // QT_CONFIG(accessibility)
        self.postcodeLabel.setText(QCoreApplication.translate("MainWindow", u"&Post code", None))
#if QT_CONFIG(accessibility)
        self.postcodeValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"Post code", None))
#endif // QT_CONFIG(accessibility)
        self.addressNote.setText(QCoreApplication.translate("MainWindow", u"To change the address, contact technical support.", None))
        self.contactGroup.setTitle(QCoreApplication.translate("MainWindow", u"Contact information", None))
        self.emailLabel.setText(QCoreApplication.translate("MainWindow", u"&E-mail", None))
#if QT_CONFIG(accessibility)
        self.emailValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("MainWindow", u"P&hone", None))
#if QT_CONFIG(accessibility)
        self.phoneValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.mobileLabel.setText(QCoreApplication.translate("MainWindow", u"Mobi&le", None))
#if QT_CONFIG(accessibility)
        self.mobileValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"Mobile", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.editContactButton.setToolTip(QCoreApplication.translate("MainWindow", u"Edit contact information\u2026", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.editContactButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Edit contact information", None))
#endif // QT_CONFIG(accessibility)
        self.smtpGroup.setTitle(QCoreApplication.translate("MainWindow", u"SMTP details", None))
        self.smtpFromAddressLabel.setText(QCoreApplication.translate("MainWindow", u"From Add&ress", None))
#if QT_CONFIG(accessibility)
        self.smtpFromAddressValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"From Address", None))
#endif // QT_CONFIG(accessibility)
        self.smtpUsernameLabel.setText(QCoreApplication.translate("MainWindow", u"&Username", None))
#if QT_CONFIG(accessibility)
        self.smtpUsernameValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"Username", None))
#endif // QT_CONFIG(accessibility)
        self.smtpPasswordLabel.setText(QCoreApplication.translate("MainWindow", u"Pass&word", None))
#if QT_CONFIG(accessibility)
        self.smtpPasswordValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.smtpServerLabel.setText(QCoreApplication.translate("MainWindow", u"Ser&ver", None))
#if QT_CONFIG(accessibility)
        self.smtpServerValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"Server", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.smtpServerReading.setAccessibleName(QCoreApplication.translate("MainWindow", u"Server: how the app reads it", None))
#endif // QT_CONFIG(accessibility)
        self.smsFromLabel.setText(QCoreApplication.translate("MainWindow", u"SMS Fr&om", None))
#if QT_CONFIG(accessibility)
        self.smsFromValue.setAccessibleName(QCoreApplication.translate("MainWindow", u"SMS From", None))
#endif // QT_CONFIG(accessibility)
        self.testEmailButton.setText(QCoreApplication.translate("MainWindow", u"&Test Email\u2026", None))
#if QT_CONFIG(tooltip)
        self.testEmailButton.setToolTip(QCoreApplication.translate("MainWindow", u"Send a test e-mail with the saved SMTP details and see the whole conversation.", None))
#endif // QT_CONFIG(tooltip)
        self.testSmsButton.setText(QCoreApplication.translate("MainWindow", u"Test S&MS\u2026", None))
#if QT_CONFIG(tooltip)
        self.testSmsButton.setToolTip(QCoreApplication.translate("MainWindow", u"Send a test SMS from the saved SMS From.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.editSmtpButton.setToolTip(QCoreApplication.translate("MainWindow", u"Edit SMTP details\u2026", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.editSmtpButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Edit SMTP details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.smtpTestNoticeIcon.setAccessibleName(QCoreApplication.translate("MainWindow", u"Warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.smtpTestNote.setAccessibleName(QCoreApplication.translate("MainWindow", u"Why testing is unavailable", None))
#endif // QT_CONFIG(accessibility)
        self.packagesGroup.setTitle(QCoreApplication.translate("MainWindow", u"Pac&kages", None))
#if QT_CONFIG(accessibility)
        self.packagesView.setAccessibleName(QCoreApplication.translate("MainWindow", u"Packages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recordingStatusLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"Call recording", None))
#endif // QT_CONFIG(accessibility)
        self.enableRecordingButton.setText(QCoreApplication.translate("MainWindow", u"Enable Call Recor&ding\u2026", None))
#if QT_CONFIG(tooltip)
        self.enableRecordingButton.setToolTip(QCoreApplication.translate("MainWindow", u"Add call recording to the account (a chargeable package) and choose which ingress routes record.", None))
#endif // QT_CONFIG(tooltip)
        self.agreementGroup.setTitle(QCoreApplication.translate("MainWindow", u"Service agreement", None))
        self.agreementNote.setText(QCoreApplication.translate("MainWindow", u"The terms under which the platform provides its services to the account.", None))
        self.agreementButton.setText(QCoreApplication.translate("MainWindow", u"Read the service &agreement\u2026", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.toolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Toolbar", None))
    # retranslateUi

