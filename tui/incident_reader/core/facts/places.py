"""Places: where the incident happened, as "site, town" in lower case ("market row, ashwold").

A place is a proper name after a locative preposition, perhaps through a site noun ("outside a pub
in Market Row, Ashwold"), in a sentence that tells the incident itself (see when.EVENT_CUES).
"""

from __future__ import annotations

import re

from incident_reader.core.facts import events, when
from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.event_cues import law_raid
from incident_reader.core.facts.lexicon import (
    AREA_WORDS,
    PLACE_PREPOSITIONS,
    SITE_NOUNS,
    STREET_WORDS,
)
from incident_reader.core.facts.numbers import WORD_NUMBER, _alt
from incident_reader.core.facts.place_between import between_places
from incident_reader.core.facts.place_binding import (
    NUMBERED_PART,
    earlier_doing,
    elsewhere_in_sentence,
    held_in_town,
    unbound_places,
)
from incident_reader.core.facts.place_cues import (
    _CARRIED,
    _COUNTY_FIRST,
    _DATE_WORD,
    _DESTINATION,
    _INSTITUTION,
    _NOT_THE_SCENE_BEFORE,
    _OBJECT_OF,
    _RESIDENCE,
    _SETTLEMENT_AFTER,
    _TIME_OF,
    _UNREACHED,
    CARRIED_PREPOSITIONS,
    CARRIED_REACH,
    FORMER_SITE,
    MOVE_REACH,
    RESIDENCE_REACH,
    SEQUEL_NOUNS,
    SEQUEL_REACH,
    _sequel_before,
    institution_before,
    institution_site,
    later_cues,
    other_incident_from,
    speaker_vantage,
    tallied,
    vehicle_found_before,
    witness_vantage,
)
from incident_reader.core.facts.place_fallbacks import fallback_roads as fallback_roads
from incident_reader.core.facts.place_fallbacks import numbered_roads as numbered_roads
from incident_reader.core.facts.place_fallbacks import subject_places as subject_places
from incident_reader.core.facts.place_institutions import dateline_town, onset_inside
from incident_reader.core.facts.place_names import (
    _DEMONYM,
    _FUNCTION,
    _IRREGULAR,
    _NAME,
    _PART_HEADS,
    _POSSESSIVE,
    _REGION,
    _SPACES,
    PART_NOUNS,
    PLACE,
    ROUTE_HEADS,
    _compound_head,
    _looks_like_name,
    _owned_site,
    _spelt_out,
    _trim,
    fled_before,
    is_ruler_area,
    is_street_level,
)
from incident_reader.core.facts.place_premises import _JUNCTION as _JUNCTION  # gates.py
from incident_reader.core.facts.place_premises import (
    _SETTLEMENTS,
    _SITE_NOUNS,
    PREMISES_HEADS,
    shaped_places,
)
from incident_reader.core.facts.place_premises import _TOWNS_SITE as _TOWNS_SITE  # gates.py
from incident_reader.core.facts.place_premises import _UNIT_GATE as _UNIT_GATE  # gates.py
from incident_reader.core.facts.place_shapes import (
    appositive_site,
    diverted_or_earlier,
    space_then_name,
    structure_after,
)
from incident_reader.core.facts.place_titles import title_places
from incident_reader.core.facts.place_where import where_sites
from incident_reader.core.facts.place_words import (
    is_country,
    is_landform,
    is_local_unit,
    is_organisation,
    local_unit_before,
)
from incident_reader.core.facts.text import Sentence, WordScan
from incident_reader.core.facts.vocabulary import MAKES, TRADE_PREMISES, VEHICLE_CLASSES

