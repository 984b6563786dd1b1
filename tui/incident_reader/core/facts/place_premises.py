"""Places told by a shape other than a preposition and a name: a junction of two roads, a named
premises ("the Falls Tavern", "the X Tavern shootings"), the town's own site ("in the town's main
square"), a numbered exit, "X, where the crash happened", a unit or platform number."""

from __future__ import annotations

import re

from incident_reader.core.facts import events
from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.event_cues import _tells_onset
from incident_reader.core.facts.lexicon import PLACE_PREPOSITIONS, SITE_NOUNS, STREET_WORDS
from incident_reader.core.facts.numbers import WORD_NUMBER, _alt
from incident_reader.core.facts.place_cues import (
    _FROM,
    _INSTITUTION,
    _RESIDENCE,
    _SEQUEL,
    _UNREACHED,
    RESIDENCE_REACH,
)
from incident_reader.core.facts.place_names import (
    _DEMONYM,
    _GENERIC_HEADS,
    _NAME,
    _POSSESSIVE,
    _REGION,
    _SITE_WORDS,
    _SPACES,
    PLACE,
    _trim,
    is_street_level,
)
from incident_reader.core.facts.place_shapes import moved_before, numbered_exits
from incident_reader.core.facts.place_words import NAMED_STRUCTURES, is_country
from incident_reader.core.facts.text import Sentence, WordGate

# Site nouns, and the settlements that take "of" ("the town of X", "the village of X").
_SETTLEMENTS = ("town", "city", "hamlet", "suburb", "neighbourhood", "neighborhood", "village",
                "island", "isle", "port")  # fmt: skip
_SITE_NOUNS = (*SITE_NOUNS, *_SETTLEMENTS)
_UNIT = re.compile(r"(?<![\w-])(?:Unit|Units|Flat|Block|Gate|Platform)\s+\d{1,4}[A-Z]?(?![\w-])")
_UNIT_GATE = WordGate(("unit", "units", "flat", "block", "gate", "platform"))
_DIGIT = re.compile(r"\d")
# Heads of premises named without a preposition ("the Falls Tavern", "Corran market").
PREMISES_HEADS: tuple[str, ...] = (
    "tavern", "inn", "arms", "bar", "pub", "hotel", "motel", "cafe", "café", "diner", "grill",
    "restaurant", "nightclub", "club", "centre", "center", "mall", "market", "stadium", "arena",
    "amphitheatre", "theatre", "cinema", "station", "airport", "quarry", "mine", "campground",
    "campsite", "pier", "harbour", "marina", "warehouse", "factory", "depot", "school", "church",
    "mosque", "temple", "synagogue", "park", "bridge", "hall", "works", "mill", "library",
    *NAMED_STRUCTURES,
)  # fmt: skip
_PREMISES = re.compile(
    rf"(?<![\w-])(?P<name>(?:[A-Z][\w'’-]*\s+){{1,4}}?)(?:(?P<head>{_alt(PREMISES_HEADS)})|"
    rf"(?P<cap>{'|'.join(h.capitalize() for h in PREMISES_HEADS)}))(?![\w-])"
)
# A named premises before an event noun is the scene: "the Ma-Dudu's Tavern shootings in X",
# "the Copper Kettle Cafe fire".
_PREMISES_EVENT = re.compile(
    _PREMISES.pattern
    + rf"\s+(?i:{events.alternation((), events.ONSET_NOUNS)})(?![\w-])"
    + rf"(?:\s+(?:in|at)\s+(?P<town>{_NAME}))?"
)
# A span of time back to the named premises' event: "collapsed on Thursday, a year after the X
# bridge tragedy", "weeks after the Y Tavern shootings": an earlier incident, when the sentence
# has told its own event before it (an anniversary's "a year since the X fire" keeps the scene).
_AFTER_AN_EARLIER = re.compile(
    rf"\b(?:since|(?:(?:a|an|{WORD_NUMBER}|\d+|a\s+few|several)\s+)?"
    r"(?:days?|weeks?|months?|years?|decades?)\s+(?:after|since))\s+the\s+$",
    re.IGNORECASE,
)
AFTER_AN_EARLIER_REACH = 40
# "the intersection of Route 41 and Hollins Road", "the corner of the Esplanade and Pier Street".
_JUNCTION_NOUNS = ("intersection", "corner", "junction", "crossroads", "crossing")
_JUNCTION = re.compile(
    rf"\b(?:the\s+)?(?:{'|'.join(_JUNCTION_NOUNS)})\s+of\s+(?:the\s+)?"
    rf"(?P<a>{_NAME}(?:\s+[a-z][\w-]*){{0,2}}?)\s+and\s+(?:the\s+)?(?P<b>{_NAME})"
)  # "the corner of the Marlow department store and Kirkgate": a head may follow a name
# A premises head starts a word of its own (after the name's "\s+"): without one, neither
# _PREMISES nor _PREMISES_EVENT can match.
_PREMISES_GATE = WordGate(PREMISES_HEADS)
# The words every match of place_shapes._EXIT holds, one of them (read in the case-blind text).
_EXIT_WORDS = ("exit", "junction", "jct", "interchange")


