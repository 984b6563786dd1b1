"""What before a place makes it no scene of the incident: a residence ("of no fixed address
in X"), a sequel (arrested, treated, tried there), an institution (a hospital, a court), a
destination ("on her way to X"), a body of people placed there ("police in X said"), a verb aimed
at a target, a date or a time of ("at the time of the X attack"). Read by places.py and
place_premises.py."""

from __future__ import annotations

import re
from typing import NamedTuple

from incident_reader.core.facts import events, when
from incident_reader.core.facts.event_cues import RAID, event_words, law_raid
from incident_reader.core.facts.event_cues import _court_of_play as court_of_play
from incident_reader.core.facts.lexicon import ORDINALS, RESIDENCE_CUES, SAY_VERBS
from incident_reader.core.facts.numbers import _alt
from incident_reader.core.facts.occasion_days import OCCASIONS
from incident_reader.core.facts.text import Sentence, WordGate
from incident_reader.core.facts.vehicle_phrases import HEADS as VEHICLE_HEADS
from incident_reader.core.facts.vocabulary import COURT_KINDS, STREET_WORDS

# A person's life story places them, not the incident: "who studied at Thornley College".
BIOGRAPHY_CUES: tuple[str, ...] = (
    "studied", "studies", "studying", "graduated", "graduate", "enrolled", "schooled", "taught",
    "teaches", "educated",  # not "attended": crews attend a scene
    "who worked", "who had worked", "who works",  # a relative clause; a workplace may be the scene
    "based", "headquartered", "head office", "head offices", "registered office",  # a seat
)  # fmt: skip
# A residence cue among the few words before the preposition: "of no fixed address in Cardiff".
# "lost their lives in the collapse at X": lives lost, no home ("he lives in X").
_LIVES_LOST = r"(?<!their )(?<!his )(?<!her )(?<!our )lives"
_RESIDENCE_WORDS = (_LIVES_LOST if c == "lives" else c for c in (*RESIDENCE_CUES, *BIOGRAPHY_CUES))
_RESIDENCE = re.compile(rf"\b(?:{'|'.join(_RESIDENCE_WORDS)})\b(?:\W+\w+){{0,2}}\W*$", re.I)
RESIDENCE_REACH = 40  # characters before the preposition looked at for a cue
# A sequel's word just before the place: "arrested in", "airlifted to the X Infirmary in",
# "appeared at", "the High Court in" (the sequel predicate classes of events.py).
SEQUEL_VERBS: tuple[str, ...] = (
    "arrest", "detain", "charge", "appear", "sentence", "jail", "remand", "treat", "airlift",
    "admit", "transfer", "hold", "question", "raid", "speak", "brief", "search",
    # a suspect's way through the courts: "booked into the county jail", "arraigned in X"
    "book", "arraign", "extradite", "convict", "acquit",
    # remembrance afterwards: "mourners gathered at X station", "laid flowers at Y"
    "mourn", "lay flowers", "lay wreaths", "lay a wreath", "leave flowers", "pay tribute",
    "pay tributes", "pay respects", "pay their respects", "commemorate",
)  # fmt: skip
SEQUEL_NOUNS: tuple[str, ...] = (
    "hospital", "infirmary", "court", "custody", "shelter", "clinic", "mortuary", "rest centre",
    "relief centre", "reception centre", "evacuation centre", "vigil", "memorial", "funeral",
    "trial", "inquest", "sentencing",  # "the trial at the Old Bailey heard ..."
    "deliberations", "hearing",  # "on the jury's third day of deliberations at Kelby Town Hall"
    "altar", "shrine",  # mourners' places: "laid flowers at a makeshift shrine outside X"
    "mourners", "well-wishers", "wreath", "wreaths",
    # where officials spoke: "at a press conference at force headquarters in Elmstead"
    "press conference", "news conference", "briefing", "headquarters", "reporters", "journalists",
)  # fmt: skip
_SEQUEL = re.compile(
    rf"\b(?:{events.alternation(SEQUEL_VERBS, SEQUEL_NOUNS)}|spoke|spoken)\b(?:\W+\w+){{0,4}}\W*$",
    re.IGNORECASE,
)
SEQUEL_REACH = 45
MOVE_REACH = 90  # the reach of _NOT_THE_SCENE_BEFORE: a move's verb, its path and its goal
# Institutions that are never the scene of the incident itself but of its sequel.
_STREET_CAPS = tuple(w.capitalize() for w in STREET_WORDS)
_INSTITUTION = re.compile(
    r"\b(?:Hospital|Infirmary|Courthouse|Clinic|Mortuary|Police Station|Custody Suite|Jail|Gaol"
    r"|Prison|Penitentiary|Detention Cent(?:re|er)|Correctional (?:Facility|Institution|Centre"
    r"|Center))$|"
    r"\b(?:Medical|Health|Trauma|Burns?|Intensive\s+Care|Critical\s+Care|High\s+Dependency)"
    # ... through more words of its name: "the National Trauma and Orthopaedic Research Centre"
    r"(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,3}?"
    r"\s+(?:Centre|Center|College|Unit|Ward)$|\b(?:Intensive|Critical)\s+Care$|"
    rf"\b(?:{'|'.join(COURT_KINDS)})['’]?\s+Court$|^Court$|"
    # the institution's word before its town's name: "University Hospital Kilbrannagh", "General
    # Hospital Ashby" (not a street named after it: "Hospital Road")
    rf"\b(?:Hospital|Infirmary|Clinic)(?:\s+(?!(?:{'|'.join(_STREET_CAPS)})$)[A-Z][\w'’-]*){{1,2}}$"
)  # "Crane Court" is a street of flats; "Ashby Magistrates' Court" is a court
# Where someone was going, not where it happened: "on her way to work in X", "heading for X".
_DESTINATION = re.compile(
    r"\b(?:(?:way|headed|heading|bound|travelling|traveling|returning|commuting)\s+(?:home\s+)?"
    r"(?:to|for)"  # "heading to a building site in X"
    # where they were going to do something: "women going to sell fish at X market"
    r"|going\s+to(?=\s+(?!(?:the|a|an)\s)[a-z]+\s)"
    # a traveller's own goal told by a purpose clause: "took the train every day to reach her
    # school in X", "left early to get to his office in Y" (rescuers "battled to reach the
    # village of X": no one's own, the scene)
    r"|to\s+(?:reach|get\s+to|go\s+to|travel\s+to|return\s+to|head\s+to|make\s+it\s+to)"
    r"(?=\s+(?:his|her|their|my|our|its)\s))\b(?:\W+\w+){0,3}\W*$",
    re.IGNORECASE,
)
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$")
# Where a substance the air or water carried went: "a cloud of gas drifted across the car park
# and onto Mill Road", "smoke billowed over Kelby". Its source is the scene, not where it drifted
# (a boat that "drifted onto rocks" has no substance noun: its destination is the scene).
CARRIED_REACH = 110
_CARRIED = re.compile(
    r"\b(?:cloud|clouds|plume|plumes|smoke|fumes|gas|vapou?r|haze|mist|spray|ash|soot|dust|stench"
    r"|smell|odou?r)\b(?:\s+[\w'’-]+){0,8}?\s+(?:has\s+|had\s+|was\s+|were\s+)?"
    r"(?:drift|waft|billow|float|blow|blew|blown|spread|roll|carried|carry|carries|swept|sweep"
    r"|pour|spill|creep|crept|seep)[a-z]*\b(?:\s+[\w'’,-]+){0,8}?\s+$",
    re.IGNORECASE,
)
CARRIED_PREPOSITIONS = frozenset(("onto", "into", "over", "across", "towards", "toward", "to",
                                  "through", "along", "down"))  # fmt: skip
