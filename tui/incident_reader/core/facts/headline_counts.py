"""A headline's bare count that the body bounds: "Seventeen dead as bus plunges into ravine" over
"At least 17 passengers were killed". Headlines drop "at least", "more than" and "up to"; the
figure is the body's, bound and all, so the headline's count takes the body's bound (a body that
also states the figure exactly, or bounds another figure, leaves the headline as it is)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from incident_reader.core.model import Fact


def headline_end(text: str) -> int:
    """Where the report's headline ends: its first line when that line is a headline (no
    sentence's closing stop, and more text after it); 0 when the report opens with no headline."""
    line_end = text.find("\n")
    if line_end <= 0:
        return 0
    line = text[:line_end].rstrip()
    if not line or line[-1] in ".!?\"'’”:" or not text[line_end:].strip():
        return 0
    return line_end


def bounded_headlines(facts: Sequence[Fact], kinds: Iterable[str], text: str) -> list[Fact]:
    """The facts, with a headline's exact count that a body fact of its kind and incident bounds
    ("At least 17 ...", "more than 17 ...": its lower or upper end) given that body's value."""
    end = headline_end(text)
    if not end:
        return list(facts)
    kinds = frozenset(kinds)
    body = [f for f in facts if f.kind in kinds and f.start >= end]
    out: list[Fact] = []
    for f in facts:
        if f.kind in kinds and f.end <= end and isinstance(f.value, int) and f.value > 1:
            same = [g for g in body if (g.kind, g.incident) == (f.kind, f.incident)]
            bounds = [g.value for g in same if isinstance(g.value, dict)]
            told_exactly = any(g.value == f.value for g in same)
            ends = [b for b in bounds if f.value in (b.get("min"), b.get("max"))]
            if ends and not told_exactly and all(b == ends[0] for b in ends):
                f = replace(f, value=ends[0])
        out.append(f)
    return out
