"""Incident segmentation: the report's own incident and the earlier ones it recalls.

A background incident starts where a line opens with a date and a colon (a dated list of earlier
attacks), where a sentence or clause opens with an earlier time ("In March, a man drove ...", "and
the same month a van ..."), or where a sentence tells an event at an earlier month, season or year.
It runs to the end of its paragraph, or for a dated list to the next dated line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from incident_reader.core.facts import events
from incident_reader.core.facts.asides import in_noun_aside
from incident_reader.core.facts.lexicon import UNITS
from incident_reader.core.facts.measured import measured_incident
from incident_reader.core.facts.other_case import opens_other_case
from incident_reader.core.facts.text import Sentence, blind_lower
from incident_reader.core.facts.timex_filters import model_year
from incident_reader.core.facts.when import is_event_sentence, tells_a_sequel, tells_sequel
from incident_reader.core.model import Timex

# Phrases that re-use the previous background incident's time ("the same month").
SAME_TIME = re.compile(
    r"(?:^|\band\s+|[,;]\s*)(?P<phrase>(?:the|that)\s+same\s+(?:day|week|month|year)|"
    r"later\s+that\s+(?:day|week|month|year))\b",
    re.IGNORECASE,
)
_OPENER = re.compile(
    r"(?:^|[;:]\s*|,\s*(?:and|while|but)\s+|\band\s+|\bwhile\s+)"
    r"(?:(?:back\s+)?in|on|during|by|last|early|late|earlier)?\s*$",
    re.IGNORECASE,
)
_DATED_LINE = re.compile(r"\s*[:\-–—]\s")
_COARSE = re.compile(r"^(?:\d{4}|XXXX)(?:-(?:\d{2}|SP|SU|FA|AU|WI))?$|^\d{3}$")
_SINCE = re.compile(r"\b(?:since|until|for)\s*(?:the\s+)?$", re.IGNORECASE)
_OPENER_LEAD = re.compile(r"[;:,]?\s*(?:and|while|but)?\s*", re.IGNORECASE)
# An earlier year followed by "when" and a clause tells what happened then.
_WHEN_AFTER = re.compile(r"\s*,?\s*when\b", re.IGNORECASE)
_DECADE = re.compile(r"\d{3}")
_VALUE_PARTS = re.compile(r"^(\d{4}|XXXX)(?:-(\d{2}|SP|SU|FA|AU|WI|W\d{2}))?(?:-(\d{2}))?")
_INCIDENT_DATE = re.compile(r"^(?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2})?|-(?:SP|SU|FA|AU|WI))?")
MIN_DAYS_BEFORE = 7
# An incident told by its distance from this one: "comes two weeks after", "came just months
# after", "comes in the wake of"; and a series: "was the third in a month, after ...".
_QUANTITY = (
    r"(?:(?:just|only|barely|little|less|more|than|nearly|almost|some|about|over|under|a|an|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple|of|"
    r"\d+)\s+)*(?:(?:hours?|days?|weeks?|fortnight|months?|years?)\s+)?"
)
_COMES_AFTER = re.compile(
    rf"\b(?:comes?|came|coming)\s+{_QUANTITY}"
    r"(?P<after>after|on\s+the\s+heels\s+of|in\s+the\s+wake\s+of)\s",
    re.IGNORECASE,
)
_NTH_AFTER = re.compile(
    r"\b(?:is|was|marks?|marked)\s+(?:the\s+)?(?:second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th))\b[^.;:]{0,80}?,\s*"
    r"(?P<after>after|following)\s",
    re.IGNORECASE,
)
MAX_SUBJECT_WORDS = 6
# A police log's header: each stamped entry under it is a call of its own (a closed genre class).
_LOG_HEADER = re.compile(
    r"\b(?:blotter|(?:activity|incident|police|daily|dispatch|call)\s+log|calls\s+for\s+service"
    r"|police\s+(?:reports|briefs|beat))\b",
    re.IGNORECASE,
)
# The first words of _LOG_HEADER's matches: the header is looked for only where one stands (a
# plain search would try the pattern at every character of the text before the first stamp).
_LOG_FIRST_WORDS = ("blotter", "activity", "incident", "police", "daily", "dispatch", "call")
_RECALL_WORDS = ("after", "wake", "heels", "separate", "unrelated")  # one in every recall
# "a separate attack", "an unrelated incident": another incident, told in its own clause ("two
# separate attacks" may be the report's own).
_SEPARATE = re.compile(
    rf"\b(?:an?|another)\s+(?:separate|unrelated)\s+"
    rf"(?:{events.alternation(nouns=events.ONSET_NOUNS)})\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:and|but|while|whereas)\s+")
# A clause opened by an earlier time tells a background incident unless its first predicate within
# this reach tells a sequel ("In January, he was charged over the attack").
SEQUEL_REACH = 80
# A lead that tells a sequel (a sentence, an anniversary) of an incident of an earlier year tells
# the report's own incident: its earlier year opens no background incident.
LEAD_SENTENCES = 2
_GRAIN = re.compile(r"^\d{4}(?:-\d{2})?$")  # a year or a month: the grain a sequel dates by


def _stopped(sentence: str) -> bool:
    """Whether a sentence ends in a stop: a headline or a standfirst line without one is no
    sentence of the lead (a report's lead is its body's first sentences, whatever stands above)."""
    return sentence.rstrip().rstrip("\"'”’)")[-1:] in (".", "!", "?")


@dataclass(frozen=True, slots=True)
class Segment:
    """The stretch of text that tells of one background incident, and the time that opens it."""

    start: int
    end: int
    timex: Timex | None
    date: str | None
    sentence: Sentence
    later_days: int | None = None  # told as this many days after the report's own incident


def segments(
    text: str,
    sentences: Sequence[Sentence],
    per_sentence: Sequence[Sequence[Timex]],
    main_day: str | None,
) -> list[Segment]:
    """Background incidents in reading order (possibly none)."""
    found: list[tuple[int, Timex | None, str | None, Sentence, bool]] = []  # start, timex, date
    list_start: int | None = None  # within a dated list, only its dated lines open incidents
    own_years: set[str] = set()  # years of the incident a sequel in the lead is about
    undated: set[int] = set()  # incidents told only by their distance ("comes weeks after ...")
    later: dict[int, int] = {}  # incidents told as days after this one ("the next day")
    n = -1  # the lead's sentences counted: a headline or standfirst line (no stop) is none
    for s, inside in zip(sentences, per_sentence, strict=True):
        n += 1 if _stopped(s.text) else 0
        line_start = s.start == 0 or text[s.start - 1] == "\n"
        for t in inside:
            if model_year(text, t.start, t.end):
                continue  # "a 2003 Honda that collided with ...": no earlier incident
            dated = _is_dated_line(text, s, t, line_start)
            if dated and (main_day is None or _earlier(t.value, main_day, coarse=False)):
                found.append((s.start, t, t.value, s, True))
                list_start = s.start if list_start is None else list_start
                break
            if list_start is not None:
                continue
            before = text[s.start : t.start]
            opens = len(before) < 200 and _opener(before) is not None
            if (
                opens
                and _earlier(t.value, main_day, coarse=False)
                and not _since(before)
                and not tells_sequel(text[t.end : min(s.end, t.end + SEQUEL_REACH)])
            ):
                found.append((s.start + _clause_start(before), t, t.value, s, False))
            elif _COARSE.match(t.value) and _earlier(t.value, main_day, coarse=True):
                if n < LEAD_SENTENCES and _lead_sequel(s, before, t.start - s.start):
                    own_years.add(t.value[:4])
                    continue  # "X was sentenced over the crush that killed 159 ... in 2022"
                if t.value[:4] in own_years:
                    continue  # the year of the lead's own incident, told again
                if _in_plain_relative(s.text, t.start - s.start, t.end - s.start):
                    continue  # "X, who took over as prime minister in June, ...": no incident
                if _origin_of_thing(s.text, t.start - s.start, t.end - s.start):
                    continue  # "The bridge, built in 1962, gave way": the bridge's year
                if in_noun_aside(s.text, t.start - s.start, t.end - s.start):
                    continue  # "The DC-3, a model first flown in the 1930s, crashed"
                told = text[t.end : min(s.end, t.end + SEQUEL_REACH)]
                if opens and tells_sequel(told) and tells_a_sequel(told):
                    continue  # "In January, he was charged over the attack": the charge's month
                if is_event_sentence(s) and not _since(before):
                    own = _compared_clause(before)  # "the worst since the bombings of 2004"
                    found.append((s.start + own, t, t.value, s, False))
                elif _WHEN_AFTER.match(text, t.end) and is_event_sentence(text[t.end : s.end]):
                    found.append((t.start, t, t.value, s, False))  # "since 1987, when two died"
        if list_start is None and not (found and found[-1][3] is s):
            if (at := measured_incident(s.text)) is not None:  # "since the X bombings, which"
                then = next(
                    (
                        x
                        for x in inside
                        if x.start >= s.start + at and _earlier(x.value, main_day, coarse=False)
                    ),
                    None,
                )
                found.append((s.start + at, then, then.value if then else None, s, False))
        if list_start is None and _moves_to_another_case(s):
            found.append((s.start, None, None, s, False))
            undated.add(s.start)
        if list_start is None and any(w in s.lower for w in _RECALL_WORDS):
            recalled = recalled_after(s.text)
            if recalled is None and ("separate" in s.lower or "unrelated" in s.lower):
                recalled = separate_incident(s.text)
            if recalled is not None:
                distance = distance_date(s.text, main_day)  # "11 months after": that month
                if distance is None and (days := later_days(s.text[recalled:])) is not None:
                    later[s.start + recalled] = days  # "a separate attack the next day"
                found.append((s.start + recalled, None, distance, s, False))
                undated.add(s.start + recalled)
        if found and found[-1][3] is s:
            for m in SAME_TIME.finditer(s.text):
                found.append((s.start + m.start("phrase"), None, found[-1][2], s, False))
    if list_start is None:
        found.extend(_log_entries(text, sentences, per_sentence))
    if undated and list_start is not None:
        # a dated list names the earlier incidents: one told only by its distance inside it is
        # among them; one told before the list ("It comes 11 months after a bomb was left on a
        # train") is still another incident, and its facts are not the report's own
        found = [item for item in found if item[0] not in undated or item[0] < list_start]
    return [
        replace(seg, later_days=later[seg.start]) if seg.start in later else seg
        for seg in _close(text, _dedupe(found))
    ]


def own_coarse_date(
    text: str,
    sentences: Sequence[Sentence],
    per_sentence: Sequence[Sequence[Timex]],
    main_day: str | None,
) -> str | None:
    """The year or month a lead that tells a sequel gives its own incident, when it gives no day.

    A report of a trial, a sentence, a referral or an anniversary names the incident it is about
    by a year or a month only ("was sentenced over the crush that killed 159 ... in 2022", "a jury
    convicted the man in the 2017 bike path attack", "charged over a crowd crush in Seoul last
    October", "on trial over the collapse of August 2018"): that grain, the most precise the lead
    gives in its most often given year, is all it says of the incident's date; its own day (the
    DCT) is the sequel's. None when the lead gives none earlier than ``main_day``.
    """
    found: list[str] = []
    n = -1
    for s, inside in zip(sentences, per_sentence, strict=True):
        n += 1 if _stopped(s.text) else 0
        if n >= LEAD_SENTENCES:
            break
        for t in inside:
            if t.type != "DATE" or not _GRAIN.match(t.value) or model_year(text, t.start, t.end):
                continue
            if not _earlier(t.value, main_day, coarse=True):
                continue
            before = text[s.start : t.start]
            if _lead_sequel(s, before, t.start - s.start):
                found.append(t.value)
    if not found:
        return None
    year = Counter(v[:4] for v in found).most_common(1)[0][0]  # ties: the first told
    return max((v for v in found if v[:4] == year), key=len)


# Words of justice and inquiry beyond the court's verbs (LEGAL_SEQUEL_VERBS): a lead with one
# is about a later stage of an incident it may date by its year ("referred 20 officials to
# prosecutors over the crush last October", "an appeals court upheld", "the inquiry into").
_JUSTICE = re.compile(
    r"\b(?:prosecut(?:e|es|ed|ing|ion|ors?)|indict(?:s|ed|ment)?|courts?|hearings?|rul(?:ed|ing)"
    r"|appeal(?:s|ed)?|plead(?:s|ed)?|pled|lawsuits?|sued|inquiry|inquest|probe|acquitt(?:al|ed)"
    r"|fined|imprison(?:ed|ment)?|guilty|upheld|overturned)\b",
    re.IGNORECASE,
)
_PERSON_CLAUSE = re.compile(r",\s+(?:who|whose)\s", re.IGNORECASE)


def _lead_sequel(s: Sentence, before: str, at: int) -> bool:
    """Whether a lead sentence tells a later stage of the incident a time at ``at`` dates ("X
    was sentenced over the crush ... in 2022"), the time no yardstick ("the deadliest since
    2019") and not in a clause about a person ("A man, who was jailed in 2015 for assault,
    drove ...": his past, not the incident's year)."""
    if _since(before) or _compared_clause(before):
        return False  # "the deadliest since 2019, when ...": a yardstick, another incident
    opened = [m.end() for m in _PERSON_CLAUSE.finditer(s.text, 0, at)]
    if opened and "," not in s.text[opened[-1] : at]:
        return False
    return bool(tells_sequel(before) or tells_a_sequel(s.text) or _JUSTICE.search(s.text))


def _log_entries(
    text: str, sentences: Sequence[Sentence], per_sentence: Sequence[Sequence[Timex]]
) -> list[tuple[int, Timex | None, str | None, Sentence, bool]]:
    """The entries of a police log after the first that tells an event: each is its own incident.

    A blotter ("LAKEPORT POLICE BLOTTER", "Daily Activity Log") lists one call per stamped line:
    "12:52 a.m. - Officers responded to a report of a fight ...", then "7:40 a.m. - Vehicle crash
    at Route 9". The report's own incident is the first entry that tells one; a later entry's
    crash is another incident, not a later stage of the first.
    """
    first_stamp = next((s.start for s in sentences if s.stamped), None)
    if first_stamp is None or not _log_header_before(text, first_stamp):
        return []
    out: list[tuple[int, Timex | None, str | None, Sentence, bool]] = []
    told = False
    for s, inside in zip(sentences, per_sentence, strict=True):
        if not s.stamped:
            told = told or (s.start > first_stamp and is_event_sentence(s))
            continue
        stamp = inside[0] if inside and inside[0].start - s.start <= 1 else None
        if told:
            out.append((s.start, stamp, stamp.value if stamp else None, s, False))
        told = told or is_event_sentence(s)
    return out


def _log_header_before(text: str, end: int) -> bool:
    """Whether a log header stands before ``end`` (``_LOG_HEADER.search``, tried only at its
    first words)."""
    head = text[:end]
    lower = blind_lower(head)
    if len(lower) != len(head):
        return _LOG_HEADER.search(text, 0, end) is not None
    for word in _LOG_FIRST_WORDS:
        i = lower.find(word)
        while i != -1:
            if _LOG_HEADER.match(text, i, end):
                return True
            i = lower.find(word, i + 1)
    return False


# A new participant told indefinitely, first after the connective or after "after"/"when": "a
# man was stabbed", "after a cyclist was hit" (not "two officers were hurt when the crowd surged").
# (the connective may carry a phrase of its own first: "In another incident highlighting the
# state of the roads, a bus ...")
_NEW_PARTICIPANT = re.compile(
    r"^\W*[^,.;:!?]{1,100}?,\s+an?\s|\b(?:after|when|as)\s+an?\s", re.IGNORECASE
)


def _moves_to_another_case(s: Sentence) -> bool:
    """Whether a sentence opened by a connective of another case ("Meanwhile,", "Elsewhere,")
    tells a new event with a new participant, tied back to nothing of this one ("Meanwhile,
    police launched an inquiry after a man was stabbed in another town on Sunday")."""
    return (
        opens_other_case(s) and _NEW_PARTICIPANT.search(s.text) is not None and is_event_sentence(s)
    )


_SMALL = {word: n for word, n in UNITS.items() if 0 < n <= 12}  # "11 months", "three years"
_DISTANCE = re.compile(
    rf"\b(?P<n>\d{{1,3}}|an?|{'|'.join(_SMALL)})\s+"
    r"(?P<unit>day|week|month|year)s?\s+(?:after|on\s+the\s+heels\s+of|in\s+the\s+wake\s+of)\s",
    re.IGNORECASE,
)


_LATER_BY = re.compile(
    rf"\b(?:the\s+(?:next|following)\s+(?P<next>day|morning|afternoon|evening|night|week)"
    rf"|(?P<n>\d{{1,2}}|an?|{'|'.join(_SMALL)})\s+(?P<unit>day|week)s?\s+later)\b",
    re.IGNORECASE,
)


def later_days(clause: str) -> int | None:
    """How many days after this incident a clause tells another ("in a separate attack the
    next day": 1, "two weeks later": 14); None when it tells none."""
    m = _LATER_BY.search(clause)
    if not m:
        return None
    if m.group("next"):
        return 7 if m.group("next").lower() == "week" else 1
    word = m.group("n").lower()
    n = int(word) if word.isdigit() else 1 if word in ("a", "an") else _SMALL[word]
    return n * (7 if m.group("unit").lower() == "week" else 1)


def days_after(day: str | None, days: int | None) -> str | None:
    """``day`` moved on by ``days`` (None when either is missing or ``day`` is no full date)."""
    if not day or days is None or not re.match(r"\d{4}-\d{2}-\d{2}$", day):
        return None
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def distance_date(sentence: str, main_day: str | None) -> str | None:
    """The date an incident told by its distance from this one had, to the grain the distance
    is told in ("comes 11 months after" on 2018-08-14: 2018-09 less 11 months is 2017-09;
    "three years after": the year; "two weeks after": the day)."""
    m = _DISTANCE.search(sentence)
    if not m or not main_day or not re.match(r"\d{4}-\d{2}-\d{2}$", main_day):
        return None
    word = m.group("n").lower()
    n = int(word) if word.isdigit() else 1 if word in ("a", "an") else _SMALL[word]
    year, month, day = (int(x) for x in main_day.split("-"))
    unit = m.group("unit").lower()
    if unit == "year":
        return f"{year - n:04d}"
    if unit == "month":
        months = year * 12 + month - 1 - n
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    back = dt.date(year, month, day) - dt.timedelta(days=n * (7 if unit == "week" else 1))
    return back.isoformat()


def recalled_after(sentence: str) -> int | None:
    """Where an earlier incident told by its distance from this one starts, if one is told.

    "It comes two weeks after a teenager was stabbed ...", "The crash came just months after a
    coach overturned ...", "The attack was the third in a month, after a man was ...": the
    clause after "after" tells another incident. A subject that is a sequel ("The arrest came
    two days after the shooting") points back at the report's own incident instead.
    """
    m = _COMES_AFTER.search(sentence) or _NTH_AFTER.search(sentence)
    if m is None:
        return None
    subject = sentence[: m.start()]
    if len(subject.split()) > MAX_SUBJECT_WORDS or (subject.strip() and tells_sequel(subject)):
        return None
    rest = sentence[m.start("after") :]
    return m.start("after") if is_event_sentence(rest) else None


def separate_incident(sentence: str) -> int | None:
    """Where a clause telling a separate incident starts ("In a separate attack the next day, a
    woman was stabbed in X", "..., and a cyclist was hurt in an unrelated crash")."""
    m = _SEPARATE.search(sentence)
    if m is None:
        return None
    return max((b.end() for b in _CLAUSE_BREAK.finditer(sentence, 0, m.start())), default=0)


def _is_dated_line(text: str, s: Sentence, t: Timex, line_start: bool) -> bool:
    """A line opening "June 3, 2017: ..." (a calendar date, not a live-blog clock)."""
    calendar = t.type == "DATE" and "T" not in t.value
    return (
        calendar and line_start and t.start - s.start <= 1 and bool(_DATED_LINE.match(text, t.end))
    )


# A relative clause set off by commas: what it tells of its noun, at its own time.
_RELATIVE_OPEN = re.compile(r",\s+(?:who|which|whose)\s", re.IGNORECASE)
# An earlier incident named as the measure of this one: "the worst since the bombings of 2004":
# the incident's own clause starts after the comparison ("more than a hundred died in the 2004
# blast" counts the blast's dead: "than" opens no clause).
_COMPARED = re.compile(r"\bsince\s+(?=(?:the|a|an|that)\s)", re.IGNORECASE)


def _in_plain_relative(sentence: str, start: int, end: int) -> bool:
    """Whether a time stands in a relative clause set off by commas that tells no event ("Mr X,
    who became mayor in 2019, said", "the bridge, which was completed in 1967,"): a fact of
    its noun, no incident; a relative clause that tells one ("who was hurt in a crash in 2019")
    does not count."""
    opens = [m for m in _RELATIVE_OPEN.finditer(sentence, 0, start)]
    if not opens:
        return False
    begin = opens[-1].start() + 1
    if "," in sentence[begin:start] or ";" in sentence[begin:start]:
        return False
    close = sentence.find(",", end)
    clause = sentence[begin : close if close >= 0 else len(sentence)]
    return not is_event_sentence(clause.strip())


# A year that tells when a thing was made, not an event: a reduced relative set off by a comma
# ("The bridge, built in 1962, ...", ", completed in the 1970s"), "dating from/back to", or a
# noun's "from" ("a prefabricated block from the 1960s with 40 flats").
_ORIGIN_BEFORE = re.compile(
    r"(?:,\s+(?P<reduced>(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en|lt|wn)|made|set\s+up)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:in|around|during|from|by)\s+)"
    r"|\b(?:dating|dates|dated)\s+(?:back\s+)?(?:from|to)\s+"
    r"|(?<![\w'’-])(?P<noun>[a-z]{3,})\s+from\s+)"
    r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$",
    re.IGNORECASE,
)
# After a noun's "from" year the phrase ends: "from the 1960s, ...", "from 1974 with ..." (not
# "a survivor from the 1987 disaster", where the year names an event).
_ORIGIN_END = re.compile(
    r"\s*(?:[,.;:)]|$|(?:with|and|that|which|where|whose|in|on|at|near|of|by)\b)", re.IGNORECASE
)
_NO_NOUN = frozenset(("away", "back", "came", "fled", "moved", "ran", "apart", "far", "there"))


def _origin_of_thing(sentence: str, start: int, end: int) -> bool:
    """Whether a year tells when a thing was built or made ("The bridge, built in 1962,", "a
    block from the 1960s"), in words that tell no event: no incident of its own."""
    m = _ORIGIN_BEFORE.search(sentence, max(0, start - 60), start)
    if m is None:
        return False
    if m.group("reduced") is not None:
        return not is_event_sentence(m.group("reduced"))  # ", injured in 2019": an event
    noun = m.group("noun")
    if noun is not None and (
        noun.lower() in _NO_NOUN
        or noun.lower().endswith(("ed", "ly"))
        or not _ORIGIN_END.match(sentence, end)
    ):
        return False
    return True


def _compared_clause(before: str) -> int:
    """Where an earlier incident's own clause starts when the sentence measures this one by it
    ("The attack was the worst since the bombings of ..."): after the last "since" before its
    time; 0 when there is none (the sentence is the incident's)."""
    found = [m.end() for m in _COMPARED.finditer(before)]
    return found[-1] if found else 0


def _since(before: str) -> bool:
    return bool(_SINCE.search(before))


def _opener(before: str) -> re.Match[str] | None:
    """``_OPENER.search(before)``, tried only where one of its openings can start (the start, a
    ";", ":" or ",", an "and" or a "while"), found by substring search: the regex engine would
    try the openings at every character."""
    lower = before.lower()
    if len(lower) != len(before):
        return _OPENER.search(before)
    starts = {0}
    for mark in (";", ":", ",", "and", "while"):
        i = lower.find(mark)
        while i >= 0:
            starts.add(i)
            i = lower.find(mark, i + 1)
    for at in sorted(starts):
        if (m := _OPENER.match(before, at)) is not None:
            return m
    return None


def _clause_start(before: str) -> int:
    m = _opener(before)
    if not m:
        return 0
    lead = _OPENER_LEAD.match(m.group(0))
    return m.start() + (lead.end() if lead else 0)


def _earlier(value: str, main_day: str | None, coarse: bool) -> bool:
    """Whether a TIMEX3 value lies clearly before the main incident's day."""
    if not value or value.startswith(("P", "PRESENT", "PAST", "FUTURE")):
        return False
    if _DECADE.fullmatch(value):
        return True  # a decade
    m = _VALUE_PARTS.match(value)
    if not m:
        return False
    if main_day is None:
        return bool(m.group(2) and not m.group(3) and not coarse)  # "In February, ..."
    year, part, day = m.group(1), m.group(2), m.group(3)
    main_year, main_month = main_day[:4], main_day[5:7]
    if year == "XXXX":
        return bool(part and part.isdigit() and part != main_month and not day)
    if year < main_year:
        return True
    if year > main_year or part is None:
        return False
    if part.isdigit():
        if day is None:
            return part < main_month
        return _days_before(value[:10], main_day) >= MIN_DAYS_BEFORE
    season_start = {"WI": "01", "SP": "03", "SU": "06", "FA": "09", "AU": "09"}.get(part, "13")
    return season_start < main_month and part != "WI" and int(main_month) - int(season_start) > 3


def _days_before(day: str, main_day: str) -> int:
    from datetime import date

    try:
        return (date.fromisoformat(main_day[:10]) - date.fromisoformat(day)).days
    except ValueError:
        return 0


_CONTENT_WORD = re.compile(r"[a-z]{5,}")


def told_again(text: str, background: Sequence[Segment]) -> dict[int, int]:
    """Background incidents told twice: an incident told only by its distance ("It comes 11
    months after a bomb was left on a train") that a dated line of the report then tells again
    ("September 15, 2017: a bomb planted on a train ..."), as index -> index of the dated one.

    The two are one incident when the dated line's day lies within the distance's grain (the
    month or year it gives) and both tell it with two content words in common ("bomb", "train"
    are not enough alone: "train" and "station" recur across a list of attacks; two words are).
    """
    from incident_reader.core.facts.event_cues import FUNCTION_WORDS

    def words(seg: Segment) -> set[str]:
        found = _CONTENT_WORD.findall(text[seg.start : seg.end].lower())
        return {w for w in found if w not in FUNCTION_WORDS}

    out: dict[int, int] = {}
    for i, seg in enumerate(background):
        if seg.timex is not None or not seg.date:
            continue
        mine = words(seg)
        for j, other in enumerate(background):
            if (
                other.timex is not None
                and other.date
                and other.date != seg.date
                and other.date.startswith(seg.date)
                and len(mine & words(other)) >= 2
            ):
                out[i] = j
                break
    return out


def _dedupe(
    found: list[tuple[int, Timex | None, str | None, Sentence, bool]],
) -> list[tuple[int, Timex | None, str | None, Sentence, bool]]:
    out: list[tuple[int, Timex | None, str | None, Sentence, bool]] = []
    for item in sorted(found, key=lambda f: f[0]):
        if out and out[-1][3] is item[3] and not item[4] and item[0] - out[-1][0] < 40:
            continue
        out.append(item)
    return out


def _close(
    text: str, found: list[tuple[int, Timex | None, str | None, Sentence, bool]]
) -> list[Segment]:
    """Give each background incident its end: the next one, or its paragraph's end."""
    out: list[Segment] = []
    dated_list = any(item[4] for item in found)
    for i, (start, timex, date, sentence, dated) in enumerate(found):
        nxt = found[i + 1][0] if i + 1 < len(found) else len(text)
        if dated and dated_list:
            end = nxt
        else:
            para = text.find("\n", sentence.end)
            end = min(nxt, para if para != -1 else len(text))
        out.append(Segment(start, end, timex, _incident_date(date), sentence))
    return out


def _incident_date(value: str | None) -> str | None:
    if not value:
        return None
    m = _INCIDENT_DATE.match(value)
    return m.group(0) if m else None
