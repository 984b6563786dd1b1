"""Plain value classes for the modules the reader loads at start, in place of ``@dataclass``.

``dataclasses`` writes each class's ``__init__``, ``__repr__`` and ``__eq__`` (and a frozen one's
``__setattr__``, ``__delattr__`` and ``__hash__``) as source text and compiles it when the module
is imported: 3-4M instructions a class, on every first launch (ui.start_cache keeps the compiled
code for later ones). A ``Record`` writes its ``__init__`` by hand, in the module's bytecode, and
takes equality and repr from here, by the names in ``_fields``: what the dataclass gave.
"""

from __future__ import annotations

from typing import Any, ClassVar


class Record:
    """Equal to a record of the same class with equal fields; unhashable (``__eq__`` without
    ``__hash__``), like a dataclass that is not frozen; its repr names each field."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({inner})"


class FrozenRecord(Record):
    """A record whose fields cannot be set after ``__init__`` (which sets them with ``_init``),
    hashed by its fields, like a frozen dataclass; its ``__init__`` takes the fields in the
    order of ``_fields``."""

    __slots__ = ()

    def _init(self, **values: Any) -> None:
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __hash__(self) -> int:
        return hash(self._values())

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        # Pickled and copied by its fields, passed to ``__init__`` in order (the default would
        # set them one by one, which a frozen record refuses).
        return (self.__class__, self._values())
