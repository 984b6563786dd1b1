"""Places as an eighth writer tells them: a hospital or jail that is the scene because the onset's
own verb or noun reaches it ("a riot erupted inside the X Jail", "a fire broke out in the care
unit of X Hospital"), "here" after a site as the dateline's town, a part inside a site (a ward, a
dormitory, a runway) giving way to the site, a runway excursion told by its verb ("skidded",
"slid off", "overran", "overshot"), lives lost that are no home ("lost their lives in the collapse
at X"), and a stretch between two named stops ("travelling between X and Y stations").

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

PLACE = "incident.place"
DCT = "2025-05-20"

CASES: list[tuple[str, list[str]]] = [
    # an institution the onset happened in
    ("Four inmates were killed when a riot erupted inside the Kelby Provincial Jail on Sunday.",
     ["kelby provincial jail"]),
    ("A fire broke out on the first floor of Arpur District Hospital early on Wednesday.",
     ["arpur district hospital"]),
    ("A fire broke out in the Neonatal Intensive Care Unit of Dunmore Civil Hospital on Monday.",
     ["dunmore civil hospital"]),
    ("The blaze was reported at 3.10 am in the Burns Unit on the second floor of Tarly General "
     "Hospital, officials said.", ["tarly general hospital"]),
    ("A guard was shot dead at Marrow Prison on Tuesday night.", ["marrow prison"]),
    # "here": the dateline's town
    ("SORANPUR: Six patients died when a fire broke out in the ICU of the District Hospital here "
     "on Friday.", ["district hospital, soranpur"]),
    ("SAN ROQUE, Isla Verde — Two inmates died when fighting erupted inside the Isla Verde "
     "District Jail here on Monday.", ["isla verde district jail, san roque"]),
    # a part inside the site is no place of its own
    ("Three inmates were hurt when a riot broke out at Kelby Jail on Monday. The fighting "
     "started in the jail's Dormitory B at about 2pm.", ["kelby jail"]),
    ("The jet touched down on Runway 09 at Arden Airport at 6.10pm on Friday and skidded off the "
     "runway.", ["arden airport"]),
    # a runway excursion told by its verb
    ("Nine people were hurt when a plane skidded off the runway at Dunmore Airport on Friday.",
     ["dunmore airport"]),
    ("A turboprop slid off the end of the runway at Kelby Regional Airport during a snowstorm on "
     "Thursday.", ["kelby regional airport"]),
    ("An airliner overran the runway at Tarly International Airport on Sunday evening.",
     ["tarly international airport"]),
    ("A cargo jet overshot the runway at Arden Airport on Monday, injuring its two pilots.",
     ["arden airport"]),
    # lives lost are no home ("he lives in X")
    ("Two men lost their lives in the collapse at Mill Road, Kelby, on Monday.",
     ["mill road, kelby"]),
    # a stretch between two named stops
    ("The attack began at 8pm as the train was travelling between Arden and Kelby stations, "
     "police said.", ["between arden and kelby"]),
    ("Nine people were wounded when a man walked through the carriages of an express between "
     "Tarly and Dunmore on Friday, swinging a knife.", ["between tarly and dunmore"]),
    ("A fire broke out on a bus between Soran and Pell on Friday.", ["between soran and pell"]),
]  # fmt: skip

# Kept as they were: an institution a sequel took someone to.
KEPT: list[tuple[str, list[str]]] = [
    ("A man was stabbed on Mill Street in Kelby on Friday and taken to Kelby General Hospital.",
     ["mill street, kelby"]),
    ("A bus crashed on the A6 on Monday; the injured were treated at the Civil Hospital here.",
     ["a6"]),
    ("A man was stabbed on Mill Street on Friday and treated in the Intensive Care Unit of Kelby "
     "Hospital.", ["mill street"]),
    ("Share prices slid on Monday in Kelby after the report.", []),
    # a death of burns at a hospital is a sequel there, not the fire's scene
    ("The toll from Sunday's tanker fire at Orbury rose to 12 after four more victims succumbed "
     "to burns at Tarly Regional Referral Hospital.", ["orbury"]),
    ("Two more people died of burns at Kelby General Hospital after the blaze at Mill Lane.",
     ["mill lane"]),
    ("A man who lives in Arden was stabbed on Mill Street, Kelby, on Friday.",
     ["mill street, kelby"]),
    ("A fight between Hale and Reed broke out at the Anchor Inn on Friday.", ["anchor inn"]),
    ("A fire broke out at Unit 7 on the Mill Lane estate in Kelby on Monday.",
     ["mill lane estate", "mill lane estate, kelby"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), CASES + KEPT)
def test_places_eighth_writer(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE, DCT) == places
