"""Arrests and the suspect: how many were arrested, the suspect's age and name.

The suspect's age and name come from roles.py: the person whose role in the sentence is the
suspect's ("A 29-year-old man ... was charged"); a victim's or a witness's age is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from incident_reader.core.facts.arrest_conjuncts import (
    coordinated_arrests,
    enumerated_groups,
    namely_arrests,
    names_apposition,
    single_objects,
)
from incident_reader.core.facts.casualties import labelled_counts
from incident_reader.core.facts.count_rules import build_rules
from incident_reader.core.facts.count_values import is_singular
from incident_reader.core.facts.counting import Found, find_counts
from incident_reader.core.facts.figures import revised_figure
from incident_reader.core.facts.grammar import (
    _NAME_WORD,
    ADJ,
    APPOS,
    APPOS_BODY,
    AUX,
    MOD,
    NOUN,
    PERSON_NAME,
)
from incident_reader.core.facts.held_members import held_members
from incident_reader.core.facts.lexicon import (
    PERSON_HEADS,
    STREET_WORDS,
)
from incident_reader.core.facts.lists import ANON_PART, PARTS, count_of, sum_of_parts
from incident_reader.core.facts.numbers import (
    COUNT,
    ORDINAL,
    ordinal_value,
    parse_count,
)
from incident_reader.core.facts.other_case import opens_other_case
from incident_reader.core.facts.phrases import is_person_head
from incident_reader.core.facts.predicates import (
    ARREST_FORMS as ARREST_VERBS,
)
from incident_reader.core.facts.predicates import (
    ARREST_TALLIES,
    IN_HANDS,
    INTO_CUSTODY,
    TAKING_THINGS,
    ZERO_PHRASES,
)
from incident_reader.core.facts.predicates import (
    ARRESTING_FORMS as ACTIVE_ARREST_VERBS,
)
from incident_reader.core.facts.role_words import (
    HONORIFICS,
    NOT_NAME_WORDS,
    SUSPECT_ROLE_NOUNS,
    TITLE_SUFFIXES,
)
from incident_reader.core.facts.roles import suspect_facts
from incident_reader.core.facts.starts import matches_before_verbs
from incident_reader.core.facts.text import Sentence, WordScan
from incident_reader.core.model import Fact, FactValue

ARRESTS = "arrests"
AGE = "suspect.age"
NAME = "suspect.name"

_FLAGS = re.IGNORECASE
RULES = build_rules(
    ARRESTS,
    ARREST_VERBS,
    ACTIVE_ARREST_VERBS,
    object_noun_optional=False,
    fixed=[(p, 0) for p, k in ZERO_PHRASES.items() if k == ARRESTS]
    + [(p, None) for p in ARREST_TALLIES],
    definite_object=True,
    named_only=TAKING_THINGS,
    person_only=IN_HANDS,
)
_VERB = "|".join(ARREST_VERBS)
# "Mr Pryce was arrested", "the man, who is in his late 20s, was arrested".
# The held person's appositions, up to three: "The driver, identified by police as X, 34, of
# nearby Y, was arrested" (an age or a home town after a comma the one before has closed).
_HELD_APPOS = (
    rf"(?:(?:{APPOS_BODY}|(?<=,)\s*\d{{1,2}}\s*,|(?<=,)\s*(?:of|from)\s+(?:[a-z]+\s+)?"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\s*,)(?:\s*,)?){0,3}"
)
_NAMED_ARREST = re.compile(
    rf"(?<![\w-])(?P<who>(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+{_NAME_WORD}|{PERSON_NAME}|(?i:the)\s+(?:[a-z]+\s+)?{ADJ}*{NOUN})"
    rf"{_HELD_APPOS}{AUX}\s+(?:{_VERB})(?![\w-])"
)
_IN_HANDS = re.compile(rf"(?:{'|'.join(IN_HANDS)})", _FLAGS)
_ARREST_SCAN = WordScan(re.compile(rf"(?<![\w-])(?:{_VERB})(?![\w-])"), ARREST_VERBS)
_COUNTED_ARRESTS = re.compile(
    rf"(?<![\w-])(?:(?P<n>{COUNT}|an)\s+arrests?\s+(?:have|has|had)?\s*(?:been|were|was)\s+made"
    rf"|(?:made|make|makes|making)\s+(?P<m>{COUNT}|an)\s+arrests?(?![\w-])"
    # the arrests told as there being so many: "There have been seven arrests so far"
    rf"|there\s+(?:(?:have|has|had)\s+been|were|was)\s+(?P<t>{COUNT}|an?)\s+arrests?(?![\w-]))",
    _FLAGS,
)
# The arrest told as a noun: "announced the arrest of three men", "the arrests of a man and a
# woman", "the detention of two site managers", "said after his arrest that ..." (one person's
# own: his or hers; "their arrest" says not how many); never a warrant for one.
_NOMINAL_ARREST = (
    rf"(?<![\w-])(?:the\s+(?:arrests?|detentions?)\s+of\s+(?P<parts>{PARTS}|{ANON_PART})"
    r"|(?:after|following|since|before|upon|on|during|at\s+the\s+time\s+of)\s+"
    r"(?P<poss>his|her)\s+(?:later\s+|subsequent\s+)?(?:arrest|detention))(?!\s+warrants?\b)(?![\w'’-])"
)
# An arrest dated to another year or long ago: "after his arrest in 2015" is no arrest of this one.
_BEFORE_NOW = re.compile(
    r"\s*,?\s+(?:in\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?:19|20)\d\d|(?:\w+\s+)?years?\s+(?:ago|earlier|before)"
    r"|last\s+year)\b",
    _FLAGS,
)


@cache
def _nominal_pattern() -> re.Pattern[str]:
    """The nominal arrest rule, compiled on first need (its list of parts is big)."""
    return re.compile(_NOMINAL_ARREST, _FLAGS)


def _nominal_arrests(text: str) -> list[re.Match[str]]:
    """The arrests a sentence tells as a noun with whom it took (see ``_NOMINAL_ARREST``)."""
    return list(_nominal_pattern().finditer(text))


# "A fourth arrest has been made", "police made a second arrest": the arrests so far.
_ORDINAL_ARREST = re.compile(
    rf"(?<![\w-])(?:(?:made|make|makes|making)\s+)?(?:an?|the)\s+(?P<ord>{ORDINAL})\s+arrest"
    r"(?:(?=\s*[,.;]|\s+(?:on|in|at|after|overnight|yesterday|today|this|last|early|late)\b)"
    r"|\s+(?:has\s+|had\s+)?(?:been|was)\s+made)",
    _FLAGS,
)
# A running total told with its count first: "bringing to three the number of people in
# custody", "taking to five the total number of arrests" (the count after the number is usual:
# predicates.ARREST_TALLIES).
_TALLY_BEFORE = re.compile(
    rf"(?<![\w-])(?:bringing|brings|brought|taking|takes|took|raising|raises|raised|pushing"
    rf"|lifting)\s+to\s+(?P<n>{COUNT})\s+the\s+(?:total\s+)?number\s+of\s+(?:arrests"
    r"|(?:people|persons|men|women|suspects|those)\s+(?:(?:now|so\s+far)\s+)?(?:arrested|detained"
    r"|held|in\s+(?:police\s+)?custody|under\s+arrest))(?![\w-])",
    _FLAGS,
)
# "Police have taken two persons into custody": the count inside the verb phrase.
_INTO_CUSTODY = re.compile(
    rf"(?<![\w-]){INTO_CUSTODY[0]}\s+(?P<n>{COUNT}|an?|the)\s+(?:{ADJ}*{MOD}(?P<head>{NOUN})\s+)?"
    # what they were held for: "took two suspects for the shooting into custody"
    r"(?:(?:for|over|in\s+connection\s+with)\s+(?:the|a|an|this)\s+[\w-]+\s+)?"
    rf"{INTO_CUSTODY[1]}",
    _FLAGS,
)
# "Police are holding a man on suspicion of murder": holding a person is an arrest only with what
# they are held for (not "holding a press conference", "holding two people hostage").
_HOLDING = re.compile(
    rf"(?<![\w-])(?:holding|hold|holds)\s+(?P<n>{COUNT}|an?|the)\s+(?:{ADJ}*{MOD}(?P<head>{NOUN}))"
    rf"{APPOS}\s+(?:(?:on|under)\s+suspicion|in\s+connection|for\s+questioning|in\s+custody"
    r"|pending\s+(?:further\s+|the\s+)?(?:investigations?|inquiry|inquiries|enquiries|probe)"
    r"|over\s+(?:the|his|her|their)\s)",
    _FLAGS,
)
# "Officers arrested him at his home": a singular pronoun object is one person held; so is one
# taken into custody or handed over to police ("rescued him and took him into custody").
_ARRESTED_PRONOUN = re.compile(
    r"(?<![\w-])(?:(?:arrested|detained|apprehended|nabbed|captured)\s+(?:him|her)"
    r"(?=\s*(?:[.,;:]|$)|\s+(?:at|in|on|near|outside|after|later|shortly|for|over|and|without|"
    r"when|while|as|two|three|hours|minutes|days|soon|within|following|before|until)\b)"
    r"|(?:took|taken|taking|handed|handing)\s+(?:him|her)\s+(?:into\s+(?:police\s+)?custody"
    r"|over\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:police|officers|detectives|authorities)))(?![\w-])",
    re.IGNORECASE,
)
# Words that end a bare role before a name: function words, times, pronouns ("arrested on
# Monday X", "arrested him", "detained two X").
_BARE_ROLE_STOP = (
    r"(?:and|or|but|in|on|at|for|of|to|by|from|with|without|near|outside|after|before|over|as"
    r"|the|a|an|his|her|their|its|him|her|them|it|me|us|you|this|that|these|those|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|yesterday|today|tonight|later|early|late|also|then"
    r"|last|this|both|all|several|some|was|were|is|are|had|has|have|been|being)(?![\w'’-])"
)
# "Police later arrested Mark Dunne, 44, and his son, 19": a named object (an age may follow),
# and a second person joined to it by "and" (a name, or a possessive's singular noun).
_ARRESTED_NAMED = re.compile(
    # "arrested and charged 24-year-old Jake Foster": a second verb, an age before the name
    r"(?<![\w-])(?:arrested|detained|apprehended|nabbed|charged)(?:\s+and\s+(?:charged|booked|detained))?"
    # a surname alone when a place, a time or the sentence's end follows: "arrested Alvarez at"
    # a name may open with initials: "arrested R. Anand (35)", "arrested S. Lakshmi Narayanan"
    # ("arrested one Chinedu Okeke": West and East African copy's "one" before a name)
    # an honorific before the name: "detained Mr. Nguyen Van Thanh", "arrested Chief Emeka Nwosu"
    # a role told bare before the name, as a title: "arrested kiln owner X", "detained bus
    # driver X" (its head is checked to name a person)
    rf"\s+(?:\d{{1,2}}-year-old\s+)?(?:one\s+)?(?P<role>(?:(?!{_BARE_ROLE_STOP})[a-z][a-z'’-]*\s+){{1,3}})?"
    rf"(?:(?:{'|'.join(HONORIFICS)})\.?\s+)?(?P<first>{_NAME_WORD}\s+[A-Z]\.\s+{_NAME_WORD}"
    rf"|(?:[A-Z]\.\s?){{1,3}}{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}|{PERSON_NAME}"
    # (or an apposed age, which tells a person's one-word name: "arrested park boss X, 47,")
    rf"|{_NAME_WORD}(?=\s*[.;]|\s*,\s*(?:aged\s+)?\d{{1,2}}\s*,|\s*\(\d{{1,2}}\)|\s+(?:at|on|in"
    r"|near|outside|after|without|shortly|later|hours|days)\b))"
    r"(?:\s*,\s*(?:aged\s+)?\d{1,3}(?:\s+years(?:\s+old)?)?(?=\s*,|\s*$|\s+(?:and|at|in|on|after)\b)"
    r"|\s*\(\d{1,3}\))?"
    rf"(?:\s*,?\s+and\s+(?P<second>{PERSON_NAME}|(?:his|her|their)\s+(?P<kin>[a-z]+)))?"
    r"(?![\w'’-])"
)
_PRONOUN_STEMS = ("arrested", "detained", "apprehended", "nabbed", "captured", "took", "taken",
                  "taking", "handed", "handing")  # fmt: skip
# Both tried only where one of their verbs stands (WordScan: the same matches as finditer).
_ARRESTED_PRONOUN_SCAN = WordScan(_ARRESTED_PRONOUN, _PRONOUN_STEMS)
_ARRESTED_NAMED_SCAN = WordScan(
    _ARRESTED_NAMED, ("arrested", "detained", "apprehended", "nabbed", "charged")
)
_PLURAL = re.compile(r"(?:men|women|people|s)$")
_NOT_NAME = frozenset(w.capitalize() for w in STREET_WORDS) | {
    "Police", "Court", "Service", "Council", "Crown", "Magistrates", "Fire", "Rescue", "Station",
    "Detective", "Inspector", "Sergeant", "Superintendent", "Chief", "Constable", "Officer",
    "The", "A", "An", "He", "She", "Lone", "Bus", "Passenger", "Witness",
}  # fmt: skip


# A first named person joined by "and" to the named subject of an arrest verb.
_NAMED_PAIR_BEFORE = re.compile(
    rf"(?<![\w-]){PERSON_NAME}(?:\s*,\s*\d{{1,2}}\s*,|\s*\(\d{{1,2}}\))?\s+and\s+$"
)
# A number in a list of ages is an age, not a count: "Two men, aged 23 and 40, ... were arrested".
_AGE_LIST_BEFORE = re.compile(
    r"(?<![\w-])(?:aged|ages)\s+(?:\d{1,2}\s*(?:,|and|or|to|-)\s*)*$",
    _FLAGS,
)
# An arrest wished, sought or ordered, not made: "a warrant has been issued for the arrest of",
# "calls for the arrest of", "a reward for information leading to the arrest of", "ordered the
# arrest of".
_WANTED_ARREST = re.compile(
    r"(?<![\w-])(?:(?:warrants?|calls?|called|calling|appeals?|appealed|appealing|reward|bounty"
    r"|demands?|demanded|demanding|push(?:ed|ing)?|campaign(?:ed|ing)?|pressure)\s+"
    r"(?:[\w'’$£-]+\s+){0,5}?for|information\s+(?:\w+\s+){0,2}?lead\w*\s+to"
    r"|(?:order|seek|sought|urg|demand)\w*)\s+$",
    _FLAGS,
)
# ... except a custody a court or a prosecutor orders, which holds them: "the Public Prosecution
# ordered the detention of four railway employees", "A court on Tuesday ordered the arrest of the
# ship's master and the pilot", "the magistrate has ordered the detention of three officials".
_JUDICIAL_ORDER = re.compile(
    r"(?<![\w-])(?:court|courts|judge|judges|magistrate|magistrates|prosecution|prosecutors?"
    r"|prosecutor's\s+office|tribunal|public\s+ministry)\b[^.;:]{0,50}?\s(?:has\s+|had\s+)?"
    r"(?:ordered|orders)\s+$",
    _FLAGS,
)
# A headline's count of the accused before a court: "Two before court on ... murders", "Four in
# court over fire deaths", "Three men in court after ..." (a count opening the line).
_IN_COURT = re.compile(
    rf"^\s*(?P<n>{COUNT})\s+(?:(?:[a-z]+\s+)?(?:men|women|people|teenagers|youths|boys|girls"
    r"|suspects|accused|others)\s+)?(?:before|in)\s+court(?=\s+(?:on|over|for|after|charged"
    r"|accused)\b)",
    _FLAGS,
)
# The same total with its count after it, of those held rather than arrested: "the number of
# people in custody has risen to six", "bringing the number of people held to three".
_HELD_TALLY = re.compile(
    r"(?<![\w-])number\s+of\s+(?:people|persons|those|suspects)\s+(?:held|detained|in\s+(?:police\s+)?"
    r"custody|under\s+arrest)\s+(?:(?:so\s+far|now)\s+)?(?:(?:has|had)\s+(?:now\s+)?(?:risen"
    r"|climbed|increased|gone\s+up)\s+|(?:rose|rises|climbed|stands|stood|is)\s+)?(?:to|at)\s+"
    rf"(?P<n>{COUNT})(?![\w-])",
    _FLAGS,
)
# A counted phrase that measures a distance or a span, told by the adverb or preposition after
# it: "was arrested two blocks away", "detained several doors down the street" (no one counted;
# the verb's own subject is the one held).
_MEASURE_AFTER = re.compile(
    r"\s+(?:away|ago|later|earlier|apart|further|farther|down\s+(?:the|from)|up\s+(?:the|from))\b",
    _FLAGS,
)
# A found phrase that ends with its arrest verb counts no measure after it: "A 34-year-old
# resident was detained later on Sunday", "the pair were arrested hours later".
_ENDS_WITH_VERB = re.compile(rf"(?<![\w-])(?:{_VERB})$", _FLAGS)
# A count after the verb may be a measure's ("arrested two blocks away"); a counted subject that
# opens the found phrase is not ("Three stewards, including ..., were taken in by police later").
_OPENS_WITH_COUNT = re.compile(rf"(?:{COUNT})(?![\w-])", _FLAGS)
# A plural head right before a singular auxiliary and the verb that ends the found phrase.
_PLURAL_SINGULAR_VERB = re.compile(
    r"(?<![\w'’-])(?-i:[a-z]{3,}s|people|men|women|children)\s+(?:was|is|has)\s+"
    r"(?:been\s+)?(?:[a-z]+ly\s+)?\S+$",
    _FLAGS,
)
# The head of a relative clause, singular and a person: "a 41-year-old man who ...".
_RELATIVE_HEAD = re.compile(
    r"(?<![\w'’-])(?:an?|the|one)\s+(?:[\w'’-]+\s+){0,3}?(?P<head>[a-z][\w'’-]*)\s+who\s",
    _FLAGS,
)


def _relative_heads(sentence: Sentence, dropped: list[Found]) -> list[Found]:
    """One person held where a plural count before a singular verb was dropped: the verb's
    subject is the singular person whose relative clause held the count."""
    out: list[Found] = []
    base = sentence.start
    for f in dropped:
        if not _PLURAL_SINGULAR_VERB.search(sentence.text, f.start - base, f.end - base):
            continue
        heads = [
            m
            for m in _RELATIVE_HEAD.finditer(sentence.text, 0, f.start - base)
            if is_person_head(m.group("head")) and is_singular(m.group("head"))
        ]
        if heads and heads[-1].end() > f.start - base - 160:
            out.append(Found(ARRESTS, 1, base + heads[-1].start(), f.end))
    return out


# A count and a bare infinitive: "calls for 24 to be charged" wants an arrest, it tells none.
_WISHED = re.compile(r"\S+\s+to\s+be\s+\S+", _FLAGS)


# A question of whether or how many were held, as an explainer's heading asks it: "Has anyone
# been arrested?", "Have there been any arrests?", "How many people are in custody?", "Were any
# suspects detained?"
# In a transcript or an interview the question comes after its speaker's label and may open
# with a conjunction: "PRESENTER: And there have been arrests?", "Q: So were any suspects
# held?", "ANCHOR: Any arrests yet?"
_SPEAKER = r"(?:(?-i:[A-Z][A-Z.'’ -]{0,30}[A-Z.]|Q|A)\s*:\s*)?"
_ASKED_HELD = re.compile(
    rf"^\s*{_SPEAKER}(?:(?:and|so|but|now|well|then|ok(?:ay)?)\s*,?\s+)?"
    r"(?:has|have|had|was|were|is|are|how\s+many|there\s+(?:have|has)\s+been|any)\b"
    r"[^?.!]{0,60}?(?<![\w-])(?:arrest(?:ed|s)?"
    r"|detain(?:ed)?|detentions?|custody|held|charged)(?![\w-])[^?.!]{0,40}\?\s*$",
    _FLAGS,
)
# The answer told without a verb, its count only: "Yes, two people.", "Three.", "So far, four
# men.", "No." (none held), "Not yet." (after its speaker's label: "REPORTER: Two.")
_ANSWER_COUNT = re.compile(
    rf"^\s*{_SPEAKER}(?:(?:yes|so\s+far|for\s+now)\s*[,:;—–-]?\s*)?(?P<n>" + COUNT + r")"
    r"(?:\s+(?:[a-z]+\s+)?(?:people|persons|men|women|suspects|individuals|others|of\s+them))?"
    r"(?:\s*,\s*(?:so\s+far|police\s+(?:say|said)))?\s*[.;:]"
    rf"|^\s*{_SPEAKER}(?P<none>no(?:\s+one|body|t\s+yet)?)\s*[.,;]",
    _FLAGS,
)


def _names_person(phrase: str) -> bool:
    """Whether a phrase's head word is a noun of a person ("the driver", "the suspect", "the
    boatman", "the chemist"), as verbs said of cases as well as people need."""
    head = phrase.split()[-1].lower()
    return head in PERSON_HEADS or head in SUSPECT_ROLE_NOUNS or head.endswith(TITLE_SUFFIXES)


