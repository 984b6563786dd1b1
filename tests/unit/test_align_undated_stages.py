"""An undated report's figure is staged by the dated reports it agrees with (review s24 #1).

"Four killed" on the day and "killed five" at the sentencing a year on are a revision; the same
"killed five" from a report with no date line was a conflict, only because the tool could not
order it: the undated side got the harder verdict. Its figure agrees with the sentencing
report's, so it stands where that report stands. Two undated reports stand where the dated
reports their figures agree with stand. A figure no dated report gives stays a conflict.

Every report here is invented for these tests (none is taken from a report of the data sets).
"""

from __future__ import annotations

from pathlib import Path

from incident_reader.core.align import compare
from incident_reader.core.analysis import analyse_corpus
from incident_reader.core.loading import load_corpus

DAY = (
    "date 2025-03-08\n\nFour people were killed when a lorry was driven into shoppers on Kelby"
    " High Street on Friday afternoon, police said. The driver, Amos Reeve, 41, was arrested"
    " at the scene.\n"
)
VERDICT = (
    "date 2026-02-10\n\nAmos Reeve was jailed for life on Tuesday for driving a lorry into"
    " shoppers on Kelby High Street on 7 March 2025, killing five people. A fifth victim died"
    " in hospital weeks after the attack.\n"
)
UNDATED_LATE = (
    "The man who drove a lorry into shoppers on Kelby High Street on 7 March 2025, killing"
    " five people, will serve at least 30 years, a judge ruled. Amos Reeve had denied murder.\n"
)
UNDATED_EARLY = (
    "Four people were killed when a lorry was driven into shoppers on Kelby High Street,"
    " police said on Saturday. Amos Reeve was arrested at the scene.\n"
)
UNDATED_ODD = (
    "Seven people were killed when a lorry was driven into shoppers on Kelby High Street,"
    " a witness told reporters. Amos Reeve was arrested at the scene.\n"
)


def _killed(tmp_path: Path, reports: dict[str, str]) -> dict[frozenset[str], str]:
    for name, text in reports.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    comparison = compare(analyse_corpus(load_corpus([tmp_path])))
    return {
        frozenset((p.a.article, p.b.article)): p.status
        for p in comparison.pairs
        if p.kind == "casualties.killed" and not p.dissent
    }


def test_an_undated_report_telling_the_later_figure_revises_the_first_days(
    tmp_path: Path,
) -> None:
    got = _killed(tmp_path, {"day": DAY, "verdict": VERDICT, "weekly": UNDATED_LATE})
    assert got[frozenset(("day", "verdict"))] == "revised", got
    assert got[frozenset(("day", "weekly"))] == "revised", got
    assert got[frozenset(("verdict", "weekly"))] in ("match", "compatible"), got


def test_two_undated_reports_stand_where_their_dated_peers_stand(tmp_path: Path) -> None:
    got = _killed(
        tmp_path,
        {"day": DAY, "verdict": VERDICT, "weekly": UNDATED_LATE, "bulletin": UNDATED_EARLY},
    )
    assert got[frozenset(("weekly", "bulletin"))] == "revised", got
    assert got[frozenset(("bulletin", "verdict"))] == "revised", got


def test_a_figure_no_dated_report_gives_stays_a_conflict(tmp_path: Path) -> None:
    got = _killed(tmp_path, {"day": DAY, "verdict": VERDICT, "witness": UNDATED_ODD})
    assert got[frozenset(("day", "verdict"))] == "revised", got
    assert got[frozenset(("day", "witness"))] == "conflict", got
    assert got[frozenset(("verdict", "witness"))] == "conflict", got
