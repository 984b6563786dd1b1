"""Infer a missing document creation time from what the text itself says (never from today)."""

from __future__ import annotations


def infer_dct_with_evidence(text: str) -> tuple[str, str] | None:
    """The inferred DCT and a short human reason, or None when the text does not allow it."""
    return None


def infer_dct(text: str) -> str | None:
    """Infer a missing DCT from the text; None when the text does not allow it."""
    found = infer_dct_with_evidence(text)
    return found[0] if found else None
