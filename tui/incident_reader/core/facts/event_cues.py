"""Event cues: the words of a sentence that tell the incident, its toll or what came after.

``_cues`` reads them once per sentence (an onset verb after a determiner modifies a noun, an
occurring verb takes its subject's class, harm done by the police ends the incident); the
sentence tests (``is_event_sentence``, ``tells_sequel``, ``is_scene_sentence``) and the anchoring
of times in ``when`` read them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from incident_reader.core.facts import events
from incident_reader.core.facts.numbers import WORD_NUMBER
from incident_reader.core.facts.place_words import STRUCTURE_HEADS
from incident_reader.core.facts.text import Sentence, WordGate, WordScan, sentence_of
from incident_reader.core.facts.vocabulary import COURT_KINDS, SITE_WORDS, STREET_WORDS

# Any past participle "to death" tells a death ("hacked to death", "charred to death", "crushed
# to death"): the verb is an open class, the phrase closes it.
TO_DEATH = r"(?<=(?:ed|wn|nt|rt|ot|en) )to\s+death"
LOST_LIFE = r"lost\s+(?:his|her|their)\s+li(?:fe|ves)"
# A journey under way, then what broke into it: "The coach was travelling south when the driver
# pulled over at 7.34pm" times the incident in the when-clause, whatever its verb.
_UNDER_WAY = (
    r" (?:travel?ling|driving|heading|sailing|flying|riding|cycling|walking|crossing|returning"
    r"|making\s+its\s+way)\b[^.;:!?]{0,80}?\bwhen"
)
_UNDER_WAY_WHEN = "was" + _UNDER_WAY
_UNDER_WAY_WHEN_PL = "were" + _UNDER_WAY
# A state the incident broke into, then its when-clause: "was standing near the pump at X,
# talking with friends, when a car pulled up", "were queueing at the till when the roof fell".
_STATE_WHEN = (
    r"(?:was|were) (?:standing|sitting|waiting|queu(?:e)?ing|talking|chatting|playing|working"
    r"|sleeping|eating|drinking|watching|shopping|dancing|praying|singing|celebrating|lying"
    r"|resting|relaxing|gathered|parked)\b[^.;:!?]{0,120}?\bwhen"
)
# What came all of a sudden is an event, whatever its noun: "caught by a sudden rise in water",
# "a freak wave", "an unexpected surge of floodwater" (a decision or a change is no happening).
_SUDDEN = (
    r"(?:sudden|freak|unexpected)\s+(?!(?:decision|change|move|departure|resignation|illness"
    r"|interest|demand|drop\s+in\s+(?:price|demand|sales))\b)[a-z][a-z-]+"
)
# Going into the premises, as "entered" and "went in" tell it: "walked into the post office at
# 9.10am", "burst into the bar" (a police station, a hospital or a court is where one goes after,
# by a name too: "walked into Hale Street police station").
_WALKED_IN = (
    r"(?:walked|burst|barged|marched|strode|stormed)\s+in"
    r"(?:to)?(?![\w-])(?!\s+(?:tears|flames|laughter|song|(?:(?:an?|the)\s+(?:[\w-]+\s+)?"
    r"|(?-i:[A-Z])[\w'’-]*\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,2})"
    r"(?:police\s+station|hospital|court|station)))"
)
# A report reaching the services is the call-out: "At 6.20am the coastguard received a report from
# the harbour master that a ramp had collapsed", "received a call reporting a fire" ("received a
# report on the bridge's condition" is a document: what follows must tell what was reported).
_REPORT_RECEIVED = (
    r"(?:received|receives|receiving|took|taking|takes)\s+(?:an?\s+|the\s+)?(?:first\s+)?"
    r"(?:(?:emergency|distress|urgent|999|911|000|112)\s+)?(?:reports?|calls?|alerts?)"
    r"(?=\s+(?:from\s+[^.;:]{1,60}?\s+)?(?:that|of|reporting|about|saying)\b)"
)
# A weapon discharged is a shooting ("discharged a firearm", "a gun was discharged"); a patient
# discharged stays a sequel (events.AFTER_VERBS).
_WEAPON = r"(?:fire)?arms?|weapons?|(?:hand|shot)?guns?|pistols?|revolvers?|rifles?|rounds?|shots?"
_WEAPON_DISCHARGED = (
    r"discharg(?:ed|es|e|ing)\s+(?:(?:a|an|the|his|her|their|several|multiple|two|three|\d+)\s+)?"
    r"(?:[a-z-]+\s+)?(?:" + _WEAPON + r")(?![\w-])"
    r"|(?:" + _WEAPON + r")\s+(?:was|were|had\s+been|has\s+been|being)\s+discharged"
)
# Words telling the incident itself (its onset or its toll): the predicate classes of events.py,
# and a few phrases that are no single predicate.
EVENT_CUES: tuple[str, ...] = (
    r"opened fire", r"gunfire", r"shots? (?:were |was )?fired", r"left the (?:tracks|rails|road)",
    r"driven into", r"drove into", r"turned (?:off|into)", r"driving erratically", r"unfolded",
    r"calls?(?: came in)?", r"were called", r"was called", r"alarm was raised", r"alerted",
    r"dead", r"seen", r"went in", r"jumped", r"killing", r"drove", r"driven", r"dispatched",
    r"scrambled", r"destroyed", r"entered", r"struck", r"hit", r"bitten", _UNDER_WAY_WHEN,
    _UNDER_WAY_WHEN_PL,
    _STATE_WHEN, _REPORT_RECEIVED, _WALKED_IN, _SUDDEN, _WEAPON_DISCHARGED,
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
    r"ended", r"called off",  # "the search ended overnight", "was called off on Friday"
    # "the bus left Nandgaon at 8 pm", "had left the Colombo Fort station at 5.55": a journey's
    # start ("left the road" and "left the A38" are no place named by a word)
    r"left(?=\s+(?:the\s+)?(?-i:[A-Z][a-z]))",
    events.alternation(events.AFTER_VERBS, events.AFTER_NOUNS),
)  # fmt: skip
_B = r"(?<!\w)"  # a cue starts a word; "triple-zero call", "gas-cylinder explosion" count
_E = r"(?![\w-])"
_SAYING = re.compile(
    r"said|says|told|statement|issued|confirm(?:s|ed)?|announce[sd]?|claim(?:s|ed)?",
    re.IGNORECASE,
)
# The sequels a whole report may be about: justice and remembrance.
LEGAL_SEQUEL_VERBS: tuple[str, ...] = (
    "arrest", "charge", "sentence", "jail", "convict", "acquit", "remand", "commemorate",
)  # fmt: skip
# "mark" tells a remembrance only as a verb with its object ("to mark the first anniversary",
# "marked a year since"); a noun or a participle before a noun ("the halfway mark", "a marked
# lane", "skid marks on the road") tells none.
_MARK_VERB = (
    r"mark(?:s|ed|ing)?(?=\s+(?:the|a|an|its|their|his|her|this|that|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|\d+)\b)"
)
LEGAL_SEQUEL_NOUNS: tuple[str, ...] = ("trial", "inquest", "verdict", "anniversary", "memorial")
# Harm done by the police ends an incident; its time is no onset.
_BY_POLICE = re.compile(
    r"\s+(?:dead\s+|down\s+)?by\s+(?:(?:armed|police|firearms|specialist)\s+)?(?:an?\s+)?"
    r"(?:police|officers?|marksm[ae]n|snipers?|troopers?|deputies|soldiers|security\s+forces"
    r"|garda[ií]|commandos)\b",
    re.IGNORECASE,
)
# A raid is the law's sequel when police, troops or a warrant carry it out ("officers raided a
# flat in X", "a dawn raid", "raids by detectives"); with none of them it is the crime itself
# ("robbers raided a bank in X", "the ram-raid on a jeweller's").
RAID = re.compile(r"raid(?:s|ed|ing)?", re.IGNORECASE)
_ENFORCERS = re.compile(
    r"\b(?:police|officers?|detectives?|troops|soldiers|agents|investigators|deputies|garda[ií]"
    r"|authorities|marshals|dawn|drugs?|warrants?|search(?:es)?)\b",
    re.IGNORECASE,
)
RAID_REACH = 60
# ... and so when it searches a dwelling or a hideout or finds what it sought ("the raid on a flat
# in X", "raids on homes", "the raid uncovered guns"), unless those raiding are the offenders
# ("burglars raided a flat", "armed men raided the compound").
_RAIDED_DWELLING = re.compile(
    r"\s+(?:on|of|at)\s+(?:a|an|the|two|three|several|\d+)?\s*(?:[\w-]+\s+)?(?:flats?|house|houses"
    r"|homes?|address(?:es)?|propert(?:y|ies)|camps?|hideouts?|compounds?|dens?)\b"
    r"|[^.;]{0,60}?\b(?:found|seized|recovered|uncovered|netted|yielded)\b",
    re.IGNORECASE,
)
_OFFENDERS = re.compile(
    r"\b(?:robbers|burglars|thieves|raiders|gang|gunmen|attackers|militants|bandits|rebels"
    r"|(?:armed|masked|hooded)\s+(?:men|man|gang|robbers))\b",
    re.IGNORECASE,
)


# The offenders' own arrival opens the incident ("the gunmen arrived at around 2:30am", "a group
# of armed men arrived in a minibus"), where a responder's arrival is a later step: the offender
# noun heads the subject, with at most a few words (a count, "of about five") between.
_ARRIVALS = frozenset(("arrived", "arrive", "arrives", "arriving"))
_OFFENDER_SUBJECT = re.compile(_OFFENDERS.pattern + r"(?:\s+[\w'’-]+){0,4}?\s+$", re.IGNORECASE)
OFFENDER_REACH = 60


def law_raid(text: str, start: int, end: int) -> bool:
    """Whether the raid told from ``start`` to ``end`` is carried out by the law (words of police,
    troops, a warrant or a dawn or drugs raid just before it or after it, or a dwelling searched
    by no offender)."""
    return (
        _ENFORCERS.search(text, max(0, start - RAID_REACH), start) is not None
        or _ENFORCERS.search(text, end, end + RAID_REACH // 2) is not None
        or (
            _RAIDED_DWELLING.match(text, end) is not None
            and _OFFENDERS.search(text, max(0, start - RAID_REACH), start) is None
        )
    )


_LEGAL_SEQUEL = re.compile(
    rf"{_B}(?:{events.alternation(LEGAL_SEQUEL_VERBS, LEGAL_SEQUEL_NOUNS)}|{_MARK_VERB}){_E}",
    re.IGNORECASE,
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
_DETERMINER_AFTER = re.compile(r"\s+(?:a|an|the|its|their|his|her|some|two|three)\b")
_NOUN_FORMS = frozenset(events.cue_words(nouns=events.ONSET_NOUNS))
_AFTER_NOUN_FORMS = frozenset(events.cue_words(nouns=events.AFTER_NOUNS))  # "a hearing date"
# Onset verbs whose bare form is also a noun of no event ("the spot", "the start", "the sound"):
# after a determiner they name a place or a part, not the incident.
_PLAIN_NOUNS = frozenset(("spot", "spots", "start", "starts", "sound", "sounds", "set", "run"))
_ONSET_VERB = re.compile(
    rf"{_B}(?:{events.alternation(events.ONSET_VERBS)}|opened fire|left the (?:tracks|rails|road)"
    rf"|driven into|drove into){_E}"
)  # lower case: "Orrin Falls" is a name
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
# An offence named after a charge or a plea is the charge's word, no event of its own: "was
# charged with assault on Tuesday", "arrested on suspicion of arson", "two counts of robbery",
# "pleaded guilty to affray" (its day is the charge's); "convicted of the attack" names the event.
_OFFENCE_OF = re.compile(
    r"\b(?:charged\s+with|charges?\s+of|counts?\s+of|suspicion\s+of|accused\s+of|convicted\s+of"
    r"|guilty\s+of|guilty\s+to|acquitted\s+of|cleared\s+of|offences?\s+of)\s+"
    r"(?:(?!(?:the|a|an|his|her|their|its|this|that|after|following)\s)[a-z][\w-]*\s+){0,3}$",
    re.IGNORECASE,
)
OFFENCE_REACH = 50
# An event noun told as earlier than the clause's own: "had been linked to a burglary earlier that
# evening", "after a row in a pub the night before".
_EARLIER_ONE = re.compile(
    r"(?:\s+(?!(?:and|but|when|as|while)\b)[\w'’-]+){0,4}?\s+(?:earlier\s+(?:that|the\s+same|in\s+the)"
    r"|(?:on\s+)?the\s+(?:previous|preceding)|the\s+(?=(?:day|night|evening|morning)\s+before\b))"
    r"\s*(?:day|night|evening|morning|afternoon|week)?\b",
    re.IGNORECASE,
)
# An event noun told as the start of a span up to now is an earlier one: "residents have asked
# for lights since a fatal crash there in 2021" ("since the crash" is the report's own).
_SINCE_AN = re.compile(r"\bsince\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
SINCE_REACH = 40
# Harm whose subject is the police ends the incident: "Spanish police on Monday shot dead ...".
_POLICE_SUBJECT = re.compile(
    r"\b(?:police|officers|marksm[ae]n|snipers|troopers|soldiers|security\s+forces|commandos)"
    r"(?:\s+(?:on\s+[A-Z]\w+|later|then|finally|eventually|yesterday|today|\w+ly))*\s+$"
)
POLICE_REACH = 60
# A team sent to look into it afterwards is no call-out: "A team of inspectors was dispatched to
# the site on Wednesday", "investigators were deployed": an inquiry's subject, then its verb.
_INQUIRY_SUBJECT = re.compile(
    r"\b(?:inspectors?|investigators?|inspectorate|assessors?|auditors?|surveyors?|experts?"
    r"|engineers?|officials?|inquiry|investigation)\b[^.;:,]{0,25}$",
    re.IGNORECASE,
)
_SENT_STEMS = ("dispatch", "despatch", "deploy", "sent")
_HARM_STEMS = ("shot", "shoot", "kill", "gun", "wound", "injur", "stab", "dead")
# What the police do to a place or a case after the event, told by an onset verb's other sense:
# "as police mounted an operation", "officers stormed the flat", "police swept the area".
_POLICE_ACTION_STEMS = ("mount", "storm", "sweep", "swept", "surround")
_POLICE_ACTOR = re.compile(_POLICE_SUBJECT.pattern, re.IGNORECASE)  # "Police swept the town"
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+$", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s+to\b")
# A predicate after "without" tells what did not happen: "came down without warning at 10am",
# "drove off without stopping", "without being arrested".
_WITHOUT = re.compile(
    r"\bwithout\s+(?:(?:any|a|an|prior|advance|further|being|first|ever)\s+)?$", re.IGNORECASE
)
WITHOUT_REACH = 24
# A predicate after a negated auxiliary tells what did not happen: "did not respond to messages on
# Sunday", "has not struck since", "were never seen again" (an adverb may stand between).
_NEGATED = re.compile(
    r"\b(?:(?:did|does|do|has|have|had|was|were|is|are|could|would|will)(?:\s+not|n['’]t)"
    r"|never)\s+(?:[a-z]+ly\s+)?(?:been\s+)?$",
    re.IGNORECASE,
)
NEGATED_REACH = 36
# A span set off by a comma before "later": the apposition of a time ("at 11.20am, some twenty
# minutes later, he ..."), relating it to one told before, not a step after the event.
_SPAN_APPOSED = re.compile(
    r",\s+(?:[\w-]+\s+){0,4}?(?:seconds?|minutes?|hours?)\s+$", re.IGNORECASE
)
# A sequel's noun naming a building or site in a place phrase: "at the funeral house", "outside
# the court building", "in the hospital car park", "near the memorial hall" tell where, not the
# funeral, the hearing or the care (the event may well have happened there).
_AT_THE = re.compile(
    r"\b(?:at|in|inside|outside|near|behind|beside|by|from|into|across)\s+(?:the|a|an|its|their)\s+$",
    re.IGNORECASE,
)
_SITE_HEADS = frozenset((*SITE_WORDS, *STRUCTURE_HEADS, "grounds", "gate", "gates", "tent"))
_TWO_WORDS = re.compile(r"[ \t]+([a-z][a-z'-]*)(?:[ \t]+([a-z][a-z'-]*))?")


def _site_named(text: str, start: int, end: int) -> bool:
    """Whether a sequel noun modifies a building's or a site's noun in a place phrase."""
    if text[start:end].lower() not in _AFTER_NOUN_FORMS:
        return False
    if not _AT_THE.search(text, max(0, start - 12), start):
        return False
    nxt = _TWO_WORDS.match(text, end)
    if nxt is None:
        return False
    one = nxt.group(1)
    return one in _SITE_HEADS or f"{one} {nxt.group(2)}" in _SITE_HEADS


# A sequel's noun naming a building as the place an onset verb tells ("a fire swept through the
# newborn unit of a district hospital", "a blaze broke out in the town's hospital"): where the
# event happened, no care after it. "died in hospital" (no determiner) and "taken to a hospital"
# (no place phrase of an onset) stay sequels.
_BUILDING_SEQUELS = frozenset(("hospital", "hospitals", "court", "courts"))
_PLACE_PHRASE = re.compile(
    r"\b(?:in|at|of|through|into|inside|within)\s+"
    r"(?:the|a|an|its|their|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w-]*['’]s)"
    r"(?:\s+[\w'’-]+){0,3}?\s+$"
)
ONSET_PLACE_REACH = 110  # from an onset verb to the building noun of its place phrase


def _onset_place(
    text: str, out: list[tuple[int, int, int, bool]], after_start: int, m: re.Match[str]
) -> bool:
    """Whether a building's sequel noun heads a place phrase of an onset verb before it, or a
    gathering's ("were shot dead at a night vigil", "opened fire at the funeral of") one of an
    onset or a toll verb right before it: the occasion the incident happened at, no sequel."""
    word = m.group(0).lower()
    gathering = word in _GATHERING_SEQUELS
    if word not in _BUILDING_SEQUELS and not gathering:
        return False
    if not _PLACE_PHRASE.search(text, max(0, m.start() - 60), m.start()):
        return False
    return any(
        (cls == _ONSET_CUE or (gathering and cls == _TOLL_CUE))
        and 0 <= m.start() - end <= ONSET_PLACE_REACH
        and not _PLACE_BREAK.search(text, end, m.start())
        and not (gathering and _FINITE.search(text, end, m.start()))
        for _, end, cls, _ in out[:after_start]
    )


# Sequel nouns of a gathering the incident itself may happen at (a funeral shot up, a vigil
# stampede); "were remembered at a vigil" after the toll has a verb of its own between.
_GATHERING_SEQUELS = frozenset(("funeral", "funerals", "vigil", "vigils", "memorial", "memorials"))
_FINITE = re.compile(
    r"\b(?:was|were|is|are|had|has|have|been|will|would|[a-z]+ed)\b|\b(?:on|last|this)\s+[A-Z]"
)


_PLACE_BREAK = re.compile(r"[,;:.!?]|\b(?:and|but|before|after|then)\b")


# A way of robbing before "raid" is part of its noun: "a ram-raid", "the smash-and-grab raid",
# "an armed raid", so a day owning it ("Monday's ram-raid") owns the incident.
_RAID_KIND_BEFORE = re.compile(
    r"(?<![\w-])(?:ram|smash-and-grab|armed|cash-in-transit|jewellery|jewelry|bank|post\s+office"
    r"|shop|store)[ \t-]$",
    re.IGNORECASE,
)


def _raid_kind_start(text: str, start: int) -> int:
    """Where a raid's noun starts with the way of robbing told before it ("ram-raid")."""
    kind = _RAID_KIND_BEFORE.search(text, max(0, start - 20), start)
    return kind.start() if kind is not None else start


