"""Session 22, timeline values: (text, dct, words, expected) tables of invented sentences for the
side of a weekday: one an appointment is set for after its object ("has called the board together
for Monday"), one after "as" and a participle ("go ahead as planned on Friday": a comparison, not
the clause's verb), and the end of a state told in "was" that a verb of saying right after the time
reports ("the bridge was closed until Thursday, the council said"); and the half of the day of a bare
hour ("eight o'clock", "half past four", "at 7.10") that lies within two hours of a clock the text
told with its half ("8:15am", "16:41", "21:40 hrs"), however far before it and whatever part of
the day a later step named in between ("died last night")."""

from __future__ import annotations

# ruff: noqa: E501  (one row a line reads as a table)
import pytest

from incident_reader.core.temporal import tag

F = "2026-08-14"  # a Friday
S = "2026-08-16"  # a Sunday

# fmt: off
# An appointment set "for" a weekday, up to four words of object between its verb and "for".
SET_FOR = [
    ("The mayor has called the council together for Monday.", S, "Monday", "2026-08-17"),
    ("The governor has summoned the security council for Thursday.", S, "Thursday", "2026-08-20"),
    ("The minister has convened an emergency meeting for Tuesday.", F, "Tuesday", "2026-08-18"),
    ("Unions have called a two-day strike for Wednesday.", F, "Wednesday", "2026-08-19"),
    ("The prefect scheduled a second crisis meeting for Saturday.", S, "Saturday", "2026-08-22"),
    ("He was jailed for Monday's attack.", F, "Monday", "2026-08-10"),
    ("The club was fined heavily by the league for Saturday.", S, "Saturday", "2026-08-15"),
]
# "as planned", "as scheduled", "as agreed" is no verb of the clause: the clause's own tense decides.
AS_PLANNED = [
    ("Organisers said the march would take place as planned on Friday.", S, "Friday", "2026-08-21"),
    ("The vote would proceed as agreed on Tuesday, the speaker said.", F, "Tuesday", "2026-08-18"),
    ("The funeral is to be held as announced on Monday, the family said.", F, "Monday", "2026-08-17"),
    ("The race will go ahead as scheduled on Sunday.", F, "Sunday", "2026-08-16"),
    ("As expected, the minister resigned on Tuesday.", F, "Tuesday", "2026-08-11"),
    ("The final went ahead as planned on Saturday.", S, "Saturday", "2026-08-15"),
]
# A "was" state until a weekday, a verb of saying right after the time: the saying's present.
SAID_AFTER_UNTIL = [
    ("The clinic was closed until Monday, the ministry's spokesman said.", F, "Monday", "2026-08-17"),
    ("The road was closed until Thursday, the council said.", S, "Thursday", "2026-08-20"),
    ("Classes were suspended until Tuesday, the head teacher told parents.", F, "Tuesday", "2026-08-18"),
    ("The road had been closed until Monday, the council said.", F, "Monday", "2026-08-10"),
    ("The man was in hospital until Monday, when he died, police said.", F, "Monday", "2026-08-10"),
    ("The market was closed until Monday.", F, "Monday", "2026-08-10"),
]
# fmt: on


@pytest.mark.parametrize("text,dct,words,value", SET_FOR + AS_PLANNED + SAID_AFTER_UNTIL)
def test_s22_sides(text: str, dct: str, words: str, value: str) -> None:
    got = {t.text: t.value for t in tag(text, dct)}
    assert got.get(words) == value, got


PAD = (
    " Neighbours described the street as quiet and said the family had lived there for many"
    " years. Council officers were at the site through the day, and an inquiry will look at what"
    " happened."
)
T = "2026-03-11"
# fmt: off
BARE_HALVES = [
    ("The wall gave way at about 6:40am on Tuesday." + PAD + " Two more workers died last night, police said." + PAD + " \"I heard a bang around seven o'clock,\" said a labourer.", "seven o'clock", "2026-03-10T07:00"),
    ("The first call came in at 16:05 yesterday." + PAD + " A ranger said he reached the hut at half past four.", "half past four", "2026-03-10T16:30"),
    ("Gunmen entered the bank at 11.50am yesterday." + PAD + " \"We hid in the storeroom till one o'clock,\" a clerk said.", "one o'clock", "2026-03-10T13:00"),
    ("The van was hit at 22:10 hrs on Tuesday." + PAD + " His sister said he had phoned her at ten to ten.", "ten to ten", "2026-03-10T21:50"),
    ("Fog closed the road at 6.55 a.m. on Tuesday." + PAD + " A woman died in hospital on Tuesday evening." + PAD + " \"At 7.05 I saw the lights,\" a driver said.", "7.05", "2026-03-10T07:05"),
    ("The party ended at 11.40pm on Tuesday." + PAD + " Guests said a shot was fired at about one o'clock.", "one o'clock", "2026-03-11T01:00"),
    ("The alarm was raised at 9.10am on Tuesday." + PAD + " On Tuesday evening around eight o'clock, neighbours gathered.", "eight o'clock", "2026-03-10T20:00"),
    ("The slip came at half past ten in the morning on Tuesday. Crews left at 8pm." + PAD + PAD + " The kirk said the hall would be open from nine o'clock on Thursday.", "nine o'clock", "2026-03-12T09:00"),
]
# fmt: on


@pytest.mark.parametrize("text,words,value", BARE_HALVES)
def test_s22_bare_halves(text: str, words: str, value: str) -> None:
    got = {t.text: t.value for t in tag(text, T)}
    assert got.get(words) == value, got


# A 24-hour clock stays as written whatever clocks came before: four digits ("1000 hours"), or a
# clock with minutes in a copy that writes 24-hour clocks ("22:47 ... 07:30 ... 10:00").
# fmt: off
TWENTY_FOUR = [
    ("Crews were called at 2125 hours on Tuesday." + PAD + " The road was reopened at 1000 hours.", "1000 hours", "T10:00"),
    ("The alarm sounded at 22:47 on Tuesday. The 07:30 ferry sailed." + PAD + " A second boat left at 10:00.", "10:00", "T10:00"),
    ("The patrol radioed at 2140 hrs on Tuesday." + PAD + " A neighbour heard the bang at half past nine.", "half past nine", "T21:30"),
]
# fmt: on


@pytest.mark.parametrize("text,words,clock", TWENTY_FOUR)
def test_s22_twenty_four_hour_copy(text: str, words: str, clock: str) -> None:
    got = {t.text: t.value for t in tag(text, T)}
    assert got.get(words, "").endswith(clock), got


# A day in a participle set off by commas ("The man, named yesterday by police as ..., died when")
# is a later step told aside: a bare clock of the main clause stays on the story's day.
# fmt: off
ASIDES = [
    ("A boardwalk collapsed on Saturday. The man, named yesterday by police as John Reid, died when a section gave way shortly after 11.20am.", "11.20am", "2026-03-21T11:20"),
    ("A boat sank on Friday. The skipper, named by police yesterday as Tom Hale, was last seen at 6pm.", "6pm", "2026-03-20T18:00"),
    ("A car hit a tree on Friday night. The driver, formally identified yesterday, lost control at about 11.50pm.", "11.50pm", "2026-03-20T23:50"),
    ("The man was named yesterday by police. He was seen at 4pm.", "4pm", "2026-03-22T16:00"),
]
# fmt: on


@pytest.mark.parametrize("text,words,value", ASIDES)
def test_s22_participle_aside(text: str, words: str, value: str) -> None:
    got = {t.text: t.value for t in tag(text, "2026-03-23")}
    assert got.get(words) == value, got
