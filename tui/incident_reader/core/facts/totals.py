"""Counts across a report's sentences: single victims, parts of a set and hospital transfers give
way to the larger count of the same incident."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from incident_reader.core.facts.figures import resolve_figures
from incident_reader.core.facts.headline_counts import bounded_headlines
from incident_reader.core.facts.injury_shares import drop_injury_shares
from incident_reader.core.facts.lexicon import (
    VAGUE,
)
from incident_reader.core.facts.named_companions import named_companions
from incident_reader.core.facts.numbers import COUNT, ORDINAL, _alt, ordinal_value, parse_count
from incident_reader.core.facts.set_parts import is_share_of_set
from incident_reader.core.model import Fact

_NUMERAL = re.compile(r"(?:\d|one\b)", re.IGNORECASE)  # "1 person", "One man": a count said


# A hospital count after a larger one that moves some of those already there, or names a share
# of them: "One was later airlifted to a spinal unit", "One was flown by helicopter to X" (a bare
# "one" after a larger count), "five of them were referred to the district
# hospital", "One of them was flown to the children's hospital" ("Eleven of them were taken to
# hospital" may follow a count that only needed treatment, and stays).
_TRANSFER = re.compile(
    r"\b(?:later|subsequently|afterwards|then|transferred|referred|moved)\b"
    # a share of them: "one of them", "four of whom were admitted" (kept there: some of those
    # counted there; "eleven of them were taken to X" after "needed hospital care" is the count)
    r"|^one\s+of\s+(?:them|whom)\b"
    rf"|^{COUNT}\s+of\s+(?:them|whom)\s+(?:were|was|are|had\s+been|have\s+been|remain(?:ed)?)\s+"
    r"(?:\w+ly\s+)?(?:admitted|kept|detained|hospitali[sz]ed)\b"
    # a bare "One was flown by helicopter to ...": one of those just counted (no noun of its own)
    r"|^one\s+(?:was|had\s+been|has\s+been)\s",
    re.IGNORECASE,
)
HOSPITALISED = "casualties.hospitalised"


# "Three other passengers were taken by road to X" right after another hospital count: more.
_OTHERS = re.compile(rf"(?P<n>{COUNT})\s+other(?:s\b|\s+(?-i:[a-z]))", re.IGNORECASE)


# One person of another party than those counted before: "The driver of the other vehicle, a
# 31-year-old man, was taken to hospital" (an of-phrase naming the other vehicle or side).
_OF_THE_OTHER = re.compile(r"^\S+(?:\s+\S+)?\s+of\s+the\s+other\s+(?-i:[a-z])", re.IGNORECASE)
INJURED_KIND = "casualties.injured"
KILLED_KIND = "casualties.killed"
# "A second woman was flown to X" counted as one more (an ordinal read as the running total,
# "A third patient was treated" = 3, is already the sum and adds nothing).
_ORDINAL_MORE = re.compile(
    rf"an?\s+(?:{ORDINAL})\s+(?-i:[a-z])",
    re.IGNORECASE,
)
# A negation after the count ("Another man was also treated at the scene but didn't require
# hospital treatment"): the sentence tells who was NOT taken, so it adds no one.
_NEGATED_LATER = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.IGNORECASE)
# More people of the same kind, marked as such in the count's own words: "His passenger was also
# taken to hospital", "Another man was hurt" (not a pronoun's "He was also taken to hospital": the
# same person may be told again; not an ordinal's "A third patient was treated", whose count is
# already the running total).
_ALSO_MORE = re.compile(
    r"^another\s+(?-i:[a-z])"
    r"|^(?!(?:he|she|they|it|both|all|each|those|these|the\s+(?:injured|wounded|hurt|victims?)"
    rf"|an?\s+(?:{ORDINAL}))\s)"
    # (an age between commas may follow the subject: "The coachman, 48, was also hurt")
    r"(?:[^,.;:]|,\s*(?:aged\s+)?\d{1,3}\s*,){1,60}?\s(?:was|were|has\s+been|have\s+been|had\s+been"
    r"|is|are)\s+also\s",
    re.IGNORECASE,
)


def _others_added(facts: Sequence[Fact]) -> list[Fact]:
    """Hospital counts of "N other(s)" told right after another hospital count of the incident
    (the sentence before): "A woman was flown to X. Three other passengers were taken by road to
    Y" took four to hospital (the value is the sum, the evidence the second count's). So does one
    person of the other party, for the hurt too: "Two people were taken to hospital with serious
    injuries. The driver of the other vehicle was taken to hospital with minor injuries" (three),
    and a count marked as more ("His passenger was also taken to hospital", ``_ALSO_MORE``)."""
    out = list(facts)
    last: dict[tuple[str, str], int] = {}
    dead_at: dict[str, int] = {}  # where the latest death count of each incident ends
    for i in sorted(range(len(out)), key=lambda i: out[i].start):
        f = out[i]
        if f.kind == KILLED_KIND:
            dead_at[f.incident] = f.end
        if f.kind not in (HOSPITALISED, INJURED_KIND):
            continue
        before = last.get((f.kind, f.incident))
        if before is not None and dead_at.get(f.incident, -1) > out[before].end:
            # "Four were taken to hospital. The man died at the scene. Four others were taken
            # by ambulance": told right after a death, the others are those besides the dead
            before = None
        m = _OTHERS.match(f.text) if f.kind == HOSPITALISED else None
        n = parse_count(m.group("n")) if m else None
        if n is None and f.value == 1 and _OF_THE_OTHER.match(f.text):
            n = 1
        if (
            n is None
            and isinstance(f.value, int)
            and (_ALSO_MORE.search(f.text) or (f.value == 1 and _ORDINAL_MORE.match(f.text)))
            and not _NEGATED_LATER.search(f.text)
        ):
            n = f.value
        if before is not None and n is not None and isinstance(f.value, int):
            prev = out[before]
            if isinstance(prev.value, int) and n == f.value and 0 <= f.start - prev.end < 400:
                out[i] = replace(f, value=prev.value + f.value)
        last[(f.kind, f.incident)] = i
    return out


# One person's wound told as survived ("was shot and stabbed multiple times"), the way a victim's
# wounds are told next to her death in the sentence before or after ("X is murdered. The
# mother-of-two, 41, was shot and stabbed ...").
_WOUND_VERB = re.compile(r"\b(?:stabbed|slashed|shot|knifed|gored)\b", re.IGNORECASE)
# An indefinite or possessed subject brings in another person ("A man was shot dead. A woman / His
# brother was shot in the leg"): only a definite one ("The mother-of-two", "She") can be the dead
# told again.
_NEW_PERSON = re.compile(
    r"(?:an?|another|one|two|three|\d+|his|her|their|the\s+other)\s", re.IGNORECASE
)
_DEATH_NEAR = 300  # characters: the sentence before or after


def _wounds_of_the_dead(facts: Sequence[Fact]) -> list[Fact]:
    """Without one person's wound, told of a definite subject, where the same incident tells one
    death right beside it: the wounded is the dead (the per-sentence rule sees no death in the
    wound's own sentence)."""
    deaths = [f for f in facts if f.kind == KILLED_KIND and f.value == 1]
    if not deaths:
        return list(facts)
    return [
        f
        for f in facts
        if not (
            f.kind == INJURED_KIND
            and f.value == 1
            and _WOUND_VERB.search(f.text)
            and not _NEW_PERSON.match(f.text)
            and any(
                d.incident == f.incident
                and (0 <= f.start - d.end < _DEATH_NEAR or 0 <= d.start - f.end < _DEATH_NEAR)
                for d in deaths
            )
        )
    ]


# A zero said of some people only, or of another occasion: "All three survived" (a mother and her
# children), "everyone in the second car escaped unhurt", "No one was hurt then / at the time",
# "No one was hurt in the other car / aboard the helicopter".
_ZERO_OF_A_PART = re.compile(
    r"\b(?:survived|escaped\s+alive|unhurt|uninjured|unharmed|unscathed|declined|refused)\b"
    r"|\b(?:hurt|injured|killed|harmed|died)\s+(?:in|on|aboard|inside|among)\s+"
    r"(?:the|an?|that|this|its|their)\s"
    r"|\b(?:then|at\s+the\s+time|on\s+that\s+occasion)\s*[.;]?$",
    re.IGNORECASE,
)


def _zeros_of_a_part(facts: Sequence[Fact], text: str) -> list[Fact]:
    """Without the zero counts told of a group's survival or of another occasion (the words to
    the sentence's end) where the same incident counts some of that kind: the survivors are a
    part of those there, not all."""
    zeros = {
        id(f)
        for f in facts
        if f.value == 0 and _ZERO_OF_A_PART.search(f.text + _rest_of_sentence(text, f.end))
    }
    if not zeros:
        return list(facts)
    some = {(f.kind, f.incident) for f in facts if count_low(f) > 0}
    return [f for f in facts if not (id(f) in zeros and (f.kind, f.incident) in some)]


_SENTENCE_REST = re.compile(r"[^.;!?\n]*[.;!?]?")


def _rest_of_sentence(text: str, at: int) -> str:
    """The words from ``at`` to its sentence's end ("" past the text)."""
    rest = _SENTENCE_REST.match(text, at)
    return rest.group(0) if rest else ""


# A count still in hospital, later: "Two remain in hospital", "The driver is still in hospital".
_STILL = re.compile(r"\b(?:still|remains?|remained)\b", re.IGNORECASE)


def _still_beside_taken(facts: Sequence[Fact]) -> list[Fact]:
    """Without the hospital counts of those still there: the gold counts those taken to hospital,
    and a later state ("The driver remains in hospital", "the four wounded are still in hospital",
    "Anna remains warded") is never that number. A state told after the count's own predicate
    ("Three others were injured and remain admitted at X") stays where the report tells no other
    hospital count and no more hurt: the first predicate counts them."""
    still = {
        i
        for i, f in enumerate(facts)
        if f.kind == HOSPITALISED and _CARE_PLACE.search(f.text) and _STILL.search(f.text)
    }
    if not still:
        return list(facts)
    told = {f.incident for i, f in enumerate(facts) if f.kind == HOSPITALISED and i not in still}
    hurt: dict[str, int] = {}  # "Five were hurt; two remain in hospital": a later part of them
    for f in facts:
        if f.kind == INJURED_KIND and isinstance(f.value, int):
            hurt[f.incident] = max(hurt.get(f.incident, 0), f.value)
    return [
        f
        for i, f in enumerate(facts)
        if not (
            i in still
            and (
                not _STATE_AFTER_PREDICATE.search(f.text)
                or f.incident in told
                or hurt.get(f.incident, 0) > count_low(f)
            )
        )
    ]


# The state told after the count's own predicate, joined by "and": "were injured and remain
# admitted", "sustained cuts and are still in hospital".
_STATE_AFTER_PREDICATE = re.compile(
    r"\sand\s+(?:(?:remain|remains|remained)|(?:are|is|were|was)\s+still)(?![\w-])",
    re.IGNORECASE,
)


# Where those still there are: a hospital or one of its units ("remain in the intensive care unit"),
# or the stay itself ("six of them remain admitted", "two are still hospitalised").
_CARE_PLACE = re.compile(
    r"hospital|infirmary|intensive\s+care|\bicu\b|\bward\b|\bwarded\b|\bunit\b|\badmitted\b",
    re.IGNORECASE,
)


def count_low(f: Fact) -> int:
    """A count's value, or the least of a range ("at least eight": 8); 0 when none is told."""
    low = f.value.get("min") if isinstance(f.value, dict) else f.value
    return low if isinstance(low, int) else 0


def _transfers(facts: Sequence[Fact]) -> set[int]:
    """Indexes of hospital counts that move some of a larger hospital count said before."""
    largest: dict[str, int] = {}
    out: set[int] = set()
    for i, f in enumerate(facts):
        if f.kind != HOSPITALISED or not isinstance(f.value, int):
            continue
        before = largest.get(f.incident, 0)
        if f.value < before and _TRANSFER.search(f.text):
            out.add(i)
        else:
            largest[f.incident] = max(before, f.value)
    return out


def singles_among_totals(facts: Sequence[Fact], kinds: Iterable[str], text: str = "") -> list[Fact]:
    """Drop the one-person counts of a kind where the same incident's report states a larger exact
    count: "A 22-year-old woman died" beside "two people died" names a victim, not the toll (revised
    figures take their kind first, ``resolve_figures``); parts
    of a set beside a larger count (``_is_part``); vague counts beside a numbered one; and
    hospital counts that only move some of those already counted there (``_transfers``); zeros
    said of a part beside a count of their kind (``_zeros_of_a_part``, read in ``text``); a
    headline's bare count the body bounds takes the bound (``bounded_headlines``)."""
    kinds = frozenset(kinds)
    facts = named_companions(text, facts)  # "Berg and a 16-year-old passenger were arrested"
    facts = resolve_figures(facts, kinds)  # "That figure was later revised to five"
    facts = bounded_headlines(facts, kinds, text)  # "17 dead" over "At least 17 were killed"
    facts = _zeros_of_a_part(_wounds_of_the_dead(_others_added(facts)), text)
    facts = drop_injury_shares(facts)  # "... where doctors said three had serious burns"
    moved = _transfers(facts)
    if moved:
        facts = [f for i, f in enumerate(facts) if i not in moved]
    largest: dict[tuple[str, str], int] = {}
    for f in facts:
        low = f.value.get("min") if isinstance(f.value, dict) else f.value
        if f.kind in kinds and isinstance(low, int) and low > 1:  # "more than a dozen" too
            key = (f.kind, f.incident)
            largest[key] = max(largest.get(key, 0), low)
    numbered = {(f.kind, f.incident) for f in facts if _numbered(f)}
    exact: dict[tuple[str, str], set[int]] = {}
    for f in facts:
        if f.kind in kinds and isinstance(f.value, int):
            exact.setdefault((f.kind, f.incident), set()).add(f.value)
    facts = _still_beside_taken(facts)
    facts = _breakdowns_of_totals(facts, text) if text else facts
    facts = _sites_after_total(facts)  # "All seven were taken to hospital. Three were admitted
    # to X Hospital, two to Y": where each went, parts of the seven
    facts = _steps_before_ordinals(facts, text) if text else facts
    apart = _ordinals_after_larger(facts)
    facts = _states_beside_events(facts)
    facts = _charges_beside_toll(facts)  # "four counts of murder" beside "risen to five"
    return [
        f
        for f in facts
        if not (f.value == 1 and (f.kind, f.incident) in largest and not _NUMERAL.match(f.text))
        and not (_vague(f) and (f.kind, f.incident) in numbered)
        and not _rounded(f, exact.get((f.kind, f.incident), set()))
        and not (f.kind in kinds and _is_part(f, _largest_of_kind(largest, f), text))
        and id(f) not in apart
    ]


# A court's count of the dead: "four counts of murder", "guilty of five murders".
_CHARGED = re.compile(r"(?<![\w-])(?:counts?\s+of|charges?\s+of|murders)(?![\w-])", re.IGNORECASE)


def _charges_beside_toll(facts: Sequence[Fact]) -> list[Fact]:
    """Without the killed counts told by the charges a court heard where the same report's
    incident states a larger toll of its own: the charges count those dead when the suspect was
    charged, or those he is charged over ("charged with four counts of murder" beside "the toll
    has since risen to five"); with none larger, the charges are the report's toll."""
    charged = [f for f in facts if f.kind == KILLED_KIND and _CHARGED.search(f.text)]
    if not charged:
        return list(facts)
    toll: dict[str, int] = {}
    for f in facts:
        if f.kind == KILLED_KIND and f not in charged:
            toll[f.incident] = max(toll.get(f.incident, 0), count_low(f))
    return [
        f
        for f in facts
        if not (f in charged and isinstance(f.value, int) and f.value < toll.get(f.incident, 0))
    ]


# A state of patients ("two remain in a critical condition", "three are still being treated"):
# said of some of those taken to hospital, whatever the kind it was read as.
_PATIENT_STATE = re.compile(
    r"(?<![\w-])(?:condition|still|remains?|remained|in\s+hospital|receiving\s+treatment"
    r"|being\s+treated)(?![\w-])",
    re.IGNORECASE,
)


def _largest_of_kind(largest: dict[tuple[str, str], int], f: Fact) -> int:
    """The largest count a part of ``f``'s kind is measured against: for a state of the hurt,
    those taken to hospital count too ("Seven were taken to hospital, where two remain in a
    critical condition": the two are some of the seven; not "four sustained minor injuries and
    six were taken to hospital for observation")."""
    own = largest.get((f.kind, f.incident), 0)
    if f.kind != INJURED_KIND or not _PATIENT_STATE.search(f.text):
        return own
    return max(own, largest.get((HOSPITALISED, f.incident), 0))


# The hurt told by the state they are in: "Almost 50 people are in hospital", "two remain in a
# stable condition".
_STATE = re.compile(
    r"(?<![\w-])(?:are|is|were|was|remains?|remained)\s+in\s+(?:hospital|(?:an?\s+)?(?:[\w-]+\s+)"
    r"{1,3}?condition)(?![\w-])",
    re.IGNORECASE,
)
INJURED = "casualties.injured"


def _states_beside_events(facts: Sequence[Fact]) -> list[Fact]:
    """Without the injured counts told only by a state beside one told by the event ("injuring
    48" ... "Almost 50 people are in hospital"): the state is read only where nothing else is."""
    state = {id(f) for f in facts if f.kind == INJURED and _STATE.search(f.text)}
    if not state:
        return list(facts)
    events = {f.incident for f in facts if f.kind == INJURED and id(f) not in state}
    return [f for f in facts if not (id(f) in state and f.incident in events)]


# The end of a sentence between two findings: they are told in different sentences.
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _breakdowns_of_totals(facts: Sequence[Fact], text: str) -> list[Fact]:
    """Without the counts of the dead or the hurt that one sentence splits a total into, where the
    same incident's report states that total elsewhere: "Nine people died. Six were dead on arrival
    and three died in the ward" (6 + 3 = 9), "Two were killed in the car and one on the verge;
    three people died in all" tell how the total fell, they are no counts of their own."""
    drop: set[int] = set()
    for kind in (KILLED_KIND, INJURED_KIND):
        mine = sorted((f for f in facts if f.kind == kind), key=lambda f: f.start)
        groups: list[list[Fact]] = []
        for f in mine:
            last = groups[-1][-1] if groups else None
            if (
                last is not None
                and last.incident == f.incident
                and f.start >= last.end
                and not _SENTENCE_END.search(text, last.end, f.start)
            ):
                groups[-1].append(f)
            else:
                groups.append([f])
        for group in groups:
            parts = [f.value for f in group if isinstance(f.value, int) and f.value > 0]
            if len(group) < 2 or len(parts) != len(group):
                continue
            if len(group) > 2 and parts[0] == sum(parts[1:]):
                group = group[1:]  # "Nine died, six at the scene and three in hospital"
                drop.update(id(f) for f in group)
                continue
            total = sum(parts)
            if any(f.incident == group[0].incident and f.value == total for f in mine):
                drop.update(id(f) for f in group)
    return [f for f in facts if id(f) not in drop] if drop else list(facts)


# A hospital count told by the place it went to: "... admitted to Kelby Royal Infirmary", "...
# taken to St Jude's" (a capitalised destination, not "to hospital").
_TO_NAMED = re.compile(r"\b(?:to|at|in|into)\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)
# ... marked as more than those told before: "three others", "another two", "a further five".
_MORE_MARK = re.compile(r"\b(?:others?|another|further|more|also|additional)\b", re.IGNORECASE)
SITES_REACH = 320  # characters after the total's count where its sites may be told


def _sites_after_total(facts: Sequence[Fact]) -> list[Fact]:
    """Without the hospital counts of named places told right after a larger hospital count of
    the same incident when together they fit in it: "Nine were taken to hospital. Five were
    admitted to Arden General and four to St Luke's" tells where the nine went. A part is never
    the total; counts marked as more ("three others were taken to X") add, as before."""
    taken = sorted(
        (f for f in facts if f.kind == HOSPITALISED and isinstance(f.value, int)),
        key=lambda f: f.start,
    )
    drop: set[int] = set()
    for i, total in enumerate(taken):
        if id(total) in drop or not isinstance(total.value, int) or total.value < 2:
            continue
        parts: list[Fact] = []
        for f in taken[i + 1 :]:
            if f.start - total.end > SITES_REACH or f.incident != total.incident:
                break
            if not (isinstance(f.value, int) and 0 < f.value < total.value):
                break
            if _MORE_MARK.search(f.text) or not _TO_NAMED.search(f.text):
                break
            parts.append(f)
        if parts and sum(f.value for f in parts if isinstance(f.value, int)) <= total.value:
            drop.update(id(f) for f in parts)
    return [f for f in facts if id(f) not in drop] if drop else list(facts)


# Where a part of the dead died: at the scene, as against later in hospital.
_AT_THE_SCENE = re.compile(
    r"\b(?:at\s+the\s+(?:scene|site|spot)|on\s+the\s+spot|on\s+impact|instantly"
    r"|outright|on\s+site)\b",
    re.IGNORECASE,
)


# A toll raised by a later death, told by the figure it reached: "bringing the number of
# deceased to five", "taking the toll to six", "the toll has since risen to five".
_RAISED_TO = re.compile(
    r"\b(?:bringing|taking|raising|pushing|(?:has|had|have)\s+(?:now\s+|since\s+)?"
    r"(?:risen|climbed|increased|gone\s+up))\b[^.;:]{0,60}?\bto\b",
    re.IGNORECASE,
)


def _steps_before_ordinals(facts: Sequence[Fact], text: str) -> list[Fact]:
    """Without the count of those who died at the scene that a later running step of the same
    report takes one further: "Four people died at the scene. A fifth victim died in hospital on
    Friday" (the four are the part that died there; the ordinal's count is the toll), or that a
    later death raises to a figure ("Two died on the spot and a passenger died in hospital,
    bringing the toll to three"). A toll told as news and then raised ("Two have died ... A third
    person has died") stays: a revision."""
    steps = [f for f in facts if f.kind == KILLED_KIND and (_step(f) or _raised(f))]
    tolls = [f for f in facts if f.kind == KILLED_KIND and isinstance(f.value, int)]
    return [
        f
        for f in facts
        if not (
            f.kind == KILLED_KIND
            and isinstance(f.value, int)
            and not _step(f)
            and _AT_THE_SCENE.search(f.text + _rest_of_sentence(text, f.end))
            and (
                any(
                    s.incident == f.incident
                    and s.start > f.end
                    and (
                        s.value == f.value + 1
                        or (_raised(s) and isinstance(s.value, int) and s.value > f.value)
                    )
                    for s in steps
                )
                or (
                    _LATER_DEATH.search(text, f.end, f.end + LATER_DEATH_REACH) is not None
                    and any(
                        t.incident == f.incident and isinstance(t.value, int) and t.value > f.value
                        for t in tolls
                    )
                )
            )
        )
    ]


# A death told after those at the scene, later or elsewhere: "Two more died later in hospital",
# "The pilot died in hospital on July 29", "A fourth ... was taken to X and died there" (with a
# larger toll of the same report, the scene's count is a part of it).
_LATER_DEATH = re.compile(
    r"\b(?:died|succumbed|passed\s+away)\b[^.;]{0,40}?\b(?:later|since|subsequently|hospital"
    r"|there|overnight|clinic|infirmary)\b"
    r"|\b(?:later|since|subsequently|then)\s+(?:died|succumbed|passed\s+away)\b",
    re.IGNORECASE,
)
LATER_DEATH_REACH = 320  # characters: the rest of the sentence and the one or two after it


_ORDINAL_LEAD = re.compile(rf"(?:an?|the)\s+(?:{ORDINAL})\s", re.IGNORECASE)
# A running step's own words: "A fifth victim", "a third death", "the second man to die".
# (or the ordinal alone before the person in commas: "a fourth, Ana Silva, 19, died")
_ORDINAL_STEP = re.compile(rf"(?:an?|the)\s+(?P<ord>{ORDINAL})\s*[\s,]", re.IGNORECASE)


def _step(f: Fact) -> bool:
    """Whether a count is told as a running step by its ordinal ("A fifth victim died": 5)."""
    m = _ORDINAL_STEP.match(f.text)
    return m is not None and isinstance(f.value, int) and ordinal_value(m["ord"]) == f.value


def _raised(f: Fact) -> bool:
    """Whether a count is told as the figure a later death raised the toll to (``_RAISED_TO``)."""
    return isinstance(f.value, int) and bool(_RAISED_TO.search(f.text))


def _ordinals_after_larger(facts: Sequence[Fact]) -> set[int]:
    """The ids of ordinal counts told after a larger count of their kind: "Twelve people were
    killed ... A second person was found dead in the cab" tells people apart, it is no running
    total (one pass in reading order: a report of many ordinals stays linear)."""
    largest: dict[tuple[str, str], int] = {}
    out: set[int] = set()
    for f in sorted(facts, key=lambda f: f.start):
        if not isinstance(f.value, int):
            continue
        key = (f.kind, f.incident)
        if f.value < largest.get(key, 0) and _ORDINAL_LEAD.match(f.text):
            out.add(id(f))
        largest[key] = max(largest.get(key, 0), f.value)
    return out


def _numbered(f: Fact) -> bool:
    """A count told with a number: "12 were hurt", "at least 40" (not "dozens", not one)."""
    if isinstance(f.value, int):
        return f.value > 1
    low = f.value.get("min") if isinstance(f.value, dict) else None
    return isinstance(low, int) and low > 1 and not _vague(f)


# Words that tell a count as a part of a larger set: a share of people named before ("two of his
# colleagues", "nine of them", "one of the officials"), a listing ("among the dead", "the injured
# include"), bodies recovered one batch at a time, or a degree of harm ("four were seriously hurt").
_PART = re.compile(
    r"(?<![\w-])(?:of\s+(?:them|whom|those|us|his|her|their|its|our)|one\s+of|among(?:st)?"
    # a share of those hurt: "Of the 14 persons injured, two have died", "two of the injured"
    r"|of\s+the\s+(?:[\w-]+\s+){0,3}?(?:injured|hurt|wounded|casualties)"
    r"|(?:dead|injured|wounded|hurt|victims|casualties|killed)\s+includ(?:e|es|ed)|bodies"
    r"|(?:serious|critical|severe|grave|grievous)(?:ly)?|minor|life-threatening"
    # a state some of the hurt are in: "Three remain in a stable condition", "Eleven in hospital",
    # "three were still receiving treatment", "two are being treated"
    r"|stable|condition|in\s+hospital|still|receiving\s+treatment|being\s+treated"
    # those of the hurt moved to a hospital: "Three other passengers were taken to X with cuts"
    r"|hospitals?|infirmary"
    # a kind of wound some of the hurt had: "Two suffered broken bones", "three had burns"
    r"|broken|fractured|fractures|burns)(?![\w-])",
    re.IGNORECASE,
)


# A count that names who its people are, opening with a definite one: "The bus driver and three
# students were taken to X" after "Five people were taken to hospital" tells some of the five.
_NAMED_PART = re.compile(
    r"(?:the|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+and\s+(?!all\b|both\b)\S",
    re.IGNORECASE,
)


# People told by their names, two or more listed: "Mia Lund, 30, and Ed Saye, 58, were killed",
# "PC Jo Kerr and Tom Ure died" (named people are some of a larger toll of their kind).
_NAMED_PEOPLE = re.compile(
    r"(?:[a-z]+\s+|(?-i:[A-Z]{2,4}\.?)\s+)?(?-i:[A-Z][\w'’-]+)\s+(?-i:[A-Z][\w'’-]+)"
    r"[^.;:]{0,80}?\s(?:and|&)\s+(?:[a-z]+\s+)?(?-i:[A-Z][\w'’-]+)\s+(?-i:[A-Z][\w'’-]+)"
)


# Those let go after treatment, told after the count in its sentence: "Seven others were treated
# and released", "Eight were treated at the scene and discharged".
_LET_GO = re.compile(r"\b(?:released|discharged|sent\s+home|allowed\s+(?:to\s+go\s+)?home)\b", re.I)


# Some people brought in by an indefinite noun phrase that describes them: "A married couple from
# Kell died when ...", "a mother and her two sons were hurt" (specific victims, not a tally: not
# "a total of", "a further", "a dozen").
_INDEFINITE_SET = re.compile(
    r"an?\s+(?!(?:total|dozen|score|further|number|handful|couple\s+of|few|hundred|thousand"
    rf"|million|maximum|minimum|record|combined|reported|confirmed|first|{ORDINAL})(?![\w-]))\S",
    re.IGNORECASE,
)


def _is_part(f: Fact, largest: int, text: str = "") -> bool:
    """Whether a count told as a part of a set is smaller than the kind's largest count (hospital
    shares are left to ``_transfers``: "Eleven of them were taken to hospital" may be the count;
    a list that names its people is a part of any kind)."""
    top = (f.value.get("max") or f.value.get("min")) if isinstance(f.value, dict) else f.value
    if not isinstance(top, int) or top >= largest:
        return False
    if _NAMED_PART.match(f.text) or _NAMED_PEOPLE.match(f.text):
        return True
    if f.kind != HOSPITALISED and _INDEFINITE_SET.match(f.text):
        return True
    if f.kind == INJURED_KIND and text and _LET_GO.search(_rest_of_sentence(text, f.end)):
        return True
    if is_share_of_set(f, _rest_of_sentence(text, f.end) if text else ""):
        return True  # "three of the suspects", "two others were picked up"
    if f.kind != HOSPITALISED and _ALSO_MORE.search(f.text):
        return True  # "Two other runners who tried to help him were also burned": beside one
    return f.kind != HOSPITALISED and bool(_PART.search(f.text))


_ABOVE = re.compile(r"(?<![\w-])(?:more\s+than|over|upwards\s+of|in\s+excess\s+of)\s", re.I)


def _rounded(f: Fact, exact: set[int]) -> bool:
    """ "more than 150 people died" beside "153 people were killed" in one report: a round lower
    bound the report's own exact count lies above says the same toll less precisely."""
    if not isinstance(f.value, dict) or f.value.get("max") is not None or not exact:
        return False
    low = f.value.get("min")
    return isinstance(low, int) and any(n >= low for n in exact) and bool(_ABOVE.search(f.text))


_VAGUE_WORD = re.compile(rf"(?<![\w-])(?:{_alt(VAGUE)})(?![\w-])", re.IGNORECASE)


def _vague(f: Fact) -> bool:
    """ "dozens were hurt", "several people": a vague word's range (not "at least seven")."""
    return isinstance(f.value, dict) and bool(_VAGUE_WORD.search(f.text))
