"""Re-anchoring marks when a report changes: the right words at their new place, or an orphan."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incident_reader.core.anchoring import Anchor, make_anchor, place, reanchor

TEXT = (
    "A man has been arrested after a car ploughed into cyclists outside Parliament.\n"
    "Those nearby said they had to run as the scene unfolded at around 7.30am.\n"
    "The Met Police confirmed that three people were injured in the incident.\n"
    "Officers closed Westminster Bridge and the Tube station for several hours.\n"
)
QUOTE = "three people were injured"
SENTENCE = "The Met Police confirmed that three people were injured in the incident.\n"


def anchor_on(quote: str, text: str = TEXT, nth: int = 0) -> Anchor:
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return make_anchor(text, start, start + len(quote), "v1")


def test_anchor_records_quote_context_and_offsets() -> None:
    a = anchor_on(QUOTE)
    assert a.quote == QUOTE and TEXT[a.start : a.end] == QUOTE
    assert TEXT[: a.start].endswith(a.prefix) and TEXT[a.end :].startswith(a.suffix)
    assert 0 < len(a.prefix) <= 40 and 0 < len(a.suffix) <= 40
    assert Anchor.from_json(a.to_json()) == a


def test_anchor_outside_the_text_is_refused() -> None:
    with pytest.raises(ValueError):
        make_anchor("short", 2, 10, "v1")


def test_same_version_is_unchanged() -> None:
    a = anchor_on(QUOTE)
    where = place(a, TEXT, "v1")
    assert where is not None and where.method == "unchanged"
    assert (where.start, where.end) == (a.start, a.end)


def test_text_inserted_before_moves_the_mark() -> None:
    a = anchor_on(QUOTE)
    new = "UPDATE: a new paragraph at the top of the report.\n\n" + TEXT
    where = place(a, new, "v2")
    assert where is not None and where.method == "exact"
    assert new[where.start : where.end] == QUOTE
    assert where.start == a.start + len("UPDATE: a new paragraph at the top of the report.\n\n")


def test_words_edited_around_the_quote_still_place_it() -> None:
    a = anchor_on(QUOTE)
    new = TEXT.replace("confirmed that three", "said that three").replace(
        "in the incident", "in the attack"
    )
    where = place(a, new, "v2")
    assert where is not None and new[where.start : where.end] == QUOTE


def test_deleted_sentence_is_an_orphan() -> None:
    a = anchor_on(QUOTE)
    new = TEXT.replace(SENTENCE, "")
    assert place(a, new, "v2") is None


def test_deleted_sentence_is_not_attached_to_the_same_words_elsewhere() -> None:
    a = anchor_on(QUOTE)
    new = TEXT.replace(SENTENCE, "") + (
        "In a separate attack in Manchester last year, three people were injured by a van.\n"
    )
    assert place(a, new, "v2") is None


def test_a_look_alike_with_another_number_is_not_taken() -> None:
    a = anchor_on("at around 7.30am")
    new = TEXT.replace("at around 7.30am", "at around 7.35am")
    assert place(a, new, "v2") is None


def test_a_context_that_repeats_on_the_line_before_does_not_orphan_the_words() -> None:
    # The prefix's tail ("\nHarbour Road pi") also starts the line above, close enough to bracket
    # the quote with the suffix: the words are still there, so they are placed, not orphaned.
    text = (
        "Crowds left the square.\nHarbour Road pier is open again\n"
        "Harbour Road pier has re-opened.\nFerries run again.\n"
    )
    start = text.index("er has re-op")
    a = make_anchor(text, start, start + len("er has re-op"), "v1")
    where = place(a, text, "v2")
    assert where is not None and (where.start, where.end) == (a.start, a.end)


def test_a_context_that_repeats_around_other_words_does_not_orphan_the_words() -> None:
    # Two clauses of one shape ("killed in the blast at X on the Y line"): the marked words sit in
    # their own copy of the context, so the other copy's different words are no edit of them.
    text = (
        "Four were killed in the blast at Mill Lane on the Green line, and two more were killed "
        "in the blast at Dock Street on the Green line, an hour later.\n"
    )
    start = text.index("at Dock Street")
    a = make_anchor(text, start, start + len("at Dock Street"), "v1")
    where = place(a, text, "v2")
    assert where is not None and (where.start, where.end) == (a.start, a.end)
    edited = text.replace("at Dock Street", "at Quay Road")
    assert place(a, edited, "v2") is None  # edited where it stood: an orphan, not Mill Lane


def test_a_small_edit_inside_a_long_quote_is_placed_fuzzily() -> None:
    quote = "Those nearby said they had to run as the scene unfolded"
    a = anchor_on(quote)
    new = TEXT.replace("they had to run", "they had to  run")
    where = place(a, new, "v2")
    assert where is not None and where.method == "fuzzy"
    assert "had to  run as the scene" in new[where.start : where.end]


def test_duplicated_sentence_lands_on_the_same_words() -> None:
    sentence = "The Met Police confirmed that three people were injured in the incident.\n"
    a = anchor_on(QUOTE)
    new = TEXT.replace(sentence, sentence + sentence)
    where = place(a, new, "v2")
    assert where is not None and new[where.start : where.end] == QUOTE
    copies = {a.start, a.start + len(sentence)}
    assert where.start in copies  # either copy says the same words; context picks one


def test_marked_second_copy_of_a_duplicate_stays_on_the_second() -> None:
    sentence = "The Met Police confirmed that three people were injured in the incident.\n"
    doubled = TEXT.replace(sentence, sentence + sentence)
    a = anchor_on(QUOTE, doubled, nth=1)
    new = "Breaking.\n" + doubled
    where = place(a, new, "v2")
    assert where is not None and where.start == a.start + len("Breaking.\n")


def test_two_different_equally_good_fits_make_an_orphan() -> None:
    text = "He said: the van was white and the driver fled on foot. Then he left.\n"
    a = anchor_on("the van was white and the driver fled", text)
    new = (
        "He said: the van was white and the driver fled on foot. Then he left.\n".replace(
            "the van was white and the driver fled", "the van was whyte and the driver fled"
        )
        + "He said: the van was white and the driver fled, on foot. Then he left.\n"
    )
    where = place(a, new, "v2")
    assert where is None or new[where.start : where.end] == a.quote


def test_reanchor_splits_placed_and_orphans_without_dropping_any() -> None:
    anchors = [anchor_on(QUOTE), anchor_on("7.30am"), anchor_on("Westminster Bridge")]
    new = TEXT.replace("Officers closed Westminster Bridge", "Officers closed the road")
    placed, orphans = reanchor(anchors, new, "v2")
    assert len(placed) + len(orphans) == 3
    assert [o.quote for o in orphans] == ["Westminster Bridge"]
    assert all(new[p.start : p.end] == a.quote for a, p in placed)


WORDS = st.sampled_from(["the", "car", "police", "7.30am", "three", "injured", "said", "."])


@settings(max_examples=60, deadline=None)
@given(
    before=st.lists(WORDS, max_size=8),
    after=st.lists(WORDS, max_size=8),
    start=st.integers(0, len(TEXT) - 1),
    length=st.integers(1, 40),
)
def test_placement_never_lands_on_other_words(
    before: list[str], after: list[str], start: int, length: int
) -> None:
    end = min(len(TEXT), start + length)
    a = make_anchor(TEXT, start, end, "v1")
    new = " ".join(before) + TEXT + " ".join(after)
    where = place(a, new, "v2")
    if where is not None and a.quote.strip():
        assert new[where.start : where.end] == a.quote


SEED = (Path(__file__).resolve().parents[2] / "seeds" / "000_1b2fd555d65d256e.txt").read_text()
LINES = SEED.split("\n")


@settings(max_examples=40, deadline=None)
@given(
    line=st.integers(0, len(LINES) - 1),
    edits=st.lists(st.tuples(st.integers(0, len(LINES) - 1), st.booleans()), max_size=4),
    data=st.data(),
)
def test_edits_to_other_lines_keep_the_mark_on_its_words(
    line: int, edits: list[tuple[int, bool]], data: st.DataObject
) -> None:
    text = LINES[line]
    if len(text) < 12:
        return
    start = data.draw(st.integers(0, len(text) - 10))
    end = data.draw(st.integers(start + 8, min(len(text), start + 60)))
    offset = sum(len(x) + 1 for x in LINES[:line])
    a = make_anchor(SEED, offset + start, offset + end, "v1")
    lines = list(LINES)
    # One edit per original line, applied from the bottom up, so every edit lands on the line it
    # names: two deletions at one index would delete the next line too, and a third could delete
    # the mark's own line.
    for at, insert in sorted(dict(edits).items(), reverse=True):
        if abs(at - line) <= 1 or at >= len(lines):
            continue  # the mark's own line and its neighbours are its context
        if insert:
            lines.insert(at, "A new line of text was added here by the editors.")
        else:
            del lines[at]
    new = "\n".join(lines)
    where = place(a, new, "v2")
    assert where is not None, a.quote
    assert new[where.start : where.end] == a.quote


@settings(max_examples=80, deadline=None)
@given(line=st.integers(0, len(LINES) - 1), data=st.data())
def test_deleting_the_marked_line_never_puts_the_mark_on_other_words(
    line: int, data: st.DataObject
) -> None:
    text = LINES[line]
    if len(text) < 12:
        return
    start = data.draw(st.integers(0, len(text) - 8))
    end = data.draw(st.integers(start + 4, min(len(text), start + 60)))
    offset = sum(len(x) + 1 for x in LINES[:line])
    a = make_anchor(SEED, offset + start, offset + end, "v1")
    new = "\n".join(LINES[:line] + LINES[line + 1 :])
    where = place(a, new, "v2")
    assert where is None or new[where.start : where.end] == a.quote  # the article repeats itself


def test_a_retold_sentence_is_not_taken_for_the_deleted_one() -> None:
    # seed 000 tells the same exchange twice in other words; delete the first telling
    quote = "ed whether the vehicle was deliberately driven at police officers"
    start = SEED.index(quote)
    a = make_anchor(SEED, start, start + len(quote), "v1")
    line_start = SEED.rindex("\n", 0, start) + 1
    new = SEED[:line_start] + SEED[SEED.index("\n", start) + 1 :]
    assert "ut whether the vehicle was deliberately driven at police officers" in new
    assert place(a, new, "v2") is None