# "on board", "on-board": a place the passengers were in, not the verb "board".
_ON_BEFORE = re.compile(r"\bon[ \t-]$", re.IGNORECASE)
# "said to be", "said to have": hearsay about someone, told by no one at a later time.
_HEDGE = re.compile(r"\s+to\s+(?:be|have)\b", re.IGNORECASE)


# Onset verbs' bare forms that name no event as nouns ("a kitchen knife", "a sharp push"); a
# past that looks like the base ("his car hit") reads as a noun only right after a determiner.
_BARE_VERBS = (
    frozenset(v for v in events.ONSET_VERBS if " " not in v and "-" not in v)
    - _NOUN_FORMS
    - _PLAIN_NOUNS
)
_PAST_AS_BASE = frozenset(("hit", "set", "burst", "cut", "put", "spread", "shut", "cast", "hurt"))
_THING_BEFORE = re.compile(
    r"\b(?:a|an|the|his|her|their|its)\s+((?:[a-z][\w-]*\s+){0,2})$", re.IGNORECASE
)


# A verb of perception or causation takes an object and a bare infinitive ("saw the lorry plummet",
# "felt the floor collapse", "made the bus overturn"): the bare form after its object is a verb.
_BARE_COMPLEMENT = re.compile(
    r"\b(?:s[ae]w|sees?|seen|watch(?:es|ed)?|hear[ds]?|felt|feels?|notic(?:ed?|es)|observed?"
    r"|made|makes?|lets?|helped)\s+$",
    re.IGNORECASE,
)


