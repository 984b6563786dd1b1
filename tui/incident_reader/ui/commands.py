"""Command-palette provider: the reader's actions by name, the same ones the keys run."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from incident_reader.ui.keys import COMMANDS


class ReaderCommands(Provider):
    """Offers every reader action (next report, search, set DCT, ...) in the command palette."""

    async def discover(self) -> Hits:
        """Everything, when the palette opens with no query."""
        for name, help_text, action in COMMANDS:
            yield DiscoveryHit(name, partial(self.screen.run_action, action), help=help_text)

    async def search(self, query: str) -> AsyncGenerator[Hit, None]:
        """The actions whose names match the query."""
        matcher = self.matcher(query)
        for name, help_text, action in COMMANDS:
            score = matcher.match(name)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(name),
                    partial(self.screen.run_action, action),
                    help=help_text,
                )
