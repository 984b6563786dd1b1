"""Casualty counts that are not the incident's: rates, tallies over a period, figures since
replaced, those still in hospital, and one person with a wound verb alone."""

from __future__ import annotations

import re

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.predicates import BODY_PARTS
from incident_reader.core.facts.text import blind_lower

INJURED = "casualties.injured"

# "A man was stabbed": one person wounded is often the one who died; a wound verb alone counts
# the hurt only when a number counts them ("five shoppers were slashed or stabbed").
_WOUND_ONLY = re.compile(
    # (as a sting or a bite by what gave it: "a man has died after being bitten by a shark")
    r"\b(?:stabbed|slashed|shot|knifed|gored|stung|bitten|gassed|pecked|clawed)\b"
    r"(?!.*\b(?:injur|hurt|wound))",
    re.IGNORECASE,
)
# What tells the wound was survived, right after the wound verb in its clause: a part of the body
# ("shot in the arm", "stabbed in his left leg"), a manner ("stabbed several times", "repeatedly")
# or a condition ("... and is in a critical condition"). Never when the sentence tells a death.
_BODY = "|".join(sorted(BODY_PARTS))
_SURVIVED = re.compile(
    r"\b(?:stabbed|slashed|shot|knifed|gored|stung|bitten|gassed|pecked|clawed)\b(?![\w'’-])"
    r"(?!\s+at\b)"
    r"(?:\s+(?:(?:once|twice|repeatedly|multiple\s+times|several\s+times|(?:[\w-]+\s+)?times)\b"
    rf"|(?:in|on|through|across|about|around)\s+(?:the|his|her|their|both)\s+(?:[\w-]+\s+)?(?:{_BODY})s?\b)"
    r"|[^.;:]{0,80}?\b(?:is|was|are|were|remains?|remained)\s+(?:now\s+)?in\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,2}condition\b)",
    re.IGNORECASE,
)
_DEATH = re.compile(
    r"\b(?:died|dies|dead|death|killed|fatal\w*|succumbed|murder\w*)\b", re.IGNORECASE
)
# A rate: "each year", "every day", "annually" (national statistics, not the incident's count).
_HABITUAL = re.compile(
    r"\b(?:(?:each|every|per)\s+(?:year|month|week|day)|annually|a\s+year\s+(?:on|in)\b)",
    re.IGNORECASE,
)
# A period that a tally covers: "since 2010", "in the past decade", "so far this year".
# (or since a season's or a month's own start: "since the season began in December", "since the
# rains set in", "since the monsoon started", "since January"; "so far this winter")
_SEASON = r"(?:year|season|winter|summer|spring|autumn|monsoon|rains|dry\s+season|wet\s+season)"
_PERIOD = re.compile(
    r"\b(?:since\s+(?:(?:early|late|mid-?)\s*)?(?:\d{4}|records\s+began|the\s+(?:beginning|start)"
    rf"\s+of\s+(?:\d{{4}}|(?:the|this|last)\s+(?:year|decade|century|{_SEASON}))"
    rf"|the\s+(?:[\w-]+\s+)?{_SEASON}\s+(?:began|started|opened|set\s+in)"
    r"|(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?!\s+\d))"
    r"|(?:in|over|during)\s+the\s+(?:past|last)\s+"
    rf"(?:[\w-]+\s+)?(?:years?|decades?|months?)|so\s+far\s+this\s+{_SEASON}"
    rf"|this\s+{_SEASON}\s+alone"
    # a tally closed by its period: "rose to 14 this year", "have died in floods this monsoon."
    rf"|this\s+{_SEASON}(?=\s*[.;,!?]|\s*$)"
    # a tally's subject closed by its period, its verb next: "The death toll from floods this
    # season has topped 300", "deaths from dengue this year have reached 40"
    rf"|this\s+{_SEASON}(?=\s+(?:alone\s+)?(?:has|have|had|now|rose|risen|reached|topped|stands?"
    rf"|stood|climbed|jumped|passed|exceeded|hit)\b))\b",
    re.IGNORECASE,
)
# A sentence's opening adverbial, up to its comma: "Since the start of the year, ...".
_FRONTED = re.compile(r"\s*(?:since|over|in|during|so\s+far)\b[^,;:]*,", re.IGNORECASE)
# A clause opened by a present participle after its comma: ", claiming 41 lives", ", killing".
_PARTICIPLE_OPENS = re.compile(r"\s*(?-i:[a-z]+ing)\s")
_PERIOD_GATE = re.compile(rf"\b(?:since|past|last|this\s+{_SEASON})\b", re.IGNORECASE)
_RANKING = re.compile(r"\b(?:first|worst|[a-z]+iest|biggest|largest|most|highest)\b", re.IGNORECASE)
_STILL = re.compile(r"\b(?:still|remains?|remained)\b")


