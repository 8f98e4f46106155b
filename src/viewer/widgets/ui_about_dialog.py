# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QTextBrowser, QVBoxLayout)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(620, 520)
        self.layout_about = QVBoxLayout(AboutDialog)
        self.layout_about.setObjectName(u"layout_about")
        self.text_about = QTextBrowser(AboutDialog)
        self.text_about.setObjectName(u"text_about")
        self.text_about.setOpenExternalLinks(True)

        self.layout_about.addWidget(self.text_about)

        self.button_box = QDialogButtonBox(parent=AboutDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout_about.addWidget(self.button_box)


        self.retranslateUi(AboutDialog)
        self.button_box.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
#if QT_CONFIG(accessibility)
        self.text_about.setAccessibleName(QCoreApplication.translate("AboutDialog", u"About this program", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

