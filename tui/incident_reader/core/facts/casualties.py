"""Casualties: how many were killed, injured and taken to hospital, with the words that say so."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from incident_reader.core.facts.clauses import clause_counts
from incident_reader.core.facts.counting import (
    GROUP_SIZES,
    Found,
    build_rules,
    find_counts,
    is_singular,
    subject_starts,
    word_starts,
)
from incident_reader.core.facts.grammar import ADJ, GROUP, MOD, NOUN, PERSON_NAME
from incident_reader.core.facts.lexicon import CUMULATIVE_NOUNS
from incident_reader.core.facts.lists import count_of
from incident_reader.core.facts.numbers import COUNT, ORDINAL, SIMPLE, parse_count
from incident_reader.core.facts.phrases import is_person_head
from incident_reader.core.facts.predicates import (
    BODY_FINDING,
    COUNTED_NOUNS,
    HOSPITAL_FORMS,
    HOSPITAL_PLACE,
    HOSPITAL_RECEIVING,
    HOSPITAL_STEMS,
    INJURED_FORMS,
    INJURING_FORMS,
    KILLED_FORMS,
    KILLING_FORMS,
    LABELLED_COUNTS,
    LIFE_TAKING,
    MEANS,
    MOVING_TO_HOSPITAL,
    ONE_LIFE,
    OPEN_TO_DEATH,
    PERSON_ONLY_DEATH,
    TOLL_PHRASES,
    ZERO_PHRASES,
)
from incident_reader.core.facts.text import Sentence, WordGate, WordScan
from incident_reader.core.model import FactValue

KILLED = "casualties.killed"
INJURED = "casualties.injured"
HOSPITALISED = "casualties.hospitalised"
CASUALTY_KINDS = (KILLED, INJURED, HOSPITALISED)

RULES = (
    build_rules(
        KILLED,
        KILLED_FORMS,
        KILLING_FORMS,
        active_with_noun=("killed",),
        possessive_object=True,
        fixed=[(p, None) for p, k in TOLL_PHRASES.items() if k == "killed"]
        + [(p, 0) for p, k in ZERO_PHRASES.items() if k == KILLED]
        + [(ONE_LIFE, 1)],
        person_only=PERSON_ONLY_DEATH,
    ),
    build_rules(
        INJURED,
        INJURED_FORMS,
        INJURING_FORMS,
        active_with_noun=("injured", "hurt", "wounded", "treated"),
        possessive_object=True,
        fixed=[(p, None) for p, k in TOLL_PHRASES.items() if k == "injured"]
        + [(p, 0) for p, k in ZERO_PHRASES.items() if k == INJURED],
    ),
    # "The fumes hospitalised 12 people": the count after an active form
    build_rules(
        HOSPITALISED,
        HOSPITAL_FORMS,
        stems=HOSPITAL_STEMS,
        active_with_noun=("hospitali[sz]ed", "hospitali[sz]ing"),
    ),
)
# "Three labourers were charred to death": any participle before "to death", tried only in a
# sentence that has the phrase, so the killed rule above keeps its short list of verbs.
_OPEN_DEATH = replace(
    build_rules(KILLED, (OPEN_TO_DEATH,), stems=("to death",), anchor="to death", lists=False),
    gate=WordGate(("to death",)),
)
# "taken to hospital with stab wounds": the hospitalised were also hurt.
_WITH_INJURY = re.compile(
    r"\s+with\s+(?:[\w-]+\s+){0,3}?(?:wounds|injuries|burns|fractures|cuts)\b", re.IGNORECASE
)
# "a fourth victim was taken to hospital": an ordinal of a counted-so-far noun is the running
# total of the hurt, since whoever is taken to hospital was hurt.
_ORDINAL_VICTIM = re.compile(
    rf"(?:(?:an?|the)\s+)?(?:{ORDINAL})\s+(?:{'|'.join(CUMULATIVE_NOUNS)})\b", re.IGNORECASE
)
# "Half of the injured were taken to hospital": a share of the report's own injured count.
_SHARE = re.compile(
    r"(?<![\w-])(?P<share>half|a third|a quarter|two-thirds|all)\s+of\s+the\s+"
    r"(?:injured|hurt|wounded|casualties|victims)\s+(?:were|was|have\s+been|had\s+been|needed)\s+"
    rf"(?P<verb>{'|'.join(HOSPITAL_FORMS)})",
    re.IGNORECASE,
)
# "Labour MP Jo Cox is murdered", "Liam Castell, 31, died at the scene": one named person killed.
_NAMED_KILLED = re.compile(
    rf"(?<![\w'’-]){PERSON_NAME}(?:\s*,\s*\d{{1,3}}\s*,)?"
    r"\s+(?:(?:is|was|has\s+been|had\s+been)\s+(?:murdered|killed|stabbed\s+to\s+death|shot\s+dead)"
    r"|(?:has\s+|had\s+)?died)(?![\w-])"
)
# A year or a span of years before a noun ("the 2018 dead", "the 2016-17 deaths") is no count.
_YEAR = r"(?!(?:1[89]|20)\d\d(?:\s*(?:-|–|to)\s*\d+)?\s)"
# "commemorate the 43 victims", "a memorial to the nine victims": the definite count of the
# victims is the toll where the sentence mourns them (victims who "were hurt" are the injured).
_THE_VICTIMS = re.compile(
    rf"(?<![\w-])the\s+{_YEAR}(?P<n>{SIMPLE})\s+(?:(?!injured|hurt|wounded|surviving)[a-z]+\s+)?victims(?![\w'’-])"
    r"(?!\s+(?:who\s+)?(?:were|was|are|is|have|has|had|remain\w*|needed|suffered|sustained"
    r"|received|with|in\s+hospital)\s+(?:been\s+)?(?!(?:remembered|honou?red|commemorated"
    r"|mourned|buried|named|identified|laid)\b))",
    re.IGNORECASE,
)
_MOURNING = re.compile(
    r"\b(?:commemorat|memor|mourn|honou?r|funeral|tribute|remember|grave|burial|buried|wreath"
    r"|vigil|minute's\s+silence|anniversar|laid\s+to\s+rest)",
    re.IGNORECASE,
)
# "the death of a cyclist", "the deaths of two men".
_DEATHS_OF = re.compile(
    rf"(?<![\w-])(?:deaths?|bod(?:y|ies))\s+of\s+(?P<n>{COUNT}|an?)\s+{ADJ}*{MOD}(?P<head>{NOUN})",
    re.IGNORECASE,
)
# More people in the same of-phrase: "the bodies of a man, a woman and their son".
_ALSO_OF = re.compile(
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?!both\b|all\b)(?P<n>{COUNT}|an?|his|her|their)\s+{ADJ}*{MOD}(?P<head>{NOUN})"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
# The count inside an active verb phrase: "Paramedics took 10 people to hospital", and a hospital
# as the subject: "Westcairn General Hospital received eight of the injured".
_COUNTED = rf"(?:the\s+)?(?P<n>{COUNT})(?:\s+{GROUP})?(?:\s+{ADJ}*{MOD}{NOUN})?"
_MOVING = WordScan(
    re.compile(
        rf"(?<![\w-])(?:{'|'.join(MOVING_TO_HOSPITAL)})\s+{_COUNTED}"
        rf"{MEANS}\s+(?:to|into)\s+{HOSPITAL_PLACE}",
        re.IGNORECASE,
    ),
    MOVING_TO_HOSPITAL,
)
# Tried at the hospital's head noun (its name before is left out of the evidence).
_HOSPITAL_HEADS = ("hospital", "infirmary", "medical", "health", "trauma", "clinic")
_RECEIVING = WordScan(
    re.compile(
        r"(?:hospitals?|infirmary|(?:medical|health|trauma)\s+cent(?:er|re)s?|clinics?)\s+"
        r"(?:(?:in|across|around|throughout)\s+[^,.;:]{1,40}?\s+)?"  # "Hospitals in the city"
        # "Corran Hospital said it was treating 12 patients", "... were treating 14 people"
        r"(?:said\s+(?:it|they)\s+)?(?:(?:has|had|have|was|were|is|are)\s+)?"
        rf"(?:{'|'.join(HOSPITAL_RECEIVING)}|treating)\s+{_COUNTED}",
        re.IGNORECASE,
    ),
    _HOSPITAL_HEADS,
)
# "A man was stabbed": one person wounded is often the one who died; a wound verb alone counts
# the hurt only when a number counts them ("five shoppers were slashed or stabbed").
_WOUND_ONLY = re.compile(
    r"\b(?:stabbed|slashed|shot|knifed|gored)\b(?!.*\b(?:injur|hurt|wound))", re.IGNORECASE
)
_COUNTED_NOUN = {
    kind: re.compile(
        rf"(?<![\w-]){_YEAR}(?P<n>{COUNT})\s+"
        rf"(?:{'|'.join(p for p, k in COUNTED_NOUNS.items() if k == short)})",
        re.IGNORECASE,
    )
    for kind, short in ((KILLED, "killed"), (INJURED, "injured"))
}
_LIVES = WordScan(
    re.compile(
        rf"(?<![\w-])(?:{'|'.join(LIFE_TAKING)})\s+(?:the\s+)?(?P<n>{COUNT})\s+lives(?![\w-])"
        rf"|(?<![\w-])(?:{'|'.join(BODY_FINDING)})(?:\s+(?:out|up))?\s+(?:(?:a\s+)?further\s+|another\s+)?"
        rf"(?P<b>{COUNT})\s+(?:more\s+)?bodies(?![\w-])",
        re.IGNORECASE,
    ),
    (*LIFE_TAKING, *BODY_FINDING),
)
# People named in a list: "PC Ann Lee, Tom Hart, 44, and US tourist Jo Bell were killed",
# "killing Ann Lee, 54, and Tom Hart, 75": one person per name (a name is two or more capitalised
# words, a short lower-case role may precede it, an age may follow it).
_NAME_ITEM = (
    r"(?:(?:[A-Z][\w-]*\s+)?[a-z]+\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+"
    r"(?:\s*,\s*(?:aged\s+)?\d{1,3}(?=\s*,|\s+and\b))?"
)
_NAMES = rf"(?P<names>{_NAME_ITEM}(?:\s*,\s*{_NAME_ITEM})*\s*,?\s+and\s+{_NAME_ITEM})"
_NAME_ONE = re.compile(_NAME_ITEM)
_NAME_LIST = re.compile(rf"(?<![\w'’-]){_NAMES}(?![\w'’-])")
# What makes a named list a count of a kind: a verb before it (active) or after it (passive).
_NAMED_BEFORE = {
    # "killing A and B", "Killed were A and B", "The dead are A and B", "Those killed were named
    # as A, B and C"
    KILLED: re.compile(
        r"(?:killing|killed|(?:(?-i:[Kk])illed|(?-i:[Tt])he\s+dead|(?-i:[Tt])hose\s+(?:killed|who"
        r"\s+died))\s+(?:are|were)(?:\s+(?:named|identified)\s+as)?)\s+$"
    ),
    INJURED: re.compile(r"(?:injuring|injured|wounding)\s+$"),
}
_NAMED_AFTER = {
    KILLED: re.compile(
        r"\s*,?\s+(?:(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:killed|pronounced\s+dead)"
        r"|(?:both\s+|all\s+)?died)\b"
    ),
    INJURED: re.compile(
        r"\s*,?\s+(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:injured|hurt|wounded)\b"
    ),
}
# A tally with its count before the noun: "raising to three the number of people killed".
_TOLL_BEFORE = WordScan(
    re.compile(
        rf"(?:raising|bringing|taking|pushing)\s+to\s+(?P<n>{COUNT})\s+the\s+(?:(?P<toll>death\s+toll)"
        r"|number\s+of\s+(?:people\s+|those\s+)?(?:(?P<dead>killed|dead|deaths)|injured|hurt))",
        re.IGNORECASE,
    ),
    ("raising", "bringing", "taking", "pushing"),
)
# An open verb with its object before "to death": "crushing two workers to death", "beat a guard
# to death" (tried at the words before each "to death"; not "sentencing two men to death").
_TO_DEATH_ACTIVE = re.compile(
    r"(?<![\w-])(?!(?:sentenc|condemn|bor|scar|frighten|worr|tickl|lov|talk|work)\w*\s)"
    r"(?-i:[a-z]+(?:ing|ed|en|wn|nt)|beat|struck|stung|hung)\s+(?:all\s+)?"
    rf"(?P<n>{COUNT}|an?|the|his|her|their)(?:\s+{ADJ}*{MOD}(?P<head>{NOUN}))?\s+to\s+death(?![\w-])",
    re.IGNORECASE,
)
_TO_DEATH_WORDS = 7
# A second predicate shares the counted subject: "Two others suffered burns and were rushed to
# hospital", "Four were hurt and later taken to hospital" (tried after an injured count's words).
_HOSPITAL_VERB = "|".join(HOSPITAL_FORMS)
_AND_HOSPITAL = re.compile(
    r"(?:[\s,]+(?!and\b)[\w'’-]+){0,6}?[\s,]+and\s+(?:(?:were|was|have\s+been|had\s+been|has\s+been)\s+)?"
    rf"(?:(?:later|then|subsequently|all|both)\s+)?(?:{_HOSPITAL_VERB})(?![\w-])",
    re.IGNORECASE,
)
# "Both victims were rushed to hospital but died": the same people counted among the dead.
_AND_DIED = re.compile(
    r"(?:\s+(?!and\b|but\b)[\w'’-]+){0,6}?\s+(?:and|but)\s+(?:(?:later|then|subsequently|both|all)\s+)?"
    r"(?:died|succumbed|perished)(?![\w-])",
    re.IGNORECASE,
)
# "They were taken to hospital" after a count of the injured: the pronoun is those injured.
_THEY_HOSPITAL = re.compile(
    r"(?<![\w'’-])(?:They|All\s+of\s+them)\s+(?:were|had\s+been|have\s+been)\s+"
    rf"(?:(?:later|then|subsequently|all|both|\w+ly)\s+)?(?:{_HOSPITAL_VERB})(?![\w-])"
)  # how many words before "to death" its verb may start
# "... that the injured were transferred to Basra Teaching Hospital": all those counted as hurt.
_THE_INJURED_HOSPITAL = re.compile(
    r"(?<![\w'’-])(?<!of\s)(?:(?-i:T)|t)he\s+(?:injured|wounded)\s+(?:were|had\s+been|have\s+been)\s+"
    rf"(?:(?:later|then|subsequently|all|\w+ly)\s+)?(?:{_HOSPITAL_VERB})(?![\w-])",
    re.IGNORECASE,
)
_HOSPITAL_GATE = WordGate((*_HOSPITAL_HEADS, "centre", "center"))
_NOUN_GATE = WordGate(
    ("fatalit", "death", "dead", "deceased", "lives", "casualt", "injur", "bodies")
)
# Every word gate of the rules above together (casualties() skips a sentence without any).
_GATE_KEYS = frozenset().union(
    *(r.gate.keys for r in RULES if r.gate), _HOSPITAL_GATE.keys, _NOUN_GATE.keys
)
_GATES = (*(r.gate for r in RULES), _HOSPITAL_GATE, _NOUN_GATE)
_GATE_ALWAYS = any(g is None or g.always for g in _GATES)
# A rate: "each year", "every day", "annually" (national statistics, not the incident's count).
_HABITUAL = re.compile(
    r"\b(?:(?:each|every|per)\s+(?:year|month|week|day)|annually|a\s+year\s+(?:on|in)\b)",
    re.IGNORECASE,
)
# A sentence that opens with words in capitals ("A WORKER", "TWO teenagers", "HERO dad").
_CAPS_LEAD = re.compile(r"(?:(?:A|[A-Z]{2,}[A-Z'’-]*)\s+)*[A-Z]{2,}[A-Z'’-]*(?![\w'’-])")
# A period that a tally covers: "since 2010", "in the past decade", "so far this year".
_PERIOD = re.compile(
    r"\b(?:since\s+(?:\d{4}|records\s+began|the\s+(?:beginning|start)\s+of\s+(?:the|this|last)\s+"
    r"(?:year|decade|century|season))|(?:in|over|during)\s+the\s+(?:past|last)\s+"
    r"(?:[\w-]+\s+)?(?:years?|decades?|months?)|so\s+far\s+this\s+year|this\s+year\s+alone)\b",
    re.IGNORECASE,
)
# A sentence's opening adverbial, up to its comma: "Since the start of the year, ...".
_FRONTED = re.compile(r"\s*(?:since|over|in|during|so\s+far)\b[^,;:]*,", re.IGNORECASE)
_PERIOD_GATE = re.compile(r"\b(?:since|past|last|this\s+year)\b", re.IGNORECASE)
_RANKING = re.compile(r"\b(?:first|worst|[a-z]+iest|biggest|largest|most|highest)\b", re.IGNORECASE)
_STILL = re.compile(r"\b(?:still|remains?|remained)\b")
# "- Dead: 4.", "Injured: 11 (three critically)": a labelled count alone in its item.
LABELLED = re.compile(
    r"^[\s*•·|–—-]*(?P<label>"
    + "|".join(f"(?P<k{i}>{label})" for i, label in enumerate(LABELLED_COUNTS))
    + rf")\s*:\s*(?:(?P<zero>none|nil|no|zero)|(?P<n>{COUNT}))"
    r"(?:\s+(?:people|persons|others|in\s+total))?"
    r"(?=\s*(?:[.;,(|]|$)|\s+(?:so\s+far|confirmed|reported|yet|total)\b)",
    re.IGNORECASE,
)
_LABEL_KINDS = tuple(LABELLED_COUNTS.values())


def labelled_counts(sentence: Sentence, kinds: tuple[str, ...]) -> list[Found]:
    """Counts of a fact box or table line ("Dead: 4.", "Arrested: none so far") of ``kinds``."""
    if ":" not in sentence.text:
        return []
    m = LABELLED.match(sentence.text)
    if m is None:
        return []
    kind = next(_LABEL_KINDS[i] for i in range(len(_LABEL_KINDS)) if m.group(f"k{i}"))
    value = 0 if m.group("zero") else parse_count(m.group("n"))
    if kind not in kinds or value is None:
        return []
    return [Found(kind, value, sentence.start + m.start("label"), sentence.start + m.end())]


SHARES = {"half": 0.5, "a third": 1 / 3, "a quarter": 0.25, "two-thirds": 2 / 3, "all": 1.0}


def casualties(sentence: Sentence, injured_so_far: int | None) -> list[Found]:
    """Killed, injured and hospitalised counts a sentence states (non-facts left out)."""
    if not _may_hold(sentence, injured_so_far):
        return []  # most sentences: none of the rules below could match
    head = sentence.text[:3]
    lead = _CAPS_LEAD.match(sentence.text) if head[1:].strip()[:1].isupper() else None
    if lead:  # "A WORKER died", "TWO men were hurt": the tabloid's capitals read as words
        sentence = sentence._replace(text=lead.group(0).lower() + sentence.text[lead.end() :])
    out: list[Found] = []
    for rules in RULES:
        out.extend(find_counts(sentence, rules))
    if "to death" in sentence.lower:
        out.extend(find_counts(sentence, _OPEN_DEATH))
    text = sentence.text
    if _HOSPITAL_GATE.passes(sentence):
        for scan in (_MOVING, _RECEIVING):
            for m in scan.finditer(sentence):
                value = parse_count(m.group("n"))
                if value is not None:
                    out.append(
                        Found(
                            HOSPITALISED,
                            value,
                            sentence.start + m.start(),
                            sentence.start + m.end(),
                        )
                    )
    if _NOUN_GATE.passes(sentence):
        for kind, pattern in _COUNTED_NOUN.items():
            for m in _at_counts(text, pattern):
                value = parse_count(m.group("n"))
                if value is not None:  # "two of the 150 dead": the 150 still counts the dead
                    out.append(
                        Found(kind, value, sentence.start + m.start(), sentence.start + m.end())
                    )
        for m in _LIVES.finditer(sentence) if "lives" in text or "bodies" in text else ():
            if m.group("b") and re.search(r"(?:another|further|more)\s", m.group(0), re.I):
                continue  # "recovered three more bodies": added to a toll said elsewhere
            value = parse_count(m.group("n") or m.group("b"))
            if value is not None:
                out.append(
                    Found(KILLED, value, sentence.start + m.start(), sentence.start + m.end())
                )
    kinds = _named_list_kinds(text) if " and " in text else ()
    for m in _NAME_LIST.finditer(text) if kinds else ():
        named = len(_NAME_ONE.findall(m.group("names")))
        for kind in kinds:
            first = m.start() + next((i for i, c in enumerate(m.group(0)) if c.isupper()), 0)
            before = _NAMED_BEFORE[kind].search(text, max(0, first - 40), first)
            after = _NAMED_AFTER[kind].match(text, m.end())
            if before or after:
                start, end = (before or m).start(), (after or m).end()
                out.append(Found(kind, named, sentence.start + start, sentence.start + end))
    if "to death" in sentence.lower:
        out.extend(_killed_to_death(sentence))
    for m in _TOLL_BEFORE.finditer(sentence) if " to " in text else ():
        value = parse_count(m.group("n"))
        kind = KILLED if m.group("toll") or m.group("dead") else INJURED
        if value is not None:
            out.append(Found(kind, value, sentence.start + m.start(), sentence.start + m.end()))
    out = [f for f in out if not _single_wound(text, f, sentence.start)]
    if "die" in text or "kill" in text or "murder" in text or "death" in text or "dead" in text:
        for m in _NAMED_KILLED.finditer(text):
            if not any(f.kind == KILLED and f.start < sentence.start + m.end() for f in out):
                out.append(Found(KILLED, 1, sentence.start + m.start(), sentence.start + m.end()))
    if "victims" in text and not any(f.kind == KILLED for f in out) and _MOURNING.search(text):
        for m in _THE_VICTIMS.finditer(text):
            value = parse_count(m.group("n"))
            if isinstance(value, int) and value > 1:
                out.append(
                    Found(KILLED, value, sentence.start + m.start(), sentence.start + m.end())
                )
    if "death" in text or "bod" in text:
        for m in _DEATHS_OF.finditer(text):
            n = m.group("n").lower()
            value = 1 if n in ("a", "an") else parse_count(n)
            if value is not None and not any(f.kind == KILLED for f in out):
                end = m.end()
                if isinstance(value, int):  # "of a man and a woman": the list is counted
                    value, end = _people_of(text, value, end)
                out.append(Found(KILLED, value, sentence.start + m.start(), sentence.start + end))
    out.extend(labelled_counts(sentence, CASUALTY_KINDS))
    out = _shared_subject(sentence, out, injured_so_far)
    if out or " with " in sentence.text:
        out = clause_counts(sentence, out)
    for f in list(out):
        evidence = text[f.start - sentence.start : f.end - sentence.start]
        if " of " in evidence:
            continue  # "one of whom was taken to hospital with burns": already counted as hurt
        if f.kind == HOSPITALISED and (
            _WITH_INJURY.match(text, f.end - sentence.start) or _ORDINAL_VICTIM.match(evidence)
        ):
            out.append(Found(INJURED, f.value, f.start, f.end))
    if injured_so_far and " of the " in text:
        for m in _SHARE.finditer(text):
            share = round(injured_so_far * SHARES[m.group("share").lower()])
            out.append(
                Found(HOSPITALISED, share, sentence.start + m.start(), sentence.start + m.end())
            )
    if not out:
        return out
    if _HABITUAL.search(text):
        return []  # "1,700 people are killed on the roads each year": a statistic, not the incident
    return [
        f
        for f in out
        if not _still_in_hospital(text, f, sentence.start)
        and not _over_a_period(text, f, sentence.start)
        and not _superseded(text, f, sentence.start)
    ]


# A figure told as one given before and since replaced: "Authorities had earlier put the toll at
# nine", "Police initially said six had died", "An earlier version of this article said 12".
_SUPERSEDED = re.compile(
    r"\b(?:(?:initially|originally|previously|at\s+first|first)\s+(?:said|reported|put|gave|stated"
    r"|announced|estimated|believed|thought|feared|claimed)"
    r"|(?:had|have|has)\s+(?:earlier|initially|originally|previously)\s+(?:said|reported|put|given"
    r"|stated|announced|estimated|been\s+(?:reported|put|given))"
    r"|earlier\s+(?:version|report|reports|figure|figures|toll|estimates?)\b[^.;]{0,40}?\b"
    r"(?:said|put|gave|stated|reported|was|of))",
    re.IGNORECASE,
)
_SUPERSEDED_GATE = ("initially", "originally", "previously", "at first", "first", "earlier")


def _superseded(text: str, found: Found, base: int) -> bool:
    """Whether a finding is a figure the sentence tells as given before (and since replaced)."""
    lower = text.lower()
    if not any(w in lower for w in _SUPERSEDED_GATE):
        return False
    start = found.start - base
    clause_start = max(text.rfind(c, 0, start) for c in ";:") + 1
    return _SUPERSEDED.search(text, clause_start, found.end - base) is not None


def _over_a_period(text: str, found: Found, base: int) -> bool:
    """ "14 deaths since 2010", "300 people have died in the past decade": a tally over a period
    in the finding's own clause counts many incidents, not this one."""
    if not _PERIOD_GATE.search(text):
        return False
    start, end = found.start - base, found.end - base
    clause_start = max(text.rfind(c, 0, start) for c in ",;:") + 1
    clause_end = min((i for i in (text.find(c, end) for c in ",;:") if i != -1), default=len(text))
    period = _PERIOD.search(text, clause_start, clause_end)
    if period is None:  # "Since the start of the year, nine people have died": a fronted period
        fronted = _FRONTED.match(text)
        if fronted and fronted.end() <= start:
            period = _PERIOD.search(text, 0, fronted.end())
            clause_start = 0
    # "in the deadliest crash since 2010", "the first death this year": a ranking, not a tally
    return period is not None and not _RANKING.search(text, clause_start, period.start())


