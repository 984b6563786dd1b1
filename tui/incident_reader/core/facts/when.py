"""When: the incident's date and clock time, and the clause each timeline entry anchors.

A time expression dates the incident when the nearest cue word in its sentence tells the incident
happening ("derailed", "the blast happened", "the first 999 call") rather than something after it
("arrested", "said", "reopened", "a statement issued").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from incident_reader.core.facts import events
from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.numbers import WORD_NUMBER
from incident_reader.core.facts.text import REPORTING, Sentence, WordGate, WordScan, sentence_of
from incident_reader.core.model import Fact, TextSpan, Timex

DATE = "incident.date"
TIME = "incident.time"

# Any past participle "to death" tells a death ("hacked to death", "charred to death", "crushed
# to death"): the verb is an open class, the phrase closes it.
TO_DEATH = r"(?<=(?:ed|wn|nt|rt|ot|en) )to\s+death"
LOST_LIFE = r"lost\s+(?:his|her|their)\s+li(?:fe|ves)"
# Words telling the incident itself (its onset or its toll): the predicate classes of events.py,
# and a few phrases that are no single predicate.
EVENT_CUES: tuple[str, ...] = (
    r"opened fire", r"gunfire", r"shots? (?:were |was )?fired", r"left the (?:tracks|rails|road)",
    r"driven into", r"drove into", r"turned (?:off|into)", r"driving erratically", r"unfolded",
    r"calls?(?: came in)?", r"were called", r"was called", r"alarm was raised", r"alerted",
    r"dead", r"seen", r"went in", r"jumped", r"killing", r"drove", r"driven", r"dispatched",
    r"scrambled", r"destroyed", r"entered", r"struck", r"hit",
    events.alternation((*events.ONSET_VERBS, *events.CALL_OUT_VERBS), events.ONSET_NOUNS),
    TO_DEATH, LOST_LIFE, events.alternation(events.TOLL_VERBS),
)  # fmt: skip
# Event cues that tell the toll rather than the onset: a live-blog entry reporting a toll is no
# evidence that its stamp is the incident's time, and a later death's time is not the onset's.
CASUALTY_CUES: tuple[str, ...] = (
    r"dead", r"killing", TO_DEATH, LOST_LIFE, events.alternation(events.TOLL_VERBS),
)  # fmt: skip
# Words telling what came after (arrests, statements, reopening): a time near them is not the
# incident's.
AFTER_CUES: tuple[str, ...] = (
    r"said", r"says", r"told", r"issued", r"re-opened", r"rescued", r"under control", r"will",
    r"due", r"went ahead", r"closing", r"since", r"between", r"until", r"later",
    events.alternation(events.AFTER_VERBS, events.AFTER_NOUNS),
)  # fmt: skip
_B = r"(?<!\w)"  # a cue starts a word; "triple-zero call", "gas-cylinder explosion" count
_E = r"(?![\w-])"
_SAYING = re.compile(
    r"said|says|told|statement|issued|confirm(?:s|ed)?|announce[sd]?", re.IGNORECASE
)
# The sequels a whole report may be about: justice and remembrance.
LEGAL_SEQUEL_VERBS: tuple[str, ...] = (
    "arrest", "charge", "sentence", "jail", "convict", "acquit", "remand", "commemorate", "mark",
)  # fmt: skip
LEGAL_SEQUEL_NOUNS: tuple[str, ...] = ("trial", "inquest", "verdict", "anniversary", "memorial")
# Harm done by the police ends an incident; its time is no onset.
_BY_POLICE = re.compile(
    r"\s+(?:dead\s+|down\s+)?by\s+(?:(?:armed|police|firearms|specialist)\s+)?(?:an?\s+)?"
    r"(?:police|officers?|marksm[ae]n|snipers?|troopers?|deputies|soldiers|security\s+forces"
    r"|gardaí|commandos)\b",
    re.IGNORECASE,
)
_LEGAL_SEQUEL = re.compile(
    rf"{_B}(?:{events.alternation(LEGAL_SEQUEL_VERBS, LEGAL_SEQUEL_NOUNS)}){_E}", re.IGNORECASE
)
_ONSET = re.compile(
    rf"{_B}(?:{'|'.join(c for c in EVENT_CUES if c not in CASUALTY_CUES)}){_E}", re.IGNORECASE
)
_TOLL = re.compile(rf"{_B}(?:{'|'.join(CASUALTY_CUES)}){_E}", re.IGNORECASE)
_EVENT = re.compile(rf"{_B}(?:{'|'.join(EVENT_CUES)}){_E}", re.IGNORECASE)
_EVENT_WORDS = (
    *EVENT_CUES[:-4],
    TO_DEATH.split(")")[-1],  # the cue starts at "to"
    LOST_LIFE,
    *events.cue_words((*events.ONSET_VERBS, *events.CALL_OUT_VERBS), events.ONSET_NOUNS),
    *events.cue_words(events.TOLL_VERBS),
)
_EVENT_SCAN = WordScan(_EVENT, _EVENT_WORDS)
_SCENE_GATE = WordGate((*_EVENT_WORDS, *events.AGENT_NOUNS, "scene", "site", "heard", "told"))
_HEARD_HOW = re.compile(r"\b(?:heard|(?:was|were)\s+told)\s+(?:that|how)\b", re.IGNORECASE)
_SCENE = re.compile(rf"\b(?:scene|site|{'|'.join(events.AGENT_NOUNS)})s?\b", re.IGNORECASE)
# Tried only where one of its words starts, and "heard/told that|how" only with one of its verbs.
_SCENE_SCAN = WordScan(_SCENE, ("scene", "site", *events.AGENT_NOUNS))
_AFTER = re.compile(rf"{_B}(?:{'|'.join(AFTER_CUES)}){_E}", re.IGNORECASE)
_AFTER_SCAN = WordScan(
    _AFTER, (*AFTER_CUES[:-1], *events.cue_words(events.AFTER_VERBS, events.AFTER_NOUNS))
)
_LEAD = re.compile(
    r"(?:(?<!\w)(?:at|on|from|in|by|during)\s+)?(?:(?<!\w)(?:around|about|approximately|roughly|shortly|just|"
    r"some\s+time|sometime|soon)\s+)?(?:(?:after|before)\s+)?$",
    re.IGNORECASE,
)
_CLOCK_VALUE = re.compile(r"T(\d{2}):(\d{2})")
# A clock in a zone followed by the local clock in brackets: "0310 GMT (0610 local time)".
_ZONE = re.compile(r"\b(?:GMT|UTC|Z)\b")
_LOCAL_AFTER = re.compile(r"\s*\(\s*[\d.:]+\s*(?:[ap]\.?m\.?\s*)?local\b", re.IGNORECASE)
_LOCAL = re.compile(r"[^)]*\blocal\b", re.IGNORECASE)
_DAY_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_STAMP_END = re.compile(r"\s*[\d.:]+\s*(?:[ap]\.?m\.?)?\s*[:\-–—]\s*")
MAX_CUE_DISTANCE = 90
MAX_EVENT_DISTANCE = 150
SAME_CLOCK_MINUTES = 10  # the README's tolerance: clocks under ten minutes apart agree
DATELINE_REACH = 40
_ONSET_CUE, _TOLL_CUE, _AFTER_CUE = 0, 1, 2
# Closed-class words that may follow a noun without being a noun it modifies.
FUNCTION_WORDS: frozenset[str] = frozenset(
    "a an the this that these those its their his her our my your some any no every each all "
    "and or but nor so yet as than then when while where which who whom whose that if because "
    "after before since until at on in into onto from to of off by with without near outside "
    "inside over under through across along around about behind beside between during against "
    "among within upon toward towards beyond past up down out is are was were be been being has "
    "have had do does did will would shall should can could may might must not it he she they we "
    "there here also still just now already again yesterday today tonight overnight earlier later "
    "soon too very last next".split()
)
# A number word after an event noun starts a time phrase ("the collapse five years ago").
_NUMBER_WORD = re.compile(rf"(?:{WORD_NUMBER})", re.IGNORECASE)
_VERB_WORDS = frozenset(
    w
    for lemma in (*events.ONSET_VERBS, *events.AFTER_VERBS, *events.TOLL_VERBS, *events.IRREGULAR)
    for w in events.forms(lemma.split()[0])
) | frozenset(p for pair in events.IRREGULAR.values() for p in pair)
_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z'-]*)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+$", re.IGNORECASE)
# An event named after these is a reference point ("since the crush"), not the clause's own event.
_REFERENCE_POINT = re.compile(
    r"\b(?:since|after|following|before|over)\s+(?:the|a|an|its|this)\s+$"
)
# A saying verb that opens a quotation ("said: 'On Monday ...") dates what is quoted, not itself.
_QUOTE_OPENS = re.compile(
    r"\s*[:,]\s*['‘“\"]|\s*:\s|(?:\s+(?:the\s+)?[a-z]+)?\s+that\s"
    r"(?!(?:day|night|morning|afternoon|evening|week|month|year|weekend)\b)"
)  # "told the court that on 14 June ...", "heard that": what is reported, not the telling
_DETERMINER_AFTER = re.compile(r"\s+(?:a|an|the|its|their|his|her|some|two|three)\b")
_NOUN_FORMS = frozenset(events.cue_words(nouns=events.ONSET_NOUNS))
_ONSET_VERB = re.compile(
    rf"{_B}(?:{events.alternation(events.ONSET_VERBS)}|opened fire|left the (?:tracks|rails|road)"
    rf"|driven into|drove into){_E}"
)  # lower case: "Orrin Falls" is a name
# A line opening with a bare clock and a capital: a live-blog stamp without a separator.
_LINE_STAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+[A-Z“\"]")
_DATELINE_HEAD = re.compile(r"^[A-Z][\w.'’ -]{1,30},(?:\s*[A-Z][\w.'’ -]{1,20},)?\s*$")
_DATELINE_TAIL = re.compile(r"\s*(?:\(|:|[–—-]\s)")
_ATTRIBUTIVE_HEAD = re.compile(r"\b(?:the|a|an|its|their)\s+$", re.IGNORECASE)
_DAY_WORD = re.compile(
    r"(?i:today|yesterday|tonight|night|morning|evening|afternoon|day)|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|"
    r"\d{1,2}/\d{1,2}"
)
# What lies between "between" and a time it bounds: nothing, or the first bound and "and".
_BOUNDS = re.compile(r"\s*(?:\S{1,12}\s*(?:[ap]\.?m\.?\s*)?(?:and|to|-|–)\s*)?")
# A time owning an event noun dates it, whatever else is near: "appealing for witnesses to
# Sunday's crash".
_OWNS_EVENT = re.compile(r"['’]s?\s+")
_MODIFIER_WORDS = re.compile(r"(?:[a-z][\w-]*\s+){0,2}")
OWNED_REACH = 25
# A calendar date names its month or its numbers ("26 February", "Feb. 26", "26/02").
_CALENDAR = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\d{1,2}/\d{1,2}|\d{4}-\d{2}"
)
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
# "officers on patrol", "on duty": a sequel's noun after "on" is a state, not a later event.
_ON_DUTY = re.compile(r"\bon\s+$", re.IGNORECASE)
# Harm told before a death in the same sentence makes the death later than the incident.
_EARLIER_HARM = re.compile(
    r"\bhad\s+(?:been\s+)?(?:suffered|sustained|received|injured|hurt|burned|burnt|wounded)\b|"
    r"\b(?:critically|seriously|gravely|fatally|badly)\s+(?:injured|hurt|burned|burnt|wounded)\b",
    re.IGNORECASE,
)
LATER_DEATH_GAP = 25  # "died around", "passed away in hospital at"
# Verbs of occurring: they tell whatever their subject names.
_OCCUR = re.compile(
    rf"(?i:{events.alternation(('happen', 'occur', 'take place', 'unfold', 'start', 'begin'))})"
)
OCCUR_REACH = 30
# An occurring verb tells the incident when its subject is an event noun this close before it or
# a pronoun ("It happened at 6pm", "which took place"); a ceremony taking place tells none.
EVENT_SUBJECT_REACH = 60
# ("began taking on water", "started to sink" tell the event in the verb that follows)
_BARE_OCCURRING = ("happen", "occur", "take", "took", "taking")
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:it|this|that|which|what|they|all\s+this)\s+(?:(?:had|has|have|all|reportedly|"
    r"apparently|allegedly|then|just|only)\s+)*$",
    re.IGNORECASE,
)
# A legal finding's noun phrase names no event: "a conclusion of lawful killing on Friday".
_FINDING_OF = re.compile(
    r"\b(?:verdicts?|conclusions?|findings?|rulings?|determinations?)\s+of\s+(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)
FINDING_REACH = 40
# Harm whose subject is the police ends the incident: "Spanish police on Monday shot dead ...".
_POLICE_SUBJECT = re.compile(
    r"\b(?:police|officers|marksm[ae]n|snipers|troopers|soldiers|security\s+forces|commandos)"
    r"(?:\s+(?:on\s+[A-Z]\w+|later|then|finally|eventually|yesterday|today|\w+ly))*\s+$"
)
POLICE_REACH = 60
_HARM_STEMS = ("shot", "shoot", "kill", "gun", "wound", "injur", "stab", "dead")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+$", re.IGNORECASE)
# A time after these is a stretch the story lasted ("through the night", "all morning").
_SPAN_BEFORE = re.compile(r"\b(?:through|throughout|all)\s+$", re.IGNORECASE)
MIN_CLAUSE_WORDS = 3
# Where a sentence's clauses meet: "; ", " - ", ", and ...", ", but ...", ", while ...".
_CLAUSE_BREAK = re.compile(
    r";\s+|\s[-–—]\s|,\s+(?=(?:and|but|while|whereas|although|though|before|after|when)\b)"
)
LATER_CUE_WEIGHT = 40
ATTRIBUTION_TAIL = 3  # characters after a closing attribution's verb ("said.", "found.\"")
_ATTRIBUTION = re.compile(r"[^,;]*,")
# A relative clause with a verb of its own between a cue and a later time: the verb owns the time.
_RELATIVE = re.compile(
    r",\s+(?:which|who)\s+(?:(?:had|has|have|was|were|is|are)\s+(?:been\s+)?[a-z]+|[a-z]+(?:ed|en))\b"
)
CLAUSE_PENALTY = 60
# A time this close after an event cue, with only a lead between ("exploded at 11.40pm"), is the
# cue's own: an earlier time in the sentence is not that event's.
OWN_TIME_GAP = 30
# "A year ago today", "five years ago today": the day of the incident, years before the DCT.
WORD_YEARS: dict[str, int] = {
    w: n + 2
    for n, w in enumerate("two three four five six seven eight nine ten eleven twelve".split())
}
_YEARS_AGO = re.compile(
    r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"years?\s+ago\s*,?\s*$",
    re.IGNORECASE,
)
# A hearing's account: "The court heard Pell walked ...", "The jury was told the gunmen entered":
# a time after the hearing verb and a finite verb of the account is the account's.
_ACCOUNT_VERB = re.compile(
    rf"\b(?:[a-z]+ed|{'|'.join(sorted({p for pair in events.IRREGULAR.values() for p in pair}))})\b"
)
_HEARING = frozenset(("heard", "told"))
TELLS_WHOM_REACH = 45
_TO_AFTER = re.compile(r"\s+to\b")
# Care given at once ("taken to hospital", "airlifted", "rescued") told with a time and then
# "after" the onset: the time is the onset's ("hospitalised Tuesday morning after a truck hit").
_CARE = re.compile(
    r"(?i:hospitals?|airlift(?:ed)?|rescued?|treated|hospitali[sz]ed|rushed|taken|flown)"
)
_AFTER_ONSET = re.compile(r"\s*,?\s+(?:shortly\s+|soon\s+|just\s+)?(?:after|when)\s+")
CARE_REACH = 60
# What a court or an inquest heard is the incident's own narrative, in any verbs.
_COURT_ACCOUNT = re.compile(
    r"\b(?:heard|(?:was|were)\s+told)\s+(?:that|how)\b[^;:.!?]{0,60}$", re.IGNORECASE
)
COURT_REACH = 60
_CLOCK_TEXT = re.compile(
    r"\d[:.]\d|\d\s*[ap]\.?m|noon|midnight|o'clock", re.IGNORECASE
)  # a cue across a clause break ("..., and rescuers were still searching")


def is_event_sentence(text: str | Sentence) -> bool:
    """Whether a sentence tells an incident itself (used to pick background incidents); an event
    word that only modifies a noun ("The collapsed bridge was built in the 1960s") tells none."""
    return _first_event(text) is not None


def _first_event(text: str | Sentence) -> int | None:
    """Where the first event word that is no name and modifies no noun starts ("a fire chief"
    and "the collapsed bridge" tell no event); found by the word-keyed scan, which is faster
    than an alternation tried at every character."""
    s = sentence_of(text) if isinstance(text, str) else text
    body = s.text
    for m in _EVENT_SCAN.finditer(s):
        if m.start() and body[m.start()].isupper():
            continue  # a name ("Orrin Falls")
        word = m.group(0).lower()
        after_determiner = _DETERMINER_BEFORE.search(body, max(0, m.start() - 6), m.start())
        if (word in _NOUN_FORMS or after_determiner) and _modifies_noun(body, m.end()):
            continue
        if word.startswith("fail") and _TO_AFTER.match(body, m.end()):
            continue  # "failed to stop": no event of its own
        return m.start()
    return None


def tells_onset(fragment: str) -> bool:
    """Whether a stretch of text holds a word of the incident's onset ("after being attacked")."""
    return any(not m.group(0)[0].isupper() for m in _ONSET.finditer(fragment))