# A sequel's noun standing alone as a name is a headline's capitals, no place ("in Custody").
_SEQUEL_WORDS = frozenset(n for n in SEQUEL_NOUNS if " " not in n)
# A verb of falling right before "off": what it fell from is the scene ("plunged off the Tasman
# Bridge"), unlike a noun's "off" ("a lane off Mill Road") or a turn ("turned off Mill Lane").
_MOVED_OFF = re.compile(
    r"\b(?:plunged|plummeted|nosedived|nose-dived|fell|toppled|tumbled|crashed|slid|rolled"
    r"|careered|careened|hurtled|jumped|dropped|blown|thrown|swept)\s+$"
)
# "off the island of X", "off the port of Y": the place itself, not beside a road ("off Mill Road")
_OFF_SETTLEMENT = re.compile(rf"\b(?:{'|'.join(_SETTLEMENTS)})\s+of\s+$")
_SITE = (
    rf"(?:(?:a|an|the|its|their)\s+(?:(?:[A-Z][a-z]+(?:an|sh|ese|ch)|{_IRREGULAR})\s+)?)?"
    rf"(?:[a-z0-9][\w-]*\s+){{0,2}}?"
    rf"(?:{_alt(_SITE_NOUNS)})"
)  # "the Italian port city of Genoa": a nation's adjective before the site noun
# Any noun phrase may stand before a spatial preposition and a name ("a paddock off Kereru Road",
# "the front barrier of the Wendell Waterfront Amphitheatre"): the site is found by its shape.
# (A relative clause is no part of it: "the driver of the lorry that overturned at X" reaches X
# through the clause's verb, not through a site.)
# (nor a conjunction or an auxiliary: "veered off the road and overturned at X" is two clauses)
_OPEN_WORD = (
    r"(?!(?:that|which|who|whose|whom|where|when|while|and|or|but|then|is|was|were|are|has|had"
    r"|have|be|been)\b)[a-z][\w-]*"
)
# ... its modifiers may be a count or an ordinal: "the 11th kilometre of the X road", "the third
# bend on Y", "the 40th floor of Z"
_OPEN_MOD = rf"(?:{_OPEN_WORD}|\d{{1,4}}(?:st|nd|rd|th)?)"
_OPEN_SITE = rf"(?:a|an|the|its|their)\s+(?:{_OPEN_MOD}\s+){{0,2}}?{_OPEN_WORD}"
# A distance marker along a way, its number after the unit: "at kilometre 14 of the X road", "at
# km 212.5 on the A 7", "near mile 9 of Y" (a closed class of units of length).
_MARKER = r"(?:kilometre|kilometer|km|KM|mile|milepost|mile\s+marker)\s+\d{1,4}(?:[.,+]\d{1,3})?"
_PART = rf"(?:the\s+)?(?:[a-z][a-z-]*,?\s+){{0,2}}?(?:{_PART_HEADS})\s+of"
# Verbs of impact take the structure struck as their object: "the bus struck the Mill Road
# railway bridge", "the blast hit the Kelby Hotel", "a lorry rammed the Tarn Street barrier"
# (not a vehicle: "struck Kelby County Schools bus 14"; not a person: "struck Dale Hale").
IMPACT_VERBS: tuple[str, ...] = ("struck", "hit", "rammed", "smashed", "clipped")
ATTACK_VERBS: tuple[str, ...] = (
    "attacked", "attacking", "raided", "raiding", "robbed", "robbing", "bombed", "bombing",
    "torched", "besieged", "targeted", "targeting", "looted", "looting",
)  # fmt: skip
# Verbs of motion whose object is a place ("as it approached Sandilands Junction"); their object
# is the scene only when it is a named site, street or junction (not "entered Germany").
# Verbs of entering by force and of moving down, up or along land take their scene the same way
# ("gunmen stormed the Red Heron Bar on X", "a party descending Kauri Gorge").
MOTION_VERBS: tuple[str, ...] = (
    "approached", "entered", "reached", "approaching", "entering", "stormed", "storming",
    "invaded", "invading", "descended", "descending", "ascended", "ascending", "climbing",
    # an attack's verb takes the premises it fell on the same way ("robbers raided the Kelby
    # branch of X Bank", "militants bombed the Y Hotel"; not a person: "attacked Tom Hale")
    *ATTACK_VERBS,
)  # fmt: skip
# Verbs of an attack or a forced entry: a settlement told as their object is where it fell
# ("gunmen attacked the commune of X", "bandits stormed Y, a hamlet in Z"), where a verb of
# mere motion reaches a settlement ("the convoy reached the town of X") that is no scene.
_FORCED_VERBS = frozenset((*ATTACK_VERBS, "stormed", "storming", "invaded", "invading"))
_LOWER_WORDS_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){1,2}")
_STRUCK_SETTLEMENT = re.compile(rf"\s+the\s+(?:{'|'.join(_SETTLEMENTS)})\s+of\s")
# Spatial prepositions: the lexicon's, and the multi-word and motion ones.
_PREPOSITIONS: tuple[str, ...] = (
    *PLACE_PREPOSITIONS, "in front of", "next to", "alongside", "beneath", "under", "over", "off",
    "onto", "below", "above",
    *(w for verb in events.SCENE_OBJECT_VERBS for w in events.forms(verb) if w.endswith("ed")),
    # The call-out names the scene: "officers were called to the Copper Lantern on X Street".
    *(f"{w} to" for verb in ("call", *events.CALL_OUT_VERBS[:-1]) for w in events.forms(verb)
      if w.endswith("ed")),
    "beyond", "past", "short of",  # "just beyond the X junction", "just short of Y station"
    "crossing", "crossed",  # "a ferry crossing Carrickmoyle Sound", "as it crossed Tarry Sound"
    "of",  # only before a named site: "the roof of St Aidan's Church caved in" (see places)
)  # fmt: skip
# Lower-case modifiers between "the" and a name ("the old Kirkby's Mill", "the northbound M6");
# never a function word ("the early hours of"). After "a" a modified name is more often a make or
# a nationality ("a dark grey Audi", "a packed Scottish mall") than a place. A preposition or a
# conjunction is never such a modifier ("in the weeks before Hale was shot": a time), nor is a
# preposition of direction ("on the lanes towards Dornfeld": the way, not the town it leads to).
_MODIFIERS = (
    r"(?:(?!(?:of|and|or|to|for|with|from|by|that|which|who|in|on|at|before|after|since|until"
    r"|during|when|while|where|than|into|onto|towards|toward|beyond|past|via|across|through"
    r"|along|near|outside|beside|behind|under|over|off|up|down"
    # an auxiliary or a copula ends the noun phrase: "on the ground were X" puts X in the clause
    r"|was|were|is|are|be|been|being|had|has|have|did|does|do|will|would|could|should|might"
    r"|must|can)\b)[a-z][\w-]*(?:['’]s)?\s+)"
    r"{0,2}?"
)
# Verbs of a force striking a settlement, told as their object ("a landslide struck the village
# of Sabuk", "floods swept the town of Kelso", "the quake hit the city of Marran").
STRIKING_VERBS: tuple[str, ...] = (
    "struck", "hit", "swept", "ravaged", "devastated", "engulfed", "flattened", "buried",
    "inundated", "flooded", "rocked", "shook",
)  # fmt: skip
_PEOPLE_WORDS = (
    r"(?:man|woman|boy|girl|men|women|people|person|family|couple|mother|father|"
    r"son|daughter|owner|owners|manager|staff|members?|friends?"
    # people of a body: "three pupils of Kell Secondary School", "a nurse of X Hospital"
    r"|pupils?|students?|teachers?|workers?|employees?|residents?|patients?|customers?|fans?"
    r"|supporters?|players?|volunteers?|colleagues?|worshippers?|parishioners?|nurses?|doctors?"
    r"|officers?|soldiers?|graduates?|alumni|crew)"
)
_PEOPLE_OF = rf"{_PEOPLE_WORDS}\s+$"
# ... and the part of such a site that it reached: "entered the reading room of the X Library",
# "stormed the lobby of Y House" (not a person's kin or role: "attacked the wife of Z")
_KIN = rf"(?:{_PEOPLE_WORDS}|wife|husband|sons|daughters|child|children|relatives?|convoy)"
_OBJECT_PART = (
    rf"\s+(?:a|an|the|its|their)\s+(?:{_OPEN_MOD}\s+){{0,2}}?(?!{_KIN}\s){_OPEN_WORD}"
    r"\s+of\s+(?:the\s+)?[A-Z]"
)
_PLACE = re.compile(
    rf"(?<![\w-])(?:(?P<dir>(?:just\s+|about\s+[\w\s]{{1,20}}?\s+)?(?:north|south|east|west|"
    rf"north-east|north-west|south-east|south-west)\s+of)|(?P<prep>{_alt(_PREPOSITIONS)}|"
    rf"(?:{'|'.join((*MOTION_VERBS, *IMPACT_VERBS))})(?=\s+(?:the\s+)?[A-Z]|{_OBJECT_PART})"
    rf"|(?:{'|'.join(STRIKING_VERBS)})(?=\s+the\s+(?:{'|'.join(_SETTLEMENTS)})\s+of\s+[A-Z])))\s+"
    rf"(?:(?:{_PART}|{_SITE}\s+(?:in|at|on|of|near|off)|{_MARKER}\s+(?:of|on|along)"
    rf"|{_OPEN_SITE}\s+(?:off|beside|near|at|on|in|outside|behind|along|of(?=\s+the\s|\s+[A-Z])))"
    rf"\s+){{0,2}}(?:(?:the\s+{_MODIFIERS})|(?:a|an)\s+)?"
    rf"(?:(?P<area>{_alt(AREA_WORDS)})\s+)?(?P<name>{_NAME})(?:\s*,\s*(?P<town>{_NAME}))?",
)
# Every match opens with a direction or a preposition: try the pattern only where one starts.
_SCAN_EXTRA = ("just", "about", "north", "south", "east", "west")
_PLACE_SCAN = WordScan(
    _PLACE, (*_PREPOSITIONS, *MOTION_VERBS, *IMPACT_VERBS, *STRIKING_VERBS, *_SCAN_EXTRA)
)
# "the Drover's Arms in Market Row, Ashwold": a venue placed in a street; the street locates it.
_CHAIN = re.compile(
    rf"\s+(?:in|on|at)\s+(?:the\s+(?:(?:city|town|village|capital)['’]s\s+)?)?"
    rf"(?P<name>{_NAME})(?:\s*,\s*(?P<town>{_NAME}))?"
)  # "the Marlow store on the city's Kirkgate": the town's own street
# Prepositions of a landmark near a place just named ("at X, near the Y Church").
_LOCATORS = frozenset(("near", "close to", "beside", "opposite", "next to", "behind"))
# ... past the name's own lower-case head ("a memorial garden beside St Bride's church on X").
_CHAIN_PAST = re.compile(rf"(?:\s+[a-z][\w-]*){{0,2}}?{_CHAIN.pattern}")
_DIRECTION = re.compile(r"(?:north|south|east|west)[\w-]*\s+of")
_ROUTE = re.compile(r"\s+to\s+[A-Z]")
# Heads that add nothing to the name they follow ("the Eastfield area" is Eastfield).
# A name whose last word is a site, premises or street word ("St Aidan's Church", "Bell Lane").
# (TRADE_PREMISES is a set: sorted, so every process builds the same pattern and the on-disk
# regex cache, keyed by the pattern's text, is not rewritten at every launch.)
_SITE_HEADS = (*PREMISES_HEADS, *SITE_NOUNS, *sorted(TRADE_PREMISES))
_NAMED_SITE = re.compile(
    rf"\s(?:{'|'.join(h.capitalize() for h in _SITE_HEADS)}|"
    rf"{'|'.join(w.capitalize() for w in STREET_WORDS)})s?$|\s(?:St|Ave|Rd|Blvd|Ln|Hwy|Pkwy)\.$"
)  # plural too: "the roof of Hartley Mills", "Victoria Docks"; "Maple Ave." abbreviated; a
# trade's premises: "the front of Dunn & Son Jewellers"
# A part inside a site, told by its own name: a room, ward, wing or runway ("Dormitory C", "Ward
# 5", "Runway 27", "the Special Newborn Care Unit"). The site it is part of is the scene; the
# part is no place of its own (a closed class of heads; "Unit 7" of an estate is a premises).
# (and a hospital's units by their initials: "the ICU of the District Hospital")
_PART_HEAD_CAPS = r"(?:Unit|Ward|Wing|Dormitory|Runway|Taxiway|ICU|NICU|PICU|SNCU|CCU|ICCU|HDU|OPD)"
_PART_NAME = re.compile(
    r"(?:^|\s)(?:Runway|Taxiway|Dormitory|Ward|Cell|Wing|Room)\s+[A-Z0-9][\w-]{0,3}$"
    r"|(?:^|\s)(?:Care|Dependency|Newborn|Maternity|Burns?|Trauma)(?:\s+(?:Unit|Ward))?$"
)
_PART_AFTER = re.compile(r"\s+(?:Unit|Ward|Wing)\b")
_PART_SITE = re.compile(
    r"(?:\s+(?:Unit|Ward|Wing))?(?:\s*\([A-Z]{2,8}\))?(?:\s+on\s+the\s+[\w-]+\s+floor)?"
    r"\s+(?P<prep>of|at|in)\s+(?:the\s+)?[A-Z]"
)
# "of" places only after a thing's part ("the roof of", "the car park of"), not after a person
# ("a man of", "Dale Ash, 34, of") or a comma.
_PART_OF = re.compile(
    rf"(?<![,\d])\s(?:(?!{_PEOPLE_OF})[a-z][\w-]*|{_PART_HEAD_CAPS}(?:\s+\([A-Z]{{2,8}}\))?)\s+$"
)  # a named unit's head too: "the Newborn Care Unit (NCU) of the District Hospital"
# ... a body people belong to is no scene, nor is the premises it names read in its stead
_BODY_OF = re.compile(rf"\b{_PEOPLE_OF}")
_ROAD_CODE = re.compile(r"[A-Z]{1,3}-?\d{1,4}$")  # "the M8", "the A10", "the I-95"
# A person in apposition by an agent noun's shape (", a welder of", ", an electrician of"): what
# follows "of" is their home (a part's noun of the same shape is no person: ", a corner of").
_APPOSED_AGENT = re.compile(
    r",\s+an?\s+(?:[\w-]+\s+)?(?!(?:corner|border|quarter|center|interior|exterior|perimeter"
    r"|corridor|floor|door|river|water|tower|chamber|cellar)\s)[a-z]+(?:er|or|ist|ian|ant)\s+$"
)
# A name that a parenthesis or more capitalised words carry on to a law's or a rule book's head:
# "the Mining (Health and Safety) Regulations", "the Road Traffic Act".
_LAW_TITLE = re.compile(
    r"(?:\s*\([^()]{1,60}\))?(?:\s+[A-Z][\w'’-]*){0,4}\s+(?:Regulations|Act|Code|Rules|Bill"
    r"|Directive|Ordinance|Statute)\b"
)
# A body's title that runs on through a preposition ("an inquiry by the Centre for Investigation
# of Accidents in Transport", "a report from the Institute for Safety in Mining"): the words after
# it are its title's, where the body is an agent, not a place ("at the Centre for X in Kelby").
_BODY_TITLE = re.compile(
    r"\b(?:by|from|with|to)\s+the\s+(?:Centre|Center|Institute|Agency|Council|Board|Commission|Office|Directorate|Bureau"
    r"|Authority|Committee|Ministry|Department|Foundation|Association)\s+(?:for|of|on)\s+"
    r"(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|on|the)\s+)*){1,5}$"
)
_LAW_HEAD = re.compile(r"\s(?:Regulations|Act|Rules|Directive|Ordinance|Statute)$")
# What moves is a craft, not a place: "on the Islander as it crossed X", "while she was sailing".
_IT_MOVED = re.compile(
    r",?\s+(?:as|while|when)\s+(?:it|she)\s+(?:was\s+)?(?:cross|sail|approach|enter|leav|left"
    r"|travel|near|head|steam|motor|pull)[a-z]*\b"
)
# The calendar's named periods and feasts: a time, never a place (a closed class).
_PERIOD_NAME = re.compile(
    r"(?:^|\s)(?:Week|Weekend|Eve|Day|Holidays|Season|Fortnight)$|^(?:Easter|Christmas|Xmas"
    r"|Lent|Advent|Ramadan|Eid|Diwali|Hanukkah|Passover|Thanksgiving|Pentecost|Whitsun"
    r"|Hogmanay|Carnival|Semana\s+Santa)$"
)
# A relative "when" clause after a period tells what the period is like, not the incident.
_WHEN_OF_PERIOD = re.compile(r",?\s+when\b[^.;:!?]*")
_ROUTE_NUMBER = re.compile(r"\s+\d+[A-Z]?$")  # "County Road 9" is a road as "Mill Road" is
# "treated at the scene on Corn Street": a sequel told at the scene names the scene.
_AT_SCENE = re.compile(r"\s+the\s+scene\b")
_DETERMINED = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
# A name heading a vehicle noun names a vehicle, never a place ("a Kelby Transit bus").
_VEHICLE_HEADS = frozenset(h for heads in VEHICLE_CLASSES.values() for h in heads if " " not in h)
_OWNED_AFTER = re.compile(rf"\s+(?P<mods>(?:[a-z][\w-]*\s+){{1,2}})(?P<site>{_NAME})")
# What may stand between a place and the direction that locates it: a comma or a bracket, and a
# distance ("near Kell, about 200 km (124 miles) west of Y", "at Orran, 30 miles south of Z").
_DISTANCE_GAP = re.compile(
    r"\s*[,(]?\s*(?:(?:some|about|around|roughly|nearly|almost|approximately|just|over|under"
    r"|more\s+than|less\s+than)\s+)*(?:\d[\d,.]*\s*(?:km|kilometres|kilometers|miles|mi"
    r"|metres|meters|m)\b(?:\s*\([^()]{1,30}\))?\s*)?"
)
# A town described in apposition by a settlement's noun: "in Kell, a farming village in the X
# Delta", "Dunmore, the largest town in the Y Valley": what follows locates the town.
_APPOSED_SETTLEMENT = re.compile(
    r"\s*,\s*(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:village|villages|town|city|hamlet|settlement"
    r"|community|suburb|district|resort|port|island|municipality|locality|neighbou?rhood"
    r"|township|commune|parish)"
    # ... its size after "of" too: "Kell, a town of 9,000 people north of Y"
    r"(?:\s+of\s+[a-z\d][\w,.-]*(?:\s+[a-z\d][\w,.-]*){0,3}?)?\s+"
)
# A name an address follows is a premises: "the Red Heron Lounge, Mill Road, Kelby", "the X
# Lounge, 14 Dock Street", "the Y Club on Mill Road" (a street's name, its number before it).
_ADDRESSED = re.compile(
    rf"(?:\s*,\s*(?:No\.?\s*)?\d{{1,4}}[A-Za-z]?,?|\s*,|\s+on)\s+(?:the\s+)?"
    rf"(?:[A-Z][\w'’.-]*\s+){{0,3}}(?:{'|'.join(w.capitalize() for w in STREET_WORDS)})\b"
    r"(?!\s+(?!(?:on|in|at|near|and|when|as|while|after|before|killing|injuring)\b)[a-z])"
)  # not a person's description: "Tom Hale, Mill Road resident"
# A noun and a bare "of" right before a name: "a section of X Beach", "the request of Tom Hale".
_BARE_OF = re.compile(r"\b([a-z][\w-]*)\s+of\s+$")
_SITE_NOUN_SET = frozenset(
    w for n in (*_SITE_NOUNS, *PART_NOUNS, *_PART_HEADS.split("|")) for w in n.split()[-1:]
)
_GENERIC_AFTER = re.compile(r"\s+(?:area|district|neighbou?rhood|locality)\b")
# Event nouns (the onset nouns of events.py) after a name: "the Westminster attack".
# Heads of a region, too wide for a scene ("the Riverina region"; a valley may be the scene).
# A settlement named after its ruler is a village, no ruler's area: "near Chief Kalumbu village".
_RULER_VILLAGE = re.compile(r"\s+(?:village|town|hamlet|settlement|compound)\b", re.IGNORECASE)
# A school's class or year told by its number is a group of pupils, no place: "the children in
# Class Four", "pupils in Grade 7", "a Form Two student", "Primary Six pupils", "in JSS 2".
_SCHOOL_CLASS = re.compile(
    rf"(?:Class|Grade|Form|Standard|Std|Year|Primary|Basic|JSS|SSS|JHS|SHS)\s*"
    rf"(?:\d{{1,2}}[A-Z]?|(?i:{WORD_NUMBER}))(?![\w-])"
)
_REGION_HEADS = frozenset(("region", "regions", "province", "state", "county", "country"))
_EVENT_HEADS = frozenset(w for w in events.ONSET_NOUNS if " " not in w)
# An administrative unit told after a comma right behind a place is that place's wider unit, no
# second scene ("near Kelby, in the Dunmore district", "at Arpur, in Kell municipality").
_UNIT_HEADS = frozenset(
    ("district", "municipality", "prefecture", "governorate", "oblast", "canton", "department")
)
_UNIT_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(_UNIT_HEADS))})\b")
# ... past the place's own apposed description: "attacked X, a village in the Y commune, in the
# Z district": the district is X's wider unit as well.
_UNIT_APPOSED = re.compile(r"\s*,\s*(?:(?:a|an|the)\s+[^,;:()]{1,80}?\s*,\s*)?")
# "the Yongsan district of Seoul", "the Itaewon area of Seoul": the generic head's town.
# A settlement named after its noun, the name before it the larger place: "the Melbourne suburb
# of Sunshine West", "the Kenyan town of Garissa" (a demonym is no town).
_SETTLEMENT_HEADS = frozenset(("suburb", "town", "city", "village", "hamlet", "township"))
# The local unit a place lies in, in apposition: ", municipality of X", ", parish of Y".
_SEAT_OF = re.compile(
    rf",\s+(?:the\s+)?(?:(?:rural|urban)\s+)?(?:municipality|commune|parish|township|comune|gemeinde)\s+of\s+"
    rf"(?P<town>{_NAME})"
)
_NAMED_OF = re.compile(rf"\s+of\s+(?P<town>{_NAME})")
_GENERIC_OF = re.compile(rf"\s+(?:area|district|neighbou?rhood|locality)\s+of\s+(?P<town>{_NAME})")


