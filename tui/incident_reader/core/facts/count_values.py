"""The value of a counted subject or object: a number, a group's size, one named person, a running
total, or no count (a doer, a body part, a plural without a number)."""

from __future__ import annotations

import re

from incident_reader.core.facts.lexicon import (
    ANIMAL_HEADS,
    CUMULATIVE_NOUNS,
    NOMINAL_PARTICIPLES,
    PERSON_HEADS,
    PLURAL_PEOPLE_NOUNS,
)
from incident_reader.core.facts.lists import (
    count_of,
    sum_of_parts,
)
from incident_reader.core.facts.numbers import ordinal_value
from incident_reader.core.facts.phrases import (
    CLOSED_WORDS,
    PREPOSITIONS,
    is_person_head,
)
from incident_reader.core.facts.predicates import BODY_PARTS
from incident_reader.core.facts.starts import (
    _FIRST_WORD,
)
from incident_reader.core.model import FactValue

_ACTIVE_OBJECT = re.compile(
    r"\s+(?:\d|(?:an?|the|his|her|their|its|him|them|all|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|several|dozens|many|scores|hundreds|thousands|more\s+than|at\s+least|nearly)\b)",
    re.IGNORECASE,
)
_BE_AUX = re.compile(r"\b(?:was|were|is|are|been|being|has|have|had)\b", re.IGNORECASE)
_AND_HEAD = re.compile(r"\s+(?:and|or)\s+([a-z][\w'’-]*)")
_DEFINITE_END = re.compile(
    r"\s*,|\s+(?:who|has|had|was|is|died|remains|remained)\b"
    # an of-phrase naming what the one person belongs to: "The driver of the car died"
    # (or by an apposition after it: "The driver of the other car, a man of 31, was ...")
    r"|\s+of\s+(?:the|an?|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
    r"(?:\s*,|\s+(?:has|was|is|died|remains|remained)\b)",
    re.IGNORECASE,
)
# Heads that take a share of a set ("the rest of the crew was hurt"): not one person.
_SHARE_HEADS = frozenset(
    ("rest", "remainder", "majority", "bulk", "number", "total", "group", "crowd", "family",
     "crew", "team", "gang", "party", "body", "section", "part", "half", "most")
)  # fmt: skip
# Heads that name a set of people of known size: "an elderly couple", "the twins" (a closed class).
GROUP_SIZES = {
    "couple": 2, "pair": 2, "twins": 2, "duo": 2, "trio": 3, "triplets": 3, "quartet": 4,
}  # fmt: skip
_GROUP_ADJECTIVES = frozenset(("injured", "wounded", "dead", "hurt", "missing", "deceased"))
_ADDED = re.compile(r"\s+(?:more|further|additional)\b", re.IGNORECASE)
# Words a bare capitalised subject may not be: closed classes and indefinite pronouns.
_NOT_BARE = frozenset(
    (*CLOSED_WORDS, "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "many",
     "most", "few", "several", "some", "police", "officials", "authorities", "witnesses")
)  # fmt: skip


def _person_enough(m: re.Match[str], person_only: tuple[str, ...]) -> bool:
    """Whether a verb said of things as well as people has a person for its subject: a count
    ("two others expired", "three more expired") or a head that names a person (``person_only``:
    patterns that open such verb groups)."""
    verb = m.group("verb").lower()
    if not person_only or not any(re.match(p, verb) for p in person_only):
        return True
    if m.group("one") in ("He", "She") and "condition" in verb:
        return True  # "He is in a stable condition in hospital": a patient's grade, a person
    head = (m.group("head") or "").lower()
    if m.group("n") or m.group("zero"):
        return is_person_head(head)
    return head in PERSON_HEADS or head.rstrip("s") in PERSON_HEADS


# Animals counted by the head: "20 head of cattle", "six head of the farmer's sheep".
_HEAD_OF_ANIMALS = re.compile(
    r"\s+of\s+(?:(?:the|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{'|'.join(sorted(ANIMAL_HEADS))})(?![\w-])",
    re.IGNORECASE,
)


