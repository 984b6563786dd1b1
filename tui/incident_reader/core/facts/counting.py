"""Counted people and what happened to them: "Two people were killed", "injuring nine people".

Rules are built from named fragments (COUNT, NOUN, AUX, a kind's verbs) so casualty and arrest
extractors share the grammar and differ only in their verb tables.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, overload

from incident_reader.core.facts.grammar import ADJ, APPOS, AUX, GROUP, MOD, NOUN
from incident_reader.core.facts.lexicon import (
    BOUND_WORDS,
    CUMULATIVE_NOUNS,
    GATE_STEMS,
    GROUP_WORDS,
    NOMINAL_PARTICIPLES,
    ORDINALS,
    PERSON_HEADS,
    PLURAL_PEOPLE_NOUNS,
    RUNNING_TOTAL_KINDS,
    TENS,
    UNITS,
    VAGUE,
)
from incident_reader.core.facts.lists import (
    _BREAKDOWN_HEAD,
    Breakdown,
    Hit,
    count_of,
    forget_lists,
    more_after,
    object_end,
    sum_of_parts,
)
from incident_reader.core.facts.numbers import COUNT, ORDINAL, _alt, ordinal_value
from incident_reader.core.facts.phrases import (
    CLOSED_WORDS,
    COORDINATED,
    PREPOSITIONS,
    is_person_head,
)
from incident_reader.core.facts.predicates import BODY_PARTS, SAME_SET
from incident_reader.core.facts.text import Sentence, WordGate, WordScan
from incident_reader.core.model import Fact, FactValue

_COUNT_AFTER = re.compile(rf"\s+(?P<n>{COUNT})", re.IGNORECASE)
_FLAGS = re.IGNORECASE
_LEADING_GROUP = re.compile(r"\(\?:([^()]*)\)")
_NAME_COMMA = re.compile(r"[A-Z][\w'’-]+,\s*$")
_NEGATION = re.compile(r"\b(?:no|not|nor|without|never)\s+$")
# "could have killed hundreds", "might have been injured": what did not happen is no count.
_COUNTERFACTUAL = re.compile(
    r"\b(?:could|would|might|may|should)(?:\s+(?:not|easily|well|have|been|also))+\s+$"
)
# "none of the passengers was hurt" counts nobody; "none" is a subject only before its verb group.
AUX_WORD = r"(?:was|were|is|are|has|have|had|died|else)\b"
_NUMERAL = re.compile(r"(?:\d|one\b)", re.IGNORECASE)  # "1 person", "One man": a count said
# "killed more than 150", "killed 16." and "killed eight in ...": a count ends the clause.
_BOUND_FIRST = (
    r"(?:(?:more|fewer|less)\s+than|at\s+least|up\s+to|nearly|almost|about|around|some|over|all"
    r"|a\s+total\s+of)"
)
# "killed 159 and injured another 195": a second count of another kind, not added to a total.
_ADDED_FIRST = r"(?:another|a\s+further)"
_CLAUSE_AFTER = r"and|in|on|at|when|after|while|during|including|across|as|before|for"
# A singular auxiliary right before a verb of the kind ("was later taken to", "has been arrested").
_SINGULAR_AUX = re.compile(
    r"(?<![\w'’-])(?:was|is|has\s+been|had\s+been)(?:\s+(?:later|also|then|subsequently|reportedly"
    r"|seriously|critically|badly|slightly|being|now|currently))*\s+$",
    re.IGNORECASE,
)
# The same auxiliary serving a second participle: "was dragged from the car by onlookers and
# arrested", "was hit by a van and killed" (the verb of the kind follows "and").
_SHARED_AUX = re.compile(
    r"(?<![\w'’-])(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ght|ck|ung)"
    r"(?![\w'’-])[^.;:!?]{0,80}?\s+and\s+(?:(?:later|then|subsequently|was)\s+)?$",
    re.IGNORECASE,
)
# Present states an elided subject may be in ("and is now in police custody", "is warded at").
_STATES = ("in ", "under ", "warded", "detained", "hospitali", "being")
_ACTIVE_OBJECT = re.compile(
    r"\s+(?:\d|(?:an?|the|his|her|their|its|him|them|all|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|several|dozens|many|scores|hundreds|thousands|more\s+than|at\s+least|nearly)\b)",
    re.IGNORECASE,
)
_BE_AUX = re.compile(r"\b(?:was|were|is|are|been|being|has|have|had)\b", re.IGNORECASE)
_AND_HEAD = re.compile(r"\s+(?:and|or)\s+([a-z][\w'’-]*)")
_DEFINITE_END = re.compile(r"\s*,|\s+(?:who|has|had|was|is|died)\b", re.IGNORECASE)
# Heads that name a set of people of known size: "an elderly couple", "the twins" (a closed class).
GROUP_SIZES = {
    "couple": 2, "pair": 2, "twins": 2, "duo": 2, "trio": 3, "triplets": 3, "quartet": 4,
}  # fmt: skip
_GROUP_ADJECTIVES = frozenset(("injured", "wounded", "dead", "hurt", "missing", "deceased"))
_PARTICIPLE = re.compile(
    r"(?:killed|injured|wounded|hurt|shot|stabbed|arrested|detained|dead)\b", re.IGNORECASE
)
_LATER_VERB = re.compile(r"\s+(?:were|was|have|had|are|is)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\s*,?\s+(?:who|that)\b", re.IGNORECASE)
_ADVERBS_ONLY = re.compile(r"(?:\s+(?-i:[a-z]+ly)(?<!\bonly))*\s?", re.IGNORECASE)
_ADDED = re.compile(r"\s+(?:more|further|additional)\b", re.IGNORECASE)
_LAST_WORD = re.compile(r"([A-Za-z]+)\s+$")
_WORD_START = re.compile(r"(?<![\w'’-])[\w]")
SUBJECT_WORDS = 16  # how far before its verb a counted subject may start
_FIRST_WORD = re.compile(r"[A-Za-z]+")
# First words a counted subject or a breakdown may open with (numbers, articles, ordinals, bounds,
# vague counts, possessives: "her two children").
SUBJECT_FIRST_WORDS = frozenset(
    w.split()[0].split("-")[0]
    for w in (*UNITS, *TENS, *GROUP_WORDS, *VAGUE, *BOUND_WORDS, *ORDINALS,
              "a", "an", "one", "the", "between", "both", "half", "his", "her", "their", "another",
              "no", "nobody", "none", "he", "she", "mr", "mrs", "ms", "miss", "dr", "all")
)  # fmt: skip

# Word starts that pass _can_start_subject: a digit, or a first word (ASCII letters) from the set.
_SUBJECT_START = re.compile(
    rf"(?<![\w'’-])(?:\d|(?ai:{_alt(sorted(SUBJECT_FIRST_WORDS))})"
    r"(?![A-Za-z]))"
)
# The first word of a line, where a headline's bare noun may be its subject ("Man, 34, dies").
_LINE_FIRST = re.compile(r"[\s*•·–—-]*(?<![\w'’-])(?=[A-Z][a-z])")
# Words a bare capitalised subject may not be: closed classes and indefinite pronouns.
_NOT_BARE = frozenset(
    (*CLOSED_WORDS, "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "many",
     "most", "few", "several", "some", "police", "officials", "authorities", "witnesses")
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Found:
    """A count found in a sentence: its value, its evidence span and the rule's kind."""

    kind: str
    value: FactValue
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class CountRules:
    """The compiled rules of one fact kind."""

    kind: str
    subject_verb: re.Pattern[str]  # "Two people were killed"
    verb_object: re.Pattern[str] | None  # "killing four"
    fixed: tuple[tuple[re.Pattern[str], int | None], ...] = ()  # toll or zero phrases
    gate: WordGate | None = None  # without one of its words, a sentence cannot hold a fact
    verb: WordScan | None = None  # the subject-verb rule's verbs alone, to find it fast
    object_scan: WordScan | None = None
    fixed_scans: tuple[WordScan, ...] = ()
    # The fixed scans' words together: a sentence without any skips them all at once.
    fixed_keys: frozenset[str] = frozenset()
    fixed_always: bool = False
    breakdown: Breakdown | None = None  # "one firefighter and two colleagues were hurt"
    running_total: bool = False  # any ordinal is the count so far ("a second man has died")
    # Which fixed scans open with each key: a sentence tries only those of the keys it has.
    fixed_index: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # Verbs that take things as well as people ("a knife was seized", "the scene was captured"):
    # they count one only after a subject named as a person, never after an elided one.
    named_only: tuple[str, ...] = ()
    # Verbs said of things as often as of people ("his licence had expired"): they count only
    # after a numbered subject ("two others expired") or a head that names a person.
    person_only: tuple[str, ...] = ()


