"""What the words before a person say of their role: a role noun or modifier describing them
("the suspected driver, a 24-year-old", "the gunman, identified as"), the object of an arrest
("Police arrested a 25-year-old") or of a harm ("stabbed Alasdair Munro, 58"), a case brought
against them, an inverted custody clause ("Charged with murder is X"), the agent of a vehicle's
driving ("driven by X"). roles.py weighs these with what follows the person.
"""

from __future__ import annotations

import re

from incident_reader.core.facts.role_ages import _I, _singular, _words
from incident_reader.core.facts.role_names import _ROLE
from incident_reader.core.facts.role_words import (
    ARRESTING_VERBS,
    CAUSE_PARTICIPLES,
    CREW_VEHICLE_WORDS,
    DRIVER_NOUNS,
    HARM_ING_STEMS,
    HARM_VERBS,
    HONORIFICS,
    OTHER_ARRESTEE_WORDS,
    SUSPECT_MODIFIERS,
    VICTIM_NOUNS,
)

# The phrase before a person that is the same person: a role noun (with an of-phrase), then
# commas, "as", a copula ("is said to be"), a participle's "as" (", identified by police as") and
# a determiner with a few modifiers.
# A word that gives a person a role ("gunman", "suspected", "driver", "victim") ...
_ROLE_WORD = re.compile(
    rf"(?<![\w-])(?:{_words(SUSPECT_MODIFIERS)}|{_ROLE}|{_words(DRIVER_NOUNS)}s?|"
    rf"{_words(VICTIM_NOUNS)})(?![\w-])",
    _I,
)
# Prepositions, auxiliaries and the like: never among the modifiers between a role word and its
# person ("alleged to have driven along Carrow Walk" does not describe Carrow Walk).
_CLOSED_WORDS = (
    "to of in on at into onto from with by for along near over under through across about after "
    "before during since have has had was were is are be been being and or but who which that "
    "said told when while where"
).split()
# ... and what may stand between it and the person it describes: an of-phrase, an apposition,
# commas, "as", a copula ("is said to be"), a participle's "as" (", identified by police as") and
# a determiner with a few modifiers (no verb's past among them: "the suspect in the case, police
# released a 23-year-old" is a new clause).
_GLUE = re.compile(
    # an of-phrase or what the role is in ("the driver of the van", "the suspect in the shooting")
    r"(?:\s+(?:of|in|behind)\s+(?:the\s+|an?\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?(?:\s*,\s*[^,;]{1,60}?,)?"
    # a modifier's own head noun before the apposition: "The alleged aggressor, a 34-year-old man"
    r"(?:(?:(?<=alleged)|(?<=accused)|(?<=suspected)|(?<=would-be))\s+[a-z][\w’'-]*(?<!ed)(?=\s*,))?"
    r"(?:\s*,\s*(?:identified|named|described|known)\s+(?:\w+ly\s+)?(?:by\s+[\w\s]{1,30}?\s+)?as\s+"
    r"|\s*,\s*|\s+as\s+|\s+(?:is|was|are|were|(?:has|have|had)\s+been)\s+(?:(?:said|believed"
    r"|thought|understood|known)\s+to\s+be\s+|(?:identified|named|described|singled\s+out)"
    r"\s+(?:\w+ly\s+)?(?:by\s+[\w\s]{1,30}?\s+)?as\s+)?|\s+|\s*$)(?:(?:an?|the|one)\s+)?"
    rf"(?:(?!(?:{'|'.join(_CLOSED_WORDS)})\s)(?![\w’'-]*[a-z]ed\s)[\w’'-]+\s+){{0,3}}"
    # a description's age after its noun: "described as a white male, approximately 25 years"
    r"(?:[\w’'-]+\s*,\s+(?:approximately|approx\.|about|around|roughly|aged)\s+)?",
    _I,
)
_AGENT_BEFORE = re.compile(r"\bby\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\w’'-]+\s+)?$", _I)
_OF_PHRASE = re.compile(r"\s+of\s+(?:the\s+|an?\s+)?[\w’'-]+", _I)
_TWO_WORDS_BEFORE = re.compile(r"(?:[\w’'-]+\s+){0,2}$")
_OBJECT = re.compile(
    # not its agent in the passive: "was tackled by shopkeeper X" names the captor
    # (a statement's words quoted from the object on: 'detained "the citizen X, born in 1997"')
    rf"(?<![\w-])(?P<verb>{_words(ARRESTING_VERBS)})\s+[\"“]?(?!by\s)(?:(?:an?|the|one)\s+)?"
    # a pronoun is the object itself: "Sentencing him, Recorder X said"
    # (not a name in a phrase of the matter: "charged over the X Y deaths", "held after X Y")
    # ("in-charge", "over-ground": a hyphened word opening with one is a word of its own)
    rf"(?:(?!(?:him|her|them|over|after|following|for|about|with|in|into|from|near|against)"
    r"(?![\w’'-]))"
    rf"[\w’'-]+,?\s+){{0,3}}"
    # the object's relative clause before its name: "detained the preacher who led the rally, X"
    r"(?:(?:who|whom)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+,\s+)?"
    # one of the count by role and name: "arrested three people, including the site manager, X"
    r"(?:including\s+(?:(?:an?|the|one)\s+)?(?:[\w’'-]+,?\s+){0,3})?"
    # "arrested the captain of the boat, X"; where the object is from, then its apposed age:
    # "arrested a man from the Kelby area, aged 52,"
    r"(?:(?:of|from)\s+(?:the\s+|an?\s+)?(?:[\w’'-]+,?\s+){1,3})?"
    # what the object did or is, told in a clause after it: "detained the owner of the van whose
    # engine scared the horses, a 19-year-old herder", then an apposition that tells the person
    # again: "arrested one crane operator, a man in his forties"
    r"(?:(?:who|whom|whose|that)\s+[^,;:.]{1,100}?,\s+)?"
    r"(?:(?<=,\s)(?:an?|the)\s+(?:[\w’'-]+\s+){0,2})?"
    # an honorific with its full stop before the name: "detained Mr. X", "arrested Dr. Y"
    rf"(?:(?-i:{'|'.join(HONORIFICS)})\.\s+)?$",
    _I,
)

