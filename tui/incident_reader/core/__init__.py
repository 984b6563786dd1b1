"""The pure core: loading, tagging, facts, alignment, store; it never imports textual or rich."""
