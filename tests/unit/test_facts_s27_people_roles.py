"""The people of the incident, session 27: the by-agent of a passive that did the harm or set it
going is the doer whatever their noun; one held among a group ("is among those arrested"); a
death told by its manner ("drowned") makes a casualty; a person the report lists among its
casualties is no suspect; a pronoun's copula after a source's word names the suspect ("According
to the Courier, he is X"), with a surname cut to an initial or a nickname in quotes; a
transcript's answer after its speaker's label counts the arrests. Invented sentences (none from
a dev, check, real or authored report), and near-miss negatives."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

ARRESTS, AGE, NAME = "arrests", "suspect.age", "suspect.name"

# The by-agent of a passive of harm or of setting the harm going, whatever noun names them.
CAUSED_BY: list[tuple[str, str, list[Any]]] = [
    ("The shopkeeper was stabbed by a 25-year-old man outside the kiosk.", AGE, [25]),
    ("The blaze is thought to have been started by a 23-year-old employee using a grinder.", AGE,
     [23]),
    ("The flares were let off by a supporter of the away club, a man in his thirties.", AGE,
     [{"min": 30, "max": 39}]),
    ("Investigators said the gas bottle had been ignited by a 61-year-old tenant.", AGE, [61]),
    ("The rocket was launched by Tomas Brenner, 31, from a balcony.", NAME, ["tomas brenner"]),
    ("The boy was knocked down by a 44-year-old worker reversing a forklift.", AGE, [44]),
    ("The bonfire had been lit by the 17-year-old nephew of the landlord.", AGE, [17]),
    # agents of rescue, care or finding are no doers; police who shoot are left out
    ("The woman was rescued by a 30-year-old neighbour who broke down the door.", AGE, []),
    ("The injured were treated by a 45-year-old paramedic at the scene.", AGE, []),
    ("The body was found by a 60-year-old dog walker on Sunday morning.", AGE, []),
    ("The gunman was shot by a 38-year-old police officer.", AGE, []),
    ("The fire was started by a 70-year-old man who died in the blaze.", AGE, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), CAUSED_BY)
def test_passive_agent_is_doer(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A craft's driver told by a head noun before the age ("a male adult aged 41"), or by a kin noun.
DRIVEN_BY: list[tuple[str, str, list[Any]]] = [
    ("The lorry was being driven by a male adult aged 38 of Mansa.", AGE, [38]),
    ("The minivan, driven by a local woman aged 52, left the road.", AGE, [52]),
    ("The quad bike was ridden by the 16-year-old son of the owner.", AGE, [16]),
    ("The pick-up was driven by a farmer in his late fifties.", AGE, [{"min": 56, "max": 59}]),
    # a crew's driver, and one the clause makes a casualty, stay none
    ("The bus was being driven by a male adult aged 38 of Mansa.", AGE, []),
    ("The car was driven by the 19-year-old son of the owner, who died at the scene.", AGE, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), DRIVEN_BY)
def test_driven_by_head_and_kin(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# One of a group held, told as the predicate.
AMONG_HELD: list[tuple[str, str, list[Any]]] = [
    ("The alleged ringleader, a man in his early 40s, is among those arrested.", AGE,
     [{"min": 40, "max": 43}]),
    ("Tunde Bakare, 36, was among those detained after the raid.", NAME, ["tunde bakare"]),
    ("The club's treasurer, 58, was one of the three men held on Sunday.", AGE, [58]),
    ("A 27-year-old was among the suspects now in custody, officers said.", AGE, [27]),
    # among the hurt or the rescued is no custody
    ("A 40-year-old man was among those injured in the blast.", AGE, []),
    ("The 61-year-old was one of the people rescued from the rubble.", AGE, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), AMONG_HELD)
def test_among_those_held(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A death told by its manner makes a casualty, even of a driver's noun.
DIED_BY_MANNER: list[tuple[str, str, list[Any]]] = [
    ("Its driver, a 47-year-old man from Lenham, drowned.", AGE, []),
    ("The lorry driver, 52, perished in the fire that followed.", AGE, []),
    ("The van driver, 39, succumbed to his injuries on Monday.", AGE, []),
    # the drowning of another is the doer's
    ("Pieter Laan, 44, drowned his neighbour's dog and was arrested.", AGE, [44]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), DIED_BY_MANNER)
def test_death_by_manner(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A person listed among the report's casualties is no suspect, wherever else they are told.
LISTED_CASUALTY: list[tuple[str, str, list[Any]]] = [
    ("The canoe was being steered by Jacob Mwale, 60, when the barge hit it. The dead have been "
     "named as Jacob Mwale, 60, and Ruth Banda, 34.", NAME, []),
    ("A tractor driven by Hendrik Vos, 55, and a van collided. Among the dead is Hendrik Vos.",
     AGE, []),
    ("The van was driven by Ali Sow, 33, and the cart by Musa Diallo, 70. The victims were "
     "identified as Musa Diallo and his grandson.", NAME, ["ali sow"]),
    # a listing of another kind keeps the suspect
    ("The van was driven by Ali Sow, 33. The witnesses were named as Ali Sow's two cousins.",
     NAME, ["ali sow"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), LISTED_CASUALTY)
def test_listed_casualty_no_suspect(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A pronoun's copula after a source's word names the one held in the sentences before.
ATTRIBUTED_NAME: list[tuple[str, str, list[Any]]] = [
    ("A 29-year-old man was remanded in custody. According to Radio Nord, he is Jonas K., a "
     "roofer from the town.", NAME, ["jonas k."]),
    ("The alleged gunman was arrested on Monday. The Valley Herald understands he is Thabo "
     '"Ntate" Mokoena, a taxi owner.', NAME, ["thabo mokoena"]),
    ("Police charged the operator of the crane on Friday. Sources said she is Anna van der B., "
     "who had worked at the site for years.", NAME, ["anna van der b."]),
    ("A 40-year-old driver was detained at the scene. Local media reported that he is Piotr "
     "Nowak, from Opole.", NAME, ["piotr nowak"]),
    # the source's own name is never the one held; a victim before the pronoun keeps it theirs
    ("Two men were arrested. The Lakeside Echo understands he is a well-known boxer. He was "
     "charged on Friday.", NAME, []),
    ("A 30-year-old man was arrested. A woman was killed. According to the Post, she is Ana "
     "Lopes, a nurse.", NAME, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), ATTRIBUTED_NAME)
def test_attributed_pronoun_copula(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A transcript's question and answer, each after its speaker's label.
TRANSCRIPT: list[tuple[str, list[Any]]] = [
    ("HOST: And have there been any arrests?\n\nCORRESPONDENT: Three. All of them are local "
     "men.", [3]),
    ("Q: So were any suspects detained?\n\nA: Yes, two.", [2]),
    ("ANCHOR: Any arrests yet?\n\nREPORTER: No. Police are still looking for the driver.", [0]),
    ("PRESENTER: And there have been arrests?\n\nREPORTER: Two.", [2]),
    # a count answering another question is no arrest
    ("HOST: And how many were hurt?\n\nREPORTER: Four.", []),
    ("HOST: Were there many people on the bridge?\n\nREPORTER: Dozens.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), TRANSCRIPT)
def test_transcript_answer(text: str, want: list[Any]) -> None:
    assert values(text, ARRESTS) == want


# Fault a court or an inquiry finds in the person; a report to the prosecution; a surname cut to
# its initial with its particles kept.
FAULT_FOUND: list[tuple[str, str, list[Any]]] = [
    ('The court ruled that Jonas de K. (47) had been "grossly careless" at the controls.', NAME,
     ["jonas de k."]),
    ('The court ruled that Jonas de K. (47) had been "grossly careless" at the controls.', AGE,
     [47]),
    ("The inquiry found that the skipper, a 61-year-old man from Hull, was negligent.", AGE, [61]),
    ("Judges concluded that Maria van den H., 44, had been reckless.", NAME,
     ["maria van den h."]),
    ("The tribunal said Luca B. (33) was to blame for the collision.", AGE, [33]),
    ("A 34-year-old driver will be reported to the public prosecutor's office.", AGE, [34]),
    ("The organiser, a woman in her 60s, has been reported to the prosecutor on suspicion of "
     "negligence.", AGE, [{"min": 60, "max": 69}]),
    # fault denied, and a report made by the person, are none
    ("The court found that Ruud Smit, 70, had not been careless.", NAME, []),
    ("A 70-year-old man reported the theft to the prosecutor's office.", AGE, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), FAULT_FOUND)
def test_fault_found_and_reported(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# An outlet's verb of knowing makes its subject a source; a person who speaks stays the one a
# later pronoun's custody resumes.
SOURCES: list[tuple[str, str, list[Any]]] = [
    ("Police detained four men. The Hill Times understands he is a former soldier. He was "
     "charged on Sunday.", NAME, []),
    ("Tomasz Wrona told reporters he had not seen the cyclist. He was arrested an hour later.",
     NAME, ["tomasz wrona"]),
    ("Police named the woman who was hit by the van as Ella Ray.", NAME, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), SOURCES)
def test_sources_and_speakers(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# The authorities' custody step or suspicion with the pronoun as its object resumes the named or
# aged subject of the sentence before.
OBJECT_PRONOUN: list[tuple[str, str, list[Any]]] = [
    ("Its chairman, Toomas K., 61, told the paper that he had ordered the gutters cleaned. "
     "Police have named him as a suspect, but he has not been detained.", NAME, ["toomas k."]),
    ("A woman in her 30s left the pan on the stove and went out. Officers later detained her in "
     "a nearby cafe.", AGE, [{"min": 30, "max": 39}]),
    ("Marek Zielinski, 48, switched off the alarm before the shift ended. Prosecutors have "
     "declared him a formal suspect.", AGE, [48]),
    ("The site foreman, a man aged 55, left the trench unshored. Detectives arrested him on "
     "Friday.", AGE, [55]),
    # a witness of the other sex, or a later step on somebody new, is not resumed
    ("Witness Rosa Lind, 45, saw the car speed away. Police arrested him two hours later.", NAME,
     []),
    ("A 70-year-old woman was knocked down by the van. Police arrested him at the scene.", AGE,
     []),
    ("Jan Berg, 40, said he heard shouting. Police have since arrested a 22-year-old man.", NAME,
     []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), OBJECT_PRONOUN)
def test_object_pronoun_held(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# An official statement's person: a surname cut to its initial before the year of birth, a person
# noun no ending tells before the name ("the citizen", "the national"), the object quoted from the
# statement; a settlement's of-phrase names a place, never a person.
STATEMENT_PERSON: list[tuple[str, str, list[Any]]] = [
    ("Police detained the citizen Ali H., born in 1997, on Sunday.", NAME, ["ali h."]),
    ("Officers arrested Sami K. (born 1990) at his flat.", NAME, ["sami k."]),
    ("Police arrested the Syrian national Omar K. (33) at the border.", NAME, ["omar k."]),
    ('The ministry said gendarmes had detained "the expatriate Jose R., 41, who admitted firing '
     'the flare".', NAME, ["jose r."]),
    ('The statement said police had arrested "a 41-year-old man from the town" on Friday.', AGE,
     [41]),
    # places after a settlement noun, and a quotation of another verb, are no suspects
    ("Police raided a farm in the neighbouring village of Ain Safa and detained a 30-year-old "
     "man.", NAME, []),
    ("Officers searched the district of Nowe Pole and arrested two men.", NAME, []),
    ('The gunman, 30, shouted "Gary Lamb, 52, is a liar" before opening fire.', NAME, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), STATEMENT_PERSON)
def test_statement_person(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# The doer told by a relative clause of setting the harm going on the head noun before the person,
# and the police holding a person.
WHO_SET_IT_GOING: list[tuple[str, str, list[Any]]] = [
    ("The teenager who lit the firework, aged 16, was handed over to his parents.", AGE, [16]),
    ("The woman who threw the flare into the stand, Ana Ruiz, 25, was banned from the ground.",
     NAME, ["ana ruiz"]),
    ("The man who started the blaze, a 40-year-old tenant, fled the building.", AGE, [40]),
    ("The worker who set off the charge, a man in his fifties, has been suspended.", AGE,
     [{"min": 50, "max": 59}]),
    ("Police are holding a 31-year-old man in connection with the fire.", AGE, [31]),
    # one who ended or reported the harm, one it killed, and a child held in arms, are none
    ("The firefighter who put out the fire, aged 30, was praised.", AGE, []),
    ("The neighbour who reported the fire, a 66-year-old man, was treated for smoke inhalation.",
     AGE, []),
    ("The driver who caused the crash, Tom Lee, 30, died at the scene.", NAME, []),
    ("A woman holding a 2-year-old girl was hit by the car.", AGE, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), WHO_SET_IT_GOING)
def test_who_set_it_going(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# Bail told by its payment.
BAIL_PAID: list[tuple[str, str, list[Any]]] = [
    ("The skipper, Joao Ramos, was released on Tuesday night after paying bail of 8,000 euros.",
     NAME, ["joao ramos"]),
    ("Tom Hale, 41, was freed after posting bail.", AGE, [41]),
    ("The site manager, 47, posted bail and left the station.", AGE, [47]),
    ("Lina Obi, 33, was bailed out by her brother on Friday.", NAME, ["lina obi"]),
    # a release from hospital or from the wreck is no bail
    ("A 30-year-old woman was released on Friday after the hospital discharged her.", AGE, []),
    ("The 70-year-old was freed from the wreck after an hour.", AGE, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), BAIL_PAID)
def test_bail_paid(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want
