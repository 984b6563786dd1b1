"""Casualty and arrest shapes found by auditing news written by other people (session 13's
audit of the real reports and the authored set's leftovers): each class is tested with invented
sentences, several wordings each, and negatives that must keep their facts."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

KILLED, INJURED, HOSPITAL, ARRESTS = (
    "casualties.killed",
    "casualties.injured",
    "casualties.hospitalised",
    "arrests",
)

# A count after a casualty verb that measures a time ("four days later") counts no one.
COUNT_OF_TIME: list[tuple[str, str, list[Any]]] = [
    ("The fugitive was shot and killed four days later by police in Milan.", KILLED, []),
    ("The storm killed two weeks ago.", KILLED, []),
    ("A second fire injured two days later.", INJURED, []),
    ("Officers arrested two days after the raid.", ARRESTS, []),
    # a count with its own head before a time stays a count
    ("Police arrested two men three days later.", ARRESTS, [2]),
    ("The gunman killed five people and was shot dead a week later.", KILLED, [5]),
    ("The blast killed 14 and injured 20.", KILLED, [14]),
]


@pytest.mark.parametrize(("text", "kind", "want"), COUNT_OF_TIME)
def test_count_of_time(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A sentence that opens with "N more" of the hurt after sentences that told the dead counts the
# hurt: "more" than the dead, not more than an injured count told before.
MORE_THAN_THE_DEAD: list[tuple[str, list[Any]]] = [
    ("Four people died when the bridge fell. Eleven more were hurt.", [11]),
    ("Two bodies were recovered from the river. And 20 more people were injured.", [20]),
    ("A woman and her son were among the dead. Six more were badly hurt, police said.", [6]),
    # an injured count told before: "more" adds to it
    ("Five people were hurt in the crash. Two more were injured later.", [5]),
    # nothing told of the dead: "more" than what is unknown
    ("The fire started at 2am. Three more were hurt.", []),
    # the hurt told by a harm verb and its injury, or by care needed; any person head
    ("Two workers died at the scene. Six more people suffered burns of varying severity.", [6]),
    ("A guard was killed. Four more miners sustained fractures and cuts.", [4]),
    ("One pilgrim died in the crush. Thirty more needed medical treatment.", [30]),
    ("The driver died instantly. Two more passengers received minor injuries.", [2]),
    # an aside on who they were, and a member named after the count, stay inside the count
    ("Three men died. Five more people, among them a neighbour, required treatment.", [5]),
    (
        "Two died. Six more people suffered burns, including a loader who sought treatment later.",
        [6],
    ),
    # near misses: no person, or no harm
    ("Two died. Three more buildings suffered damage.", []),
    ("Two died in the fire. Three more people were rescued.", []),
    ("Two died. Four more cars sustained dents.", []),
]


@pytest.mark.parametrize(("text", "want"), MORE_THAN_THE_DEAD)
def test_more_than_the_dead(text: str, want: list[Any]) -> None:
    assert values(text, INJURED) == want


# "N more" in a second clause joined to a count of the dead, hurt by a harm verb or care needed.
MORE_IN_A_CLAUSE: list[tuple[str, list[Any]]] = [
    ("Three men died and five more people, among them a neighbour, needed treatment.", [5]),
    ("Two people died, and three more suffered smoke inhalation.", [3]),
    ("One worker was killed while four others sustained burns to their hands.", [4]),
    ("A child died and two more children required medical attention.", [2]),
    ("Two died and three more houses suffered damage.", []),
]


@pytest.mark.parametrize(("text", "want"), MORE_IN_A_CLAUSE)
def test_more_in_a_clause(text: str, want: list[Any]) -> None:
    assert values(text, INJURED) == want


# A clause of an earlier event dated by its year, whose cause is a new event told by "after a":
# that event's casualties are not the report's.
DATED_AFTER_AN_EVENT: list[tuple[str, str, list[Any]]] = [
    (
        "The plant was fined by regulators in 2017 after a smaller leak sent three workers to the"
        " hospital.",
        HOSPITAL,
        [],
    ),
    ("The bar was closed in March 2019 after an explosion injured four people.", INJURED, []),
    ("The line was shut in late 2015 when a derailment killed two drivers.", KILLED, []),
    # the report's own event after "after a": no year before it
    ("Two workers were taken to hospital after a leak at the plant on Monday.", HOSPITAL, [2]),
    ("A fire broke out on Monday after a gas leak, and three people were hurt.", INJURED, [3]),
]


@pytest.mark.parametrize(("text", "kind", "want"), DATED_AFTER_AN_EVENT)
def test_dated_after_an_event(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A set the sentence's subject is one of ("among", "one of"): a finite verb joined to the set's
# participle is the subject's ("She was among three people taken to X and died": she died).
ONE_OF_THE_SET: list[tuple[str, str, list[Any]]] = [
    ("She was among three people taken to hospital and died there overnight.", KILLED, []),
    ("She was among three people taken to hospital and died there overnight.", HOSPITAL, [3]),
    ("He was one of five workers injured in the blast and later died.", KILLED, []),
    ("He was one of five workers injured in the blast and later died.", INJURED, [5]),
    # the set's own verbs still count it
    ("She was among three people killed in the crash.", KILLED, [3]),
    ("Three people were taken to hospital and died.", KILLED, [3]),
    ("He was among four men hit by the car and killed.", KILLED, [4]),
]


@pytest.mark.parametrize(("text", "kind", "want"), ONE_OF_THE_SET)
def test_one_of_the_set(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A count of the hurt and "and a third was taken to hospital" after it: the next one by its
# ordinal was hurt too (a hospital verb for it, or a verb of harm).
NEXT_ONE_HURT: list[tuple[str, str, list[Any]]] = [
    ("Two passengers were treated at the scene, and a third was taken to hospital.", INJURED, [3]),
    ("Two men were injured and a third was taken to hospital as a precaution.", INJURED, [3]),
    ("Two were hurt, while a third man was treated for shock.", INJURED, [3]),
    ("Two were hurt and a third was airlifted to Kelby General Infirmary.", INJURED, [3]),
    # the hospital count of the third stays its own
    ("Two passengers were treated at the scene, and a third was taken to hospital.", HOSPITAL, [1]),
    # an ordinal that does not follow the count, or a third taken elsewhere
    ("Two were hurt and a fourth was taken to hospital.", INJURED, [2]),
    ("Two were hurt and a third was taken into custody.", INJURED, [2]),
    ("Two men were arrested and a third was taken to hospital.", INJURED, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), NEXT_ONE_HURT)
def test_next_one_hurt(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# The hurt counted after an injury noun by "among" or "by".
INJURIES_AMONG: list[tuple[str, list[Any]]] = [
    ("Injuries were reported among seven of the passengers.", [7]),
    ("Injuries were reported among seven passengers.", [7]),
    ("Minor injuries were suffered by three officers during the arrest.", [3]),
    # things are no people
    ("Injuries were reported among four horses at the stables.", []),
]


@pytest.mark.parametrize(("text", "want"), INJURIES_AMONG)
def test_injuries_among(text: str, want: list[Any]) -> None:
    assert values(text, INJURED) == want


# A hospital named by a saint's possessive alone, ending its phrase after a verb of movement.
SAINTS_HOSPITAL: list[tuple[str, str, list[Any]]] = [
    ("A man was taken to St Mary's after the crash.", HOSPITAL, [1]),
    ("Two boys were rushed to St Thomas' with stab wounds.", HOSPITAL, [2]),
    # a name that goes on is no hospital by this shape
    ("Mourners were taken to St Paul's Cathedral.", HOSPITAL, []),
    ("He was taken to St Mary's Road police station.", HOSPITAL, []),
]


@pytest.mark.parametrize(("text", "kind", "want"), SAINTS_HOSPITAL)
def test_saints_hospital(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want
