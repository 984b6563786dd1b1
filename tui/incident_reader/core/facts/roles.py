"""The suspect's age and name: people found by shape, kept only when their role is the suspect's.

A person is a mention built around an age ("a 46-year-old man", "Jordan Pask, 19", "K. Ramesh
(34)", "in his mid-thirties") or a name, with its appositions. Its role comes from the clause:
the subject of an arresting or charging predicate ("... was detained"), the object of an arrest
("Police arrested ..."), the doer of the harm ("... stabbed Alasdair Munro"), a role noun in the
phrase ("the gunman, ...", "The main suspect ... is said to be ..."), or a driver named by a
private vehicle who is not a casualty. Victims', witnesses' and second arrestees' ages never count.
"""

from __future__ import annotations

import re

from incident_reader.core.facts.counting import Found
from incident_reader.core.facts.lexicon import ANIMAL_HEADS
from incident_reader.core.facts.numbers import COUNT
from incident_reader.core.facts.role_ages import _I, AGE, NAME, _Anchor, _nouns, _words
from incident_reader.core.facts.role_before import (
    _AGAINST_BEFORE,
    _ARRIVED_TO_FIND,
    _CAUSED_BY,
    _CREW_VEHICLE,
    _DRIVEN_BY,
    _HARM_BEFORE,
    _HELD_INCLUDING,
    _INVERTED,
    _OBJECT,
    _OPERATED_BY,
    _OTHER_BEFORE,
    _QUESTIONED_BEFORE,
    _is_private_driver,
    _is_victim_noun,
    _np_tail,
)
from incident_reader.core.facts.role_mentions import _mentions
from incident_reader.core.facts.role_names import _ROLE
from incident_reader.core.facts.role_words import (
    ACCESSORY_CUES,
    ARRESTING_VERBS,
    ASSAULT_VERBS,
    CAUSE_OBJECTS,
    CAUSE_VERBS,
    DRIVER_LAPSES,
    DRIVER_NOUNS,
    FAULT_WORDS,
    HARM_VERBS,
    OTHER_ARRESTEE_WORDS,
    PERSON_OF_PERSON_NOUNS,
    SUSPECT_MODIFIERS,
    SUSPECT_PREDICATES,
    SUSPECT_ROLE_NOUNS,
    VICTIM_NOUNS,
    VICTIM_OF_NOUNS,
    VICTIM_PREDICATES,
)
from incident_reader.core.facts.text import Sentence, WordGate
from incident_reader.core.facts.vocabulary import VEHICLE_CLASSES

