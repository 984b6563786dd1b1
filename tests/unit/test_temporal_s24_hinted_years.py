"""Session 24: a weekday's year beside the other reports' day; holidays each country dates.

1. An undated report names the story's weekday and, in another clause, a month-day of an earlier
   step. That month-day falls on the same weekday one year before the other reports' year, by
   chance (one time in seven). The other reports' day (the folder's date hint) is stronger
   evidence than that coincidence: the report is dated near the hint, not a year before it.
2. "Independence Day", "Republic Day", "Labor Day", "Thanksgiving", "Mother's Day" name
   different days in different countries. The table's day is a guess: the holiday takes the
   day its own sentence names, and a guess months before the report does not move the story
   (a later bare clock time stays on the day the text named).
"""

from __future__ import annotations

from datetime import date

import pytest

from incident_reader.core.temporal import tag
from incident_reader.core.temporal.dct import infer_dct_with_evidence

# (text, year_hint, date_hint, the story's day): the month-day is the story's weekday a year
# before the hint's year only.
HINTED = [
    (
        "On Thursday a gas bottle blew out the front of the Corner Bakery at about ten past six."
        " The owner said an inspector had passed the fittings on 6 March.",
        2026,
        "2026-03-13",
        date(2026, 3, 12),
    ),
    (
        "The bus left the road on Wednesday evening. Its operator told us the brakes were"
        " replaced on October 2, and it has given the records to police.",
        2025,
        "2025-10-09",
        date(2025, 10, 8),
    ),
    (
        "Fans were still arriving on Saturday when the stand roof buckled. The club had a"
        " structural survey done on the 10th of May, its chairman said on Sunday.",
        2026,
        "2026-05-17",
        date(2026, 5, 16),
    ),
    (
        "Two climbers were swept off the ridge on Friday afternoon. Guides had warned of slab"
        " avalanches since November 17, according to a notice at the hut.",
        2024,
        "2024-11-23",
        date(2024, 11, 22),
    ),
    (
        "On Friday, shortly before noon, the crane toppled onto the tram line. A permit for it"
        " was issued on 27 June, the city confirmed.",
        2026,
        "2026-07-04",
        date(2026, 7, 3),
    ),
]


@pytest.mark.parametrize(("text", "year", "hint", "story"), HINTED)
def test_hinted_report_is_dated_near_the_other_reports(text, year, hint, story):
    found = infer_dct_with_evidence(text, year_hint=year, date_hint=hint)
    assert found is not None
    dct = date.fromisoformat(found[0])
    assert 0 <= (dct - story).days <= 7, found
    weekday = next(t for t in tag(text, found[0]) if t.text.split()[0].endswith("day"))
    assert weekday.value[:10] == story.isoformat()


def test_without_a_day_hint_the_weekday_still_fixes_the_year():
    # no other report's day: the coincidence is all there is, and it is read as before
    text, year, _, _ = HINTED[0]
    found = infer_dct_with_evidence(text, year_hint=year)
    assert found is not None and found[0].startswith("2025-03")


# (text, dct, the holiday's words, its value, a later clock's words, that clock's value)
COUNTRY = [
    (
        "Stand collapses at Republic Day march in Dunmore\n\nAt 10.40 on 2 June, part of a"
        " temporary stand gave way under spectators at the Republic Day march.\n\nMedics"
        " reached the square at 10.52.",
        "2026-06-02",
        None,
        None,
        "10.52",
        "2026-06-02T10:52",
    ),
    (
        "Firework burns boy at Independence Day fair\n\nThe boy was hurt on Saturday evening"
        " as the Independence Day fair ended; a doctor saw him at 9.15pm.",
        "2026-08-17",
        None,
        None,
        "9.15pm",
        "2026-08-15T21:15",
    ),
    (
        "On 1 May a bus overturned near the ring road as it carried marchers home from the"
        " Labor Day parade. The driver called for help at 14:05.",
        "2026-05-02",
        "Labor Day",
        "2026-05-01",
        "14:05",
        "2026-05-01T14:05",
    ),
    (
        "Shots were fired at a house on Thanksgiving, and a neighbour called police at 9pm.",
        "2025-12-01",
        "Thanksgiving",
        "2025-11-27",
        "9pm",
        "2025-11-27T21:00",
    ),
    (
        "Mother's Day lunch ends in food poisoning\n\nGuests fell ill on 30 March at the Old"
        " Mill. An ambulance was called at 4.20pm.",
        "2025-03-31",
        None,
        None,
        "4.20pm",
        "2025-03-30T16:20",
    ),
]


@pytest.mark.parametrize(("text", "dct", "hol", "hol_value", "clock", "clock_value"), COUNTRY)
def test_a_countrys_holiday_takes_its_sentences_day(text, dct, hol, hol_value, clock, clock_value):
    found = {t.text: t.value for t in tag(text, dct)}
    if hol is not None:
        assert found[hol] == hol_value
    assert found[clock] == clock_value