def _thing_before(text: str, start: int, word: str) -> bool:
    """Whether a determiner and at most two modifiers (no verb, no function word) stand before an
    onset verb's bare form: the verb is a noun there ("a kitchen knife")."""
    m = _THING_BEFORE.search(text, max(0, start - 40), start)
    if m is None or _BARE_COMPLEMENT.search(text, max(0, m.start() - 24), m.start()):
        return False
    mods = m.group(1).split()
    if mods and word in _PAST_AS_BASE:
        return False
    return not any(w.lower() in FUNCTION_WORDS or w.lower() in _VERB_WORDS for w in mods)


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


def event_words(fragment: str) -> list[re.Match[str]]:
    """The event words of a short stretch of text, onset or toll, that are no name's ("killed",
    "opened fire"; not "Orrin Falls")."""
    return [m for m in _EVENT.finditer(fragment) if not m.group(0)[0].isupper()]


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


def _tells_onset(body: str) -> bool:
    """Whether a blog entry's text tells the event with a verb ("a van has crashed into ...")."""
    return any(
        not _DETERMINER_BEFORE.search(body, max(0, m.start() - 6), m.start())
        for m in _ONSET_VERB.finditer(body)
    )


# An appeal to someone after "call(s)": "call on the Minister", "calls upon residents" (a day
# after "on" is the call's own: "calls on Saturday night").
_APPEAL_ON = re.compile(
    r"\s+(?:on|upon)\s+(?:(?:the|all|its|his|her|their|our)\s+)?"
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Za-z]"
)


