"""The recognition rules: named regex fragments and rules that refer to them, with examples.

Order matters: at one position the first rule that matches wins, so longer forms come first.
Every example ``(text, dct, value)`` is a test: the first expression found in ``text`` has ``value``.
"""

# ruff: noqa: E501  (the rule table keeps one regex per line so rules read and diff as data)
from __future__ import annotations

import re
from dataclasses import dataclass

from incident_reader.core.temporal import lexicon as lx


def _case_forms(words: object) -> str:
    """Title-case and upper-case forms only: "May" and "MAY" are months, "may" is not."""
    forms: set[str] = set()
    for w in words:  # type: ignore[attr-defined]
        forms |= {str(w).capitalize(), str(w).upper()}
    return "(?-i:" + lx.alternation(forms) + ")"


_FULL_MONTHS = [m for m in lx.MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in lx.MONTHS if m not in _FULL_MONTHS]
_NUM_UNITS = "one|two|three|four|five|six|seven|eight|nine"
# Month names a stamp's date may end in before its clock ("30 September 2026, 1000 hours").
_STAMP_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December")  # fmt: skip
_NUM_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:"
    + _NUM_UNITS
    + r"))?|"
    + lx.alternation(k for k in lx.NUMBER_WORDS if not k.startswith(("twenty", "thirty")))
    + ")"
)
# Hundreds and thousands in words: "two hundred", "a thousand", "one hundred and fifty".
_SMALL_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:" + _NUM_UNITS + r"))?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    + _NUM_UNITS
    + ")"
)
_BIG_NUM = (
    r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:hundred|thousand)"
    r"(?:\s+(?:and\s+)?" + _SMALL_WORD + r"(?=[-\s]))?"
)
_UNIT_WORDS = (
    r"trading\s+days?|business\s+days?|working\s+days?|centur(?:y|ies)|seconds?|minutes?|hours?"
    r"|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|semesters?"
)
# A year in words: "nineteen ninety-six", "two thousand and one" (not "twenty-five years").
_YEAR_WORDS = (
    r"(?:(?P<yc>nineteen|twenty)[-\s]+(?P<yr>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety)(?:[-\s](?:" + _NUM_UNITS + r"))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen)|two\s+thousand(?:\s+and)?(?:[-\s](?P<ythousand>"
    + _NUM_UNITS
    + r"|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)"
    r"(?![-\s]+(?:years?|months?|weeks?|days?|hours?|people|dollars|pounds|times)\b)"
)

# "last" opens a period after "the", a preposition, a possessive or a clause break ("over the
# last six days", "in last two days", "Last three weeks, ..."), but after any other word it is the
# verb ("symptoms last six days", "could last two weeks"), outside the DURATION's extent.
_PERIOD_OPENERS = ("the", "in", "for", "over", "during", "within", "of", "these", "those",
                   "his", "her", "their", "its", "our", "my", "your")  # fmt: skip
_LAST_NOT_VERB = (
    r"last(?:(?<![A-Za-z]\slast)|" + "|".join(rf"(?<=\b{w}\slast)" for w in _PERIOD_OPENERS) + r")"
)

_ZONES = lx.alternation(lx.TIME_ZONES)
# The second end of a range of dotted clocks, its first end after "from" or "between" ("from
# 9.15 to 11.00", "between 14.00 and 14.20"): one fixed-width look-behind per shape.
_DOT_RANGE_END = "|".join(
    rf"(?<=\b{opener}\s{hour}[.:]\d\d{joint})"
    for opener, joint in (
        ("from", r"\sto\s"),
        ("from", r"\suntil\s"),
        ("from", "-"),
        ("from", "–"),
        ("between", r"\sand\s"),
    )
    for hour in (r"\d", r"\d\d")
)
# A dotted clock a publishing label stamps ("[UPDATE 18.40]", "Updated: 09.05", "First published
# 11.25") or a full date and a comma close ("Done at X, 14 June 2025, 17.00", "16.03.2025, 10.00",
# "March 16, 2025, 10.00"): what the clock times is the label or the date.
_DOT_STAMPED = "|".join(
    # a label's clock ends the stamp; a version number runs on into its sentence ("update 2.10 fixed")
    [
        rf"(?<=\b{label}{sep})(?=\d\d?\.\d\d(?!\s+[a-z]))"
        for label in ("update", "updated", "published", "posted")
        for sep in (r"\s", r":\s")
    ]
    + [r"(?<=[a-z]\s\d{4},\s)", r"(?<=\d[./]\d{4},\s)", r"(?<=\d,\s\d{4},\s)"]
)
# "New York time", "Eastern time": on the clock's own line, and never a sentence that opens on a
# determiner after it ("at 10:05 a.m. That time was logged ...").
_NAMED_ZONE = (
    r"(?<!\n)(?!(?:"
    + "|".join(w.capitalize() for w in lx.DETERMINERS)
    + r")\s)[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\stime"
)

FRAGMENTS: dict[str, str] = {
    "month": r"(?P<mon>" + _case_forms(_FULL_MONTHS) + r"|" + _case_forms(_ABBR_MONTHS) + r"\.?)",
    "month_full": r"(?P<mon>" + _case_forms(_FULL_MONTHS) + r")",
    "weekday": r"(?P<wd>" + _case_forms(k for k in lx.WEEKDAYS if len(k) > 4) + r")",
    # "that Saturday": the weekday of the story's own week; never the conjunction before a
    # weekday that heads a clause ("said that Saturday's match was", "that Monday is a holiday")
    "that_day": r"that(?:\s+same)?(?=\s+[A-Za-z]+day(?!['’]s\b|\s+(?:is|was|will|would|has|had)\b))",
    "opt_weekday": r"(?:(?P<wd>" + _case_forms(k for k in lx.WEEKDAYS if len(k) > 4) + r"),?\s+)?",
    # A day in figures, or in words when a boundary follows ("on March eighth at", not "March
    # first responders"); a word first needs "of" before its month (the scanner checks).
    "day": r"(?:(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)|(?P<dayw>"
    + lx.alternation(lx.DAY_ORDINALS)
    + r")"
    r"(?![\w-])(?=\s*[,.;:!?)\"”']|\s*$|\s+(?:at|in|on|and|or|to|when|as|with|after|before|the|this|that|last|next|from|until|till|by|for|of|is|was|were|will|would|has|had)\b))",
    "year": r"(?P<year>(?:1[6-9]|20)\d\d)(?![\d,]\d)",
    "num": r"(?P<num>\d+(?:\.\d+)?(?:\s+1/2|½)?|"
    + _BIG_NUM
    + "|"
    + _NUM_WORD
    + r"(?:\s+and\s+a\s+half)?)",
    "vague": r"(?P<vague>" + lx.alternation(lx.VAGUE_NUMBERS) + r")",
    "unit": r"(?P<unit>" + _UNIT_WORDS + r")",
    "pod": r"(?P<pod>" + lx.alternation(lx.PARTS_OF_DAY) + r")",
    "season": r"(?P<season>" + lx.alternation(lx.SEASONS) + r")",
    "zone": r"(?:\.?\s*(?P<zone>(?-i:" + _ZONES + r"))(?![\w]))?",
    # after a clock in figures, a zone may also be a place's or region's name ("New York time"),
    # which the dispatch cannot bound after a clock in words ("noon")
    "zone_any": r"(?:\.?\s*(?P<zone>(?-i:" + _ZONES + r"|" + _NAMED_ZONE + r"))(?![\w]))?",
    "ampm": r"\s?(?P<ap>[ap](?=\.?\s?m)|[AP](?=\.?\s?M))\.?\s?[mM](?:\.(?!\s*\n|\s*$|\s+(?-i:[A-Z])|[\"”’')]))?",
    "clock12": r"(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<m>[0-5]\d))?(?-i:{ampm})",
    "clock24": r"(?P<h>[01]?\d|2[0-4]):(?P<m>[0-5]\d)(?!:?\d)(?:\s?(?:hrs|hours|h)\b)?",
    "clock_hhmm": r"(?P<h>[01]\d|2[0-3])\.?(?P<m>[0-5]\d)\s?(?=hrs|h\b|(?-i:GMT|BST|UTC|LT|IST|AEST|AEDT|ACST|AWST|NZST|NZDT)\b|local\s+time\b)(?:hrs|h)?",
    "clock_word": r"(?P<cw>noon|midday|midnight)",
    "holiday": r"(?P<hol>"
    + lx.alternation(
        [*lx.FIXED_HOLIDAYS, *lx.NTH_WEEKDAY_HOLIDAYS, *lx.EASTER_HOLIDAYS, *lx.LUNAR_HOLIDAYS]
    )
    + r")",
    "ref_word": r"(?P<ref>" + lx.alternation(lx.REFERENCE_WORDS) + r")",
    "ordinal": r"(?P<ord>" + lx.alternation(lx.QUARTER_ORDINALS) + ")",
}
# fragments inside fragments
for _k, _v in list(FRAGMENTS.items()):
    FRAGMENTS[_k] = re.sub(r"\{([a-z_0-9]+)\}", lambda m: FRAGMENTS.get(m[1], m[0]), _v)


