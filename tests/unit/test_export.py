"""Exports agree with their consumers: extract JSON, csv, md, TimelineJS 3 and incidents."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from incident_reader.core.export import (
    CSV_COLUMNS,
    attach_marks,
    extraction_document,
    marked_document,
    render,
    timelinejs_date,
    value_text,
)
from incident_reader.core.export_incidents import INCIDENT_COLUMNS, to_incidents_csv
from incident_reader.core.model import (
    Comparison,
    DctSource,
    Fact,
    FactPair,
    Incident,
    InternalConflict,
    PairSide,
    Report,
    ReportAnalysis,
    SharedIncident,
    TextSpan,
    TimelineEntry,
    Timex,
)
from incident_reader.core.store import Store

A_TEXT = (
    "A car hit cyclists in Westminster at 7.30am on August 14, 2018.\n"
    "Police said three people were injured. Another witness put it at 7.40am.\n"
    "In 2017 a van killed four people on Westminster Bridge.\n"
)
B_TEXT = "The crash happened at 07:37. Two people were injured, police said.\n"


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def timex(text: str, words: str, typ: str, value: str) -> Timex:
    return Timex(*span(text, words), words, typ, value)


def fact(text: str, kind: str, value: Any, words: str, inc: str = "i0") -> Fact:
    return Fact(kind, value, *span(text, words), words, inc, "police")


def analysis_a() -> ReportAnalysis:
    t = A_TEXT
    rep = Report(
        "a",
        Path("a.txt"),
        "Car hits cyclists",
        t,
        "2018-08-14",
        DctSource.HEADER,
        hashlib.sha1(t.encode()).hexdigest(),
    )
    timeline = (
        TimelineEntry(
            timex(t, "In 2017", "DATE", "2017"),
            TextSpan(*span(t, "a van killed four people"), "a van killed four people"),
            "i1",
        ),
        TimelineEntry(
            timex(t, "7.30am", "TIME", "2018-08-14T07:30"),
            TextSpan(*span(t, "A car hit cyclists"), "A car hit cyclists"),
            "i0",
        ),
        TimelineEntry(timex(t, "7.40am", "TIME", "2018-08-14T07:40"), None, "i0"),
        TimelineEntry(timex(t, "August 14, 2018", "DATE", "2018-08-14"), None, "i0"),
    )
    facts = (
        fact(t, "incident.time", "07:30", "at 7.30am"),
        fact(t, "incident.time", "07:40", "at 7.40am"),
        fact(t, "casualties.injured", 3, "three people were injured"),
        fact(t, "casualties.killed", 4, "killed four people", "i1"),
        fact(t, "incident.place", "westminster", "in Westminster"),
    )
    incidents = (
        Incident("i0", True, "2018-08-14", "westminster", "car hits cyclists"),
        Incident("i1", False, "2017", "westminster bridge", "van attack"),
    )
    return ReportAnalysis(
        rep,
        rep.dct,
        rep.dct_source,
        timeline=timeline,
        facts=facts,
        incidents=incidents,
        internal_conflicts=(InternalConflict("incident.time", (0, 1)),),
    )


def analysis_b() -> ReportAnalysis:
    t = B_TEXT
    rep = Report(
        "b", Path("b.txt"), "Crash", t, None, DctSource.NONE, hashlib.sha1(t.encode()).hexdigest()
    )
    timeline = (TimelineEntry(timex(t, "07:37", "TIME", "XXXX-XX-XXT07:37"), None, "i0"),)
    facts = (
        fact(t, "incident.time", "07:37", "at 07:37"),
        fact(t, "casualties.injured", {"min": 2, "max": 2}, "Two people were injured"),
    )
    return ReportAnalysis(
        rep, None, DctSource.NONE, timeline=timeline, facts=facts, incidents=(Incident("i0", True),)
    )


@pytest.fixture
def marked(tmp_path: Path) -> tuple[list[ReportAnalysis], Store]:
    analyses = [analysis_a(), analysis_b()]
    store = Store.open(tmp_path, reviewer="ann")
    a = analyses[0]
    store.set_status(a.report, a.timeline[1], "verified", note="CCTV")
    store.set_status(a.report, a.facts[2], "disputed")
    store.set_status(a.report, a.facts[1], "verified")
    store.set_status(a.report, a.facts[0], "verified")
    return analyses, store


def test_extraction_document_follows_the_extract_contract() -> None:
    doc = extraction_document([analysis_a()])
    art = doc["articles"][0]
    assert set(art) == {
        "id",
        "path",
        "title",
        "dct",
        "outlet",
        "author",
        "url",
        "timeline",
        "facts",
        "incidents",
        "internal_conflicts",
    }
    assert art["dct"] == {"value": "2018-08-14", "source": "header line"}
    timeline = sorted(art["timeline"], key=lambda e: e["position"])  # the reader's time order
    assert [e["start"] for e in art["timeline"]] == sorted(e["start"] for e in art["timeline"])
    assert set(timeline[1]) == {
        "start", "end", "text", "type", "value", "event", "incident", "id", "position",
    }  # fmt: skip
    assert timeline[1]["event"]["text"] == "A car hit cyclists"
    assert set(art["facts"][0]) == {
        "kind", "value", "text", "start", "end", "incident", "said_by", "id",
    }  # fmt: skip
    assert art["incidents"][1] == {
        "id": "i1",
        "main": False,
        "date": "2017",
        "place": "westminster bridge",
        "summary": "van attack",
    }
    assert art["internal_conflicts"] == [
        {"kind": "incident.time", "facts": [0, 1], "ids": [f["id"] for f in art["facts"][:2]]}
    ]
    json.dumps(doc)


def test_json_carries_a_mark_on_every_item(marked: tuple[list[ReportAnalysis], Store]) -> None:
    analyses, store = marked
    doc = json.loads(render("json", analyses, store))
    a = doc["articles"][0]
    timeline = sorted(a["timeline"], key=lambda e: e["position"])  # the reader's time order
    assert [e["status"] for e in timeline] == [
        "unverified",
        "verified",
        "unverified",
        "unverified",
    ]
    verified = timeline[1]
    assert (verified["text"], verified["note"], verified["reviewer"]) == ("7.30am", "CCTV", "ann")
    assert verified["marked_at"].endswith("Z")
    assert [f["status"] for f in a["facts"]][:3] == ["verified", "verified", "disputed"]
    assert all(
        k in item
        for art in doc["articles"]
        for item in art["timeline"] + art["facts"]
        for k in ("status", "note", "reviewer", "marked_at")
    )
    assert a["orphans"] == [] and doc["articles"][1]["orphans"] == []


def test_status_counts_for_the_header(marked: tuple[list[ReportAnalysis], Store]) -> None:
    from incident_reader.core.export import status_counts

    analyses, store = marked
    counts = status_counts(attach_marks(analyses, store))
    assert counts == {
        "unverified": 8,
        "verified": 3,
        "disputed": 1,
        "inconclusive": 0,
        "total": 12,
        "orphans": 0,
    }


def test_verified_only_keeps_verified_items_and_renumbers_conflicts(
    marked: tuple[list[ReportAnalysis], Store],
) -> None:
    analyses, store = marked
    doc = marked_document(attach_marks(analyses, store), verified_only=True)
    a = doc["articles"][0]
    assert [e["text"] for e in a["timeline"]] == ["7.30am"]
    assert [f["text"] for f in a["facts"]] == ["at 7.30am", "at 7.40am"]
    assert a["internal_conflicts"] == [
        {"kind": "incident.time", "facts": [0, 1], "ids": [f["id"] for f in a["facts"]]}
    ]
    assert doc["articles"][1]["facts"] == []


def test_marks_whose_words_are_gone_are_exported_as_orphans(
    marked: tuple[list[ReportAnalysis], Store],
) -> None:
    analyses, store = marked
    a = analyses[0]
    text = a.report.text.replace("Police said three people were injured. ", "")
    rep = Report("a", a.report.path, a.report.title, text, a.report.dct, a.report.dct_source, "v2")
    shrunk = ReportAnalysis(rep, a.dct, a.dct_source, incidents=a.incidents)
    doc = json.loads(render("json", [shrunk], store))
    orphans = doc["articles"][0]["orphans"]
    by_quote = {o["quote"]: o for o in orphans}
    assert by_quote["three people were injured"]["status"] == "disputed"
    assert by_quote["three people were injured"]["found_at"] is None
    assert by_quote["7.30am"]["reason"] == "no timeline entry or fact there now"
    assert len(orphans) == 4  # every mark is accounted for: none is dropped


def test_csv_reads_back_with_the_csv_module(marked: tuple[list[ReportAnalysis], Store]) -> None:
    analyses, store = marked
    rows = list(csv.DictReader(io.StringIO(render("csv", analyses, store), newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 4 + 5 + 1 + 2
    injured = next(r for r in rows if r["article"] == "b" and r["kind"] == "casualties.injured")
    assert (injured["value"], injured["text"], injured["status"]) == (
        "2",
        "Two people were injured",
        "unverified",
    )
    t = next(r for r in rows if r["text"] == "7.30am")
    assert (t["status"], t["note"], t["event"]) == ("verified", "CCTV", "A car hit cyclists")
    only = list(csv.DictReader(io.StringIO(render("csv", analyses, store, verified_only=True))))
    assert {r["status"] for r in only} == {"verified"} and len(only) == 3


def test_value_text_for_table_cells() -> None:
    assert value_text(3) == "3" and value_text({"min": 2, "max": 5}) == "2-5"
    assert value_text({"min": 3, "max": None}) == "3+" and value_text({"min": 2, "max": 2}) == "2"


def test_markdown_is_a_readable_timeline(marked: tuple[list[ReportAnalysis], Store]) -> None:
    analyses, store = marked
    md = render("md", analyses, store, verified_only=True)
    lines = [line for line in md.splitlines() if line.startswith("- ")]
    assert md.startswith("# Verified timeline")
    assert lines[0].startswith("- ✓ **14 August 2018, 07:30** “7.30am” — A car hit cyclists")
    assert "verified by ann" in lines[0] and "CCTV" in lines[0]
    assert len(lines) == 3 and not any("“7.40am”" in line for line in lines)  # 1 entry, 2 facts
    full = render("md", analyses, store)
    times = re.findall(r"\*\*([^*]+)\*\*", full.split("\n## ")[0])
    assert times[:3] == ["2017", "14 August 2018", "14 August 2018, 07:30"]


def test_timelinejs_dates() -> None:
    assert timelinejs_date("2018-08-14T07:30") == {
        "year": "2018",
        "month": "8",
        "day": "14",
        "hour": "7",
        "minute": "30",
    }
    assert timelinejs_date("2017") == {"year": "2017"}
    assert timelinejs_date("2018-08-14TMO") == {"year": "2018", "month": "8", "day": "14"}
    for undated in ("XXXX-XX-XXT07:37", "PRESENT_REF", "P2D", "2018-02-30"):
        assert timelinejs_date(undated) is None


def test_dates_and_titles_for_people() -> None:
    from incident_reader.core.export import _when, short_title

    assert _when("2018-08-14TMO") == "14 August 2018, morning"
    assert _when("2018-08") == "August 2018" and _when("P2D") == "2 days"
    title = "A man has been arrested on suspicion of terrorist offences after a car hit cyclists"
    assert short_title(title) == "A man has been arrested on suspicion of terrorist offences…"
    assert short_title("Crash") == "Crash"


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("XXXX-XX-XXT06:10", "06:10 (date unknown)"),
        ("XXXX-XX-XXTMO", "morning (date unknown)"),
        ("XXXX-XX-XX", "date unknown"),
        ("XXXX-WXX-5TEV", "Friday, evening"),
        ("XXXX-03", "March (year unknown)"),
        ("PRESENT_REF", "now"),
        ("PT40M", "40 minutes"),
        ("2016-WI", "winter 2016"),
        ("199", "the 1990s"),
    ],
)
def test_markdown_never_shows_the_timex_notation_of_an_undated_report(
    value: str, said: str
) -> None:
    from incident_reader.core.export import _when

    assert _when(value) == said


def test_markdown_names_fact_kinds_in_words(marked: tuple[list[ReportAnalysis], Store]) -> None:
    analyses, store = marked
    md = render("md", analyses, store)
    facts = [line for line in md.split("\n## ", 1)[1].splitlines() if line.startswith("- ")]
    assert facts and not any(re.search(r"(casualties|incident|suspect)\.", f) for f in facts)


def test_compatible_counts_are_not_disputed_but_incompatible_ones_are() -> None:
    from incident_reader.core.export_incidents import _compatible

    assert _compatible([(3, 3), (2, 5), (3, None)])
    assert not _compatible([(2, 2), (3, 3)])
    assert not _compatible([(10, None), (4, 5)])


def assert_loads_in_timelinejs(doc: dict[str, Any]) -> None:
    """What TimelineJS 3's TimelineConfig and TLDate require of a JSON source."""
    assert isinstance(doc["events"], list) and doc["events"]
    assert "start_date" not in doc["title"] and isinstance(doc["title"]["text"]["headline"], str)
    ids = [e["unique_id"] for e in doc["events"]]
    assert len(set(ids)) == len(ids) and all(re.fullmatch(r"[a-z0-9-]+", i) for i in ids)
    for event in doc["events"]:
        d = event["start_date"]
        assert set(d) <= {"year", "month", "day", "hour", "minute", "second", "millisecond"}
        assert all(re.fullmatch(r"-?\d+", v) for v in d.values())
        assert 1 <= int(d.get("month", 1)) <= 12 and 1 <= int(d.get("day", 1)) <= 31
        assert isinstance(event["text"]["headline"], str) and isinstance(event["text"]["text"], str)
        assert isinstance(event["group"], str) and isinstance(event["display_date"], str)