def _may_hold(sentence: Sentence, injured_so_far: int | None) -> bool:
    """Whether any casualty rule may match: each rule's own gate or word test, taken together so
    that a sentence without any of their words costs a few set and substring tests."""
    if not _GATE_KEYS.isdisjoint(sentence.keys) or _GATE_ALWAYS:
        return True
    text, lower = sentence.text, sentence.lower
    return (
        (" and " in text and "kill" in lower)  # a named list: _NAMED_BEFORE reads any "killed "
        or "die" in text  # _NAMED_KILLED (the rest of its words are in the gates)
        or "death" in text
        or "bod" in text  # _DEATHS_OF
        or "victims" in text  # _THE_VICTIMS
        or "to death" in lower  # _killed_to_death
        or bool(injured_so_far and " of the " in text)  # _SHARE
    )


def _people_of(text: str, value: int, at: int) -> tuple[int, int]:
    """The count of an of-phrase with its list ("of a man and a woman": 2) and where it ends."""
    while (more := _ALSO_OF.match(text, at)) is not None and is_person_head(more.group("head")):
        n = more.group("n").lower()
        part = 1 if n in ("a", "an", "his", "her", "their") else parse_count(n)
        if not isinstance(part, int) or (
            n in ("his", "her", "their") and not is_singular(more["head"])
        ):
            break
        value, at = value + part, more.end()
    return value, at


