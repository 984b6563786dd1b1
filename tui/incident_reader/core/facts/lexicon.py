"""Word tables the fact extractors refer to by name: numbers, cue verbs, vehicles, places, speakers.

Rules in the extractor modules are built from these tables, so a new wording is usually a new entry
here rather than a new branch in code.
"""

from __future__ import annotations

from incident_reader.core.facts import vocabulary
from incident_reader.core.number_words import CARDINALS, ORDINAL_WORDS
from incident_reader.core.number_words import TENS as NUMBER_TENS

# Cardinal number words; compounds ("twenty-two") are composed from these by numbers.py.
UNITS: dict[str, int] = CARDINALS
TENS: dict[str, int] = NUMBER_TENS
# Group words that name an exact count.
GROUP_WORDS: dict[str, int] = {
    "a dozen": 12, "dozen": 12, "half a dozen": 6, "a couple of": 2, "a pair of": 2, "a trio of": 3,
    "a trio": 3, "a pair": 2, "a score of": 20, "both": 2, "the couple": 2, "the pair": 2,
    "the trio": 3, "a couple": 2,
}  # fmt: skip
# Vague quantities as {"min", "max"} (None = open end); the README's tolerance table.
VAGUE: dict[str, tuple[int | None, int | None]] = {
    "several": (3, 9),
    "a number of": (2, None),
    "a few": (2, 5),
    "a handful of": (2, 6),
    "dozens of": (24, None),
    "dozens": (24, None),
    "scores of": (40, None),
    "scores": (40, None),
    "hundreds of": (200, None),
    "hundreds": (200, None),
    "thousands of": (2000, None),
    "many": (2, None),
    "one or two": (1, 2),
    "two or three": (2, 3),
}
# Ordinals: "a third patient" says the running total is now three ("first" counts nobody extra).
ORDINALS: dict[str, int] = {w: n for w, n in ORDINAL_WORDS.items() if 2 <= n <= 10}
# Nouns after which an ordinal counts the victims so far ("third person injured"); with other nouns
# ("a second man ... was taken to hospital") the ordinal only tells people apart, so it counts one.
CUMULATIVE_NOUNS: tuple[str, ...] = ("person", "patient", "casualty", "victim", "death", "fatality")
# Kinds where an ordinal with any noun is the running total: nobody is "a second man" to die or to
# be arrested unless a first one was ("a second man has died", "a fourth arrest was made").
RUNNING_TOTAL_KINDS: tuple[str, ...] = ("casualties.killed", "arrests")
# Words before a number that make it a bound or an approximation.
BOUND_WORDS: dict[str, str] = {
    "more than": "gt", "over": "gt", "upwards of": "gt", "in excess of": "gt",
    "at least": "ge", "no fewer than": "ge", "no less than": "ge", "not less than": "ge",
    "as many as": "le", "up to": "le", "fewer than": "lt", "less than": "lt",
    "almost": "approx", "nearly": "approx", "about": "approx", "around": "approx",
    "some": "approx", "roughly": "approx", "approximately": "approx", "an estimated": "approx",
}  # fmt: skip

