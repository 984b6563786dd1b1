"""Places that are no scene, as a third writer tells them: a person's home after an agent noun in
apposition, a home inside the phrase ("his native village of X"), a public body named by its head
word, a law's title.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

PLACE = "incident.place"
DCT = "2025-05-20"

# Each: text, the places found (each sentence's last place is no scene and fails before).
CASES: list[tuple[str, list[str]]] = [
    ("A gas cylinder exploded at a bakery on Mill Street in Kelby on Sunday. Among the injured "
     "is Ann Hale, a welder of Orchard Lane.", ["mill street, kelby"]),
    ("A lorry overturned on Mill Street in Kelby on Monday, killing Tom Reece, an electrician of "
     "Tanner Row.", ["mill street, kelby"]),
    ("A bus overturned on the Kelby ghat road on Sunday. The driver was cremated at his native "
     "village of Arpur on Monday.", ["kelby ghat road"]),
    ("A coach overturned on the A6 near Kelby on Sunday. We thank our partners in the Kelby "
     "Ambulance Service and the crews who worked at the scene.", ["a6", "kelby"]),
    ("A van exploded in Arden on Friday. Police thanked colleagues in the Dunmore Fire Service, "
     "who were first at the scene.", ["arden"]),
    ("A roof fell in at Dunmore Quarry on Monday. Firms are reminded that, under the Quarries "
     "(Safety) Regulations, work must stop whenever a flood warning is in force.",
     ["dunmore quarry"]),
    ("A fire broke out at Dunmore Mill on Monday. Owners are reminded that, under the Fire "
     "Precautions Act, an alarm must sound when a fire breaks out.", ["dunmore mill"]),
]  # fmt: skip

# Kept as they were.
KEPT: list[tuple[str, list[str]]] = [
    ("A fire broke out at a school in the village of Arpur on Monday.", ["arpur"]),
    ("A van struck a pedestrian at the corner of Mill Street and Dock Road in Kelby on Friday.",
     ["mill street and dock road, kelby"]),
    ("Two men were stabbed on Mill Street in Kelby on Friday. The dead man was Sam Cole, a "
     "plasterer of Dock Lane.", ["mill street, kelby"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), CASES + KEPT)
def test_places_that_are_no_scene(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE, DCT) == places
