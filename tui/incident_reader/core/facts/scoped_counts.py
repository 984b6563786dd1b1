"""Counts of one site: a figure a named hospital gives of its own patients ("Kelby Royal Infirmary
said it was treating 12 patients", "St Anne's Hospital advised people to stay away while staff
treated 31 casualties"), or the hurt taken to one named hospital where the report sends others
elsewhere ("Nine were taken to St Anne's Hospital and the rest to other hospitals").

Such a count is a part of the report's total, never more than all of it: the report's own
statements are compared with it as a lower bound (``facts.conflicts``), and it is not the figure
the report stands by when it gives a total too (``align.pairing.final_statement``). A named site
is a capitalised institution noun (Hospital, Infirmary, Clinic, Medical Centre ...) after a
capitalised name or before one ("Hospital Selayang"); "the hospital" or "local hospitals" is none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from incident_reader.core.facts.revisions import SENTENCE_END
from incident_reader.core.model import Fact, FactValue

SENTENCE_CHARS = 240  # how far a count's sentence is read on each side
CASUALTY_KINDS = ("casualties.killed", "casualties.injured", "casualties.hospitalised")

# A singular institution noun, capitalised as in a name (literal-leading: no scan of every word).
_SITE_HEAD = re.compile(
    r"\b(?:Hospital|Infirmary|Clinic|Medical\s+Cent(?:re|er)|Trauma\s+Cent(?:re|er)"
    r"|Burns?\s+(?:Unit|Cent(?:re|er)))\b(?!s)"
)
# A name just before the noun on its line ("Dunmore General Hospital"), not a word that ends the
# sentence or paragraph before ("... on Tuesday.\n\nHospital staff").
_NAME_BEFORE = re.compile(r"(?:St\.?[ ]+)?(?!(?:The|A|An|This|That|Its|Their)[ ])"
                          r"[A-Z][\w'’-]*[ ]+$")  # fmt: skip
_NAME_AFTER = re.compile(r"\s+(?!(?:The|A|An|And|In|On|At|To|Said|Says)\b)[A-Z][\w'’-]+")
# The site's own count: a verb of taking in or caring for between the site and the figure.
_RECEIVING = re.compile(
    r"\b(?:treat(?:ed|ing)|receiv(?:ed|ing)|admitt(?:ed|ing)|took\s+in|taking\s+in"
    r"|car(?:ed|ing)\s+for|ha(?:s|d|ve)\s+(?:seen|had))\b",
    re.IGNORECASE,
)
_TO_SITE_CHARS = 40  # how far after the count its own "taken to X Hospital" may end
_TO_SITE = re.compile(r"\b(?:at|to|in|into)\s+(?:the\s+)?$", re.IGNORECASE)
# Others sent elsewhere: "the rest to other hospitals", "others went to Dunmore General".
_ELSEWHERE = re.compile(
    r"\b(?:other|several|various|different|nearby|neighbouring|neighboring|two|three|four|five)"
    r"\s+hospitals\b|\bthe\s+rest\b|\bothers?\s+(?:were\s+)?(?:taken|sent|flown|rushed)\b",
    re.IGNORECASE,
)


def one_site(fact: Fact, text: str) -> bool:
    """Whether a casualty count is told of one named site's patients, a part of the total."""
    if fact.kind not in CASUALTY_KINDS or not text:
        return False
    start, sentence = _sentence(fact, text)
    sites = [m for m in _SITE_HEAD.finditer(sentence) if _named(sentence, m)]
    count_end = fact.end - start
    for site in sites:
        if site.end() <= count_end and _RECEIVING.search(sentence, site.end(), count_end):
            return True  # the hospital counts its own: "X Hospital said it treated 12"
    for site in sites:
        opening = _site_start(sentence, site)
        between = sentence[count_end:opening]
        if fact.start - start > opening or len(between) > _TO_SITE_CHARS or "," in between:
            continue  # the site of another clause ("rose to 11, after two died at X Hospital")
        if _TO_SITE.search(sentence[:opening]):
            if _ELSEWHERE.search(sentence) or _other_site(text, sentence[opening : site.end()]):
                return True  # "Nine were taken to St Anne's Hospital, the rest to ..."
    return False


def as_part(value: FactValue) -> FactValue:
    """A one-site figure as the least the report's total can be ("12" -> 12 or more)."""
    if isinstance(value, int):
        return {"min": value, "max": None}
    if isinstance(value, dict):
        return {"min": value.get("min"), "max": None}
    return value


def _sentence(fact: Fact, text: str) -> tuple[int, str]:
    lo = max(0, fact.start - SENTENCE_CHARS)
    before = SENTENCE_END.split(text[lo : fact.start])[-1]
    after = SENTENCE_END.split(text[fact.end : fact.end + SENTENCE_CHARS], maxsplit=1)[0]
    start = fact.start - len(before)
    return start, before + text[fact.start : fact.end] + after


def _named(sentence: str, site: re.Match[str]) -> bool:
    return bool(
        _NAME_BEFORE.search(sentence[max(0, site.start() - 40) : site.start()])
        or _NAME_AFTER.match(sentence, site.end())
    )


def _site_start(sentence: str, site: re.Match[str]) -> int:
    """Where the site's name begins ("St Anne's Hospital" -> at "St")."""
    before = sentence[max(0, site.start() - 60) : site.start()]
    name = re.search(r"(?:(?:St\.?\s+)?[A-Z][\w'’.-]*\s+){1,4}$", before)
    return site.start() - (len(name.group(0)) if name else 0)


def _other_site(text: str, name: str) -> bool:
    """Whether the report names a place of care other than ``name``."""
    own = " ".join(name.split())
    return any(own not in site and site not in own for site in _named_sites(text))


@lru_cache(maxsize=8)
def _named_sites(text: str) -> tuple[str, ...]:
    """Each named place of care in the text ("St Anne's Hospital"), once, read once per report (a
    report of thousands of counts asks for every one of them)."""
    names = (
        " ".join(text[_site_start(text, m) : m.end()].split())
        for m in _SITE_HEAD.finditer(text)
        if _named(text, m)
    )
    return tuple(dict.fromkeys(names))  # each name once: a repeated sentence adds nothing
