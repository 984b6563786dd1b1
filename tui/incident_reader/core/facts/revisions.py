"""A report's own revision of a figure: the one it stands by, and those it tells as superseded.

"Earlier we reported that 12 people had died ... The death toll has since risen to 14": the report
stands by 14, and 12 is a figure it revised, not a figure it disputes. The words that say so are
the comparer's too (``align.pairing`` reads a report's statement with them), so the facts of one
report and its side of a comparison agree: a figure told as said before ("Earlier we reported",
"police had initially said") is superseded while the report gives another, and a figure worded
as an update ("rose to", "now", "the toll") is the one it stands by, unless the rest of its
sentence adds people to it ("... and a third patient").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from incident_reader.core.model import Fact

# Words that mark a statement as an update of an earlier figure (regular expressions).
UPDATE_CUES = (
    r"ris(?:es|en|ing) to", r"rose to", r"bringing", r"brings", r"now", r"latest", r"updated?",
    r"revised", r"has since", r"later", r"climb(?:s|ed)? to", r"increas(?:es|ed) to",
    r"went up to", r"toll",
)  # fmt: skip
# Words before a figure, in its sentence, that tell it as what was said before ("Earlier we
# reported 12 people ...", "police had initially said", "first reports put the toll at"): a
# superseded figure the report corrects, never its own (regular expressions).
_STALE = re.compile(
    r"\b(?:earlier|previously|initially|originally|at\s+first|first)\s+"
    r"(?:(?:we|it|they|police|officials|authorities|reports?)\s+)?(?:had\s+)?"
    r"(?:reported|said|stated|put|gave|told|announced|suggested)\b[^.,;!?\n]{0,30}$",
    re.IGNORECASE,
)
UPDATE_CUE_CHARS = 60  # how far before a statement its cue may stand
PART_CHARS = 200  # how far after a figure the rest of its sentence is read for an added part
SENTENCE_END = re.compile(r"[.!?](?=[\s”\"’']|$)|\n")
# A further part of the people counted, joined to the figure's clause: an ordinal person ("and a
# third patient"), "another", "a further two", "N more" / "N others".
_ORDINALS = r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_NUMBER = r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_ADDED = re.compile(
    rf"\b(?:and|while|with|plus)\s+(?:(?:a|an)\s+(?:{_ORDINALS})\b|another\b"
    rf"|a\s+further\s+(?:{_NUMBER})\b|(?:{_NUMBER})\s+(?:more|others|other)\b)",
    re.IGNORECASE,
)


def told_as_update(fact: Fact, text: str) -> bool:
    """Whether the words around a statement say it updates an earlier figure ("rises to two").

    Only its own sentence is read: "... raising the toll to 16. The two who died were ..."
    words the 16 as the update, not the sub-count after it."""
    before = text[max(0, fact.start - UPDATE_CUE_CHARS) : fact.start]
    before = SENTENCE_END.split(before)[-1].lower()
    said = f"{before} {fact.text.lower()}"
    return any(re.search(rf"\b{cue}\b", said) for cue in UPDATE_CUES)


def told_before(fact: Fact, text: str) -> bool:
    """Whether the statement's own sentence tells its figure as what was said before ("Earlier
    we reported 12 people were taken to hospitals. ... now says that number is 14")."""
    before = text[max(0, fact.start - UPDATE_CUE_CHARS) : fact.start]
    return bool(_STALE.search(SENTENCE_END.split(before)[-1]))


def a_part(fact: Fact, text: str) -> bool:
    """Whether the rest of the statement's sentence adds people to its figure ("Two patients were
    treated and taken to hospital and a third patient was assessed"; "... and two more were
    hurt"): the figure is the first part of the update, not the report's total."""
    rest = SENTENCE_END.split(text[fact.end : fact.end + PART_CHARS], maxsplit=1)[0]
    return bool(_ADDED.search(rest))


def stood_by(
    facts: Sequence[Fact], text: str, clash: Callable[[Sequence[Fact]], bool]
) -> Fact | None:
    """The figure a report stands by where it tells its own revision of a count (``facts``, in
    reading order, clash), as the comparer reads it: its figures not told as said before when
    they agree (``clash`` says whether some do not), else the last worded as an update; None
    when nothing in its words revises one figure by another."""
    current = [f for f in facts if not told_before(f, text)]
    if current and len(current) < len(facts):
        if not clash(current):
            return next((f for f in current if isinstance(f.value, int)), current[0])
        facts = current
    updated = [f for f in facts if told_as_update(f, text) and not a_part(f, text)]
    return updated[-1] if updated else None


