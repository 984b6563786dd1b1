"""Anchoring a time to its sentence's cues: whether the nearest cue word tells the incident.

The clause a time expression times is the predicate nearest before it ("mounted the kerb on 12
March"), unless a saying, a hearing's account, a relative clause or a clause break gives it to
another verb; ``when`` asks this module which cue class owns each time.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from incident_reader.core.facts import events
from incident_reader.core.facts.entry_clause import _CLAUSE_BREAK
from incident_reader.core.facts.event_cues import (
    _AFTER_CUE,
    _NOUN_FORMS,
    _ONSET_CUE,
    _PASSIVE_BEFORE,
    _TOLL_CUE,
)
from incident_reader.core.model import Timex

_LEAD = re.compile(
    r"(?:(?<!\w)(?:at|on|from|in|by|during)\s+)?(?:(?<!\w)(?:around|about|approximately|roughly|shortly|just|"
    r"some\s+time|sometime|soon)\s+)?(?:(?:after|before)\s+)?$",
    re.IGNORECASE,
)

_CLOCK_VALUE = re.compile(r"T(\d{2}):(\d{2})")

MAX_CUE_DISTANCE = 90

MAX_EVENT_DISTANCE = 150

# An event named after these is a reference point ("since the crush"), not the clause's own event.
_REFERENCE_POINT = re.compile(
    r"\b(?:since|after|following|before|over)\s+(?:the|a|an|its|this)\s+$"
)
# An event noun in a phrase of the toll verb's subject ("Two passengers injured in the bus
# accident succumbed on Monday night", "a man hurt in the blast died on Tuesday") names the
# event the victims came from; the time after the toll verb is the death's.
_IN_SUBJECT = re.compile(
    r"\b(?:in|of|from)\s+(?:the|a|an|this|that|its|their)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)

# An event noun as the complement of "by", "since", "following", "after" (with a definite
# determiner and at most one modifier) is a reference point after a time, not its clause's event:
# "displaced by the collapse", "evacuated at 7.25pm after the leak was found" ("the time of the
# collapse" is the collapse's own time; "after a truck hit" tells a new event).
_REFERENCE_AFTER = re.compile(
    r"\b(?:by|since|following|over|after)\s+(?:the|its|this|that|their)\s+(?:[a-z][\w-]*\s+)?$",
    re.IGNORECASE,
)
REFERENCE_REACH = 40

# A saying verb that opens a quotation ("said: 'On Monday ...") dates what is quoted, not itself.
_QUOTE_OPENS = re.compile(
    r"\s*[:,]\s*['‘“\"]|\s*:\s|(?:\s+(?:the\s+)?[a-z]+)?\s+that\s"
    r"(?!(?:day|night|morning|afternoon|evening|week|month|year|weekend)\b)"
)  # "told the court that on 14 June ...", "heard that": what is reported, not the telling

# What lies between "between" and a time it bounds: nothing, or the first bound and "and".
_BOUNDS = re.compile(r"\s*(?:\S{1,12}\s*(?:[ap]\.?m\.?\s*)?(?:and|to|-|–)\s*)?")

# A time owning an event noun dates it, whatever else is near: "appealing for witnesses to
# Sunday's crash".
_OWNS_EVENT = re.compile(r"['’]s?\s+")

_MODIFIER_WORDS = re.compile(r"(?:[a-z][\w-]*\s+){0,2}")

# A day owning the scene owns its incident: "Thursday's gruesome scene", "Sunday's crash scene".
_OWNED_SCENE = re.compile(r"(?:[a-z][\w-]*\s+){0,2}scene\b")

OWNED_REACH = 25

# Harm told before a death in the same sentence makes the death later than the incident.
_EARLIER_HARM = re.compile(
    r"\bhad\s+(?:been\s+)?(?:suffered|sustained|received|injured|hurt|burned|burnt|wounded)\b|"
    r"\b(?:critically|seriously|gravely|fatally|badly)\s+(?:injured|hurt|burned|burnt|wounded)\b",
    re.IGNORECASE,
)

LATER_DEATH_GAP = 25  # "died around", "passed away in hospital at"

LATER_CUE_WEIGHT = 40

ATTRIBUTION_WORDS = 4  # "the fire service said", "engineers found"

ATTRIBUTION_TAIL = 3  # characters after a closing attribution's verb ("said.", "found.\"")

_ATTRIBUTION = re.compile(r"[^,;]*,")
# A time that opens its sentence ("At 9pm, the balcony collapsed."): the clause after its comma is
# the main clause, however short, never a closing attribution.
_FRONTED = re.compile(r"\s*(?:[A-Za-z]+\s+){0,3}")

# A relative clause with a verb of its own between a cue and a later time: the verb owns the time.
_RELATIVE = re.compile(
    r",\s+(?:which|who)\s+(?:(?:had|has|have|was|were|is|are)\s+(?:been\s+)?[a-z]+|[a-z]+(?:ed|en))\b"
)

CLAUSE_PENALTY = 60

# What those caught in the event were there for, a purpose infinitive the time closes: after a
# participle ("passengers rushing to board a ferry on Sunday morning", "fans queuing to enter"),
# or after a past perfect in a relative clause ("customers who had gathered to watch a match on
# Saturday night"): no step after the event, so the event's own verb times it.
_PARTICIPLE_TO_BEFORE = re.compile(r"\b[a-z]{3,}ing\s+to\s+$")
_PERFECT_RELATIVE_BEFORE = re.compile(r"\b(?:who|that)\s+(?:had|have|has)\s+$")
_PURPOSE_TO_AFTER = re.compile(r"\s+to\s+[a-z]+\b[^,;:.!?]*")
PURPOSE_REACH = 30


def _purpose_of_presence(text: str, start: int, end: int, lo: int) -> bool:
    """Whether a later step's cue before a time at ``lo`` only tells why the people caught in
    the event were there: a purpose infinitive after a participle, or a past perfect in a
    relative clause with its purpose infinitive reaching the time."""
    if _PARTICIPLE_TO_BEFORE.search(text, max(0, start - PURPOSE_REACH), start):
        return True
    return bool(
        _PERFECT_RELATIVE_BEFORE.search(text, max(0, start - PURPOSE_REACH), start)
        and _PURPOSE_TO_AFTER.fullmatch(text, end, lo)
    )


# A time this close after an event cue, with only a lead between ("exploded at 11.40pm"), is the
# cue's own: an earlier time in the sentence is not that event's.
OWN_TIME_GAP = 30

# A hearing's account: "The court heard Pell walked ...", "The jury was told the gunmen entered":
# a time after the hearing verb and a finite verb of the account is the account's.
_ACCOUNT_VERB = re.compile(
    rf"\b(?:[a-z]+ed|{'|'.join(sorted({p for pair in events.IRREGULAR.values() for p in pair}))})\b"
)

_HEARING = frozenset(("heard", "told"))

TELLS_WHOM_REACH = 45

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


def _claimed_cues(
    text: str, cues: Sequence[tuple[int, int, int, bool]], timexes: Sequence[Timex], base: int
) -> dict[int, int]:
    """Event cues that a clock right after them belongs to: cue start -> that clock's start.

    In "neighbours smelled gas at about 9pm and the house exploded at 11.40pm" the explosion is
    timed by 11.40pm, so it does not also claim the 9pm told before it.
    """
    out: dict[int, int] = {}
    clocks = [t for t in timexes if _CLOCK_VALUE.search(t.value)]  # once, not once a cue
    for start, end, cls, _ in cues if clocks else ():
        if cls == _AFTER_CUE:
            continue
        for t in clocks:
            lo = t.start - base
            if end < lo <= end + OWN_TIME_GAP and _LEAD.fullmatch(text[end:lo].lstrip()):
                out[start] = t.start
                break
    return out


def _later_death(text: str, cues: Sequence[tuple[int, int, int, bool]], lo: int) -> bool:
    """Whether harm told first, then a death just before the time, puts the death after the
    incident ("a customer who had suffered burns died around 2.30am")."""
    harm = _EARLIER_HARM.search(text, 0, lo)
    return harm is not None and any(
        cls == _TOLL_CUE and harm.end() <= start and 0 <= lo - end <= LATER_DEATH_GAP
        for start, end, cls, _ in cues
    )


# A person's own activity told in the progressive, its subject a pronoun or "who" ("said a
# vendor, who was selling drinks below the stage at about 2.45pm", "she was walking her dog at
# 7am, heard a crack"): the time is that person's, not the event's, unless a conjunction after it
# sets the event inside the activity ("he was driving home at 2am when his car hit a tree").
# Begun as such ("we began singing at around 9am", "they had started eating at 1pm") it is too.
_OWN_ACTIVITY = re.compile(
    r"\b(?:[Ww]ho|[Ss]he|[Hh]e|I|[Ww]e|[Tt]hey)\s+(?:(?:was|were)\s+(?:still\s+|just\s+|busy\s+)?"
    r"|(?:had\s+)?(?:just\s+)?(?:began|begun|started)\s+)[a-z]{3,}ing\b"
    r"(?:\s+(?!(?:when|as|while|and|but)\b)[\w'’-]+){0,7}?\s+$"
)
_INSIDE_ACTIVITY = re.compile(r"\s*,?\s*(?:when|as|while|just\s+as|before|until)\b", re.IGNORECASE)
ACTIVITY_REACH = 90


def _activity_before(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """A person's progressive activity told right before a time at ``lo``-``hi``, with no
    conjunction after the time that sets an event within it ("she was walking her dog at 7am,
    heard a crack", not "... at 7am when a car hit her")."""
    if not text or _INSIDE_ACTIVITY.match(text, hi):
        return None
    lead = _LEAD.search(text, max(0, lo - 40), lo)
    at = lead.start() if lead else lo
    return _OWN_ACTIVITY.search(text, max(0, at - ACTIVITY_REACH), at)


def person_activity_time(text: str, lo: int, hi: int) -> bool:
    """Whether a time at ``lo``-``hi`` closes a person's progressive activity: that person's
    own time, not the event's."""
    return _activity_before(text, lo, hi) is not None


def _own_activity(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether a time at ``lo``-``hi`` belongs to a person's progressive activity rather than to
    an event cue at ``start``-``end``: a cue before the time inside the activity ("hanging out
    her washing") or before it without a conjunction that sets the activity in the event ("the
    roof fell in while she was sleeping"); a cue after the time past a break."""
    activity = _activity_before(text, lo, hi)
    if activity is None:
        return False
    if end <= lo:
        return start >= activity.start() or not _WITHIN.search(text, end, activity.start())
    return _ACTIVITY_APART.search(text, hi, start) is not None


_WITHIN = re.compile(r"\b(?:when|while|as)\b", re.IGNORECASE)


_ACTIVITY_APART = re.compile(r"[,;:]|\band\b")


def _anchor(
    cues: Sequence[tuple[int, int, int, bool]],
    lo: int,
    hi: int,
    text: str = "",
    claimed: dict[int, int] | None = None,
    own: int = -1,
    times: Sequence[Timex] = (),
    base: int = 0,
) -> int | None:
    """The class of the nearest cue around a time expression if it tells the event, else None.

    An event cue reaches further than an after cue: the clause that tells an event is often
    long ("set fire to the shed ... of a temple in X's Y area in the early hours of Sunday").
    """
    owner = _OWNS_EVENT.match(text, hi) if text else None
    if owner and _OWNED_SCENE.match(text, owner.end()):
        return _ONSET_CUE  # "fled Thursday's gruesome scene": the scene is the incident's
    if owner:
        for start, _, cls, _ in cues:
            if cls != _AFTER_CUE and owner.end() <= start <= owner.end() + OWNED_REACH:
                if _MODIFIER_WORDS.fullmatch(text, owner.end(), start):
                    return _ONSET_CUE  # "Sunday's crash", "last night's deadly blaze"
    best: tuple[int, int] | None = None
    best_word = ""
    best_start = -1
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
    saying_end = _first_saying_end(text, cues, hi)
    for start, end, cls, saying in cues:
        if lo <= start < hi:
            continue
        distance = lo - end if end <= lo else start - hi
        reach = MAX_EVENT_DISTANCE if cls != _AFTER_CUE else MAX_CUE_DISTANCE
        if distance < 0 or distance > reach:
            continue  # first: the checks below read text, and a run-on holds many far cues
        if cls != _AFTER_CUE and _own_activity(text, start, end, lo, hi):
            continue  # "a vendor, who was selling drinks at 2.45pm": the vendor's own time
        if cls != _AFTER_CUE and start >= hi and _told_of_later(text, saying_end, start, end):
            continue  # "pledged €500m on Saturday ... displaced by the collapse"
        if cls != _AFTER_CUE and end <= lo and _sequel_object(text, cues, start, end):
            continue  # "were investigating the crash on Monday": the inquiry's day, no crash's
        if (
            cls != _AFTER_CUE
            and end <= lo
            and _owned_by_other_day(text, start, lo, hi, times, base)
        ):
            continue  # "Monday's devastating market attack yesterday": Monday dates the attack
        if cls != _AFTER_CUE and end <= lo and _complement_apart(text, start, end, lo):
            continue  # "Victims of the attack and their families, one by one on Monday, told"
        if (
            cls == _AFTER_CUE
            and text[start:end].lower() == "between"
            and not _BOUNDS.fullmatch(text, end, lo)
        ):
            continue  # "between 7pm and 9pm" bounds a time; "between junctions 11 and 12" no
        if cls == _AFTER_CUE and _object_of_onset(text, cues, start):
            continue  # "attacked a family gathering at 10pm": the scene the onset struck
        if cls == _AFTER_CUE and _QUOTE_OPENS.match(text, end):
            continue  # "told the inquest: 'On Monday ..." dates what is quoted, not the telling
        if claimed and start >= hi and claimed.get(start, own) != own:
            ceded = True
            continue  # "smelled gas at 9pm and the house exploded at 11.40pm": 11.40pm's event
        if cls == _AFTER_CUE and end <= lo and _purpose_of_presence(text, start, end, lo):
            continue  # "passengers rushing to board a ferry on Sunday": why they were there
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
        if (
            end > lo
            and _ATTRIBUTION.match(text, hi)
            and not _FRONTED.fullmatch(text, 0, lo)
            and len(text) - end <= ATTRIBUTION_TAIL
            and 1 < len(text[text.rfind(",", 0, start) + 1 : end].split()) <= ATTRIBUTION_WORDS
        ):
            continue  # "..., engineers found." attributes the sentence; "..., 52 passengers
            # were evacuated from a coach which caught fire." tells the event, and so does a verb
            # alone closing an apposition ("when the dog, a large mastiff, lunged."): no subject
        if text and _CLAUSE_BREAK.search(text, min(end, hi), max(start, lo)):
            weight += CLAUSE_PENALTY
        if best is None or weight < best[0] or (weight == best[0] and cls == _AFTER_CUE):
            best = (weight, cls)
            best_word = text[start:end]
            best_start = start
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
        best is not None
        and best[1] == _AFTER_CUE
        and best_start >= hi
        and _CARE.fullmatch(best_word)
        and any(c[2] == _ONSET_CUE and c[1] <= lo and _reaches(cues, c, lo, hi) for c in cues)
    ):
        return _ONSET_CUE  # "A fire that started ... at 10.15pm on Monday left two in hospital"
    if (
        best is None
        and not ceded
        and (
            (account >= 0 and lo - account <= COURT_REACH)
            or _COURT_ACCOUNT.search(text, max(0, lo - COURT_REACH), lo)
        )
    ):
        return _ONSET_CUE  # "The court heard that shortly before 11pm on 2 March he walked in"
    if best is not None and best[1] == _AFTER_CUE:
        step_end = max((c[1] for c in cues if c[2] == _AFTER_CUE and c[1] <= lo), default=-1)
        if step_end >= 0 and _after_prior_event(text, step_end, lo):
            return _ONSET_CUE  # "was arrested following a disturbance in X at around 5am"
    if best is None or best[1] == _AFTER_CUE:
        return None
    if best[1] == _TOLL_CUE and any(
        _reaches(cues, c, lo, hi)
        and not _timed_apart(c, lo, hi, times, base)
        and not _owned_by_time(text, c[0], times, base)
        for c in cues
        if c[2] == _ONSET_CUE
        and not _REFERENCE_POINT.search(text, max(0, c[0] - 16), c[0])
        and not (c[1] <= best_start and _IN_SUBJECT.search(text, max(0, c[0] - 60), c[0]))
    ):
        return _ONSET_CUE  # "were hurt Saturday night when the crowd surged": the onset's time
    return best[1]


# The event a later step followed, told as an indefinite noun phrase with at most a place after
# it ("arrested following a disturbance in Rougier Street", "detained after a brawl outside a
# bar"): a time right after that phrase is the event's, not the step's. Procedural nouns name no
# event ("after a search of his home", "following an investigation").
_PRIOR_EVENT = re.compile(
    r"(?<![\w-])(?:after|following)\s+an?\s+(?!(?:search|investigation|inquiry|enquiry|raid"
    r"|operation|appeal|interview|tip|tip-off|review|hearing|trial|complaint|warrant|chase"
    r"|pursuit|manhunt|hunt|probe)\b)(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*"
    r"(?:\s+(?:in|on|at|near|outside|inside|along|off|behind)\s+(?:the\s+|an?\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?"
    r"(?:\s+(?:at\s+)?(?:around\s+|about\s+|approximately\s+)?\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?)?\s*$",
    re.IGNORECASE,
)


# Between an onset verb and the noun heading its object: "attacked a family gathering", "opened
# fire on the crowd", "ploughed into a wedding procession" (a determiner, at most two modifiers).
_ONSET_OBJECT = re.compile(
    r"\s+(?:(?:on|at|into|upon|through)\s+)?(?:an?|the|their|his|her|its|this|that)\s+"
    r"(?:[\w'’-]+\s+){0,2}"
)


def _object_of_onset(text: str, cues: Sequence[tuple[int, int, int, bool]], start: int) -> bool:
    """Whether the after cue at ``start`` heads the object of an onset verb right before it (a
    gathering or a rite the incident struck), which times nothing of its own there."""
    return any(
        c[2] == _ONSET_CUE and c[1] <= start and _ONSET_OBJECT.fullmatch(text, c[1], start)
        for c in cues
    )


def _after_prior_event(text: str, end: int, lo: int) -> bool:
    """Whether only an indefinite event phrase after "after"/"following" (and the time's lead)
    stands between a later step's cue and a time: the time is that event's."""
    gap = text[end:lo]
    lead = _LEAD.search(gap)
    head = gap[: lead.start()] if lead else gap
    return len(head) <= 90 and _PRIOR_EVENT.search(head) is not None


def _first_saying_end(text: str, cues: Sequence[tuple[int, int, int, bool]], hi: int) -> int:
    """Where the first saying verb after a time ends (not one set off by a comma), computed once
    per time so that each later cue asks in constant time: a run-on of cues stays linear."""
    return min(
        (
            c_end
            for c_start, c_end, _, saying in cues
            if saying and hi <= c_start and not text.startswith(",", c_end)
        ),
        default=len(text) + 1,
    )


def _told_of_later(text: str, saying_end: int, start: int, end: int) -> bool:
    """Whether an event word after a time is no predicate of the time's clause: a reference
    point ("displaced by the collapse", "since the crash") or what a saying verb between
    them reports ("On Tuesday the group claimed that it was behind the attack"); a saying set off
    by commas ("At 7pm, police said, a van ...") reports the clause of the time itself."""
    if _REFERENCE_AFTER.search(text, max(0, start - REFERENCE_REACH), start) and (
        text[start:end].lower() in _NOUN_FORMS
    ):
        return True
    return saying_end <= start


def _complement_apart(text: str, start: int, end: int, lo: int) -> bool:
    """Whether an event noun before a time is the complement of another noun ("victims of the
    attack", "the scene of the crash") with a comma or another conjunct between it and the time:
    the time belongs to what that noun phrase's people did later, not to the event."""
    if _OF_COMPLEMENT.search(text, max(0, start - REFERENCE_REACH), start) is None:
        return False
    gap = text[end:lo]
    if _OWN_COMPLEMENT.match(gap):
        # "of the collapse of a house at 4 Mill Lane, Kelby, at 07:15": the commas of an address
        # and the one before the time's own lead set off no other conjunct
        gap = _TIME_LEAD_COMMA.sub(" ", _ADDRESS_COMMA.sub(" ", gap))
    return _APART.search(_PAIRED.sub(" ", gap)) is not None


_OF_COMPLEMENT = re.compile(
    r"\b(?!(?:night|day|morning|afternoon|evening|time|moment|hour|eve|date|minutes?)\s)"
    r"[a-z]+\s+of\s+(?:the|a|an|this|that|their|its)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)  # "the night of the attack, at about 10pm" is the attack's own time
_APART = re.compile(r",|\band\b")
# The event noun's own complement and a place ("of a three-storey house at 4 Mill Lane"): the
# time after the place is the event's.
_OWN_COMPLEMENT = re.compile(
    r"\s+of\s+[^,;]*?\s(?:at|in|on|near|along|outside|behind)\s+(?-i:[A-Z0-9])", re.IGNORECASE
)
_ADDRESS_COMMA = re.compile(r",(?=\s+(?-i:[A-Z0-9]))")
_TIME_LEAD_COMMA = re.compile(r",(?=\s*(?:(?:at|on|around|about|approximately|shortly|just)\s+)*$)")
# "between A and B", "both A and B": the "and" joins the pair inside the event's own noun phrase
# ("a collision between a taxi and a train this morning"), no second conjunct; "between the two
# coaches" is a pair already, and an "and" after it may start one.
_PAIRED = re.compile(
    r"\b(?:between|both)\s+(?!(?:the\s+|its\s+|their\s+)?(?:\d|two|three|four|five|several|many|rival)\b)"
    r"[^,;]*?\band\b",
    re.IGNORECASE,
)


def _tells_whom(text: str, end: int, lo: int) -> bool:
    """Whether only the hearer stands between a saying verb and a time: "told our correspondent
    on Monday" dates the telling (no comma, colon or quote, no verb of an account between)."""
    gap = text[end:lo]
    return (
        len(gap) <= TELLS_WHOM_REACH
        and not any(mark in gap for mark in ",:;'‘“\"")
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


def _timed_apart(
    cue: tuple[int, int, int, bool], lo: int, hi: int, times: Sequence[Timex], base: int
) -> bool:
    """Whether another time stands between an onset cue and a toll's time: the onset has its own
    ("stabbed on Wednesday afternoon died yesterday evening": the death's day is later)."""
    a, b = (cue[1], lo) if cue[1] <= lo else (hi, cue[0])
    i = bisect_left(times, a + base, key=lambda x: x.start)  # the sentence's times, in order
    return i < len(times) and times[i].end <= b + base


# Between a sequel verb and the event noun it takes as object: a definite determiner and at most
# one modifier ("investigating the fatal crash", "tackling the blaze").
_OBJECT_GAP = re.compile(r"\s+(?:the|its|this|that)\s+(?:[\w-]+\s+)?", re.IGNORECASE)


def _sequel_object(
    text: str, cues: Sequence[tuple[int, int, int, bool]], start: int, end: int
) -> bool:
    """Whether an event noun is the object of a sequel verb right before it ("were investigating
    the crash on Monday", "inspected the wreck on Tuesday"): the time is the sequel's, the event
    a reference to it (a saying's "said the crash" opens what it reports; "heard the blast at
    13.41" perceives the event itself)."""
    return text[start:end].lower() in _NOUN_FORMS and any(
        cls == _AFTER_CUE
        and not saying
        and _OBJECT_GAP.fullmatch(text, c_end, start)
        and text[c_start:c_end].lower() not in _PERCEIVING
        for c_start, c_end, cls, saying in cues
        if c_end <= start
    )


# Verbs of perceiving take the event itself at its time: "Residents heard the blast at 13.41".
_PERCEIVING = frozenset(
    w
    for lemma in ("hear", "find", "see", "watch", "witness", "discover")
    for w in events.forms(lemma)
)


def _owned_by_time(text: str, start: int, times: Sequence[Timex], base: int) -> bool:
    """Whether a time owns an onset noun ("Wednesday's fire", "last night's blaze"): the onset
    is dated by it, so a toll's later time is no onset's ("injured in Wednesday's fire died on
    Thursday")."""
    for t in times:
        hi = t.end - base
        if hi > start:
            break
        owner = _OWNS_EVENT.match(text, hi)
        if (
            owner
            and start - owner.end() <= OWNED_REACH
            and _MODIFIER_WORDS.fullmatch(text, owner.end(), start)
        ):
            return True
    return False


# A day's noun phrase: up to five modifiers, names among them ("Monday's devastating Berlin
# Christmas market attack", "Sunday's deadly fuel tanker blast").
_POSSESSIVE_BEFORE = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,5}$")
_DAY_OF = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _owned_by_other_day(
    text: str, start: int, lo: int, hi: int, times: Sequence[Timex], base: int
) -> bool:
    """Whether an onset noun before a bare day is owned by another day ("Monday's ... attack
    yesterday"): the possessive dates the noun, the later day is the clause's verb's."""
    possessive = _POSSESSIVE_BEFORE.search(text, max(0, start - OWNED_REACH * 2 - 3), start)
    if possessive is None:
        return False
    i = bisect_left(times, lo + base, key=lambda t: t.start)  # sorted, apart: a log-time look-up
    if i >= len(times) or times[i].start != lo + base:
        return False
    this = times[i]
    if _CLOCK_VALUE.search(this.value) or not (day := _DAY_OF.match(this.value)):
        return False
    j = bisect_left(times, possessive.start() + base, key=lambda t: t.end)
    if j >= len(times) or times[j].end != possessive.start() + base:
        return False
    other = _DAY_OF.match(times[j].value)
    return other is not None and other.group(0) != day.group(0)


def _reaches(
    cues: Sequence[tuple[int, int, int, bool]], cue: tuple[int, int, int, bool], lo: int, hi: int
) -> bool:
    """Whether an onset cue is within reach of a time with no after cue between them."""
    start, end = cue[0], cue[1]
    a, b = (end, lo) if end <= lo else (hi, start)
    if not 0 <= b - a <= MAX_EVENT_DISTANCE:
        return False
    return not any(c[2] == _AFTER_CUE and a <= c[0] < b for c in cues)