def tells_sequel(clause: str) -> bool:
    """Whether a clause's first predicate tells what came after ("he was charged ...")."""
    s = sentence_of(clause)  # word-keyed scans: faster than an alternation
    after = _AFTER_SCAN.search(s)
    if after is None:
        return False
    event = _first_event(s)
    return event is None or after.start() < event


def tells_a_sequel(text: str) -> bool:
    """Whether a sentence tells a court's or a remembrance's sequel anywhere ("A man who drove
    into a crowd in May was jailed on Tuesday", "gathered to mark five years since")."""
    return _LEGAL_SEQUEL.search(text) is not None


def is_scene_sentence(sentence: Sentence) -> bool:
    """Whether a sentence tells the incident or its scene (used to pick places)."""
    if not _SCENE_GATE.passes(sentence):
        return False
    lower = sentence.lower
    if _SCENE_SCAN.search(sentence) or (
        ("heard" in lower or "told" in lower) and _HEARD_HOW.search(sentence.text)
    ):
        return True  # the scene, its agent, or what a court heard of the incident
    return any(cls != _AFTER_CUE for _, _, cls, _ in _cues(sentence))  # not "flood warnings"


def names_the_wreck(sentence: Sentence) -> bool:
    """Whether a sentence names what the event left, by its participle ("the collapsed bridge",
    "the derailed train"): where that thing stood is the scene even when no verb tells it."""
    text = sentence.text
    return any(
        _DETERMINER_BEFORE.search(text, max(0, m.start() - 6), m.start())
        and m.group(0).endswith(("ed", "en", "wn"))
        and _modifies_noun(text, m.end())
        for m in _ONSET_VERB.finditer(text)
    )