def build_rules(
    kind: str,
    verbs: Sequence[str],
    active: Sequence[str] = (),
    fixed: Iterable[tuple[str, int | None]] = (),
    noun_optional: bool = True,
    object_noun_optional: bool = True,
    active_with_noun: Sequence[str] = (),
    definite_object: bool = False,
    possessive_object: bool = False,
    stems: Sequence[str] = (),
    anchor: str = "",
    lists: bool = True,
    named_only: tuple[str, ...] = (),
    person_only: tuple[str, ...] = (),
) -> CountRules:
    """Compile the subject-verb, verb-object and fixed-phrase rules of one kind.

    ``anchor``: a phrase after an open verb form ("to death" in "were charred to death"); the
    verb scan then also tries the word before each occurrence of it (``AnchoredScan``).
    """
    verb = "|".join(verbs)
    optional = "?" if noun_optional else ""
    noun_part = (
        rf"(?:\s+(?P<grp>{GROUP}))?(?:\s+{ADJ}*{MOD}(?P<head>{NOUN}){COORDINATED}){optional}"
    )
    # The alternatives open the phrase only; what the head must be (a noun after an article, a
    # singular one after "the", a person) is checked on the match (``_subject_value``), so the
    # open noun pattern is written once here and the rules stay quick to compile.
    subject = (
        rf"(?<![\w-])(?:(?P<zero>no(?:-|\s+)one|nobody|none(?=\s+(?:of\b|{AUX_WORD})))"
        rf"|(?:all\s+)?(?P<n>{COUNT})(?<!\bone\sor)|(?P<art>an?|the\s+only)(?=\s)"
        r"|(?P<poss>his|her|their)(?=\s)"
        # one person named by a pronoun or a definite singular noun: "He died", "the pedestrian,
        # a 54-year-old local man, died" (counting.singles_among_totals drops them beside a total)
        r"|(?P<one>(?-i:He|She)(?=\s)|the(?=\s)|another(?=\s)"
        r"|(?-i:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?-i:[A-Z])[\w'’-]+(?=\s*,|\s+(?:has|had|was|is|died)\b))"
        rf"|(?:(?:a|the)\s+)?(?P<ord>{ORDINAL})(?=\s)"
        # a headline's bare singular noun, first in its line: "Man, 34, dies after stabbing"
        r"|(?P<bare>(?-i:[A-Z][a-z]{2,}))(?=\s*,|\s+(?-i:[a-z])))"
        rf"{noun_part}{APPOS}{AUX}\s+(?P<verb>{verb})(?![\w-])"
        r"(?!\s+(?:his|her|their|its|my|your|our|him|them)\b)"  # "who injured his shoulder"
    )
    tail = (
        rf"{APPOS}{AUX}\s+(?P<verb>{verb})(?![\w-])"
        r"(?!\s+(?:his|her|their|its|my|your|our|him|them)\b)"
    )
    # ``lists``: whether lists of parts take this kind's verbs (each kind's whole list pattern is
    # big to compile, so a narrow extra rule goes without)
    breakdown = Breakdown(re.compile(tail, _FLAGS), _BREAKDOWN_HEAD + tail) if lists else None
    verb_object = None
    # "arrested the driver": one person named by a definite noun ("killed the power" is not one)
    definite = r"|the(?=\s)" if definite_object else ""
    if possessive_object:  # "killing the pilot and injuring his passenger": one person each
        definite += r"|the(?=\s)|(?:his|her|their)(?=\s)"
    actives = "|".join(active)
    if active_with_noun:  # "killed two people": one lookahead for all such verbs (one NOUN copy)
        with_noun = (
            rf"(?:{'|'.join(active_with_noun)})(?=\s+(?:{_ADDED_FIRST}\s+)?(?:{_BOUND_FIRST}\s+)?\S+"
            r"(?:\s+of(?=\s+(?:people|those|others)\b)|\s*\(\d{1,6}\))?"
            rf"(?:\s+(?:{ADJ})*{NOUN}|\s*(?:[,.;:)]|$)|\s+(?:{_CLAUSE_AFTER})\b))"
        )
        actives = f"{actives}|{with_noun}" if active else with_noun
        active = [*active, *active_with_noun]
    if active:
        verb_object = re.compile(
            rf"(?<![\w-])(?P<verb>{actives})\s+(?:(?:an?|the)\s+(?P<ord>{ORDINAL})(?=\s)"
            rf"|(?:the\s+|all\s+|{_ADDED_FIRST}\s+|a\s+total\s+of\s+)?(?P<n>{COUNT}|an?(?=\s){definite}))"
            rf"(?:\s+{GROUP})?(?:\s+{ADJ}*{MOD}(?P<ohead>{NOUN})(?P<obj>))"  # a list may follow
            rf"{'?' if object_noun_optional else ''}"
            r"(?:\s+(?:dead|injured|hurt|wounded))?(?![\w-])",
            _FLAGS,
        )
    fixed = [(q, v) for p, v in fixed for q in expand_leading(p)]
    # A toll phrase's count ("toll rose to 12") is read after it by _COUNT_AFTER (one COUNT copy).
    fixed_rules = tuple(
        (re.compile(rf"(?<![\w-]){p}" if v is None else p, _FLAGS), v) for p, v in fixed
    )
    gate = WordGate(GATE_STEMS[kind]) if kind in GATE_STEMS else None
    # ``stems``: the verbs' first words, where the verb patterns open with a group
    verb_pattern = re.compile(rf"(?<![\w-])(?:{verb})(?![\w-])", _FLAGS)
    verb_only = (
        AnchoredScan(verb_pattern, stems or verbs, anchor)
        if anchor
        else WordScan(verb_pattern, stems or verbs)
    )
    object_scan = WordScan(verb_object, active, object_end) if verb_object else None
    fixed_scans = tuple(
        WordScan(rule, scan_stems(p), _toll_end if v is None else None)
        for (rule, _), (p, v) in zip(fixed_rules, fixed, strict=True)
    )
    return CountRules(
        kind, re.compile(subject, _FLAGS), verb_object, fixed_rules, gate, verb_only,
        object_scan, fixed_scans, frozenset().union(*(f.keys for f in fixed_scans)),
        any(f.always for f in fixed_scans), breakdown, kind in RUNNING_TOTAL_KINDS,
        _index_scans(fixed_scans), ("held", *named_only, *person_only), person_only,
    )  # fmt: skip


