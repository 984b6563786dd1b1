"""Speeds for scripts (review s22 #10): one numeric value with its unit and its bound, as counts
carry theirs; "43.5mph" is not rounded; the comparison of speeds still works across units and
bounds.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from incident_reader.cli import main
from incident_reader.core import temporal
from incident_reader.core.align.pairing import compare_values
from incident_reader.core.align.values import COMPATIBLE, CONFLICT, MATCH
from incident_reader.core.export import fact_json
from incident_reader.core.facts import extract
from incident_reader.core.model import FactValue
from incident_reader.core.speed_values import speed_json
from tests.unit.test_facts_when_places import _report

DCT = "2025-06-01"


def _speeds(text: str) -> list[dict]:
    ex = extract(_report(text, DCT), DCT, temporal.tag(text, DCT))
    return [fact_json(f) for f in ex.facts if f.kind == "speed"]


@pytest.mark.parametrize(
    ("sentence", "keys"),
    [
        ("The stolen car reached more than 100 km/h on the Kelby bypass on Saturday.",
         {"value": 100, "unit": "km/h", "min": 100, "max": None}),
        ("Police said the van was doing over 70mph when it left the road near Arlow.",
         {"value": 70, "unit": "mph", "min": 70, "max": None}),
        ("The tram was travelling at under 20 km/h as it entered the Dunmore curve.",
         {"value": 20, "unit": "km/h", "min": None, "max": 20}),
        ("Investigators found the coach was travelling at 43.5mph on the Marrow bend.",
         {"value": 43.5, "unit": "mph", "mph": 43.5}),
        ("The lorry was moving at 62 mph on the Tarn road when the brakes failed.",
         {"value": 62, "unit": "mph", "mph": 62}),
        ("The ferry struck the pier at 12 knots, the harbour master said.",
         {"value": 12, "unit": "knots", "mph": 13.8}),
    ],
)  # fmt: skip
def test_a_speed_is_a_number_with_its_unit_and_bound(sentence: str, keys: dict) -> None:
    (speed,) = _speeds(sentence)
    assert isinstance(speed["value"], int | float) and not isinstance(speed["value"], bool)
    for key, value in keys.items():
        assert speed[key] == value, (key, speed)
    if "min" not in keys:
        assert "min" not in speed and "max" not in speed


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        (">100km/h", "110km/h", COMPATIBLE),  # within the bound
        (">100km/h", "80km/h", CONFLICT),  # below it
        (">60mph", "110km/h", COMPATIBLE),  # 68 mph, another unit
        ("<30mph", "45mph", CONFLICT),
        (">100km/h", ">100km/h", MATCH),
        ("43.5mph", 44, MATCH),  # the same speed, rounded in the other report
        (62, 48, CONFLICT),  # one unit, two figures (as before)
        (30, "50km/h", COMPATIBLE),  # a rounded conversion (as before)
    ],
)
def test_speeds_still_compare(a: FactValue, b: FactValue, status: str) -> None:
    assert compare_values("speed", a, b) == status
    assert compare_values("speed", b, a) == status


def test_speed_json_leaves_an_unreadable_value_as_it_is() -> None:
    assert speed_json("fast") == {"value": "fast"}


def test_extract_and_compare_json_give_speeds_as_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(
        "date 2025-06-01\nA stolen car reached more than 100 km/h on the Kelby bypass on Saturday"
        " before it hit a wall. Two men were arrested.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "date 2025-06-01\nThe stolen car was travelling at 110km/h when it hit a wall on the Kelby"
        " bypass on Saturday, police said. Two men were arrested.\n",
        encoding="utf-8",
    )
    assert main(["extract", str(tmp_path), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    speeds = [f for a in doc["articles"] for f in a["facts"] if f["kind"] == "speed"]
    assert sorted(f["value"] for f in speeds) == [100, 110]
    assert {f["unit"] for f in speeds} == {"km/h"}
    assert main(["compare", str(tmp_path), "--json"]) == 0
    (pair,) = [p for p in json.loads(capsys.readouterr().out)["pairs"] if p["kind"] == "speed"]
    assert pair["status"] == "compatible"
    bounded = pair["a"] if pair["a"]["value"] == 100 else pair["b"]
    assert bounded["min"] == 100 and bounded["unit"] == "km/h"
