"""What an incident matcher reads of one report's incident: its date, place, actors, vehicle, toll
and the words that tell it, and how far two of them agree on each.

A date is ``firm`` when the report's text gives it; a main incident dated with the report's own
DCT (a court report a year on, a report that says only "on Friday") may be a fallback, and its date
then only says the incident happened no later than that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from incident_reader.core.align.stages import near_borrowed, own_dct
from incident_reader.core.align.values import (
    CONFLICT,
    compare_counts,
    parse_clock,
    timex_interval,
)
from incident_reader.core.align.wording import (
    SITE_WORDS,
    STREET_WORDS,
    TITLES,
    ascii_letters,
    compare_places,
    compare_vehicles,
    containment,
    tokens,
)
from incident_reader.core.align.zones import ZONE_LOOKAHEAD, zone_of
from incident_reader.core.model import Fact, FactValue, Incident, ReportAnalysis
from incident_reader.core.temporal.lexicon import MONTHS, NUMBER_WORDS, WEEKDAYS

DESCRIPTION_CHARS = 500  # how much of an incident's own text describes it
SHARED_STEMS_SURE = 15  # this many content words in common tell the same story, however long
NAME_MIN_CHARS = 3  # shorter name parts ("al", "bin") say nothing on their own
DESCRIPTION_STOPWORDS = frozenset(
    """a an the of in at on near by to from into onto with and or but as after before when while
    that this these those which who whom whose was were is are be been being has have had it its
    he she they them his her their there here said says say told also than then not no yes for
    up down out over under about around more most very just only one people man woman men women
    """.split()
)
# Capitalised heads of the names of bodies ("Lantern Police Service", "County Sheriff"): shared by
# every story one force or court deals with, so they name no incident.
INSTITUTION_WORDS = frozenset(
    """police service services county sheriff ministry minister court crown government department
    agency council office news press state national general district fire ambulance rescue rail
    transport authority""".split()
)
NAME_CLOSED_WORDS = frozenset(
    {*MONTHS, *WEEKDAYS, *NUMBER_WORDS, *TITLES, *DESCRIPTION_STOPWORDS, *INSTITUTION_WORDS}
    | {"i", "we", "you", "our", "my", "your", "us"}
)
TITLE_CASE_SHARE = 0.8  # a line with this share of its longer words capitalised is in title case
_WORD = re.compile(r"[a-z]+")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_ANY_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_OPENS_SENTENCE = frozenset(".!?:;\"“”‘’'(—–-|")
_SUFFIXES = ("ings", "ing", "ers", "ies", "ied", "ed", "es", "er", "s")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem, so "killing", "killed" and "kills" meet."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    if len(word) > 4 and word[-1] == word[-2]:
        word = word[:-1]
    return word


def content_stems(text: str) -> frozenset[str]:
    """The stems of a text's content words: what a description is about."""
    words = _WORD.findall(ascii_letters(text).lower())
    return frozenset(stem(w) for w in words if w not in DESCRIPTION_STOPWORDS)


# "Lane" or "market" alone names no place: left out when a place is looked for in a telling.
PLACE_KIND_WORDS = frozenset(stem(w) for w in STREET_WORDS | SITE_WORDS)


def name_stems(text: str) -> frozenset[str]:
    """The stems of the names a text gives: capitalised words inside a sentence ("Masood",
    "Drottninggatan"), not words that open one, closed-class words, kinds of place ("Road") or
    bodies ("Police"), nor the words of a headline in title case."""
    out: set[str] = set()
    for line in ascii_letters(text).splitlines():
        words = [w for w in _ANY_WORD.findall(line) if len(w) >= 4]
        capitals = sum(w[0].isupper() for w in words)
        if len(words) >= 3 and capitals >= TITLE_CASE_SHARE * len(words):
            continue
        for m in _CAPITALISED.finditer(line):
            before = line[: m.start()].rstrip()
            if not before or before[-1] in _OPENS_SENTENCE:
                continue
            word = m.group().lower()
            if word in NAME_CLOSED_WORDS or (found := stem(word)) in PLACE_KIND_WORDS:
                continue
            out.add(found)
    return frozenset(out)


class Vocabulary:
    """Numbers the stems of one comparison, so a clause's words are an int and overlaps are ANDs."""

    def __init__(self) -> None:
        self._bits: dict[str, int] = {}

    def mask(self, stems: frozenset[str]) -> int:
        """The bit set of ``stems``, numbering stems never seen before."""
        out = 0
        for s in stems:
            out |= 1 << self._bits.setdefault(s, len(self._bits))
        return out


