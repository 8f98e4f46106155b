# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'search_bar.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QToolButton)
from viewer.qt_plain import set_enum_props

class Ui_SearchBar(object):
    def setupUi(self, SearchBar):
        if not SearchBar.objectName():
            SearchBar.setObjectName(u"SearchBar")
        self.layout_search = QHBoxLayout(SearchBar)
        self.layout_search.setSpacing(4)
        self.layout_search.setObjectName(u"layout_search")
        self.layout_search.setContentsMargins(0, 0, 0, 0)
        self.label_search = QLabel(SearchBar)
        self.label_search.setObjectName(u"label_search")

        self.layout_search.addWidget(self.label_search)

        self.edit_search = QLineEdit(SearchBar)
        self.edit_search.setObjectName(u"edit_search")
        self.edit_search.setClearButtonEnabled(True)

        self.layout_search.addWidget(self.edit_search)

        self.label_matches = QLabel(SearchBar)
        self.label_matches.setObjectName(u"label_matches")
        self.label_matches.setMinimumSize(QSize(56, 0))
        set_enum_props(self.label_matches, alignment="AlignCenter")

        self.layout_search.addWidget(self.label_matches)

        self.button_previous = QToolButton(SearchBar)
        self.button_previous.setObjectName(u"button_previous")
        self.button_previous.setText(u"\u25b2")
        self.button_previous.setAutoRaise(True)
        set_enum_props(self.button_previous, focusPolicy="NoFocus")

        self.layout_search.addWidget(self.button_previous)

        self.button_next = QToolButton(SearchBar)
        self.button_next.setObjectName(u"button_next")
        self.button_next.setText(u"\u25bc")
        self.button_next.setAutoRaise(True)
        set_enum_props(self.button_next, focusPolicy="NoFocus")

        self.layout_search.addWidget(self.button_next)

#if QT_CONFIG(shortcut)
        self.label_search.setBuddy(self.edit_search)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SearchBar)

        QMetaObject.connectSlotsByName(SearchBar)
    # setupUi

    def retranslateUi(self, SearchBar):
        self.label_search.setText(QCoreApplication.translate("SearchBar", u"F&ind:", None))
        self.edit_search.setPlaceholderText(QCoreApplication.translate("SearchBar", u"name or code, with or without diacritics", None))
#if QT_CONFIG(accessibility)
        self.edit_search.setAccessibleName(QCoreApplication.translate("SearchBar", u"Find a unit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.edit_search.setAccessibleDescription(QCoreApplication.translate("SearchBar", u"Type a name or an official code; diacritics may be left out", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.label_matches.setAccessibleName(QCoreApplication.translate("SearchBar", u"Matches", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.button_previous.setToolTip(QCoreApplication.translate("SearchBar", u"Previous match (Shift+F3)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.button_previous.setAccessibleName(QCoreApplication.translate("SearchBar", u"Previous match", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.button_next.setToolTip(QCoreApplication.translate("SearchBar", u"Next match (Enter, F3)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.button_next.setAccessibleName(QCoreApplication.translate("SearchBar", u"Next match", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