def answered_arrests(sentence: Sentence, asked: Sentence | None) -> list[Found]:
    """The count an explainer's answer gives to the question right before it ("Has anyone been
    arrested?" then "Yes, two people."): the answer's count is of those held."""
    if asked is None or not asked.text.rstrip().endswith("?") or len(sentence.text) > 80:
        return []
    if not _ASKED_HELD.match(asked.text):
        return []
    m = _ANSWER_COUNT.match(sentence.text)
    if m is None:
        return []
    value = 0 if m.group("none") else parse_count(m.group("n"))
    if value is None:
        return []
    end = m.end("none") if m.group("none") else m.end() - 1
    return [Found(ARRESTS, value, sentence.start + m.start(), sentence.start + end)]


def arrests(sentence: Sentence) -> list[Found]:
    """How many were arrested, as the sentence states it ("no arrests" gives 0)."""
    if opens_other_case(sentence):
        return []  # "In an unrelated case, police arrested ...": not this incident's
    text, base = sentence.text, sentence.start
    counts = find_counts(sentence, RULES)
    out = [
        f
        for f in counts
        if not _WISHED.fullmatch(text, f.start - base, f.end - base)
        # (only a count that is a number there: "X, aged 38, was arrested" is one arrest)
        and not (
            text[f.start - base : f.start - base + 1].isdigit()
            and _AGE_LIST_BEFORE.search(text, max(0, f.start - base - 30), f.start - base)
        )
        and not (
            _MEASURE_AFTER.match(text, f.end - base)
            and not _OPENS_WITH_COUNT.match(text, f.start - base, f.end - base)
            # (the verb ending the phrase is its own: "was detained later on Sunday")
            and not _ENDS_WITH_VERB.search(text, f.start - base, f.end - base)
        )
        # a plural count before a singular verb is no subject of it: "a man who sold water to
        # about 25 households was detained" (the count is inside the subject's relative clause)
        and not (
            isinstance(f.value, int)
            and f.value > 1
            and _PLURAL_SINGULAR_VERB.search(text, f.start - base, f.end - base)
        )
    ]
    out.extend(_relative_heads(sentence, [f for f in counts if f not in out]))
    out.extend(labelled_counts(sentence, (ARRESTS,)))
    if "court" in sentence.lower and (court := _IN_COURT.match(text)):
        value = parse_count(court.group("n"))
        if value is not None:
            out.append(Found(ARRESTS, value, base + court.start("n"), base + court.end()))
    for m in _HOLDING.finditer(text) if "hold" in sentence.lower else ():
        head = m.group("head")
        if not is_person_head(head):
            continue
        the = m.group("n").lower() == "the"  # "holding the driver over the crash": one person
        holding = (None if _PLURAL.search(head) else 1) if the else count_of(m.group("n"))
        if holding is not None:
            out.append(Found(ARRESTS, holding, base + m.start(), base + m.end()))
    if RULES.gate and not RULES.gate.passes(sentence):
        return _charges_held(_with_conjuncts(out, sentence), sentence)
    counted = _COUNTED_ARRESTS.finditer(text) if "arrest" in sentence.lower else ()
    for m in counted:
        n = m.group("n") or m.group("m") or m.group("t")
        value = 1 if n.lower() in ("a", "an") else parse_count(n)
        inside = any(f.start <= base + m.start() < f.end for f in out)  # "yet to make an arrest"
        if value is not None and not inside:
            out.append(Found(ARRESTS, value, base + m.start(), base + m.end()))
    custody = "custody" in sentence.lower or "control" in sentence.lower
    for m in _INTO_CUSTODY.finditer(text) if custody else ():
        head = m.group("head")
        if m.group("n").lower() == "the":  # "took the suspect into custody": one person
            single = head and is_person_head(head) and not _PLURAL.search(head)
            held: FactValue | None = 1 if single else None
        else:
            held = count_of(m.group("n"))
        if held is not None:
            out.append(Found(ARRESTS, held, base + m.start(), base + m.end()))
    for m in _ARRESTED_PRONOUN_SCAN.finditer(sentence) if " h" in sentence.lower else ():
        if not any(f.start < base + m.end() and base + m.start() < f.end for f in out):
            out.append(Found(ARRESTS, 1, base + m.start(), base + m.end()))
    for m in _ARRESTED_NAMED_SCAN.finditer(sentence) if "ed " in text else ():
        if any(f.start < base + m.end() and base + m.start() < f.end for f in out):
            continue
        if any(w in _NOT_NAME for w in m.group("first").split()):
            continue  # "arrested Kell Street residents": a place, not a person
        if " " not in m.group("first") and m.group("first") in NOT_NAME_WORDS:
            continue  # "arrested Friday", "arrested Police ...": no surname
        role = m.group("role")
        if role and not (is_person_head(role.split()[-1]) and is_singular(role.split()[-1])):
            continue  # "arrested kiln owner X": one person by a bare role; not "shop workers X"
        kin = m.group("kin")
        if kin and not (is_person_head(kin) and is_singular(kin)):
            continue  # "arrested Mark Dunne and his sons": how many?
        out.append(Found(ARRESTS, 2 if m.group("second") else 1, base + m.start(), base + m.end()))
    nominal = "arrest" in sentence.lower or "detention" in sentence.lower
    for m in _nominal_arrests(text) if nominal else ():
        value = 1 if m.group("poss") else sum_of_parts(m.group("parts"))
        if _WANTED_ARREST.search(
            text, max(0, m.start() - 60), m.start()
        ) and not _JUDICIAL_ORDER.search(text, max(0, m.start() - 90), m.start()):
            continue  # "a warrant has been issued for the arrest of", "calls for the arrest of"
        if value is not None and not _BEFORE_NOW.match(text, m.end()):
            if not any(f.start < base + m.end() and base + m.start() < f.end for f in out):
                out.append(Found(ARRESTS, value, base + m.start(), base + m.end()))
    tallies = (*_TALLY_BEFORE.finditer(text), *_HELD_TALLY.finditer(text))
    for m in tallies if "number" in sentence.lower else ():
        value = parse_count(m.group("n"))
        if value is not None and not any(
            f.start < base + m.end() and base + m.start() < f.end for f in out
        ):
            out.append(Found(ARRESTS, value, base + m.start(), base + m.end()))
    for m in _ORDINAL_ARREST.finditer(text) if "arrest" in sentence.lower else ():
        n = ordinal_value(m.group("ord"))
        if n is not None:
            out.append(Found(ARRESTS, n, base + m.start(), base + m.end()))
    for m in matches_before_verbs(sentence, _ARREST_SCAN, _NAMED_ARREST):
        if any(f.start <= base + m.end() and base + m.start() <= f.end for f in out):
            continue
        who = m.group("who")
        first = who.split()[0]
        if first.lower() != "the" and first in _NOT_NAME or _PLURAL.search(who):
            continue
        if first.lower() == "the" and not is_person_head(who.split()[-1]):
            continue  # "the scene was captured", "the car was seized by police": not a person
        if first.lower() == "the" and _IN_HANDS.search(m.group(0)) and not _names_person(who):
            continue  # "the matter is now in the hands of the police": a case, not a person
        pair = _NAMED_PAIR_BEFORE.search(text, max(0, m.start() - 50), m.start())
        start = pair.start() if pair else m.start()  # "Ali Khan, 26, and Omar Rauf, 24, were"
        out.append(Found(ARRESTS, 2 if pair else 1, base + start, base + m.end()))
    held_words = "arrested" in sentence.lower or "detained" in sentence.lower
    for m in _HELD_PARTICIPLE.finditer(text) if held_words else ():
        head = m.group("head")
        if not is_person_head(head) or _PLURAL.search(head):
            continue
        if not any(f.start < base + m.end() and base + m.start() < f.end for f in out):
            out.append(Found(ARRESTS, 1, base + m.start(), base + m.end()))
    if " of " in text and (" that " in text or " which " in text):
        for m in _HEAD_OF_RELATIVE.finditer(text):
            head = m.group("head")
            if not is_person_head(head) or _PLURAL.search(head) or head.lower() in _THINGS:
                continue
            if not any(f.start < base + m.end() and base + m.start() < f.end for f in out):
                out.append(Found(ARRESTS, 1, base + m.start(), base + m.end()))
    return _next_one_held(_charges_held(_with_conjuncts(out, sentence), sentence), sentence)