@dataclass(frozen=True, slots=True)
class IncidentView:
    """One report's incident with what matching reads: date, place, actors and its telling."""

    article: str
    order: int  # the report's position in the comparison
    incident: Incident
    date: str | None
    place: str | None
    stems: frozenset[str]
    place_stems: frozenset[str] = frozenset()
    times: tuple[int, ...] = ()  # clock times given for it, minutes after midnight
    firm: bool = True  # the date comes from the text, not the report's own DCT
    full: bool = False  # the text gives the date by its month and day ("on 13 September")
    written: str | None = None  # the report's DCT day
    written_by: str | None = None  # where that DCT came from ("header line", "inferred", ...)
    stated: bool = False  # an incident.date fact of the text tells its day
    names: frozenset[str] = frozenset()  # the suspects' surnames
    named: frozenset[str] = frozenset()  # the names its telling gives (see ``name_stems``)
    place_names: frozenset[str] = frozenset()  # its places' words the report writes as names
    text_names: frozenset[str] = frozenset()  # every name its report gives (when it has a place)
    vehicles: tuple[str, ...] = ()
    recalled: tuple[str, ...] = ()  # the dates of the other incidents its report recalls
    killed: tuple[FactValue, ...] = ()  # the toll values it gives
    mask: int = 0  # ``stems`` as a bit set of the comparison's Vocabulary
    place_mask: int = 0


def with_masks(view: IncidentView, vocabulary: Vocabulary) -> IncidentView:
    """The view with its stems numbered, so similarities are bit operations."""
    return replace(
        view, mask=vocabulary.mask(view.stems), place_mask=vocabulary.mask(view.place_stems)
    )


def incident_views(analysis: ReportAnalysis, order: int) -> list[IncidentView]:
    """Every incident a report speaks of, filled in from its date, place and other facts."""
    incidents = {i.id: i for i in analysis.incidents}
    for fact in analysis.facts:  # a fact about an incident the extractor did not list
        incidents.setdefault(fact.incident, Incident(id=fact.incident, main=not incidents))
    for entry in analysis.timeline:
        if entry.incident:
            incidents.setdefault(entry.incident, Incident(id=entry.incident, main=False))
    text = analysis.report.text
    own = own_dct(analysis)
    written = own[:10] if own else None
    names_in_text = name_stems(text) if any(i.place for i in incidents.values()) else frozenset()
    by_incident: dict[str, list[Fact]] = {i: [] for i in incidents}
    for fact in analysis.facts:
        by_incident[fact.incident].append(fact)
    views = []
    for inc in incidents.values():
        facts = by_incident[inc.id]

        def values(kind: str, facts: list[Fact] = facts) -> list[str]:
            return [str(f.value) for f in facts if f.kind == kind]

        day = inc.date or next(iter(values("incident.date")), None)
        if day and near_borrowed(day, analysis):
            day = None  # read from another report's DCT: not this incident's own date
        place = inc.place or next(iter(values("incident.place")), None)
        if not (inc.main or facts or day or place):
            continue  # a side event with nothing to compare ("was evacuated on Monday", undated)
        told = text[inc.start : inc.end][:DESCRIPTION_CHARS] if inc.end > inc.start else ""
        names = frozenset(surname for name in values("suspect.name") if (surname := _surname(name)))
        clocks = [  # a clock in a named zone ("13:00 GMT") is not yet the place's time
            parse_clock(f.value)
            for f in facts
            if f.kind == "incident.time"
            and zone_of(f.text, text[f.end : f.end + ZONE_LOOKAHEAD]) is None
        ]
        views.append(
            IncidentView(
                article=analysis.report.id,
                order=order,
                incident=inc,
                date=day,
                place=place,
                stems=content_stems(" ".join((inc.summary, told, place or ""))),
                place_stems=content_stems(place or "") - PLACE_KIND_WORDS,
                times=tuple(m for m in clocks if m is not None),
                firm=firm_date(day, written, inc.main) or _told_in_full(day, facts),
                full=_told_in_full(day, facts),
                written=written,
                written_by=str(analysis.dct_source) if written else None,
                stated=analysis.tells_day(inc.id, day),
                names=names,
                named=name_stems(f"{inc.summary}\n{told}"),
                text_names=names_in_text,
                place_names=names_in_text
                & (
                    content_stems(" ".join([place or "", *values("incident.place")]))
                    - PLACE_KIND_WORDS
                ),
                vehicles=tuple(values("vehicle")),
                killed=tuple(f.value for f in facts if f.kind == "casualties.killed"),
            )
        )
    dates = {v.incident.id: v.date for v in views}
    return [
        replace(v, recalled=tuple(d for i, d in dates.items() if d and i != v.incident.id))
        if v.incident.main
        else v
        for v in views
    ]


def _surname(name: str) -> str | None:
    """The last word of a name: "Jordan Pask" and "Jordan Pike" share only a first name."""
    words = [t for t in tokens(name) if len(t) >= NAME_MIN_CHARS]
    return words[-1] if words else None


_MONTH_DAY = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)