# Where a clause begins: its subject starts after these.
_CLAUSE_CUT = re.compile(
    # (not a quotation opened by a verb's past, whose object it quotes: 'detained "the citizen X,
    # born in 1997, who ..."')
    r"[;:”]|(?<!ed\s)[“\"]|—|–|\b(?:but|after|before|when|while|whereas|although|because|(?<!is\s)(?<!was\s)(?<!are\s)(?<!were\s)said|says|say|told)\b"
    # (not numbers coordinated: "under sections 304 and 337 of the Penal Code")
    r"|(?<!\d\s)\band\b(?=\s+(?:a|an|the|his|her|its|their|two|three|four|\d+|police|officers"
    r"|[A-Z]))",
)
# A closed class of words that never stand inside a compound noun head.
_FUNCTION_WORD = (
    r"(?:was|were|is|are|has|had|have|be|been|being|who|whom|whose|which|that|and|or|but|at|in"
    r"|on|of|from|with|as|to|for|by|into|onto|after|before|near|outside|the|a|an|his|her|its"
    r"|their|this|these|those|not|will|would|could|should|may|might|must|can|did|does|do"
    r"|later|allegedly|held|arrested|detained|charged|lost|fled|ran|drove|hit|fell|shot|struck"
    r"|left|went|came|got|took|stole|sped|remains|appears?|faces?|pleads?|told|says|said"
    r"|when|while|where|then|also|now|still|since|today|yesterday|tonight|until|till|unless"
    r"|because|if|so|than|though|although|once|whether|about|over|under|through|across|against"
    r"|without|within|during|between|behind|beside|up|down|off|out|there|here|again)(?![\w’'-])"
)
# Words that stand after an age before the person's head word ("a 28-year-old Marrowbank man").
_HEAD = re.compile(
    r"(?:\s+[A-Z][\w’'-]*){0,2}(?:\s+[a-z][\w’'-]*\s+(?:man|woman|boy|girl|teenager|youth|driver"
    r"|motorist|national|resident)(?![\w’'-])"  # "a 63-year-old local man"
    # a compound head of nouns: "a 47-year-old site foreman", "the bus company manager" (never a
    # function word, a participle, an adverb or a verb: "a 41-year-old woman driving the car")
    rf"|(?:\s+(?!{_FUNCTION_WORD})[a-z][\w’'-]*(?<!ed)(?<!ing)(?<!ly)(?![\w’'-])){{2,3}}"
    r"|\s+(?!(?:was|were|is|are|has|had|have|who|and|or|but|at|in|on|of|from"
    r"|with|as|later|allegedly|held|arrested|detained|charged|lost|fled|ran|drove|hit|fell|shot"
    r"|struck|left|went|came|got|took|stole|sped|will|would|remains)\b)[a-z][\w’'-]*(?<!ed)"
    r"(?![\w’'-]))?"
)
_APPOS = re.compile(
    r"(?:\s*,?\s*(?:alias|aka|a\.k\.a\.|also\s+known\s+as)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"
    # a nickname told with a verb: ', popularly called "Dollar" in the area,'
    r"|\s*,\s*(?:[a-z]+ly\s+)?(?:called|known\s+as|nicknamed|dubbed)\s+[^,;]{1,60}?(?=,)"
    # the head's name by a participle: "a 33-year-old Canadian named Harlow, was arrested"
    r"|\s+(?:surnamed|named|called)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?=\s*,)"
    r"|\s*,\s*(?:of|from|with\s+an\s+address\s+(?:at|in|on))\s+[^,;.]{1,50}?(?=,)"
    r"|\s+(?:of|from)\s+[^,;.]{1,40}?(?=,)"
    r"|\s*,?\s+(?:of|from)\s+(?:the\s+)?(?:nearby\s+)?(?:(?:district|town|village|city|county)\s+of\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?:\s+area)?"
    # a place told by its kind: "a 28-year-old man from a neighbouring district was held", "a
    # 34-year-old resident of the same village was detained"
    r"|\s+(?:from|of)\s+(?:an?|the)\s+(?:[a-z][\w’'-]*\s+){0,2}?(?:district|town|village|city|county"
    r"|area|suburb|estate|neighbou?rhood|region|province|community|settlement|township)s?\b"
    r"|\s*,\s*(?:an?|the)\s+[^,;]{1,80}?(?=,)"
    # a role apposed with its own relative clause after it: ", a businessman in his fifties who
    # heads the association that organised it," (the clause read by the who-alternative)
    r"|\s*,\s*(?:an?|the)\s+[^,;]{1,60}?(?=\s+who\s)"
    # a role with no determiner, told by what it is of: ", owner of the Kelby Bakery,", ",
    # managing director of Arlo Tours," (not a verb's ", died of his wounds,", nor ", one of",
    # nor the predicate itself: ", was taken out of the house in handcuffs,")
    r"|\s*,\s*(?!(?:was|were|is|are|has|had|have|been|will|would|could|may)\s)"
    r"(?:[a-z][\w’'-]*\s+){0,2}?(?!(?:one|all|both|some|most|many|none|each|several"
    r"|either|neither|any|two|three|four|five)\b)[a-z][\w’'-]*(?<!ed)(?<!ly)\s+of\s+"
    r"(?:the\s+|an?\s+|his\s+|her\s+|its\s+|their\s+|(?=[A-Z]))[^,;]{1,60}?(?=,)"
    r"|\s*,?\s+who\s+[^,;]{1,100}?(?=,)"
    # a restrictive relative clause, no commas, up to the main verb's auxiliary: "a 41-year-old
    # man who ran the generator for 30 stalls was detained"
    r"|\s+who\s+[^,;.:]{1,120}?(?=\s+(?:was|were|is|are|has|had|have)\s)"
    # a reduced relative clause up to the verb: "A 41-year-old woman driving the car was arrested"
    r"|\s+[a-z]+ing\s+(?:the|a|an|his|her|their)\s+[^,;]{1,40}?(?=\s+(?:was|were|is|are|has|had|have)\b)"
    r"|\s*,\s*(?:(?:north|south|east|west|central|inner|greater|upper|lower)[a-z-]*\s+)?"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?=,)"
    r"|\s*,\s*(?:alleged|suspected|accused|believed|thought|said\s+to|identified|named|described)\b"
    r"[^,;]{1,80}?(?=,)"
    # a participle's clause set off by commas: "The 55-year-old owner, speaking to reporters as he
    # was led into court, denied ..." (not "including" or "according to", which tell others)
    r"|\s*,\s*(?!(?:including|excluding|according|leaving|bringing|taking|making|killing"
    r"|injuring|wounding)\b)[a-z]{3,}ing\s+[^,;]{1,80}?(?=,))*(?:\s*,)?"
)
_AUX = re.compile(
    r"(?:\s+(?:has|have|had|was|were|is|are|been|being|also|later|now|then|subsequently|since"
    r"|yesterday|today|reportedly|who|initially|first|on\s+\w+day|will|would|is\s+due\s+to|both"
    r"|remains|remained|remain|still|already"
    # a custody ordered in the subjunctive or the infinitive: "ordered that the 41-year-old be
    # held", "ordered the contractor to be remanded"
    r"|be(?![\w-])|to\s+be(?![\w-])"
    # an adverb of time or manner: "is presently in police custody", "was formally charged"
    # (not "allegedly", which tells a harm undergone: see _ALLEGED_HARM)
    r"|(?!allegedly\b)[a-z]{2,}ly(?<!\bonly)(?![\w-])))*\s*",
    _I,
)
# A harm verb with no object before its agent or its circumstances: a passive participle
# ("killed by stray gunfire", "stabbed in the chest", "hurt as a lorry hits a stall"); so is
# one whose result ends it with no object after ("shot dead as he ran", "beaten to death in his
# shop", "stabbed to death,"; not "shot dead two guards").
_WITHOUT_OBJECT = re.compile(
    r"\s+(?:by|as|when|while|after|in|on|during|near|outside|inside)\s"
    r"|\s+(?:dead|to\s+death)(?:\s*(?:[,.;)]|$)|\s+(?:by|as|when|while|after|in|on|at|during"
    r"|near|outside|inside|early|late|last|yesterday|overnight)\b)",
    _I,
)
_BE = re.compile(r"\b(?:was|were|is|are|been|being)\b", _I)
# "X, 30, who was arrested at the scene, ...": the relative clause gives the role.
# The doer in a relative clause: "the man who drove the lorry into the market", "who stabbed".
# A harm done to an animal ("who beat the dogs off", "shot the bull") makes no one the suspect.
_AT_ANIMAL = (
    r"(?!\s+(?:the|an?|two|three|both|its|their|his|her)\s+(?:[\w’'-]+\s+)?"
    rf"(?:{'|'.join(sorted(ANIMAL_HEADS))})(?![\w-]))"
)
# One who set the harm going: "the teenager who lit the firework", "the worker who started the
# blaze", "who set off the flares", "who threw the rocket" (a thing as the object).
_WHO_SET_OFF = (
    rf"\bwho\s+(?:(?:allegedly|later|then)\s+)?(?:{_words(CAUSE_VERBS)})\s+(?:the|an?|his|her"
    rf"|their)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_words(CAUSE_OBJECTS)})s?(?![\w-])"
)
_WHO_DID = (
    rf"\bwho\s+(?:(?:allegedly|later|then)\s+)?(?:(?:drove|ploughed|plowed|rammed|steered)"
    rf"\s+(?:[\w’'-]+\s+){{1,4}}?into|(?:{_words(HARM_VERBS)})(?![\w-]){_AT_ANIMAL})|{_WHO_SET_OFF}"
)
_WHO_DOER = re.compile(_WHO_DID, _I)
# The doer's relative clause on a head noun before the person it renames: "The teenager who lit
# the firework, aged 16, ...", "The woman who threw the flare, Ana Ruiz, 25, ...".
_WHO_DID_BEFORE = re.compile(
    # (only a thing set off: after "the man who stabbed the guard, a 45-year-old ..." the
    # apposition renames the guard)
    rf"(?<![\w-])(?:the|an?)\s+(?:[\w’'-]+\s+){{0,2}}?[a-z][\w’'-]*\s+{_WHO_SET_OFF}[^,;]{{0,80}},\s*"
    r"(?:(?:an?|the)\s+(?:[\w’'-]+\s+){0,2})?$",
    _I,
)
_WHO_PRED = re.compile(
    rf"\bwho\s+(?:(?:has|had|have|was|were|is|are|been|later|also|then)\s+)*"
    rf"(?:{_words(SUSPECT_PREDICATES)})(?![\w-])|{_WHO_DID}",
    _I,
)
_SUSPECT_PRED = re.compile(rf"(?:who\s+)?(?:{_words(SUSPECT_PREDICATES)})(?![\w-])", _I)
# An assault on a person in the active voice (the object a person: a determiner, a count, a
# pronoun or a name; not "killed himself", not "shot in the leg").
_ASSAULT_ON = re.compile(
    rf"(?:allegedly\s+)?(?:{_words(ASSAULT_VERBS)})\s+(?:(?:his|her|their|a|an|the|two|three|four"
    rf"|five|six|several|him|them|\d+)\s|(?-i:[A-Z])[a-z])(?!\s*(?:{'|'.join(sorted(ANIMAL_HEADS))})\b)",
    _I,
)
_LAPSE = re.compile(rf"(?:{_words(DRIVER_LAPSES)})(?![\w-])", _I)
_HARM = re.compile(rf"(?:allegedly\s+)?(?:{_words(HARM_VERBS)})(?![\w-]){_AT_ANIMAL}", _I)
_COPULA_ROLE = re.compile(
    rf"(?:is|was|are|were|(?:has|have|had)\s+been)\s+(?:(?:named|identified|singled\s+out|described)"
    rf"\s+as\s+)?"
    rf"(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?{_ROLE}(?![\w-])"
    # "is the man police say shot three people", "was the driver who hit the boy"
    rf"|(?:is|was)\s+the\s+(?:man|woman|person|one|teenager|youth|boy|girl|driver)\s+(?:who|that"
    rf"|(?:police|officers|investigators|prosecutors|detectives)\s+(?:say|said|believe|allege))"
    rf"\s+(?:allegedly\s+)?(?:{_words(HARM_VERBS)})(?![\w-])",
    _I,
)
# Armed: "returned to the bar with a handgun", "armed with a machete" (never told in the passive).
_WEAPON_WORDS = (
    "gun", "handgun", "pistol", "revolver", "rifle", "shotgun", "knife", "blade", "machete",
    "weapon", "firearm", "axe", "hammer", "crossbow",
)  # fmt: skip
_ARMED = re.compile(
    # or handling one in the active voice: "pointed an imitation pistol at the counter", "drew a
    # knife" (the passive, "was threatened with a knife", is the victim's and never read here)
    r"(?<![\w-])(?:armed\s+with|wielding|brandishing|carrying|with|drew|[a-z]{3,}ed(?:\s+out)?)"
    r"\s+(?:an?|his|her)\s+"
    rf"(?:[\w-]+\s+)?(?:{'|'.join(_WEAPON_WORDS)})s?(?![\w-])",
    _I,
)
_VICTIM_PRED = re.compile(rf"(?<![\w-])(?:{_words(VICTIM_PREDICATES)})(?![\w-])", _I)
# "was not hurt": a denied casualty predicate makes nobody a victim.
_VICTIM_SAID = re.compile(
    rf"(?<![\w-])(?<!not\s)(?<!never\s)(?:{_words(VICTIM_PREDICATES)})(?![\w-])", _I
)
_VICTIM_OF = re.compile(rf"(?<![\w-])(?:{_words(VICTIM_OF_NOUNS)})\s+of\s+(?:the\s+)?$", _I)
_ACCESSORY = re.compile(rf"(?<![\w-])(?:{_words(ACCESSORY_CUES)})(?![\w-])", _I)
_OTHER = re.compile(rf"(?<![\w-])(?:{_words(OTHER_ARRESTEE_WORDS)})(?![\w-])", _I)
_MODIFIER = re.compile(rf"(?<![\w-])(?:{_words(SUSPECT_MODIFIERS)}|{_ROLE})(?![\w-])", _I)
# "was taken to hospital and was later interviewed by detectives": a second predicate of the
# same subject; an arrest or a court step there makes a casualty the suspect all the same.
_AND_PRED = re.compile(
    r"\band\s+(?:(?:was|were|is|are|has|have|had|been|later|now|then|subsequently|also)\s+)*"
    rf"(?P<verb>{_words(SUSPECT_PREDICATES)})(?![\w-])",
    _I,
)
# "Alfred Dorris, 47, ... before his tram hit a sharp bend": the person whose own vehicle did it.
_OWN_VEHICLE_DID = re.compile(
    r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(sorted((w for ws in VEHICLE_CLASSES.values() for w in ws), key=len, reverse=True))
    + r")\s+(?:had\s+|then\s+)?(?:hit|struck|crashed|derailed|overturned|ploughed|plowed"
    r"|smashed|careered|careened|veered|mounted|left\s+the\s+(?:road|tracks|rails)|ran\s+(?:into|over|off)"
    r"|collided|rammed|capsized|flipped|jumped\s+the)\b",
    _I,
)
# The person driving when their vehicle did the harm, told as the predicate: "X, 34, was at the
# wheel of a grey tipper truck when it came down the hill and struck pedestrians", "was driving
# the van when it mounted the pavement" (not "when it was hit by a train").
_VEHICLE_WORDS = "|".join(
    sorted((w for ws in VEHICLE_CLASSES.values() for w in ws), key=len, reverse=True)
)
_VEHICLE_NOUN = re.compile(rf"(?<![\w-])(?:{_VEHICLE_WORDS})(?![\w-])", _I)
_AT_WHEEL_DID = re.compile(
    r"(?:(?:at|behind)\s+the\s+wheel\s+of\s+(?:[\w’'-]+\s+){1,6}?"
    rf"|driving\s+(?:an?|the|his|her)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_VEHICLE_WORDS})\s+)"
    r"(?:when|as|before)\s+it\s+(?:(?:[^.;]|\.(?=\d)){0,80}?\s)?(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)"
    r"(?:hit|struck|crashed|ploughed|plowed|smashed|careered|careened|veered|mounted|collided"
    r"|rammed|ran\s+(?:into|over|down)|mowed|overturned)(?![\w-])",
    _I,
)
# The person told as driving a vehicle, the clause's main predicate ("was driving a tractor",
# "had been driving the hatchback"): the driver, as "the driver of the tractor" is (not a crew's
# vehicle, not "the other car", and not where the sentence makes the person a casualty).
_DRIVING_PRED = re.compile(
    r"(?:driving|at\s+the\s+wheel\s+of|behind\s+the\s+wheel\s+of)\s+(?:an?|the|his|her)\s+"
    rf"(?:[\w’'-]+\s+){{0,3}}?(?P<vehicle>{_VEHICLE_WORDS})(?![\w-])",
    _I,
)
_OTHER_VEHICLE = re.compile(r"\b(?:other|second|oncoming|another)\b", _I)
# Fault found in the person after a copula: "had been 'grossly careless'", "was to blame".
_FAULT = re.compile(rf"[\"“‘']?(?:[a-z]+ly\s+)?(?:{_words(FAULT_WORDS)})(?![\w-])", _I)
# Custody itself, whatever noun the person has: "arrested", "held for questioning".
_CUSTODY_PRED = re.compile(
    r"(?:arrested|detained|charged|remanded|taken\s+into\s+custody|(?:held|detained|taken\s+in)"
    r"\s+for\s+questioning)(?![\w-])",
    _I,
)
# Custody denied of the person: "has not been arrested", "was not taken into custody".
_NOT_HELD = re.compile(
    r"not\s+(?:yet\s+)?(?:been\s+)?(?:arrested|detained|charged|taken\s+into\s+(?:police\s+)?custody"
    r"|placed\s+under\s+arrest)(?![\w-])",
    _I,
)
# A custody or court verb in the active voice with an object ("tackled the gunman and held him
# until police arrived", "remanded Mr Coyle"): the subject is the captor, a bystander, an officer
# or a judge, not the one held.
_CAPTOR = re.compile(
    r"(?<![\w-])(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)(?:arrested|detained|held|restrained"
    r"|apprehended|nabbed|captured|caught|subdued|disarmed|tackled|pinned|overpowered|grabbed"
    # a court's or an officer's steps: "Judge Fiona Lucey remanded Mr Coyle in custody"
    r"|remanded|jailed|sentenced|convicted|bailed|fined|banned|indicted|arraigned|acquitted"
    r"|charged|booked|cautioned|questioned|interviewed)"
    r"\s+(?:him|her|them|the|a|an|[A-Z][\w’'-]+)(?![\w-])",
)
# A harm verb coordinated with the subject's first predicate ("walked into the bar and opened
# fire", "got out of the car and stabbed him"): the subject did the harm.
_AND_HARM = re.compile(rf"\band\s+(?:then\s+|allegedly\s+)?(?:{_words(HARM_VERBS)})(?![\w-])", _I)
# A relative clause inside a person's phrase: its role noun is the person's only after a copula
# ("X, who police say was the gunman,"), not as an object ("X, who tried to stop the attacker,").
_WHO_CLAUSE = re.compile(r"\bwho\b[^,;]*")
_ROLE_NOUN = re.compile(rf"(?<![\w-]){_ROLE}(?![\w-])", _I)
_WHO_IS_ROLE = re.compile(
    rf"who\s+(?:[\w\s]{{0,30}}?\s)?(?:is|was|are|were)\s+(?:the|an?)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_ROLE}|(?:suspected|alleged)\s)",
    _I,
)
# A fronted phrase's person, then the role noun: "Named locally as X, the suspect was detained".
# Not when the role phrase names its own person next: "the victim's brother X (26), the accused,
# identified as Y (29)" (the accused is Y).
_ROLE_APPOS_AFTER = re.compile(
    rf"\s*,\s*(?:the|an?)\s+(?:[\w-]+\s+){{0,2}}?(?:{_ROLE}|(?:suspected|alleged)\s)"
    r"(?![^,;]{0,40},?\s*(?:identified|named|described|known)\s+(?:\w+\s+){0,3}?as\b)",
    _I,
)
# How far before a person a harm verb of which they are the object may start (its words and "at").
_HARM_REACH = 80
# A person's phrase that hands its role on to the next name: ", identified as", ", named as".
# (Not "known as": that gives the same person's nickname, ", known as Skido,".)
_NAMES_NEXT = re.compile(
    r",\s*(?:identified|named|described)\s+(?:\w+\s+){0,3}?as\s+(?-i:[A-Z])", _I
)
# A second arrestee told after its custody step: "Also arrested was X, 23," (not the suspect
# whose name the incident carries, unless a role noun says so).
_ALSO_INVERTED = re.compile(
    r"\balso\s+(?:arrested|detained|held|charged|booked|in\s+custody|taken\s+into\s+custody)"
    r"\b[^.;]{0,80}?\s(?:is|are|was|were)\s+(?:(?:an?|the)\s+)?$",
    _I,
)
# "also" among the auxiliaries of a custody step: the person is held besides someone told before
# ("was also detained", "has also been arrested"); not a further charge ("was also charged with").
_ALSO = re.compile(r"\balso\b", _I)
# One held told as an addition to another held before: "Police have now arrested the manager, a
# 31-year-old woman, in addition to the owner", "detained X, 40, besides the driver".
_IN_ADDITION = re.compile(
    r"\s*,?\s*(?:in\s+addition\s+to|besides|on\s+top\s+of)\s+(?:the|his|her|their|its)\s", _I
)
_ALSO_HELD_PRED = re.compile(
    r"(?:arrested|detained|held(?!\s+(?:hostage|captive))|apprehended|picked\s+up"
    r"|taken\s+into\s+(?:police\s+)?custody)(?![\w-])",
    _I,
)
_HARMED_AFTER = re.compile(rf"\b(?:was|were)\s+(?:{_words(HARM_VERBS)})(?![\w-])", _I)
# Where the subject's predicate ends: a coordinated clause, or a comma before a new subject
# ("When the 58-year-old shopkeeper refused, Ashworth stabbed him ... and fled").
# A custody step done, not undergone, in a relative clause: "Officer X, who arrested the man,".
_WHO_CAPTOR = re.compile(
    r"\bwho\s+(?:(?:later|then|had|has)\s+)?(?:arrested|detained|charged|restrained|tackled|held"
    r"|apprehended|caught|booked|questioned)\s+(?:him|her|them|the|an?|[A-Z])",
)
# The person's own predicate is a casualty's ("was killed", "was stabbed to death"; after the
# auxiliaries, read only in the passive).
_HARMED_NOW = re.compile(
    rf"(?:(?:fatally|critically|seriously)\s+)?(?:{_words(HARM_VERBS)}|injured|hurt|wounded)(?![\w-])"
    r"(?!\s+by\s+(?:armed\s+)?(?:police|officers|garda[ií]|troopers|deputies))",
    _I,
)
# Suspect predicates a casualty may share (drink, a flight tried), outweighed by a harm told
# later in the clause.
_WEAK_PRED = re.compile(
    r"drinking|over the|failed a|tested positive|(?:attempted|tried|tries|trying|attempting) to", _I
)
# A harm undergone, qualified as alleged: the adverb tells of the act, the subject is its patient.
_ALLEGED_HARM = re.compile(
    rf"(?:allegedly|reportedly)\s+(?:(?:{_words(HARM_VERBS)})|beaten|raped|abducted|molested"
    r"|tortured|lynched|thrashed)(?![\w-])",
    _I,
)
_HARMED_LATER = re.compile(
    rf"\b(?:was|were|been)\s+(?:{_words(HARM_VERBS)}|injured|hurt|wounded)(?![\w-])|\bdied\b", _I
)
_PRED_END = re.compile(
    r",\s*(?:and|but|while)\b|;|\band\s+(?:a|an|the|his|her)\b"
    r"|,\s+(?-i:[A-Z])|,\s+(?:he|she|they|police|officers)\b",
    _I,
)
_ROLE_HEAD = re.compile(rf"(?:\s+[A-Za-z][\w’'-]*){{0,2}}?\s+{_ROLE}(?![\w-])", _I)
_GUILTY = re.compile(r"\s*guilty\b", _I)
# "A suspect — a 30-year-old man — was arrested"; "Police arrested a suspect: Tom Hale, 30."
_DASH_PAIR = re.compile(r"\s[—–-]\s[^—–;:]{1,60}?\s[—–-]\s")  # " - " too, as UK copy types it
_ROLE_COLON = re.compile(
    rf"(?<![\w-])(?:{_ROLE}|arrested|charged|detained|named"
    # the count held, then its people: "had arrested three people: X, the 58-year-old owner"
    rf"|(?:{COUNT})\s+(?:[a-z][\w-]*\s+)?(?:people|persons|men|women|suspects|others|individuals"
    r"|employees|workers|officials|organisers|organizers)):\s",
    _I,
)
_COORD = re.compile(
    r"\s*and\s+(?:(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+\s*(?:,\s*\d{1,2}\s*,|\(\d{1,2}\))"
    r"|(?:an?\s+)?\d{1,2}-year-old\s+[a-z]+"  # "A 25-year-old man and a 23-year-old woman were"
    r"|(?:[A-Z][\w’'-]+\s+){1,2}[A-Z][\w’'-]+(?=\s+(?:were|are|have|had)\b)"  # "X and Y were"
    # a second person by a role noun, named or not: "the owner, X, 58, and its manager, Y, were
    # arrested"; "the owner, X, and its manager had been taken into custody"
    r"|(?:its|his|her|their|the)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?"
    r"(?:\s*,\s*(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+\s*(?:,\s*\d{1,2}\s*)?,"
    # the second person's own relative clause: "and his mate, who fled with him, were arrested"
    r"|\s*,\s*who\s+[^;.]{1,120}?,(?=\s+(?:were|are|have|had)\b)"
    # (where the second person was: "and the canal pilot on board were", "the guard at the gate")
    r"|(?:\s+(?:on\s+board|aboard|on\s+duty|(?:at|in|on|inside)\s+(?:the|an?|his|her|its|their)"
    r"\s+[a-z][\w’'-]*))?(?=\s+(?:were|are|have|had)\b))"
    # a second person told by what they are held for: "and a landing-site official accused of
    # collecting fees from passengers are in custody" (the held verb follows)
    r"|(?:an?|its|his|her|their|the)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*\s+(?:accused|suspected"
    r"|wanted|alleged|believed)\s+(?:of|to|for|in)\s+[^,;.]{1,80}?(?=\s+(?:were|are|have|had)\b))"
)
_INTO_CUSTODY = re.compile(
    r"[^,;.]{0,40}?\b(?:into\s+(?:police\s+)?custody|under\s+(?:police\s+)?control)\b", _I
)
# A verb of saying (a closed class of reporting verbs): what follows is what the person told,
# not their own step ("Sheriff X confirmed the driver is in custody").
_SAYS = re.compile(
    r"(?:said|says|say|told|tells|added|recalled|described|confirm(?:ed|s)|announc(?:ed|es)"
    r"|stat(?:ed|es)|explain(?:ed|s)|not(?:ed|es)|reveal(?:ed|s)|disclos(?:ed|es)|insist(?:ed|s)"
    r"|report(?:ed|s)|warn(?:ed|s))\b",
    _I,
)
_GATE = WordGate(
    (
        *SUSPECT_ROLE_NOUNS,
        *SUSPECT_PREDICATES,
        *HARM_VERBS,
        *ARRESTING_VERBS,
        *DRIVER_NOUNS,
        "suspect",
        "alleged",
        "accused",
        "identified",
        "named",
        "found",
        "held",
        *_WEAPON_WORDS,
        "against",  # "a case against X"
        "questioning",
        "quizzing",
    )
)


