"""One incident across every stage of a story: court reports, anniversaries, undated reports;
other incidents in the same town stay apart; candidates come from an index, not all pairs."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from incident_reader.core.align import compare
from incident_reader.core.align.incidents import affinity, candidate_pairs
from incident_reader.core.align.telling import (
    IncidentView,
    Vocabulary,
    incident_views,
    name_stems,
    with_masks,
)
from incident_reader.core.model import ReportAnalysis
from tests.unit.test_align_build import Told, build

FIRST = (
    "A car mounted the pavement on Tolley Street in Brackwater on Saturday morning, hitting "
    "shoppers outside the Lammas Fair. Witnesses said the silver Ford Fiesta was driven at speed."
)
COURT = (
    "Dorian Vesk was jailed for twelve years on Friday for driving a car into shoppers on "
    "Tolley Street in Brackwater outside the Lammas Fair, a court in Ilford heard."
)
ANNIVERSARY = (
    "Brackwater remembered the victims of the Tolley Street attack outside the Lammas Fair "
    "a year on, laying flowers where the car mounted the pavement among shoppers."
)
UNDATED = "Shoppers at the Lammas Fair on Tolley Street in Brackwater ran as a car hit them."
OTHER = (
    "A van struck a cyclist on Tolley Street in Brackwater this afternoon, and the driver of "
    "the black Toyota van stopped at the scene."
)
ELSEWHERE = (
    "Fire crews from Harnwick fought a blaze at the Quillon Mill warehouse in Dunmere overnight, "
    "Marla Oystan of the brigade said."
)


def _one(rid: str, text: str, date: str | None, dct: str | None, **told: object) -> ReportAnalysis:
    return build(rid, text, [Told("i0", text.split(".")[0], date, main=True, **told)], dct=dct)  # type: ignore[arg-type]


def _views(analyses: list[ReportAnalysis]) -> list[IncidentView]:
    vocabulary = Vocabulary()
    return [with_masks(v, vocabulary) for o, a in enumerate(analyses) for v in incident_views(a, o)]


def _groups(*reports: ReportAnalysis) -> list[tuple[str, ...]]:
    return sorted(i.articles for i in compare(list(reports)).incidents)


def _first() -> ReportAnalysis:
    facts = [
        ("vehicle", "silver Ford Fiesta", "silver ford fiesta"),
        ("suspect.name", "Witnesses", "dorian vesk"),
    ]
    return _one("first", FIRST, "2025-05-03", "2025-05-03", facts=facts)


def test_a_court_report_dated_by_its_own_day_joins_through_the_suspect() -> None:
    court = _one(
        "court", COURT, "2026-04-17", "2026-04-17", facts=[("suspect.name", "Dorian Vesk", "vesk")]
    )
    assert _groups(_first(), court) == [("first", "court")]


def test_an_anniversary_dated_by_its_own_day_joins_through_place_and_names() -> None:
    later = _one("later", ANNIVERSARY, "2026-05-03", "2026-05-03")
    assert _groups(_first(), later) == [("first", "later")]


def test_an_undated_report_joins_through_its_place_and_names() -> None:
    assert _groups(_first(), _one("undated", UNDATED, None, None)) == [("first", "undated")]


def test_another_incident_in_the_same_street_a_year_on_stays_apart() -> None:
    other = _one(
        "other", OTHER, "2026-06-10", "2026-06-10",
        facts=[("vehicle", "black Toyota van", "black toyota van"),
               ("incident.time", "this afternoon", "14:20")],
    )  # fmt: skip
    first = _first()
    first = build(
        "first", FIRST,
        [Told("i0", FIRST.split(".")[0], "2025-05-03", main=True,
              facts=[("vehicle", "silver Ford Fiesta", "silver ford fiesta"),
                     ("incident.time", "Saturday morning", "07:40")])],
        dct="2025-05-03",
    )  # fmt: skip
    assert _groups(first, other) == [("first",), ("other",)]


def test_a_later_report_that_recalls_the_incident_is_about_another() -> None:
    text = ANNIVERSARY + " Last year's attack on Tolley Street shocked Brackwater."
    later = build(
        "later",
        text,
        [
            Told("i0", ANNIVERSARY.split(",")[0], "2026-05-03", main=True),
            Told("b1", "Last year's attack on Tolley Street shocked Brackwater", "2025-05-03"),
        ],
        dct="2026-06-01",
    )
    shared = compare([_first(), later]).incidents
    assert {i.members.get("later") for i in shared if "first" in i.articles} == {"b1"}


def test_two_stories_of_one_day_that_name_nothing_in_common_stay_apart() -> None:
    elsewhere = _one("elsewhere", ELSEWHERE, "2025-05-03", "2025-05-03")
    assert _groups(_first(), elsewhere) == [("elsewhere",), ("first",)]


def test_two_outlets_quoting_other_officials_in_an_accented_town_are_one_incident() -> None:
    """Each outlet quotes its own spokesman; only the town's name, spelt with accents, is shared.
    Before, "Wrocanów" was no name (an ASCII capital pattern), so the two were strangers."""
    wire = _one(
        "wire",
        "Three passengers died when a coach caught fire on the ring road near Wrocanów on "
        "Saturday, Inspector Marta Olszyk of the provincial police said.",
        "2026-11-14", "2026-11-15", place="ring road",
    )  # fmt: skip
    live = _one(
        "live",
        "Crews are at a coach fire on the ring road near Wrocanów, in the eastbound lanes; "
        "brigade spokesman Tomasz Wilk says three people have died.",
        "2026-11-14", "2026-11-14", place="wrocanów",
    )  # fmt: skip
    assert _groups(wire, live) == [("wire", "live")]


ONE_DAY_TEXTS = (
    (
        "Four workers were killed when a kiln chimney fell at a brickfield on the Dhanbari "
        "road on Tuesday morning, Inspector Rafiqul Alam of the district police said.",
        "Four workers were killed",
    ),
    (
        "A chimney collapsed at a brickfield outside Kalinagar on Tuesday morning, killing four "
        "workers, according to fire officer Shahidul Kabir and the upazila chairman Mizan Haque.",
        "killing four workers",
    ),
)


def test_outlets_of_one_day_and_toll_told_alike_are_one_incident_though_they_name_others() -> None:
    """Each outlet quotes its own officials and names the place at another grain (a road, a
    village); one day, one toll and a telling alike make them one incident, not strangers."""
    (text_a, toll_a), (text_b, toll_b) = ONE_DAY_TEXTS
    a = _one("a", text_a, "2026-01-20", "2026-01-20", place="dhanbari road",
             facts=[("casualties.killed", toll_a, 4)])  # fmt: skip
    b = _one("b", text_b, "2026-01-20", "2026-01-21", place="kalinagar",
             facts=[("casualties.killed", toll_b, 4)])  # fmt: skip
    assert _groups(a, b) == [("a", "b")]
    two = [("casualties.killed", "killing two workers", 2)]
    other = _one("b", text_b.replace("four", "two"), "2026-01-20", "2026-01-21",
                 place="kalinagar", facts=two)  # fmt: skip
    assert _groups(a, other) == [("a",), ("b",)]  # another toll: two stories of one day


def _crash(rid: str, town: str, day: str, clock: str, dct: str, toll: int) -> ReportAnalysis:
    text = (
        f"A lorry hit a bus shelter on Wexley Street in {town} at {clock} on {day}, killing "
        f"{toll} people, police said."
    )
    facts = [("casualties.killed", f"killing {toll} people", toll),
             ("incident.time", clock, clock)]  # fmt: skip
    return _one(rid, text, dct, dct, place=f"wexley street, {town.lower()}", facts=facts)


def test_one_street_name_in_two_towns_is_two_places() -> None:
    """Wexley Street in Ravensholm and Wexley Street in Kelby: many towns have the street;
    neither report names the other's town, so two incidents, not one full of conflicts."""
    a = _crash("a", "Ravensholm", "Monday", "08:15", "2025-04-07", 2)
    b = _crash("b", "Kelby", "Monday", "17:40", "2025-04-07", 2)
    assert _groups(a, b) == [("a",), ("b",)]


