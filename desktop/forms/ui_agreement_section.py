# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agreement_section.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtGui import (QIcon)
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QVBoxLayout)
from . import resources_rc

class Ui_AgreementSection(object):
    def setupUi(self, AgreementSection):
        if not AgreementSection.objectName():
            AgreementSection.setObjectName(u"AgreementSection")
        AgreementSection.resize(1040, 80)
        self.agreementSectionLayout = QVBoxLayout(AgreementSection)
        self.agreementSectionLayout.setObjectName(u"agreementSectionLayout")
        self.agreementSectionLayout.setContentsMargins(0, 0, 0, 0)
        self.agreementGroup = QGroupBox(AgreementSection)
        self.agreementGroup.setObjectName(u"agreementGroup")
        self.agreementLayout = QHBoxLayout(self.agreementGroup)
        self.agreementLayout.setObjectName(u"agreementLayout")
        self.agreementNote = QLabel(self.agreementGroup)
        self.agreementNote.setObjectName(u"agreementNote")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.agreementNote.sizePolicy().hasHeightForWidth())
        self.agreementNote.setSizePolicy(sizePolicy)

        self.agreementLayout.addWidget(self.agreementNote)

        self.agreementButton = QPushButton(self.agreementGroup)
        self.agreementButton.setObjectName(u"agreementButton")
        icon = QIcon()
        icon.addFile(u":/icons/document.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.agreementButton.setIcon(icon)

        self.agreementLayout.addWidget(self.agreementButton)


        self.agreementSectionLayout.addWidget(self.agreementGroup)


        self.retranslateUi(AgreementSection)

        QMetaObject.connectSlotsByName(AgreementSection)
    # setupUi

    def retranslateUi(self, AgreementSection):
        self.agreementGroup.setTitle(QCoreApplication.translate("AgreementSection", u"Service agreement", None))
        self.agreementNote.setText(QCoreApplication.translate("AgreementSection", u"The terms under which the platform provides its services to the account.", None))
        self.agreementButton.setText(QCoreApplication.translate("AgreementSection", u"Read the service &agreement\u2026", None))
        pass
    # retranslateUi

