"""What before a place makes it no scene of the incident: a residence ("of no fixed address
in X"), a sequel (arrested, treated, tried there), an institution (a hospital, a court), a
destination ("on her way to X"), a body of people placed there ("police in X said"), a verb aimed
at a target, a date or a time of ("at the time of the X attack"). Read by places.py and
place_premises.py."""

from __future__ import annotations

import re

from incident_reader.core.facts import events, when
from incident_reader.core.facts.lexicon import RESIDENCE_CUES

# A residence cue among the few words before the preposition: "of no fixed address in Cardiff".
_RESIDENCE = re.compile(rf"\b(?:{'|'.join(RESIDENCE_CUES)})\b(?:\W+\w+){{0,2}}\W*$", re.I)
RESIDENCE_REACH = 40  # characters before the preposition looked at for a cue
# A sequel's word just before the place: "arrested in", "airlifted to the X Infirmary in",
# "appeared at", "the High Court in" (the sequel predicate classes of events.py).
SEQUEL_VERBS: tuple[str, ...] = (
    "arrest", "detain", "charge", "appear", "sentence", "jail", "remand", "treat", "airlift",
    "admit", "transfer", "hold", "question", "raid",
)  # fmt: skip
SEQUEL_NOUNS: tuple[str, ...] = (
    "hospital", "infirmary", "court", "custody", "shelter", "clinic", "mortuary", "rest centre",
    "relief centre", "reception centre", "evacuation centre", "vigil", "memorial", "funeral",
    "trial", "inquest", "sentencing",  # "the trial at the Old Bailey heard ..."
)  # fmt: skip
_SEQUEL = re.compile(
    rf"\b(?:{events.alternation(SEQUEL_VERBS, SEQUEL_NOUNS)})\b(?:\W+\w+){{0,4}}\W*$",
    re.IGNORECASE,
)
SEQUEL_REACH = 45
# Kinds of court: "Court" after one of these is an institution, after any other name a street.
COURT_KINDS: tuple[str, ...] = (
    "Crown", "Magistrates", "High", "County", "Supreme", "District", "Sheriff", "Coroner's",
    "Coroners", "Youth", "Family", "Appeal", "Appeals", "Circuit", "Superior", "Federal",
    "Municipal", "Justice", "Criminal", "Sessions", "Session", "Civil", "Justiciary", "Judicial",
    "Magistrate's", "Sheriff's", "Juvenile", "Criminal Justice", "Coroner",
)  # fmt: skip
# Institutions that are never the scene of the incident itself but of its sequel.
_INSTITUTION = re.compile(
    r"\b(?:Hospital|Infirmary|Courthouse|Clinic|Mortuary|Police Station|Custody Suite)$|"
    r"\b(?:Medical|Health|Trauma|Burns?)\s+(?:Centre|Center|College|Unit)$|"
    rf"\b(?:{'|'.join(COURT_KINDS)})['’]?\s+Court$|^Court$"
)  # "Crane Court" is a street of flats; "Ashby Magistrates' Court" is a court
# Where someone was going, not where it happened: "on her way to work in X", "heading for X".
_DESTINATION = re.compile(
    r"\b(?:way|headed|heading|bound|travelling|traveling|returning|commuting)\s+(?:home\s+)?"
    r"(?:to|for)\b(?:\W+\w+){0,2}\W*$",
    re.IGNORECASE,
)
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$")
# A county named before its name ("in Co Tipperary", "County Kerry"): a region, no scene.
_COUNTY_FIRST = re.compile(r"^(?:Co\.?|County)\s+[A-Z][\w'’-]*$")
# Before a preposition, what makes its object no scene: a body of people placed there ("police in
# Catalonia said", "a member in Parliament"), a verb aimed at a target ("shouted at Masood",
# "fired at the Mill Road bus"), where a vehicle or tool came from ("a truck rented from a depot
# in Passaic"), or a place not reached ("before he could reach the Brooklyn Bridge").
# People after a preposition are its object ("fled from police in Cradleigh"): the place may
# then be the scene's; as a subject ("police in Brannock said") they are only placed there.
_OBJECT_OF = re.compile(r"\b(?:from|by|with|to|against|of)\s+(?:the\s+)?$", re.IGNORECASE)
_SETTLEMENT_AFTER = re.compile(r"\s+(?:city|town|village|capital|port|region|province)\b")
_NOT_THE_SCENE_BEFORE = re.compile(
    r"(?:\b(?P<people>police|authorities|officials|prosecutors|investigators|government|ministry"
    r"|member|members|mps|lawmakers|politicians|leaders|embassy|consulate"
    # a body by its capitalised head: "the Federal Road Safety Corps in Ogun said"
    r"|(?-i:Corps|Command|Department|Directorate|Agency|Authority|Commission|Bureau|Ministry"
    r"|Constabulary|Brigade|Service|Services))"
    r"|\b(?P<aimed>shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|scream(?:s|ed|ing)?|swore|swear(?:s|ing)?"
    r"|point(?:s|ed|ing)?|aim(?:s|ed|ing)?|lunge[ds]?|lunging|stare[ds]?|staring|glare[ds]?"
    r"|glaring|wave[ds]?|waving|look(?:s|ed|ing)?|hurl(?:s|ed|ing)?|threw|throw(?:s|ing)?)"
    r"|\b(?:rented|hired|bought|purchased|stolen|borrowed|leased)\s+from\s+(?:[\w'’-]+\s+){1,5}?"
    r"(?:[\w'’-]+))\s+$",
    re.IGNORECASE,
)
_DATE_WORD = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’])"
)  # not a day that owns the place ("at Saturday's Notting Hill Carnival")
# A noun of time with "of" before a name: the phrase dates, it does not place.
_TIME_OF = re.compile(
    r"\b(?:time|times|day|night|hour|hours|moment|anniversary|eve|aftermath|wake|height|week"
    r"|weekend|year|years|months?)\s+of\s",
    re.IGNORECASE,
)


def _sequel_before(text: str, start: int) -> bool:
    """Whether a sequel's word leads to a place with no onset verb between ("arrested in X", but
    not "in hospital after being attacked outside X")."""
    sq = _SEQUEL.search(text, max(0, start - SEQUEL_REACH), start)
    return sq is not None and not when.tells_onset(text[sq.start() : start])
