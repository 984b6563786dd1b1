"""One story across its stages and outlets: clocks in other zones, anniversaries that name other
people, verdicts that recall the attack, report ids a scorer can strip. Sentences are invented."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incident_reader.core.align import compare
from incident_reader.core.align.values import compare_clock
from incident_reader.core.align.wording import compare_places
from incident_reader.core.align.zones import place_zone, to_local, zone_of
from incident_reader.core.loading import load_corpus
from incident_reader.core.model import Comparison, FactValue, ReportAnalysis
from tests.unit.test_align_build import Told, build


def _statuses(comparison: Comparison, kind: str) -> list[str]:
    return [p.status for p in comparison.pairs if p.kind == kind]


# (the clock's words, the words right after them, the zone read: hours, a region, or None)
ZONE_TABLE = [
    ("shortly after 09:10 GMT", "", timedelta(0)),
    ("at 4.15am AEDT", "", timedelta(hours=11)),
    ("at 16:20", " (CEST) on", timedelta(hours=2)),
    ("at 3pm", " ET, police", "America/New_York"),
    ("at 21:00", " GMT+3 on", timedelta(hours=3)),
    ("at 7.35pm local time", " (1835 GMT)", None),  # the clock is local, the bracket its GMT
    ("at 6.10pm Lisbon time", " (1710 GMT)", None),
    ("at 7.35pm", " and at 1835 GMT", None),  # a zone not right after the clock is another's
    ("at about 10pm", " on Sunday", None),
    ("at 5pm", " IST", None),  # India or Ireland: left as told
]


@pytest.mark.parametrize(("words", "after", "zone"), ZONE_TABLE)
def test_the_zone_a_clock_names(words: str, after: str, zone: object) -> None:
    assert zone_of(words, after) == zone


# (clock, its zone, the place's zone key, the incident's day, the local clock)
LOCAL_TABLE = [
    ("13:00", timedelta(0), "Europe/Oslo", "2023-07-14", "15:00"),  # summer time
    ("13:00", timedelta(0), "Europe/Oslo", "2023-01-14", "14:00"),
    ("04:15", timedelta(hours=11), "Europe/London", "2023-03-15", "17:15"),  # the day before
    ("15:00", "America/New_York", "America/Chicago", "2023-06-02", "14:00"),
    ("13:00", timedelta(0), None, "2023-07-14", "13:00 UTC+00:00"),  # no zone: kept as told
]


@pytest.mark.parametrize(("clock", "zone", "local", "day", "expected"), LOCAL_TABLE)
def test_a_zoned_clock_in_local_time(
    clock: str, zone: timedelta | str, local: str | None, day: str, expected: str
) -> None:
    assert to_local(clock, zone, local, day) == expected


@pytest.mark.parametrize(
    ("places", "texts", "zone"),
    [
        (["kungsgatan, gothenburg, sweden"], [], "Europe/Stockholm"),
        (["the harbour bridge"], ["Crowds in Sydney watched the ferry burn."], "Australia/Sydney"),
        (["a market square"], ["The Polish capital, Warsaw, mourned."], "Europe/Warsaw"),
        (["market square, poland"], [], "Europe/Warsaw"),
        (["a riverside path"], ["In South Korea the crush began at 10pm."], "Asia/Seoul"),
        (["a quay in oslo"], ["London and Paris sent condolences to Oslo."], "Europe/Oslo"),
        (["an estate in lancashire"], ["It was at Easter."], None),
    ],
)  # fmt: skip
def test_the_zone_of_a_place(places: list[str], texts: list[str], zone: str | None) -> None:
    assert place_zone(places, texts) == zone


@given(
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    shift=st.integers(-11, 12),
    drift=st.integers(-20, 20),
)
def test_a_clock_of_an_unknown_zone_agrees_with_any_whole_hour_offset(
    hour: int, minute: int, shift: int, drift: int
) -> None:
    local = ((hour + shift) * 60 + minute + drift) % 1440
    status = compare_clock(
        f"{hour:02d}:{minute:02d} UTC+00:00", f"{local // 60:02d}:{local % 60:02d}"
    )
    assert status == ("compatible" if abs(drift) < 10 else "conflict")


def _clock_report(rid: str, text: str, quote: str, value: str, date: str) -> ReportAnalysis:
    told = Told(
        "i0", text.split(".")[0], date, "dock road, oslo", main=True,
        facts=[("incident.time", quote, value)],
    )  # fmt: skip
    return build(rid, text, [told], dct=date)


@pytest.mark.parametrize(
    ("wire", "value", "local", "local_value", "day", "status"),
    [
        ("shortly before 13:00 GMT", "13:00", "at 2.55pm", "14:55", "2023-07-14", "compatible"),
        ("shortly before 13:00 GMT", "13:00", "at 2.55pm", "14:55", "2023-01-14", "conflict"),
        ("at 13:00 GMT", "13:00", "at 3pm", "15:00", "2023-07-14", "match"),
        ("at 7.35pm local time", "19:35", "at 7.38pm", "19:38", "2023-07-14", "compatible"),
    ],
)  # fmt: skip
def test_a_wire_clock_in_gmt_against_the_local_paper(
    wire: str, value: str, local: str, local_value: str, day: str, status: str
) -> None:
    a = _clock_report(
        "wire", f"A crane fell on Dock Road in Oslo {wire}, officials said.", wire, value, day
    )
    b = _clock_report(
        "local", f"A crane fell on Dock Road in Oslo {local}, crushing two cars.", local,
        local_value, day,
    )  # fmt: skip
    assert _statuses(compare([a, b]), "incident.time") == [status]


STREET = "A lorry drove into the crowd on Vennel Street in Marrowgate, killing six people."
WITNESSES = " Witnesses named the driver as Colm Ardagh; Inspector Ruth Banner led the search."


def test_an_anniversary_naming_other_people_joins_the_attack_of_its_street() -> None:
    first = build(
        "first",
        STREET + WITNESSES,
        [Told("i0", STREET, "2023-05-06", "vennel street, marrowgate", main=True,
              facts=[("casualties.killed", "killing six people", 6)])],
        dct="2023-05-06",
    )  # fmt: skip
    text = (
        "Marrowgate remembers. The Mayor, Dana Oyelaran, and Bishop Tomas Wren laid wreaths a "
        "year after the lorry attack. Families gathered on Vennel Street, where the lorry killed "
        "seven people."
    )
    anniversary = build(
        "anniversary",
        text,
        [Told("i0", text[:80], None, "vennel street", main=True,
              facts=[("casualties.killed", "killed seven people", 7)])],
    )  # fmt: skip
    comparison = compare([first, anniversary])
    assert [i.articles for i in comparison.incidents] == [("first", "anniversary")]
    assert _statuses(comparison, "casualties.killed") == ["conflict"]


def test_tellings_naming_other_people_and_other_streets_stay_two_stories() -> None:
    a = build(
        "a",
        STREET + WITNESSES,
        [Told("i0", STREET, None, "vennel street, marrowgate", main=True)],
    )  # fmt: skip
    text = "A boat capsized off Pellow Quay. The skipper, Ines Marr, and Idris Kaye were rescued."
    b = build("b", text, [Told("i0", text[:30], None, "pellow quay", main=True)])
    assert len(compare([a, b]).incidents) == 2


VERDICT = (
    "Jury convicts van driver over Grimsworth terminal attack. Pell Haskins, 41, who drove a van "
    "into the queue at the Sallow Quay ferry terminal in Grimsworth, was convicted on Monday. "
    "The 2023 attack killed five people."
)


def _verdict(recalled_date: str) -> ReportAnalysis:
    """A verdict two years on: its own event dated by the text, the attack it recalls apart."""
    return build(
        "verdict",
        VERDICT,
        [
            Told("i0", "Pell Haskins, 41, who drove a van into the queue at the Sallow Quay ferry "
                 "terminal in Grimsworth, was convicted on Monday", "2025-02-10", main=True,
                 facts=[("suspect.name", "Pell Haskins", "Pell Haskins")]),
            Told("i1", "The 2023 attack killed five people", recalled_date,
                 facts=[("casualties.killed", "killed five people", 5)]),
        ],
        dct="2025-02-13",
    )  # fmt: skip


def _first_day(rid: str) -> ReportAnalysis:
    text = (
        "A van was driven into the queue at the Sallow Quay ferry terminal in Grimsworth on "
        "Saturday, killing five people. Police named the driver as Pell Haskins."
    )
    return build(
        rid,
        text,
        [Told("i0", text[:100], "2023-09-02", "sallow quay terminal, grimsworth", main=True,
              facts=[("casualties.killed", "killing five people", 5),
                     ("suspect.name", "Pell Haskins", "Pell Haskins")])],
        dct="2023-09-03",
    )  # fmt: skip


def test_a_verdict_recalling_the_attack_pairs_its_toll_with_the_attack() -> None:
    comparison = compare([_first_day("a"), _first_day("b"), _verdict("2023")])
    assert [i.articles for i in comparison.incidents] == [("a", "b", "verdict")]
    killed = [p for p in comparison.pairs if p.kind == "casualties.killed"]
    assert {(p.a.article, p.b.article, p.status) for p in killed} == {
        ("a", "b", "match"), ("a", "verdict", "match"), ("b", "verdict", "match")
    }  # fmt: skip


def test_a_verdict_recalling_another_year_keeps_that_incident_apart() -> None:
    comparison = compare([_first_day("a"), _first_day("b"), _verdict("2019")])
    assert [i.articles for i in comparison.incidents] == [("a", "b", "verdict"), ("verdict",)]
    killed = [p for p in comparison.pairs if p.kind == "casualties.killed"]
    assert {(p.a.article, p.b.article) for p in killed} == {("a", "b")}


@pytest.mark.parametrize(
    ("names", "ids"),
    [
        (["paper-1.2345.txt", "other.txt"], ["other", "paper-1.2345.txt"]),
        (["v2.final.md", "v2.txt"], ["v2", "v2.final.md"]),
    ],
)
def test_a_report_id_keeps_its_suffix_when_its_stem_holds_a_dot(
    tmp_path: Path, names: list[str], ids: list[str]
) -> None:
    for name in names:
        (tmp_path / name).write_text("A bus overturned on the ring road.\n", encoding="utf-8")
    corpus = load_corpus([tmp_path])
    assert sorted(r.id for r in corpus.reports) == ids
    assert {Path(r.id).stem for r in corpus.reports} == {Path(n).stem for n in names}


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        ("tollgate junction", "mercer road", "compatible"),  # a junction lies on its roads
        ("mercer road, ashby", "tollgate roundabout", "compatible"),
        ("mercer road", "fenwick street", "conflict"),
        ("tollgate roundabout", "kiln roundabout", "conflict"),
        ("tollgate junction, ashby", "tollgate station", "compatible"),
    ],
)
def test_a_point_where_streets_meet_against_a_street(a: str, b: str, status: str) -> None:
    assert compare_places(a, b) == status
    assert compare_places(b, a) == status


def test_an_anniversary_told_from_another_square_still_names_the_street() -> None:
    first = build(
        "first",
        STREET + WITNESSES,
        [Told("i0", STREET, "2023-05-06", "marrowgate", main=True)],
        dct="2023-05-06",
    )
    text = (
        "Marrowgate remembers. The Mayor, Dana Oyelaran, and Bishop Tomas Wren spoke in Corve "
        "Square a year after the lorry attack. Flowers were laid on Vennel Street, where the "
        "lorry killed seven people."
    )
    anniversary = build(
        "anniversary",
        text,
        [Told("i0", text[:80], None, "corve square", main=True,
              facts=[("incident.place", "on Vennel Street", "vennel street"),
                     ("incident.place", "in Corve Square", "corve square")])],
    )  # fmt: skip
    assert [i.articles for i in compare([first, anniversary]).incidents] == [
        ("first", "anniversary")
    ]


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        ("west bank highway", "westbank highway", "compatible"),  # one name, two spellings
        ("west bank highway", "riverside cycle path", "compatible"),  # a path beside the road
        ("west bank highway bike path", "riverside cycle path", "conflict"),  # two paths
        ("west bank highway", "kelso highway", "conflict"),
    ],
)
def test_ways_in_other_spellings_and_paths_beside_roads(a: str, b: str, status: str) -> None:
    assert compare_places(a, b) == status
    assert compare_places(b, a) == status


def _dated(rid: str, text: str, quote: str, value: str, dct: str) -> ReportAnalysis:
    told = Told(
        "i0", text.split(".")[0], value, "foundry lane, ebbsworth", main=True,
        facts=[("incident.date", quote, value)],
    )  # fmt: skip
    return build(rid, text, [told], dct=dct)


@pytest.mark.parametrize(
    ("later", "status"),
    [
        ("2025-03-11", None),  # a memorial a year on dates its own event: not a contradiction
        ("2024-03-14", "conflict"),  # three days off is a date the reports dispute
    ],
)
def test_a_later_events_date_is_not_the_storys(later: str, status: str | None) -> None:
    text = "A gas blast destroyed a bakery on Foundry Lane in Ebbsworth on 11 March."
    a = _dated("a", text, "on 11 March", "2024-03-11", "2024-03-12")
    b = _dated(
        "b", text.replace("on 11 March", "on Monday"), "on Monday", "2024-03-11", "2024-03-12"
    )
    memorial = (
        "Ebbsworth fell silent on Tuesday for the victims of the Foundry Lane bakery blast, a "
        "year after the gas explosion destroyed the bakery in Ebbsworth."
    )
    c = _dated("c", memorial, "on Tuesday", later, "2025-03-11")
    comparison = compare([a, b, c])
    assert len(comparison.incidents) == 1
    dates = {
        (p.a.article, p.b.article): p.status for p in comparison.pairs if p.kind == "incident.date"
    }
    assert dates.get(("a", "b")) == "match"
    assert dates.get(("a", "c")) == status and dates.get(("b", "c")) == status
    if status is None:
        assert [o.value for o in comparison.only if o.kind == "incident.date"] == [later]


COUNT_VALUES = st.one_of(
    st.integers(3, 7),
    st.builds(lambda lo: {"min": lo, "max": None}, st.integers(2, 6)),
    st.builds(lambda lo, w: {"min": lo, "max": lo + w}, st.integers(1, 6), st.integers(0, 3)),
)


def _brute_anchor(
    articles: list[str],
    agrees: Callable[[str, str], bool],
    strength: Callable[[str], tuple[bool, int, float, int]],
) -> str:
    """The summary's anchor as first written: consistency checked over every three reports."""

    def consistent(anchor: str) -> bool:
        told = [a for a in articles if agrees(anchor, a)]
        return all(agrees(p, q) for n, p in enumerate(told) for q in told[n + 1 :])

    return max(articles, key=lambda a: (consistent(a), *strength(a)))


