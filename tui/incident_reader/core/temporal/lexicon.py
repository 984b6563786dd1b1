"""Word tables and named regex fragments the temporal rules are written in (data, not code)."""

from __future__ import annotations

from incident_reader.core.number_words import CARDINALS, ORDINAL_WORDS, TENS

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1, "tuesday": 2, "tues": 2, "tue": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thurs": 4, "thu": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}  # fmt: skip

# "zero years" is no duration anyone writes: the tagger counts from one.
NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, **{w: n for w, n in CARDINALS.items() if n}, **TENS,
    "hundred": 100, "a hundred": 100,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
    "half a": 0.5, "a half": 0.5, "one and a half": 1.5, "a quarter": 0.25,
}  # fmt: skip

# Quantities that leave the amount unknown: "a few days" -> PXD.
VAGUE_NUMBERS: tuple[str, ...] = (
    "a few",
    "few",
    "several",
    "many",
    "some",
    "a number of",
    "the last few",
    "a couple of",
)

# Days of the month in words ("March eighth", "the twenty-first of May"), spaced or hyphenated.
_TEENTH = ("thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
           "nineteenth")  # fmt: skip
DAY_ORDINALS: dict[str, int] = {
    **ORDINAL_WORDS, **{w: 13 + i for i, w in enumerate(_TEENTH)}, "twentieth": 20,
    **{f"twenty-{w}": 20 + n for w, n in ORDINAL_WORDS.items() if n < 10},
    **{f"twenty {w}": 20 + n for w, n in ORDINAL_WORDS.items() if n < 10},
    "thirtieth": 30, "thirty-first": 31, "thirty first": 31,
}  # fmt: skip

# Ordinals that name a quarter ("the third quarter", "the final quarter" is Q4).
QUARTER_ORDINALS: dict[str, int] = {
    **{w: n for w, n in ORDINAL_WORDS.items() if n <= 4}, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "final": 4, "last": 4,
}  # fmt: skip

# Units of duration: word -> (TIMEX3 unit letter, is a time unit (PT...)).
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "fortnight": ("W2", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False), "summer": ("SU", False),
    "winter": ("WI", False), "spring": ("SP", False), "session": ("D", False),
    "weekend": ("WE", False), "trading day": ("D", False), "business day": ("D", False),
    "working day": ("D", False), "semester": ("M6", False),
}  # fmt: skip

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
    "overnight": "NI", "mid-morning": "MO", "mid-afternoon": "AF", "midafternoon": "AF",
    "mid afternoon": "AF", "late afternoon": "AF", "early afternoon": "AF",
    "early morning": "MO", "late morning": "MO", "early evening": "EV", "late evening": "EV",
    "late night": "NI",
    "lunchtime": "MI", "rush hour": "MO", "daytime": "DT", "dawn": "MO", "dusk": "EV", "arvo": "AF",
}  # fmt: skip

# Dawn and dusk words tagged only after a preposition ("at daybreak", "by nightfall"); beside a
# weekday the weekday alone is the date ("start again at first light Monday").
DAWN_DUSK: dict[str, str] = {
    "daybreak": "MO", "first light": "MO", "sunrise": "MO", "sunset": "EV", "nightfall": "NI",
    "dawn": "MO", "dusk": "EV",
}  # fmt: skip

# Adverbs of frequency: word -> TIMEX3 SET value.
SET_ADVERBS: dict[str, str] = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "hourly": "PT1H",
    "nightly": "P1D", "fortnightly": "P2W",
}  # fmt: skip

# Named clock times: word -> "HH:MM".
CLOCK_WORDS: dict[str, str] = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}  # fmt: skip

# Holidays with a fixed date: name -> (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
    "new year's day": (1, 1), "new year's eve": (12, 31), "boxing day": (12, 26),
    "valentine's day": (2, 14), "halloween": (10, 31), "independence day": (7, 4),
    "bonfire night": (11, 5), "guy fawkes night": (11, 5), "st patrick's day": (3, 17),
    "armistice day": (11, 11), "veterans day": (11, 11), "remembrance day": (11, 11),
    "anzac day": (4, 25), "australia day": (1, 26), "republic day": (1, 26), "canada day": (7, 1),
    "waitangi day": (2, 6), "gandhi jayanti": (10, 2), "st andrew's day": (11, 30),
    "juneteenth": (6, 19), "st george's day": (4, 23),
}  # fmt: skip

