"""Command-palette providers: a screen's actions by name, the same ones its keys run."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from functools import partial
from typing import ClassVar

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.screen import Screen

from incident_reader.ui.keys import COMMANDS

# (command name, help, screen action)
Command = tuple[str, str, str]


def key_hint(screen: Screen[object], action: str) -> str:
    """The key that runs ``action`` on ``screen`` as the footer shows it ('' if none)."""
    for binding in getattr(screen, "BINDINGS", ()):
        if isinstance(binding, Binding) and binding.action == action:
            return screen.app.get_key_display(binding)
    return ""


def with_key(help_text: str, screen: Screen[object], action: str) -> str:
    """The command's help, followed by its key so the palette teaches the keys."""
    key = key_hint(screen, action)
    return f"{help_text}  · key {key}" if key else help_text


def runs(screen: Screen[object], action: str) -> bool:
    """Whether ``screen`` has the action ("mark('verified')" is the screen's action_mark)."""
    return callable(getattr(screen, f"action_{action.split('(', 1)[0]}", None))


class ActionCommands(Provider):
    """Offers a table of (name, help, action) in the palette; subclasses give the table.

    Only the actions of the open screen are offered: the app's provider (the reader's commands)
    stays out of a screen that declares its own table, such as the comparison, where "Next
    report" would do nothing and "Search the text" would be listed twice.
    """

    commands: ClassVar[tuple[Command, ...]] = ()

    def offered(self) -> tuple[Command, ...]:
        """The commands of the table the open screen can run."""
        own = [
            p
            for p in getattr(self.screen, "COMMANDS", ())
            if isinstance(p, type) and issubclass(p, ActionCommands)
        ]
        if own and type(self) not in own:
            return ()
        return tuple(c for c in self.commands if runs(self.screen, c[2]))

    async def discover(self) -> Hits:
        """Everything, when the palette opens with no query."""
        for name, help_text, action in self.offered():
            help_text = with_key(help_text, self.screen, action)
            yield DiscoveryHit(name, partial(self.screen.run_action, action), help=help_text)

    async def search(self, query: str) -> AsyncGenerator[Hit, None]:
        """The actions whose names match the query."""
        matcher = self.matcher(query)
        for name, help_text, action in self.offered():
            score = matcher.match(name)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(name),
                    partial(self.screen.run_action, action),
                    help=with_key(help_text, self.screen, action),
                )


class ReaderCommands(ActionCommands):
    """Every reader action (next report, search, set DCT, ...)."""

    commands = COMMANDS
