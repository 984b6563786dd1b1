"""Counted people and what happened to them: "Two people were killed", "injuring nine people".

Each kind's rules come from count_rules; where subjects may start, what a match is worth and which
matches are non-facts are starts, count_values and count_guards.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from incident_reader.core.facts.count_guards import (
    _REST_OF,
    _governed,
    _is_age,
    _negated,
    _object_of_preposition,
    _rest_of_own_set,
    _share_of_the_counted,
    _vague_reduced_relative,
)
from incident_reader.core.facts.count_rules import (
    _COUNT_AFTER,
    CountRules,
)
from incident_reader.core.facts.count_values import (
    _object_value,
    _person_enough,
    _subject_value,
    is_singular,
)
from incident_reader.core.facts.grammar import NOUN
from incident_reader.core.facts.lists import (
    JOINED,
    count_of,
    more_after,
    object_end,
    sum_of_parts,
    total_of_parts,
)
from incident_reader.core.facts.numbers import COUNT
from incident_reader.core.facts.phrases import (
    is_person_head,
)
from incident_reader.core.facts.starts import (
    SUBJECT_WORDS,
    _can_start_subject,
    matches_before_verbs,
    subject_starts,
)
from incident_reader.core.facts.survivors import rest_are_survivors
from incident_reader.core.facts.text import Sentence
from incident_reader.core.model import FactValue

HOSPITALISED = "casualties.hospitalised"
KILLED = "casualties.killed"
_OPENING_REST = re.compile(r"\s*(?:The|the)\s+(?:other|remaining)\s+$")
_THE = re.compile(r"(?<![\w'’-])(?:the|The)\s+$")
_THE_OPENING = re.compile(r"\s*(?:The|the)\s+$")
_OTHER_AFTER = re.compile(r"\s+(?:other|remaining)\s")
# An age told by "aged" before its number ("a girl, aged seven, who was burnt").
_AGED = re.compile(r"(?<![\w'’-])aged\s+(?:about\s+|around\s+|just\s+)?$", re.IGNORECASE)
# A singular auxiliary right before a verb of the kind ("was later taken to", "has been arrested",
# "was on Monday taken to": a time told inside the verb group).
_SINGULAR_AUX = re.compile(
    r"(?<![\w'’-])(?:was|is|has\s+been|had\s+been)(?:\s+(?:later|also|then|subsequently|reportedly"
    r"|seriously|critically|badly|slightly|being|now|already|currently|yesterday|overnight"
    r"|last\s+night"
    r"|on\s+(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)))*\s+$",
    re.IGNORECASE,
)
# The same auxiliary serving a second participle: "was dragged from the car by onlookers and
# arrested", "was hit by a van and killed" (the verb of the kind follows "and").
_SHARED_AUX = re.compile(
    r"(?<![\w'’-])(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:[a-z]+(?:ed|en|wn|ght|ck|ung)|shot|hit|cut|hurt|struck|burnt)"
    r"(?![\w'’-])[^.;:!?]{0,80}?\s+and\s+(?:(?:later|then|subsequently|was)\s+)?$",
    re.IGNORECASE,
)
# A reciprocal pronoun after a verb of the kind: "killing one another", "injuring each other".
_RECIPROCAL = re.compile(r"\b(?:one\s+another|each\s+other)\b", re.IGNORECASE)
# Present states an elided subject may be in ("and is now in police custody", "is warded at").
_STATES = ("in ", "under ", "warded", "detained", "hospitali", "being")


@dataclass(frozen=True, slots=True)
class Found:
    """A count found in a sentence: its value, its evidence span and the rule's kind."""

    kind: str
    value: FactValue
    start: int
    end: int


