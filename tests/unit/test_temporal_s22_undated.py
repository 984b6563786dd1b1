"""Session 22, undated reports: the DCT an undated report takes from its folder is on or after
every weekday it tells as past from the folder's day on; a dated sibling's weekday that owns a
noun of the story ("Thursday's robbery") names the story's day even beside a later step.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

# ruff: noqa: E501  (one row a line reads as a table)
import pytest

# An undated report dated by its folder's day is written on or after every weekday it tells as
# past from that day on ("was detained on Thursday" after a Tuesday story read on Wednesday).
# fmt: off
TOLD_AFTER_HINT = [
    ("Police have arrested a fourth person over Tuesday's robbery. The suspect was detained on Thursday, a source said.", "2026-05-13", "2026-05-14"),
    ("A fifth man was charged on Friday over Monday's shooting at the market.", "2026-05-12", "2026-05-15"),
    ("Two men were arrested on Saturday after Thursday's crash, police said.", "2026-05-15", "2026-05-16"),
    ("The bus crashed on Tuesday. The van had been stolen on Thursday, police said.", "2026-05-13", "2026-05-13"),
    ("The bus crashed on Tuesday. The driver will appear in court on Thursday.", "2026-05-13", "2026-05-13"),
    ("The bus crashed on Tuesday afternoon, killing two.", "2026-05-13", "2026-05-13"),
]
# fmt: on


@pytest.mark.parametrize("text,hint,dct", TOLD_AFTER_HINT)
def test_s22_undated_after_folder_day(text: str, hint: str, dct: str) -> None:
    from incident_reader.core.temporal.dct import infer_dct_with_evidence

    found = infer_dct_with_evidence(text, 2026, hint)
    assert found is not None and found[0] == dct, found


# A dated sibling's weekday that owns a noun of the story ("Thursday's robbery") names the story's
# day even in a sentence telling a later step (arrests, charges); a later stage's own noun
# ("Thursday's hearing") or a court day does not.
UNDATED = "Gunmen on Thursday afternoon attacked a bank in the town. The commissioner visited the scene on Friday."
# fmt: off
SIBLING_POSSESSIVES = [
    ("Police on Friday paraded five suspects arrested in connection with Thursday's robbery of the bank.", "2026-09-18"),
    ("Three men were charged over Thursday's bank raid, police said.", "2026-09-18"),
    ("Officers arrested two men after Thursday's attack on the bank.", "2026-09-18"),
    ("The suspects appeared in court on Thursday, charged with the raid.", None),
    ("Police said Thursday's hearing was adjourned after the arrests.", None),
    ("A week on, the toll from last Thursday's raid has risen to five, police said.", "2026-09-18"),
]
# fmt: on


@pytest.mark.parametrize("sibling,day", SIBLING_POSSESSIVES)
def test_s22_sibling_possessive_day(sibling: str, day: str | None) -> None:
    from incident_reader.core.sibling_days import sibling_day

    assert sibling_day(UNDATED, [(sibling, "2026-09-18")]) == day
