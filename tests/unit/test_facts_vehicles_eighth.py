"""Vehicles as an eighth writer tells them: an aircraft's make of two words and its model ("a De
Havilland Dash 8-400", "the Dash 8"), machines of building sites ("a telehandler", "a backhoe
loader", "a scissor lift"), a turboprop; the state the event left a vehicle in after "the" ("the
stopped train") is no description; an operator's flight or a kind-only "pickup truck" gives way to
the aircraft or the pickup the report names.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

VEHICLE = "vehicle"
DCT = "2025-05-20"

CASES: list[tuple[str, list[str]]] = [
    ("A De Havilland Dash 8-400 skidded off the runway at Kelby Airport on Friday.",
     ["dash 8-400"]),
    ("Two passengers were hurt aboard the Dash 8 when it landed at Arden on Friday.", ["dash 8"]),
    ("Flight KX12 from Dunmore, a Bombardier Global 6000 carrying 12 passengers, overran the "
     "runway at Tarly on Friday.", ["global 6000"]),
    ("A worker was killed when a telehandler struck scaffolding at a building site on Mill Road "
     "on Monday.", ["telehandler"]),
    ("The yellow JCB telehandler was reversing when the scaffold fell on Monday.",
     ["yellow jcb telehandler"]),
    ("A labourer died on Monday after he was crushed by a backhoe loader at a quarry near Arden.",
     ["backhoe loader"]),
    ("A scissor lift toppled over at a warehouse in Kelby on Monday, injuring two men.",
     ["scissor lift"]),
    ("Eleven people were hurt when a turboprop slid off the runway at Kelby on Thursday.",
     ["turboprop"]),
    # the state the event left it in, after "the"
    ("A man stabbed three passengers on a Kelby Line train on Friday. Police boarded the "
     "stopped train at Arden station.", ["kelby line train"]),
    # an operator's flight and a kind-only pickup give way to the one the report names
    ("Nine hurt as Arden Air flight skids off runway. The plane, a De Havilland Dash 8-300, "
     "overran the runway at Kelby on Friday.", ["dash 8-300"]),
    ("A man drove a pickup truck through a crowd on Mill Street in Kelby on Saturday. Witnesses "
     "said the red Ford F-150 pickup sped up. Police said the truck hit a pole.",
     ["red ford f-150 pickup"]),
]  # fmt: skip

KEPT: list[tuple[str, list[str]]] = [
    ("The Channel 4 crew saw the car crash on Friday.", []),
    ("The keepers spotted a capsized catamaran drifting off Kelby on Friday.",
     ["capsized catamaran"]),
    ("An overturned fuel tanker exploded on the N5 near Kelby on Friday.",
     ["overturned fuel tanker"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "vehicles"), CASES + KEPT)
def test_vehicles_eighth_writer(text: str, vehicles: list[str]) -> None:
    assert _facts(text, VEHICLE, DCT) == vehicles
