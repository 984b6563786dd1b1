"""Which day a time is counted from: the story's own day, not a day told in passing.

Each class below failed before its rule: a day named in a relative clause about a person or a
place moved the story's day, so a later bare clock or "that night" landed on it.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core.temporal import tag

# (text, DCT, {words: value})
RELATIVE_CLAUSE_DAYS = [
    (
        "Fans had gathered at the stadium on Sunday for a match against a club whose coach quit"
        " on Tuesday. Stewards say the first fights broke out at 8 pm.",
        "2025-03-10",
        {"Tuesday": "2025-03-04", "8 pm": "2025-03-09T20:00"},
    ),
    (
        "Firefighters on Friday morning rescued the owner of the bakery where a fire had started"
        " on Thursday. He was carried out at about 6 a.m. by a ladder crew.",
        "2025-03-08",
        {"Thursday": "2025-03-06", "6 a.m.": "2025-03-07T06:00"},
    ),
    (
        "Detectives questioned a neighbour on Monday, who had seen the van on Saturday.\n\n"
        "The interview ended around 4pm, a spokesman said.",
        "2025-03-11",
        {"Saturday": "2025-03-08", "4pm": "2025-03-10T16:00"},
    ),
    (
        "Divers resumed the search on Wednesday for a fisherman, whose trawler capsized last"
        " Monday. They stopped at 7 p.m. as the light failed.",
        "2025-03-13",
        {"last Monday": "2025-03-10", "7 p.m.": "2025-03-12T19:00"},
    ),
]

# Not a relative clause of the story's sentence: the later day still moves the story.
STORY_MOVES_ON = [
    (
        "The ferry ran aground on Monday. A deckhand, who was rescued on Tuesday, said the"
        " engine failed at 4 pm.",
        "2025-03-13",
        {"4 pm": "2025-03-11T16:00"},
    ),
    (
        "He was arrested on Monday and charged on Tuesday. He appeared in court at 10am.",
        "2025-03-13",
        {"10am": "2025-03-11T10:00"},
    ),
]


# "the day before" told before "and"/"but" ends its clause too; in a past perfect it looks back
# from the story's day, which stays where it was for "that night" after it.
LOOK_BACK = [
    (
        "The roof fell in on Saturday. His lawyer said he had cleared the roof the day before and"
        " that the snow that night was heavy.",
        "2025-03-10",
        {"the day before": "2025-03-07", "that night": "2025-03-08TNI"},
    ),
    (
        "The bridge shut on Monday. Engineers had inspected it the day before but saw no cracks."
        " The deck sagged at 3pm.",
        "2025-03-12",
        {"the day before": "2025-03-09", "3pm": "2025-03-10T15:00"},
    ),
    (
        "A ferry sank on 3 May 2001; the crew had checked the pumps the day before and found"
        " nothing wrong.",
        "2025-03-12",
        {"the day before": "2001-05-02"},
    ),
    # not a look back: the story moves to the day told
    (
        "The dam broke on Tuesday. The day before, villagers were moved out. That night it rained.",
        "2025-03-14",
        {"The day before": "2025-03-10", "That night": "2025-03-10TNI"},
    ),
]


@pytest.mark.parametrize(
    ("text", "dct", "values"), RELATIVE_CLAUSE_DAYS + STORY_MOVES_ON + LOOK_BACK
)
def test_the_story_day(text: str, dct: str, values: dict[str, str]) -> None:
    found = {t.text: t.value for t in tag(text, dct)}
    assert {k: found.get(k) for k in values} == values
