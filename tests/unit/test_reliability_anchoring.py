"""Issue 14, items 1-2: re-anchoring never crashes and never moves a mark to a look-alike."""

from __future__ import annotations

from pathlib import Path

from incident_reader.core.anchoring import make_anchor, place
from incident_reader.core.loading import load_corpus

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_a_mark_with_a_short_prefix_whose_words_changed_is_an_orphan_not_a_crash() -> None:
    # The first words of a report have a prefix of one character: looking the context up again
    # stepped 16 characters past it and ran off the end of the text (IndexError).
    report = load_corpus([SEEDS / "004_4bd42593db13406b.txt"]).reports[0]
    quote = "Several people have been injured"
    start = report.text.index(quote)
    anchor = make_anchor(report.text, start, start + len(quote), report.sha1)
    assert len(anchor.prefix) < 16
    edited = report.text.replace("injured after a car", "hurt after a lorry").rstrip("\n") + "\n"
    assert place(anchor, edited, "edited") is None


def test_short_prefix_at_the_very_end_of_a_short_text_never_indexes_past_it() -> None:
    text = "\nA lorry hit a wall near the old bridge at dawn"
    anchor = make_anchor(text, 1, len(text), "v1")
    for edited in ("\nA van hit a wall near the old bridge at dusk\n", "\n", "\nA"):
        place(anchor, edited, "v2")  # must not raise


def test_a_corrected_time_does_not_move_its_mark_to_the_same_time_nearby() -> None:
    text = (
        "Officials said: \u201cWe will brief the press at 9am.\u201d"
        "9am: Fire crews confirm a second building was evacuated\n"
    )
    start = text.index("9am: Fire")
    anchor = make_anchor(text, start, start + 3, "v1")
    corrected = text.replace("9am: Fire", "9.10am: Fire")
    assert place(anchor, corrected, "v2") is None  # context decides: the other 9am is not it


def test_seed_000_corrected_11am_entry_becomes_an_orphan() -> None:
    report = load_corpus([SEEDS / "000_1b2fd555d65d256e.txt"]).reports[0]
    start = report.text.index("11am: London Ambulance")
    anchor = make_anchor(report.text, start, start + 4, report.sha1)
    corrected = report.text[:start] + "11.05am" + report.text[start + 4 :]
    assert place(anchor, corrected, "v2") is None


def test_the_same_time_still_follows_its_words_when_text_is_inserted_before() -> None:
    text = "Crews arrived at 9am.\n9am: Fire crews confirm a second building was evacuated\n"
    start = text.index("9am: Fire")
    anchor = make_anchor(text, start, start + 3, "v1")
    moved = "A paragraph of background added by the editor.\n" + text
    where = place(anchor, moved, "v2")
    assert where is not None and moved[where.start : where.end + 6] == "9am: Fire"
