"""What "Save page as" writes, to HTML text: the charset the page declares, and MHTML archives.

A saved page keeps the bytes the server sent, so a page in a legacy charset (windows-1251,
iso-8859-2, shift_jis ...) is only readable through the ``<meta charset>`` it declares; an MHTML
archive (``.mhtml``/``.mht``) is a MIME message whose first ``text/html`` part is the page and
whose other parts (images, styles, frames) are not the article.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from incident_reader.core.decoding import BOMS, NotText, decode

SNIFF_BYTES = 4096  # a page declares its charset in the first 1024 bytes; be generous
# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">,
# <?xml version="1.0" encoding="x"?>
DECLARED_CHARSET = re.compile(
    rb"<meta[^>]+?charset\s*=\s*[\"']?\s*(?P<meta>[A-Za-z0-9._:-]+)"
    rb"|<\?xml[^>]+encoding\s*=\s*[\"'](?P<xml>[A-Za-z0-9._:-]+)",
    re.IGNORECASE,
)
# Labels browsers read differently from Python's codec of the same name (WHATWG Encoding).
CHARSET_ALIASES: dict[str, str] = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "shift_jis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "utf-16": "utf-8",  # a meta tag read as ASCII cannot be UTF-16: the label is wrong
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
    "x-user-defined": "cp1252",
}
# "<!-- saved from url=(0044)https://example.org/... -->", written by browsers that save a page.
SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(?P<url>\S+?)\s*-->", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SavedPage:
    """A page's HTML as text, and the address it was saved from when the file says so."""

    html: str
    url: str | None = None


def declared_charset(data: bytes) -> str | None:
    """The Python codec for the charset a page declares in its head, or None."""
    m = DECLARED_CHARSET.search(data[:SNIFF_BYTES])
    if not m:
        return None
    return _codec((m["meta"] or m["xml"]).decode("ascii"))


def decode_html(data: bytes, charset: str | None = None) -> str:
    """HTML bytes to text: a BOM, valid UTF-8, else the given or declared charset, else cp1252.

    Valid UTF-8 wins over a declaration: legacy text is almost never valid UTF-8 by chance, while
    pages re-saved as UTF-8 often keep their old ``<meta charset>``.
    """
    if any(data.startswith(bom) for bom, _ in BOMS) or _is_utf8(data):
        return decode(data)[0]
    codec = _codec(charset) or declared_charset(data)
    if codec is None or codec == "utf-8" or b"\x00" in data[:8192]:
        return decode(data)[0]  # cp1252 for a page mislabelled UTF-8; NotText for binary data
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return data.decode(codec, errors="replace")


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _codec(label: str | None) -> str | None:
    """The Python codec a charset label means to a browser, or None for an unknown label."""
    if not label:
        return None
    label = label.strip().lower()
    try:
        return codecs.lookup(CHARSET_ALIASES.get(label, label)).name
    except LookupError:
        return None


def read_saved_page(data: bytes, mhtml: bool = False) -> SavedPage:
    """A saved page's HTML; for an MHTML archive, its first HTML part and the address saved."""
    if mhtml:
        return _mhtml_page(data)
    html = decode_html(data)
    m = SAVED_FROM.search(html[:2048])
    return SavedPage(html, m["url"] if m else None)


def _mhtml_page(data: bytes) -> SavedPage:
    message = BytesParser(policy=policy.default).parsebytes(data)
    if not isinstance(message, EmailMessage):  # pragma: no cover - policy.default gives one
        raise NotText("not an MHTML archive")
    url = message.get("Snapshot-Content-Location")
    for part in message.walk():
        if part.get_content_type() != "text/html" or part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes) or not payload.strip():
            continue
        html = decode_html(payload, part.get_content_charset())
        return SavedPage(html, str(url or part.get("Content-Location") or "") or None)
    raise NotText("no HTML page in the MHTML archive")