# A county named before its name ("in Co Tipperary", "County Kerry"): a region, no scene.
_COUNTY_FIRST = re.compile(r"^(?:Co\.?|County)\s+[A-Z][\w'’-]*$")
# Before a preposition, what makes its object no scene: a body of people placed there ("police in
# Catalonia said", "a member in Parliament"), a verb aimed at a target ("shouted at Hargreaves",
# "fired at the Mill Road bus"), where a vehicle or tool came from ("a truck rented from a depot
# in Passaic"), or a place not reached ("before he could reach the Brooklyn Bridge").
# People after a preposition are its object ("fled from police in Cradleigh"): the place may
# then be the scene's; as a subject ("police in Brannock said") they are only placed there.
# ("according to police in X": a source, not an object)
_OBJECT_OF = re.compile(
    r"\b(?<!according\s)(?:from|by|with|to|against|of)\s+(?:the\s+)?$", re.IGNORECASE
)
_SETTLEMENT_AFTER = re.compile(r"\s+(?:city|town|village|capital|port|region|province)\b")
_NOT_THE_SCENE_BEFORE = re.compile(
    r"(?:\b(?P<people>police|authorities|officials|prosecutors|investigators|government|ministry"
    r"|garda[ií]|garda|troopers|deputies"  # the police of Ireland, US states and counties
    # a body by its lower-case head: "the police administration in X", "the state prosecutor's
    # office in Y", "the regional police directorate in Z"
    r"|police\s+(?:administration|directorate|department|command|inspectorate)"
    r"|(?:prosecutor|prosecutors|attorney|coroner|sheriff)['’]s?\s+office"
    r"|member|members|mps|lawmakers|politicians|leaders|embassy|consulate"
    # a body by its capitalised head: "the Federal Road Safety Corps in Ogun said"
    r"|(?-i:Corps|Command|Department|Directorate|Agency|Authority|Commission|Bureau|Ministry"
    r"|Constabulary|Brigade|Service|Services))"
    # people who tell, placed where they tell from: "sources at Kelby Division said"
    r"|\b(?:sources|insiders|informants)"
    r"|\b(?P<aimed>shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|scream(?:s|ed|ing)?|swore|swear(?:s|ing)?"
    r"|point(?:s|ed|ing)?|aim(?:s|ed|ing)?|lunge[ds]?|lunging|stare[ds]?|staring|glare[ds]?"
    r"|glaring|wave[ds]?|waving|look(?:s|ed|ing)?|hurl(?:s|ed|ing)?|threw|throw(?:s|ing)?)"
    r"|\b(?:rented|hired|bought|purchased|stolen|borrowed|leased)\s+from\s+(?:[\w'’-]+\s+){1,5}?"
    r"(?:[\w'’-]+)"
    # where the vehicle was taken, its object right before the preposition: "hijacked the truck
    # outside a restaurant on X", "stole a car in Y" (not "a hijacked lorry ploughed into ...")
    r"|\b(?:hijack(?:s|ed|ing)?|stole|steal(?:s|ing)?|rent(?:s|ed|ing)?|hir(?:es|ed|ing)"
    r"|commandeer(?:s|ed|ing)?|bought|buy(?:s|ing)?|leas(?:es|ed|ing))"
    r"\s+(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+"
    # where responders came from: "fire crews from stations in Ashby", "investigators from the
    # Air Accidents Investigation Branch in Farnborough" (not "fled from police in X")
    r"|\b(?:crews?|units?|engines?|appliances|firefighters|fire-fighters|teams?|ambulances"
    r"|paramedics|rescuers|divers|lifeboats?|investigators|inspectors|specialists|experts"
    r"|reinforcements)\s+(?:[\w-]+\s+){0,2}?from(?:\s+[\w'’-]+){0,6}"
    # where people or a wreck were moved to: "taken by bus to a hotel in X", "evacuated to a
    # leisure centre in Y", "seized and taken to a police compound in Z", "flown to the
    # paediatric intensive care unit in W" (not "to the scene"; the goal's words end at a
    # clause's: "taken to hospital after a leak at X" is no goal at X)
    r"|\b(?:taken|evacuated|moved|transferred|ferried|bussed|brought|escorted|relocated|rehoused"
    r"|flown|airlifted|driven|rushed|conveyed|transported|repatriated)"  # "flown to a morgue in X"
    r"\s+(?:[\w-]+\s+){0,5}?to\s+(?!the\s+scene)(?:(?!(?:after|following|when|as|before|since"
    r"|during|because|and|but|while)\s)[\w'’-]+\s+){0,4}[\w'’-]+"
    # where someone died later, after the incident: "a fourth worker succumbed to burns in X",
    # "succumbed to his injuries at Y", "a seventh passenger later died in Z", "died later in Z"
    r"|\bsuccumb(?:s|ed|ing)?\s+to\s+(?:(?:his|her|their|its|the)\s+)?(?:[\w-]+\s+)?"
    r"(?:injuries|injury|burns|wounds|wound)"
    r"|\b(?:later|subsequently|afterwards)\s+(?:died|dies|passed\s+away)"
    # dying of the injuries is later than the incident: "two men died of their burns at a
    # specialist unit in X", "died from his wounds at Y"
    r"|\b(?:died|dies|dying)\s+(?:(?:later|subsequently|overnight|afterwards)\s+)?(?:of|from)\s+"
    r"(?:(?:his|her|their|its|the)\s+)?(?:[\w-]+\s+)?(?:injuries|injury|burns|wounds|wound)"
    r"|\b(?:died|dies|passed\s+away)\s+(?:later|subsequently|afterwards)"
    r")\s+$",
    re.IGNORECASE,
)
_DATE_WORD = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’])"
)  # not a day that owns the place ("at Saturday's Notting Hill Carnival")
# What stood on a site before: "on the site of the old Co-op", "the site of the former X Mill"
# names the site by its history, not the place as it is.
FORMER_SITE = re.compile(
    r"\bsite\s+of\s+(?:the\s+|a\s+)?(?:old|former|demolished|one-time|onetime|original)\s+$",
    re.IGNORECASE,
)
# A noun of time with "of" before a name: the phrase dates, it does not place.
_TIME_OF = re.compile(
    r"\b(?:time|times|day|night|hour|hours|moment|anniversary|eve|aftermath|wake|height|week"
    r"|weekend|year|years|months?)\s+of\s",
    re.IGNORECASE,
)


