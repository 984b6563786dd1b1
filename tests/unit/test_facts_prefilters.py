"""The cheap tests in front of costly scans: each finds exactly what the plain scan finds.

A pre-filter only skips positions or sentences where its pattern cannot match, so every test here
compares the filtered reading with the plain ``finditer`` (or the unfiltered loop) it replaces, on
sentences of our own invention and, where present, on the development reports.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import cast

import pytest

from incident_reader.core.facts.text import Sentence, WordScan, sentence_of, split_sentences
from incident_reader.core.temporal.handlers_common import norm

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"

# Modules whose functions share a name with the module (places, vehicles) are read as modules.
role_names = importlib.import_module("incident_reader.core.facts.role_names")
role_ages = importlib.import_module("incident_reader.core.facts.role_ages")
roles_across = importlib.import_module("incident_reader.core.facts.roles_across")
places = importlib.import_module("incident_reader.core.facts.place_premises")
vehicles = importlib.import_module("incident_reader.core.facts.vehicle_makes")

INVENTED = [
    "Police named the driver as Dwayne R. Kessler, 41, of Marlow Heath.",
    "Kendell 'Bossman' Hypolite, 52, was held by the Coast Guard.",
    "K. Ramesh and K.Ramesh both gave evidence; Mr Pryce and Mr. Orton did not.",
    "Ana de la Cruz, Pieter van der Berg and Ali bin Rashid were among the injured.",
    "Masood, 52, drove a hired Hyundai Tucson; Hegde (52) was arrested later.",
    "Andrzej W., 51, and Miss Tilly O'Brien-McAllister were named in court.",
    "Jean-Luc Fabre, a Moroccan-born chef, and Han Sung-min were treated at the scene.",
    "Łukasz Nowak and Tomás Åkesson, both 30, were taken to Kadıköy State Hospital.",
    "THE DRIVER, JOHN SMITH, 44, WAS ARRESTED. the driver, john smith, 44, was arrested.",
    "Dr Asha Patel said: “He was 31 at the time.” She was later detained by police.",
    "A man was arrested. He was later charged, and he has been remanded. He Was not.",
    "Witnesses saw a white Mahindra Scorpio, an Isuzu truck and their Tata van nearby.",
    "A dark blue Ford Focus hit a Vauxhall Corsa at the corner of Mill Road and Bell Lane.",
    "The fire at the Falls Tavern in Corran spread to the old mill and Hartley Mills.",
    "The Copper Kettle Cafe fire and the Ma-Dudu's Tavern shootings were weeks apart.",
    "The suspect is 30 and the arrested man was aged 41; his brother is 19.",
    "The driver, who was 27 at the time, was named. The boy, now 12, is in hospital.",
    "Ms Oduya, 38, (née Kamal) and Sgt. Lee Park, 45, gave evidence at Ashby Magistrates' Court.",
    "Ramesh alias Ramu, 30, and Kiran aka Kittu (28) were held; one Mohd. Irfan (29) fled.",
    "The white Toyota Hilux and the silver Nissan Navara were seen; the red Isuzu truck too.",
]


def _sentences() -> list[Sentence]:
    out = [sentence_of(t) for t in INVENTED]
    paths = [*sorted((ROOT / "seeds").glob("*.txt"))]
    paths += sorted((SHARED / "report-pairs").glob("*/*.txt"))
    for path in paths:
        out.extend(split_sentences(path.read_text(encoding="utf-8")))
    return out


SENTENCES = _sentences()


def _variants(text: str) -> tuple[str, ...]:
    return (text, text.lower(), text.upper(), text.title())


def test_names_are_found_where_the_plain_scan_finds_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """``_names`` with its opening-shape test finds what it finds trying ``_NAME`` at every
    capital (the test turned off: whatever ``_names`` does with a match stays the same)."""
    filtered = {
        text: [m.span() for m in role_names._names(text)]
        for s in SENTENCES
        for text in _variants(s.text)
    }
    monkeypatch.setattr(role_names, "_NAME_START", role_names._CAPITAL)  # every capital passes
    for text, spans in filtered.items():
        assert [m.span() for m in role_names._names(text)] == spans, text


def test_the_opening_shape_turns_away_most_capitals() -> None:
    text = "The police said The Scene was Closed after The Crash on Tuesday."
    tried = [c for c in role_names._CAPITAL.finditer(text)]
    kept = [c for c in tried if role_names._NAME_START.match(text, c.start())]
    assert len(kept) < len(tried) / 2  # the filter is worth its test


def test_an_age_form_needs_what_its_match_holds() -> None:
    for s in SENTENCES:
        for text in _variants(s.text):
            lower = text.lower()
            for keys, pattern in role_ages._AGE_FORMS:
                need = role_ages._FORM_NEEDS.get(keys)
                if need is not None and pattern.search(lower):
                    assert need.search(lower), text


def test_pronoun_custody_steps_are_found_where_finditer_finds_them() -> None:
    texts = [s.text for s in SENTENCES] + [
        "He was arrested.",
        "A man fled. She was later detained. He has since been charged. The He was held.",
        "x. He\twas arrested\nShe was remanded",
    ]
    for text in texts:
        plain = [m.span() for m in roles_across._PRONOUN_HELD.finditer(text)]
        assert [m.span() for m in roles_across._pronouns_held(text)] == plain, text


def test_open_makes_are_found_at_determiners_as_finditer_finds_them() -> None:
    for s in SENTENCES:
        for text in _variants(s.text):
            one = sentence_of(text)
            plain = [m.span() for m in vehicles._OPEN_MAKE.finditer(text)]
            assert [m.span() for m in vehicles._OPEN_MAKE_SCAN.finditer(one)] == plain, text


def test_a_sentence_without_a_premises_head_holds_no_named_premises() -> None:
    for s in SENTENCES:
        for text in _variants(s.text):
            one = sentence_of(text)
            if not places._PREMISES_GATE.passes(one):
                assert places._PREMISES.search(text) is None, text
                assert places._PREMISES_EVENT.search(text) is None, text


def test_a_junction_match_holds_a_junction_noun() -> None:
    for s in SENTENCES:
        for m in places._JUNCTION.finditer(s.text):
            assert any(w in m.group(0) for w in places._JUNCTION_NOUNS)


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"(?<![\w-])(?:killed|injured|hurt)(?![\w-])", re.IGNORECASE),
        re.compile(r"(?<![\w-])(?:taken|rushed)\s+to\s+hospital", re.IGNORECASE),
    ],
)
def test_a_word_scan_without_its_words_finds_what_finditer_finds(pattern: re.Pattern[str]) -> None:
    scan = WordScan(pattern, [p for p in ("killed", "injured", "hurt", "taken", "rushed")])
    assert scan.keyed_only
    for s in SENTENCES:
        for text in _variants(s.text):
            one = sentence_of(text)
            plain = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in scan.finditer(one)] == plain, text
            first = scan.search(one)
            assert (first.span() if first else None) == (plain[0] if plain else None)


@pytest.mark.parametrize(
    "word", ["Monday", "5", "", None, "ﬁ", "²", "x\u200b", "İ", "ǅ", "the  next day", "Sept."]
)
def test_norm_of_one_word_is_its_lower_case(word: str | None) -> None:
    low = (word or "").lower().replace("’", "'")
    assert norm(word) == re.sub(r"\s+", " ", low).strip(". ")


def test_bare_ages_are_found_where_finditer_finds_them() -> None:
    texts = [s.text for s in SENTENCES] + [
        "The 22-year-old was held. the twenty-two-year-old, The 5-year-old girl fled.",
        "Police named the 23-year-old as Jordan Pike; then the 19-year-old man, later, the",
    ]
    for text in texts:
        plain = [m.span() for m in roles_across._BARE_AGE.finditer(text)]
        assert [m.span() for m in roles_across._bare_age_matches(text)] == plain, text


def test_a_word_scan_read_twice_gives_each_sentence_its_own_matches() -> None:
    scan = WordScan(re.compile(r"(?<![\w-])(?:killed|hurt)(?![\w-])", re.I), ["killed", "hurt"])
    one, two = sentence_of("Two were killed and one hurt."), sentence_of("Nine were hurt.")
    first = scan.finditer(one)
    assert scan.finditer(one) is first  # kept for the same sentence object
    assert [m.group(0) for m in scan.finditer(two)] == ["hurt"]
    again = sentence_of("Two were killed and one hurt.")  # equal text, another sentence
    assert [m.span() for m in scan.finditer(again)] == [m.span() for m in first]
    assert [m.group(0) for m in scan.finditer(one)] == ["killed", "hurt"]


@pytest.mark.parametrize(
    ("pattern", "stems"),
    [
        (
            r"(?<![\w-])(?:the )?(?:injury|injuries|wounding) of",
            ["(?:the )?(?:injury|injuries|wounding) of"],
        ),
        (
            r"(?<![\w-])(?:able|managed) to (?:arrest|detain)",
            ["(?:able|managed) to (?:arrest|detain)"],
        ),
    ],
)
def test_a_stem_opening_with_a_group_of_words_is_scanned_at_those_words(
    pattern: str, stems: list[str]
) -> None:
    """A leading group of plain words ("(?:able|managed) to arrest") gives the scan its words as
    keys, instead of a plain scan of every sentence; it finds what ``finditer`` finds."""
    compiled = re.compile(pattern, re.IGNORECASE)
    scan = WordScan(compiled, stems)
    assert scan.keyed_only
    invented = [
        "The injuries of the two men were minor; the wounding of a guard was not.",
        "Officers were able to arrest one man and managed to detain two others.",
        "Bystanders were unable to arrest his fall; themanaged to arrest nothing.",
    ]
    for text in [*invented, *(s.text for s in SENTENCES)]:
        for variant in _variants(text):
            one = sentence_of(variant)
            plain = [m.span() for m in compiled.finditer(variant)]
            assert [m.span() for m in scan.finditer(one)] == plain, variant


class _CountingPattern:
    """A compiled pattern that counts the places it is tried at."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.tries = pattern, 0

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        self.tries += 1
        return self.pattern.match(text, pos)


