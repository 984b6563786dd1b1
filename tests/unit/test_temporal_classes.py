"""The tagger's value classes, one table each of invented sentences: (text, dct, [(extent, value)])."""

from __future__ import annotations

# ruff: noqa: E501  (one row a line reads as a table)
import pytest

from incident_reader.core.temporal import tag

T = "2018-08-14"  # a Tuesday
W = "2018-08-15"  # a Wednesday

# fmt: off
# Anaphoric days take the reference time the story last named: a day, or a month when the month
# came after the last day ("in March 2011. That same day": a day of March 2011, which one unknown).
ANCHORING = [
    ("The plant was bombed in March 2011. That same day the mayor resigned.", T, [("March 2011", "2011-03"), ("That same day", "2011-03-XX")]),
    ("The ship sank in May 2009 and the captain was arrested the next day.", T, [("May 2009", "2009-05"), ("the next day", "2009-05-XX")]),
    ("The dam failed in June 2012; that night the valley flooded.", T, [("June 2012", "2012-06"), ("that night", "2012-06-XXTNI")]),
    ("The mill burned on 3 May 2001. The next day it was shut.", T, [("3 May 2001", "2001-05-03"), ("The next day", "2001-05-04")]),
    ("He resigned that same day.", T, [("that same day", "XXXX-XX-XX")]),
    ("The blast hit on Friday. Later in the day, police arrived.", T, [("Friday", "2018-08-10"), ("Later in the day", "2018-08-10")]),
    ("Police arrived later in the day.", T, [("later in the day", "XXXX-XX-XX")]),
    ("Earlier in the week, two men were held.", T, [("Earlier in the week", "2018-W33")]),
    ("The mill shut in 2009; later in the year it burned.", T, [("2009", "2009"), ("later in the year", "2009")]),
    ("The mill shut in 2009. The year before, it lost money.", T, [("2009", "2009"), ("The year before", "2008")]),
    ("Revenue fell last year, down from the year before.", T, [("last year", "2017"), ("the year before", "2016")]),
    ("The talks failed on 3 May 2001. The week after, war began.", T, [("3 May 2001", "2001-05-03"), ("The week after", "2001-W19")]),
    ("The prior year was worse.", T, [("The prior year", "2017")]),
    ("Profit fell from the prior quarter.", "1998-10-14", [("the prior quarter", "1998-Q2")]),
    ("The bridge opened on Jan. 5, 2010. The following week it cracked.", T, [("Jan. 5, 2010", "2010-01-05"), ("The following week", "2010-W02")]),
    ("The fire broke out on Oct. 3, 2016. Later that month two men were charged.", T, [("Oct. 3, 2016", "2016-10-03"), ("Later that month", "2016-10")]),
]
# A day counted from a named day is one expression: "the day before last Friday".
DAY_SHIFTED = [
    ("Police said the man was arrested the day before last Friday.", T, [("the day before last Friday", "2018-08-09")]),
    ("The day before last Monday's hearing, the lawyers met.", T, [("The day before last Monday", "2018-08-12")]),
    ("He was freed the day after March 3.", T, [("the day after March 3", "2018-03-04")]),
    ("The talks resume the day after next Friday.", T, [("the day after next Friday", "2018-08-18")]),
    ("He was freed the day after his trial.", T, [("the day", "XXXX-XX-XX")]),
]
# Tense decides the side of the DCT of a weekday or a month without a year.
DIRECTION = [
    ("The minister will visit the town on Thursday.", T, [("Thursday", "2018-08-16")]),
    ("The minister visited the town on Thursday.", T, [("Thursday", "2018-08-09")]),
    ("He said the talks would resume on Monday.", W, [("Monday", "2018-08-20")]),
    ("He said talks resumed on Monday.", W, [("Monday", "2018-08-13")]),
    ("The flights would start in September, the airline said.", T, [("September", "2018-09")]),
    ("The company said the new service would begin on October 2.", "2018-02-10", [("October 2", "2018-10-02")]),
    ("The trial is scheduled to open in March.", T, [("March", "2019-03")]),
    ("The quake struck in March.", T, [("March", "2018-03")]),
    ("The new road is expected to open in January.", T, [("January", "2019-01")]),
    ("The storm hit the coast in December.", "2019-01-20", [("December", "2018-12")]),
    ("Between March and May the river rose.", T, [("March", "2018-03"), ("May", "2018-05")]),
    ("From June to August the plant was shut.", T, [("June", "2018-06"), ("August", "2018-08")]),
    ("Prime Minister May spoke on Friday.", T, [("Friday", "2018-08-10")]),
]
# Granularity: a quarter, a half, a year, a span of years each keep their own.
GRANULARITY = [
    ("Profit fell in the third quarter.", "1995-10-20", [("the third quarter", "1995-Q3")]),
    ("Profit rose from last year's third quarter.", "1995-10-20", [("last year's third quarter", "1994-Q3")]),
    ("Sales beat last year's quarter by 5%.", "1995-10-20", [("last year's quarter", "1994-Q3")]),
    ("Net rose in the second quarter. Costs were above last year's period.", "1995-10-20", [("the second quarter", "1995-Q2"), ("last year's period", "1994-Q2")]),
    ("Profit rose 5% in the fourth quarter of 1994.", "1995-02-20", [("the fourth quarter of 1994", "1994-Q4")]),
    ("Revenue doubled this year.", T, [("this year", "2018")]),
    ("Unemployment has risen over the past three years.", T, [("the past three years", "P3Y")]),
    ("The dam took three years to build.", T, [("three years", "P3Y")]),
    ("The first half of 2017 was quiet.", T, [("The first half of 2017", "2017-H1")]),
    ("The second half was worse.", "2017-09-01", [("The second half", "2017-H2")]),
    ("The fund faces the approach of the year two thousand.", "1998-03-03", [("the year two thousand", "2000")]),
    ("Margins were thin in the latest period.", "1995-10-20", [("the latest period", "1995-Q3")]),
    ("During the same period, the army grew.", "1995-10-20", []),
    ("Sales peak in the first and third quarters.", T, [("first", "XXXX-Q1"), ("third quarters", "XXXX-Q3")]),
]
# A unit inside a compound modifier is not a time of its own.
COMPOUNDS = [
    ("The quarter-to-quarter comparison was poor.", "1989-11-01", []),
    ("Sales rose 5% year-on-year.", T, []),
    ("He kept a day-by-day diary of the siege.", T, []),
    ("For the strikers, high noon came on the bridge.", T, []),
    ("Sales grew from the 1990-to-1995 period.", T, [("1990", "1990"), ("1995", "1995")]),
]
# TimeML's references to the present, past and future.
REFERENCES = [
    ("The bridge is currently closed.", T, [("currently", "PRESENT_REF")]),
    ("He had recently moved to the city.", T, [("recently", "PAST_REF")]),
    ("Such attacks may happen again in the future.", T, [("the future", "FUTURE_REF")]),
    ("In the past, the square was a market.", T, [("the past", "PAST_REF")]),
    ("Floods have grown worse in recent years.", T, [("recent years", "PAST_REF")]),
    ("It happened some time ago.", T, [("some time ago", "PAST_REF")]),
]
# Fiscal years and quarters keep the fiscal number.
FISCAL = [
    ("Earnings rose in fiscal 1995.", "1995-10-20", [("fiscal 1995", "1995")]),
    ("Results for fiscal 2019 beat forecasts.", T, [("fiscal 2019", "2019")]),
    ("The company expects a loss in its fiscal second quarter.", "1995-10-20", [("fiscal second quarter", "1995-Q2")]),
    ("Profit rose in fiscal 1990's first quarter.", "1989-11-02", [("fiscal 1990's first quarter", "1990-Q1")]),
    ("1988's fourth quarter was weak.", "1989-11-02", [("1988's fourth quarter", "1988-Q4")]),
]
# Seasons: the relative word and the DCT give the year.
SEASONS = [
    ("The dam burst last summer.", T, [("last summer", "2017-SU")]),
    ("Work will resume next spring.", T, [("next spring", "2019-SP")]),
    ("The roof collapsed in the winter of 2010.", T, [("the winter of 2010", "2010-WI")]),
    ("The fair returns this autumn.", T, [("this autumn", "2018-FA")]),
    ("The mine flooded in the spring.", T, [("the spring", "2018-SP")]),
    ("Crops failed in summer 2003.", T, [("summer 2003", "2003-SU")]),
]
# A holiday's week or weekend: the ISO week that holds it; the weekend before a Monday holiday.
HOLIDAY_WEEKS = [
    ("Riots broke out during Easter week.", "2000-04-17", [("Easter week", "2000-W16")]),
    ("Traffic peaked over the Labor Day weekend.", "1998-10-14", [("Labor Day weekend", "1998-W36-WE")]),
    ("Shops were shut over the Christmas weekend.", "2016-12-28", [("Christmas weekend", "2016-W51-WE")]),
]
# Decades and centuries: a decade is a DATE of three digits; counted decades are years.
DECADES = [
    ("The port was built in the 1960s.", T, [("the 1960s", "196")]),
    ("Crime rose in the early 1990s.", T, [("the early 1990s", "199")]),
    ("In the '80s the mill closed.", T, [("the '80s", "198")]),
    ("The mine closed in the nineties.", T, [("the nineties", "199")]),
    ("The church dates from the 12th century.", T, [("the 12th century", "11")]),
    ("Riots have shaken the city for decades.", T, [("decades", "PXY")]),
    ("It was the worst flood in a decade.", T, [("a decade", "P10Y")]),
    ("Half a century ago the dam was built.", T, [("Half a century ago", "1968")]),
    ("Two decades ago the mine opened.", T, [("Two decades ago", "1998")]),
    ("A quarter century of peace ended.", T, [("A quarter century", "P25Y")]),
    ("He waited a quarter hour.", T, [("a quarter hour", "PT15M")]),
    ("After a decade-long war the country rebuilt.", T, [("decade-long", "P10Y")]),
    ("The clans' decades-long feud flared.", T, [("decades-long", "PXY")]),
    ("The town has stood for centuries.", T, [("centuries", "PXCE")]),
    ("The bridge was built last century.", T, [("last century", "19")]),
    ("Floods grew worse over the past century.", T, [("the past century", "P100Y")]),
    ("The goal is to end hunger by the end of the decade.", T, [("the end of the decade", "201")]),
    ("The abbey will be restored by the end of the century.", T, [("the end of the century", "20")]),
]
# Clock ranges: the second end of a range over midnight falls on the next day; told as past on
# the DCT, the first end is the night before.
CLOCK_RANGES = [
    ("The curfew runs from 10pm to 6am.", T, [("10pm", "2018-08-14T22:00"), ("6am", "2018-08-15T06:00")]),
    ("The party ran from 8pm on Saturday, July 7 to 3am.", T, [("8pm", "2018-07-07T20:00"), ("Saturday, July 7", "2018-07-07"), ("3am", "2018-07-08T03:00")]),
    ("Shots were heard from 11.30pm on Friday until 2am.", T, [("11.30pm", "2018-08-10T23:30"), ("Friday", "2018-08-10"), ("2am", "2018-08-11T02:00")]),
    ("Between 11pm and 3am, 40 calls came in.", T, [("11pm", "2018-08-13T23:00"), ("3am", "2018-08-14T03:00")]),
    ("He worked from 2pm to 10pm.", T, [("2pm", "2018-08-14T14:00"), ("10pm", "2018-08-14T22:00")]),
]
# Business shorthand for years, quarters and halves.
SHORTHAND = [
    ("Revenue rose in FY2019.", T, [("FY2019", "2019")]),
    ("The targets for FY 21 were cut.", T, [("FY 21", "2021")]),
    ("Profit fell in Q3 2019 and Q4 2019.", T, [("Q3 2019", "2019-Q3"), ("Q4 2019", "2019-Q4")]),
    ("The bank lost money in Q4'18.", T, [("Q4'18", "2018-Q4")]),
    ("Sales grew in H1 2020.", T, [("H1 2020", "2020-H1")]),
    ("Its 2017 Q2 results were late.", T, [("2017 Q2", "2017-Q2")]),
    ("It was the club's best run of the 2019-20 season.", T, [("2019", "2019"), ("20", "2020")]),
]
# Frequencies: "twice a week" is TimeML's SET; a price per unit is no time of its own.
FREQUENCY = [
    ("Ferries sail only twice a week.", T, [("a week", "P1W")]),
    ("He calls three times a day.", T, [("a day", "P1D")]),
    ("They meet once a month.", T, [("a month", "P1M")]),
    ("The fee is $1.76 a year.", T, []),
]
# "until" after a day does not make a past clause future.
UNTIL = [
    ("Shots were heard on Friday until 2am.", T, [("Friday", "2018-08-10"), ("2am", "2018-08-10T02:00")]),
    ("The road will stay shut on Friday until noon.", T, [("Friday", "2018-08-17"), ("noon", "2018-08-17T12:00")]),
    ("Talks continue on Monday until a deal is done.", T, [("Monday", "2018-08-20")]),
]
# Other house styles of dates.
STYLES = [
    ("Filed on 12-Aug-2019 by the station.", "2019-08-14", [("12-Aug-2019", "2019-08-12")]),
    ("The ceremony was held on Saturday the 10th.", "2019-08-14", [("Saturday", "2019-08-10"), ("the 10th", "2019-08-10")]),
    ("On Monday the 2nd floor was shut.", "2019-08-14", [("Monday", "2019-08-12")]),
]
# Numbers and days in words: hundreds and thousands count; a day of the month may be an ordinal.
WORDS = [
    ("The temple stood for two hundred years.", T, [("two hundred years", "P200Y")]),
    ("The feud lasted one hundred and fifty years.", T, [("one hundred and fifty years", "P150Y")]),
    ("Three hundred people fled.", T, []),
    ("The vote is on the twenty-first of May.", T, [("the twenty-first of May", "2019-05-21")]),
    ("The rally is on March eighth, organisers said.", "1998-03-03", [("March eighth", "1998-03-08")]),
    ("Since March first responders have struggled.", T, [("March", "2018-03")]),
    ("The first March rally drew crowds.", T, [("March", "2018-03")]),
    ("Shares hit a high for the year of $42 in June.", T, [("the year", "2018"), ("June", "2018-06")]),
]
# A dotted 24-hour clock a full date and a comma close: a statement's signing or a release's stamp.
DATE_STAMPED = [
    ("Made at Kisumu, 13 August 2018, 16.30", T, [("13 August 2018", "2018-08-13"), ("16.30", "2018-08-13T16:30")]),
    ("Lyon, 12.08.2018, 08.45", T, [("12.08.2018", "2018-08-12"), ("08.45", "2018-08-12T08:45")]),
    ("Issued August 13, 2018, 22.10", T, [("August 13, 2018", "2018-08-13"), ("22.10", "2018-08-13T22:10")]),
    ("The prefecture, Monday 13 August 2018, 7.05", T, [("Monday 13 August 2018", "2018-08-13"), ("7.05", "2018-08-13T07:05")]),
    ("In August 2018, 10.45 per cent of loans", T, [("August 2018", "2018-08")]),
    ("By 2018, 12.30 tonnes were shipped", T, [("2018", "2018")]),
    ("Sales in 2018, 11.20 million units", T, [("2018", "2018")]),
]
# A small hour a later sentence tells, the incident told as a night: past that night's midnight.
INCIDENT_NIGHT = [
    ("During the night of Friday 4 to Saturday 5 July, gunmen attacked the post. Two guards were wounded. The army was informed. Reinforcements reached the post at 3.10 a.m.", "2025-07-05",
     [("night of Friday", "2025-07-04TNI"), ("Saturday 5 July", "2025-07-05"), ("3.10 a.m", "2025-07-05T03:10")]),
    ("Fire broke out in the hostel on Tuesday night. Forty students were inside. Most escaped through windows. The last body was recovered at 04:20, officials said.", "2025-07-09",
     [("Tuesday night", "2025-07-08TNI"), ("04:20", "2025-07-09T04:20")]),
    # near misses: the day told without its night; a morrow after the DCT
    ("A boat capsized on Tuesday off the point. Nine were rescued. Fishermen helped. The search ended at 02:30, the navy said.", "2025-07-09",
     [("Tuesday", "2025-07-08"), ("02:30", "2025-07-08T02:30")]),
    ("Storms hit the coast on Tuesday night. Roofs were torn off. Power failed. The warning was lifted at 03:00.", "2025-07-08",
     [("Tuesday night", "2025-07-08TNI"), ("03:00", "2025-07-08T03:00")]),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        *ANCHORING, *DAY_SHIFTED, *DIRECTION, *GRANULARITY, *COMPOUNDS, *REFERENCES, *FISCAL,
        *SEASONS, *DECADES, *CLOCK_RANGES, *SHORTHAND, *UNTIL, *WORDS, *FREQUENCY, *HOLIDAY_WEEKS, *STYLES,
        *DATE_STAMPED, *INCIDENT_NIGHT,
    ],
)  # fmt: skip
def test_value_class(text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in tag(text, dct)] == expected
