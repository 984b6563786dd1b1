"""Internal conflicts: one report stating the same fact of one incident incompatibly.

Tolerances follow the report-pairs README: clock times 10+ minutes apart conflict; counts and age
bands conflict when their ranges do not overlap (a year's slack for ages); vehicles conflict on a
different colour or model; dates on a different day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial

from incident_reader.core.facts.lexicon import (
    GROUP_WORDS,
    ORDINALS,
    SERVICE_NOUNS,
    TENS,
    UNITS,
    VAGUE,
    VEHICLE_NOUNS,
)
from incident_reader.core.facts.log_entries import entry_headers, logged
from incident_reader.core.facts.revisions import stood_by
from incident_reader.core.facts.scoped_counts import as_part, one_site
from incident_reader.core.facts.vocabulary import COLOURS, MAKES, MODELS, SHADES, makes_in
from incident_reader.core.model import Fact, FactValue, InternalConflict

TIME_TOLERANCE_MINUTES = 10
SPEED_TOLERANCE_MPH = 5
AGE_SLACK = 1
DAY_MINUTES = 24 * 60
STEP_KINDS = ("casualties.killed", "casualties.injured", "casualties.hospitalised", "arrests")
# Kinds compared as ranges, with the slack two ranges may miss each other by (see compatible).
RANGE_SLACK: dict[str, float] = {"speed": SPEED_TOLERANCE_MPH, "suspect.age": AGE_SLACK,
                                 **dict.fromkeys(STEP_KINDS, 0)}  # fmt: skip
# Kinds whose statements are compared; several names or places are often several people or sites.
COMPARED_KINDS: tuple[str, ...] = (
    "incident.date", "incident.time", "casualties.killed", "casualties.injured",
    "casualties.hospitalised", "vehicle", "suspect.age", "arrests", "speed",
)  # fmt: skip


def internal_conflicts(
    facts: Sequence[Fact], incident: str, text: str = ""
) -> tuple[InternalConflict, ...]:
    """For each kind stated incompatibly about ``incident``: every statement of that kind; a count
    the report tells itself as revised ("Earlier we reported 12 ... has risen to 14", read from
    ``text`` as the comparer reads it) is a revision that stands by one of them, no conflict.

    Linear in the statements (a report repeating one sentence 10,000 times took 15 s when every
    pair was compared): equal values are compared once, and ranges and clock times, whose
    compatibility has a shape, are judged from their extremes (``clashes``).
    """
    out: list[InternalConflict] = []
    by_kind: dict[str, list[int]] = {kind: [] for kind in COMPARED_KINDS}
    for i, f in enumerate(facts):
        if f.incident == incident and f.kind in by_kind:
            by_kind[f.kind].append(i)
    for kind, idx in by_kind.items():
        steps = running_totals([facts[i] for i in idx])
        clash = clashes(kind, [_as_told(facts[i], text) for i in idx], steps)
        if clash and kind == "suspect.age" and _several_arrested(facts, incident):
            continue  # several suspects: different ages are different people
        if clash and text and kind in STEP_KINDS:
            told = [facts[i] for i in idx]
            stands = stood_by(told, text, partial(_told_clash, kind))
            if stands is not None:
                at = idx[told.index(stands)]
                out.append(InternalConflict(kind, tuple(idx), "revised", at))
                continue
            logged_at = _logged_moments(kind, facts, idx, text)
            if logged_at is not None:  # a log's figure of its moment ("2:40pm: ... killing three")
                out.append(InternalConflict(kind, tuple(idx), "revised", logged_at))
                continue
        if clash:
            out.append(InternalConflict(kind=kind, facts=tuple(idx)))
    return tuple(out)


def _logged_moments(kind: str, facts: Sequence[Fact], idx: Sequence[int], text: str) -> int | None:
    """The report's own figure (the index of its first statement outside the log), when the
    statements that clash with it are told inside a minute-by-minute log's entries ("2:40pm: The
    car veers ..., killing three" beside the lead's "killed five"): each such figure is the count
    at its moment, not a second total. None when the figures outside the log clash themselves,
    or none is outside it, or the report keeps no log."""
    headers = entry_headers(text)
    if not headers:
        return None
    outside = [i for i in idx if not logged(facts[i].start, text, headers)]
    if not outside or len(outside) == len(idx) or clashes(kind, [facts[i].value for i in outside]):
        return None
    return outside[0]


def _as_told(fact: Fact, text: str) -> FactValue:
    """A statement's value as a claim on the report's total: one hospital's count ("X Hospital
    treated 31") is a part, so the total is at least that (``scoped_counts``); so is a count the
    report made by naming people (``named_only``)."""
    return as_part(fact.value) if one_site(fact, text) or named_only(fact) else fact.value


def named_only(fact: Fact) -> bool:
    """Whether a casualty count was made by naming the people, with no numeral of its own ("Ann
    Coles, Bill Avery and Tom Reddy died at the scene": 3). Those named are the ones the report
    names, not its total: "killed four" with three named beside "a 75-year-old man died later"
    is no contradiction; three named against "two were killed" still is (a part above the whole).
    Ages beside the names ("Sean Kerr, 34, ...") are no numeral of the count."""
    if not fact.kind.startswith("casualties.") or not isinstance(fact.value, int):
        return False
    return fact.value > 1 and not _NUMERAL.search(_AGES.sub(" ", fact.text))


def _told_clash(kind: str, told: Sequence[Fact]) -> bool:
    return clashes(kind, [f.value for f in told])


def clashes(kind: str, values: Sequence[FactValue], steps: frozenset[int] = frozenset()) -> bool:
    """Whether some two of ``values`` are incompatible (``compatible``), in linear time.

    Ranges (counts, ages, speeds) all overlap pairwise exactly when the highest low end is within
    the slack of the lowest high end of another value (intervals on a line); clock times are all
    within the tolerance exactly when they fit in an arc shorter than it. Other kinds, and counts
    announced as running totals, compare their distinct values pairwise.
    """
    distinct = list({_value_key(v): v for v in values}.values())
    if len(distinct) < 2:
        return False
    if kind == "incident.time":
        return _arc([_minutes(str(v)) for v in distinct]) >= TIME_TOLERANCE_MINUTES
    slack = RANGE_SLACK.get(kind)
    if slack is not None and not (steps and kind in STEP_KINDS):
        return _ranges_clash([as_range(v) for v in distinct], slack)
    return any(
        not compatible(kind, a, b, steps) for n, a in enumerate(distinct) for b in distinct[n + 1 :]
    )


def _value_key(value: FactValue) -> object:
    return tuple(sorted(value.items())) if isinstance(value, dict) else (type(value), value)


def _ranges_clash(ranges: Sequence[tuple[float, float]], slack: float) -> bool:
    """Whether two of the ranges (of distinct values) fail to overlap within ``slack``."""
    by_low = sorted(range(len(ranges)), key=lambda i: -ranges[i][0])[:2]
    by_high = sorted(range(len(ranges)), key=lambda i: ranges[i][1])[:2]
    return any(ranges[a][0] - slack > ranges[b][1] for a in by_low for b in by_high if a != b)


def _arc(minutes: Sequence[int]) -> int:
    """The shortest arc of the 24-hour clock that holds every time, in minutes."""
    points = sorted(set(minutes))
    gaps = [b - a for a, b in zip(points, points[1:], strict=False)]
    gaps.append(points[0] + DAY_MINUTES - points[-1])
    return DAY_MINUTES - max(gaps)


def _several_arrested(facts: Sequence[Fact], incident: str) -> bool:
    return any(
        f.kind == "arrests" and f.incident == incident and as_range(f.value)[0] > 1 for f in facts
    )


def running_totals(facts: Sequence[Fact]) -> frozenset[int]:
    """Counts a report gives as a step of a running total ("a third person has died": 3).

    Such a count says the figure has just gone up from one less, so it revises the report's own
    earlier figure rather than contradicting it.
    """
    steps = set()
    for f in facts:
        if isinstance(f.value, int):
            said = {ORDINALS.get(w.lower()) for w in _ORDINAL_WORD.findall(f.text)}
            if f.value in said:
                steps.add(f.value)
    return frozenset(steps)


def compatible(kind: str, a: FactValue, b: FactValue, steps: frozenset[int] = frozenset()) -> bool:
    """Whether two values of one kind can both be true (the README's tolerances).

    Two exact counts also agree when the report announces every step between them as a running
    total (``steps``): "two died", "a third person has died", "a fourth has died" are one story.
    """
    if kind == "incident.time":
        return _minutes_apart(str(a), str(b)) < TIME_TOLERANCE_MINUTES
    if kind == "vehicle":
        return _vehicles_compatible(str(a), str(b))
    if kind == "speed":
        ra, rb = as_range(a), as_range(b)
        return _overlap(ra, rb, SPEED_TOLERANCE_MPH)
    if kind == "suspect.age":
        return _overlap(as_range(a), as_range(b), AGE_SLACK)
    if kind.startswith("casualties.") or kind == "arrests":
        if isinstance(a, int) and isinstance(b, int) and a != b and steps:
            return all(n in steps for n in range(min(a, b) + 1, max(a, b) + 1))
        return _overlap(as_range(a), as_range(b), 0)
    return _norm(a) == _norm(b)


def as_range(value: FactValue) -> tuple[float, float]:
    """A count, age or speed value as (low, high); open ends are infinite."""
    if isinstance(value, int):
        return float(value), float(value)
    if isinstance(value, dict):
        low, high = value.get("min"), value.get("max")
        return (
            float(low) if low is not None else float("-inf"),
            float(high) if high is not None else float("inf"),
        )
    return float("-inf"), float("inf")


def _overlap(a: tuple[float, float], b: tuple[float, float], slack: float) -> bool:
    return a[0] - slack <= b[1] and b[0] - slack <= a[1]


_SHADES = frozenset(SHADES)
_GENERIC = frozenset((*COLOURS, *SHADES, *MAKES, *VEHICLE_NOUNS, *SERVICE_NOUNS))
_COUNT_WORDS = sorted((*UNITS, *TENS, *GROUP_WORDS, *VAGUE, *ORDINALS), key=len, reverse=True)
_NUMERAL = re.compile(rf"\d|\b(?:{'|'.join(map(re.escape, _COUNT_WORDS))})\b", re.IGNORECASE)
# An age beside a name: "Sean Kerr, 34,", "(41)", "a 75-year-old", "aged 29".
_AGES = re.compile(
    r",\s*\d{1,3}(?=\s*(?:,|\)|\band\b|$))|\(\d{1,3}\)|\d{1,3}-year-old|\baged\s+\d{1,3}",
    re.IGNORECASE,
)
_ORDINAL_WORD = re.compile(rf"\b(?:{'|'.join(ORDINALS)})\b", re.IGNORECASE)
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")
_PUNCTUATION = re.compile(r"[^\w\s]")


def _minutes(value: str) -> int:
    m = _CLOCK.match(value)
    return (int(m.group(1)) * 60 + int(m.group(2))) % DAY_MINUTES if m else 0


def _minutes_apart(a: str, b: str) -> int:
    d = abs(_minutes(a) - _minutes(b))
    return min(d, DAY_MINUTES - d)


def _vehicles_compatible(a: str, b: str) -> bool:
    wa, wb = set(_norm(a).split()), set(_norm(b).split())
    if wa <= wb or wb <= wa:
        return True
    ca, cb = _colours(wa), _colours(wb)
    if ca and cb and ca != cb:
        return False
    sa, sb = wa & _SHADES, wb & _SHADES
    if sa and sb and sa != sb:
        return False  # "dark blue" against "light blue"
    ma, mb = _makes(_norm(a)), _makes(_norm(b))
    if ma and mb and ma != mb:
        return False
    na = {w for w in wa if w.isdigit()}
    nb = {w for w in wb if w.isdigit()}
    if na and nb and na != nb:
        return False  # "train 412" against "train 413"
    generic = _GENERIC | na | nb
    # Models conflict only between descriptions of the same make ("astra" against "corsa").
    ra, rb = wa - generic - _make_words(a), wb - generic - _make_words(b)
    return not (ra and rb and ra != rb and ma and ma == mb)


def _colours(words: set[str]) -> set[str]:
    """The colours named, as one name each ("gray" is "grey")."""
    return {COLOURS[w] for w in words if w in COLOURS}


def _makes(value: str) -> set[str]:
    """The makes a description names, a model standing for its make ("transit" is a Ford)."""
    words = value.split()
    return {make for _, make in makes_in(words)} | {MODELS[w] for w in words if w in MODELS}


def _make_words(value: str) -> set[str]:
    """The words that spell a make ("land", "rover"), so they are not read as a model."""
    words = _norm(value).split()
    out: set[str] = set()
    for last, _ in makes_in(words):
        out.add(words[last])
        if last and f"{words[last - 1]} {words[last]}" in MAKES:
            out.add(words[last - 1])
    return out


def _norm(value: FactValue) -> str:
    return _PUNCTUATION.sub("", str(value).lower()).strip()