def suspect_facts(sentence: Sentence) -> list[Found]:
    """The suspect's age and name as the sentence gives them (none from victims or witnesses)."""
    if not _GATE.passes(sentence):
        return []
    text, base = sentence.text, sentence.start
    if "—" in text or "–" in text or ":" in text or " - " in text:
        if ":" in text:  # (the colon pattern finds nothing without one)
            text = _ROLE_COLON.sub(_as_commas, text)
        text = _DASH_PAIR.sub(_as_commas, text)  # same length
    if "(" in text or "[" in text:
        text = _BRACKETED_HEAD.sub(_unbracketed, text)  # same length
        if dateline := _DATELINE.match(text):  # its credit as spaces: same length
            lo, hi = dateline.span("credit")
            text = text[:lo] + " " * (hi - lo) + text[hi:]
    out: list[Found] = []
    mentions = _mentions(text)
    held = [_is_suspect(text, mention) for mention in mentions]
    if len(mentions) > 1 and any(held):
        held = _listed_with(text, mentions, held)
        held = _not_inside_apposition(text, mentions, held)
    for mention, is_held in zip(mentions, held, strict=True):
        if not is_held:
            continue
        first = mention[0].start
        for a in mention:
            if a.age is not None:
                start = first if a.start > first and mention[0].name else a.start
                out.append(Found(AGE, a.age, base + start, base + a.end))
            if a.name is not None:
                out.append(Found(NAME, a.name, base + a.start, base + a.end))
    return out