# A figure told as one given before and since replaced: "Authorities had earlier put the toll at
# nine", "Police initially said six had died", "An earlier version of this article said 12".
_SUPERSEDED = re.compile(
    r"\b(?:(?:initially|originally|previously|at\s+first|first)\s+(?:said|reported|put|gave|stated"
    r"|announced|estimated|believed|thought|feared|claimed)"
    r"|(?:had|have|has)\s+(?:earlier|initially|originally|previously)\s+(?:said|reported|put|given"
    r"|stated|announced|estimated|been\s+(?:reported|put|given))"
    r"|earlier\s+(?:version|report|reports|figure|figures|toll|estimates?)\b[^.;]{0,40}?\b"
    r"(?:said|put|gave|stated|reported|was|of)"
    # a provisional toll told in the pluperfect, a stage before the report's own: "Civil protection
    # had announced a provisional toll of 23 dead", "the ministry had given a preliminary figure"
    r"|had\s+(?:(?:\w+ly|earlier)\s+)?(?:given|announced|put|released|published|issued|declared|reported"
    r"|stated|set)\s+(?:a|an|the|its|their|his|her)\s+(?:provisional|preliminary|initial|first)\b)",
    re.IGNORECASE,
)
_SUPERSEDED_GATE = (
    "initially", "originally", "previously", "at first", "first", "earlier", "provisional",
    "preliminary", "initial",
)  # fmt: skip


# A relative clause of another event: "another vehicle attack that left one woman dead", "a
# separate crash which injured two" (the count is that event's, not this incident's).
_OTHER_EVENT = re.compile(
    r"(?<![\w-])(?:another|an\s+earlier|a\s+previous|a\s+similar|a\s+separate|an\s+unrelated)"
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:that|which)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_OTHER_GATE = ("another", "earlier", "previous", "similar", "separate", "unrelated", "same ")
# The report's event dated by another one told after it: "The attack came on the same day that
# three people were shot in Zurich" (what follows "that" is the other event).
_SAME_DAY = re.compile(
    r"\b(?:came|comes|happened|occurred|took\s+place)\s+(?:on\s+)?the\s+same\s+"
    r"(?:day|night|week|morning|evening|weekend)\s+(?:that|as|when)\b",
    re.IGNORECASE,
)


# A clause about an earlier event dated by its year, whose cause is told by "after" and a new
# (indefinite) event: "The plant was fined in 2017 after a smaller leak sent three workers to the
# hospital", "... was closed in 2019 after an explosion injured four" (that event's count).
_DATED_AFTER_AN_EVENT = re.compile(
    r"(?<![\w-])(?:in|by|during)\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:January|February|March|April"
    r"|May|June|July|August|September|October|November|December)\s+)?(?:1[89]|20)\d\d,?\s+"
    r"(?:after|when|because|following)\s+(?:of\s+)?(?:a|an)\s+[^.;:]{0,80}$",
    re.IGNORECASE,
)


