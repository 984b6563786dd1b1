"""A report written in the first hours of an incident, told by its own words of the stage.

Counts rise through the first day: the first reports give the figures known so far. A report
that says it is one of them ("moments after the van struck", "it is too early to say", "early
reports", "two people remain trapped", "details are still emerging") gives early figures, so a
higher figure of the same day is the rise it could not yet know, not a dispute (read in
``pairing._foreseen`` with the counts told as provisional). The cues are a closed class of
reporting-stage phrases; each has invented examples that run as tests (``EXAMPLES``).
"""

from __future__ import annotations

import re

# The stage words. Each alternative is a phrase a later report (the next day's, the inquest's)
# has no reason to use of the incident: a rescue still going on, a story still unfolding.
_FIRST_HOURS = re.compile(
    r"\b(?:"
    r"moments\s+(?:after|ago)"  # "moments after the lorry ploughed into the crowd"
    r"|(?:it\s+is|it's|it’s|still)\s+too\s+(?:early|soon)\s+to\s+(?:tell|say|know|confirm)"
    r"|(?:early|initial|first|unconfirmed)\s+reports?\s+(?:said|say|suggest|suggested|of|that)"
    r"|(?:remain|remains|remained|are\s+still|were\s+still|is\s+still|was\s+still)\s+"
    r"(?:trapped|inside\s+the\s+wreckage|under\s+the\s+rubble|unaccounted\s+for)"
    r"|details\s+(?:are|were)\s+(?:still\s+)?(?:emerging|sketchy|scarce|unclear)"
    r"|(?:a\s+|this\s+is\s+a\s+)?(?:developing|breaking)\s+(?:news\s+)?story"
    r"|(?:situation|story)\s+(?:is|was)\s+(?:still\s+)?(?:unfolding|developing)"
    r")",
    re.IGNORECASE,
)

EXAMPLES: tuple[tuple[str, bool], ...] = (
    ("Footage filmed moments after the bus left the road shows people running.", True),
    ("It is too early to say what caused the roof to give way, the mayor said.", True),
    ("Early reports said a gas cylinder had exploded in the kitchen.", True),
    ("Rescuers said three people remain trapped in the collapsed block.", True),
    ("Two passengers were still inside the wreckage at 9am.", True),
    ("Firefighters said two workers are still unaccounted for.", True),
    ("Details are still emerging about the crash on the ring road.", True),
    ("This is a developing story and will be updated.", True),
    # near misses: words of the same shape told of another stage
    ("The inquest heard she died minutes after the crash.", False),
    ("The report into the early stages of the rescue was published on Monday.", False),
    ("Three people remained in hospital a week later.", False),
    ("The story of the rescue was told in a documentary.", False),
)


def tells_first_hours(text: str) -> bool:
    """Whether the report tells itself as written in the incident's first hours."""
    return _FIRST_HOURS.search(text) is not None
