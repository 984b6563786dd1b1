"""The story bank: place, date, time, casualty counts, arrests and suspect of the report's own
incident on invented whole short reports written before the rules were read (tests/story_bank.py
reads them as ``extract --json`` does).

Every item passes except the known misses below, each with its reason; a known miss that starts
passing fails too, so the list only ever shrinks with the fix that earns it.
"""

from __future__ import annotations

import pytest

from tests.bank_reading import strict_findings
from tests.story_bank import KINDS, items, verdicts

KNOWN_MISS: dict[tuple[str, str], str] = {
    # which event a clock time belongs to: a later or earlier moment kept beside the onset's own
    ("st015", "time"): "the take-off (2.05pm) is kept beside the crash (2.10pm)",
    ("st036", "time"): "the call on finding the body is read; the killing was the night before",
    # an onset told in a clause the reader takes for no onset, so its time goes unread
    ("st078", "time"): "'Lifeguards found the boy at the bottom of the pool at about 12.40pm'",
    ("st071", "date"): "'A chemistry experiment went wrong at <school> on Tuesday'",
    ("st071", "place"): "'went wrong at <school> in <town>' tells no onset",
    ("st086", "date"): "'an escalator suddenly reversed ... during the Thursday morning rush hour'",
    # which day is the incident's: a later or earlier day of the story kept or taken instead
    ("st036", "date"): "the day the body was found is kept beside the killing's 'late on Friday'",
    ("st085", "date"): "'began falling ill on Sunday' is kept beside Saturday's sale",
    ("st100", "date"): "the later death 'on Tuesday' is taken for the day of the poisoning",
    ("st060", "date"): "'Monday's bull run' gives no day; Sunday's earlier run is taken",
    ("st084", "date"): "'on Tuesday night ... at around 1am' is dated Tuesday, not Wednesday",
    # which place is the scene
    ("st037", "place"): "the scene is told only in the arrest sentence ('after a brawl outside')",
    ("st054", "place"): "'off the coast of <island>' is no scene (as sb045)",
    ("st085", "place"): "the region ('the Harapur area') is kept beside the village of the sale",
    # a toll told in parts, or revised: the part or the first figure is kept beside the total
    ("st049", "killed"): "'At least 19 died' is kept beside the later 'toll had risen to 24'",
    ("st028", "killed"): "'the two women, a 22-year-old from ... and a 24-year-old' counted as 3",
    ("st092", "killed"): "the death is told in a relative clause of the charge sentence",
    # 'N more (died) in hospital' read as a hospital count, or a later subset taken for it
    ("st085", "hospitalised"): "'are being treated in hospitals' days later is taken for the count",
    # a hospital count summed across people or sentences, or told in an unread way
    ("st006", "hospitalised"): "'He was taken ...' plus 'The two men ... were also taken' (3)",
    ("st008", "hospitalised"): "'taken to <hospital>, joining three neighbours admitted there' (4)",
    ("st066", "hospitalised"): "'Four of the five crew were pulled from a life raft ... and taken'",
    ("st078", "hospitalised"): "'He was flown to the children's hospital' after a resuscitation",
    # injured: one person per sentence, or a count told as parts, not summed
    ("st009", "injured"): "toddler and grandmother told in separate sentences (1 + 1)",
    ("st021", "injured"): "the stabbed pupil and a teacher 'treated ... for a cut' (1 + 1)",
    ("st037", "injured"): "the doorman and 'two other men were treated' (1 + 2)",
    ("st042", "injured"): "'Three plant workers and eight residents ... complained' (3 + 8)",
    ("st080", "injured"): "pilot and passenger, then a neighbour (2 + 1)",
    ("st081", "injured"): "'Four tourists were injured' then 'The coachman ... was also hurt'",
    ("st087", "injured"): "'lost three fingers' and a friend 'treated for burns' (1 + 1)",
    ("st060", "injured"): "'on Sunday four people were hurt' (the earlier run) is taken",
    ("st011", "injured"): "'83 guests ... fell ill' is no injury count",
    ("st003", "injured"): "'after a 23-year-old was stabbed' in a subordinate clause",
    ("st065", "injured"): "'stabbed the 36-year-old driver twice' in an alleged-clause",
    ("st047", "injured"): "'Two residents were pulled out alive' with treatment at a clinic",
    ("st079", "injured"): "'had escaped but burned his hands'",
    ("st062", "injured"): "a co-worker 'treated for exhaustion' is counted hurt",
    ("st097", "injured"): "the victim found 'with multiple gunshot wounds' (died) is counted hurt",
    # arrests
    ("st006", "arrests"): "'arrested <Name>, 19, ..., along with a 22-year-old woman' (2)",
    ("st073", "arrests"): "'The mall's director and its head of security were detained'",
    ("st087", "arrests"): "'31 arrests ... none linked to the accident' is taken",
    # who the suspect is
    ("st076", "suspect_name"): "'<Name>, 31, and her brother, 29, ... were held'",
    ("st076", "suspect_age"): "'<Name>, 31, and her brother, 29, ... were held'",
    ("st017", "suspect_name"): "'arrested the site foreman, 51, and the owner ..., <Name>, 58'",
    ("st017", "suspect_age"): "the unnamed foreman's 51 is taken for the named owner's 58",
    ("st010", "suspect_age"): "'The guide, 49, escaped unhurt' then proceedings 'against him'",
    ("st067", "suspect_age"): "the injured occupant, 39, is 'later arrested' in the next sentence",
    ("st044", "suspect_age"): "a lorry driver 'helping police with their inquiries' (nobody held)",
    ("st070", "suspect_age"): "a tractor driver who 'was not hurt' is taken for a suspect",
    ("st091", "suspect_age"): "a driver tested negative and not arrested is taken for a suspect",
}

ITEMS = items()


@pytest.mark.parametrize("item", ITEMS, ids=[i["id"] for i in ITEMS])
def test_story_bank_item(item: dict) -> None:
    unexpected, now_right = strict_findings(item, verdicts(item), KNOWN_MISS, KINDS)
    assert not unexpected, unexpected
    assert not now_right, f"known misses now pass, take them off KNOWN_MISS: {now_right}"


def test_known_misses_name_bank_items() -> None:
    ids = {i["id"] for i in ITEMS}
    assert {i for i, _ in KNOWN_MISS} <= ids
