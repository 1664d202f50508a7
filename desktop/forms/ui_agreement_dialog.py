# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agreement_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtGui import (QFont, QIcon, QPixmap)
from PySide6.QtWidgets import (QDialogButtonBox, QFrame, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QTextBrowser, QVBoxLayout)
from . import resources_rc

class Ui_AgreementDialog(object):
    def setupUi(self, AgreementDialog):
        if not AgreementDialog.objectName():
            AgreementDialog.setObjectName(u"AgreementDialog")
        AgreementDialog.resize(680, 620)
        icon = QIcon()
        icon.addFile(u":/icons/document.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        AgreementDialog.setWindowIcon(icon)
        self.mainLayout = QVBoxLayout(AgreementDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(AgreementDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.titleLabel.setText(u"Service agreement")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.titleLabel)

        self.detailsLabel = QLabel(AgreementDialog)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setText(u"")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.detailsLabel)

        self.messageFrame = QFrame(AgreementDialog)
        self.messageFrame.setObjectName(u"messageFrame")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.messageFrame.sizePolicy().hasHeightForWidth())
        self.messageFrame.setSizePolicy(sizePolicy)
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
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy1)
        self.messageLabel.setText(u"Loading the service agreement\u2026")
        self.messageLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.messageLayout.addWidget(self.messageLabel)

        self.retryButton = QPushButton(self.messageFrame)
        self.retryButton.setObjectName(u"retryButton")
        icon1 = QIcon()
        icon1.addFile(u":/icons/refresh.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.retryButton.setIcon(icon1)

        self.messageLayout.addWidget(self.retryButton)


        self.mainLayout.addWidget(self.messageFrame)

        self.textCaption = QLabel(AgreementDialog)
        self.textCaption.setObjectName(u"textCaption")

        self.mainLayout.addWidget(self.textCaption)

        self.textBrowser = QTextBrowser(AgreementDialog)
        self.textBrowser.setObjectName(u"textBrowser")
        self.textBrowser.setOpenExternalLinks(False)
        self.textBrowser.setOpenLinks(False)

        self.mainLayout.addWidget(self.textBrowser)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.pdfButton = QPushButton(AgreementDialog)
        self.pdfButton.setObjectName(u"pdfButton")
        self.pdfButton.setIcon(icon)

        self.buttonLayout.addWidget(self.pdfButton)

        self.buttonBox = QDialogButtonBox(AgreementDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.textCaption.setBuddy(self.textBrowser)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AgreementDialog)

        QMetaObject.connectSlotsByName(AgreementDialog)
    # setupUi

    def retranslateUi(self, AgreementDialog):
        AgreementDialog.setWindowTitle(QCoreApplication.translate("AgreementDialog", u"Service agreement", None))
#if QT_CONFIG(accessibility)
        self.messageIcon.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.retryButton.setToolTip(QCoreApplication.translate("AgreementDialog", u"Load again from the server", None))
#endif // QT_CONFIG(tooltip)
        self.retryButton.setText(QCoreApplication.translate("AgreementDialog", u"Try &again", None))
        self.textCaption.setText(QCoreApplication.translate("AgreementDialog", u"Agreement &text:", None))
#if QT_CONFIG(accessibility)
        self.textBrowser.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Agreement text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(QCoreApplication.translate("AgreementDialog", u"Open the PDF of the agreement in your browser", None))
#endif // QT_CONFIG(tooltip)
        self.pdfButton.setText(QCoreApplication.translate("AgreementDialog", u"&Download PDF", None))
    # retranslateUi