def _index_scans(scans: Sequence[WordScan]) -> dict[str, tuple[int, ...]]:
    """Each key's scans, by position: the fixed phrases a word of a sentence may open."""
    index: dict[str, list[int]] = {}
    for i, scan in enumerate(scans):
        for key in scan.keys:
            index.setdefault(key, []).append(i)
    return {key: tuple(ids) for key, ids in index.items()}


class AnchoredScan(WordScan):
    """A verb scan that also tries the word before each occurrence of an anchor phrase, where an
    open verb class stands ("were charred to death", "was mown to death": any participle)."""

    def __init__(self, pattern: re.Pattern[str], stems: Iterable[str], anchor: str) -> None:
        super().__init__(pattern, stems)
        self.anchor = anchor

    def _matches(self, sentence: Sentence, first: bool) -> list[re.Match[str]]:
        found = super()._matches(sentence, first)
        lower = sentence.lower
        if self.anchor not in lower or (first and found):
            return found
        text, extra = sentence.text, []
        i = lower.find(self.anchor)
        while i != -1:
            w = _PREVIOUS_WORD.search(text, 0, i)
            m = self.pattern.match(text, w.start()) if w else None
            if m and not any(f.start() == m.start() for f in found):
                extra.append(m)
            i = lower.find(self.anchor, i + 1)
        kept: list[re.Match[str]] = []
        for m in sorted([*found, *extra], key=lambda m: m.start()):
            if not kept or m.start() >= kept[-1].end():
                kept.append(m)
        return kept[:1] if first else kept


