"""Predicate classes as data: the words that say someone died, was hurt, went to hospital, was held.

Each class lists its passive or intransitive forms (what follows a counted subject and its
auxiliaries: "were killed", "has died", "were rushed to Westcairn General Hospital"), its active
forms (what precedes a counted object: "killing two"), and its zero forms ("no loss of life").
Verbs of movement to hospital are written once and combined with every way of naming a hospital.
Entries are regex fragments matched case-insensitively on word boundaries.
"""

from __future__ import annotations

import re

from incident_reader.core.facts.numbers import COUNT, WORD_NUMBER

# Words that open an object: "that killed more than 150 people" is active, not "was killed".
_OBJECT_OPENER = (
    rf"an?|the|his|her|their|its|him|them|all|more|at\s+least|over|nearly|almost|about|around|some"
    rf"|up\s+to|dozens|hundreds|scores|several|many|\d[\d,]*|{WORD_NUMBER}"
)
_LEADING = re.compile(r"\(\?:([^()]*)\)")


def _each(*forms: str) -> tuple[str, ...]:
    """ "(?:stabbed|beaten) to death" as "stabbed to death", "beaten to death": each form opens
    with a literal word, so the scans that find verbs try it only where that word starts."""
    out: list[str] = []
    for form in forms:
        m = _LEADING.match(form)
        if m and form[m.end() : m.end() + 1] not in ("?", "*", "+", "{"):
            out.extend(alt + form[m.end() :] for alt in m.group(1).split("|"))
        else:
            out.append(form)
    return tuple(out)


