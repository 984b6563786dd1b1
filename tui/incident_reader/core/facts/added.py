"""A second clause of the same sentence that counts more people of the same kind: "One man suffered
a broken arm, with another suffering neck injuries", "One died at the scene while another died in
hospital", "A boy was hurt, with two others suffering cuts" (the people are added, not a revision);
and a toll the same doer raises in a clause after it: "killing four before stabbing a police
officer to death" is five killed.
"""

from __future__ import annotations

import re

from incident_reader.core.facts.counting import KILLED, Found
from incident_reader.core.facts.grammar import ADJ, MOD, NOUN
from incident_reader.core.facts.lists import count_of
from incident_reader.core.facts.numbers import COUNT
from incident_reader.core.facts.phrases import is_person_head
from incident_reader.core.facts.predicates import INJURY_NOUNS
from incident_reader.core.facts.text import Sentence

INJURED = "casualties.injured"

# The second clause's subject says its people are more than the first's: "another", "one other",
# "two others", "three more" (not "the other two", the rest of a set told before).
_ADDED_SUBJECT = re.compile(
    rf"(?:another|one\s+other|(?P<n>{COUNT})\s+(?:others|more|other\s+(?-i:[a-z])))(?![\w'’-])",
    re.IGNORECASE,
)
# What joins the two clauses: "with", "and", "while", "whereas" or a comma, after the rest of the
# first clause ("an injury to his arm, with ...": a few words, none of them another joint).
_JOINT = re.compile(
    r"^(?:\s*,\s*|(?:\s+(?!(?:with|and|while|whereas|but|who|which|after|when)\b)[\w'’-]+){0,6}?"
    r"\s*,?\s+(?:with|and|while|whereas)\s+)$",
    re.IGNORECASE,
)
_GATE = re.compile(r"\b(?:another|others?|more)\b", re.IGNORECASE)
_JOINS = (" before ", " and ", " then ")  # what _AFTER_TOLL needs

# Verbs of a killing done by the toll's doer, as a participle after "before" or a finite verb after
# "and (then)"; those of wounding need "to death" or "dead" to kill ("stabbing a guard to death",
# "shot dead a bystander"), those of killing do not ("before killing a policeman").
_KILL = r"kill(?:ing|ed)|murder(?:ing|ed)|slay(?:ing)?|slew"
_WOUND_TO_DEATH = (
    r"stab(?:bing|bed)|shoot(?:ing)?|shot|beat(?:ing)?|hack(?:ing|ed)|strangl(?:ing|ed)"
    r"|knif(?:ing|ed)|bludgeon(?:ing|ed)|batter(?:ing|ed)|club(?:bing|bed)|crush(?:ing|ed)"
)
# Whom: a count or an article, up to three modifiers and a head; or a name (with a rank).
_VICTIM = (
    rf"(?P<n>{COUNT}|an?)\s+(?:[\w’'-]+\s+){{0,3}}?(?P<head>[\w’'-]+)"
    r"|(?P<name>(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3})"
)
# After the toll's words (a few more, no clause boundary): "before", "and", "and then", "then".
_AFTER_TOLL = (
    r"(?:\s+[^\s,.;:]+){0,5}?\s*,?\s+(?:before|and(?:\s+then|\s+later)?|then)\s+"
    r"(?:(?:also|allegedly)\s+)?"
)
_ONE_MORE_KILLED = (
    # a verb that kills by itself, or a wounding said fatal before its person
    re.compile(
        rf"{_AFTER_TOLL}(?:(?:fatally\s+)?(?:{_KILL})|fatally\s+(?:{_WOUND_TO_DEATH})"
        rf"|(?:{_WOUND_TO_DEATH})\s+dead)\s+(?:{_VICTIM})(?![\w’'-])",
        re.IGNORECASE,
    ),
    # a wounding said fatal after its person: "stabbing a police officer to death"
    re.compile(
        rf"{_AFTER_TOLL}(?:{_WOUND_TO_DEATH})\s+(?:{_VICTIM})\s+(?:to\s+death|dead)(?![\w’'-])",
        re.IGNORECASE,
    ),
)
# Not the doer's own death or one told of the doer ("before turning the gun on himself", "before
# being shot dead"), nor a person of the toll named again ("the woman", "his wife": no count).
_NOT_ANOTHER = re.compile(
    r"\b(?:him|her|them|himself|herself|themselves|itself|being|been|was|were|who|whom|including"
    r"|among)\b",
    re.IGNORECASE,
)


def more_killed_after(sentence: Sentence, found: list[Found]) -> list[Found]:
    """A toll its doer raises in a clause after it ("killing four before stabbing a police officer
    to death", "shot dead two customers and then killed a guard"): one fact of the sum, from the
    toll's words to the second killing's (a person only: a head that names people, or a name)."""
    text, base = sentence.text, sentence.start
    out = found
    for f in found:
        if f.kind != KILLED or not isinstance(f.value, int) or f.end <= base:
            continue
        if not any(g is f for g in out):
            continue  # already summed into an earlier toll
        m = _ONE_MORE_KILLED[0].match(text, f.end - base) or _ONE_MORE_KILLED[1].match(
            text, f.end - base
        )
        if m is None or _NOT_ANOTHER.search(m.group(0)):
            continue
        if m.group("name") is None and not is_person_head(m.group("head")):
            continue
        more = 1 if m.group("name") is not None else count_of(m.group("n"))
        if not isinstance(more, int) or more < 1:
            continue
        end = base + m.end()
        # the second killing told as its own count goes into the sum
        inside = [g for g in out if g.kind == KILLED and f.end <= g.start < end]
        merged = Found(KILLED, f.value + more, f.start, max([end, *(g.end for g in inside)]))
        out = [merged if g is f else g for g in out if not any(g is h for h in inside)]
    return out


