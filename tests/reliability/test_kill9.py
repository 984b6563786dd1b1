"""A mark survives kill -9 right after it is written; it follows its words when the report grows."""

from __future__ import annotations

import signal
from pathlib import Path

from tests.reliability.helpers import add_paragraph_at_top, copy_seeds, export_json, python

MARK_THEN_DIE = """
import os, signal, sys
from incident_reader.core.analysis import analyse_corpus
from incident_reader.core.loading import load_corpus
from incident_reader.core.store import Store

corpus = load_corpus([sys.argv[1]])
first = analyse_corpus(corpus)[0]
entry = first.timeline[0]
store = Store.open(corpus.root, reviewer="kim")
store.set_status(first.report, entry, "verified", note="checked")
print(first.report.id, entry.start, entry.end, entry.timex.text, sep="\\t", flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # no close, no checkpoint, no atexit
"""


def test_mark_survives_kill_9_and_is_re_anchored_after_an_edit(tmp_path: Path) -> None:
    corpus = copy_seeds(tmp_path)
    child = python(MARK_THEN_DIE, str(corpus))
    assert child.returncode == -signal.SIGKILL, child.stderr
    report_id, start, end, words = child.stdout.rstrip("\n").split("\t")

    doc = export_json(corpus)
    article = next(a for a in doc["articles"] if a["id"] == report_id)
    verified = [e for e in article["timeline"] if e["status"] == "verified"]
    assert [(e["start"], e["end"], e["text"]) for e in verified] == [(int(start), int(end), words)]
    assert (verified[0]["reviewer"], verified[0]["note"]) == ("kim", "checked")
    items = [e for a in doc["articles"] for e in a["timeline"] + a["facts"]]
    assert sum(e["status"] != "unverified" for e in items) == 1

    path = Path(article["path"])
    shift = add_paragraph_at_top(path)
    doc = export_json(corpus)
    article = next(a for a in doc["articles"] if a["id"] == report_id)
    moved = [e for e in article["timeline"] if e["status"] == "verified"]
    assert [(e["start"], e["end"], e["text"]) for e in moved] == [
        (int(start) + shift, int(end) + shift, words)
    ]
    assert article["orphans"] == []
