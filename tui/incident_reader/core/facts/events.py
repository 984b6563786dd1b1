"""Event predicate classes as data: the verbs and nouns telling an incident, its toll, its sequel.

Each class lists lemmas; ``forms`` spells their inflections (regular suffix rules and a short table
of irregular pasts), so "crash-land" also matches "crash-landed" and "crash-landing", and "fall"
matches "fell" and "fallen". A multi-word lemma inflects its first word ("came down").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from incident_reader.core.facts.numbers import _alt

# Irregular verbs: lemma -> (past, past participle). A closed class of English.
IRREGULAR: dict[str, tuple[str, str]] = {
    "fall": ("fell", "fallen"), "shoot": ("shot", "shot"), "strike": ("struck", "struck"),
    "hit": ("hit", "hit"), "break": ("broke", "broken"), "come": ("came", "come"),
    "give": ("gave", "given"), "drive": ("drove", "driven"), "sink": ("sank", "sunk"),
    "blow": ("blew", "blown"), "go": ("went", "gone"), "run": ("ran", "run"),
    "sweep": ("swept", "swept"), "catch": ("caught", "caught"), "set": ("set", "set"),
    "tear": ("tore", "torn"), "burn": ("burned", "burnt"), "throw": ("threw", "thrown"),
    "take": ("took", "taken"), "begin": ("began", "begun"), "find": ("found", "found"),
    "hold": ("held", "held"), "tell": ("told", "told"), "say": ("said", "said"),
    "make": ("made", "made"), "put": ("put", "put"),
    "leave": ("left", "left"), "bring": ("brought", "brought"), "fight": ("fought", "fought"),
    "spread": ("spread", "spread"), "ride": ("rode", "ridden"), "rise": ("rose", "risen"),
    "smite": ("smote", "smitten"), "slide": ("slid", "slid"), "flee": ("fled", "fled"),
    "lose": ("lost", "lost"), "burst": ("burst", "burst"), "sit": ("sat", "sat"),
    "hear": ("heard", "heard"), "ring": ("rang", "rung"), "spring": ("sprang", "sprung"),
    "stand": ("stood", "stood"), "see": ("saw", "seen"), "fly": ("flew", "flown"),
    "draw": ("drew", "drawn"), "lead": ("led", "led"), "light": ("lit", "lit"),
    "shake": ("shook", "shaken"), "bite": ("bit", "bitten"), "hide": ("hid", "hidden"),
    "split": ("split", "split"), "bend": ("bent", "bent"), "grow": ("grew", "grown"),
    "stick": ("stuck", "stuck"), "keep": ("kept", "kept"), "feel": ("felt", "felt"),
    "spend": ("spent", "spent"), "send": ("sent", "sent"), "lay": ("laid", "laid"),
    "meet": ("met", "met"), "swing": ("swung", "swung"), "get": ("got", "got"),
    "overtake": ("overtook", "overtaken"), "pay": ("paid", "paid"), "shed": ("shed", "shed"),
    "overrun": ("overran", "overrun"), "overshoot": ("overshot", "overshot"),
}  # fmt: skip
# Verbs that double their last consonant before -ed and -ing beyond the one-syllable rule of
# ``_doubles`` (kept for those it also covers: "stab", "ram"): a stressed last syllable ("occur").
_DOUBLES = frozenset(
    (
        "stab",
        "ram",
        "plan",
        "trap",
        "slam",
        "flip",
        "drop",
        "grab",
        "stop",
        "gut",
        "put",
        "set",
        "hit",
        "run",
        "get",
        "sit",
        "occur",  # stressed last syllable: "occurred", "occurring"
        "rob",
        "mug",
        "kidnap",  # "kidnapped", as British and most American copy spell it
        "shed",
        "skid",  # "skidded", "skidding"
        "overrun",  # stressed last syllable: "overrunning"
    )
)

# The incident's onset: verbs (lemmas, multi-word allowed) and event nouns.
ONSET_VERBS: tuple[str, ...] = (
    "crash", "crash-land", "collide", "derail", "capsize", "explode", "blow up", "detonate",
    "go off", "leak", "burn", "catch fire", "set fire", "set alight", "torch", "ignite",
    "break out", "take hold", "engulf", "shoot", "open fire", "fire", "stab", "slash", "knife",
    "lunge",
    "attack", "assault", "fall", "plunge", "plummet", "tumble", "nosedive", "nose-dive",
    "collapse", "give way", "cave in", "come down",
    "come through", "break through", "smash through", "plough", "plow", "ram", "mount", "swerve",
    "veer", "overturn", "topple", "flip", "roll over", "tip over", "sink", "founder", "strike",
    "hit", "smash", "slam", "crush", "surge", "stampede", "flood", "sweep", "wash", "erupt",
    "run amok", "run over", "run down", "drive into", "mow down", "happen", "occur", "take place",
    "unfold",
    "kick off", "start", "begin", "sound", "raise the alarm", "spread", "tear through",
    "rip through", "hurtle", "career", "skid", "bomb", "gun down", "storm", "burst into flames",
    "go up in flames", "lose control", "notice", "ring out",
    # a craft or vehicle's own motion: "the plane went down", "crossed into oncoming traffic"
    "go down", "cross into", "cross over", "come off", "run off", "run aground", "overtake",
    # leaving the way it ran on: "slid off the runway", "overran the runway", "overshot the
    # runway", "slid down the embankment" ("prices slid" has no particle)
    "slide off", "slide down", "slide into", "overrun", "overshoot",
    # a part giving way: "the cabin detached from its cable", "a wheel came loose", "the brakes
    # failed" ("failed to stop" is no event: when.py reads the "to" after it)
    "detach", "come loose", "break loose", "fail",
    # water breaking in: "water gushed into the mine", "the pit was inundated"
    "gush", "inundate",
    # a structure failing under load: "the jetty buckled", "the deck crumbled", "a bolt sheared",
    # "a gas main ruptured" ("snap" left out: photos are snapped, people snap at reporters)
    "buckle", "crumble", "shear", "rupture",
    # a crowd's crush: "the crowd began pushing", "people shoved towards the gate"
    "push", "shove", "jostle",
    # what the event did to its scene: "the coach was gutted", "homes were razed"
    "gut", "raze", "devastate",
    # crimes against a person or a property: "was robbed at knifepoint", "the house was burgled"
    "rob", "burgle", "burglarize", "mug", "kidnap", "abduct", "carjack",
    # a mishap told by an idiom: "a swimmer got into difficulty", "a lorry shed its load"
    "get into difficulty", "get into difficulties", "shed its load", "shed their load",
    # an animal's attack: "was mauled by a dog", "gored by a bull", "trampled by cattle" (the
    # bite is event_cues' "bitten": "bit" is mostly "a bit")
    "maul", "gore", "trample",
    # holding people against their will: "three staff were held hostage", "took a clerk hostage"
    "hold hostage", "take hostage", "hold at gunpoint", "hold at knifepoint",
)  # fmt: skip
ONSET_NOUNS: tuple[str, ...] = (
    "crash", "crash-landing", "collision", "collapse", "derailment", "capsize", "capsizing",
    "explosion", "blast", "leak", "fire", "blaze", "inferno", "shooting", "gunfire", "shots",
    "stabbing", "stabbings", "attack", "assault", "fall", "arson", "crush", "stampede", "surge",
    "flood", "flooding", "flash flood", "rockfall", "landslide", "landslip", "pile-up", "pileup",
    "smash", "incident", "accident", "tragedy", "disaster", "rampage", "bombing", "alarm",
    "smoke", "emergency call", "call", "calls", "impact", "wreck",
    "sinking", "eruption", "hit-and-run", "flames", "bang", "boom", "gunshot", "fireball",
    "spill", "spillage",
    "robbery", "burglary", "mugging", "kidnapping", "abduction", "carjacking", "break-in",
    "heist", "hold-up", "siege", "hostage-taking",
    "ablaze",  # a state of burning: "the coach ablaze on the M1 on Sunday evening"
    # a mass of snow, mud, rock or ground on the move, as "landslide" and "rockfall" are: "the
    # avalanche released above them", "a mudslide buried the road at dawn", "the quake struck"
    "avalanche", "slide", "snowslide", "mudslide", "rockslide", "mudflow", "earthquake", "quake",
)  # fmt: skip
# The onset nouns that name an incident of their own ("the Kelby ferry disaster"), without those
# that name a call or a sign of one ("the Friday alarm", "the emergency call").
_SIGNS = frozenset(("alarm", "smoke", "call", "calls", "emergency call", "bang", "boom"))
INCIDENT_NOUNS: tuple[str, ...] = tuple(n for n in ONSET_NOUNS if n not in _SIGNS)

# The call-out: emergency services told of the incident at once ("crews responded at 2.45pm"),
# so its time stands for the onset when no other is told.
CALL_OUT_VERBS: tuple[str, ...] = (
    "respond", "summon", "dispatch", "scramble", "alert", "rush to the scene",
)  # fmt: skip
# Verbs whose object is the scene itself: "a blast destroyed Tally's Bakery in Oakton".
SCENE_OBJECT_VERBS: tuple[str, ...] = (
    "destroy", "gut", "raze", "flatten", "engulf", "damage", "wreck", "level", "devastate",
    "evacuate",
)  # fmt: skip
# Words naming the one who did it: a sentence about them is about the scene.
AGENT_NOUNS: tuple[str, ...] = (
    "attacker", "gunman", "knifeman", "assailant", "shooter", "bomber", "arsonist", "driver",
)  # fmt: skip
# The toll: a time near these may be a later death, not the onset.
TOLL_VERBS: tuple[str, ...] = (
    "kill", "die", "drown", "injure", "hurt", "wound", "succumb", "lose their lives",
)  # fmt: skip
# What came before: a journey's start ("the bus departed at 8 pm", "set sail at dawn", "the plane
# took off at 2.05pm"; "left" is event_cues' own, as "leaving ten injured" tells the event's
# result). Told after "after" ("shortly after taking off on Sunday") it is the reference point of
# the event that followed, which its time dates.
JOURNEY_VERBS: tuple[str, ...] = (
    "depart", "set off", "set out", "set sail", "board", "embark", "take off", "lift off",
)  # fmt: skip
# What came after: arrests, court, hospital, statements, recovery, reopening.
AFTER_VERBS: tuple[str, ...] = (
    "arrest", "detain", "charge", "appear", "sentence", "jail", "convict", "acquit", "remand",
    "release", "discharge", "declare", "reopen", "re-open", "rescue", "recover", "inspect",
    "name", "pronounce", "remain", "visit", "mourn", "expect", "update", "find", "search",
    "investigate", "spend", "bury", "identify", "hear", "patrol", "close", "arrive", "raid",
    "remove", "clear", "tow", "return", "resume", "launch", "attend", "gather", "appeal", "warn",
    "urge", "treat", "airlift", "transfer", "pay tribute", "lay flowers", "confirm", "announce",
    "commemorate", "publish",
    # a toll that grew later: "the toll rose to nine on Tuesday", "climbed to 12 overnight"
    "rise", "climb",
    # legal process after the fact: "registered a case on Monday", "lodged a complaint",
    # "filed charges", "booked the owner under section 304"
    "register", "lodge", "file", "book", "prosecute", "sue", "summons", "indict",
    "arraign", "plead", "extradite", "question", "interview",
    # a date moved: "the hearing was pushed back to Monday", "adjourned until 4 May"
    "push back", "put back", "postpone", "adjourn", "delay", "reschedule",
    # what came before: a journey's start (JOURNEY_VERBS)
    *JOURNEY_VERBS,
    # a claim after the fact: "On Tuesday the group claimed the attack"
    "claim",
    # a suspect giving himself up: "handed himself in at X police station on Sunday"
    "surrender", *(f"{verb} {self} {particle}" for verb, particle in (("hand", "in"),
    ("turn", "in"), ("give", "up")) for self in ("himself", "herself", "themselves")),
    # the response ending it: "isolated the valve at 9.35pm", "the incident was stood down",
    # "the leak was contained", "the fire was extinguished", "crews made the building safe"
    "isolate", "stand down", "contain", "extinguish", "put out", "make safe", "damp down",
    # firefighting goes on after the onset: "crews were battling the flames on Sunday"
    *(f"{verb} the {noun}" for verb in ("battle", "fight", "tackle")
      for noun in ("flames", "blaze", "fire", "inferno", "wildfire")),
)  # fmt: skip
AFTER_NOUNS: tuple[str, ...] = (
    "custody", "court", "statement", "meeting", "vigil", "funeral", "inquest", "trial",
    "hearing", "verdict", "press conference", "news conference", "briefing", "condition",
    "hospital", "update", "anniversary", "memorial", "guilty", "under control",
    "FIR", "complaint", "lawsuit", "probe",
)  # fmt: skip


def forms(lemma: str) -> list[str]:
    """A verb lemma's inflections: base, third person, past, participle, -ing (first word only)."""
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    base = head.split("-")[-1]
    prefix = head[: len(head) - len(base)]
    out = {base, _third(base), _ing(base), *IRREGULAR.get(base, (_past(base),))}
    return sorted({f"{prefix}{w}{tail}" for w in out}, key=lambda w: (-len(w), w))