# Holidays whose name each country gives its own day ("Independence Day" is 4 July in the US, 24
# February in Estonia, 15 August in India; "Labor Day" is May Day in most of the world): the
# table's day is a guess, so it takes the day its sentence names and never moves the story.
COUNTRY_HOLIDAYS: frozenset[str] = frozenset((
    "independence day", "republic day", "labor day", "thanksgiving", "thanksgiving day",
    "mother's day", "father's day", "remembrance day", "memorial day", "election day",
))  # fmt: skip

# Holidays on the n-th weekday of a month: name -> (month, weekday 1-7, n; -1 = last).
NTH_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving day": (11, 4, 4), "thanksgiving": (11, 4, 4), "labor day": (9, 1, 1),
    "memorial day": (5, 1, -1), "mother's day": (5, 7, 2), "father's day": (6, 7, 3),
    "election day": (11, 2, 1), "martin luther king day": (1, 1, 3),
    "remembrance sunday": (11, 7, 2), "presidents' day": (2, 1, 3), "presidents day": (2, 1, 3),
    "columbus day": (10, 1, 2),
}  # fmt: skip

# Holidays of lunar calendars, by year: name -> {year: (month, day)} (Lakshmi Puja for Diwali).
_DIWALI = {2018: (11, 7), 2019: (10, 27), 2020: (11, 14), 2021: (11, 4), 2022: (10, 24),
           2023: (11, 12), 2024: (11, 1), 2025: (10, 20), 2026: (11, 8)}  # fmt: skip
_HOLI = {2018: (3, 2), 2019: (3, 21), 2020: (3, 10), 2021: (3, 29), 2022: (3, 18),
         2023: (3, 8), 2024: (3, 25), 2025: (3, 14), 2026: (3, 4)}  # fmt: skip
_LUNAR_NEW_YEAR = {2018: (2, 16), 2019: (2, 5), 2020: (1, 25), 2021: (2, 12), 2022: (2, 1),
                   2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17)}  # fmt: skip
LUNAR_HOLIDAYS: dict[str, dict[int, tuple[int, int]]] = {
    "diwali": _DIWALI, "deepavali": _DIWALI, "holi": _HOLI,
    "chinese new year": _LUNAR_NEW_YEAR, "lunar new year": _LUNAR_NEW_YEAR,
}  # fmt: skip

# Holidays counted from Easter Sunday: name -> days after it.
EASTER_HOLIDAYS: dict[str, int] = {
    "easter sunday": 0, "easter day": 0, "easter": 0, "good friday": -2, "easter monday": 1,
    "maundy thursday": -3, "ash wednesday": -46, "whit sunday": 49, "pentecost": 49,
    "palm sunday": -7, "holy saturday": -1, "mothering sunday": -21,
}  # fmt: skip

# Feasts no rule here dates, and other spellings, that still name a time: "the Eid market attack"
# is told by its feast, not placed by it (facts.place_recalled reads these with the holidays).
UNDATED_HOLIDAYS: tuple[str, ...] = (
    "eid", "ramadan", "hanukkah", "passover", "hallowe'en", "new year",
)  # fmt: skip
# Every holiday's name, dated or not.
HOLIDAY_NAMES: frozenset[str] = frozenset(
    (*FIXED_HOLIDAYS, *NTH_WEEKDAY_HOLIDAYS, *LUNAR_HOLIDAYS, *EASTER_HOLIDAYS, *UNDATED_HOLIDAYS)
)