# A place not reached: "before he could reach the Brooklyn Bridge", "planned to drive on to Y".
_UNREACHED = re.compile(
    r"\b(?:could|would|might|planned\s+to|plans\s+to|intended\s+to|hoped\s+to|tried\s+to"
    r"|trying\s+to|wanted\s+to|meant\s+to|aiming\s+to|attempting\s+to)\s+(?:\w+\s+)?"
    r"(?:reach|get|drive|head|go|continue|travel|make\s+it)(?:\s+on)?"
    r"(?:\s+(?:to|for|towards|into))?\s+(?:(?:the|a|an)\s+)?$",
    re.IGNORECASE,
)
# Where a vehicle turned up after the event: "a second van was found in Vic", "the car was later
# found burnt out in Y". (A body found somewhere may be the scene; a vehicle found is not.)
_FOUND = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are|being)\s+(?:later\s+|since\s+|also\s+)?"
    r"(?:found|discovered|located|recovered|traced|impounded|dumped|abandoned)"
    # the state it was found in, perhaps two joined: "found abandoned and burnt in X"
    r"(?:,?\s+(?:and\s+)?(?:abandoned|burnt(?:\s+out)?|burned(?:\s+out)?|torched|dumped|parked"
    r"|ablaze|destroyed|set\s+(?:alight|on\s+fire))){0,2}\s+$",
    re.IGNORECASE,
)
_VEHICLE_WORD = re.compile(
    rf"\b(?:vehicle|{_alt(sorted(set(VEHICLE_HEADS)))})s?\b",  # sorted: one pattern per process
    re.IGNORECASE,
)
FOUND_REACH = 70
# A vehicle heading the sentence's subject: "The car involved in ...", "A stolen white van ...".
_VEHICLE_SUBJECT = re.compile(
    r"\W*(?:the|a|an|one|his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,2}?(?:"
    + _VEHICLE_WORD.pattern
    + r")",
    re.IGNORECASE,
)
# A clause that tells another incident: "the incident came on the same day that an envoy was shot
# in Ankara", "the same night as a blast in Y": every place after it in the sentence is that one's.
_OTHER_INCIDENT = re.compile(
    r"\bsame\s+(?:day|night|morning|afternoon|evening|week|weekend|hour|time)\s+(?:that|as|when)\b",
    re.IGNORECASE,
)


