# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'general_section.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtGui import (QPixmap)
from PySide6.QtWidgets import (QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)
from . import resources_rc

class Ui_GeneralSection(object):
    def setupUi(self, GeneralSection):
        if not GeneralSection.objectName():
            GeneralSection.setObjectName(u"GeneralSection")
        GeneralSection.resize(520, 200)
        self.generalSectionLayout = QVBoxLayout(GeneralSection)
        self.generalSectionLayout.setObjectName(u"generalSectionLayout")
        self.generalSectionLayout.setContentsMargins(0, 0, 0, 0)
        self.generalGroup = QGroupBox(GeneralSection)
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


        self.generalSectionLayout.addWidget(self.generalGroup)

#if QT_CONFIG(shortcut)
        self.currencyLabel.setBuddy(self.currencyValue)
        self.balanceLabel.setBuddy(self.balanceValue)
        self.billingLabel.setBuddy(self.billingContainer)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GeneralSection)

        QMetaObject.connectSlotsByName(GeneralSection)
    # setupUi

    def retranslateUi(self, GeneralSection):
        self.generalGroup.setTitle(QCoreApplication.translate("GeneralSection", u"General information", None))
        self.currencyLabel.setText(QCoreApplication.translate("GeneralSection", u"C&urrency", None))
#if QT_CONFIG(accessibility)
        self.currencyValue.setAccessibleName(QCoreApplication.translate("GeneralSection", u"Currency", None))
#endif // QT_CONFIG(accessibility)
        self.balanceLabel.setText(QCoreApplication.translate("GeneralSection", u"Account &balance", None))
#if QT_CONFIG(accessibility)
        self.balanceValue.setAccessibleName(QCoreApplication.translate("GeneralSection", u"Account balance", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.balanceBadge.setAccessibleName(QCoreApplication.translate("GeneralSection", u"Negative balance", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.balanceBadgeIcon.setAccessibleName(QCoreApplication.translate("GeneralSection", u"Warning", None))
#endif // QT_CONFIG(accessibility)
        self.balanceBadgeLabel.setText(QCoreApplication.translate("GeneralSection", u"Negative balance", None))
        self.billingLabel.setText(QCoreApplication.translate("GeneralSection", u"Billing method", None))
#if QT_CONFIG(accessibility)
        self.billingContainer.setAccessibleName(QCoreApplication.translate("GeneralSection", u"Billing method", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

