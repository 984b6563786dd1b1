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
