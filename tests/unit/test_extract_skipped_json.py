"""`extract --json` lists the files it could not read, as `compare --json` does: a script that
reads stdout alone (piped to jq) learnt nothing of a report left out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from incident_reader.cli import main


def test_extract_json_lists_the_files_it_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(" date 2021-05-06\nTwo people were hurt on Friday.\n")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 8)
    assert main(["extract", str(tmp_path), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [a["id"] for a in doc["articles"]] == ["a"]
    assert sorted(Path(s["path"]).name for s in doc["skipped"]) == ["blob.txt", "empty.txt"]
    assert all(s["reason"] for s in doc["skipped"])


def test_extract_json_of_a_clean_folder_has_an_empty_skipped_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("Two people were hurt on Friday.\n")
    assert main(["extract", str(tmp_path), "--json"]) == 0
    out = capsys.readouterr().out
    doc = json.loads(out)
    assert doc["skipped"] == []
    assert out == json.dumps(doc, ensure_ascii=False, indent=2) + "\n"  # json.dump's own layout