def places(sentence: Sentence) -> list[Found]:
    """Named places a sentence locates something at, as lower-case "site, town" strings."""
    text, base = sentence.text, sentence.start
    out: list[Found] = []
    blocked = -1
    not_scene = False  # a place set aside as no scene: no premises is read in its stead
    other_from = other_incident_from(text)  # a clause telling another incident starts here
    cues = later_cues(sentence)  # which of the cues below the sentence can hold at all
    pending = list(_PLACE_SCAN.finditer(sentence))
    part_sites: set[int] = set()  # the sites a part's "of" leads to ("Plot 27 of the X site")
    institutions: list[tuple[int, int]] = []  # the spans of a sequel's institutions
    while pending:
        found = pending.pop(0)
        m: re.Match[str] = found
        if m.start() < blocked:
            continue  # the street of a place already set aside ("at X Church on Mill Street")
        lo = max(0, m.start() - SEQUEL_REACH)  # the window the cues before a place look at
        if (dest := _DESTINATION.search(text, lo, m.start())) and not when.tells_onset(
            dest.group(0)
        ):
            not_scene = True  # nor is the premises it names read in its stead
            continue  # "on her way to work in X": where someone was going (not "bound for X,
            # overturned near Y": the onset's own clause follows the goal)
        if (
            m.group("prep") in CARRIED_PREPOSITIONS
            and _CARRIED.search(text, max(0, m.start() - CARRIED_REACH), m.start())
        ) or (
            ("who" in text and speaker_vantage(text, m.start(), m.end()))
            or witness_vantage(text, m.start(), m.end())
        ):
            not_scene = True  # nor is a premises it names read in its stead
            continue  # "the gas drifted onto Mill Road": where a substance was carried; "Witness
            # X, who was sitting in the Kelby Cafe, said": where the one telling it was
        if diverted_or_earlier(text, lo, m.start()):
            not_scene = True  # nor is the premises it names read in its stead
            continue  # "diverted through Ballyfin", "the worst since a bus crash at Cahir"
        # (a move told at length reaches further: "flown from X Hospital to the paediatric
        # intensive care unit in Y")
        nots = _NOT_THE_SCENE_BEFORE.search(text, max(0, m.start() - MOVE_REACH), m.start())
        if nots and (
            (
                nots.group("people")
                and m.group("prep") in ("in", "of")
                and not _OBJECT_OF.search(text, max(0, nots.start() - 8), nots.start())
            )
            or (nots.group("aimed") and m.group("prep") == "at")
            or not (nots.group("people") or nots.group("aimed"))
        ):
            not_scene = True
            if nots.group("people") and m.group("prep") == "of":
                pending[:0] = _spatial_inner(text, m)  # "members of a party on Mount X"
            continue  # "police in X said", "shouted at Hargreaves", "rented from a depot in X"
        if (
            m.start() >= other_from
            or (cues.unreached and _UNREACHED.search(text, lo, m.start()))
            or (cues.found and vehicle_found_before(text, m.start()))
            or (
                cues.institution
                and m.group("prep") in ("in", "at")
                and institution_before(text, m.start())
            )
        ):
            not_scene = True
            chained = _CHAIN_PAST.match(text, m.end("name"))  # "found in the town of Vic in X"
            blocked = chained.end() if chained else m.end()
            continue  # "the same day that X was shot in Ankara", "a second van was found in Vic"
        if (
            m.group("prep") in _LOCATORS
            and out
            and 0 <= m.start() - (out[-1].end - base) <= 3
            and text[out[-1].end - base : m.start()].strip() == ","
            and _NAMED_SITE.search(_trim(m.group("name"), 0)[1])
            and not is_street_level(_trim(m.group("name"), 0)[1])
        ):
            continue  # "the crash at Halden Square, near the X Church": a landmark by it
            # (a junction or street there tells the scene finer: "X Road, near the Y junction";
            # a town locates it: "on Holloway Farm crossing, near the village of Little Ashby")
        if (
            m.group("dir")
            and out
            and 0 <= m.start() - (out[-1].end - base) <= 60
            and _DISTANCE_GAP.fullmatch(text, out[-1].end - base, m.start())
        ):
            continue  # "at Kelby (north of Dunmore)", "at Ash Green, just north of Dunmore",
            # "near Kell, about 200 km (124 miles) west of Y": where the place just named lies
        if (
            out
            and 0 <= m.start() - (out[-1].end - base) <= 60
            and _APPOSED_SETTLEMENT.fullmatch(text, out[-1].end - base, m.start())
        ):
            continue  # "in Kell, a farming village in the X Delta": where the town lies
        at_scene = _AT_SCENE.match(text, m.end("prep") if m.group("prep") else m.start())
        if (
            _RESIDENCE.search(text, max(0, m.start() - RESIDENCE_REACH), m.start())
            or _RESIDENCE.search(text, m.start(), m.start("name"))  # "at his native village of X"
            or (
                not at_scene
                and _sequel_before(text, m.start())
                # "a fire broke out in the Intensive Care Unit of X Hospital": the onset's own
                and not onset_inside(text, found.start(), found.group("prep"))
            )
        ):
            # where someone lives, or was arrested, treated or tried: not where it happened
            chained = _CHAIN.match(text, m.end("name"))
            blocked = chained.end() if chained else m.end()
            continue
        inner_of = text.rfind(" of ", m.start(), m.start("name"))
        of_at = inner_of + 1 if inner_of > m.start() else m.start()  # the last "of" before it
        if (
            m.group("prep") == "of"
            and m.start() not in part_sites
            and (
                not (
                    _NAMED_SITE.search(_trim(m.group("name"), 0)[1].split(" on ")[0])
                    or _NAMED_SITE.search(_trim(m.group("name"), 0)[1])
                    or _ROAD_CODE.match(m.group("name"))  # "the northbound carriageway of the M8"
                    or structure_after(text, m.group("name"), m.end("name"))
                )
                or not _PART_OF.search(text, max(0, of_at - 20), of_at)
            )
        ):
            if _BODY_OF.search(text, max(0, of_at - 20), of_at):
                not_scene = True  # "three pupils of Kell Secondary School"; but where the body
                # was, told by a spatial preposition, places them ("members of a party on X")
                pending[:0] = _spatial_inner(text, m)
            else:  # "the gangway of a barge slipped at X", "Reports of a blast in X"
                pending[:0] = _inner_place(text, m)
            continue  # "the family of John Reed", "Dale Ash, 34, of Garnet Hill": no site of it
        if m.group("prep") == "of" and _APPOSED_AGENT.search(text, max(0, of_at - 40), of_at):
            continue  # "Ann Hale, a welder of Mill Lane": a person's home, by an agent noun
        if m.group("prep") == "off" and (
            (
                " of " in text[m.start() : m.start("name")]
                and not _OFF_SETTLEMENT.search(text, m.start(), m.start("name"))
            )
            or (
                is_street_level(_ROUTE_NUMBER.sub("", m.group("name")))
                and not _MOVED_OFF.search(text, max(0, m.start() - 20), m.start())
            )
        ):
            continue  # "a lane off Mill Road", "off the coast of X": near the scene, not it
        chain = _CHAIN.match(text, m.end("name"))
        if chain and not m.group("town") and is_street_level(_trim(chain.group("name"), 0)[1]):
            m = chain
        name_start, name = _trim(m.group("name"), m.start("name"))
        part = _PART_NAME.search(name) if name else None
        part_end = name_start + len(name)
        numbered = None
        if name and part is None:
            # a part told by its noun and number before its site ("Silo No. 3 at the X grain
            # terminal", "the 12 Level of Y Mine": its name may run on through the "of"); told
            # alone it stays, and yields to a site the report tells elsewhere (scene_parts)
            numbered = NUMBERED_PART.match(text, m.start("name"), m.end("name"))
            if numbered and not _PART_SITE.match(text, numbered.end()):
                numbered = None
            part_end = numbered.end() if numbered else part_end
        if (
            part
            and (
                part.group(0).split()[0] not in ("Care", "Dependency")
                or _PART_AFTER.match(text, name_start + len(name))
                or name.endswith(("Unit", "Ward"))
            )
        ) or numbered:
            site_of = _PART_SITE.match(text, part_end)
            part_site = _PLACE.match(text, site_of.start("prep")) if site_of else None
            if part_site and not any(p.start() == part_site.start() for p in pending):
                pending.insert(0, part_site)  # "the Care Unit of Arpur Hospital": its site
            if part_site:
                part_sites.add(part_site.start())
            continue  # "in the jail's Dormitory C", "on Runway 27": a part of the scene's site
        if (
            name
            and (_INSTITUTION.search(name) or institution_site(text, m.start(), m.start("name")))
            and not onset_inside(text, found.start(), found.group("prep"))
        ):
            chained = _CHAIN_PAST.match(text, m.end("name"))  # "the Civil Hospital in Chamba"
            blocked = chained.end() if chained else m.end()
            institutions.append((base + m.start(), base + m.end()))  # nor a premises in it
            continue  # a sequel's institution, and the town it stands in
        if (
            not name
            or _REGION.search(name)
            or (is_ruler_area(name) and not _RULER_VILLAGE.match(text, name_start + len(name)))
            or _SCHOOL_CLASS.match(name)
        ):
            continue  # "in Mzimbe District", "in the area of Traditional Authority Mwase"
        if is_organisation(m.group("name")) or is_organisation(name):
            continue  # "on the Kelby Stock Exchange", "at Kelby Holdings Inc": a body
        if name.lower() in _SEQUEL_WORDS:
            continue  # "Driver Still in Custody", "Three in Hospital": a headline's capitals
        if (
            name.split()[0].lower() in MAKES
            and _DETERMINED.search(text, max(0, name_start - 5), name_start)
            and not (_NAMED_SITE.search(name) or is_street_level(name))
        ):
            continue  # "the passenger in the Kia Sportage": a make names a vehicle
        if _COUNTY_FIRST.match(name) and not _NAMED_SITE.search(name):
            continue  # "in Co Tipperary": a county, as "in Tipperary County" is
        if _BODY_TITLE.search(text, max(0, m.start() - 80), m.start()):
            continue  # "the Centre for Investigation of Accidents in Transport": its title's
        if fled_before(text, m.start()):
            continue  # "fled ... northbound on State Route 9": the getaway's road
        if " had " in text and earlier_doing(text, m.start()):
            continue  # "had just left the Anchor on Mill Row when he was struck": before it
        if _DATE_WORD.search(text, m.start("name"), name_start):
            continue  # "on 3 March Hale walked in": a date, then the sentence's subject
        if FORMER_SITE.search(text, m.start(), m.start("name")):
            not_scene = True
            continue  # "on the site of the old Co-op": what stood there, not what stands
        if _TIME_OF.search(text, m.start(), m.start("name")):
            continue  # "at the time of the Halloween attack": a time, not a place
        if _PERIOD_NAME.search(name):
            when_of = _WHEN_OF_PERIOD.match(text, name_start + len(name))
            blocked = when_of.end() if when_of else blocked  # ", when crowds fill X": the period's
            continue  # "at the end of Holy Week", "over Easter": a period of the calendar
        if tallied(text, m.start(), name_start, name_start + len(name), is_street_level(name)):
            continue  # "all building sites in X", "the third crash in X this year": no scene
        name_end = name_start + len(name)
        if found.group("prep") in ("on", "aboard") and _IT_MOVED.match(text, name_end):
            continue  # "broke out on the Islander as it crossed X": a craft that moves, no place
        if _ROUTE.match(text, name_end):
            continue  # "the Kilreagh to Portcashel line" names a route, not a place
        if _LAW_TITLE.match(text, name_end) or _LAW_HEAD.search(name):
            continue  # "under the Mining (Health and Safety) Regulations": a law's title
        head = _compound_head(
            text, name, name_end, bool(_DETERMINED.search(text, max(0, name_start - 5), name_start))
        )
        if head is None or (head and head.split()[-1] in _VEHICLE_HEADS):
            continue  # "on Irish island ferry", "into a Carter County Schools bus": no place
        if head and head.split()[-1] in _REGION_HEADS:
            continue  # "through the Riverina region": a region, as "in Co Tipperary" is
        if (
            out
            and _UNIT_APPOSED.fullmatch(text, out[-1].end - base, m.start())
            and ((head and head.split()[-1] in _UNIT_HEADS) or _UNIT_AFTER.match(text, name_end))
        ):
            continue  # "near Kelby, in the Dunmore district,": the wider unit of the place told
        if (
            out
            and found.group("prep") == "in"
            and _UNIT_APPOSED.fullmatch(text, out[-1].end - base, m.start())
            and local_unit_before(text, found.end("prep"), name_start)
        ):
            in_town = len(out) > 1 and bool(
                _CHAIN_GAP.fullmatch(text, out[-2].end - base, out[-1].start - base)
            )  # "the X market in Kelby": a town already, its site before it
            if "," not in str(out[-1].value) and not in_town:  # "at X, in the commune of Y"
                widened = f"{out[-1].value}, {_SPACES.sub(' ', name.lower())}"
                out[-1] = Found(PLACE, widened, out[-1].start, base + name_end)
            continue  # its own town told already ("the X market in Kelby, in the commune of
            # Y"): the unit is wider still
        if (
            not head
            and found.group("prep") not in (None, "of")  # not "north-west of X", "of X"
            and (bare_of := _BARE_OF.search(text, max(0, name_start - 40), name_start))
            and bare_of.group(1).lower() not in _SITE_NOUN_SET
            and not is_local_unit(bare_of.group(1).lower())  # "in the fokontany of X"
            and not any(
                _NAMED_SITE.search(part) or is_street_level(part) or is_landform(part)
                for part in name.split(" on ")  # "the front of X Jewellers on Quai Y"
            )
        ):
            # "at the request of Tom Hale", "in the presence of Ann Dee at Kelby Mill": a noun's
            # owner, no site (a part of a site is followed by the site's name: "a quiet section
            # of Tarn Beach"); a place told after the owner is still read
            after = _PLACE.search(text, name_end, min(len(text), name_end + 200))
            if after:
                pending.insert(0, after)
            continue
        if head and head.split()[-1] in _EVENT_HEADS:
            head = ""  # "in the Grenfell Tower fire": the name is the place, the noun the event
        owned = _OWNED_AFTER.match(text, name_end) if _POSSESSIVE.search(name) else None
        if owned and not any(w in _FUNCTION for w in owned.group("mods").split()):
            site_start, site = _trim(owned.group("site"), owned.start("site"))
            if site:  # "Wexley's historic Castle Quarter district": the owner's named site
                name, name_end = f"{name} {site}", site_start + len(site)
                head = _compound_head(text, name, name_end, True)
                head = head if head is not None else ""
        if (
            found.group("prep") in MOTION_VERBS
            or (
                found.group("prep") in IMPACT_VERBS
                and not _STRUCK_SETTLEMENT.match(text, found.end("prep"))
            )
        ) and not (
            head
            or _NAMED_SITE.search(name)
            or is_landform(name)
            or appositive_site(text, name_end)
            or _ADDRESSED.match(text, name_end)  # "invaded the X Lounge, Mill Road, Kelby"
            or (
                found.group("prep") in _FORCED_VERBS
                and (
                    local_unit_before(text, found.end("prep"), name_start)
                    or _APPOSED_SETTLEMENT.match(text, name_end)
                )
            )  # "raided the village of X", "attacked X, a village in Y": the settlement fell
        ):
            continue  # "entered Germany": a country crossed into, not a scene
        if found.group("prep") in ATTACK_VERBS and law_raid(text, m.start(), m.end("prep")):
            continue  # "police raided the Kelby Arms": the law's search, a sequel
        if found.group("prep") in IMPACT_VERBS and (
            after := _LOWER_WORDS_AFTER.match(text, name_end)
        ):
            if any(w in _VEHICLE_HEADS for w in after.group(0).split()):
                continue  # "struck Kelby County Schools bus 14": a vehicle, not a structure
        area_of = bool(_GENERIC_AFTER.match(text, name_end))  # "Dunmore's Eastfield area"
        if _POSSESSIVE.search(name) and head and _NAMED_SITE.search(_POSSESSIVE.sub("", name)):
            name, head = _POSSESSIVE.sub("", name), ""  # "the Civic Arena's plant room": the arena
        elif _POSSESSIVE.search(name):
            if not head:
                head = structure_after(text, name, name_end)  # "Dunmore's ice rink"
            if not head or is_country(_POSSESSIVE.sub("", name).lower()):
                continue  # "off Ireland's west coast", "in Egypt's countryside": a country's
                # unnamed part, too wide for a scene
            # "Marlbeck's market": the market, of Marlbeck; but a trade's premises is named by
            # its owner ("Greggson's bakery", "Dunn's garage"): the whole is the premises' name
            area_of = head.split()[-1] not in TRADE_PREMISES
        settled: re.Match[str] | None = None
        if head:
            owner_of = name  # "the Melbourne suburb of X": X, in Melbourne
            name, name_end = (
                f"{name} {head}",
                name_end + len(text[name_end:].split(head, 1)[0]) + len(head),
            )
            if head.split()[-1] in _SETTLEMENT_HEADS and not m.group("town"):
                settled = _NAMED_OF.match(text, name_end)
        town = _trim(m.group("town") or "", 0)[1] if m.group("town") else ""
        town_end = m.end("town") if m.group("town") else name_end
        generic_of = _GENERIC_OF.match(text, name_end) if area_of and not town else None
        if generic_of and not _REGION.search(generic_of.group("town")):
            at, town = _trim(generic_of.group("town"), generic_of.start("town"))
            town_end = at + len(town)  # "the Yongsan district of Seoul"
        if m.group("town") and len(town) < len(m.group("town").strip()):
            town = ""  # the comma led somewhere else ("England, Scotland and Wales on Tuesday")
        area = m.group("area") if "area" in m.re.groupindex else None
        if area and name_start == m.start("name"):
            name = f"{area} {name}"  # "in north London": a part of the town
        value = name.lower()
        owner, site = _owned_site(name, 1 if area_of else 2)
        if owner and _DETERMINED.search(text, max(0, name_start - 5), name_start):
            owner, site = "", name  # "the Stag's Head bar": a premises' name; no town takes "the"
        if owner and is_country(owner.lower()):
            value = site.lower()  # "Botswana's A1": a country is no town of its site
        elif owner:
            value = f"{site.lower()}, {owner.lower()}"  # "London's Westminster Bridge"
        elif site != name:
            value = site.lower()  # "Saturday's Notting Hill Carnival": a day owns no place
        elif town and not _looks_like_name(town):
            value = f"{value}, {town.lower()}"
        if "dir" in m.re.groupindex and m.group("dir"):
            direction = _DIRECTION.search(m.group("dir"))
            if direction:
                value = f"{direction.group(0).lower()} {value}"
        start = found.start("dir") if found.group("dir") else found.start()
        end = town_end if town and value.endswith(town.lower()) else name_end
        if settled and (inner := _trim(settled.group("town"), settled.start("town")))[1]:
            value, end = inner[1].lower(), inner[0] + len(inner[1])
            if not _DEMONYM.search(owner_of):  # "the Swiss city of Zurich": no town of it
                value = f"{value}, {owner_of.lower()}"
            blocked = end
        seat = _SEAT_OF.match(text, end) if "," not in value else None
        if seat and (seat_name := _trim(seat.group("town"), seat.start("town")))[1]:
            seat_at, seat_town = seat_name
            if not (_REGION.search(seat_town) or is_country(seat_town.lower())):
                value, end = f"{value}, {seat_town.lower()}", seat_at + len(seat_town)
                blocked = end  # "in the Val Roseg, municipality of Pontresina": its town
        held = _CHAIN.match(text, end) if "," not in value else None
        if held and not is_street_level(value):
            place = _trim(held.group("name"), 0)[1]
            if (
                place
                and not is_street_level(place)
                and not _REGION.search(place)
                and not _COUNTY_FIRST.match(place)  # "the M8 in Co Tipperary"
                and not (  # "in the Swiss city of Zurich": an adjective, not a town
                    _DEMONYM.search(place) and _SETTLEMENT_AFTER.match(text, held.end("name"))
                )
            ):
                value, end = f"{value}, {place.lower()}", held.end("name")  # "X's Tavern in Y"
                blocked = end
        if is_country(value):
            continue  # "in Germany", "through Italy": a country is no scene of its own
        if "," not in value and (here := dateline_town(text, end)):
            value = f"{value}, {here}"  # "BHAVANPUR: ... at the District Hospital here"
        if found.group("prep") in ("on", "along") and (
            road_of := _road_of_site(text, out, base, m)
        ):
            out[-1] = Found(road_of.kind, road_of.value, road_of.start, base + end)
            continue  # "at X Junction, near Y, on the Z highway": the site's road, no second place
        out.append(Found(PLACE, _spelt_out(_SPACES.sub(" ", value)), base + start, base + end))
    if "between" in text:
        out.extend(between_places(text, base))  # "travelling between X and Y stations"
    told = held_in_town(text, base, shaped_places(sentence, out, not_scene))
    if institutions:  # "the National Trauma and Orthopaedic Research Centre": no premises in it
        told = [f for f in told if not any(lo <= f.start < hi for lo, hi in institutions)]
    told = _headed_by_place(unbound_places(text, base, elsewhere_in_sentence(text, base, told)))
    if named := space_then_name(text, base, told):  # "on the town square, Torvet, in Kelby"
        told = [f for f in told if not any(n.start <= f.start < n.end for n in named)] + named
    told = title_places(text, base, told)  # "Harbor Station Chief Tom Bell said": his post
    return where_sites(text, base, told)  # "in Kelby, where ... in the old market": its market


