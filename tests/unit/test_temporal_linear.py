"""The tagger is linear on hostile input: 1 MB adversarial texts tag within a time budget.

A quadratic stage (a regex that tries every split of a space run, a scan back to the line's
start for every clock, a sentence re-read word by word for every day) takes minutes on these;
a linear one takes seconds. Process time is measured, so a busy machine does not fail them.
"""

from __future__ import annotations

import time

import pytest

from incident_reader.core.temporal import tag
from incident_reader.core.temporal.rules import SPACE_RUN, bound_spaces

MB = 1_000_000
BUDGET_S = 20.0  # for 1 MB; the quadratic month_year rule took 62 s on 60 KB


def _repeat(unit: str, size: int = MB) -> str:
    return unit * (size // len(unit) + 1)


ADVERSARIAL: list[tuple[str, str]] = [
    ("month then a space run", "killed in May" + " " * MB),
    ("month, comma, space run", "in May ," + " " * MB + "x"),
    ("space runs between months", _repeat("May" + " " * 500)),
    ("month names in a list", _repeat("May June July August ")),
    ("months with prepositions", _repeat("in May, in June, in July, ")),
    ("weekdays in one run-on", _repeat("Monday ")),
    ("clock times in one line", _repeat("at 10.30 ")),
    ("numbers before a unit", _repeat("two two two ") + " days"),
    ("a digit run", "1" * MB),
    ("a letter run ending -ed", "k" * MB + "ed on Monday"),
    ("a one-line report", _repeat("The man was killed on Monday at 7.30am in May 2019, ")),
    ("whitespace only", " \n\t" * (MB // 3)),
]


@pytest.mark.parametrize(("name", "text"), ADVERSARIAL, ids=[n for n, _ in ADVERSARIAL])
def test_one_megabyte_of_adversarial_text_tags_within_budget(name: str, text: str) -> None:
    started = time.process_time()
    found = tag(text, "2018-08-14")
    spent = time.process_time() - started
    assert spent < BUDGET_S, f"{name}: {spent:.1f} s for {len(text):,} characters"
    assert all(t.start < t.end <= len(text) for t in found)


def test_cost_grows_linearly_with_a_space_run() -> None:
    """Ten times the spaces after "May" must not cost a hundred times as much."""

    def cost(n: int) -> float:
        text = "killed in May" + " " * n
        started = time.process_time()
        for _ in range(5):
            tag(text, "2018-08-14")
        return time.process_time() - started

    small, large = cost(20_000), cost(200_000)
    assert large < 30 * max(small, 0.005)


N = SPACE_RUN
BOUNDED: list[tuple[str, str]] = [
    (r"{month}\s*,?\s+{year}", rf"{{month}}\s{{0,{N}}},?\s{{1,{N}}}{{year}}"),
    (r"[-\s]+(?:more)", rf"[-\s]{{1,{N}}}(?:more)"),
    (r"(?<=\bat\s)x\s?y", r"(?<=\bat\s)x\s?y"),  # single spaces stay as they are
]


@pytest.mark.parametrize(("pattern", "expected"), BOUNDED)
def test_space_runs_in_rules_are_bounded(pattern: str, expected: str) -> None:
    assert bound_spaces(pattern) == expected


# (text, dct, expected value of the first expression): short space runs still join a date
SPACED: list[tuple[str, str, str]] = [
    ("in May   2019", "2018-08-14", "2019-05"),
    ("on March\n14, 2017", "2018-08-14", "2017-03-14"),
    ("on 3   June 2016", "2018-08-14", "2016-06-03"),
]


@pytest.mark.parametrize(("text", "dct", "expected"), SPACED)
def test_dates_with_a_few_spaces_still_join(text: str, dct: str, expected: str) -> None:
    assert tag(text, dct)[0].value == expected