# The nouns a holiday may premodify and stay a date: time nouns and the holiday's own celebrations
# ("Christmas period", "Easter holidays", "Holi celebrations"). Any other noun after it makes the
# holiday a modifier of a thing or place, no date ("a Christmas market", "an Easter egg").
HOLIDAY_TIME_HEADS: tuple[str, ...] = (
    "day", "days", "eve", "week", "weeks", "weekend", "weekends", "period", "season", "seasons",
    "holiday", "holidays", "break", "recess", "vacation", "time", "times", "fortnight", "month",
    "rush", "getaway", "celebration", "celebrations", "festivities", "festival", "festivals",
    "party", "parties", "parade", "parades", "service", "services", "dinner", "lunch",
    "morning", "afternoon", "evening", "night", "nights",
)  # fmt: skip
# The holiday's own celebrations among the time heads: followed by a further noun they are a
# compound premodifier of that noun ("a Halloween party crowd", "Christmas parade floats"): a
# thing (or an incident, "the Christmas party shooting") whose day the text tells elsewhere, for
# the party of a holiday's weekend need not fall on the holiday.
HOLIDAY_CELEBRATION_HEADS: tuple[str, ...] = (
    "party", "parties", "parade", "parades", "festival", "festivals", "festivities",
    "celebration", "celebrations", "service", "services", "dinner", "lunch",
)  # fmt: skip
# Nouns that name an incident: a holiday right before them names the incident by its day ("the
# Halloween attack", "the Halloween terror attack"), valued from the incident's date in the text.
HOLIDAY_INCIDENT_HEADS: tuple[str, ...] = (
    "attack", "attacks", "attacker", "bombing", "bomber", "shooting", "shooter", "stabbing",
    "massacre", "rampage", "crash", "crush", "stampede", "disaster", "tragedy", "killings",
    "murders", "atrocity", "fire", "blaze", "explosion", "blast", "derailment", "siege", "riot",
    "riots", "flood", "floods", "storm", "collapse", "terror",
)  # fmt: skip
# Words after a holiday that are no noun it premodifies: verbs it is the subject of, and the
# closed classes (prepositions, conjunctions, determiners, pronouns, auxiliaries, adverbs).
HOLIDAY_NOT_NOUNS: tuple[str, ...] = (
    "is", "was", "are", "were", "be", "been", "will", "would", "can", "could", "may", "might",
    "should", "must", "has", "had", "have", "does", "did", "falls", "fell", "comes", "came",
    "arrives", "nears", "looms", "begins", "began", "ends", "approaches", "passes",
    "and", "or", "but", "nor", "so", "yet", "as", "when", "while", "since", "until", "till",
    "after", "before", "if", "because", "though", "although", "that", "which", "who", "where",
    "at", "in", "on", "of", "for", "to", "from", "with", "by", "into", "onto", "over", "under",
    "during", "through", "around", "about", "near", "between", "without", "within", "than",
    "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "my",
    "it", "he", "she", "they", "we", "you", "i", "there", "last", "next", "too",
    "also", "again", "already", "still", "just", "even", "only", "then", "now", "not",
    "said", "says", "told", "went", "drew", "took", "made", "saw", "got", "ran", "left", "held",
    "brought", "became", "led", "met", "kept", "won", "lost", "sold",
)  # fmt: skip

# Words that stand for the present, the past or the future (TimeML *_REF values).
REFERENCE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "these days": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "the present": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF",
    "the past": "PAST_REF",
    "recent years": "PAST_REF", 
    "past years": "PAST_REF", "recent quarters": "PAST_REF",
    "coming years": "FUTURE_REF", "future quarters": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the future": "FUTURE_REF",
    "a later date": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the coming years": "FUTURE_REF", "the years ahead": "FUTURE_REF",
}  # fmt: skip

# Adjectives that refer to the present only before a noun ("current market conditions").
ADJECTIVE_REFS: dict[str, str] = {"current": "PRESENT_REF"}

# Words before a time that qualify it: TimeML mod, kept out of the extent (report-pairs convention).
MODIFIERS: dict[str, str] = {
    "shortly after": "AFTER", "just after": "AFTER", "soon after": "AFTER", "after": "AFTER",
    "shortly before": "BEFORE", "just before": "BEFORE", "before": "BEFORE",
    "around": "APPROX", "about": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "just under": "LESS_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "more than": "MORE_THAN",
    "over": "MORE_THAN", "just over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS", "by": "ON_OR_BEFORE", "until": "BEFORE", "since": "AFTER",
}  # fmt: skip

# Position words that become part of the extent and set mod (TimeBank: "early next year").
POSITION_MODS: dict[str, str] = {
    "early": "START", "earlier": "START", "the start of": "START", "the beginning of": "START",
    "the end of": "END", "late": "END", "later": "END", "the close of": "END",
    "mid": "MID", "mid-": "MID", "the middle of": "MID", "the first half of": "START",
}  # fmt: skip