_WAY_WORDS = frozenset((*ROUTE_HEADS, "autobahn", "autoroute", "route"))
_SITE_HEAD_WORDS = frozenset(w.split()[-1] for w in (*_SITE_HEADS, *STREET_WORDS, *_WAY_WORDS))
_CHAIN_GAP = re.compile(r"\s*,?\s*")
_ROAD_NAME = re.compile(r"(?:[A-Z]{1,3}-?\s?\d{1,4}[a-z]?|.*[\s-](?:[A-Z][a-z]+|[a-z]+))$")


def _road_of_site(text: str, out: list[Found], base: int, m: re.Match[str]) -> Found | None:
    """The place just told that a way after it ("on the A 39", "along the X-Y highway") belongs
    to: a site in the same chain of locatives ("just beyond the X junction on the A 39", "at X
    Junction, near Y, on the Z highway"), the way telling where the site is, not a second place.
    A town alone keeps its road as a place of its own ("in Kelby on the A 12")."""
    name = m.group("name")
    after = text[m.end("name") : m.end("name") + 30].split()
    head = after[0].lower().strip(",.") if after else ""
    way = (  # a way through the country, not a town's street ("the X pub on Mill Street")
        _ROAD_CODE.fullmatch(name.replace(" ", ""))
        or name.split()[-1].lower() in _WAY_WORDS
        or head in _WAY_WORDS
        or ("-" in name and head == "road")  # "the Kelby-Tamso road": from town to town
    )
    if not way:
        return None
    at = m.start()
    for f in reversed(out):  # back through the chain: a town near the site is passed
        if _CHAIN_GAP.fullmatch(text, f.end - base, at) is None:
            return None
        if str(f.value).split(",")[0].split()[-1] in _SITE_HEAD_WORDS:
            return out[-1]
        at = f.start - base
    return None


