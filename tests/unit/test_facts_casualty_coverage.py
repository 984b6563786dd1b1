"""Casualty structures found by coverage over unlabeled news (session 11): clauses that hold a
count and a cue of the hurt or the hospital where no fact was bound, grouped by clause shape. The
sentences are invented, several wordings of each shape, with negatives that must give no fact."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_facts_wordings import values

INJURED, HOSPITAL = "casualties.injured", "casualties.hospitalised"

# A state in hospital: the US "in the hospital" counts those there; with "still" inside the verb
# group it is a later state, never the number taken there (session 27: the golds of several
# writers and the casualty bank agree).
STILL_IN_THE_HOSPITAL: list[tuple[str, str, list[Any]]] = [
    ("Six people were still in hospital on Monday.", HOSPITAL, []),
    ("Two are still in hospital, officials said.", HOSPITAL, []),
    (
        "Eleven passengers are still in hospital, three of them in a serious condition.",
        HOSPITAL,
        [],
    ),
    ("Four people are in the hospital after the shooting.", HOSPITAL, [4]),
    ("Three teenagers are still in the hospital after the crash.", HOSPITAL, []),
    ("A man is dead and two women are in the hospital.", HOSPITAL, [2]),
    # beside a larger count of the hurt, the later state gives way
    ("Five people were hurt. Two are still in hospital.", HOSPITAL, []),
    # the hospital as a place of work or of the event
    ("Two nurses in the hospital were praised for their work.", HOSPITAL, []),
    ("The fire was in the hospital car park.", INJURED, []),
    ("Two men were still missing on Monday.", INJURED, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), STILL_IN_THE_HOSPITAL)
def test_still_in_the_hospital(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(2, 12),
    digits=st.booleans(),
    head=st.sampled_from(("people", "passengers", "children", "workers")),
    state=st.sampled_from(("are", "are still", "were still", "remain", "remain")),
    place=st.sampled_from(("in hospital", "in the hospital")),
    tail=st.sampled_from((".", " after the crash.", ", police said.", " on Monday.")),
)
def test_count_in_hospital_state_counts_only_those_there_now(
    n: int, digits: bool, head: str, state: str, place: str, tail: str
) -> None:
    count = str(n) if digits else WORDS[n - 2].capitalize()
    sentence = f"{count} {head} {state} {place}{tail}"
    # (those there now count; those still there, a later state, do not)
    want = [] if state != "are" else [n]
    assert values(sentence, HOSPITAL) == want, sentence


# A patient's condition grade as the state the hurt were found, listed or left in: "found in
# serious condition", "listed in stable condition", an event that "left" its object in one (the
# count is the object's). Things are found and left in "good" or "poor" condition too.
CONDITION_STATES: list[tuple[str, str, list[Any]]] = [
    ("Two people were found in critical condition after the fire.", INJURED, [2]),
    ("A teenager was found in a serious condition near the river.", INJURED, [1]),
    ("The woman was listed in stable condition on Sunday.", INJURED, [1]),
    ("The blast left a worker in critical condition.", INJURED, [1]),
    ("A crash on the ring road left two men in a serious condition.", INJURED, [2]),
    ("The fire killed one man, leaving three others in serious condition.", INJURED, [3]),
    ("Police said the attack left the guard in a very serious condition.", INJURED, [1]),
    ("The crash left the driver in critical but stable condition.", INJURED, [1]),
    ("The smash left two pensioners in serious condition at a local hospital.", HOSPITAL, [2]),
    # things in a condition
    ("The car was found in good condition.", INJURED, []),
    ("The storm left the town in a poor condition.", INJURED, []),
    ("The flood left the bridge in a dangerous condition.", INJURED, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), CONDITION_STATES)
def test_condition_states(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# The counted people told again in a comma-enclosed apposition led by a count ("Four people, two
# adults and two children, were injured") or by "both"/"all" before a hyphenated word ("Two men,
# both off-duty officers, were hurt"): the head's count, once.
COUNTED_APPOSITION: list[tuple[str, str, list[Any]]] = [
    ("Five victims, three women and two men, were taken to hospital.", HOSPITAL, [5]),
    ("Four people, two adults and two children, were injured.", INJURED, [4]),
    ("Six victims, four women and two men, were hurt in the attack.", INJURED, [6]),
    ("Two men, both off-duty officers, were injured.", INJURED, [2]),
    ("Three walkers, all middle-aged women, were treated for hypothermia.", INJURED, [3]),
    ("Seven pupils, 12 and 13 years old, were hurt.", INJURED, [7]),
    # a list of parts without a closing apposition is still summed
    ("Two men, three women and a child were injured.", INJURED, [6]),
    ("Three people, two of them children, were hurt.", INJURED, [3]),
]


@pytest.mark.parametrize(("text", "kind", "want"), COUNTED_APPOSITION)
def test_counted_apposition(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


@settings(max_examples=40, deadline=None)
@given(
    first=st.integers(2, 6),
    second=st.integers(1, 6),
    heads=st.sampled_from((("women", "men"), ("adults", "children"), ("passengers", "crew"))),
    frame=st.sampled_from(
        (
            ("{n} people, {parts}, were injured in the crash.", INJURED),
            ("{n} victims, {parts}, were taken to hospital.", HOSPITAL),
            ("Police said {n} people, {parts}, were hurt.", INJURED),
        )
    ),
)
def test_counted_apposition_keeps_the_head_count(
    first: int, second: int, heads: tuple[str, str], frame: tuple[str, str]
) -> None:
    n = first + second
    parts = f"{WORDS[first - 2]} {heads[0]} and {second} {heads[1]}"
    pattern, kind = frame
    count = str(n) if pattern.startswith("Police") else WORDS[n - 2].capitalize()
    sentence = pattern.format(n=count, parts=parts)
    assert values(sentence, kind) == [n], sentence


# One definite article shared by two singular heads that carry modifiers of their own, or the
# thing both belong to after them ("of one car"): two people.
SHARED_ARTICLE_MODIFIED_PAIR: list[tuple[str, str, list[Any]]] = [
    ("The female driver and male passenger were taken to hospital.", HOSPITAL, [2]),
    ("The rider and pillion passenger were taken to hospital.", HOSPITAL, [2]),
    ("The driver and passenger of one car were taken to hospital.", HOSPITAL, [2]),
    ("The pilot and trainee instructor of the glider were hurt.", INJURED, [2]),
    ("A man and elderly woman were hurt in the fire.", INJURED, [2]),
    ("Four members of one family were hurt.", INJURED, [4]),
    # a plural or counted second head is a list of parts; a negated one counts nobody
    ("The driver and two passengers were hurt.", INJURED, [3]),
    ("The driver of one car was not hurt.", INJURED, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), SHARED_ARTICLE_MODIFIED_PAIR)
def test_shared_article_modified_pair(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A state told through a verb of saying or finding and "to be": "said to be in a critical
# condition", "found to be in a serious condition", "believed to be in Kelby Hospital".
STATE_TO_BE: list[tuple[str, str, list[Any]]] = [
    ("A man was said to be in a critical condition.", INJURED, [1]),
    ("Two people were understood to be in a serious condition.", INJURED, [2]),
    ("The boy is thought to be in a stable condition.", INJURED, [1]),
    ("A girl was found to be in a critical condition.", INJURED, [1]),
    ("The woman is believed to be in Kelby General Hospital.", HOSPITAL, [1]),
    ("Two cyclists are believed to be in the hospital.", HOSPITAL, [2]),
    ("The building was said to be in a poor condition.", INJURED, []),
    ("Two men were found to be carrying knives.", INJURED, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), STATE_TO_BE)
def test_state_to_be(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# An active verb of care whose carers then move the treated on, told by a pronoun object that
# agrees with the count ("Crews treated a man ... before taking him to hospital"): the treated are
# the hospital's count too.
TREATED_THEN_MOVED: list[tuple[str, str, list[Any]]] = [
    ("Crews treated a man for head injuries before taking him to hospital.", HOSPITAL, [1]),
    ("We treated two patients at the scene before conveying them to Kelby Hospital.", HOSPITAL,
     [2]),
    ("Paramedics treated the woman at the scene before taking her to hospital.", HOSPITAL, [1]),
    ("Crews assessed and treated three patients before taking them to hospital.", HOSPITAL, [3]),
    ("Ambulance staff treated a man at the scene and took him to Kelby General Hospital.", HOSPITAL,
     [1]),
    ("Firefighters treated three people for burns and then took them to hospital by ambulance.",
     HOSPITAL, [3]),
    # a pronoun of another number, or a destination that gives no care
    ("Paramedics treated two men before taking him to hospital.", HOSPITAL, []),
    ("Two men were injured and police took them to the station.", HOSPITAL, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), TREATED_THEN_MOVED)
def test_treated_then_moved(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A list of parts as the object of an active verb of moving to hospital: the parts summed.
MOVED_LIST: list[tuple[str, str, list[Any]]] = [
    ("Medics transported two men and a woman to hospital.", HOSPITAL, [3]),
    ("Paramedics took the driver and his passenger to hospital.", HOSPITAL, [2]),
    ("An ambulance took a woman and her son to Kelby Hospital.", HOSPITAL, [2]),
    ("Crews took two men, a woman and a child to hospital with burns.", HOSPITAL, [4]),
    ("Crews took two men, a woman and a child to hospital with burns.", INJURED, [4]),
    ("Ambulances took the driver of the van and a passenger in the car to a nearby hospital.",
     HOSPITAL, [2]),
    # a plural without a number, or a destination that gives no care
    ("Paramedics took the driver and passengers to hospital.", HOSPITAL, []),
    ("Police took the suspect and his brother to the station.", HOSPITAL, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), MOVED_LIST)
def test_moved_list(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# Care told by its cause: "treated after the attack", "treated following the crash".
TREATED_AFTER: list[tuple[str, str, list[Any]]] = [
    ("Four people were treated following the crash.", INJURED, [4]),
    ("Two people were treated after inhaling smoke.", INJURED, [2]),
    ("A man was treated after being pulled from the water.", INJURED, [1]),
    ("Six hikers were treated after the storm and two were taken to hospital.", INJURED, [6]),
    ("The claims were treated following a review.", INJURED, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), TREATED_AFTER)
def test_treated_after(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# An elided subject's singular passive with a thing right before its auxiliary counts nobody.
THING_BEFORE_PASSIVE: list[tuple[str, str, list[Any]]] = [
    ("The case was treated at the scene.", INJURED, []),
    ("Its battery unit was hurt by weak demand.", INJURED, []),
    ("A patrol car was burned out at the station.", INJURED, []),
    ("The driver was treated at the scene.", INJURED, [1]),
    ("Police said a woman was hit by the car and was taken to hospital.", HOSPITAL, [1]),
    # the thing is a preposition's object; the subject before it is a person
    (
        "The 68 year-old rider of the motorbike was flown to a hospital with serious injuries.",
        INJURED,
        [1],
    ),
    (
        "The 68 year-old rider of the motorbike was flown to a hospital with serious injuries.",
        HOSPITAL,
        [1],
    ),
]


@pytest.mark.parametrize(("text", "kind", "want"), THING_BEFORE_PASSIVE)
def test_thing_before_passive(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want
