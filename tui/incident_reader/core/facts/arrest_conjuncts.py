"""How many people a coordinated arrest names: the conjuncts of its object or subject counted.

"Police arrested the driver and helper of the bus" holds two, "Two men and a woman were
detained" three, "In custody are Ali Khan and his brother" two. A conjunct is a noun phrase by
its shape (a number or a determiner, up to four modifiers, a head; a person's name with its age),
never a listed noun; a count is given only when two or more conjuncts are joined and each gives
a number, so "arrested the driver and fined him" (a verb after "and") counts nothing here.
"""

from __future__ import annotations

import re

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.grammar import _NAME_WORD, PERSON_NAME
from incident_reader.core.facts.lists import count_of
from incident_reader.core.facts.numbers import COUNT
from incident_reader.core.facts.phrases import is_person_head
from incident_reader.core.facts.role_words import HONORIFICS
from incident_reader.core.facts.text import Sentence
from incident_reader.core.model import FactValue

ARRESTS = "arrests"
_I = re.IGNORECASE

# Words that end a noun phrase's modifiers: prepositions, auxiliaries, relatives, conjunctions.
_CLOSED = frozenset(
    (
        "and or but of from at in on into onto over under after before during since for with "
        "without near by to who which that was were is are be been being has have had will would "
        "could may might later also then yesterday today tonight overnight when while as following "
        "hours minutes days shortly soon police officers his her its their him them it this these "
        "those there here not"
    ).split()
)
# Determiners of one ("the driver", "his helper", "one Mohd. Sajid").
_ONE = frozenset("a an the his her its their one another".split())
_WORD = re.compile(r"[A-Za-z0-9][\w’'-]*")
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_SPACE = re.compile(r"\s*")
# (a name may open with initials, as police and agencies of many countries give it: "B.
# Rakhimov", "K. D. Traoré", "A.B. Mensah")
_NAME = re.compile(
    rf"(?:(?:{'|'.join(HONORIFICS)})\.?\s+)?"  # "Smt. Kamla Devi", "Chief Ade Obi"
    rf"(?:{PERSON_NAME}|(?:[A-Z]\.\s?){{1,3}}{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
    r"(?:\s*,\s*(?:aged\s+)?\d{1,2}(?=\s*[,.;]|\s+and\b)|\s*\(\d{1,2}\))?"
)
_COUNT = re.compile(rf"(?:{COUNT})(?![\w-])", _I)
# Between conjuncts: "and", ", and", "," (a list), "as well as".
_JOIN = re.compile(
    r"\s*,\s*and\s+|\s+and\s+|\s*,?\s+(?:as\s+well\s+as|along\s+with|together\s+with)\s+"
    r"|\s*,\s*(?=\S)",
    _I,
)
# What a conjunct's head may carry before the next join: its name right after it ("the owner
# Harun-or-Rashid, 47,"; one word only with an age), a relative clause up to a comma ("the
# preacher who led the rally,", ", who is in his 50s,").
_AGE_AFTER = r"(?:\s*,\s*(?:aged\s+)?\d{1,2}(?=\s*[,.;]|\s+and\b)|\s*\(\d{1,2}\))"
# (a name of four words too: "Ram Bahadur Thapa Magar", "José Luis García Pérez")
_HEAD_NAME = re.compile(
    rf"\s+(?-i:(?:{PERSON_NAME}(?:\s+{_NAME_WORD})?){_AGE_AFTER}?|{_NAME_WORD}{_AGE_AFTER})"
    r"(?![\w’'-])",
    _I,
)
_RELATIVE = re.compile(r"\s*,?\s+(?:who|whom)\s+[^,;.:]{1,80}?(?=\s*,)", _I)
# A reduced relative before the subject's verb: "a landing-site official accused of collecting
# fees from passengers are", "a man driving the car was" (no finite verb inside).
_REDUCED = re.compile(
    r"\s+(?:accused|suspected|wanted|alleged|believed|thought|said|[a-z]+ing)\s+"
    r"(?:(?!(?:was|were|is|are|has|had|have)\b)[^,;.:\s]+\s+){1,10}?"
    r"(?=(?:was|were|is|are|has|had|have)\b)",
    _I,
)
# A number of a group told by its members: "two of his aides", "three of the organisers".
_PARTITIVE = re.compile(
    r"\s+of\s+(?:his|her|their|its|the)\s+(?:[\w’'-]+\s+)?(?P<head>[a-z][\w’'-]*)"
    r"(?=\s*[,.;:]|\s+(?:on|in|at|who|and|after|for|from|over|were|are|was|had|have)\b|\s*$)",
    _I,
)
# A companion told after the verb: "A teenager was arrested along with his father"; the verb's
# own agent, place or time may come first ("was taken in for questioning by the gendarmerie
# together with two of his aides", "was detained at the port along with the ship's cook").
_ALONG = re.compile(
    r"(?:\s+(?:by|at|in|on|near|outside|for)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?"
    r"\s*,?\s+(?:along|together)\s+with\s+",
    _I,
)
# A clause of its own after the last conjunct ("arrested the driver and the conductor was hurt").
_OWN_VERB = re.compile(r"\s+(?:was|were|is|are|has|had|have|will|would|died|fled)\b", _I)
# An of-phrase or apposition after a head ("the driver and helper of a bus").
_OF = re.compile(
    r"\s+of\s+(?:the|an?|his|her|their)\s+[\w’'-]+"
    r"(?:\s+(?!(?:was|were|is|are|has|have|had|will|would|and)\b)[\w’'-]+)?",
    _I,
)

