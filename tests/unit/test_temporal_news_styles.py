"""News styles the report-pairs timeline rules ask for, in sentences written for these tests.

Each row is (text, dct, quote, value): the expression whose extent is ``quote`` must have
``value``. The rows cover wire, UK local, Indian English, Australian, live-blog, follow-up and
court-report wordings, so a rule that fits one outlet's habits shows up as a failure here.
"""

from __future__ import annotations

# ruff: noqa: E501  (one row a line reads as a table)
import pytest

from incident_reader.core.temporal import tag

# fmt: off
STYLES = [
    # court reports: a day and month with a year named relative to the DCT
    ("He was stabbed on 22 March last year, the court heard.", "2018-05-10", "22 March last year", "2017-03-22"),
    ("The van hit her on March 3 last year.", "2025-06-10", "March 3 last year", "2024-03-03"),
    ("Last December 19th, the bridge collapsed.", "2024-03-20", "Last December 19th", "2023-12-19"),
    ("The shop was robbed on Halloween last year.", "2024-11-14", "Halloween last year", "2023-10-31"),
    ("The van hit her at 9.40pm on 3 March last year.\n\nParamedics arrived at 9.52pm.", "2025-06-10", "9.52pm", "2024-03-03T21:52"),
    # clock times followed by their own day, a date, or the story's day
    ("Police were called at 9.47pm on Friday, June 13.", "2025-07-12", "9.47pm", "2025-06-13T21:47"),
    ("He was last seen at 8pm the previous day.", "2025-07-12", "8pm", "2025-07-11T20:00"),
    ("The crash happened on June 3. At 7.30am the next day, he was found.", "2025-07-12", "7.30am", "2025-06-04T07:30"),
    ("He phoned his mother at ten o'clock that night.", "2025-06-10", "ten o'clock", "2025-06-10T22:00"),
    ("Neighbours heard a bang at around eleven at night.", "2025-06-10", "eleven at night", "2025-06-10T23:00"),
    # time zones and ship's local time
    ("The tanker reported a leak at 1445LT on Monday.", "2024-06-12", "1445LT", "2024-06-10T14:45"),
    ("Police said the crash happened at 4.50pm AEST on Sunday.", "2025-06-10", "4.50pm AEST", "2025-06-08T16:50"),
    ("The train left at 9 pm IST.", "2025-01-05", "9 pm IST", "2025-01-05T21:00"),
    # Indian English numeric dates and hours
    ("He was last seen on 30.06.2025 near the bus stand.", "2025-07-12", "30.06.2025", "2025-06-30"),
    ("The blast happened around 4 pm on 08.06.2024.", "2024-06-11", "4 pm", "2024-06-08T16:00"),
    ("The FIR dated 14-09-2024 names three men.", "2024-09-20", "14-09-2024", "2024-09-14"),
    ("The fire broke out around 0230 hrs on Sunday.", "2024-09-24", "0230 hrs", "2024-09-22T02:30"),
    ("The crash happened on Sunday (September 22, 2024) near the temple.", "2024-09-24", "September 22, 2024", "2024-09-22"),
    # Australian part of day
    ("The crash happened on Sunday arvo.", "2025-06-10", "Sunday arvo", "2025-06-08TAF"),
    # UK local and US wire parts of day
    ("It happened yesterday evening.", "2024-09-24", "yesterday evening", "2024-09-23TEV"),
    ("The crash happened Tuesday night.", "2024-09-26", "Tuesday night", "2024-09-24TNI"),
    ("The crash happened the previous evening.", "2024-09-26", "the previous evening", "2024-09-25TEV"),
    # a bare hour after an evening or a pm clock time is pm; past midnight it stays small
    ("The fight started on Saturday evening around 7.30.", "2024-06-11", "7.30", "2024-06-08T19:30"),
    ("The crash was at 7.05pm. Police arrived at 7.12.", "2024-06-11", "7.12", "2024-06-11T19:12"),
    ("The party ended at 11pm on Friday. The fight began at 1.30.", "2024-06-11", "1.30", "2024-06-08T01:30"),
    ("22:47 Eleven people were treated.\n\n23:18 Tomorrow's 07:30 sailing is cancelled; a boat runs from 10:00.", "2024-06-11", "10:00", "2024-06-12T10:00"),
    # clock ranges take the day named after their second end; minutes from midnight
    ("Shots were heard between 11pm and midnight on Tuesday.", "2024-06-12", "11pm", "2024-06-11T23:00"),
    ("The pumps failed between 2am and 4am on Sunday.", "2024-06-12", "2am", "2024-06-09T02:00"),
    ("The alarm went off at twenty to midnight.", "2024-06-12", "twenty to midnight", "2024-06-12T23:40"),
    # hours in words before their day, and the British "half nine"
    ("Neighbours heard shouting at nine last night.", "2024-06-12", "nine", "2024-06-11T21:00"),
    ("The door was forced at half nine on Monday night.", "2024-06-12", "half nine", "2024-06-10T21:30"),
    # the day of a briefing does not become the story's day
    ("A fire damaged a shrine on Sunday.\n\nAddressing reporters on Tuesday, the SP said the men bought petrol at 1.40 a.m.", "2024-09-25", "1.40 a.m", "2024-09-22T01:40"),
    # a small-hours clock falls on the day named as "the early hours of Sunday", not a later one
    ("Police on Tuesday held two men over the fire at a shop in the early hours of Sunday.\n\nThe fire was set around 2.30 a.m., police said.", "2024-09-25", "2.30 a.m.", "2024-09-22T02:30"),
    # holidays with a part of day, and national days of other countries
    ("A teenager was stabbed on Halloween night.", "2024-11-02", "Halloween night", "2024-10-31TNI"),
    ("The chimney caught fire on Christmas morning.", "2025-01-11", "Christmas morning", "2024-12-25TMO"),
    ("The march was held on Anzac Day.", "2024-05-11", "Anzac Day", "2024-04-25"),
    ("The stampede happened on Republic Day.", "2024-02-11", "Republic Day", "2024-01-26"),
    ("The mill was built in the late sixties.", "2024-06-11", "the late sixties", "196"),
    # seasons with a year named relative to the DCT
    ("It happened in the autumn of last year.", "2025-07-12", "the autumn of last year", "2024-FA"),
    ("The pier reopened in the spring of this year.", "2025-07-12", "the spring of this year", "2025-SP"),
    # continental 24-hour clocks (translated European copy)
    ("The gallery flooded at 14h27 on Friday.", "2025-03-15", "14h27", "2025-03-14T14:27"),
    ("Crews worked from 9h until dusk.", "2025-03-15", "9h", "2025-03-15T09:00"),
    # a bare hour after "tonight at", "tomorrow at"
    ("Full coverage tonight at 11.", "2025-03-15", "11", "2025-03-15T23:00"),
    ("He appears in court tomorrow at 10.", "2025-03-15", "10", "2025-03-16T10:00"),
    # a past state that lasted "until" a date ended before the DCT; "adjourned until" looks ahead
    ("He was stabbed in October. She was in hospital until November 3.", "2026-03-10", "November 3", "2025-11-03"),
    ("The line remained closed until December 1, the operator said.", "2026-03-10", "December 1", "2025-12-01"),
    ("The hearing was adjourned until November 3.", "2026-03-10", "November 3", "2026-11-03"),
    # a count with a signal is a DURATION beside its anchor, never a shifted month
    ("He came back 21 minutes later.", "2026-03-10", "21 minutes", "PT21M"),
    ("Three days later the ferry sank.", "2026-03-10", "Three days", "P3D"),
    # a hearing's day ("the court heard on Monday that ...") does not date the story's clocks
    ("The jury heard on Tuesday that the van hit him at 9.40pm on 3 March.\n\nHe had left a pub nearby. A neighbour found him at 9.58pm.", "2025-06-12", "9.58pm", "2025-03-03T21:58"),
    # a report's own day has not reached its late evening: "between 11pm and 11.30pm" is the night before
    ("A cyclist was hit at 11.10pm on Friday. A man was arrested at 7am today.\n\nAnyone on Mill Road between 11pm and 11.30pm is asked to call.", "2025-06-14", "11.30pm", "2025-06-13T23:30"),
    # a DCT-day lead with the event's earlier day in the same sentence: later clocks take the event's day
    ("Six men were still missing on Saturday morning after a shaft flooded on Friday. The pumps were started before 16h00.", "2025-11-22", "16h00", "2025-11-21T16:00"),
    # inquests and court reports: a part of a day named with "last year"
    ("He was stabbed on the afternoon of Friday 9 May last year. Paramedics reached him at 3.41pm.", "2026-01-22", "3.41pm", "2025-05-09T15:41"),
    # live blogs: a dotted 24-hour stamp, a bare hour inside an entry read before its stamp
    ("Tram crash: latest\n\n21.05 - A witness said the tram lurched at about quarter to eight.", "2026-02-14", "quarter to eight", "2026-02-14T19:45"),
    ("Tram crash: latest\n\n00.40 Sunday - The line stays shut.\n22.15 - A second casualty was taken to hospital.", "2026-02-14", "22.15", "2026-02-14T22:15"),
    # Irish "Monday last", "Monday week"; a bare ordinal day
    ("Gardai were called there on Monday last.", "2025-08-20", "Monday last", "2025-08-18"),
    ("The owners meet on Monday week.", "2025-08-20", "Monday week", "2025-09-01"),
    ("The fair, which began on the 6th, ends today.", "2025-09-15", "the 6th", "2025-09-06"),
    # a look back on a day long past: later past days fall after it, "the previous week" before it
    ("The sheriff court heard the crane fell on 14th August 2024. The school reopened on 2 September.", "2025-11-01", "2 September", "2024-09-02"),
    ("The crane fell on 14th August 2024. An inspection the previous week found a crack.", "2025-11-01", "the previous week", "2024-W32"),
    ("The crane fell on 14th August 2024. It had been inspected on 10 July.", "2025-11-01", "10 July", "2024-07-10"),
    # a past state "until" a clock and its day: the day is the one just gone
    ("Trains were halted until 1.15am on Sunday.", "2024-12-09", "Sunday", "2024-12-08"),
    # a release's day dates the release, not the story
    ("The roof fell Friday night, a release issued Saturday said. Rain had fallen since midafternoon.", "2025-10-12", "midafternoon", "2025-10-10TAF"),
    # the first end of a clock range takes the second's half of the day, or the other across noon
    ("The last patient left between 2 and 3 a.m. Saturday.", "2025-10-12", "2", "2025-10-11T02:00"),
    ("The road was shut from 9 to 5pm.", "2025-10-12", "9", "2025-10-12T09:00"),
    # a state in the present perfect goes on past "until"; "starting Monday" is a coming day
    ("A man has been released on bail until 2 November.", "2025-10-06", "2 November", "2025-11-02"),
    ("The governor declared three days of mourning starting Monday.", "2025-03-09", "Monday", "2025-03-10"),
    ("Shares closed at 40 as of Sept. 30.", "1989-10-26", "Sept. 30", "1989-09-30"),
    # live blogs: stamps with a zone; newest first, a jump of more than half a day is midnight
    ("Siege: live\n\n05.30 EAT: Quiet since 4am.\n23.40 EAT: Welcome to our coverage.", "2025-12-06", "23.40 EAT", "2025-12-05T23:40"),
    ("Fire: live\n\n23.40 - Crews still there.\n00.40 - The road has reopened.", "2025-12-05", "00.40", "2025-12-06T00:40"),
    # a weekday named with a month-day fixes its year; "last year" after a clock's date
    ("The school has been closed till Thursday, June 5.", "2025-05-27", "Thursday, June 5", "2025-06-05"),
    ("He died at 6.50pm on November 16 last year.", "2025-11-16", "6.50pm", "2024-11-16T18:50"),
    # a train or ferry named by its departure time
    ("The car was hit by the 18.32 Fenmouth to Carbridge service.", "2025-11-16", "18.32", "2025-11-16T18:32"),
    # "overnight" after a past story day is the night that starts on it
    ("The house was destroyed at 7.35am on Thursday. She died overnight.", "2024-11-15", "overnight", "2024-11-14TNI"),
    ("A woman died in hospital overnight.", "2024-11-15", "overnight", "2024-11-14TNI"),
]
# fmt: on


@pytest.mark.parametrize(("text", "dct", "quote", "value"), STYLES)
def test_news_style(text: str, dct: str, quote: str, value: str) -> None:
    found = {t.text: t.value for t in tag(text, dct)}
    assert found.get(quote) == value, found
