"""The reader's parsed stylesheet rules kept on disk, so a launch does not parse its CSS again.

Textual parses the app's stylesheet and every widget's default CSS in Python at each launch
(about 8 ms of the reader's start, most of it ``app.tcss``), though the text and the theme's
variables rarely change between launches. Like ``.pyc`` files for code (and ``core.regex_cache``
for patterns), ``CachedStylesheet`` keeps what each source parsed to, keyed by the exact CSS, where
it came from, the variables substituted into it and the Textual that parsed it; a later launch
reads the rules back (under a millisecond) instead. Nothing else changes: a source the file lacks
is parsed as usual, a damaged or foreign file is ignored, and the file is rewritten (with what
this launch used) once the reader has started, when it parsed something new.

The file lives in the user's cache directory (``$XDG_CACHE_HOME/incident-reader``, else
``~/.cache/incident-reader``), written by this user only, as ``.pyc`` files are;
``INCIDENT_READER_CSS_CACHE`` names another directory, or turns the cache off with ``0``.
"""

from __future__ import annotations

import os
import pickle
import re
import sys
import tempfile
from pathlib import Path

import textual.css
from textual.css.model import RuleSet
from textual.css.stylesheet import CSSLocation, Stylesheet
from textual.dom import DOMNode

from incident_reader.core.cache_folder import cache_folder
from incident_reader.core.digest import sha1_hex
from incident_reader.ui.component_styles import process_lazily

FORMAT = 1
# Comments (Textual's block comments and its line comments, "# " to the end of the line), leftmost
# first.
_COMMENTS = re.compile(r"/\*.*?\*/|# [^\n]*", re.S)
# Punctuation that ends or separates tokens: a space beside it is no token of a rule.
_PUNCTUATION = "{};,>"


def compact(css: str) -> str:
    """The same stylesheet in about half the tokens: comments gone, white space only where it
    separates (a descendant selector, a value's parts).

    Textual's parser reads CSS a token at a time in Python, and every run of white space (each
    line's indent and end, the space after ``color:``) is a token of its own: more than half of
    ``app.tcss``'s, and of Textual's widgets' default CSS. A source with quotes is left as it is
    (white space inside a string is the string's). String methods, not patterns: a pattern's
    replacement with a group runs Python code for every match."""
    text = _COMMENTS.sub(" ", css)
    if '"' in text or "'" in text:
        return css
    text = " ".join(text.split())
    for mark in _PUNCTUATION:
        text = text.replace(" " + mark, mark).replace(mark + " ", mark)
    return text.replace(": ", ":")


def cache_path() -> Path | None:
    """Where the cache file is, or None when the cache is off."""
    setting = os.environ.get("INCIDENT_READER_CSS_CACHE", "")
    if setting == "0":
        return None
    return cache_folder(setting) / f"css-{_tag()}.pickle"


def _tag() -> str:
    """What parsed rules depend on besides their CSS: the interpreter, and the Textual that parsed
    them (its CSS modules' sizes and times: ``textual.__version__`` costs an importlib.metadata
    import, 12 ms, at start)."""
    parts: list[object] = [FORMAT, sys.version]
    for source in sorted(Path(textual.css.__file__).parent.glob("*.py")):
        try:
            stat = source.stat()
        except OSError:
            continue
        parts.append((str(source), stat.st_size, stat.st_mtime_ns))
    return sha1_hex(repr(parts).encode())[:16]


class IdentityRuleSet(RuleSet):
    """A rule set hashed by identity in C, as ``RuleSet`` hashes it in Python (``id(self)``).

    Textual hashes every rule of the stylesheet each time it styles a node (``Stylesheet.apply``
    keeps the rules whose names the node has, in the stylesheet's order, by set membership): about
    a hundred Python calls a node, ten thousand before the reader's first frame (each list row
    kind is a node of its own), some 5 ms of CPU. Same set and dict behaviour, same equality."""

    __hash__ = object.__hash__


def _identity_hashed(rules: list[RuleSet]) -> list[RuleSet]:
    """The same rule sets, hashed in C (their class changed in place; nothing else is)."""
    for rule in rules:
        if type(rule) is RuleSet:
            rule.__class__ = IdentityRuleSet
    return rules