_WORD_START = re.compile(r"(?<![\w'’-])[a-z]")
# Prepositions that tell the seat of a body rather than where its people were ("pupils of a
# school in X", "staff of a firm at Y").
_MEMBERSHIP = frozenset(("in", "at", "of", "from", "with", "for"))


def _spatial_inner(text: str, of: re.Match[str]) -> list[re.Match[str]]:
    """The inner place of a body's "of" phrase told by a spatial preposition: where its people
    were ("members of a party on Mount X"), not the body's seat ("pupils of a school in X")."""
    return [p for p in _inner_place(text, of) if p.group("prep") not in _MEMBERSHIP]


def _inner_place(text: str, of: re.Match[str]) -> list[re.Match[str]]:
    """The place a preposition inside an "of" phrase set aside reaches on its own: "the gangway of
    a barge slipped at the X port", "told of a crash on X Bridge" (the "of" match spans them, so
    the scan never tries the inner preposition)."""
    for word in _WORD_START.finditer(text, of.end("prep"), of.start("name")):
        inner = _PLACE.match(text, word.start())
        if inner and inner.group("prep") not in (None, "of") and inner.end() <= of.end():
            return [inner]
    return []


# Heads that name people gathered, not a place: "into a Christmas market crowd" is a crowd at
# the market, so the words before the head are the place ("christmas market").
_PEOPLE_HEADS = frozenset({"crowd", "crowds", "throng", "throngs", "mob", "queue", "queues"})
_OWNER_CUT = re.compile(r"['’]s$")


def _headed_by_place(found: list[Found]) -> list[Found]:
    """Places whose head noun is a place: a gathering of people gives its modifiers ("Barcelona
    crowd": Barcelona) or nothing; a town told as the owner of a site the place leaves out
    ("the Arden store in Kelby's city centre": Kelby) is the town itself."""
    out: list[Found] = []
    for f in found:
        parts = [p.strip() for p in str(f.value).split(",")]
        words = parts[0].split()
        if words and words[-1] in _PEOPLE_HEADS:
            words = words[:-1]
            if not words:
                continue
            parts[0] = " ".join(words)
        parts = parts[:1] + [_OWNER_CUT.sub("", p) for p in parts[1:]]  # the town told as owner
        value = ", ".join(p for p in parts if p)
        out.append(f if value == f.value else Found(f.kind, value, f.start, f.end))
    return out
