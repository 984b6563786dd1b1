"""The help names every key the reader and the comparison bind, so no key is found by chance."""

from __future__ import annotations

import re

from incident_reader.ui.app import ReaderApp
from incident_reader.ui.keys import KEYS, READER_BINDINGS
from incident_reader.ui.widgets.compare_commands import COMPARE_BINDINGS

SHOWN_AS = {
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "slash": "/",
    "question_mark": "?",
}


def test_every_bound_key_of_the_reader_and_the_comparison_is_in_the_help() -> None:
    words = {w for keys, text in KEYS for w in re.split(r"[\s,;:()]+", f"{keys} {text}") if w}
    missing = []
    for binding in (*READER_BINDINGS, *COMPARE_BINDINGS, *ReaderApp.BINDINGS):
        key = binding.key if hasattr(binding, "key") else binding[0]
        missing += [k for k in key.split(",") if SHOWN_AS.get(k, k) not in words]
    assert missing == []