# Between two people of one list: an apposition of the first, then a list separator ("Kwabena
# Owusu, 27, a mechanic; Yaw Darko, 31, a driver; and Abdul Rahman, 24, are in custody"); no
# verb, relative or victim noun, which would give the second person a clause or a role of its own.
_LIST_GAP = re.compile(
    r"(?:\s*,\s*(?:an?|the)\s+[\w’'-]+(?:\s+[\w’'-]+)?)?\s*(?:;|,)\s*(?:and\s+)?$"
)
_NOT_LIST = re.compile(
    rf"\b(?:was|were|is|are|has|had|have|who|said|says|told|while|whereas|but)\b"
    rf"|(?<![\w-])(?:{_nouns(VICTIM_NOUNS)})(?![\w-])",
    _I,
)


def _listed_with(text: str, mentions: list[list[_Anchor]], held: list[bool]) -> list[bool]:
    """People listed with a suspect share the role: the suspect's list runs on through
    semicolons and commas ("The suspects, X, 27, a mechanic; Y, 31, a driver; and Z, 24,")."""
    out = list(held)
    for _ in range(2):  # both directions along the list
        for i in range(1, len(mentions)):
            gap = text[mentions[i - 1][-1].end : mentions[i][0].start]
            if len(gap) > 60 or not _LIST_GAP.fullmatch(gap) or _NOT_LIST.search(gap):
                continue
            if out[i - 1] or out[i]:
                out[i - 1] = out[i] = True
    return out