def _third(word: str) -> str:
    if word.endswith(("s", "sh", "ch", "x", "z", "o")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _past(word: str) -> str:
    if word.endswith("e"):
        return word + "d"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ied"
    if _doubles(word):
        return word + word[-1] + "ed"
    return word + "ed"


def _ing(word: str) -> str:
    if word.endswith("ie"):
        return word[:-2] + "ying"
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
        return word[:-1] + "ing"
    if _doubles(word):
        return word + word[-1] + "ing"
    return word + "ing"


# One syllable ending in one vowel letter and one consonant (not w, x or y): "tip", "slip", "jab".
_ONE_SYLLABLE_CVC = re.compile(r"[^aeiou]*[aeiou][b-df-hj-np-tvz]")


def _doubles(word: str) -> bool:
    """Whether a verb doubles its last consonant before -ed and -ing ("tipped", "slipping"): a
    one-syllable consonant-vowel-consonant verb by rule, a longer one by the table."""
    return word in _DOUBLES or _ONE_SYLLABLE_CVC.fullmatch(word) is not None


def phrase_pattern(phrase: str) -> str:
    """A regex fragment for a phrase: spaces match any whitespace, hyphens stay literal."""
    return r"\s+".join(re.escape(w) for w in phrase.split())


def alternation(verbs: Iterable[str] = (), nouns: Iterable[str] = ()) -> str:
    """One alternation of every form of the verbs and every noun (plural with -s), longest first."""
    words: set[str] = set()
    for lemma in verbs:
        words.update(forms(lemma))
    for noun in nouns:
        words.add(noun)
        if not noun.endswith("s"):
            words.add(noun + "s")
    ordered = sorted(words, key=lambda w: (-len(w), w))
    # As a trie: the same matches as the longest-first list, read a character at a time rather
    # than trying hundreds of forms in turn at every place a cue may start.
    return _alt(" ".join(w.split()) for w in ordered)


def cue_words(verbs: Iterable[str] = (), nouns: Iterable[str] = ()) -> tuple[str, ...]:
    """Every literal form of a class, for WordScan's first-word index."""
    out: set[str] = set()
    for lemma in verbs:
        out.update(forms(lemma))
    for noun in nouns:
        out.update((noun, noun + "s"))
    return tuple(sorted(out))
