"""The grammar of counted people as regex fragments: nouns, modifiers, appositives, auxiliaries.

Shared by the counting rules (counting.py, lists.py) and the extractors that name people.
"""

from __future__ import annotations

from incident_reader.core.facts.lexicon import PERSON_ADJECTIVES
from incident_reader.core.facts.numbers import _alt
from incident_reader.core.facts.phrases import FEWEST_MODIFIERS, HEAD, MODIFIERS

_NAME_WORD = r"[A-Z][a-z][\w'’-]*"
PERSON_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}"
# Nouns of age or sex, the heads an age follows with "of" ("a boy of 14"): a closed class.
AGED_NOUNS: tuple[str, ...] = (
    "man", "woman", "boy", "girl", "child", "lad", "lass", "youth", "teenager", "pensioner",
    "toddler", "baby", "infant", "men", "women", "boys", "girls", "children", "lads", "youths",
    "teenagers", "pensioners", "toddlers",
)  # fmt: skip
# Nouns of a number of people or of an amount, whose of-number counts them ("a family of five",
# "a total of 14 were hurt", "a party of 12"), where any other noun of one person takes an age
# or a number of children ("a girl of eight", "a father of five"): a closed class.
COLLECTIVE_NOUNS: tuple[str, ...] = (
    "family", "group", "total", "crowd", "party", "team", "crew", "gang", "band", "squad", "class",
    "busload", "coachload", "boatload", "carload", "convoy", "batch", "household", "contingent",
    "delegation", "troupe", "platoon", "unit", "bunch", "handful", "number", "couple", "pair",
    "toll", "tally", "figure", "count", "estimate", "maximum", "minimum", "average", "sum",
    "rest", "remainder", "majority", "body", "section", "part", "half", "increase", "rise",
)  # fmt: skip
# An age as a number or in words: "14", "eight", "seventy-two".
AGE_NUMBER = (
    r"(?:\d{1,3}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)(?![\w'’-])"
)
# Right after any other noun of one ("a father of five", "the pensioner of 84"): not a plural, not
# a collective noun.
ONE_PERSON_NOUN = "(?<=[a-rt-z])" + "".join(rf"(?<!\b{w})" for w in COLLECTIVE_NOUNS)
_AGED_NOUNS = "|".join(rf"(?<=\b{w})" for w in AGED_NOUNS)  # right after one of them
# The head is open: any word of a noun's shape (phrases.HEAD), not a list of known people nouns.
NOUN = HEAD
ADJ = rf"(?:(?:{_alt(PERSON_ADJECTIVES)}|\d+-year-old|[a-z]+-aged)\s+)"
# Up to three modifiers right before the head ("14 elementary school students", "A HEROIC
# security guard", "a 28-year-old Marrowbank man").
MOD = MODIFIERS
SHORT_MOD = FEWEST_MODIFIERS
# "of them", "of whom", "of his passengers", "of the three injured men": the words after the
# determiner are taken lazily, as many as the verb after them needs (a short pattern, embedded in
# every counting rule).
GROUP = (
    r"(?:of\s+(?:them|whom|us)"
    r"|of\s+(?:the|those|these|his|her|their|its|our)(?:\s+[\w'’-]+){1,4}?"
    # where the set was: "of the five people on board the light aircraft"
    r"(?:\s+(?:on\s+board|aboard|inside|in|on)\s+(?:the|an?|his|her|their|its)(?:\s+[\w'’-]+){1,3}?"
    r"(?=\s*,|\s+(?:were|was|have|has|had|are|is|all|both|later|then|died|perished|succumbed)\b))?"
    r"(?![\w'’-])"
    r"|of\s+those(?=\s+(?:who|were|was|have|had|are|is)\b))"
)
# A relative clause's words stop at a word that opens another clause ("who was killed when ...").
_CLAUSE_WORD = r"(?:(?!\b(?:when|after|while|and|but|because|before|where|whose|until)\b)[^,.;\n])"
APPOS_BODY = (
    # (a noun or two may name them before the ages: ", brothers aged 30 and 34,"; the US "ages":
    # ", ages 20 and 24,")
    r"(?:\s*,\s*(?:(?:[\w'’-]+\s+){0,2}age[ds]\s+)?(?:between\s+)?\d{1,2}(?:(?:\s*,\s*|\s+(?:and|to)\s+)\d{1,2})*\s*,|(?:\s*,\s*|(?<=,)\s+)(?:both|all)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*,"
    r"|\s+in\s+(?:his|her|their)\s+(?:early\s+|mid\s+|late\s+|mid-)?[\w-]+"
    # an age after "of" on a noun of age or sex: "a girl of six", "two boys of 15" (never "a
    # family of five", "a total of 14": collectives count)
    rf"|(?:{_AGED_NOUNS}|{ONE_PERSON_NOUN})\s+of\s+{AGE_NUMBER}"
    r"(?=\s*,|\s+(?:was|were|has|had|is|are|who|and|died)\b)"
    # (unpunctuated too, as a list or a range: "three men aged 18, 20 and 22", "aged between 18
    # and 22")
    r"|\s+age[ds]\s+(?:between\s+)?\d{1,2}(?:(?:\s*,\s*|\s+(?:and|to)\s+)\d{1,2})*(?!\d|\s*,\s*\d)|\s+(?:--|[-–—])[^-–—.\n]{1,40}(?:--|[-–—])|\s+\([^)\n]{1,40}\)"
    # a comma-enclosed apposition or relative clause: ", a 17-year-old boy,", ", in his thirties,",
    # ", who was walking home after a late shift,"
    r"|\s*,\s*(?:who|whose|an?|the|in|identified|named|described|believed|understood|thought"
    r"|said|originally|from|of|mostly|mainly|many|most|some|among|including"
    # the counted people renamed by their parts: "Four passengers, namely three men and a woman,"
    r"|namely|specifically|viz\.?|i\.e\.)\s+[^,;.\n]{1,90}?,"
    # ... and a second one right after it, its comma already read: "All four injured, among
    # them the driver, a Kenyan national, were ..." ("the driver" described in its turn)
    r"|(?<=,)\s+an?\s+[^,;.\n]{1,60}?,"
    # a participle phrase: "Six victims, ranging in age from 19 to 31, ..."
    r"|\s*,\s*(?!(?:killing|injuring|wounding|leaving|sending)\b)(?-i:[a-z]{3,}ing)\s+[^,;.\n]{1,60}?,"
    # a past participle with its complement: "A second man, suspected of supplying the gun,",
    # "a third, wanted for questioning,", "Two guards, accused of taking bribes,"
    r"|\s*,\s*(?-i:[a-z]{3,}ed)\s+(?:of|for|with|to|in|over|by)\s+[^,;.\n]{1,60}?,"
    # the counted people told again by their parts: "Four people, two adults and two children,",
    # "Six victims, four women and two men,"
    r"|\s*,\s*(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|[a-z]+teen|twenty|thirty|forty|fifty)\s+[^,;.\n]{1,60}?,"
    # a share of the counted people said in passing: "Fourteen patients, nine of them children,"
    r"|\s*,\s*(?:\w+|all|most|some|many|none)\s+of\s+(?:them|whom)\s+[^,;.\n]{1,40}?,"
    # the rest of a dashed apposition, closed by its dash: "The victims - three men and a woman,
    # ranging in age from 22 to 40 - were ..."
    r"|\s*,\s*(?:(?!\s[-–—]\s)[^,;.\n]){1,60}?\s[-–—](?=\s)"
    # a name in apposition: "The tram driver, Alfred Dorris, 42, ..."; a forename alone right
    # before the verb group: "... and his wife, Mary, were hurt"
    # (a role in lower case may open it: "The third victim, cyclist Tom Ware, 40, ...")
    r"|\s*,\s*(?:(?!(?:and|or|but|while|whereas|when|who|which|as|after|before|including)\s)"
    r"(?-i:[a-z][\w'’-]+)\s+){0,2}(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,3}\s*(?=,)"
    r"|\s*,\s*(?-i:[A-Z][a-z'’-]+)\s*(?=,\s+(?:was|were|had|has|have|is|are)\s)"
    rf"|\s+who\s+{_CLAUSE_WORD}{{1,100}}?(?=\s+(?:has|have|had|was|were|is)\s|\s+died\b)"
    # (never across a verb group of its own: "including a firefighter, were treated ..., and")
    r"|\s*,?\s+including\s+(?:(?!,?\s+(?:has|have|had|was|were)\s)[^.;\n]){1,60}?"
    r"(?=,?\s+(?:has|have|had|was|were)\s|\s+died\b)"
    # a headline's: "three people including two children in hospital"
    r"|\s+including\s+[^,.;\n]{1,40}?(?<!\band)(?=\s+(?:in\s+hospital|dead|injured|hurt)\b)"
    # a short participle phrase placing them, right before the auxiliary: "Two men travelling
    # in the van were ...", "a woman and two children travelling in the Audi were ..."
    r"|\s+(?!(?:killing|injuring|wounding|leaving|sending)\b)(?-i:[a-z]{3,}ing)\s+(?:in|on|aboard"
    r"|inside|at|near|along|from|outside)\s+(?:the|a|an|his|her|their)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+"
    r"(?=\s+(?:were|was|are|is|have|has|had)\b)"
    # a passive participle phrase the same way: "Four of the seven people rescued from the water
    # were ...", "two men pulled out of the rubble were ..."
    r"|\s+(?-i:[a-z]{3,}(?:ed|en|wn))\s+(?:from|out\s+of|off|in|on|at|near|inside|by)\s+(?:the|a|an"
    r"|his|her|their)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+(?=\s+(?:were|was|are|is|have|has|had)\b)"
    # a short phrase placing the person: "a passenger in the car", "a woman from Kessick Harbour"
    r"|\s+(?:in|on|aboard|inside|at)\s+(?:the|a|an|his|her|their)\s+(?:[\w'-]+\s+)?[\w'-]+(?=\s*,)"
    r"|\s+(?:on\s+board|onboard|aboard)(?=\s)"  # "all 12 people on board were killed"
    r"|\s+(?:from|of)\s+(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+){0,2}"
    # an of-phrase after the head: "Four members of a family", "two workers of the mill"
    # (its words are no auxiliary nor "not": "The driver of the car was not hurt" is negated)
    r"|\s+of\s+(?:an?|the|his|her|their|its|one|each|that|this)\s+"
    r"(?:(?!(?:was|were|is|are|has|have|had|not|never)\b)"
    r"[\w'-]+\s+){0,2}?[\w'-]+(?=\s|,)"
    # a bare collective of-noun: "Two members of staff", "a member of crew" (not a plural: "a lot
    # of people", "a group of workers" are quantities)
    r"|\s+of\s+(?!(?:whom|them|those|these|which|us|all|both|the|his|her|their|its"
    r"|our|your|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty"
    r"|hundreds?|dozens?|thousands?|scores?|people|men|women|children|folk)\b)(?-i:[a-z]{2,}[a-rt-z])(?=\s))"
)
APPOS = rf"(?:{APPOS_BODY}(?:\s*,)?){{0,2}}"
AUX = (
    r"(?:\s*,\s*who(?=\s)|\s+(?-i:[a-z]+ly)(?<!\bonly)(?<!fatally)(?=\s)|\s+(?:have|has|had|were|was|are|is|been|being|reportedly|also|now|later|all|both|so\s+far"
    r"|left|reported|said\s+to\s+be|thought\s+to\s+be|believed\s+to\s+be|understood\s+to\s+be|feared"
    r"|found\s+to\s+be"
    # a raising verb: "appeared to be injured", "seem to have been hurt"
    r"|(?:appear|seem)(?:s|ed)?\s+to\s+(?:be|have)"
    r"|in\s+total|who|that|(?:understood|believed|thought|said|found|known|feared|reported"
    r"|confirmed)\s+to\s+have|(?:enough\s+)?to\s+be|enough\s+to|(?:needed|had|required)\s+to\s+be|confirmed|(?:hit|hurt|shot|cut|dug|(?-i:[a-z]+(?:ed|en|wn|ck|ght)))(?:\s+(?:down|over|up|out|off))?(?:\s+(?:alive|free|unconscious))?(?:\s+(?:from|out\s+of|into|onto|in|by|under|at|on|off|to|with|through|across|along|over|via)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?[\w-]+){0,3}\s+(?:and|(?:before|after)\s+being)|seriously|critically|badly|slightly|remains|remained"
    # (the participle may take its state: "were pulled out alive (on Sunday) and are being treated
    # at X", "was cut free and flown to X")
    # "were still in hospital": the later state (totals._still_beside_taken weighs it)
    r"|since|subsequently|then|initially|still|already"
    # a degree with its result: "nine of them so badly that they were admitted to X", "two so
    # severely that they had to be flown to X"
    r"|so\s+(?-i:[a-z]+ly)\s+that\s+(?:they|he|she)"
    # a time told inside the verb group: "was on Tuesday killed", "were last night taken to X"
    r"|yesterday|overnight|last\s+night|on\s+(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)))*"
)