def _killed_to_death(sentence: Sentence) -> list[Found]:
    """ "crushing two street vendors to death": the object before "to death" counts the dead."""
    text, lower, out = sentence.text, sentence.lower, []
    starts = word_starts(text)
    i = lower.find("to death")
    while i != -1:
        hi = bisect_left(starts, i)
        for p in starts[max(0, hi - _TO_DEATH_WORDS) : hi - 2]:  # verb, count, then the noun
            m = _TO_DEATH_ACTIVE.match(text, p)
            if m is None or m.end() != i + len("to death"):
                continue
            value = _one_or_count(m.group("n"), m.group("head"))
            if value is not None:
                out.append(
                    Found(KILLED, value, sentence.start + m.start(), sentence.start + m.end())
                )
            break
        i = lower.find("to death", i + 1)
    return out


def _shared_subject(
    sentence: Sentence, found: list[Found], injured_so_far: int | None
) -> list[Found]:
    """The findings with those counted as hurt who also went to hospital (or died), in the same
    clause or the next sentence: "Two others suffered burns and were rushed to hospital", "They
    were taken to hospital", "Both were rushed to hospital but died". A one-person hospital count
    read from the shared verb alone ("... injuries and had been taken to hospital") gives way."""
    text, base, out = sentence.text, sentence.start, list(found)
    if not any(f.kind == KILLED for f in found) and ("died" in text or "succumb" in text):
        for f in found:
            m = _AND_DIED.match(text, f.end - base) if f.kind in (INJURED, HOSPITALISED) else None
            if m and f.start - base >= 0:
                out.append(Found(KILLED, f.value, f.start, base + m.end()))
    if not _HOSPITAL_GATE.passes(sentence):
        return out
    for f in found:
        if f.kind == INJURED and f.start - base >= 0:
            m = _AND_HOSPITAL.match(text, f.end - base)
            if m is None:
                continue
            end = base + m.end()
            inside = [h for h in out if h.kind == HOSPITALISED and f.end <= h.start < end]
            if any(h.kind == HOSPITALISED and h not in inside for h in out):
                continue
            if all(h.value == 1 and not text[h.start - base].isdigit() for h in inside):
                out = [h for h in out if h not in inside]
                out.append(Found(HOSPITALISED, f.value, f.start, end))
    if not found and injured_so_far:
        m = _THEY_HOSPITAL.match(text, len(text) - len(text.lstrip()))
        m = m or _THE_INJURED_HOSPITAL.search(text)
        if m:
            out.append(Found(HOSPITALISED, injured_so_far, base + m.start(), base + m.end()))
    return out


