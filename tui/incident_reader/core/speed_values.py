"""A speed fact's value: the figure as the report states it, in its unit, with its bound.

The extractor writes a whole mph figure as an int (40) and any other speed as text: the figure,
the unit, and a bound before it when the report gives one (">100km/h" for "more than 100 km/h",
"<=30mph" for "no more than 30mph", "43.5mph" unrounded, "95knots"). ``parse`` reads every form;
``speed_json`` is what scripts get: one number, its unit, the bound as counts carry theirs
(``min``/``max``), and the figure in mph to sort speeds of any unit together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

MPH_PER_UNIT = {"mph": 1.0, "km/h": 1 / 1.609, "knots": 1.15078}
_UNITS = {"mph": "mph", "km/h": "km/h", "kph": "km/h", "knots": "knots", "knot": "knots"}
_FORM = re.compile(r"^(>=|<=|>|<)?\s*(\d+(?:\.\d+)?)\s*(mph|km/h|kph|knots?)?$")


@dataclass(frozen=True, slots=True)
class Speed:
    """A stated speed: ``figure`` in ``unit``; ``bound`` is "", ">", ">=", "<" or "<="."""

    figure: float
    unit: str
    bound: str = ""

    @property
    def mph(self) -> float:
        """The figure in miles per hour."""
        return self.figure * MPH_PER_UNIT[self.unit]

    def mph_range(self) -> tuple[float, float]:
        """The speeds in mph the statement allows (an open end is infinite)."""
        inf = float("inf")
        if self.bound.startswith(">"):
            return self.mph, inf
        if self.bound.startswith("<"):
            return 0.0, self.mph
        return self.mph, self.mph


def parse(value: object) -> Speed | None:
    """A speed fact's value as a ``Speed`` (a bare number is mph); None if it is none."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return Speed(float(value), "mph")
    m = _FORM.match(str(value).strip().lower())
    if not m:
        return None
    return Speed(float(m[2]), _UNITS[m[3] or "mph"], m[1] or "")


def written(figure: str, unit: str, bound: str = "") -> int | str:
    """The extractor's value for a figure as read ("43.5", "km/h", ">"): a whole mph figure with
    no bound is an int, as before; anything else keeps its words' precision, unit and bound."""
    unit = _UNITS.get(unit, unit)
    if unit == "mph" and not bound and "." not in figure:
        return int(figure)
    return f"{bound}{figure}{unit}"


def speed_json(value: object) -> dict[str, Any]:
    """The keys a speed fact carries in JSON: ``value`` a number (never text), ``unit``, the bound
    as ``min``/``max`` when the report gives one ("more than 100 km/h": min 100, max null), and
    ``mph``, the figure converted; an unreadable value is left as it is."""
    speed = parse(value)
    if speed is None:
        return {"value": value}
    figure: int | float = int(speed.figure) if speed.figure.is_integer() else speed.figure
    out: dict[str, Any] = {"value": figure, "unit": speed.unit}
    if speed.bound.startswith(">"):
        out.update(min=figure, max=None)
    elif speed.bound.startswith("<"):
        out.update(min=None, max=figure)
    out["mph"] = round(speed.mph, 1)
    return out


def speed_text(item: dict[str, Any]) -> str:
    """A JSON speed (``speed_json``'s keys) for a table: "43.5mph", ">100km/h", "<=30mph"."""
    bound = ">" if item.get("min") is not None else "<" if item.get("max") is not None else ""
    return f"{bound}{item['value']}{item.get('unit', '')}"
