"""Cues of another clause than a time's own, set aside before the time is anchored.

``when`` anchors a time to the nearest cue word around it. Three shapes of English put that
nearest cue in a clause the time is not in:

- a parenthetical relative clause holding the time ("The panel, which reported on Friday, found
  that the boat sank"; "The trawler, which had sailed from the harbour on Monday night, capsized
  at 3am"): only the aside's own words anchor the time, so it dates the incident only when the
  aside tells the incident ("The boy, who was hit on Saturday, has died");
- an offset phrase after the time ("on Monday night, more than 40 hours after the block came
  down"; "on Friday, hours before the blast"): the event it names is set apart from the time;
- a later step told after the time with a span of its own ("was struck at 7.15pm on Thursday and
  died in hospital two days later"): it does not claim the time;
- a relative clause inside a sequel's subject ("The driver of the bus that plunged off the pass
  in the early hours of Thursday has been detained"): the main verb after the subject does not
  reach back into it, the relative clause's own verb times it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

# (start, end, class, is_saying) as event_cues._cues gives them; class 2 is a sequel's.
Cue = tuple[int, int, int, bool]
_AFTER = 2

# ", which" / ", who" opening an aside, with no comma, colon or bracket before the time.
_ASIDE_OPEN = re.compile(r",\s*(?:who|whose|which|where)\s[^,;:()\"“”]*$", re.IGNORECASE)
_ASIDE_CLOSE = re.compile(r"[^,;:()\"“”.!?]*?,\s+\S")  # its closing comma, the main clause after
ASIDE_REACH = 160

# A span and "after"/"before" right after the time, set off by a comma.
_OFFSET = re.compile(
    r"\s*,\s*(?:(?:just|only|some|about|around|nearly|almost|barely|more\s+than|less\s+than"
    r"|over|under)\s+)?(?:an?\s+few\s+|a\s+couple\s+of\s+|[\w-]+\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|months?)\s+(?:after|before)\b[^,;:.!?]*",
    re.IGNORECASE,
)

# A restrictive relative clause opened after a noun, the time at its end: "the bus that plunged
# off the pass in the early hours of Thursday".
_RELATIVE_OPEN = re.compile(r"(?<=\w)\s+(?:that|which|who)\s[^,;:()\"“”]*$", re.IGNORECASE)
# Only the main verb's auxiliaries between the time and its sequel cue: "has been", "was later".
_AUXILIARIES = re.compile(
    r"\s+(?:(?:has|have|had|was|were|is|are|been|being|be|now|later|since|also|already|then)\s+)*"
    r"(?:has|have|had|was|were|is|are|been)\s+(?:\w+ly\s+|later\s+|since\s+|now\s+)?$",
    re.IGNORECASE,
)


def other_clauses(text: str, lo: int, hi: int, cues: Sequence[Cue]) -> list[Cue]:
    """The cues a time at ``text[lo:hi]`` may be anchored to (see the module's docstring)."""
    kept = list(cues)
    aside = _aside(text, lo, hi)
    if aside is not None:
        a, b = aside
        return [c for c in kept if a <= c[0] < b]  # no cue outside the aside reaches in
    offset = _OFFSET.match(text, hi)
    if offset is not None:
        kept = [c for c in kept if not offset.start() <= c[0] < offset.end()]
    later = [(c[0], end) for c in kept if c[0] >= hi and (end := _told_later(text, c[1]))]
    if later:
        kept = [c for c in kept if not any(a <= c[0] < b for a, b in later)]
    opened = _RELATIVE_OPEN.search(text, max(0, lo - ASIDE_REACH), lo)
    if opened is not None and any(
        c[2] != _AFTER and opened.start() <= c[0] and c[1] <= lo for c in kept
    ):
        kept = [
            c
            for c in kept
            if not (c[2] == _AFTER and c[0] >= hi and _AUXILIARIES.fullmatch(text, hi, c[0]))
        ]
    return kept


# A later step's own span after its verb: "and died in hospital two days later", "died the
# following morning".
_LATER = re.compile(
    r"[^,;:.!?]{0,40}?\b(?:(?:[\w-]+\s+)?(?:minutes?|hours?|days?|weeks?|months?)\s+later"
    r"|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night|week))\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # every time of a sentence asks again of the same cues
def _told_later(text: str, end: int) -> int:
    """Where the span ends that sets the clause of a cue ending at ``end`` later than a time
    before it ("was struck at 7.15pm on Thursday and died in hospital two days later": not
    Thursday's death), else 0."""
    m = _LATER.match(text, end)
    return m.end() if m else 0


def _aside(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The parenthetical relative clause around a time, as (start, end), or None."""
    opened = _ASIDE_OPEN.search(text, max(0, lo - ASIDE_REACH), lo)
    if opened is None:
        return None
    closed = _ASIDE_CLOSE.match(text, hi)
    if closed is None or len(closed[0]) > ASIDE_REACH:
        return None
    return opened.start(), closed.end() - 1
