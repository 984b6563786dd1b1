"""Hospital counts told by the hospital or the movers ("Paramedics took 10 people to hospital"),
and those counted as hurt who also went to hospital or died (a shared subject)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.grammar import ADJ, GROUP, MOD, NOUN
from incident_reader.core.facts.lexicon import CUMULATIVE_NOUNS
from incident_reader.core.facts.lists import PARTS
from incident_reader.core.facts.numbers import COUNT, ORDINAL, ordinal_value, parse_count
from incident_reader.core.facts.phrases import is_person_head
from incident_reader.core.facts.predicates import (
    HOSPITAL_FORMS,
    HOSPITAL_PLACE,
    HOSPITAL_RECEIVING,
    INJURY_NOUNS,
    MEANS,
    MOVED_TO_HOSPITAL,
    MOVING_TO_HOSPITAL,
)
from incident_reader.core.facts.survivors import others_in_hospital
from incident_reader.core.facts.text import Sentence, WordGate, WordScan
from incident_reader.core.model import FactValue

KILLED = "casualties.killed"
INJURED = "casualties.injured"
HOSPITALISED = "casualties.hospitalised"

# "taken to hospital with stab wounds", "... and later released with cuts": the hospitalised were
# also hurt.
_WITH_INJURY = re.compile(
    # (the hospital's town may come first: "taken to hospital in Dunmore with a broken leg")
    r"(?:\s+in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})?"
    r"(?:\s+(?:as\s+a\s+precaution|by\s+(?:road\s+|air\s+)?ambulance))?"
    # a second participle of the same people between: "taken to hospital and later released with"
    r"(?:\s+and\s+(?:later\s+|since\s+|then\s+)?(?:released|discharged|treated|admitted))?\s*,?\s+"
    r"(?:with|suffering(?:\s+from)?)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:wounds|injuries|burns|fractures|cuts|the\s+effects\s+of|{INJURY_NOUNS})\b",
    re.IGNORECASE,
)
# "a fourth victim was taken to hospital": an ordinal of a counted-so-far noun is the running
# total of the hurt, since whoever is taken to hospital was hurt.
_ORDINAL_VICTIM = re.compile(
    rf"(?:(?:an?|the)\s+)?(?:{ORDINAL})\s+(?:{'|'.join(CUMULATIVE_NOUNS)})\b", re.IGNORECASE
)
# "Half of the injured were taken to hospital": a share of the report's own injured count, or of
# the count told in the phrase ("half of the 10 injured").
_SHARE = re.compile(
    r"(?<![\w-])(?P<share>half|a third|a quarter|two-thirds|all)\s+of\s+the\s+"
    rf"(?:(?P<n>{COUNT})\s+)?(?:injured|hurt|wounded|casualties|victims)\s+(?:were|was|have\s+been|had\s+been|needed)\s+"
    rf"(?P<verb>{'|'.join(HOSPITAL_FORMS)})",
    re.IGNORECASE,
)
# The count inside an active verb phrase: "Paramedics took 10 people to hospital", and a hospital
# as the subject: "Westcairn General Hospital received eight of the injured".
_COUNTED = rf"(?:the\s+|a\s+total\s+of\s+)?(?P<n>{COUNT})(?:\s+{GROUP})?(?:\s+{ADJ}*{MOD}{NOUN})?"
# A further object of the same verb: "took two patients to X and a third (patient) by road to Y",
# "... and another to Y", "... and a further (two) to Y", "... and three others to Y" (added).
_ONE_MORE = re.compile(
    # (the first hospital's town may end its clause: "admitted to a hospital in Dahanu and ...",
    # "taken to the General Hospital of Arlow and ...", and its name after its head where a
    # country puts it there: "taken to Hospital Sungai Buloh and ...", "to Hôpital Nord and ...")
    r"(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}"
    r"(?:\s+(?:in|of)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?"
    rf"\s*,?\s+and\s+(?:(?:an?|the)\s+(?P<ord>{ORDINAL})"
    rf"|(?P<another>another|one\s+more|a\s+further)(?:\s+(?P<further>{COUNT}))?"
    rf"|(?P<more>{COUNT})\s+(?:others|more)"
    # (a bare count with its verb elided: "Eight were transferred to X and two to Y", "six were
    # treated at X and two at Y", "... and one in a private clinic")
    rf"|(?P<elided>{COUNT})(?=\s+(?:to|at|in)\s))(?:\s+{ADJ}*{MOD}{NOUN})?{MEANS}\s+(?:to|into|at|in)\s+"
    rf"{HOSPITAL_PLACE}",
    re.IGNORECASE,
)
# The hurt said on the moved people's phrase: "sent a man with critical injuries to hospital".
_MOVED_HURT = (
    r"(?:\s*,\s*\d{1,3}\s*,)?(?P<hurt>\s+with\s+(?:[\w-]+\s+){0,3}?"
    rf"(?:wounds|injuries|burns|fractures|cuts|{INJURY_NOUNS})(?![\w-]))?"
)
# Harm told as the moved person's adjective: "the injured woman", "the critically wounded man".
_HARMED = r"(?:(?:critically|seriously|badly|severely|gravely|fatally)\s+)?(?:injured|wounded|hurt)"
_MOVING = WordScan(
    re.compile(
        rf"(?<![\w-])(?:{'|'.join(MOVING_TO_HOSPITAL)})\s+"
        # a count, or one person named by an article: "sent a 22-year-old man ... to hospital"
        # or by "the" and a singular head, a harm word before it or not: "took the injured woman
        # to X", "flew the pilot to X" (casualties._moved_one checks the head is one person)
        rf"(?:{_COUNTED}|(?P<a>an?|(?P<the>the)(?:\s+(?:{_HARMED}))?)\s+{ADJ}*{MOD}(?P<head>{NOUN}))"
        rf"{_MOVED_HURT}"
        rf"{MEANS}\s+(?:to|into)\s+{HOSPITAL_PLACE}",
        re.IGNORECASE,
    ),
    MOVING_TO_HOSPITAL,
)
# A list of parts as the moved object: "Medics took two men and a woman to hospital", "An
# ambulance took the driver of the van and a passenger in the car to X" (summed by
# lists.sum_of_parts; a plural without a number leaves the count untold).
MOVING_LIST = WordScan(
    re.compile(
        rf"(?<![\w-])(?:{'|'.join(MOVING_TO_HOSPITAL)})\s+(?P<parts>{PARTS}){_MOVED_HURT}"
        rf"{MEANS}\s+(?:to|into)\s+{HOSPITAL_PLACE}",
        re.IGNORECASE,
    ),
    MOVING_TO_HOSPITAL,
)
# Tried at the hospital's head noun (its name before is left out of the evidence).
_HOSPITAL_HEADS = ("hospital", "infirmary", "medical", "health", "trauma", "clinic")
_RECEIVING = WordScan(
    re.compile(
        r"(?:hospitals?|infirmary|(?:medical|health|trauma)\s+cent(?:er|re)s?|clinics?)\s+"
        r"(?:(?:in|across|around|throughout)\s+[^,.;:]{1,40}?\s+)?"  # "Hospitals in the city"
        # "Corran Hospital said it was treating 12 patients", "... were treating 14 people"
        r"(?:(?:said|says|confirmed|confirms|stated|reported)\s+(?:that\s+)?(?:it|they)\s+)?"
        r"(?:(?:has|had|have|was|were|is|are)\s+)?"
        rf"(?:{'|'.join(HOSPITAL_RECEIVING)}|treating)\s+{_COUNTED}",
        re.IGNORECASE,
    ),
    _HOSPITAL_HEADS,
)
# A second predicate shares the counted subject: "Two others suffered burns and were rushed to
# hospital", "Four were hurt and later taken to hospital", "... and were also / on Monday taken
# to hospital" (tried after an injured count's words).
_HOSPITAL_VERB = "|".join(HOSPITAL_FORMS)
_AND_HOSPITAL = re.compile(
    # joined by "and", or by a participle clause: "treated at the scene before being taken to X"
    # ("before all being taken to X": the quantifier is the subject's)
    # or by a degree: "hurt badly enough to require hospital treatment"
    # (the gap may join two parts of the body: "cuts to the arms and head and were taken to X",
    # never a further person: "... and a woman")
    r"(?:[\s,]+(?:and\s+(?!(?:an?|the|his|her|their|its|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|another|others?|\d)\b))?(?!and\b)[\w'’-]+){0,6}?"
    r"[\s,]+(?:and|(?:before|after)\s+(?:(?:all|both)\s+)?being"
    r"|enough\s+to(?:\s+be)?"
    # or its result: "hurt so badly that they were airlifted to X"
    r"|(?<=\sso\s)(?-i:[a-z]+ly)\s+that\s+(?:they|he|she)(?:\s+(?:had|needed)\s+to\s+be)?)\s+"
    # (or a verb of staying: "... and remain admitted at X", "... and remained warded")
    r"(?:(?:were|was|is|are|have\s+been|had\s+been|has\s+been|remain|remains|remained"
    r"|(?:are|is|were|was)\s+still)\s+(?:being\s+)?)?"
    r"(?:(?:later|then|subsequently|all|both|also|yesterday|overnight|last\s+night"
    r"|on\s+(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))\s+)*"
    rf"(?:{_HOSPITAL_VERB})(?![\w-])",
    re.IGNORECASE,
)
# The hurt who declined a hospital's care, by the same subject: "Two passers-by were treated for
# cuts and declined hospital treatment", "... and refused to be taken to hospital" (no one of
# them went: a zero hospital count, which gives way to any count of those who did).
_AND_DECLINED = re.compile(
    r"(?:[\s,]+(?!and\b)[\w'’-]+){0,8}?[\s,]+(?:and|but)\s+(?:(?:all|both)\s+)?"
    r"(?:declined|refused|turned\s+down)\s+(?:(?:further\s+)?hospital\s+treatment"
    r"|(?:further\s+)?treatment\s+(?:in|at)\s+(?:a\s+|the\s+)?hospital"
    r"|to\s+(?:go|be\s+taken)\s+to\s+(?:a\s+|the\s+)?hospital)(?![\w-])",
    re.IGNORECASE,
)
# "Both victims were rushed to hospital but died": the same people counted among the dead.
# (or in a relative clause of the hospital: "taken to X, where he later died")
_AND_DIED = re.compile(
    r"(?:\s+(?!and\b|but\b)[\w'’-]+(?:[.:]\d\d(?:[ap]m)?)?){0,8}?(?:\s+(?:and|but)|,?\s+where\s+(?:he|she|they|both"
    r"|all\s+of\s+them|each))\s+(?:(?:later|then|subsequently|both|all)\s+)?"
    r"(?:died|succumbed|perished)(?![\w-])",
    re.IGNORECASE,
)
_WHERE_ONE = re.compile(r"\bwhere\s+(?:he|she)\b", re.IGNORECASE)
# A set the clause's subject is one of: "She was among three people taken to hospital and died"
# (she died, not the three).
_MEMBER_OF = re.compile(r"\b(?:among|amongst|one\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# "They were taken to hospital" after a count of the injured: the pronoun is those injured.
# (after a fronted clause of time: "After being checked by paramedics, they were driven to X",
# "Once freed, they were flown to X")
_THEY_HOSPITAL = re.compile(
    r"(?:(?:After|Following|Once|When|Having|Later|Shortly|Soon)\b[^,;:.]{1,80},\s+"
    r"(?:they|all\s+of\s+them)|(?<![\w'’-])(?:They|All\s+of\s+them))"
    r"\s+(?:were|had\s+been|have\s+been)\s+"
    rf"(?:(?:later|then|subsequently|all|both|\w+ly)\s+)?(?:{_HOSPITAL_VERB})(?![\w-])"
)  # how many words before "to death" its verb may start
# "... that the injured were transferred to Basra Teaching Hospital", "Those hurt are being
# treated at X", "The wounded, some of them children, have been taken to X": an adjective of harm
# used as a plural noun (or before a plural head: "the injured passengers") names all those
# counted as hurt; an aside between commas may say who they were.
_THE_INJURED_HOSPITAL = re.compile(
    r"(?<![\w'’-])(?<!of\s)(?:(?:(?-i:A)|a)ll\s+(?:of\s+)?(?:the|those)|(?-i:T)he|the|(?-i:T)hose|those)"
    r"\s+(?:(?-i:[a-z]+ly)\s+)?(?:injured|wounded|hurt)(?:\s+(?-i:[a-z]+[^\Wsui]s|people|children))?"
    r"(?:\s*(?:,|\s-|\s–)\s*[^;.,\n]{1,80}?(?:,|\s-|\s–))?\s+"
    r"(?:(?:were|are|had\s+been|have\s+been)(?:\s+being)?)\s+"
    # a first participle and its joint: "were treated on the scene before being transported to"
    r"(?:(?-i:[a-z]+ed)\s+(?:[\w'’-]+\s+){0,4}?(?:and\s+(?:then\s+)?|(?:before|after)\s+being\s+))?"
    rf"(?:(?:later|then|subsequently|all|\w+ly)\s+)?(?:{_HOSPITAL_VERB})(?![\w-])",
    re.IGNORECASE,
)
_HOSPITAL_GATE = WordGate((*_HOSPITAL_HEADS, "centre", "center"))
# A group graded by how badly it was hurt ("the seriously injured", "those critically wounded"):
# a part of the hurt whose number the group word does not tell.
_GRADED_GROUP = re.compile(
    r"(?:all\s+(?:of\s+)?)?(?:the|those)\s+(?-i:[a-z]+ly)\s+(?:injured|wounded|hurt)\b",
    re.IGNORECASE,
)
# The treated taken on by the same carers, told by a pronoun object: "Crews treated a man for head
# injuries before taking him to hospital", "We treated two patients at the scene and conveyed them
# to X" (the pronoun's number must agree with the count).
_MOVING_ON = "|".join(
    (*MOVING_TO_HOSPITAL, "conveying", "transporting", "airlifting", "flying", "ferrying",
     "carrying", "bringing", "rushing", "took")
)  # fmt: skip
_THEN_MOVED = re.compile(
    r"(?:\s+(?!(?:and|but|before|after|while|who|which)\b)[\w'’-]+,?){0,6}?\s*,?\s+"
    r"(?:before|after|and(?:\s+(?:then|later))?)\s+"
    rf"(?:{_MOVING_ON})\s+(?P<them>him|her|them|both\s+of\s+them|all\s+of\s+them){MEANS}"
    rf"\s+(?:to|into)\s+{HOSPITAL_PLACE}",
    re.IGNORECASE,
)


# Any active verb's counted object moved on by a pronoun: "Firefighters rescued three people
# from the first floor, taking them to hospital", "Crews freed a man from the car and took him to
# X" (the verb is open: a past form; the pronoun's number must agree with the count).
_OBJECT_THEN_MOVED = re.compile(
    r"(?<![\w'’-])(?-i:(?=[a-z]{4})[a-z]+(?:ed|ght|ook|ound|ew|eld))\s+"
    rf"(?:{_COUNTED}|(?P<a>an?)\s+{ADJ}*{MOD}(?P<head>{NOUN}))"
    r"(?:\s+(?!(?:and|but|before|after|while|who|which)\b)[\w'’-]+,?){0,6}?\s*,?\s+"
    r"(?:(?:before|after|and(?:\s+(?:then|later))?)\s+|(?<=,\s)(?=[a-z]+ing\s))"
    rf"(?:{_MOVING_ON})\s+(?P<them>him|her|them|both\s+of\s+them|all\s+of\s+them){MEANS}"
    rf"\s+(?:to|into)\s+{HOSPITAL_PLACE}",
    re.IGNORECASE,
)


def moved_objects(sentence: Sentence, found: list[Found]) -> list[Found]:
    """The hospital count of an active verb's counted object that a pronoun then moves to
    hospital, when the sentence has no hospital count of its own."""
    if any(f.kind == HOSPITALISED for f in found):
        return found
    text, base = sentence.text, sentence.start
    for m in _OBJECT_THEN_MOVED.finditer(text):
        if m.group("a"):
            if not is_person_head(m.group("head")):
                continue
            value: int | None = 1
        else:
            told = parse_count(m.group("n"))
            value = told if isinstance(told, int) else None
        them = m.group("them").lower()
        if value is None or value < 1 or (them in ("him", "her")) != (value == 1):
            continue
        return [*found, Found(HOSPITALISED, value, base + m.start(), base + m.end())]
    return found


def _moved_after_care(sentence: Sentence, found: list[Found]) -> list[Found]:
    """The hospital count of the people an active verb of care treated and then moved, told by a
    pronoun that agrees with their count ("treated a man ... before taking him to hospital")."""
    if any(f.kind == HOSPITALISED for f in found):
        return found
    text, base = sentence.text, sentence.start
    for f in found:
        if f.kind != INJURED or not isinstance(f.value, int) or f.value < 1 or f.start < base:
            continue
        m = _THEN_MOVED.match(text, f.end - base)
        if m is None:
            continue
        them = m.group("them").lower()
        if (them in ("him", "her")) != (f.value == 1):
            continue
        return [*found, Found(HOSPITALISED, f.value, f.start, base + m.end())]
    return found


def one_more(sentence: Sentence, found: list[Found]) -> list[Found]:
    """Hospital counts with a further object of their verb: "Two were taken to X and a third to
    Y", "took three people to X and another to Y" (the further ones added, the span extended)."""
    text, base, out = sentence.text, sentence.start, []
    for f in found:
        m = _ONE_MORE.match(text, f.end - base) if f.kind == HOSPITALISED else None
        if m is None or not isinstance(f.value, int) or f.end - base < 0:
            out.append(f)
            continue
        told = m.group("more") or m.group("further") or m.group("elided")
        more = parse_count(told) if told else None
        if (m.group("another") and not told) or (
            m.group("ord") and ordinal_value(m.group("ord")) == f.value + 1
        ):
            more = 1
        value = f.value + more if isinstance(more, int) else f.value
        out.append(Found(HOSPITALISED, value, f.start, base + m.end() if more else f.end))
    return out


