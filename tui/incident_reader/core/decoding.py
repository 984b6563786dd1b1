"""Bytes on disk to text: BOMs, UTF-8, legacy cp1252, line ends; and refusing what is not text."""

from __future__ import annotations

import codecs
import re
import unicodedata

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
# Binaries and UTF-16 without a byte-order mark are full of NULs; a text report with one or two
# (a bad copy, a saved form field) is text: they are shown as stand-ins, never skipped.
STRAY_NULS = 2


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
    if data[:8192].count(b"\x00") > STRAY_NULS:
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

    One stray byte in a UTF-8 file used to make the whole file cp1252 ("CafÃ©"), and a few stray
    bytes in ASCII text ("ÿþ" of a spliced-in UTF-16 mark) did too. Text is UTF-8 when it has
    more well-formed multi-byte characters than bad bytes, or when its bad bytes do not read as
    legacy cp1252 text (see _reads_as_cp1252). The encoding name says how many bytes were
    replaced (``utf-8, 1 bad byte replaced``), for the loading notice.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for c in text if c > "\x7f") - text.count("\ufffd")
    if bad <= 0 or (good < bad and _reads_as_cp1252(data)):
        return None
    return text, f"utf-8, {bad} bad byte{'s' if bad > 1 else ''} replaced"


# One well-formed UTF-8 character, or (the second group) a byte that is not part of one. A
# pattern text, compiled through re's own cache when a file is not valid UTF-8 (rare), not at
# every launch's start-up (2M instructions).
_UTF8_OR_BAD = (
    rb"([\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2})|([\x80-\xff])"
)
# What cp1252's upper half gives in legacy newsroom text wherever it stands: quotes, dashes,
# ellipsis, currency, degrees, fractions, no-break space... (Unicode general categories).
_LEGACY_MARKS = frozenset({"Pi", "Pf", "Pd", "Po", "Ps", "Pe", "Sc", "So", "Sm", "No", "Zs"})
# Share of the bad bytes that must read as cp1252 text for the file to be cp1252.
_LEGACY_SHARE = 0.9


def _reads_as_cp1252(data: bytes) -> bool:
    """Whether the bytes that are not UTF-8 read as legacy cp1252 text: punctuation such as
    curly quotes and dashes, letters inside words (é in "Caf\xe9"), a lower-case letter that is
    a word of its own ("\xe0 Montr\xe9al"). Stray bytes do not: a
    byte cp1252 leaves undefined, a letter with no ASCII letter beside it ("ÿþ" before a line),
    a byte of a broken UTF-8 character."""
    bad = plausible = 0
    for match in re.finditer(_UTF8_OR_BAD, data):
        if match.group(2) is None:
            continue
        bad += 1
        at = match.start()
        try:
            char = data[at : at + 1].decode("cp1252")
        except UnicodeDecodeError:
            continue  # undefined in cp1252
        if char.isalpha():
            before = data[at - 1 : at] if at else b""
            after = data[at + 1 : at + 2]
            # inside a word (bytes: ASCII letters), or a one-letter word of its own (the French
            # "à", the Italian "è")
            plausible += any(b.isalpha() for b in (before, after)) or (
                char.islower() and _word_edge(before) and _word_edge(after)
            )
        else:
            plausible += unicodedata.category(char) in _LEGACY_MARKS
    return bad > 0 and plausible >= _LEGACY_SHARE * bad


def _word_edge(byte: bytes) -> bool:
    """Whether a byte beside a letter ends a word there: a space or the text's edge."""
    return not byte or byte.isspace()


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so offsets mean the same on every platform."""
    return _NEWLINES.sub("\n", text)
