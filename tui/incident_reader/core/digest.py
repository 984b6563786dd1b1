"""SHA-1 hex digests for start-up, without importing ``hashlib``.

``hashlib`` loads OpenSSL's library when it is imported: 7M instructions of every reader launch,
for the one digest start-up takes of each report file (``Report.sha1``) and of the stylesheet's
sources (ui.css_cache). CPython's own SHA-1 module (what ``hashlib`` itself falls back to without
OpenSSL) gives the same digest and loads in a tenth of that; ``hashlib`` is used where it is
missing.
"""

from __future__ import annotations

import importlib
from typing import Any

try:
    _sha1: Any = importlib.import_module("_sha1").sha1
except ImportError:  # an interpreter built without it
    _sha1 = importlib.import_module("hashlib").sha1


def sha1_hex(data: bytes) -> str:
    """The SHA-1 digest of ``data`` as 40 hex digits (``hashlib.sha1(data).hexdigest()``)."""
    return str(_sha1(data).hexdigest())