# How a hospital is named after "to": "hospital", "a local hospital", "the Government General
# Hospital", "Kesslar County Medical Center", "the Royal Strathmarrick Infirmary" (not a walk-in
# or urgent-care clinic: those who went there were seen, not taken in).
HOSPITAL_PLACE = (
    # a list of names before a plural head: "the Cardarelli, Pellegrini and Ospedale del Mare
    # hospitals" (the names listed are capitalised, each closed by a comma or "and")
    r"(?:(?:a|an|the)\s+)?(?!(?:[\w'’.-]+\s+){0,2}?(?:walk-in|urgent[\s-]care|outpatients?)\s)"
    r"(?:(?-i:[A-Z])[\w'’.-]*(?:,|\s+and)\s+){0,3}(?:[\w'’.-]+\s+){0,4}?"
    r"(?:hospitals?|infirmar(?:y|ies)|(?:medical|health|trauma)\s+cent(?:er|re)s?"
    r"|burns?\s+(?:units?|cent(?:er|re)s?)|clinics?|(?:burns?|surgical|casualty|trauma|intensive"
    r"|isolation|children'?s|medical|high[\s-]dependency)\s+wards?|emergency\s+(?:room|department)s?|a&e"
    r"|intensive\s+care(?:\s+unit)?|icu|(?:trauma|spinal|stroke|critical\s+care)\s+unit"
    r"|(?:medical|health|hospital)\s+facilit(?:y|ies)|medical\s+college|health\s+systems?"
    r"|institute\s+of\s+(?:[\w'’-]+\s+){0,4}?(?:medical\s+sciences?|burns?|surgery|health"
    r"|medicine|cardiology|neurosciences?|orthopaedics|trauma)|health\s+campus(?:es)?|polyclinics?"
    r"|dispensar(?:y|ies)|(?:health|medical)\s+complex(?:es)?"  # "the Upazila Health Complex"
    # care centres by their service, and the abbreviations of health centres and the ER
    r"|(?:trauma|critical|intensive|burns?|emergency)\s+care\s+cent(?:er|re)s?|(?-i:[PC]HCs?|ER)"
    # a hospital in the local language or its abbreviation, its name after it ("RSUD Kuala
    # Tinggi", "Ysbyty Gwynedd", "Hôpital Nord", "Bệnh viện Chợ Rẫy", "Centro de Salud X")
    r"|rumah\s+sakit|(?-i:RSU[DP]?)|ysbyty|h[ôo]pital|ospedale|krankenhaus|klinikum|ziekenhuis"
    r"|sykehus|sjukhus|szpital|nemocnice|b[ệe]nh\s+vi[ệe]n|hastanesi|sanatorio|policl[íi]nic[oa]"
    r"|cl[íi]nica|centro\s+de\s+salud|centre\s+hospitalier|(?-i:CHU)|k[óo]rh[áa]z|nosocomio"
    r"|sairaala)(?![\w-])"
)
# Phrases of means, manner or company between a verb of movement and its "to": "by boat and
# then by road ambulance", "in a private car", "on stretchers", "with the help of locals",
# "aboard a rescue launch" (a preposition of that class and a few words that are not "to"), at
# most three of them, each may open with "and (then)" or stand between commas; a means may be
# two things coordinated, the second by its article: "by ambulances and a helicopter", "in police
# cars and an army truck".
MEANS = (
    r"(?:\s*,?\s+(?:(?:and|or)\s+)?(?:then\s+|later\s+)?(?:by|in|on|with|aboard|via|using|under)\s+"
    r"(?:(?!(?:to|into)\s)[\w'’-]+\s+){0,4}?(?!(?:to|into)\s)[\w'’-]+"
    r"(?:\s+(?:and|or)\s+(?:an?|the)\s+(?:(?!(?:to|into)\s)[\w'’-]+\s+){0,2}?"
    r"(?!(?:to|into)\s)[\w'’-]+(?=\s+(?:to|into)\s))?,?){0,3}"
)
# What may stand between a verb of movement and "to": "taken by ambulance to", "sent on to".
_ON_THE_WAY = rf"(?:\s+(?:on|back|later|then|straight|immediately))?{MEANS}"
# Participles of the verbs that take the hurt to hospital (passive: "were rushed to hospital").
MOVED_TO_HOSPITAL: tuple[str, ...] = (
    "taken", "rushed", "brought", "conveyed", "ferried", "sent", "shifted", "airlifted", "flown",
    "transported", "transferred", "moved", "carried", "driven", "evacuated", "admitted",
    "referred", "removed", "raced", "whisked", "stretchered", "helicoptered", "choppered",
    "medevaced", "medevacked", "blue-lighted", "blue-lit", "hurried",
)  # fmt: skip
# Their active forms ("Paramedics took 10 people to hospital").
MOVING_TO_HOSPITAL: tuple[str, ...] = (
    "took", "take", "takes", "taking", "rushed", "rushing", "brought", "bringing", "conveyed",
    "ferried", "sent", "shifted", "airlifted", "flew", "transported", "transferred", "moved",
    "carried", "drove", "evacuated", "admitted", "sending", "send", "sends", "taken", "whisked",
    "stretchered", "helicoptered", "medevaced", "blue-lighted", "blue-lit",
)  # fmt: skip
# A hospital itself as the subject ("Marrowbank Base Hospital received eight of the injured").
HOSPITAL_RECEIVING: tuple[str, ...] = ("received", "admitted", "treated", "took in", "was treating")
_CARE = (
    r"(?:hospital|medical)\s+(?:treatment|care|attention)|treatment\s+in\s+hospital"
    r"|hospitali[sz]ation"
)
_CARING = (
    "needed", "required", "received", "needing", "requiring", "receiving", "sought",
    # the base forms right after "to" ("seriously enough to need hospital treatment"), never
    # after a negation ("didn't require hospital treatment")
    r"(?<=\bto )need", r"(?<=\bto )require", r"(?<=\bto )receive", r"(?<=\bto )warrant",
)  # fmt: skip
# A passive move whose destinations follow as a distribution: "Six patients were transported,
# four to Royal North Shore and two to Hornsby", "Two were taken by ambulance, one to X and one
# to Y" (the count is the subject's).
_DISTRIBUTED = (
    rf"(?:{'|'.join(MOVED_TO_HOSPITAL)}){MEANS}(?=\s*(?:,|:|-|–)\s*(?:{WORD_NUMBER}|\d+)\s+"
    r"(?:of\s+them\s+)?to\s+(?:the\s+)?(?-i:[A-Z])[^.;]{0,60}?\s+and\s+"
    r"(?:the\s+other\s+|the\s+rest\s+)?(?:\w+\s+)?to\s)"
)
# Right after a verb of being: the state forms below say where the hurt are, not an aside.
# (one lookbehind each, so the verb scans still start at the form's first word)
# ("be": "said to be in a critical condition", "believed to be in Kelby Hospital")
_BEING = tuple(rf"(?<=\b{verb} )" for verb in ("are", "is", "were", "was", "been", "be"))
# Written as few alternatives (each verb list once, the hospital's name once): the rules embed the
# forms several times and compile at start-up. HOSPITAL_STEMS are their first words, for the scans.
# The dead sent for a post-mortem are not taken to hospital as patients.
_NOT_PATIENTS = r"(?!\s+(?:for\s+(?:an?\s+|the\s+)?(?:post[\s-]?mortem|autopsy)|mortuary|morgue)\b)"
# A hospital by a name alone that only a hospital bears: "Royal" first or last ("Salford Royal",
# "the Royal London"), or a saint's possessive ("taken to St Mary's", "St Thomas'"); not a hall,
# a church or a school.
_HOSPITAL_NAME = (
    r"(?:the\s+)?(?-i:Royal\s+[A-Z][\w'’-]+|[A-Z][\w'’-]+\s+Royal|St\.?\s+[A-Z][a-z]+(?:['’]s|s['’]))"
    # (the name ends its phrase: "the Royal Mail depot", "the Royal Albert Hall" are no hospitals)
    r"(?=\s*[,.;:)]|\s*$|\s+(?:in|with|where|by|for|on|after|and|at|as|but|suffering|following"
    r"|before|yesterday|last|today|this|overnight|earlier|later)\b)"
)
HOSPITAL_FORMS: tuple[str, ...] = (
    # (two means joined: "flown or driven to hospitals in the region")
    rf"(?:{'|'.join(MOVED_TO_HOSPITAL)})(?:\s+(?:or|and)\s+(?:{'|'.join(MOVED_TO_HOSPITAL)}))?"
    rf"{_ON_THE_WAY}\s+(?:to|into|at|in)\s+{HOSPITAL_PLACE}{_NOT_PATIENTS}",
    rf"(?:{'|'.join(MOVED_TO_HOSPITAL)}){_ON_THE_WAY}\s+to\s+{_HOSPITAL_NAME}",
    # a place by any name the hurt are taken to for care: "brought to the Ospedale Civile for
    # treatment", "rushed to Santo Tomas for medical attention"
    rf"(?:{'|'.join(MOVED_TO_HOSPITAL)}){_ON_THE_WAY}\s+to\s+(?:the\s+)?"
    r"(?-i:[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|de|del|della|di|do|da|ng|la|el)){0,5})"
    r"\s+for\s+(?:(?:medical|emergency|urgent)\s+)?(?:treatment|attention|care)\b",
    # taken for care, the place left untold: "seven victims were taken for emergency treatment",
    # "were rushed away for medical care" (not care given where they were: "at the scene")
    rf"(?:{'|'.join(MOVED_TO_HOSPITAL)}){_ON_THE_WAY}(?:\s+(?:away|off))?\s+for\s+"
    r"(?:(?:medical|emergency|urgent|further|hospital)\s+)?(?:treatment|care)(?![\w-])"
    r"(?!\s+(?:at\s+the\s+scene|on\s+(?:site|the\s+spot)|by\s+(?:paramedics|medics))\b)",
    # a condition said at a hospital: "listed in critical condition at Mercy Medical Center",
    # "undergoing treatment for burns at the district hospital"
    rf"(?:listed\s+)?in\s+(?:an?\s+)?(?:[\w-]+\s+){{1,2}}(?:but\s+[\w-]+\s+)?condition\s+(?:at|in)\s+"
    rf"{HOSPITAL_PLACE}",
    rf"undergoing\s+treatment\s+(?:for\s+(?:[\w-]+\s+){{1,4}}?)?(?:at|in)\s+{HOSPITAL_PLACE}",
    rf"under\s+treatment\s+(?:for\s+(?:[\w-]+\s+){{1,4}}?)?(?:at|in)\s+{HOSPITAL_PLACE}",
    # the wounds tended at a hospital: "are nursing injuries at the district hospital"
    rf"nursing\s+(?:(?:his|her|their)\s+)?(?:[\w-]+\s+){{0,2}}?(?:injuries|wounds|burns)\s+"
    rf"(?:at|in)\s+{HOSPITAL_PLACE}",
    rf"(?:{'|'.join(_CARING)})\s+(?:[\w-]+\s+)?(?:{_CARE})",
    r"hospitali[sz]ed",
    # (the complaint may come first: "treated for smoke inhalation at the district clinic")
    rf"treated\s+(?:(?:for\s+(?:[\w-]+\s+){{1,3}}?)?(?:in|at)\s+{HOSPITAL_PLACE}"
    # a hospital by its name alone: "being treated at Mercy General"
    r"|at\s+(?-i:(?:St\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}))",
    # "treated and released from local hospitals": those released from a hospital were in it
    rf"treated\s+and\s+(?:later\s+|since\s+)?(?:released|discharged)\s+from\s+{HOSPITAL_PLACE}",
    r"airlifted(?!\s+(?:to\s+safety|from|off|out|away)\b)",
    r"among\s+(?:the|those)\s+(?:taken|admitted|rushed)\s+to\s+hospital",
    # a state said with the count ("Four people are in hospital"); "still"/"remain" are dropped
    # by casualty_filters._still_in_hospital
    r"in\s+hospital(?!\s+(?:car\s+park|grounds|corridors?)\b)",
    # a hospital by its capitalised name after a verb of being: "is in Kelby General Hospital (in a
    # stable condition)", "remains in the Royal Infirmary" (those remaining: still there)
    *(
        rf"{state}in\s+(?:the\s+|a\s+(?:local|nearby|district|regional)\s+)?"
        r"(?-i:(?:St\.?\s+)?(?:[A-Z][\w'’.-]*\s+){1,4})(?-i:Hospital|Infirmary|Medical\s+Cent(?:er|re)"
        r"|Clinic)(?![\w-])(?!\s+(?i:car\s+park|grounds|corridors?)\b)"
        for state in (*_BEING, r"(?<=\bremain )", r"(?<=\bremains )", r"(?<=\bremained )")
    ),
    # "Four people are (still) in the hospital": the US state, after a verb of being only ("a
    # nurse in the hospital" names a place of work)
    *(
        rf"{state}in\s+the\s+hospital(?![\w-])(?!\s+(?:car\s+park|parking|grounds|lobby"
        r"|corridors?|building)\b)"
        for state in (
            *_BEING,
            r"(?<=\bremain )",
            r"(?<=\bremains )",
            r"(?<=\bremained )",
            r"(?<=\bstill )",
        )
    ),
    r"kept\s+in\s+hospital",
    r"kept\s+in\s+overnight",
    # "made their own way to hospital", "presented to emergency departments"
    rf"made\s+(?:their|his|her)\s+own\s+way\s+to\s+{HOSPITAL_PLACE}",
    rf"presented\s+(?:themselves\s+|himself\s+|herself\s+)?(?:to|at)\s+{HOSPITAL_PLACE}",
    rf"(?:{'|'.join(_CARING)})\s+(?:[\w-]+\s+)?treatment\s+(?:at|in)\s+{HOSPITAL_PLACE}",
    r"(?:being\s+)?cared\s+for\s+in\s+hospital",
    r"detained\s+in\s+hospital",
    # "Eight of the injured are warded at Hospital X": kept in a ward (Malaysian, Singapore)
    r"warded",
    _DISTRIBUTED,
    # (or a passive one before a colon that lists where: "seven were admitted: four at X and
    # three at Y"; not an active "He admitted: ...", a confession)
    r"(?:(?<=were )|(?<=been )|(?<=was )|(?<=are )|(?<=is ))admitted(?=\s*:)",
    r"admitted(?=\s*[.,;]|\s+(?:with|overnight|for\s+(?:treatment|observation)"
    # the condition a patient is admitted in: "admitted in critical condition"
    r"|in\s+(?:an?\s+)?(?:[\w-]+\s+){1,2}(?:but\s+[\w-]+\s+)?condition)\b)",
    # when, told right after a passive one: "had been admitted after the meal", "were admitted
    # following the blast", "are admitted since Friday", "was admitted on Sunday" (an active
    # "admitted after questioning that ..." confesses)
    r"(?:(?<=were )|(?<=been )|(?<=was )|(?<=are )|(?<=is ))admitted"
    r"(?=\s+(?:(?:after|following|since|during|yesterday|today|earlier|later)"
    r"|on\s+(?-i:[A-Z][a-z]+day|\d)|on\s+the\s+(?:night|morning|evening|day)|last\s+night)\b)",
    # a hospital by its name alone: "6 admitted to Carrow General", "admitted to St Brigid's"
    r"admitted\s+to\s+(?-i:(?:St\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})",
    rf"(?:attended|went\s+(?:on\s+)?to|were\s+sent\s+to)\s+{HOSPITAL_PLACE}",
    rf"(?:ended|wound)\s+up\s+in\s+{HOSPITAL_PLACE}",  # "Six people ended up in hospital"
    # went by their own means: "drove themselves to the hospital", "arrived at Mercy Medical
    # Center by private vehicle", "showed up at a local hospital"
    rf"(?:drove|took|got|brought)\s+(?:themselves|himself|herself)\s+to\s+{HOSPITAL_PLACE}",
    rf"(?:arrived|showed\s+up|turned\s+up|walked\s+in)\s+(?:at|to)\s+{HOSPITAL_PLACE}",
    rf"walked\s+into\s+{HOSPITAL_PLACE}",
    # a place by its name alone reached by ambulance: "taken by ambulance to Harlan County Health"
    rf"(?:{'|'.join(MOVED_TO_HOSPITAL)})\s+by\s+(?:road\s+|air\s+)?(?:ambulance|helicopter)\s+to\s+"
    r"(?-i:(?:St\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,4})",
    # a hospital by its name alone, said so by the wound or the condition after it: "transported
    # to UC Health with gunshot wounds", "taken to Mercy General in critical condition"
    rf"(?:{'|'.join(MOVED_TO_HOSPITAL)})\s+to\s+(?-i:(?:St\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}})"
    r"(?=\s+(?:with\s+(?:[\w-]+\s+){0,3}?(?:injur(?:y|ies)|wounds?|burns|fractures?|lacerations)|in\s+(?:an?\s+)?(?:[\w-]+\s+){1,2}"
    r"(?:but\s+[\w-]+\s+)?condition)\b)",
)
# A fact box or table line: "Dead: 4. Injured: 11.", "- Arrested: none so far" (label -> kind).
LABELLED_COUNTS: dict[str, str] = {
    r"dead|killed|deaths?|fatalities|died|death\s+toll|toll|confirmed\s+dead|bodies\s+recovered"
    r"|deceased|dead\s+persons|fatal\s+victims|lives\s+lost"
    # a casualty whose kind a bracket tells ("Casualties (dead): 4", "casualties (injured): 9")
    r"|casualties\s*\(\s*(?:dead|killed|fatal)\s*\)": "casualties.killed",
    r"injured|wounded|hurt|injuries|(?:injured|wounded)\s+(?:people|persons)"
    r"|(?:people|persons)\s+(?:injured|wounded|hurt)"
    r"|casualties\s*\(\s*(?:injured|wounded|hurt)\s*\)": "casualties.injured",
    # any verb of moving the hurt to hospital in its participle ("Transferred to hospital: 10",
    # "Conveyed to hospitals - 4", "Evacuated to hospital: 6")
    r"hospitali[sz]ed|in\s+hospital|admitted|hospital\s+admissions"
    r"|(?:taken|transferred|transported|conveyed|rushed|sent|moved|evacuated|referred|brought"
    r"|airlifted|carried|ferried)\s+to\s+(?:a\s+|the\s+)?hospitals?": "casualties.hospitalised",
    r"arrested|arrests|detained|in\s+custody|people\s+arrested": "arrests",
}
HOSPITAL_STEMS: tuple[str, ...] = (
    *MOVED_TO_HOSPITAL, *(c.rpartition(" )")[2] for c in _CARING), "hospitalised",
    "hospitalized", "treated", "airlifted", "among",
    "in hospital", "kept", "detained", "admitted", "attended", "went", "ended", "wound", "listed",
    "undergoing", "made", "presented", "warded", "drove", "took", "got", "brought", "arrived",
    "showed", "turned", "walked", "in", "nursing",
)  # fmt: skip

