"""An incident's summary date (incidents[].date) is never the day a later report was written.

A report of a trial, a sentence, a referral or the next day that names its incident by a year or a
month only gives it that grain ("2021", "2018-08"), not its own day; the reports of one folder that
tell the same incident (same place, suspect, toll) lend it the day one of them tells, and lend it
to a report dated only by its own day or by nothing. All sentences are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from incident_reader.cli import main
from incident_reader.core.align.lent_dates import lend_incident_dates
from incident_reader.core.analysis import analyse, analyse_corpus
from incident_reader.core.loading import load_corpus
from incident_reader.core.model import DctSource, Report


def _report(text: str, dct: str | None, rid: str = "r") -> Report:
    return Report(
        id=rid,
        path=Path(f"{rid}.txt"),
        title=text.split("\n", 1)[0],
        text=text,
        dct=dct,
        dct_source=DctSource.HEADER if dct else DctSource.NONE,
        sha1=rid,
    )


def _main_date(text: str, dct: str | None) -> str | None:
    analysis = analyse(_report(text, dct))
    return next(i.date for i in analysis.incidents if i.main)


# A later stage's lead naming the incident by a year or month: that grain, not the DCT.
@pytest.mark.parametrize(
    ("text", "dct", "date"),
    [
        (
            "A former police chief was sentenced to four years in prison on Monday over the "
            "crowd crush that killed 61 people in Kelby's old town in 2021.",
            "2024-03-11",
            "2021",
        ),
        (
            "Jury convicts driver in 2019 market attack that killed six\n\n"
            "A man who drove a van into a Christmas market in Arden was found guilty of murder "
            "on Thursday.",
            "2023-02-02",
            "2019",
        ),
        (
            "Ten engineers went on trial in Orvel over the collapse of the Tarly viaduct in "
            "August 2018, in which 20 people died.",
            "2020-06-09",
            "2018-08",
        ),
        (
            "Officials charged over stadium stampede\n\n"
            "Prosecutors have charged 12 officials with negligence over a stampede at a football "
            "stadium in Dunmore last October that left 40 dead.",
            "2023-01-13",
            "2022-10",
        ),
        (
            "The organiser of a concert where 9 fans were crushed to death in March 2022 was "
            "jailed for three years by a court in Orvel.",
            "2023-11-20",
            "2022-03",
        ),
        (
            "Court upholds verdict\n\nAn appeals court on Friday upheld the acquittal of the "
            "ferry's captain over the sinking off Pell Island in 2017, which killed 31.",
            "2019-05-03",
            "2017",
        ),
    ],
)
def test_a_sequel_lead_dates_its_incident_by_its_year_or_month(
    text: str, dct: str, date: str
) -> None:
    assert _main_date(text, dct) == date


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        # the first day's report: its own day stands in, as before
        ("A van ploughed into shoppers in Kelby, killing three people.", "2024-03-11"),
        # a year of another thing in the lead: the suspect's earlier term, a yardstick
        (
            "A man, who was jailed in 2015 for assault, drove a van into a crowd in Arden, "
            "killing two people.",
            "2024-03-11",
        ),
        (
            "It was the deadliest crash on the road since 2009, police said after a coach "
            "overturned near Tarly.",
            "2024-03-11",
        ),
        # a year the report's own month holds tells nothing before its day
        (
            "A driver was charged on Friday over the crash in Kelby earlier in 2024 that "
            "killed two.",
            "2024-03-11",
        ),
    ],
)
def test_no_earlier_grain_keeps_the_reports_day(text: str, dct: str) -> None:
    assert _main_date(text, dct) == dct


@pytest.mark.parametrize(
    "lead",
    [
        "Within hours the flood had become the deadliest in the region since 2011, when 40 "
        "people drowned in Arden.",
        "By nightfall the police had charged two men, and the blaze was already the worst in "
        "the city since 2009, when a hostel fire in Kelby killed 12.",
    ],
)
def test_a_yardstick_year_in_the_lead_stays_another_incident(lead: str) -> None:
    text = f"Flood analysis\n\nBy Ana Reyes\n\nThe water rose fast on Tuesday. {lead}\n"
    analysis = analyse(_report(text, "2024-03-13"))
    dates = {i.date for i in analysis.incidents if not i.main}
    assert dates in ({"2011"}, {"2009"})
    assert str(next(i.date for i in analysis.incidents if i.main)).startswith("2024-03")


FIRST_DAY = (
    "date 2022-10-30\nCrush at Vell street festival kills 41\n\n"
    "At least 41 people were killed in a crowd crush during a street festival in the Vell "
    "district of Orvel on Saturday night, officials said.\n"
)
SAME_STORY = (
    "date 2022-10-31\nOrvel mourns 41 killed in Vell crush\n\n"
    "Mourners gathered in the Vell district of Orvel where 41 people died in a crowd crush at a "
    "street festival on Saturday.\n"
)
TRIAL_YEAR = (
    "date 2024-09-30\nFormer Vell police chief jailed over crush\n\n"
    "The former police chief of the Vell district was sentenced to three years in prison over "
    "the crowd crush that killed 41 people at a street festival in Orvel in 2022.\n"
)
REFERRAL_MONTH = (
    "date 2023-01-13\nOfficials referred to prosecutors over Vell crush\n\n"
    "A panel referred 20 officials to prosecutors over the crowd crush at a street festival in "
    "the Vell district of Orvel last October, which left 41 dead.\n"
)
NEXT_DAY = (
    "date 2022-10-31\nPresident declares mourning after Vell crush\n\n"
    "The president declared a week of national mourning after a crowd crush at a street "
    "festival in the Vell district of Orvel killed 41 people.\n"
)
NO_DCT = (
    "Vell crush: what we know\n\n"
    "A crowd crush at a street festival in the Vell district of Orvel killed 41 people, the "
    "fire service said.\n"
)
OTHER_STORY = (
    "date 2023-05-02\nFerry capsizes off Pell Island\n\n"
    "A ferry capsized off Pell Island in a storm, and nine passengers are missing, the coast "
    "guard said.\n"
)


def _lent(tmp_path: Path, files: dict[str, str]) -> dict[str, str | None]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    analyses = lend_incident_dates(analyse_corpus(load_corpus([tmp_path])))
    return {a.report.id: next(i.date for i in a.incidents if i.main) for a in analyses}


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("trial.txt", TRIAL_YEAR),  # "in 2022"
        ("referral.txt", REFERRAL_MONTH),  # "last October"
        ("next.txt", NEXT_DAY),  # no date: its own day stood in
        ("nodct.txt", NO_DCT),  # no date and no DCT
    ],
)
def test_a_sibling_of_the_same_incident_lends_its_day(tmp_path: Path, name: str, text: str) -> None:
    dates = _lent(tmp_path, {"a.txt": FIRST_DAY, "b.txt": SAME_STORY, name: text})
    assert dates[name.removesuffix(".txt")] == "2022-10-29"
    assert dates["a"] == dates["b"] == "2022-10-29"


def test_an_incident_of_another_story_borrows_no_day(tmp_path: Path) -> None:
    dates = _lent(tmp_path, {"a.txt": FIRST_DAY, "b.txt": SAME_STORY, "c.txt": OTHER_STORY})
    assert dates["c"] == "2023-05-02"  # its own day: nothing in the folder dates the ferry


def test_a_day_the_report_tells_is_never_replaced(tmp_path: Path) -> None:
    told = (
        "date 2022-11-02\nVell crush\n\nA crowd crush at a street festival in the Vell district "
        "of Orvel on Sunday killed 41 people.\n"
    )  # misread or not, its own words stand (the comparison shows the dispute)
    dates = _lent(tmp_path, {"a.txt": FIRST_DAY, "b.txt": SAME_STORY, "c.txt": told})
    assert dates["c"] == "2022-10-30"


def test_extract_json_shows_the_lent_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, text in {"a.txt": FIRST_DAY, "b.txt": SAME_STORY, "c.txt": TRIAL_YEAR}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert main(["extract", str(tmp_path), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    dates = {a["id"]: next(i["date"] for i in a["incidents"] if i["main"]) for a in doc["articles"]}
    assert dates == {"a": "2022-10-29", "b": "2022-10-29", "c": "2022-10-29"}
