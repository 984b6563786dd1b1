"""Issue 14 item 12: `compare --json` streams its document, item by item, with the same text."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from incident_reader.cli import compare as cli_compare
from incident_reader.cli import main
from incident_reader.cli.common import write_json, write_json_sections
from incident_reader.core.model import Comparison

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_the_streamed_sections_are_the_comparison_document_keys() -> None:
    assert list(Comparison().to_json()) == list(cli_compare.JSON_SECTIONS)


@pytest.mark.parametrize(
    "doc",
    [
        {"a": [], "b": []},
        {"a": [{"x": 1, "t": "Zoë “quoted”"}], "b": [], "c": [[1, 2], {"n": None}]},
        {"only": [{"text": "C1 \x9b and DEL \x7f"}]},
    ],
)
def test_streamed_json_is_the_text_write_json_writes(doc: dict[str, list[object]]) -> None:
    whole, streamed = io.StringIO(), io.StringIO()
    write_json(doc, whole)
    write_json_sections(doc.items(), streamed)
    assert streamed.getvalue() == whole.getvalue()
    assert json.loads(streamed.getvalue()) == doc


def test_compare_json_on_the_seeds_is_one_document(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(SEEDS), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert set(doc) == {*cli_compare.JSON_SECTIONS, "skipped"} and doc["incidents"]


def test_items_are_written_as_they_come_not_after_the_last(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    written: list[str] = []

    class Out(io.StringIO):
        def write(self, s: str) -> int:
            written.append(s)
            return len(s)

    def items() -> object:
        yield {"n": 1}
        assert any('"n": 1' in w for w in written)  # the first item is out before the second
        yield {"n": 2}

    write_json_sections([("pairs", items())], Out())  # type: ignore[list-item]


def test_pairs_take_one_line_each_in_the_same_document() -> None:
    """Pairs grow with the square of a story's reports: one compact line each halves the output
    of a large folder and lets `grep` and `head` read it, and the document is unchanged."""
    doc: dict[str, list[object]] = {
        "incidents": [{"id": "I1"}],
        "pairs": [{"kind": "k", "a": {"v": 1}}, {"kind": "j"}],
    }
    lean, whole = io.StringIO(), io.StringIO()
    write_json_sections(doc.items(), lean, line_per_item={"pairs"})
    write_json_sections(doc.items(), whole)
    assert json.loads(lean.getvalue()) == doc
    lines = lean.getvalue().splitlines()
    assert '    {"kind": "k", "a": {"v": 1}},' in lines and '    {"kind": "j"}' in lines
    assert '    {\n      "id": "I1"\n    }' in lean.getvalue()  # other sections keep their indent
    assert len(lean.getvalue()) < len(whole.getvalue())


def test_compare_json_writes_a_pair_per_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(SEEDS), "--json"]) == 0
    out = capsys.readouterr().out
    pairs = json.loads(out)["pairs"]
    assert pairs
    assert sum(line.startswith('    {"kind": ') for line in out.splitlines()) == len(pairs)
