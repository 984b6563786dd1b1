"""The day of the occasion the incident happened at: "poisoned at a funeral", then "admitted
after the funeral on 9 May" or "Saturday's wedding".

A report whose lead tells the incident at or during an occasion (a funeral, a wedding, a match,
a concert) may date it only through that occasion: the occasion's noun, definite, with a day
after "on" or a possessive day before it. Read only for a report whose own event words date
nothing, so a day the incident's clause gives always comes first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.event_cues import is_event_sentence
from incident_reader.core.facts.text import Sentence
from incident_reader.core.model import Timex

DATE = "incident.date"
# Occasions that gather people at one place and time (a closed class of English nouns).
OCCASIONS: tuple[str, ...] = (
    "funeral", "burial", "wake", "vigil", "wedding", "reception", "christening", "baptism",
    "party", "feast", "festival", "concert", "match", "game", "tournament", "race", "rally",
    "march", "parade", "procession", "ceremony", "celebration", "service", "gathering",
    "graduation", "fair", "show", "gig", "crusade", "prayer meeting",
)  # fmt: skip
_OCCASION = "|".join(sorted(OCCASIONS, key=len, reverse=True))
# The lead's setting: "drunk at a funeral in X", "during a football match", "at a wedding party".
_SETTING = re.compile(
    rf"\b(?:at|during)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,2}}?(?P<noun>{_OCCASION})s?\b",
    re.IGNORECASE,
)
_THE_BEFORE = re.compile(r"\b(?:the|that|this)\s+(?P<noun>[a-z]+(?:\s+meeting)?)\s+on\s+$")
_OWNED_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+(?:\s+meeting)?)\b")
# People gathering on a day for an occasion ("Mourners had gathered on Saturday for the burial",
# "guests assembled on Friday for a wedding"): that day is the occasion's.
_GATHERED_ON = re.compile(
    r"\b(?:gathered|assembled|met|came\s+together|turned\s+out|arrived)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_FOR_OCCASION = re.compile(
    rf"\s+(?:for|at)\s+(?:an?|the|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_OCCASION})s?\b",
    re.IGNORECASE,
)
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
REACH = 30


def occasion_date(
    sentences: Sequence[Sentence],
    per_sentence: Sequence[Sequence[Timex]],
    dct_day: str | None,
    lead: int = 4,
) -> Found | None:
    """The day the occasion of the incident is told on, or None when the lead names none (the
    occasion's own noun with its day, or people gathering on a day for an occasion)."""
    setting = next(
        (
            m.group("noun").lower()
            for s in sentences[:lead]
            if is_event_sentence(s)
            for m in [_SETTING.search(s.text)]
            if m is not None
        ),
        None,
    )
    if setting is None:
        return None
    for s, inside in zip(sentences, per_sentence, strict=False):
        if not inside:
            continue
        for t in inside:
            if t.type != "DATE" or not _DAY_VALUE.match(t.value):
                continue
            if dct_day and t.value > dct_day:
                continue  # "the funeral on Saturday" still to come
            lo, hi = t.start - s.start, t.end - s.start
            before = _THE_BEFORE.search(s.text, max(0, lo - REACH), lo)
            after = _OWNED_AFTER.match(s.text, hi)
            if (before and before.group("noun") == setting) or (
                after and after.group("noun").lower() == setting
            ):
                return Found(DATE, t.value, t.start, t.end)
            if _GATHERED_ON.search(s.text, max(0, lo - REACH), lo) and _FOR_OCCASION.match(
                s.text, hi
            ):
                return Found(DATE, t.value, t.start, t.end)
    return None