def counts_animals(m: re.Match[str], group: str) -> bool:
    """Whether the counted head is "head" of animals ("killed 20 head of cattle"): no person."""
    head = m.group(group)
    return bool(head and head.lower() == "head" and _HEAD_OF_ANIMALS.match(m.string, m.end(group)))


def is_verb_form(head: str | None) -> bool:
    """ "two others expired in hospital": a past form ending the phrase is its verb, not its head
    (the nominal adjectives "the injured", "two wounded", "the accused" stay heads)."""
    if not head:
        return False
    h = head.lower()
    return h.endswith("ed") and h not in NOMINAL_PARTICIPLES


_THE_BEFORE = re.compile(r"(?<![\w-])the\s+$", re.IGNORECASE)


def _subject_value(m: re.Match[str], running_total: bool) -> FactValue | None:
    head = m.group("head")
    if not is_person_head(head) or is_verb_form(head) or counts_animals(m, "head"):
        return None  # "four hours", "two cars": not people; "two others expired": a verb
    if m.group("zero"):
        return 0  # "no one died", "none of the passengers was hurt"
    if m.group("names"):  # (not "Jordan and Egypt were hurt by the crisis": said of places too)
        return None if m.group("verb").lower().startswith("hurt") else _surnames(m.group("names"))
    if m.group("bare"):
        return _bare_subject(m)
    if m.group("n"):
        if _ADDED.match(m.string, m.end("n")):
            return None  # "two more people died": added to a total said elsewhere, not the total
        return count_of(m.group("n"))
    if m.group("ord"):
        at = m.start("ord")
        if head is None and _THE_BEFORE.search(m.string, max(0, at - 5), at):
            return 1  # "two fled and the third was caught": one of a set told before, no total
        return _ordinal_count(m.group("ord"), head, running_total)
    if m.group("poss"):
        return _possessed(m, head)
    if m.group("art") and head is None:
        return None  # an article opens a noun phrase: "a" alone counts nobody
    size = GROUP_SIZES.get(head.lower()) if head else None
    if size and (m.group("art") or (m.group("one") or "").lower() == "the"):
        return size  # "An elderly couple died", "the twins were hurt"
    one = (m.group("one") or "").lower()
    if (
        (one or m.group("art"))
        and _ACTIVE_OBJECT.match(m.string, m.end("verb"))
        and not _BE_AUX.search(m.group(0))
    ):
        return None  # "The avalanche injured three", "A man wounded a guard": the doer
    if (m.group("art") or "").lower() in ("a", "an") and head and is_singular(head):
        second = _AND_HEAD.match(m.string, m.end("head"), m.start("verb"))
        if second and _is_bare_pair(m, second):
            return 2  # "A man and woman were hurt": one article shared by two singular heads
    if one == "the" and head and is_singular(head) and m.group("poss") is None:
        second = _AND_HEAD.match(m.string, m.end("head"), m.start("verb"))
        if second and _is_bare_pair(m, second):
            return 2  # "The driver and conductor were injured": two singular heads
    if one == "the" and not (
        head
        and is_singular(head)
        and head.lower() not in _SHARE_HEADS
        and (
            _DEFINITE_END.match(m.string, m.end("head"))
            or not m.string[m.end("head") : m.start("verb")].strip()  # "The driver suffered ..."
        )
    ):
        return (
            None  # "the pedestrian, ..., died" is one; "the injured were" or "the crash killed" not
        )
    return 1  # "a man", "one woman", "the only passenger", "He", "Mr Ellery"


def _surnames(names: str) -> int | None:
    """ "Brown and Diaz were transported to X": one person per capitalised name of the list, none
    if a word of it is a closed-class word ("The", "Both") or a role that names no one person."""
    words = re.findall(r"[\w'’-]+", names)
    people = [w for w in words if w.lower() != "and"]
    if any(w.lower() in _CLOSED or w.lower() in _NOT_SURNAMES for w in people):
        return None
    return len(people)


_CLOSED = frozenset(CLOSED_WORDS)
# Capitalised words that open a list of services or places, not of people.
_NOT_SURNAMES = frozenset(("police", "fire", "rescue", "ambulance", "paramedics", "officers"))


