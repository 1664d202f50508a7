# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_section.ui'
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

class Ui_ContactSection(object):
    def setupUi(self, ContactSection):
        if not ContactSection.objectName():
            ContactSection.setObjectName(u"ContactSection")
        ContactSection.resize(520, 160)
        self.contactSectionLayout = QVBoxLayout(ContactSection)
        self.contactSectionLayout.setObjectName(u"contactSectionLayout")
        self.contactSectionLayout.setContentsMargins(0, 0, 0, 0)
        self.contactGroup = QGroupBox(ContactSection)
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
        icon = QIcon()
        icon.addFile(u":/icons/edit.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.editContactButton.setIcon(icon)
        self.editContactButton.setIconSize(QSize(20, 20))
        self.editContactButton.setAutoRaise(True)

        self.contactButtonLayout.addWidget(self.editContactButton)

        self.contactButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contactButtonLayout.addItem(self.contactButtonSpacer)


        self.contactLayout.addLayout(self.contactButtonLayout)


        self.contactSectionLayout.addWidget(self.contactGroup)

#if QT_CONFIG(shortcut)
        self.emailLabel.setBuddy(self.emailValue)
        self.phoneLabel.setBuddy(self.phoneValue)
        self.mobileLabel.setBuddy(self.mobileValue)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContactSection)

        QMetaObject.connectSlotsByName(ContactSection)
    # setupUi

    def retranslateUi(self, ContactSection):
        self.contactGroup.setTitle(QCoreApplication.translate("ContactSection", u"Contact information", None))
        self.emailLabel.setText(QCoreApplication.translate("ContactSection", u"&E-mail", None))
#if QT_CONFIG(accessibility)
        self.emailValue.setAccessibleName(QCoreApplication.translate("ContactSection", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("ContactSection", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.phoneValue.setAccessibleName(QCoreApplication.translate("ContactSection", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.mobileLabel.setText(QCoreApplication.translate("ContactSection", u"Mobi&le", None))
#if QT_CONFIG(accessibility)
        self.mobileValue.setAccessibleName(QCoreApplication.translate("ContactSection", u"Mobile", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.editContactButton.setToolTip(QCoreApplication.translate("ContactSection", u"Edit contact information\u2026", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.editContactButton.setAccessibleName(QCoreApplication.translate("ContactSection", u"Edit contact information", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

