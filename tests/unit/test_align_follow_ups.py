"""Reports months after an incident (a later death, an inquiry) that tell it by its month and town
alone, naming nobody the first reports named, join the incident: their toll revises the first
days'. Reports are invented and run through the whole pipeline."""

from __future__ import annotations

from pathlib import Path

from incident_reader.core.align import compare
from incident_reader.core.analysis import analyse_corpus
from incident_reader.core.loading import load_corpus

STORY = {
    "a.txt": (
        "date 2025-03-12\nFour workers killed in Bracklow mill fire\n\n"
        "Four workers died when fire swept through the Hollin Mill in Bracklow on Tuesday "
        "morning. The blaze broke out at about 7.40am in the dyeing shed, the fire service said.\n"
    ),
    "b.txt": (
        "date 2025-03-13\nBracklow mill fire: victims named\n\n"
        "Police have named the four workers who died in Tuesday's fire at the Hollin Mill in "
        "Bracklow. Firefighters spent six hours bringing the blaze under control.\n"
    ),
    "c.txt": (
        "date 2025-09-02\nFifth victim of mill blaze dies\n\n"
        "A woman injured in the fire at a Bracklow textile mill in March has died in hospital, "
        "bringing the death toll to five. She had been treated for severe burns since the blaze.\n"
    ),
    "d.txt": (
        "date 2025-12-15\nInquiry finds fire doors were locked\n\n"
        "An inquiry into the March blaze that killed five workers at a mill in Bracklow has found "
        "that two fire exits were locked at the time. The report made 14 recommendations.\n"
    ),
}


def test_months_later_follow_ups_join_the_incident_and_revise_its_toll(tmp_path: Path) -> None:
    for name, text in STORY.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    comparison = compare(analyse_corpus(load_corpus([tmp_path])))
    assert [i.articles for i in comparison.incidents] == [("a", "b", "c", "d")]
    killed = {  # echoes carry their finals' label
        (p.a.article, p.b.article): p.status
        for p in comparison.pairs
        if p.kind == "casualties.killed"
    }
    assert killed[("a", "b")] == "match" and killed[("c", "d")] == "match"
    assert killed[("a", "c")] == killed[("b", "d")] == "revised"