def _told_in_full(day: str | None, facts: list[Fact]) -> bool:
    """Whether the text gives the incident's day by its month and number ("on Tuesday, September
    13", "on 3 March"): a date read from the words, never the report's own day lent as a
    fallback, so it tells incidents apart even on the day the report was written."""
    if not day:
        return False
    dated = (f for f in facts if f.kind == "incident.date" and str(f.value)[:10] == day[:10])
    return any(_MONTH_DAY.search(f.text) for f in dated)


def firm_date(day: str | None, written: str | None, main: bool) -> bool:
    """Whether an incident's date can be trusted to tell two incidents apart."""
    if not day or not written or not main:
        return True
    if day[:10] == written:
        return False  # the report's own day: a fallback as often as the day it happened
    span, dct = timex_interval(day), timex_interval(written)
    return not (span and dct and span[0] >= dct[1])  # after the report was written: misread


def days_apart(a: str | None, b: str | None) -> int | None:
    """Whole days between two dates (None unless both name a day)."""
    if not a or not b:
        return None
    try:
        return abs(date.fromisoformat(a[:10]).toordinal() - date.fromisoformat(b[:10]).toordinal())
    except ValueError:
        return None


@lru_cache(maxsize=8192)
def _place_containment(a: str, b: str) -> float:
    return containment(a, b)


def place_similarity(x: IncidentView, y: IncidentView) -> float:
    """How far the places agree, or one incident's place is named in the other's telling."""
    best = _place_containment(x.place, y.place) if x.place and y.place else 0.0
    for a, b in ((x, y), (y, x)):
        if a.place_stems:
            named = (
                (a.place_mask & b.mask).bit_count()
                if a.place_mask
                else len(a.place_stems & b.stems)
            )
            best = max(best, named / len(a.place_stems))
    return best


def told_similarity(x: IncidentView, y: IncidentView) -> float:
    """Share of the shorter telling's stems in the other; many shared stems count on their own."""
    shared = (x.mask & y.mask).bit_count() if x.mask else len(x.stems & y.stems)
    if shared < 2:
        return 0.0
    return min(1.0, max(shared / min(len(x.stems), len(y.stems)), shared / SHARED_STEMS_SURE))


def places_differ(x: IncidentView, y: IncidentView) -> bool:
    """Two distinct places that cannot both hold (other streets, other unit numbers)."""
    return bool(x.place and y.place and compare_places(x.place, y.place) == CONFLICT)


def clocks_apart(x: IncidentView, y: IncidentView, minutes: int) -> bool:
    """Whether every clock time of one is ``minutes`` or more from every clock time of the other."""
    if not x.times or not y.times:
        return False
    for a in x.times:
        for b in y.times:
            gap = abs(a - b) % 1440
            if min(gap, 1440 - gap) < minutes:
                return False
    return True


def strangers(x: IncidentView, y: IncidentView) -> bool:
    """Two tellings that each name people or places, none in common, nor the name of either's
    place (an anniversary names its dignitaries, and the street where it happened): two stories."""
    if len(x.named) < 2 or len(y.named) < 2:
        return False
    return not (x.named | x.place_names) & (y.named | y.place_names)


def _town_names(place: str | None, names: frozenset[str]) -> frozenset[str]:
    """The name words of a place's last part, its town ("high street, york": "york"), when the
    place has more than one part and the report writes them as names."""
    if not place or "," not in place:
        return frozenset()
    return content_stems(place.rsplit(",", 1)[1]) & names - PLACE_KIND_WORDS


def towns_apart(x: IncidentView, y: IncidentView) -> bool:
    """Two places in towns named apart, neither report naming the other's town anywhere ("High
    Street in York" / "High Street in Hull"): a street name many towns share joins nothing.
    A town one report names as the other's ("Westminster Bridge, London" / "... Westminster",
    the other naming Westminster) is no sign: one may hold the other."""
    tx, ty = _town_names(x.place, x.text_names), _town_names(y.place, y.text_names)
    return bool(tx and ty) and not (tx & y.text_names or ty & x.text_names)


def names_shared(x: IncidentView, y: IncidentView) -> int:
    """How many names the two tellings give in common."""
    return len(x.named & y.named)


def same_actor(x: IncidentView, y: IncidentView) -> bool:
    """Whether the two name a suspect in common (a surname or a full name)."""
    return bool(x.names & y.names)


def vehicles_differ(x: IncidentView, y: IncidentView) -> bool:
    """Whether no vehicle of one can be a vehicle of the other (other colour, make or model)."""
    if not x.vehicles or not y.vehicles:
        return False
    return all(compare_vehicles(a, b) == CONFLICT for a in x.vehicles for b in y.vehicles)


def same_toll(x: IncidentView, y: IncidentView) -> bool:
    """Whether the two give a death toll in common (the same figure, or ranges that hold it)."""
    return any(compare_counts(a, b) not in (None, CONFLICT) for a in x.killed for b in y.killed)