def test_a_town_one_report_names_as_the_other_s_is_no_sign_apart() -> None:
    """One report places it in the district, the other in the city, and names the district too."""
    a = _one("a", "A lorry hit a bus shelter on Market Street in Kelby on Monday, killing two.",
             "2025-04-07", "2025-04-07", place="market street, kelby")  # fmt: skip
    b = _one("b", "Two died when a lorry hit a bus shelter on Market Street, Kelby, in Dunmore "
             "on Monday.", "2025-04-07", "2025-04-07", place="market street, dunmore")  # fmt: skip
    assert _groups(a, b) == [("a", "b")]


NAME_TABLE = [
    ("Police said Dorian Vesk drove across Tolley Bridge.", {"dorian", "vesk", "tolley"}),
    ("Officers from the Met Police said the County Court would sit on Monday.", {"met"}),
    ("Shoppers Ran As Car Hit Crowd In Brackwater\nIt happened in Brackwater.", {"brackwater"}),
    ("Witnesses ran. Nobody was hurt.", set()),
    # accents and letters without a combining mark fold, so outlets' spellings meet
    (
        "A bus burned near Wrocanów and Kępnica, said Łucja Ząbek.",
        {"wrocanow", "kepnica", "lucja", "zabek"},
    ),
    ("Crowds fled in Đông Hải as Søren Ærø watched.", {"dong", "hai", "soren", "aero"}),
]


