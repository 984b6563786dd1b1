"""Two fires on one block a year apart, told by one fire service's spokesman, are two incidents:
a later report telling its own day's event at another hour is not a later stage of the first."""

from __future__ import annotations

from pathlib import Path

from incident_reader.core import analysis
from incident_reader.core.loading import load_corpus

FIRST = (
    "date 2024-02-01\n"
    "PELLBY, Ont. -- A man was carried out of a smoke-filled house by firefighters early Thursday. "
    "Engines were dispatched to the 400 block of Tanner Street at around 9 a.m., Capt. Idris Vane "
    "said in a statement. The man went to hospital by ambulance. Twenty-eight firefighters had "
    "the flames out within a quarter of an hour.\n"
)

SECOND = (
    "date 2025-02-07\n"
    "PELLBY, Ont. -- Firefighters brought a woman out of a burning home on Friday afternoon and "
    "she was taken to hospital. The call about the 400 block of Tanner Street came at around "
    "1:15 p.m., Capt. Idris Vane said, and crews reached the house within two minutes. Twenty-two "
    "firefighters needed about ten minutes to put the fire out.\n"
)

LATER_STAGE = (
    "date 2025-02-07\n"
    "PELLBY, Ont. -- Police have charged a man with arson over last year's fire in the 400 block "
    "of Tanner Street. Capt. Idris Vane said the blaze, first reported at around 9 a.m., was lit "
    "on purpose. The man carried out of the house that morning has recovered.\n"
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
