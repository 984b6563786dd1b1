"""A clock told in a named zone in human output (issue 13): TimelineJS places it at the incident's
local time, Markdown and compare's timeline keep the zone as written beside it (own sentences)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from incident_reader.cli import main

ZONED = (
    "date 2024-12-19\nTruck hits market in Berlin\n\nA truck drove into a Christmas market in "
    "Berlin at 15:00 GMT on Thursday, killing two people, police said.\n"
)
LOCAL = (
    "date 2024-12-19\nMarket attack in Berlin\n\nA truck ploughed into a Christmas market in "
    "Berlin at 5pm on Thursday, killing two people.\n"
)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    (tmp_path / "z.txt").write_text(ZONED, encoding="utf-8")
    return tmp_path


def test_timelinejs_places_a_zoned_clock_at_local_time(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(story), "-f", "timelinejs"]) == 0
    events = json.loads(capsys.readouterr().out)["events"]
    clock = next(e for e in events if e["text"]["headline"] == "15:00 GMT")
    assert (clock["start_date"]["hour"], clock["display_date"]) == ("16", "19 December 2024, 16:00")


def test_markdown_keeps_the_written_zone_of_a_time_fact(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(story), "-f", "md"]) == 0
    out = capsys.readouterr().out
    assert "time: **16:00 local (15:00 GMT)**" in out  # the local fact, the zone as written


def test_compare_timeline_shows_the_zone_by_the_clock_as_told(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (story / "y.txt").write_text(LOCAL, encoding="utf-8")
    assert main(["compare", str(story), "--timeline"]) == 0
    out = capsys.readouterr().out
    assert "T15:00 GMT  “15:00 GMT”" in out