@pytest.mark.parametrize(("text", "names"), NAME_TABLE)
def test_names_in_a_telling(text: str, names: set[str]) -> None:
    from incident_reader.core.align.telling import stem

    assert name_stems(text) == {stem(n) for n in names}


def _word(n: int) -> str:
    """An invented name for number ``n`` (base 20, a syllable a digit): "Bacada"."""
    letters = ""
    n += 20 * 20
    while n:
        n, digit = divmod(n, 20)
        letters += "bcdfghjklmnpqrstvwxz"[digit] + "a"
    return letters.capitalize()


def test_thousands_of_reports_are_matched_through_the_index() -> None:
    stories = 600  # two reports of each, every story with its own town and street
    reports = []
    for n in range(stories):
        town, street = _word(2 * n), _word(2 * n + 1)
        for k in range(2):
            text = f"A car hit people on {street} Road in {town} and police closed {street} Road."
            reports.append(_one(f"s{n}r{k}", text, None, None))
    views = _views(reports)
    candidates = candidate_pairs(views)
    assert len(candidates) < 4 * len(views)  # all pairs would be 720,000
    start = time.perf_counter()
    groups = _groups(*reports)
    assert time.perf_counter() - start < 20
    assert len(groups) == stories and all(len(g) == 2 for g in groups)


REAL = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "real-reports"


@pytest.mark.skipif(not REAL.is_dir(), reason="real reports not present")
def test_the_index_finds_every_pair_that_can_join_in_real_reports() -> None:
    from incident_reader.core import analysis
    from incident_reader.core.loading import load_corpus

    folder = REAL / "westminster-bridge-attack-2017"
    analyses = analysis.analyse_corpus(load_corpus(sorted(str(p) for p in folder.glob("*.txt"))))
    views = _views(analyses)
    joinable = {
        (i, j)
        for i in range(len(views))
        for j in range(i + 1, len(views))
        if views[i].order != views[j].order and affinity(views[i], views[j]) is not None
    }
    assert joinable <= candidate_pairs(views)


def test_a_lone_later_stage_is_folded_into_the_story_it_recalls() -> None:
    text = ANNIVERSARY + " The attack on Tolley Street killed three people."
    later = build(
        "later",
        text,
        [
            Told("i0", ANNIVERSARY.split(",")[0], "2026-05-03", main=True),
            Told(
                "b1",
                "The attack on Tolley Street killed three people",
                "2025-05-03",
                facts=[("casualties.killed", "killed three people", 3)],
            ),
        ],  # fmt: skip
        dct="2026-05-03",
    )
    first = build(
        "first",
        FIRST + " Three people died.",
        [Told("i0", FIRST.split(".")[0], "2025-05-03", main=True,
              facts=[("casualties.killed", "Three people died", 3)])],
        dct="2025-05-03",
    )  # fmt: skip
    comparison = compare([first, later])
    assert [i.articles for i in comparison.incidents] == [("first", "later")]
    killed = [p for p in comparison.pairs if p.kind == "casualties.killed"]
    assert [(p.a.article, p.b.article, p.status) for p in killed] == [("first", "later", "match")]
