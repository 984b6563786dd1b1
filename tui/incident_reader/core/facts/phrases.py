"""Counted noun phrases found by their shape, not by a list of known nouns.

A counted phrase is a number, determiner or vague quantity, then any modifiers ("elementary
school", "much-loved", "27-year-old", "Westcairn", "HEROIC"), then a head word that is neither a
closed-class word (determiners, auxiliaries, prepositions, pronouns, conjunctions, number words) nor
on a short stoplist of heads that are never people (vehicles, buildings, units of time, distance and
money, animals, events). The fragments are regex source that the counting rules embed.
"""

from __future__ import annotations

from incident_reader.core.facts.lexicon import (
    ANIMAL_HEADS,
    GROUP_WORDS,
    NOT_PEOPLE_HEADS,
    TENS,
    UNITS,
    VAGUE,
)
from incident_reader.core.facts.numbers import ORDINAL, _alt

# Closed classes: a word of these is never the head or a modifier of a counted noun phrase.
DETERMINERS = (
    "a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its", "my",
    "your", "our", "some", "any", "no", "every", "each", "all", "both", "either", "neither",
)  # fmt: skip
AUXILIARIES = (
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does",
    "did", "will", "would", "can", "could", "may", "might", "shall", "should", "must",
)  # fmt: skip
PREPOSITIONS = (
    "of", "in", "on", "at", "by", "to", "from", "with", "for", "into", "onto", "after", "before",
    "during", "over", "under", "near", "since", "until", "about", "as", "than", "through",
    "without", "within", "upon", "off", "out", "up", "down", "per", "via", "across", "among",
    "including", "like",
)  # fmt: skip
PRONOUNS = (
    "he", "she", "it", "they", "we", "you", "i", "him", "them", "us", "me", "who", "whom",
    "whose", "which", "what", "there", "here", "one", "none", "nobody", "someone", "anyone",
)  # fmt: skip
CONJUNCTIONS = (
    "and", "or", "but", "nor", "so", "yet", "if", "when", "while", "where", "because",
    "although", "though", "whether", "then",
)  # fmt: skip
# Adverbs that stand between a subject and its verb ("Two later died", "three reportedly were").
ADVERBS = (
    "not", "also", "now", "later", "still", "only", "just", "even", "already", "again", "never",
    "reportedly", "allegedly", "subsequently", "initially", "seriously", "critically", "badly",
    "slightly", "fatally", "instantly", "eventually", "apparently", "more", "most", "less",
    "away",
)  # fmt: skip
CLOSED_WORDS: tuple[str, ...] = (
    *DETERMINERS, *AUXILIARIES, *PREPOSITIONS, *PRONOUNS, *CONJUNCTIONS, *ADVERBS,
    *UNITS, *TENS, *(w.split()[0] for w in (*VAGUE, *GROUP_WORDS)), "died", "dies", "dying",
    "dead", "killed", "arrested", "detained", "succumbed", "perished", "drowned", "murdered",
    "remains", "remained",  # copulas: "The driver remains in hospital"
    "appear", "appears", "appeared", "seem", "seems", "seemed",  # "Two appeared to be hurt"
    "said", "says",  # reporting verbs: "a nurse who treated the victims said ..."
)  # fmt: skip

_END = r"(?![\w'’-])"
_CLOSED = rf"(?:{_alt(sorted(set(CLOSED_WORDS)))}){_END}"
_WORD = r"[A-Za-z][A-Za-z'’-]*[A-Za-z]"
# The head of a counted noun phrase: a lower-case word (or a "23-year-old"), never a closed-class
# word or an ordinal. Heads that are never people are left to ``is_person_head`` (the stoplist
# kept out of the pattern, which the rules embed many times and compile at start-up).
HEAD = (
    rf"(?:(?-i:(?!{_CLOSED}|(?:{ORDINAL}){_END})[a-z][a-z'’-]*[a-z])"
    # a plural acronym of people: "Four PDLs", "three OFWs", "two EMTs" (things such as "SUVs"
    # are on the stoplist)
    r"|(?-i:[A-Z]{2,5}s)"
    rf"|\d+[\s-]year[\s-]olds?){_END}"
)
# A modifier before the head: any word that is not closed-class (lower-case, Capitalised or
# upper-case: "school", "much-loved", "Westcairn", "HEROIC"), at most three of them.
MODIFIER = rf"(?:(?i:(?!{_CLOSED}|(?:{ORDINAL}){_END})){_WORD}\s+)"
MODIFIERS = rf"{MODIFIER}{{0,3}}"
# The shortest reading, where the first head found must be the head ("a third person injured").
FEWEST_MODIFIERS = rf"{MODIFIER}{{0,3}}?"
# "passengers and crew": a second bare head joined to the first counts with it.
COORDINATED = rf"(?:\s+(?:and|or)\s+{MODIFIER}{{0,2}}?{HEAD})?"
# A singular head ("the pedestrian"), for a definite subject that names one person.
SINGULAR_HEAD = rf"{HEAD}(?<![^s]s)(?<!men)(?<!people)(?<!ren)"

# (an animal is no person: "Both oxen also died" counts no casualty)
_NOT_PEOPLE = frozenset(NOT_PEOPLE_HEADS) | ANIMAL_HEADS


def is_person_head(word: str | None) -> bool:
    """Whether a counted phrase's head may name people: not "cars", "hours", "buses", "lives"."""
    if not word:
        return True
    w = word.lower()
    return not (
        w in _NOT_PEOPLE
        or (w.endswith("s") and w[:-1] in _NOT_PEOPLE)
        or (w.endswith("es") and w[:-2] in _NOT_PEOPLE)
    )