# A figure stamped with the moment it was true: "As of Sunday evening, officials said 153 ...",
# "By midday the toll had risen to seven", "as at 6pm yesterday": the temporal preposition of a
# running count right before a time expression of the figure's own sentence (a closed class).
_STAMP_PREPOSITION = re.compile(r"\b(?:as\s+of|as\s+at|by|up\s+to|until)\s+(?:the\s+)?$", re.I)
STAMP_PREPOSITION_CHARS = 16  # "as of the " and a little space


def figure_stamp(fact: Fact, text: str, timexes: Sequence[tuple[int, int, str]]) -> str | None:
    """The value of the time a count was told as of ("As of Sunday evening ... 153 killed"): the
    last time expression of the figure's own sentence before it, when a stamping preposition
    opens it and it is dated; None otherwise ("By midday the toll had risen to seven and last
    evening ... nine": the nine is not of midday). ``timexes`` are (start, end, value)."""
    opening = text.rfind("\n", 0, fact.start) + 1
    for m in SENTENCE_END.finditer(text, opening, fact.start):
        opening = m.end()
    before = [(s, e, v) for s, e, v in timexes if opening <= s and e <= fact.start]
    if not before:
        return None
    start, _, value = max(before)
    lead = text[max(opening, start - STAMP_PREPOSITION_CHARS) : start]
    return value if _DATED.match(value) and _STAMP_PREPOSITION.search(lead) else None


_DATED = re.compile(r"\d{4}-\d{2}-\d{2}")


# A report that tells its own count as provisional: "the death toll could rise", "the number of
# injured is expected to climb", "officials fear the toll will rise". A higher figure of the same
# day is then the rise it foresaw, not a contradiction (modals and the verbs of rising: closed).
_PROVISIONAL = re.compile(
    r"\b(?:toll|number|figure|count|tally|casualties)\b[^.!?\n]{0,40}?"
    r"\b(?:could|may|might|will|would|(?:is|was|are|were)\s+(?:expected|likely|feared)\s+to)"
    r"\s+(?:(?:still|further|probably|likely)\s+)?(?:rise|climb|increase|grow|go\s+up)\b",
    re.IGNORECASE,
)
PROVISIONAL_CHARS = 300  # the figure's sentence and the one after it
# A count told as the one known so far: "could only confirm two injured people so far", "four
# bodies have been recovered so far", "So far, officials have confirmed three deaths". The words
# stand in the figure's own clause: right after it (its noun and verb between), or before it.
_SO_FAR_AFTER = re.compile(
    r"[^.;:!?\n\"“”]{0,40}?\b(?:so|thus)\s+far\b(?!\s+(?:this|in|that)\b)", re.IGNORECASE
)
_SO_FAR_BEFORE = re.compile(
    r"\b(?:(?:so|thus)\s+far|(?:could|can)\s+only\s+(?:confirm|say|account\s+for))\b"
    r"[^.;:!?\n\"“”]{0,60}$",
    re.IGNORECASE,
)


def told_provisional(fact: Fact, text: str) -> bool:
    """Whether the figure's own sentence or the next says the count may yet rise ("One person
    has died ... However, the death toll could rise")."""
    opening = text.rfind("\n", 0, fact.start) + 1
    for m in SENTENCE_END.finditer(text, opening, fact.start):
        opening = m.end()
    rest = text[opening : fact.end + PROVISIONAL_CHARS]
    ends = [m.end() for m in SENTENCE_END.finditer(rest, fact.end - opening)]
    if len(ends) >= 2:
        rest = rest[: ends[1]]
    if any(_counts(m[0], fact.kind) for m in _PROVISIONAL.finditer(rest)):
        return True
    return told_so_far(fact, text, opening)


def told_so_far(fact: Fact, text: str, opening: int) -> bool:
    """Whether the figure's own clause tells it as the count known so far (see the note above);
    ``opening`` is where its sentence starts."""
    if _SO_FAR_AFTER.match(text, fact.end):
        return True
    return _SO_FAR_BEFORE.search(text[opening : fact.start]) is not None


_OF_THE_HURT = re.compile(r"\b(?:injur|wound|hurt|hospital)", re.IGNORECASE)
_OF_THE_DEAD = re.compile(r"\b(?:death|dead|fatalit|killed|died)", re.IGNORECASE)


def _counts(cue: str, kind: str) -> bool:
    """Whether a rise cue speaks of the count of ``kind``: of the hurt ("the number of injured")
    for the hurt, of the dead or a bare toll ("the death toll", "the toll") for the dead, any
    count for "the casualties"."""
    if "casualties" in cue.lower():
        return True
    hurt = bool(_OF_THE_HURT.search(cue))
    if kind == "casualties.killed":
        return not hurt
    return hurt and not _OF_THE_DEAD.search(cue)
