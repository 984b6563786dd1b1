"""Command-palette provider of the comparison view: its actions by name, as its keys run them."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

# (command name, help, screen action)
COMPARE_COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("Next conflict", "Go to the next conflict between the two reports", "next_conflict"),
    ("Previous conflict", "Go to the previous conflict", "previous_conflict"),
    ("Filter: all / conflicts / not yet verified", "Change which facts are shown", "cycle_filter"),
    ("Next report on the left", "Compare another report (3 or more)", "cycle_a"),
    ("Next report on the right", "Compare another report (3 or more)", "cycle_b"),
    ("Back to the reader", "Close the comparison", "close"),
)


class CompareCommands(Provider):
    """Offers the comparison view's actions (next conflict, filter, ...) in the command palette."""

    async def discover(self) -> Hits:
        """Everything, when the palette opens with no query."""
        for name, help_text, action in COMPARE_COMMANDS:
            yield DiscoveryHit(name, partial(self.screen.run_action, action), help=help_text)

    async def search(self, query: str) -> AsyncGenerator[Hit, None]:
        """The actions whose names match the query."""
        matcher = self.matcher(query)
        for name, help_text, action in COMPARE_COMMANDS:
            score = matcher.match(name)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(name),
                    partial(self.screen.run_action, action),
                    help=help_text,
                )