def incident_times(
    sentence: Sentence, timexes: Sequence[Timex], dct_day: str | None
) -> list[Found]:
    """incident.date and incident.time facts: time expressions the incident's own words anchor.

    A time only a toll word anchors ("died around 2.30am") comes back as a ``TollFound``: it is
    the incident's only when no onset word times the incident otherwise (see ``drop_later_tolls``).
    """
    out: list[Found] = []
    text, base = sentence.text, sentence.start
    cues: list[tuple[int, int, int, bool]] | None = None
    claimed: dict[int, int] = {}
    line_start = _LINE_STAMP.match(text) is not None
    for i, t in enumerate(timexes):
        lo, hi = t.start - base, t.end - base
        stamp = (sentence.stamped or line_start) and lo <= 1
        toll = False
        if stamp:
            # A stamp says when an entry was written; it times the incident only when the entry
            # tells the event itself and gives no other time for it.
            body = text[hi:]
            if not _tells_onset(body) or REPORTING.search(body) or len(timexes) > 1:
                continue
        else:
            if _not_a_moment(text, lo, hi, timexes[i - 1] if i else None, base):
                continue
            if _LOCAL_AFTER.match(text, hi) and _ZONE.search(t.text):
                continue  # "0310 GMT (0610 local time)": the local clock is the one told
            if cues is None:
                cues = _cues(sentence)
                claimed = _claimed_cues(text, cues, timexes, base) if len(timexes) > 1 else {}
            clocked = claimed if _CLOCK_VALUE.search(t.value) else None  # clock against clock
            anchor = _anchor(cues, lo, hi, text, clocked, t.start)
            if anchor is None:
                continue
            toll = anchor == _TOLL_CUE
            if _later_death(text, cues, lo):
                continue  # "who had suffered 60 per cent burns, died around 2.30am": a later death
        clock = _CLOCK_VALUE.search(t.value)
        day = _DAY_VALUE.match(t.value)
        lead = _LEAD.search(text[max(0, lo - 40) : lo])
        start = t.start - (len(lead.group(0)) if lead and not stamp else 0)
        ago = _YEARS_AGO.search(text, max(0, lo - 24), lo) if day and not clock else None
        if ago and day:
            day = _years_before(day.group(1), ago)  # "A year ago today": the day a year before
            start = base + ago.start()
        found: list[Found] = []
        if clock:
            found.append(Found(TIME, f"{clock.group(1)}:{clock.group(2)}", start, t.end))
        if day and t.type in ("DATE", "TIME") and (not clock or _DAY_WORD.search(t.text)):
            if dct_day and day.group(1) > dct_day:
                continue  # a future date is never when the incident happened
            found.append(Found(DATE, day.group(1), start, t.end))  # "at 10.42am today" too
        if stamp:
            found = [StampFound(f.kind, f.value, f.start, f.end) for f in found]
        out.extend(TollFound(f.kind, f.value, f.start, f.end) if toll else f for f in found)
    return out


