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
    assert set(doc) == set(cli_compare.JSON_SECTIONS) and doc["incidents"]


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