def added_clauses(sentence: Sentence, found: list[Found]) -> list[Found]:
    """Join each count whose clause adds people ("..., with another suffering cuts") to the count of
    the same kind told right before it in the sentence: one fact of their sum, from the first
    count's words to the second's; and raise a toll by a killing its doer adds after it."""
    text = sentence.text
    if any(f.kind == KILLED for f in found) and any(w in text for w in _JOINS):
        found = more_killed_after(sentence, found)
    if len(found) < 2 or not _GATE.search(sentence.text):
        return found
    text, base = sentence.text, sentence.start
    out = sorted(found, key=lambda f: f.start)
    i = 1
    while i < len(out):
        f = out[i]
        prev = next((g for g in reversed(out[:i]) if g.kind == f.kind and g.end <= f.start), None)
        if (
            prev is not None
            and isinstance(prev.value, int)
            and isinstance(f.value, int)
            and _ADDED_SUBJECT.match(text, f.start - base)
            and _JOINT.match(text[prev.end - base : f.start - base])
            and not any(g.start < f.start and g.end > prev.end for g in out if g is not prev)
        ):
            merged = Found(f.kind, prev.value + f.value, prev.start, f.end)
            out = [g for g in out if g is not prev and g is not f]
            out.insert(0, merged)
            out.sort(key=lambda g: g.start)
            i = 1
            continue
        i += 1
    return out


# A counted subject whose clause ends in a participle of harm said of it: "Four residents tied
# sheets together and jumped to the balcony below, in the process sustaining injuries", "Two men
# fought the fire with buckets, suffering burns" (no other comma or clause boundary between; a
# fronted phrase or "police said" may open the sentence).
_PARTICIPLE_HURT = re.compile(
    # at the clause's start: the sentence's, after a fronted phrase or a reporting verb
    r"(?:^|(?<=, )|(?<=\bsaid )|(?<=\bsays )|(?<=\bthat ))"
    rf"\s*(?P<n>{COUNT})\s+{ADJ}*{MOD}(?P<head>{NOUN})(?:\s+(?!(?:and|but|who)\b)[^.;:,]{{1,140}}?)"
    r",\s*(?:(?:in\s+the\s+process|thereby|both|all)\s+)?(?:sustaining|suffering|receiving)\s+"
    rf"(?!no\b)(?:[\w-]+\s+){{0,3}}?(?:injuries|burns|wounds|fractures|cuts|{INJURY_NOUNS})(?![\w-])",
    re.IGNORECASE,
)


def participle_hurt(sentence: Sentence) -> list[Found]:
    """The injured counted by a subject and a participle of harm closing its clause
    (``_PARTICIPLE_HURT``): the subject's count, the evidence from it to the harm."""
    text = sentence.text
    if "sustaining" not in text and "suffering" not in text and "receiving" not in text:
        return []
    m = _PARTICIPLE_HURT.search(text)
    if m is None or not is_person_head(m.group("head")):
        return []
    value = count_of(m.group("n"))
    if value is None:
        return []
    return [Found(INJURED, value, sentence.start + m.start("n"), sentence.start + m.end())]


# The hurt counted as the people an injury noun is told among: "Injuries were reported among seven
# passengers", "Minor injuries were suffered by three officers".
_INJURIES_AMONG = re.compile(
    rf"(?<![\w-])(?:injuries|wounds)\s+(?:(?:were|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
    r"(?:reported|recorded|confirmed|sustained|suffered)\s+)?(?:among|by)\s+"
    rf"(?P<n>{COUNT})(?:\s+of\s+(?:the|them|those))?(?:\s+{ADJ}*{MOD}(?P<head>{NOUN}))?(?![\w-])",
    re.IGNORECASE,
)


def injuries_among(sentence: Sentence) -> list[Found]:
    """The injured counted after an injury noun by "among" or "by" (``_INJURIES_AMONG``):
    the count, with a person head or none ("among seven of them")."""
    text = sentence.text
    if "injuries" not in text.lower() and "wounds" not in text.lower():
        return []
    out = []
    for m in _INJURIES_AMONG.finditer(text):
        head = m.group("head")
        if head is not None and not is_person_head(head):
            continue  # "injuries to two cars"
        value = count_of(m.group("n"))
        if value is not None:
            out.append(Found(INJURED, value, sentence.start + m.start(), sentence.start + m.end()))
    return out


# A share of a set counted by another verb, told with its wounds: "Ten people were rescued, three
# of them with injuries", "Crews pulled 12 people out, four with serious burns".
_SHARE_WITH_INJURIES = re.compile(
    rf"(?<![\w-])(?:{COUNT})(?![\w-])[^.;:]*?,\s*(?P<n>{COUNT})\s+(?:of\s+(?:them|whom)\s+)?with\s+"
    rf"(?!no\b)(?:[\w-]+\s+){{0,3}}?(?:{INJURY_NOUNS})(?![\w-])",
    re.IGNORECASE,
)


def share_with_injuries(sentence: Sentence) -> list[Found]:
    """The injured told as a share of people counted before by a comma and "with" an injury
    noun (``_SHARE_WITH_INJURIES``): the share's count."""
    text = sentence.text
    if " with " not in text:
        return []
    out = []
    for m in _SHARE_WITH_INJURIES.finditer(text):
        value = count_of(m.group("n")) if m.group("n") else None
        if value is not None:
            start = sentence.start + m.start("n")
            out.append(Found(INJURED, value, start, sentence.start + m.end()))
    return out
