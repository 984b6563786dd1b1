"""Counting rules compiled from named fragments (COUNT, NOUN, AUX, a kind's verbs), so casualty and
arrest extractors share the grammar and differ only in their verb tables."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from incident_reader.core.facts.grammar import ADJ, APPOS, AUX, GROUP, MOD, NOUN
from incident_reader.core.facts.lexicon import (
    GATE_STEMS,
    RUNNING_TOTAL_KINDS,
)
from incident_reader.core.facts.lists import (
    _BREAKDOWN_HEAD,
    Breakdown,
    object_end,
)
from incident_reader.core.facts.numbers import COUNT, ORDINAL
from incident_reader.core.facts.phrases import (
    COORDINATED,
)
from incident_reader.core.facts.predicates import INJURY_NOUNS
from incident_reader.core.facts.text import Sentence, WordGate, WordScan, opening_words

_COUNT_AFTER = re.compile(rf"\s+(?P<n>{COUNT})", re.IGNORECASE)
_FLAGS = re.IGNORECASE
_LEADING_GROUP = re.compile(r"\(\?:([^()]*)\)")
# "none of the passengers was hurt" counts nobody; "none" is a subject only before its verb group.
AUX_WORD = r"(?:was|were|is|are|has|have|had|died|else)\b"
# "killed more than 150", "killed 16." and "killed eight in ...": a count ends the clause.
_BOUND_FIRST = (
    r"(?:(?:more|fewer|less)\s+than|at\s+least|up\s+to|nearly|almost|about|around|some|over|all"
    r"|a\s+total\s+of)"
)
# "killed 159 and injured another 195": a second count of another kind, not added to a total.
_ADDED_FIRST = r"(?:another|a\s+further)"
_CLAUSE_AFTER = r"and|in|on|at|when|after|while|during|including|across|as|before|for"
# Where the counted people were, after the head: "Two workers in the vicinity were injured",
# "Three passengers on the bus", "Four men at the site" (a preposition of place and up to three
# words that are no auxiliary, so the clause's verb group still follows).
_NOT_AUX = r"(?!(?:were|was|are|is|had|have|has|been|being|who|and)\b)"
_WHERE = (  # (never after a participle: "workers pulled from the rubble" is a reduced relative)
    # (or whose a plural head's people are: "residents of nearby flats", "members of staff";
    # not "a total of 14", "a lot of people", "a family of five")
    r"(?:(?:(?<!ed)\s+(?:in|on|at|aboard|inside|near|from)|(?<=[^\Ws]s)\s+of)\s+"
    r"(?:(?:the|a|an|his|her|their|its|that)\s+)?"
    rf"(?:{_NOT_AUX}[\w'’-]+\s+){{0,2}}?{_NOT_AUX}[\w'’-]+"
    # or the wounds they bore: "Three people with gunshot wounds", "two men with head injuries"
    # (a with-phrase of company, "two women with their children", is no part of the subject)
    rf"|\s+with\s+(?:{_NOT_AUX}[\w'’-]+\s+){{0,2}}?{INJURY_NOUNS}(?![\w-]))?"
)


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
    # The fixed scans not read by word keys alone (a digit, a plain scan): a kind with a plain
    # scan (``fixed_always``) tries these and, of the others, those the index gives.
    fixed_unkeyed: tuple[int, ...] = ()


# A unit of time after a count: "killed four days later" counts days, not people.
_TIME_UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?)"
)


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
        rf"(?:\s+(?P<grp>{GROUP}))?"
        # (a past participle right before "dead" is the predicate, no head: "Eight persons
        # confirmed dead", "Two hikers feared dead", the auxiliary left out as in a headline)
        rf"(?:\s+{ADJ}*{MOD}(?P<head>{NOUN})(?!(?<=ed)\s+(?:dead|deceased)(?![\w-]))"
        rf"{COORDINATED}{_WHERE}){optional}"
    )
    # The alternatives open the phrase only; what the head must be (a noun after an article, a
    # singular one after "the", a person) is checked on the match (``_subject_value``), so the
    # open noun pattern is written once here and the rules stay quick to compile.
    subject = (
        rf"(?<![\w-])(?:(?P<zero>no(?:-|\s+)one|nobody"
        # "none of", "none was", and a past verb: "none needed hospital treatment"
        rf"|none(?=\s+(?:of\b|{AUX_WORD}|(?-i:[a-z]{{2,}}ed)\b))"
        # "neither driver was hurt", "neither of the men was injured" ("neither ... nor" is a list)
        rf"|neither(?=\s+(?:of\b|(?-i:[a-z]+)\s+{AUX_WORD})))"
        rf"|(?:all\s+)?(?P<n>{COUNT})(?<!\bone\sor)|(?P<art>an?|the\s+only)(?=\s)"
        r"|(?P<poss>his|her|their)(?=\s)"
        # one person named by a pronoun or a definite singular noun: "He died", "the pedestrian,
        # a 54-year-old local man, died" (totals.singles_among_totals drops them beside a total)
        r"|(?P<one>(?-i:He|She)(?=\s)|the(?=\s)|another(?=\s)"
        r"|(?-i:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?-i:[A-Z])[\w'’-]+(?=\s*,|\s+(?:has|had|was|is|died)\b))"
        rf"|(?:(?:a|the)\s+)?(?P<ord>{ORDINAL})(?=\s)"
        # a headline's bare singular noun, first in its line: "Man, 34, dies after stabbing", or
        # two joined by "and": "Mother and child killed as wall falls"
        r"|(?P<bare>(?-i:[A-Z][a-z]{2,}))(?:\s+and\s+(?P<bare2>(?-i:[a-z]{3,})))?"
        r"(?=\s*,|\s+(?-i:[a-z]))"
        # surnames told before, in a list: "Brown and Diaz were transported to X"
        r"|(?P<names>(?-i:[A-Z][a-z][\w'’-]+)(?:\s*,\s*(?-i:[A-Z][a-z][\w'’-]+)){0,3}\s*,?\s+and\s+"
        r"(?-i:[A-Z][a-z][\w'’-]+))(?=\s+(?:were|have|had|both|all)\b))"
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
            # "injured a dozen people", "killed two hundred"; "injured both of his passengers"
            r"(?:\s+(?:dozen|hundred|thousand)(?![\w-]))?"
            r"(?:\s+of\s+(?:them|us|the|his|her|their)(?![\w-])"
            r"|(?:\s+of(?=\s+(?:people|those|others)\b)|\s*\(\d{1,6}\))?"
            # (a capitalised modifier too: "killed a British tourist", "two Kelby men")
            rf"(?:\s+(?:{ADJ})*(?:(?-i:[A-Z][a-z][\w'’-]*)\s+){{0,2}}{NOUN}"
            rf"|\s*(?:[,.;:)]|$)|\s+(?:{_CLAUSE_AFTER})\b"
            # "killing 13 and injuring scores more": "more" than the other kind's count
            rf"|\s+more(?=\s*(?:[,.;:)]|$)|\s+(?:{_CLAUSE_AFTER})\b))))"
        )
        actives = f"{actives}|{with_noun}" if active else with_noun
        active = [*active, *active_with_noun]
    if active:
        verb_object = re.compile(
            rf"(?<![\w-])(?P<verb>{actives})\s+(?:(?:an?|the)\s+(?P<ord>{ORDINAL})(?=\s)"
            rf"|(?:the\s+|all\s+|{_ADDED_FIRST}\s+|a\s+total\s+of\s+)?(?P<n>{COUNT}|an?(?=\s){definite}))"
            # a count that measures a time is no object: "shot and killed four days later"
            rf"(?!\s+{_TIME_UNIT}\s+(?:later|earlier|ago|on|after|before)(?![\w-]))"
            # (a unit of time before "later" or "ago" is no head: "nabbed three suspects hours
            # later")
            rf"(?:\s+{GROUP})?(?:\s+{ADJ}*{MOD}(?P<ohead>{NOUN})(?!\s+(?:later|earlier|ago)\b)"
            r"(?P<obj>))"
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
    # (a leading group's words joined by "\s+", "(?:left|has\s+left)", keyed as words: the
    # scan then tries the pattern at those words, not at every character)
    object_stems = [a.replace(r"\s+", " ") for a in active]
    object_scan = WordScan(verb_object, object_stems, object_end) if verb_object else None
    fixed_scans = tuple(
        # a leading optional group of plain words is read by the scan itself, which then knows
        # the word after it is in every match ("(?:the )?(?:injury|wounding) of")
        WordScan(
            rule,
            [p] if opening_words(p) != [p] else scan_stems(p),
            _toll_end if v is None else None,
        )
        for (rule, _), (p, v) in zip(fixed_rules, fixed, strict=True)
    )
    index = _index_scans(fixed_scans)
    return CountRules(
        kind, re.compile(subject, _FLAGS), verb_object, fixed_rules, gate, verb_only,
        object_scan, fixed_scans, frozenset(index), any(f.always for f in fixed_scans),
        breakdown, kind in RUNNING_TOTAL_KINDS, index, ("held", *named_only, *person_only),
        person_only, tuple(i for i, f in enumerate(fixed_scans) if not f.keyed_only),
    )  # fmt: skip


def _index_scans(scans: Sequence[WordScan]) -> dict[str, tuple[int, ...]]:
    """Each key's scans, by position: the fixed phrases a sentence with that word may hold.

    A scan read by word keys alone finds nothing in a sentence without one of the keys every
    match holds (``WordScan.needs``, a subset of its opening keys: "the" opens "(?:the )?injury
    of", whose matches all hold "inju"), so it is filed under those; the others under the words
    they may open with. A sentence then calls only the scans it can match, not every phrase that
    opens with "the", "no" or "a" (most of the calls, each returning nothing).
    """
    index: dict[str, list[int]] = {}
    for i, scan in enumerate(scans):
        for key in scan.needs if scan.keyed_only else scan.keys:
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


def _toll_end(m: re.Match[str]) -> int:
    """Where a toll phrase ends with its count ("toll rose to 12"); the next match starts after."""
    n = _COUNT_AFTER.match(m.string, m.end())
    return n.end() if n else m.end()
