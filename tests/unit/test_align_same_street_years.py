"""Two fires on one block a year apart, told by one fire service's spokesman, are two incidents:
a later report telling its own day's event at another hour is not a later stage of the first."""

from __future__ import annotations

from pathlib import Path

from incident_reader.core import analysis
from incident_reader.core.loading import load_corpus

FIRST = (
    "date 2024-02-01\n"
    "PELLBY, Ont. -- Crews with the Pellby Fire Department rescued a man from a burning home early "
    "Thursday. Firefighters were sent to the 400 block of Tanner Street around 9 a.m. after "
    "reports of smoke, according to a release from Capt. Idris Vane. Crews found heavy smoke and "
    "carried one adult out. That person was taken to the hospital. It took 28 firefighters about "
    "15 minutes to bring the fire under control.\n"
)

SECOND = (
    "date 2025-02-07\n"
    "PELLBY, Ont. -- One person was taken to the hospital after being rescued from a house fire on "
    "Friday afternoon. Capt. Idris Vane said the fire in the 400 block of Tanner Street was called "
    "in around 1:15 p.m. Crews arrived two minutes later and found a woman in a bedroom of the "
    "home. It took 22 firefighters around ten minutes to get the fire under control.\n"
)

LATER_STAGE = (
    "date 2025-02-07\n"
    "PELLBY, Ont. -- A man has been charged with arson over a fire in the 400 block of Tanner "
    "Street last year. Capt. Idris Vane said investigators found the fire, reported around 9 a.m., "
    "had been set deliberately. The man rescued from the home that morning has since recovered.\n"
)


def _incidents(tmp_path: Path, texts: dict[str, str]) -> list[tuple[str, ...]]:
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    comparison = analysis.compare(analysis.analyse_corpus(load_corpus([tmp_path])))
    return sorted(tuple(sorted(i.articles)) for i in comparison.incidents)


def test_fires_on_one_block_a_year_apart_at_other_hours_are_two_incidents(
    tmp_path: Path,
) -> None:
    assert _incidents(tmp_path, {"first": FIRST, "second": SECOND}) == [("first",), ("second",)]


def test_a_charge_a_year_on_telling_the_same_hour_joins_the_fire(tmp_path: Path) -> None:
    assert _incidents(tmp_path, {"first": FIRST, "later": LATER_STAGE}) == [("first", "later")]
