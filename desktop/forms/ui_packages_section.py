# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'packages_section.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtGui import (QIcon)
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QTableView, QVBoxLayout, QWidget)
from . import resources_rc

class Ui_PackagesSection(object):
    def setupUi(self, PackagesSection):
        if not PackagesSection.objectName():
            PackagesSection.setObjectName(u"PackagesSection")
        PackagesSection.resize(1040, 260)
        self.packagesSectionLayout = QVBoxLayout(PackagesSection)
        self.packagesSectionLayout.setObjectName(u"packagesSectionLayout")
        self.packagesSectionLayout.setContentsMargins(0, 0, 0, 0)
        self.packagesGroup = QGroupBox(PackagesSection)
        self.packagesGroup.setObjectName(u"packagesGroup")
        self.packagesLayout = QVBoxLayout(self.packagesGroup)
        self.packagesLayout.setObjectName(u"packagesLayout")
        self.packagesView = QTableView(self.packagesGroup)
        self.packagesView.setObjectName(u"packagesView")
        self.packagesView.setTabKeyNavigation(False)
        self.packagesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.packagesView.setAlternatingRowColors(True)
        self.packagesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.packagesView.setWordWrap(False)
        self.packagesView.horizontalHeader().setStretchLastSection(False)
        self.packagesView.verticalHeader().setVisible(False)

        self.packagesLayout.addWidget(self.packagesView)

        self.totalLayout = QHBoxLayout()
        self.totalLayout.setObjectName(u"totalLayout")
        self.totalCaption = QLabel(self.packagesGroup)
        self.totalCaption.setObjectName(u"totalCaption")

        self.totalLayout.addWidget(self.totalCaption)

        self.totalValue = QLabel(self.packagesGroup)
        self.totalValue.setObjectName(u"totalValue")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.totalValue.sizePolicy().hasHeightForWidth())
        self.totalValue.setSizePolicy(sizePolicy)
        self.totalValue.setText(u"\u2014")
        self.totalValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.totalLayout.addWidget(self.totalValue)


        self.packagesLayout.addLayout(self.totalLayout)

        self.recordingLayout = QHBoxLayout()
        self.recordingLayout.setObjectName(u"recordingLayout")
        self.recordingStatusLabel = QLabel(self.packagesGroup)
        self.recordingStatusLabel.setObjectName(u"recordingStatusLabel")
        sizePolicy.setHeightForWidth(self.recordingStatusLabel.sizePolicy().hasHeightForWidth())
        self.recordingStatusLabel.setSizePolicy(sizePolicy)
        self.recordingStatusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.recordingStatusLabel.setWordWrap(True)
        self.recordingStatusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recordingLayout.addWidget(self.recordingStatusLabel)

        self.enableRecordingButton = QPushButton(self.packagesGroup)
        self.enableRecordingButton.setObjectName(u"enableRecordingButton")
        self.enableRecordingButton.setEnabled(False)
        icon = QIcon()
        icon.addFile(u":/icons/record.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.enableRecordingButton.setIcon(icon)

        self.recordingLayout.addWidget(self.enableRecordingButton)


        self.packagesLayout.addLayout(self.recordingLayout)


        self.packagesSectionLayout.addWidget(self.packagesGroup)

#if QT_CONFIG(shortcut)
        self.totalCaption.setBuddy(self.totalValue)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.packagesView, self.enableRecordingButton)

        self.retranslateUi(PackagesSection)

        QMetaObject.connectSlotsByName(PackagesSection)
    # setupUi

    def retranslateUi(self, PackagesSection):
        self.packagesGroup.setTitle(QCoreApplication.translate("PackagesSection", u"Pac&kages", None))
#if QT_CONFIG(accessibility)
        self.packagesView.setAccessibleName(QCoreApplication.translate("PackagesSection", u"Packages", None))
#endif // QT_CONFIG(accessibility)
        self.totalCaption.setText(QCoreApplication.translate("PackagesSection", u"Total per month:", None))
#if QT_CONFIG(tooltip)
        self.totalCaption.setToolTip(QCoreApplication.translate("PackagesSection", u"The sum of the prices charged every month (quantity \u00d7 cost of each package charged per month); charges per use, such as per minute, come on top", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.recordingStatusLabel.setAccessibleName(QCoreApplication.translate("PackagesSection", u"Call recording", None))
#endif // QT_CONFIG(accessibility)
        self.enableRecordingButton.setText(QCoreApplication.translate("PackagesSection", u"Enable Call Recor&ding\u2026", None))
#if QT_CONFIG(tooltip)
        self.enableRecordingButton.setToolTip(QCoreApplication.translate("PackagesSection", u"Add call recording to the account (a chargeable package) and choose which ingress routes record.", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