# A call asked of the public, its bare form after an infinitive's "to", a modal or an
# imperative's "or"/"please": "asked to call 112", "should call the hotline", "contact X or call
# the toll-free line" (not "made a call", "the call came at", "called 999").
_ASKED_TO = re.compile(
    r"\b(?:to|or|please|should|must|can|could|may|urged|asked|encouraged)\s+$", re.IGNORECASE
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
        if word in ("call", "calls") and _APPEAL_ON.match(text, m.end()):
            continue  # "We call on the Minister to act": an appeal, no call that reported it
        if word == "call" and _ASKED_TO.search(text, max(0, m.start() - 12), m.start()):
            continue  # "urged anyone to contact X or call 999": an appeal, no call made
        if word.startswith("fail") and _TO_AFTER.match(text, m.end()):
            continue  # "police failed to respond": no event of its own
        if word in _BARE_VERBS and _thing_before(text, m.start(), word):
            continue  # "bought a kitchen knife": a verb's bare form as a noun names a thing
        if _WITHOUT.search(text, max(0, m.start() - WITHOUT_REACH), m.start()):
            continue  # "swerved without hitting the wall": what did not happen
        if _NEGATED.search(text, max(0, m.start() - NEGATED_REACH), m.start()):
            continue  # "did not respond to messages on Sunday": what did not happen either
        if _plural_noun(text, m.start(), word):
            continue  # "succumbed to their burns on Thursday": wounds, not the fire's onset
        if _FINDING_OF.search(text, max(0, m.start() - FINDING_REACH), m.start()):
            continue  # "a conclusion of lawful killing": the finding's name, no event
        if word in _NOUN_FORMS and _EARLIER_ONE.match(text, m.end()):
            continue  # "linked to a burglary earlier that evening": another, earlier event
        if word in _NOUN_FORMS and _SINCE_AN.search(
            text, max(0, m.start() - SINCE_REACH), m.start()
        ):
            continue  # "have campaigned since a fatal crash there in 2021": an earlier one
        if word in _NOUN_FORMS and _OFFENCE_OF.search(
            text, max(0, m.start() - OFFENCE_REACH), m.start()
        ):
            continue  # "charged with assault on Tuesday": the charge's offence, the charging's day
        cls = _TOLL_CUE if _TOLL.fullmatch(m.group(0)) else _ONSET_CUE
        if cls == _ONSET_CUE and after_determiner and word in _PLAIN_NOUNS:
            continue  # "visited the spot at 11am", "the start of term": a verb's noun, no event
        if (
            _BY_POLICE.match(text, m.end())
            or (
                word.startswith(_HARM_STEMS)
                and _POLICE_SUBJECT.search(text, max(0, m.start() - POLICE_REACH), m.start())
            )
            or (
                word.startswith(_POLICE_ACTION_STEMS)
                and _POLICE_ACTOR.search(text, max(0, m.start() - POLICE_REACH), m.start())
            )
        ):
            cls = _AFTER_CUE  # "was shot dead by armed officers at 9.05pm": the police's ending
        elif word.startswith(_SENT_STEMS) and _INQUIRY_SUBJECT.search(
            text, max(0, m.start() - POLICE_REACH), m.start()
        ):
            cls = _AFTER_CUE  # "inspectors were dispatched to the site on Wednesday": an inquiry
        out.append((m.start(), m.end(), cls, False))
    after_start = len(out)
    for m in _AFTER_SCAN.finditer(sentence):
        if _PASSIVE_BEFORE.search(text, max(0, m.start() - 6), m.start()) and m.group(0) in (
            "heard",
            "seen",
            "found",
        ):
            continue  # "the first shots were heard at 5.40pm": the event perceived, not a sequel
        if _name_part(text, m.start(), m.end()) or _court_of_play(text, m.start(), m.end()):
            continue  # "on Linnet Close", "a flat in Canning Court", "the food court": no sequel
        if _WITHOUT.search(text, max(0, m.start() - WITHOUT_REACH), m.start()):
            continue  # "came down without warning at around 10am": no warning was given
        if _site_named(text, m.start(), m.end()) or _onset_place(text, out, after_start, m):
            continue  # "at the funeral house", "in the hospital car park": where, no sequel
        if m.group(0).lower() == "board" and _ON_BEFORE.search(
            text, max(0, m.start() - 4), m.start()
        ):
            continue  # "with 16 people on board": where they were, no boarding
        if (
            m.group(0).lower().endswith(("ing", "ed"))
            and m.group(0).lower() not in _AFTER_NOUN_FORMS
            and _DETERMINER_BEFORE.search(text, max(0, m.start() - 6), m.start())
            and _modifies_noun(text, m.end())
        ):
            continue  # "fell from a climbing frame", "the arrested man": a verb's participle
            # modifying a noun tells no sequel, as an onset verb's tells no onset
        if any(s <= m.start() and m.end() <= e for s, e, _, _ in out[:after_start]):
            continue  # "a sudden rise in water": a word of the event's own phrase
        if m.group(0).lower() == "later" and _SPAN_APPOSED.search(
            text, max(0, m.start() - 40), m.start()
        ):
            continue  # "at about 11.20am, under half an hour later,": a time restated, no sequel
        if _HEDGE.match(text, m.end()) and m.group(0).lower() in ("said", "says"):
            continue  # "a man, said to be local, walked in": a hedge on a person, no saying
        if _result_of_onset(text, out, after_start, m.start(), m.group(0)):
            continue  # "a landslide struck at dawn on Saturday, burying 11 houses": its result
        if m.group(0).lower() in _JOURNEY_WORDS and _AFTER_GERUND.search(
            text, max(0, m.start() - 24), m.start()
        ):
            continue  # "crashed shortly after taking off on Sunday": the crash's day
        if m.group(0).lower() in _RISE_WORDS and not _toll_rise(text, m.start(), m.end()):
            continue  # "the river rose by two metres", "were climbing the ridge": a motion
        if m.group(0).lower() in _CHARGE_WORDS and _AT_TARGET.match(text, m.end()):
            out.append((m.start(), m.end(), _ONSET_CUE, False))  # "a bull charged at them"
            continue
        if _escape(text, m.start(), m.end()):
            out.append((m.start(), m.end(), _ONSET_CUE, False))  # "an ammonia release"
            continue
        if m.group(0).lower() in _ARRIVALS and _OFFENDER_SUBJECT.search(
            text, max(0, m.start() - OFFENDER_REACH), m.start()
        ):
            out.append((m.start(), m.end(), _ONSET_CUE, False))  # "the gunmen arrived at 2am"
            continue
        if RAID.fullmatch(m.group(0)) and not law_raid(text, m.start(), m.end()):
            start = _raid_kind_start(text, m.start())  # "Monday's ram-raid": the whole noun
            out.append((start, m.end(), _ONSET_CUE, False))  # "robbers raided a bank"
            continue
        if _event_subject(text, out[:after_start], m.start()) and m.group(0) in _VERB_WORDS:
            out.append((m.start(), m.end(), _ONSET_CUE, False))  # "A landslide buried two houses"
            continue
        out.append((m.start(), m.end(), _AFTER_CUE, bool(_SAYING.fullmatch(m.group(0)))))
    return _occurrences_of_sequels(text, out, after_start)


# "rise" and "climb" tell a later step only for a figure: its noun before ("the toll rose",
# "the number of dead climbed") or a count after ("rose to nine", "climbed to 12 overnight");
# a river rising by two metres or walkers climbing a ridge is a motion, no sequel.
_RISE_WORDS = frozenset((*events.forms("rise"), *events.forms("climb")))
_FIGURE_BEFORE = re.compile(
    r"\b(?:toll|tolls|number|numbers|figure|figures|count|total|tally|dead|deaths|casualties"
    r"|fatalities|injured|victims)\b[^.;:!?]{0,40}$",
    re.IGNORECASE,
)
_COUNT_AFTER = re.compile(
    rf"\s+(?:again\s+|further\s+|sharply\s+|overnight\s+)?to\s+(?:at\s+least\s+|about\s+"
    rf"|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?(?:\d|(?:{WORD_NUMBER})\b)",
    re.IGNORECASE,
)
RISE_REACH = 50


def _toll_rise(text: str, start: int, end: int) -> bool:
    """Whether a "rise"/"climb" verb tells a figure growing: a count noun before it or "to" and
    a number after it."""
    return (
        _FIGURE_BEFORE.search(text, max(0, start - RISE_REACH), start) is not None
        or _COUNT_AFTER.match(text, end) is not None
    )


_JOURNEY_WORDS = frozenset(events.cue_words(events.JOURNEY_VERBS))
_AFTER_GERUND = re.compile(r"\b(?:after|since|upon|on)\s+(?:just\s+)?$", re.IGNORECASE)


# "charge" with a target after it is an attack ("the bull charged at the crowd", "charged
# towards them"), not an indictment ("charged with murder", "charged over the crash").
_CHARGE_WORDS = frozenset(events.forms("charge"))
_AT_TARGET = re.compile(r"\s+(?:straight\s+)?(?:at|towards?|into|through)\s", re.IGNORECASE)


# Between an event noun and its verb: nothing but an adverb ("the landslide quickly buried").
_SUBJECT_GAP = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?")
# Before it, the clause's start and at most a determiner and two modifiers: the noun heads the
# subject ("A landslide", "The huge mud slide"), not a phrase inside it ("The toll in the fire").
_SUBJECT_OPENS = re.compile(
    r"(?:^|[,;:\-–—]\s*|\b(?:and|but|when|as|after|before)\s+)"
    r"(?:(?:a|an|the|this|that|its|their)\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


# A word a finite verb's -s form never follows: a determiner, a preposition or a past participle.
_NO_SUBJECT_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|my|your|these|those|some|any|no|of|to|from|with|for"
    r"|by|in|on|at|into|[a-z]+ed)[ \t]+$",
    re.IGNORECASE,
)


_COMMA_BEFORE = re.compile(r",[ \t]+$")


def _result_of_onset(
    text: str, found: list[tuple[int, int, int, bool]], after_start: int, start: int, word: str
) -> bool:
    """Whether a sequel verb's -ing form opens a participle clause right after the onset's clause
    (", burying 11 houses", ", sending passengers into the water"): what the event did as it
    happened, no later step, when no sequel word stands between the onset and it."""
    if not word.endswith("ing") or not _COMMA_BEFORE.search(text, max(0, start - 4), start):
        return False
    onsets = [e for s, e, cls, _ in found[:after_start] if cls == _ONSET_CUE and e <= start]
    if not onsets:
        return False
    last = max(onsets)
    return not any(last <= s < start for s, _, _, _ in found[after_start:])


def _plural_noun(text: str, start: int, word: str) -> bool:
    """Whether an onset verb's -s form is a plural noun by the word before it ("their burns",
    "died of burns", "suffered burns"): only the listed event nouns ("attacks") name events."""
    return (
        word.endswith("s")
        and word not in _NOUN_FORMS
        and " " not in word
        and _NO_SUBJECT_BEFORE.search(text, max(0, start - 24), start) is not None
    )


def _event_subject(text: str, events_found: list[tuple[int, int, int, bool]], start: int) -> bool:
    """Whether an onset noun is the subject right before a verb: what the event did then is the
    event itself ("A landslide buried two houses on Sunday"), not a later step."""
    return any(
        cls == _ONSET_CUE
        and text[s:e].lower() in _NOUN_FORMS
        and _SUBJECT_GAP.fullmatch(text, e, start) is not None
        and _SUBJECT_OPENS.search(text, max(0, s - 40), s) is not None
        for s, e, cls, _ in events_found
    )


# The capitalised word before a cue, in the same name: "Linnet Close", "Sallow Magistrates' Court".
# A name's inner "and"/"of" joins its capitalised words: "Fire and Rescue Service".
_NAME_WORD_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’.-]*[ \t]+(?:(?:and|of|&)[ \t]+)?$")
_STREET_WORDS = frozenset(STREET_WORDS)
_NAME_WORD_AFTER = re.compile(r"[ \t]+(?-i:[A-Z][a-z])")
_COURT_KIND_BEFORE = re.compile(rf"\b(?:{'|'.join(COURT_KINDS)})['’]?[ \t]+$")
_AFTER_VERB_WORDS = frozenset(events.cue_words(events.AFTER_VERBS))


