"""A sentence that opens another case: "Separately, X, 51, pleaded guilty to ...", "In an
unrelated case, police arrested ...". Court round-ups and briefs tell several cases in one
report; the people such a sentence holds to account are not the suspect of the report's own
incident, and its arrests are not that incident's.

The openers are a closed class of discourse connectives; "Separately" alone may also add to the
same case ("Separately, a second man was arrested in connection with the attack"), so it opens
another case only when nothing in the sentence ties it back.
"""

from __future__ import annotations

import re
from functools import lru_cache

from incident_reader.core.facts.text import Sentence

_I = re.IGNORECASE

# Connectives that always move to another case.
_OTHER = re.compile(
    r"^\W*(?:in|at)\s+(?:an?|one)\s+(?:separate|unrelated|different|other|second)\s+"
    r"(?:case|incident|matter|hearing|trial|prosecution|development|attack|crash)\b"
    r"|^\W*in\s+another\s+(?:case|incident|matter|hearing|trial)\b"
    r"|^\W*(?:in\s+other\s+news|elsewhere|unrelated(?:ly)?|in\s+other\s+cases|also\s+in\s+court)\b",
    _I,
)
# "Separately," and its like: another case unless the sentence ties back to this one.
_SEPARATELY = re.compile(r"^\W*(?:separately|meanwhile|in\s+a\s+separate\s+development)\s*,", _I)
_TIES_BACK = re.compile(
    r"(?<![\w-])(?:second|third|another|further|more|also|same|in\s+connection\s+with\s+the"
    r"|over\s+the|the\s+(?:attack|stabbing|shooting|crash|collision|fire|killing|murder|death"
    r"|incident|assault|robbery|blast|explosion))(?![\w-])",
    _I,
)


@lru_cache(maxsize=64)
def opens_other_case(sentence: Sentence) -> bool:
    """Whether the sentence tells another case than the report's own (kept per sentence: the
    arrests, the suspect and the incidents' split each ask it of every sentence)."""
    text = sentence.text
    if _OTHER.match(text):
        return True
    return _SEPARATELY.match(text) is not None and _TIES_BACK.search(text) is None
