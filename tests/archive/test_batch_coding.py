"""The archive's coded row: each count is the figure the report stands by (not the spread of every
figure it gives), and a group's figure that rose in later reports is revised, not disputed.
Articles are invented ``extract --json`` documents."""

from __future__ import annotations

from typing import Any

from incident_reader.archive.coding import code_article
from incident_reader.archive.output import COLUMNS, incident_rows


def _fact(kind: str, value: Any, start: int, text: str = "") -> dict[str, Any]:
    end = start + len(text or "x")
    return {"kind": kind, "value": value, "start": start, "end": end, "text": text or "x",
            "incident": "i0"}  # fmt: skip


def _article(rid: str, day: str, *facts: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": rid,
        "title": f"{rid}: lorry hits shelter on Mill Lane",
        "dct": {"value": day, "source": "header line"},
        "incidents": [
            {"id": "i0", "main": True, "date": "2025-03-04", "place": "mill lane, harnby"}
        ],
        "facts": [*facts, _fact("incident.place", "mill lane, harnby", 5, "on Mill Lane")],
    }


def test_a_count_is_the_figure_the_report_stands_by_with_the_spread_agreeing_with_it() -> None:
    art = _article(
        "a", "2025-03-04",
        _fact("casualties.killed", 3, 10, "three people died"),
        _fact("casualties.killed", 3, 80, "the three victims"),
        _fact("casualties.killed", {"min": 3, "max": None}, 140, "at least three"),
        _fact("casualties.killed", 1, 200, "one man died at the scene"),  # a part, told once
    )  # fmt: skip
    coded = code_article(0, art)
    assert coded.counts["killed"] == "3"
    assert coded.spans["killed"] == (3, None)  # "at least three" agrees: the high end is open
    (row,) = incident_rows([coded])
    assert (row["killed"], row["killed_min"], row["killed_max"]) == ("3", 3, None)
    assert COLUMNS.index("killed") < COLUMNS.index("killed_min")


def test_a_figure_that_rose_in_a_later_report_is_revised_not_disputed() -> None:
    first = _article("first", "2025-03-04", _fact("casualties.killed", 2, 10, "two died"))
    later = _article("later", "2025-03-06", _fact("casualties.killed", 4, 10, "four died"))
    rows = list(incident_rows([code_article(0, first), code_article(1, later)]))
    assert rows[0]["group"] == rows[1]["group"]
    assert [(r["killed"], r["disputed"], r["revised"]) for r in rows] == [
        ("2", "", "killed"), ("4", "", "killed")
    ]  # fmt: skip


def test_two_reports_of_one_day_that_differ_dispute_the_figure() -> None:
    a = _article("a", "2025-03-04", _fact("casualties.killed", 2, 10, "two died"))
    b = _article("b", "2025-03-04", _fact("casualties.killed", 4, 10, "four died"))
    rows = list(incident_rows([code_article(0, a), code_article(1, b)]))
    assert {(r["disputed"], r["revised"]) for r in rows} == {("killed", "")}


def test_a_later_lower_figure_disputes_the_figure() -> None:
    a = _article("a", "2025-03-04", _fact("casualties.killed", 4, 10, "four died"))
    b = _article("b", "2025-03-09", _fact("casualties.killed", 2, 10, "two died"))
    rows = list(incident_rows([code_article(0, a), code_article(1, b)]))
    assert {(r["disputed"], r["revised"]) for r in rows} == {("killed", "")}