# A site the town owns, the town unnamed (a dateline or the lead names it): "in the town's main
# square", "outside the city's central station", "on the village's main street".
_TOWN_SITE_HEADS = (*_SITE_NOUNS, *STREET_WORDS, *PREMISES_HEADS)
_TOWNS_SITE = re.compile(
    rf"(?<![\w-])(?:{_alt(PLACE_PREPOSITIONS)})\s+the\s+(?:{'|'.join(_SETTLEMENTS)})['’]s\s+"
    rf"(?P<site>(?:[a-z][\w-]*\s+){{0,2}}?(?:{_alt(_TOWN_SITE_HEADS)}))(?![\w-])"
)


def shaped_places(sentence: Sentence, found: list[Found], not_scene: bool) -> list[Found]:
    """The places of ``found`` with those other shapes tell; a junction or a premises before an
    event noun replaces the prepositional places inside it."""
    text, base = sentence.text, sentence.start
    out = found
    junctions = _JUNCTION.finditer(text) if any(w in text for w in _JUNCTION_NOUNS) else ()
    for j in junctions:  # (every match holds a junction noun; the scan reads every character)
        b_at, b_name = _trim(j.group("b"), j.start("b"))  # "... and Low Street on Friday"
        value = f"{_SPACES.sub(' ', j.group('a'))} and {_SPACES.sub(' ', b_name)}".lower()
        j_end = b_at + len(b_name) if b_name else j.end()
        out = [f for f in out if not (f.start < base + j_end and base + j.start() < f.end)]
        out.append(Found(PLACE, value, base + j.start(), base + j_end))
    if _PREMISES_GATE.passes(sentence):
        for pe in _PREMISES_EVENT.finditer(text):
            start, name = _trim(pe.group("name"), pe.start("name"))
            if not name or _INSTITUTION.search(f"{name} {pe.group('head') or pe.group('cap')}"):
                continue
            if _AFTER_AN_EARLIER.search(
                text, max(0, start - AFTER_AN_EARLIER_REACH), start
            ) and _tells_onset(text[:start]):
                continue  # "collapsed ..., a year after the X bridge tragedy": an earlier one
            value = f"{name} {pe.group('head') or pe.group('cap')}".lower()
            town = _trim(pe.group("town") or "", 0)[1]
            end = pe.end("cap") if pe.group("cap") else pe.end("head")
            if town and not is_street_level(value.split()[-1]):
                value, end = f"{value}, {town.lower()}", pe.end("town")
            out = [f for f in out if not base + start <= f.start < base + end]
            out.append(Found(PLACE, value, base + start, base + end))  # "the X Tavern shootings"
    if "'s " in text or "’s " in text:
        for t in _TOWNS_SITE.finditer(text):
            if not any(f.start <= base + t.start("site") < f.end for f in out):
                value = _SPACES.sub(" ", t.group("site"))
                out.append(Found(PLACE, value, base + t.start(), base + t.end()))
    if _DIGIT.search(text) and any(w in sentence.lower for w in _EXIT_WORDS):
        out.extend(numbered_exits(text, base, out))  # "near exit 12 of Interstate 71"
    if "where" in text:
        out.extend(_where_it_happened(text, base, out))
    if not out and not not_scene:
        out.extend(_named_premises(sentence))
    units = _UNIT.finditer(text) if _UNIT_GATE.passes(sentence) else ()
    for m in units:
        if not any(f.start <= base + m.start() < f.end for f in out):
            out.append(Found(PLACE, m.group(0).lower(), base + m.start(), base + m.end()))
    return out