class CachedStylesheet(Stylesheet):
    """A Textual stylesheet whose sources are parsed once and then read back from the cache."""

    def __init__(self, *, variables: dict[str, str] | None = None, path: Path | None) -> None:
        super().__init__(variables=variables)
        self._path = path
        self._disk: dict[str, list[RuleSet]] | None = None  # read on the first parse
        self._used: dict[str, list[RuleSet]] = {}
        self._changed = False
        self._variables_key = self._digest(sorted(self._variables.items()))

    @staticmethod
    def _digest(value: object) -> str:
        return sha1_hex(repr(value).encode())

    def set_variables(self, variables: dict[str, str]) -> None:
        super().set_variables(variables)
        self._variables_key = self._digest(sorted(self._variables.items()))

    def _parse_rules(
        self,
        css: str,
        read_from: CSSLocation,
        is_default_rules: bool = False,
        tie_breaker: int = 0,
        scope: str = "",
    ) -> list[RuleSet]:
        arguments = (css, read_from, is_default_rules, tie_breaker, scope)
        try:
            return self._parse_cache[arguments]  # parsed in this process already
        except KeyError:
            pass
        key = self._digest((arguments, self._variables_key))
        rules = self._read().get(key)
        if rules is None:
            rules = self._parse_compact(css, read_from, is_default_rules, tie_breaker, scope)
            self._changed = True
        rules = _identity_hashed(rules)
        self._parse_cache[arguments] = rules
        self._used[key] = rules
        return rules

    def _parse_compact(
        self, css: str, read_from: CSSLocation, is_default_rules: bool, tie_breaker: int, scope: str
    ) -> list[RuleSet]:
        """Parse the source compacted (the same rules, half the tokens); a source with an error
        is parsed as written, so that the error names its own line and column."""
        compacted = compact(css)
        if compacted != css:
            try:
                rules = super()._parse_rules(
                    compacted, read_from, is_default_rules, tie_breaker, scope
                )
            except Exception:  # noqa: BLE001 - reported below, from the source as written
                rules = None
            if rules is not None and not any(rule.errors for rule in rules):
                return rules
        return super()._parse_rules(css, read_from, is_default_rules, tie_breaker, scope)

    def _process_component_classes(self, node: DOMNode) -> None:
        # Only the component classes a widget has used (ui.component_styles).
        if not process_lazily(self, node):
            super()._process_component_classes(node)

    def reparse(self) -> None:
        """Parse every source again (a theme change), through the cache, keeping the rules as
        they were if the CSS is invalid (as Textual's own reparse does)."""
        fresh = CachedStylesheet(variables=self._variables, path=None)
        fresh._disk = self._read()
        for read_from, (css, is_defaults, tie_breaker, scope) in self.source.items():
            fresh.add_source(
                css,
                read_from=read_from,
                is_default_css=is_defaults,
                tie_breaker=tie_breaker,
                scope=scope,
            )
        try:
            fresh.parse()
        except Exception:
            self._invalid_css.update(fresh._invalid_css)
            raise
        self._used.update(fresh._used)
        self._changed = self._changed or fresh._changed
        self._rules = fresh.rules
        self._rules_map = None
        self.source = fresh.source
        self._require_parse = False

    def _read(self) -> dict[str, list[RuleSet]]:
        if self._disk is None:
            self._disk = {}
            if self._path is not None:
                try:
                    loaded = pickle.loads(self._path.read_bytes())  # noqa: S301 (the user's own)
                except Exception:  # missing, damaged, from another Textual: parse as usual
                    loaded = None
                if isinstance(loaded, dict):
                    self._disk = loaded
        return self._disk

    def save(self) -> None:
        """Write what this launch parsed and used, if it parsed anything the file lacked."""
        if not self._changed or self._path is None:
            return
        self._changed = False
        name = None
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            data = pickle.dumps(self._used, protocol=pickle.HIGHEST_PROTOCOL)
            handle, name = tempfile.mkstemp(dir=self._path.parent, prefix=".css-")
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(name, self._path)
        except Exception:  # a cache that cannot be written costs the next launch, not this one
            if name is not None:
                Path(name).unlink(missing_ok=True)