# A set the clause's subject is one of ("She was among three people ..."), and a second verb
# joined to the set's participle ("... taken to hospital and died"): that verb is the subject's.
_MEMBER_OF = re.compile(r"\b(?:among|amongst|one\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# (a finite verb: "and died", "and was killed"; "hit by the car and killed" joins two participles
# of the set)
_JOINED_VERB = re.compile(
    r"\s(?:and|but)\s+(?:(?-i:[a-z]+ly)\s+|later\s+|then\s+)?(?P<aux>(?:was|is|has|had)\s+"
    r"(?:[\w-]+\s+){0,2})?$",
    re.IGNORECASE,
)
_FINITE_DEATH = ("died", "dies", "succumbed", "perished")


def _one_of_the_set(text: str, m: re.Match[str]) -> bool:
    """Whether a count names the set its sentence's subject is one of, and the verb matched is
    joined to the set's participle by "and" ("She was among three people taken to X and died")."""
    if m.group("n") is None or _MEMBER_OF.search(text, max(0, m.start() - 12), m.start()) is None:
        return False
    joined = _JOINED_VERB.search(text, m.start(), m.start("verb"))
    return joined is not None and (
        joined.group("aux") is not None or m.group("verb").lower().startswith(_FINITE_DEATH)
    )


def find_counts(sentence: Sentence, rules: CountRules) -> list[Found]:
    """Every count of ``rules.kind`` stated in a sentence, with evidence offsets into the body."""
    out: list[Found] = []
    text, base = sentence.text, sentence.start
    if rules.gate and not rules.gate.passes(sentence):
        return out
    # The scans below test their own words first, so no further gates are needed here. Every
    # rule read off the kind's verbs finds nothing in a sentence without one of them (most).
    verbs = rules.verb.finditer(sentence) if rules.verb else None
    for m in _subject_matches(sentence, rules) if verbs is None or verbs else ():
        if _negated(text, m.start()) or _is_age(text, m) or _share_of_the_counted(m, rules.kind):
            continue
        if m.group("n") and _AGED.search(text, max(0, m.start() - 16), m.start()):
            continue  # "a boy, aged five, who suffered head injuries": his age, no count
        if _vague_reduced_relative(m) or _object_of_preposition(text, m):
            continue
        if m.group("grp") and _DIED_IN_GROUP.search(m.group("grp")):
            continue  # "Two of the injured later died in hospital": where they died, no count
        if _one_of_the_set(text, m):
            continue  # "She was among three people taken to hospital and died": she died
        if m.group("zero") and (m.group("head") or "").lower() == "else":
            continue  # "No one else was hurt": nobody besides those told of, not a zero count
        if m.group("zero") and _DEGREE.search(text, m.start(), m.start("verb")):
            continue  # "None of the passengers was seriously hurt": the hurt are not counted
        rest = m.group("n") and (
            _REST_OF.search(text, max(0, m.start() - 16), m.start())
            # "The three others, all adults, were treated": "the" + count + "others" is the rest
            or ((m.group("head") or "").lower() == "others" and _THE.search(text, 0, m.start()))
            # "the three other pupils who died", "the two remaining workers": the same rest
            or (_THE.search(text, 0, m.start()) and _OTHER_AFTER.match(text, m.end("n")))
        )
        if (
            rest
            and (rules.kind == KILLED or not rest_are_survivors(text, m.start()))
            and (
                rules.kind != HOSPITALISED
                or out
                or not (
                    _OPENING_REST.match(text, 0, m.start())
                    or _THE_OPENING.match(text, 0, m.start())
                )
            )
        ):
            # "the other two were treated": the rest of a set counted before; a sentence that
            # opens with the rest taken to hospital ("The other five victims were rushed to X")
            # counts all who went there, the others having died or stayed
            continue
        if (m.group("head") or "").lower() == "others" and _rest_of_own_set(text, m, rules.kind):
            continue  # "Five of the fatalities died on the spot, while two others expired"
        if m.group("n") and _PART_AFTER_INCLUDING.search(text, max(0, m.start() - 12), m.start()):
            continue  # "three people including two children in hospital": a part of the three
        value = _subject_value(m, rules.running_total)
        whole = _whole_of_share(m)
        if whole is not None:  # "Five of the nine people brought to X ..." counts the nine
            out.append(Found(rules.kind, whole[0], base + whole[1], base + m.end()))
        elif value is not None and _person_enough(m, rules.person_only):
            out.append(Found(rules.kind, value, base + m.start(), base + m.end()))
    if verbs and rules.verb and rules.breakdown and JOINED.search(sentence.lower):
        for b in matches_before_verbs(sentence, rules.verb, rules.breakdown, _can_start_subject):
            total = total_of_parts(b.parts)
            if total is not None and not _negated(text, b.start()) and not _governed(text, b):
                out.append(Found(rules.kind, total, base + b.start(), base + b.end()))
    if rules.object_scan:
        for m in rules.object_scan.finditer(sentence):
            more = more_after(m)
            value = _object_value(m, more, rules.running_total)
            if _MORE.match(text, m.end()) and not _other_verb_before(text, m):
                continue  # "killed three more": added to a toll told elsewhere
            if _RECIPROCAL.search(text, m.start(), object_end(m) + 9):
                continue  # "forbidden from killing one another": a reciprocal pronoun, no count
            if value is not None and not _negated(text, m.start()):
                out.append(Found(rules.kind, value, base + m.start(), base + object_end(m)))
    fixed = (
        rules.fixed_always
        or not rules.fixed_keys.isdisjoint(sentence.keys)
        or len(sentence.lower) != len(sentence.text)  # WordScan then reads every character
    )
    todo: Iterable[int] = range(len(rules.fixed_scans)) if fixed else ()
    if fixed and len(sentence.lower) == len(sentence.text):
        # only the phrases whose words the sentence holds (what each scan would find out itself,
        # without a call per phrase), and those not keyed by words, which the plain scan of a
        # kind with one (``fixed_always``) brings: every scan of that kind was tried before
        present = rules.fixed_keys & sentence.keys
        keyed = {i for key in present for i in rules.fixed_index[key]}
        todo = sorted(keyed.union(rules.fixed_unkeyed) if rules.fixed_always else keyed)
    for i in todo:
        (_, fixed_value), scan = rules.fixed[i], rules.fixed_scans[i]
        for m in scan.finditer(sentence):
            n = _COUNT_AFTER.match(text, m.end()) if fixed_value is None else None
            value = fixed_value if fixed_value is not None else count_of(n.group("n") if n else "")
            if value is not None:
                out.append(Found(rules.kind, value, base + m.start(), base + (n or m).end()))
    if not verbs:
        return _dedupe(out)
    lower = sentence.lower
    if (
        not out
        and ("was " in lower or " been " in lower or " is " in lower)
        and " else " not in lower  # "No one else was hurt": its verb has a subject, nobody
    ):
        out.extend(_elided_subject(sentence, rules))
    if "the" in lower and (any(c in text for c in ",(–—") or " - " in text):
        out.extend(_apposed_counts(sentence, rules, out))
    if ", including " in text:
        out.extend(_past_inclusion(sentence, rules, out))
    if " and " in text and (" were " in text or " was " in text or " been " in text):
        out.extend(_shared_participle(sentence, rules, out))
    return _dedupe(out)


# A passive participle phrase before "and" and the kind's verb, sharing the auxiliary: "All three
# were handed into the care of the ambulance service and taken to hospital", "Two men were pulled
# from the river by passers-by and later taken to hospital" (the kind's verb ends the window).
_PARTICIPLE_AND = re.compile(
    r"(?<![\w'’-])(?P<aux>were|was|have\s+been|has\s+been|had\s+been)\s+(?:(?-i:[a-z]+ly)\s+)?"
    r"(?-i:[a-z]+(?:ed|en|wn|ght|ck|ung)|shot|hit|cut|hurt|struck|burnt)(?![\w'’-])(?:(?!\s(?:and|but|when|after|while|who)\s)[^.;:!?]){0,110}?"
    r"\s+and\s+(?:(?:later|then|subsequently|eventually)\s+)?$",
    re.IGNORECASE,
)


# An active verb phrase before "and" and the kind's passive verb, one subject for both: "The two
# cyclists fell onto the road and were hurt", "Three climbers slipped on the ice and were
# injured" (a regular past form or an irregular one of motion or mishap; the auxiliary after
# "and" is kept).
_ACTIVE_AND = re.compile(
    r"(?<![\w'’-])(?-i:[a-z]+ed|fell|ran|fled|rode|drove|came|went|flew|swam|stood|sat|got|hit"
    r"|struck|threw|broke|lost|tried)(?![\w'’-])"
    r"(?:(?!\s(?:and|but|when|after|while|who|which|that|where)\s)[^.;:!?]){0,110}?"
    r"\s+and\s+(?:(?:later|then|subsequently|eventually|also)\s+)?"
    r"(?P<aux2>(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
    r"(?:(?-i:[a-z]+ly|later|then|also|all|both)\s+)?)$",
    re.IGNORECASE,
)


def _shared_participle(sentence: Sentence, rules: CountRules, found: list[Found]) -> list[Found]:
    """ "All three were handed into the care of paramedics and taken to hospital": a counted
    subject whose auxiliary serves a first participle phrase and the kind's verb after "and" (the
    subject is matched with the first phrase left out); so does one whose active verb phrase comes
    first ("The two riders fell onto the road and were hurt", ``_ACTIVE_AND``)."""
    text, base, out = sentence.text, sentence.start, []
    for v in rules.verb.finditer(sentence) if rules.verb else ():
        if (
            not text.endswith("and ", 0, v.start())
            and " and " not in text[max(0, v.start() - 30) : v.start()]
        ):
            continue
        if any(f.start <= base + v.start() < f.end for f in found):
            continue
        m = _PARTICIPLE_AND.search(text, max(0, v.start() - 150), v.start())
        if m is not None:
            cut, resume = m.end("aux"), v.start()
        elif (m := _ACTIVE_AND.search(text, max(0, v.start() - 150), v.start())) is not None:
            if any(f.start <= base + m.start() < f.end for f in found):
                continue  # "Both men were arrested ..., and have been in custody": counted
            cut, resume = m.start(), m.start("aux2")
        else:
            continue
        short = text[:cut] + " " + text[resume:]  # offsets before the cut are the sentence's
        for p in [q for q in subject_starts(short) if q < m.start()][-SUBJECT_WORDS:]:
            s = rules.subject_verb.match(short, p)
            if s is None or s.end() <= cut:
                continue
            value = _subject_value(s, rules.running_total)
            if value is not None and not _negated(text, p) and _person_enough(s, rules.person_only):
                out.append(Found(rules.kind, value, base + p, base + v.end()))
            break
    return out


# What may stand between a parenthetical's closing comma and the kind's verb: auxiliaries.
_AUX_RUN = re.compile(
    r"\s+(?:(?:have|has|had|were|was|are|is|been|being|all|both|since|later|now|already|also)\s+)*",
    re.IGNORECASE,
)


def _past_inclusion(sentence: Sentence, rules: CountRules, found: list[Found]) -> list[Found]:
    """ "Six of the officials charged, including the police chief, the district head and two
    fire officers, have been arrested": a long ", including ...," parenthetical between a counted
    subject and its verb is read past (the subject is matched with the parenthetical left out)."""
    text, base, out = sentence.text, sentence.start, []
    i = text.find(", including ")
    for v in rules.verb.finditer(sentence) if rules.verb else ():
        if v.start() <= i or any(
            f.start < base + i and f.start <= base + v.start() < f.end for f in found
        ):
            continue  # a finding inside the parenthetical is its list, not the subject
        close = text.rfind(",", i + 12, v.start())
        if close < 0 or not _AUX_RUN.fullmatch(text, close + 1, v.start()):
            continue
        short = text[:i] + text[close + 1 :]  # offsets before i are the sentence's own
        for p in [q for q in subject_starts(short) if q < i][-SUBJECT_WORDS:]:
            m = rules.subject_verb.match(short, p)
            if m is None or m.end() < i:
                continue
            value = _subject_value(m, rules.running_total)
            if m.group("n") and _REST_OF.search(text, max(0, p - 16), p):
                pass  # "The other five victims, including a boy, suffered injuries": the rest
            elif value is not None and not _negated(text, p) and not _share_of_the_counted(m):
                out.append(Found(rules.kind, value, base + p, base + v.end()))
            break
        else:
            # "Six of the officials referred on the gravest charges, including ...": a count
            # opening the sentence, whatever its noun phrase says after the head
            lead = _LEAD_COUNT.match(text, 0, i)
            if lead and is_person_head(lead.group("head")) and not _negated(text, lead.start()):
                value = count_of(lead.group("n"))
                if value is not None:
                    out.append(Found(rules.kind, value, base + lead.start(), base + v.end()))
    return out


_LEAD_COUNT = re.compile(
    rf"\s*(?P<n>{COUNT})\s+(?:of\s+(?:the|those|these)\s+)?(?P<head>(?-i:[a-z])[\w'’-]*)",
    re.IGNORECASE,
)


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
    rf"(?:(?:numbering|totalling|totaling)\s+)?(?P<n>{COUNT})(?:\s+(?:in\s+all|in\s+total|altogether|of\s+them|people|persons|{NOUN}))?",
    re.IGNORECASE,
)


