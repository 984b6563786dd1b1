"""A time phrase in title case after a capitalised word inside a sentence is part of a name (a
programme, a show), no time: "said on "CBS This Morning" Wednesday" (review s26 #7)."""

from __future__ import annotations

import pytest

from incident_reader.core import temporal

DCT = "2031-11-01"


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ('The governor said on "KTV This Morning" Wednesday that he was shocked.', ["Wednesday"]),
        ("She told Radio Nord Last Night, a late show, what she saw.", []),
        ("He spoke to Channel 9 This Week about the fire.", []),
        ("This morning police said two men died.", ["This morning"]),
        ("Police said This Morning that two died.", ["This Morning"]),
        ("He left on Wednesday. Last Night the police came.", ["Wednesday", "Last Night"]),
        ("The mayor said this morning that two died.", ["this morning"]),
    ],
)
def test_a_title_case_time_after_a_name_is_part_of_the_name(text: str, times: list[str]) -> None:
    assert [t.text for t in temporal.tag(text, DCT)] == times