class LaterCues(NamedTuple):
    """Which windowed cues a sentence can hold at all (a word each needs), read once a sentence."""

    unreached: bool
    found: bool
    institution: bool


# Words each windowed cue needs somewhere in the sentence (tested on its word keys, no scan).
_UNREACHED_GATE = WordGate(
    ("could", "would", "might", "planned", "plans", "intended", "hoped", "tried", "trying",
     "wanted", "meant", "aiming", "attempting")
)  # fmt: skip
_FOUND_GATE = WordGate(
    ("found", "discovered", "located", "recovered", "traced", "impounded", "dumped", "abandoned")
)
_INSTITUTION_GATE = WordGate(
    (
        "hospital",
        "infirmary",
        "court",
        "courthouse",
        "clinic",
        "mortuary",
        "station",
        "suite",
        "centre",
        "center",
        "college",
        "unit",
        "ward",
        "care",
        "jail",
        "gaol",
        "prison",
        "penitentiary",
        "facility",
        "institution",
    )
)  # fmt: skip  (every head _INSTITUTION ends with)


def later_cues(sentence: Sentence) -> LaterCues:
    """The cues a sentence may hold: a place not reached, a vehicle found, an institution named."""
    return LaterCues(
        _UNREACHED_GATE.passes(sentence),
        _FOUND_GATE.passes(sentence),
        _INSTITUTION_GATE.passes(sentence),
    )


