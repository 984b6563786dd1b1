"""Word gates read off their stems: every example of a stem passes its gate, and extraction with
the gates finds what it finds with every gate open."""

from __future__ import annotations

import gc
import importlib
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incident_reader.core.facts import extract as _extract  # noqa: F401 (every gate built)
from incident_reader.core.facts.lexicon import GATE_STEMS
from incident_reader.core.facts.predicates import (
    ARREST_FORMS,
    ARRESTING_FORMS,
    HOSPITAL_FORMS,
    INJURED_FORMS,
    INJURING_FORMS,
    KILLED_FORMS,
    KILLING_FORMS,
)
from incident_reader.core.facts.text import WordGate, sentence_of

casualties_module = importlib.import_module("incident_reader.core.facts.casualties")
people = importlib.import_module("incident_reader.core.facts.people")

_LATIN = st.characters(max_codepoint=0x24F, categories=("L", "N", "Zs", "P"))


def _gates() -> list[WordGate]:
    return [g for g in gc.get_objects() if isinstance(g, WordGate)]


_GATES = _gates()  # once: the parametrised cases below index this list


def _stem_cases() -> list[tuple[int, str]]:
    return [(i, stem) for i, g in enumerate(_GATES) for stem in g.stems]


def test_the_gates_are_found() -> None:
    assert len(_GATES) >= 20


@pytest.mark.parametrize(("index", "stem"), _stem_cases())
def test_every_example_of_a_stem_passes_its_gate(index: int, stem: str) -> None:
    gate = _GATES[index]
    pattern = re.compile(stem, re.IGNORECASE)

    @settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(pattern, fullmatch=False, alphabet=_LATIN))
    def check(example: str) -> None:
        m = pattern.search(example)
        assert m is not None
        # the stem at a word start, as the extractors' patterns place it, and a word of its own
        # (a stem's last word shorter than four letters is whole: "mph", not "mphA")
        rest = example[m.end() :]
        gap = " " if rest[:1].isalpha() else ""
        text = "Police said " + example[m.start() : m.end()] + gap + rest + " on Monday."
        if pattern.search(text) is None:
            return  # a look-behind the new start fails
        assert gate.passes(sentence_of(text)), (stem, text)

    check()


def _examples(forms: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.sampled_from(forms).flatmap(
        lambda f: st.from_regex(re.compile(f, re.IGNORECASE), fullmatch=True, alphabet=_LATIN)
    )


_STEM_WORDS = sorted({w for stems in GATE_STEMS.values() for w in stems})
_PIECES = st.one_of(
    st.sampled_from(
        [
            "Two men",
            "A 34-year-old woman",
            "Jordan Pask, 29,",
            "Police",
            "The driver",
            "no one",
            "all three",
            "were",
            "was",
            "has been",
            "and",
            "after",
            "the",
            "to",
            "by",
            "in Harlow",
            "on Monday",
            "hospital",
            "said",
            ",",
        ]
    ),
    st.sampled_from(_STEM_WORDS),
    _examples(
        (
            *KILLED_FORMS,
            *KILLING_FORMS,
            *INJURED_FORMS,
            *INJURING_FORMS,
            *HOSPITAL_FORMS,
            *ARREST_FORMS,
            *ARRESTING_FORMS,
        )
    ),
)
_SENTENCES = st.lists(_PIECES, min_size=2, max_size=9).map(lambda ps: " ".join(ps) + ".")


def _read(text: str) -> tuple[object, ...]:
    s = sentence_of(text)
    return (
        casualties_module.casualties(s, None),
        casualties_module.casualties(s, 5),
        people.arrests(s),
        people.suspect(s),
    )


# (A gate tightened past its stems' four-letter keys fails this: the hand lists' keys cover rule
# words they never name, "handed" covering "handcuffed", so a tighter gate must be read off the
# rules themselves.)
# (derandomized: the same 200 sentences on every run, so CI is repeatable; run it with another
# seed, or more examples, to search further: it found "twisted his neck" passing no gate)
@settings(
    max_examples=200, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
)
@given(_SENTENCES)
def test_extraction_with_the_gates_finds_what_it_finds_with_every_gate_open(text: str) -> None:
    gated = _read(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(WordGate, "passes", lambda self, sentence: True)
        mp.setattr(casualties_module, "_may_hold", lambda sentence, injured: True)
        ungated = _read(text)
    assert gated == ungated, text


@pytest.mark.parametrize(
    "text",
    [
        "A crush at the gate. A woman twisted her ankle in the rush.",
        "A crush at the gate. A steward dislocated his shoulder in the rush.",
    ],
)
def test_a_body_part_hurt_passes_the_injury_gate(text: str) -> None:
    from pathlib import Path

    from incident_reader.core.facts import extract
    from incident_reader.core.model import DctSource, Report

    report = Report("r", Path("r.txt"), "", text, "2025-03-02", DctSource.HEADER, "0")
    facts = extract(report, "2025-03-02", ()).facts
    assert [f.value for f in facts if f.kind == "casualties.injured"] == [1], text