# Where an arrest's object starts: after an active arrest verb ("Police arrested", "took ...
# into custody" is left to people.py).
_ACTIVE = re.compile(
    r"(?<![\w-])(?:arrested|detained|apprehended|nabbed|charged|booked|picked\s+up"
    r"|rounded\s+up)\s+(?=\S)",
    _I,
)
# Holding people is an arrest only with what they are held for, told later in the sentence:
# "Police are holding the driver and his mate on suspicion of ...", "held X (41) and a loader
# ..., pending investigations" (never "holding a press conference and a briefing").
_HOLD = re.compile(r"(?<![\w-])(?:holding|hold|holds|held)\s+(?=\S)", _I)
_HELD_FOR = re.compile(
    r"[^;:.]{0,160}?(?<![\w-])(?:on\s+suspicion|in\s+connection\s+with|for\s+questioning"
    r"|pending\s+(?:further\s+|the\s+|an?\s+)?(?:investigations?|inquiry|inquiries|enquiries"
    r"|probe|trial|charges?))(?![\w-])",
    _I,
)
# A passive arrest after its subject: "... were arrested", "have been detained".
_PASSIVE = re.compile(
    r"\s+(?:were|are|have\s+been|had\s+been|was|has\s+been|is)\s+(?:\w+ly\s+|also\s+|later\s+|now\s+|already\s+)?"
    r"(?:arrested|detained|held|charged|taken\s+into\s+custody|in\s+(?:police\s+)?custody"
    r"|apprehended|booked(?!\s+(?:without|under|over|for|in\s+(?:a|the)\s+case)\b)"
    r"|nabbed|remanded|(?:taken|brought)\s+in\s+for\s+questioning)(?![\w-])",
    _I,
)
_SINGULAR_AUX = re.compile(r"\s+(?:was|is|has\s+been)\s", _I)
# The subject after its fronted custody predicate: "Arrested were", "In custody are".
# (or told by those held, then what they include: "Those arrested include the mill's director and
# its chief engineer", "The people detained so far are X and Y")
_INVERTED = re.compile(
    r"^\s*(?:(?:now|later|currently|still)\s+)?(?:(?:those|the\s+(?:people|persons|men|women"
    r"|suspects|individuals))\s+)?(?:arrested|detained|held(?!\s+(?:hostage|captive))|charged|in\s+"
    r"(?:police\s+)?custody|under\s+arrest|behind\s+bars)\b[^.;]{0,80}?\s"
    r"(?:is|are|was|were|include[sd]?)\s+",
    _I,
)


