"""Bytes on disk to text: BOMs, UTF-8, legacy cp1252, line ends; and refusing what is not text."""

from __future__ import annotations

import codecs
import re

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls that neither text nor a terminal's escape codes use: binary files are full of them.
# Kept as text: tab, newline, VT, FF, CR and the controls of terminal output (BEL ends an OSC
# title, BS overstrikes, SO/SI shift character sets, CAN/SUB cancel a sequence, ESC starts one),
# so a saved terminal log is shown (literally), not skipped as binary.
_BINARY_CONTROLS = re.compile(r"[\x00-\x06\x10-\x17\x19\x1c-\x1f]")
_NEWLINES = re.compile(r"\r\n?")


class NotText(ValueError):
    """The bytes are not a text document (binary, or undecodable)."""


def decode(data: bytes) -> tuple[str, str]:
    """Decode report bytes, returning (text, encoding name); raise NotText for binary data."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError as err:
                raise NotText(f"not valid {encoding} despite its byte-order mark") from err
    if b"\x00" in data[:8192]:
        raise NotText("binary file")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        mostly = _mostly_utf8(data)
        if mostly is not None:
            text, encoding = mostly
        else:
            # Legacy single-byte newsroom text; cp1252 leaves five bytes undefined, latin-1
            # takes them.
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                text, encoding = data.decode("latin-1"), "latin-1"
    sample = text[:8192]
    if sample and len(_BINARY_CONTROLS.findall(sample)) > max(2, len(sample) // 100):
        raise NotText("binary file")
    return text, encoding


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few bad bytes, as text with U+FFFD for each; None when it is not UTF-8.

    One stray byte in a UTF-8 file used to make the whole file cp1252 ("CafÃ©"). Text that has
    more well-formed multi-byte characters than bad bytes is UTF-8; the encoding name says how
    many bytes were replaced (``utf-8, 1 bad byte replaced``), for the loading notice.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for c in text if c > "\x7f") - text.count("\ufffd")
    if bad <= 0 or good < bad:
        return None
    return text, f"utf-8, {bad} bad byte{'s' if bad > 1 else ''} replaced"


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so offsets mean the same on every platform."""
    return _NEWLINES.sub("\n", text)