# Verbs of a later move among hospitals, which never add people: "two were later transferred to X".
_NOT_ADDED = frozenset(("transferred", "referred", "moved", "admitted"))
# Heads of named places that give no care: "taken to Pitt Street Police Station".
_NOT_CARE = (
    r"(?:Station|Court|Prison|Jail|Gaol|Street|Road|Square|Hotel|School|Hall|Airport|Church)"
)
# A hospital word inside the gap: the gap already holds another destination's clause.
_HOSPITAL_IN = re.compile(
    r"\b(?:taken|conveyed|transported|rushed|flown|airlifted)\s+(?:\w+\s+){0,4}to\b", re.I
)


# A second clause of the same sentence that takes more people to another hospital: "Two were
# moved to Rashid Hospital, while the other five were taken to X", "Four patients were conveyed to
# X, one of whom ..., and a further patient was taken by road to Y", "Three were flown to X and
# five were taken by road to Y" (a later move of some of them, "two were later transferred",
# is not added: its verb may not say so).
def _joined_pattern(verbs: Sequence[str]) -> re.Pattern[str]:
    """The joined second clause with its move verbs (see ``_JOINED``)."""
    return re.compile(
        r"(?P<gap>[^.;:!?]{0,120}?)(?:\s*,)?\s+(?:and|while|whereas)\s+"
        rf"(?:(?P<add>the\s+(?:other|remaining)|a\s+further|another)(?:\s+(?P<n>{COUNT}))?"
        rf"|(?P<m>{COUNT})(?:\s+(?P<more>others|more))?)"
        rf"(?:\s+{ADJ}*{MOD}(?P<head>{NOUN}))?"
        # what is said of them between commas: ", who ...,", ", in critical condition,"
        r"(?:\s*,\s*(?:who|whose|all|both|mostly|in|with|including|among)\s[^,;.]{1,80},)?"
        r"\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:all\s+|both\s+)?"
        rf"(?:{'|'.join(verbs)})"
        # the same hospital by "there": "... and two others were taken there by ambulance"
        rf"(?:\s+there{MEANS}(?=\s*[,.;:]|\s*$)|{MEANS}\s+(?:to|into)\s+"
        # after a hospital count, a destination by its name alone is another hospital
        rf"(?:{HOSPITAL_PLACE}|(?-i:(?:St\.?\s+)?(?!{_NOT_CARE}\b)[A-Z][\w'’-]+"
        rf"(?:\s+(?!{_NOT_CARE}\b)[A-Z][\w'’-]+){{0,4}}(?![\w'’-]|\s+[A-Z]))"
        r"(?!\s+(?:[a-z]+\s+)?(?:station|court|prison|jail|custody|hotel|school|hall|centre"
        r"|center)\b)))",
        re.IGNORECASE,
    )