_PREVIOUS_WORD = re.compile(r"(?<![\w'’-])[A-Za-z]+\s+$")


def expand_leading(pattern: str) -> list[str]:
    """ "(?:no one|nobody) was killed" as "no one was killed", "nobody was killed" (scannable)."""
    m = _LEADING_GROUP.match(pattern)
    if not m or pattern[m.end() : m.end() + 1] in ("?", "*"):
        return [pattern]
    return [alt + pattern[m.end() :] for alt in m.group(1).split("|")]


def scan_stems(pattern: str) -> list[str]:
    """Where a match may start: "(?:death )?toll rose" at "death toll rose" or at "toll rose"."""
    m = _LEADING_GROUP.match(pattern)
    if not m or pattern[m.end() : m.end() + 1] != "?":
        return [pattern]
    rest = pattern[m.end() + 1 :].lstrip("?")  # "(?:x)??" is optional too
    return [*(alt + rest for alt in m.group(1).split("|")), *scan_stems(rest)]


def find_counts(sentence: Sentence, rules: CountRules) -> list[Found]:
    """Every count of ``rules.kind`` stated in a sentence, with evidence offsets into the body."""
    out: list[Found] = []
    text, base = sentence.text, sentence.start
    if rules.gate and not rules.gate.passes(sentence):
        return out
    # The scans below test their own words first, so no further gates are needed here.
    for m in _subject_matches(sentence, rules):
        if _negated(text, m.start()) or _is_age(text, m) or _share_of_the_counted(m, rules.kind):
            continue
        if _vague_reduced_relative(m) or _object_of_preposition(text, m):
            continue
        if m.group("n") and _REST_OF.search(text, max(0, m.start() - 16), m.start()):
            continue  # "the other two were treated": the rest of a set counted before
        if (m.group("head") or "").lower() == "others" and _rest_of_own_set(text, m, rules.kind):
            continue  # "Five of the fatalities died on the spot, while two others expired"
        value = _subject_value(m, rules.running_total)
        if value is not None and _person_enough(m, rules.person_only):
            out.append(Found(rules.kind, value, base + m.start(), base + m.end()))
    if rules.breakdown and rules.verb and " and " in sentence.lower:
        for b in matches_before_verbs(sentence, rules.verb, rules.breakdown, _can_start_subject):
            total = sum_of_parts(b.parts)
            if total is not None and not _negated(text, b.start()) and not _governed(text, b):
                out.append(Found(rules.kind, total, base + b.start(), base + b.end()))
    if rules.object_scan:
        for m in rules.object_scan.finditer(sentence):
            more = more_after(m)
            value = _object_value(m, more, rules.running_total)
            if value is not None and not _negated(text, m.start()):
                out.append(Found(rules.kind, value, base + m.start(), base + object_end(m)))
    fixed = (
        rules.fixed_always
        or not rules.fixed_keys.isdisjoint(sentence.keys)
        or len(sentence.lower) != len(sentence.text)  # WordScan then reads every character
    )
    todo: Iterable[int] = range(len(rules.fixed_scans)) if fixed else ()
    if fixed and not rules.fixed_always and len(sentence.lower) == len(sentence.text):
        # only the phrases that open with a word of the sentence (what each scan would find out
        # itself, without two calls per phrase)
        present = rules.fixed_keys & sentence.keys
        todo = sorted({i for key in present for i in rules.fixed_index[key]})
    for i in todo:
        (_, fixed_value), scan = rules.fixed[i], rules.fixed_scans[i]
        for m in scan.finditer(sentence):
            n = _COUNT_AFTER.match(text, m.end()) if fixed_value is None else None
            value = fixed_value if fixed_value is not None else count_of(n.group("n") if n else "")
            if value is not None:
                out.append(Found(rules.kind, value, base + m.start(), base + (n or m).end()))
    lower = sentence.lower
    if not out and rules.verb and ("was " in lower or " been " in lower or " is " in lower):
        out.extend(_elided_subject(sentence, rules))
    if rules.verb and "the" in lower and (any(c in text for c in ",(–—") or " - " in text):
        out.extend(_apposed_counts(sentence, rules, out))
    return _dedupe(out)


# A definite subject renamed by a count between commas, dashes or brackets: "The injured, 14 in
# all, were taken to hospital", "The victims – two women and a man – died" (the count is the
# apposition's; what follows it up to the verb may only be auxiliaries and adverbs).
_APPOSED = re.compile(
    r"(?<![\w'’-])(?:the|those)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*(?:,|\(|\s[–—]|\s--?)\s*"
    r"(?:(?:I'm|I\s+am|we're|we\s+are)\s+told\s*,?\s+)?(?P<inner>[^,()–—]{1,60}?)\s*(?:,|\)|[–—]|--?)"
    r"(?:\s+(?:were|was|have\s+been|had\s+been|are|is|have|has|had|been|all|both|later|then"
    r"|subsequently|(?-i:[a-z]+ly)))*\s+$",
    re.IGNORECASE,
)
_INNER_COUNT = re.compile(
    rf"(?P<n>{COUNT})(?:\s+(?:in\s+all|in\s+total|altogether|of\s+them|people|persons|{NOUN}))?",
    re.IGNORECASE,
)