def unclaimed_date(
    sentences: Sequence[Sentence], per_sentence: Sequence[Sequence[Timex]], dct_day: str | None
) -> Found | None:
    """The first calendar day no sequel word claims, for a report whose event words date nothing.

    A police statement opens "At 11.05pm on Wednesday 26 February, officers signalled ..." and a
    court report tells "... heard on Monday that officers signalled ... on 26 February": the
    clause names no event word, yet the first past day no arrest, hearing or saying is near is
    the incident's.
    """
    for sentence, inside in zip(sentences, per_sentence, strict=False):
        text, base = sentence.text, sentence.start
        cues: list[tuple[int, int, int, bool]] | None = None
        for i, t in enumerate(inside):
            day = _DAY_VALUE.match(t.value)
            if t.type != "DATE" or not day:
                continue
            # "were in the neighbourhood on Saturday" in a report of that Saturday: the same day
            same_day = day.group(1) == dct_day and _WEEKDAY.search(t.text) is not None
            if not _CALENDAR.search(t.text) and not same_day:
                continue
            if dct_day and day.group(1) > dct_day:
                continue
            lo, hi = t.start - base, t.end - base
            if (sentence.stamped and lo <= 1) or _not_a_moment(
                text, lo, hi, inside[i - 1] if i else None, base
            ):
                continue
            if cues is None:
                cues = _cues(sentence)
            if any(
                cls == _AFTER_CUE
                and not _ON_DUTY.search(text, max(0, start - 4), start)
                and 0 <= (lo - end if end <= lo else start - hi) <= MAX_CUE_DISTANCE
                # "on Saturday, the first final since ...": an apposition's cue claims no day
                and (end <= lo or "," not in text[hi:start])
                for start, end, cls, _ in cues
            ):
                continue  # "was charged on 3 March", "appeared in court on 26 February"
            lead = _LEAD.search(text[max(0, lo - 40) : lo])
            start = t.start - (len(lead.group(0)) if lead else 0)
            return Found(DATE, day.group(1), start, t.end)
    return None


