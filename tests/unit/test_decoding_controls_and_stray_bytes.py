"""What is text: terminal escape codes are (shown literally); NUL and controls no text or
terminal uses are not. A few stray bytes in ASCII text leave it UTF-8; real cp1252 stays cp1252."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_reader.core.decoding import NotText, decode
from incident_reader.core.loading import load_corpus

BODY = "date 2024-03-12\n\nTwo people were hurt when a van hit a wall on Mill Road on Tuesday.\n"


def test_a_report_with_terminal_escape_codes_and_many_bells_is_text(tmp_path: Path) -> None:
    # An OSC title ends with BEL; bells, backspaces, shift-in/out: a terminal log, about 1% BEL.
    line = "\x1b]0;build log\x07\x1b[31mFAILED\x1b[0m at 09:14\x07\x08 \x0e\x0f\n"
    raw = BODY + line * 3 + "The crash closed the road for two hours after it happened.\n" * 3
    assert raw.count("\x07") >= 6
    text, encoding = decode(raw.encode())
    assert (text, encoding) == (raw, "utf-8")
    path = tmp_path / "log.txt"
    path.write_bytes(raw.encode())
    corpus = load_corpus([path])
    assert corpus.skipped == () and corpus.reports[0].text.endswith(
        raw[len("date 2024-03-12\n\n") :]
    )


@pytest.mark.parametrize(
    "data",
    [
        b"ELF\x00\x01\x02 text",  # NUL
        bytes(range(1, 32)) * 40,  # controls no text and no terminal uses
        ("x" * 50 + "\x01\x02\x03\x04\x05\x06\x10\x11\x12\x13\x1c\x1d").encode() * 20,
    ],
)
def test_binary_data_is_still_refused(data: bytes) -> None:
    with pytest.raises(NotText, match="binary"):
        decode(data)


@pytest.mark.parametrize(
    "data",
    [
        b"The crash closed Mill Road.\n\xff\xfeOn Tuesday morning, police said.\n",
        b"Two people were hurt \x81in the crash on Mill Road.\n\nPolice said more.\n",
        b"The van hit \xe2\x80 a wall near the school; two people were hurt.\n",
        b"Police said \x9d\x8f the road reopened at noon.\n",
    ],
)
def test_mostly_ascii_with_a_few_stray_bytes_stays_utf8(data: bytes) -> None:
    text, encoding = decode(data)
    assert encoding.startswith("utf-8, ") and "bad byte" in encoding
    assert "\ufffd" in text
    assert not any(c in text for c in "ÿþâ€\x81\x8f\x9d")
    assert text.replace("\ufffd", "").isascii()


@pytest.mark.parametrize(
    "text",
    [
        "Caf\u00e9 owner said \u201cthe van came out of nowhere\u201d on Tuesday.\n",
        "The caf\u00e9 on the corner and the d\u00e9p\u00f4t were both closed.\n",
        "He said it wasn\u2019t his van \u2013 and the driver fled.\n",
        "Die Gr\u00f6\u00dfe der F\u00fc\u00dfe, sagte die Polizei.\n",
        "R\u00e9sum\u00e9: \u00c9cole M\u00fcller, na\u00efve, 20\u00b0C \u00bd mile.\n",
        # a one-letter word of its own ("à", "è") is a letter of the text too, not a stray byte
        "Accident \u00e0 Qu\u00e9bec\n\nThe driver, Andr\u00e9 L\u00e9vesque, was held.\n",
        "La strada \u00e8 chiusa a Citt\u00e0 di Castello, ha detto la polizia.\n",
        "Bus crash \u00e0 Li\u00e8ge: two hurt.\n",
    ],
)
def test_real_cp1252_text_stays_cp1252(text: str) -> None:
    assert decode(text.encode("cp1252")) == (text, "cp1252")