@dataclass(frozen=True, slots=True)
class Rule:
    """One recognition rule: a pattern over named fragments, the handler that normalises it."""

    name: str
    pattern: str
    handler: str
    examples: tuple[tuple[str, str | None, str | None], ...] = ()


# A run of spaces inside an expression is bounded: "May" + 60,000 spaces + no year would
# otherwise make `\s*,?\s+` try every split of the run (quadratic); bounded runs keep each try
# at a word to a constant amount of work, so the tagger stays linear on any input.
SPACE_RUN = 12
_SPACE_REPEAT = re.compile(r"(\\s|\[[^\]\[]*\\s[^\]\[]*\])([*+])(?![*+?]|\\{\\d)")


def bound_spaces(body: str) -> str:
    """``body`` with every ``\\s*``, ``\\s+`` (and classes holding ``\\s``) bounded to SPACE_RUN."""
    return _SPACE_REPEAT.sub(
        lambda m: m[1] + (f"{{0,{SPACE_RUN}}}" if m[2] == "*" else f"{{1,{SPACE_RUN}}}"), body
    )


def expand(pattern: str) -> str:
    """Replace ``{fragment}`` names in a rule pattern by their regex, with bounded space runs."""
    return bound_spaces(re.sub(r"\{([a-z_0-9]+)\}", lambda m: FRAGMENTS.get(m[1], m[0]), pattern))


