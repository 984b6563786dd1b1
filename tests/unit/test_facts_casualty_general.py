"""Casualty and arrest clause shapes from a stress corpus written for this purpose (none of its
sentences comes from a report): each case stands for a class of clause, not a wording."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import ARRESTS, HOSPITALISED, INJURED, KILLED, values

FOUND: list[tuple[str, str, Any]] = [
    # a preposition of company adds its object to the subject, bare or set off by commas
    ("Two tourists along with their guide were injured in the rockfall.", INJURED, 3),
    ("The driver, along with two passengers, was taken to hospital.", HOSPITALISED, 3),
    ("A woman together with her two sons was killed.", KILLED, 3),
    ("Three firefighters as well as a paramedic were hurt.", INJURED, 4),
    # one person moved, named by "the" and a singular head (a harm word before it or not)
    ("Paramedics took the injured woman to St Thomas' Hospital.", HOSPITALISED, 1),
    ("The air ambulance flew the pilot to Southmead Hospital.", HOSPITALISED, 1),
    # any active verb's counted object, moved on by a pronoun that agrees with it
    (
        "Firefighters rescued three people from the first floor, taking them to hospital.",
        HOSPITALISED,
        3,
    ),
    ("Crews freed a man from the car and took him to Hull Royal Infirmary.", HOSPITALISED, 1),
    ("Police found two men and took them to hospital.", HOSPITALISED, 2),
    # a raising verb before the participle
    ("Two victims appeared to be injured, witnesses said.", INJURED, 2),
    ("Four passengers appeared to have been seriously injured.", INJURED, 4),
    ("Three people seem to have been hurt.", INJURED, 3),
    # "the number" with the participle alone, and a mark passed
    ("The number injured topped 40 by Sunday evening.", INJURED, 40),
    ("The number of injured has passed 40.", INJURED, 40),
    ("The number killed rose to 12.", KILLED, 12),
    # a unit of time before "later" is no head of the counted object
    ("Cops nabbed three suspects hours later.", ARRESTS, 3),
    ("Police arrested two men minutes later.", ARRESTS, 2),
    # no report of the harm is none of it
    ("There were no reports of injuries.", INJURED, 0),
    ("There were no immediate reports of injuries.", INJURED, 0),
    # the hospital's relative clause tells the same people died
    (
        "Police said a 34-year-old man was struck and taken to the hospital, where he later died.",
        KILLED,
        1,
    ),
    ("A woman was taken to hospital, where she died on Friday.", KILLED, 1),
    # an animal in a list of the hurt counts no one
    ("A woman and her dog were hurt.", INJURED, 1),
    ("Three men and a horse were injured.", INJURED, 3),
    ("A farmer and his two dogs were killed.", KILLED, 1),
    # an event leaves its object with wounds; "shot dead" takes a counted object
    ("The collision left a 58-year-old man with life-changing injuries.", INJURED, 1),
    ("The blast left three people with serious burns.", INJURED, 3),
    ("Gunmen shot dead four villagers.", KILLED, 4),
    # a figure given before and since replaced still gives its kind to the revised figure
    (
        "Police initially said six people had been injured in the explosion at the flats. That "
        "figure was later revised to four.",
        INJURED,
        4,
    ),
    # a running total takes the kind its own clause tells, an added count before it or not
    ("Two more arrests were made on Monday, bringing the total to five.", ARRESTS, 5),
    ("Two more bodies were found, bringing the total to 14.", KILLED, 14),
    (
        "Six people were injured. Two more arrests were made, bringing the total to five.",
        ARRESTS,
        5,
    ),
    # an animal's attack wounds as the other wound verbs do
    ("Two women were mauled by a dog.", INJURED, 2),
    ("Three children were savaged by dogs.", INJURED, 3),
    # an auxiliary shared across a participle with up to two phrases after it
    ("The suspect was taken to hospital with minor injuries before being arrested.", ARRESTS, 1),
    ("Two men were treated in hospital for burns and arrested.", ARRESTS, 2),
    # a tally told as a participle in commas
    ("The injured, numbering 15, were rushed to the civil hospital.", INJURED, 15),
    ("The dead, numbering 40, were buried on Friday.", KILLED, 40),
    # a joined clause whose subject is the next ordinal, by any way of reaching hospital
    (
        "Two were taken to hospital by ambulance and the third arrived at hospital in a private "
        "car, police said.",
        HOSPITALISED,
        3,
    ),
    (
        "Two men were taken to Whiston Hospital and a third made his own way to hospital.",
        HOSPITALISED,
        3,
    ),
    # a degree that took them to hospital, told by "enough to" and a verb of care or movement
    (
        "Nine people were hurt, three of them seriously enough to need hospital treatment.",
        HOSPITALISED,
        3,
    ),
    ("Four people were hurt badly enough to require hospital treatment.", HOSPITALISED, 4),
    (
        "Seven people were looked after by paramedics, and four went on to hospital.",
        HOSPITALISED,
        4,
    ),
    # a tally with its count before the noun, by any verb that moves a tally
    (
        "The attack left one more man dead, lifting to seven the number of people injured.",
        INJURED,
        7,
    ),
    ("It took to nine the number hurt.", INJURED, 9),
    # an apposition that names the counted before their ages
    ("Two fishermen, brothers aged 30 and 34, were injured.", INJURED, 2),
    ("Two boys, twins aged 12, were taken to hospital.", HOSPITALISED, 2),
    # held over an event, not over a span of time
    ("Two men have been held over the attack.", ARRESTS, 2),
    # hospitals by service, abbreviation or a name only a hospital bears
    ("Three were taken to the trauma care centre.", HOSPITALISED, 3),
    ("Two were admitted to the PHC at Kothur.", HOSPITALISED, 2),
    ("Two were rushed to the ER.", HOSPITALISED, 2),
    ("A man was taken to the Royal London.", HOSPITALISED, 1),
    ("Five people were taken to Salford Royal with burns.", HOSPITALISED, 5),
    # (a share told with a verb of harm still counts)
    ("Ten people were rescued, two of whom were injured.", INJURED, 2),
    # a toll placed by a short phrase between "toll" and its count
    (
        "A boy died overnight, taking the death toll from Sunday's ferry fire at Kessa to three.",
        KILLED,
        3,
    ),
    # no one arrested yet, by "yet to" or a negated verb with "anyone"
    ("Officers are yet to arrest anyone.", ARRESTS, 0),
    ("Police have yet to detain anybody.", ARRESTS, 0),
]


@pytest.mark.parametrize(("text", "kind", "value"), FOUND)
def test_found(text: str, kind: str, value: Any) -> None:
    assert value in values(text, kind)


NOT_FOUND: list[tuple[str, str, Any]] = [
    # the company's count alone is not the subject's
    ("Two tourists along with their guide were injured in the rockfall.", INJURED, 1),
    # a plural after "the" does not say how many; a pronoun that does not agree moves nobody
    ("Paramedics took the injured men to hospital.", HOSPITALISED, 1),
    ("Police took the body to the hospital.", HOSPITALISED, 1),
    ("Firefighters rescued three people and took him to hospital.", HOSPITALISED, 3),
    # a reporting verb is no head: "the victims said" is not one person treated
    ("A nurse who treated the victims said the scenes were harrowing.", INJURED, 1),
    # "where he died" after two people taken: one of them, not both
    ("Two men were taken to Royal Perth Hospital, where he died.", KILLED, 2),
    ("The crash left two cars with damage.", INJURED, 2),
    (
        "Police initially said six people had been injured in the explosion at the flats. That "
        "figure was later revised to four.",
        INJURED,
        6,
    ),
    # an ordinal that is not the next one adds no one
    ("Two were taken to hospital and the fourth arrived at hospital later.", HOSPITALISED, 3),
    ("Two others were hurt but did not need hospital treatment.", HOSPITALISED, 2),
    ("Two vigils were held over the weekend in Leeds.", ARRESTS, 2),
    # a name that ends in a place of another kind, and the dead sent for a post-mortem
    ("Two men were taken to the Royal Mail depot.", HOSPITALISED, 2),
    ("Guests were taken to the Royal Albert Hall.", HOSPITALISED, 1),
    ("Two men were sent to the government hospital for post-mortem.", HOSPITALISED, 2),
    # a share of those counted before, told in a state, is no injured total
    ("Fifteen people were taken to hospital. Two of them are in a serious condition.", INJURED, 2),
    ("Two of them remain in a critical condition.", INJURED, 2),
    # "the injured" is a set of untold size, never one person moved
    ("Ten ambulances took the injured to hospitals across the city.", HOSPITALISED, 1),
    ("Paramedics took the wounded to hospital.", HOSPITALISED, 1),
    # a subject denied part by part counts no one ("neither ... nor ...")
    ("Neither the driver nor his passenger was hurt.", INJURED, 1),
    ("Neither the driver nor the two passengers were injured.", INJURED, 2),
    (
        "Six people were injured. Two more arrests were made, bringing the total to five.",
        INJURED,
        5,
    ),
    # a definite or indefinite set of untold size is no one person
    ("Fifteen protesters were left injured after police charged the crowd.", ARRESTS, 1),
    ("The blast injured the crew.", INJURED, 1),
]


@pytest.mark.parametrize(("text", "kind", "value"), NOT_FOUND)
def test_not_found(text: str, kind: str, value: Any) -> None:
    assert value not in values(text, kind)
