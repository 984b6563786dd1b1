"""The people of the incident, session 26: the clause role outranks the noun (the active doer of
an assault is the suspect whatever noun names them, a worker, a passenger or a neighbour); a
name withheld to its initials is a name; "also" in a custody step tells a second person held;
the by-agent of a passive verb of handling a craft is its operator; a sentence-opening pronoun's
copula names the person the sentences before held. Invented sentences (none from a dev, check,
real or authored report), and negatives."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.test_facts_wordings import values

ARRESTS, AGE, NAME = "arrests", "suspect.age", "suspect.name"

# The doer of an assault by hand or weapon on a person, whatever their noun (a victim's or a
# witness's noun elsewhere: worker, passenger, colleague, neighbour, customer, pupil).
ASSAULT_DOER: list[tuple[str, str, list[Any]]] = [
    ("A 34-year-old Filipino worker stabbed his shift manager at a bottling plant on Sunday.",
     AGE, [34]),
    ("A 35-year-old Nepali labourer killed his foreman with a shovel, officers said.", AGE, [35]),
    ("A 41-year-old passenger attacked the conductor with a knife on the night train.", AGE, [41]),
    ("Colleague Omar Haddad, 29, shot two workers at the depot before fleeing.", NAME,
     ["omar haddad"]),
    ("A 52-year-old neighbour hacked the shop owner with a machete.", AGE, [52]),
    ("The 19-year-old pupil allegedly punched a classmate in the corridor.", AGE, [19]),
    ("A 33-year-old customer assaulted the cashier before running off.", AGE, [33]),
    # the casualty of the same nouns stays a casualty
    ("A 30-year-old worker was killed when a trench wall gave way.", AGE, []),
    ("A 45-year-old passenger hit his head on the window when the bus braked.", AGE, []),
    ("Worker, 30, killed in fall at quarry", AGE, []),
    ("A 60-year-old resident killed himself weeks after the fire.", AGE, []),
    ("The worker, 30, was shot in the leg by the robbers.", AGE, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), ASSAULT_DOER)
def test_assault_doer_outranks_noun(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A name withheld to its initials, with an age after it or set off after a common noun.
INITIALS: list[tuple[str, str, list[Any]]] = [
    ("The Sri Lankan driver, R.K.P., 36, was arrested at the scene.", NAME, ["r.k.p."]),
    ("The Sri Lankan driver, R.K.P., 36, was arrested at the scene.", AGE, [36]),
    ("The driver, T.J., was detained on Friday night.", NAME, ["t.j."]),
    ("Police arrested the skipper, A.B.C., 44, on Sunday.", NAME, ["a.b.c."]),
    ("Police arrested the skipper, A.B.C., 44, on Sunday.", AGE, [44]),
    ("Officers detained the boat's owner, J.P., at the marina.", NAME, ["j.p."]),
    ("The gunman, identified by police as T.M., 27, was arrested.", NAME, ["t.m."]),
    ("The foreman, G.O. (52), was taken into custody on Monday.", AGE, [52]),
    # initials of a place or a body, and a victim's initials, are no suspect's name
    ("In the U.S., police arrested a 30-year-old man.", NAME, []),
    ("The victim, A.B., 61, died in hospital. A 30-year-old man was arrested.", NAME, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), INITIALS)
def test_initials_as_name(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# "also" in a custody step: a person held besides one told before (not a further charge).
ALSO_HELD: list[tuple[str, str, list[Any]]] = [
    ("A source said the firm's site manager, a 47-year-old Indian national, was also detained "
     "on Sunday.", AGE, []),
    ("The driver, Tom Hale, 31, was arrested at the scene. The site foreman, 52, has also been "
     "arrested.", AGE, [31]),
    ("Police arrested the driver. His employer, Sam Lee, 60, was also taken into custody.", NAME,
     []),
    ("The lorry's owner, a man in his 50s, was also held for questioning.", AGE, []),
    ("A 28-year-old woman was also arrested later that night.", AGE, []),
    # the same person's further charge stays theirs
    ("The driver, Tom Hale, 31, was arrested and was also charged with drink-driving.", AGE,
     [31]),
    ("Tom Hale, 31, was also charged with dangerous driving.", AGE, [31]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), ALSO_HELD)
def test_also_held_is_another(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# The by-agent of a passive verb of handling a craft is its operator; a company is none.
OPERATOR: list[tuple[str, str, list[Any]]] = [
    ("The jet ski, operated by a 19-year-old man from the island, ran into a group of swimmers.",
     AGE, [19]),
    ("Police said the speedboat was being piloted by a 34-year-old tourist when it hit the jetty.",
     AGE, [34]),
    ("The fishing boat, skippered by Tom Hale, 51, capsized near the reef.", NAME, ["tom hale"]),
    ("The drone, flown by a 22-year-old hobbyist, fell onto the crowd.", AGE, [22]),
    ("The crane was operated by a 40-year-old contractor at the time of the collapse.", AGE,
     [40]),
    ("The ferry, captained by a 58-year-old man, struck the pier.", AGE, [58]),
    ("The aircraft, operated by Borealis Air, overran the runway.", NAME, []),
    # the agent told by a role first, then renamed in commas
    ("The dinghy was being steered by its owner, a 61-year-old fisherman, when it hit the "
     "swimmers.", AGE, [61]),
    ("The excavator was operated by the site foreman, Ivan Petrov, 48, when the trench caved "
     "in.", NAME, ["ivan petrov"]),
    ("The minibus, driven by its regular driver, a 45-year-old man, was hit by the lorry.", AGE,
     []),
    ("The aircraft, operated by the charter firm, Arlo Air, overran the runway.", NAME, []),
    ("The bus, driven by a 45-year-old man, was hit by the lorry.", AGE, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), OPERATOR)
def test_operator_by_agent(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# "He is X Y, 41": a sentence-opening pronoun's copula names the person the sentences before
# held or charged; not the victim told last.
PRONOUN_COPULA: list[tuple[str, str, list[Any]]] = [
    ("The driver of the van appeared in court, charged with manslaughter. He was remanded to "
     "prison until June 3.\n\nHe is Arlen Beck, 39, a courier of Mill Lane.", NAME, ["arlen beck"]),
    ("The driver of the van appeared in court, charged with manslaughter. He was remanded to "
     "prison until June 3.\n\nHe is Arlen Beck, 39, a courier of Mill Lane.", AGE, [39]),
    ("The driver of the lorry was arrested at the scene. He is Tom Hale, 52, of Kelby.", AGE,
     [52]),
    ("The skipper has been charged with manslaughter. She is Ana Moss, a charter captain from "
     "Port Lune.", NAME, ["ana moss"]),
    ("The gunman was arrested after he shot a guard. He is Omar Haddad, 50.", NAME,
     ["omar haddad"]),
    ("The foreman was detained on Friday. He is Kofi Mensah, 44.", AGE, [44]),
    # the pronoun resumes a victim, or stands inside a sentence
    ("A woman was hit by the van and died in hospital. She was Rosa Lind, 70, a retired "
     "teacher.", NAME, []),
    ("The gunman fled. Police said the victim was a local shopkeeper. He was Omar Haddad, 50.",
     NAME, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), PRONOUN_COPULA)
def test_pronoun_copula_names(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A person's own apposed participle of driving a private vehicle makes them its driver, as "the
# driver of the hatchback" does; not a bus's or a train's crew, nor one harmed after it.
DRIVING: list[tuple[str, str, list[Any]]] = [
    ("A 66-year-old Slovene citizen, driving a passenger car of the Opel make, entered the "
     "motorway against the traffic.", AGE, [66]),
    ("A 71-year-old man, driving a car, joined the dual carriageway in the wrong direction.", AGE,
     [71]),
    ("A 58-year-old Austrian national, driving a black saloon car, turned onto the exit ramp "
     "against the traffic.", AGE, [58]),
    ("A 52-year-old farmer, at the wheel of a tractor, pulled out onto the main road.", AGE,
     [52]),
    ("Police said Ivo Kranjc, 49, driving a white van with foreign plates, overtook on the "
     "bend.", NAME, ["ivo kranjc"]),
    ("A 30-year-old woman, driving a silver hatchback, was hit by the lorry.", AGE, []),
    ("A 30-year-old woman, driving a silver hatchback, was killed when the lorry struck her.",
     AGE, []),
    ("A 45-year-old man, driving the school bus, braked hard.", AGE, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), DRIVING)
def test_driving_participle_is_driver(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# A definite person renamed in commas by an indefinite phrase with an age is one person in a
# list of those held ("the driver, a 50-year-old man, and his mate": two, not three).
RENAMED_IN_LIST: list[tuple[str, list[Any]]] = [
    ("Police detained the lorry's driver, a 47-year-old Kazakh, and his mate.", [2]),
    ("Police arrested the driver, a 50-year-old man, and his helper on Friday.", [2]),
    ("Officers arrested the owner, a 58-year-old local businessman, and the site manager.", [2]),
    ("Police arrested the landlady, a woman in her 60s, and her son.", [2]),
    ("The skipper, a 44-year-old Greek, and his deckhand were detained.", [2]),
    # a list whose parts are not renamed stays a sum
    ("Police arrested a man, a woman and a boy.", [3]),
    ("Police arrested the driver, his mate and a passenger.", [3]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), RENAMED_IN_LIST)
def test_renamed_person_counts_once(text: str, want: list[Any]) -> None:
    assert values(text, ARRESTS) == want


# Public transport by its names in other countries: its driver is crew, no default suspect (as a
# bus's or a taxi's is); a custody step still makes them the suspect.
CREW_ABROAD: list[tuple[str, str, list[Any]]] = [
    ("The driver of the matatu, a 41-year-old man, managed to reverse away from the attackers.",
     AGE, []),
    ("The driver of the jeepney, a 52-year-old man from Tondo, was also hurt.", AGE, []),
    ("The driver of the PMV, a 44-year-old man from the coast, drove the wounded to hospital.",
     AGE, []),
    ("The driver of the tro-tro, aged 29, swerved to avoid the gunmen.", AGE, []),
    ("The driver of the marshrutka, a 50-year-old, braked hard.", AGE, []),
    ("The driver of the BMW, a 33-year-old man, fled the scene.", AGE, [33]),
    ("The driver of the matatu, a 41-year-old man, was arrested for overloading.", AGE, [41]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), CREW_ABROAD)
def test_public_transport_abroad_is_crew(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want


# "drove" is a harm only with the vehicle driven into, through or at people; people driven
# somewhere are carried, not harmed.
DROVE: list[tuple[str, str, list[Any]]] = [
    ("The lorry driver, a 47-year-old man, drove the injured to the clinic.", AGE, []),
    ("A 36-year-old farmer drove the two boys home after the attack.", AGE, []),
    ("Tom Hale, 30, drove a stolen van into the crowd.", AGE, [30]),
    ("A 25-year-old man drove his car through the market.", AGE, [25]),
    ("Ali Reza, 29, drove into a group of cyclists.", NAME, ["ali reza"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "want"), DROVE)
def test_drove_is_harm_only_into_people(text: str, kind: str, want: list[Any]) -> None:
    assert values(text, kind) == want