def _one_or_count(n: str, head: str | None) -> FactValue | None:
    """A counted object's value: "two workers" 2, "a guard" or "the pilot" 1, "the men" unknown."""
    if not is_person_head(head):
        return None
    size = GROUP_SIZES.get(head.lower()) if head else None
    if n.lower() in ("a", "an", "the", "his", "her", "their"):
        if head is None:
            return None
        return size or (1 if is_singular(head) else None)
    return count_of(n)


def _named_list_kinds(text: str) -> tuple[str, ...]:
    """The kinds whose named-list rule may match: its verb's stem is in the sentence."""
    lower = text.lower()
    kinds = []
    if "kill" in lower or "died" in lower or "dead" in lower:
        kinds.append(KILLED)
    if "injur" in lower or "hurt" in lower or "wound" in lower:
        kinds.append(INJURED)
    return tuple(kinds)


def _at_counts(text: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """Matches of a pattern that opens with a count, tried only where a count may start."""
    out: list[re.Match[str]] = []
    reached = 0
    for p in subject_starts(text):
        if p >= reached and (m := pattern.match(text, p)):
            out.append(m)
            reached = m.end()
    return out


def _single_wound(text: str, found: Found, base: int) -> bool:
    """ "a lad had been stabbed": one person with a wound verb alone is not counted as hurt."""
    span = text[found.start - base : found.end - base]
    return (
        found.kind == INJURED
        and found.value == 1
        and not span[:1].isdigit()
        and bool(_WOUND_ONLY.search(span))
    )


def _still_in_hospital(text: str, found: Found, base: int) -> bool:
    """ "still in hospital" / "remain in hospital" counts the later state, not those taken there."""
    span = text[found.start - base : found.end - base].lower()
    return "hospital" in span and bool(_STILL.search(span))
