# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'billing_method.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtGui import (QFont, QPixmap)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout)
from . import resources_rc

class Ui_BillingMethodWidget(object):
    def setupUi(self, BillingMethodWidget):
        if not BillingMethodWidget.objectName():
            BillingMethodWidget.setObjectName(u"BillingMethodWidget")
        BillingMethodWidget.resize(520, 150)
        self.mainLayout = QVBoxLayout(BillingMethodWidget)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.methodLayout = QHBoxLayout()
        self.methodLayout.setObjectName(u"methodLayout")
        self.methodValue = QLabel(BillingMethodWidget)
        self.methodValue.setObjectName(u"methodValue")
        font = QFont()
        font.setBold(True)
        self.methodValue.setFont(font)
        self.methodValue.setText(u"\u2014")
        self.methodValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.methodLayout.addWidget(self.methodValue)

        self.methodSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.methodLayout.addItem(self.methodSpacer)

        self.switchButton = QPushButton(BillingMethodWidget)
        self.switchButton.setObjectName(u"switchButton")

        self.methodLayout.addWidget(self.switchButton)


        self.mainLayout.addLayout(self.methodLayout)

        self.channelRateLayout = QHBoxLayout()
        self.channelRateLayout.setObjectName(u"channelRateLayout")
        self.channelRateCaption = QLabel(BillingMethodWidget)
        self.channelRateCaption.setObjectName(u"channelRateCaption")

        self.channelRateLayout.addWidget(self.channelRateCaption)

        self.channelRateValue = QLabel(BillingMethodWidget)
        self.channelRateValue.setObjectName(u"channelRateValue")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.channelRateValue.sizePolicy().hasHeightForWidth())
        self.channelRateValue.setSizePolicy(sizePolicy)
        self.channelRateValue.setText(u"\u2014")
        self.channelRateValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.channelRateLayout.addWidget(self.channelRateValue)


        self.mainLayout.addLayout(self.channelRateLayout)

        self.rateLayout = QHBoxLayout()
        self.rateLayout.setObjectName(u"rateLayout")
        self.rateCaption = QLabel(BillingMethodWidget)
        self.rateCaption.setObjectName(u"rateCaption")

        self.rateLayout.addWidget(self.rateCaption)

        self.rateValue = QLabel(BillingMethodWidget)
        self.rateValue.setObjectName(u"rateValue")
        sizePolicy.setHeightForWidth(self.rateValue.sizePolicy().hasHeightForWidth())
        self.rateValue.setSizePolicy(sizePolicy)
        self.rateValue.setText(u"\u2014")
        self.rateValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rateLayout.addWidget(self.rateValue)


        self.mainLayout.addLayout(self.rateLayout)

        self.ruleLabel = QLabel(BillingMethodWidget)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setText(u"The billing method can be switched once every 30 days.")
        self.ruleLabel.setWordWrap(True)
        self.ruleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.ruleLabel)

        self.lockLabel = QLabel(BillingMethodWidget)
        self.lockLabel.setObjectName(u"lockLabel")
        self.lockLabel.setText(u"Locked until \u2026")
        self.lockLabel.setTextFormat(Qt.TextFormat.RichText)
        self.lockLabel.setWordWrap(True)
        self.lockLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.lockLabel)

        self.messageFrame = QFrame(BillingMethodWidget)
        self.messageFrame.setObjectName(u"messageFrame")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.messageFrame.sizePolicy().hasHeightForWidth())
        self.messageFrame.setSizePolicy(sizePolicy1)
        self.messageFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.messageLayout = QHBoxLayout(self.messageFrame)
        self.messageLayout.setObjectName(u"messageLayout")
        self.messageIcon = QLabel(self.messageFrame)
        self.messageIcon.setObjectName(u"messageIcon")
        self.messageIcon.setPixmap(QPixmap(u":/icons/warning.svg"))
        self.messageIcon.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.messageLayout.addWidget(self.messageIcon)

        self.messageLabel = QLabel(self.messageFrame)
        self.messageLabel.setObjectName(u"messageLabel")
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)
        self.messageLabel.setText(u"")
        self.messageLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.messageLayout.addWidget(self.messageLabel)


        self.mainLayout.addWidget(self.messageFrame)

#if QT_CONFIG(shortcut)
        self.channelRateCaption.setBuddy(self.channelRateValue)
        self.rateCaption.setBuddy(self.rateValue)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BillingMethodWidget)

        QMetaObject.connectSlotsByName(BillingMethodWidget)
    # setupUi

    def retranslateUi(self, BillingMethodWidget):
#if QT_CONFIG(accessibility)
        BillingMethodWidget.setAccessibleName(QCoreApplication.translate("BillingMethodWidget", u"Billing method", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.methodValue.setAccessibleDescription(QCoreApplication.translate("BillingMethodWidget", u"The current billing method", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.switchButton.setToolTip(QCoreApplication.translate("BillingMethodWidget", u"Switch the billing method; the new choice is then locked for 30 days", None))
#endif // QT_CONFIG(tooltip)
        self.switchButton.setText(QCoreApplication.translate("BillingMethodWidget", u"&Switch to per minute\u2026", None))
        self.channelRateCaption.setText(QCoreApplication.translate("BillingMethodWidget", u"Per-channel rate:", None))
#if QT_CONFIG(accessibility)
        self.channelRateValue.setAccessibleDescription(QCoreApplication.translate("BillingMethodWidget", u"What per-channel billing charges", None))
#endif // QT_CONFIG(accessibility)
        self.rateCaption.setText(QCoreApplication.translate("BillingMethodWidget", u"Per-minute rate:", None))
#if QT_CONFIG(accessibility)
        self.rateValue.setAccessibleDescription(QCoreApplication.translate("BillingMethodWidget", u"What per-minute billing charges", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageIcon.setAccessibleName(QCoreApplication.translate("BillingMethodWidget", u"Warning", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

