"""Clause structure of casualty sentences: a verb form is never a counted head, a death verb said
of things needs a person, means phrases stand between a movement and its hospital, and a
participle after a small loose count is a reduced relative (invented sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

KILLED, INJURED, HOSPITAL = (
    "casualties.killed",
    "casualties.injured",
    "casualties.hospitalised",
)

# A past form ending a counted phrase is its verb: "two others expired" names no hospital count;
# "expired" is a death only of a person (a count or a person head), never of a permit.
VERB_HEADS: list[tuple[str, str, list[Any]]] = [
    ("Three miners died underground and two others expired in hospital.", KILLED, [5]),
    ("Three miners died underground and two others expired in hospital.", HOSPITAL, []),
    ("Two others expired later that night.", KILLED, [2]),
    ("The patient expired shortly after midnight.", KILLED, [1]),
    ("His driving licence had expired in 2019.", KILLED, []),
    ("The permit expired last week and the quarry was closed.", KILLED, []),
    ("Four wounded were flown to the base hospital.", HOSPITAL, [4]),
    ("Two injured were carried out on stretchers.", INJURED, [2]),
]
# Means, manner and company between a verb of movement and "to hospital".
MEANS_PATHS = [
    ("All five were transported by boat and then by road ambulance to hospital.", [5]),
    ("Seven people were rushed in a private car to the district hospital.", [7]),
    ("Three were taken with the help of villagers to a nearby clinic.", [3]),
    ("Two climbers were flown, by a navy helicopter, to the regional hospital.", [2]),
    ("Nine were carried on stretchers to the field hospital.", [9]),
    ("Rescuers took six people by tractor to the health centre.", [6]),
    ("Four were taken in for questioning.", []),
]
# A small loose count, a bare participle, then the clause's own verb: a description, no count;
# a large one ("dozens of people injured in the fire were ...") is still the toll.
REDUCED: list[tuple[str, str, list[Any]]] = [
    (
        "Nobody died, though a couple of fans trampled near the gate were checked by medics.",
        INJURED,
        [],
    ),
    ("A few shoppers hurt by flying glass were seen by paramedics.", INJURED, []),
    ("Several people trampled in the surge needed treatment.", INJURED, []),
    ("A few fans were trampled in the surge.", INJURED, [{"min": 2, "max": 5}]),
    (
        "Dozens of people injured in the fire were treated at the scene.",
        INJURED,
        [{"min": 24, "max": None}],
    ),
    ("A couple of people trampled in the crush needed treatment.", INJURED, []),
]


@pytest.mark.parametrize(("sentence", "kind", "expected"), VERB_HEADS + REDUCED)
def test_heads_and_reduced_relatives(sentence: str, kind: str, expected: list[Any]) -> None:
    assert values(sentence, kind) == expected


@pytest.mark.parametrize(("sentence", "expected"), MEANS_PATHS)
def test_means_between_movement_and_hospital(sentence: str, expected: list[Any]) -> None:
    assert values(sentence, HOSPITAL) == expected


# Fact boxes and table lines: a label of the kind, a colon, a count alone in its item.
LABELLED = [
    ("- Killed: 7.", KILLED, [7]),
    ("Fatalities: three (two crew, one passenger)", KILLED, [3]),
    ("* Wounded: 23", INJURED, [23]),
    ("Hospitalised: 9.", HOSPITAL, [9]),
    ("- Detained: none so far", "arrests", [0]),
    ("Arrests: 2", "arrests", [2]),
    ("Killed: Jonas Weir, 44, of Harbury", KILLED, []),
    ("Dead end: 4 roads were closed", KILLED, []),
    ("- Hospital: 8 admitted to Castlegate General, the rest sent home", HOSPITAL, [8]),
    # an arrest said as a state
    ("Keane was placed under arrest at his home.", "arrests", [1]),
    ("A second man is under arrest.", "arrests", [2]),
]


@pytest.mark.parametrize(("sentence", "kind", "expected"), LABELLED)
def test_labelled_counts(sentence: str, kind: str, expected: list[Any]) -> None:
    assert values(sentence, kind) == expected


# Bodies found in the active voice, the dead of other verbs, tallies of other heads.
DEATH_WORDS = [
    ("Divers recovered seven bodies from the wreck by nightfall.", [7]),
    ("Rescuers pulled two bodies out of the collapsed shaft.", [2]),
    ("Searchers found three more bodies on Monday.", []),
    ("A grandmother and her two grandsons were among those who perished.", [3]),
    ("Two linesmen were electrocuted on the pylon.", [2]),
    ("Five passengers were burnt alive inside the coach.", [5]),
    ("Fatalities have risen to 11.", [11]),
    ("The death count climbed to 30 on Friday.", [30]),
    ("The vote count rose to 900.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), DEATH_WORDS)
def test_death_words(sentence: str, expected: list[Any]) -> None:
    assert values(sentence, KILLED) == expected


# A count in apposition to a definite subject, between commas, dashes or brackets; group nouns of
# known size; injuries as what the counted people had.
APPOSED = [
    ("The injured, 14 in all, were taken to hospital.", HOSPITAL, [14]),
    (
        "The worst hurt, I'm told nine people, were airlifted to the regional hospital.",
        HOSPITAL,
        [9],
    ),
    ("The victims – two women and a man – died at the scene.", KILLED, [3]),
    ("The passengers (11 in total) were taken to hospital for checks.", HOSPITAL, [11]),
    ("The crash, the third this year, killed two people.", KILLED, [2]),
    ("The driver, 45, was taken to hospital.", HOSPITAL, [1]),
    ("The accused duo was nabbed near the border.", "arrests", [2]),
    ("Seven people had minor injuries.", INJURED, [7]),
]


@pytest.mark.parametrize(("sentence", "kind", "expected"), APPOSED)
def test_apposed_counts(sentence: str, kind: str, expected: list[Any]) -> None:
    assert values(sentence, kind) == expected


# A figure told as given before and since replaced is no statement of the report's count.
SUPERSEDED = [
    ("Officials had earlier put the toll at six.", KILLED, []),
    ("The coastguard initially said five people had died.", KILLED, []),
    ("An earlier version of this story said 15 people were injured.", INJURED, []),
    ("Officials first said four people had been taken to hospital.", HOSPITAL, []),
    ("Two people died earlier today.", KILLED, [2]),
    ("Three people were hurt in the first explosion.", INJURED, [3]),
    # a provisional toll told in the pluperfect: a stage before the report's own figure
    ("The civil protection had announced a provisional toll of 23 dead on Thursday.", KILLED, []),
    ("In his 5pm statement the spokesman had given a provisional toll of seven dead.", KILLED, []),
    ("The ministry had earlier released a preliminary figure of 28 killed.", KILLED, []),
    ("On Monday the governor had put the initial death toll at nine.", KILLED, []),
    ("Rescuers had issued a first count of 14 injured.", INJURED, []),
    # near misses: the provisional toll stated now, or a pluperfect of no toll stage
    ("The provisional toll stands at seven deaths.", KILLED, [7]),
    ("Police gave a provisional toll of five dead on Monday.", KILLED, [5]),
    ("By Monday night the ministry had confirmed that 14 people were killed.", KILLED, [14]),
    ("The authorities had announced a curfew after six people were killed.", KILLED, [6]),
]


@pytest.mark.parametrize(("sentence", "kind", "expected"), SUPERSEDED)
def test_superseded_figures(sentence: str, kind: str, expected: list[Any]) -> None:
    assert values(sentence, kind) == expected


# Arrests: a definite person taken into custody; none made, in other wordings.
ARRESTS = [
    ("Deputies took the suspect into custody after a short chase.", [1]),
    ("Officers took the brothers into custody.", []),
    ("Police took two men into custody.", [2]),
    ("No arrests were reported.", [0]),
    ("Police have not made any arrests.", [0]),
    ("Detectives have yet to make an arrest.", [0]),
]


@pytest.mark.parametrize(("sentence", "expected"), ARRESTS)
def test_arrest_wordings(sentence: str, expected: list[Any]) -> None:
    assert values(sentence, "arrests") == expected


# "a total of" before an object's count; "the remaining two died" adds to the dead just counted.
TOTALS = [
    ("The crash killed a total of five people, police said.", KILLED, [5]),
    ("The blast injured a total of 40 people.", INJURED, [40]),
    ("Two died on the spot, and the remaining three died later in hospital.", KILLED, [5]),
    ("Four were killed outright and the other two died on the way to hospital.", KILLED, [6]),
]


@pytest.mark.parametrize(("sentence", "kind", "expected"), TOTALS)
def test_totals(sentence: str, kind: str, expected: list[Any]) -> None:
    assert values(sentence, kind) == expected


# Headlines: a bare singular person noun first in its line, "die" before a clause, toll verbs in
# the present tense.
HEADLINES = [
    ("Man, 52, dies after fall from scaffolding", KILLED, [1]),
    ("Teen cyclist seriously hurt in Ashgrove crash", INJURED, [1]),
    ("Nurse killed as tree falls on car", KILLED, [1]),
    ("Flood hurt crops across the valley", INJURED, []),
    ("Everyone was unhurt", INJURED, [0]),
    ("Everyone was evacuated", HOSPITAL, []),
    ("Police arrested nobody", "arrests", []),
    ("Three die as boat capsizes off Kinsale", KILLED, [3]),
    ("More people will die as the heat builds.", KILLED, []),
    ("Death toll hits 14 in hostel blaze", KILLED, [14]),
    ("Boy, 15, arrested over school stabbing", "arrests", [1]),
]


@pytest.mark.parametrize(("sentence", "kind", "expected"), HEADLINES)
def test_headlines(sentence: str, kind: str, expected: list[Any]) -> None:
    assert values(sentence, kind) == expected


# Nominal predicates, the rest of a counted set, a relative clause of another verb, custody words.
REST_AND_NOMINALS = [
    ("The blast resulted in the injury of nine others.", INJURED, [9]),
    (
        "Of the injured, four went to hospital, while the other three were treated at the scene.",
        INJURED,
        [],
    ),
    ("The remaining two were treated for shock.", INJURED, []),
    ("Six of the passengers who swam ashore were sent to hospital.", HOSPITAL, [6]),
    # (the share is no count; its whole, told of the hurt, is)
    ("Two of the five people who were injured were children.", INJURED, [5]),
    ("The quarry manager has been placed under police control.", "arrests", [1]),
    ("The fire was brought under control by midnight.", "arrests", []),
]


@pytest.mark.parametrize(("sentence", "kind", "expected"), REST_AND_NOMINALS)
def test_rest_and_nominals(sentence: str, kind: str, expected: list[Any]) -> None:
    assert values(sentence, kind) == expected


def test_the_injured_taken_to_hospital_are_all_of_them() -> None:
    text = "Eleven people were injured. Police said the injured were taken to Dunmore Hospital."
    assert values(text, HOSPITAL) == [11]
    text = "Eleven people were injured. Half of the injured were taken to hospital."
    assert 11 not in values(text, HOSPITAL)


# "N others" after a share of the kind's own set are the rest of that set, not a count of their own.
OTHERS_OF_A_SHARE = [
    ("Four of the dead were crew, while three others expired in hospital.", KILLED, []),
    ("Two of the injured are critical and five others were hurt slightly.", INJURED, []),
    ("Two of them were children, and three others were injured.", INJURED, [3]),
    ("Three people died and two others were injured.", INJURED, [2]),
]


@pytest.mark.parametrize(("sentence", "kind", "expected"), OTHERS_OF_A_SHARE)
def test_others_after_a_share(sentence: str, kind: str, expected: list[Any]) -> None:
    assert values(sentence, kind) == expected
