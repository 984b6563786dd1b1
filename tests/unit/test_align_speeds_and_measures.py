"""Two compare-level classes of value, tables of invented values and descriptions.

Speeds: two figures stated in one unit that differ are two speeds, hedged or not ("about 70 km/h"
against "64 km/h"); a figure in another unit is compatible when it is a rounded conversion
("30mph" / "50 km/h"). Vehicles: a figure that measures the vehicle (seats, tonnes, wheels, engine
size) is its capacity or size, not a model or unit number: "a 14-seater minibus" and "a Nissan
Urvan minibus" may be one vehicle, "a 12-seater" and a "16-seater" are not.
"""

from __future__ import annotations

import pytest

from incident_reader.core.align.pairing import compare_values
from incident_reader.core.align.wording import compare_vehicles
from incident_reader.core.model import FactValue

SPEEDS: list[tuple[FactValue, FactValue, str]] = [
    ("90km/h", "82km/h", "conflict"),  # "at around 90 km/h" / "its speed was 82 km/h"
    ("70km/h", "64km/h", "conflict"),
    (48, 45, "conflict"),  # "nearly 48mph" / "45mph"
    ("15knots", "12knots", "conflict"),
    ("120km/h", "120km/h", "match"),
    (40, "40mph", "match"),
    ("100km/h", 62, "match"),  # a conversion that rounds to the other figure
    ("50km/h", 30, "compatible"),  # 31 mph: a rounded conversion
    ("110km/h", 70, "compatible"),  # 68.4 mph
    ("120km/h", 60, "conflict"),  # 74.6 mph
    ("20knots", 23, "match"),
]


@pytest.mark.parametrize(("a", "b", "label"), SPEEDS)
def test_speeds_in_one_unit_that_differ_conflict(a: FactValue, b: FactValue, label: str) -> None:
    assert compare_values("speed", a, b) == label
    assert compare_values("speed", b, a) == label


VEHICLES = [
    ("14-seater minibus", "nissan urvan minibus", "compatible"),
    ("33-seater coach", "white yutong coach", "compatible"),
    ("40-tonne lorry", "scania lorry", "compatible"),
    ("10-wheeler truck", "tata truck", "compatible"),
    ("125cc scooter", "red honda scooter", "compatible"),
    ("toyota hiace matatu", "14-seater matatu", "compatible"),
    ("12-seater minibus", "16-seater minibus", "conflict"),
    ("7.5-tonne lorry", "3.5 tonne lorry", "conflict"),
    ("52-passenger coach", "52-seater coach", "compatible"),  # seats, told two ways
    ("18ft boat", "18-foot boat", "compatible"),
    ("40t lorry", "44-tonne lorry", "conflict"),
    # a number that is no measure is still a unit number or a model
    ("unit 7 bus", "unit 4 bus", "conflict"),
    ("route 38 bus", "route 12 bus", "conflict"),
    ("ford focus", "ford fiesta", "conflict"),
]


@pytest.mark.parametrize(("a", "b", "label"), VEHICLES)
def test_a_measured_figure_is_no_model(a: str, b: str, label: str) -> None:
    assert compare_vehicles(a, b) == label
    assert compare_vehicles(b, a) == label
