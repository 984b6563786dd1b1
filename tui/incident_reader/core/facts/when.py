"""When: the incident's date and clock time, and the clause each timeline entry anchors.

A time expression dates the incident when the nearest cue word in its sentence tells the incident
happening ("derailed", "the blast happened", "the first 999 call") rather than something after it
("arrested", "said", "reopened", "a statement issued").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.text import REPORTING, Sentence, WordGate, WordScan
from incident_reader.core.model import TextSpan, Timex

DATE = "incident.date"
TIME = "incident.time"

# Words telling the incident itself (its onset or its toll).
EVENT_CUES: tuple[str, ...] = (
    r"happened", r"occurred", r"opened fire", r"gunfire", r"shots? (?:were |was )?fired",
    r"took place", r"broke out", r"took hold", r"started", r"began", r"exploded", r"explosion",
    r"blast", r"derail\w*", r"left the (?:tracks|rails|road)", r"crash(?:ed)?", r"collided",
    r"collision", r"attack(?:ed)?", r"stabb(?:ed|ing)", r"shooting", r"shot", r"destroyed",
    r"ploughed", r"plowed", r"rammed", r"mounted", r"driven into", r"drove into",
    r"turned (?:off|into)", r"swept", r"washed", r"entered", r"careering", r"driving erratically",
    r"struck", r"hit", r"smash(?:ed|ing)", r"fire", r"blaze", r"incident", r"unfolded",
    r"calls?(?: came in)?", r"were called",
    r"was called",
    r"raised the alarm", r"alarm was raised", r"alerted", r"killed", r"died", r"dead", r"drowned",
    r"injured", r"hurt", r"wounded", r"injuring", r"seen", r"went in", r"jumped", r"plowed",
    r"stabbing", r"killing", r"drove", r"driven", r"dispatched", r"scrambled",
)  # fmt: skip
# Event cues that tell the toll rather than the onset: a live-blog entry reporting a toll is no
# evidence that its stamp is the incident's time.
CASUALTY_CUES: tuple[str, ...] = (
    r"killed", r"died", r"dead", r"drowned", r"injured", r"hurt", r"wounded", r"injuring",
    r"killing",
)  # fmt: skip
# Words telling what came after (arrests, statements, reopening): a time near them is not the
# incident's.
AFTER_CUES: tuple[str, ...] = (
    r"arrested", r"detained", r"charged", r"custody", r"court", r"appear", r"said", r"says",
    r"told", r"statement", r"issued", r"reopened", r"re-opened", r"rescued", r"recovered",
    r"released", r"declared", r"under control", r"meeting", r"patrols?", r"vigil", r"expected",
    r"will", r"due", r"went ahead", r"update", r"closing", r"since", r"between", r"until",
    r"pronounced", r"discharged", r"remain(?:s|ed)?", r"condition", r"inspect\w*", r"named",
    r"trading", r"collapsed", r"which", r"later", r"hospital", r"funeral", r"inquest",
    r"guilty", r"sentenced", r"jailed", r"trial",
)  # fmt: skip
_SAYING = re.compile(r"said|says|told|statement|issued", re.IGNORECASE)
_ONSET = re.compile(
    rf"(?<![\w-])(?:{'|'.join(c for c in EVENT_CUES if c not in CASUALTY_CUES)})(?![\w-])",
    re.IGNORECASE,
)
_EVENT = re.compile(rf"(?<![\w-])(?:{'|'.join(EVENT_CUES)})(?![\w-])", re.IGNORECASE)
_EVENT_SCAN = WordScan(_EVENT, EVENT_CUES)
_SCENE_GATE = WordGate((*EVENT_CUES, "scene", "site"))
_SCENE = re.compile(r"\b(?:scene|site)\b", re.IGNORECASE)
_AFTER = re.compile(rf"(?<![\w-])(?:{'|'.join(AFTER_CUES)})(?![\w-])", re.IGNORECASE)
_AFTER_SCAN = WordScan(_AFTER, AFTER_CUES)
_LEAD = re.compile(
    r"(?:(?<!\w)(?:at|on|from|in|by|during)\s+)?(?:(?<!\w)(?:around|about|approximately|roughly|shortly|just|"
    r"some\s+time|sometime|soon)\s+)?(?:(?:after|before)\s+)?$",
    re.IGNORECASE,
)
_CLOCK_VALUE = re.compile(r"T(\d{2}):(\d{2})")
_DAY_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_STAMP_END = re.compile(r"\s*[\d.:]+\s*(?:[ap]\.?m\.?)?\s*[:\-–—]\s*")
MAX_CUE_DISTANCE = 90
MIN_CLAUSE_WORDS = 3
# Where a sentence's clauses meet: "; ", " - ", ", and ...", ", but ...", ", while ...".
_CLAUSE_BREAK = re.compile(
    r";\s+|\s[-–—]\s|,\s+(?=(?:and|but|while|whereas|although|though|before|after|when)\b)"
)


def is_event_sentence(text: str) -> bool:
    """Whether a sentence tells the incident itself (used to pick background incidents)."""
    return bool(_EVENT.search(text))


def is_scene_sentence(sentence: Sentence) -> bool:
    """Whether a sentence tells the incident or its scene (used to pick places)."""
    if not _SCENE_GATE.passes(sentence):
        return False
    return bool(_EVENT_SCAN.search(sentence) or _SCENE.search(sentence.text))


def incident_times(
    sentence: Sentence, timexes: Sequence[Timex], dct_day: str | None
) -> list[Found]:
    """incident.date and incident.time facts: time expressions the incident's own words anchor."""
    out: list[Found] = []
    text, base = sentence.text, sentence.start
    cues: list[tuple[int, int, bool, bool]] | None = None
    for t in timexes:
        lo, hi = t.start - base, t.end - base
        stamp = sentence.stamped and lo <= 1
        if stamp:
            # A stamp says when an entry was written; it times the incident only when the entry
            # tells the event itself and gives no other time for it.
            body = text[hi:]
            if not _ONSET.search(body) or REPORTING.search(body) or len(timexes) > 1:
                continue
        else:
            if cues is None:
                cues = _cues(sentence)
            if not _anchored_by_event(cues, lo, hi):
                continue
        clock = _CLOCK_VALUE.search(t.value)
        day = _DAY_VALUE.match(t.value)
        lead = _LEAD.search(text[max(0, lo - 40) : lo])
        start = t.start - (len(lead.group(0)) if lead and not stamp else 0)
        if clock:
            value = f"{clock.group(1)}:{clock.group(2)}"
            out.append(Found(TIME, value, start, t.end))
        elif day and t.type in ("DATE", "TIME"):
            if dct_day and day.group(1) > dct_day:
                continue  # a future date is never when the incident happened
            out.append(Found(DATE, day.group(1), start, t.end))
    return out


