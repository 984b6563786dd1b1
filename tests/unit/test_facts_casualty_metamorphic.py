"""Metamorphic property of casualty counts: edits that keep a sentence's meaning keep its fact.
The count may be told in digits or in words; a time or a place may be fronted before it; a
"police said" tag may stand before or after; a time may sit inside the verb group. Invented
sentence frames (session 10's metamorphic check found the fronted-phrase and verb-group holes)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_facts_wordings import values

WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
# (frame with {n} for the count and {aux} for the verb group's auxiliary, kind)
FRAMES = (
    ("{n} people {aux} injured in the crash.", "casualties.injured"),
    ("{n} passengers {aux} taken to hospital.", "casualties.hospitalised"),
    ("{n} workers {aux} killed in the blast.", "casualties.killed"),
    ("{n} pupils {aux} hurt when the wall collapsed.", "casualties.injured"),
    ("{n} residents {aux} treated for smoke inhalation.", "casualties.injured"),
)
FRONTED = ("", "On Monday, ", "In Kelby, ", "Shortly after 9pm, ", "At the junction, ")
AUXES = ("were", "were later", "were on Monday", "were also")
TAGS = ("{s}", "Police said {s}", "{s} police said")


@settings(max_examples=60, deadline=None)
@given(
    frame=st.sampled_from(FRAMES),
    n=st.integers(2, 12),
    digits=st.booleans(),
    fronted=st.sampled_from(FRONTED),
    aux=st.sampled_from(AUXES),
    tag=st.sampled_from(TAGS),
)
def test_meaning_preserving_edits_keep_the_count(
    frame: tuple[str, str], n: int, digits: bool, fronted: str, aux: str, tag: str
) -> None:
    pattern, kind = frame
    count = str(n) if digits else WORDS[n - 2]
    sentence = pattern.format(n=count, aux=aux)
    if fronted:
        sentence = fronted + sentence
    else:
        sentence = sentence[0].upper() + sentence[1:]
    if tag.startswith("Police"):
        sentence = "Police said " + sentence[0].lower() + sentence[1:]
    elif tag.endswith("said"):
        sentence = sentence[:-1] + ", police said."
    assert values(sentence, kind) == [n], sentence
