"""The incident's own date and time as other writers tell it: a call-out received, a pair inside
the event's noun phrase, a hedge on a person, what did not happen, a sudden event, a name's inner
"and", a plural noun of an onset verb, a toll after a day-owned event, the event as a response's
object.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_when_places import _facts

DATE = "incident.date"
TIME = "incident.time"
DCT = "2025-05-20"  # a Tuesday

# Each: text, the incident's dates, its clocks (each a class that fails before its change).
CASES: list[tuple[str, list[Any], list[Any]]] = [
    # the services received a report of the event: the call-out, far before the event's verb
    ("At about 3.15pm on Sunday, the duty officer at Brenmouth Coastguard Station received a "
     "report from the skipper of a passing trawler that a small dinghy carrying two adults and a "
     "child had overturned in heavy swell off Carrick Point.", ["2025-05-18"], ["15:15"]),
    # "between A and B" is one noun phrase: its "and" starts no conjunct apart from the event
    ("News is coming in of a head-on collision between a delivery van and a tractor this "
     "afternoon on the B4410 near Pelling.", ["2025-05-20"], []),
    # a capitalised sequel word inside a name joined by "and": "Fire and Rescue Service"
    ("At 4.50am, Kelby Fire and Rescue Service took a call reporting smoke from a bakery on Mill "
     "Lane.", [], ["04:50"]),
    # what did not happen: "without warning"
    ("Residents said the chimney collapsed without warning shortly before 4pm on Sunday.",
     ["2025-05-18"], ["16:00"]),
    ("The bus shelter was struck without warning by a reversing lorry shortly after 8am on "
     "Monday.", ["2025-05-19"], ["08:00"]),
    # walking into the premises, as "entered" tells it; a court's account after it
    ("A man walked into the Kelby branch of Dunmore Building Society at about 2.15pm on 3 March, "
     "handed a note to the cashier and fled with cash, the court heard.", ["2025-03-03"],
     ["14:15"]),
    # "said to be" hedges a person: no saying frames the clause
    ("A man in his thirties, said to be a regular, burst into the Crown and Anchor at about "
     "10.40pm on Friday and threatened staff with a machete.", ["2025-05-16"], ["22:40"]),
    # all of a sudden: an event, whatever its noun
    ("Two anglers were cut off by a sudden rise in the river below Kell weir just before 6pm "
     "yesterday, police say.", ["2025-05-19"], ["18:00"]),
    # the toll's later day: an onset owned by a day, and "burns" after a possessive, a noun
    ("Three workers hurt in Saturday's warehouse blaze in Kelby died of their burns on Monday.",
     ["2025-05-17"], []),
    ("A man injured in last night's explosion at a flat on Harrow Road succumbed to his burns "
     "this morning.", ["2025-05-19"], []),
    # the event as the object of the response under way: the response's day, not the event's
    ("A lorry struck a footbridge on the A9 near Tarso on Saturday afternoon. Detectives were "
     "investigating the crash on Monday.", ["2025-05-17"], []),
]  # fmt: skip

# Kept as they were: words that tell no incident, or the event itself.
KEPT: list[tuple[str, list[Any], list[Any]]] = [
    ("Relatives of the victims of the crash between the two coaches and their lawyers met the "
     "minister on Monday.", [], []),
    ("The council received a report on the bridge's condition in March.", [], []),
    ("Crews spent hours tackling the fire, which broke out at 2am on Sunday.", ["2025-05-18"],
     ["02:00"]),
    ("The minister announced a sudden change of policy on Monday.", [], []),
    ("A woman who suffered burns on Friday in the kitchen fire has died.", ["2025-05-16"], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dates", "clocks"), CASES + KEPT)
def test_the_incidents_own_date_and_time(text: str, dates: list[Any], clocks: list[Any]) -> None:
    assert _facts(text, DATE, DCT) == dates
    assert _facts(text, TIME, DCT) == clocks
