"""Folder or files on disk to Reports: formats, encodings, header lines, front matter, bad input.

A bad file never stops the others: it becomes a ``Skipped`` with a one-line reason. Only a missing
path or a corpus with no readable report raises ``LoadError``.
"""

from __future__ import annotations

import os
import re
import stat
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from incident_reader.core.decoding import NotText, decode, normalise_newlines
from incident_reader.core.digest import sha1_hex
from incident_reader.core.model import Corpus, DctSource, Report, Skipped
from incident_reader.core.sibling_days import sibling_day

REPORT_SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".mhtml": "mhtml",
    ".mht": "mhtml",
}
HTML_FORMATS = frozenset({"html", "mhtml"})
# "Save page as" puts a page's images, styles and frames in "<page>_files/" beside it.
SAVED_PAGE_FOLDER = "_files"
MAX_BYTES = 50_000_000  # 50 MB, in the decimal megabytes the skip notice gives

# " date 2017-10-07 Updated 5.40pm" (leading spaces allowed); the update time is optional.
HEADER_LINE = re.compile(
    r"^[ \t]*date[ \t]+(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[ \t]+(?:updated|update|last updated)[ \t]*:?[ \t]*"
    r"(?P<time>[0-9][0-9:.]*[ \t]*(?:[ap]\.?m\.?)?))?"
    r"[ \t]*$",
    re.IGNORECASE,
)
# A Markdown file's front matter and its "key: value" lines: pattern texts compiled on the first
# Markdown file through re's own cache, not at every launch.
FRONT_MATTER = r"(?s)\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)"
FRONT_MATTER_KEY = r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$"
CLOCK = re.compile(
    r"^(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ampm>[ap])?\.?m?\.?$", re.IGNORECASE
)
# A sentence ends at its mark and a space before what can open a sentence (not "(" nor a small
# letter: "ORRIN FALLS, Neb. (KWRT) - A ...", "U.S. officials said" keep their abbreviation), or
# at a mark run on into the next sentence's capital ("in 2022.The court": pages that lost the
# space), never inside "Mr.Smith" or "St.Ives".
SENTENCE_END = re.compile(
    r"(?<=[.!?])[\"'”’)]*\s+(?=[^\s(a-z])|(?<=[a-z0-9][a-z0-9][.!?])(?=[A-Z][a-z])"
)
TITLE_MAX = 120


class LoadError(Exception):
    """The user's paths give nothing to read (missing path, or no readable report)."""