def vehicle_found_before(text: str, start: int) -> bool:
    """Whether the place at ``start`` is where a vehicle was found after the event: the vehicle
    told just before the verb, or heading the sentence's subject however long it runs ("The car
    involved in the crash on X Road at 10pm on Tuesday was later found burnt out in Y")."""
    lo = max(0, start - FOUND_REACH)
    found = _FOUND.search(text, lo, start)
    return found is not None and (
        _VEHICLE_WORD.search(text, lo, found.start()) is not None
        or _VEHICLE_SUBJECT.match(text, 0, found.start()) is not None
    )


def other_incident_from(text: str) -> int:
    """Where a clause telling another incident begins in a sentence (its length for none)."""
    if "same" not in text:
        return len(text)
    m = _OTHER_INCIDENT.search(text)
    return m.start() if m else len(text)


# A sequel's institution or gathering as the site a preposition leads through: "at the university
# hospital in Leipzig", "to hospitals in Madrid" (but "outside a hospital in X" may be the scene).
_INSTITUTION_SITE = re.compile(
    r"^(?:at|in|to|into|inside)\s+(?:[\w'’-]+\s+){0,3}?(?:hospitals?|infirmar(?:y|ies)|clinics?"
    r"|mortuary|morgue|hospice|courthouse|court|police\s+station|custody\s+suite|headquarters"
    r"|jail|gaol|prison|penitentiary"
    r"|(?:burns?|trauma|intensive\s+care|critical\s+care|high\s+dependency)\s+"
    r"(?:units?|cent(?:re|er)s?|wards?))\s+(?:in|at|of|near)\s"
    # a sequel's gathering: "at a vigil in Dunmore Cathedral", "at a memorial garden beside X"
    r"|^(?:at|in)\s+(?:[\w'’-]+\s+){0,3}?(?:vigils?|memorial\s+(?:services?|gardens?|ceremon(?:y|ies)|events?)|funerals?|inquests?|trial|hearings?"
    r"|(?:press|news)\s+conference|briefings?)(?:\s+[a-z]+){0,2}?"
    r"\s+(?:in|at|of|near|beside|on|outside|by)\s",
    re.IGNORECASE,
)