def _name_part(text: str, start: int, end: int) -> bool:
    """Whether a capitalised sequel word closes a name with a capitalised word before it, or opens
    one with a capitalised word after it: a verb there is never a verb ("Linnet Close", "Rose
    Street") and a street's last word names a street ("Canning Court"), but "Court" after a kind of
    court is the court ("Ashby Crown Court")."""
    if not start or not text[start].isupper():
        return False
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        # a sequel verb opening a name, a capitalised word after it: "on Rose Street", "Mark Lane"
        return (
            text[start:end].lower() in _AFTER_VERB_WORDS
            and _NAME_WORD_AFTER.match(text, end) is not None
        )
    word = text[start:end].lower()
    if word in _STREET_WORDS:
        return word != "court" or _COURT_KIND_BEFORE.search(text, max(0, start - 30), start) is None
    return word in _AFTER_VERB_WORDS


_COURT_KIND_WORDS = frozenset(k.lower().rstrip("'’s") for k in COURT_KINDS)
_LOWER_WORD_BEFORE = re.compile(r"\b([a-z][a-z-]*)(?:['’]s?)?[ \t]+$")


def _court_of_play(text: str, start: int, end: int) -> bool:
    """Whether "court" has a noun before it that names no kind of court: "the food court", "a
    tennis court" are sites; "the crown court", "magistrates' court", "in court" are courts."""
    if text[start:end] != "court":
        return False
    before = _LOWER_WORD_BEFORE.search(text, max(0, start - 24), start)
    if before is None:
        return False
    word = before.group(1)
    return (
        word.rstrip("s") not in _COURT_KIND_WORDS
        and word not in _COURT_KIND_WORDS
        and word not in FUNCTION_WORDS
        and word not in _VERB_WORDS
        and not word.endswith(("ed", "ly"))
    )