TIME_ZONES: tuple[str, ...] = (
    "GMT", "BST", "UTC", "CET", "CEST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT",
    "ET", "PT", "CT", "IST", "AEST", "AEDT", "ACST", "ACDT", "AWST", "NZST", "NZDT", "JST", "HKT",
    "SGT", "LT", "EAT", "WAT", "CAT", "SAST", "PKT", "WIB", "local time",
)  # fmt: skip

# Words of a sentence that point its tense to the future (decides "Friday", "in March").
FUTURE_CUES: tuple[str, ...] = (
    "will", "won't", "shall", "going to", "is to", "are to", "plans to", "plan to",
    "planned to", "planning to", "expected to", "expected in", "scheduled", "slated", "set for",
    "set to", "is due", "are due", "due to", "upcoming", "tomorrow",
    "to be held", "intends to", "hopes to", "aims to", "as soon as", "as early as", "likely to",
    "would", "might", "forecast for", "is expected", "are expected", "is likely", "are likely",
    "until", "expects to",
    "expect to", "supposed to", "planned for", "hoped to", "hoping to", "hope to", "wants to",
    "want to", "wanted to", "aimed to", "aiming to", "intended to", "forecast to",
    "forecasted to", "predicted to", "projected to",
)  # fmt: skip

# Present verbs of expectation: what their object is told for lies ahead ("police expect long
# queues on Sunday", "forecasters predict snow on Tuesday"); "forecast" alone is also a past.
# A warning told in the present is of what is to come ("the agency warns of gales on Friday");
# their progressives after "is"/"are" too ("are warning of more rain on Tuesday"), never a bare
# "-ing" ("issued a warning on Monday" is a noun's day, the issuing past).
FORESEE_VERBS: tuple[str, ...] = (
    "expect", "expects", "predict", "predicts", "anticipate", "anticipates", "foresee",
    "foresees", "forecasts", "warn", "warns",
    *(f"{be} {ing}" for be in ("is", "are") for ing in (
        "expecting", "predicting", "anticipating", "forecasting", "warning")),
)  # fmt: skip

# Future cues in a past form: a plan told as it stood then ("he planned to fly on 3 March", told
# in September, is March past); with "was"/"were" before any future cue ("was due to", "were
# supposed to") the plan is past-told too. Such a date takes the side an untensed one takes.
PAST_PLAN_CUES: tuple[str, ...] = (
    "planned to", "planned for", "hoped to", "wanted to", "aimed to", "intended to",
)  # fmt: skip

# Conjunctions after which a past verb can still speak of what is to come ("likely to buy as soon
# as trading opened Monday").
FUTURE_CONJUNCTIONS: tuple[str, ...] = ("as soon as", "until", "till", "by the time", "once")

# Past participles that send a date after "until" forward from the event ("the case was
# adjourned until March 3"); after any other past verb "until" ends a past state ("she was in
# hospital until November 3", "the line remained closed until Sunday").
LOOK_AHEAD_PAST: tuple[str, ...] = (
    "adjourned", "postponed", "delayed", "deferred", "extended", "remanded", "bailed",
    "rescheduled", "moved", "pushed", "put", "set", "given", "granted", "ordered", "bail",
)  # fmt: skip

# Verbs of stopping that, told in the active with their object, set an end ahead of the act
# ("the airline suspended flights until Monday"); in the passive they tell a state that may have
# ended ("trains were halted until 1.15am on Sunday").
STOPPING_ACTIVE: tuple[str, ...] = (
    "suspended", "halted", "cancelled", "canceled", "grounded", "banned", "barred",
)  # fmt: skip

# Modals that, with a verb and "by", set a deadline ahead ("could reopen by the weekend").
DEADLINE_MODALS: tuple[str, ...] = ("could", "may", "might", "should", "must", "can", "would")

# Verbs of calling off an event, right before its day's possessive ("cancelled Sunday's fair").
CALLING_OFF: tuple[str, ...] = (
    "cancelled", "canceled", "postponed", "called off", "scrapped", "axed", "suspended",
    "rescheduled", "cancels", "postpones", "calls off", "scraps",
)  # fmt: skip

