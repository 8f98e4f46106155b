"""Trình xem số liệu tổ chức đảng tỉnh Lạng Sơn — a viewer of the Lạng Sơn provincial Party
organisation's figures."""

__version__ = "0.1.0"
APP_NAME = "LangSonPartyViewer"
ORG_NAME = "LangSonPartyViewer"
