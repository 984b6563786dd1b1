"""Sentences, live-blog stamps and speakers: the units every fact extractor reads.

Offsets are always into the report body, so a fact found inside a sentence keeps its place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from incident_reader.core.facts.lexicon import SAY_VERBS, SPEAKER_KINDS

ABBREVIATIONS = frozenset(
    "mr mrs ms dr st sgt insp supt det pc no nos vs etc co ltd jr sr gen col capt lt rev prof "
    "a.m p.m a.m. p.m. u.s u.k i.e e.g".split()
)
# A sentence ends at . ! ? (and closing quotes) before a space or a capital/digit, or at a line end.
_END = re.compile(r"[.!?]+(?:[\"'”’)]+(?=\s|[A-Z0-9“\"])|(?=\s|[A-Z“\"]))|\n")
# "11.58am: We're getting reports..." at the start of a line: a live-blog entry's stamp.
BLOG_STAMP = re.compile(
    r"[ \t]*(?:update,?\s*)?\d{1,2}(?:[.:]\d{2}\s*(?:[ap]\.?m\.?|hrs|GMT|BST)?|\s*[ap]\.?m\.?)"
    r"\s*[:\-–—]\s",
    re.IGNORECASE,
)
# Words that report an event rather than tell it ("We're getting reports", "police confirmed").
REPORTING = re.compile(
    r"\b(?:we are|we're|we have|we've|reports? (?:of|that)|receiving|told us|tell us|"
    r"confirm(?:s|ed)?|says|say|said|update|describe[sd]?|according)\b",
    re.IGNORECASE,
)
_SAY = "|".join(SAY_VERBS)
# "X said", "said X", "according to X", "X told the Echo".
_SPEAKER_AFTER = re.compile(
    rf"\b(?:{_SAY}|according to)\s+(?P<who>(?:the\s+|a\s+)?(?:[A-Z][\w'’-]*\s*){{1,6}}|"
    r"(?:the|a|an)\s+[\w'’ -]{3,40}?(?=[,.;]|$))"
)
# "11.45am: Ambulance service update: four people ..." names its source before the colon.
_UPDATE = re.compile(
    r"(?:\s*[\d.:]+\s*(?:[ap]\.?m\.?)?\s*[:\-–—]\s*)?(?P<who>[A-Z][\w'’ -]{2,40}?)\s+"
    r"(?:update|statement|says|confirms)\s*:"
)
_CLAUSE_WORDS = frozenset(("and", "but", "that", "who", "which", "as", "while", "when"))
_SAY_GATE = re.compile(rf"\b(?:{_SAY}|according)\b")
_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "you", "who", "which", "that"))
_NOT_SPEAKERS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split()
)
_NAME = re.compile(r"^(?:[A-Z][a-z'’-]+\s+){0,4}[A-Z][a-z'’-]+$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the body: its offsets, its text and the live-blog stamp it sits under."""

    start: int
    end: int
    text: str
    stamped: bool = False  # begins with a live-blog time stamp


def split_sentences(text: str) -> list[Sentence]:
    """Split a body into sentences without losing offsets; headings and blog lines stand alone."""
    out: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        end = m.end()
        if m.group() != "\n" and _is_abbreviation(text, m.start()):
            continue
        _add(out, text, start, end)
        start = end
    _add(out, text, start, len(text))
    return out


def _is_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"([\w.]+)$", text[max(0, dot - 12) : dot])
    if not word:
        return False
    token = word.group(1).lower()
    if token in ABBREVIATIONS or re.fullmatch(r"[a-z]", token):
        return True
    # "7:05 p.m. as it approached": a clock's p.m. followed by lower case does not end a sentence.
    after = text[dot + 1 : dot + 3]
    return token in ("p.m", "a.m") and bool(re.match(r"\s?[a-z,]", after))


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        stamped = bool(BLOG_STAMP.match(text, start))
        out.append(Sentence(start, end, text[start:end], stamped))


def speaker(sentence: str) -> str | None:
    """Who a sentence attributes its content to: "police", "ambulance service", a name, or None."""
    update = _UPDATE.match(sentence)
    if update:
        return normalise_speaker(update.group("who"))
    if not _SAY_GATE.search(sentence):
        return None
    for say in _SAY_GATE.finditer(sentence):
        if say.group(0) == "according":
            continue
        # "X said": the up to eight words before the verb, back to a comma or a quote.
        head = re.split(r"[,;:“”\"()]", sentence[: say.start()])[-1].split()
        cut = max(
            (
                i + 1
                for i, w in enumerate(head)
                if w.lower() in _CLAUSE_WORDS
                and not (i + 1 < len(head) and w == "and" and head[i + 1][:1].isupper())
            ),
            default=0,
        )  # "Fire and Rescue Service" is one name; "... and she said" starts a clause
        head = [w for w in head[cut:][-8:] if w not in ("has", "have", "had")]
        found = normalise_speaker(" ".join(head)) if head else None
        if found:
            return found
    m = _SPEAKER_AFTER.search(sentence)
    return normalise_speaker(m.group("who")) if m else None


def normalise_speaker(who: str) -> str | None:
    """Map a speaker phrase to its kind ("Kestrel Vale Police" -> "police") or a lower-case name."""
    phrase = " " + re.sub(r"\s+", " ", who).strip(" ,.:;\"'“”").lower() + " "
    if phrase.strip() in _PRONOUNS or phrase.strip() in _NOT_SPEAKERS:
        return None
    for word, kind in SPEAKER_KINDS.items():
        if word in phrase:
            return kind
    words = who.strip(" ,.:;").split()
    if words and _NAME.match(" ".join(words[-3:])):
        return " ".join(words[-2:]).lower()
    return None
