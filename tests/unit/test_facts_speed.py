"""The fast paths of the extractors find what the plain regexes find (issue 11's speed work)."""

from __future__ import annotations

import importlib
import re

import pytest

from incident_reader.core.facts import events, when
from incident_reader.core.facts import role_names as roles
from incident_reader.core.facts.text import sentence_of
from incident_reader.core.temporal import lexicon

SENTENCES = [
    "Police arrested Łukasz Żelazny, 28, and K. Ramesh at the port on Monday.",
    "Mr Pryce said the gunman, Dale Ash, 34, of Garnet Hill, had fled; Ana de la Cruz (52) died.",
    "A HEROIC security guard was stabbed to death by Andrzej W., 51, outside the O'Brien pub.",
    "The collapsed bridge was built in the 1960s and a fire chief said crews were called.",
    "He was charged on Tuesday after the crash, which happened at 7.35pm, killing two.",
    "naïve café-owner Zoë Ünal’s van — a white Ford Transit — hit Émile Durand near Saint-Étienne.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_names_at_capitals_are_the_names_finditer_finds(text: str) -> None:
    assert [m.span() for m in roles._names(text)] == [m.span() for m in roles._NAME.finditer(text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_event_and_sequel_scans_find_what_the_regexes_find(text: str) -> None:
    s = sentence_of(text)
    assert [m.span() for m in when._EVENT_SCAN.finditer(s)] == [
        m.span() for m in when._EVENT.finditer(text)
    ]
    after = when._AFTER.search(text)
    scanned = when._AFTER_SCAN.search(s)
    assert (after and after.span()) == (scanned and scanned.span())


def test_word_class_tries_match_as_the_longest_first_lists() -> None:
    words = events.cue_words(events.ONSET_VERBS, events.ONSET_NOUNS)
    listed = "|".join(events.phrase_pattern(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    trie = events.alternation(events.ONSET_VERBS, events.ONSET_NOUNS)
    text = " ".join(SENTENCES) + " crashed into crash-landed set fire setting fire explosions"
    for flags in (0, re.IGNORECASE):
        a = [m.span() for m in re.finditer(rf"(?<!\w)(?:{listed})(?![\w-])", text, flags)]
        b = [m.span() for m in re.finditer(rf"(?<!\w)(?:{trie})(?![\w-])", text, flags)]
        assert a == b and a


def test_temporal_word_tables_as_tries_match_as_lists() -> None:
    keys = ["today", "to", "tomorrow", "tonight", "new year's day", "new year", "a.m.", "am"]
    trie = lexicon.alternation(keys)
    listed = "|".join(
        k.replace(".", r"\.").replace(" ", r"\s+").replace("'", "['’]")
        for k in sorted(keys, key=len, reverse=True)
    )
    text = "Today, tonight and tomorrow; New Year’s Day at 9 a.m. or 10am, to the new  year."
    for flags in (0, re.IGNORECASE):
        a = [m.span() for m in re.finditer(rf"\b(?:{listed})\b", text, flags)]
        b = [m.span() for m in re.finditer(rf"\b(?:{trie})\b", text, flags)]
        assert a == b and a


def test_a_scan_with_stems_opening_with_a_digit_finds_what_finditer_finds() -> None:
    vehicles = importlib.import_module("incident_reader.core.facts.vehicle_phrases")
    assert not vehicles._HEAD_SCAN.always and vehicles._HEAD_SCAN.digits
    for text in (
        "A 4x4 and an 18-wheeler hit two 4x4s; the 18-wheelers' drivers saw 14x4 cars.",
        "The lorry, a 4x4 pickup and 118-wheeler toys.",
        "No vehicle here at 10.30am.",
    ):
        s = sentence_of(text)
        found = [m.span() for m in vehicles._HEAD_SCAN.finditer(s)]
        assert found == [m.span() for m in vehicles._HEAD_WORD.finditer(text)]
