"""Casualty counts a second clause states against the first: "Two were killed and nine more hurt",
"left one passenger dead and three others with serious injuries".

Each rule is anchored on a cheap word test ("more", "with", "fatally"), so sentences
without those words cost nothing; the counted phrase itself is the open shape of grammar.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.grammar import ADJ, MOD, NOUN, SHORT_MOD
from incident_reader.core.facts.lists import count_of
from incident_reader.core.facts.numbers import COUNT, ORDINAL, ordinal_value
from incident_reader.core.facts.phrases import is_person_head
from incident_reader.core.facts.predicates import INJURY_NOUNS
from incident_reader.core.facts.text import Sentence, lowered

KILLED = "casualties.killed"
INJURED = "casualties.injured"
HOSPITALISED = "casualties.hospitalised"

# The short verbs of each kind that follow "N more" in a coordinated clause (data: kind -> forms).
MORE_VERBS: dict[str, str] = {
    KILLED: r"dead|killed|died|perished",
    # (or a harm verb with its injury, or care needed: "five more suffered burns and cuts", "two
    # others needed treatment")
    INJURED: r"hurt|injured|wounded|treated"
    rf"|(?:suffered|sustained|received)\s+(?:[\w-]+\s+){{0,3}}?{INJURY_NOUNS}"
    r"|(?:needed|required|sought|received)\s+(?:medical\s+|hospital\s+)?(?:treatment|attention|care)",
    HOSPITALISED: r"hospitali[sz]ed|taken\s+to\s+hospital|in\s+hospital",
}
_AUX = r"(?:(?:were|was|are|have\s+been|had\s+been|have|had)\s+)?(?:[a-z]+ly\s+)?"
# "... and nine more hurt", "..., two more were injured": the count after a clause of another kind.
# (a head may name them: "and two more tourists were hurt", "while three other riders were hurt")
_MORE = re.compile(
    rf"(?<![\w-])(?P<n>{COUNT})\s+(?:others|(?:more|other)(?:\s+{ADJ}*{SHORT_MOD}(?P<head>{NOUN}))?)"
    r"(?:\s*,\s*(?:among\s+them|including|most\s+of\s+them|some\s+of\s+them)\s[^,.;]{1,60}?,)?"
    rf"\s+{_AUX}"
    rf"(?:(?P<k>{MORE_VERBS[KILLED]})|(?P<i>{MORE_VERBS[INJURED]})"
    rf"|(?P<h>{MORE_VERBS[HOSPITALISED]}))(?![\w-])",
    re.IGNORECASE,
)
_MORE_GATE = re.compile(r"\b(?:more|others?)\b", re.IGNORECASE)
# "Nine were taken to hospital, with a further 11 treated at the scene": the hurt are both sets.
_FURTHER_TREATED = re.compile(
    rf"\s*,?\s+(?:with|and|while|whereas)\s+(?:a\s+further|another)\s+(?P<n>{COUNT})"
    rf"(?:\s+{ADJ}*{MOD}{NOUN})?\s+(?:(?:were|was|have\s+been|had\s+been|being)\s+)?"
    r"(?:treated|assessed|seen)\s+(?:(?:by\s+\w+\s+)?(?:at|on)\s+(?:the\s+)?(?:scene|site|spot)"
    r"|for\s+(?:minor\s+)?(?:injuries|cuts|bruises|shock|smoke\s+inhalation))",
    re.IGNORECASE,
)
# What joins the second clause to the first: "and", "while", a comma.
_JOINED = re.compile(r"(?:\band|\bwhile|\bwhereas|,|;)\s+$", re.IGNORECASE)

# "left 12 with injuries", "leaving one dead and three others with serious burns".
_WITH_INJURIES = re.compile(
    rf"(?<![\w-])(?P<n>{COUNT})(?:\s+{ADJ}*{MOD}(?P<head>{NOUN}))?\s+with\s+(?!no\b)"
    rf"(?!(?:an?\s+)?(?:[\w-]+\s+)?fatal\s)(?:[\w-]+\s+){{0,3}}?{INJURY_NOUNS}(?![\w-])",
    re.IGNORECASE,
)
# "nine were rescued with injuries", "two were found with stab wounds": any participle.
_DONE_WITH_INJURIES = re.compile(
    rf"(?<![\w-])(?P<n>{COUNT})(?:\s+{ADJ}*{MOD}(?P<head>{NOUN}))?\s+(?:were|have\s+been|had\s+been)"
    r"\s+(?:[a-z]+ly\s+)?(?-i:[a-z]+(?:ed|en|wn|ght))\s+(?:[\w'’-]+\s+){0,4}?with\s+(?!no\b)"
    rf"(?!(?:an?\s+)?(?:[\w-]+\s+)?fatal\s)(?:[\w-]+\s+){{0,3}}?{INJURY_NOUNS}(?![\w-])",
    re.IGNORECASE,
)
# "Five people were shot, two fatally": the dead named after a count of the wounded.
_FATALLY_AFTER = re.compile(rf"\s*,\s*(?P<n>{COUNT})(?:\s+of\s+them)?\s+fatally\b", re.IGNORECASE)
# "Four were killed outright and another died later in hospital", "Three died at the scene and
# two others expired in hospital", "... while four others succumbed in hospital", "... and the
# remaining two died later": more of the same dead.
# The verb may be left out when only a place or time follows it: "Six died at the scene and two
# more in hospital overnight", "... and three others on the way to the clinic" (the gap runs to the
# clause's end with no verb). "and a third, aged 90, died later" names the total by its ordinal.
_GAP = (
    r"(?=\s+(?:in|at|on|en|overnight|later|afterwards|subsequently|after|before|during|within"
    r"|while|from)\b)(?:\s+(?!(?:and|but|were|was|are|is|have|has|had|being|been|hurt|injured"
    r"|wounded|treated|taken|admitted)\b)[\w'’-]+){1,8}?(?=\s*(?:[,;.]|$))"
)
_ANOTHER_DIED = re.compile(
    rf"(?:\s+[\w'’-]+){{0,6}}?,?\s+(?:and|while|whereas)\s+"
    rf"(?:(?:another|a\s+further|one\s+more)(?:\s+(?P<n>{COUNT}))?"
    rf"|(?P<m>{COUNT})\s+(?:others|more)|the\s+(?:remaining|other)\s+(?P<r>{COUNT})"
    rf"|(?:a|the)\s+(?P<o>{ORDINAL}))"
    r"(?:\s+(?P<noun>person|people|man|woman|men|women|victims?|passengers?))?"
    r"(?:\s*,\s*(?:aged\s+)?\d{1,3}\s*,)?"  # an age between commas: "a third, aged 90,"
    r"(?:\s+(?:later\s+)?"
    r"(?:died|was\s+killed|were\s+killed|perished|succumbed|expired|passed\s+away"
    r"|gave\s+up\s+the\s+ghost|breathed\s+(?:his|her|their)\s+last|lost\s+their\s+lives)(?![\w-])"
    rf"|{_GAP})",
    re.IGNORECASE,
)
# The injury nouns' stems (predicates.INJURY_NOUNS): without one, no "with injuries" rule can match.
_INJURY_STEMS = (
    "injur", "wound", "burn", "fractur", "cuts", "bruis", "lacera", "broken", "trauma", "inhal",
)  # fmt: skip
_LEFT = re.compile(r"\b(?:left|leaving|leaves)\s+", re.IGNORECASE)
_LEFT_BEFORE = re.compile(r"\b(?:left|leaving|leaves)\s+(?:[^.;:]{0,80}?\band\s+)?$", re.IGNORECASE)


# A sentence that opens with "N more" of the hurt ("Eleven more were hurt", "And 20 more people
# were injured"): "more" than the dead the sentences before told.
_OPENING_MORE = re.compile(
    rf"\s*(?:(?:and|but)\s+)?(?P<n>{COUNT})\s+(?:more|others)(?:\s+{ADJ}*{SHORT_MOD}(?P<head>{NOUN}))?"
    # (an aside on who they were: "Six more people, among them a cook, suffered burns")
    r"(?:\s*,\s*(?:among\s+them|including|most\s+of\s+them|some\s+of\s+them)\s[^,.;]{1,60}?,)?"
    rf"\s+{_AUX}"
    rf"(?:{MORE_VERBS[INJURED]})(?![\w-])",
    re.IGNORECASE,
)
_DEAD_WORDS = re.compile(
    r"\b(?:died|dead|killed|deaths?|bod(?:y|ies)|perished|fatal(?:ly|ities)?)\b", re.IGNORECASE
)


def more_than_the_dead(sentence: Sentence, earlier: Sequence[str]) -> list[Found]:
    """ "... were among the dead. Eleven more were hurt": a sentence opening with "N more" of the
    hurt, after sentences that told the dead (``earlier``: their texts) and in a report with no
    injured count yet, counts the hurt (more people than the dead, not more hurt than before)."""
    m = _OPENING_MORE.match(sentence.text)
    if m is None or not any(_DEAD_WORDS.search(t) for t in earlier):
        return []
    value = count_of(m.group("n"))
    if value is None or (m.group("head") and not is_person_head(m.group("head"))):
        return []
    return [Found(INJURED, value, sentence.start + m.start("n"), sentence.start + m.end())]


def clause_counts(sentence: Sentence, found: list[Found]) -> list[Found]:
    """The sentence's findings (``found``) with the counts said in a clause joined to one that
    counts another kind, and a count of the dead joined to "and another died" as one."""
    out: list[Found] = []
    text, base = sentence.text, sentence.start
    lower = lowered(sentence)  # (each match of _MORE_GATE holds "more" or "other")
    if found and ("more" in lower or "other" in lower) and _MORE_GATE.search(text):
        for m in _MORE.finditer(text):
            kind = KILLED if m.group("k") else INJURED if m.group("i") else HOSPITALISED
            start = base + m.start()
            before = [f for f in found if f.end <= start]
            if not before or any(f.kind == kind for f in before):
                continue  # "two more died": added to a toll of the same kind, not a count
            if not _JOINED.search(text, 0, m.start()):
                continue
            value = count_of(m.group("n")) if is_person_head(m.group("head")) else None
            if value is not None and not any(f.kind == kind and f.start == start for f in found):
                out.append(Found(kind, value, start, base + m.end()))
    hurt = " with " in text and any(w in sentence.lower for w in _INJURY_STEMS)
    if hurt and _LEFT.search(text):
        for m in _WITH_INJURIES.finditer(text):
            if _LEFT_BEFORE.search(text, 0, m.start()):
                out.extend(_injured(m, base, found))
    if hurt and not any(f.kind == INJURED for f in found):
        for m in _DONE_WITH_INJURIES.finditer(text):
            out.extend(_injured(m, base, found))
    survivors: dict[int, Found] = {}  # "Five were shot, one fatally": four were hurt and lived
    if "fatally" in text and not any(f.kind == KILLED for f in found):
        for i, f in enumerate(found):
            after = _FATALLY_AFTER.match(text, f.end - base) if f.kind == INJURED else None
            value = count_of(after.group("n")) if after else None
            if after and value is not None and f.start >= base:
                out.append(Found(KILLED, value, base + after.start("n"), base + after.end()))
                if isinstance(f.value, int) and isinstance(value, int) and f.value > value:
                    survivors[i] = Found(INJURED, f.value - value, f.start, f.end)
    found = [survivors.get(i, f) for i, f in enumerate(found)]
    found = [*found, *out]
    if " further " in text or " another " in text:
        found = _further_treated(text, base, found)
    if " and " in text or " while " in text or " whereas " in text:
        found = _others_hurt_too(text, base, found)
        found = _next_one_hurt(text, base, found)
    if (" and " in text or " while " in text or " whereas " in text) and any(
        f.kind == KILLED for f in found
    ):
        return _one_more_dead(text, base, found)
    return found


def _further_treated(text: str, base: int, found: list[Found]) -> list[Found]:
    """A hospital count and "with a further N treated at the scene" after it: all of them were
    hurt (the injured count of the second clause alone gives way)."""
    for f in found:
        m = _FURTHER_TREATED.match(text, f.end - base) if f.kind == HOSPITALISED else None
        more = count_of(m.group("n")) if m else None
        if m and isinstance(f.value, int) and isinstance(more, int) and f.start >= base:
            end = base + m.end()
            kept = [g for g in found if not (g.kind == INJURED and f.end <= g.start < end)]
            if any(g.kind == INJURED for g in kept):
                return found  # the hurt are counted in their own words
            return [*kept, Found(INJURED, f.value + more, f.start, end)]
    return found


# Between two counts of the hurt, the second of them others: "Three were seriously hurt and 12
# others suffered minor injuries", "..., while a further six were slightly injured".
_JOIN_OTHERS = re.compile(
    # a short phrase may close the first clause: "suffered burns to his hands and ..."
    r"(?:\s+(?:to|on|in)\s+(?:his|her|their|the)\s+[\w-]+(?:\s+[\w-]+)?)?"
    r"\s*,?\s+(?:and|while|whereas)\s+(?:(?:another|a\s+further)\s+)?",
    re.IGNORECASE,
)
_OTHERS_AFTER = re.compile(
    rf"(?P<n>{COUNT})\s+(?:others|more|other\s+(?:people|persons))\b", re.IGNORECASE
)


# A second clause's own subject, someone not counted before: "... and the man, 57, hurt his back"
# (not a pronoun, and not a share: "and two of them were badly hurt").
_FRESH_SUBJECT = re.compile(r"(?:an?|the|one|his|her|their)\s+(?-i:[a-z])", re.IGNORECASE)
# A counted second subject of its own kind of people, its hurt told without a degree: "One
# firefighter suffered burns and two colleagues were treated for heat exhaustion" (not "and two
# people were seriously hurt", a share of the first).
_COUNTED_FRESH = re.compile(
    rf"(?:{COUNT})\s+(?!of\b|people\b|persons\b)(?-i:[a-z][\w-]*)\s+(?!.*\b(?:seriously|critically"
    r"|badly|severely|gravely)\b)",
    re.IGNORECASE,
)
_SHARE_OF = re.compile(r"\bof\s+(?:them|whom|those|the|these)\b", re.IGNORECASE)


def _others_hurt_too(text: str, base: int, found: list[Found]) -> list[Found]:
    """Two counts of the hurt joined as "N ... and M others ..." or "X was hurt and the man ... was
    hurt": one count of both (the second is no part of the first, so neither alone is the total)."""
    hurt = sorted(
        (f for f in found if f.kind == INJURED and f.start >= base), key=lambda f: f.start
    )
    for a, b in zip(hurt, hurt[1:], strict=False):
        join = _JOIN_OTHERS.match(text, a.end - base)
        if join is None or join.end() != b.start - base:
            continue
        further = join.group(0).strip(" ,").lower() not in ("and", "while", "whereas")
        second = text[b.start - base : b.end - base]
        fresh = _FRESH_SUBJECT.match(second) and not _SHARE_OF.search(second)
        fresh = fresh or (_COUNTED_FRESH.match(second) and not _SHARE_OF.search(second))
        if not (further or _OTHERS_AFTER.match(second) or fresh):
            continue
        if isinstance(a.value, int) and isinstance(b.value, int):
            kept = [f for f in found if f is not a and f is not b]
            return [*kept, Found(INJURED, a.value + b.value, a.start, b.end)]
    return found


