# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'company_dialog.ui'
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

class Ui_CompanyDialog(object):
    def setupUi(self, CompanyDialog):
        if not CompanyDialog.objectName():
            CompanyDialog.setObjectName(u"CompanyDialog")
        CompanyDialog.resize(540, 300)
        CompanyDialog.setMinimumSize(QSize(540, 0))
        self.dialogLayout = QVBoxLayout(CompanyDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.messageFrame = QFrame(CompanyDialog)
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

        self.introLabel = QLabel(CompanyDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setHorizontalSpacing(12)
        self.fieldsLayout.setVerticalSpacing(4)
        self.nameLabel = QLabel(CompanyDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsLayout.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(CompanyDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setClearButtonEnabled(True)

        self.fieldsLayout.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.nameError = QLabel(CompanyDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsLayout.addWidget(self.nameError, 1, 1, 1, 1)

        self.companyLabel = QLabel(CompanyDialog)
        self.companyLabel.setObjectName(u"companyLabel")

        self.fieldsLayout.addWidget(self.companyLabel, 2, 0, 1, 1)

        self.companyEdit = QLineEdit(CompanyDialog)
        self.companyEdit.setObjectName(u"companyEdit")
        self.companyEdit.setClearButtonEnabled(True)

        self.fieldsLayout.addWidget(self.companyEdit, 2, 1, 1, 1)

        self.companyError = QLabel(CompanyDialog)
        self.companyError.setObjectName(u"companyError")
        self.companyError.setWordWrap(True)
        self.companyError.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsLayout.addWidget(self.companyError, 3, 1, 1, 1)

        self.companyRegIdLabel = QLabel(CompanyDialog)
        self.companyRegIdLabel.setObjectName(u"companyRegIdLabel")

        self.fieldsLayout.addWidget(self.companyRegIdLabel, 4, 0, 1, 1)

        self.companyRegIdEdit = QLineEdit(CompanyDialog)
        self.companyRegIdEdit.setObjectName(u"companyRegIdEdit")
        self.companyRegIdEdit.setClearButtonEnabled(True)

        self.fieldsLayout.addWidget(self.companyRegIdEdit, 4, 1, 1, 1)

        self.companyRegIdError = QLabel(CompanyDialog)
        self.companyRegIdError.setObjectName(u"companyRegIdError")
        self.companyRegIdError.setWordWrap(True)
        self.companyRegIdError.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsLayout.addWidget(self.companyRegIdError, 5, 1, 1, 1)

        self.ocnLabel = QLabel(CompanyDialog)
        self.ocnLabel.setObjectName(u"ocnLabel")

        self.fieldsLayout.addWidget(self.ocnLabel, 6, 0, 1, 1)

        self.ocnEdit = QLineEdit(CompanyDialog)
        self.ocnEdit.setObjectName(u"ocnEdit")
        self.ocnEdit.setClearButtonEnabled(True)

        self.fieldsLayout.addWidget(self.ocnEdit, 6, 1, 1, 1)

        self.ocnError = QLabel(CompanyDialog)
        self.ocnError.setObjectName(u"ocnError")
        self.ocnError.setWordWrap(True)
        self.ocnError.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsLayout.addWidget(self.ocnError, 7, 1, 1, 1)

        self.frnLabel = QLabel(CompanyDialog)
        self.frnLabel.setObjectName(u"frnLabel")

        self.fieldsLayout.addWidget(self.frnLabel, 8, 0, 1, 1)

        self.frnEdit = QLineEdit(CompanyDialog)
        self.frnEdit.setObjectName(u"frnEdit")
        self.frnEdit.setClearButtonEnabled(True)

        self.fieldsLayout.addWidget(self.frnEdit, 8, 1, 1, 1)

        self.frnError = QLabel(CompanyDialog)
        self.frnError.setObjectName(u"frnError")
        self.frnError.setWordWrap(True)
        self.frnError.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsLayout.addWidget(self.frnError, 9, 1, 1, 1)

        self.vatRegIdLabel = QLabel(CompanyDialog)
        self.vatRegIdLabel.setObjectName(u"vatRegIdLabel")

        self.fieldsLayout.addWidget(self.vatRegIdLabel, 10, 0, 1, 1)

        self.vatRegIdEdit = QLineEdit(CompanyDialog)
        self.vatRegIdEdit.setObjectName(u"vatRegIdEdit")
        self.vatRegIdEdit.setClearButtonEnabled(True)

        self.fieldsLayout.addWidget(self.vatRegIdEdit, 10, 1, 1, 1)

        self.vatRegIdError = QLabel(CompanyDialog)
        self.vatRegIdError.setObjectName(u"vatRegIdError")
        self.vatRegIdError.setWordWrap(True)
        self.vatRegIdError.setTextFormat(Qt.TextFormat.PlainText)

        self.fieldsLayout.addWidget(self.vatRegIdError, 11, 1, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.fieldsLayout)

        self.bottomSpacer = QSpacerItem(0, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.statusLabel = QLabel(CompanyDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.buttonsLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(CompanyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.companyLabel.setBuddy(self.companyEdit)
        self.companyRegIdLabel.setBuddy(self.companyRegIdEdit)
        self.ocnLabel.setBuddy(self.ocnEdit)
        self.frnLabel.setBuddy(self.frnEdit)
        self.vatRegIdLabel.setBuddy(self.vatRegIdEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.companyEdit)
        QWidget.setTabOrder(self.companyEdit, self.companyRegIdEdit)
        QWidget.setTabOrder(self.companyRegIdEdit, self.ocnEdit)
        QWidget.setTabOrder(self.ocnEdit, self.frnEdit)
        QWidget.setTabOrder(self.frnEdit, self.vatRegIdEdit)

        self.retranslateUi(CompanyDialog)

        QMetaObject.connectSlotsByName(CompanyDialog)
    # setupUi

    def retranslateUi(self, CompanyDialog):
        CompanyDialog.setWindowTitle(QCoreApplication.translate("CompanyDialog", u"Edit Company Information", None))
#if QT_CONFIG(accessibility)
        self.messageIcon.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"Warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("CompanyDialog", u"The details the platform bills your company by. The registration ID is kept as you type it; the OCN, FRN and VAT ID are saved in their standard form (capitals, no spaces; the VAT ID with its country code), and the message under a field says what was changed before you save.", None))
        self.nameLabel.setText(QCoreApplication.translate("CompanyDialog", u"&Name", None))
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("CompanyDialog", u"The account holder's name (required, up to 100 characters).", None))
#endif // QT_CONFIG(tooltip)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"Account holder's name", None))
#if QT_CONFIG(accessibility)
        self.nameError.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"Name: problem", None))
#endif // QT_CONFIG(accessibility)
        self.companyLabel.setText(QCoreApplication.translate("CompanyDialog", u"C&ompany", None))
#if QT_CONFIG(tooltip)
        self.companyEdit.setToolTip(QCoreApplication.translate("CompanyDialog", u"The company's legal name (required).", None))
#endif // QT_CONFIG(tooltip)
        self.companyEdit.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"Legal name of the company", None))
#if QT_CONFIG(accessibility)
        self.companyError.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"Company: problem", None))
#endif // QT_CONFIG(accessibility)
        self.companyRegIdLabel.setText(QCoreApplication.translate("CompanyDialog", u"Company &Registration ID", None))
#if QT_CONFIG(tooltip)
        self.companyRegIdEdit.setToolTip(QCoreApplication.translate("CompanyDialog", u"As issued by the company registry; letters, digits, spaces, '/', '.' and '-'.", None))
#endif // QT_CONFIG(tooltip)
        self.companyRegIdEdit.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"e.g. 01234567 or J40/1234/2020", None))
