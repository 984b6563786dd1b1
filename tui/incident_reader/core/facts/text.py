"""Sentences, live-blog stamps and speakers: the units every fact extractor reads.

Offsets are always into the report body, so a fact found inside a sentence keeps its place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

from incident_reader.core.facts.lexicon import SAY_VERBS, SPEAKER_KINDS

ABBREVIATIONS = frozenset(
    "mr mrs ms dr st sgt insp supt det pc no nos vs etc co ltd jr sr gen col capt lt rev prof "
    "a.m p.m a.m. p.m. u.s u.k i.e e.g jan feb mar apr jun jul aug sep sept oct nov dec "
    "mohd wm chas jas thos approx est mt "
    "mx revd fr engr atty hon alh smt shri mme mlle sra srta".split()
)  # months ("On Oct. 31, 2017, a truck ..." is one sentence); given names ("one Mohd. Irfan (29)");
# honorifics before a name ("Smt. Kamla Devi", "Engr. Ade Bello", "Mme. Lucie Roy": role_words);
# "approx. 3:35 PM", "est. 40 people": a quantity follows
_LAST_WORD = re.compile(r"([\w.]+)$")
# A sentence ends at . ! ? (and closing quotes) before a space or a capital/digit, or at a line end
# (written to open with one character class, which lets the regex engine skip ahead to the next
# mark instead of trying the pattern at every character; "[.!?]+(...)|\n" read the same way).
_END = re.compile(r"[.!?\n](?:(?<=\n)|[.!?]*(?:[\"'”’)]+(?=\s|[A-Z0-9“\"])|(?=\s|[A-Z“\"])))")
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
# Of those, the ones that join a clause of the same sentence (a relative's "who" or a complement's
# "that" belongs to the noun or verb before it, which the frame then covers too).
_CLAUSE_OPENERS = frozenset(("and", "but", "as", "while", "when"))
_WORD = re.compile(r"\S+")
_SAY_GATE = re.compile(rf"\b(?:{_SAY}|according)\b")
_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "you", "who", "which", "that"))
_NOT_SPEAKERS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split()
)
# A word's first four letters, or the whole of a shorter word: "40mph" gives "mph".
# (The rest of the word is read past rather than each start tested by a look-behind: faster.)
_KEY4 = re.compile(r"([a-z]{1,4})[a-z]*")
_NAME = re.compile(r"^(?:[A-Z][a-z'’-]+\s+){0,4}[A-Z][a-z'’-]+$")
_LOWER_AFTER = re.compile(r"\s?[a-z,]")
# A speaker phrase of "the" and a capitalised run names a body, not a person.
_THE_NAMED = re.compile(r"(?i:the)\s+(?P<name>(?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+)$")
_HEAD_CUT = re.compile(r"[,;:“”\"()]")
_SPACES = re.compile(r"\s+")


class Sentence(NamedTuple):
    """A sentence of the body: its offsets, its text and the live-blog stamp it sits under.

    A named tuple rather than a frozen dataclass: reports have hundreds of sentences and building
    them must stay cheap (extraction costs at most twice the tagging).
    """

    start: int
    end: int
    text: str
    stamped: bool = False  # begins with a live-blog time stamp
    keys: frozenset[str] = frozenset()  # its words' first four letters, for WordGate
    lower: str = ""  # the text in lower case, for WordScan


# Real sentences are far shorter (news sentences run to a few hundred characters); a run-on past
# this (a page with no full stops, hostile input) is cut at clause breaks, so every rule that reads
# a whole sentence costs a bounded amount per piece and extraction stays linear in the text.
MAX_SENTENCE_CHARS = 2_000


# The last body split and its sentences: extraction splits a report once for its sentence loop
# and again for the suspects told across sentences (role_surnames); the second reads this.
_LAST_SPLIT: tuple[str, tuple[Sentence, ...]] = ("", ())


def split_sentences(text: str) -> list[Sentence]:
    """Split a body into sentences without losing offsets; headings and blog lines stand alone."""
    global _LAST_SPLIT
    last = _LAST_SPLIT  # one read: another thread may replace the pair, never half of it
    if last[0] is text or last[0] == text:
        return list(last[1])
    out = _split(text)
    _LAST_SPLIT = (text, tuple(out))
    return out


def _split(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        end = m.end()
        if m.group() != "\n" and (_is_abbreviation(text, m.start()) or _is_leader(text, m)):
            continue
        _add(out, text, start, end)
        start = end
    _add(out, text, start, len(text))
    return out


# A dot leader between a table label and its figure ("Fatalities ........ 2", "Injured . . . . 9"):
# four dots or more, then a figure closing a short line; a row of a table, not a sentence's end.
_LEADER = re.compile(r"(?:\.[ \t]?){4,}[ \t]*(?:\d|(?i:nil|none|zero)\b)[^\n]{0,40}(?:\n|$)")


def _is_leader(text: str, end: re.Match[str]) -> bool:
    """Whether the full stop ``end`` opens a dot leader that leads to a figure on its line."""
    at = end.start()
    if text[at] != "." or text[at + 1 : at + 2] not in (".", " ", "\t"):
        return False  # a "!" or "?" opens no leader
    while at > 0 and text[at - 1] in ". \t":  # a spaced leader's later dots match one by one
        at -= 1
    at = text.index(".", at)
    return bool(_LEADER.match(text, at))


def _is_abbreviation(text: str, dot: int) -> bool:
    word = _LAST_WORD.search(text, max(0, dot - 12), dot)
    if not word:
        return False
    token = word.group(1).lower()
    if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
        return True
    if _INITIALS.fullmatch(token):
        return True  # a person's dotted initials before the name: "W.A. Perera", "J.K. Rowe"
    # "7:05 p.m. as it approached", "on Maple Ave. in Linwood": a clock's p.m. or a street's
    # abbreviation followed by lower case does not end a sentence.
    after = text[dot + 1 : dot + 3]
    return token in _BEFORE_LOWER and bool(_LOWER_AFTER.match(after))


_INITIALS = re.compile(r"[a-z](?:\.[a-z]){1,3}")
_BEFORE_LOWER = frozenset(("p.m", "a.m", "ave", "rd", "blvd", "ln", "hwy", "pkwy", "reg"))


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    """One sentence, or a run-on cut at clause breaks into pieces of at most MAX_SENTENCE_CHARS."""
    while end - start > MAX_SENTENCE_CHARS:
        cut = _clause_break(text, start, start + MAX_SENTENCE_CHARS)
        _add_one(out, text, start, cut)
        start = cut
    _add_one(out, text, start, end)


def _clause_break(text: str, start: int, limit: int) -> int:
    """Where to cut a run-on before ``limit``: after a semicolon, else a comma, else a space."""
    for mark in (";", ",", " ", "\t"):
        at = text.rfind(mark, start + MAX_SENTENCE_CHARS // 2, limit)
        if at >= 0:
            return at + 1
    return limit


def _add_one(out: list[Sentence], text: str, start: int, end: int) -> None:
    raw = text[start:end]
    body = raw.strip()
    if body:
        start += len(raw) - len(raw.lstrip())
        end = start + len(body)
        first = body[:7].lstrip().lower()
        stamped = (first[:1].isdigit() or first.startswith("update")) and bool(
            BLOG_STAMP.match(text, start)
        )
        lower = _lower(body)
        keys = frozenset(_KEY4.findall(lower))
        out.append(Sentence(start, end, body, stamped, keys, lower))


# Letters that a case-blind regex reads as ASCII ones ("hıs" as "his", "ſcene" as "scene",
# "KİLLED" as "killed") but that str.lower() keeps apart: the word keys and scans must see them
# as the regexes do, or a gate would turn away a sentence its rule matches.
_FOLD = str.maketrans({"ı": "i", "ſ": "s", "İ": "I"})


def _lower(text: str) -> str:
    """``text.lower()`` with the regexes' case-blind ASCII letters (one character for one)."""
    if text.isascii() or not ("ı" in text or "ſ" in text or "İ" in text):
        return text.lower()
    return text.translate(_FOLD).lower()