_JOINED = _joined_pattern([v for v in MOVED_TO_HOSPITAL if v not in _NOT_ADDED])
# Shares of one set sent to several places are its distribution, whatever the verb: "Of the
# injured, three were taken to X and two were referred to Y", "Eight of them were admitted to X
# and two were transferred to Y" (no share of those already there).
_JOINED_SHARES = _joined_pattern(MOVED_TO_HOSPITAL)
_SHARE_FIRST = re.compile(rf"(?:{COUNT})\s+of\s+(?:them|whom|those|the)\b", re.IGNORECASE)
_SHARE_BEFORE = re.compile(
    r"(?:^|[,;:]\s*|\s)(?:of|among)\s+(?:the|those|them)\b[^,;.]{0,60},\s*$", re.IGNORECASE
)


# A bare second count is added only when its own destination is a hospital by its head noun
# ("and five were taken by road to Taupo Hospital"); by a name alone it may be a transfer.
_PLACE_END = re.compile(r"(?i:hospitals?|infirmary|medical\s+cent(?:er|re))$")


# A second clause whose subject is the next ordinal, by any way of reaching hospital: "Two were
# taken to hospital by ambulance and the third arrived at hospital in a private car".
_ORDINAL_JOINED = re.compile(
    r"(?P<gap>[^.;:!?]{0,120}?)(?:\s*,)?\s+(?:and|while|whereas)\s+(?:the|a)\s+"
    rf"(?P<ord>{ORDINAL})(?:\s+{ADJ}*{MOD}{NOUN})?\s+"
    rf"(?:(?:was|had\s+been)\s+(?:{'|'.join(MOVED_TO_HOSPITAL)}){MEANS}\s+(?:to|into)"
    r"|(?:arrived|turned\s+up|showed\s+up)\s+at|went\s+to|made\s+(?:his|her|their)\s+own\s+way\s+to"
    rf"|(?:drove|took|got)\s+(?:himself|herself)\s+to|walked\s+into)\s+{HOSPITAL_PLACE}",
    re.IGNORECASE,
)