# A named place the event's relative clause places it at: "the Halden nightlife area where the
# incident occurred", "Kell Quay, where the crash happened".
_WHERE_IT_HAPPENED = re.compile(
    rf"(?<![\w-])(?:the\s+|a\s+)?(?P<name>{_NAME})(?P<head>(?:\s+[a-z][\w-]*){{0,2}}?)\s*,?\s+"
    r"where\s+(?:[a-z-]+\s+){0,3}?(?:" + events.alternation(events.ONSET_VERBS) + r")(?![\w-])"
)  # the verb is any onset verb of events.py: "where the ferry sank", "where it happened"


def _where_it_happened(text: str, base: int, found: list[Found]) -> list[Found]:
    """Places named by "where the incident occurred" that the prepositions did not reach."""
    out: list[Found] = []
    for m in _WHERE_IT_HAPPENED.finditer(text):
        start, name = _trim(m.group("name"), m.start("name"))
        if not name or is_country(name.lower()) or _REGION.search(name):
            continue
        if any(f.start <= base + start < f.end for f in found):
            continue  # already read with its preposition
        head = m.group("head").split()
        value = name.lower()
        if head and head[-1] in _SITE_WORDS and head[-1] not in _GENERIC_HEADS:
            value = f"{value} {' '.join(head)}"  # "the Kell Street market where it happened"
        out.append(Found(PLACE, value, base + start, base + start + len(name)))
    return out


# A person's home in apposition, told by a bare "of" after a comma ("Tom Hale, 41, of Rock Hall",
# "Ann Reed, of Kell House, Arden"; its second part too: "of Arden, Mill Church") or by a
# resident's noun after it ("a Silver Bay, Christ Church resident"): where someone lives.
_HOME_OF = re.compile(r",\s*of\s+(?:(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+)?$")
_HOME_AFTER = re.compile(r",?\s+(?:residents?|natives?)\b")


def _named_premises(sentence: Sentence) -> list[Found]:
    """A premises named without a preposition ("The Falls Tavern was packed", "Corran market").

    Only when the sentence locates nothing through a preposition: a name whose last word is a
    premises or street word, not a sequel's institution.
    """
    text, base = sentence.text, sentence.start
    out: list[Found] = []
    if not _PREMISES_GATE.passes(sentence):
        return out
    for m in _PREMISES.finditer(text):
        start, name = _trim(m.group("name"), m.start("name"))
        whole = f"{name} {m.group('head') or m.group('cap')}"
        told = " ".join(f"{m.group('name')} {m.group('head') or m.group('cap')}".split())
        if (
            not name
            or _INSTITUTION.search(whole)
            or _INSTITUTION.search(told)  # "Kelby Police Station": the name cut before "Police"
            or _POSSESSIVE.search(name.split()[0])
        ):
            continue  # "the Federal Medical Centre": a sequel's institution
        if m.group("head") and (start == 0 or " " not in name and _DEMONYM.search(name)):
            continue  # "Aero club ..." opening a sentence, "a Scottish mall": no proper name
        before = text[max(0, start - RESIDENCE_REACH) : start]
        if (
            _FROM.search(before)
            or _RESIDENCE.search(before)
            or _SEQUEL.search(before)
            or moved_before(before)
            or _UNREACHED.search(before)
            or _HOME_OF.search(before)
            or _HOME_AFTER.match(text, m.end())
        ):
            continue  # "a woman from Kessick Harbour": where someone comes from
        value = f"{name} {m.group('head') or m.group('cap')}"
        out.append(Found(PLACE, value.lower(), base + start, base + m.end()))
    return out
