"""Which side of the DCT a day falls on when a report tells a step still to come, and dawn words.

A table of (text, dct, expected [(extent, value)]): a day after a verb that sets an end ahead
("through Tuesday"), a day's event that is called off ("cancelled Sunday's fair"), a start with
its clock ("starting at 7 p.m. Thursday"), a deadline after a modal ("could reopen by the
weekend"), a future in another clause after "or what" (no pull on a past day before it), a
perfect passive before a future ("had been detained on Wednesday night and would be questioned");
and
"at dawn" or "at nightfall", a moment whose value is the day. Every sentence is invented.
"""

from __future__ import annotations

# ruff: noqa: E501  (one row a line reads as a table)
import pytest

from incident_reader.core.temporal import tag

SUN = "2026-09-20"  # a Sunday
MON = "2026-09-21"  # a Monday
SAT = "2026-09-19"  # a Saturday (evening copy)
FRI = "2026-02-13"  # a Friday

# fmt: off
CASES = [
    # "through <weekday>" after a verb that sets an end ahead
    ("The governor ordered flags lowered through Tuesday and said troopers would help.", SUN, [("Tuesday", "2026-09-22")]),
    ("The mayor ordered flags flown at half-staff through Friday.", MON, [("Friday", "2026-09-25")]),
    ("Officials extended the curfew through Thursday.", MON, [("Thursday", "2026-09-24")]),
    ("The rail firm suspended services on the branch line thru Wednesday.", MON, [("Wednesday", "2026-09-23")]),
    ("The road was closed through Sunday while crews worked.", MON, [("Sunday", "2026-09-20")]),
    # a day's event called off: it was still to come
    ("Organizers canceled Sunday's craft fair and asked people to stay away.", SAT, [("Sunday", "2026-09-20")]),
    ("The league has postponed Tuesday's match against Rovers.", SUN, [("Tuesday", "2026-09-22")]),
    ("Organisers called off Monday's parade after the crash.", SUN, [("Monday", "2026-09-21")]),
    ("The club scrapped Friday's gala dinner out of respect.", MON, [("Friday", "2026-09-25")]),
    ("Sunday's parade passed off peacefully.", MON, [("Sunday", "2026-09-20")]),
    # a start with its clock before the day
    ("Friends have organized a candlelight vigil on the courthouse lawn, starting at 7 p.m. Thursday.", MON, [("7 p.m. Thursday", "2026-09-24T19:00")]),
    ("Neighbours have arranged a vigil at the church beginning at 6pm on Friday.", MON, [("6pm", "2026-09-25T18:00"), ("Friday", "2026-09-25")]),
    ("A book of condolence opened at the town hall, starting Wednesday.", MON, [("Wednesday", "2026-09-23")]),
    # a deadline after a modal
    ("The mayor said the terminal could reopen by the weekend.", FRI, [("the weekend", "2026-W07-WE")]),
    ("The airport may reopen by the weekend, officials said.", FRI, [("the weekend", "2026-W07-WE")]),
    ("The council said the bridge might be repaired by Tuesday.", FRI, [("Tuesday", "2026-02-17")]),
    ("The bridge was reopened by the weekend.", "2026-02-17", [("the weekend", "2026-W07-WE")]),
    # a future in another clause opened by "or what", "or why", "or how"
    ("Authorities did not say whether alcohol played a role Saturday or what charges he would face.", SUN, [("Saturday", "2026-09-19")]),
    ("Police did not say why the man drove there Friday or how long he would be held.", SUN, [("Friday", "2026-09-18")]),
    ("Nobody knew what the crew saw on Thursday or why the pilot would turn back.", SUN, [("Thursday", "2026-09-17")]),
    # a perfect passive is past, a future perfect is not
    ("The supervisor had been detained on Wednesday night and would be questioned over negligence.", "2026-10-22", [("Wednesday night", "2026-10-21TNI")]),
    ("A second man has been charged on Tuesday and will appear in court.", "2026-10-22", [("Tuesday", "2026-10-20")]),
    ("Both nurses had been suspended on Monday and would face an inquiry, the board said.", "2026-10-22", [("Monday", "2026-10-19")]),
    ("The work will have been completed by Friday.", "2026-10-22", [("Friday", "2026-10-23")]),
    # dawn and dusk words are moments: the day, no part of it
    ("Residents were allowed to return home at dawn.", SUN, [("dawn", SUN)]),
    ("There were seals around at daybreak, and it felt like any other swim.", SUN, [("daybreak", SUN)]),
    ("The search was called off at nightfall.", SUN, [("nightfall", SUN)]),
    ("Divers went back into the water at first light.", SUN, [("first light", SUN)]),
    ("Police made arrests in a dawn raid.", SUN, []),
]
# fmt: on


@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_side_of_the_dct(text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, dct)] == expected