def _apposed_counts(sentence: Sentence, rules: CountRules, found: list[Found]) -> list[Found]:
    """Counts said in an apposition to a definite subject, right before the kind's verb."""
    text, base, out = sentence.text, sentence.start, []
    for v in rules.verb.finditer(sentence) if rules.verb else ():
        if any(f.start <= base + v.start() < f.end for f in found):
            continue
        lo = max(0, v.start() - 160)
        m = _APPOSED.search(text, lo, v.start())
        if m is None or _negated(text, m.start()):
            continue
        inner = m.group("inner")
        one = _INNER_COUNT.fullmatch(inner)
        if one and is_person_head(one.group(0).split()[-1]):
            value: FactValue | None = count_of(one.group("n"))
        elif " and " in inner:
            value = sum_of_parts(inner)
        else:
            value = None
        if value is not None:
            out.append(Found(rules.kind, value, base + m.start(), base + v.end()))
    return out


def _elided_subject(sentence: Sentence, rules: CountRules) -> list[Found]:
    """ "... and was taken to hospital as a precaution", "who was killed when ...": a singular
    passive whose subject was named before (or in another clause) counts one person."""
    text, out = sentence.text, []
    for v in rules.verb.finditer(sentence) if rules.verb else ():
        aux = _SINGULAR_AUX.search(text, max(0, v.start() - 40), v.start())
        if aux is None and " and " in text[max(0, v.start() - 6) : v.start()]:
            aux = _SHARED_AUX.search(text, max(0, v.start() - 120), v.start())
        if aux is None or v.group(0).lower().startswith(rules.named_only):
            continue
        if aux.group(0).lower().startswith("is") and not v.group(0).lower().startswith(_STATES):
            continue  # "before somebody is killed": only a state is told in the present
        if _negated(text, aux.start()):
            continue
        out.append(Found(rules.kind, 1, sentence.start + aux.start(), sentence.start + v.end()))
    return out


def _subject_matches(sentence: Sentence, rules: CountRules) -> list[re.Match[str]]:
    """Subject-verb matches, tried only at the few word starts before each verb (fast)."""
    if rules.verb is None:
        return list(rules.subject_verb.finditer(sentence.text))
    running = rules.running_total
    return matches_before_verbs(
        sentence,
        rules.verb,
        rules.subject_verb,
        _can_start_subject,
        accept=lambda m: _subject_value(m, running) is not None,
    )


@overload
def matches_before_verbs(
    sentence: Sentence,
    verbs: WordScan,
    pattern: re.Pattern[str],
    can_start: Callable[[str, int], bool] | None = None,
    accept: Callable[[re.Match[str]], bool] | None = None,
) -> list[re.Match[str]]: ...
@overload
def matches_before_verbs(
    sentence: Sentence,
    verbs: WordScan,
    pattern: Breakdown,
    can_start: Callable[[str, int], bool] | None = None,
    accept: Callable[[Hit], bool] | None = None,
) -> list[Hit]: ...
def matches_before_verbs(
    sentence: Sentence,
    verbs: WordScan,
    pattern: re.Pattern[str] | Breakdown,
    can_start: Callable[[str, int], bool] | None = None,
    accept: Callable[[Any], bool] | None = None,
) -> list[re.Match[str]] | list[Hit]:
    """Matches of a subject-then-verb pattern, tried at the word starts before each verb found."""
    text = sentence.text
    out: list[Any] = []
    done = 0
    starts_of = _subject_starts if can_start is _can_start_subject else _word_starts
    starts: tuple[int, ...] | None = None
    for v in verbs.finditer(sentence):
        if starts is None:
            starts = starts_of(text)
        lo, hi = bisect_left(starts, done), bisect_left(starts, v.start())
        before = starts[max(lo, hi - SUBJECT_WORDS) : hi]
        for p in before:  # farthest first: the first match is the longest
            m = pattern.match(text, p)
            if m and m.end() >= v.end() and (accept is None or accept(m)):
                out.append(m)
                done = m.end()
                break
    return out


def forget_sentences() -> None:
    """Drop the per-sentence memos; called once per report so each report is read afresh."""
    _word_starts.cache_clear()
    _subject_starts.cache_clear()
    forget_lists()


@lru_cache(maxsize=512)
def _word_starts(text: str) -> tuple[int, ...]:
    """Where the words of a sentence start (shared by every rule that reads the sentence)."""
    return tuple(w.start() for w in _WORD_START.finditer(text))


def word_starts(text: str) -> tuple[int, ...]:
    """Where the words of a sentence start (cached per sentence)."""
    return _word_starts(text)


def subject_starts(text: str) -> tuple[int, ...]:
    """Where a counted subject may begin (cached per sentence): for rules that open with a count."""
    return _subject_starts(text)


@lru_cache(maxsize=512)
def _subject_starts(text: str) -> tuple[int, ...]:
    """The word starts where a counted subject may begin (``_can_start_subject``, in one scan)."""
    starts = [m.start() for m in _SUBJECT_START.finditer(text)]
    first = _LINE_FIRST.match(text)
    if first and (not starts or starts[0] > first.end()):
        starts.insert(0, first.end())  # a headline's bare noun (``_can_start_subject``)
    return tuple(starts)


