"""The codec turns every model record into plain JSON and back without losing anything."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incident_reader.core import codec, model
from incident_reader.core.analysis import analyse
from incident_reader.core.loading import load_corpus
from incident_reader.core.model import (
    Comparison,
    Corpus,
    DctSource,
    Fact,
    FactPair,
    Incident,
    InternalConflict,
    OnlyFact,
    PairSide,
    Report,
    ReportAnalysis,
    SharedIncident,
    Skipped,
    TextSpan,
    TimelineEntry,
    Timex,
    TimexType,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def via_json(data: dict[str, Any]) -> dict[str, Any]:
    """What the cache gives back: the dict after a trip through JSON text."""
    return json.loads(json.dumps(data, ensure_ascii=False))


def hand_built() -> ReportAnalysis:
    text = "On 7 October 2017 at 5.40pm a car hit 3 people — « Ünïcode » and\nnewlines."
    report = Report(
        id="r1",
        path=Path("/tmp/some dir/r1.md"),
        title="A title",
        text=text,
        dct="2017-10-07T17:40",
        dct_source=DctSource.FRONT_MATTER,
        sha1="a" * 40,
        format="markdown",
        source="The Wire",
        url="https://example.org/a?b=c",
    )
    t_date = Timex(3, 17, "7 October 2017", TimexType.DATE, "2017-10-07")
    t_time = Timex(21, 27, "5.40pm", "TIME", "2017-10-07T17:40", mod="APPROX")
    t_orphan = Timex(0, 2, "On", "DURATION", "PT1H", None)  # not in timexes: stored inline
    main = Incident("i0", True, "2017-10-07", "london", "car hits people", 0, len(text))
    other = Incident("i1", False)
    facts = (
        Fact("casualties.injured", 3, 38, 46, "3 people", "i0", said_by="police"),
        Fact("casualties.killed", {"min": 2, "max": None}, 38, 46, "some", "i1"),
        Fact("incident.time", "17:40", 21, 27, "5.40pm", "i0", None),
        Fact("casualties.injured", {"min": 1, "max": 4}, 38, 46, "3 people", "i0"),
    )
    return ReportAnalysis(
        report=report,
        dct="2017-10-07T17:40",
        dct_source=DctSource.USER,
        timexes=(t_date, t_time),
        timeline=(
            TimelineEntry(t_date, TextSpan(28, 46, "a car hit 3 people"), "i0"),
            TimelineEntry(t_time, None, None),
            TimelineEntry(t_orphan, None, "i1"),
        ),
        facts=facts,
        incidents=(main, other),
        internal_conflicts=(InternalConflict("casualties.injured", (0, 3)),),
    )


def hand_comparison() -> Comparison:
    a = PairSide("r1", 3, "3 people", 38, 46)
    b = PairSide("r2", {"min": 2, "max": 5}, "several", 10, 17)
    return Comparison(
        incidents=(
            SharedIncident("x0", "2017-10-07", None, ("r1", "r2"), {"r1": "i0", "r2": "i0"}),
        ),
        pairs=(
            FactPair("casualties.injured", "x0", model.PairStatus.COMPATIBLE, a, b),
            FactPair("timeline", "x0", "conflict", a, PairSide("r2", "17:45", "5.45pm", 1, 7)),
        ),
        only=(OnlyFact("r2", "vehicle", "x0", "silver ford", "silver Ford", 50, 61),),
        facts=(
            model.FactSummary(
                "x0",
                "casualties.injured",
                "agreed",
                3,
                ("r1", "r2"),
                (),
                (),
                (
                    model.FigureStep("r2", {"min": 2, "max": 5}, None, measure="seriously"),
                    model.FigureStep("r1", 3, "2017-10-07"),
                ),
            ),  # fmt: skip
        ),
    )


def test_hand_built_analysis_round_trips_through_json() -> None:
    original = hand_built()
    data = via_json(codec.analysis_to_dict(original))
    back = codec.analysis_from_dict(data)
    assert back == original
    assert back.report.path == original.report.path
    assert isinstance(back.report.path, Path)
    assert back.dct_source is DctSource.USER
    assert back.report.dct_source is DctSource.FRONT_MATTER
    assert back.facts[1].value == {"min": 2, "max": None}
    assert back.internal_conflicts[0].facts == (0, 3)
    assert isinstance(back.internal_conflicts[0].facts, tuple)


def test_timeline_timexes_are_shared_not_copied() -> None:
    original = hand_built()
    data = codec.analysis_to_dict(original)
    assert [e["timex"] for e in data["timeline"][:2]] == [0, 1]
    assert isinstance(data["timeline"][2]["timex"], list)
    back = codec.analysis_from_dict(via_json(data))
    assert back.timeline[0].timex is back.timexes[0]


def test_text_can_be_left_out_and_given_back() -> None:
    original = hand_built()
    data = via_json(codec.analysis_to_dict(original, include_text=False))
    assert "text" not in data["report"]
    assert original.report.text not in json.dumps(data, ensure_ascii=False)
    assert codec.analysis_from_dict(data, report=original.report) == original
    with pytest.raises(codec.CodecError, match="text missing"):
        codec.analysis_from_dict(data)


def test_a_cached_analysis_of_another_file_version_is_refused() -> None:
    original = hand_built()
    data = codec.analysis_to_dict(original, include_text=False)
    newer = dataclasses.replace(original.report, sha1="b" * 40)
    with pytest.raises(codec.CodecError, match="another version"):
        codec.analysis_from_dict(data, report=newer)


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.update(v=codec.CODEC_VERSION + 1),
        lambda d: d.pop("facts"),
        lambda d: d["timeline"][0].update(timex=99),
        lambda d: d.update(dct_source="sometime"),
        lambda d: d["facts"][0].update(value=[1, 2]),
        lambda d: d["timexes"][0].pop(),
    ],
)
def test_damaged_or_stale_entries_raise_codec_error(damage: Any) -> None:
    data = via_json(codec.analysis_to_dict(hand_built()))
    damage(data)
    with pytest.raises(codec.CodecError):
        codec.analysis_from_dict(data)


def test_comparison_round_trips_with_members() -> None:
    original = hand_comparison()
    back = codec.comparison_from_dict(via_json(codec.comparison_to_dict(original)))
    assert back == original
    assert back.incidents[0].members == {"r1": "i0", "r2": "i0"}
    assert back.incidents[0].articles == ("r1", "r2")


def test_corpus_round_trips() -> None:
    report = hand_built().report
    original = Corpus((report,), (Skipped(Path("/x/bad.txt"), "empty file"),), Path("/x"))
    assert codec.corpus_from_dict(via_json(codec.corpus_to_dict(original))) == original
    no_root = Corpus((report,))
    assert codec.corpus_from_dict(via_json(codec.corpus_to_dict(no_root))) == no_root


def test_real_analyses_of_the_seeds_round_trip() -> None:
    corpus = load_corpus([SEEDS])
    for report in corpus.reports:
        original = analyse(report)
        assert codec.analysis_from_dict(via_json(codec.analysis_to_dict(original))) == original
        slim = via_json(codec.analysis_to_dict(original, include_text=False))
        assert codec.analysis_from_dict(slim, report) == original


# Which encoder covers which record: a field added to the model must be added to the codec.
ENCODED_KEYS: dict[type, set[str]] = {
    Report: set(codec.report_to_dict(hand_built().report)),
    Fact: set(codec.fact_to_dict(hand_built().facts[0])),
    Incident: set(codec.incident_to_dict(hand_built().incidents[0])),
    TextSpan: set(codec.span_to_dict(TextSpan(0, 1, "x"))),
    PairSide: set(codec.side_to_dict(hand_comparison().pairs[0].a)),
    ReportAnalysis: set(codec.analysis_to_dict(hand_built())) - {"v"},
    FactPair: set(codec.comparison_to_dict(hand_comparison())["pairs"][0]),
    SharedIncident: set(codec.comparison_to_dict(hand_comparison())["incidents"][0]),
    OnlyFact: set(codec.comparison_to_dict(hand_comparison())["only"][0]),
    TimelineEntry: set(codec.analysis_to_dict(hand_built())["timeline"][0]),
    InternalConflict: set(codec.analysis_to_dict(hand_built())["internal_conflicts"][0]),
    Comparison: set(codec.comparison_to_dict(hand_comparison())) - {"v"},
    model.FactSummary: set(codec.comparison_to_dict(hand_comparison())["facts"][0]) - {"reports"},
    model.FigureStep: set(codec.comparison_to_dict(hand_comparison())["facts"][0]["history"][0]),
    Corpus: set(codec.corpus_to_dict(Corpus(()))) - {"v"},
}


@pytest.mark.parametrize("record", sorted(ENCODED_KEYS, key=str))
def test_every_model_field_is_encoded(record: type) -> None:
    fields = {f.name for f in dataclasses.fields(record)}
    assert fields == ENCODED_KEYS[record]


def test_timex_list_covers_every_field() -> None:
    assert len(codec.timex_to_list(hand_built().timexes[0])) == len(dataclasses.fields(Timex))


def test_every_model_dataclass_is_covered() -> None:
    records = {
        obj
        for obj in vars(model).values()
        if isinstance(obj, type) and dataclasses.is_dataclass(obj)
    }
    assert records - set(ENCODED_KEYS) == {Timex, Skipped}


def test_cache_key_carries_versions_and_user_dct() -> None:
    key = codec.dct_key(None)
    assert key.startswith(f"c{codec.CODEC_VERSION}-")
    assert codec.dct_key("2020-01-01") != key
    assert codec.dct_key("2020-01-01").endswith("|2020-01-01")
    assert len(codec.pipeline_fingerprint()) == 12


def test_cache_key_carries_a_dct_read_from_the_file_name(tmp_path: Path) -> None:
    """The same text saved under two dated names is two analyses: the name is not in the sha1."""
    body = "A bus overturned on Tuesday. Four people were hurt.\n"
    for name in ("wire-20190305.txt", "wire-20200305.txt", "wire.txt"):
        (tmp_path / name).write_text(body, encoding="utf-8")
    reports = load_corpus([tmp_path]).reports
    assert len({r.sha1 for r in reports}) == 1
    assert len({codec.report_key(r) for r in reports}) == 3
    plain = next(r for r in reports if r.path.name == "wire.txt")
    assert codec.report_key(plain) == codec.dct_key(None, plain.year_hint, plain.date_hint)


fact_values = st.one_of(
    st.integers(-(10**6), 10**6),
    st.text(max_size=8),
    st.fixed_dictionaries(
        {"min": st.integers(0, 100), "max": st.one_of(st.none(), st.integers(0, 100))}
    ),
)


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(max_size=40),
    values=st.lists(fact_values, max_size=4),
    mods=st.lists(st.one_of(st.none(), st.sampled_from(["APPROX", "START"])), max_size=3),
)
def test_generated_analyses_round_trip(
    text: str, values: list[model.FactValue], mods: list[str | None]
) -> None:
    report = dataclasses.replace(hand_built().report, text=text, title=text, source=None)
    timexes = tuple(Timex(n, n + 1, text[:1], "DATE", "XXXX", m) for n, m in enumerate(mods))
    original = ReportAnalysis(
        report=report,
        dct=None,
        dct_source=DctSource.NONE,
        timexes=timexes,
        timeline=tuple(TimelineEntry(t) for t in reversed(timexes)),
        facts=tuple(Fact("speed", v, 0, 0, text, "i0") for v in values),
    )
    assert codec.analysis_from_dict(via_json(codec.analysis_to_dict(original))) == original
