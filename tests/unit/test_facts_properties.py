"""Extraction never raises, and every span it reports lies inside the text and quotes it exactly."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from incident_reader.core.facts import extract, starts
from incident_reader.core.model import DctSource, Report, Timex

WORDS = (
    "Two people were killed and 31 others injured when a silver Ford Fiesta hit a barrier at "
    "40mph in Market Row, Ashwold . A man in his late 20s has been arrested ; no-one was hurt "
    "7.40am : June 3, 2017 : Eight people are killed \n In March , a dozen several third "
    "Twenty-two “ ” - , aged 26 , was taken to hospital with stab wounds Mr Pryce Unit 4 "
    "according to the ambulance service police said Half of the injured no arrests"
).split(" ")
texts = st.lists(st.sampled_from(WORDS) | st.text(max_size=6), max_size=60).map(" ".join)


@st.composite
def report_and_timexes(draw: st.DrawFn) -> tuple[Report, list[Timex]]:
    text = draw(texts)
    timexes = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        value = draw(
            st.sampled_from(
                [
                    "2024-06-15",
                    "2024-06-15T07:40",
                    "2017-03",
                    "XXXX-02",
                    "PRESENT_REF",
                    "P3D",
                    "2024-SU",
                    "197",
                ]
            )
        )
        kind = draw(st.sampled_from(["DATE", "TIME", "DURATION", "SET"]))
        timexes.append(Timex(start, end, text[start:end], kind, value))
    dct = draw(st.sampled_from([None, "2024-06-15", "2024-06-15T17:40"]))
    return Report("r", Path("r.txt"), "", text, dct, DctSource.NONE, "0"), timexes


@settings(max_examples=150, deadline=None)
@given(report_and_timexes())
def test_extract_never_raises_and_spans_quote_the_text(case: tuple[Report, list[Timex]]) -> None:
    report, timexes = case
    ex = extract(report, report.dct, timexes)
    text = report.text
    ids = {i.id for i in ex.incidents}
    assert sum(i.main for i in ex.incidents) == 1
    for f in ex.facts:
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert f.incident in ids
    for e in ex.timeline:
        assert e.incident in ids
        if e.event is not None:
            assert text[e.event.start : e.event.end] == e.event.text
    for c in ex.internal_conflicts:
        assert all(0 <= i < len(ex.facts) for i in c.facts)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_subject_starts_in_one_scan_are_the_word_starts_that_may_open_a_subject(text: str) -> None:
    # The one-regex scan must agree with the word-by-word rule it replaces.
    starts.forget_sentences()
    expected = [p for p in starts._word_starts(text) if starts._can_start_subject(text, p)]
    assert list(starts._subject_starts(text)) == expected