_HEAD_BEFORE = re.compile(r"([\w'’-]+)\s*(?:,|\(|\s[–—]|\s--?)\s*$")


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
        head = _HEAD_BEFORE.search(text, m.start(), m.start("inner"))
        if inner.isdigit() and head and is_singular(head.group(1)):
            continue  # "the man, 57, hurt his back": one man's age, not a count
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


_MORE = re.compile(r"\s+more\b", re.IGNORECASE)
# The stems of the casualty verbs and their kinds: "more" after one kind's count is more than
# another kind's.
_KIND_STEM = re.compile(r"\b(kill|died|dead|death|injur|wound|hurt)", re.IGNORECASE)
_STEM_KIND = {"kill": "k", "died": "k", "dead": "k", "death": "k", "injur": "i", "wound": "i"}


def _other_verb_before(text: str, m: re.Match[str]) -> bool:
    """ "killing 13 and injuring scores more": another kind's verb before this one in the clause
    makes "N more" a count of its own, not an addition to a toll told elsewhere."""
    own = _KIND_STEM.match(m.group("verb"))
    mine = _STEM_KIND.get(own.group(1).lower(), "i") if own else ""
    before = text[max(0, m.start() - 80) : m.start()]
    return any(_STEM_KIND.get(s.lower(), "i") != mine for s in _KIND_STEM.findall(before))


