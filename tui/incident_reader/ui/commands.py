"""Command-palette providers: a screen's actions by name, the same ones its keys run."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from functools import partial
from typing import ClassVar

from textual.command import DiscoveryHit, Hit, Hits, Provider

from incident_reader.ui.keys import COMMANDS

# (command name, help, screen action)
Command = tuple[str, str, str]


class ActionCommands(Provider):
    """Offers a table of (name, help, action) in the palette; subclasses give the table."""

    commands: ClassVar[tuple[Command, ...]] = ()

    async def discover(self) -> Hits:
        """Everything, when the palette opens with no query."""
        for name, help_text, action in self.commands:
            yield DiscoveryHit(name, partial(self.screen.run_action, action), help=help_text)

    async def search(self, query: str) -> AsyncGenerator[Hit, None]:
        """The actions whose names match the query."""
        matcher = self.matcher(query)
        for name, help_text, action in self.commands:
            score = matcher.match(name)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(name),
                    partial(self.screen.run_action, action),
                    help=help_text,
                )


class ReaderCommands(ActionCommands):
    """Every reader action (next report, search, set DCT, ...)."""

    commands = COMMANDS
