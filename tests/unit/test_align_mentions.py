"""Every mention of a fact paired with every mention of the other report, and stamps of a log."""

from __future__ import annotations

from incident_reader.core.align import compare
from incident_reader.core.model import FactValue, ReportAnalysis
from tests.unit.test_align_build import Told, build

STORY = "A minibus overturned on Kelby Road in Marden."


def _report(rid: str, text: str, facts: list[tuple[str, str, FactValue]]) -> ReportAnalysis:
    told = Told("i0", STORY[:-1], "2025-04-12", main=True, facts=facts)
    return build(rid, text, [told], dct="2025-04-13")


def _labels(analyses: list[ReportAnalysis], kind: str) -> dict[tuple[str, str], str]:
    return {(p.a.text, p.b.text): p.status for p in compare(analyses).pairs if p.kind == kind}


def test_a_restated_figure_is_paired_with_the_other_reports_restatement() -> None:
    a = _report(
        "a",
        f"{STORY} Four people died. Police later said the four who died were passengers.",
        [
            ("casualties.killed", "Four people died", 4),
            ("casualties.killed", "the four who died", 4),
        ],
    )
    b = _report(
        "b",
        f"{STORY} Six were killed, officers said. All six killed were from Marden.",
        [("casualties.killed", "Six were killed", 6), ("casualties.killed", "All six killed", 6)],
    )
    labels = _labels([a, b], "casualties.killed")
    assert labels[("the four who died", "All six killed")] == "conflict"  # two restatements
    assert labels[("Four people died", "Six were killed")] == "conflict"


def test_a_restatement_carries_its_reports_claim_not_its_own_vagueness() -> None:
    a = _report(
        "a",
        f"{STORY} A black Vauxhall Corsa hit the minibus. The Vauxhall did not stop.",
        [("vehicle", "A black Vauxhall Corsa", "black vauxhall corsa"),
         ("vehicle", "The Vauxhall", "vauxhall")],
    )  # fmt: skip
    b = _report(
        "b",
        f"{STORY} A silver Vauxhall was seen.",
        [("vehicle", "A silver Vauxhall", "silver vauxhall")],
    )
    labels = _labels([a, b], "vehicle")
    assert labels[("The Vauxhall", "A silver Vauxhall")] == "conflict"


LOG = (
    "Marden Police Department activity log, Saturday\n"
    "12:40 a.m. — Officers responded to Kelby Road, where a minibus had overturned.\n"
    "3:15 a.m. — A man was arrested on Mill Lane.\n"
)
BLOG = (
    "Minibus crash: live\n"
    "9.05am: The minibus overturned at about 12.40am, police said.\n"
    "9.30am: Kelby Road remains closed.\n"
)


def _timed(rid: str, text: str, stamps: list[tuple[str, str]]) -> ReportAnalysis:
    told = Told("i0", "Kelby Road", "2025-04-12", "kelby road, marden", main=True, facts=[
        ("incident.time", quote, value) for quote, value in stamps
    ])  # fmt: skip
    return build(rid, text, [told], dct="2025-04-12")


def test_a_logs_stamp_is_the_time_of_the_event_it_logs() -> None:
    log = _timed("log", LOG, [("12:40 a.m.", "00:40")])
    other = _timed("wire", "A minibus overturned on Kelby Road at 12.40am.", [("12.40am", "00:40")])
    assert _labels([log, other], "incident.time") == {("12:40 a.m.", "12.40am"): "match"}


def test_a_blogs_stamp_gives_way_to_the_time_its_prose_tells() -> None:
    blog = _timed("blog", BLOG, [("9.05am", "09:05"), ("12.40am", "00:40")])
    other = _timed("wire", "A minibus overturned on Kelby Road at 12.40am.", [("12.40am", "00:40")])
    assert _labels([blog, other], "incident.time") == {("12.40am", "12.40am"): "match"}


RECONSTRUCTION = (
    "The minibus crash on Kelby Road killed four people.\n"
    "12:40 a.m. — The minibus leaves the road, killing two passengers.\n"
    "1:15 a.m. — Crews free the last of the injured.\n"
)


def test_a_reconstructions_summary_is_its_figure_not_its_last_entry() -> None:
    facts: list[tuple[str, str, FactValue]] = [
        ("incident.time", "12:40 a.m.", "00:40"),
        ("casualties.killed", "killed four people", 4),
        ("casualties.killed", "killing two passengers", 2),
    ]
    told = Told("i0", "Kelby Road", "2025-04-12", "kelby road, marden", main=True, facts=facts)
    log = build("log", RECONSTRUCTION, [told], dct="2025-04-14")
    wire = build(
        "wire",
        "A minibus overturned on Kelby Road at 12.40am. Four people died.",
        [Told("i0", "Kelby Road", "2025-04-12", "kelby road, marden", main=True, facts=[
            ("incident.time", "12.40am", "00:40"), ("casualties.killed", "Four people died", 4)])],
        dct="2025-04-12",
    )  # fmt: skip
    labels = _labels([log, wire], "casualties.killed")
    assert labels[("killed four people", "Four people died")] == "match"


def _date(rid: str, text: str, quote: str, value: str, dct: str) -> ReportAnalysis:
    facts: list[tuple[str, str, FactValue]] = [("incident.date", quote, value)]
    if "Ormond" in text:
        facts.append(("suspect.name", "Dale Ormond", "dale ormond"))
    told = Told("i0", "Kelby Road", value, "kelby road, marden", main=True, facts=facts)
    return build(rid, text, [told], dct=dct)


def test_a_date_told_without_its_year_years_on_is_the_storys_date() -> None:
    # (a weekday on the story's month and day a year on is an anniversary: test_align_stories)
    first = _date(
        "first", "Dale Ormond's van hit cyclists on Kelby Road on Oct. 31, 2024.",
        "on Oct. 31, 2024", "2024-10-31", "2024-11-01",
    )  # fmt: skip
    trial = _date(
        "trial", "The Halloween attack on Kelby Road: Dale Ormond went on trial.",
        "Halloween attack", "2025-10-31", "2026-01-20",
    )  # fmt: skip
    comparison = compare([first, trial])
    dates = {(p.a.text, p.b.text): p.status for p in comparison.pairs if p.kind == "incident.date"}
    assert dates == {("on Oct. 31, 2024", "Halloween attack"): "match"}
