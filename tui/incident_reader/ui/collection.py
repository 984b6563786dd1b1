"""Python's cycle collector held off while the reader starts, then its start-up objects frozen.

Importing Textual and the reader allocates a few hundred thousand objects that live as long as
the program; the collector scans them again and again as they are made (a full collection among
them: 20-90 ms of a launch that a bare Textual app, with fewer objects, does not pay). Start-up
makes no garbage worth that: the collector is off until the reader has shown its first screen and
acted on the keys typed meanwhile, then what exists is frozen (never scanned again) and it runs
as usual. No Textual here: the CLI calls ``hold`` before importing it.
"""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    """Turn the cycle collector off until ``release`` (if it was on)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """Freeze the objects made so far (the start-up's: modules, classes, the first screen) and
    turn the collector back on; nothing if ``hold`` did not turn it off."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()


def held() -> bool:
    """Whether ``hold`` has the collector off."""
    return _held