# "Two were treated at the scene, and a third was taken to hospital": the next one by its ordinal
# in a clause joined to a count of the hurt, sent to hospital or hurt too.
_NEXT_ONE = re.compile(
    rf"[^.;:]{{0,80}}?,?\s+(?:and|while|whereas|but)\s+(?P<art>a|an|the)\s+(?P<ord>{ORDINAL})"
    r"(?:\s+(?-i:[a-z]+))?\s+(?:(?:was|had\s+been|has\s+been|is)\s+)?(?:[a-z]+ly\s+)?"
    r"(?:(?P<hurt>treated|hurt|injured|wounded)|[a-z]+)(?![\w-])",
    re.IGNORECASE,
)


def _next_one_hurt(text: str, base: int, found: list[Found]) -> list[Found]:
    """A count of the hurt and "and a third was taken to hospital" after it: the hurt are one more
    (the ordinal's number when it follows the count)."""
    for f in found:
        m = _NEXT_ONE.match(text, f.end - base) if f.kind == INJURED else None
        if m is None or not isinstance(f.value, int) or f.start < base:
            continue
        sent = any(g.kind == HOSPITALISED and g.start == base + m.start("art") for g in found)
        if (m.group("hurt") or sent) and ordinal_value(m.group("ord")) == f.value + 1:
            kept = [g for g in found if g is not f]
            return [*kept, Found(INJURED, f.value + 1, f.start, base + m.end())]
    return found


