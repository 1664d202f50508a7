# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'address_section.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout)
class Ui_AddressSection(object):
    def setupUi(self, AddressSection):
        if not AddressSection.objectName():
            AddressSection.setObjectName(u"AddressSection")
        AddressSection.resize(520, 220)
        self.addressSectionLayout = QVBoxLayout(AddressSection)
        self.addressSectionLayout.setObjectName(u"addressSectionLayout")
        self.addressSectionLayout.setContentsMargins(0, 0, 0, 0)
        self.addressGroup = QGroupBox(AddressSection)
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


        self.addressSectionLayout.addWidget(self.addressGroup)

#if QT_CONFIG(shortcut)
        self.line1Label.setBuddy(self.line1Value)
        self.line2Label.setBuddy(self.line2Value)
        self.cityLabel.setBuddy(self.cityValue)
        self.stateLabel.setBuddy(self.stateValue)
        self.countryLabel.setBuddy(self.countryValue)
        self.postcodeLabel.setBuddy(self.postcodeValue)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AddressSection)

        QMetaObject.connectSlotsByName(AddressSection)
    # setupUi

    def retranslateUi(self, AddressSection):
        self.addressGroup.setTitle(QCoreApplication.translate("AddressSection", u"Address", None))
        self.line1Label.setText(QCoreApplication.translate("AddressSection", u"Address line &1", None))
#if QT_CONFIG(accessibility)
        self.line1Value.setAccessibleName(QCoreApplication.translate("AddressSection", u"Address line 1", None))
#endif // QT_CONFIG(accessibility)
        self.line2Label.setText(QCoreApplication.translate("AddressSection", u"Address line &2", None))
#if QT_CONFIG(accessibility)
        self.line2Value.setAccessibleName(QCoreApplication.translate("AddressSection", u"Address line 2", None))
#endif // QT_CONFIG(accessibility)
        self.cityLabel.setText(QCoreApplication.translate("AddressSection", u"City", None))
#if QT_CONFIG(accessibility)
        self.cityValue.setAccessibleName(QCoreApplication.translate("AddressSection", u"City", None))
#endif // QT_CONFIG(accessibility)
        self.stateLabel.setText(QCoreApplication.translate("AddressSection", u"State/County", None))
#if QT_CONFIG(accessibility)
        self.stateValue.setAccessibleName(QCoreApplication.translate("AddressSection", u"State/County", None))
#endif // QT_CONFIG(accessibility)
        self.countryLabel.setText(QCoreApplication.translate("AddressSection", u"Country", None))
#if QT_CONFIG(accessibility)
        self.countryValue.setAccessibleName(QCoreApplication.translate("AddressSection", u"Country", None))
#endif // QT_CONFIG(accessibility)
        self.postcodeLabel.setText(QCoreApplication.translate("AddressSection", u"Post code", None))
#if QT_CONFIG(accessibility)
        self.postcodeValue.setAccessibleName(QCoreApplication.translate("AddressSection", u"Post code", None))
#endif // QT_CONFIG(accessibility)
        self.addressNote.setText(QCoreApplication.translate("AddressSection", u"To change the address, contact technical support.", None))
        pass
    # retranslateUi