#if QT_CONFIG(accessibility)
        self.companyRegIdError.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"Company Registration ID: problem", None))
#endif // QT_CONFIG(accessibility)
        self.ocnLabel.setText(QCoreApplication.translate("CompanyDialog", u"O&CN (Operating Company Number)", None))
#if QT_CONFIG(tooltip)
        self.ocnEdit.setToolTip(QCoreApplication.translate("CompanyDialog", u"The Operating Company Number assigned by NECA: exactly 4 letters or digits, saved in capitals.", None))
#endif // QT_CONFIG(tooltip)
        self.ocnEdit.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"4 letters or digits, e.g. 567A", None))
#if QT_CONFIG(accessibility)
        self.ocnError.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"OCN (Operating Company Number): problem", None))
#endif // QT_CONFIG(accessibility)
        self.frnLabel.setText(QCoreApplication.translate("CompanyDialog", u"&FRN (Firm Registration Number)", None))
#if QT_CONFIG(tooltip)
        self.frnEdit.setToolTip(QCoreApplication.translate("CompanyDialog", u"The FCC Registration Number: exactly 10 digits, leading zeros kept.", None))
#endif // QT_CONFIG(tooltip)
        self.frnEdit.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"10 digits, e.g. 0012345678", None))
#if QT_CONFIG(accessibility)
        self.frnError.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"FRN (Firm Registration Number): problem", None))
#endif // QT_CONFIG(accessibility)
        self.vatRegIdLabel.setText(QCoreApplication.translate("CompanyDialog", u"&VAT Registration ID", None))
#if QT_CONFIG(tooltip)
        self.vatRegIdEdit.setToolTip(QCoreApplication.translate("CompanyDialog", u"An EU or UK VAT ID with its country code (typed without one, it takes the code of the address's EU country); the check digits are verified.", None))
#endif // QT_CONFIG(tooltip)
        self.vatRegIdEdit.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"With the country code, e.g. DE136695976", None))
#if QT_CONFIG(accessibility)
        self.vatRegIdError.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"VAT Registration ID: problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("CompanyDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

