"""A count the report made by naming people is the ones it names, not its total (review s23 #5).

"killed four people" beside "Ann Coles, Bill Avery and Tom Reddy were killed. A 75-year-old man
died later" is no report contradicting itself: three named and one more make four. Three named
against "two were killed" still is (the part above the whole), and two numerals that differ
still are.

Every sentence here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.core.facts.conflicts import named_only
from tests.unit.test_facts_scoped_counts import _analysis

KILLED = "casualties.killed"

NAMED_BELOW_TOTAL = [
    # names then a later death: the named three are three of the four
    ("A van ploughed into shoppers in Kelby on Friday and killed four people.\n"
     "Marta Lind, Joe Haskins and cafe owner Ravi Patel were killed on Friday. A 75-year-old"
     " man died in hospital last night.\n", 3),
    # "among the dead" with ages beside the names
    ("The gunman shot dead six people at a bar in Dunmore on Friday night.\n"
     "Among the dead were Sean Kerr, 34, Liam Doyle, 29, and Aoife Kerr, 31.\n", 3),
    # ages in brackets, the verb in the passive
    ("Five people died when a coach overturned near Arlow on Tuesday.\n"
     "Tom Reddy (58), Ann Coles (41) and Bill Avery (39) were pronounced dead at the scene.\n", 3),
    # two named, a toll in words
    ("Seven people were killed when a tram derailed in Portmell on Sunday.\n"
     "Dana Moss and her husband Philip Grant died at the scene, their family said.\n", 2),
]  # fmt: skip


@pytest.mark.parametrize(("text", "named"), NAMED_BELOW_TOTAL)
def test_people_named_below_the_toll_are_no_contradiction(text: str, named: int) -> None:
    a = _analysis(text)
    listed = [f for f in a.facts if f.kind == KILLED and f.value == named]
    if listed:  # the list is read as a count: it is a count of the named
        assert all(named_only(f) for f in listed), [(f.value, f.text) for f in listed]
    assert not [c for c in a.internal_conflicts if c.kind == KILLED], [
        (f.value, f.text) for f in a.facts if f.kind == KILLED
    ]


def test_more_named_than_the_toll_is_still_a_contradiction() -> None:
    a = _analysis(
        "Two people were killed when a crane fell in Arlow on Monday.\n"
        "Marta Lind, Joe Haskins and Ravi Patel died at the scene.\n"
    )
    assert [c for c in a.internal_conflicts if c.kind == KILLED]


@pytest.mark.parametrize(
    "text",
    [
        # two numerals that differ: no list of names
        "Four people were killed in the blast in Kelby on Friday. Three died, police said.\n",
        "A fire at a hostel in Dunmore killed five people on Friday. Seven died, officials said.\n",
    ],
)
def test_two_numerals_that_differ_still_contradict(text: str) -> None:
    a = _analysis(text)
    killed = [f for f in a.facts if f.kind == KILLED]
    assert len({f.value for f in killed}) > 1, [(f.value, f.text) for f in killed]
    assert not any(named_only(f) for f in killed)
    assert [c for c in a.internal_conflicts if c.kind == KILLED]


REAL = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "real-reports"


@pytest.mark.skipif(not REAL.is_dir(), reason="real reports not present")
def test_a_real_report_naming_three_of_four_dead_does_not_contradict_itself() -> None:
    from incident_reader.core import analysis
    from incident_reader.core.loading import load_corpus

    path = REAL / "westminster-bridge-attack-2017" / "scotsman-601090.txt"
    (a,) = analysis.analyse_corpus(load_corpus([str(path)]))
    assert {f.value for f in a.facts if f.kind == KILLED} >= {4}
    assert not [c for c in a.internal_conflicts if c.kind == KILLED]