# Nouns that name the people a kind counts: "five of the fatalities died" is a share of the toll,
# "two of the injured were seriously hurt" a share of the hurt, never the kind's total.
SAME_SET: dict[str, tuple[str, ...]] = {
    "casualties.killed": ("dead", "deceased", "fatalities", "killed", "deaths", "bodies"),
    "casualties.injured": ("injured", "wounded", "hurt", "casualties"),
}
# Participles that go "to death" without anyone dying ("sentenced to death", "bored to death").
_NOT_DYING = (
    "sentenced", "condemned", "bored", "scared", "frightened", "worried", "tickled", "thrilled",
    "loved", "sick", "tired", "done", "talked", "worked",
)  # fmt: skip
# Any participle before "to death" ("charred", "mown", "bludgeoned"), not a sentence or a mood;
# a rule of its own (casualties.py), tried only where "to death" stands.
OPEN_TO_DEATH = (
    rf"(?!(?:{'|'.join(_NOT_DYING)})\s)(?-i:[a-z]+(?:ed|en|wn|nt)|struck|stung|hung)\s+to\s+death"
)
KILLED_FORMS: tuple[str, ...] = _each(
    rf"killed(?!\s+(?:{_OBJECT_OPENER})(?![\w-]))",
    r"died", r"dies", r"die(?=\s+(?:as|after|in|at|when|while|on|following|amid)\b)", r"dead",
    r"drowned", r"expired", r"electrocuted", r"asphyxiated",
    r"suffocated", r"burn(?:ed|t) alive", r"incinerated",
    # a person burnt past knowing is dead: "were burnt beyond recognition", "charred beyond
    # recognition" (of people only: a bus "burnt beyond recognition" is a thing)
    r"(?:burned|burnt|charred) (?:almost )?beyond recognition",  # flat: each opens a word
    r"murdered", r"perished", r"succumbed",
    r"(?:stabbed|beaten|crushed|burned|burnt|battered|shot|hacked|trampled|mauled) to death",
    r"shot dead",
    r"(?:pronounced|found|confirmed|declared|certified|feared) (?:brought )?(?:dead|deceased)",
    # the dead told by how they were recovered: "three were pulled out dead", "two miners were
    # brought up dead", "the body ... was dragged ashore lifeless"
    r"(?:pulled|brought|dragged|carried|recovered|lifted|dug|fished|retrieved|washed|taken)"
    r" (?:(?:out|up|ashore|free|in|away|out of the \w+) )?(?:dead|lifeless)(?![\w-])",
    r"breathed (?:his|her|their) last",  # South Asian press: "breathed his last in hospital"
    r"lost (?:their|his|her) (?:lives?|life)",
    r"among (?:the|those) (?:dead|killed|who (?:died|perished|lost their lives|were killed))",
    r"fatally (?:injured|wounded|stabbed|shot|hurt|struck)",
    r"passed away", r"did not survive",
    r"(?:suffered|sustained|received) (?:[\w-]+ )?fatal (?:[\w-]+ )?(?:injuries|injury|wounds?)",
)  # fmt: skip
# Death words said of things as often as of people ("his licence had expired"): counted only
# after a numbered subject or a head naming a person (count_rules.CountRules.person_only).
PERSON_ONLY_DEATH: tuple[str, ...] = ("expired", r"(?:burn(?:ed|t)|charred) (?:almost )?beyond")
KILLING_FORMS: tuple[str, ...] = (
    r"killing",
    r"kill",
    r"kills",
    r"leaving .{0,3}dead",
    r"shot dead",
    r"shooting dead",  # "Gunmen shot dead four villagers"
    # "fatally shooting one man and injuring two women": the wound's verb told as a killing
    r"fatally (?:shooting|stabbing|wounding|injuring|striking|hitting)",
)

