"""Read-only record classes, written out by hand: the domain's, the diagnostics', the results'.

They behave as ``@dataclass(frozen=True, slots=True)`` classes would: fields set once by
``__init__``, compared and hashed as the tuple of their compared fields (only with an object of
the same class), shown by ``repr`` as ``Class(field=value, …)``, and refusing assignment with
:class:`FrozenInstanceError`. They are not made by :mod:`dataclasses` because that generates
and compiles the source of each method at import: some 90 functions, about 10 ms of every
start of the program before its window is painted (see ``docs/performance.md``).

A record class lists its fields in ``__slots__``, writes its own ``__init__``, and is finished
by :func:`record`. The ``__init__`` first turns the new object into the class's open twin
(``cls._open``: the same fields, but assignable), stores each field as usual, and turns it
back: a national file makes millions of records, and a plain store takes a fifth of the time
of ``object.__setattr__`` (a unit of 15 fields: 0.4 instead of 2.5 µs to make)::

    def __init__(self, a, b) -> None:
        _set(self, "__class__", self._open)
        self.a = a
        self.b = b
        self.__class__ = Point

Record classes are final (a subclass would be turned back into its base by ``__init__``).
No Qt here.
"""
from __future__ import annotations

from operator import attrgetter

_set = object.__setattr__  # what a record's __init__ opens the new object with


class FrozenInstanceError(AttributeError):
    """A field of a record was assigned or deleted: records are read-only once made."""


class Record:
    """The methods every record shares; :func:`record` fills in the class's field lists."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()  # every field, in the order of __init__'s parameters
    _given: tuple[str, ...] = ()  # the fields a caller gives (not the derived ones)
    _shown: tuple[str, ...] = ()  # the fields repr() shows
    _key = staticmethod(lambda self: ())  # the compared fields' values, as one tuple
    _args = staticmethod(lambda self: ())  # the pickled fields' values, as one tuple
    _open: type  # the open twin of the class (see the module's description)

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._shown)
        return f"{type(self).__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key(self) == other._key(other)  # type: ignore[attr-defined]
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._key(self))

    def replace(self, **changes: object):  # noqa: ANN201 - the same class
        """A copy with some fields changed (as ``dataclasses.replace``); derived fields are made
        anew by the copy's owner, not copied."""
        return type(self)(**{**{n: getattr(self, n) for n in self._given}, **changes})

    def as_dict(self) -> dict[str, object]:
        """The fields and their values (not copied deeper, unlike ``dataclasses.asdict``)."""
        return {n: getattr(self, n) for n in self._fields}

    def __reduce__(self):  # noqa: ANN204
        # Pickled (the loader's cache) as a call of the class with its fields: reading back
        # 100,000 units through __setstate__ instead would take half as long again.
        return (self.__class__, self._args(self))


def _getter(names: tuple[str, ...]):  # noqa: ANN202
    """A function giving ``(obj.a, obj.b, …)`` for ``names``; a tuple even for one name."""
    if not names:
        return lambda obj: ()
    if len(names) == 1:
        get = attrgetter(names[0])
        return lambda obj: (get(obj),)
    return attrgetter(*names)


def record(fields: tuple[str, ...] | None = None, *, not_compared: tuple[str, ...] = (),
           not_shown: tuple[str, ...] = (), derived: tuple[str, ...] = ()):  # noqa: ANN201
    """Class decorator finishing a record class. ``fields`` defaults to the class's own
    ``__slots__``. ``not_compared`` fields take no part in equality and hashing,
    ``not_shown`` ones are left out of repr, and ``derived`` ones (the last fields) are not
    pickled: their owner sets them again when it is read back."""

    def finish(cls: type) -> type:
        names = tuple(cls.__dict__["__slots__"] if fields is None else fields)
        for group in (not_compared, not_shown, derived):
            assert set(group) <= set(names), f"{cls.__name__}: unknown fields in {group}"
        assert names[len(names) - len(derived):] == derived, "derived fields must come last"
        cls._fields = names
        cls._shown = tuple(n for n in names if n not in not_shown)
        cls._key = staticmethod(_getter(tuple(n for n in names if n not in not_compared)))
        cls._given = names[:len(names) - len(derived)]
        cls._args = staticmethod(_getter(cls._given))
        # The open twin: no slots of its own (so an object may change between the two), and
        # the plain attribute stores back.
        cls._open = type(cls.__name__, (cls,), {
            "__slots__": (), "__setattr__": object.__setattr__, "__delattr__": object.__delattr__,
            "__qualname__": f"{cls.__qualname__}._open", "__module__": cls.__module__})
        return cls

    return finish


def fields_of(obj_or_class: object) -> tuple[str, ...]:
    """A record's (or record class's) field names, in order."""
    return obj_or_class._fields  # type: ignore[attr-defined]
