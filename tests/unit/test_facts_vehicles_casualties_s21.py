"""Vehicles and casualty counts as several writers tell them (session 21): a ship's prefix of
any fleet ("KMP", "BRP", "INS", "M/V"), a head spelled hyphened, spaced or closed up ("the double
decker"), heads of snow, sand and air craft ("a snowmobile", "a paraglider"), a make set off
after its head ("the lead snowmobile, an Arctic Cat"), a capitalised model or type before a
head where the vehicle is aboard, befallen or slowing ("the Hiace bus slowed"), coordinated
numbered units ("train No. 12 and train No. 80"), a headline's bare head before its event noun,
the responders' vehicle; labelled counts of a bulletin ("Deceased: 3", "Transferred to hospital:
10") with their bracketed parts, a hospital count split with its verb elided ("Eight were taken
to X and two to Y"), hospitals named in the local language ("RSUD", "Ysbyty"), the hurt told by
a state noun before who they were ("the three injured, a woman and two men") and fumes' nouns
in the plural ("affected by the gases").

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

VEHICLE = "vehicle"
KILLED, INJURED, HOSPITAL = "casualties.killed", "casualties.injured", "casualties.hospitalised"
DCT = "2025-05-20"

VEHICLES: list[tuple[str, list[str]]] = [
    # a ship's prefix of any fleet, slashed or not
    ("The victims fell into the water as they waited to board KMP Sari Laut at the pier.",
     ["kmp sari laut"]),
    ("Passengers were boarding the KMP Sari Laut, a roll-on/roll-off ferry, when the ramp fell.",
     ["kmp sari laut"]),
    ("The M/V Ocean Pearl ran aground off Cebu on Friday with 80 passengers aboard.",
     ["mv ocean pearl"]),
    ("Three sailors were hurt when a fire broke out aboard INS Talwar on Monday.", ["ins talwar"]),
    ("Rescuers said KM Bunga Laut capsized in heavy seas off Kelby.", ["km bunga laut"]),
    # one head in three spellings, told in the tables' own
    ("A pensioner died when the double decker hit a railway bridge in Kelby on Saturday.",
     ["double-decker"]),
    ("A doubledecker bus struck the low bridge on Mill Road on Saturday.",
     ["double-decker bus"]),
    ("Two men were hurt when their jet-ski overturned off Arden beach.", ["jet ski"]),
    ("The tuk tuk overturned on the ring road on Sunday, killing two passengers.", ["tuk-tuk"]),
    # a make or model set off after the head, whatever the make
    ("The driver of the lead snowmobile, a Polar Fox, had been drinking before the ride.",
     ["polar fox snowmobile"]),
    ("Police said the bus, a Marcopolo Paradiso, overturned on the highway on Sunday.",
     ["marcopolo paradiso bus"]),
    ("The coach, a Yutong operated by Kelby Tours, left the road on Sunday.", ["yutong coach"]),
    ("The quad bike, a Polaris, flipped on the dunes near Arden.", ["polaris quad bike"]),
    # a capitalised model or type before the head, where the vehicle is aboard, befallen, slowing
    ("Most of those on board the PMV bus were asleep when the slip came down.", ["pmv bus"]),
    ("Gunmen opened fire just as the Coaster bus slowed for a checkpoint.", ["coaster bus"]),
    ("Passengers aboard the KTX train were evacuated after it stopped in a tunnel.",
     ["ktx train"]),
    ("A mudslide buried a bus and a pickup on the coast road on Tuesday.", ["bus", "pickup"]),
    ("A sinkhole opened overnight, swallowing a taxi with two people inside.", ["taxi"]),
    ("A falling tree crushed a taxi on Ring Road during the storm.", ["taxi"]),
    # numbered units coordinated, or a plural told with its numbers
    ("The collision of goods train No. 512 and goods train No. 88 killed two crew near Kelby.",
     ["goods trains 512 and 88"]),
    ("Express train 7012 and local train 6640 collided near Arden on Friday.",
     ["trains 7012 and 6640"]),
    ("Two trains, numbered 512 and 88, collided head-on near Kelby on Monday.",
     ["trains 512 and 88"]),
    ("The buses, numbers 14 and 27, collided at the depot.", ["buses 14 and 27"]),
    # a headline's telling head before its event noun, no article
    ("Kelby man charged in fatal Lake Arden snowmobile crash", ["snowmobile"]),
    ("Teenager hurt in e-scooter accident on Mill Road", ["e-scooter"]),
]  # fmt: skip

NOT_THE_INCIDENTS: list[tuple[str, list[str]]] = [
    ("Three appliances from Kelby and Arden stations and a tanker responded to the call.", []),
    ("A crane truck was called in to lift the wreck.", []),
    ("A water bowser and a 4x4 were dispatched from Arden.", []),
    # kept: a vehicle that acts
    ("A tanker exploded on the N5 near Kelby on Friday.", ["tanker"]),
    # a generic head in a headline tells nothing; a car crushed is said no more of
    ("Two dead in bus crash near Kelby", []),
    ("A wall collapsed onto a parked car in Mill Lane.", []),
    # counted vehicles a runaway vehicle swept along are its victims'
    ("It swept away several scooters parked at the taxi rank before hitting a wall.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "vehicles"), VEHICLES + NOT_THE_INCIDENTS)
def test_vehicles_s21(text: str, vehicles: list[str]) -> None:
    assert _facts(text, VEHICLE, DCT) == vehicles


COUNTS: list[tuple[str, str, list[object]]] = [
    # a bulletin's labels, the label any participle of moving to hospital; its bracket its parts
    ("- Deceased: 2 (both at the scene)", KILLED, [2]),
    ("- Deceased: 3 (2 at the scene; 1 man, 52 years old, died at 04:10 hrs in the clinic)",
     KILLED, [3]),
    ("Deceased - 4", KILLED, [4]),
    ("Lives lost: 5.", KILLED, [5]),
    ("- Transferred to hospital: 7 (Kelby General: 5; St Anne's: 2)", HOSPITAL, [7]),
    ("Conveyed to hospitals: 12", HOSPITAL, [12]),
    ("- Evacuated to hospital: 6", HOSPITAL, [6]),
    # a count with its verb elided after a first hospital
    ("Eight of them were transferred to Kelby General Hospital and two to St Anne's Hospital.",
     HOSPITAL, [10]),
    ("Six were taken to Arden Hospital and three to the Kelby Clinic.", HOSPITAL, [9]),
    ("Seven of the injured were rushed to the district hospital and two to a private clinic.",
     HOSPITAL, [9]),
    # ... never to a place that gives no care, nor a count that stays
    ("Four were taken to hospital and two to the police station.", HOSPITAL, [4]),
    ("Of the 30 injured, 11 were taken to hospital and four remain in intensive care.",
     HOSPITAL, [11]),
    # a hospital told in the local language or by its abbreviation, its name after
    ('"Twelve people were taken to RSUD Tanjung Hulu and the others were treated at the port," '
     "he said.", HOSPITAL, [12]),
    ("The other three were taken by ambulance to Ysbyty Gwynedd in Bangor.", HOSPITAL, [3]),
    # the hurt told by a state noun, then who they were: the total, not a list to add up
    ("The three injured, a woman aged 40 and two men in their fifties, were taken to Kelby "
     "Hospital.", HOSPITAL, [3]),
    ("The four wounded, three men and a boy, were flown to the trauma centre.", HOSPITAL, [4]),
    ("The driver and two injured, a man and a woman, were taken to hospital.", HOSPITAL, [3]),
    # a noun of fumes in its plural
    ("Two other people, a cleaner and a guard, were affected by the gases.", INJURED, [2]),
    ("Three workers were overcome by toxic gases in the tank.", INJURED, [3]),
    ("Five residents were affected by the fumes.", INJURED, [5]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), COUNTS)
def test_counts_s21(text: str, kind: str, want: list[object]) -> None:
    assert _facts(text, kind, DCT) == want