# Parts of the body: "injured his shoulder" hurts the subject, not a person named by "his".
_BODY: tuple[str, ...] = (
    "head", "neck", "back", "shoulder", "arm", "leg", "hand", "foot", "knee", "ankle", "wrist",
    "hip", "elbow", "finger", "toe", "rib", "spine", "skull", "face", "eye", "jaw", "nose",
    "chest", "pelvis", "collarbone", "thigh", "hamstring", "heel", "shin", "tendon", "ligament",
    "stomach", "abdomen", "torso", "buttock", "groin", "lung", "forearm", "calf", "mouth", "ear",
    "cheek", "lip", "throat", "shoulder blade", "upper body", "lower back", "kidney", "liver",
)  # fmt: skip
BODY_PARTS: frozenset[str] = frozenset(_BODY)
# A part broken or hurt: "a broken wrist", "a fractured skull", "hurt her back".
_BODY_PART = rf"(?:{'|'.join(_BODY)})s?"

# Injuries someone "suffered", "sustained", "received", "was treated for".
INJURY_NOUNS = (
    r"(?:injury|injuries|wounds?|burns|fractures?|cuts|bruises|bruising|lacerations"
    r"|(?:broken|fractured|dislocated|sprained|shattered|cracked)\s+(?:bones?|"
    rf"{_BODY_PART})|head\s+trauma|smoke\s+inhalation"
    # symptoms of fumes, gas, cold or a blow: "breathing difficulties", "eye irritation"
    r"|(?:breathing|respiratory)\s+(?:difficult(?:y|ies)|problems?|issues|distress)"
    r"|difficulty\s+breathing|chest\s+pains?|(?:eye|throat|skin)\s+(?:irritation|problems)"
    r"|hypothermia|concussion|whiplash|nausea|dizziness|headaches|vomiting"
    # symptoms told as such: "suffered symptoms of exposure", "had symptoms of gas poisoning"
    r"|symptoms)"
)
_INJURY_OBJECT = (  # not "fatal injuries" (a killed form); "what police described as" may open it
    r"(?:what\s+(?:[\w'’-]+\s+){1,3}?(?:described|called|termed)\s+as\s+)?"
    rf"(?!(?:an?\s+)?(?:[\w-]+\s+)?fatal\s)(?:an?\s+)?(?:(?!no\s)[\w-]+\s+){{0,3}}?{INJURY_NOUNS}"
    r"(?![\w-])"
)  # (none told: "escaped with no injuries" counts no one)
# The grades a hospital gives a patient's condition ("critical", "serious but stable"), with up to
# two words before ("in a very serious condition", "in extremely critical condition"); "good",
# "fair" and "poor" are left out: things are found and left in them too.
_PATIENT_GRADE = (
    r"(?:[\w-]+\s+){0,2}?(?:critical|serious|stable|grave|guarded|life[\s-]threatening"
    r"|satisfactory)(?:\s+but\s+[\w-]+)?\s+condition(?![\w-])"
)
INJURED_FORMS: tuple[str, ...] = _each(
    r"injured", r"hurt", r"wounded", r"walking wounded",
    # struck by what wounds: "seven people were struck by gunfire", "hit by flying glass"
    r"(?:struck|hit) by (?:gunfire|(?:stray )?bullets?|shrapnel|pellets|debris"
    r"|flying (?:glass|debris)|falling (?:masonry|debris|glass))",
    # the wound itself: "were slashed or stabbed", "shot" (to death and dead are killed forms)
    r"(?:stabbed|slashed|shot|scalded|burned|burnt|trampled|knifed|gored|mauled|savaged"
    r"|maimed|mutilated|disfigured)"
    r"(?!\s+(?:to\s+death|dead|(?:almost\s+)?beyond\s+recognition)\b)"
    r"(?!\s+(?:an?|the|his|her|their|him|them|\d)\b)",
    # a sting or a bite told with what gave it or how badly ("stung by hornets", "bitten
    # repeatedly", "stung badly enough to need treatment"); bare, "stung" is also a feeling
    r"(?:stung|bitten|gassed|pecked|clawed)(?=\s+(?:by|badly|severely|repeatedly|several"
    r"|multiple|many|dozens|hundreds|so)\b)",
    # a blow that wounds told with the part of the body it landed on: "punched in the face",
    # "kicked about the head", "bitten on the hand" (without one, "punched" may be a ticket)
    rf"(?:punched|kicked|beaten|bitten|struck|hit|slashed|assaulted|attacked)\s+(?:(?:repeatedly"
    rf"|several\s+times)\s+)?(?:in|on|about|around|across)\s+(?:the|his|her|their)\s+"
    rf"(?:[\w-]+\s+)?{_BODY_PART}(?![\w-])"
    # more parts of the body: "bitten on the arm and shoulder", "hit in the neck, chest and leg"
    rf"(?:(?:\s*,\s*|\s+(?:and|or)\s+)(?:(?:the|his|her|their)\s+)?{_BODY_PART}(?![\w-]))*",
    # treated for any condition ("breathing difficulties", "a broken wrist"), not for shock; by
    # whom and where may come first ("treated by Northshore Ambulance Service crews for burns",
    # "treated at the scene by paramedics for cuts")
    r"treated\s+(?:(?:by|at|on|in)\s+(?:[\w'’.-]+\s+){0,5}?){0,2}for\s+(?!(?:shock|free)\b)"
    r"(?:[\w-]+\s+){0,3}?[\w-]+"
    # where on the body: "treated for minor injuries to her wrist after ..."
    r"(?:\s+(?:to|on|in)\s+(?:his|her|their|the|both)\s+(?:[\w-]+\s+)?[\w-]+)?"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:at|in|after|and|by|on|following|from"
    r"|but|while|as|when|before)\b)",
    r"treated(?=\s*[.,;]|\s+(?:at\s+the\s+scene|in\s+total|by\s+paramedics|on\s+site"
    r"|and\s+(?:released|discharged)"
    # care told by its cause: "Four people were treated after the attack / following the crash"
    r"|(?:after|following)\s+(?:the|an?|their|his|her|being|inhaling|breathing|falling)"
    r")\b)",
    # seen by medics for a wound or a condition: "assessed by paramedics for minor injuries",
    # "evaluated for injuries at the scene", "checked over by ambulance crews for cuts", "examined
    # for smoke inhalation", "seen by doctors for burns" (an open class of the verbs of a medical
    # look; the condition is told, and no precaution or all-clear follows in the clause)
    # (one form per verb, each opening with its word, so the verb scan stays keyed)
    *(rf"{look}\s+(?:(?:by|at|on|in)\s+(?:[\w'’.-]+\s+){{0,5}}?){{0,2}}for\s+"
      rf"(?:(?:[\w-]+\s+){{0,2}}?(?:{INJURY_NOUNS}|heat\s+exhaustion|dehydration"
      r"|(?:water|gas|fumes?|carbon\s+monoxide)\s+inhalation|exposure"
      r"|(?:gas|carbon\s+monoxide|smoke)\s+poisoning)(?![\w-]))"
      r"(?![^.;]{0,60}(?<![\w-])(?:precaution\w*|none|nobody|no\s+one|unhurt|uninjured"
      r"|unharmed|released\s+without)(?![\w-]))"
      for look in ("assessed", "evaluated", "examined", r"checked(?:\s+over)?", "seen",
                   r"attended\s+to", r"looked\s+at", "triaged")),
    rf"left\s+with\s+{_INJURY_OBJECT}",
    # "Five others escaped with minor injuries", "walked away with cuts and bruises"; a verb of
    # coming through told with the wound it left: "survived with injuries", "emerged with burns"
    rf"(?:escaped|survived|emerged|walked\s+away|got\s+away|came\s+away|came\s+out)\s+with\s+"
    rf"{_INJURY_OBJECT}",
    # (what was survived may stand between: "survived the poisoning with injuries")
    rf"survived\s+(?:the|a|an|their|its|his|her)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+\s+with\s+"
    rf"{_INJURY_OBJECT}",
    r"among (?:the|those) (?:injured|wounded|hurt)",
    # "A cyclist is fighting for his life", "left two men fighting for their lives"
    r"fighting for (?:his|her|their) (?:lives?|life)",
    # "six others are recovering (in hospital / from their wounds)"
    r"recovering(?!\s+(?:the|a|an|his|her|their|its)\b)",
    # care needed or sought, in any of its nouns: "required medical attention", "sought treatment"
    r"(?:received|receiving|needed|needing|required|requiring|sought|seeking) (?:medical )?"
    r"(?:treatment|attention|care)(?!\s+in\s+hospital)",
    # a state of the hurt: "Three people are in hospital", "two remain in a critical condition"
    # (after a verb of being only: "four in a critical condition" without one is an aside)
    *(rf"{state}in (?:the )?hospital(?![\w-])(?!\s+(?:for|with)\s+(?:tests|checks|observation)\b)"
      r"(?!\s+(?:car\s+park|parking|grounds|lobby|corridors?|building)\b)"
      for state in (*_BEING, "(?:remain|remains|remained) ")),
    *(rf"{state}in (?:an? )?(?:[\w-]+ ){{1,3}}?condition(?![\w-])"
      for state in (*_BEING, "(?:remain|remains|remained) ")),
    # (or got, incurred: "At least 15 people got burns", "two players incurred head injuries")
    *(rf"{verb}\s+(?:from\s+)?{_INJURY_OBJECT}" for verb in ("suffered", "sustained", "received",
                                                           "suffering", "sustaining", "got",
                                                           "incurred")),
    # injuries the hurt reported themselves: "Two passengers reported minor injuries" (said of a
    # counted or person-headed subject only: casualties.REPORTED_BY_PEOPLE)
    rf"reported\s+{_INJURY_OBJECT}",
    # "Seven people had minor injuries": the injuries as what the counted people have
    rf"(?:had|have)\s+{_INJURY_OBJECT}",
    rf"nursing\s+{_INJURY_OBJECT}",  # "left nine people nursing injuries"
    # a part of one's own body hurt: "hurt her back", "broke his leg", "injured his shoulder"
    rf"(?:injured|hurt|broke|fractured|dislocated|twisted|cut|burned|burnt)\s+(?:his|her|their)\s+"
    rf"(?:[\w-]+\s+)?{_BODY_PART}(?![\w-])"
    # (or more parts: "broke his arm and leg", "burnt her hands, face and neck")
    rf"(?:(?:\s*,\s*|\s+(?:and|or)\s+)(?:(?:the|his|her|their)\s+)?{_BODY_PART}(?![\w-]))*",
    # made ill by fumes, gas, heat or smoke: "Five people were taken ill", "overcome by fumes",
    # "complained of breathing difficulties", "experienced nausea"
    r"(?:taken|fell|became|been\s+taken)\s+(?:ill|unwell|sick)(?![\w-])",
    # (each noun in its plural too: "were affected by the gases", "overcome by toxic leaks")
    r"(?:overcome|affected)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:fumes?|gas(?:es)?|smoke"
    r"|ammonia|chlorine|chemicals?|vapou?rs?|leaks?|heat)(?![\w-])",
    *(rf"{verb}\s+{_INJURY_OBJECT}"
      for verb in ("complained of", "complaining of", "experienced", "experiencing")),
    # the state the hurt were come upon in: "Two men were found injured", "found with stab wounds"
    r"(?:found|discovered) (?:lying )?(?!fatally)(?:[a-z]+ly )?(?:injured|hurt|wounded)",
    # "A teenager was found in serious condition", "listed in stable condition" (US hospital
    # bulletins): the state the hurt were come upon or are reported in
    # (a grade a hospital gives a patient: "found in good condition" is said of things too)
    rf"(?:found|discovered) (?:lying )?in (?:an? )?{_PATIENT_GRADE}",
    r"listed in (?:an? )?(?:[\w-]+ ){1,3}?condition(?![\w-])",
    rf"(?:found|discovered) (?:lying )?with\s+{_INJURY_OBJECT}",
)  # fmt: skip

