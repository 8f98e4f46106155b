# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'problems_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)
from viewer.qt_plain import set_enum_props

class Ui_ProblemsDialog(object):
    def setupUi(self, ProblemsDialog):
        if not ProblemsDialog.objectName():
            ProblemsDialog.setObjectName(u"ProblemsDialog")
        ProblemsDialog.resize(760, 420)
        self.layout_problems = QVBoxLayout(ProblemsDialog)
        self.layout_problems.setObjectName(u"layout_problems")
        self.label_summary = QLabel(ProblemsDialog)
        self.label_summary.setObjectName(u"label_summary")
        self.label_summary.setWordWrap(True)
        set_enum_props(self.label_summary, textInteractionFlags="TextSelectableByKeyboard|TextSelectableByMouse")

        self.layout_problems.addWidget(self.label_summary)

        self.text_problems = QPlainTextEdit(ProblemsDialog)
        self.text_problems.setObjectName(u"text_problems")
        self.text_problems.setReadOnly(True)
        self.text_problems.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text_problems.setTabChangesFocus(True)
        set_enum_props(self.text_problems, textInteractionFlags="TextSelectableByKeyboard|TextSelectableByMouse")

        self.layout_problems.addWidget(self.text_problems)

        self.layout_buttons = QHBoxLayout()
        self.layout_buttons.setObjectName(u"layout_buttons")
        self.button_copy = QPushButton(ProblemsDialog)
        self.button_copy.setObjectName(u"button_copy")

        self.layout_buttons.addWidget(self.button_copy)

        self.button_box = QDialogButtonBox(parent=ProblemsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout_buttons.addWidget(self.button_box)


        self.layout_problems.addLayout(self.layout_buttons)

        QWidget.setTabOrder(self.text_problems, self.button_copy)
        QWidget.setTabOrder(self.button_copy, self.button_box)

        self.retranslateUi(ProblemsDialog)
        self.button_box.rejected.connect(ProblemsDialog.reject)

        QMetaObject.connectSlotsByName(ProblemsDialog)
    # setupUi

    def retranslateUi(self, ProblemsDialog):
#if QT_CONFIG(accessibility)
        self.text_problems.setAccessibleName(QCoreApplication.translate("ProblemsDialog", u"Problems found in the file", None))
#endif // QT_CONFIG(accessibility)
        self.button_copy.setText(QCoreApplication.translate("ProblemsDialog", u"&Copy all", None))
        pass
    # retranslateUi