# Words right before a day that start something from it: "three days of mourning starting
# Monday", "a ban effective Friday" (the day is a coming one).
STARTING_FROM: tuple[str, ...] = ("starting", "beginning", "effective", "commencing", "with effect")

# The month of a day told in legal and police English, by its Latin word after the ordinal ("the
# 8th instant" this month, "the 3rd ultimo" last month, "the 2nd proximo" next month, and their
# abbreviations "inst.", "ult.", "prox."): months from the DCT's.
LATIN_MONTHS: dict[str, int] = {
    "instant": 0, "inst": 0, "ultimo": -1, "ult": -1, "proximo": 1, "prox": 1,
}  # fmt: skip

# Lower-case words that may follow a bare day of the month ("on the 21st would decide"); any
# other lower-case word makes the ordinal a modifier ("the 4th floor", "the 21st birthday").
AFTER_ORDINAL_DAY: tuple[str, ...] = (
    "and", "or", "but", "to", "at", "in", "on", "for", "as", "after", "before", "when", "while",
    "with", "the", "a", "would", "will", "was", "were", "is", "are", "had", "has", "could",
    "should", "may", "might", "must", "said", "says", "that", "this", "last", "next", "until",
    "from", "by", "of",
)  # fmt: skip

# Verbs of a hearing that, right before a day, date the hearing and not the story ("the court
# heard on Monday that officers signalled ... at 11pm on 26 February").
HEARING_VERBS: tuple[str, ...] = (
    "heard", "was told", "were told", "was shown", "were shown", "told the court",
    "told the jury", "told the inquest", "told magistrates", "told the hearing", "testified",
    "issued", "released", "published", "posted",
)  # fmt: skip

# Nouns that follow "to" bare, as a place one is taken or goes to, not an infinitive ("taken to
# hospital overnight", "went to court in March", "swam to shore at dawn").
BARE_DESTINATIONS: tuple[str, ...] = (
    "hospital", "hospitals", "court", "prison", "jail", "gaol", "school", "church", "chapel",
    "mosque", "temple", "work", "bed", "safety", "shore", "land", "sea", "town", "market",
    "college", "university", "hand", "death", "custody", "trial", "mind", "date", "dinner",
    "lunch", "breakfast", "parliament", "camp", "port", "harbour", "harbor",
)  # fmt: skip

# Words right before a possessive day that make its event a coming one ("ahead of Sunday's
# vote"); any other possessive day names an event already in the news ("Friday's attack").
AHEAD_OF: tuple[str, ...] = (
    "ahead of", "in advance of", "upcoming", "in the run-up to", "until", "till", "in time for",
    "preparations for", "preparing for", "prepare for", "planned", "scheduled", "next",
)  # fmt: skip

# Nouns of a gathering or a proceeding held on a day (a closed class of English nouns): told
# indefinite, as what a present or perfect clause calls, holds or summons to, with its day after
# it, the day is a coming one ("has summoned him to a hearing on Monday", "is holding a vigil on
# Friday evening", "have called a strike on Thursday").
GATHERING_NOUNS: tuple[str, ...] = (
    "protest", "demonstration", "march", "rally", "sit-in", "strike", "walkout", "shutdown",
    "stoppage", "boycott", "picket", "blockade",
    "vigil", "memorial", "service", "mass", "funeral", "burial", "wake", "prayer", "prayers",
    "ceremony", "commemoration", "hearing", "trial", "inquest", "inquiry", "meeting", "session",
    "sitting", "summit", "briefing", "conference", "consultation", "vote", "ballot", "referendum",
    "debate", "match", "game", "parade", "procession", "gathering", "fundraiser", "concert",
)  # fmt: skip

# Prepositions that tie a day to an earlier event, not to the verb before them ("faces charges
# over the crash on Friday", "leaves hospital after the attack on Friday").
EVENT_PREPOSITIONS: tuple[str, ...] = (
    "after", "over", "following", "since", "about", "of", "during", "amid", "against", "behind",
    "despite", "because",
)  # fmt: skip

# Future words written onto the word before them ("they'll", "we’ll").
FUTURE_CLITICS: tuple[str, ...] = ("'ll",)

