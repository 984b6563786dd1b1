"""Casualties: how many were killed, injured and taken to hospital, with the words that say so."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from incident_reader.core.facts.added import (
    added_clauses,
    injuries_among,
    participle_hurt,
    share_with_injuries,
)
from incident_reader.core.facts.anaphora import anaphoric_counts
from incident_reader.core.facts.casualty_filters import (
    _HABITUAL,
    _of_another_event,
    _over_a_period,
    _single_wound,
    _still_in_hospital,
    _superseded,
)
from incident_reader.core.facts.clauses import clause_counts, more_than_the_dead
from incident_reader.core.facts.count_rules import build_rules
from incident_reader.core.facts.counting import Found, find_counts
from incident_reader.core.facts.figures import SUPERSEDED, figure_counts
from incident_reader.core.facts.grammar import ADJ, MOD, NOUN
from incident_reader.core.facts.hospital import (
    _HOSPITAL_GATE,
    _MOVING,
    _ORDINAL_VICTIM,
    _RECEIVING,
    _SHARE,
    _WITH_INJURY,
    MOVING_LIST,
    SHARES,
    _shared_subject,
    aged_plural,
    joined_clauses,
    moved_objects,
    one_more,
)
from incident_reader.core.facts.listings import listed_counts
from incident_reader.core.facts.lists import ANON_PART, count_of, sum_of_parts
from incident_reader.core.facts.numbers import COUNT, parse_count
from incident_reader.core.facts.phrases import is_person_head
from incident_reader.core.facts.predicates import (
    DECLARED_DEAD,
    HOSPITAL_FORMS,
    HOSPITAL_STEMS,
    INJURED_FORMS,
    INJURING_FORMS,
    KILLED_FORMS,
    KILLING_FORMS,
    LABELLED_COUNTS,
    ONE_LIFE,
    OPEN_TO_DEATH,
    PERSON_ONLY_DEATH,
    TOLL_PHRASES,
    ZERO_PHRASES,
)
from incident_reader.core.facts.step_counts import at_least, later_step
from incident_reader.core.facts.text import Sentence, WordGate, lowered
from incident_reader.core.facts.tolls import (
    _COUNTED_NOUN,
    _DEATHS_OF,
    _LIVES,
    _MOURNING,
    _NAME_LIST,
    _NAME_ONE,
    _NAMED_AFTER,
    _NAMED_BEFORE,
    _NAMED_KILLED,
    _NOUN_GATE,
    _THE_VICTIMS,
    _TOLL_BEFORE,
    _at_counts,
    _killed_to_death,
    _named_list_kinds,
    _people_of,
    nth_fatality,
    ordinal_deaths,
    ordinal_subjects,
)

# A singular head that names one person, not a mass or a set ("the injured woman", not "the
# injured men", "the bodies", "the children").
_ONE_PERSON = re.compile(
    r"(?!(?:body|crowd|family|group|couple|pair|crew|team|public|rest|latter|former|injured|wounded"
    r"|hurt|dead|deceased|missing|sick|elderly|affected|rescued|survivors?)$)"
    r"(?i:[a-z'’-]*[a-rt-z](?<!men)(?<!people)(?<!children)(?<!folk))"
)

KILLED = "casualties.killed"
INJURED = "casualties.injured"
HOSPITALISED = "casualties.hospitalised"
CASUALTY_KINDS = (KILLED, INJURED, HOSPITALISED)

# Verbs said of the hurt and of those who tell of them ("A spokesman reported injuries").
# ... and stings said of feelings too ("the club was stung by the defeat"): a count or a person.
REPORTED_BY_PEOPLE = (r"reported", r"stung", r"gassed")
RULES = (
    build_rules(
        KILLED,
        KILLED_FORMS,
        KILLING_FORMS,
        active_with_noun=("killed", "murdered"),
        possessive_object=True,
        fixed=[(p, None) for p, k in TOLL_PHRASES.items() if k == "killed"]
        + [(p, 0) for p, k in ZERO_PHRASES.items() if k == KILLED]
        + [(ONE_LIFE, 1), (DECLARED_DEAD, 1)],
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
        # "reported minor injuries" is said by officials too: a count or a person's head only
        person_only=REPORTED_BY_PEOPLE,
    ),
    # "The fumes hospitalised 12 people": the count after an active form
    build_rules(
        HOSPITALISED,
        HOSPITAL_FORMS,
        stems=HOSPITAL_STEMS,
        active_with_noun=("hospitali[sz]ed", "hospitali[sz]ing"),
        fixed=[(p, None) for p, k in TOLL_PHRASES.items() if k == "hospitalised"],
        # "The fire was in Marlow Hospital": a place by its name holds events as well as patients
        person_only=(r"in (?!hospital\b)",),
    ),
)
# "Three labourers were charred to death": any participle before "to death", tried only in a
# sentence that has the phrase, so the killed rule above keeps its short list of verbs.
_OPEN_DEATH = replace(
    build_rules(KILLED, (OPEN_TO_DEATH,), stems=("to death",), anchor="to death", lists=False),
    gate=WordGate(("to death",)),
)
# Every word gate of the rules above together (casualties() skips a sentence without any).
_GATE_KEYS = frozenset().union(
    *(r.gate.keys for r in RULES if r.gate), _HOSPITAL_GATE.keys, _NOUN_GATE.keys
)
_GATES = (*(r.gate for r in RULES), _HOSPITAL_GATE, _NOUN_GATE)
_GATE_ALWAYS = any(g is None or g.always for g in _GATES)
# A sentence that opens with words in capitals ("A WORKER", "TWO teenagers", "HERO dad").
_CAPS_LEAD = re.compile(r"(?:(?:A|[A-Z]{2,}[A-Z'’-]*)\s+)*[A-Z]{2,}[A-Z'’-]*(?![\w'’-])")
# "- Dead: 4.", "Injured: 11 (three critically)", "Hurt - 7", "Dead | 3", "Injured 4, dead 1":
# labelled counts, each alone in its item of a fact box, table row or summary line. An item opens
# the line or follows a separator; the label may carry a word of tally ("Total dead", "Number
# injured"); it is parted from its count by a colon, a dash, a bar, an equals sign, a dot leader
# ("Deaths ....... 3") or a space.
LABELLED = re.compile(
    r"(?:^|(?<=[,;|•·/]))[\s*•·|–—-]*(?:(?:total|number(?:\s+of)?|confirmed|reported)\s+)?"
    r"(?P<label>"
    + "|".join(f"(?P<k{i}>{label})" for i, label in enumerate(LABELLED_COUNTS))
    + r")(?P<sep>\s*:|\s*[-–—|=]|\s*(?:\.[ \t]?){3,}|(?=\s))"
    rf"\s*(?:(?P<zero>none|nil|no|zero)|(?P<n>{COUNT}))"
    # a row of columns ("Fatalities   2   4": as first told, as now): the last column is the
    # latest figure or the row's total
    r"(?:(?:[ \t]{2,}|\t)(?P<col>\d[\d,]*))*"
    r"(?:\s+(?:people|persons|others|in\s+total))?"
    r"(?=\s*(?:[.;,(|/]|$)|\s+(?:so\s+far|confirmed|reported|yet|total)\b)",
    re.IGNORECASE,
)
_LABEL_KINDS = tuple(LABELLED_COUNTS.values())
# A share of a set counted before: "one of whom", "two of them", "three of the injured".
# Company told after the verb phrase: "The driver was taken to hospital, along with two
# passengers", "A woman died together with her son" (the company's people are added).
_COMPANY_AFTER = re.compile(
    rf"\s*,?\s+(?:along|together)\s+with\s+(?P<parts>{ANON_PART}(?:\s*,?\s+and\s+{ANON_PART})?)"
    r"(?=\s*[,.;:]|\s*$)",
    re.IGNORECASE,
)


def _company_after(sentence: Sentence, found: list[Found]) -> list[Found]:
    """Each exact count followed by a company of people ("along with two passengers"), with
    those people added and the company in its evidence."""
    text, base, out = sentence.text, sentence.start, []
    for f in found:
        m = _COMPANY_AFTER.match(text, f.end - base)
        more = sum_of_parts(m.group("parts")) if m else None
        if m and more and isinstance(f.value, int):
            f = Found(f.kind, f.value + more, f.start, base + m.end())
        out.append(f)
    return out


# "The injured, 11 in all, were conveyed to X": the count apposed to the hurt counts them too.
_HURT_APPOSED = re.compile(
    r"(?:the|those)\s+(?:injured|wounded|hurt)\s*(?:,|\(|\s[–—]|\s--?)\s*"
    rf"(?:numbering\s+|totall?ing\s+)?{COUNT}\s+(?:in\s+all|in\s+total|altogether)\b",
    re.IGNORECASE,
)
_SHARE_OF = re.compile(
    r"\bof\s+(?:whom|them|those|these|the\s+(?:[\w-]+\s+)?(?:injured|hurt|wounded|victims"
    r"|casualties|survivors|patients))\b",
    re.IGNORECASE,
)
# The whole of a share told of the hurt: "Nine of the 12 injured were admitted", "most of the 30
# wounded were sent home", "none of the 14 hurt needed surgery" (the share is the clause's subject,
# its whole the count of the injured).
_WHOLE_OF_HURT = re.compile(
    rf"(?<![\w-])(?:{COUNT}|half|most|all|some|many|none|each|several|few)\s+of\s+the\s+"
    r"(?P<whole>(?P<n>" + COUNT + r")\s+"
    # (or a plural head the hurt are told by, bare or with its relative clause: "two of the eight
    # passengers hurt", "five of the six people who were injured remain in hospital")
    r"(?:(?-i:[a-z]+s|[a-z]*(?:men|people|children))\s+(?:who\s+(?:were|had\s+been|have\s+been)\s+)?"
    r"(?:(?-i:[a-z]+ly)\s+)?)?(?:injured|hurt|wounded)(?![\w'’-]))",
    re.IGNORECASE,
)
# "the two other deceased", "the three other injured": the rest of a set, not its size.
_THE_OTHER = re.compile(r"\bthe\s+\S+\s+other\s", re.IGNORECASE)
# A sentence that may hold an anaphoric subject (anaphora.py reads it closely).
_ANAPHOR_WORDS = ("they", "all", "each", "those", "the", "these")
_ANAPHOR_GATE = re.compile(rf"\b(?:{'|'.join(_ANAPHOR_WORDS)})\b", re.IGNORECASE)
# Their keys: a whole word of them is a whole run of letters, so a sentence that holds one has its
# key (the search is run only then).
_ANAPHOR_KEYS = frozenset(w[:4] for w in _ANAPHOR_WORDS)
# A line of fields is short: labels parted from counts by a dash, a bar or a space only there.
_FIELD_LINE = 80


# Where a labelled item may open: the text's start, or right after a separator (LABELLED's own
# opening, "(?:^|(?<=[,;|•·/]))"; a match is tried only there instead of at every character).
_ITEM_AFTER = re.compile(r"[,;|•·/]")
# The last sentence read and every labelled count in it, of any kind: the casualty and the
# arrest extractors both ask for one sentence's (one tuple, so a thread sees a whole pair).
_LAST_LABELLED: tuple[Sentence | None, list[Found]] = (None, [])


def labelled_counts(sentence: Sentence, kinds: tuple[str, ...]) -> list[Found]:
    """Counts of a fact box or table line ("Dead: 4.", "Hurt - 7", "Injured 4, dead 1",
    "Arrested: none so far") of ``kinds``."""
    global _LAST_LABELLED
    text = sentence.text
    if ":" not in text and len(text) > _FIELD_LINE:
        return []
    last = _LAST_LABELLED
    if last[0] is sentence:
        return [f for f in last[1] if f.kind in kinds]
    found = []
    for m in _labelled_items(text):
        if m.group("sep").strip() != ":" and len(text) > _FIELD_LINE:
            continue  # in running prose a label needs its colon
        kind = next(_LABEL_KINDS[i] for i in range(len(_LABEL_KINDS)) if m.group(f"k{i}"))
        value = 0 if m.group("zero") else parse_count(m.group("col") or m.group("n"))
        if value is not None:
            found.append(
                Found(kind, value, sentence.start + m.start("label"), sentence.start + m.end())
            )
    _LAST_LABELLED = (sentence, found)
    return [f for f in found if f.kind in kinds]


def _labelled_items(text: str) -> list[re.Match[str]]:
    """``LABELLED.finditer(text)``, tried only where an item may open (the same matches)."""
    out: list[re.Match[str]] = []
    reached = 0
    for start in (0, *(m.end() for m in _ITEM_AFTER.finditer(text))):
        if start >= reached and (m := LABELLED.match(text, start)):
            out.append(m)
            reached = m.end()
    return out


def _labelled_first(
    found: list[Found], labelled: list[Found], sentence: Sentence | None = None
) -> list[Found]:
    """The other readings of a labelled item give way to it ("Number injured: nine" is no bare
    headline noun hurt), as do those in the bracket right after it, which tells its parts
    ("Dead: 3 (2 at the scene; 1 woman, 34, died in hospital)")."""
    parts = [(x, _bracket_after(sentence, x) if sentence else (0, 0)) for x in labelled]
    return [
        f
        for f in found
        if not any(x.kind == f.kind and f.start < x.end and x.start < f.end for x in labelled)
        and not any(x.kind == f.kind and lo <= f.start < hi for x, (lo, hi) in parts)
    ] + labelled


def _bracket_after(sentence: Sentence, item: Found) -> tuple[int, int]:
    """The body offsets of the bracket opening right after a labelled item, or an empty span."""
    at = item.end - sentence.start
    rest = sentence.text[at:]
    if not rest.lstrip().startswith("("):
        return (0, 0)
    close = rest.find(")")
    end = at + (close if close >= 0 else len(rest))
    return (sentence.start + at, sentence.start + end)


# A relative clause that tells how someone hurt their own body ("A firefighter who injured his
# shoulder was taken to hospital") describes a person, it does not count the hurt.
_WHO_HURT_OWN = re.compile(
    r"\bwho\s+(?:injured|hurt|broke|fractured|dislocated|twisted|cut|burned|burnt)\s+(?:his|her|their)\b",
    re.IGNORECASE,
)


# The people an attributive "injured" describes, whose predicate is their death: "(after) two
# more injured pilgrims succumbed", "three injured miners later died in hospital", "four wounded
# soldiers have since passed away" (they count among the dead, not as a toll of the hurt).
_HURT_WHO_DIED = re.compile(
    r"\s+(?:(?!(?:and|or|but|while|as|with|of|in|at|on|to)\s)(?-i:[a-z])[\w'’-]*\s+){1,2}?"
    r"(?:who\s+)?(?:(?:have|has|had|later|subsequently|since|also|then|eventually)\s+){0,2}"
    r"(?:died|succumbed|passed\s+away|perished|lost\s+their\s+lives"
    r"|(?:were|was)\s+(?:later\s+)?(?:declared|pronounced|confirmed)\s+dead)(?![\w-])",
    re.IGNORECASE,
)


# A person's hurt or care told in a relative clause of a subject whose own verb is their death:
# "a paramedic who had been admitted with head injuries, died twelve days later", "a woman who
# was taken to hospital after the crash has died" (the dead person's story, no count of the hurt
# or of those in care; no conjunction or other finite verb before the death verb).
_WHO_THEN_DIED = re.compile(
    r"(?:(?!\s(?:and|but|while|whereas|where|was|were|is|are)\s)[^.;:!?]){0,80}?"
    r"\s(?:(?:has|had|have|later|subsequently|since|also|then|eventually)\s+){0,2}"
    r"(?:died|succumbed|passed\s+away|perished|(?:was|were)\s+(?:later\s+)?(?:declared|pronounced"
    r"|confirmed)\s+dead)(?![\w-])",
    re.IGNORECASE,
)
_WHO = re.compile(r"\bwho\s", re.IGNORECASE)


# People found hurt by those who came: "They found three men, aged 19, 22 and 24, with stab
# wounds", "officers discovered a woman suffering from burns" (the object counts the injured).
_FOUND_HURT = re.compile(
    rf"(?<![\w'’-])(?:found|discovered|located)\s+(?P<n>{COUNT}|an?)\s+{ADJ}*{MOD}(?P<head>{NOUN})"
    r"(?:\s*,\s*(?:aged\s+)?\d{1,3}(?:\s*(?:,|and)\s*\d{1,3})*\s*,|\s*,\s*[^,;.]{1,60},"
    r"|\s+aged\s+\d{1,3}(?:\s*(?:,|and)\s*\d{1,3})*)?"
    r"\s+(?:with|suffering(?:\s+from)?)\s+(?:[\w-]+\s+){0,3}?(?:wounds?|injuries|injury|burns)(?![\w-])",
    re.IGNORECASE,
)


def _found_hurt(sentence: Sentence) -> list[Found]:
    """Injured counts told as people found with wounds (``_FOUND_HURT``)."""
    out, text = [], sentence.text
    for word in ("found", "discovered", "located"):
        i = text.find(word)
        while i != -1:  # tried only where a verb of finding stands
            m = _FOUND_HURT.match(text, i)
            i = text.find(word, i + 1)
            if m is None:
                continue
            value = count_of(m.group("n"))
            if value is not None and is_person_head(m.group("head")):
                start, end = sentence.start + m.start(), sentence.start + m.end()
                out.append(Found(INJURED, value, start, end))
    return out


def casualties(
    sentence: Sentence,
    injured_so_far: int | None,
    before: Sequence[tuple[Sentence, Sequence[Found]]] = (),
) -> list[Found]:
    """Killed, injured and hospitalised counts a sentence states (non-facts left out); with the
    sentences ``before`` it and their casualty counts, clauses opened by an anaphor ("All were
    taken to hospital", "The survivors were flown to X") take the count of the people told there."""
    own = _casualties(sentence, injured_so_far)
    if (
        not _ANAPHOR_KEYS.isdisjoint(sentence.keys) or len(sentence.lower) != len(sentence.text)
    ) and _ANAPHOR_GATE.search(sentence.text):
        read = partial(_casualties, injured_so_far=injured_so_far)
        own.extend(anaphoric_counts(sentence, before, read))
    if injured_so_far is None and not any(f.kind == INJURED for f in own):
        own.extend(_rest_hurt(sentence))  # "Two died. The other nine passengers were injured."
        own.extend(_graded_in_care(sentence, own))  # "..., where they are in critical condition"
    if injured_so_far and len(own) > 1:
        own = _breakdown_of_total(own, injured_so_far)
    if isinstance(injured_so_far, int) and before and any(f.kind == INJURED for f in own):
        own = _rest_of_breakdown(own, injured_so_far, before)
    if injured_so_far is None and before:
        more = more_than_the_dead(sentence, [s.text for s, _ in before])
        if more and not any(f.kind == INJURED and f.start <= more[0].start for f in own):
            # a single member told after the count is one of them: "..., including a loader who
            # sought treatment"
            own = [f for f in own if not _member_of(sentence, more[0], f)] + more
        elif more and not any(f.kind == INJURED for f in own):
            own.extend(more)
    return own


_MEMBER = re.compile(r"\b(?:including|among\s+(?:them|whom)|such\s+as)\s+$", re.IGNORECASE)


def _member_of(sentence: Sentence, count: Found, f: Found) -> bool:
    """Whether a one-person hurt count is a member named after a larger count: "Six more were hurt,
    including a loader who sought treatment"."""
    if f.kind != INJURED or f.value != 1 or f.start < count.end:
        return False
    gap = sentence.text[count.end - sentence.start : f.start - sentence.start]
    return "." not in gap and _MEMBER.search(gap.split(",")[-1]) is not None


# A sentence opening with the rest of a set, hurt: "The other nine passengers were injured", "The
# remaining four workers suffered burns" (told before any count of the hurt, the rest are those
# the dead left: all the hurt).
_REST_HURT = re.compile(
    rf"\s*(?:The|the)\s+(?:(?:other|remaining)\s+(?P<n>{COUNT})|(?P<n2>{COUNT})\s+(?:other|remaining))"
    rf"\s+(?:{ADJ}*{MOD}{NOUN}\s+)?"
    r"(?:(?:were|was|had\s+been|have\s+been)\s+(?:all\s+|also\s+)?(?:[a-z]+ly\s+)?"
    r"(?:injured|hurt|wounded)"
    r"|(?:all\s+|also\s+)?(?:suffered|sustained|received)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:injuries|wounds|burns|cuts|fractures))(?![\w-])"
)


# The condition of those taken to care, told in a where-clause of the place: "were taken to X
# Hospital, where they are listed in critical condition", "where she remains in a serious
# condition" (a grave grade says they were hurt; "stable" may be said of the merely shaken).
_WHERE_GRADED = re.compile(
    r"\s*,?\s+where\s+(?:he|she|they|both|all)\s+(?:is|are|was|were|remains?|remained)\s+"
    r"(?:(?:now|still|listed|warded|said\s+to\s+be|described\s+as|reported\s+to\s+be)\s+)*"
    r"in\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:critical|serious|grave|life[\s-]threatening)"
    r"(?:\s+but\s+[\w-]+)?\s+condition(?![\w-])",
    re.IGNORECASE,
)


def _graded_in_care(sentence: Sentence, found: list[Found]) -> list[Found]:
    """The hurt, where no count of them was told: those taken to care whose condition the place
    grades ("Two were flown to X, where they are in a serious condition")."""
    if "where" not in sentence.text or "condition" not in sentence.text:
        return []
    base = sentence.start
    return [
        Found(INJURED, f.value, f.start, f.end)
        for f in found
        if f.kind == HOSPITALISED
        and isinstance(f.value, int)
        and _WHERE_GRADED.match(sentence.text, f.end - base)
    ]


def _rest_hurt(sentence: Sentence) -> list[Found]:
    """The injured count of a sentence opening with the rest of a set, hurt (``_REST_HURT``)."""
    if "other" not in sentence.text[:20] and "remaining" not in sentence.text[:20]:
        return []
    m = _REST_HURT.match(sentence.text)
    value = parse_count(m.group("n") or m.group("n2")) if m else None
    if m is None or not isinstance(value, int):
        return []
    lead = len(sentence.text) - len(sentence.text.lstrip())
    return [Found(INJURED, value, sentence.start + lead, sentence.start + m.end())]


def _rest_of_breakdown(
    found: list[Found], total: int, before: Sequence[tuple[Sentence, Sequence[Found]]]
) -> list[Found]:
    """Without a hurt count that, with a hospital count told in the sentence before, makes up the
    injured told before: "Seventeen were hurt. Of those, 14 were taken to hospital. Three were
    treated at the scene" (the three are the rest of the seventeen, no count of the hurt)."""
    told = [
        f.value
        for _, counts in before[-1:]
        for f in counts
        if f.kind == HOSPITALISED and isinstance(f.value, int)
    ]
    return [
        f
        for f in found
        if not (
            f.kind == INJURED
            and isinstance(f.value, int)
            and 0 < f.value < total
            and any(h + f.value == total for h in told)
        )
    ]


def _breakdown_of_total(found: list[Found], total: int) -> list[Found]:
    """Without the hurt counts of a sentence whose counts split the injured told before: "Nine
    were injured. Six were treated at the scene, while three were kept in hospital" (6 + 3 = 9)
    tells how the nine fared, the six are no second count of the injured (hospital counts stay)."""
    parts: dict[int, int] = {}
    for f in found:
        if f.kind in (INJURED, HOSPITALISED) and isinstance(f.value, int) and 0 < f.value < total:
            parts.setdefault(f.start, f.value)
    if len(parts) < 2 or sum(parts.values()) != total:
        return found
    return [f for f in found if not (f.kind == INJURED and f.start in parts)]


def _casualties(sentence: Sentence, injured_so_far: int | None) -> list[Found]:
    """The counts a sentence states by itself (``casualties`` without the anaphors)."""
    if not _may_hold(sentence, injured_so_far):
        return figure_counts(sentence)  # most sentences: only a revised figure, by its own test
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
                one = m.groupdict().get("a")
                if one and not is_person_head(m.group("head")):
                    continue  # "took a taxi to hospital": no person moved
                if m.groupdict().get("the") and not _ONE_PERSON.fullmatch(m.group("head")):
                    continue  # "took the injured men to hospital": how many is not told
                value = 1 if one else parse_count(m.group("n"))
                if value is not None:
                    start, end = sentence.start + m.start(), sentence.start + m.end()
                    out.append(Found(HOSPITALISED, value, start, end))
                    if m.groupdict().get("hurt"):  # "sent a man with critical injuries to X"
                        out.append(Found(INJURED, value, start, end))
        if " them " in text or " him " in text or " her " in text:
            out = moved_objects(sentence, out)  # "rescued three people, taking them to X"
        if " and " in text and not any(f.kind == HOSPITALISED for f in out):
            for m in MOVING_LIST.finditer(sentence):  # "took two men and a woman to hospital"
                value = sum_of_parts(m.group("parts"))
                if value is not None:
                    start, end = sentence.start + m.start(), sentence.start + m.end()
                    out.append(Found(HOSPITALISED, value, start, end))
                    if m.group("hurt"):
                        out.append(Found(INJURED, value, start, end))
        out.extend(aged_plural(sentence, out))  # "The victims, aged 19 and 21, were taken to X"
    if _NOUN_GATE.passes(sentence):
        for kind, pattern in _COUNTED_NOUN.items():
            for m in _at_counts(text, pattern):
                if _THE_OTHER.search(text, max(0, m.start() - 4), m.end()):
                    continue  # "the two other deceased": the rest of a set told before
                value = parse_count(m.group("n"))
                if value is not None:  # "two of the 150 dead": the 150 still counts the dead
                    out.append(
                        Found(kind, value, sentence.start + m.start(), sentence.start + m.end())
                    )
        for m in _LIVES.finditer(sentence) if "lives" in text or "bodies" in text else ():
            if m.group("b") and re.search(r"(?:another|further|more)\s", m.group(0), re.I):
                continue  # "recovered three more bodies": added to a toll said elsewhere
            value = parse_count(m.group("n") or m.group("b") or m.group("l"))
            if value is not None:
                out.append(
                    Found(KILLED, value, sentence.start + m.start(), sentence.start + m.end())
                )
    lower = sentence.lower
    if " of the " in text and ("injur" in lower or "hurt" in lower or "wounded" in lower):
        for m in _WHOLE_OF_HURT.finditer(text):  # "Nine of the 12 injured were admitted"
            value = parse_count(m.group("n"))
            start, end = sentence.start + m.start("whole"), sentence.start + m.end("whole")
            if value is not None and not any(f.kind == INJURED and f.start == start for f in out):
                out.append(Found(INJURED, value, start, end))
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
        kind = KILLED if m.group("toll") or m.group("dead") or m.group("who") else INJURED
        if value is not None:
            out.append(Found(kind, value, sentence.start + m.start(), sentence.start + m.end()))
    out.extend(listed_counts(sentence))  # "Among the dead are ...", "The injured include ..."
    out.extend(figure_counts(sentence))  # "That figure was later revised to five"
    out = [
        f
        for f in out
        if not _single_wound(text, f, sentence.start)
        and not (
            f.kind == INJURED
            and _WHO_HURT_OWN.search(text, f.start - sentence.start, f.end - sentence.start)
        )
        # "two more injured pilgrims succumbed": of the dead, not a toll of the hurt
        and not (f.kind == INJURED and _HURT_WHO_DIED.match(text, f.end - sentence.start))
        # "a paramedic who had been admitted with head injuries died": the dead person's story
        and not (
            f.kind in (INJURED, HOSPITALISED)
            and _WHO.search(text, f.start - sentence.start, f.end - sentence.start)
            and _WHO_THEN_DIED.match(text, f.end - sentence.start)
        )
    ]
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
    if ("death" in text or "fatality" in text) and not any(f.kind == KILLED for f in out):
        out.extend(ordinal_deaths(sentence))  # "Police confirmed a third death"
    if "died" in text or "dead" in text or "succumbed" in text or "passed away" in text:
        out = ordinal_subjects(sentence, out)  # "A second victim of the attack in X died"
    if "death" in text or "bod" in text or "murder" in text or "killing" in text:
        for m in _DEATHS_OF.finditer(text):
            n = m.group("n").lower()
            value = 1 if n in ("a", "an") else parse_count(n)
            if value is not None and not any(f.kind == KILLED for f in out):
                end = m.end()
                if isinstance(value, int):  # "of a man and a woman": the list is counted
                    value, end = _people_of(text, value, end)
                out.append(Found(KILLED, value, sentence.start + m.start(), sentence.start + end))
    labelled = labelled_counts(sentence, CASUALTY_KINDS)
    if labelled:
        out = _labelled_first(out, labelled, sentence)
    if "found" in text or "discovered" in text or "located" in text:
        out.extend(_found_hurt(sentence))  # "They found three men with stab wounds"
    if " and " in text:
        out = one_more(sentence, out)
    if not any(f.kind == INJURED for f in out):  # "Four residents jumped ..., sustaining injuries"
        out.extend(participle_hurt(sentence))
        out.extend(injuries_among(sentence))  # "Injuries were reported among seven passengers"
        if not any(f.kind == HOSPITALISED for f in out):  # (a share of patients: all were hurt)
            out.extend(share_with_injuries(sentence))  # "Ten were rescued, three with injuries"
    out = added_clauses(sentence, out)  # "One man was hurt, with another suffering cuts"
    if any(f.kind == HOSPITALISED for f in out) and (
        " and " in text or " while " in text or " whereas " in text
    ):
        out = joined_clauses(sentence, out)  # "..., while the other five were taken to X"
    out = _shared_subject(sentence, out, injured_so_far)
    if out or " with " in sentence.text:
        out = clause_counts(sentence, out)
    for f in list(out):
        evidence = text[f.start - sentence.start : f.end - sentence.start]
        if " of " in evidence and _SHARE_OF.search(evidence):
            continue  # "one of whom was taken to hospital with burns": already counted as hurt
        if f.kind == HOSPITALISED and (
            _WITH_INJURY.match(text, f.end - sentence.start)
            or _ORDINAL_VICTIM.match(evidence)
            or _HURT_APPOSED.match(evidence)
        ):
            out.append(Found(INJURED, f.value, f.start, f.end))
            if _ORDINAL_VICTIM.match(evidence) and f.value != 1:
                # "The fifth victim went to a clinic": the ordinal counts the hurt so far; the
                # hospital took one more of them, not five
                out[out.index(f)] = Found(HOSPITALISED, 1, f.start, f.end)
    if " with " in text:
        out = _company_after(sentence, out)  # "... taken to hospital, along with two passengers"
    if " of the " in text:
        for m in _SHARE.finditer(text):
            told = parse_count(m.group("n")) if m.group("n") else injured_so_far
            if not isinstance(told, int) or not told:
                continue
            start, end = sentence.start + m.start(), sentence.start + m.end()
            # "half of the 10 injured were taken to X": the whole's count is no hospital count
            out = [f for f in out if not (f.kind == HOSPITALISED and start <= f.start < end)]
            share = round(told * SHARES[m.group("share").lower()])
            out.append(Found(HOSPITALISED, share, start, end))
    if " the " in text and ("making " in text or "makes " in text or "made " in text):
        out = nth_fatality(sentence, out)  # "died on Sunday, making him the first fatality"
    if not out:
        return out
    if text.lstrip()[:3].lower() == "of " and any(f.kind == KILLED for f in out):
        out = _deaths_among(sentence, out)
    if " after " in text and sum(f.kind == KILLED for f in out) > 1:
        out = _deaths_that_raised(sentence, out)
    if _may_be_habitual(lowered(sentence)) and _HABITUAL.search(text):
        return []  # "1,700 people are killed on the roads each year": a statistic, not the incident
    kept = [
        f
        for f in out
        # a count still in hospital is the later state; the report's only hospital count, it
        # stands for those taken there (totals.singles_among_totals drops it beside another)
        if not (f.kind != HOSPITALISED and _still_in_hospital(text, f, sentence.start))
        and not _over_a_period(text, f, sentence.start)
        and not _of_another_event(text, f, sentence.start)
    ]
    if " then " in text or "After " in text or "finally " in text or "eventually " in text:
        kept = [  # "..., the truck strikes a school bus, injuring several": that step's hurt
            replace(f, value=at_least(f.value))
            if f.kind in (KILLED, INJURED) and later_step(text, f.start - sentence.start)
            else f
            for f in kept
        ]
    # a figure given before and since replaced is no fact, but a revised figure after it takes
    # its kind (figures.resolve_figures drops it)
    return [
        replace(f, kind=SUPERSEDED + f.kind)
        if f.kind in CASUALTY_KINDS and _superseded(text, f, sentence.start)
        else f
        for f in kept
    ]


# A fronted set the clause counts a share of: "Of the 14 persons injured in the blast, two have now
# died", "Of those taken to hospital, one later died".
_FRONTED_HURT = re.compile(
    r"\s*Of\s+(?:the|those)\s+[^,;:.]{0,60}?(?<![\w-])(?:injured|hurt|wounded|admitted|taken\s+to"
    r"\s+hospital|hospitali[sz]ed|rescued|treated|casualties|victims)(?![\w-])[^,;:.]{0,40},\s*",
    re.IGNORECASE,
)


def _deaths_among(sentence: Sentence, found: list[Found]) -> list[Found]:
    """Killed counts of a share of the hurt told first ("Of the 14 injured, two have died"): the
    evidence opens at the fronted set, so a larger toll of the report keeps its place
    (``totals._is_part`` reads the share there); alone, the count is still the report's dead."""
    m = _FRONTED_HURT.match(sentence.text)
    if m is None:
        return found
    opening, after = sentence.start + m.start(), sentence.start + m.end()
    first = min((f.start for f in found if f.kind == KILLED and f.start >= after), default=-1)
    return [
        Found(f.kind, f.value, opening, f.end) if f.kind == KILLED and f.start == first else f
        for f in found
    ]


# The clause of the deaths that raised a toll told before it: "(the toll rose to six) after two
# men died of their burns".
_AFTER_BEFORE = re.compile(r"(?<![\w-])after\s+$", re.IGNORECASE)


def _deaths_that_raised(sentence: Sentence, found: list[Found]) -> list[Found]:
    """Without a killed count told in an after-clause right behind a larger killed count of its
    sentence ("The number of workers killed rose to six after two men died in hospital"): the
    deaths that raised the toll are some of it, not a toll of their own."""
    text, base = sentence.text, sentence.start
    return [
        f
        for f in found
        if not (
            f.kind == KILLED
            and isinstance(f.value, int)
            and _AFTER_BEFORE.search(text, max(0, f.start - base - 8), f.start - base)
            and any(
                g.kind == KILLED
                and g.end <= f.start
                and isinstance(g.value, int)
                and g.value > f.value
                for g in found
            )
        )
    ]


def _may_be_habitual(lower: str) -> bool:
    """Whether ``_HABITUAL`` may match: each of its matches holds "annually", "year", or "each",
    "every" or "per" with "month", "week" or "day" (a few substring tests instead of a search
    that reads every character)."""
    return (
        "year" in lower
        or "annually" in lower
        or (
            ("each" in lower or "every" in lower or "per" in lower)
            and ("month" in lower or "week" in lower or "day" in lower)
        )
    )


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
        or "murder" in text
        or "killing" in text
        or "victims" in text  # _THE_VICTIMS
        or "to death" in lower  # _killed_to_death
        or bool(injured_so_far and " of the " in text)  # _SHARE
    )
