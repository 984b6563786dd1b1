"""The incident's own date and time as a third writer tells it: a day's part that dates a
scene-setting opener, a predicate told as not happening, a toll verb whose subject names the
event the victims came from, a live blog's stamp before a clock told in words, a journey's start,
a scene set in the progressive, the incident as a definite subject of an occurring verb, a weekday
that classes a noun, an onset verb's bare form as a noun, "began" with an onset's gerund, a span
"later" in apposition to a time.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_when_places import _facts

DATE = "incident.date"
TIME = "incident.time"
DCT = "2025-05-20"  # a Tuesday

# Each: text, the incident's dates, its clocks.
CASES: list[tuple[str, list[Any], list[Any]]] = [
    # a part of a calendar day opens an investigator's narrative that names no event word
    ("On the morning of 17 May 2025, a skipper was taking six anglers out of Porthcall harbour. "
     "The boat's engine had been serviced on 21 April 2025.", ["2025-05-17"], []),
    ("On the night of 18 May the keeper was alone on the rock. His relief boat had come on 11 "
     "May.", ["2025-05-18"], []),
    ("On the evening of 19 May 2025, the driver of a delivery van was making his last drop in "
     "Hallow Street.", ["2025-05-19"], []),
    # a predicate after a negated auxiliary tells nothing that happened
    ("A wall collapsed at a school in Kelby on Saturday. The owner of the building did not "
     "respond to requests for comment on Monday.", ["2025-05-17"], []),
    ("A lorry overturned on the A6 at Kelby on Sunday. The haulage firm didn't immediately "
     "respond to an email on Monday.", ["2025-05-18"], []),
    # the toll verb's subject names the event the victims came from: the time is the death's
    ("A coach overturned on the M5 near Kelby on Saturday. Two passengers injured in the coach "
     "crash died in hospital on Monday night.", ["2025-05-17"], []),
    ("Fire tore through a block of flats in Arden on Friday. A woman hurt in the blaze "
     "succumbed to her burns on Sunday.", ["2025-05-16"], []),
    # a live blog's stamp gives way to a clock it tells in words in a later entry, before it
    ("10.02: A van has crashed into a shop front on Mill Street in Kelby.\n\n10.20: Police say "
     "the crash happened at about 9.50am.", [], ["09:50"]),
    # a journey's start from a named place: no onset
    ("The ferry, which had left the Porthcall terminal at 6.10am, struck rocks at about 7.30am "
     "off Carrick Point.", [], ["07:30"]),
    ("The bus left Kelby depot at 5.40am and overturned on the A6 at about 6.15am.", [],
     ["06:15"]),
    # a narrative sets the scene at a time, in the progressive, with no event word
    ("A wave swept four workers off the sea wall at Porthcall on Monday. At 6.40am a crew of "
     "four was repairing the wall.", ["2025-05-19"], ["06:40"]),
    ("Two brothers were shot in Mill Lane on Friday. Witnesses say that at about 9.15pm, the "
     "two were walking home from a bar.", ["2025-05-16"], ["21:15"]),
    # the story's incident by another noun, as the subject of an occurring verb
    ("A minibus overturned on the coast road near Kelby on Sunday. The mishap occurred around "
     "5.20pm near the quarry turn.", ["2025-05-18"], ["17:20"]),
    ("A boiler exploded at a school in Arden on Friday. The misfortune happened at about 2pm, "
     "during lessons.", ["2025-05-16"], ["14:00"]),
    # a weekday that classes a noun after a modifier: a kind of day, no date
    ("A man stabbed two shoppers among the crowded Saturday stalls of Kelby market.", [], []),
    ("Fire broke out in a busy Friday market in Arden.", [], []),
    # an onset verb's bare form after a determiner and a modifier: a thing, no event
    ("A man bought a hunting knife from a shop in Kelby at 9.40am on 16 May. He walked into the "
     "bank at 10.15am and began stabbing customers.", ["2025-05-16"], ["10:15"]),
    ("A man was stabbed in Kelby on Friday. A sharp knife was found at the scene on Monday.",
     ["2025-05-16"], []),
    # ... but after a verb of perception or causation and its object, the bare form is a verb
    ("Residents of Arden felt the floor of the hall collapse at 3.10am on Sunday.",
     ["2025-05-18"], ["03:10"]),
    ("A neighbour heard the gas tanker explode in Hallow Street at 4.05pm.", [], ["16:05"]),
    # "began" with an onset verb's gerund; a span "later" in apposition to the time
    ("He reached the square at about 2.30pm, twenty minutes later, and began firing at people.",
     [], ["14:30"]),
]  # fmt: skip

# Kept as they were: the onset's own time.
KEPT: list[tuple[str, list[Any], list[Any]]] = [
    ("Three people were hurt on Saturday night when the crowd surged towards the stage.",
     ["2025-05-17"], []),
    ("The blast killed two workers at the Kelby plant on Sunday.", ["2025-05-18"], []),
    ("Police said the driver was not hurt when the van hit the barrier at 6.10pm on Sunday.",
     ["2025-05-18"], ["18:10"]),
    ("08.15: A lorry has overturned on the A6 near Kelby.\n\n08.40: Police say the driver was "
     "taken to hospital.", [], ["08:15"]),
    ("The car left the road at 11.20pm on Friday and hit a tree.", ["2025-05-16"], ["23:20"]),
    ("A dog attacked a postman in Arden on Friday. At 9am on Monday, officers were searching "
     "the garden.", ["2025-05-16"], []),
    ("A tree fell on a car in Arden on Friday. The ceremony took place at 11am on Monday.",
     ["2025-05-16"], []),
    ("His car hit a wall on Mill Road at 11pm on Friday.", ["2025-05-16"], ["23:00"]),
    ("The crowd began pushing towards the gates at about 4pm on Saturday.", ["2025-05-17"],
     ["16:00"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dates", "clocks"), CASES + KEPT)
def test_the_incidents_own_date_and_time(text: str, dates: list[Any], clocks: list[Any]) -> None:
    assert _facts(text, DATE, DCT) == dates
    assert _facts(text, TIME, DCT) == clocks
