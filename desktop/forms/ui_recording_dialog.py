# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recording_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtGui import (QFont, QIcon, QPixmap)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTreeWidget, QVBoxLayout)
from . import resources_rc

class Ui_RecordingDialog(object):
    def setupUi(self, RecordingDialog):
        if not RecordingDialog.objectName():
            RecordingDialog.setObjectName(u"RecordingDialog")
        RecordingDialog.resize(640, 600)
        icon = QIcon()
        icon.addFile(u":/icons/record.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        RecordingDialog.setWindowIcon(icon)
        self.mainLayout = QVBoxLayout(RecordingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(RecordingDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.step1Group = QGroupBox(RecordingDialog)
        self.step1Group.setObjectName(u"step1Group")
        self.step1Layout = QGridLayout(self.step1Group)
        self.step1Layout.setObjectName(u"step1Layout")
        self.step1Icon = QLabel(self.step1Group)
        self.step1Icon.setObjectName(u"step1Icon")
        self.step1Icon.setPixmap(QPixmap(u":/icons/record.svg"))
        self.step1Icon.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.step1Layout.addWidget(self.step1Icon, 0, 0, 1, 1)

        self.step1Status = QLabel(self.step1Group)
        self.step1Status.setObjectName(u"step1Status")
        font = QFont()
        font.setBold(True)
        self.step1Status.setFont(font)
        self.step1Status.setText(u"Checking the account's packages\u2026")
        self.step1Status.setWordWrap(True)

        self.step1Layout.addWidget(self.step1Status, 0, 1, 1, 1)

        self.step1Details = QLabel(self.step1Group)
        self.step1Details.setObjectName(u"step1Details")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.step1Details.sizePolicy().hasHeightForWidth())
        self.step1Details.setSizePolicy(sizePolicy)
        self.step1Details.setText(u"Adds the Call Recording package to the account.")
        self.step1Details.setWordWrap(True)
        self.step1Details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.step1Layout.addWidget(self.step1Details, 1, 1, 1, 1)

        self.enableLayout = QHBoxLayout()
        self.enableLayout.setObjectName(u"enableLayout")
        self.enableButton = QPushButton(self.step1Group)
        self.enableButton.setObjectName(u"enableButton")
        self.enableButton.setIcon(icon)

        self.enableLayout.addWidget(self.enableButton)

        self.disableButton = QPushButton(self.step1Group)
        self.disableButton.setObjectName(u"disableButton")

        self.enableLayout.addWidget(self.disableButton)

        self.enableSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.enableLayout.addItem(self.enableSpacer)


        self.step1Layout.addLayout(self.enableLayout, 2, 1, 1, 1)


        self.mainLayout.addWidget(self.step1Group)

        self.step2Group = QGroupBox(RecordingDialog)
        self.step2Group.setObjectName(u"step2Group")
        self.step2Layout = QVBoxLayout(self.step2Group)
        self.step2Layout.setObjectName(u"step2Layout")
        self.step2Note = QLabel(self.step2Group)
        self.step2Note.setObjectName(u"step2Note")
        self.step2Note.setText(u"Enable call recording first (step 1).")
        self.step2Note.setWordWrap(True)

        self.step2Layout.addWidget(self.step2Note)

        self.routesCaption = QLabel(self.step2Group)
        self.routesCaption.setObjectName(u"routesCaption")

        self.step2Layout.addWidget(self.routesCaption)

        self.routesTree = QTreeWidget(self.step2Group)
        self.routesTree.setObjectName(u"routesTree")
        self.routesTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.routesTree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.routesTree.setAllColumnsShowFocus(True)

        self.step2Layout.addWidget(self.routesTree)

        self.summaryLabel = QLabel(self.step2Group)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.step2Layout.addWidget(self.summaryLabel)


        self.mainLayout.addWidget(self.step2Group)

        self.messageFrame = QFrame(RecordingDialog)
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

        self.retryButton = QPushButton(self.messageFrame)
        self.retryButton.setObjectName(u"retryButton")
        icon1 = QIcon()
        icon1.addFile(u":/icons/refresh.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.retryButton.setIcon(icon1)

        self.messageLayout.addWidget(self.retryButton)


        self.mainLayout.addWidget(self.messageFrame)

        self.buttonBox = QDialogButtonBox(RecordingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.routesCaption.setBuddy(self.routesTree)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RecordingDialog)

        QMetaObject.connectSlotsByName(RecordingDialog)
    # setupUi

    def retranslateUi(self, RecordingDialog):
        RecordingDialog.setWindowTitle(QCoreApplication.translate("RecordingDialog", u"Call recording", None))
        self.introLabel.setText(QCoreApplication.translate("RecordingDialog", u"Call recording takes two steps: enable it on the account, then choose which of your customers' ingress routes record calls. Nothing is recorded until both are done.", None))
        self.step1Group.setTitle(QCoreApplication.translate("RecordingDialog", u"Step 1: Enable call recording on the account", None))
#if QT_CONFIG(accessibility)
        self.step1Icon.setAccessibleName(QCoreApplication.translate("RecordingDialog", u"Call recording", None))
#endif // QT_CONFIG(accessibility)
        self.enableButton.setText(QCoreApplication.translate("RecordingDialog", u"&Enable Call Recording\u2026", None))
#if QT_CONFIG(tooltip)
        self.disableButton.setToolTip(QCoreApplication.translate("RecordingDialog", u"Remove the Call Recording package: no ingress route records any more", None))
#endif // QT_CONFIG(tooltip)
        self.disableButton.setText(QCoreApplication.translate("RecordingDialog", u"&Disable Call Recording\u2026", None))
        self.step2Group.setTitle(QCoreApplication.translate("RecordingDialog", u"Step 2: Choose which customers' ingress routes record", None))
        self.routesCaption.setText(QCoreApplication.translate("RecordingDialog", u"&Ingress routes and their recording:", None))
        ___qtreewidgetitem = self.routesTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("RecordingDialog", u"Recording", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("RecordingDialog", u"Customer / ingress route", None))
#if QT_CONFIG(accessibility)
        self.routesTree.setAccessibleName(QCoreApplication.translate("RecordingDialog", u"Ingress routes and their recording", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageIcon.setAccessibleName(QCoreApplication.translate("RecordingDialog", u"Warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.retryButton.setToolTip(QCoreApplication.translate("RecordingDialog", u"Load again from the server", None))
#endif // QT_CONFIG(tooltip)
        self.retryButton.setText(QCoreApplication.translate("RecordingDialog", u"Try &again", None))
    # retranslateUi

