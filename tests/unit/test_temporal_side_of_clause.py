"""Which side of the DCT a day falls on when its clause's verb is not the one next to it.

Each class below failed before its rule (the first sentence of each list is the class's shape):
- a future cue after the day that belongs to a later clause of a past verb ("visited them on
  Friday and said the council would pay"): the day stays past;
- a present verb of expectation with its object before the day ("police expect long queues on
  the coast road on Sunday"): the day is ahead;
- a verb of stopping or deferring before "until" ("suspended flights until Monday"), and a state
  told in reported speech ("said the permit was valid until December"): the end is ahead;
- a plan told in the present passive with its place before "for" and the day ("a vigil is
  being planned at the harbour wall for Sunday evening"): the day is ahead;
- a weekday after a plan told in the past perfect ("had planned to shut the hall Sunday"): the
  coming one, as after "planned to" (a schedule that "had been" set keeps its past);
- the edge of a morning or a night after a preposition ("closed until late morning").

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

import pytest

from incident_reader.core.temporal import tag

DCT = "2026-08-21"  # a Friday

# (text, {words: value})
LATER_CLAUSE_FUTURE = [
    ("The queen opened the new bridge on Monday and said it would last a century.",
     {"Monday": "2026-08-17"}),
    ("The coach left the ground on Saturday and told fans he would return.",
     {"Saturday": "2026-08-15"}),
    ("Engineers checked the dam on Tuesday afternoon and reported it will hold.",
     {"Tuesday afternoon": "2026-08-18TAF"}),
    ("Rescuers reached the hamlet on Sunday night and found the road would need weeks of work.",
     {"Sunday night": "2026-08-16TNI"}),
    # the future cue is the day's own clause's
    ("They will meet the families on Tuesday and will announce a fund.",
     {"Tuesday": "2026-08-25"}),
]  # fmt: skip

EXPECTATION = [
    ("Traffic police expect long queues on the coast road on Sunday and Monday as families"
     " head home.", {"Sunday": "2026-08-23", "Monday": "2026-08-24"}),
    ("Forecasters predict heavy snow across the northern passes on Tuesday night.",
     {"Tuesday night": "2026-08-25TNI"}),
    ("Organisers anticipate about 5,000 runners on Thursday, a spokesman said.",
     {"Thursday": "2026-08-27"}),
    ("The agency expects the first cargo flights at the airport on Wednesday.",
     {"Wednesday": "2026-08-26"}),
    # a warning told in the present, and the progressives of expectation
    ("Meteorologists are warning of strong winds along the coast on Sunday.",
     {"Sunday": "2026-08-23"}),
    ("The flood agency warns of rising rivers in the east on Tuesday.", {"Tuesday": "2026-08-25"}),
    ("Organisers are expecting thousands at the stadium on Wednesday.",
     {"Wednesday": "2026-08-26"}),
    ("The bureau is predicting frost in the valleys on Monday night.",
     {"Monday night": "2026-08-24TNI"}),
    # not a finite present, or a past verb nearer the day
    ("Police issued a warning to drivers on Monday.", {"Monday": "2026-08-17"}),
    ("The agency warned of flooding on Tuesday.", {"Tuesday": "2026-08-18"}),
    ("Residents did not expect the water to rise on Monday.", {"Monday": "2026-08-17"}),
    ("Police expect to charge the man who attacked a guard on Monday.", {"Monday": "2026-08-17"}),
]  # fmt: skip

UNTIL_AHEAD = [
    ("Ash fell on villages, and the airport suspended flights until Monday evening.",
     {"Monday evening": "2026-08-24TEV"}),
    ("The airline cancelled all flights until Tuesday.", {"Tuesday": "2026-08-25"}),
    ("The ministry halted ferry services until Wednesday.", {"Wednesday": "2026-08-26"}),
    ("The council said the stall's licence was valid until December.", {"December": "2026-12"}),
    ("Officials said the bridge was closed until Thursday.", {"Thursday": "2026-08-27"}),
    ("Police told residents the park was off limits until Sunday.", {"Sunday": "2026-08-23"}),
    # a state that ended: no reported speech, or a past perfect
    ("She was in hospital until Thursday.", {"Thursday": "2026-08-20"}),
    ("He said he had been in hospital until Thursday.", {"Thursday": "2026-08-20"}),
]  # fmt: skip

PLANNED_FOR = [
    ("A vigil for the victims is being planned at the harbour wall for Sunday evening.",
     {"Sunday evening": "2026-08-23TEV"}),
    ("Prayers are held in the main square of the town for Monday, the imam said.",
     {"Monday": "2026-08-24"}),
    ("A march is being organised through the city centre for Wednesday.",
     {"Wednesday": "2026-08-26"}),
    ("A memorial service is planned at the parish church for Thursday.",
     {"Thursday": "2026-08-27"}),
    # told in the past: the plan's day was not ahead of the report
    ("The meeting was planned at the town hall for Monday but never took place.",
     {"Monday": "2026-08-17"}),
]  # fmt: skip

PAST_PERFECT_PLAN = [
    ("Reached by phone, the owner said he had sent two men to clear the gutters on Thursday"
     " afternoon and had planned to shut the hall Sunday.",
     {"Thursday afternoon": "2026-08-20TAF", "Sunday": "2026-08-23"}),
    ("The farmer had planned to move the herd on Monday, a neighbour said.",
     {"Monday": "2026-08-24"}),
    ("She had hoped to fly home on Tuesday.", {"Tuesday": "2026-08-25"}),
    ("The order had been scheduled to expire at midnight Wednesday.",
     {"midnight Wednesday": "2026-08-19T24:00"}),
]  # fmt: skip

EDGE_OF_A_PART = [
    ("A van hit the shop this morning. The street was closed to traffic until late morning"
     " while officers worked.", {"late morning": "2026-08-21TMO"}),
    ("The shots were heard in the early morning, neighbours said.",
     {"early morning": "2026-08-21TMO"}),
    ("The road was shut from early morning until noon.", {"early morning": "2026-08-21TMO"}),
    ("The bar stayed open until late night on Saturday.",
     {"late night on Saturday": "2026-08-15TNI"}),
    # an adjective before its noun
    ("The road was slowed by late morning traffic.", {"late morning": None}),
    ("An early morning raid found nothing.", {"early morning": None}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "values"),
    [
        *LATER_CLAUSE_FUTURE,
        *EXPECTATION,
        *UNTIL_AHEAD,
        *PLANNED_FOR,
        *PAST_PERFECT_PLAN,
        *EDGE_OF_A_PART,
    ],
)
def test_the_side_of_the_dct(text: str, values: dict[str, str | None]) -> None:
    found = {t.text: t.value for t in tag(text, DCT)}
    assert {k: found.get(k) for k in values} == values
