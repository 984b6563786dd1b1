"""Casualty counts told across clauses and documents in ways the other tests leave out: a second
clause that takes more people to another hospital, an auxiliary shared by a long participle phrase,
a bare of-noun in a counted phrase, hospital tallies, people found with wounds, the rest of a set
as "the N others", deaths among the injured and a named part of a larger count."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import HOSPITALISED, INJURED, KILLED, values

FOUND: list[tuple[str, str, Any]] = [
    # a second clause with more people taken elsewhere: "the other N", "a further", "N others"
    ("Two climbers were flown to Belford Hospital, while the other three were taken by road to "
     "Raigmore Hospital.", HOSPITALISED, 5),
    ("Six pupils were taken to the Royal Infirmary, one of whom has a broken arm, and a further "
     "pupil was driven to St John's Hospital.", HOSPITALISED, 7),
    ("Three patients were conveyed to Ninewells Hospital and four others were taken to Perth "
     "Royal Infirmary.", HOSPITALISED, 7),
    ("One worker was airlifted to the burns unit, whereas the remaining two were taken to "
     "Kelso Community Hospital by ambulance.", HOSPITALISED, 3),
    # a bare second count with a hospital of its own
    ("Two riders were flown to Ninewells Hospital and four were taken by road to Perth Royal "
     "Infirmary.", HOSPITALISED, 6),
    # a destination by its name alone after a hospital count in the first clause
    ("Two women were rushed to Wexford General Hospital and another three were taken to "
     "Mediclinic Parkview.", HOSPITALISED, 5),
    # names listed before a plural hospital noun
    ("Nine people died. The injured were taken to the Sant'Anna, Molinette and Maria Vittoria "
     "hospitals.", HOSPITALISED, None),
    # an auxiliary shared by a long participle phrase and the kind's verb after "and"
    ("All four were handed over to the care of the mountain rescue team and flown to hospital.",
     HOSPITALISED, 4),
    ("Two anglers were pulled from the lough by a passing boat crew and later taken to hospital.",
     HOSPITALISED, 2),
    ("Three men were trapped beneath the collapsed gantry for an hour and killed.", KILLED, 3),
    # a bare of-noun in a counted phrase or in a list's part
    ("Two members of staff were injured.", INJURED, 2),
    ("Nineteen passengers and three members of crew sustained injuries.", INJURED, 22),
    # hospital tallies
    ("The number taken to hospital has risen to seven.", HOSPITALISED, 7),
    ("Officials said the number of people admitted to hospital stood at 14.", HOSPITALISED, 14),
    ("Two more pupils fell ill, bringing the number of children taken to hospital to eleven.",
     HOSPITALISED, 11),
    # made ill by fumes or cold, and the symptoms said of it
    ("Eleven shoppers were taken ill after the spill.", INJURED, 11),
    ("Four cleaners were overcome by chlorine fumes.", INJURED, 4),
    ("Nine residents complained of breathing difficulties.", INJURED, 9),
    ("Three walkers suffered hypothermia on the fell.", INJURED, 3),
    ("Two pupils experienced dizziness and nausea.", INJURED, 2),
    # a hospital state "under treatment", a count in apposition after "numbering"
    ("Two loaders, who suffered 60 per cent burns, are under treatment at the civil hospital.",
     HOSPITALISED, 2),
    ("The injured, numbering eight, were shifted to the taluk hospital.", HOSPITALISED, 8),
    # a passive move whose destinations follow as a distribution
    ("Five patients were conveyed, three to Antrim Area and two to Causeway.", HOSPITALISED, 5),
    ("Two were taken by ambulance, one to Ninewells and one to Perth Royal.", HOSPITALISED, 2),
    # a hospital that received "a total of" N; a long relative clause before "died"; a toll
    # placed by a long phrase before its verb
    ("Kelso Royal Infirmary received a total of 14 patients.", HOSPITALISED, 14),
    ("A man who was pulled from the wreckage by firefighters from three stations during the "
     "night died in hospital.", KILLED, 1),
    ("The death toll from the landslide that buried three villages in the hills above the "
     "town on Sunday rose to 23.", KILLED, 23),
    # a hospital that confirmed what it was treating
    ("Dunedin Hospital confirmed it was treating four people.", HOSPITALISED, 4),
    # a share whose set is told by a passive participle phrase
    ("Three of the nine workers pulled from the rubble were taken to hospital.", HOSPITALISED, 3),
    # taken to hospital suffering from a harm: they were hurt
    ("Three divers were taken to hospital suffering from the effects of carbon monoxide.",
     INJURED, 3),
    ("Two women were taken to hospital as a precaution, with smoke inhalation.", INJURED, 2),
    # people found with wounds by those who came
    ("Officers found two men, aged 30 and 33, with stab wounds.", INJURED, 2),
    ("Paramedics discovered a teenager suffering from serious burns.", INJURED, 1),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "kind", "value"), FOUND)
def test_joined_wordings_are_counted(sentence: str, kind: str, value: Any) -> None:
    found = values(sentence, kind)
    if value is None:  # the count of the injured, said in no clause of this sentence
        assert found == [] or all(isinstance(v, int) for v in found)
    else:
        assert value in found


NOT_ADDED: list[tuple[str, list[Any]]] = [
    # a later move among hospitals adds nobody
    (
        "Eight people were taken to Kelso Hospital and two were later transferred to the Royal "
        "Infirmary.",
        [8],
    ),
    # a bare count in the second clause may be some of those counted first
    ("Eleven people were taken to hospital and five were taken to the trauma centre.", [11, 5]),
    # a place that is not a hospital
    (
        "Two men were taken to hospital, while the other three were taken to Pitt Street police "
        "station.",
        [2],
    ),
    # "died in hospital" tells where they died: no hospital count
    ("Two of the injured later died in hospital.", []),
    # the number still in hospital is a state, not a tally of those taken there
    ("The number of people in hospital has fallen to two.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), NOT_ADDED)
def test_hospital_counts_not_added(sentence: str, expected: list[Any]) -> None:
    assert values(sentence, HOSPITALISED) == expected


def test_the_n_others_are_the_rest_of_a_set() -> None:
    text = (
        "Six people were hurt when the stand gave way. Two were taken to hospital. The four "
        "others, all stewards, were treated at the scene."
    )
    assert values(text, INJURED) == [6]


def test_deaths_among_the_injured_are_no_toll_beside_a_larger_one() -> None:
    text = (
        "Four people were killed and 20 injured. The toll rose to six on Friday. Of the 20 "
        "people injured in the crash, two have since died."
    )
    assert 2 not in values(text, KILLED)
    alone = (
        "Twenty people were injured. Of the 20 people injured in the crash, two have since died."
    )
    assert values(alone, KILLED) == [2]


def test_a_named_part_gives_way_to_the_larger_count() -> None:
    text = (
        "Six people were taken to hospital after the crash. The lorry driver and four pupils were "
        "taken by ambulance to Antrim Area Hospital."
    )
    assert values(text, HOSPITALISED) == [6]


NOT_INJURED = [
    "The driver reported the crash to police.",
    "Three shops were affected by the road closure.",
    "A lot of people were injured.",
]


@pytest.mark.parametrize("sentence", NOT_INJURED)
def test_not_an_injured_count(sentence: str) -> None:
    assert values(sentence, INJURED) in ([], [{"min": 2, "max": None}])


def test_a_round_bound_gives_way_to_the_exact_count_above_it() -> None:
    text = "More than 40 people died in the fire. Officials said 43 people were killed."
    assert values(text, KILLED) == [43]
    hedged = "At least 40 people died. Officials said 43 people were killed."
    assert {"min": 40, "max": None} in values(hedged, KILLED)


NOT_ZERO = [
    # a degree of harm denied counts nobody: the lightly hurt may be many
    "There were no serious injuries.",
    "None of the passengers was seriously hurt.",
    "Nobody was critically injured.",
]


@pytest.mark.parametrize("sentence", NOT_ZERO)
def test_no_serious_injury_is_no_zero_count(sentence: str) -> None:
    assert values(sentence, INJURED) == []


def test_an_unqualified_denial_is_a_zero_count() -> None:
    assert values("No one was injured in the fire.", INJURED) == [0]
    assert values("There were no injuries.", INJURED) == [0]


def test_n_others_taken_to_hospital_after_a_hospital_count_are_added() -> None:
    text = (
        "One climber was airlifted to Raigmore Hospital. Two other walkers were taken by road to "
        "Belford Hospital with minor injuries."
    )
    found = values(text, HOSPITALISED)
    assert 3 in found and 2 not in found


def test_a_second_counted_subject_of_the_hurt_is_added() -> None:
    text = "One steward cut his face and two spectators were treated for smoke inhalation."
    assert 3 in values(text, INJURED)
    share = "Five people were injured and two people were seriously hurt."
    assert values(share, INJURED) == [5]