def _one_more_dead(text: str, base: int, found: list[Found]) -> list[Found]:
    """A killed count plus "and another died" after it, as one count over both clauses (the
    counts of the dead inside it give way)."""
    for f in found:
        m = _ANOTHER_DIED.match(text, f.end - base) if f.kind == KILLED else None
        if m and isinstance(f.value, int) and f.start >= base:
            n = m.group("n") or m.group("m") or m.group("r")
            more = count_of(n) if n else 1
            if m.group("o"):  # "two ... and a third": one more, when the ordinal follows on
                nth = ordinal_value(m.group("o"))
                more = 1 if nth == f.value + 1 else None
                # (or on one part of the count: "Nine passengers and the driver died ..., while
                # a tenth passenger died later": the tenth passenger is one more than the nine)
                part = _part_of(text[f.start - base : f.end - base], m.group("noun"))
                if more is None and nth is not None and part == nth - 1:
                    more = 1
            if isinstance(more, int):
                end = base + m.end()
                # (a gapped "and two more in hospital" is no hospital count of its own)
                kept = [
                    g
                    for g in found
                    if not (g.kind in (KILLED, HOSPITALISED) and f.start <= g.start < end)
                ]
                return [*kept, Found(KILLED, f.value + more, f.start, end)]
    return found


_PLURAL_OF = {"man": "men", "woman": "women", "person": "people"}


def _part_of(phrase: str, noun: str | None) -> int | None:
    """The count a part of a listed count gives the ordinal's noun ("Nine passengers and the
    driver" holds nine passengers), or None."""
    if not noun:
        return None
    one = noun.lower().removesuffix("s")
    plural = _PLURAL_OF.get(one, one + "s")
    m = re.search(rf"(?<![\w-])({COUNT})\s+(?:[\w-]+\s+)?{plural}(?![\w'’-])", phrase, re.I)
    value = count_of(m.group(1)) if m else None
    return value if isinstance(value, int) else None


def _injured(m: re.Match[str], base: int, found: list[Found]) -> list[Found]:
    """The injured count of a match whose head may name people, unless already found there."""
    value = count_of(m.group("n")) if is_person_head(m.group("head")) else None
    start = base + m.start()
    if value is None or any(f.kind == INJURED and f.start == start for f in found):
        return []
    return [Found(INJURED, value, start, base + m.end())]