# "took Dale Kinney, 51, into custody", "took two men and a woman into custody"
_TOOK = re.compile(r"(?<![\w-])(?:took|taken|taking|takes)\s+(?=\S)", _I)
_INTO = re.compile(r"\s*,?\s+into\s+(?:police\s+)?custody\b", _I)
# One charged with another: "Jointly charged with him is X", "X was charged alongside his
# brother", "charged together with two others" (the companions and the one told).
_JOINTLY = re.compile(
    r"(?<![\w-])(?:jointly\s+(?:charged|accused|indicted)\s+with|(?:charged|accused|indicted)"
    r"\s+(?:jointly\s+with|alongside|together\s+with))\s+(?:(?P<n>\w+)\s+others?\b"
    r"|(?:him|her)\b|(?:his|her)\s+(?!(?:[\w-]+\s+)?(?:sons|daughters|brothers|sisters|friends"
    r"|colleagues|accomplices)\b)[a-z][\w-]*|(?-i:[A-Z])[\w’'-]+)",
    _I,
)
# Words one of which every sentence this module reads holds.
_KEYS = ("arrest", "detain", "held", "hold", "charg", "custod", "nabb", "book", "appreh", "bars",
         "picked", "rounded", "questioning")  # fmt: skip


# A pronoun of one person, standing alone ("He and his brother were arrested").
_PRONOUN = re.compile(r"(?:he|she|him|her)(?=\s*,|\s+and\b|\s+(?:along|together)\s+with\b)", _I)
# A group by its number with no head of its own: "all three", "both", "the pair", "the two".
_GROUP_WORDS = {"both": 2, "couple": 2, "pair": 2, "duo": 2, "trio": 3, "quartet": 4}
_GROUP = re.compile(
    rf"(?:(?:all|the)\s+(?P<n>{COUNT})|(?:the\s+)?(?P<w>couple|pair|duo|trio|quartet)|(?P<both>both))"
    r"(?:\s+(?:of\s+them|men|women|suspects|teenagers|boys|girls|brothers|sisters))?"
    rf"(?=\s*[,.;]|\s+(?:{'|'.join(sorted(_CLOSED))}|fled|ran|hid|[a-z]+ed)\b|\s*$)",
    _I,
)


def _group(text: str, at: int) -> tuple[int, int] | None:
    """A headless group ("all three", "the pair", "both"): how many it names and where it ends."""
    m = _GROUP.match(text, at)
    if not m:
        return None
    if m.group("both"):
        return 2, m.end()
    if m.group("w"):
        return _GROUP_WORDS[m.group("w").lower()], m.end()
    value = count_of(m.group("n"))
    return (value, m.end()) if isinstance(value, int) and value > 1 else None


# A counted group owned by someone: "the club's two co-owners", "its three directors", "his two
# sons" (the count after the owner).
_OWNED_COUNT = re.compile(
    rf"(?:(?:the\s+)?(?:[\w’'-]+\s+)?[\w-]+['’]s|his|her|its|their)\s+(?P<n>{COUNT})\s+"
    r"(?:[a-z][\w’'-]*\s+)?(?P<head>[a-z][\w’'-]*s)(?![\w’'-])",
    _I,
)


def _conjunct(text: str, at: int, first: bool, shared_det: bool) -> tuple[int, int, bool] | None:
    """One conjunct at ``at``: (how many it names, where it ends, whether it had a determiner)."""
    name = _NAME.match(text, at)
    if name:
        return 1, name.end(), False
    owned = _OWNED_COUNT.match(text, at)
    if owned and is_person_head(owned.group("head")):
        value = count_of(owned.group("n"))
        if isinstance(value, int) and value > 1:
            return value, owned.end(), False
    pronoun = _PRONOUN.match(text, at)
    if pronoun:
        return 1, pronoun.end(), False  # "He and his brother", "arrested her and her husband"
    group = _group(text, at)
    if group is not None:
        return group[0], group[1], False
    count = _COUNT.match(text, at)
    n: int | None
    det = False
    pos = at
    if count and count.group(0).strip():
        value = count_of(count.group(0))
        n = value if isinstance(value, int) else None  # "several men": how many?
        pos = count.end()
        part = _PARTITIVE.match(text, pos)
        if part and n is not None and is_person_head(part.group("head").lower()):
            return n, part.end(), False  # "as well as two of his aides"
    else:
        word = _WORD.match(text, at)
        if not word:
            return None
        w = word.group(0).lower()
        if w in _ONE:
            n, det, pos = 1, True, word.end()
        elif not first and shared_det:
            n = 1  # "the driver and helper": the determiner is shared
        else:
            return None
    heads: list[re.Match[str]] = []
    owners = 0
    while len(heads) < 5:
        word = _WORD.match(text, _SPACE.match(text, pos).end())  # type: ignore[union-attr]
        if not word or word.group(0).lower() in _CLOSED:
            break
        if word.group(0).endswith(_POSSESSIVE) and owners < 2 and (heads or det):
            # "the park's managing director": an owner's genitive is the head's determiner, so
            # the words after it start the phrase again (a participle there is a modifier)
            heads, owners, pos = [], owners + 1, word.end()
            continue
        if heads and word.group(0)[0].isupper() and heads[-1].group(0)[0].islower():
            break  # "the restaurant owner Harun-or-Rashid": the head's name follows it
        if (
            heads
            and word.group(0).lower().endswith(("ed", "ing"))
            and is_person_head(heads[-1].group(0).lower())
        ):
            break  # "an official accused of ...", "a man driving the van": a reduced relative
        heads.append(word)
        pos = word.end()
    if not heads:
        return None
    head = heads[-1].group(0).lower()
    if not is_person_head(head) or head.endswith(("ed", "ing", "ly")) or head[0].isdigit():
        return None  # "arrested the driver and fined him": a verb, not a person
    if n is None or (n == 1 and det and head.endswith("s") and not head.endswith("ss")):
        return None  # "the men": how many?
    of = _OF.match(text, pos)
    return n, of.end() if of else pos, det