# "Two were picked up on Sunday, and a third was held on Monday": the next one held, by its
# ordinal in a clause joined to a count of those held (any custody participle: the ordinal
# continues the count, so "held" needs no cue of its own here).
_NEXT_HELD = re.compile(
    rf"[^.;:]{{0,100}}?,?\s+(?:and|while|but|before|then)\s+(?:a|an|the)\s+(?P<ord>{ORDINAL})"
    r"(?:\s+(?-i:[a-z]+))?(?:\s*,[^,;.]{1,60},)?\s+(?:was|had\s+been|has\s+been|is)\s+"
    r"(?:[a-z]+ly\s+)?(?:held|arrested|detained|picked\s+up|taken\s+in|taken\s+into\s+custody"
    r"|apprehended|caught|nabbed|remanded)(?![\w-])",
    _FLAGS,
)


def _next_one_held(out: list[Found], sentence: Sentence) -> list[Found]:
    """A count of those held and "and a third was held" after it: one more held in all."""
    base = sentence.start
    for f in out:
        if f.kind != ARRESTS or not isinstance(f.value, int) or f.value < 1 or f.start < base:
            continue
        m = _NEXT_HELD.match(sentence.text, f.end - base)
        if m and ordinal_value(m.group("ord")) == f.value + 1:
            end = base + m.end()
            kept = [g for g in out if g is not f and not (f.start <= g.start < end)]
            return [*kept, Found(ARRESTS, f.value + 1, f.start, end)]
    return out


