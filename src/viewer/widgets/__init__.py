"""Widgets of the window: each small, each showing domain objects (``show_unit``)."""