def coordinated(
    text: str, at: int, least: int = 2, subject: bool = False
) -> tuple[int, int] | None:
    """The total named by ``least`` or more joined conjuncts starting at ``at``, and where they
    end. A name after a comma is the phrase before it named ("the driver, Colm Barry, 45"); a
    comma joins a list only when an "and" closes it ("a man, a boy and a girl")."""
    first = _conjunct(text, at, True, False)
    if first is None:
        return None
    total, end, det = first
    named = _NAME.match(text, at) is not None
    if det and (head_name := _HEAD_NAME.match(text, end)):
        end, named = head_name.end(), True  # "the restaurant owner Harun-or-Rashid, 47"
    parts, pending, pending_total = 1, 0, 0
    closed = end
    if total > 1 and (listed := _enumerated(text, end, total)) is not None:
        return (total, listed) if least <= 2 else None  # "two co-owners, X, 39, and his brother Y"
    while True:
        end = _skip_relative(text, end)
        if named:
            end = _skip_appos(text, end)
        join = _JOIN.match(text, end)
        if not join:
            break
        nxt = _conjunct(text, join.end(), False, det)
        if nxt is None:
            break
        if not subject and _OWN_VERB.match(text, nxt[1]):
            break  # "... and the conductor was hurt": a new clause's subject
        is_name = _NAME.match(text, join.end()) is not None
        comma = "," in join.group(0) and join.group(0).strip(" ,") == ""
        before, end = end, nxt[1]
        if nxt[2] and (head_name := _HEAD_NAME.match(text, end)):
            end, is_name = head_name.end(), True  # "and his manager Kamrul Islam"
        if comma and is_name and not named:
            named = True  # an apposition: the same person
            continue
        if comma and parts == 1 and not pending and _AGED_APPOS.match(text, join.end(), end):
            continue  # "the truck's driver, a 50-year-old Omani, and his helper": the driver's
        if comma:
            if not pending:
                closed = before  # a list no "and" closes ends before its first comma
            pending += 1
            pending_total += nxt[0]
        else:
            parts += pending + 1
            total += pending_total + nxt[0]
            pending = pending_total = 0
        named = is_name
    if parts < least:
        return None
    if pending and not subject:
        end = closed  # (a subject's own apposition runs on to its verb: kept whole)
    if subject and (reduced := _REDUCED.match(text, end)):
        end = reduced.end() - 1  # "... and a landing-site official accused of ... are"
    return total, end


_COMMA = re.compile(r"\s*,\s*")
# An indefinite phrase told by an age after the first conjunct and a comma: what that person is
# ("the driver, a 50-year-old man, and his mate"; "the owner, a woman in her 60s, and ...").
_AGED_APPOS = re.compile(
    r"an?\s+(?:\d{1,2}-year-old|(?:[\w’'-]+\s+){1,3}?(?:in\s+(?:his|her)\s+(?:early\s+|mid-?\s*"
    r"|late\s+)?\w+|aged\s+\d{1,2}))(?![\w-])",
    re.IGNORECASE,
)
_KIN_NAMED = re.compile(rf"(?:his|her|their|its)\s+[a-z][\w’'-]*(?:\s+{_NAME_WORD})?{_AGE_AFTER}?")