@dataclass(frozen=True, slots=True)
class TollFound(Found):
    """A date or time that only a toll word anchors ("a second victim died on Sunday")."""


@dataclass(frozen=True, slots=True)
class StampFound(Found):
    """A clock that a live-blog entry's stamp gives ("09.12: A fire has broken out ...")."""


def drop_retold_stamps(
    facts: Sequence[Fact], stamped: Sequence[Fact], entry_starts: Sequence[int]
) -> list[Fact]:
    """Without the stamps whose own entry tells the incident's time in words.

    "09.12: A fire has broken out on the ferry. The alarm was raised at 08.47": the entry was
    written at 09.12 and says when it began; the stamp is the incident's time only when the entry
    gives none.
    """
    drop: list[Fact] = []
    for stamp in stamped:
        if stamp.kind != TIME:
            continue
        i = bisect_right(entry_starts, stamp.start)
        end = entry_starts[i] if i < len(entry_starts) else None
        if any(
            f.kind == TIME
            and f.incident == stamp.incident
            and f.start > stamp.end
            and (end is None or f.start < end)
            and not any(f is s for s in stamped)
            for f in facts
        ):
            drop.append(stamp)
    return [f for f in facts if not any(f is d for d in drop)] if drop else list(facts)


def drop_later_tolls(found: Sequence[Found]) -> list[Found]:
    """Drop toll-anchored dates and times that the onset's own dates and times contradict.

    "A woman died Sunday morning" dates a later death when the report says the crush happened on
    Saturday night; with no onset time told, the toll's time is the best there is.
    """
    onset: dict[str, list[str]] = {}
    for f in found:
        if f.kind in (DATE, TIME) and not isinstance(f, TollFound):
            onset.setdefault(f.kind, []).append(str(f.value))
    out: list[Found] = []
    for f in found:
        if isinstance(f, TollFound) and onset.get(f.kind):
            if not any(_same_moment(f.kind, str(f.value), v) for v in onset[f.kind]):
                continue
        out.append(f)
    return out