def test_timelinejs_loads_as_is(marked: tuple[list[ReportAnalysis], Store]) -> None:
    analyses, store = marked
    doc = json.loads(render("timelinejs", analyses, store))
    assert_loads_in_timelinejs(doc)
    assert len(doc["events"]) == 4  # the undated 07:37 of report b cannot be placed
    assert {e["group"] for e in doc["events"]} == {"Car hits cyclists"}
    first = next(e for e in doc["events"] if e["text"]["headline"] == "7.30am")
    assert "verified by ann" in first["text"]["text"]
    only = json.loads(render("timelinejs", analyses, store, verified_only=True))
    assert [e["text"]["headline"] for e in only["events"]] == ["7.30am"]


def read_incidents(text: str) -> list[dict[str, str]]:
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert rows and tuple(rows[0]) == INCIDENT_COLUMNS
    return rows


def test_incidents_without_a_comparison_are_one_row_per_report_incident(
    marked: tuple[list[ReportAnalysis], Store],
) -> None:
    analyses, store = marked
    rows = read_incidents(render("incidents", analyses, store))
    assert [r["incident"] for r in rows] == ["a/i0", "a/i1", "b/i0"]
    a0 = rows[0]
    assert (a0["date"], a0["place"], a0["time"], a0["injured_min"]) == (
        "2018-08-14",
        "westminster",
        "07:30",
        "3",
    )
    # the report's own two times are the sources' dispute; the injured only a reviewer's mark
    # each named with its value and report, as the verified ones are
    assert a0["disputed"] == "incident.time" and a0["marked_disputed"] == "casualties.injured=3@a"
    # both of the report's times were verified, each named with its value and report
    assert a0["verified"] == "incident.time=07:30@a;incident.time=07:40@a" and a0["main"] == "yes"
    assert (rows[1]["killed_min"], rows[1]["killed_max"], rows[1]["main"]) == ("4", "4", "no")