# A member told by a bare role before the name ("boiler operator Tran Van Minh"), and a definite
# member's name apposed after its role (", Ana Ruiz, 58").
_ROLE_NAME = re.compile(rf"(?:[a-z][\w’'-]*\s+){{1,2}}(?-i:{PERSON_NAME}){_AGE_AFTER}?")
_APPOSED_NAME = re.compile(
    rf"\s*,\s*(?-i:(?:(?:{'|'.join(HONORIFICS)})\.?\s+)?{PERSON_NAME}){_AGE_AFTER}?(?=\s*,|\s+and\b)"
)


_CLOSING_COMMA = re.compile(r"\s*,(?=\s+(?:were|are|have|had)\b)")


def _member(text: str, at: int, first: bool) -> int | None:
    """Where one named or definite member of a counted group ends ("Paulo Reis, 39", "his
    brother Rui", "boiler operator Tran Van Minh", "the factory's owner, Ana Ruiz, 58"); the
    first must be named, a later one may be a definite role alone ("and the firm's manager")."""
    name = _NAME.match(text, at)
    if name is not None:
        return name.end()  # (a name after it is the next member: "Ben Hill, Ada Hill and ...")
    item = _PRONOUN.match(text, at) or _KIN_NAMED.match(text, at)
    if item is None and (role := _ROLE_NAME.match(text, at)):
        head = role.group(0).split()[0].lower()
        item = role if head not in _CLOSED and head not in _ONE else None
    if item is not None:
        appos = _APPOSED_NAME.match(text, item.end())  # "its manager, Bilal Raza"
        return appos.end() if appos else item.end()
    got = _conjunct(text, at, True, False)
    if got is None or got[0] != 1 or not got[2]:
        return None
    appos = _APPOSED_NAME.match(text, got[1]) or _HEAD_NAME.match(text, got[1])
    if appos is None and first:
        return None  # "two men, a woman and a boy": a list of more people, not the two named
    return appos.end() if appos else got[1]


def _enumerated(text: str, at: int, n: int) -> int | None:
    """Where the named members of a counted group end when they follow it after a comma ("two
    co-owners, Paulo Reis, 39, and his brother Rui, 35,", "two people, boiler operator X and the
    firm's manager"): that many members, the first named."""
    comma = _COMMA.match(text, at)
    if comma is None:
        return None
    pos = comma.end()
    for seen in range(1, n + 1):
        end = _member(text, pos, seen == 1)
        if end is None:
            return None
        if seen == n:
            closing = _CLOSING_COMMA.match(text, end)  # "..., and its manager, X, were held"
            return closing.end() if closing else end
        join = _JOIN.match(text, end)
        if join is None:
            return None
        pos = join.end()
    return None


def _skip_relative(text: str, at: int) -> int:
    """Where a conjunct ends after its relative clause ("the preacher who led the rally,")."""
    rel = _RELATIVE.match(text, at)
    return rel.end() if rel else at


# A named person's apposition up to the next comma: a role with or without its article and
# what it is of or where ("Tom Hale, 41, owner of Hale Bakes,", "Ann Moss (52), a resident of
# Kelby,", "Omar Said, the skipper,"), never "and" or a verb's participle.
_NAME_APPOS = re.compile(
    r"\s*,\s*(?!(?:and|or|but|who|which|were|was|are|is|had|have|has)\b)(?:(?:an?|the)\s+)?"
    r"(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*(?<!ed)(?<!ing)(?<!ly)"
    r"(?:\s+(?:of|at|in|from|for|with)\s+[^,;.]{1,60}?)?(?=\s*,)"
)


def names_apposition(text: str, start: int, end: int) -> bool:
    """Whether a person named between ``start`` and ``end`` carries a role apposition, which a
    list count takes for another person ("Jo Kerr, a nurse, and her husband": two, not three)."""
    for m in _NAME_AT.finditer(text, start, end):
        name = _NAME.match(text, m.start())
        if name and name.end() <= end and _skip_appos(text, name.end()) > name.end():
            return True
    return False


_NAME_AT = re.compile(r"(?<![\w’'-])(?-i:[A-Z])")


