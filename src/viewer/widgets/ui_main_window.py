# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QMenuBar,
    QPushButton, QSplitter, QStatusBar, QToolBar, QTreeView, QVBoxLayout,
    QWidget)
from viewer.qt_plain import set_enum_props

from viewer.widgets.detail_pane import DetailPane
from viewer.widgets.search_bar import SearchBar

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.layout_central = QVBoxLayout(self.central_widget)
        self.layout_central.setSpacing(4)
        self.layout_central.setObjectName(u"layout_central")
        self.layout_central.setContentsMargins(6, 6, 6, 0)
        self.frame_file_changed = QFrame(self.central_widget)
        self.frame_file_changed.setObjectName(u"frame_file_changed")
        self.frame_file_changed.setVisible(False)
        self.frame_file_changed.setFrameShape(QFrame.Shape.StyledPanel)
        self.layout_file_changed = QHBoxLayout(self.frame_file_changed)
        self.layout_file_changed.setObjectName(u"layout_file_changed")
        self.layout_file_changed.setContentsMargins(-1, 4, -1, 4)
        self.label_file_changed = QLabel(self.frame_file_changed)
        self.label_file_changed.setObjectName(u"label_file_changed")
        self.label_file_changed.setWordWrap(True)

        self.layout_file_changed.addWidget(self.label_file_changed)

        self.button_reload_changed = QPushButton(self.frame_file_changed)
        self.button_reload_changed.setObjectName(u"button_reload_changed")

        self.layout_file_changed.addWidget(self.button_reload_changed)

        self.button_dismiss_changed = QPushButton(self.frame_file_changed)
        self.button_dismiss_changed.setObjectName(u"button_dismiss_changed")

        self.layout_file_changed.addWidget(self.button_dismiss_changed)


        self.layout_central.addWidget(self.frame_file_changed)

        self.splitter_main = QSplitter(parent=self.central_widget)
        self.splitter_main.setObjectName(u"splitter_main")
        set_enum_props(self.splitter_main, orientation="Horizontal")
        self.splitter_main.setChildrenCollapsible(False)
        self.panel_tree = QWidget(self.splitter_main)
        self.panel_tree.setObjectName(u"panel_tree")
        self.layout_tree = QVBoxLayout(self.panel_tree)
        self.layout_tree.setSpacing(4)
        self.layout_tree.setObjectName(u"layout_tree")
        self.layout_tree.setContentsMargins(0, 0, 0, 0)
        self.search_bar = SearchBar(self.panel_tree)
        self.search_bar.setObjectName(u"search_bar")

        self.layout_tree.addWidget(self.search_bar)

        self.tree_units = QTreeView(self.panel_tree)
        self.tree_units.setObjectName(u"tree_units")
        self.tree_units.setAlternatingRowColors(True)
        self.tree_units.setUniformRowHeights(True)
        self.tree_units.setSortingEnabled(False)
        self.tree_units.setAllColumnsShowFocus(True)

        self.layout_tree.addWidget(self.tree_units)

        self.splitter_main.addWidget(self.panel_tree)
        self.splitter_right = QSplitter(parent=self.splitter_main)
        self.splitter_right.setObjectName(u"splitter_right")
        set_enum_props(self.splitter_right, orientation="Vertical")
        self.splitter_right.setChildrenCollapsible(False)
        self.detail_pane = DetailPane(self.splitter_right)
        self.detail_pane.setObjectName(u"detail_pane")
        set_enum_props(self.detail_pane, horizontalScrollBarPolicy="ScrollBarAlwaysOff")
        set_enum_props(self.detail_pane, textInteractionFlags="LinksAccessibleByKeyboard|LinksAccessibleByMouse|TextBrowserInteraction|TextSelectableByKeyboard|TextSelectableByMouse")
        self.splitter_right.addWidget(self.detail_pane)
        self.chart_area = QFrame(self.splitter_right)
        self.chart_area.setObjectName(u"chart_area")
        self.chart_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.layout_chart = QVBoxLayout(self.chart_area)
        self.layout_chart.setObjectName(u"layout_chart")
        self.layout_chart.setContentsMargins(0, 0, 0, 0)
        self.label_chart_placeholder = QLabel(self.chart_area)
        self.label_chart_placeholder.setObjectName(u"label_chart_placeholder")
        set_enum_props(self.label_chart_placeholder, alignment="AlignCenter")
        self.label_chart_placeholder.setMinimumSize(QSize(0, 120))

        self.layout_chart.addWidget(self.label_chart_placeholder)

        self.splitter_right.addWidget(self.chart_area)
        self.splitter_main.addWidget(self.splitter_right)

        self.layout_central.addWidget(self.splitter_main)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        MainWindow.setMenuBar(self.menu_bar)
        self.tool_bar = QToolBar(MainWindow)
        self.tool_bar.setObjectName(u"tool_bar")
        self.tool_bar.setMovable(False)
        set_enum_props(self.tool_bar, toolButtonStyle="ToolButtonTextBesideIcon")
        MainWindow.addToolBar(self.tool_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)
        QWidget.setTabOrder(self.tree_units, self.detail_pane)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"L\u1ea1ng S\u01a1n Party organisation viewer", None))
#if QT_CONFIG(accessibility)
        self.frame_file_changed.setAccessibleName(QCoreApplication.translate("MainWindow", u"The data file has changed", None))
#endif // QT_CONFIG(accessibility)
        self.label_file_changed.setText(QCoreApplication.translate("MainWindow", u"The data file has changed on disk.", None))
        self.button_reload_changed.setText(QCoreApplication.translate("MainWindow", u"Reload &now", None))
        self.button_dismiss_changed.setText(QCoreApplication.translate("MainWindow", u"&Keep what is shown", None))
#if QT_CONFIG(accessibility)
        self.tree_units.setAccessibleName(QCoreApplication.translate("MainWindow", u"Party organisations", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tree_units.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"The tree of Party organisations with their members, cells and grassroots organisations", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detail_pane.setAccessibleName(QCoreApplication.translate("MainWindow", u"Details of the selected unit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chart_area.setAccessibleName(QCoreApplication.translate("MainWindow", u"Chart", None))
#endif // QT_CONFIG(accessibility)
        self.label_chart_placeholder.setText(QCoreApplication.translate("MainWindow", u"The chart will appear here", None))
        self.tool_bar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Tool bar", None))
    # retranslateUi

