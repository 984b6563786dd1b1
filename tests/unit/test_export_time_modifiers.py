"""A time bounded by a modifier keeps it in human output: "just before 9pm" is no 21:00 and
"at about 6.15am" no 06:15 exactly; Markdown and TimelineJS's display date say "before" and
"about", as the reader does (own sentences)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from incident_reader.cli import main

REPORT = (
    "date 2023-09-14\nSilo fire in Marlow\n\nThe fire at the grain silo in Marlow broke out just "
    "before 9pm on Wednesday, the fire service said. Crews had it under control at about "
    "6.15am on Thursday.\n"
)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    (tmp_path / "silo.txt").write_text(REPORT, encoding="utf-8")
    return tmp_path


def test_markdown_timeline_says_before_and_about(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(story), "-f", "md"]) == 0
    out = capsys.readouterr().out
    assert "**13 September 2023, before 21:00** “9pm”" in out
    assert "**14 September 2023, about 06:15** “6.15am”" in out


def test_timelinejs_display_date_keeps_the_modifier(
    story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(story), "-f", "timelinejs"]) == 0
    shown = {e["display_date"] for e in json.loads(capsys.readouterr().out)["events"]}
    assert "13 September 2023, before 21:00" in shown
