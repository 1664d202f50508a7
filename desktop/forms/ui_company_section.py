# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'company_section.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtGui import (QIcon)
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout)
from . import resources_rc

class Ui_CompanySection(object):
    def setupUi(self, CompanySection):
        if not CompanySection.objectName():
            CompanySection.setObjectName(u"CompanySection")
        CompanySection.resize(520, 200)
        self.companySectionLayout = QVBoxLayout(CompanySection)
        self.companySectionLayout.setObjectName(u"companySectionLayout")
        self.companySectionLayout.setContentsMargins(0, 0, 0, 0)
        self.companyGroup = QGroupBox(CompanySection)
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
        icon = QIcon()
        icon.addFile(u":/icons/edit.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.editCompanyButton.setIcon(icon)
        self.editCompanyButton.setIconSize(QSize(20, 20))
        self.editCompanyButton.setAutoRaise(True)

        self.companyButtonLayout.addWidget(self.editCompanyButton)

        self.companyButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.companyButtonLayout.addItem(self.companyButtonSpacer)


        self.companyLayout.addLayout(self.companyButtonLayout)


        self.companySectionLayout.addWidget(self.companyGroup)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameValue)
        self.companyLabel.setBuddy(self.companyValue)
        self.companyRegIdLabel.setBuddy(self.companyRegIdValue)
        self.ocnLabel.setBuddy(self.ocnValue)
        self.frnLabel.setBuddy(self.frnValue)
        self.vatRegIdLabel.setBuddy(self.vatRegIdValue)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CompanySection)

        QMetaObject.connectSlotsByName(CompanySection)
    # setupUi

    def retranslateUi(self, CompanySection):
        self.companyGroup.setTitle(QCoreApplication.translate("CompanySection", u"Company information", None))
        self.nameLabel.setText(QCoreApplication.translate("CompanySection", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.nameValue.setAccessibleName(QCoreApplication.translate("CompanySection", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.companyLabel.setText(QCoreApplication.translate("CompanySection", u"C&ompany", None))
#if QT_CONFIG(accessibility)
        self.companyValue.setAccessibleName(QCoreApplication.translate("CompanySection", u"Company", None))
#endif // QT_CONFIG(accessibility)
        self.companyRegIdLabel.setText(QCoreApplication.translate("CompanySection", u"Company Registration &ID", None))
#if QT_CONFIG(accessibility)
        self.companyRegIdValue.setAccessibleName(QCoreApplication.translate("CompanySection", u"Company Registration ID", None))
#endif // QT_CONFIG(accessibility)
        self.ocnLabel.setText(QCoreApplication.translate("CompanySection", u"O&CN (Operating Company Number)", None))
#if QT_CONFIG(accessibility)
        self.ocnValue.setAccessibleName(QCoreApplication.translate("CompanySection", u"OCN (Operating Company Number)", None))
#endif // QT_CONFIG(accessibility)
        self.frnLabel.setText(QCoreApplication.translate("CompanySection", u"FRN (Firm Re&gistration Number)", None))
#if QT_CONFIG(accessibility)
        self.frnValue.setAccessibleName(QCoreApplication.translate("CompanySection", u"FRN (Firm Registration Number)", None))
#endif // QT_CONFIG(accessibility)
        self.vatRegIdLabel.setText(QCoreApplication.translate("CompanySection", u"&VAT Registration ID", None))
#if QT_CONFIG(accessibility)
        self.vatRegIdValue.setAccessibleName(QCoreApplication.translate("CompanySection", u"VAT Registration ID", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.editCompanyButton.setToolTip(QCoreApplication.translate("CompanySection", u"Edit company information\u2026", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.editCompanyButton.setAccessibleName(QCoreApplication.translate("CompanySection", u"Edit company information", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