@given(values=st.lists(COUNT_VALUES, min_size=2, max_size=7))
def test_the_fact_summary_by_value_classes_is_the_summary_over_every_report(
    values: list[FactValue],
) -> None:
    from itertools import combinations

    from incident_reader.core.align.pairing import compare_values
    from incident_reader.core.align.stages import Stages
    from incident_reader.core.align.summary import summarise
    from incident_reader.core.model import FactPair, PairSide

    articles = [f"r{n}" for n in range(len(values))]
    analyses = [build(a, "Text.", [], dct="2025-01-01") for a in articles]
    stages = Stages(analyses)
    finals = list(zip(articles, values, strict=True))
    pairs = [
        FactPair("casualties.killed", "I1", compare_values("casualties.killed", va, vb),
                 PairSide(a, va, "", 0, 0), PairSide(b, vb, "", 0, 0))
        for (a, va), (b, vb) in combinations(finals, 2)
    ]  # fmt: skip
    summary = summarise("casualties.killed", "I1", finals, pairs, stages)
    status = {frozenset((p.a.article, p.b.article)): p.status for p in pairs}

    def agrees(x: str, y: str) -> bool:
        return x == y or status.get(frozenset((x, y))) in ("match", "compatible")

    rank = {art: n for n, art in enumerate(sorted(articles, key=stages.sort_key))}

    def strength(art: str) -> tuple[bool, int, float, int]:
        return (True, sum(agrees(art, o) for o in articles), 0.0, rank[art])

    anchor = _brute_anchor(articles, agrees, strength)
    assert summary.agreeing == tuple(a for a in articles if agrees(anchor, a))