# Public name for other modules' word searches: a text lowered as the case-blind regexes read it.
blind_lower = _lower


def lowered(sentence: Sentence) -> str:
    """A sentence's text lowered as the case-blind regexes read it (its kept copy when it has
    one, as split_sentences and sentence_of give it)."""
    lower = sentence.lower
    return lower if len(lower) == len(sentence.text) else _lower(sentence.text)


def sentence_of(text: str) -> Sentence:
    """A text as one sentence at offset 0 (for readers of a single sentence)."""
    lower = _lower(text)
    return Sentence(0, len(text), text, False, frozenset(_KEY4.findall(lower)), lower)


def speaker(said: str | Sentence) -> str | None:
    """Who a sentence attributes its content to: "police", "ambulance service", a name, or None."""
    return speaker_scope(said)[0]


def speaker_scope(said: str | Sentence) -> tuple[str | None, int]:
    """Who a sentence attributes its content to, and the offset in the sentence from which on.

    A frame at either end of the sentence or set off by commas ("Police said ...", "..., police
    said.", "The driver, police said, ...") attributes the whole sentence (offset 0). A frame that
    opens a clause of its own after a conjunction or a semicolon ("The driver was arrested as
    investigators say they believe ...", "Three died, and police said ...") attributes only that
    clause: what the sentence told before it is the writer's own."""
    s = sentence_of(said) if isinstance(said, str) else said
    sentence = s.text
    update = _UPDATE.match(sentence) if ":" in sentence[:60] else None
    if update:
        return normalise_speaker(update.group("who")), 0
    says = _SAY_SCAN.finditer(s)
    if not says:
        return None, 0
    for say in says:
        if say.group(0) == "according":
            continue
        # "X said": the up to eight words before the verb, back to a comma or a quote.
        cuts = list(_HEAD_CUT.finditer(sentence, 0, say.start()))
        chunk_start = cuts[-1].end() if cuts else 0
        words = list(_WORD.finditer(sentence, chunk_start, say.start()))
        head = [w.group() for w in words]
        cut = max(
            (
                i + 1
                for i, w in enumerate(head)
                if w.lower() in _CLAUSE_WORDS
                and not (i + 1 < len(head) and w == "and" and head[i + 1][:1].isupper())
            ),
            default=0,
        )  # "Fire and Rescue Service" is one name; "... and she said" starts a clause
        scope = 0
        opener = words[cut - 1] if cut else None
        if (
            opener
            and opener.group().lower() in _CLAUSE_OPENERS
            and sentence[: opener.start()].strip()
        ):
            scope = opener.start()  # "... was arrested as police say ..."
        elif cuts and cuts[-1].group() == ";" and not cut:
            scope = chunk_start  # "Two died; police said the driver fled"
        head = [w for w in head[cut:][-8:] if w not in ("has", "have", "had")]
        found = normalise_speaker(" ".join(head)) if head else None
        if found:
            return found, scope
    m = _SPEAKER_AFTER_SCAN.search(s)
    return (normalise_speaker(m.group("who")) if m else None), 0