def clock_to_hhmm(raw: str) -> str | None:
    """'5.40pm' -> '17:40', '17:40' -> '17:40', '12am' -> '00:00'; None when it is not a clock."""
    m = CLOCK.match(raw.strip())
    if not m:
        return None
    hour, minute = int(m["h"]), int(m["m"] or 0)
    ampm = (m["ampm"] or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _is_date(ymd: str) -> bool:
    """Whether a YYYY-MM-DD string (four, two and two digits) names a real day: as strptime would
    say, without its first call's cost (importing _strptime and building its locale patterns: a
    few milliseconds of the reader's start-up)."""
    if not ymd.isascii():  # the patterns' \d take any script's digits; a date line's are ASCII
        return False
    try:
        date(int(ymd[:4]), int(ymd[5:7]), int(ymd[8:10]))
    except ValueError:
        return False
    return True


def iso_to_timex(raw: str) -> str | None:
    """An ISO-ish date or datetime from metadata as a TIMEX3 value (minute precision at most)."""
    raw = raw.strip().strip("\"'")
    m = re.match(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?", raw)
    if not m:
        return None
    if not _is_date(m[1]):
        return None
    return f"{m[1]}T{m[2]}" if m[2] else m[1]


# "guardian-20161109", "2018-08-14_bbc", "reuters_2017.04.07": a full date set off by
# separators or the name's ends (not a run of a longer number or of a hash's hex digits).
_NAME_DATE = re.compile(
    r"(?<![0-9A-Za-z])((?:19|20)\d\d)([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![0-9A-Za-z])"
)


def date_in_name(name: str) -> str | None:
    """The publication date a saved report's file name carries, as people and crawlers name
    pages ("outlet-20161109.txt"); None when the name holds no real calendar day."""
    m = _NAME_DATE.search(name)
    if not m:
        return None
    ymd = f"{m[1]}-{m[3]}-{m[4]}"
    return ymd if _is_date(ymd) else None


# A Markdown (ATX) heading's marks: '# Title', '## Title ##'.
_HEADING_MARK = re.compile(r"^#{1,6}[ \t]+|[ \t]+#+$")


def first_sentence(text: str, limit: int | None = TITLE_MAX) -> str:
    """The body's first sentence, used as a title when the report has none (cut at ``limit``)."""
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    first = _HEADING_MARK.sub("", first) or first  # a Markdown heading's '#' is no word of it
    m = SENTENCE_END.search(first)
    title = first[: m.start()].strip() if m else first
    if limit is not None and len(title) > limit:
        title = title[: limit - 1].rstrip() + "…"
    return title


def _split_header(text: str) -> tuple[str | None, str]:
    """Take a leading 'date YYYY-MM-DD [Updated TIME]' line off the text; return (dct, body)."""
    first, sep, rest = text.partition("\n")
    m = HEADER_LINE.match(first)
    if not m:
        return None, text
    dct = m["date"]
    if not _is_date(dct):
        return None, text
    hhmm = clock_to_hhmm(m["time"]) if m["time"] else None
    return (f"{dct}T{hhmm}" if hhmm else dct), rest


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    m = re.match(FRONT_MATTER, text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m["body"].split("\n"):
        kv = re.match(FRONT_MATTER_KEY, line)
        if kv:
            meta[kv["key"].lower()] = kv["value"].strip().strip("\"'")
    return meta, text[m.end() :]


def _report_from_text(
    path: Path, text: str, fmt: str, sha1: str, report_id: str, page_url: str | None = None
) -> Report:
    title: str | None = None
    source = url = None
    dct: str | None = None
    dct_source = DctSource.NONE
    author = updated = None
    if fmt in HTML_FORMATS:
        # trafilatura (lxml) is loaded on the first HTML file only: not at the reader's start
        from incident_reader.core.html_article import read_article

        article = read_article(text, page_url)
        body = article.text
        title, source, url, author = article.title, article.source, article.url, article.author
        dct = iso_to_timex(article.date) if article.date else None
        dct_source = DctSource.HTML if dct else DctSource.NONE
        updated = iso_to_timex(article.updated) if article.updated else None
    else:
        body = text
        if fmt == "markdown":
            meta, body = _split_front_matter(body)
            title = meta.get("title") or None
            source = meta.get("source") or None
            url = meta.get("url") or None
            author = meta.get("author") or None
            if meta.get("date") and (dct := iso_to_timex(meta["date"])):
                dct_source = DctSource.FRONT_MATTER
        if dct is None:
            header_dct, body = _split_header(body)
            if header_dct:
                dct, dct_source = header_dct, DctSource.HEADER
    if dct is None and (named := date_in_name(path.stem)):
        dct, dct_source = named, DctSource.FILE_NAME  # the text has no date of its own
    return Report(
        id=report_id,
        path=path,
        title=title or first_sentence(body) or path.name,
        text=body,
        dct=dct,
        dct_source=dct_source,
        sha1=sha1,
        format="html" if fmt in HTML_FORMATS else fmt,
        source=source,
        url=url,
        author=author,
        updated=updated,
    )


def load_file(path: Path, report_id: str | None = None) -> Report | Skipped:
    """Read one report file; a file we cannot use comes back as Skipped with the reason."""
    fmt = REPORT_SUFFIXES.get(path.suffix.lower(), "text")
    try:
        data = read_regular(path)
    except NotRegular as err:
        return Skipped(path, str(err))
    except OSError as err:
        return Skipped(path, f"cannot be read ({err.strerror or err})")
    if not data.strip():
        return Skipped(path, "empty file")
    page_url = decoding = None
    try:
        if fmt in HTML_FORMATS:  # the charset the page declares; an MHTML archive's page
            from incident_reader.core.html_saved import read_saved_page

            page = read_saved_page(data, mhtml=fmt == "mhtml")
            text, page_url = page.html, page.url
        else:
            text, encoding = decode(data)
            decoding = encoding if encoding.startswith("utf-8, ") else None
    except NotText as err:
        return Skipped(path, str(err))
    text = normalise_newlines(text)
    report = _report_from_text(
        path, text, fmt, sha1_hex(data), report_id or report_id_of(path), page_url
    )
    if not report.text.strip():
        return Skipped(
            path, "no text after its header" if fmt not in HTML_FORMATS else "no article text"
        )
    return replace(report, decoding=decoding) if decoding else report


class NotRegular(OSError):
    """A path that is not a regular file (a FIFO, a device): reading it could block forever."""


def read_regular(path: Path) -> bytes:
    """The bytes of a regular file; NotRegular for a FIFO or device, which is never read.

    Opened without blocking and checked on the open file, so a FIFO put in a report's place
    between a listing and the read cannot hang a command or the reader.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise NotRegular("not a regular file (a pipe or device is never read)")
        if info.st_size > MAX_BYTES:
            size, limit = info.st_size / 1e6, MAX_BYTES / 1e6
            raise NotRegular(f"too large ({size:.1f} MB; the limit is {limit:g} MB)")
        return f.read()


def _candidates(paths: Sequence[Path]) -> tuple[list[Path], Path | None]:
    files: list[Path] = []
    root: Path | None = None
    for path in paths:
        if not path.exists():
            raise LoadError(f"no such file or folder: {path}")
        if path.is_dir():
            if is_saved_page_folder(path):
                continue  # a saved page's images and frames, given by a wildcard beside the page
            root = root or path
            found = sorted(
                (
                    p
                    for p in path.iterdir()
                    if p.is_file()
                    and p.suffix.lower() in REPORT_SUFFIXES
                    and not p.name.startswith(".")
                ),
                key=lambda p: p.name,
            )
            files.extend(found)
        else:
            files.append(path)
    return files, root


def is_saved_page_folder(path: Path) -> bool:
    """Whether a folder is the "<page>_files" folder a browser saved beside "<page>.html"."""
    name = path.name
    if not name.endswith(SAVED_PAGE_FOLDER) or name == SAVED_PAGE_FOLDER:
        return False
    stem = name[: -len(SAVED_PAGE_FOLDER)]
    return any((path.parent / f"{stem}{suffix}").is_file() for suffix in (".html", ".htm"))


def report_id_of(path: Path) -> str:
    """A report's id: its file's stem, or its whole name when the stem holds a dot, so anything
    that strips an extension from an id ("irishtimes-1.3522605") still finds the file's stem."""
    return path.name if "." in path.stem else path.stem


def _unique_ids(files: Iterable[Path]) -> list[str]:
    """Each file's id, unique in the folder (counted and looked up in sets: linear in files)."""
    files = list(files)
    stems = [report_id_of(f) for f in files]
    counts = Counter(stems)
    ids: list[str] = []
    taken: set[str] = set()
    for f, stem in zip(files, stems, strict=True):
        rid = stem if counts[stem] == 1 else f.name
        while rid in taken:
            rid += "_"
        ids.append(rid)
        taken.add(rid)
    return ids


def load_corpus(paths: Sequence[Path | str]) -> Corpus:
    """Load every report under ``paths`` (folders are read one level deep, sorted by name)."""
    files, root = _candidates([Path(p) for p in paths])
    if not files:
        where = ", ".join(str(p) for p in paths)
        raise LoadError(f"no reports (.txt, .md, .html, .mhtml) in {where}")
    reports: list[Report] = []
    skipped: list[Skipped] = []
    for path, rid in zip(files, _unique_ids(files), strict=True):
        result = load_file(path, rid)
        (reports if isinstance(result, Report) else skipped).append(result)  # type: ignore[arg-type]
    if not reports:
        reasons = "; ".join(s.message() for s in skipped)
        raise LoadError(f"no readable reports ({reasons})")
    return Corpus(reports=with_year_hints(reports), skipped=tuple(skipped), root=root)


def with_year_hints(reports: Sequence[Report]) -> tuple[Report, ...]:
    """Give reports without a DCT the year most of the dated reports carry (ties: the latest)
    and the earliest date among them (the date_hint)."""
    years = Counter(int(r.dct[:4]) for r in reports if r.dct)
    if not years:
        return tuple(reports)
    hint = max(years, key=lambda y: (years[y], y))
    first = _story_first_day([r.dct[:10] for r in reports if r.dct])
    if first is None:  # no first days to borrow: the day the siblings name for its weekday
        dated = [(r.text, r.dct) for r in reports if r.dct]
        return tuple(
            r if r.dct else replace(r, year_hint=hint, date_hint=sibling_day(r.text, dated))
            for r in reports
        )
    return tuple(r if r.dct else replace(r, year_hint=hint, date_hint=first) for r in reports)


STORY_DAYS = 2  # dated reports this close to the earliest one are the story's first days


def _story_first_day(dates: Sequence[str]) -> str | None:
    """The earliest date when at least two dated reports, and at least half of them, fall within
    a couple of days of it (the folder is one story's first coverage), else None: in a folder of
    many incidents, or one whose only dated report is a court report a year on, the earliest date
    says nothing about an undated report's day, and no date beats a wrong one."""
    try:
        days = sorted(date.fromisoformat(d) for d in dates)
    except ValueError:
        return None
    near = sum(1 for d in days if (d - days[0]).days <= STORY_DAYS)
    return days[0].isoformat() if near >= 2 and 2 * near >= len(days) else None