def _escape(text: str, start: int, end: int) -> bool:
    """Whether "release" names a substance escaping, by its shape: a noun of matter before it
    ("an ammonia release", "the chemical release") or "of" and a bare noun after it ("a release
    of chlorine"), not a person freed or a statement ("his release", "a press release")."""
    word = text[start:end].lower()
    if word in ("released", "releasing") and _MASS_OBJECT.match(text, end):
        return True  # "a heated mixture released a cloud of gas": matter let out, no freeing
    if word not in ("release", "releases"):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if before and _OWNER_BEFORE.search(text, max(0, before.start() - 12), before.start()):
        word = before.group(1).lower()
        if word not in FUNCTION_WORDS and word not in _FREEING_MODIFIERS:
            return True
    return _BARE_OF.match(text, end) is not None


# "an ammonia release", "Tuesday's chemical release": the word before "release", after a
# determiner or a possessive.
_OWNER_BEFORE = re.compile(r"(?:\b(?:a|an|the|its|this|that)|['’]s)\s+$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"\b([a-z][a-z-]+)\s+$")
# Releases that free a person or publish a text (a short stoplist, not the substances).
_FREEING_MODIFIERS = frozenset(
    ("press", "news", "media", "early", "prisoner", "prisoners", "hostage", "hostages", "bail")
)
# A verb's object that is a measure of matter ("released a cloud of gas", "a plume of ammonia",
# "large quantities of chlorine"): measure words are a closed class; people and papers are freed
# or published ("released the man", "released a statement", "released images of the suspect").
_MASS_OBJECT = re.compile(
    r"\s+(?:an?|its|their|the|large|huge|small)?\s*(?:[\w-]+\s+)?(?:clouds?|plumes?|jets?|puffs?"
    r"|streams?|sprays?|quantit(?:y|ies)|amounts?|volumes?|tonnes?|litres?|gallons?)\s+of\b",
    re.IGNORECASE,
)
# "a release of chlorine", not "the release of the suspect" or "of 12 hostages".
_BARE_OF = re.compile(r"\s+of\s+(?!(?:the|a|an|his|her|their|its|our|this|that|\d)\b)[a-z]")


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
            if _gathering_subject(text, start):
                continue  # "The rally, which began on Sunday, ...": a gathering's course
            if _when_onset(text, cues, end) or _begins_onset(text, cues, end):
                out.append(cue)  # "The release happened at 6:15 a.m. when a valve failed"
                continue  # "began lunging at people": the beginning of the onset told next
            if text[start:end].lower().startswith(("beg", "start")) and (
                _BEGINS_KNOWN.match(text, end)
                or any(_BEGUN.fullmatch(text, end, a[0]) for a in afters if a[0] >= end)
            ):
                continue  # "a picture began to emerge", "started arriving": a sequel's start
            subject = max((a for a in afters if a[1] <= start), default=None, key=lambda a: a[1])
            if (
                subject
                and subject[2] == _AFTER_CUE  # "an ammonia release", "a ram-raid" tell the event
                and start - subject[1] <= OCCUR_REACH
                and not any(subject[1] <= c[0] < start for c in cues if c[2] != _AFTER_CUE)
            ):
                cue = (start, end, _AFTER_CUE, False)
            elif (
                text[start:end].lower().startswith(_BARE_OCCURRING)
                and not _PRONOUN_SUBJECT.search(text, max(0, start - 24), start)
                and not _definite_subject(text, start)
                and not any(
                    c[2] != _AFTER_CUE and 0 <= start - c[1] <= EVENT_SUBJECT_REACH for c in cues
                )
            ):
                continue  # "a musical performance took place on Friday": no event's occurring
        out.append(cue)
    return out


# The sentence's subject told as one known thing ("The mishap occurred around 4.30pm", "This
# misfortune happened at 6am"): the story's incident by another noun, unless the noun names a
# gathering or a rite that takes place (a short stoplist; sequels are the after cues' own).
# A numbered paragraph's or a list's marker before it is no word of the sentence: "1.1 The
# breach occurred at 0415 hrs", "(b) The washout occurred", "iii. This ...", "• The ...".
_PARAGRAPH_MARK = (
    r"(?:(?:\d{1,3}(?:\.\d{1,3})*[.):]?|\(?(?:[a-z]|[ivx]{1,4}|\d{1,3})[.)]|[-–—•*·▪])\s+)?"
)
_DEFINITE_SUBJECT = re.compile(
    rf"^{_PARAGRAPH_MARK}(?:the|this)\s+([a-z]+)\s+(?:had\s+|has\s+)?$", re.IGNORECASE
)
_GATHERINGS = frozenset(
    ("ceremony", "wedding", "match", "game", "concert", "festival", "event", "parade", "service",
     "celebration", "performance", "show", "sale", "election", "vote", "race", "rally", "march",
     "procession", "function", "party", "exam", "examination", "operation", "surgery", "meeting",
     "visit", "handover", "launch", "opening", "delivery", "transfer", "change")
)  # fmt: skip


# A gathering told right before its occurring verb, by a determiner and up to two modifiers, a
# relative pronoun between: "The rally, which began on Sunday", "the all-night crusade started".
_GATHERING_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|its|their|his|her|our)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+?)s?"
    r"\s*(?:,?\s*(?:which|that)\s+)?(?:(?:had|has|have|was|were)\s+)?$",
    re.IGNORECASE,
)
_MORE_GATHERINGS = frozenset(
    ("crusade", "fair", "tournament", "session", "conference", "gathering")
)