def _toll_end(m: re.Match[str]) -> int:
    """Where a toll phrase ends with its count ("toll rose to 12"); the next match starts after."""
    n = _COUNT_AFTER.match(m.string, m.end())
    return n.end() if n else m.end()


def _can_start_subject(text: str, p: int) -> bool:
    """A counted subject opens with a digit, a number word, an article or a vague quantity."""
    if text[p].isdecimal():  # what \d matches: "²" is a digit but opens no count
        return True
    m = _FIRST_WORD.match(text, p)
    if m is not None and m.group(0).lower() in SUBJECT_FIRST_WORDS:
        return True
    first = _LINE_FIRST.match(text)  # a headline's bare noun: the line's first word
    return first is not None and first.end() == p


def _person_enough(m: re.Match[str], person_only: tuple[str, ...]) -> bool:
    """Whether a verb said of things as well as people has a person for its subject: a count
    ("two others expired", "three more expired") or a head that names a person."""
    if not person_only or not m.group("verb").lower().startswith(person_only):
        return True
    head = (m.group("head") or "").lower()
    if m.group("n") or m.group("zero"):
        return is_person_head(head)
    return head in PERSON_HEADS or head.rstrip("s") in PERSON_HEADS


def is_verb_form(head: str | None) -> bool:
    """ "two others expired in hospital": a past form ending the phrase is its verb, not its head
    (the nominal adjectives "the injured", "two wounded", "the accused" stay heads)."""
    if not head:
        return False
    h = head.lower()
    return h.endswith("ed") and h not in NOMINAL_PARTICIPLES


def _subject_value(m: re.Match[str], running_total: bool) -> FactValue | None:
    head = m.group("head")
    if not is_person_head(head) or is_verb_form(head):
        return None  # "four hours", "two cars": not people; "two others expired": a verb
    if m.group("zero"):
        return 0  # "no one died", "none of the passengers was hurt"
    if m.group("bare"):
        return _bare_subject(m)
    if m.group("n"):
        if _ADDED.match(m.string, m.end("n")):
            return None  # "two more people died": added to a total said elsewhere, not the total
        return count_of(m.group("n"))
    if m.group("ord"):
        return _ordinal_count(m.group("ord"), head, running_total)
    if m.group("poss"):
        return _possessed(m, head)
    if m.group("art") and head is None:
        return None  # an article opens a noun phrase: "a" alone counts nobody
    size = GROUP_SIZES.get(head.lower()) if head else None
    if size and (m.group("art") or (m.group("one") or "").lower() == "the"):
        return size  # "An elderly couple died", "the twins were hurt"
    one = (m.group("one") or "").lower()
    if one and _ACTIVE_OBJECT.match(m.string, m.end("verb")) and not _BE_AUX.search(m.group(0)):
        return None  # "The avalanche injured three", "He wounded a guard": the doer, not the hurt
    if one == "the" and head and is_singular(head) and m.group("poss") is None:
        second = _AND_HEAD.match(m.string, m.end("head"), m.start("verb"))
        if second and _is_bare_pair(m, second):
            return 2  # "The driver and conductor were injured": two singular heads
    if one == "the" and not (
        head
        and is_singular(head)
        and (
            _DEFINITE_END.match(m.string, m.end("head"))
            or not m.string[m.end("head") : m.start("verb")].strip()  # "The driver suffered ..."
        )
    ):
        return (
            None  # "the pedestrian, ..., died" is one; "the injured were" or "the crash killed" not
        )
    return 1  # "a man", "one woman", "the only passenger", "He", "Mr Ellery"


def _bare_subject(m: re.Match[str]) -> int | None:
    """ "Man, 34, dies", "Teen driver hurt": a headline's bare singular person noun first in its
    line counts one (not "Police", "Everyone", a plural, or a doer with an object after it)."""
    if m.string[: m.start()].strip(" \t\n*•·–—-"):
        return None
    word, head = m.group("bare").lower(), (m.group("head") or m.group("bare")).lower()
    if word in _NOT_BARE or head in _NOT_BARE or not is_singular(head) or is_verb_form(head):
        return None
    if not is_person_head(head) or _ACTIVE_OBJECT.match(m.string, m.end("verb")):
        return None
    after = _FIRST_WORD.search(m.string, m.end("verb"))
    gap = m.string[m.end("verb") : after.start()] if after else ""
    if (
        after
        and not any(c in gap for c in ",.;:!?()")
        and not (after.group(0).lower() in _AFTER_BARE or after.group(0).lower().endswith("ly"))
    ):
        return None  # "Flood hurt crops": a bare object after the verb makes the noun its doer
    return 1


# What may follow the verb of a bare headline subject: a preposition or a conjunction.
_AFTER_BARE = frozenset((
    *PREPOSITIONS, "and", "or", "but", "as", "when", "while", "amid", "following", "outside",
    "inside", "near", "today", "yesterday",
))  # fmt: skip


def _is_bare_pair(m: re.Match[str], second: re.Match[str]) -> bool:
    """ "the driver and conductor" + verb: a second singular person head right before the verb."""
    rest = m.string[second.end() : m.start("verb")].split()
    word = second.group(1)
    auxiliaries = all(w.lower() in _AUXES or w.lower().endswith("ly") for w in rest)
    return auxiliaries and is_singular(word) and is_person_head(word) and word.lower() not in _AUXES


