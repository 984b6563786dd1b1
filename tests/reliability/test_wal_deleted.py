"""Issue 14 item 6: -wal/-shm deleted under a running reader is noticed, not written into."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.core.analysis import analyse_corpus
from incident_reader.core.loading import load_corpus
from incident_reader.core.store import DB_NAME, Store, StoreError
from tests.reliability.helpers import copy_seeds


def test_marks_are_refused_loudly_once_the_wal_is_deleted_under_the_store(tmp_path: Path) -> None:
    corpus = copy_seeds(tmp_path)
    first = analyse_corpus(load_corpus([corpus]))[0]
    store = Store.open(corpus, reviewer="kim")
    store.set_status(first.report, first.timeline[0], "verified")
    for suffix in ("-wal", "-shm"):
        (corpus / (DB_NAME + suffix)).unlink()
    with pytest.raises(StoreError, match="deleted or replaced"):
        store.set_status(first.report, first.timeline[1], "disputed")  # silently lost before
    assert store.read_only and store.error and "reopen" in store.error
    store.close()
    with Store.open(corpus, reviewer="kim") as again:  # reopening recovers
        again.set_status(first.report, first.timeline[1], "disputed")
        assert again.counts()["disputed"] == 1