def _claimed_cues(
    text: str, cues: Sequence[tuple[int, int, int, bool]], timexes: Sequence[Timex], base: int
) -> dict[int, int]:
    """Event cues that a clock right after them belongs to: cue start -> that clock's start.

    In "neighbours smelled gas at about 9pm and the house exploded at 11.40pm" the explosion is
    timed by 11.40pm, so it does not also claim the 9pm told before it.
    """
    out: dict[int, int] = {}
    for start, end, cls, _ in cues:
        if cls == _AFTER_CUE:
            continue
        for t in timexes:
            lo = t.start - base
            if (
                _CLOCK_VALUE.search(t.value)
                and end < lo <= end + OWN_TIME_GAP
                and _LEAD.fullmatch(text[end:lo].lstrip())
            ):
                out[start] = t.start
                break
    return out


def _years_before(day: str, ago: re.Match[str]) -> re.Match[str] | None:
    """The day N years before an ISO day, as a match of ``_DAY_VALUE`` (29 February -> 28th)."""
    word = ago.group("n").lower()
    n = 1 if word in ("a", "one") else int(word) if word.isdigit() else WORD_YEARS.get(word, 0)
    if not n:
        return _DAY_VALUE.match(day)
    year = int(day[:4]) - n
    rest = day[4:] if day[5:] != "02-29" else "-02-28"
    return _DAY_VALUE.match(f"{year:04d}{rest}")


def _later_death(text: str, cues: Sequence[tuple[int, int, int, bool]], lo: int) -> bool:
    """Whether harm told first, then a death just before the time, puts the death after the
    incident ("a customer who had suffered burns died around 2.30am")."""
    harm = _EARLIER_HARM.search(text, 0, lo)
    return harm is not None and any(
        cls == _TOLL_CUE and harm.end() <= start and 0 <= lo - end <= LATER_DEATH_GAP
        for start, end, cls, _ in cues
    )


def _same_moment(kind: str, a: str, b: str) -> bool:
    if kind == DATE:
        return a == b
    minutes = [int(v[:2]) * 60 + int(v[3:5]) for v in (a, b)]
    return abs(minutes[0] - minutes[1]) < SAME_CLOCK_MINUTES


def _not_a_moment(text: str, lo: int, hi: int, previous: Timex | None, base: int) -> bool:
    """A time that names no moment of the story: a dateline, a train's name, a zone's rendering.

    "KESARPET, January 21:" dates the dispatch; "the 7.35am commuter service" names a train;
    "at 7.35pm (1835 GMT)" gives the same moment twice.
    """
    if _SPAN_BEFORE.search(text, max(0, lo - 12), lo):
        return True  # "battled the blaze through the night": how long, not when it began
    if lo < DATELINE_REACH and _DATELINE_HEAD.match(text[:lo]) and _DATELINE_TAIL.match(text, hi):
        return True
    if _ATTRIBUTIVE_HEAD.search(text, max(0, lo - 8), lo) and _modifies_noun(text, hi):
        return True
    if _is_holiday(text[lo:hi]) and _modifies_noun(text, hi):
        return True  # "a huge Halloween party crowd": a feast naming a noun, not a moment
    return bool(
        previous is not None
        and text[max(0, lo - 2) : lo].endswith(("(", "["))
        and 0 <= lo - (previous.end - base) <= 3
        and not _LOCAL.match(text, lo, min(len(text), hi + 12))
    )


def _is_holiday(words: str) -> bool:
    """Whether a time expression is a feast's name ("Halloween", "Christmas Eve"): capitalised,
    with no digit, weekday or month in it."""
    return (
        words[:1].isupper()
        and not any(ch.isdigit() for ch in words)
        and not _WEEKDAY.search(words)
        and not _CALENDAR.search(words)
        and not _DAY_WORD.fullmatch(words.lower())
    )


def _tells_onset(body: str) -> bool:
    """Whether a blog entry's text tells the event with a verb ("a van has crashed into ...")."""
    return any(
        not _DETERMINER_BEFORE.search(body, max(0, m.start() - 6), m.start())
        for m in _ONSET_VERB.finditer(body)
    )


@lru_cache(maxsize=64)
def _cues(sentence: Sentence) -> list[tuple[int, int, int, bool]]:
    """Event and after cues of a sentence: (start, end, class, is_saying); computed once per
    sentence (the scene test, the incident's times and the lead's day all read them; read-only).

    An onset verb after a determiner is an adjective ("an overturned stall"); an event noun before
    another noun modifies it ("the crash site", "a flood warning"): neither tells the event.
    """
    text = sentence.text
    out: list[tuple[int, int, int, bool]] = []
    for m in _EVENT_SCAN.finditer(sentence):
        if m.start() and text[m.start()].isupper():
            continue  # a name ("Orrin Falls", "Mount Teale", "Fire Control"), not a predicate
        word = m.group(0).lower()
        after_determiner = _DETERMINER_BEFORE.search(text, max(0, m.start() - 6), m.start())
        if (word in _NOUN_FORMS or after_determiner) and _modifies_noun(text, m.end()):
            continue  # "the crash site", "a flood warning", "an overturned stall"
        if word.startswith("fail") and _TO_AFTER.match(text, m.end()):
            continue  # "police failed to respond": no event of its own
        if _FINDING_OF.search(text, max(0, m.start() - FINDING_REACH), m.start()):
            continue  # "a conclusion of lawful killing": the finding's name, no event
        cls = _TOLL_CUE if _TOLL.fullmatch(m.group(0)) else _ONSET_CUE
        if _BY_POLICE.match(text, m.end()) or (
            word.startswith(_HARM_STEMS)
            and _POLICE_SUBJECT.search(text, max(0, m.start() - POLICE_REACH), m.start())
        ):
            cls = _AFTER_CUE  # "was shot dead by armed officers at 9.05pm": the police's ending
        out.append((m.start(), m.end(), cls, False))
    after_start = len(out)
    for m in _AFTER_SCAN.finditer(sentence):
        if _PASSIVE_BEFORE.search(text, max(0, m.start() - 6), m.start()) and m.group(0) in (
            "heard",
            "seen",
            "found",
        ):
            continue  # "the first shots were heard at 5.40pm": the event perceived, not a sequel
        out.append((m.start(), m.end(), _AFTER_CUE, bool(_SAYING.fullmatch(m.group(0)))))
    return _occurrences_of_sequels(text, out, after_start)