_AUXES = frozenset(("was", "were", "is", "are", "has", "have", "had", "been", "both", "later"))


def _possessed(m: re.Match[str], head: str | None) -> int | None:
    """ "His wife and son were injured": one person per singular head named after a possessive."""
    if head is None or not is_singular(head):
        return None  # "their children": how many?
    rest = m.string[m.end("head") : m.start("verb")]
    second = _AND_HEAD.match(rest)
    if second is None:
        return 1
    return 2 if is_singular(second.group(1)) else None


def is_singular(head: str) -> bool:
    """A head naming one person: not "passengers", "men", "the injured"."""
    h = head.lower()
    return not (
        (h.endswith("s") and not h.endswith("ss"))
        or h in PLURAL_PEOPLE_NOUNS
        or h in _GROUP_ADJECTIVES
    )


def _ordinal_count(ordinal: str, noun: str | None, running_total: bool) -> int | None:
    """ "a third person has died": the count so far is three; "a second man was hurt" is one."""
    n = ordinal_value(ordinal)
    noun = (noun or "").lower()
    if n is not None and (running_total or any(noun.startswith(c) for c in CUMULATIVE_NOUNS)):
        return n
    return 1


def _object_value(
    m: re.Match[str], more: re.Match[str] | None, running_total: bool
) -> FactValue | None:
    """ "injuring two men and a woman" (three), "arresting a fourth man" (four so far)."""
    head = m.group("ohead")
    if not is_person_head(head):
        return None
    if m.group("ord"):
        return _ordinal_count(m.group("ord"), head, running_total)
    n = m.group("n").lower()
    definite = n in ("the", "his", "her", "their")
    if n in ("his", "her", "their") and head and head.lower().rstrip("s") in BODY_PARTS:
        return None  # "injured his shoulder": the subject's own hurt, counted elsewhere
    if n in ("a", "an", "the", "his", "her", "their") and (
        head is None or (definite and not is_singular(head))
    ):
        return None  # "arrested the driver" is one; "killing a" or "arrested the men" is no count
    size = GROUP_SIZES.get(head.lower()) if head else None
    if size and n in ("a", "an", "the"):
        first: FactValue | None = size  # "killing an elderly couple"
    else:
        first = 1 if definite else count_of(m.group("n"))
    if more is None or not more.group("more"):
        return first
    rest = sum_of_parts(more.group("more"))
    if not isinstance(first, int) or rest is None:
        return None
    return first + rest


def _is_age(text: str, m: re.Match[str]) -> bool:
    """ "Liam Castell, 31, died": a bare number after a name is an age, not a count; "the 2018
    dead", "in 2016-17 victims": a year or a span of years after a determiner is a date."""
    n = m.group("n") or ""
    if _YEARS.fullmatch(n) and _YEAR_DET.search(text, max(0, m.start() - 6), m.start()):
        return True
    return n.isdigit() and bool(_NAME_COMMA.search(text[max(0, m.start() - 40) : m.start()]))


_YEARS = re.compile(r"(?:1[89]|20)\d\d(?:\s*(?:-|–|to)\s*\d{2,4})?")
_YEAR_DET = re.compile(r"\b(?:the|of|in|for|since|from)\s+$", re.IGNORECASE)


# Small loose counts ("a couple of", "a few", "several"): a participle after them is often a
# reduced relative describing some of the people ("a couple of people trampled in the rush were
# checked"), where "dozens of people injured in the fire were ..." is still the toll.
_LOOSE_COUNT = re.compile(
    r"(?:a\s+couple(?:\s+of)?|a\s+pair\s+of|some|a\s+few|a\s+handful\s+of|several|a\s+number\s+of"
    r"|one\s+or\s+two|two\s+or\s+three)(?![\w-])",
    re.IGNORECASE,
)
# The clause's own finite verb after a reduced relative: "... were checked", "... needed".
_FINITE_LATER = re.compile(
    r"[^,.;:!?]*?\s(?:were|was|are|is|have|has|had|needed|required|received|got|remain(?:ed)?"
    r"|went|ended)\s",
    re.IGNORECASE,
)


# A share of a set named earlier in the sentence: "N others" after it are the rest of that set.
_SHARE_BEFORE = re.compile(
    rf"(?<![\w-])(?:{COUNT})\s+of\s+(?:the|those)\s+(?P<w1>[\w-]+)(?:\s+(?P<w2>[\w-]+))?",
    re.IGNORECASE,
)


def _rest_of_own_set(text: str, m: re.Match[str], kind: str) -> bool:
    """Whether a share of the kind's own set ("five of the fatalities") comes before "N others"."""
    own = SAME_SET.get(kind, ())
    return any(
        (s.group("w1").lower() in own or (s.group("w2") or "").lower() in own)
        for s in _SHARE_BEFORE.finditer(text, 0, m.start())
    )


# "the other two", "the remaining three": the rest of a set already counted, not a total.
_REST_OF = re.compile(r"\b(?:the\s+)?(?:other|remaining)\s+$", re.IGNORECASE)


def _vague_reduced_relative(m: re.Match[str]) -> bool:
    """ "a couple of people trampled in the rush were checked by medics": after a loose count, a
    bare participle with the clause's finite verb later describes the people, it is no count."""
    n = m.group("n")
    if not n or not m.group("head") or not _LOOSE_COUNT.match(n):
        return False
    if m.string[m.end("head") : m.start("verb")].strip():
        return False  # "a few people were hurt": an auxiliary makes the verb the clause's own
    return bool(_FINITE_LATER.match(m.string, m.end("verb")))