def _skip_appos(text: str, at: int) -> int:
    """Where a named conjunct ends after its apposition ("X, 54, owner of the bakery,")."""
    appos = _NAME_APPOS.match(text, at)
    if appos is None:
        return at
    words = re.findall(r"[a-z][\w’'-]*", appos.group(0).split(" of ")[0].lower())
    if not words or not is_person_head(words[-1]) or words[-1] in _CLOSED:
        return at
    return appos.end()


def coordinated_arrests(sentence: Sentence) -> list[Found]:
    """Arrest counts of coordinated objects, passive subjects and inverted subjects."""
    text, base = sentence.text, sentence.start
    out: list[Found] = []
    if not any(k in sentence.lower for k in _KEYS):
        return out
    for m in _TOOK.finditer(text) if "custody" in sentence.lower else ():
        got = coordinated(text, m.end(), least=1)
        if got and (into := _INTO.match(text, got[1])):
            out.append(Found(ARRESTS, got[0], base + m.start(), base + into.end()))
    for m in _JOINTLY.finditer(text) if "charg" in sentence.lower else ():
        others = count_of(m.group("n")) if m.group("n") else 1
        if isinstance(others, int):  # "charged alongside two others": three
            out.append(Found(ARRESTS, others + 1, base + m.start(), base + m.end()))
    for m in _ACTIVE.finditer(text) if "'s " in text or "’s " in text or " its " in text else ():
        owned = _OWNED_COUNT.match(text, m.end())  # "arrested the club's two bouncers"
        if owned and is_person_head(owned.group("head")):
            value = count_of(owned.group("n"))
            if isinstance(value, int) and value > 1:
                out.append(Found(ARRESTS, value, base + m.start(), base + owned.end()))
    inv = _INVERTED.match(text)
    if inv and (got := coordinated(text, inv.end(), least=1)):
        # "In custody is X"; "Those arrested include X and Y": at least those listed
        held: FactValue = (
            {"min": got[0], "max": None} if "includ" in inv.group(0).lower() else got[0]
        )
        out.append(Found(ARRESTS, held, base + inv.start(), base + got[1]))
    if (
        " and " not in text
        and " with " not in text
        and " as well as " not in text
        and not _GROUP_GATE.search(text)
    ):
        return out
    for m in _ACTIVE.finditer(text):
        got = coordinated(text, m.end())
        group = _group(text, m.end())
        if group and not got:
            got = group  # "Police arrested all three"
        if got and not _OWN_VERB.match(text, got[1]):
            out.append(Found(ARRESTS, got[0], base + m.start(), base + got[1]))
    for m in _HOLD.finditer(text) if "hold" in sentence.lower or "held" in sentence.lower else ():
        got = coordinated(text, m.end())
        if got and not _OWN_VERB.match(text, got[1]) and _HELD_FOR.match(text, got[1]):
            out.append(Found(ARRESTS, got[0], base + m.start(), base + got[1]))
    for m in _PASSIVE.finditer(text):
        along = _ALONG.match(text, m.end())
        companion = coordinated(text, along.end(), least=1) if along else None
        for start in _subject_starts(text, m.start()):
            got = coordinated(text, start, least=1 if companion else 2, subject=True)
            if got and got[1] == m.start():
                n, end = got[0], m.end()
                if companion:
                    n, end = n + companion[0], companion[1]  # "... along with his father"
                out.append(Found(ARRESTS, n, base + start, base + end))
                break
        else:
            shared = _shared_subject(text, m.start())
            if shared:
                out.append(Found(ARRESTS, shared[0], base + shared[1], base + m.end()))
            elif companion and _SINGULAR_AUX.match(m.group(0)):
                # a singular subject too long to read ("The organiser, X, a trader in his
                # fifties who ..., was taken in for questioning together with two of his aides")
                at = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
                out.append(Found(ARRESTS, 1 + companion[0], base + at, base + companion[1]))
    return out


# A counted subject that a "namely" apposition lists before its verb: "Two suspects, namely the
# owner of the firm, X (54), a resident of Y, and his foreman, have been arrested" (the count is
# the subject's; the list between the commas holds no verb of its own).
_NAMELY = re.compile(
    rf"(?<![\w-])(?P<n>{COUNT})\s+(?:[\w’'-]+\s+){{0,2}}?(?P<head>[a-z][\w’'-]*)\s*,?\s*"
    r"(?:namely|viz\.?|i\.\s?e\.,?|that\s+is|to\s+wit)\s+"
    r"(?P<list>(?:(?!(?<![\w’'-])(?:was|were|is|are|has|have|had|said|says)\b)[^;:.]|\.(?=\S)|(?<=(?<![\w’'-])(?-i:[A-Z]))\.)"
    r"{1,250}?)\s*,$",
    _I,
)


