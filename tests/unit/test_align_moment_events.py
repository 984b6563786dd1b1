"""Timeline moments pair only when they tell the same event, even when a paired time fact covers
both: two reports' incident times told by the call that reported it ("Police received a call at
7.40pm") and by the blast itself ("The blast happened at 7.36pm") are two moments.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core.align import compare
from incident_reader.core.align.moment_events import CALL, EVENT, event_class
from incident_reader.core.model import ReportAnalysis
from tests.unit.test_align_build import Told, build

STORY = "A gas blast wrecked a bakery on Quarry Lane in Tolworth, police said."


def _report(rid: str, clause: str, clock: str, value: str) -> ReportAnalysis:
    text = f"{STORY} {clause}"
    return build(
        rid, text,
        [Told("i0", STORY[:-1], "2025-05-03", main=True,
              facts=[("incident.time", f"at {clock}", value)],
              timeline=[(clock, f"2025-05-03T{value}")])],
        dct="2025-05-04",
    )  # fmt: skip


def _pairs(a: tuple[str, str, str], b: tuple[str, str, str]) -> dict[str, list[str]]:
    pairs = compare([_report("a", *a), _report("b", *b)]).pairs
    out: dict[str, list[str]] = {}
    for p in pairs:
        out.setdefault(p.kind, []).append(p.status)
    return out


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the call that reported it against the blast: the clocks agree, the events do not
        (("Police received a call at 7.40pm.", "7.40pm", "19:40"),
         ("The blast happened at 7.36pm.", "7.36pm", "19:36")),
        (("Firefighters were called to the bakery at 7.42pm.", "7.42pm", "19:42"),
         ("The explosion shook the street at 7.38pm.", "7.38pm", "19:38")),
        # the call against the blast, the clocks apart: still no conflict of moments
        (("The first emergency call came in at 8.15pm.", "8.15pm", "20:15"),
         ("The bakery exploded at 7.36pm.", "7.36pm", "19:36")),
        # the alarm against the fire it raised
        (("The alarm sounded at 7.44pm.", "7.44pm", "19:44"),
         ("A fireball lit up the street at 7.37pm.", "7.37pm", "19:37")),
    ],
)  # fmt: skip
def test_moments_of_two_events_do_not_pair(
    a: tuple[str, str, str], b: tuple[str, str, str]
) -> None:
    got = _pairs(a, b)
    assert "incident.time" in got  # the facts are still compared
    assert "timeline" not in got


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        # one event told in other words
        (("The blast happened at 7.36pm.", "7.36pm", "19:36"),
         ("An explosion tore through the shop at 7.38pm.", "7.38pm", "19:38"), "compatible"),
        # its toll tells the event too
        (("The blast killed two people at 7.36pm.", "7.36pm", "19:36"),
         ("The bakery exploded at 7.36pm.", "7.36pm", "19:36"), "match"),
        # two calls
        (("Police received a call at 7.40pm.", "7.40pm", "19:40"),
         ("The first 999 call was made at 7.41pm.", "7.41pm", "19:41"), "compatible"),
        (("The alarm sounded at 7.40pm.", "7.40pm", "19:40"),
         ("Fire Control received several calls at 7.42pm.", "7.42pm", "19:42"), "compatible"),
        # one event after the incident, told by two words of that class
        (("Officers on patrol signalled the driver to stop at 11.05pm.", "11.05pm", "23:05"),
         ("The court heard that officers signalled him to pull over at 11.05pm.", "11.05pm",
          "23:05"), "match"),
    ],
)  # fmt: skip
def test_moments_of_one_event_pair(
    a: tuple[str, str, str], b: tuple[str, str, str], status: str
) -> None:
    assert _pairs(a, b).get("timeline") == [status]


@pytest.mark.parametrize(
    ("sentence", "clock", "expected"),
    [
        ("Police received a call at 7.40pm.", "7.40pm", CALL),
        ("Crews were alerted at 7.40pm after the blast.", "7.40pm", CALL),
        ("The alarm sounded at about 7.35pm.", "7.35pm", CALL),
        ("At 0652 Fire Control received several calls.", "0652", CALL),
        ("The blast happened at 7.36pm, minutes before the first call.", "7.36pm", EVENT),
        ("At 7.36pm a fire broke out.", "7.36pm", EVENT),
        ("Two men were arrested at 9pm.", "9pm", EVENT),
        ("Organisers called off the fireworks planned for 9pm.", "9pm", None),
        ("It was 9pm.", "9pm", None),
    ],
)
def test_event_class(sentence: str, clock: str, expected: str | None) -> None:
    at = sentence.index(clock)
    assert event_class(sentence, at, at + len(clock)) == expected