# Heads that are never people, the stoplist of the open counted noun phrase (phrases.HEAD): a
# plural "s"/"es" is added by the pattern ("two cars", "about a dozen trains a day", "four hours").
NOT_PEOPLE_HEADS: tuple[str, ...] = (
    # time, distance, money, measures
    "second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century",
    "time", "morning", "afternoon", "evening", "weekend", "mile", "metre", "meter", "kilometre",
    "kilometer", "km", "foot", "feet", "yard", "inch", "acre", "hectare", "pound", "dollar", "euro",
    "rupee", "crore", "lakh", "million", "billion", "thousand", "hundred", "percent", "cent",
    "degree", "mph", "kph", "tonne", "ton", "litre", "liter", "gallon", "kg", "lb",
    # quantities of things ("arrested along with a large quantity of ammunition")
    "quantity", "quantitie", "amount", "sum", "haul", "stash", "cache", "consignment",
    # vehicles and buildings
    "car", "vehicle", "train", "bus", "buse", "coach", "lorry", "lorrie", "truck", "van", "boat",
    "ship", "plane", "aircraft", "helicopter", "carriage", "wagon", "ambulance", "engine",
    "appliance", "tram", "ferry", "ferrie", "motorbike", "bike", "scooter", "taxi", "home",
    "house", "building", "flat", "shop", "store", "property", "propertie", "room", "floor",
    "storey", "street", "road", "lane", "bridge", "wall", "roof", "door", "window",
    # things, animals and events counted near casualty words
    "shot", "round", "bullet", "charge", "count", "offence", "case", "call", "incident", "crash",
    "collision", "attack", "fire", "blaze", "explosion", "blast", "injury", "injurie", "wound",
    "arrest", "death", "fatality", "fatalitie", "life", "lives", "dog", "cat", "horse", "cattle",
    "sheep", "cow", "animal", "bird", "pet", "livestock", "item", "piece", "part", "page",
    "photo", "picture", "video", "report", "statement", "question", "bag", "weapon", "knife",
    "knive", "gun", "rifle", "pistol", "firearm", "ammunition", "drug", "cash", "money", "phone",
    "laptop", "document", "passport", "evidence",
    # what a camera records ("the moment was captured on a phone")
    "moment", "footage", "clip", "image", "aftermath", "event", "ordeal", "drama", "chaos",
    # places a preposition names ("at the scene and a man was arrested")
    "scene", "site", "area", "spot", "location", "centre", "center", "hospital", "infirmary",
    "town", "city", "village", "county", "country", "region", "district", "station", "junction",
    # a whole people named as one ("left much of the male population dead"): never a count
    "population",
    # things told by acronyms ("two SUVs", "three IEDs"; a plural acronym may be a head)
    "suv", "hgv", "atv", "uav", "ied", "atm", "cctv", "puv", "rpg", "mri", "cv", "dvd", "cd",
)  # fmt: skip
# Animals: no casualty, as a counted subject ("Both oxen also died", "Three camels were killed")
# or a part of a list ("a woman and her dog were hurt" counts one). Singular and plural forms;
# the farm, draught and wild animals a road, fire or flood report counts beside the people.
ANIMAL_HEADS: frozenset[str] = frozenset((
    "dog", "dogs", "cat", "cats", "horse", "horses", "pony", "ponies", "cattle", "sheep", "cow",
    "cows", "goat", "goats", "pig", "pigs", "animal", "animals", "bird", "birds", "pet", "pets",
    "livestock", "puppy", "puppies", "kitten", "kittens", "calf", "calves", "mule", "mules",
    "donkey", "donkeys", "ox", "oxen", "bull", "bulls", "bullock", "bullocks", "buffalo",
    "buffaloes", "camel", "camels", "heifer", "heifers", "lamb", "lambs", "ewe", "ewes", "sow",
    "sows", "piglet", "piglets", "hen", "hens", "chicken", "chickens", "poultry", "duck", "ducks",
    "goose", "geese", "mare", "mares", "foal", "foals", "stallion", "stallions", "deer", "elk",
    "moose", "reindeer", "yak", "yaks", "llama", "llamas", "alpaca", "alpacas", "elephant",
    "elephants", "hippo", "hippos", "crocodile", "crocodiles", "lion", "lions", "leopard",
    "leopards", "hyena", "hyenas", "monkey", "monkeys", "baboon", "baboons", "bear", "bears",
    "wolf", "wolves", "fox", "foxes", "snake", "snakes", "beast", "beasts", "herd", "herds",
    "flock", "flocks",
))  # fmt: skip
# Plural people nouns without a final "s": a breakdown part without a count must be singular.
PLURAL_PEOPLE_NOUNS: tuple[str, ...] = (
    "people", "men", "women", "children", "staff", "crew", "police", "personnel", "folk",
)  # fmt: skip
# Participles that stand as heads of people ("the injured", "two wounded", "the accused"); any
# other past form ending a counted phrase is its verb ("two others expired in hospital").
NOMINAL_PARTICIPLES: frozenset[str] = frozenset((
    "injured", "wounded", "deceased", "accused", "bereaved", "displaced", "trapped", "rescued",
    "affected", "evacuated", "detained", "arrested", "hospitalised", "hospitalized", "aged",
    "infected", "missing", "beloved", "starved", "disabled",
))  # fmt: skip
# Heads that name a person, for verbs said of things as well as people ("the patient expired",
# not "the permit expired"): a short list, used only to admit such verbs.
PERSON_HEADS: frozenset[str] = frozenset((
    "person", "people", "patient", "casualty", "casualtie", "victim", "man", "men", "woman",
    "women", "boy", "girl", "child", "children", "other", "passenger", "driver", "worker",
    "pedestrian", "resident", "teenager", "student", "pilot", "rider", "cyclist", "survivor",
))  # fmt: skip
PERSON_ADJECTIVES: tuple[str, ...] = (
    "other",
    "more",
    "further",
    "young",
    "elderly",
    "local",
    "injured",
    "seriously",
    "critically",
)