D = "2018-08-14"  # a Tuesday, the DCT of most examples
RULES: tuple[Rule, ...] = (
    Rule("date_mdy", r"{opt_weekday}{month}\s*{day},?\s+{year}", "date_full",
         (("September 15, 2017: a device", None, "2017-09-15"), ("Aug. 7, 1998", D, "1998-08-07"))),
    # A form's or a dateline's date with hyphens: "12-Aug-2019", "3-Sept-2021".
    Rule("date_dmy_hyphen", r"(?P<day>3[01]|[12]\d|0?[1-9])-{month}-(?P<year>(?:19|20)\d\d)(?![\d-])", "date_full",
         (("Filed on 12-Aug-2019 by the station.", D, "2019-08-12"), ("due 3-Sept-2021", D, "2021-09-03"))),
    Rule("date_dmy", r"{opt_weekday}(?:the\s+)?{day}(?:\s+of)?\s+{month},?\s+{year}", "date_full",
         (("on 15 September 2017", D, "2017-09-15"), ("Friday 3rd of June 2016", D, "2016-06-03"),
          ("a fire on the 2nd of January 2023 caused", D, "2023-01-02"))),
    Rule("date_iso", r"(?P<year>(?:19|20)\d\d)-(?P<monnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\d-])",
         "date_full", (("filed 2016-03-02.", D, "2016-03-02"),)),
    Rule("date_slash", r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])", "date_slash",
         (("on 25/12/2016", D, "2016-12-25"),
          ("cited on 3/12/2024; the funeral is set for April 11 at 10 a.m.", D, "2024-03-12"),
          ("cited on 3/12/2024; the funeral is on 11 April at 10am.", D, "2024-12-03"))),

    Rule("date_dotted", r"(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?![\d.]\d)", "date_slash",
         (("last seen on 30.06.2025 near", D, "2025-06-30"),
          ("renewed on 02.09.2025; an inspection before November 1 at 11 a.m.", D, "2025-09-02"))),
    Rule("date_dashed", r"(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<y>(?:19|20)\d\d)(?![\d-])", "date_slash",
         (("the FIR of 14-09-2024 says", D, "2024-09-14"),)),
    Rule("date_dm_num", r"(?<![\d/.,])(?P<day>1[3-9]|2\d|3[01])/(?P<monnum>0[1-9]|1[0-2])(?![\d/]|[.,]\d)", "date_md",
         (("give the reference log 1187 of 26/02.", "2025-02-27", "2025-02-26"), ("a score of 3/10", D, None))),
    Rule("clock_weekday", r"(?:{clock12}|{clock_word})\.?(?:{zone}),?\s+{weekday}", "clock",
         (("noon Saturday", "1991-02-25", "1991-02-23T12:00"),)),
    Rule("clock_date", r"(?:{clock12}|{clock_word})\.?(?:{zone}),?\s+{month}\s*{day}", "clock",
         (("5 p.m. EST Nov. 9", "1989-11-02", "1989-11-09T17:00"),)),
    Rule("clock_pod", r"(?P<h>1[0-2]|0?[1-9]|"+ _NUM_WORD + r")(?:[:.](?P<m>[0-5]\d))?(?:\s+o'clock)?\s+(?:in\s+the\s+(?P<pod>morning|afternoon|evening)|at\s+(?P<night>night))",
         "clock", (("4 in the morning", "2000-04-05", "2000-04-05T04:00"), ("a bang at around eleven at night", D, "2018-08-14T23:00"),
                   ("at 2 at night", D, "2018-08-14T02:00"), ("Around 6:30 in the evening, a call", D, "2018-08-14T18:30"))),
    Rule("clock12", r"{clock12}{zone_any}", "clock",
         (("at around 7.30am", D, "2018-08-14T07:30"), ("6:50 p.m.", D, "2018-08-14T18:50"),
          ("12.40pm: Forensic", D, "2018-08-14T12:40"), ("11am", D, "2018-08-14T11:00"),
          ("at 9 PM on the Sunday", D, "2018-08-14T21:00"), ("at 6 AM", D, "2018-08-14T06:00"), ("2 Am", D, None),
          ("The blast occurred at about 10:35 a.m. (0735 GMT) Friday", "1998-08-08", "1998-08-07T10:35"))),
    # Race and elapsed times "2:14:05" are durations, not clocks (a clock with seconds follows "at").
    Rule("elapsed",
         r"(?<!\bat\s)(?<!\bby\s)(?<!\bfrom\s)(?<!\buntil\s)(?<!\baround\s)(?<!\babout\s)"
         r"(?P<eh>\d{1,2}):(?P<em>[0-5]\d):(?P<es>[0-5]\d)(?![:\d])", "elapsed",
         (("She won the marathon in 2:14:05 on Sunday.", D, "PT2H14M5S"), ("the doors opened at 10:35:12", D, None))),
    Rule("clock24", r"(?<!\d:){clock24}{zone_any}", "clock",
         (("At 07:37hrs a car", D, "2018-08-14T07:37"), ("19:05 GMT", D, "2018-08-14T19:05"))),
    Rule("clock_hhmm", r"{clock_hhmm}{zone_any}", "clock",
         (("at 0737 BST", D, "2018-08-14T07:37"), ("call 0800 789 321", D, None),
          ("The blast happened at 1840 local time.", D, "2018-08-14T18:40"),
          ("The tanker reported a leak at 1445LT on Monday.", D, "2018-08-13T14:45"),
          ("The ferry sailed at 0610 AEST.", D, "2018-08-14T06:10"))),
    Rule("clock_dot",
         r"(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bfrom\s)|(?<=\baround\s)|(?<=\babout\s)"
         r"|(?<=\bafter\s)|(?<=\bbefore\s)|(?<=\bsince\s)|(?<=\bbetween\s)|(?<=\bapproximately\s)|(?<=\broughly\s)"
         r"|(?<=\b[Ii]t\swas\s)|(?<=\b[Ii]t\sis\s)|(?<=\b[Ii]t['’]s\s)"  # "It was 13.05.": the time of day told
         r"|" + _DOT_STAMPED + r"|" + _DOT_RANGE_END + r")"
         r"(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)(?!\.?\d|\s*(?:%|per\b|percent|p\b|pence|m\b|metres|miles|km|bn\b|billion|million"
         r"|thousand|shares?\b|points?\b|cents?\b|dollars|pounds|euros|yen\b|guilders|marks|francs|kilos|tonnes|times\b|hours\b|hrs\b"
         r"|seconds?\b|secs?\b|minutes?\b|mins?\b|degrees\b))",
         "clock", (("The fire started at 10.30 and", D, "2018-08-14T10:30"), ("rose by 10.30 per cent", D, None),
                   ("sales were little changed at 2.46 billion guilders", D, None), ("issue about 0.55 share", D, None),
                   ("The ferry left shortly after 17.45 with", D, "2018-08-14T17:45"), ("seen between 13.10 and 13.35 on", D, "2018-08-14T13:10"),
                   ("open from 8.30 to 16.15 daily", D, "2018-08-14T08:30"), ("a whistle just before 19.05, then", D, "2018-08-14T19:05"),
                   ("rose after 14.30 per cent", D, None), ("Shares rose 2.10 to 14.30", D, None),
                   ("I looked at my watch. It was 13.05.", D, "2018-08-14T13:05"), ("it's 21.40 and the bar is full", D, "2018-08-14T21:40"),
                   ("it is 2.35m high", D, None), ("It was 1.25 metres deep.", D, None),
                   ("[UPDATE 21.05] Rescuers say", D, "2018-08-14T21:05"), ("Last updated: 07.50 BST", D, "2018-08-14T07:50"),
                   ("First published 09.15.", D, "2018-08-14T09:15"),
                   ("the app update 2.10 fixed", D, None), ("posted 12.50 euros", D, None))),
    # The first end of a clock range takes the second's half of the day: "between 2 and 3 a.m.".
    Rule("clock_range_first",
         r"(?:(?<=between\s)|(?<=from\s))(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<m>[0-5]\d))?"
         r"(?=\s{0,3}(?:and|to|-|–)\s{0,3}(?P<hend>1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\s?(?P<ap2>[ap](?=\.?\s?m)|[AP](?=\.?\s?M))\.?\s?[mM](?![a-z]))",
         "clock", (("released between 2 and 3 a.m. Saturday", "2025-10-12", "2025-10-11T02:00"),
                   ("open from 9 to 5pm", D, "2018-08-14T09:00"), ("between 10 and 11pm", D, "2018-08-14T22:00"),
                   ("between 2 and 3 miles", D, None))),
    # A bare hour right after a day's part and "at": "tonight at 11", "this evening at 7.30".
    Rule("clock_after_day",
         r"(?:(?<=tonight\sat\s)|(?<=evening\sat\s)|(?<=morning\sat\s)|(?<=afternoon\sat\s)|(?<=today\sat\s)|(?<=tomorrow\sat\s))"
         r"(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<m>[0-5]\d))?(?![\w:%]|\.\d|\s*(?:per|percent|cent)\b)",
         "clock", (("Updates tonight at 11.", D, "2018-08-14TNI"), ("Stay with us tonight at 11 for more.", D, "2018-08-14TNI"))),
    # A live-blog stamp in a dotted 24-hour clock at the start of a line: "22.15 - A second ...", or
    # a line of its own above its entry ("07.40").
    Rule("clock_stamp",
         r"(?<![^\n])(?P<h>[01]\d|2[0-3]|[1-9])\.(?P<m>[0-5]\d){zone}(?=\s{0,3}(?:[-–—|:]\s|(?-i:[A-Z])[a-z]+day\s{0,3}[-–—|:]\s)|[ \t]{0,3}\r?\n)",
         "clock", (("22.15 - A second casualty", "2026-02-14", "2026-02-14T22:15"), ("Fire: live\n\n07.40\nGood morning", D, "2018-08-14T07:40"),
                   ("Shares rose\n3.45 on Monday", D, "2018-08-13"), ("Siege: live\n09.15 EAT: Police say", D, "2018-08-14T09:15"), ("\n07.58 – Gunfire resumed", D, "2018-08-14T07:58"),
                   ("3.45 per cent", D, None))),
    # A service named by its departure time: "the 18.32 Fenmouth to Carbridge service", "the 07:15 sailing".
    Rule("clock_service",
         r"(?<=\bthe\s)(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)(?=\s+(?:(?-i:[A-Z])[\w'-]+\s+){0,3}(?:to|from)\s+(?-i:[A-Z])"
         r"|\s+(?:service|train|departure|sailing|flight|ferry|bus|coach)\b)",
         "clock", (("hit by the 18.32 Fenmouth to Carbridge service", D, "2018-08-14T18:32"), ("the 07:15 sailing was cancelled", D, "2018-08-14T07:15"),
                   ("the 2.5 metre wall", D, None))),
    # Continental 24-hour clocks: "14h30", "16h00"; a bare "15h" only after a clock preposition.
    Rule("clock_h",
         r"(?<![\d/.,])(?<!\ba\s)(?<!\bin\s)(?<!\bfor\s)(?:(?P<h>[01]?\d|2[0-3])\s?(?P<hsep>h)(?P<m>[0-5]\d)(?![\d:.]\d)"
         r"|(?:(?<=\bat\s)|(?<=\bfrom\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\baround\s)|(?<=\babout\s)|(?<=\bbefore\s)|(?<=\bafter\s))"
         r"(?P<h2>[01]?\d|2[0-3])(?P<hsep2>h))(?![\w/])",
         "clock", (("water flooded the gallery at 14h27.", D, "2018-08-14T14:27"), ("mobilised from 15h, crews", D, "2018-08-14T15:00"),
                   ("a press point at 9h on Saturday", "2018-08-18", "2018-08-18T09:00"), ("a 4h30 drive", D, None),
                   ("speeds of 50 km/h", D, None), ("the 4h relay", D, None), ("in 2h30, the race", D, None))),
    Rule("clock_past",
         r"(?P<frac>half|(?:a\s+)?quarter|twenty(?:[-\s]five)?|ten|five)\s+(?P<side>past|to)\s+(?:(?P<h>1[0-2]|0?[1-9]|" + _NUM_WORD + r")|(?P<hw>midnight|noon|midday))(?![\w:]|\.\d)"
         r"(?:\s+o['’]clock)?(?:\s+in\s+the\s+(?P<pod>morning|afternoon|evening)|\s+at\s+(?P<night>night)|{ampm})?", "clock_past",
         (("just after half past seven.", D, "2018-08-14T07:30"), ("at half past ten in the morning", D, "2018-08-14T10:30"),
          ("a quarter to nine in the evening", D, "2018-08-14T20:45"), ("at twenty past six", D, "2018-08-14T06:20"),
          ("half past 11 at night", D, "2018-08-14T23:30"), ("at twenty to midnight", D, "2018-08-14T23:40"),
          ("at quarter past midnight", D, "2018-08-14T00:15"), ("ten past noon", D, "2018-08-14T12:10"))),
    Rule("clock_word_day",
         r"(?:(?<=\bat\s)|(?<=\baround\s)|(?<=\babout\s)|(?<=\buntil\s)|(?<=\bafter\s)|(?<=\bbefore\s))"
         r"(?:(?P<frac>half)\s+)?(?P<h>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
         r"(?=\s+(?:last\s+night|tonight|this\s+(?:morning|afternoon|evening)|that\s+(?:morning|afternoon|evening|night)"
         r"|on\s+(?-i:[A-Z])[a-z]+day\s+(?:morning|afternoon|evening|night))\b)",
         "clock_word_day", (("a bang at nine last night", D, "2018-08-13T21:00"), ("at half nine on Monday night", D, "2018-08-13T21:30"),
                            ("up at six this morning", D, "2018-08-14T06:00"), ("at nine o'clock", D, "2018-08-14T09:00"))),
    Rule("clock_hours",
         r"(?:" + "|".join(rf"(?<=\b{w}\s)" for w in ("at", "by", "until", "till", "from", "around", "about", "after", "before", "since", "approximately", "roughly", "circa", "approx.", "between", "as of", "as at", "and")) + r"|(?<=:\s)|(?=0)"
         # a stamp's clock after its date: "Released: Wednesday, 30 September 2026, 1000 hours"
         r"|(?<=\d,\s\d{4},\s)|" + "|".join(rf"(?<={m}\s\d{{4}},\s)" for m in _STAMP_MONTHS) +
         # "1845 hours Saturday", "2130 hours yesterday": a day after it makes the figure a clock
         r"|(?=\d{4}\s?(?:hours|hrs)\s+(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|(?:on\s+)?(?-i:[A-Z])[a-z]+day|on\s+\d)\b))"
         r"(?P<h>[01]\d|2[0-3])(?:(?<!\bafter\s\d\d)(?<!\bbefore\s\d\d)(?<!\bsince\s\d\d)[.:])?(?P<m>[0-5]\d)\s?(?:hours|hrs)(?!\s+(?:of|(?:a|per|each)\s+(?:day|week|fortnight|month|year|night|shift)s?|per|each|in\s+(?:the|a|prison|jail))\b)", "clock",
         (("issued at 1140 hours today", D, "2018-08-14T11:40"), ("At 0652 hours this morning", D, "2018-08-14T06:52"),
          ("the fire broke out at about 16.45 hours", D, "2018-08-14T16:45"), ("closed until 06:30 hours", D, "2018-08-14T06:30"),
          ("the talks ended after 10.45 hours", D, "PT10H27M"),
          ("At approximately 0245 hours officers responded", D, "2018-08-14T02:45"), ("0245 hours: officers responded", D, "2018-08-14T02:45"),
          ("about 1200 hours of community service", D, "PT1200H"), ("Issued: 1845 hours", D, "2018-08-14T18:45"),
          ("As of 1800 hours today, crews had", D, "2018-08-14T18:00"), ("as at 2215 hours the road was shut", D, "2018-08-14T22:15"),
          ("between 1900 hours and 2130 hours", D, "2018-08-14T19:00"), ("released 1645 hours yesterday", D, "2018-08-13T16:45"),
          ("a total of 1800 hours in the air", D, "PT1800H"), ("she has logged 1500 hours this year", D, "PT1500H"),
          ("crews spent 1200 hours on the repairs", D, "PT1200H"), ("It was issued 1130 hours on Monday", D, "2018-08-13T11:30"))),
    Rule("clock_oclock", r"(?P<h>1[0-2]|0?[1-9]|" + _NUM_WORD + r")\s+o['’]clock", "clock",
         (("at six o'clock", D, "2018-08-14T06:00"),)),
    Rule("clock_word", r"(?<!\bhigh\s)(?<!\bhigh-){clock_word}{zone}", "clock",
         (("by noon", D, "2018-08-14T12:00"), ("just before midnight", D, "2018-08-14T24:00"),
          ("For the rebels, high noon comes today.", D, "2018-08-14"))),
    Rule("month_year", r"{month}\s*,?\s+(?:of\s+)?{year}", "month_year",
         (("in October 2022", D, "2022-10"),)),
    Rule("month_rel_year", r"{month}\s+(?:of\s+)?(?P<rel>last|this|next)\s+year", "month_year",
         (("July last year", "1998-02-19", "1997-07"),)),
    Rule("week_of", r"the\s+week\s+of\s+{month}\s*{day}(?:,?\s+{year})?", "week_of",
         (("in the week of March 6", "2000-02-24", "2000-W10"), ("the week of Jan. 4, 2016", D, "2016-W01"))),
    # The n-th week of a month: the calendar week that holds most of its seven days.
    Rule("nth_week_of_month",
         r"(?:the\s+)?(?P<nth>first|second|third|fourth|last|final)\s+week\s+(?:of|in)\s+{month_full}(?:,?\s+{year})?(?![\w-])",
         "week_of", (("The work will finish in the first week of June.", "2024-03-10", "2024-W23"),
                     ("The last week of May was the wettest.", "2024-07-10", "2024-W22"),
                     ("He arrived in the second week of January 2019.", D, "2019-W02"))),
    Rule("date_md_rel", r"{month}\s*{day}\s+(?P<yrel>last|this|next)\s+year(?![\w-])", "date_md",
         (("the fire of March 22 last year", "2018-05-10", "2017-03-22"),)),
    Rule("date_md_pre", r"(?P<pre>last|next|this)\s+{month}\s*{day}(?![\w-])", "date_md",
         (
          ("Last December 19th, the bridge collapsed.", "2024-03-20", "2023-12-19"),
          ("Last November 14th at 7:45 pm, a lorry hit the stalls.", "2019-11-13", "2018-11-14"),
          ("This November 14th the market reopens.", "2018-03-05", "2018-11-14"),
          ("The hearing was set for next Feb. 3.", "2024-03-20", "2025-02-03"),
          ("They will marry on 4 July next year.", "2024-03-20", "2025-07-04"))),
    Rule("date_dm_rel", r"(?:the\s+)?{day}(?:\s+of)?\s+{month}\s+(?P<yrel>last|this|next)\s+year(?![\w-])", "date_md",
         (("He was stabbed on 22 March last year, the court heard.", "2018-05-10", "2017-03-22"),
          ("the 3rd of March last year", "2018-05-10", "2017-03-03"))),
    Rule("date_md", r"{opt_weekday}{month}\s*{day}(?!\s*(?:%|per\b|,\d|:\d|\.\d))", "date_md",
         (("Sept. 30", "1989-10-26", "1989-09-30"), ("on Saturday, August 8", "1998-08-08", "1998-08-08"),
          ("The school has been closed till Thursday, June 5.", "2025-05-27", "2025-06-05"),
          ("had been set to expire Nov. 6.", "1989-11-02", "1989-11-06"),
          ("hoped she would help victims of the Aug. 7 blasts", "1998-08-18", "1998-08-07"),
          ("expect the deal to be completed by Dec. 15.", "1989-10-31", "1989-12-15"))),
    # The first day of "3 and 4 June", "the 3rd to the 5th of May": the month of the second.
    Rule("day_coordinated_first",
         r"{opt_weekday}(?:the\s+)?{day}(?=\s*(?:and|or|to|-|–|&)\s*(?:the\s+)?(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:\s+of)?\s+{month}(?![\w]))",
         "date_md", (("Flights resumed on 3 and 4 June.", "2013-03-14", "2012-06-03"), ("the 3rd to the 5th of May", "2013-03-14", "2013-05-03"),
                     ("aged 3 and 4 May", D, "2018-05-03"))),
    Rule("date_dm", r"{opt_weekday}(?:the\s+)?{day}(?:\s+of)?\s+{month}", "date_md",
         (("Saturday 21 September", "2024-09-21", "2024-09-21"), ("on 23 October", "2024-09-21", "2024-10-23"))),
    Rule("decade", r"(?:the\s+)?(?:(?P<cent>1[5-9]|20)(?P<dec>\d)0|['’](?P<dec2>\d)0|(?<=\bthe\s)(?P<dec3>[2-9])0(?=s\b))['’]?s", "decade",
         (("the 1990s", D, "199"), ("in the '80s", D, "198"), ("a hit in the 90s", D, "199"), ("in their 90s", D, None),
          ("founded in the mid-1800s", D, "18"), ("the 2000s", D, "200"))),
    Rule("decade_word", r"the\s+(?:(?:early|mid|late)[-\s]+)?(?P<dword>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)",
         "decade", (("the nineties", "1998-03-03", "199"), ("built in the late sixties", D, "196"))),
    Rule("century", r"(?:the\s+)?(?P<cord>\d{1,2})(?:st|nd|rd|th)\s+century", "century",
         (("the 20th century", D, "19"), ("in 11th century Europe", D, "10"))),
    Rule("when_year_words", r"(?:{month_full}|(?:the\s+)?{season})\s+(?:of\s+)?" + _YEAR_WORDS, "year_words",
         (("January nineteen ninety-seven", D, "1997-01"), ("the winter of nineteen ninety-four", D, "1994-WI"))),
    Rule("season", r"(?:(?P<rel>last|this\s+past|this|next|the|early|late|that)\s+)?{season}(?:\s+(?:of\s+)?{year}|\s+of\s+(?P<yrel>last|this|next)\s+year)?",
         "season", (("last spring", "1989-10-26", "1988-SP"), ("in the autumn of last year", "2025-07-12", "2024-FA"), ("the summer", "2024-09-21", "2024-SU"),
                    ("summer 2019", D, "2019-SU"))),
    Rule("quarter_plural", r"{ordinal}[-\s]quarters", "quarter", (("fourth quarters", D, "XXXX-Q4"),)),
    # The first of coordinated quarters: "the second and fourth quarters" (each quarter of a year).
    Rule("quarter_plural_first", r"{ordinal}(?=\s+(?:and|or)\s+(?:first|second|third|fourth|final|last)[-\s]quarters\b)", "quarter_set",
         (("Sales peak in the second and fourth quarters.", D, "XXXX-Q2"),)),
    Rule("quarter",
         r"(?:the\s+)?(?:(?P<pre>year-earlier|year-ago|latest|current|same|comparable|last\s+year['’]s"
         r"|next\s+year['’]s|this\s+year['’]s|fiscal|calendar)\s+)?(?:(?P<year2>(?:19|20)\d\d)(?:['’]s)?\s+)?{ordinal}"
         r"[-\s](?:fiscal\s+|calendar\s+)?(?P<qh>quarter|half)(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:{year}|(?P<rel>this|last|next)\s+year|(?P<theyear>(?<=of\s)the\s+year(?![\w'’-]))))?",
         "quarter", (("third-quarter", "1989-10-26", "1989-Q3"), ("the first half of 2016", D, "2016-H1"),
                     ("Three people died in the first half of the year.", "2024-07-10", "2024-H1"),
                     ("the year-ago third quarter", "1989-10-30", "1988-Q3"), ("fiscal 1990's first quarter", "1989-11-02", "1990-Q1"))),
    Rule("quarter_the",
         r"the\s+(?:(?P<pre>latest|current|recent|previous|prior|same|year-earlier|year-ago|comparable|corresponding|most\s+recent|"
         r"(?P<year3>(?:19|20)\d\d))\s+)?(?P<qh>quarter|period)(?!s)(?:\s+(?P<ago>a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year))?",
         "quarter_the", (("net for the quarter", "1989-11-02", "1989-Q3"),
                         ("the corresponding period last year", "1989-11-02", "1988-Q3"))),
    # A year's quarter without its number: the quarter the text is talking about, in that year.
    Rule("quarter_of_year",
         r"(?P<yrel>last|this|next)\s+year['’]s\s+(?:(?:same|comparable|corresponding)\s+)?(?P<qh>quarter|period)(?![\w-])",
         "quarter_of_year", (("Sales for last year's quarter were $3 million.", "1989-11-01", "1988-Q3"),
                             ("Last year's period was weak.", "1995-11-10", "1994-Q3"))),
    # Business shorthand: "FY2019", "FY 19", "Q3 2019", "Q3'19", "H1 2020", "2019 Q4".
    Rule("fiscal_short",
         r"(?-i:FY)\s?['’]?(?P<fy>(?:19|20)\d\d|\d\d)(?![\w/-]|[.,]\d)"
         r"|(?-i:(?P<qh>[QH]))(?P<qn>[1-4])(?:\s+|\s?['’])(?P<yy>(?:19|20)\d\d|(?<=['’])\d\d)(?![\w/-]|[.,]\d)"
         r"|(?P<year>(?:19|20)\d\d)\s+(?-i:(?P<qh2>[QH]))(?P<qn2>[1-4])(?![\w/-]|[.,]\d)",
         "fiscal_short", (("Revenue rose in FY2019.", D, "2019"), ("targets for FY 21", D, "2021"), ("Profit fell in Q3 2019.", D, "2019-Q3"),
                          ("a loss in Q4'18", D, "2018-Q4"), ("Sales grew in H1 2020.", D, "2020-H1"), ("its 2017 Q2 results", D, "2017-Q2"),
                          ("the H5 2020 model", D, None), ("a Q7 2019 rating", D, None))),
    Rule("fiscal_year", r"fiscal(?:\s+year)?\s+{year}(?:-\d\d)?", "year",
         (("fiscal 1989", "1989-11-02", "1989"),)),
    Rule("year_ago_adj",
         r"(?:the\s+(?:(?:comparable|corresponding|same)\s+)?)?year[-\s](?:earlier|ago)(?:\s+(?P<qh>quarter|period))?", "year_ago",
         (("the year-ago quarter", "1989-11-01", "1988-Q3"), ("in the comparable year-earlier quarter", "1989-11-01", "1988-Q3"))),
    Rule("weekday_pod", r"(?:(?P<rel>last|this|next|early|late|{that_day})\s+)?{weekday}\s+{pod}", "weekday",
         (("on Tuesday afternoon", D, "2018-08-14TAF"), ("Friday night", "2000-01-07", "2000-01-07TNI"))),
    Rule("pod_of_dm", r"(?:the\s+)?{pod}\s+(?:of|on)\s+{opt_weekday}(?:the\s+)?{day}(?:\s+of)?\s+{month}(?:,?\s+{year}|\s+(?P<yrel>last|this|next)\s+year(?![\w-]))?", "pod_date",
         (("on the night of Friday 23 August when", "2024-09-18", "2024-08-23TNI"),
          ("stabbed on the afternoon of Friday 9 May last year.", "2026-01-22", "2025-05-09TAF"),
          ("the morning of 3 March 2019", D, "2019-03-03TMO"))),
    Rule("pod_of_md", r"(?:the\s+)?{pod}\s+(?:of|on)\s+{opt_weekday}{month}\s*{day}(?:,?\s+{year}|\s+(?P<yrel>last|this|next)\s+year(?![\w-]))?", "pod_date",
         (("on the evening of Sept. 30", "1989-10-26", "1989-09-30TEV"),
          ("The blaze began overnight on March 12.", "2026-03-14", "2026-03-12TNI"))),
    Rule("pod_weekday", r"{pod}\s+(?:of\s+|on\s+|from\s+|between\s+)?{weekday}", "weekday",
         (("late afternoon Friday", "2000-01-08", "2000-01-07TAF"),)),
    Rule("pod_dayword", r"{pod}\s+(?P<dw>yesterday|today|tomorrow)", "dayword",
         (("mid-afternoon yesterday", "1989-11-02", "1989-11-01TAF"),)),
    # "yesterday afternoon before the park was shut" is yesterday's afternoon, the "before"
    # opening a clause of its own; "the next morning before the trial" is counted from the trial.
    Rule("deictic_pod", r"(?P<dw>yesterday|tomorrow|today|this)\s+{pod}(?!\s+of\b)",
         "dayword", (("tomorrow morning", D, "2018-08-15TMO"), ("this morning", D, "2018-08-14TMO"),
                     ("Elders held a blessing at the pool yesterday afternoon before the site was handed back.", D, "2018-08-13TAF"),
                     ("Crews will return tomorrow morning before the road reopens.", D, "2018-08-15TMO"))),
    Rule("dayword_pod", r"(?P<dw>last|that|the\s+same|the\s+next|the\s+following|the\s+previous)\s+{pod}(?!\s+(?:of|before)\b)",
         "dayword", (("last night", "2024-09-21", "2024-09-20TNI"),)),
    Rule("tonight", r"(?P<pod>tonight|overnight(?!\s+on\s+the\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b))", "dayword",
         (("tonight", D, "2018-08-14TNI"), ("She died in hospital overnight.", D, "2018-08-13TNI"),
          ("The road will stay closed overnight.", D, "2018-08-14TNI"))),
    Rule("the_pod", r"(?:" + "|".join(rf"(?<=\b{w}\s)" for w in ("in", "on", "during", "by", "through", "into", "for", "of", "spent")) + r")the\s+(?P<pod>morning|afternoon|evening|night)(?!\s+(?:of|before|after|from|between)\b)",
         "dayword", (("in the afternoon", D, "2018-08-14TAF"),)),
    Rule("bare_pod", r"(?:(?<=\btill\s)|(?<=\buntil\s)|(?<=\bby\s))(?P<pod>morning|afternoon|evening)(?!\s+(?:of|before|after|\w+ing)\b|['’]s)",
         "dayword", (("shops remained shut till evening.", "2024-09-23", "2024-09-23TEV"),)),
    # The edge of a morning or a night after a preposition of time ("closed until late morning",
    # "in the early morning"); before any other word than a function word it is an adjective
    # ("an early morning raid", "by late morning traffic").
    Rule("edge_pod",
         r"(?:" + "|".join(rf"(?<=\b{w}\s)" for w in ("until", "till", "by", "from", "since", "in the", "into the", "through the", "during the")) + r")"
         r"(?P<pod>(?:early|late)\s+morning|late\s+night)(?![\w-])"
         r"(?=\s*(?:[.,;:!?)\n]|$)|\s+(?:on|when|while|and|but|as|before|after|until|till|to|in|at|with|the|a|that|yesterday|today|tomorrow)\b)",
         "dayword", (("Crews worked on the line until late morning.", "2024-09-23", "2024-09-23TMO"),
                     ("The shots were heard in the early morning, police said.", "2024-09-23", "2024-09-23TMO"),
                     ("The road was slowed by late morning traffic.", "2024-09-23", None))),
    # Dawn and dusk after a preposition: "at daybreak", "by nightfall", "before first light".
    Rule("bare_dawn",
         r"(?:" + "|".join(rf"(?<=\b{w}\s)" for w in ("at", "by", "before", "after", "until", "till", "from", "since")) + r")"
         r"(?P<pod>dawn|daybreak|first\s+light|sunrise|sunset|dusk|nightfall)(?![\w-]|\s+(?:raid|patrol|prayers?|curfew|assault|today|tomorrow|yesterday)\b|\s+(?:on\s+)?(?-i:[A-Z]))",
         "dayword", (("Police raided the camp at daybreak.", D, "2018-08-14"), ("The search was halted at nightfall.", D, "2018-08-14"),
                     ("a dawn raid", D, None))),
    # "now in its third day": the day the story is told on.
    Rule("nth_day_its",
         r"(?:(?<=\bin\s)|(?<=\binto\s))its\s+(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))"
         r"\s+(?:straight\s+|consecutive\s+)?day(?![\w-])", "nth_day_now",
         (("The search, in its third day, goes on.", D, "2018-08-14"), ("The strike went into its 12th day.", D, "2018-08-14"))),
    Rule("nth_day_now",
         r"(?:(?<=\bis\s)|(?<=['’]s\s))the\s+(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))"
         r"\s+day(?=\s+of\b)", "nth_day_now",
         (("It's the second day of an offensive", "1998-03-06", "1998-03-06"),
          ("Today is the eighth day of the operation", "1990-08-15", "1990-08-15"))),
    # The n-th day of a story's event: "the 40th day after the killings", "on the third day of
    # the search": the story's day, unknown without the event's date (issue 15, anaphoric).
    Rule("nth_day_of",
         r"the\s+(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))"
         r"\s+(?:straight\s+|consecutive\s+)?day(?=\s+(?:of|after|since)\s+(?:the|his|her|their|its|a)\b)", "nth_day_of",
         (("Mourners gathered on the 40th day after the killings.", D, "XXXX-XX-XX"),
          ("on the third day of the search", D, "XXXX-XX-XX"), ("the 4th day of July", D, "2018-07"))),
    # A part of the day of the story's own event: "on the night of the fight", "the afternoon of
    # the blast": the incident's day in that part, whatever its noun, but for a later occasion's.
    Rule("pod_of_event",
         r"the\s+{pod}\s+of\s+the\s+(?!(?:same|following|next|previous|first|second|last|" + lx.alternation(lx.LATER_OCCASIONS) + r")\b)"
         r"(?P<evn>[a-z]+(?:-[a-z]+)?)(?![\w-]|\s+of\b)", "pod_of_event",
         (("The bar was full on the night of the fight.", D, "XXXX-XX-XXTNI"),
          ("on the morning of the funeral", D, None), ("on the night of the 12th", D, "2018-08-12TNI"))),
    # A part of a day of the month alone: "on the morning of the 12th".
    Rule("pod_of_ordinal",
         r"(?:the\s+)?{pod}\s+(?:of|on)\s+{opt_weekday}the\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![\w-]|\s+of\b)", "day_ordinal",
         (("On the morning of the 12th, the ship sank.", "2024-07-20", "2024-07-12TMO"),
          ("He was attacked on the evening of Friday the 10th.", "2026-07-14", "2026-07-10TEV"),
          ("The blaze broke out overnight on the 12th.", "2026-03-14", "2026-03-12TNI"))),
    # A day of the month alone: "began on the 6th", "a report due on the 21st" (not "the 4th floor");
    # Indian and Pakistani English drop the article ("will be sentenced on 30th").
    Rule("day_ordinal",
         r"(?:" + "|".join(rf"(?<=\b{w}\s)" for w in ("on", "by", "until", "till", "since", "from", "before", "after")) + r"|(?<=day\s)|(?<=hours\sof\s))"
         r"(?:the\s+)?(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![\w-]|\s+of\b|\s+(?!" + lx.alternation(lx.AFTER_ORDINAL_DAY) + r"\b)(?-i:[a-z]))",
         "day_ordinal", (("the festival, which began on the 6th, ended", "2025-09-15", "2025-09-06"),
                         ("a report due on the 21st would decide", "2025-07-14", "2025-07-21"),
                         ("He was arrested on the 28th.", "2025-07-14", "2025-06-28"),
                         ("a fire on the 4th floor", D, None), ("on the 21st birthday", D, None),
                         ("held on Saturday the 10th.", "2019-08-14", "2019-08-10"),
                         ("He will be sentenced on 30th.", "2024-07-10", "2024-07-30"), ("finished on 5th place", D, None),
                         ("The shop burned in the early hours of the 12th.", "2026-03-14", "2026-03-12"))),
    # A day of a month named relative to the DCT's: "the 31st of this month", "the 5th of next month".
    Rule("day_of_rel_month",
         r"(?:the\s+)?(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\s+(?:of\s+(?P<rel>this|next|last)\s+month|(?P<latin>" + lx.alternation(lx.LATIN_MONTHS) + r"))(?![\w-])",
         "day_of_rel_month", (("The offer ends on the 31st of this month.", "2019-05-16", "2019-05-31"),
                              ("He is due in court on the 5th of next month.", "2019-12-16", "2020-01-05"),
                              ("The accused was arrested on the 8th instant at his home.", "2019-05-16", "2019-05-08"),
                              ("Your letter of the 28th ult. has been received.", "2019-03-04", "2019-02-28"),
                              ("the inquest resumes on the 2nd proximo", "2019-03-04", "2019-04-02"),
                              ("on the 3rd inst, a mob gathered", "2019-03-14", "2019-03-03"),
                              ("the 4th installment", D, None),
                              ("on the 30th of last month", "2019-03-16", "2019-02"))),
    # The n-th weekday of a month: "the first Tuesday in November", "the last Friday of June 2019".
    Rule("nth_weekday_of_month",
         r"the\s+(?P<nth>first|second|third|fourth|fifth|last)\s+{weekday}\s+(?:in|of)\s+{month_full}(?:,?\s+{year})?(?![\w-])",
         "nth_weekday_of_month", (("The election will be held on the first Tuesday in November.", "2022-03-10", "2022-11-01"),
                                  ("It closed on the last Friday of June 2019.", "2022-03-10", "2019-06-28"),
                                  ("The fair opened on the second Sunday of May.", "2022-11-10", "2022-05-08"))),
    # A day counted from a named day: "the day before last Tuesday's hearing", "the day after March 3".
    Rule("day_shifted",
         r"(?:the\s+)?day\s+(?P<dsig>before|after)\s+(?:(?:(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?{weekday}|{month}\s*{day})(?![\w-]|\s*(?:%|,\d|:\d|\.\d))",
         "day_shifted", (("The day before last Tuesday's hearing, he went home.", "2000-02-24", "2000-02-21"),
                         ("He was freed the day after March 3.", "2018-08-14", "2018-03-04"),
                         ("The talks resume the day after next Friday.", "2018-08-14", "2018-08-18"))),
    Rule("anaphoric_day",
         r"(?P<ana>that\s+(?:same\s+)?day|the\s+(?:very\s+)?same\s+day|the\s+(?:very\s+)?next\s+day|the\s+following\s+day|the\s+previous\s+day"
         r"|the\s+day\s+(?:before|after)(?=\s*[.,;:!?)\n]|\s*$|\s+(?:and|but|when|while)\s)|the\s+second\s+day)"
         # "the day after his death": the day, its signal and anchor outside the extent
         r"|the\s+day(?=\s+(?P<sig>before|after)\s+(?:the|his|her|their|its|a|an|this|that)\s+(?-i:[a-z]))", "anaphoric",
         (("the day before the vote", D, "XXXX-XX-XX"),
          ("He was arrested and released the next day.", D, "XXXX-XX-XX"),
          ("He had checked the pumps the day before and found nothing.", D, "XXXX-XX-XX"))),
    Rule("dayword", r"(?P<dw>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow)",
         "dayword", (("yesterday", D, "2018-08-13"), ("Today", "1998-02-22", "1998-02-22"))),
    Rule("weekday_set", r"(?:(?:every|each)\s+(?:other\s+)?(?=[a-z]+day\b)|(?=[a-z]+days\b|[a-z]+day\s+(?:morning|afternoon|evening|night)s\b)){weekday}s?(?:\s+{pod}s?)?", "weekday_set",
         (("each Thursday", D, "XXXX-WXX-4"), ("Tuesday nights", D, "XXXX-WXX-2TNI"))),
    Rule("weekday", r"(?:(?P<rel>last|this|next|this\s+past|this\s+coming|the\s+previous|the\s+following|{that_day})\s+)?{weekday}"
         # the day of a week told after it: "Thursday last week", "Monday of next week"
         r"(?:\s+(?:of\s+)?(?P<wk>last|next|this)\s+week(?![\w'’-])"
         r"|\s+(?P<post>last(?=\s*[,.;:!?)\n]|\s+(?:at|when|and|in|to|as|after|before|while|the)\b)|week(?![\w'’-])))?", "weekday",
         (("on Friday", "1989-10-30", "1989-10-27"), ("a blaze there on Monday last, August 18", "2025-08-20", "2025-08-18"),
          ("A meeting is planned for Monday week.", "2025-08-20", "2025-09-01"), ("on Monday last week", "2025-08-20", "2025-08-11"),
          ("It opens on Thursday next week.", "2025-08-20", "2025-08-28"), ("on Friday of last week", "2026-05-22", "2026-05-15"),
          ("Sunday this week", "2025-08-20", "2025-08-24"), ("next Saturday", "2024-06-16", "2024-06-22"),
          ("He will speak on Wednesday", "2024-11-15", "2024-11-20"),
          ("Neither he nor his parents could be located Wednesday in Cardenas", "2000-01-06", "2000-01-05"),
          ("On Tuesday, the league plans to hold a news conference", "1998-10-26", "1998-10-27"),
          ("Until Thursday, they had not called him a suspect", "1999-05-07", "1999-05-06"),
          ("The festival has been suspended till Sunday.", D, "2018-08-19"),
          ("She has been released on bail until Friday.", D, "2018-08-17"),
          ("The road was closed until Friday.", D, "2018-08-10"),
          ("down 4.5% from the previous Friday", "1989-10-30", "1989-10-27"),
          ("They meet Monday to discuss the deal.", D, "2018-08-20"), ("The vote is on Thursday.", D, "2018-08-16"),
          ("He will travel to Paris on Friday.", D, "2018-08-17"), ("The summit is scheduled for Wednesday.", D, "2018-08-15"),
          ("The company plans to announce its results Wednesday.", D, "2018-08-15"),
          ("The trial begins Monday at the Old Bailey.", D, "2018-08-20"), ("They'll be back on Saturday.", D, "2018-08-18"),
          ("The leaders met on Thursday in Geneva.", D, "2018-08-09"), ("The vote was on Thursday.", D, "2018-08-09"),
          ("Officials said on Monday that the talks had failed.", D, "2018-08-13"),
          ("Police will question the man arrested in a raid on Friday.", D, "2018-08-10"),
          ("to get around Wednesday's ruling", D, "2018-08-08"), ("ahead of Sunday's vote", D, "2018-08-19"),
          ("The market opens this Friday.", D, "2018-08-17"))),
    Rule("holiday", r"(?:(?P<pre>last|next)\s+)?{holiday}(?:\s+{year}|\s+(?P<yrel>last|this|next)\s+year(?![\w-])|\s+(?P<pod>morning|afternoon|evening|night)(?![\w-])|\s+(?P<hweek>week|weekend)(?![\w-]))?", "holiday",
         (("Thanksgiving Day", "2000-01-07", "1999-11-25"), ("Christmas Day 2016", D, "2016-12-25"),
          ("during Easter week", "2000-04-17", "2000-W16"), ("over the Labor Day weekend", "1998-10-14", "1998-W36-WE"),
          ("over Easter", "2024-04-10", "2024-03-31"), ("Good Friday 2013", D, "2013-03-29"),
          ("by Christmas", "2024-11-14", "2024-12-25"), ("on Halloween last year", "2024-11-14", "2023-10-31"),
          ("since last Christmas", "2024-11-14", "2023-12-25"), ("stabbed on Halloween night", "2024-11-02", "2024-10-31TNI"),
          ("on Anzac Day", "2024-05-11", "2024-04-25"), ("stocked ahead of Deepavali", "2025-10-15", "2025-10-20"),
          ("during Holi celebrations last week", "2025-03-20", "2025-03-14"))),
    Rule("ago",
         r"(?:(?P<qmod>about|almost|nearly|some|more\s+than|less\s+than|over|just\s+over|only)\s+)?"
         r"(?:{num}(?P<range>\s+(?:or|to)\s+(?:\d+|" + _NUM_WORD + r"))?|{vague})\s+(?:more\s+)?{unit}(?:\s+or\s+so)?\s+(?P<dir>ago|hence|(?<=year\s)earlier)(?![\w-])",
         "ago", (("41 years ago", "2000-01-15", "1959"), ("two months ago", "2000-01-28", "1999-11"),
                 ("a week or so ago", "1991-02-25", "1991-W08"), ("two or three years ago", D, "2016"),
                 # "six years from now": the count is a DURATION beside "now" (issue 15)
                 ("The plant will close six years from now.", D, "P6Y"),
                 ("a year earlier", "1989-10-26", "1988"), ("three days ago", D, "2018-08-11"),
                 # a count with a signal ("later", "before") is a DURATION beside its anchor (TimeML)
                 ("Three days later, the ship sank.", D, "P3D"), ("21 minutes later", "2026-03-10", "PT21M"),
                 ("10 days before the vote", D, "P10D"))),
    Rule("vague_ago", r"(?:(?:some|a\s+long)\s+time|a\s+(?:little\s+)?while)\s+ago(?![\w-])",
         "vague_ago", (("It happened some time ago.", D, "PAST_REF"), ("A while ago the pit was busy.", D, "PAST_REF"),
                       ("Not that long ago, the pit was busy.", D, None))),
    Rule("rel_unit",
         r"(?:the\s+|this\s+(?=past\s|coming\s))?(?P<rel>this|last|next|past|previous|prior|coming|current|following|preceding|same|that|full|latest)\s+"
         r"(?P<unit>week|weekend|month|(?:fiscal\s+)?year|decade|century|quarter)(?![\w-])", "rel_unit",
         (("last year", "1989-10-26", "1988"), ("this week", "1989-11-02", "1989-W44"),
          ("It rained this past weekend.", "2023-09-05", "2023-W35-WE"), ("It opens this coming weekend.", "2023-09-05", "2023-W36-WE"),
          ("next week", "2024-11-15", "2024-W47"), ("It resumes next weekend.", "2025-11-29", "2025-W49-WE"), ("the weekend", "1990-08-13", "1990-W32-WE"),
          ("The festival takes place this weekend.", D, "2018-W33-WE"),
          ("Police arrested three men this weekend.", D, "2018-W32-WE"))),
    # "that season", "the following season": a season of play or of a trade, anaphoric: the
    # story's year (a season named by its year, "the 2019-20 season", is a year rule's).
    Rule("that_season", r"(?:the\s+)?(?P<rel>that|same|following|previous|preceding)\s+season(?![\w-])", "that_season",
         (("They have not won since that season.", D, "XXXX"), ("the following season", D, "XXXX"))),
    # "within the next hour", "over the past hour": one hour or minute, a length, not a date.
    Rule("one_clock_unit", r"the\s+(?:next|past|last|previous|coming|following)\s+(?P<unit>hour|minute)(?![\w-])",
         "one_clock_unit", (("It is expected to reach the coast within the next hour.", D, "PT1H"),
                            ("Two more calls came in the past minute.", D, "PT1M"))),
    Rule("vague_span", r"(?:recent|coming|the\s+coming|the\s+past\s+few|the\s+last\s+few)\s+(?P<unit>days|weeks|months|quarters)",
         "vague_span", (("in recent weeks", D, "PXW"),)),
    # Plural units that lie ahead: "in the weeks ahead", "over the days to come" (years: FUTURE_REF).
    Rule("units_ahead", r"the\s+(?P<unit>hours|days|weeks|months|quarters)\s+(?:ahead|to\s+come)(?![\w-])",
         "vague_span", (("Such selling could continue in the weeks ahead.", D, "PXW"),
                        ("More rain is due over the days to come.", D, "PXD"))),
    Rule("the_fiscal_year", r"the\s+(?:fiscal|financial)\s+year", "fiscal_year",
         (("in the fiscal year", "1989-10-26", "P1Y"),)),
    Rule("year_ended", r"the\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending|that\s+ended|that\s+ends|to)\s)", "fiscal_year",
         (("revenue for the year ended March 31", "1989-11-01", "P1Y"),)),
    Rule("the_year",
         r"(?:(?<=\bfor\s)|(?<=\bof\s)|(?<=\bin\s))the\s+(?P<unit>year)(?!\s+(?:ended|ending|before|after|of(?!\s+[$£€\d])|in|to|that|when|and|or|\d|two\s+thousand|nineteen|twenty))",
         "rel_unit", (("For the year, volume was flat", "1989-11-02", "1989"),
                      ("the approach of the year two thousand has", "1998-03-03", "2000"))),
    Rule("pod_alone", r"(?P<pod>mid[-\s]?(?:morning|afternoon)|midafternoon|late\s+afternoon|early\s+afternoon"
         r"|early\s+evening|late\s+evening|lunchtime)", "dayword",
         (("By mid afternoon, the operation", "1998-03-06", "1998-03-06TAF"),)),
    # "later in the day", "earlier in the week": the story's day, week, month or year.
    Rule("in_the_unit", r"(?:earlier|later)\s+(?:in|on)\s+the\s+(?P<unit>day|week|month|year)(?![\w-])", "in_the_unit",
         (("He was freed on 3 May 2001 and later in the day he flew home.", D, "2001-05-03"),
          ("Police arrived later in the day.", D, "XXXX-XX-XX"), ("Earlier in the year, prices rose.", D, "2018"))),
    # "the year before", "the week after" at a clause's end: counted from the story's year or day.
    Rule("unit_before", r"the\s+(?P<unit>year|month|week)\s+(?P<sig>before|after)(?=\s*[.,;:!?)\n]|\s*$)", "unit_before",
         (("The mill shut in 2009. The year before, it lost money.", D, "2009"), ("In 2009 the mill shut; the year before, it lost money.", "2018-08-14", "2009"))),
    Rule("unit_position", r"the\s+(?:end|beginning|start|middle)\s+of\s+the\s+(?P<unit>year|month|week|quarter|decade|century)",
         "rel_unit", (("by the end of the year", "1989-10-26", "1989"), ("to end hunger by the end of the decade", D, "201"))),
    Rule("year_end", r"(?:the\s+)?(?:year[-\s]end|year['’]s\s+end)(?:\s+{year})?(?![-\w])", "year_end",
         (("results at year-end", "1989-11-02", "1989-12-31"), ("debt fell since year-end", "1989-11-02", "1988-12-31"),
          ("by year's end 1991", D, "1991-12-31"), ("a year-end bonus", D, None))),
    Rule("year_words", r"(?:the\s+year\s+)?" + _YEAR_WORDS, "year_words",
         (("nineteen ninety-six", D, "1996"), ("the year two thousand", D, "2000"))),
    Rule("the_weekend", r"the\s+weekend", "rel_unit", (("over the weekend", "1990-08-13", "1990-W32-WE"),
                                                     ("They meet over the weekend.", D, "2018-W33-WE"))),
    Rule("rel_month", r"(?P<rel>last|this|next)\s+{month_full}", "month",
         (("last July", D, "2018-07"), ("next March", D, "2019-03"))),
    # A range between two counts: one DURATION per side, the first taking the second's unit
    # ("between two to six days" is "two" P2D and "six days" P6D); "12 to 18 months" stays one.
    Rule("duration_range_first",
         r"(?<=\bbetween\s){num}(?=\s+(?P<conj>to|and)\s+(?:\d+(?:\.\d+)?|" + _NUM_WORD + r")[-\s]+(?:more\s+)?{unit}(?![\w-]|\s+(?:ago|old)\b|-old))",
         "duration_range_first",
         (("It takes between two to six days to reach a liver.", D, "P2D"), ("between two and four weeks", D, "P2W"),
          ("one or two hours", D, "PTXH"), ("between two and three years ago", D, "2015"))),
    Rule("duration",
         r"(?:(?P<qmod>about|around|almost|nearly|some|more\s+than|less\s+than|over|under|at\s+least|at\s+most"
         r"|up\s+to|roughly|approximately|just\s+over|just\s+under)\s+(?!the\b))?(?:the\s+)?"
         r"(?:(?P<rel>past|" + _LAST_NOT_VERB + r"|next|first|previous|coming|final|latest|remaining|following|preceding|full|entire"
         r"|whole|initial|year-earlier)\s+)?(?:{num}(?P<range>\s+(?:to|or)\s+(?:\d+|" + _NUM_WORD + r")|(?<=\d)[-–]\d+)?|{vague})[-\s]+(?:(?:more|additional|"
         r"straight|consecutive|full|long|short)\s+)?{unit}(?P<half>\s+and\s+a\s+half)?(?P<old>-old)?(?:[-\s]long)?(?:\s+or\s+so)?(?!-)"
         # "about a quarter to twelve" is a clock, not a quarter's length
         r"(?!(?<=quarter)\s+(?:to|past)\s+(?:1[0-2]|0?[1-9]|" + _NUM_WORD + r"|midnight|noon|midday)(?![\w:]|\.\d))", "duration",
         (("11 months", D, "P11M"), ("jailed for at least 34 years", D, "P34Y"), ("the past three years", D, "P3Y"),
          ("a two-hour meeting", D, "PT2H"), ("a few days", D, "PXD"), ("Osborne, 47, was", D, None),
          ("the 25-year-old serviceman", D, None), ("a minute and a half", D, "PT1M30S"),
          ("This will add nearly 700 seats a week", D, "P1W"), ("guarded 24 hours a day", D, "PT24H"),
          ("two years and a half", D, "P2Y6M"), ("The trains were delayed by 3-4 hours.", D, "PTXH"),
          ("at about a quarter past nine", D, "2018-08-14T09:15"), ("around a quarter to 8 that night", D, "2018-08-14T19:45"),
          ("prices rose about a quarter to 40 dollars", D, "P1Q"))),
    # A unit made an adjective without a number (durations inside adjectives).
    Rule("unit_adjective",
         r"(?P<aunit>days?|weeks?|months?|years?|decades?|hours?|centur(?:y|ies))-(?P<adj>long|old)(?=\s+(?-i:[a-z]))"
         r"|(?P<solid>day|week|month|year)long(?![\w-])", "unit_adjective",
         (("their third day-long meeting", D, "P1D"), ("a decades-long battle", D, "PXY"),
          ("an end to a years-old slump", D, "PXY"), ("a yearlong inquiry", D, "P1Y"),
          ("a centuries-old church", D, None))),
    Rule("bare_units", r"(?:(?<=for\s)|(?<=in\s)|(?<=over\s)|(?<=within\s))(?P<bare>years|months|weeks|days|decades|centuries|hours|minutes)(?!\s+(?:of|ago|before|after|earlier|later)\b)",
         "bare_units", (("for years", D, "PXY"), ("The town was ruled from the coast for centuries.", D, "PXCE"))),
    # A stretch of the story in plural units: "over the years", "in the years that followed",
    # "in the first hours of the search" (a DURATION of unknown length, "the" inside).
    Rule("the_bare_units",
         r"(?:(?<=\bover\s)|(?<=\bin\s)|(?<=\bduring\s)|(?<=\bthroughout\s))the\s+(?:(?:early|first|last|following|intervening|ensuing|long)\s+)?"
         r"(?P<bare>years|decades|centuries)(?!\s+(?:ahead|to\s+come|before|after)\b)(?![\w'’-])"
         r"|(?:(?<=\bin\s)|(?<=\bduring\s))the\s+(?:first|last|final)\s+(?P<bare2>hours|days|weeks|months)(?=\s+(?:of|after|since|that)\b)",
         "bare_units", (("Over the years the mill shrank.", D, "PXY"), ("In the years that followed, the pit closed.", D, "PXY"),
                        ("Six men were found in the first hours of the search.", D, "PTXH"), ("in the years ahead", D, "FUTURE_REF"))),
    # Vague stretches: "for a while", "for some time" (TimeML: a DURATION of unknown length).
    # After a verb of lasting: "it will take a while", "the talks lasted some time".
    Rule("vague_while", r"(?:(?<=\bfor\s)|(?<=\bafter\s)|(?<=\bt[ao]ke\s)|(?<=\btakes\s)|(?<=\btaken\s)"
         r"|(?<=\blast\s)|(?<=\blasts\s)|(?<=\blasted\s))"
         r"(?:quite\s+)?(?:a\s+(?:little\s+)?while|some\s+time)(?![\w-])",
         "vague_while", (("They will have to live without power for a while.", D, "PXX"),
                         ("Rebuilding the bridge will take a while.", D, "PXX"), ("The search lasted some time.", D, "PXX"),
                         ("Troops may stay in the region for some time.", D, "PXX"), ("some time ago", D, "PAST_REF"))),
    # A bare plural unit before a signal or after "take": "hours before the blast", "could take months".
    Rule("bare_units_signal",
         r"(?:(?<=take\s)|(?<=takes\s)|(?<=took\s)|(?<=taken\s)|(?<=taking\s)|(?<=spent\s)|(?<=spend\s)|(?<=waited\s))?"
         r"(?P<bare>years|months|weeks|days|decades|hours|minutes)"
         r"(?:(?=\s+(?:before|after|later|earlier)\b)|(?<=take\s\w{4})|(?<=take\s\w{5})|(?<=take\s\w{6})|(?<=takes\s\w{4})|(?<=takes\s\w{5})|(?<=takes\s\w{6})"
         r"|(?<=took\s\w{4})|(?<=took\s\w{5})|(?<=took\s\w{6})|(?<=taken\s\w{4})|(?<=taken\s\w{5})|(?<=taken\s\w{6}))",
         "bare_units", (("Police were called hours before the blast.", D, "PTXH"), ("The repairs could take months.", D, "PXM"),
                        ("It took weeks to clear.", D, "PXW"), ("three days before the vote", D, "P3D"), ("The days were long.", D, None),
                        ("He was shot in October. In the weeks before the shooting his car was seen.", D, "2017-10"))),
    Rule("set_adverb", r"(?P<adv>" + lx.alternation(lx.SET_ADVERBS) + ")",
         "set", (("published daily", D, "P1D"),)),
    # A repetition with a count: "every six months", "every other day", "every few weeks".
    Rule("set_every_n", r"every\s+(?:(?P<other>other)|{num}|(?P<few>few|couple\s+of))\s+(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)(?![\w-])",
         "set", (("Inspections are carried out every six months.", D, "P6M"), ("a bus every 15 minutes", D, "PT15M"),
                 ("The bins are emptied every other day.", D, "P2D"), ("every few weeks", D, "PXW"))),
    Rule("set_every", r"(?:every|each|per)\s+(?:{month_full}|{season}|(?P<setpod>morning|afternoon|evening)|(?P<unit>day|night|week|month|quarter|year|hour|minute|season|summer|winter))",
         "set", (("every day", D, "P1D"), ("each July", D, "XXXX-07"), ("He walks there every evening.", D, "XXXX-XX-XXTEV"))),
    Rule("pos_year", r"(?P<pos>early|mid|late)[-\s]?{year}", "year", (("mid-1990", D, "1990"),)),
    Rule("month", r"{month_full}", "month",
         (("in March", "1990-08-13", "1990-03"), ("in April, it will", "1999-03-12", "1999-04"),
          ("Prime Minister Theresa May", D, None), ("May he rest", D, None),
          ("The March accession will let them vote.", "1999-02-10", "1999-03"), ("The March for Life", D, None),
          ("Collins will be named commander of the shuttle Columbia for a mission in December.", "1998-03-04", "1998-12"),
          ("In January, the company brought in a new chief executive.", "1989-10-27", "1989-01"),
          ("Taylor, who stepped down as chairman and chief executive in March, left.", "1989-11-02", "1989-03"),
          ("The lenders have extended the company up to $90 million in loans through January", "1989-10-30", "1990-01"),
          ("The case is heard in May in the appeals court.", "2000-03-29", "2000-05"),
          ("The trial begins in March.", D, "2019-03"), ("The election is in February.", D, "2019-02"),
          ("She'll start the job in February.", D, "2019-02"), ("The plant opened in March.", D, "2018-03"),
          ("He told reporters in January that he would quit.", "2018-10-15", "2018-01"),
          ("Saudi Arabia told oil companies of a cutback in its supply in September.", "1990-08-16", "1990-09"))),
    # Ranges and coordinations: each side is an expression, completed from the other.
    Rule("day_coordinated",
         r"(?:(?<=\d\sand\s)|(?<=\d\sor\s)|(?<=\d\sto\s)|(?<=\dth\sand\s)|(?<=\dst\sand\s)|(?<=\d-)|(?<=\d–))"
         r"(?<![12]\d\d\d-)(?<![12]\d\d\d–)(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w:/%-]|[.,]\d)", "day_coordinated",
         (("the summit on April 24 and 25.", "1999-02-10", "1999-04-24"), ("scores of 24 and 25 points", D, None))),
    Rule("year_range_first", r"(?P<year>(?:1[6-9]|20)\d\d)(?=[-–](?:(?:1[6-9]|20)\d\d|\d\d)(?![\d-]))", "year_range_first",
         (("He served from 1999-2001 as mayor.", D, "1999"), ("the 1987-88 season", D, "1987"), ("the 2019-20 season", D, "2019"))),
    Rule("year_range_second", r"(?<=\d\d[-–])(?P<y2>(?:1[6-9]|20)\d\d|\d\d)(?![\d-])", "year_range_second",
         (("1999-2001", D, "1999"),)),
    Rule("year", r"(?P<year>(?:1[6-9]|20)\d\d)(?![\d,.]\d|\s*(?:%|percent|per\s+cent|p\.c\.)|-\d)", "year",
         (("since 1990", D, "1990"), ("about 1990 people", D, None), ("the index closed at 2082.1", D, None))),
    Rule("current", r"(?<!\bthen\s)(?P<ref>" + lx.alternation(lx.ADJECTIVE_REFS) + r")(?=\s+(?!(?:and|or|but|was|is|had|has|of|in|to|at|on|with|that|which|"
         r"swept|took|carried|pulled|dragged|year|fiscal|quarter|month|week|period|account|accounts)\b)(?-i:[a-z]+)(?<!ed)\b)",
         "ref", (("because of current market conditions", D, "PRESENT_REF"), ("swept away by the current and", D, None),
                 ("the current carried him", D, None))),
    Rule("ref", r"{ref_word}", "ref",
         (("is now leading", D, "PRESENT_REF"), ("in recent years", D, "PAST_REF"), ("the future", D, "FUTURE_REF"))),
)  # fmt: skip