def joined_clauses(sentence: Sentence, found: list[Found]) -> list[Found]:
    """Hospital counts with a second clause that takes more people elsewhere, added together (the
    second clause's own count, if found, gives way to the sum)."""
    text, base = sentence.text, sentence.start
    out = list(found)
    for f in found:
        if f.kind != HOSPITALISED or not isinstance(f.value, int) or f.start < base:
            continue
        shares = _SHARE_FIRST.match(text, f.start - base) or _SHARE_BEFORE.search(
            text, max(0, f.start - base - 80), f.start - base
        )
        m = (_JOINED_SHARES if shares else _JOINED).match(text, f.end - base)
        if m is None:
            o = _ORDINAL_JOINED.match(text, f.end - base)
            if (
                o
                and not _HOSPITAL_IN.search(o.group("gap"))
                and ordinal_value(o.group("ord")) == (f.value + 1)
            ):  # "Two were taken to X and the third arrived at hospital in a private car"
                out = [h for h in out if h is not f]
                out.append(Found(HOSPITALISED, f.value + 1, f.start, base + o.end()))
            continue
        if _HOSPITAL_IN.search(m.group("gap")):
            continue
        told = m.group("n") or m.group("m")
        more = parse_count(told) if told else 1
        if m.group("add") and not told and m.group("head") and not m.group("head").endswith("s"):
            more = 1  # "a further patient"
        plain = m.group("add") is None and m.group("more") is None
        if not isinstance(more, int) or (
            plain and not shares and not _PLACE_END.search(m.group(0))
        ):
            continue  # a bare "and five were taken to X" may be some of those counted first
        end = base + m.end()
        out = [
            h for h in out if h is not f and not (h.kind == HOSPITALISED and f.end <= h.start < end)
        ]
        out.append(Found(HOSPITALISED, f.value + more, f.start, end))
    return out