def _occurrences_of_sequels(
    text: str, cues: list[tuple[int, int, int, bool]], after_start: int
) -> list[tuple[int, int, int, bool]]:
    """A verb of occurring takes its subject's class: "his funeral took place on 16 May" tells a
    sequel, "the crash happened at 6pm" the incident."""
    afters = cues[after_start:]
    out = []
    for cue in cues:
        start, end, cls, _ = cue
        if cls == _ONSET_CUE and _OCCUR.fullmatch(text, start, end):
            subject = max((a for a in afters if a[1] <= start), default=None, key=lambda a: a[1])
            if (
                subject
                and start - subject[1] <= OCCUR_REACH
                and not any(subject[1] <= c[0] < start for c in cues if c[2] != _AFTER_CUE)
            ):
                cue = (start, end, _AFTER_CUE, False)
            elif (
                text[start:end].lower().startswith(_BARE_OCCURRING)
                and not _PRONOUN_SUBJECT.search(text, max(0, start - 24), start)
                and not any(
                    c[2] != _AFTER_CUE and 0 <= start - c[1] <= EVENT_SUBJECT_REACH for c in cues
                )
            ):
                continue  # "a musical performance took place on Friday": no event's occurring
        out.append(cue)
    return out


# Participles that are never nouns, whose object may be bare ("causing harm", "leaving debris").
_PARTICIPLES = frozenset(
    ("causing", "resulting", "leaving", "killing", "injuring", "wounding", "sending", "trapping")
)


def _modifies_noun(text: str, end: int) -> bool:
    """Whether the word after a cue is a noun it modifies ("crash site", "fire crews")."""
    nxt = _NEXT_WORD.match(text, end)
    if not nxt:
        return False
    word = nxt.group(1)
    if word.endswith("ing") and (_DETERMINER_AFTER.match(text, nxt.end()) or word in _PARTICIPLES):
        return False  # "calls reporting a collision", "assault causing harm": a participle
    if _NUMBER_WORD.fullmatch(word):
        return False  # "the collapse five years ago": a count opens what follows
    return not (word in FUNCTION_WORDS or word in _VERB_WORDS or word.endswith(("ed", "ly")))