# A funeral the report brings in with "a" is a gathering the incident struck ("died after
# drinking at a funeral in X", "a stampede at a funeral ceremony in X"); the victims' own is told
# as theirs ("the funeral of X", "his funeral", "a funeral for the victims") and is a sequel.
_SETTING_FUNERAL = re.compile(
    r"(?:at|in)\s+an?\s+(?:[a-z-]+\s+)?funerals?(?:\s+(?!(?:of|for)\b)[a-z]+){0,2}?"
    r"\s+(?:in|at|near|beside|on|outside|by)\s",
    re.IGNORECASE,
)
# The people of such a gathering are where it struck them: "opened fire on mourners at a funeral".
_GATHERED = re.compile(r"\b(?:mourners|well-wishers)\W*$", re.IGNORECASE)
# Any gathering of remembrance or briefing is where the incident struck when the harm's own verb
# leads straight to it: "were shot dead at a night vigil in X", "died when a bomb went off at the
# memorial service at Y", "a grenade thrown into a press conference in Z" ("relatives gathered at
# a vigil in X", "laid wreaths at the memorial at Y" stay sequels: no harm before the gathering).
_GATHERING = re.compile(
    r"(?:at|in|into|during)\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:vigils?|wakes?|memorials?"
    r"|funerals?|(?:memorial|prayer|remembrance|funeral)\s+(?:services?|ceremon(?:y|ies)|meetings?"
    r"|events?)|(?:press|news)\s+conferences?|briefings?|hearings?|trials?|inquests?)\b",
    re.IGNORECASE,
)
# ... the harm's verb (or its object: "fired on mourners") as the last words before the gathering
_HARM_TAIL = re.compile(r"(?:\s+(?:on|upon|at|into)\s+(?:the\s+)?[a-z-]+)?\s*$")
_LAST_WORDS = re.compile(r"(?:[\w'’-]+\s+){1,4}$")


_INTO_GATHERING = re.compile(
    r"\b(?:at|in|into|during)\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\W*$", re.IGNORECASE
)


def harm_at_gathering(text: str, start: int) -> bool:
    """Whether the preposition at ``start`` leads to a gathering (a vigil, a memorial service, a
    press conference) that the harm told just before it struck: "four were shot dead at a vigil
    at X" places the vigil's village, where "mourners gathered at a vigil at X" does not."""
    if _GATHERING.match(text, start) is None:
        return False
    words = _LAST_WORDS.search(text, max(0, start - 50), start)
    if words is None:
        return False
    fragment = words.group(0)
    cue = event_words(fragment)
    return bool(cue) and _HARM_TAIL.fullmatch(fragment, cue[-1].end()) is not None


# A place that only bounds a set or a tally is no scene: "an audit of all building sites in X",
# "other bridges across Y" (a quantified plural before the preposition), "the second collapse in
# X this year", "Avalanches have killed 14 people in Y since the season began" (a count over a
# period that follows the name: an ordinal or a plural subject's toll before it).
_QUANTIFIED = re.compile(
    r"\b(?:all|every|each|other|many|most|several)\s+(?:[\w-]+\s+){0,2}?[a-z-]+\s+"
    r"(?:in|at|on|across|throughout|around)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PERIOD_AFTER = re.compile(
    # the name's own head may come first: "the third attack in the Kell district since May"
    r"(?:\s+(?:district|area|region|province|county|territory|department|municipality"
    r"|commune|state|valley))?"
    r"(?:\s+(?:so\s+far\s+)?(?:this|last|in\s+the\s+past)\s+(?:year|month|season|week|winter"
    r"|summer|decade)|\s+since\s+(?:the\s+(?:season|year|start|beginning)|January|February|March"
    r"|April|May|June|July|August|September|October|November|December|\d{4})|\s+so\s+far)\b",
    re.IGNORECASE,
)
_TALLY_BEFORE = re.compile(
    rf"\b(?:{'|'.join(ORDINALS)}|latest)\b|\b(?:have|has)\s+(?:now\s+)?(?:killed|claimed)\b",
    re.IGNORECASE,
)


