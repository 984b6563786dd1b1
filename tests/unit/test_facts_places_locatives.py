"""Places told through a locative of any shape, and places of another clause.

- a part of a named site told by any noun with "of" ("a quiet section of X Beach", "the 11th
  kilometre of the X road", "kilometre 14 of Y"), its modifiers a count or an ordinal too; a
  noun's owner by the same shape is no site ("at the request of Tom Hale");
- relation words of distance along a way ("just beyond", "just past", "just short of");
- a way told right after a site in the same chain of locatives is that site's road, no second
  place ("at X Junction, near Y, on the Z highway", "the X junction on the A 39");
- an open site noun phrase holds no conjunction ("veered off the road and overturned at X");
- the direction a way leads is no place ("on the carriageway towards X"), nor a traveller's own
  goal told by a purpose clause ("every day to reach her school in X"); a goal followed by the
  onset's clause leaves the onset's place ("bound for X, overturned near Y").

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

PLACE = "incident.place"

CASES: list[tuple[str, list[str]]] = [
    # a part of a named site, by any noun
    ("Lifeguards were called to a remote stretch of Tarrow Bay Beach, Kelby Heads, shortly after "
     "2pm when two swimmers got into trouble.", ["tarrow bay beach, kelby heads"]),
    ("Two men drowned at an unguarded part of Marrow Point Beach on Sunday.",
     ["marrow point beach"]),
    ("Two freight trains collided on Monday in the vicinity of Tell Hamra railway station.",
     ["tell hamra railway station"]),
    # distance markers along a way
    ("The car left the road on the 23rd kilometre of the Ankara-Kelby highway on Monday.",
     ["ankara-kelby highway"]),
    ("The coach crashed at kilometre 14 of the Tarn-Olmo road on Monday.", ["tarn-olmo road"]),
    ("The minibus was hit by falling rocks at the 9th km of the Sivas-Kelby road on Monday.",
     ["sivas-kelby road"]),
    # relation words of distance along a way
    ("The lorry jack-knifed just beyond the Dunmore junction on the M 7 on Friday.",
     ["dunmore junction"]),
    ("The pile-up started just beyond the Kelby exit on the A 39, where a van had stopped.",
     ["kelby exit"]),
    ("The bus overturned just short of Tarrow station on Monday.", ["tarrow station"]),
    # a way right after a site is the site's road
    ("A tanker overturned at Asankra Junction on the Kelby-Tamso highway on Friday.",
     ["asankra junction"]),
    ("A tanker veered off the road and overturned at Asankra Junction, near Kelby, on the "
     "Kelby-Tamso highway on Friday.", ["asankra junction", "kelby"]),
    # the direction of a way, a traveller's own goal
    ("The lorry overturned on the carriageway towards Dornfeld shortly after 5am.", []),
    ("The crash happened on the northbound lanes toward Kelby at 6am.", []),
    ("One of the victims, a nurse, caught the bus each morning to reach her office in Tolva.",
     []),
    ("The driver was trying to get to his office in Kelby when the car hit a tree on Mill Lane "
     "on Friday.", ["mill lane"]),
    ("The coach, bound for Kelby, overturned near Tarrow on Friday.", ["tarrow"]),
    # a direction's "of" is no owner's
    ("The bus overturned north-west of Tarno on Monday.", ["north-west of tarno"]),
    # a noun's owner is no site; a place after it still is
    ("The crash happened at the request of Tom Hale on Sunday.", []),
    ("The blast occurred in the presence of Mary Kay at Kelby Mill.", ["kelby mill"]),
    ("A man was stabbed at the invitation of Dale Ash at the Kelby Arms.", ["kelby arms"]),
    ("A man was killed at the birthday party of Ann Dee at Kelby Hall.", ["kelby hall"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), CASES)
def test_locatives(text: str, want: list[str]) -> None:
    assert _facts(text, PLACE) == want