# Past verbs that, right before a weekday, fix it in the past ("said Friday").
PAST_VERBS: tuple[str, ...] = (
    "said", "told", "was", "were", "had", "met", "began", "held", "made", "took", "saw", "came",
    "went", "gave", "found", "left", "fell", "rose", "won", "lost", "set", "put", "got", "sent",
    "struck", "hit", "shot", "ran", "led", "paid", "spoke", "wrote", "brought", "did", "bought",
    "sold", "became", "grew", "built", "caught", "chose", "drove", "fought", "felt", "kept", "knew",
    "stood", "thought", "broke", "spent", "threw", "heard", "fled", "sought", "taught", "began",
    "died", "sank", "blew", "flew", "tore", "swept", "stole", "woke",
    # regular pasts of a stem of two letters, which the "-ed" shape (three letters before it)
    # leaves out: "drivers who used the road on Friday", "sued the council last March"
    "used", "owed", "sued", "tied", "vied", "eyed", "axed", "lied",
)  # fmt: skip

# Words in "-ed" that are no past verb ("the United States", "a hundred", "limited").
NOT_PAST_ED: tuple[str, ...] = (
    "united", "hundred", "limited", "sacred", "naked", "wicked", "beloved", "rugged", "kindred",
    "jagged", "ragged", "crooked", "wretched", "hatred", "embed", "aged",
)  # fmt: skip

# Verbs whose simple present (or present progressive) with a day names a scheduled event, so the
# day is a coming one: "they meet Monday", "the trial begins on Tuesday", "she is flying to
# Paris on Friday". Base form -> (third person singular or "", -ing form).
SCHEDULE_VERBS: dict[str, tuple[str, str]] = {
    "meet": ("meets", "meeting"), "begin": ("begins", "beginning"), "start": ("starts", "starting"),
    "open": ("opens", "opening"), "reopen": ("reopens", "reopening"),
    "resume": ("resumes", "resuming"), "convene": ("convenes", "convening"),
    "reconvene": ("reconvenes", "reconvening"), "arrive": ("arrives", "arriving"),
    "depart": ("departs", "departing"), "leave": ("leaves", "leaving"),
    "travel": ("travels", "travelling"), "fly": ("flies", "flying"), "go": ("goes", "going"),
    "head to": ("heads to", "heading to"), "head for": ("heads for", "heading for"),
    "return to": ("returns to", "returning to"), "testify": ("testifies", "testifying"),
    "appear": ("appears", "appearing"), "face": ("faces", "facing"),
    "close": ("closes", "closing"), "end": ("ends", "ending"), "expire": ("expires", "expiring"),
    "conclude": ("concludes", "concluding"), "kick off": ("kicks off", "kicking off"),
    "take effect": ("takes effect", "taking effect"),
    "take office": ("takes office", "taking office"),
    "take place": ("takes place", "taking place"), "go ahead": ("goes ahead", "going ahead"),
    "get under way": ("gets under way", "getting under way"),
    "announce": ("announces", "announcing"), "unveil": ("unveils", "unveiling"),
    "speak": ("speaks", "speaking"), "hear": ("hears", "hearing"),
    "decide": ("decides", "deciding"),
    "attend": ("attends", "attending"), "celebrate": ("celebrates", "celebrating"),
    "publish": ("publishes", "publishing"), "take up": ("takes up", "taking up"),
    "come into force": ("comes into force", "coming into force"),
    "get married": ("gets married", "getting married"),
    # "plans", "votes", "visits": as often the noun ("unveiled plans Monday"); base form only
    "plan": ("", "planning"), "vote": ("", "voting"), "visit": ("", "visiting"),
    "play": ("", "playing"), "march": ("", "marching"), "rally": ("", "rallying"),
    "return": ("", "returning"), "sign": ("", "signing"), "host": ("", "hosting"),
}  # fmt: skip

# Present forms of "be" that, right before a day, make it the subject's day ("the vote is
# Thursday", "talks are on Monday"), and before an -ing form a scheduled event ("is leaving").
PRESENT_BE: tuple[str, ...] = (
    "is", "are", "remains", "remain", "he's", "she's", "it's", "that's", "who's", "there's",
    "they're", "we're", "you're",
)  # fmt: skip

