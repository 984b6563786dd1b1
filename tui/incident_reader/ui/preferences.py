"""The user's reader preferences (the theme) kept across launches in a small versioned JSON file.

Textual-free and defensive: a missing, unreadable or foreign file gives the defaults, and a file
that cannot be written costs the preference, never the session.
"""

from __future__ import annotations

import os
from pathlib import Path

from incident_reader.core.record import FrozenRecord

SCHEMA_VERSION = 1
FILE_NAME = "preferences.json"


def preferences_path() -> Path:
    """``$INCIDENT_READER_CONFIG``, else ``$XDG_CONFIG_HOME/incident-reader``, else ~/.config."""
    explicit = os.environ.get("INCIDENT_READER_CONFIG")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "incident-reader" / FILE_NAME


class Preferences(FrozenRecord):
    """What the reader remembers: the theme's name (None: Textual's default)."""

    __slots__ = ("theme",)
    _fields = ("theme",)
    theme: str | None

    def __init__(self, theme: str | None = None) -> None:
        self._init(theme=theme)


def load(path: Path | None = None) -> Preferences:
    """The saved preferences, or the defaults when there are none we can read."""
    path = path or preferences_path()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, ValueError):
        return Preferences()
    import json  # only when there is a file (a first launch has none): 6M instructions

    try:
        data = json.loads(text)
    except ValueError:
        return Preferences()
    if not isinstance(data, dict) or data.get("version") != SCHEMA_VERSION:
        return Preferences()
    theme = data.get("theme")
    return Preferences(theme=theme if isinstance(theme, str) and theme else None)


def save(preferences: Preferences, path: Path | None = None) -> str | None:
    """Write the preferences (atomically); returns a one-line error instead of raising."""
    import json

    path = path or preferences_path()
    document = {"version": SCHEMA_VERSION, "theme": preferences.theme}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
        temporary.replace(path)
    except OSError as err:
        return f"could not save preferences to {path}: {err.strerror or err}"
    return None
