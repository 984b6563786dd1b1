"""The stylesheet cache: a second launch reads its rules back instead of parsing them, and draws
the same; a damaged file, another theme or a cache turned off still parse as usual."""

from __future__ import annotations

import inspect
import pickle
from pathlib import Path

import pytest
from textual.css import stylesheet as textual_stylesheet
from textual.css.model import RuleSet

from incident_reader.ui.css_cache import CachedStylesheet, IdentityRuleSet, cache_path, compact
from tests.ui.conftest import fixture_app, reader, settle


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count Textual's parses of a CSS source from now on."""
    calls: list[str] = []
    original = textual_stylesheet.parse

    def counted(scope: str, css: str, *args: object, **kwargs: object) -> object:
        calls.append(css)
        return original(scope, css, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(textual_stylesheet, "parse", counted)
    return calls


async def _styles_of_a_launch() -> list[object]:
    """Launch the reader, save its cache as it does once started, and note some styles."""
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        widgets = [screen.source, screen.timeline, screen.reports, screen.query_one("#side")]
        styles = [(w.rich_style, w.styles.border, w.region) for w in widgets]
        cursor = screen.timeline.get_component_rich_style("row-list--cursor")
    return [*styles, cursor]


async def test_a_second_launch_reads_its_rules_back_and_draws_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INCIDENT_READER_CSS_CACHE", str(tmp_path))
    first_parses = _parses(monkeypatch)
    first = await _styles_of_a_launch()
    assert any("#help-box{" in css for css in first_parses)  # app.tcss, compacted
    path = cache_path()
    assert path is not None and path.parent == tmp_path and path.exists()
    first_parses.clear()
    second = await _styles_of_a_launch()
    assert first_parses == []  # every source came from the file
    assert second == first


async def test_a_damaged_file_is_parsed_as_usual_and_rewritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INCIDENT_READER_CSS_CACHE", str(tmp_path))
    path = cache_path()
    assert path is not None
    path.write_bytes(b"not a pickle at all")
    parses = _parses(monkeypatch)
    styles = await _styles_of_a_launch()
    assert parses  # parsed, not read
    assert path.read_bytes() != b"not a pickle at all"
    monkeypatch.setenv("INCIDENT_READER_CSS_CACHE", "0")
    assert cache_path() is None
    assert await _styles_of_a_launch() == styles  # the same with no cache at all


async def test_another_theme_gets_its_own_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INCIDENT_READER_CSS_CACHE", str(tmp_path))
    await _styles_of_a_launch()  # the default theme's rules in the file
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        dark = screen.source.rich_style.bgcolor
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        assert screen.source.rich_style.bgcolor != dark  # not the dark rules read back
        assert isinstance(app.stylesheet, CachedStylesheet)
        light = screen.source.rich_style.bgcolor
        app.theme = "textual-dark"
        await pilot.pause()
        await pilot.pause()
        assert screen.source.rich_style.bgcolor == dark
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        assert screen.source.rich_style.bgcolor == light


def test_a_cache_that_cannot_be_written_costs_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder would be")
    sheet = CachedStylesheet(variables={}, path=blocker / "css.pickle")
    sheet.add_source("Screen { layout: vertical; }", read_from=("here", ""))
    sheet.parse()
    assert sheet.rules
    sheet.save()  # no folder can be made there: nothing raised, nothing written
    assert not (blocker / "css.pickle").exists()


async def test_every_rule_set_is_hashed_by_identity_in_c(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Textual hashes the stylesheet's rules for every node it styles: ours hash in C, by
    identity as Textual's own ``RuleSet.__hash__`` does, read back from the file or parsed."""
    monkeypatch.setenv("INCIDENT_READER_CSS_CACHE", str(tmp_path))
    for _launch in range(2):  # parsed, then read back
        app = fixture_app()
        async with app.run_test(size=(120, 30)) as pilot:
            await settle(pilot)
            rules = app.stylesheet.rules
            assert len(rules) > 50
            assert all(type(rule) is IdentityRuleSet for rule in rules)
            assert IdentityRuleSet.__hash__ is object.__hash__


def test_identity_hashing_keeps_set_and_equality_behaviour() -> None:
    one, same = IdentityRuleSet(), IdentityRuleSet()
    assert one == same and one is not same  # the dataclass's equality, as RuleSet's
    assert len({one, same}) == 2 and one in {one}  # members by identity, as RuleSet's id() hash
    assert hash(one) == hash(one)
    back = pickle.loads(pickle.dumps([one]))[0]
    assert type(back) is IdentityRuleSet and isinstance(back, RuleSet)


def _rules(css: str) -> list[tuple[object, ...]]:
    """What a source parses to, as comparable values (styles by their repr: layouts compare by
    identity)."""
    sheet = textual_stylesheet.Stylesheet(variables=fixture_app().get_css_variables())
    sheet.add_source(css, read_from=("here", ""))
    sheet.parse()
    return [
        (
            repr(rule.selector_set),
            repr(sorted(rule.styles.get_rules().items())),
            repr(rule.styles.important),
            rule.errors,
            rule.is_default_rules,
            rule.selector_names,
            rule.pseudo_classes,
        )
        for rule in sheet.rules
    ]


def _sources() -> dict[str, str]:
    """app.tcss and the default CSS of the reader's widgets and of Textual's."""
    import textual.widgets
    from textual.app import App
    from textual.dom import DOMNode
    from textual.screen import ModalScreen, Screen
    from textual.scroll_view import ScrollView
    from textual.widget import Widget

    import incident_reader.ui.app as reader_app

    classes: list[type] = [App, Screen, ModalScreen, Widget, ScrollView]
    classes += [getattr(textual.widgets, name) for name in textual.widgets.__all__]  # type: ignore[attr-defined]
    sources = {"app.tcss": (Path(reader_app.__file__).parent / "app.tcss").read_text()}
    for cls in classes + [obj for obj in _reader_classes() if issubclass(obj, DOMNode)]:
        for base in inspect.getmro(cls):
            css = base.__dict__.get("DEFAULT_CSS")
            if isinstance(css, str) and css.strip():
                sources[f"{base.__module__}.{base.__qualname__}"] = css
    return sources


def _reader_classes() -> list[type]:
    import importlib
    import pkgutil

    import incident_reader.ui

    found: list[type] = []
    for module in pkgutil.walk_packages(incident_reader.ui.__path__, "incident_reader.ui."):
        found += [
            o for o in vars(importlib.import_module(module.name)).values() if inspect.isclass(o)
        ]
    return found


def test_a_compacted_source_parses_to_the_same_rules_in_fewer_tokens() -> None:
    sources = _sources()
    assert len(sources) > 40
    for name, css in sources.items():
        compacted = compact(css)
        assert _rules(compacted) == _rules(css), name
    from textual.css.tokenize import tokenize

    app_css = sources["app.tcss"]
    tokens = len(list(tokenize(app_css, ("app.tcss", ""))))
    assert len(list(tokenize(compact(app_css), ("app.tcss", "")))) < tokens * 0.6


def test_compacting_keeps_what_white_space_means() -> None:
    css = """/* a comment's quote */
    Screen   >  #a .b,
    #c:focus  Label {
        # a line comment
        padding: 0 1;  color: $accent 50%;
        &:hover { text-style: bold  underline; }
    }"""
    compacted = compact(css)
    assert compacted == (
        "Screen>#a .b,#c:focus Label{padding:0 1;color:$accent 50%;"
        "&:hover{text-style:bold underline;}}"
    )
    assert _rules(compacted) == _rules(css)
    quoted = 'Screen { border-title-align: left; } /* "x" */ Label { content: "a  b"; }'
    assert compact(quoted) == quoted  # white space inside a string is the string's


def test_an_error_names_its_line_as_written(tmp_path: Path) -> None:
    css = "Screen {\n    layout: vertical;\n    colour: red;\n}\n"
    sheet = CachedStylesheet(variables={}, path=tmp_path / "css.pickle")
    sheet.add_source(css, read_from=("mine.tcss", ""))
    with pytest.raises(textual_stylesheet.StylesheetParseError):
        sheet.parse()
    rules = sheet._parse_rules(css, ("mine.tcss", ""))
    [(token, _message)] = rules[0].errors
    assert token.location == (2, 4)  # line 3, as written (0-based), not the compacted line 0