# Nouns in "-ly" that a determiner can open: "the family lost their home" is a past verb after a
# noun, not "the recently injured man"'s adverb and participle.
LY_NOUNS: tuple[str, ...] = (
    "family", "assembly", "rally", "ally", "supply", "reply", "belly", "bully", "monopoly",
    "anomaly", "jelly", "folly", "tally", "lily", "italy", "july", "fly", "butterfly", "dragonfly",
    "firefly", "gully", "trolley", "valley", "volley", "alley", "jolly", "homily", "emily",
)  # fmt: skip

# Determiners: a participle after one is an adjective ("the injured man"), a verb form a noun.
DETERMINERS: tuple[str, ...] = (
    "the", "a", "an", "its", "his", "her", "their", "our", "your", "my", "this", "that",
    "these", "those", "no", "every", "each", "any", "whose",
)  # fmt: skip

# Prepositions after which a participle modifies a noun, as after a determiner: "behind closed
# doors", "by masked gunmen", "with armed guards" (no past tense).
PREPOSITIONS_BEFORE_ADJECTIVE: tuple[str, ...] = (
    "behind", "with", "without", "by", "from", "into", "under", "among", "against", "between",
    "near", "inside", "outside", "through", "across",
)  # fmt: skip

# A word right before a verb form that shows it is no finite present verb: a determiner makes it
# a noun ("the vote Tuesday"), "to" an infinitive, an auxiliary or modal another tense.
# Modal auxiliaries (a closed class): the verb after one is a base form, never a past ("could
# cut", "will put").
MODALS: tuple[str, ...] = (
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "did", "does",
    "do", "didn't", "doesn't", "don't", "won't", "wouldn't", "can't", "couldn't",
)  # fmt: skip

NOT_FINITE_BEFORE: tuple[str, ...] = (
    *DETERMINERS, "of", "to", "not", "never", "did", "didn't", "does", "doesn't", "do", "don't",
    "would", "could", "should", "might", "must", "can", "may", "had", "has", "have", "was",
    "were", "been", "after", "before", "for", "at", "in", "on", "by", "with", "from", "and", "or",
    "but", "first", "last", "next",
)  # fmt: skip

# Verbs of saying: "said Monday" dates the saying, and what is said has its own tense.
REPORTING_VERBS: tuple[str, ...] = (
    "said", "says", "told", "announced", "confirmed", "reported", "added", "stated", "revealed",
    "declared", "warned",
)  # fmt: skip

# Words that open what a report says ("told oil companies of a cutback in September").
CONTENT_OPENERS: tuple[str, ...] = ("that", "of", "about", "whether")

# Words that open a new clause after a time: a future cue beyond them is not the time's
# ("told reporters in January that he would quit").
CLAUSE_OPENERS: tuple[str, ...] = (
    "that", "which", "who", "because", "when", "where", "if", "whether", "what", "why", "how",
)  # fmt: skip

# Words that can be the subject right before a base form ("they meet"); plural nouns and names
# are told by their shape.
SUBJECT_WORDS: tuple[str, ...] = ("they", "we", "you", "i", "both", "two", "who", "which", "all")

# Words ending in "s" that are no plural subject ("this", "his", "always").
NOT_PLURAL_S: tuple[str, ...] = (
    "is", "was", "has", "its", "his", "this", "as", "us", "thus", "plus", "yes", "perhaps",
    "always", "sometimes", "whereas", "unless", "towards", "afterwards", "across", "less",
    "news", "says", "does", "goes", "hers", "ours", "yours", "theirs", "besides", "regardless",
)  # fmt: skip