INJURING_FORMS: tuple[str, ...] = (
    r"injuring", r"injure", r"injures", r"wounding", r"wounds", r"hurting", r"maiming",
    # care given and ended in one breath: "Medics treated and released five people at the scene"
    r"treated and (?:released|discharged)",
    # a wounding verb's counted victims: "stabbed four people at random", "shot two men" (not
    # when the sentence tells of deaths: "shot three people dead", "stabbed two, killing one")
    rf"(?<!fatally\s)(?:stabbed|slashed|knifed|shot|maimed|stabbing|slashing|knifing"
    rf"|maiming)(?=\s+{COUNT}\s)"
    r"(?![^.;:!?]*?\b(?:dead|death|killing|killed|fatally|died|dies)\b)",
    # the state an event leaves its object in: "The crash left a man in a critical condition",
    # "leaving two people in serious condition" (the count is the object's)
    rf"(?:left|leaving|leaves|has\s+left)(?=\s+(?:[\w'’-]+\s+){{1,6}}?in\s+(?:an?\s+)?"
    rf"{_PATIENT_GRADE})",
    # or with its wounds: "The collision left a 58-year-old man with life-changing injuries"
    # (one object: not across "dead and", where clauses.py counts the second part)
    rf"(?:left|leaving|leaves|has\s+left)(?=\s+(?:(?!(?:and|dead)\b)[\w'’-]+\s+){{1,6}}?with\s+"
    rf"{_INJURY_OBJECT})",
    # or made ill: "The fumes made 14 people ill", "leaving nine pupils sick" (a count right after)
    rf"(?:made|making|makes|left|leaving|leaves)(?=\s+{COUNT}\s+(?:[\w'’-]+\s+){{0,2}}?"
    r"(?:ill|sick|unwell)(?![\w-]))",
)  # fmt: skip