# Cheap tests: a sentence without any of these lower-case stems cannot hold a fact of the family,
# so its costly rules are skipped (extraction must cost at most twice the tagging).
GATE_STEMS: dict[str, tuple[str, ...]] = {
    "casualties.killed": ("kill", "died", "dies", "dying", "dead", "death", "drown", "murder",
                          "fatal", "toll", "lives", "life", "lost", "no one", "no-one", "nobody",
                          "none",
                          "shot", "stabbed", "perish", "succumb", "beaten", "crushed", "burn",
                          "bodies", "no ", "passed away", "survive", "deceased", "breathed",
                          "expired", "die", "electrocut", "asphyxiat", "suffocat", "alive",
                          "incinerat", "charred",
                          # a tally of the victims ("the number of victims has risen to five")
                          "victims"),
    "casualties.injured": ("injur", "hurt", "wound", "treated", "suffer", "sustain", "casualt",
                           "no one", "no-one", "nobody", "none", "no ", "stabbed", "slashed",
                           "shot", "burn", "scald", "trampled", "received", "fighting",
                           "unhurt", "uninjured", "unharmed", "unscathed", "knifed", "gored",
                           "mauled", "savaged", "maim", "mutilat", "disfigur",
                           "recovering", "bruis", "cuts", "fractur", "lacerat", "struck by",
                           "hit by", "ill", "unwell", "sick", "overcome", "affected", "complain",
                           "experienc", "breath", "respirat", "chest",
                           "irritat", "hypotherm", "concuss", "whiplash", "nausea", "dizz",
                           "headache", "vomit", "hospital", "condition", "attention", "care",
                           "sought", "remain", "punch", "kicked", "bitten", "stung", "gassed",
                           "beaten", "assaulted",
                           "attacked", "struck on", "struck in", "hit on", "hit in",
                           # a part of one's own body hurt ("twisted her ankle", "broke his leg")
                           "twist", "broke", "dislocat", "cut",
                           # conditions a medical look is for ("assessed for heat exhaustion")
                           "exhaust", "dehydrat", "inhal", "exposure", "poison"),
    "casualties.hospitalised": ("hospital", "infirmary", "medical", "clinic", "trauma", "treated",
                                "emergency", "detained", "went", "attended",
                                "airlift", "admitted", "health cent", "intensive", "icu",
                                "facilit", "sought", "cared", "kept", "warded", "ward",
                                "condition", "wounds", "injuries", "injury", "burns", "ambulance",
                                "helicopter",
                                "patient",
                                "polyclinic", "dispensar", "health campus", "institute",
                                "royal", "the er", "phc", "chc", "care cent"),
    "arrests": ("arrest", "detain", "detention", "held", "custody", "apprehend", "nabbed",
                "booked", "picked",
                "handed", "turned", "surrender", "rounded", "captur", "seized", "caught",
                "grabbed", "taken by", "taken in", "remand", "cuffed", "hauled", "control", "guard",
                "supervision", "charged", "lifted", "collared", "helping",
                "assisting", "questioned", "interviewed", "quizzed", "himself", "herself",
                "themselves", "behind bars", "deprived", "committ"),
}  # fmt: skip