# Abbreviations whose full stop ends no sentence ("Gen. Schwarzkopf", "Roe vs. Wade").
ABBREVIATIONS: tuple[str, ...] = (
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Cmdr", "Adm",
    "Maj", "Prof", "Rev", "St", "Mt", "Ft", "Jr", "Sr", "vs", "v", "No", "Nos", "Jan", "Feb", "Mar",
    "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip


_PIECES = {".": r"\.", " ": r"\s+", "'": "['’]"}


def alternation(words: object) -> str:
    """A regex alternation of table keys, longest first so the longest form wins.

    Written as a trie ("tomorrow|to(?:day|night)" style): the same matches, in the same order of
    preference, as the longest-first list, but the regex engine reads each character once instead
    of trying every key in turn (the tagger and the tense rules try these at most words).
    """
    keys = sorted((str(w) for w in words), key=len, reverse=True)  # type: ignore[attr-defined]
    if not all(c.isalnum() or c in " .'’-" for k in keys for c in k):  # a key holding regex syntax
        return _listed(keys)
    # Plain keys of one length match the same text or none: put them in one order whatever order
    # a set gave them in, so a pattern reads the same in every process (core.regex_cache finds it
    # by its text).
    keys.sort(key=lambda k: (-len(k), k))
    listed = _listed(keys)
    trie: dict[str, dict] = {}
    for key in keys:
        node = trie
        for c in key:
            piece = _PIECES.get(c, c)
            if piece not in node and any(p.lower() == piece.lower() for p in node if p):
                return listed  # "Ab" beside "ab": under IGNORECASE both branches could match
            node = node.setdefault(piece, {})
        node[""] = {}  # a key ends here
    return _trie(trie)


def _listed(keys: list[str]) -> str:
    return "|".join(k.replace(".", r"\.").replace(" ", r"\s+").replace("'", "['’]") for k in keys)


def _trie(node: dict[str, dict]) -> str:
    branches = [piece + _trie(child) for piece, child in node.items() if piece]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body  # greedy: the longer key is tried first


# Nouns of a state or a running event: "an 8-month-old truce" says how long it has lasted (a
# DURATION), where "a 50-year-old bridge" or "the 6-year-old boy" gives an age (no timex).
STATE_NOUNS: tuple[str, ...] = (
    "truce", "ceasefire", "cease-fire", "war", "strike", "dispute", "feud", "slump", "ban",
    "siege", "conflict", "crisis", "standoff", "stand-off", "boycott", "blockade", "lockdown",
    "curfew", "shutdown", "protest", "protests", "campaign", "probe", "inquiry", "investigation",
    "search", "manhunt", "hunt", "drought", "recession", "insurgency", "rebellion", "revolt",
    "uprising", "occupation", "embargo", "moratorium", "stalemate", "deadlock", "impasse",
    "rivalry", "battle", "fight", "struggle", "row", "walkout", "sit-in", "freeze", "outage",
    "blackout", "shortage", "epidemic", "outbreak", "famine", "unrest", "violence", "fighting",
    "dry spell", "downturn", "boom", "rally", "streak", "losing streak", "peace", "marriage",
    "relationship", "partnership", "alliance", "agreement", "deal", "accord", "pact", "regime",
    "rule", "government", "tenure", "reign", "presidency", "career", "effort", "operation",
    "mission", "trial", "case", "saga", "controversy", "mystery", "vacancy", "closure",
)  # fmt: skip

# Words of a game's report: a bare "first half" or "fourth quarter" among them is a period of
# play ("scored twice in the first half"), unless money words say it is a fiscal one.
GAME_WORDS: tuple[str, ...] = (
    "scored", "scores", "score", "scoring", "goal", "goals", "points", "touchdown", "touchdowns",
    "match", "game", "innings", "penalty", "penalties", "kick", "kicked", "header", "striker",
    "half-time", "halftime", "quarterback", "rebounds", "assists", "whistle", "equaliser",
    "equalizer", "free-throw", "field goal", "try", "tries", "wicket", "wickets",
)  # fmt: skip
MONEY_WORDS: tuple[str, ...] = (
    "profit", "profits", "sales", "revenue", "revenues", "earnings", "income", "loss", "losses",
    "growth", "economy", "economic", "output", "inflation", "prices", "shares", "stock",
    "market", "deficit", "exports", "imports", "GDP", "budget", "fiscal", "percent", "billion",
    "million", "dividend", "results",
)  # fmt: skip


# Occasions after an incident that a part of a day may belong to ("the morning of the funeral"):
# never the incident's own day.
LATER_OCCASIONS: tuple[str, ...] = (
    "funeral", "funerals", "burial", "vigil", "hearing", "trial", "inquest", "memorial",
    "verdict", "sentencing", "arrest", "arrests", "appeal", "commemoration", "anniversary",
)  # fmt: skip
