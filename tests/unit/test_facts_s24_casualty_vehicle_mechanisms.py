"""Casualty counts and the incident's vehicle by mechanism, with invented sentences (none from a
dev, check, real or authored report): a second share whose verb is left out after a hospital
named head first, a counted plural named person by person, two means coordinated, a vehicle
that carried the hurt to care, the vehicle a collision's subject struck, one named person with
who they were, the dead told by how they were recovered, the rest of a set hurt, and the hurt
who stay in hospital."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

KILLED, INJURED, HOSPITAL, VEHICLE = (
    "casualties.killed",
    "casualties.injured",
    "casualties.hospitalised",
    "vehicle",
)

# A second share with its verb left out ("and two to Y", "and two at Y") is added, also after a
# hospital whose name follows its head (Malaysia, France, Indonesia) and after "treated at".
GAPPED_SHARES: list[tuple[str, list[Any]]] = [
    ("Three of the wounded were rushed to Hospital Selayang and two to a clinic in Rawang.", [5]),
    ("Nine were admitted to Hôpital Nord and three to the Clinique Saint-Jean hospital.", [12]),
    ("Of the 11 hurt, seven were treated at Regional Hospital Tema and four at a polyclinic.",
     [11]),
    ("Six of the victims were treated at Mercy Hospital and one at a private clinic.", [7]),
    ("Two were flown to Rumah Sakit Umum Daerah and one to the district health centre.", [3]),
    # no hospital after the left-out verb: nothing added
    ("Three were taken to Hospital Pulau Pinang and two in a serious condition.", [3]),
    ("Six were taken to Kings Hospital on Monday and two at home.", [6]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), GAPPED_SHARES)
def test_a_second_share_with_its_verb_left_out(text: str, want: list[Any]) -> None:
    assert values(text, HOSPITAL) == want


# A counted plural named in apposition: the names are the same people, not more of them.
NAMED_PLURALS: list[tuple[str, str, list[Any]]] = [
    ("The two colleagues, Ana Ruiz, 31, and Luis Mora, 60, were treated for smoke inhalation.",
     INJURED, [2]),
    ("Two workers, Ali Khan, 40, and Omar Said, 35, were injured.", INJURED, [2]),
    ("Two nurses, Mary Cole (42) and Jane Hill (29), were hurt.", INJURED, [2]),
    ("Three climbers, Piet Smit, Jan Bos and Kees Visser, were killed.", KILLED, [3]),
    # a further person joined by "and" is one more
    ("Two passengers and John Smith were taken to hospital.", HOSPITAL, [3]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), NAMED_PLURALS)
def test_a_counted_plural_named_person_by_person(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# Two means coordinated between the verb of carrying and its hospital ("by ambulances and a
# helicopter"); the subject a list of parts.
COORDINATED_MEANS: list[tuple[str, list[Any]]] = [
    ("The lorry driver and two pedestrians were taken by ambulances and a helicopter to Royal "
     "Hospital.", [3]),
    ("Four miners were brought in police cars and an army truck to the district hospital.", [4]),
    ("The bus driver, four passengers and the driver of the van were transported by road "
     "ambulances and a helicopter to the Clinical Hospital in Split.", [6]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), COORDINATED_MEANS)
def test_two_means_coordinated(text: str, want: list[Any]) -> None:
    assert values(text, HOSPITAL) == want


# A vehicle told as the means of a verb of carrying, before the care it reached, took the hurt
# there: it is no vehicle of the incident.
CARRIERS: list[tuple[str, list[Any]]] = [
    ("The boy was rushed in a neighbour's pickup to the district hospital.", []),
    ("Two survivors were carried aboard a fishing boat to the island's health centre.", []),
    ("Three were flown by helicopter to the trauma centre in Leeds.", []),
    ("The four were transported by ambulances and a helicopter to the General Hospital.", []),
    # the vehicle of the event, taken elsewhere than to care, stays
    ("A pickup truck ploughed into the crowd and was driven to the police station.",
     ["pickup truck"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), CARRIERS)
def test_a_vehicle_that_carried_the_hurt_to_care(text: str, want: list[Any]) -> None:
    assert values(text, VEHICLE) == want


# The object of a collision whose subject is a road vehicle of the same clause is the one struck:
# the subject's vehicle is the incident's (a rail vehicle's object is the one).
COLLISIONS: list[tuple[str, list[Any]]] = [
    ("Four died when a car travelling the wrong way on the motorway hit a minibus carrying "
     "tourists.", []),
    ("A white lorry ploughed into the back of a stationary school bus on the bypass.",
     ["white lorry"]),
    ("A grey Audi A4 slammed into a parked taxi outside the station.", ["grey audi a4"]),
    ("A grey Toyota Hilux collided head-on with a delivery van.", ["grey toyota hilux"]),
    # a rail vehicle keeps to its track: what it struck is the one
    ("The express train collided with a red tractor at the level crossing.", ["red tractor"]),
    ("After driving against the traffic, the vehicle collided head-on with a coach of the Setra "
     "make.", []),
    # no vehicle before the verb: what was hit stays
    ("The pensioner lost control and crashed into a parked Scania tanker.", ["scania tanker"]),
    ("The van hit the driver of the Toyota Land Cruiser, who had stopped.",
     ["van", "toyota land cruiser"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), COLLISIONS)
def test_the_vehicle_a_collision_struck(text: str, want: list[Any]) -> None:
    assert values(text, VEHICLE) == want


# One named person, told with an age and who they were in commas, died: one dead.
NAMED_DEAD: list[tuple[str, list[Any]]] = [
    ("Mrs Kask, 71, a retired teacher at the village school, died at the scene.", [1]),
    ("John Smith, 45, a father of two from Leeds, died in hospital.", [1]),
    ("Tom Bell (52), the farm's owner, was killed instantly.", [1]),
    ("Dr Amina Bello, the clinic's director, died on Sunday.", [1]),
    ("Maria Lopez, 34, was killed.", [1]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), NAMED_DEAD)
def test_one_named_person_with_who_they_were(text: str, want: list[Any]) -> None:
    assert values(text, KILLED) == want


# The dead told by how they were recovered: "pulled out dead", "brought up dead".
RECOVERED_DEAD: list[tuple[str, str, list[Any]]] = [
    ("By nightfall four of the pupils had been pulled out dead.", KILLED, [4]),
    ("Two miners were brought up dead.", KILLED, [2]),
    ("Five workers were dug out dead from the rubble.", KILLED, [5]),
    ("Rescuers pulled out three dead and nine injured.", KILLED, [3]),
    ("Six people were pulled out alive.", KILLED, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), RECOVERED_DEAD)
def test_the_dead_told_by_how_they_were_recovered(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A sentence opening with the rest of a set, hurt, before any count of the hurt: all the hurt.
REST_HURT: list[tuple[str, list[Any]]] = [
    ("The other eleven passengers were injured.", [11]),
    ("The remaining four workers suffered burns.", [4]),
    ("Three people died. The other 12 passengers were injured, two of them critically.", [12]),
    ("Two men were killed when the roof fell. The three other miners were hurt.", [3]),
    ("The two remaining hikers were slightly injured.", [2]),
    # after a count of the hurt, the rest are some of them
    ("Two were critically hurt. The other three were slightly injured.", [2]),
    ("Four were injured. The two other workers were treated at the scene.", [4]),
]  # fmt: skip


# "the N other X who died" are the rest of the dead, with the count after "the" as before it.
REST_DEAD: list[tuple[str, list[Any]]] = [
    ("The three other pupils who died were named as Ann Lee, 8, Mary Cole, 7, and Tom Bell, 6.",
     []),
    ("A boy died in the pit. The two other children who died were pulled out later.", [1]),
    ("The four remaining victims who died were all from the same village.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), REST_DEAD)
def test_the_rest_of_the_dead(text: str, want: list[Any]) -> None:
    assert values(text, KILLED) == want


@pytest.mark.parametrize(("text", "want"), REST_HURT)
def test_the_rest_of_a_set_hurt(text: str, want: list[Any]) -> None:
    assert values(text, INJURED) == want


# The hurt who stay in a hospital, by the same subject ("... and remain admitted at X"), also
# after two parts of the body joined by "and".
STAYING: list[tuple[str, list[Any]]] = [
    ("Three others, among them a boy of 12, suffered cuts to the legs and arms and remain "
     "admitted at Korolevu Health Centre.", [3]),
    ("Two farmhands suffered burns and remained warded at Hospital Kajang.", [2]),
    ("Five were injured and remain in the Royal Infirmary.", [5]),
    # a further person after "and" is no share of the subject
    ("Two men were stabbed and a woman was taken to hospital.", [1]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), STAYING)
def test_the_hurt_who_stay_in_hospital(text: str, want: list[Any]) -> None:
    assert values(text, HOSPITAL) == want


# A count of the hurt that, with the hospital count told just before, makes up the injured told
# before it is the rest of that breakdown, not a count of the hurt of its own.
REST_OF_BREAKDOWN: list[tuple[str, list[Any]]] = [
    ("Nineteen people were hurt in all. Of those, 15 were taken to hospital. Four were treated at "
     "the scene.", [19]),
    ("Twelve people were injured. Nine were admitted to the district hospital. The other three "
     "were treated by paramedics and released.", [12]),
    # no hospital count before: the count stands
    ("Two died. Three were treated at the scene.", [3]),
    # a larger figure later is a revision, not a part
    ("Ten were injured. Seven were taken to hospital. Police later said 13 people were injured.",
     [10, 13]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), REST_OF_BREAKDOWN)
def test_the_rest_of_a_breakdown_told_after_it(text: str, want: list[Any]) -> None:
    assert values(text, INJURED) == want


# A degree with its result told of the hurt or of a share of them: "nine of them so badly that
# they were admitted to X" (the share went to hospital).
DEGREE_RESULT: list[tuple[str, list[Any]]] = [
    ("Fifteen passengers were injured, six of them so badly that they were admitted to hospital.",
     [6]),
    ("Eight workers were burned, three of them so severely that they had to be flown to the burns "
     "unit.", [3]),
    ("Two climbers were hurt so badly that they were airlifted to hospital.", [2]),
    ("Six pupils were so badly frightened that they went home.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), DEGREE_RESULT)
def test_a_degree_with_its_result(text: str, want: list[Any]) -> None:
    assert values(text, HOSPITAL) == want
