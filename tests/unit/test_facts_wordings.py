"""Wordings other writers use: owned landmarks, city areas, breakdown sums and running totals."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incident_reader.core.facts import extract
from incident_reader.core.facts.lexicon import AREA_WORDS, ORDINALS, STREET_WORDS
from incident_reader.core.model import DctSource, Fact, InternalConflict, Report

PLACE, KILLED, INJURED = "incident.place", "casualties.killed", "casualties.injured"
HOSPITALISED, ARRESTS = "casualties.hospitalised", "arrests"


def _extract(text: str) -> tuple[list[Fact], tuple[InternalConflict, ...]]:
    report = Report("r", Path("r.txt"), "", text, "2024-06-15", DctSource.HEADER, "0")
    ex = extract(report, "2024-06-15", ())
    return list(ex.facts), ex.internal_conflicts


def values(text: str, kind: str) -> list[Any]:
    return [f.value for f in _extract(text)[0] if f.kind == kind]


PLACES = [
    ("A man was stabbed on London's Westminster Bridge on Tuesday.", "westminster bridge, london"),
    ("Two people were shot in New York's Central Park.", "central park, new york"),
    ("A car hit shoppers on Manchester’s Market Street.", "market street, manchester"),
    ("A man was stabbed in east London's Brick Lane.", "brick lane, east london"),
    ("A van hit pedestrians in north London on Monday night.", "north london"),
    ("Two men were stabbed in south-east London.", "south-east london"),
    ("A man was stabbed in central Manchester.", "central manchester"),
    ("A woman was injured in a crash in north-west Leeds.", "north-west leeds"),
    ("The crash happened in East London.", "east london"),
    # A possessive that starts a name keeps the name whole.
    ("A man was stabbed on Earl's Court Road.", "earl's court road"),
    ("A man was stabbed in St John's Wood.", "st john's wood"),
    ("The crash happened outside King's Cross Station.", "king's cross station"),
    # A day owns no place: the site alone.
    ("Police said a man was stabbed at Saturday's Notting Hill Carnival.", "notting hill carnival"),
]


@pytest.mark.parametrize(("sentence", "place"), PLACES)
def test_owned_landmarks_and_city_areas(sentence: str, place: str) -> None:
    assert place in values(sentence, PLACE), _extract(sentence)[0]


def test_a_possessive_place_never_keeps_its_apostrophe_s() -> None:
    found = values("Three people were hurt on Bristol's Park Street.", PLACE)
    assert found == ["park street, bristol"]


COUNTS = [
    ("One firefighter and two colleagues were hurt.", INJURED, 3),
    ("Two men and a woman were injured.", INJURED, 3),
    ("Two men, a woman and a child were hurt in the blast.", INJURED, 4),
    ("A woman and her two children were killed when the car overturned.", KILLED, 3),
    ("The driver and two passengers were taken to hospital.", HOSPITALISED, 3),
    ("One firefighter and two of his colleagues were injured.", INJURED, 3),
    ("The blast killed two men and a woman.", KILLED, 3),
    ("The van hit the crowd, injuring three men and two women.", INJURED, 5),
    ("A man and a woman have been arrested.", ARRESTS, 2),
    ("Police arrested two men and a teenager.", ARRESTS, 3),
    ("A fourth arrest was made on Friday.", ARRESTS, 4),
    ("Police said a second arrest had been made.", ARRESTS, 2),
    ("Detectives made a third arrest.", ARRESTS, 3),
    ("Police have made a fifth arrest in connection with the stabbing.", ARRESTS, 5),
    ("Police arrested a fourth man on Friday.", ARRESTS, 4),
    ("A fifth person has been arrested.", ARRESTS, 5),
    ("A third person has died in hospital.", KILLED, 3),
    ("A second man has died in hospital.", KILLED, 2),
    ("A second man, aged 26, was taken to hospital.", HOSPITALISED, 1),
    ("A woman in her 30s and a man in his 40s were injured.", INJURED, 2),
    ("A man aged 20 and a woman aged 19 were arrested.", ARRESTS, 2),
    # The parts after "including" are some of the counted, not more of them.
    ("Three people including a child and a pensioner were hurt.", INJURED, 3),
    ("Three people, including a child, were hurt in the crash.", INJURED, 3),
    # "the driver, a man in his 50s," renames one person; a plain list counts each part.
    ("The driver, a man in his 50s, and two passengers were taken to hospital.", HOSPITALISED, 3),
    ("Her husband, a firefighter, and their son were injured.", INJURED, 2),
    ("The driver, a woman and two passengers were taken to hospital.", HOSPITALISED, 4),
]


@pytest.mark.parametrize(("sentence", "kind", "value"), COUNTS)
def test_breakdowns_are_summed_and_ordinals_are_running_totals(
    sentence: str, kind: str, value: int
) -> None:
    assert values(sentence, kind) == [value], _extract(sentence)[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "The driver and passengers were taken to hospital.",  # how many passengers?
        "Two men and several women were injured.",  # no exact total
    ],
)
def test_a_breakdown_without_an_exact_total_gives_no_sum(sentence: str) -> None:
    assert 3 not in values(sentence, HOSPITALISED) + values(sentence, INJURED)


@pytest.mark.parametrize(
    ("text", "clash"),
    [
        ("Two people died on Monday. A third person has died in hospital.", False),
        ("Two people died. A third person has died. A fourth person died on Friday.", False),
        ("A fourth person has died in hospital. Two people died on Monday.", True),
        ("Three men were arrested. A fourth arrest was made on Tuesday.", False),
        ("Two passengers died. The three people who died have not been named.", True),
    ],
)
def test_a_running_total_revises_the_figure_it_steps_from(text: str, clash: bool) -> None:
    conflicts = _extract(text)[1]
    assert any(c.kind in (KILLED, ARRESTS) for c in conflicts) is clash, conflicts


NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
PLURALS = ("men", "women", "children", "passengers", "officers", "colleagues", "pedestrians")
SINGULARS = ("man", "woman", "child", "passenger", "officer", "pedestrian", "teenager")
part = st.one_of(
    st.tuples(st.integers(2, 9), st.sampled_from(PLURALS), st.booleans()).map(
        lambda t: (t[0], f"{NUMBER_WORDS[t[0] - 1] if t[2] else t[0]} {t[1]}")
    ),
    st.tuples(st.sampled_from(("a", "one")), st.sampled_from(SINGULARS)).map(
        lambda t: (1, f"{t[0]} {t[1]}")
    ),
)
# "her son", "the driver": last in a list ("the driver, a man, ..." would rename the driver).
last_part = part | st.tuples(st.sampled_from(("her", "the")), st.sampled_from(SINGULARS)).map(
    lambda t: (1, f"{t[0]} {t[1]}")
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(part, min_size=1, max_size=3),
    last_part,
    st.sampled_from(("injured", "hurt", "wounded")),
)
def test_any_breakdown_sums_its_parts(
    first: list[tuple[int, str]], last: tuple[int, str], verb: str
) -> None:
    parts = [*first, last]
    words = [p for _, p in parts]
    phrase = ", ".join(words[:-1]) + " and " + words[-1]
    sentence = f"Police said {phrase} were {verb} in the crash."
    assert values(sentence, INJURED) == [sum(n for n, _ in parts)]


name = st.from_regex(r"[A-Z][a-z]{3,9}", fullmatch=True)
street = st.sampled_from([w.capitalize() for w in STREET_WORDS if w not in ("court", "gate")])


@settings(max_examples=60, deadline=None)
@given(name, name, street)
def test_any_town_owning_a_landmark_yields_landmark_and_town(
    town: str, landmark: str, word: str
) -> None:
    sentence = f"A man was stabbed on {town}'s {landmark} {word} on Friday."
    expected = f"{landmark} {word}, {town}".lower()
    assert values(sentence, PLACE) == [expected]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(AREA_WORDS), name)
def test_any_area_of_a_town_is_a_place(area: str, town: str) -> None:
    assert values(f"Two men were stabbed in {area} {town} on Monday.", PLACE) == [
        f"{area} {town.lower()}"
    ]


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 6), st.integers(1, 3), st.booleans())
def test_announced_steps_never_clash_and_a_skipped_step_does(
    start: int, steps: int, skip: bool
) -> None:
    ordinal = {n: w for w, n in ORDINALS.items()}
    last = min(start + steps, 10)
    announced = range(start + 1 + int(skip), last + 1)
    if not announced:
        return
    text = f"{start} people died on Monday. " + " ".join(
        f"A {ordinal[n]} person has died in hospital." for n in announced
    )
    assert any(c.kind == KILLED for c in _extract(text)[1]) is skip