# Recorders that "capture" a scene rather than a person ("captured on CCTV", "in footage").
_RECORDED = (
    r"(?i:(?:on|in|by)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){0,2}"
    r"(?:cameras?|cctv|video|film|footage|tape|phones?|dashcams?|images?|pictures?|photos?"
    r"|photographs?|social\s+media|drones?|bodycams?|body\s+cameras?))"
)
# Who holds a person by force: "seized by police", "caught by security guards".
_CAPTORS = (
    r"(?i:(?:the\s+)?(?:[\w-]+\s+)?(?:police|officers|detectives|troops|soldiers|security(?:\s+forces"
    r"|\s+guards|\s+staff)?|authorities|commandos|guards|agents|gendarmes|gendarmerie|marshals|deputies"
    r"|cops|garda[ií]?|troopers|constables|carabinieri|militia))"
)
ARREST_FORMS: tuple[str, ...] = _each(
    r"arrested",
    # a person taken: "a suspect had been captured" (not a scene "captured on CCTV")
    rf"captured(?!\s+{_RECORDED}|\s+(?:the|an?|his|her|their|its|him|them|\d)\b)",
    rf"(?:seized|caught|held|grabbed|taken|lifted|collared) by {_CAPTORS}(?![\w-])",
    # "were taken in by gendarmes", "was taken in for questioning" (not "taken in by a scam")
    rf"taken in (?:by {_CAPTORS}(?![\w-])|for questioning)",
    # the British euphemism and its kin: "is helping police with their enquiries", "is being
    # questioned by detectives", "being interviewed at Dunmore police station" (held for
    # questioning; not a witness asked once, nor bare "was being questioned", which a report
    # tells of one not held: "two others were being questioned", "was being questioned but had
    # not been arrested")
    rf"(?:helping|assisting) {_CAPTORS} with (?:their |the )?"
    r"(?:enquiries|inquiries|investigations?)",
    rf"being (?:questioned|interviewed|quizzed)(?= by {_CAPTORS}(?![\w-])"
    r"| (?:at|in) (?:an? |the )?(?:[\w'’-]+ ){0,3}?(?:police station|station|custody|cells?|suite"
    r"|headquarters|barracks)(?![\w-]))",
    r"detained(?!\s+in\s+hospital)",
    r"apprehended",
    r"nabbed",
    # booked into jail or on a charge (US copy), not a case registered (South Asian and Korean
    # copy: "booked under Section 304", "booked without physical detention", "booked over the
    # collapse", "booked for negligence"), which holds nobody
    r"booked(?! (?:without|under|over|for|in (?:a|the) case)\b)",
    # (not a casualty found in a state: "were picked up in an unconscious condition"; nor one
    # rescued, picked up by any other than captors: "picked up by a fishing canoe", "by rescuers",
    # "by a passing trawler", "by an ambulance"; nor from the water: "picked up from the sea")
    r"picked up(?! in (?:an? |the |his |her |their )?(?:[\w-]+ ){0,2}?(?:condition|state)\b)"
    rf"(?! by (?!{_CAPTORS}(?![\w-])))"
    r"(?! (?:alive )?(?:from|out of|off) (?:the |an? )?(?:[\w-]+ )?(?:water|sea|river|lake|ocean"
    r"|reef|rocks?|raft|hull|wreck(?:age)?|debris)\b)",
    r"rounded up",
    # a suspect's own surrender: "handed himself in", "gave herself up", "turned himself over to
    # police", "presented himself at Bridgend police station" (not "presented himself as")
    r"(?:handed|turned|gave|given) (?:himself|herself|themselves) (?:in|up|over)(?![\w-])"
    r"(?! for (?:dead|lost)\b| to (?:despair|grief|the (?:music|moment))\b)",
    r"presented (?:himself|herself|themselves) (?:at|to|before) (?:the |an? )?"
    r"(?:[\w'’-]+ ){0,3}?(?:police|station|authorities|officers)(?![\w-])",
    r"surrendered(?: to (?:police|officers|authorities))?(?!\s+(?:an?|the|his|her|their)\b)",
    r"held in connection with",
    r"held (?:by (?:shoppers|members of the public)|on suspicion|for questioning)",
    # held over an event: "Two men have been held over the attack" (not over a span of time)
    r"held over (?:the|a|an|his|her|their)(?= (?!(?:[\w-]+ ){0,2}?(?:weekend|week|month|year|days?"
    r"|hours?|nights?|summer|winter|spring|autumn|period|holidays?|christmas|easter)\b))",
    # custody where the person was caught: "A man in his thirties was held at the scene"
    r"held (?:at|near) the scene",
    r"taken into (?:police )?custody",
    # "was placed in police custody" (French "garde à vue"), "held at Kelso police station"
    r"(?:placed|put) in (?:police )?custody",
    # Indian and Pakistani copy: "The accused has been sent to judicial custody"
    r"sent to (?:judicial|police) (?:custody|remand)",
    r"held at (?:an? |the )?(?:[\w'’-]+ ){0,3}?police station",
    # "A 17-year-old is being held", "is being held at the county jail on a $50,000 bond": held
    # in custody (not hostage, nor evacuees held at a hall)
    r"being held(?<!hostages are being held)(?<!hostage is being held)"
    r"(?<!hostages were being held)(?<!hostage was being held)(?<!captives are being held)"
    r"(?=\s*[.;]|\s+(?:in (?:(?:police |judicial )?custody"
    r"|(?:the |a )?[\w'’ -]{0,30}?(?:jail|prison|cells?"
    r"|detention))|at (?:the |an? )?[\w'’ -]{0,40}?(?:jail|prison|police station|detention|custody)"
    r"|on (?:suspicion|a charge|charges|remand|bond|a \$|\$)|without bail|for questioning|pending"
    r"|in connection|by (?:police|officers|detectives)))",
    r"(?:in|under) (?:police |judicial )?custody",
    r"(?:in|under) the custody of (?:the )?(?:police|officers|authorities)",
    # custody told as being in the captors' hands: "Three suspects are now in the hands of the
    # gendarmerie", "two men are in police hands", "remain in the hands of the authorities"
    rf"in the hands of {_CAPTORS}(?![\w-])",
    rf"handed (?:over )?to {_CAPTORS}(?![\w-])",
    r"in (?:the )?(?:police|gendarmerie|army|military) hands",
    # the idiom of custody: "Two men are now behind bars", "were put behind bars" (not a term
    # served: "spent six years behind bars")
    r"behind bars(?<!spent behind bars)(?<!spend behind bars)(?<!years behind bars)"
    r"(?<!months behind bars)",
    r"(?:put|placed|thrown) behind bars",
    # (not a court's act on its object: "Judge X remanded him / the accused / Mr Y in custody")
    r"remanded(?! (?:on|to) bail| (?:him|her|them|the|an?)\b"
    r"| (?![A-Z][a-z]+day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
    r"(?-i:[A-Z]))",
    r"(?:placed|put) under arrest",
    # the Balkan and Central European police style: "was deprived of liberty", "was deprived of
    # his liberty", "placed under police detention" (held, as a custody)
    r"deprived of (?:(?:his|her|their) )?(?:personal )?(?:liberty|freedom)(?! of\b)",
    r"(?:placed|put|kept) (?:under|in) (?:police |pre-?trial |preventive |provisional "
    r"|judicial )?detention",
    # a magistrate's committal (French-speaking Africa's "mandat de dépôt"): "was placed under a
    # committal order", "placed under a detention warrant", "committed to prison"
    r"(?:placed|put) under (?:an? )?(?:committal|detention) (?:order|warrant)",
    r"committed to (?:the )?(?:[\w'’-]+ )?(?:prison|jail|remand)(?![\w-])",
    # held by bystanders for the police: "was held by villagers until police arrived"
    r"held by (?:the )?(?:locals|residents|villagers|bystanders|passers-by|onlookers|youths"
    r"|motorists|witnesses) until (?:the )?(?:police|officers|gendarmes|authorities)",
    # a court's custody told by its noun: "was placed on a three-day remand", "sent on remand"
    r"(?:placed|put|sent|kept|taken) on (?:an? )?(?:[\w-]+ ){0,2}?remand(?![\w-])",
    # "has been placed under police control" (Chinese press), "kept under police guard"
    r"(?:placed|put|kept) under police (?:control|guard|supervision)",
    # "the driver has been taken under control" (South Asian copy; a fire is "brought under")
    r"taken under (?:police )?control",
    r"under arrest",
    r"cuffed",
    r"handcuffed",
    r"hauled in",
    # "has been charged with assault", "was charged last night" (not "charged without detention",
    # not a thing's price or a battery): a person charged was held
    r"charged(?=\s*[.,;]|\s+(?:with|over|in\s+connection|after|following|by|and|last|late|later"
    r"|yesterday|today|tonight|overnight|on|in\s+relation)\b)",
)
# Arrest verbs that also take things ("drugs were seized", "the moment was captured on a phone"):
# their subject must be named, and be a person, for the clause to count an arrest.
TAKING_THINGS: tuple[str, ...] = (
    # (not "taken into custody": only a person is; "and that he had been taken into custody")
    "captured", "seized", "caught", "grabbed", r"taken(?! into)", "charged", "picked up",
    "rounded up", r"taken under",
)  # fmt: skip
# Custody forms said of a case or a matter as often as of a person ("the matter is in the hands of
# the police"): they count after a count of people or a head that names a person.
IN_HANDS: tuple[str, ...] = (
    r"in the hands of", r"in (?:the )?(?:police|gendarmerie|army|military) hands",
    # handed to the captors: "was handed over to the gendarmerie" (a file or a case is too)
    r"handed (?:over )?to",
)  # fmt: skip
ARRESTING_FORMS: tuple[str, ...] = (
    r"arrested", r"detained", r"arresting", r"apprehended", r"nabbed", r"detaining",
    r"apprehending", r"cuffed", r"handcuffed", r"cuffing",
    r"handcuffing", r"charged",
    r"picked up", r"rounded up",  # "Police picked up two suspects from a lodge"
    # an infinitive after a verb that says it was done: "were able to detain a man", "managed to
    # arrest two" (not "hope to arrest", "calls to arrest")
    r"(?:able|managed) to (?:arrest|detain|apprehend)",
)  # fmt: skip
# Running totals of arrests: "bringing the number of arrests to five" (the count follows).
ARREST_TALLIES: tuple[str, ...] = (
    r"(?:taking|bringing|raising|pushing|lifting) the (?:total )?number of (?:arrests|people "
    r"arrested|those arrested|people detained) (?:so far )?to",
    r"(?:total )?number of (?:arrests|people arrested|those arrested) (?:has |had )?(?:now )?"
    r"(?:rises |rose |risen |climbed |increased |stands |stood |is )?(?:to|at)",
)
# "Police have taken two persons into custody": the count stands inside the verb phrase.
# (South Asian copy takes a person "under control": "Police have taken the driver under control")
INTO_CUSTODY = (
    r"(?:took|taken|take|takes|taking)",
    r"(?:into\s+(?:police\s+)?custody|under\s+(?:police\s+)?control)",
)

