"""A Markdown report's title is its heading's words, without the '#' marks."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.core.loading import first_sentence, load_corpus


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "# Lorry hits bus shelter in Kelby\n\nTwo people were hurt.",
            "Lorry hits bus shelter in Kelby",
        ),
        ("## Ferry runs aground ##\nNo one was hurt.", "Ferry runs aground"),
        ("#1 seed knocked out. More to come.", "#1 seed knocked out."),  # no heading: kept
    ],
)
def test_first_sentence_drops_a_heading_s_marks(text: str, title: str) -> None:
    assert first_sentence(text) == title


def test_a_markdown_report_s_title_has_no_hash(tmp_path: Path) -> None:
    (tmp_path / "kelby.md").write_text(
        "# Lorry hits bus shelter in Kelby\n\nTwo people were hurt on Monday.\n", encoding="utf-8"
    )
    corpus = load_corpus([tmp_path])
    assert [r.title for r in corpus.reports] == ["Lorry hits bus shelter in Kelby"]


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("A pier gave way in 2021.The council said repairs were late.", "A pier gave way in 2021."),
        ("Crews worked all night.Residents were moved out.", "Crews worked all night."),
        (
            "Mr.Okafor met St.Ives officials today. Then he left.",
            "Mr.Okafor met St.Ives officials today.",
        ),
    ],
)
def test_a_sentence_run_on_into_the_next_still_ends_the_title(body: str, title: str) -> None:
    """Pages that lost the space after a full stop ("in 2021.The council") gave a title of the
    whole body; a mark run on into a capitalised word ends the sentence (not "Mr.Okafor")."""
    from incident_reader.core.loading import first_sentence

    assert first_sentence(body, limit=None) == title


def test_an_export_title_is_never_a_whole_body_without_full_stops() -> None:
    from incident_reader.core.export import FULL_TITLE_MAX, full_title
    from incident_reader.core.loading import first_sentence
    from incident_reader.core.model import DctSource, Report

    body = "word " * 300
    report = Report("r", Path("r.txt"), first_sentence(body), body, None, DctSource.NONE, "0")
    assert len(full_title(report)) <= FULL_TITLE_MAX
