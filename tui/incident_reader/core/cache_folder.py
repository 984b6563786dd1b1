"""The folder the caches kept between launches live in, shared by the regex and the CSS caches."""

from __future__ import annotations

import os
from pathlib import Path


def cache_folder(setting: str) -> Path:
    """``setting`` (an environment variable's folder) when given, else the XDG cache folder."""
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "incident-reader"