# A count before a noun that says what befell them: "two fatalities", "18 other casualties",
# "an arrest has been made", "police made three arrests" (kind: the fact kind's short name).
COUNTED_NOUNS: dict[str, str] = {
    r"(?:confirmed |reported |other |further )?(?:fatalities|deaths|dead|deceased)(?! of\b)": (
        "killed"
    ),
    r"lives (?:were |have been |had been )?lost": "killed",
    r"bodies (?:(?:were|have|had|has) )?(?:(?:so far|now|since|also|already) )?(?:been )?"
    r"(?:recovered|found|pulled|retrieved)": "killed",
    # a court's count of the dead: "admitted 11 counts of murder", "guilty of five murders" (not
    # "40 counts of attempted murder")
    r"(?:counts? of murder|murders)(?! of\b)": "killed",
    # not when the noun is the subject of another predicate ("Eight casualties were taken to ...")
    r"(?:other |more |further |reported )?(?:casualties|injuries|injured)(?!\s+(?:were|was|are|is"
    r"|have|has|had)\s+(?!(?:been\s+)?(?:reported|recorded|confirmed)\b)|\s+(?:who|remain"
    r"|remained|needed|required|in)\b)": "injured",
}
# One life taken, its person named after: "The crash claimed the life of a young mother".
ONE_LIFE = r"(?:claimed|cost|took|claiming|costing|taking) the life of (?:an?|the|his|her|their)\b"
# One person declared dead, told by a pronoun object: "a doctor declared him dead at 10.40pm"
# (as "he was pronounced dead" counts one by its subject).
DECLARED_DEAD = r"(?:pronounced|declared|certified) (?:him|her) (?:dead|deceased)(?![\w-])"
# Verbs whose subject is the event and whose object counts lives: "The blaze claimed four lives".
LIFE_TAKING: tuple[str, ...] = ("claimed", "claiming", "cost", "costing", "took", "taking")
# Verbs whose object counts the dead found: "Divers recovered five bodies", "pulled six bodies
# from the shaft" (the passive "bodies were recovered" is a COUNTED_NOUNS entry).
BODY_FINDING: tuple[str, ...] = (
    "recovered", "recovering", "recover", "pulled", "pulling", "retrieved", "retrieving",
    "found", "finding", "removed", "removing", "dug", "extracted", "located", "fished",
)  # fmt: skip
# What may stand between "the" and "toll" ("the official death toll") and after it ("toll in
# Saturday's stampede"), not an injury tally.
_TOLL_MODS = r"(?:(?!injur|casualt)[a-z]+ ){0,2}?"
_TOLL_RAISING = (
    "taking|took|takes|bringing|brought|brings|raising|raised|raises|pushing|pushed|pushes"
    "|lifting|lifted|lifts|revising|revised|revises|lowering|lowered|lowers|cutting|cut|cuts"
)
# A toll moved up or down: "revised the toll down to 14", "the toll was revised upwards to 20".
_UP_DOWN = r"(?:(?:up|down)(?:wards?)? )?"
# How a tally moves or stands before its count: an auxiliary, an adverb of when, a verb of change
# or of state, then "to" or "at" ("has since been revised to", "remains at", "was later lowered
# to", "now stands at", "is now"), or a mark passed with its count right after ("has topped 40").
# The verbs are an open class of moving and standing: rise, climb, increase, jump, grow, mount,
# soar, fall, drop, revise, raise, lower, update, correct, adjust, reach, stand, remain, stay, hold.
_TALLY_ADVERB = r"(?:(?:now|since|already|further|again|later|subsequently|officially|so far) )?"
_TALLY_VERB = (
    r"(?:rises|rose|risen|rising|climbs|climbed|climbing|increased|increases|jumped|jumps|grew"
    r"|grown|mounted|mounts|soared|went up|gone up|shot up|fell|fallen|falls|dropped|drops"
    r"|revised|raised|lowered|updated|corrected|adjusted|moved|reached|stood|stands|remains"
    r"|remained|stays|stayed|holds|held|sits|sat|is|was|remain|stay|stand|hold|sit|are|were)"
)
_TALLY_MOVES = (
    rf"(?:(?:has|had|have|was|were|is|are) {_TALLY_ADVERB}(?:been )?)?{_TALLY_ADVERB}"
    rf"(?:{_TALLY_VERB} (?:(?:unchanged|steady|stable) )?{_UP_DOWN}(?:to|at)"
    r"|(?:topped|tops|passed|passes|exceeded|exceeds|hit|hits|reached|reaches|is now|was now"
    r"|now stands|stands|stood|now))(?![\w-])"
)
# (its count right after, so a long phrase placing the tally is read past a bare "at" or "to"
# inside it: "the number of people killed in the blast at the pit rose to seven")
# (a second tally of a coordination may leave its verb out: "the death toll rose to 20 and the
# number of injured to 85", "the number of deaths has reached 18 and the number of injured 134")
# (it opens with its own space, which the gapped form leaves to the count)
# A gapped tally's count ends its clause ("... and the number of injured to 85."), unlike a
# place's number ("the number of injured at 3 hospitals").
_GAPPED_END = (
    r"(?:\s*(?:[(,.;]|$)|\s+(?:and|on|in|by|after|as|when|while|according|people|persons|others"
    r"|so far)\b)"
)
_NUMBER_MOVES = (
    rf"(?: {_TALLY_MOVES}(?= (?:{COUNT})(?![\w-]))"
    rf"| (?:to|at)(?= (?:{COUNT}){_GAPPED_END})|(?= (?:{COUNT})\s*(?:[(,.;]|$)))"
)
# (not the hurt's own toll: "the toll of the injured reached 35"; the phrase may name the event
# at length, up to a clause's punctuation: "the death toll from Monday's fire at the old textile
# mill beside the ring road on the eastern edge of the town has risen to seven")
_TOLL_OF = (
    # (or a clause of when it happened: "the number of people killed when gunmen fired on a bus
    # at Kora on Thursday has risen to three")
    r"(?: (?:in|from|of|after|at|on|for|when|as|since) (?!(?:the )?(?:injured|wounded|hurt"
    r"|injuries)\b)[^,.;:!?]{1,160}?)?"
)
# Those a hospital tally counts: "(the number) taken to hospital", "(the number) hospitalised".
_TO_HOSPITAL = (
    r"(?:(?:who (?:were |have been |had been )?)?(?:taken|admitted|rushed|brought|sent|conveyed"
    r"|transported|airlifted) to (?:hospitals?|(?:the |a )?(?:[\w'’.-]+ ){0,3}?hospitals?)"
    r"|hospitali[sz]ed)"
)
_TALLIED = r"(?:of (?:[\w'’-]+ ){1,2}?)?"  # "the number (of children) taken to hospital"
# The dead as a tally's head, one class for every tally: "the number of deceased", "of fatalities".
_DEAD_HEADS = "killed|dead|deceased|deaths|fatalities"
# How sure a tally's count is: "the number of confirmed deaths", "of known fatalities".
_TALLY_STATE = r"(?:(?:confirmed|reported|known|recorded|official|verified) )?"
# Tallies: "the death toll rose to two", "taking the death toll to five".
TOLL_PHRASES: dict[str, str] = {
    r"(?:claimed|cost|took|claiming|costing|taking) the lives of": "killed",
    # "the death toll in Saturday's stampede climbed to 23": a short phrase may place the toll
    # "the death toll rose to", "fatalities have risen to", "the death count climbed to"
    **{
        rf"{head}{_TOLL_OF} {_TALLY_MOVES}": kind
        for head, kind in (
            ("(?:death )?(?<!injury )toll", "killed"),
            ("death count", "killed"),
            ("death tally", "killed"),
            ("fatalities", "killed"),
            ("deaths", "killed"),
            # the hurt's own toll: "the injury toll rose to 35", "the toll of the injured reached"
            ("injury toll", "injured"),
            ("toll of (?:the )?(?:injured|wounded)", "injured"),
        )
    },
    # (a short phrase may place the toll: "taking the death toll from Sunday's capsize to two")
    rf"(?:{_TOLL_RAISING}) the {_TOLL_MODS}(?:death )?toll{_TOLL_OF} {_UP_DOWN}to": "killed",
    rf"(?:put|puts|putting|placed|places|placing) the {_TOLL_MODS}(?:death )?toll at": "killed",
    # (the deaths told as confirmed or known: "bringing the number of confirmed deaths to 11")
    rf"(?:{_TOLL_RAISING}) the number of (?:people |those )?{_TALLY_STATE}(?:{_DEAD_HEADS}) to": (
        "killed"
    ),
    # the dead told by a relative clause and its circumstances: "bringing the number of workers
    # who died as a result of the explosion to five" (the last "to" before the count)
    rf"(?:{_TOLL_RAISING}) the number of (?:[\w'’-]+ ){{0,2}}?(?:who (?:have |had )?(?:since )?"
    r"(?:died|perished|lost their lives|been killed|were killed)|killed)"
    rf"(?: [^,.;:!?]{{1,90}})? to(?= (?:{COUNT})(?![\w-]))": "killed",
    r"(?:minor |serious |critical )?injuries to": "injured",  # "caused injuries to 12 people"
    # nominal predicates: "resulted in the death of six and the injury of 14 others"
    r"(?:the )?(?:injury|injuries|wounding) of": "injured",
    # "The dead numbered 14" (one entry per head, so each scan opens with a word)
    # (or as a participle in commas: "The injured, numbering 15, were rushed to ...")
    **{
        rf"{head},? (?:now )?number(?:ed|ing)": "killed"
        for head in ("dead", "fatalities", "deaths")
    },
    **{
        rf"{head},? (?:now )?number(?:ed|ing)": "injured"
        for head in ("injured", "wounded", "casualties")
    },
    rf"(?:{_TOLL_RAISING}) the number of (?:people |those )?(?:injured|hurt"
    r"|injuries|casualties) to": "injured",
    # "the number (of people) killed", "the number dead": the of-phrase or the participle alone
    # (or of any noun of people before a participle: "the number of miners killed in ... rose to 7")
    rf"number (?:of (?:people |those )?{_TALLY_STATE}|of [a-z'’-]+ (?=killed|dead|who ))?"
    rf"(?:{_DEAD_HEADS}|who (?:have |had )?(?:died|perished|lost their lives))"
    rf"{_TOLL_OF}{_NUMBER_MOVES}": "killed",
    # the victims' own tally is the toll: "the number of victims (of the fire) has risen to five"
    # (not those of them in hospital or hurt: a short of-phrase only)
    rf"number of (?:the )?victims(?: of (?:the |this |that )?[\w'’-]+(?: [\w'’-]+)?)?"
    rf"{_NUMBER_MOVES}": "killed",
    r"number (?:of (?:people |those )?)?(?:injured|hurt|wounded|injuries|casualties)"
    rf"{_TOLL_OF}{_NUMBER_MOVES}": ("injured"),
    # hospital tallies: "The number taken to hospital has risen to six", "bringing the number of
    # people admitted to hospital to nine" (not "the number (of people) in hospital", a state)
    rf"(?:{_TOLL_RAISING}) the number {_TALLIED}{_TO_HOSPITAL} to": "hospitalised",
    rf"number {_TALLIED}{_TO_HOSPITAL}{_TOLL_OF}{_NUMBER_MOVES}": "hospitalised",
}
_REPORTED = r"(?:(?:has|have|had|was|were)\s+)?(?:been\s+)?(?:reported|recorded|confirmed)"
# "No deaths were reported", "There was no loss of life", "with no arrests": a zero count.
ZERO_PHRASES: dict[str, str] = {
    r"no (?:reported |other |further |immediate |known )?(?:reports? of (?:any )?)?"
    r"(?:deaths|fatalities|loss of life|lives (?:were |have been |had been )?lost)": (
        "casualties.killed"
    ),
    # (or no report of them: "There were no (immediate) reports of injuries")
    r"(?:there were|there have been|there has been|there had been|with|causing|caused) no "
    r"(?:immediate |further )?(?:reported |reports? of (?:any )?)?injuries": "casualties.injured",
    # "All 44 passengers and crew survived", "everyone on board survived"
    r"(?:all|everyone|everybody)\b[^.,;]{0,40}?\b(?:survived|escaped alive)(?![\w-])": (
        "casualties.killed"
    ),
    # "All 49 passengers escaped unhurt", "everyone on board walked away uninjured"
    r"(?:all|everyone|everybody)\b[^.,;]{0,40}?\b(?:escaped|were|was|walked\s+away|emerged) "
    r"(?:unhurt|uninjured|unharmed|unscathed|without (?:any )?injur(?:y|ies))": (
        "casualties.injured"
    ),
    r"no (?:reported |other |further )?(?:reports? of (?:any )?)?(?:injuries|casualties) "
    r"(?:were |have been |had been )?(?:reported|recorded)": "casualties.injured",
    r"(?:there were|there have been|there has been|there had been|with|causing|caused) no "
    r"(?:reported |immediate )?casualties": "casualties.killed",
    r"no arrests? (?:(?:has|have|had|was|were|is|are) )?(?:yet )?(?:been )?"
    r"(?:made|carried out|reported)(?![\w-])": "arrests",
    r"(?:has|have|had|was|were) not (?:yet )?been (?:arrested|detained"
    r"|taken into (?:police )?custody|placed under arrest)": "arrests",
    # "No suspects are in custody", "None of the gunmen has been caught": nobody held
    r"no (?:suspects?|one|-one|body) (?:is|are|was|were) (?:currently |now )?(?:in|under) "
    r"(?:police )?custody": "arrests",
    r"none of (?:the|them|those)(?: [\w'’-]+){0,3}? (?:has|have|had) (?:yet )?been "
    r"(?:arrested|detained|apprehended|caught)": "arrests",
    # "Police have not made any arrests", "officers had yet to make an arrest"
    r"(?:has|have|had|did) (?:not|n't) (?:yet )?(?:made|make) any arrests?": "arrests",
    r"(?:has|have|had) yet to (?:make|report) (?:any|an) arrests?": "arrests",
    # "Officers are yet to arrest anyone", "police have not yet detained anybody"
    r"(?:are|is|were|was|has|have|had) yet to (?:arrest|detain|charge) (?:anyone|anybody)": (
        "arrests"
    ),
    r"(?:has|have|had|did) (?:not|n't) (?:yet )?(?:arrest|arrested|detain|detained|charge|charged) "
    r"(?:anyone|anybody)": "arrests",
    # (not "No one else has been arrested": nobody besides those told of)
    # any verb of taking a person ("no one had been held", "no suspect has been taken into
    # custody"; not "held responsible", nor "charged", which an arrest may precede)
    r"(?:no-one|no one|nobody|no suspects?) (?:has|have|had|was|were) (?:yet )?(?:been )?"
    r"(?:arrested|detained|apprehended|picked up|taken into (?:police )?custody"
    r"|held(?! (?:responsible|accountable|liable|to account|hostage|captive|up|back)\b))": (
        "arrests"
    ),
    r"(?:there have been|there were|there has been|there had been|made|with) no "
    r"(?:further )?arrests": "arrests",
}
# Subjects that count nobody: "No one died", "none of the passengers was hurt" (counting.py).
ZERO_SUBJECTS: tuple[str, ...] = ("no one", "no-one", "nobody", "none", "no")