# One person told by a noun of a thing that did the harm, the thing's relative clause ending
# right before the arrest: "The driver of the lorry that hit the bus has been arrested", "the
# owner of a dog which bit a postman was detained" (the object of the clause, "the bus", is no
# subject of the arrest).
_HEAD_OF_RELATIVE = re.compile(
    r"(?<![\w’'-])(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w’'-]*\s+){0,2}?(?P<head>[a-z][\w’'-]*)\s+of\s+"
    r"(?:the|an?|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:that|which)\s+"
    r"(?!(?:was|were|is|are|has|have|had)\b)(?:[^,;.]|\.(?=\d)){3,120}?\s+"
    r"(?:(?:has|have|had|was|is)\s+)(?:been\s+)?(?:(?:later|since|now|also)\s+)?"
    r"(?:arrested|detained|apprehended|taken\s+into\s+(?:police\s+)?custody)(?![\w-])"
)
# One person told with their arrest as an apposed participle: "A 53-year-old man, detained on
# suspicion of manslaughter, has been released", "the driver, arrested in connection with the
# crash, was bailed".
_HELD_PARTICIPLE = re.compile(
    r"(?<![\w’'-])(?:[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){0,2}?(?P<head>[a-z][\w’'-]*)\s*,\s*"
    r"(?:who\s+(?:was|had\s+been)\s+)?(?:arrested|detained)\s+(?:on\s+suspicion\s+of"
    r"|in\s+connection\s+with|over|after|for)\s"
)
_THINGS = frozenset(("rest", "front", "back", "side", "top", "bottom", "cause", "owners", "one"))