def test_optional_opening_words_are_not_tried_without_the_word_after_them() -> None:
    """ "(?:the )?(?:injury|wounding) of": every match holds "injury" or "wounding" as a word, so
    a sentence with many a "the" and neither word is not tried at all; one with them is."""
    compiled = re.compile(r"(?<![\w-])(?:the )?(?:injury|wounding) of", re.IGNORECASE)
    counting = _CountingPattern(compiled)
    scan = WordScan(cast("re.Pattern[str]", counting), [r"(?:the )?(?:injury|wounding) of"])
    assert scan.finditer(sentence_of("The man and the woman saw the van at the lights.")) == []
    assert counting.tries == 0
    found = scan.finditer(
        sentence_of("They told of the injury of the guard and the wounding of two.")
    )
    assert [m.group(0) for m in found] == ["the injury of", "the wounding of"]


def test_a_sentence_the_anaphor_search_finds_a_word_in_has_its_key() -> None:
    """casualties() runs the anaphor search only in a sentence whose keys hold one of its words'
    keys: wherever the search finds a word, the sentence has that key."""
    casualties = importlib.import_module("incident_reader.core.facts.casualties")
    invented = [
        "THE injured were treated.",
        "they-all were hurt",
        "The2 men and _the crew; (These) were freed.",
        "Each was hurt; those taken were kept.",
        "Athens: nothing here at all.",
    ]
    for text in [*invented, *(s.text for s in SENTENCES)]:
        for variant in _variants(text):
            one = sentence_of(variant)
            if casualties._ANAPHOR_GATE.search(variant):
                assert not casualties._ANAPHOR_KEYS.isdisjoint(one.keys), variant


@pytest.mark.parametrize(
    ("stems", "texts"),
    [
        (["hit"], ["A van hit a man, then hit him again; hitting, shit, Hit-and-run, 3hit."]),
        (["killed"], ["Killed: two. One was killed, another killed; skilled killers killed."]),
        (["4x4", "killed"], ["A 4x4 killed two; a 4x4 and 44x4 killed none.", "No 4x4 here."]),
    ],
)
def test_a_word_scan_with_one_key_in_the_sentence_finds_what_finditer_finds(
    stems: list[str], texts: list[str]
) -> None:
    """A sentence holding one of a scan's keys is scanned at that key's word starts, read off in
    order (no set, no sort); the matches are still finditer's, digits keys included."""
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(stems)})(?![\w-])", re.IGNORECASE)
    scan = WordScan(pattern, stems)
    for text in [*texts, *(s.text for s in SENTENCES)]:
        for variant in _variants(text):
            one = sentence_of(variant)
            plain = [m.span() for m in pattern.finditer(variant)]
            assert [m.span() for m in scan.finditer(one)] == plain, variant
            first = scan.search(one)
            assert (first.span() if first else None) == (plain[0] if plain else None), variant