def _cues(sentence: Sentence) -> list[tuple[int, int, bool, bool]]:
    """Event and after cues of a sentence: (start, end, is_event, is_saying)."""
    return [
        (m.start(), m.end(), is_event, bool(_SAYING.fullmatch(m.group(0))))
        for scan, is_event in ((_EVENT_SCAN, True), (_AFTER_SCAN, False))
        for m in scan.finditer(sentence)
    ]


def _anchored_by_event(cues: Sequence[tuple[int, int, bool, bool]], lo: int, hi: int) -> bool:
    """Whether the nearest cue around a time expression is an event cue, not an after cue."""
    best: tuple[int, bool] | None = None
    for start, end, is_event, saying in cues:
        if lo <= start < hi:
            continue
        distance = lo - end if end <= lo else start - hi
        if distance < 0 or distance > MAX_CUE_DISTANCE:
            continue
        if not is_event and saying and (end > lo or distance > 15):
            continue  # "..., police said." frames the sentence; "said on Monday" dates a saying
        # A cue after the time in the same clause weighs a little less than one before it.
        weight = distance if end <= lo else distance + 5
        if best is None or weight < best[0] or (weight == best[0] and not is_event):
            best = (weight, is_event)
    return bool(best and best[1])


def event_span(sentence: Sentence, timex: Timex) -> TextSpan:
    """The clause a timeline entry anchors: its sentence, without a live-blog stamp."""
    start, end = sentence.start, sentence.end
    if sentence.stamped and timex.start - sentence.start <= 1:
        rest = sentence.text[timex.end - sentence.start :]
        skip = len(rest) - len(rest.lstrip(" :.-–—\t"))
        start = timex.end + skip
    elif sentence.stamped:
        stamp_end = _STAMP_END.match(sentence.text)
        if stamp_end:
            start = sentence.start + stamp_end.end()
    if start >= end:
        start, end = sentence.start, sentence.end
    start, end = _clause(sentence, timex, start, end)
    return TextSpan(start, end, sentence.text[start - sentence.start : end - sentence.start])


def _clause(sentence: Sentence, timex: Timex, start: int, end: int) -> tuple[int, int]:
    """Narrow a span to the clause holding the time expression, unless that leaves too little."""
    base = sentence.start
    cuts = [
        (base + m.start(), base + m.end())
        for m in _CLAUSE_BREAK.finditer(sentence.text, start - base, end - base)
    ]
    lo = max((e for s, e in cuts if e <= timex.start), default=start)
    hi = min((s for s, e in cuts if s >= timex.end), default=end)
    words = len(sentence.text[lo - base : hi - base].split()) - len(timex.text.split())
    if words < MIN_CLAUSE_WORDS:
        return start, end
    return lo, hi