# A charge holds nobody by itself (the gold convention, README "Arrests and charges"): a count
# told only by a charge ("Prosecutors charged the driver", "Lorry driver charged", "a 27-year-old
# has been indicted") stays only when its sentence also tells the person held: arrested,
# detained, in custody, remanded, apprehended ("Six officials charged over the crush have been
# arrested", "was charged and remains in custody", "charged and remanded").
_CHARGE = re.compile(r"(?<![\w-])(?:charg|indict)", _FLAGS)
_HELD = re.compile(
    r"(?<![\w-])(?:arrest|detain|detention|custod|held(?!\s+(?:hostage|captive))|holding"
    r"|apprehend|nabb|remand|handcuff|cuffed|captur|caught|surrender|picked\s+up|rounded\s+up"
    r"|taken\s+in(?![\w-])|hauled\s+in|behind\s+bars|(?:handed|turned|gave)\s+(?:himself|herself"
    r"|themselves)\s+(?:in|up))",
    _FLAGS,
)

# "charged without detention", "has not been arrested": a held word negated.
_NOT_HELD = re.compile(
    r"(?<![\w-])(?:without|not|never|no|n't)\s+(?:(?:yet|been|being)\s+){0,2}$", _FLAGS
)


def _charges_held(out: list[Found], sentence: Sentence) -> list[Found]:
    """The counts found, less those told by a charge alone in a sentence that tells nobody held
    (a held word inside a zero count, "no one has been arrested", holds nobody)."""
    if not out or "charg" not in sentence.lower and "indict" not in sentence.lower:
        return out
    text, base = sentence.text, sentence.start
    zeros = [(f.start - base, f.end - base) for f in out if f.value == 0]

    def charge_only(f: Found) -> bool:
        span = text[f.start - base : f.end - base]
        return bool(_CHARGE.search(span)) and not _HELD.search(span)

    if not any(charge_only(f) for f in out):
        return out
    held = any(
        not any(a <= m.start() < b for a, b in zeros)
        and not _NOT_HELD.search(text, max(0, m.start() - 24), m.start())
        for m in _HELD.finditer(text)
    )
    return out if held else [f for f in out if not charge_only(f)]