def _object_of_preposition(text: str, m: re.Match[str]) -> bool:
    """ "trampled in the crush needed treatment": a bare "the" + head right after a preposition
    (not "of", which names the person: "the driver of the pickup, ..., died") and right before
    the verb is the preposition's object, not the verb's subject."""
    if m.group("one") != "the" or not m.group("head"):
        return False
    if m.string[m.end("head") : m.start("verb")].strip():
        return False  # "for the woman who died": a relative clause makes her the subject
    before = _LAST_WORD.search(text, 0, m.start())
    return (
        before is not None
        and before.group(1).lower() in PREPOSITIONS
        and before.group(1).lower() != "of"
    )


def _share_of_the_counted(m: re.Match[str], kind: str = "") -> bool:
    """ "Five of the eight people who were killed", "two of the three injured men": the clause or
    participle after the of-phrase counts the eight or the three; the first number is a share.
    "Five of the fatalities died at the scene": the of-phrase is the kind's own set, so a share."""
    if m.group("grp") is None:
        return False
    last = m.group("grp").split()[-1].lower()
    if m.group("head") is None and last in SAME_SET.get(kind, ()):
        return True
    grp_end = m.end("grp")
    rel = _RELATIVE.match(m.string, m.end("head") if m.group("head") else grp_end)
    if rel:
        # "Five of the eight people who were killed": the kind's verb is the relative clause's;
        # "Eight of the miners who escaped were sent to hospital": another verb comes first, so
        # the kind's verb is the main clause's and the count its subject
        words = m.string[rel.end() : m.start("verb")].split()
        return all(w.lower() in _AUXES or w.lower().endswith("ly") for w in words)
    if m.group("head") is not None:
        # "Nine of the 30 people hurt were taken to hospital": the participle is the of-phrase's,
        # the clause's own verb comes after it
        bare = not m.string[m.end("head") : m.start("verb")].strip()
        return bare and bool(_PARTICIPLE.match(m["verb"]) and _LATER_VERB.match(m.string, m.end()))
    pronoun = m.group("grp").split()[-1].lower() in ("them", "whom", "us", "those")
    between = m.string[grp_end : m.start("verb")]  # "of the most seriously hurt": adverbs only
    return not pronoun and bool(_ADVERBS_ONLY.fullmatch(between) and _PARTICIPLE.match(m["verb"]))


def _governed(text: str, m: re.Match[str] | Hit) -> bool:
    """ "at the scene and a man was arrested": a list after a preposition is its object."""
    before = _LAST_WORD.search(text, 0, m.start())
    return before is not None and before.group(1).lower() in PREPOSITIONS


def _negated(text: str, start: int) -> bool:
    """ "no other", "not" just before the count make it a non-fact."""
    before = text[max(0, start - 30) : start].lower()
    return bool(_NEGATION.search(before[-12:]) or _COUNTERFACTUAL.search(before))


def _dedupe(found: list[Found]) -> list[Found]:
    """Keep the longest of overlapping findings of one kind."""
    kept: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    return kept


# A hospital count after a larger one that moves some of those already there, or names a share
# of them: "One was later airlifted to a spinal unit", "One was flown by helicopter to X" (a bare
# "one" after a larger count), "five of them were referred to the district
# hospital", "One of them was flown to the children's hospital" ("Eleven of them were taken to
# hospital" may follow a count that only needed treatment, and stays).
_TRANSFER = re.compile(
    r"\b(?:later|subsequently|afterwards|then|transferred|referred|moved)\b|^one\s+of\s+(?:them|whom)\b"
    # a bare "One was flown by helicopter to ...": one of those just counted (no noun of its own)
    r"|^one\s+(?:was|had\s+been|has\s+been)\s",
    re.IGNORECASE,
)
HOSPITALISED = "casualties.hospitalised"


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


def singles_among_totals(facts: Sequence[Fact], kinds: Iterable[str]) -> list[Fact]:
    """Drop the one-person counts of a kind where the same incident's report states a larger exact
    count: "A 22-year-old woman died" beside "two people died" names a victim, not the toll; and
    hospital counts that only move some of those already counted there (``_transfers``)."""
    moved = _transfers(facts)
    if moved:
        facts = [f for i, f in enumerate(facts) if i not in moved]
    kinds = frozenset(kinds)
    largest: dict[tuple[str, str], int] = {}
    for f in facts:
        low = f.value.get("min") if isinstance(f.value, dict) else f.value
        if f.kind in kinds and isinstance(low, int) and low > 1:  # "more than a dozen" too
            key = (f.kind, f.incident)
            largest[key] = max(largest.get(key, 0), low)
    exact = {(f.kind, f.incident) for f in facts if isinstance(f.value, int) and f.value > 1}
    return [
        f
        for f in facts
        if not (f.value == 1 and (f.kind, f.incident) in largest and not _NUMERAL.match(f.text))
        and not (_vague(f) and (f.kind, f.incident) in exact)
    ]


_VAGUE_WORD = re.compile(rf"(?<![\w-])(?:{_alt(VAGUE)})(?![\w-])", re.IGNORECASE)


def _vague(f: Fact) -> bool:
    """ "dozens were hurt", "several people": a vague word's range (not "at least seven")."""
    return isinstance(f.value, dict) and bool(_VAGUE_WORD.search(f.text))