def test_incidents_matched_across_reports_are_one_row(
    marked: tuple[list[ReportAnalysis], Store],
) -> None:
    analyses, store = marked
    shared = SharedIncident("x1", "2018-08-14", "westminster", ("a", "b"), {"a": "i0", "b": "i0"})
    pair = FactPair(
        "casualties.injured",
        "x1",
        "conflict",
        PairSide("a", 3, "three", 0, 5),
        PairSide("b", 2, "Two", 0, 3),
    )
    revised = FactPair(
        "incident.time",
        "x1",
        "revised",
        PairSide("a", "07:30", "7.30am", 0, 5),
        PairSide("b", "07:37", "07:37", 0, 5),
    )
    moment = FactPair(
        "timeline",
        "x1",
        "conflict",
        PairSide("a", "2018-08-14T07:30", "7.30am", 0, 5),
        PairSide("b", "2018-08-14T08:30", "8.30am", 0, 5),
    )
    comparison = Comparison(incidents=(shared,), pairs=(pair, revised, moment))
    rows = read_incidents(to_incidents_csv(attach_marks(analyses, store), comparison))
    assert "timeline" not in rows[0]["disputed"]  # a list of fact kinds: moments are none
    assert [r["incident"] for r in rows] == ["x1", "a/i1"]
    x1 = rows[0]
    assert (x1["injured_min"], x1["injured_max"], x1["sources"], x1["n_sources"]) == (
        "2",
        "3",
        "a;b",
        "2",
    )
    assert "casualties.injured" in x1["disputed"].split(";") and x1["revised"] == "incident.time"


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError):
        render("xml", [], None)


def test_a_speed_cell_carries_its_unit() -> None:
    from incident_reader.core.export_incidents import speed_cell

    assert (speed_cell("40"), speed_cell("30km/h"), speed_cell("")) == ("40mph", "30km/h", "")


ESCOOTER = (
    Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "report-pairs"
    / "ormsworth-escooter-hit-and-run"
)  # fmt: skip


@pytest.mark.skipif(not ESCOOTER.is_dir(), reason="report-pairs data not present")
def test_markdown_facts_stand_under_their_own_incident_and_date() -> None:
    from incident_reader.core.analysis import analyse_corpus
    from incident_reader.core.loading import load_corpus

    md = render("md", analyse_corpus(load_corpus([ESCOOTER])), None)
    facts = md.split("\n# Facts by report\n", 1)[1]
    assert "(inferred)" in facts  # an undated report's date is told as a guess
    report = facts.split("\n## ")[2]  # the police appeal, which recalls a crash of 2021
    main, earlier = report.split("\n### Earlier incident: 2021\n")
    assert "2021" not in main and "seriously injured" in earlier