SHARES = {"half": 0.5, "a third": 1 / 3, "a quarter": 0.25, "two-thirds": 2 / 3, "all": 1.0}


def _shared_subject(
    sentence: Sentence, found: list[Found], injured_so_far: int | None
) -> list[Found]:
    """The findings with those counted as hurt who also went to hospital (or died), in the same
    clause or the next sentence: "Two others suffered burns and were rushed to hospital", "They
    were taken to hospital", "Both were rushed to hospital but died". A one-person hospital count
    read from the shared verb alone ("... injuries and had been taken to hospital") gives way."""
    text, base, out = sentence.text, sentence.start, list(found)
    for f in found:  # "Two men were shot and later died": the killed count's own people
        if f.kind == INJURED and ("died" in text or "succumb" in text or "perish" in text):
            dead = [k for k in found if k.kind == KILLED and k.start == f.start]
            if dead and dead[0].value == f.value and _AND_DIED.match(text, f.end - base):
                out.remove(f)
    if not any(f.kind == KILLED for f in found) and ("died" in text or "succumb" in text):
        for f in found:
            m = _AND_DIED.match(text, f.end - base) if f.kind in (INJURED, HOSPITALISED) else None
            if m and _WHERE_ONE.search(m.group(0)) and f.value != 1:
                continue  # "Two were taken to X, where he died": one of them, not both
            if m and _MEMBER_OF.search(text, max(0, f.start - base - 12), max(0, f.start - base)):
                continue  # "She was among three people taken to X and died": she died
            if m and f.start - base >= 0:
                out.append(Found(KILLED, f.value, f.start, base + m.end()))
                if f.kind == HOSPITALISED and f.value == 1 and _WHERE_ONE.search(m.group(0)):
                    out.remove(f)  # "taken to X, where she died": the stay of the dead, no patient
                elif f.kind == INJURED:
                    out.remove(f)  # "The victim was hit in the chest and died": dead, not hurt
    if not _HOSPITAL_GATE.passes(sentence):
        return out
    out = _moved_after_care(sentence, out)
    for f in found:
        if f.kind == INJURED and f.start - base >= 0:
            m = _AND_HOSPITAL.match(text, f.end - base)
            declined = _AND_DECLINED.match(text, f.end - base) if m is None else None
            if declined and not any(h.kind == HOSPITALISED for h in out):
                out.append(Found(HOSPITALISED, 0, f.start, base + declined.end()))
            if m is None:
                continue
            end = base + m.end()
            inside = [h for h in out if h.kind == HOSPITALISED and f.end <= h.start < end]
            if any(h.kind == HOSPITALISED and h not in inside for h in out):
                continue
            if all(h.value == 1 and not text[h.start - base].isdigit() for h in inside):
                out = [h for h in out if h not in inside]
                out.append(Found(HOSPITALISED, f.value, f.start, end))
    if not found and injured_so_far:
        m = _THEY_HOSPITAL.match(text, len(text) - len(text.lstrip()))
        if m:
            out.append(Found(HOSPITALISED, injured_so_far, base + m.start(), base + m.end()))
    return out