def _with_conjuncts(out: list[Found], sentence: Sentence) -> list[Found]:
    """The counts of coordinated people ("the driver and helper") in place of the smaller counts
    found inside the same phrase, and one person where a list ran into the next clause's subject
    ("detained the cyclist and the van driver was questioned")."""
    for one in single_objects(sentence):
        out = [
            g if not (g.kind == ARRESTS and g.value != 1 and g.start <= one.end <= g.end) else one
            for g in out
        ]
    for f in [*coordinated_arrests(sentence), *namely_arrests(sentence)]:
        inside = [g for g in out if g.kind == ARRESTS and g.start < f.end and f.start < g.end]
        if any(not isinstance(g.value, int) or g.value >= f.value for g in inside) and not (  # type: ignore[operator]
            # a list count that took a named person's apposition for another person
            all(g.start >= f.start and g.end <= f.end for g in inside)
            and names_apposition(sentence.text, f.start - sentence.start, f.end - sentence.start)
        ):
            continue
        out = [g for g in out if g not in inside]
        out.append(f)
    for f in enumerated_groups(sentence):  # "two brothers, Ali Khan and Omar Khan": two
        out = [g for g in out if not (g.kind == ARRESTS and g.start < f.end and f.start < g.end)]
        out.append(f)
    return out