def _elided_subject(sentence: Sentence, rules: CountRules) -> list[Found]:
    """ "... and was taken to hospital as a precaution", "who was killed when ...": a singular
    passive whose subject was named before (or in another clause) counts one person."""
    text, out = sentence.text, []
    for v in rules.verb.finditer(sentence) if rules.verb else ():
        aux = _SINGULAR_AUX.search(text, max(0, v.start() - 40), v.start())
        if aux is None and " and " in text[max(0, v.start() - 6) : v.start()]:
            aux = _SHARED_AUX.search(text, max(0, v.start() - 120), v.start())
        if aux is None or any(re.match(p, v.group(0).lower()) for p in rules.named_only):
            continue
        if aux.group(0).lower().startswith("is") and not v.group(0).lower().startswith(_STATES):
            continue  # "before somebody is killed": only a state is told in the present
        if aux.group(0).lower().startswith("had") and _PLURAL_BEFORE.search(
            text, max(0, aux.start() - 40), aux.start()
        ):
            continue  # "had been" agrees with any number: "the injured had been taken to X"
        if _negated(text, aux.start()) or _ZERO_SUBJECT.search(
            text, max(0, aux.start() - 50), aux.start()
        ):
            continue  # "None of the passengers was seriously hurt": its subject is nobody
        thing = _THING_BEFORE.search(text, max(0, aux.start() - 60), aux.start())
        if (
            thing
            and (thing.group("its") or not is_person_head(thing.group("head")))
            # "the driver of the vehicle was airlifted": the object of a preposition inside the
            # subject is no subject ("after a car was burned out" is a clause of its own)
            and text[: thing.start()].rstrip().rpartition(" ")[2].lower() not in _IN_PHRASE
        ):
            continue  # "The case was treated ...", "its unit was hurt by costs": no person
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