def _not_inside_apposition(
    text: str, mentions: list[list[_Anchor]], held: list[bool]
) -> list[bool]:
    """A name inside a held person's apposition is no second suspect: it is what the apposition
    tells of them ("X, 52, an engineer employed by the contractor Harlow Civil Works, was found
    guilty"; "Y, 40, the manager of Kelby Mills, was arrested"), unless the two are listed."""
    out = list(held)
    for i in range(1, len(mentions)):
        if not out[i] or not mentions[i][0].name:
            continue
        for j in range(i):
            if not held[j]:
                continue
            end = mentions[j][-1].end
            appos = _APPOS.match(text, end)
            gap = text[end : mentions[i][0].start]
            if appos and appos.end() > mentions[i][-1].end and not _LIST_GAP.fullmatch(gap):
                out[i] = False
                break
    return out


# An editor's brackets around a quoted person's words ("The (28-year-old) was arrested", "the
# [driver] was held"): the phrase inside is the determiner's head, as if unbracketed.
_BRACKETED_HEAD = re.compile(r"(?<![\w-])(?:[Tt]he|[Aa]n?)\s+[(\[][^()\[\]]{1,40}[)\]]")


# A wire dateline's credit: "OSLO, May 2 (Baltic Wire) - A man stabbed ...", "KESSA, Norland
# (Norse Press) — ": the bracketed outlet names no person (its place is upper case, a dash follows).
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*(?:\s*,\s*[A-Z][\w.'’]*(?:\s+[\w.'’]+){0,2}?)*"
    r"\s*\((?P<credit>[^()]{1,40})\)\s*(?=(?:--?|[–—])\s)"
)


