"""The report dates set with `d` in this window, taken back by `z` in turn with the marks."""

from __future__ import annotations


class DateUndo:
    """Each date set, with the marks' change count then (``MarkBook.changes``): `z` takes back a
    date when no mark changed after it, else the mark first, as the changes were made."""

    def __init__(self) -> None:
        self._steps: list[tuple[int, str, str | None]] = []
        self.undoing: tuple[str, str | None] | None = None  # the date being put back

    def remember(self, position: int, report_id: str, before: str | None) -> None:
        """A report's date was set; ``before`` is the date it had (None: the file's own)."""
        self._steps.append((position, report_id, before))

    def take(self, position: int) -> tuple[str, str | None] | None:
        """The last date set, if nothing changed the marks since: (report id, the date before)."""
        if not self._steps or self._steps[-1][0] != position:
            return None
        _, report_id, before = self._steps.pop()
        self.undoing = (report_id, before)
        return report_id, before

    def is_undo(self, report_id: str, dct: str | None) -> bool:
        """Whether this date change is the one ``take`` put back (not a new one to remember)."""
        if self.undoing == (report_id, dct):
            self.undoing = None
            return True
        return False
