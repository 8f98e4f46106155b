"""Qt settings in plain values, for the code that runs before the window's first frame.

PySide6 makes the Python enums of a Qt class the first time the class is used, and the ``Qt``
namespace holds 93 enums with 1,195 members: the first use of any of them (even
``from PySide6.QtCore import Qt``) costs some 15 ms, a tenth of what a bare PySide6 window takes
to appear. So nothing that a start runs before its first frame names ``Qt``; a test checks it
(``tests/test_launch.py``). What that code needs of it comes in two plain forms:

- the values Qt hands through ``int`` arguments (item data roles, alignment flags for
  ``data()`` and ``QPainter.drawText``), as ints. They are Qt's own, fixed by its binary
  interface; ``tests/test_model.py`` checks each against PySide6's enum;
- enum-valued properties (a splitter's orientation, a label's alignment), set by the property's
  name and the value's key through Qt's meta-object system with :func:`set_enum_props`, the way
  Designer's own form loader sets them. ``tools/uic.py`` writes the compiled forms so.

Code that runs later (a dialog, a key press, a sort) uses ``Qt`` as usual.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

# Qt::ItemDataRole
DISPLAY_ROLE = 0
DECORATION_ROLE = 1
TOOLTIP_ROLE = 3
TEXT_ALIGNMENT_ROLE = 7
ACCESSIBLE_TEXT_ROLE = 11
USER_ROLE = 0x0100

# Qt::AlignmentFlag
ALIGN_RIGHT = 0x0002
ALIGN_HCENTER = 0x0004
ALIGN_VCENTER = 0x0080
ALIGN_CENTER = ALIGN_HCENTER | ALIGN_VCENTER


def set_enum_props(obj: QObject, **keys: str) -> None:
    """Set enum or flag properties of ``obj`` by the keys of their values:
    ``set_enum_props(splitter, orientation="Vertical")``, ``alignment="AlignLeft|AlignTop"``.
    A property ``obj`` does not have, one not of an enum or flags type, or a key its type does
    not have, raises ``ValueError``."""
    meta = obj.metaObject()
    for name, key in keys.items():
        index = meta.indexOfProperty(name)
        prop = meta.property(index) if index >= 0 else None
        # keysToValue() first: setProperty() would also take a number written as text.
        if (prop is None or not prop.isEnumType() or not prop.enumerator().keysToValue(key)[1]
                or not obj.setProperty(name, key)):
            raise ValueError(f"{type(obj).__name__}.{name} = {key!r}: not an enum property of "
                             f"the object, or not a key of its type")
