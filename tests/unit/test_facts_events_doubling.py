"""A one-syllable verb ending in one vowel letter and one consonant doubles it before -ed and
-ing by rule ("tip over" -> "tipped over", "rip through" -> "ripped through", "slip" ->
"slipping"), so no verb of the class tables is spelt "tiped"; a verb of two vowel letters, a
final w, x or y, or two syllables does not ("flooded", "fixed", "opened").

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core.facts.events import forms
from tests.unit.test_facts_when_places import _facts


@pytest.mark.parametrize(
    ("lemma", "form"),
    [
        ("tip over", "tipped over"),
        ("slip", "slipping"),
        ("rip through", "ripped through"),
        ("trip", "tripped"),
        ("flood", "flooded"),
        ("fix", "fixed"),
        ("open", "opened"),
        ("yell", "yelled"),
    ],
)
def test_a_verb_doubles_by_its_shape(lemma: str, form: str) -> None:
    assert form in forms(lemma)


@pytest.mark.parametrize("lemma", ["flood", "fix", "open", "row"])
def test_no_doubling_where_the_shape_has_none(lemma: str) -> None:
    assert not any(f.endswith(lemma + lemma[-1] + "ed") for f in forms(lemma))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A hay cart tipped over on a farm track in Ruvik on Saturday.", ["2025-05-17"]),
        ("A tractor tipped over into a ditch near Olm on Sunday.", ["2025-05-18"]),
    ],
)
def test_a_cart_tipped_over_dates_the_incident(text: str, expected: list[str]) -> None:
    assert _facts(text, "incident.date", "2025-05-20") == expected