def arrest_stages(facts: Sequence[Fact]) -> list[Fact]:
    """The facts without the arrest counts smaller than the largest exact count of the same
    incident: arrests only add up, so within one report a smaller count tells a stage or a part
    of the total ("arrested two men on Friday ... four men are now in custody", "two relatives of
    the suspect were arrested, bringing to three the number held"), not another figure. None
    ("no arrests had been made") is a statement of its own and stays."""
    largest: dict[str, int] = {}
    revised: set[str] = set()  # "The number was raised to seven": a revision, both stay
    for f in facts:
        if f.kind == ARRESTS and isinstance(f.value, int):
            largest[f.incident] = max(largest.get(f.incident, 0), f.value)
        if f.kind == ARRESTS and revised_figure(f.text):
            revised.add(f.incident)
    largest = {k: n for k, n in largest.items() if k not in revised}
    if not largest or all(n < 2 for n in largest.values()):
        return list(facts)

    def smaller(f: Fact) -> bool:
        top = f.value.get("max") or f.value.get("min") if isinstance(f.value, dict) else f.value
        return isinstance(top, int) and 0 < top < largest.get(f.incident, 0)

    return [f for f in facts if not (f.kind == ARRESTS and smaller(f))]


# A birth year after a name, as police in several countries give it: "X Y (born 1988)", "X,
# born in 1997,".
_BORN_AFTER_NAME = re.compile(
    r"\s*(?:\(\s*(?:b\.|born)\s+(?:in\s+)?(?P<y>(?:19|20)\d\d)\s*\)"
    r"|,\s*(?:b\.|born)\s+(?:in\s+)?(?P<z>(?:19|20)\d\d)(?=\s*[,;.)]))"
)