STORIES = [  # (telling, date, place): invented incidents of other days, places and kinds
    ("A ferry caught fire off Pellow Quay in Tarrow, and {n} passengers were hurt.",
     "2024-02-03", "pellow quay, tarrow"),
    ("A crane fell onto Marl Street in Dunhaven, and {n} workers were hurt.",
     "2024-05-19", "marl street, dunhaven"),
    ("A gas blast tore through the Kettle Market in Osbury, and {n} shoppers were hurt.",
     "2023-11-08", "kettle market, osbury"),
]  # fmt: skip


@given(told=st.lists(st.tuples(st.integers(0, 2), st.integers(2, 9)), min_size=2, max_size=9))
def test_nothing_is_paired_across_incidents(told: list[tuple[int, int]]) -> None:
    analyses = []
    for k, (story, hurt) in enumerate(told):
        telling, day, place = STORIES[story]
        text = telling.format(n=hurt)
        quote = f"{hurt} "
        facts: list[tuple[str, str, FactValue]] = [
            ("casualties.injured", quote.strip(), hurt),
            ("incident.place", text[2:20], place),
        ]
        analyses.append(
            build(f"r{k}", text, [Told("i0", text, day, place, main=True, facts=facts)], dct=day)
        )
    comparison = compare(analyses)
    story_of = {f"r{k}": story for k, (story, _) in enumerate(told)}
    members = {s.id: s.members for s in comparison.incidents}
    for p in comparison.pairs:
        assert story_of[p.a.article] == story_of[p.b.article]
        assert p.a.article in members[p.incident] and p.b.article in members[p.incident]
    assert len(comparison.incidents) == len(set(story_of.values()))


