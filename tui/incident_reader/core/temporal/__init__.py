"""Temporal tagging: find TIMEX3 expressions in a text and normalise them against a DCT.

``tag`` is the one entry point for the rest of the code; ``infer_dct`` guesses a missing DCT from
the text. Rules and word tables are data (``rules``, ``lexicon``); ``anchoring`` resolves
relative expressions against the DCT or the narrative's date; ``timeml`` formats and checks values.
"""

from __future__ import annotations

from incident_reader.core import regex_cache  # noqa: F401 (first, for the patterns below)
from incident_reader.core.model import Timex
from incident_reader.core.temporal.dct import infer_dct, infer_dct_with_evidence
from incident_reader.core.temporal.tagger import scan
from incident_reader.core.temporal.timeml import is_valid

__all__ = ["Timex", "infer_dct", "infer_dct_with_evidence", "is_valid", "tag"]


def tag(text: str, dct: str | None = None) -> list[Timex]:
    """The time expressions of ``text`` in reading order, values resolved against ``dct``."""
    return scan(text, dct or None)