def _gathering_subject(text: str, start: int) -> bool:
    """Whether an occurring verb's subject, right before it, names a gathering or a rite: its
    start or its taking place is the occasion's, not the incident's onset."""
    m = _GATHERING_BEFORE.search(text, max(0, start - 60), start)
    return m is not None and (
        m.group("noun").lower() in _GATHERINGS or m.group("noun").lower() in _MORE_GATHERINGS
    )


def _definite_subject(text: str, start: int) -> bool:
    """Whether an occurring verb's subject is a definite noun alone opening the sentence."""
    m = _DEFINITE_SUBJECT.search(text, 0, start)
    return m is not None and m.group(1).lower() not in _GATHERINGS


def _when_onset(text: str, cues: list[tuple[int, int, int, bool]], end: int) -> bool:
    """Whether a when-clause right after an occurring verb tells an onset: "The release happened
    at about 6:15 a.m. when a valve failed" is the incident, whatever its subject's noun."""
    return any(
        c[2] == _ONSET_CUE
        and 0 < c[0] - end <= WHEN_REACH
        and _WHEN.search(text, end, c[0]) is not None
        for c in cues
    )


def _begins_onset(text: str, cues: list[tuple[int, int, int, bool]], end: int) -> bool:
    """Whether "began"/"started" takes an onset verb as its gerund or infinitive right after it
    ("began lunging at shoppers", "started to sink"): the event begins, whatever the subject."""
    return any(c[2] == _ONSET_CUE and _BEGUN.fullmatch(text, end, c[0]) for c in cues)


_BEGUN = re.compile(r"\s+(?:to\s+)?")
# "began"/"started" taking a verb of coming to light: what became known, not the event
# ("a clearer picture began to emerge", "details started to surface").
_BEGINS_KNOWN = re.compile(
    r"\s+(?:to\s+)?(?:emerg|surfac|come\s+to\s+light|coming\s+to\s+light"
    r"|become\s+clear|becoming\s+clear|take\s+shape|taking\s+shape)",
    re.IGNORECASE,
)
_WHEN = re.compile(r"\bwhen\b", re.IGNORECASE)
WHEN_REACH = 60


# Participles that are never nouns, whose object may be bare ("causing harm", "leaving debris").
_PARTICIPLES = frozenset(
    ("causing", "resulting", "leaving", "killing", "injuring", "wounding", "sending", "trapping",
     "involving")  # "a crash involving one petrol tanker": a participle
)  # fmt: skip


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
