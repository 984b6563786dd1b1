"""A text report with a stray NUL byte (a bad copy, a saved form field) is read, the NUL shown as
a visible stand-in, not skipped as a binary file; files full of NULs (binaries, UTF-16 without a
byte-order mark) are still refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.core.decoding import NotText, decode
from incident_reader.core.loading import load_corpus

BODY = "date 2024-03-12\n\nTwo people were hurt when a van hit a wall on Mill Road on Tuesday.\n"


def test_a_report_with_one_stray_nul_is_read(tmp_path: Path) -> None:
    raw = BODY.replace("Mill", "Mi\x00ll")
    path = tmp_path / "stray.txt"
    path.write_bytes(raw.encode())
    corpus = load_corpus([path])
    assert corpus.skipped == ()
    assert corpus.reports[0].text.endswith(raw[len("date 2024-03-12\n\n") :])


@pytest.mark.parametrize(
    "data",
    [
        BODY.encode("utf-16-le"),  # no byte-order mark: a NUL after every ASCII letter
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00" + b"text" * 20,
    ],
)
def test_nul_filled_data_is_still_refused(data: bytes) -> None:
    with pytest.raises(NotText, match="binary"):
        decode(data)