def normalise_speaker(who: str) -> str | None:
    """Map a speaker phrase to its kind ("Kestrel Vale Police" -> "police") or a lower-case name."""
    phrase = " " + _SPACES.sub(" ", who).strip(" ,.:;\"'“”").lower() + " "
    if phrase.strip() in _PRONOUNS or phrase.strip() in _NOT_SPEAKERS:
        return None
    for word, kind in SPEAKER_KINDS.items():
        if word in phrase:
            return kind
    words = who.strip(" ,.:;").split()
    if words and _NAME.match(" ".join(words[-3:])):
        named = _THE_NAMED.match(" ".join(words))
        if named:  # "The Kelby Science Museum": a body's whole name, which takes "the"
            return named.group("name").lower()
        return " ".join(words[-2:]).lower()  # a person: forename and surname
    return None


def _literal_part(pattern: str) -> str:
    """What every match of a pattern holds: without groups, classes, escapes and optional words."""
    previous = None
    while previous != pattern:
        previous = pattern
        pattern = re.sub(r"\((?:[^()]*)\)[?*]?", " ", pattern)
    pattern = re.sub(r"\[[^\]]*\][?*+]?|\\[a-zA-Z]|[a-z0-9]\?", " ", pattern)
    return pattern


# Look-behinds (without groups inside) at the start of a stem.
_LEADING_LOOKBEHINDS = re.compile(r"^(?:\(\?<[!=][^()]*\))+")