# The subject after its predicate ("Charged with murder in the death of a father is 19-year-old
# Kyle Breslin", "Among those arrested was X"): the custody step told first, then the copula.
_INVERTED = re.compile(
    r"^\s*(?:(?:now|currently|still|later|today|yesterday)\s+)?"
    r"(?:(?:among\s+those|those|the\s+(?:only\s+)?(?:one|person|man|woman)"
    r"|the\s+(?:people|persons|men|women|suspects))\s+)?(?:charged"
    r"|arrested|detained|held(?!\s+(?:hostage|captive))|booked|indicted|accused|jailed|sentenced"
    r"|remanded|convicted|in\s+(?:police\s+|judicial\s+)?custody|under\s+arrest|behind\s+bars"
    r"|facing\s+(?:[\w-]+\s+){0,3}?(?:charges?|counts?|trial|court)|due\s+(?:in|at|before)\s)"
    r"\b[^.;]{0,160}?\s(?:is|are|was|were|include[sd]?)\s+"
    # the subject's role noun before its name: "Arrested was the driver, Colm Barry, 45"
    r"(?:(?:an?|the)\s+(?:(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s*,\s*)?)?$",
    _I,
)

# The agent of a vehicle's driving: the driver ("The van was being driven by a 24-year-old man"),
# unless the clause makes them a casualty ("... was hit by the lorry").
# The agent told first by a role, then renamed: "steered by its owner, a 61-year-old fisherman",
# "operated by the site foreman, Ivan Petrov, 48".
# The role may have its of-phrase ("by a member of the organising club, a man in his 50s"), and
# the person told by an age after their head noun keeps the head before it ("driven by a male
# adult aged 41", "set off by a man in his early 50s").
_BY_ROLE = (
    r"(?:(?:(?:an?|the|its|his|her|their)\s+)?(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*"
    r"(?:\s+of\s+(?:the|an?|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?\s*,\s*"
    r"(?:an?\s+)?)"
)
_BY_HEAD = (
    r"(?:(?:an?|the)\s+(?:(?!(?:as|of|to|in|on|at|and|or|but|who|whom|which|that|with|from|for"
    r"|by|was|were|is|are)\s)[a-z][\w’'-]*\s+){0,3})"
)
# (any verb of handling a craft: "piloted by", "skippered by", "steered by"; for the verbs a
# company is the agent of too, "operated by", "flown by", see _OPERATED_BY)
_DRIVEN_BY = re.compile(
    r"(?<![\w-])(?:driven|ridden|piloted|skippered|captained|steered|helmed)\s+by\s+"
    rf"(?:(?:an?|the)\s+)?{_BY_ROLE}?{_BY_HEAD}?$",
    _I,
)
# The agent of a passive that did the harm or set it going: "was stabbed by a 25-year-old man",
# "had been set off by a 47-year-old member of the club", "The blaze was started by a man in his
# 20s" (the agent is the doer whatever their noun; not police who shoot or stop someone).
_CAUSED_BY = re.compile(
    rf"(?<![\w-])(?:{_words(CAUSE_PARTICIPLES)})\s+(?:[a-z]+ly\s+)?by\s+"
    rf"(?!(?:armed\s+)?(?:police|officers?|garda[ií]|troopers?|deputies|soldiers)\b)"
    rf"(?:(?:an?|the)\s+)?{_BY_ROLE}?{_BY_HEAD}?$",
    _I,
)
# (a bus's compounds too: "minibus", "mini-bus", "microbus", "trolleybus")
# A craft handled by a person told by an age: "the jet ski, operated by a 23-year-old man," (an
# airline or a firm operates or flies craft too: "a Dash 8 operated by Arlo Air").
_OPERATED_BY = re.compile(
    rf"(?<![\w-])(?:operated|flown|sailed|manned|worked)\s+by\s+(?:(?:an?|the)\s+)?{_BY_ROLE}?$",
    _I,
)
_CREW_VEHICLE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(CREW_VEHICLE_WORDS)}|[a-z]+-?bus(?:es)?)(?![\w-])", _I
)

