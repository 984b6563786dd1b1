"""The place of an earlier incident a report recalls, where its own clause names it in a shape the
scene's rules set aside or never read.

Two shapes, read only inside a background incident's own clause (never for the main incident):
a town told as near the scene ("a gas blast in nearby Thornbury killed six in 2011": near the
report's scene, but where that earlier incident happened), and a name that premodifies an event
noun ("the Ardmore ferry disaster of 1987", "the 2015 Kelby stadium crush", "the Madrid train
bombings"): the name, found by its shape, places the event the noun names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from incident_reader.core.facts import events
from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.place_names import (
    _DEMONYM,
    _NAME,
    _SPACES,
    PLACE,
    _spelt_out,
    _trim,
)
from incident_reader.core.facts.place_words import is_country, is_organisation, is_site_head
from incident_reader.core.facts.text import Sentence
from incident_reader.core.facts.vocabulary import MAKES
from incident_reader.core.temporal.lexicon import HOLIDAY_NAMES, SEASONS

# Event nouns that name an incident (events.INCIDENT_NOUNS), and their plurals.
_NOUNS = events.INCIDENT_NOUNS
_PLURALS = tuple(
    f"{n}es" if n.endswith(("sh", "ch", "x")) else f"{n}s" for n in _NOUNS if not n.endswith("s")
)
# A town told as near the scene: "in nearby Thornbury", "in neighbouring Kelby".
_NEARBY = re.compile(
    rf"\b(?:in|at|outside|near)\s+(?:the\s+)?(?:nearby|neighbou?ring)\s+(?P<name>{_NAME})"
)
# A name premodifying an event noun after "the" (and perhaps a year): "the Ardmore ferry disaster",
# "the 2015 Kelby stadium crush", "the Madrid train bombings". Up to two lower-case words between.
_NAMED_EVENT = re.compile(
    rf"\b[Tt]he\s+(?:(?:1[89]|20)\d\d\s+)?(?P<name>{_NAME})\s+"
    r"(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)"
    rf"(?:{events.alternation((), (*_NOUNS, *_PLURALS))})\b"
)
# A holiday or a season named before an event noun tells its time, not its place ("the Boxing Day
# crash", "the Summer festival crush"): the temporal lexicon's names, as whole words ("Fall" left
# out: capitalised, it is a name's word more often than the season, as in "Fall River").
_TIMES = re.compile(
    r"\b(?:"
    # longest first, then by spelling: the same pattern text in every process (a set's order
    # is not), so the on-disk regex cache is not rewritten at each launch
    + "|".join(
        re.escape(n)
        for n in sorted({*HOLIDAY_NAMES, *SEASONS} - {"fall"}, key=lambda n: (-len(n), n))
    )
    + r")(?!\w)",
    re.IGNORECASE,
)


def _place_name(name: str) -> str:
    """A name's place words ("" when the name names no place: a day, a make, a body)."""
    if _TIMES.search(name):
        return ""
    _, name = _trim(name, 0)
    words = name.split()
    if not words or words[0].lower() in MAKES:
        return ""
    if len(words) == 1 and _DEMONYM.search(words[0]) and not words[0].endswith("an"):
        return ""  # "the Spanish train bombings": an adjective of a nation, no place
    if is_organisation(name) or name.isupper():
        return ""  # "the Kelby Council crash", "the BBC": a body, not a place
    return name


def recalled_places(sentence: Sentence) -> list[Found]:
    """Places a background incident's clause names in either shape, in reading order."""
    text, base = sentence.text, sentence.start
    out: list[Found] = []
    for m in _NEARBY.finditer(text):
        name = _place_name(m.group("name"))
        if name and not is_country(name.lower()):
            out.append(Found(PLACE, _value(name), base + m.start(), base + m.end("name")))
    for m in _NAMED_EVENT.finditer(text):
        name = _place_name(m.group("name"))
        if not name or is_country(name.lower()):
            continue
        mods = m.group("mods").split()
        if mods and is_site_head(mods[-1]):
            name = f"{name} {mods[-1]}"  # "the Kelby stadium crush": the stadium, of Kelby
        out.append(Found(PLACE, _value(name), base + m.start("name"), base + m.end("mods")))
    return sorted(out, key=lambda f: f.start)


def _value(name: str) -> str:
    return _spelt_out(_SPACES.sub(" ", name.lower()))


def recalled_incident_places(
    sentences: Sequence[Sentence],
    spans: Sequence[tuple[int, int]],
    incident_of: Callable[[int], str],
    unplaced: Collection[str],
) -> list[tuple[str, Found]]:
    """The first place of each unplaced background incident (``spans``: the background incidents'
    spans), read only from the sentences that overlap one of them."""
    out: list[tuple[str, Found]] = []
    done: set[str] = set()
    for s in sentences:
        if not any(a < s.end and s.start < b for a, b in spans):
            continue
        for f in recalled_places(s):
            incident = incident_of(f.start)
            if incident in unplaced and incident not in done:
                out.append((incident, f))
                done.add(incident)
    return out
