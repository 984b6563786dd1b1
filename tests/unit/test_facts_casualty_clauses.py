"""Casualty wordings of other writers: coordinated clauses, multiplied and bounded numbers, tolls
placed by a phrase, lives taken by any event verb, transfers between hospitals, what did not happen.

Every sentence here was written for these tests (none comes from a dev, check or real report): each
row is one class of wording, with nouns and verbs the rules keep no list of.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from incident_reader.core.facts import extract
from incident_reader.core.facts.numbers import parse_count
from incident_reader.core.model import DctSource, Fact, Report

KILLED, INJURED = "casualties.killed", "casualties.injured"
HOSPITALISED = "casualties.hospitalised"


def _facts(text: str) -> list[Fact]:
    report = Report("r", Path("r.txt"), "", text, "2024-06-15", DctSource.HEADER, "0")
    return list(extract(report, "2024-06-15", ()).facts)


def values(text: str, kind: str) -> list[Any]:
    return [f.value for f in _facts(text) if f.kind == kind]


AT_LEAST = {"min": 12, "max": None}

CLASSES = [
    # a second clause counts another kind: "N more/others" + a short verb, no auxiliary needed
    ("FIVE dockers were killed and eleven more hurt when the gantry fell.", INJURED, [11]),
    ("FIVE dockers were killed and eleven more hurt when the gantry fell.", KILLED, [5]),
    ("One tourist drowned, while six others were injured in the surge.", INJURED, [6]),
    (
        "Two hikers were hurt and three more were hospitalised after the rockslide.",
        HOSPITALISED,
        [3],
    ),
    # the same kind again in a joined clause adds to the first count: four died in all
    ("Two climbers died on Monday and two more died on Tuesday.", KILLED, [4]),
    # "left N with injuries", alone or after a count of the dead
    ("The boiler blast left 14 with burns.", INJURED, [14]),
    ("The pile-up left a cyclist dead and four others with minor injuries.", INJURED, [4]),
    ("The pile-up left a cyclist dead and four others with minor injuries.", KILLED, [1]),
    ("Medics left the scene with no injuries reported.", INJURED, [0]),
    # an active verb's count after "another" or "a further"
    ("The gas leak killed 31 miners and injured another 64.", INJURED, [64]),
    ("The mortar round killed two and wounded a further 19 villagers.", INJURED, [19]),
    # numbers multiplied by a dozen, a hundred or a thousand, and "no fewer than"
    ("Some three dozen worshippers were injured in the crush.", INJURED, [36]),
    ("More than a hundred marchers were hurt.", INJURED, [{"min": 101, "max": None}]),
    ("Two thousand people were injured in the quake.", INJURED, [2000]),
    ("No fewer than 12 traders were feared killed in the inferno.", KILLED, [AT_LEAST]),
    ("Not less than 12 villagers died in the mudslide.", KILLED, [AT_LEAST]),
    # a toll placed by a phrase, with modifiers, raised by a past-tense verb
    ("The death toll from Friday's landslide in Upper Kesh climbed to 31.", KILLED, [31]),
    ("The toll after the ferry capsize has reached 17.", KILLED, [17]),
    ("The discovery brought the provisional death toll to 52.", KILLED, [52]),
    ("Rescuers said the injury toll was not yet known.", KILLED, []),
    # any event verb that takes lives, with the people named after
    ("The avalanche cost the lives of four guides.", KILLED, [4]),
    ("The storm took the lives of nine fishermen.", KILLED, [9]),
    # "deceased" as a state and as a counted noun; "all of the N dead" is the whole
    ("A female cyclist, aged 61, was pronounced deceased at the scene.", KILLED, [1]),
    ("Relatives gathered to identify all of the 37 deceased.", KILLED, [37]),
    # an apposition in double dashes, and one opened by "including", before any predicate
    ("Five people -- three porters and two guests -- were injured.", INJURED, [5]),
    ("Nine pupils, including two sisters, sustained minor injuries.", INJURED, [9]),
    # a share named by "of the most ... hurt" is not a count of the hurt
    (
        "Thirty riders suffered cuts, and six of the most badly hurt were flown to hospital.",
        INJURED,
        [30],
    ),
    (
        "Thirty riders suffered cuts, and six of the most badly hurt were flown to hospital.",
        HOSPITALISED,
        [6],
    ),
    # one subject shared by a hurt verb and a hospital verb: the count, not one person
    (
        "At least 8 crew sustained burns and had been taken to the naval hospital.",
        HOSPITALISED,
        [{"min": 8, "max": None}],
    ),
    # hospital wards and facilities, treatment sought at a hospital, care in hospital
    ("Two climbers were admitted to the intensive care unit.", HOSPITALISED, [2]),
    ("Five were rushed to a nearby medical facility.", HOSPITALISED, [5]),
    ("Nine fans sought treatment at hospitals in the city.", HOSPITALISED, [9]),
    ("Three labourers were being cared for in hospital.", HOSPITALISED, [3]),
    # a "number of" tally that stood, and counted injuries with a reporting verb
    ("The number of injured stood at 37 on Friday.", INJURED, [37]),
    ("Marshals said 14 injuries were recorded.", INJURED, [14]),
    ("Eight casualties were taken to hospital.", INJURED, []),
    # "on board" between the counted phrase and its verb; a vague object after "of"
    ("All 12 people on board were killed.", KILLED, [12]),
    ("The quake injured scores of people.", INJURED, [{"min": 40, "max": None}]),
    ("The fumes killed hundreds of sheep.", KILLED, []),
    # a definite subject's verb followed by a place or a time is still its verb
    ("The pedestrian, a retired teacher, died at the scene.", KILLED, [1]),
    ("The cyclist died over the weekend.", KILLED, [1]),
    # the total of an of-phrase counts the dead even when a share is named first
    ("Two of the 150 dead were foreign tourists.", KILLED, [150]),
    # treated for any condition, not for shock; a shared auxiliary across a short phrase
    ("Twenty spectators were treated for breathing difficulties.", INJURED, [20]),
    ("Four divers were treated for decompression sickness at the quay.", INJURED, [4]),
    ("Two anglers were hauled from the river and treated for hypothermia.", INJURED, [2]),
    ("Six passengers were treated for shock.", INJURED, []),
    # everyone unhurt is a zero; one person unhurt is not
    ("All 53 pilgrims escaped unhurt.", INJURED, [0]),
    ("Everyone on board walked away uninjured.", INJURED, [0]),
    ("The driver escaped unhurt.", INJURED, []),
    # any participle with injuries; the dead named after the wounded
    ("Eleven miners were brought up with minor injuries.", INJURED, [11]),
    ("Six fans were shot, two fatally.", KILLED, [2]),
    # a hospital named after a condition, treatment undergone there, "admitted in"
    ("Four fans were listed in critical condition at Harlow Medical Center.", HOSPITALISED, [4]),
    ("Six porters are undergoing treatment for burns at the civil hospital.", HOSPITALISED, [6]),
    ("Three were admitted in the Taluk Hospital.", HOSPITALISED, [3]),
    # hospitals as the subject, plural and placed; crews that had taken people there
    ("Hospitals across the county received 52 patients.", HOSPITALISED, [52]),
    ("Paramedics said they had taken 11 people to hospital.", HOSPITALISED, [11]),
    ("Ambulances took the 12 wounded to hospitals in the capital.", HOSPITALISED, [12]),
    # one's own way there, presenting at emergency departments, kept in overnight
    ("Two others made their own way to hospital.", HOSPITALISED, [2]),
    ("Thirty workers presented to emergency departments with rashes.", HOSPITALISED, [30]),
    ("Two climbers were kept in overnight for observation.", HOSPITALISED, [2]),
    # a "number of" tally placed by a phrase; a participle with a place before "and injured"
    ("The number of people hurt in the pile-up has climbed to 23.", INJURED, [23]),
    ("Six cyclists were caught in the spray and injured.", INJURED, [6]),
    ("Medics treated 16 for minor cuts.", INJURED, [16]),
    # a relative clause or "including" before an intransitive "died"
    ("A woman who was struck by the tram died in hospital.", KILLED, [1]),
    ("Nine villagers including four children died.", KILLED, [9]),
    # the dead named after a copula
    ("The dead are Mira Voss, 31, and Tomas Lind, 58.", KILLED, [2]),
    ("Those killed were named as Mira Voss, Tomas Lind and Ada Rusk.", KILLED, [3]),
    # "and another died": one more of the same dead, as one count
    ("Three riders were killed outright and another died later in hospital.", KILLED, [4]),
    ("Two guards died at the gate and another two died in hospital.", KILLED, [4]),
    ("Two people were killed and another was injured.", INJURED, [1]),
    # a rate is a statistic, not the incident's count
    ("About 1,700 people are killed on the roads each year.", KILLED, []),
    ("Some 300 workers die annually in such accidents.", KILLED, []),
    # "recovering" says the hurt; a participle phrase in apposition; a lead in capitals
    ("One diver is dead and three others are recovering in hospital.", INJURED, [3]),
    ("The town is recovering the cost of the clean-up.", INJURED, []),
    ("Four fans, ranging in age from 15 to 40, were airlifted to hospital.", HOSPITALISED, [4]),
    ("A TEENAGER died after the quad bike flipped.", KILLED, [1]),
    ("THREE pensioners were hurt when the bus braked.", INJURED, [3]),
    # a hospital that was treating them, said by the hospital or its doctors
    ("Doctors at Kell Infirmary were treating 14 people overnight.", HOSPITALISED, [14]),
    ("Kell Hospital said it was treating 12 patients from the fire.", HOSPITALISED, [12]),
    # a participle of the of-phrase is not the clause's verb (the nine are no injured count; the
    # 30 the of-phrase tells hurt are)
    ("Nine of the 30 people hurt were taken to hospital.", INJURED, [30]),
    ("Nine of the 30 people hurt were taken to hospital.", HOSPITALISED, [9]),
    # a medical college is a hospital; an active "hospitalised"; "N more were treated"
    ("Six were admitted to the district medical college.", HOSPITALISED, [6]),
    ("The smoke hospitalised five firefighters.", HOSPITALISED, [5]),
    ("Two riders were hospitalised and 15 more were treated at the track.", INJURED, [15]),
    # a number in words repeated in figures; a tally that "numbered"
    ("Four (4) persons were confirmed dead.", KILLED, [4]),
    ("The bandits killed nine (9) farmers.", KILLED, [9]),
    ("The injured numbered 26 by nightfall.", INJURED, [26]),
    # a tally over a period counts many incidents; a ranking over a period does not
    ("The pass has seen 14 deaths since 2011.", KILLED, []),
    ("More than 200 climbers have died on the ridge in the past decade.", KILLED, []),
    ("Three hikers were killed in the deadliest rockfall since 2011.", KILLED, [3]),
    # what could have happened is no count
    ("The device could have killed hundreds, detectives said.", KILLED, []),
    ("Officers said dozens might have been injured had the wall fallen.", INJURED, []),
]


@pytest.mark.parametrize(("sentence", "kind", "expected"), CLASSES)
def test_casualty_wordings_of_other_writers(sentence: str, kind: str, expected: list[Any]) -> None:
    assert values(sentence, kind) == expected


TRANSFERS = [
    # a hospital count after a larger one that only moves some of those already there
    (
        "Seven miners were taken to the county hospital. Two of them were later transferred to a "
        "burns unit in the capital.",
        [7],
    ),
    (
        "Paramedics took 12 people to hospital. One was subsequently airlifted to a trauma centre.",
        [12],
    ),
    # a share of them named after the count is not a count of its own
    ("Five climbers were taken to hospital. One of them was flown to a spinal unit.", [5]),
    # a larger share after a count of those treated is the hospital count
    (
        "Twenty staff needed hospital care. Eleven of them were taken to the county hospital.",
        [
            20,
            11,
        ],
    ),
    # a larger count after a smaller one is an update, not a transfer
    ("Three people were taken to hospital. Later, five were taken to hospital.", [3, 5]),
]


@pytest.mark.parametrize(("text", "expected"), TRANSFERS)
def test_a_transfer_is_not_a_hospital_count(text: str, expected: list[Any]) -> None:
    assert values(text, HOSPITALISED) == expected


TOTALS = [
    # a vague count beside an exact one of the same kind gives way; a bound stays
    ("Dozens of fans were hurt in the crush. Officials later said 31 people were injured.", [31]),
    (
        "At least seven people were injured. Officials said 9 people were injured.",
        [
            {"min": 7, "max": None},
            9,
        ],
    ),
    # one person beside a larger bounded count is one of them
    (
        "More than a dozen passengers were injured. A guard was treated for a broken arm.",
        [{"min": 13, "max": None}],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOTALS)
def test_vague_and_single_counts_beside_a_total(text: str, expected: list[Any]) -> None:
    assert values(text, INJURED) == expected


NUMBERS = [
    ("two dozen", 24),
    ("a hundred", 100),
    ("three thousand", 3000),
    ("12 dozen", 144),
    ("no fewer than 40", {"min": 40, "max": None}),
    ("no less than 7", {"min": 7, "max": None}),
    ("three (3)", 3),
]


@pytest.mark.parametrize(("phrase", "value"), NUMBERS)
def test_multiplied_and_bounded_numbers(phrase: str, value: Any) -> None:
    assert parse_count(phrase) == value