def _anchor(
    cues: Sequence[tuple[int, int, int, bool]],
    lo: int,
    hi: int,
    text: str = "",
    claimed: dict[int, int] | None = None,
    own: int = -1,
) -> int | None:
    """The class of the nearest cue around a time expression if it tells the event, else None.

    An event cue reaches further than an after cue: the clause that tells an event is often
    long ("set fire to the shed ... of a temple in X's Y area in the early hours of Sunday").
    """
    owner = _OWNS_EVENT.match(text, hi) if text else None
    if owner:
        for start, _, cls, _ in cues:
            if cls != _AFTER_CUE and owner.end() <= start <= owner.end() + OWNED_REACH:
                if _MODIFIER_WORDS.fullmatch(text, owner.end(), start):
                    return _ONSET_CUE  # "Sunday's crash", "last night's deadly blaze"
    best: tuple[int, int] | None = None
    best_word = ""
    # "The court heard Pell walked ... at 6.50pm": the hearing and its subject tell no time here
    account = max(
        (
            c[1]
            for c in cues
            if c[2] == _AFTER_CUE and c[1] <= lo and _hearing_account(text, c[0], c[1], lo)
        ),
        default=-1,
    )
    ceded = False
    for start, end, cls, saying in cues:
        if lo <= start < hi:
            continue
        distance = lo - end if end <= lo else start - hi
        reach = MAX_EVENT_DISTANCE if cls != _AFTER_CUE else MAX_CUE_DISTANCE
        if distance < 0 or distance > reach:
            continue
        if (
            cls == _AFTER_CUE
            and text[start:end].lower() == "between"
            and not _BOUNDS.fullmatch(text, end, lo)
        ):
            continue  # "between 7pm and 9pm" bounds a time; "between junctions 11 and 12" no
        if cls == _AFTER_CUE and _QUOTE_OPENS.match(text, end):
            continue  # "told the inquest: 'On Monday ..." dates what is quoted, not the telling
        if claimed and start >= hi and claimed.get(start, own) != own:
            ceded = True
            continue  # "smelled gas at 9pm and the house exploded at 11.40pm": 11.40pm's event
        if cls == _AFTER_CUE and end <= account:
            continue  # "The court heard Pell walked onto the concourse at 6.50pm"
        if (
            cls == _AFTER_CUE
            and saying
            and (end > lo or distance > 15)
            and not (end <= lo and _tells_whom(text, end, lo))
        ):
            continue  # "..., police said." frames the sentence; "said on Monday" dates a saying
        # A time phrase follows the predicate it times ("mounted the kerb on 12 March"); a cue
        # after it weighs less ("... on 12 March 2023 was jailed" times the crash, not the jailing).
        weight = distance if end <= lo else distance + LATER_CUE_WEIGHT
        relative = _RELATIVE.search(text, end, lo) if end <= lo else None
        if relative and "," not in text[relative.end() : lo]:
            continue  # "the ferry, which had sailed from X on Friday": the relative clause's verb
        if end > lo and _ATTRIBUTION.match(text, hi) and len(text) - end <= ATTRIBUTION_TAIL:
            continue  # "..., engineers found." attributes the sentence
        if text and _CLAUSE_BREAK.search(text, min(end, hi), max(start, lo)):
            weight += CLAUSE_PENALTY
        if best is None or weight < best[0] or (weight == best[0] and cls == _AFTER_CUE):
            best = (weight, cls)
            best_word = text[start:end]
    if (
        best is not None
        and best[1] == _AFTER_CUE
        and _CARE.fullmatch(best_word)
        and not _CLOCK_TEXT.search(text, lo, hi)  # a day, not the clock of the care itself
    ):
        after = _AFTER_ONSET.match(text, hi)
        if after and any(
            c[2] == _ONSET_CUE and after.end() <= c[0] <= after.end() + CARE_REACH for c in cues
        ):
            return _ONSET_CUE  # "were taken to hospital Tuesday morning after a truck hit ..."
    if (
        best is None
        and not ceded
        and (
            (account >= 0 and lo - account <= COURT_REACH)
            or _COURT_ACCOUNT.search(text, max(0, lo - COURT_REACH), lo)
        )
    ):
        return _ONSET_CUE  # "The court heard that shortly before 11pm on 2 March he walked in"
    if best is None or best[1] == _AFTER_CUE:
        return None
    if best[1] == _TOLL_CUE and any(
        _reaches(cues, c, lo, hi)
        for c in cues
        if c[2] == _ONSET_CUE and not _REFERENCE_POINT.search(text, max(0, c[0] - 16), c[0])
    ):
        return _ONSET_CUE  # "were hurt Saturday night when the crowd surged": the onset's time
    return best[1]


def _tells_whom(text: str, end: int, lo: int) -> bool:
    """Whether only the hearer stands between a saying verb and a time: "told our correspondent
    on Monday" dates the telling (no comma, no verb of an account between)."""
    gap = text[end:lo]
    return (
        len(gap) <= TELLS_WHOM_REACH
        and "," not in gap
        and " that " not in gap
        and _ACCOUNT_VERB.search(gap) is None
    )


def _hearing_account(text: str, start: int, end: int, lo: int) -> bool:
    """Whether a hearing verb ("heard", "was told") opens an account whose own verb comes before
    the time, which is then the account's ("The jury was told the gunmen entered at 6pm")."""
    word = text[start:end].lower()
    if word not in _HEARING:
        return False
    passive = _PASSIVE_BEFORE.search(text, max(0, start - 6), start) is not None
    if (word == "told") != passive:
        return False  # "told reporters at 3pm" tells the telling; "was heard at" the sound
    gap = text[end:lo]
    return "," not in gap and _ACCOUNT_VERB.search(gap) is not None


def _reaches(
    cues: Sequence[tuple[int, int, int, bool]], cue: tuple[int, int, int, bool], lo: int, hi: int
) -> bool:
    """Whether an onset cue is within reach of a time with no after cue between them."""
    start, end = cue[0], cue[1]
    a, b = (end, lo) if end <= lo else (hi, start)
    if not 0 <= b - a <= MAX_EVENT_DISTANCE:
        return False
    return not any(c[2] == _AFTER_CUE and a <= c[0] < b for c in cues)


def event_span(sentence: Sentence, timex: Timex) -> TextSpan:
    """The clause a timeline entry anchors: its sentence, without a live-blog stamp."""
    start, end = sentence.start, sentence.end
    if sentence.stamped and timex.start - sentence.start <= 1:
        rest = sentence.text[timex.end - sentence.start :]
        skip = len(rest) - len(rest.lstrip(" :.-–—\t"))
        start = timex.end + skip
    elif sentence.stamped:
        stamp_end = _STAMP_END.match(sentence.text)
        if stamp_end:
            start = sentence.start + stamp_end.end()
    if start >= end:
        start, end = sentence.start, sentence.end
    start, end = _clause(sentence, timex, start, end)
    return TextSpan(start, end, sentence.text[start - sentence.start : end - sentence.start])


def _clause(sentence: Sentence, timex: Timex, start: int, end: int) -> tuple[int, int]:
    """Narrow a span to the clause holding the time expression, unless that leaves too little."""
    base = sentence.start
    cuts = [
        (base + m.start(), base + m.end())
        for m in _CLAUSE_BREAK.finditer(sentence.text, start - base, end - base)
    ]
    lo = max((e for s, e in cuts if e <= timex.start), default=start)
    hi = min((s for s, e in cuts if s >= timex.end), default=end)
    words = len(sentence.text[lo - base : hi - base].split()) - len(timex.text.split())
    if words < MIN_CLAUSE_WORDS:
        return start, end
    return lo, hi