def _unbracketed(m: re.Match[str]) -> str:
    """The bracketed head with its brackets as spaces (offsets unchanged)."""
    return re.sub(r"[()\[\]]", " ", m.group(0))


def _as_commas(m: re.Match[str]) -> str:
    """An apposition set off by dashes or a colon read as one set off by commas."""
    return re.sub(r"[—–:]|(?<=\s)-(?=\s)", ",", m.group(0))


# A role word's prepositional phrase running into a name with no comma: the name is inside the
# phrase ("Driver charged in fatal Lake Arlo crash", "the suspect in the Kelby Mill fire"), not
# the role's person ("the suspect in the fire, Tom Hale,").
_PHRASE_OBJECT = re.compile(
    r"(?<![\w-])(?:in|of|behind|over)\s+(?:(?:the|an?)\s+)?(?:[a-z][\w’'-]*\s+){0,2}$"
)


# A person as a passive's by-agent ("was brought down by fruit seller X and held until police
# arrived"): a predicate joined by "and" after it is the clause subject's, not the agent's.
_BY_AGENT = re.compile(r"\bby\s+(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)


def _is_suspect(text: str, mention: list[_Anchor]) -> bool:
    start, end = mention[0].start, mention[-1].end
    clause = max((m.end() for m in _CLAUSE_CUT.finditer(text, 0, start)), default=0)
    before = text[clause:start]
    role_head = _ROLE_HEAD.match(text, end) if mention[-1].premodifier else None
    if role_head:  # "The 39-year-old accused terrorist"
        end = role_head.end()
    elif mention[-1].premodifier:
        end = _HEAD.match(text, end).end()  # type: ignore[union-attr]
    appos = _APPOS.match(text, end)
    after_np = appos.end() if appos else end
    coordinated = _COORD.match(text, after_np)  # "Ali Khan, 26, and Omar Rauf, 24, were charged"
    aux = _AUX.match(text, coordinated.end() if coordinated else after_np)
    pred_at = aux.end() if aux else after_np
    pred = text[pred_at : pred_at + 120]
    cut = _PRED_END.search(pred)
    pred = pred[: cut.start()] if cut else pred
    own = text[start:after_np]
    tail = _np_tail(before)
    if tail and mention[0].name and _PHRASE_OBJECT.search(before, max(0, len(before) - 60)):
        tail = None  # "Man charged in fatal Lac Lune crash": a name inside the role's phrase
    near = (tail or "") + " " + _WHO_CLAUSE.sub(_keep_copula_role, own)
    if "of " in near or "for " in near or "s " in near:  # (the relation's cues)
        near = _RELATION_OF.sub(_relation_head, near)  # "the father of the arrested man"
    passive = bool(_BE.search(text[after_np:pred_at]))
    other = _OTHER.search(near) or _OTHER_BEFORE.search(before[-40:])
    if _ACCESSORY.search(pred[:80]) or _ACCESSORY.search(own) or other:
        return False  # "a second man", "on suspicion of assisting an offender"
    if _IN_ADDITION.match(text, after_np):
        return False  # "arrested the manager, a 31-year-old woman, in addition to the owner"
    if _ALSO_HELD_PRED.match(pred) and _ALSO.search(text, after_np, pred_at):
        return False  # "the manager, a 45-year-old, was also detained": one held after another
    if _VICTIM_OF.search(before, max(0, len(before) - 40)):
        return False  # "The funeral of X was held on Sunday": the funeral was held
    if _HARM_BEFORE.search(before, max(0, len(before) - _HARM_REACH)):
        return False  # "the man accused of murdering Marcus Joseph", "stabbed Alasdair Munro, 58"
    if mention[0].name and _NAMES_NEXT.search(text, end, after_np + 3):
        return False  # "brother X (26), the accused, identified as Y (29)": the role is Y's
    also = text.find("lso", 0, start) >= 0 and _ALSO_INVERTED.search(text, 0, start)
    if also and not _ROLE_NOUN.search(own):
        return False  # "Also arrested was Tiana Brooks, 23, who police say drove him away"
    who = _WHO_PRED.search(own)
    if who and (_WHO_CAPTOR.search(own) or _harmed_outside_who(pred, passive, tail, own)):
        return False  # "Officer X, who arrested the man,"; "X, who had been drinking, was killed"
    if (
        _MODIFIER.search(near)
        or who
        or _COPULA_ROLE.match(text[after_np:].lstrip())
        or _named_private_driver(text[after_np:].lstrip())
        or _INVERTED.match(text, 0, start)
        or _ROLE_APPOS_AFTER.match(text, end)
    ):
        return True  # "the gunman, 34,", "the suspected driver, 24", "Charged ... is X, 34,"
    if not passive and _CAPTOR.match(pred):
        return False  # "61-year-old Walt Hennessey, tackled Pruitt ... and held him": the captor
    and_pred = None if _SAYS.match(pred) else _AND_PRED.search(pred)
    if (
        and_pred
        and not _CAPTOR.match(pred, and_pred.start("verb"))
        and not _BY_AGENT.search(before[-60:])
    ):
        # even a casualty's: "was hurt and is now under police custody"; not a step done to
        # another: "Judge X adjourned the case and remanded Y in custody" (the judge is the captor)
        return True
    if _resumed_held(text, pred_at):
        return True  # "said that the owner, a man in his 50s, had been warned, and that he had
        # been taken into custody": a second that-clause's pronoun resumes the first's subject
    if passive and _FAULT.match(pred):
        return True  # "ruled that X (58) had been 'considerably careless'"
    if _CUSTODY_PRED.match(pred) or _NOT_HELD.match(pred):
        # "The pilot, 61, was arrested": a custody step outweighs a victim's noun; one denied
        # tells whose custody is in question ("The skipper, 52, has not been arrested")
        return True
    if not passive and _ASSAULT_ON.match(pred):
        return True  # "A 28-year-old worker killed his foreman": the doer, whatever the noun
    if "who " in before and _WHO_DID_BEFORE.search(before[-160:]) and not _VICTIM_SAID.match(pred):
        return True  # "The teenager who lit the firework, aged 16, was handed to his parents"
    if _CAUSED_BY.search(before[-90:]) and not _VICTIM_SAID.search(own):
        if not _VICTIM_SAID.match(pred) and not _police_head(text[mention[-1].end : end]):
            return True  # "The fireworks were set off by a 47-year-old member of the club"
    tail_driven = bool(_DRIVEN_BY.search(before[-60:])) and not _VICTIM_SAID.search(own)
    if tail_driven:
        pass  # "driven by the 19-year-old son of the farmer": read as the driver below
    elif tail and _is_victim_noun(tail.split(" of ")[0].split()[-1]):
        return False  # "Passenger Raj Menon, 46", "the victim, 54,"
    head = text[mention[-1].end : end].split()
    if mention[-1].premodifier and head and _is_victim_noun(head[-1]) and not tail_driven:
        return False  # "restrained a 19-year-old victim who was bleeding": the head noun's role
    if _QUESTIONED_BEFORE.search(text, max(0, start - 160), start) and not _ARRIVED_TO_FIND.search(
        text, max(0, start - 120), start
    ):
        # "Gardaí are questioning a man in his 40s": its direct object, past a reporting verb
        # ("Police say they are looking for Mr. Okoro")
        return True
    if _HELD_INCLUDING.search(text, max(0, start - 160), start):
        return True  # "Two suspects were apprehended, including a man in his thirties"
    if _AGAINST_BEFORE.search(before):
        return True  # "Police have registered a case against Suresh Yadav (41)"
    if _LAPSE.match(pred) and not _VICTIM_PRED.search(pred):
        return True  # "the driver, Kamal Oduya, 44, had fallen asleep at the wheel"
    if passive and _ALLEGED_HARM.match(pred):
        return False  # "a 25-year-old man was allegedly beaten to death by a mob": its patient
    stopped = _SUSPECT_PRED.match(pred)
    if stopped and (" by " in stopped.group(0) or not _VICTIM_PRED.match(pred)):
        if not (_WEAK_PRED.match(stopped.group(0)) and _HARMED_LATER.search(pred)):
            return True  # not "had been drinking with friends when she was shot"
    if (
        not _SAYS.match(pred)
        and not _VICTIM_SAID.match(pred)
        and _OWN_VEHICLE_DID.search(text, after_np)
    ):
        return True  # "X, 47, was believed to have nodded off before his tram hit the bend"
    if _AT_WHEEL_DID.match(pred):
        return True  # "X, 34, was at the wheel of the lorry when it ploughed into the queue"
    drove = _DRIVING_PRED.match(pred) if passive else None
    if (
        drove
        and not _CREW_VEHICLE.search(drove.group("vehicle"))
        and not _VICTIM_SAID.search(text[after_np:])
        and not _HARMED_AFTER.search(text, after_np)  # "when it was hit by a train"
        and not _OTHER_VEHICLE.search(drove.group(0))
    ):
        return True  # "a 19-year-old man was driving a tractor with a hay wagon from the farm"
    harm = None if passive else _HARM.match(pred)
    if harm and _WITHOUT_OBJECT.match(pred, harm.end()):
        return False  # a headline's passive without its auxiliary: "Boy, 12, killed by gunfire"
    if not passive and (_HARM.match(pred) or _AND_HARM.search(pred)):
        return True  # "Callum Dreghorn, 24, stabbed ...", "walked in and opened fire"
    if (
        not passive
        and _ARMED.search(pred)
        and not _VICTIM_PRED.search(pred)
        and not _SAYS.match(pred)
    ):
        return True  # "John Doe, 45, returned with a rifle"
    obj = _OBJECT.search(before)
    if obj and not _VICTIM_PRED.search(before[: obj.start()]):
        verb = obj.group("verb").lower()
        if verb in ("took", "taken", "taking"):
            if _INTO_CUSTODY.match(text, after_np, after_np + 60):
                return True  # "Police took a 22-year-old man into custody"
        elif verb != "found" or _GUILTY.match(text, end):
            return True  # "Police arrested a 25-year-old", "found Rakhmat Akilov guilty"
    if _SAYS.match(pred):
        return False  # "Lorry driver Pavel Nowicki, 38, ... said": a witness
    operated = _OPERATED_BY.search(before[-60:]) and any(a.age is not None for a in mention)
    if operated or _DRIVEN_BY.search(before[-60:]):  # "The car was being driven by Mark Bell, 24"
        rest = text[after_np:]
        # "The bus, driven by ...": its crew; so is the last vehicle told before a longer
        # phrase ("collided with a minibus of the X make with foreign plates, driven by ...")
        told = list(_VEHICLE_NOUN.finditer(before, max(0, len(before) - 160)))
        crew = _CREW_VEHICLE.search(before[-50:]) or (
            told and _CREW_VEHICLE.fullmatch(told[-1].group(0))
        )
        return not crew and not _VICTIM_SAID.search(rest) and not _HARMED_AFTER.search(rest)
    driving = _DRIVING.search(own)  # "a 71-year-old man, driving a grey hatchback, entered"
    private = (
        driving
        and not _CREW_VEHICLE.search(driving.group(0))
        and not _HARMED_AFTER.search(text, after_np)
    )
    return bool(_is_private_driver(near) or private) and not _VICTIM_SAID.search(text[after_np:])


# A person's own apposed participle of driving a vehicle ("a 64-year-old woman, driving a red
# hatchback of the Kia make, ..."): the driver, as "the driver of the hatchback" is.
_DRIVING = re.compile(
    rf",\s*(?:who\s+was\s+)?(?:driving|riding|at\s+the\s+wheel\s+of)\s+(?:an?|the|his|her|their)\s+"
    rf"(?:[\w’'-]+\s+){{0,3}}?(?:{_VEHICLE_WORDS})(?![\w-])",
    _I,
)


# A second complement clause of the same reporting verb, its subject a pronoun that resumes the
# first clause's subject, and a custody step its predicate: "..., and that he had been arrested".
_RESUMED_HELD = re.compile(
    r",?\s+and\s+that\s+(?:he|she)\s+(?:(?:was|were|had|has|have|been|is|later|then|also|since"
    r"|subsequently|now)\s+)*(?:arrested|detained|charged|remanded|taken\s+into\s+(?:police\s+)?"
    r"custody|(?:in|under)\s+(?:police\s+)?custody|placed\s+under\s+arrest)(?![\w-])",
    _I,
)


_SAYS_THAT = re.compile(
    r"\b(?:said|says|say|told|tells|added|believes?|believed|thinks?|thought|knew|knows)\s+"
    r"(?:[\w’'-]+\s+){0,2}?that\b",
    _I,
)


def _resumed_held(text: str, pred_at: int) -> bool:
    """Whether the clause whose predicate starts at ``pred_at`` is followed, in its sentence and
    with no other subject before, by "and that he/she" held (see ``_RESUMED_HELD``)."""
    if " that " not in text[pred_at:]:
        return False
    stop = text.find(". ", pred_at)
    window = text[pred_at : stop if stop >= 0 else len(text)][:300]
    m = re.search(r",?\s+and\s+that\s+(?:he|she)\s", window, _I)
    if m is None or _SAYS_THAT.search(window, 0, m.start()):
        return False  # another reporting verb's clause in between: its subject may be the pronoun's
    return _RESUMED_HELD.match(window, m.start()) is not None


# Heads of the police and the armed forces: their shots and arrests are no offence of the story's.
_POLICE_HEAD = re.compile(
    r"(?<![\w-])(?:officers?|policem[ae]n|policewom[ae]n|constables?|troopers?|deputy|deputies"
    r"|soldiers?|gendarmes?)(?![\w-])",
    _I,
)


def _police_head(head: str) -> bool:
    """Whether a person's head noun is an officer's ("a 30-year-old police officer")."""
    return _POLICE_HEAD.search(head) is not None


def _harmed_outside_who(pred: str, passive: bool, tail: str | None, own: str) -> bool:
    """Whether a person with a relative clause is harmed by the predicate, and neither a role word
    outside the clause nor the clause itself makes them the doer."""
    harmed = _VICTIM_SAID.match(pred) or (passive and _HARMED_NOW.match(pred))
    if not harmed:
        return False
    outside = (tail or "") + " " + _WHO_CLAUSE.sub("", own)  # the role words outside the clause
    return not _MODIFIER.search(outside) and not _WHO_DOER.search(own)


# "X, 34, has been named as the driver of the car": a role given by naming, a driver's too.
_NAMED_AS = re.compile(
    r"(?:is|was|are|were|(?:has|have|had)\s+been)\s+(?:named|identified|described)\s+as\s+"
    r"(?P<np>(?:the|a|an)\s+[^,.;]{1,40})",
    _I,
)


def _named_private_driver(after: str) -> bool:
    """Whether the person is named as the driver of a private vehicle (not a bus's crew)."""
    m = _NAMED_AS.match(after)
    if m is None:
        return False
    return _is_private_driver(m.group("np")) and not _VICTIM_SAID.search(m.group("np"))


def _keep_copula_role(m: re.Match[str]) -> str:
    """A relative clause kept whole when it says what the person is, else without its role nouns
    (its modifiers stay: "who cannot be named for legal reasons")."""
    return m.group(0) if _WHO_IS_ROLE.match(m.group(0)) else _ROLE_NOUN.sub("", m.group(0))


_RELATIONS = rf"(?:{_words(PERSON_OF_PERSON_NOUNS)})"
# A person told by a relation to another ("the father of the arrested man", "the lawyer for the
# accused", "the accused's brother"): the role words name the other person, the head is this one's.
_RELATION_OF = re.compile(
    rf"(?<![\w’'-])(?:[\w-]+\s+){{0,2}}?[\w-]+[’']s\s+(?P<head>{_RELATIONS})s?(?![\w’'-])"
    rf"|(?<![\w’'-])(?P<head2>{_RELATIONS})s?\s+(?:of|for|to)\s+[^,;]*",
    _I,
)


def _relation_head(m: re.Match[str]) -> str:
    """A relation's phrase as its head noun alone ("the accused's brother" -> "brother")."""
    return m.group("head") or m.group("head2")