# Words that make a sentence speak about the suspect, so ages and names in its subject are the
# suspect's ("A 29-year-old man ... was charged").
SUSPECT_CUES: tuple[str, ...] = (
    r"arrested",
    r"detained",
    r"charged",
    r"held by",
    r"taken into custody",
    r"suspected of",
    r"accused",
    r"jailed",
    r"convicted",
    r"remanded",
    r"on suspicion",
    r"in custody",
    r"appeared (?:in|before)",
    r"booked",
)
# Age bands: "in his late 20s".
AGE_BAND_PARTS: dict[str, tuple[int, int]] = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}
DECADE_WORDS: dict[str, int] = {
    "teens": 10, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip

# Vehicles.
# Colours, makes and models are the comparer's tables too (vocabulary.py): written once.
COLOURS: tuple[str, ...] = tuple(vocabulary.COLOURS)
COLOUR_MODIFIERS: tuple[str, ...] = (*vocabulary.SHADES, "navy")
MAKES: tuple[str, ...] = tuple(vocabulary.MAKES)
# Models recognised without their make ("a silver Transit van").
MODELS: tuple[str, ...] = tuple(vocabulary.MODELS)
# Models that are ordinary words ("jazz"): alone they need a vehicle spoken of around them.
ORDINARY_WORD_MODELS: tuple[str, ...] = vocabulary.ORDINARY_WORD_MODELS
VEHICLE_NOUNS: tuple[str, ...] = (
    "car", "van", "lorry", "truck", "hatchback", "saloon", "estate car", "4x4", "suv", "pick-up",
    "pickup", "minibus", "bus", "coach", "motorbike", "motorcycle", "scooter", "taxi", "cab",
    "vehicle", "jeep", "tanker", "tractor", "people carrier", "hgv", "moped", "sedan",
)  # fmt: skip
# Words that make a vehicle the responders' own, never the incident's.
EMERGENCY_VEHICLE_WORDS: tuple[str, ...] = (
    "police", "ambulance", "fire", "rescue", "patrol", "marked", "unmarked", "squad", "paramedic",
)  # fmt: skip
# Trains, buses and flights named by operator and number ("Lakeshore Rail train 412").
SERVICE_NOUNS: tuple[str, ...] = ("train", "bus", "flight", "tram", "ferry", "coach")
SPEED_UNITS: dict[str, float] = {
    "mph": 1.0, "miles per hour": 1.0, "miles an hour": 1.0, "km/h": 0.621371, "kph": 0.621371,
    "kmh": 0.621371, "kilometres per hour": 0.621371, "kilometers per hour": 0.621371,
    "kmph": 0.621371, "km per hour": 0.621371, "km an hour": 0.621371,
    "knots": 1.15078, "knot": 1.15078,
}  # fmt: skip
# Words that make a speed a rule rather than how fast something went.
SPEED_LIMIT_WORDS: tuple[str, ...] = ("limit", "zone", "restriction", "limited")

# Places.
PLACE_PREPOSITIONS: tuple[str, ...] = (
    "in", "at", "on", "near", "outside", "into", "through", "along", "across", "opposite",
    "inside", "beside", "behind", "close to",
)  # fmt: skip
# Words just before a place that make it where someone lives, not where the incident happened
# ("of no fixed address in Cardiff", "who lives in Leeds", "born in Kent").
RESIDENCE_CUES: tuple[str, ...] = (
    "address", "addresses", "lives", "lived", "living", "resident", "residents", "native", "born",
    "raised", "grew up", "hails", "hometown", "home town", "originally", "moved", "settled",
    # a vehicle's or a firm's home: "the trawler, homeported in X", "a coach firm based in Y"
    "homeported", "home port", "based", "registered",
)  # fmt: skip
# Common nouns of the site that may stand between a preposition and a name ("a pub in Market Row"):
# the comparer's site words, their two-word forms, and nouns of a scene rather than a site.
SITE_NOUNS: tuple[str, ...] = (
    *vocabulary.SITE_WORDS, "terraced house", "industrial estate", "street market", "ford",
    "road", "street", "lane", "area", "town centre", "city centre", "village", "scene",
    "crossing", "level crossing", "tracks", "line", "shopping centre", "car park", "crowd",
    "crowded street market",
)  # fmt: skip
# Words ending a proper place name that make it a site in a town ("Corn Street").
STREET_WORDS: tuple[str, ...] = vocabulary.STREET_WORDS
# Lower-case words before a town that name a part of it ("in north London", "central Manchester").
AREA_WORDS: tuple[str, ...] = (
    "north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west",
    "northeast", "northwest", "southeast", "southwest", "central", "inner", "downtown",
)  # fmt: skip
# Words whose possessive starts a name ("Earl's Court", "King's Cross"), not a town owning a site.
NAME_POSSESSIVES: tuple[str, ...] = (
    "king", "queen", "prince", "princess", "earl", "duke", "bishop", "lord", "lady", "shepherd",
    "st", "saint", "st.",
)  # fmt: skip
# Last words of region names: a region is never the site of an incident ("in Brennard County").
REGION_WORDS: tuple[str, ...] = (
    "county",
    "shire",
    "region",
    "district",
    "province",
    "state",
    "valley",
    "borough",
    "country",
)
# Capitalised words that are never (the start of) a place name.
NOT_PLACE_WORDS: tuple[str, ...] = (
    "The", "A", "An", "He", "She", "They", "It", "We", "I", "His", "Her", "Their", "This", "That",
    "Police", "Mr", "Mrs", "Ms", "Dr", "Sir", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December", "Twitter", "Facebook",
    "Channel", "BBC", "CCTV", "IT", "Sky", "Reuters", "Unit", "Update", "Live", "LIVE", "BREAKING",
)  # fmt: skip

# Speakers: a word in the attributed noun phrase -> the said_by value.
SPEAKER_KINDS: dict[str, str] = {
    "police": "police", "officers": "police", "scotland yard": "police", "constabulary": "police",
    "detective": "police", "inspector": "police", "superintendent": "police", "met ": "police",
    "force": "police", "sheriff": "police", "commissioner": "police",
    "ambulance": "ambulance service", "paramedics": "ambulance service",
    "fire": "fire service", "firefighters": "fire service", "station manager": "fire service",
    "group manager": "fire service", "area manager": "fire service",
    "witness": "witness", "eyewitness": "witness", "resident": "witness", "neighbour": "witness",
    "reader": "witness", "passer-by": "witness", "onlooker": "witness", "bystander": "witness",
    "hospital": "hospital", "council": "council", "coroner": "coroner",
    "authorities": "authorities", "officials": "authorities", "investigator": "investigators",
}  # fmt: skip
SAY_VERBS: tuple[str, ...] = (
    "said", "says", "say", "told", "tells", "tell", "confirmed", "confirms", "confirm", "added",
    "reported", "reports", "stated", "announced", "described", "explained", "tweeted", "wrote",
)  # fmt: skip