def the_hurt_moved(sentence: Sentence, found: list[Found], hurt: FactValue | None) -> list[Found]:
    """The hospital count of "the injured were taken to X" (those hurt, as a group): the report's
    latest count of the hurt that names more than one person, exact or not ("over 20 others
    injured ... The injured were shifted to X"), when the sentence has no hospital count."""
    if hurt is None or any(f.kind == HOSPITALISED for f in found):
        return found
    if not _HOSPITAL_GATE.passes(sentence):
        return found
    m = _THE_INJURED_HOSPITAL.search(sentence.text)
    if m and _GRADED_GROUP.match(m.group(0)):
        return found  # "The seriously injured were flown to X": a part of the hurt, not counted
    # (or the rest after the dead: "..., where the others are receiving treatment")
    span = (m.start(), m.end()) if m else others_in_hospital(sentence.text)
    if span is None:
        return found
    base = sentence.start
    return [*found, Found(HOSPITALISED, hurt, base + span[0], base + span[1])]


# A plural head whose number is told only by the ages listed beside it: "The victims, aged 19
# and 21, were taken to X", "the brothers, 8, 11 and 13, were flown to hospital" (one per age).
_AGED_PLURAL = re.compile(
    r"(?<![\w'’-])(?:the|their|his|her)\s+(?:[a-z]+\s+)?(?P<head>[a-z]+)\s*,\s*(?:both\s+|all\s+)?"
    r"(?:age[ds]\s+)?(?P<ages>\d{1,3}(?:\s*,\s*\d{1,3})*\s*,?\s+and\s+\d{1,3})\s*,\s+"
    r"(?:(?:were|have\s+been|had\s+been|are)\s+)(?:(?:later|then|both|all|\w+ly)\s+)?"
    rf"(?:{_HOSPITAL_VERB})(?![\w-])",
    re.IGNORECASE,
)


def aged_plural(sentence: Sentence, found: list[Found]) -> list[Found]:
    """The hospital count of a plural head its listed ages number, when the sentence has no
    hospital count of its own."""
    if any(f.kind == HOSPITALISED for f in found) or " and " not in sentence.text:
        return []
    out = []
    for m in _AGED_PLURAL.finditer(sentence.text):
        head = m.group("head")
        if head.lower().endswith(("s", "men", "children", "people")) and is_person_head(head):
            value = len(re.findall(r"\d+", m.group("ages")))
            start, end = sentence.start + m.start(), sentence.start + m.end()
            out.append(Found(HOSPITALISED, value, start, end))
    return out
