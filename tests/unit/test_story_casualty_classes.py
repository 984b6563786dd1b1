"""Casualty counts told across clauses and sentences of a whole report (the classes the story
bank's misses show; tests/data/story_bank.jsonl is the measure, these are the rules' own cases).

Every sentence here was written for these tests (none comes from the story bank, a dev, check or
real report): each group is one class of wording, in several wordings. Each row gives the
sentence and the values expected for the kinds it names (K killed, I injured, H hospitalised).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import pytest

from incident_reader.core.facts import extract
from incident_reader.core.model import DctSource, Report

KINDS = {"K": "casualties.killed", "I": "casualties.injured", "H": "casualties.hospitalised"}


def values(text: str, kind: str) -> list[Any]:
    report = Report("r", Path("r.txt"), "", text, "2024-06-15", DctSource.HEADER, "0")
    return [f.value for f in extract(report, "2024-06-15", ()).facts if f.kind == kind]


# A toll told in parts with the second verb left out ("and two more in hospital"): one count of
# all the dead, and no hospital count of its own; or the next one by an ordinal that follows on.
TOLL_IN_PARTS = [
    ("Four climbers died on the ridge and three more in the helicopter on the way down.",
     {"K": [7], "H": []}),
    ("Eight workers perished at the site and two others in hospital later that week.",
     {"K": [10], "H": []}),
    ("Three villagers were killed instantly and one more overnight at the district clinic.",
     {"K": [4], "H": []}),
    ("Six fishermen drowned near the reef, and two more after reaching the shore.", {"K": [8]}),
    ("Two cyclists died at the junction and a third, aged 17, died the following day.",
     {"K": [3]}),
    ("Two guards were killed in the blast and a third died of his wounds on Friday.", {"K": [3]}),
    # a verb of another kind after "more" is no gap: the dead stay as told
    ("Five people died in the fire and two more were hurt.", {"K": [5], "I": [2]}),
    ("Three drivers were killed and two more in the van were injured.", {"K": [3]}),
]  # fmt: skip

# Those taken to hospital after a first predicate of their own, or told by two means.
TAKEN_AFTER = [
    ("Two men escaped through a window and were taken to hospital.", {"H": [2]}),
    ("Three climbers crawled across the ice and were flown to hospital.", {"H": [3]}),
    ("Two boys waded along the flooded lane and were later taken to hospital.", {"H": [2]}),
    ("Three miners were lifted out of the shaft by winch at dawn and flown to hospital.",
     {"H": [3]}),
    ("Three of the wounded were badly hurt and were taken to hospital.", {"H": [3]}),
    ("Six people were flown or driven to hospital.", {"H": [6]}),
    ("Two climbers were airlifted or carried to hospitals in the valley.", {"H": [2]}),
    ("Five workers were rushed and admitted to the district hospital.", {"H": [5]}),
    ("Two boys were taken through the square and were cheered.", {"H": []}),
]  # fmt: skip

# A plural head numbered only by the ages beside it.
AGED_PLURAL = [
    ("The victims, aged 19 and 21, were taken to Kell Hospital; one is critical.", {"H": [2]}),
    ("The brothers, 8, 11 and 13, were flown to hospital.", {"H": [3]}),
    ("Their children, aged 4 and 7, were later taken to hospital.", {"H": [2]}),
    ("The victims, aged 19 and 21, were named.", {"H": []}),
]  # fmt: skip

# Treated for a complaint at a hospital or clinic: hurt and in hospital.
TREATED_FOR_AT = [
    ("Two firefighters were treated for smoke inhalation at Kell General Hospital.",
     {"I": [2], "H": [2]}),
    ("The four survivors were treated for hypothermia at the health centre in Kell.",
     {"I": [4], "H": [4]}),
    ("Nine people were treated for cuts and bruises at a field clinic.", {"I": [9], "H": [9]}),
    ("Four pupils were treated for burns at the scene.", {"H": []}),
]  # fmt: skip

# Those hurt whose same clause says they died are counted among the dead only.
HURT_AND_DIED = [
    ("The victim was hit in the chest by a bullet at about 10.15am and died at the scene.",
     {"K": [1], "I": []}),
    ("Two men were shot and later died in hospital.", {"K": [2], "I": []}),
    ("Three hikers were struck by lightning on the summit and died.", {"K": [3], "I": []}),
    ("Five people were shot and one later died.", {"K": [1], "I": [5]}),
]  # fmt: skip

# Some of those a hospital count took, told after it, are no count of their own: "four of them
# were admitted"; more taken "there" by another means are added; an "including" aside never runs
# across a verb group into the next clause.
PARTS_OF_THE_TAKEN = [
    ("Twelve people were taken to hospital. Four of them were admitted.", {"H": [12]}),
    ("All nine injured were taken to Kell Infirmary; three of whom were kept in overnight.",
     {"H": [9]}),
    ("Ten people were hurt; four of them were taken to hospital.", {"I": [10], "H": [4]}),
    ("A cyclist was airlifted to hospital in Dorran with a broken hip, and two others were taken "
     "there by ambulance.", {"H": [3]}),
    ("Three miners were flown to Kell General Hospital and a further two were driven there.",
     {"H": [5]}),
    ("Two men were taken to Kell Hospital, and five were taken there later.", {"H": [2]}),
    ("The six injured, including a nurse, were seen by medics, and two of them were later taken "
     "to Kell Infirmary.", {"I": [6], "H": [2]}),
    ("Six workers, including two welders, were injured.", {"I": [6]}),
]  # fmt: skip

ROWS = [
    (text, kind, want)
    for rows in (
        TOLL_IN_PARTS,
        TAKEN_AFTER,
        AGED_PLURAL,
        TREATED_FOR_AT,
        HURT_AND_DIED,
        PARTS_OF_THE_TAKEN,
    )
    for text, wants in rows
    for kind, want in cast("dict[str, Any]", wants).items()
]


@pytest.mark.parametrize(("text", "kind", "expected"), ROWS)
def test_class(text: str, kind: str, expected: list[Any]) -> None:
    assert values(text, KINDS[kind]) == expected