def _borrowing(rid: str, text: str, day: str, dct: str, own: bool) -> ReportAnalysis:
    """A first-day report read with a DCT of its own, or one the loader lent it from the folder."""
    from dataclasses import replace

    from incident_reader.core.model import DctSource

    told = Told(
        "i0", text.split(".")[0], day, "ash row, kelby", main=True,
        facts=[("incident.date", "on Friday", day), ("casualties.killed", "killed four", 4)],
    )  # fmt: skip
    built = build(rid, text, [told], dct=dct)
    if own:
        return built
    report = replace(built.report, dct=None, date_hint=dct)
    return replace(built, report=report, dct_source=DctSource.INFERRED)


@pytest.mark.parametrize(("own", "dated_pairs"), [(False, []), (True, ["conflict"])])
def test_a_dct_lent_by_another_report_neither_dates_nor_splits_the_story(
    own: bool, dated_pairs: list[str]
) -> None:
    court = (
        "A bus driver was jailed on Thursday for the crash on Ash Row in Kelby on 5 April 2024 "
        "that killed four people."
    )
    verdict = build(
        "court",
        court,
        [Told("i0", court.split(" that")[0], "2024-04-05", "ash row, kelby", main=True,
              facts=[("incident.date", "on 5 April 2024", "2024-04-05"),
                     ("casualties.killed", "killed four", 4)])],
        dct="2025-06-07",
    )  # fmt: skip
    first = "A bus crashed into a shelter on Ash Row in Kelby on Friday and killed four people."
    a = _borrowing("first", first, "2025-06-06", "2025-06-07", own)
    comparison = compare([verdict, a])
    assert [i.articles for i in comparison.incidents] == [("court", "first")]
    assert [p.status for p in comparison.pairs if p.kind == "incident.date"] == dated_pairs
    assert [p.status for p in comparison.pairs if p.kind == "casualties.killed"] == ["match"]


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        ("pickup", "rental truck", "compatible"),  # a US "truck" may be a pickup
        ("flatbed lorry", "truck", "compatible"),
        ("pickup truck", "box van", "compatible"),
        ("minibus", "school bus", "compatible"),
        ("box van", "articulated lorry", "conflict"),
        ("estate car", "box van", "conflict"),
        ("double-decker bus", "tipper lorry", "conflict"),
    ],
)
def test_a_broad_vehicle_word_agrees_with_the_narrower_ones_it_covers(
    a: str, b: str, status: str
) -> None:
    from incident_reader.core.align.wording import compare_vehicles

    assert compare_vehicles(a, b) == status
    assert compare_vehicles(b, a) == status