def tallied(text: str, start: int, name_start: int, end: int, street: bool = False) -> bool:
    """Whether the place from ``start`` (its name from ``name_start`` to ``end``) bounds a set of
    things or a count of incidents over a period rather than the scene (a street or a building
    that holds a set may hold the scene too: "all the flats in Kell Court")."""
    if not street and _QUANTIFIED.search(text, max(0, start - 50), name_start):
        return True
    return (
        _PERIOD_AFTER.match(text, end) is not None
        and _TALLY_BEFORE.search(text, max(0, start - 60), start) is not None
    )


def institution_site(text: str, start: int, name_start: int) -> bool:
    """Whether a preposition reaches its name through a sequel's institution noun ("in the food
    court of X" reaches X through a site, not a court)."""
    if _INSTITUTION_SITE.match(text[start:name_start]) is None:
        return False
    if _SETTING_FUNERAL.match(text, start, name_start) or harm_at_gathering(text, start):
        return False
    court = _COURT_WORD.search(text, start, name_start)
    return court is None or not court_of_play(text, court.start(), court.end())


_COURT_WORD = re.compile(r"\bcourt\b")


def institution_before(text: str, start: int) -> bool:
    """Whether a sequel's institution named just before places it ("the Government Medical
    College in Tanda", "Mercy Hospital in Lakeport"): the town the institution stands in."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1  # (no slice of the text before: a sentence may be a megabyte long)
    return end > 0 and _INSTITUTION.search(text, max(0, end - 60), end) is not None


def _sequel_before(text: str, start: int) -> bool:
    """Whether a sequel's word leads to a place with no onset verb between ("arrested in X", but
    not "in hospital after being attacked outside X")."""
    sq = _SEQUEL.search(text, max(0, start - SEQUEL_REACH), start)
    while (
        sq is not None
        and (raid := RAID.match(sq.group(0)))
        and not law_raid(text, sq.start(), sq.start() + raid.end())
    ):
        sq = _SEQUEL.search(text, sq.end(), start)  # "the raid on X Jewellers": the crime
    while (
        sq is not None
        and sq.group(0)[:4].lower() == "held"
        and _OCCASION_HELD.search(text, max(0, sq.start() - 40), sq.start())
    ):
        sq = _SEQUEL.search(text, sq.end(), start)  # "a wedding held at X": where it was
    if (
        sq is not None
        and _GATHERED.search(text, sq.start(), start)
        and _SETTING_FUNERAL.match(text, start)
        and when.tells_onset(text[max(0, sq.start() - SEQUEL_REACH) : sq.start()])
    ):
        return False  # "fired on mourners at a funeral in X": the gathering it struck
    if sq is not None and (into := _INTO_GATHERING.search(text, max(0, sq.start() - 40), sq.end())):
        if harm_at_gathering(text, into.start()):
            return False  # "was stabbed during a memorial service at X": the gathering it struck
    return (
        sq is not None
        and not when.tells_onset(text[sq.start() : start])
        and not _HELD_CAPTIVE.match(text, sq.start())
    )


# An occasion held somewhere was there, no one held in custody: "a wedding reception held at the
# X Hall", "a birthday party held in Y" (not "the suspect was held at X police station").
# ... and a meal served at one ("a christening lunch held at the Y Rooms").
HELD_OCCASIONS = (*OCCASIONS, "lunch", "luncheon", "dinner", "supper", "breakfast", "banquet",
                  "meal", "buffet", "picnic", "barbecue", "function")  # fmt: skip
_OCCASION_HELD = re.compile(
    rf"\b(?:{'|'.join(sorted(HELD_OCCASIONS, key=len, reverse=True))})(?:e?s)?,?\s+"
    r"(?:being\s+|was\s+)?$",
    re.IGNORECASE,
)
# Holding people against their will is the incident, not a custody: "held hostage in X", "held
# three staff at gunpoint in X".
_HELD_CAPTIVE = re.compile(
    r"(?:hold|holds|holding|held)\s+(?:[\w-]+\s+){0,2}?(?:hostages?|captives?"
    r"|at\s+(?:gun|knife)-?point)\b",
    re.IGNORECASE,
)


# A speaker's relative clause set off by commas: "Witness Ann Dee, 31, who was sitting in the
# window of the Kelby Cafe, said ...": where the one who tells it was, not the scene.
_WHO_CLAUSE = re.compile(r",\s+who\s+(?P<clause>[^.;:!?\"“”]{0,140})$")
_SAID_AFTER = re.compile(
    r"[^.;:!?\"“”,]{0,60},\s+(?:said|says|told|tells|recalled|recalls|added|described|explained)\b"
)


def speaker_vantage(text: str, start: int, end: int) -> bool:
    """Whether the place from ``start`` to ``end`` sits in a relative clause of the speaker of
    the sentence ("X, who was sitting in Y, said") that tells no onset of its own."""
    who = _WHO_CLAUSE.search(text, max(0, start - 160), start)
    return (
        who is not None
        and _SAID_AFTER.match(text, end) is not None
        and not when.tells_onset(who.group("clause"))
    )


# A person placed where they speak from, as the subject of a saying verb: "A trader at the nearby
# X market, Ann Dee, said", "Eyewitnesses at the Y hut say", "Staff at Z told reporters". The
# place belongs to the speaker's noun phrase, not to a clause telling the event (an open class of
# onlookers and people of a premises; officials and police are set aside before, as a body).
VANTAGE_PEOPLE: tuple[str, ...] = (
    "witness", "witnesses", "eyewitness", "eyewitnesses", "onlooker", "onlookers", "bystander",
    "bystanders", "passer-by", "passers-by", "trader", "traders", "vendor", "vendors",
    "shopkeeper", "shopkeepers", "stallholder", "stallholders", "shopper", "shoppers",
    "resident", "residents", "neighbour", "neighbours", "neighbor", "neighbors", "worker",
    "workers", "staff", "employee", "employees", "guest", "guests", "customer", "customers",
    "diner", "diners", "attendant", "attendants", "clerk", "porter", "caretaker", "warden",
    "ranger", "rangers", "guide", "guides", "manager", "owner", "volunteer", "volunteers",
)  # fmt: skip
_VANTAGE_SUBJECT = re.compile(
    rf"^\W*(?:(?:a|an|the|one|two|three|four|some|several|many|other|\d+)\s+)?"
    rf"(?:[a-z][\w-]*\s+)?(?:{'|'.join(VANTAGE_PEOPLE)})\s+$",
    re.IGNORECASE,
)
_VANTAGE_SAID = re.compile(
    rf"(?:\s+[a-z][\w-]*){{0,2}}(?:\s*,\s*[^,.;:!?\"“”]{{1,60}},)?\s+(?:{'|'.join(SAY_VERBS)})\b"
)


# A quote's tag, its verb before its speaker ("... last second," said one driver at the X terminal
# who asked not to be named; "..." says a vendor in Y): the noun phrase after the verb is the
# speaker, and a place in it is where they speak from (after the closing quote mark only: "The
# firm, based in X, said the crash in Y ..." tells what was said).
QUOTE_TAG_REACH = 80
_QUOTE_TAG = re.compile(
    rf"[,?!]?[\"”’]\s*(?:{'|'.join(SAY_VERBS)})\s+(?:one|a|an|the|another)\s+"
    r"(?:[a-z][\w-]*\s+){1,3}$"
)


def witness_vantage(text: str, start: int, end: int) -> bool:
    """Whether the place from ``start`` to ``end`` places the sentence's speaker: a person noun
    as the whole subject before it, a saying verb after it (its head and an appositive name
    between); or the speaker's noun phrase of a quote's tag, its verb first."""
    return (
        _VANTAGE_SUBJECT.match(text, 0, start) is not None
        and _VANTAGE_SAID.match(text, end) is not None
    ) or _QUOTE_TAG.search(text, max(0, start - QUOTE_TAG_REACH), start) is not None