def _bare_subject(m: re.Match[str]) -> int | None:
    """ "Man, 34, dies", "Teen driver hurt": a headline's bare singular person noun first in its
    line counts one (not "Police", "Everyone", a plural, or a doer with an object after it); two
    such nouns joined by "and" count two ("Mother and child killed")."""
    if m.string[: m.start()].strip(" \t\n*•·–—-"):
        return None
    word, head = m.group("bare").lower(), (m.group("head") or m.group("bare")).lower()
    if word in _NOT_BARE or head in _NOT_BARE or not is_singular(head) or is_verb_form(head):
        return None
    second = (m.group("bare2") or "").lower()
    if second and (
        m.group("head")
        or second in _NOT_BARE
        or not is_singular(second)
        or is_verb_form(second)
        or not is_person_head(second)
    ):
        return None  # "Mother and baby unit", "Man and dog": two people or no count
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
    return 2 if second else 1


# What may follow the verb of a bare headline subject: a preposition or a conjunction.
_AFTER_BARE = frozenset((
    *PREPOSITIONS, "and", "or", "but", "as", "when", "while", "amid", "following", "outside",
    "inside", "near", "today", "yesterday",
))  # fmt: skip


def _is_bare_pair(m: re.Match[str], second: re.Match[str]) -> bool:
    """ "the driver and conductor" + verb: a second singular person head right before the verb
    (or before their ages: "a man and woman in their 20s, were taken to X"), with up to two
    modifiers of its own and the thing both belong to ("the female driver and male passenger of
    one car were taken to X")."""
    words = m.string[second.start(1) : m.start("verb")].split()
    for k in range(min(3, len(words))):
        word = words[k]
        if any(w.lower() in _CLOSED for w in words[:k]) or not word[:1].islower():
            return False
        gap = " " + " ".join(words[k + 1 :])
        gap = _PAIR_OF.sub(" ", gap, count=1)
        rest = _PAIR_AGE.sub(" ", gap, count=1).split()
        if all(w.lower() in _AUXES or w.lower().endswith("ly") for w in rest):
            return is_singular(word) and is_person_head(word) and word.lower() not in _AUXES
    return False


_CLOSED = frozenset(CLOSED_WORDS)
# What the pair belongs to, after the second head: "of one car", "of the van".
_PAIR_OF = re.compile(
    r"^\s+of\s+(?:the|an?|one|each|that|this|his|her|their|its)\s+(?:[\w'’-]+\s+)?[\w'’-]+(?=\s|,|$)",
    re.IGNORECASE,
)


_AUXES = frozenset(("was", "were", "is", "are", "has", "have", "had", "been", "both", "later"))
# The pair's ages between the second head and the verb: "in their 20s,", ", both 19,",
# "aged 40 and 42".
_PAIR_AGE = re.compile(
    r"^\s*,?\s*(?:in\s+their\s+(?:early\s+|mid\s+|late\s+|mid-)?[\w-]+"
    r"|aged\s+\d{1,3}(?:\s+and\s+\d{1,3})?"
    r"|(?:both\s+)?(?:aged\s+)?\d{1,3}(?:\s+and\s+\d{1,3})?)\s*,?",
    re.IGNORECASE,
)


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
    if not is_person_head(head) or counts_animals(m, "ohead"):
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
    if n in ("a", "an", "the") and head and head.lower() in _SHARE_HEADS:
        return None  # "police charged the crowd", "injured a group": a set of untold size
    size = GROUP_SIZES.get(head.lower()) if head else None
    if size and n in ("a", "an", "the"):
        first: FactValue | None = size  # "killing an elderly couple"
    else:
        first = 1 if definite else count_of(m.group("n"))
    if more is None or not more.group("more"):
        return first
    if definite and first == 1 and more.group("more").lstrip().startswith(","):
        # the definite object renamed in commas is one person: "arrested the driver, a
        # 50-year-old man, and his helper" (two), as a subject's list counts it (lists.py)
        whole = sum_of_parts(f"{n} {head}{more.group('more')}")
        if whole is not None:
            return whole
    rest = sum_of_parts(more.group("more"))
    if not isinstance(first, int) or rest is None:
        return None
    return first + rest