def birth_year_ages(text: str, facts: Sequence[Fact], year: int | None) -> list[Found]:
    """The suspect's age a birth year after their name gives ("X (born 1988)"), counted from the
    report's year, where no age of theirs is told there."""
    if year is None or "born" not in text and "b." not in text:
        return []
    out: list[Found] = []
    for f in facts:
        if f.kind != NAME:
            continue
        m = _BORN_AFTER_NAME.match(text, f.end)
        if m is None or any(g.kind == AGE and g.start <= f.start < g.end for g in facts):
            continue
        age = year - int(m.group("y") or m.group("z"))
        if 10 <= age <= 99:
            out.append(Found(AGE, age, f.start, m.end()))
    return out


def suspect(sentence: Sentence) -> list[Found]:
    """The suspect's age and name, from the person whose role in the sentence is the suspect's."""
    if opens_other_case(sentence):
        return []  # "Separately, X, 51, pleaded guilty to ...": another case's defendant
    found = suspect_facts(sentence)
    if ":" in sentence.text or "," in sentence.text or "–" in sentence.text or "—" in sentence.text:
        found.extend(held_members(sentence, arrests(sentence), found))  # "held two: X, 52, and Y"
    return _unique(found)


def _unique(found: list[Found]) -> list[Found]:
    if not found:
        return []  # most sentences
    seen: set[tuple[str, int, int]] = set()
    out: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        if any(g.kind == f.kind and g.start < f.end and f.start < g.end for g in out):
            continue
        if (f.kind, f.start, f.end) not in seen:
            seen.add((f.kind, f.start, f.end))
            out.append(f)
    return out