@pytest.mark.parametrize(
    ("told", "value", "other", "status"),
    [
        ("injured nearly 200 others", 200, 195, "compatible"),
        ("almost 60 people were hurt", 60, 58, "compatible"),
        ("almost 60 people were hurt", 60, 61, "conflict"),  # "almost 60" is under 60
        ("nearly 200 were injured", 200, 150, "conflict"),
        ("200 were injured", 200, 195, "conflict"),  # an exact figure stays exact
        ("close to 1,000 were hurt", 1000, 950, "compatible"),
        # "around 50" is within a tenth either side
        ("around 50 others were injured", 50, 48, "compatible"),
        ("about 50 people were hurt", 50, 54, "compatible"),
        ("roughly 50 people were hurt", 50, 60, "conflict"),
        ("some 5 people were hurt", 5, 6, "compatible"),
        ("about 5 people were hurt", 5, 7, "conflict"),
    ],
)
def test_a_figure_told_as_nearly_or_about_n_is_a_range(
    told: str, value: int, other: int, status: str
) -> None:
    text = f"A stand collapsed at the Orme Road ground in Castlebury; {told}."
    b_text = f"A stand collapsed at the Orme Road ground in Castlebury; {other} were injured."
    a = build(
        "a",
        text,
        [
            Told(
                "i0",
                text[:60],
                "2024-08-03",
                "orme road, castlebury",
                main=True,
                facts=[("casualties.injured", told, value)],
            )
        ],
        dct="2024-08-03",
    )
    b = build("b", b_text, [Told("i0", b_text[:60], "2024-08-03", "orme road, castlebury",
                                 main=True, facts=[("casualties.injured", f"{other} were injured",
                                                    other)])], dct="2024-08-03")  # fmt: skip
    assert _statuses(compare([a, b]), "casualties.injured") == [status]