# A group of plain words at the start of a stem, optional or not ("(?:the )?", "(?:able|managed)").
_PLAIN_GROUP = re.compile(r"\(\?:([a-z' ]+(?:\|[a-z' ]+)*)\)(\?{0,2})(?![?*+{])")


def opening_words(stem: str) -> list[str]:
    """A stem written out at its leading group of plain words: "(?:the )?(?:injury|wounding) of"
    as "the (?:injury|wounding) of", "injury of" and "wounding of" (every match starts like one)."""
    m = _PLAIN_GROUP.match(stem)
    if m is None:
        return [stem]
    rest = stem[m.end() :]
    out = [alt + rest for alt in m.group(1).split("|")]
    return [*out, *opening_words(rest)] if m.group(2) else out


def _first_key(stem: str) -> str | None:
    """A stem's first word as a key (its first four letters), or None when it opens otherwise."""
    words = re.findall(r"[a-z]+", _literal_part(stem.lower()))
    return words[0][:4] if words and re.match(r"[a-z]", stem.lower()) else None


def _needed_keys(stems: Iterable[str], keys: frozenset[str]) -> frozenset[str]:
    """The keys one of which every match of some stems holds (``keys`` when unsure): past a
    stem's optional opening words, each ending in a space, the word after them stands at a word
    start, so a sentence holds its key if it is four letters long ("injury" in "the injury of")."""
    needs: set[str] = set()
    for stem in stems:
        core = stem
        while (m := _PLAIN_GROUP.match(core)) and m.group(2):
            if not all(alt.endswith(" ") for alt in m.group(1).split("|")):
                return keys
            core = core[m.end() :]
        for s in opening_words(core):
            key = _first_key(s)
            if key is None or s[:1].isdecimal() or (core is not stem and len(key) < 4):
                return keys
            needs.add(key)
    return frozenset(needs) if needs <= keys else keys


class WordGate:
    """A cheap test that a sentence holds a word starting like one of some stems.

    Built from the longest literal word of each of a family's patterns (every match holds it); a
    sentence without any skips the family's costly regexes (extraction must cost at most twice
    the tagging).
    """

    def __init__(self, stems: Iterable[str]) -> None:
        self.stems = tuple(stems)  # (read by the tests)
        keys: set[str] = set()
        self.always = False
        for stem in self.stems:
            words = re.findall(r"[a-z]+", _literal_part(stem.lower()))
            word = max(words, key=len, default="")
            if word:
                keys.add(word[:4])  # a word shorter than four letters must be whole: "vw", "hit"
            else:
                self.always = True  # nothing literal to test
        self.keys = frozenset(keys)

    def passes(self, sentence: Sentence) -> bool:
        """Whether the sentence may hold a match."""
        return self.always or not self.keys.isdisjoint(sentence.keys)