_OTHER_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_words(OTHER_ARRESTEE_WORDS)})(?:\s+[\w-]+)?\s*,?\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?$",
    _I,
)

# The object of a harm verb, past or -ing ("stabbed X", "accused of murdering X", "for raping a
# 75-year-old"), and of any gerund a charge or an arrest is for ("arrested for allegedly
# defrauding an 80-year-old", "accused of threatening a 19-year-old"): a victim.
_HARM_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?:(?:{_words(HARM_VERBS)})(?:\s+at)?|(?:{'|'.join(HARM_ING_STEMS)})ing(?:\s+at)?"
    r"|(?<![\w-])(?:for|of|with)\s+(?:allegedly\s+)?[a-z]+ing)(?:\s+(?:an?|the|his|her|their))?"
    # a harm noun's of-phrase: "charged over the stabbing of a 23-year-old woman"
    r"|(?:stabbing|shooting|murder|killing|death|deaths|assault|attack|manslaughter|wounding"
    r"|rape|kidnapping|abduction)\s+of(?:\s+(?:an?|the|his|her))?)\s+$",
    _I,
)
# The direct object of questioning: "Detectives are questioning a man in his 40s".
# The object of questioning, or of a police search for someone not yet held ("Police are
# looking for a man aged about 25", "detectives hunting a man in his 20s"; not rescuers'
# search for the missing).
_NOT_SOUGHT = r"(?!missing\b|lost\b|stranded\b|trapped\b)"
# One of a held count told after it by "including": "Two suspects were apprehended, including a
# man in his thirties", "Four people have been detained, among them the driver, X, 41," (the
# person is one of those held, as after an active "arrested three people, including ...").
_HELD_INCLUDING = re.compile(
    r"(?<![\w-])(?:were|are|have\s+been|had\s+been)\s+(?:(?:now|later|also|since|so\s+far)\s+)?"
    r"(?:arrested|detained|apprehended|held|taken\s+into\s+(?:police\s+)?custody|in\s+(?:police\s+)?"
    r"custody|remanded|charged|picked\s+up|rounded\s+up|taken\s+in\s+for\s+questioning)"
    r"(?![\w-])(?:(?!(?:were|was|are|is|and|but|while|whereas)\b)[^.;:]){0,60}?,\s+(?:including|among\s+them|among\s+whom\s+(?:is|was))\s+"
    r"(?:(?:an?|the|one)\s+)?(?:[\w’'-]+,?\s+){0,4}?$",
    _I,
)
_QUESTIONED_BEFORE = re.compile(
    r"(?<![\w-])(?:questioning|quizzing"
    r"|(?:police|officers|detectives|cops|gardaí|gardai|investigators|deputies|agents|prosecutors)"
    # (or holding the person: "Police are holding a 31-year-old man in connection with")
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:(?:looking|searching|hunting)\s+for|hunting|seeking|holding"
    r"|(?:to\s+)?(?:trace|identify|find)|tracing"
    # questioning in any tense, police its subject: "Police said they would question the owner"
    r"|question(?:ed)?|quiz(?:zed)?|interview(?:ed)?))"
    r"\s+(?:"
    # the object told by its role, then the apposition with the person: "would question the
    # operator of the hall, a man in his 60s", "searching for the woman villagers named as the
    # supplier, a trader in her forties", "want to interview the ferry's captain, aged 61"
    rf"(?:the|his|her|its|their)\s+(?:{_NOT_SOUGHT}(?!(?:was|were|is|are|and|or|but|said|who)\s)"
    rf"[\w’'-]+\s+){{0,5}}?[\w’'-]+,\s+(?:(?:an?|the)\s+(?:{_NOT_SOUGHT}[\w-]+\s+){{0,2}})?"
    rf"|(?:an?|the)\s+(?:{_NOT_SOUGHT}[\w-]+\s+){{0,2}}"
    r"|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+"  # a title before the name: "are looking for Mr. Okoro"
    r")$",
    _I,
)
# "Officers arrived to find a 58-year-old man with stab wounds": an infinitive of result after a
# verb of arriving, the person found there (a casualty, mostly), never the one police seek.
_ARRIVED_TO_FIND = re.compile(
    r"(?<![\w-])(?:arriv(?:e|ed|es|ing)|return(?:ed|s|ing)?|c(?:a|o)me|got\s+there|reached"
    r"|respond(?:ed|ing)|attend(?:ed|ing)|rush(?:ed|ing)|rac(?:ed|ing)|burst|broke|forced)"
    r"(?:\s+[\w’'-]+){0,6}?\s+(?:only\s+)?to\s+find\s+(?:[\w’'-]+\s+){0,3}$",
    _I,
)
# The one a case is brought against (Indian and Pakistani copy): "registered a case against X",
# "An FIR was lodged against X".
_AGAINST_BEFORE = re.compile(
    r"(?<![\w-])(?:case|cases|fir|complaint|charges?|chargesheet|charge\s+sheet|proceedings"
    # the case's own complement first: "a case under sections 304 and 337 of the Penal Code
    # relating to negligence against X" (no clause break inside)
    r"|investigation)\s+(?:[\w’'()-]+\s+){0,16}?"
    # (the one's role before their name: "against the contractor, Manoj Tiwari"; before an
    # apposed person: "proceedings have been opened against the ferry's captain, a man in his 50s";
    # a role with its of-phrase: "against the owner of the wedding hall, Haji X")
    r"against\s+(?:(?:the|an?|his|her|its|their)\s+)?"
    r"(?:(?:[\w’'-]+\s+){0,5}?[\w’'-]+,\s+(?:an?\s+(?:[\w-]+\s+){0,2})?)?"
    rf"(?:(?-i:{'|'.join(HONORIFICS)})\.?\s+)?$",
    _I,
)