# The subject right before an elided subject's auxiliary, when it is a noun phrase: a head that
# names no person ("the car", "the case") or a thing's possession ("its battery unit").
_THING_BEFORE = re.compile(
    r"(?:(?P<its>\bits)\s+(?:[\w'’-]+\s+){0,3}|\b(?:the|a|an|this|that)\s+(?:[\w'’-]+\s+){0,2})"
    r"(?P<head>(?-i:[a-z][\w'’-]*))\s+$",
    re.IGNORECASE,
)
_IN_PHRASE = frozenset(("of", "in", "on", "at", "from", "with", "inside", "aboard", "near"))
# A plural subject right before "had been": a plural pronoun or quantifier, an adjective used as a
# noun after "the"/"those" ("the injured", "those hurt"), an irregular plural, or a lower-case
# head in -s that is no -ss, -us or -is ("the passengers", "two of the workers").
_PLURAL_BEFORE = re.compile(
    r"(?:(?<![\w'’-])(?:they|we|both|all|these|those|others|people|children|men|women)"
    r"|(?<![\w'’-])(?:the|those)\s+(?:\w+ly\s+)?(?:injured|wounded|hurt|dead|deceased|missing"
    r"|affected|rescued|sick)"
    r"|(?<![\w'’-])(?-i:[a-z][a-z-]+[^\Wsui]s))\s+$",
    re.IGNORECASE,
)
_ZERO_SUBJECT = re.compile(
    # (or a subject denied part by part: "Neither the driver nor his passenger was hurt")
    r"\b(?:no(?:-|\s)one|nobody|none|neither)\b[^,.;:]{0,40}$",
    re.IGNORECASE,
)
# A degree of harm denied to a zero subject: "nobody was seriously hurt" leaves the lightly hurt.
_DEGREE = re.compile(
    r"\b(?:seriously|critically|badly|gravely|severely|significantly|fatally)\b", re.IGNORECASE
)
# A verb of dying read into an of-phrase's words by the lazy group: the clause's own verb.
_DIED_IN_GROUP = re.compile(r"\s(?:died|dies|succumbed|perished)$", re.IGNORECASE)
_PART_AFTER_INCLUDING = re.compile(r"\bincluding\s+$", re.IGNORECASE)
_GROUP_COUNT = re.compile(
    rf"of\s+(?:the|those|these|his|her|their)\s+(?P<n>{COUNT})\b", re.IGNORECASE
)


def _whole_of_share(m: re.Match[str]) -> tuple[FactValue, int] | None:
    """A share whose whole is the kind's verb as a reduced relative, with no finite verb between:
    "Five of the nine people brought to Wexford General Hospital (have been discharged)" tells
    the nine brought there, not the five (the count and where it starts)."""
    grp = m.group("grp")
    if not grp or not m.group("n"):
        return None
    inner = _GROUP_COUNT.match(grp)
    last = m.end("head") if m.group("head") else m.end("grp")
    if inner is None or m.string[last : m.start("verb")].strip():
        return None
    if m.group("verb").lower().startswith(_FINITE_DEATH):
        return None  # "Two of the four climbers died": a finite verb, no reduced relative
    value = count_of(inner.group("n"))
    return (value, m.start("grp") + inner.start("n")) if value is not None else None


def _dedupe(found: list[Found]) -> list[Found]:
    """Keep the longest of overlapping findings of one kind."""
    kept: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    return kept