def _of_another_event(text: str, found: Found, base: int) -> bool:
    """Whether a finding is told in a relative clause of another event than the report's, after
    "came on the same day that", or in an after-clause of a year's event ("fined in 2017 after a
    leak sent three workers to the hospital")."""
    lower = text.lower()
    start = found.start - base
    if " after " in lower or " when " in lower or "following" in lower or "because" in lower:
        if _DATED_AFTER_AN_EVENT.search(text, max(0, start - 120), start) is not None:
            return True
    if not any(w in lower for w in _OTHER_GATE):
        return False
    if _OTHER_EVENT.search(text, max(0, start - 80), start) is not None:
        return True
    return "same " in lower and _SAME_DAY.search(text, 0, start) is not None


def _superseded(text: str, found: Found, base: int) -> bool:
    """Whether a finding is a figure the sentence tells as given before (and since replaced)."""
    lower = text.lower()
    if not any(w in lower for w in _SUPERSEDED_GATE):
        return False
    start = found.start - base
    clause_start = max(text.rfind(c, 0, start) for c in ";:") + 1
    return _SUPERSEDED.search(text, clause_start, found.end - base) is not None


def _over_a_period(text: str, found: Found, base: int) -> bool:
    """ "14 deaths since 2010", "300 people have died in the past decade": a tally over a period
    in the finding's own clause counts many incidents, not this one."""
    if not _tells_a_period(text):
        return False
    start, end = found.start - base, found.end - base
    clause_start = max(text.rfind(c, 0, start) for c in ",;:") + 1
    if clause_start and _PARTICIPLE_OPENS.match(text, clause_start):
        # "has seen 23 crashes since 2022, claiming 41 lives": a participle's clause hangs on the
        # clause before it, and the period told there covers it too
        clause_start = max(text.rfind(c, 0, clause_start - 1) for c in ",;:") + 1
    clause_end = min((i for i in (text.find(c, end) for c in ",;:") if i != -1), default=len(text))
    period = _PERIOD.search(text, clause_start, clause_end)
    if period is None:  # "Since the start of the year, nine people have died": a fronted period
        fronted = _FRONTED.match(text)
        if fronted and fronted.end() <= start:
            period = _PERIOD.search(text, 0, fronted.end())
            clause_start = 0
    # "in the deadliest crash since 2010", "the first death this year": a ranking, not a tally
    return period is not None and not _RANKING.search(text, clause_start, period.start())


# The last sentence object _tells_a_period read, and its answer.
_PERIOD_READ: tuple[str | None, bool] = (None, False)


def _tells_a_period(text: str) -> bool:
    """``_PERIOD_GATE`` on a sentence, read once for all its findings (the scan reads every
    character); kept for that one sentence object only, never across sentences or reports."""
    global _PERIOD_READ
    seen, told = _PERIOD_READ
    if seen is not text:
        lower = blind_lower(text)  # each match holds one of these words (as the regex reads it)
        told = (
            "since" in lower or "past" in lower or "last" in lower or "this " in lower
        ) and _PERIOD_GATE.search(text) is not None
        _PERIOD_READ = (text, told)
    return told


def _single_wound(text: str, found: Found, base: int) -> bool:
    """ "a lad had been stabbed": one person with a wound verb alone is not counted as hurt,
    unless the wound is told as survived ("shot in the arm", ``_SURVIVED``) and no one died."""
    span = text[found.start - base : found.end - base]
    return (
        found.kind == INJURED
        and found.value == 1
        and not span[:1].isdigit()
        and bool(_WOUND_ONLY.search(span))
        and not (_SURVIVED.search(text, found.start - base) and not _DEATH.search(text))
    )


# The count's own harm told before the state it is still in: "Three were wounded and remain in
# hospital" counts the hurt, the state is a second predicate of theirs.
_HARMED_FIRST = re.compile(
    r"\b(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
    r"(?:injured|wounded|hurt|killed)\b"
)


def _still_in_hospital(text: str, found: Found, base: int) -> bool:
    """ "still in hospital" / "remain in hospital" counts the later state, not those taken there
    (unless the count's own harm is told first: "were hurt and remain in hospital")."""
    span = text[found.start - base : found.end - base].lower()
    still = _STILL.search(span) if "hospital" in span else None
    return still is not None and not _HARMED_FIRST.search(span, 0, still.start())
