"""A toll that only ever rises with the date, from the first hours to reports months and a year
on, was revised at every step: two of its later reports that differ are a revision, not a
dispute. Figures that go down again, or two reports alone, keep the settled-story rule."""

from __future__ import annotations

import pytest

from incident_reader.core.align import compare
from incident_reader.core.model import FactValue
from tests.unit.test_align_pairs import _pairs, _report

Figures = list[tuple[str, FactValue, str | None]]


def labels(figures: Figures) -> dict[tuple[str, str], str]:
    reports = [_report(f"r{n}", words, value, dct) for n, (words, value, dct) in enumerate(figures)]
    return _pairs(compare(reports))


RISING: Figures = [
    ("at least 120 people died", {"min": 120, "max": None}, "2025-05-03"),
    ("126 people died", 126, "2025-05-05"),
    ("127 people died", 127, "2025-05-05"),
    ("130 people died", 130, "2025-08-20"),  # months on: the story has settled
    ("131 people died", 131, "2026-05-03"),  # a year on
]


def test_later_figures_of_a_rising_toll_revise_each_other() -> None:
    found = labels(RISING)
    assert found[("r3", "r4")] == "revised"  # 130 months on, 131 a year on
    assert found[("r1", "r4")] == "revised"


@pytest.mark.parametrize(
    ("figures", "pair"),
    [
        pytest.param(
            [
                ("130 died", 130, "2025-08-20"),
                ("128 died", 128, "2026-01-10"),
                ("131 died", 131, "2026-05-03"),
            ],
            ("r0", "r2"),
            id="a toll that falls between",
        ),
        pytest.param(
            [("130 died", 130, "2025-08-20"), ("131 died", 131, "2026-05-03")],
            ("r0", "r1"),
            id="two settled reports alone",
        ),
    ],
)
def test_settled_reports_that_differ_without_a_rising_toll_conflict(
    figures: Figures, pair: tuple[str, str]
) -> None:
    assert labels(figures)[pair] == "conflict"


def test_an_undated_figure_below_every_dated_one_of_a_rising_toll_is_its_first_stage() -> None:
    found = labels(
        [
            ("two people died", 2, None),  # undated: the first hours' figure
            ("three people died", 3, "2025-05-04"),
            ("three died", 3, "2025-05-04"),
            ("four people died", 4, "2026-05-03"),
        ]
    )
    assert found[("r0", "r1")] == "revised"
    assert found[("r0", "r3")] == "revised"


@pytest.mark.parametrize(
    ("figures", "pair"),
    [
        pytest.param(
            [
                ("five people died", 5, None),  # above the dated figures: no first stage
                ("three people died", 3, "2025-05-04"),
                ("three died", 3, "2025-05-04"),
                ("four people died", 4, "2026-05-03"),
            ],
            ("r0", "r1"),
            id="an undated figure above the dated ones",
        ),
        pytest.param(
            [
                ("two people died", 2, None),
                ("four people died", 4, "2025-05-04"),
                ("three died", 3, "2025-06-04"),
                ("three people died", 3, "2026-05-03"),
            ],
            ("r0", "r1"),
            id="dated figures that fall",
        ),
    ],
)
def test_an_undated_figure_that_does_not_start_a_rising_toll_conflicts(
    figures: Figures, pair: tuple[str, str]
) -> None:
    assert labels(figures)[pair] == "conflict"
