"""Text fitted into a narrow cell by cutting its words, never its figures: a comparison cell that
reads "at least …" hides the very number a fact-checker compares."""

from __future__ import annotations

import re

# A figure: digits with the signs that join them ("1,200", "180-200", "2022-10-29", "7.40").
_FIGURE = re.compile(r"\d(?:[\d,.:/–-]*\d)?\+?")
_BREAK = re.compile(r"(?<=[-_ ])")  # where a name may wrap: after a hyphen, underscore or space
# The bounds a count is told with (``readable_fact_value``'s words, a closed class) and the short
# form each takes where its words do not fit: the bound is part of the figure ("at lea… 101" read
# as a cut figure); "101+" is how the comparison's summary line writes it already.
SHORT_BOUNDS: tuple[tuple[str, str], ...] = (
    ("at least 101", "101+"),
    ("at most 12", "≤12"),
)
_BOUND = re.compile(r"\b(at least|at most) (\d(?:[\d,.]*\d)?)\b(?![\d,.+])")
_BOUND_FORMS = {"at least": "{}+", "at most": "≤{}"}


def fit(text: str, room: int) -> str:
    """``text`` in at most ``room`` characters: a bounded count in its short form ("101+"), then
    its words shortened with "…", the longest first, its figures kept whole; when the figures
    alone do not fit, its end is cut."""
    if len(text) <= room:
        return text
    text = " ".join(text.split())
    text = short_bounds(text)
    if len(text) <= room:
        return text
    parts: list[str] = []
    figure: list[bool] = []
    at = 0
    for match in _FIGURE.finditer(text):
        if match.start() > at:
            parts.append(text[at : match.start()])
            figure.append(False)
        parts.append(match.group())
        figure.append(True)
        at = match.end()
    if at < len(text):
        parts.append(text[at:])
        figure.append(False)
    # A run of words keeps a space on each side it had, so figures stay apart from them.
    least = sum(len(p) if f else min(len(p), _kept(p)) for p, f in zip(parts, figure, strict=True))
    if least > room or not any(figure):
        return _cut(text, room)
    while sum(map(len, parts)) > room:
        n = max(
            (i for i, f in enumerate(figure) if not f and len(parts[i]) > _kept(parts[i])),
            key=lambda i: len(parts[i]),
        )
        parts[n] = _shorter(parts[n], 1)[0]  # a character at a time: the words cut evenly
    return "".join(parts)


def short_bounds(text: str) -> str:
    """``text`` with each bounded count in its short form: "at least 101" -> "101+"."""
    return _BOUND.sub(lambda m: _BOUND_FORMS[m[1]].format(m[2]), text)


def _kept(words: str) -> int:
    """Fewest characters a run of words between figures shrinks to: its edge spaces and "…"."""
    core = words.strip()
    if not core:
        return 1
    return (
        (len(words) - len(words.lstrip()) > 0)
        + (len(words) - len(words.rstrip()) > 0)
        + (1 if core else 0)
    )


def _shorter(words: str, over: int) -> tuple[str, int]:
    """``words`` shortened by up to ``over`` characters (ending in "…"); and what is still over."""
    lead = words[: len(words) - len(words.lstrip())]
    tail = words[len(words.rstrip()) :]
    core = words.strip()
    if not core:
        return " ", over - (len(words) - 1)
    body = core[:-1] if core.endswith("…") else core
    target = max(1, len(core) - over)
    new = body[: target - 1].rstrip() + "…"
    return lead + new + tail, over - (len(core) - len(new))


def _cut(text: str, room: int) -> str:
    return text if len(text) <= room else text[: max(0, room - 1)] + "…"


def fit_lines(text: str, room: int, lines: int = 2) -> list[str]:
    """``text`` (a name) on up to ``lines`` lines of ``room``: wrapped after hyphens, underscores
    and spaces from its end, so the last line keeps its end (a date in the name) whole; the first
    line takes what is left, fitted (``fit``)."""
    if len(text) <= room or lines < 2:
        return [fit(text, room)]
    pieces = [p for p in _BREAK.split(text) if p]
    last: list[str] = []
    while pieces and len("".join([pieces[-1], *last])) <= room and len(pieces) > 1:
        last.insert(0, pieces.pop())
    if not last:
        return [fit(text, room)]
    head = "".join(pieces)
    return [*fit_lines(head, room, lines - 1), "".join(last)]
