"""The pure core: loading, temporal tagging, facts, alignment, store. Never imports textual or rich."""
