"""incident-reader: read several news reports of one incident side by side."""

__version__ = "0.1.0"