class WordScan:
    """Find a pattern's matches by trying it only where a word starts like one of its stems.

    Faster than ``finditer`` for a long alternation of cue words: Python's ``re`` tries every
    alternative at every character, this tries the whole pattern at a handful of words.
    """

    def __init__(
        self,
        pattern: re.Pattern[str],
        stems: Iterable[str],
        end: Callable[[re.Match[str]], int] | None = None,
    ) -> None:
        self.pattern = pattern
        self.end = end  # where a match ends if a follow-up rule extends it (the next starts after)
        keys: set[str] = set()
        digits: set[str] = set()
        self.always = False
        # A look-behind matches no text: "(?<!hostages are )being held" starts at "being"; a
        # leading group of plain words starts at each of them ("(?:able|managed) to arrest").
        for stem in (s for raw in stems for s in opening_words(_LEADING_LOOKBEHINDS.sub("", raw))):
            key = _first_key(stem)
            if stem[:1].isdecimal():
                digits.add(stem[0])  # "4x4", "18-wheeler": tried wherever that digit stands
            elif key is None:
                self.always = True  # it may start with a group: scan the plain way
            else:
                keys.add(key)  # the first word: a match starts there
        self.keys = frozenset(keys)
        # The keys one of which every match holds as a word of its own: its first word's, or,
        # after optional opening words ("(?:the )?(?:injury|wounding) of"), the next word's.
        self.needs = _needed_keys([_LEADING_LOOKBEHINDS.sub("", raw) for raw in stems], self.keys)
        self.digits = frozenset(digits)
        # Only word keys decide (no digit, no plain scan, no subclass finding more than
        # ``_matches`` here): a sentence without any of them finds nothing.
        plain = type(self)._matches is WordScan._matches
        self.keyed_only = plain and not self.always and not digits
        # The last sentence object read by finditer and its matches (never across sentences).
        self._last: tuple[Sentence | None, list[re.Match[str]]] = (None, [])

    def search(self, sentence: Sentence) -> re.Match[str] | None:
        """The first match, or None (stops at the first)."""
        if self.keyed_only and self.needs.isdisjoint(sentence.keys):
            if len(sentence.lower) == len(sentence.text):
                return None  # what _matches finds, without its call (most calls)
        return next(iter(self._matches(sentence, first=True)), None)

    def finditer(self, sentence: Sentence) -> list[re.Match[str]]:
        """Non-overlapping matches in reading order (read-only: the list is kept for the next
        call on the same sentence object, as several rules of a family read one verb scan)."""
        if self.keyed_only and self.needs.isdisjoint(sentence.keys):
            if len(sentence.lower) == len(sentence.text):
                return []  # what _matches finds, without its call (most calls)
        last = self._last
        if last[0] is sentence:
            return last[1]
        found = self._matches(sentence, first=False)
        self._last = (sentence, found)  # one tuple: a thread reading it sees a whole pair
        return found

    def _matches(self, sentence: Sentence, first: bool) -> list[re.Match[str]]:
        lower, text = sentence.lower, sentence.text
        if self.always or len(lower) != len(text):
            if self.end is None:
                return list(self.pattern.finditer(text))
            return self._search_all(text, first)
        present = self.keys & sentence.keys
        if not present and (not self.digits or not any(d in lower for d in self.digits)):
            return []  # most calls: no word of the sentence starts like a stem
        if len(present) == 1 and not self.digits:
            # One key (most calls that get here): its word starts come out of find in order.
            (key,) = present
            ordered: list[int] = []
            i = lower.find(key)
            while i != -1:
                if i == 0 or not lower[i - 1].isalpha():
                    ordered.append(i)
                i = lower.find(key, i + 1)
        else:
            ordered = sorted(self._starts(lower, present))
        out: list[re.Match[str]] = []
        reached = -1
        match = self.pattern.match
        for pos in ordered:
            if pos < reached:
                continue
            m = match(text, pos)
            if m:
                out.append(m)
                if first:
                    break
                reached = m.end() if self.end is None else self.end(m)
        return out

    def _starts(self, lower: str, present: frozenset[str]) -> set[int]:
        """Where a word starts with one of the ``present`` keys, and where a digit key stands."""
        starts: set[int] = set()
        for key in present:
            i = lower.find(key)
            while i != -1:
                if i == 0 or not lower[i - 1].isalpha():
                    starts.add(i)
                i = lower.find(key, i + 1)
        for digit in self.digits:
            i = lower.find(digit)
            while i != -1:
                starts.add(i)
                i = lower.find(digit, i + 1)
        return starts

    def _search_all(self, text: str, first: bool) -> list[re.Match[str]]:
        """``finditer``, each search resuming where the extended match ends (none is empty)."""
        assert self.end is not None
        out: list[re.Match[str]] = []
        m = self.pattern.search(text)
        while m:
            out.append(m)
            if first:
                break
            m = self.pattern.search(text, self.end(m))
        return out


# Words without which a sentence names no speaker (see speaker()).
SPEAKER_GATE = WordGate((*SAY_VERBS, "according", "update", "statement", "confirms"))
_SAY_SCAN = WordScan(_SAY_GATE, (*SAY_VERBS, "according"))
_SPEAKER_AFTER_SCAN = WordScan(_SPEAKER_AFTER, (*SAY_VERBS, "according"))