def _is_victim_noun(word: str) -> bool:
    """A victim's or a witness's noun, singular or plural ("witness", "passengers")."""
    return _singular(word, VICTIM_NOUNS)  # "casualties", "wives", "passers-by" too


def _np_tail(before: str) -> str | None:
    """The role word just before a person that describes them, with the words before it."""
    for m in reversed(list(_ROLE_WORD.finditer(before, max(0, len(before) - 120)))):
        glue = _GLUE.match(before, m.end())
        if glue and glue.end() == len(before):
            if _AGENT_BEFORE.search(before, max(0, m.start() - 30), m.start()):
                return None  # "named the man stabbed by the robber as X": the agent is not X
            lead = _TWO_WORDS_BEFORE.search(before, 0, m.start())
            of = _OF_PHRASE.match(before, m.end())  # "the driver of the pickup": whose driver
            return before[lead.start() if lead else m.start() : of.end() if of else m.end()]
    return None


# "The lorry driver", "the driver of the BMW": a driver noun with what it drives.
_DRIVER_OF = re.compile(
    rf"(?:(?P<mod>[\w’'-]+)\s+)?(?:{'|'.join(DRIVER_NOUNS)})(?:\s+of\s+(?:the\s+|an?\s+)?"
    r"(?P<of>[\w’'-]+))?",
    _I,
)
_POSSESSIVE_END = re.compile(r"[’']s?$")


def _is_private_driver(near: str) -> bool:
    """ "The lorry driver, a man in his 40s", "The driver of the BMW, ...": not a bus's crew."""
    m = _DRIVER_OF.search(near)
    if not m or not (m.group("mod") or m.group("of")):
        return False  # a bare "the driver" may be anybody's
    vehicle = _POSSESSIVE_END.sub("", (m.group("of") or m.group("mod") or "").lower())
    if _CREW_VEHICLE.fullmatch(vehicle):
        return False  # "the driver of the minibus": a crew's
    return vehicle not in CREW_VEHICLE_WORDS and vehicle not in ("the", "a", "an", "his", "her")