_NAMELY_KEYS = ("namely", "viz", "i.e", "that is", "to wit")


def namely_arrests(sentence: Sentence) -> list[Found]:
    """The count of a subject whose "namely" list runs up to its passive arrest verb."""
    text, base = sentence.text, sentence.start
    if not any(w in sentence.lower for w in _NAMELY_KEYS):
        return []
    out: list[Found] = []
    for m in _PASSIVE.finditer(text):
        for n in _NAMELY.finditer(text[: m.start()]):
            value = count_of(n.group("n"))
            if isinstance(value, int) and value > 1 and is_person_head(n.group("head")):
                out.append(Found(ARRESTS, value, base + n.start(), base + m.end()))
            break
    return out


def single_objects(sentence: Sentence) -> list[Found]:
    """One person held whose "and" opens a new clause: "Police detained the cyclist and the van
    driver was questioned" holds one (the van driver is the next clause's subject)."""
    text, base = sentence.text, sentence.start
    out: list[Found] = []
    if " and " not in text or not any(k in sentence.lower for k in _KEYS):
        return out
    for m in _ACTIVE.finditer(text):
        first = _conjunct(text, m.end(), True, False)
        if first is None or first[0] != 1:
            continue
        join = _JOIN.match(text, first[1])
        nxt = (
            _conjunct(text, join.end(), False, first[2])
            if join and "and" in join.group(0)
            else None
        )
        if nxt is not None and _OWN_VERB.match(text, nxt[1]):
            out.append(Found(ARRESTS, 1, base + m.start(), base + first[1]))
    return out


# A finite verb right after a subject: an auxiliary or a past form ("ditched", "fled").
_VERB_NEXT = re.compile(
    r"\s+(?:(?:was|were|is|are|has|had|have|will|would|fled|ran|hid)\b|[a-z]+ed\b)"
)
_AND_BEFORE = re.compile(r"\band\s*$", _I)
_LEAD = re.compile(r"[\s\"“‘']*")


def _shared_subject(text: str, verb_at: int) -> tuple[int, int] | None:
    """The sentence's plural subject of a second predicate: "Both were located hiding in a
    backyard and were taken into custody" (how many, where the subject starts)."""
    if not _AND_BEFORE.search(text, max(0, verb_at - 6), verb_at):
        return None
    lead = _LEAD.match(text)
    at = lead.end() if lead else 0
    got = _group(text, at) or coordinated(text, at, subject=True)
    if got is None or not _VERB_NEXT.match(text, got[1]) or ";" in text[got[1] : verb_at]:
        return None
    return got[0], at


_GROUP_GATE = re.compile(r"\b(?:all|both|couple|pair|duo|trio|quartet)\b", _I)
_STARTS = re.compile(r"(?:^|[,;:]\s+|\b(?:after|when|while|and|but|as)\s+)", _I)


def _subject_starts(text: str, end: int) -> list[int]:
    """Where the subject of a verb at ``end`` may start, the farthest first."""
    return [m.end() for m in _STARTS.finditer(text, 0, end)]


def enumerated_groups(sentence: Sentence) -> list[Found]:
    """Arrest counts of a counted group whose members an apposition names after it: "arrested
    two brothers, Ali Khan and Omar Khan" holds two, not four (the members are the group)."""
    text, base = sentence.text, sentence.start
    if "," not in text or not any(k in sentence.lower for k in _KEYS):
        return []
    out: list[Found] = []
    for m in _ACTIVE.finditer(text):
        first = _conjunct(text, m.end(), True, False)
        if first and first[0] > 1 and (end := _enumerated(text, first[1], first[0])):
            out.append(Found(ARRESTS, first[0], base + m.start(), base + end))
    for m in _PASSIVE.finditer(text):
        for start in _subject_starts(text, m.start()):
            first = _conjunct(text, start, True, False)
            end = _enumerated(text, first[1], first[0]) if first and first[0] > 1 else None
            if first and end == m.start():
                out.append(Found(ARRESTS, first[0], base + start, base + m.end()))
                break
    return out
