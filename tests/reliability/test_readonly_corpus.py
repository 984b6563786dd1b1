"""A corpus folder that cannot be written: marks go to the per-user data folder, the corpus is
untouched, and the header says where the marks live."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.helpers import copy_seeds, snapshot

MARK_AND_EXPORT = """
import contextlib, io, json, sys
from incident_reader.cli import main
from incident_reader.core.analysis import analyse_corpus
from incident_reader.core.loading import load_corpus
from incident_reader.core.store import Store

corpus = load_corpus([sys.argv[1]])
first = analyse_corpus(corpus)[0]
with Store.open(corpus.root, reviewer="ro") as store:
    store.set_status(first.report, first.timeline[0], "verified")
    where, note = str(store.path), store.location_note
out = io.StringIO()
with contextlib.redirect_stdout(out):
    code = main(["export", sys.argv[1], "--format", "json"])
doc = json.loads(out.getvalue())
verified = [e["text"] for a in doc["articles"] for e in a["timeline"] if e["status"] == "verified"]
print(json.dumps({"code": code, "where": where, "note": note, "verified": verified,
                  "first": first.timeline[0].timex.text}))
"""


def _read_only_command(corpus: Path) -> list[str]:
    """Run the probe where ``corpus`` cannot be written: chmod, or as root a read-only mount."""
    if os.geteuid() != 0:
        corpus.chmod(0o555)
        return [sys.executable, "-c", MARK_AND_EXPORT, str(corpus)]
    if shutil.which("unshare") is None:
        pytest.skip("running as root without unshare: cannot make a folder read-only")
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("running as root without mount namespaces: cannot make a folder read-only")
    script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && exec "$2" -c "$3" "$1"'
    return ["unshare", "-m", "sh", "-c", script, "sh", str(corpus), sys.executable, MARK_AND_EXPORT]


def test_read_only_corpus_keeps_marks_in_the_user_data_folder(tmp_path: Path) -> None:
    corpus = copy_seeds(tmp_path)
    before = snapshot(corpus)
    data = tmp_path / "data"
    cmd = _read_only_command(corpus)
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    try:
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)
    finally:
        corpus.chmod(0o755)
    assert result.returncode == 0, result.stderr
    got = json.loads(result.stdout)
    assert got["code"] == 0 and got["verified"] == [got["first"]]
    assert Path(got["where"]).parent == data / "incident-reader"
    assert "cannot be written" in got["note"] and str(corpus) in got["note"]
    assert snapshot(corpus) == before and not (corpus / ".incident-reader.db").exists()
