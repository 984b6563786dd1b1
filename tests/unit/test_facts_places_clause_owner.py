"""Which clause a place belongs to, as new writers tell it: the premises an attack verb takes as
its object ("raided the Kelby branch of X Bank"), a witness placed where they speak from ("A
trader at the Y market, Ann Dee, said"), a town described in apposition (", a farming village in
the Z Delta"), a town located by a distance and a direction (", about 200 km (124 miles) north of
W"), a later death ("died of their burns at a unit in V"), a country's unnamed part ("in
Ruritania's countryside"), a numbered part of a site ("Silo No. 3 at the X terminal").

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from tests.unit.test_facts_when_places import _facts

PLACE = "incident.place"
DCT = "2025-05-20"

# The premises an attack takes as its object.
ATTACKED: list[tuple[str, list[str]]] = [
    ("Gunmen attacked the Kelby branch of First Union Bank on Monday, killing two guards.",
     ["kelby branch"]),
    ("Armed robbers attacked the Red Heron Bar on Mill Street, killing two.",
     ["red heron bar on mill street"]),
    ("Four men robbed the Marlow Jewellers on High Street on Friday, injuring a guard.",
     ["marlow jewellers on high street"]),
    ("Bandits raided the Tarn Valley Savings Bank branch in Kelby on Monday and shot dead a "
     "guard.", ["tarn valley savings bank branch, kelby"]),
    ("A gang attacking the Ashby Road post office shot a clerk on Friday.",
     ["ashby road post office"]),
    ("Militants bombed the Grand Oriel Hotel in Sarno on Sunday, killing nine.",
     ["grand oriel hotel, sarno"]),
]  # fmt: skip
# ... not a person, and not a raid by the police
ATTACKED_KEPT: list[tuple[str, list[str]]] = [
    ("A man attacked Tom Hale with a knife on Mill Street on Friday.", ["mill street"]),
    ("A man was stabbed on Dock Street on Friday. The gang had earlier attacked Tom Hale Jr.",
     ["dock street"]),
    ("Police raided the Kelby Arms on Friday, a week after a man was stabbed on Dock Street.",
     ["dock street"]),
]  # fmt: skip

# ... an address after the premises tells it is one ("invaded the X Lounge, Mill Road, Kelby").
ADDRESSED: list[tuple[str, list[str]]] = [
    ("Gunmen invaded the Red Heron Lounge, Mill Road, Kelby, and opened fire.",
     ["red heron lounge, mill road"]),
    ("Robbers attacked the Ruby Lounge, Kelby Road, Arpur, killing two.",
     ["ruby lounge, kelby road"]),
    ("Armed men attacked the Copper Pot on Mill Road on Friday, injuring three.",
     ["copper pot on mill road"]),
    ("Militants stormed the Sapphire, 14 Dock Street, on Friday, killing a guard.",
     ["sapphire"]),
    ("A gang raided the Golden Lantern, No. 12 Harbour Road, on Friday, injuring two.",
     ["golden lantern, no. 12 harbour road"]),
    ("A man was stabbed on Dock Street on Friday. Gunmen had attacked Tom Hale, Mill Road "
     "resident, in May.", ["dock street"]),
]  # fmt: skip

# The onset told among its people before the institution it broke out in.
AMONG: list[tuple[str, list[str]]] = [
    ("A disturbance broke out among persons deprived of liberty (PDLs) at the Kelby Provincial "
     "Jail, Barangay San Roque, Arpur.", ["kelby provincial jail, barangay san roque"]),
    ("A riot erupted among inmates at Arpur District Jail on Monday.",
     ["arpur district jail"]),
    ("A fight broke out among prisoners in the Kelby Prison on Sunday, killing one.",
     ["kelby prison"]),
    ("A fire broke out among patients in the Kelby General Hospital on Sunday.",
     ["kelby general hospital"]),
    ("Two inmates died on Monday. A brawl started amongst detainees at Tarn Road Jail.",
     ["tarn road jail"]),
]  # fmt: skip

# Where the getaway vehicle was found, however its state is told.
FOUND_STATE: list[tuple[str, list[str]]] = [
    ("Gunmen robbed a van outside the Kelby Savings Bank on Mill Road on Friday. The robbers "
     "fled in a pickup, which was later found abandoned and burnt in the Tarn sector.",
     ["kelby savings bank on mill road"]),
    ("Robbers shot a guard on Dock Street in Kelby on Friday. Their car was found burnt out and "
     "abandoned in Arpur.", ["dock street, kelby"]),
    ("Robbers shot a guard on Dock Street in Kelby on Friday. The van was later found torched "
     "near Arpur.", ["dock street, kelby"]),
    ("A jeweller was shot on Mill Lane in Ashby on Friday. The getaway car was discovered "
     "dumped, set alight, in Kell Woods.", ["mill lane, ashby"]),
    ("Raiders hit a post office on Tarn Road in Kelby. A motorbike they used was found "
     "abandoned and destroyed in Orran.", ["tarn road, kelby"]),
]  # fmt: skip

# A witness placed where they speak from, in the subject of a saying verb.
VANTAGE: list[tuple[str, list[str]]] = [
    ("A lorry hit a bus on the A6 near Kelby on Monday. A trader at the nearby Tarn market, "
     "Ann Dee, said: \"We heard a bang and ran.\"", ["a6", "kelby"]),
    ("A lorry hit a bus on the A6 near Kelby on Monday. Eyewitnesses at the Tarn Cafe say the "
     "lorry never braked.", ["a6", "kelby"]),
    ("An avalanche buried three skiers below Piz Marel on Monday. Staff at the Alp Dosso hut "
     "said the slope gave way at 11am.", ["piz marel"]),
    ("A crane collapsed on Dock Road in Kelby on Monday. One shopkeeper on Mill Street told "
     "reporters the ground shook.", ["dock road, kelby"]),
    ("A bus overturned on the Kelby ghat road on Sunday. A vendor at Arpur bus stand, Ravi "
     "Das, said the driver was speeding.", ["kelby ghat road"]),
]  # fmt: skip

# A town described in apposition: what locates the town is no second place.
APPOSED: list[tuple[str, list[str]]] = [
    ("A water tower collapsed onto the market street in Kafr Dabbous, a farming village in "
     "the Nile Delta, on Tuesday, killing three.", ["kafr dabbous"]),
    ("A bus overturned in Sangola, a town in the Andes, killing five.", ["sangola"]),
    ("A boat capsized off Kiyanja, a fishing village on Lake Tarn, on Sunday.", ["kiyanja"]),
    ("Five miners died in Kell, a mining town in the Orran Hills, on Friday.", ["kell"]),
    ("Fire swept through a market in Dunmore, the largest town in the Arden Valley, on Monday.",
     ["dunmore"]),
]  # fmt: skip

# A town located by its distance and direction from a city.
DISTANCE: list[tuple[str, list[str]]] = [
    ("A bus overturned near Sangola, about 200 km (124 miles) north of Lima, killing five.",
     ["sangola"]),
    ("A bus overturned near Sangola, some 200 kilometres north-east of Lima, killing five.",
     ["sangola"]),
    ("A cabin fell on the Arpur cable car near Bhimtal, around 140 km (87 miles) west of Dhara, "
     "on Sunday.", ["bhimtal"]),
    ("Two trains collided at Kell, 30 miles south of Dunmore, on Friday.", ["kell"]),
    ("A mine flooded in Orran, roughly 60km east of Kelby, on Monday.", ["orran"]),
]  # fmt: skip
# ... the direction alone still places the scene
DISTANCE_KEPT: list[tuple[str, list[str]]] = [
    ("A bus overturned about 200 km north of Lima on Sunday, killing five.",
     ["north of lima"]),
]  # fmt: skip

# Where someone died later of the injuries: no scene.
LATER_DEATH: list[tuple[str, list[str]]] = [
    ("The toll from the fire at the Kell solvents plant in Arden rose to five after two men "
     "died of their burns at a specialist unit in Dunmore.", ["kell solvents plant, arden"]),
    ("A lorry overturned on Mill Road in Kelby on Friday. A passenger died of his injuries in "
     "a clinic in Ashby on Sunday.", ["mill road, kelby"]),
    ("A wall fell on a crowd at Tarn Beach on Monday. A boy died from his wounds at Kelby "
     "General on Tuesday.", ["tarn beach"]),
    ("A blast hit a bakery on Dock Road, Arden, on Friday. A woman later died of burns in "
     "Dunmore.", ["dock road, arden"]),
    ("A bus overturned on the Kelby ghat road on Sunday. Two more victims died from their "
     "injuries at a hospital in Arpur.", ["kelby ghat road"]),
]  # fmt: skip

# A part of a site told by its noun and number: its site is the place, the part no second one.
NUMBERED_PART: list[tuple[str, list[str]]] = [
    ("An explosion ripped through Silo No. 3 at the Kell grain terminal on Monday.",
     ["kell grain terminal"]),
    ("Three men died in a blast on the 12 Level of Kavango Hills Mine on Monday.",
     ["kavango hills mine"]),
    ("A fire broke out in Hangar 4 at Arpur airfield on Monday.", ["arpur airfield"]),
    ("A crane collapsed on Dock Road in Kelby on Monday. It stood on Plot 27 of the site.",
     ["dock road, kelby"]),
    ("A gas leak at the Tarn Chemicals plant in Arpur on Monday began in Tank 6.",
     ["tarn chemicals plant, arpur"]),
]  # fmt: skip
# ... not a way, a premises, a town's numbered quarter or a longer name
NUMBERED_KEPT: list[tuple[str, list[str]]] = [
    ("A lorry crashed on Route 9 near Kelby on Monday.", ["route 9", "kelby"]),
    ("A van hit a wall on Bay 4 Road in Kelby.", ["bay 4 road, kelby"]),
    ("A fire broke out in Sector 15 of Kelby on Monday.", ["sector 15 of kelby"]),
]  # fmt: skip

# A country's unnamed part is too wide for a scene.
COUNTRY_PART: list[tuple[str, list[str]]] = [
    ("A water tower collapsed in Kafr Dabbous on Tuesday. Such collapses are common in Egypt's "
     "countryside.", ["kafr dabbous"]),
    ("A bus overturned in Sangola on Sunday, killing five. Crashes are frequent in Peru's "
     "highlands.", ["sangola"]),
    ("A ferry sank off Kiyanja on Sunday. Storms often hit Uganda's lake shores in May.",
     ["kiyanja"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "places"),
    ATTACKED
    + ATTACKED_KEPT
    + ADDRESSED
    + AMONG
    + FOUND_STATE
    + VANTAGE
    + APPOSED
    + DISTANCE
    + DISTANCE_KEPT
    + LATER_DEATH
    + COUNTRY_PART
    + NUMBERED_PART
    + NUMBERED_KEPT,
)
def test_place_of_the_events_own_clause(text: str, places: list[str]) -> None:
    assert _facts(text, PLACE, DCT) == places
