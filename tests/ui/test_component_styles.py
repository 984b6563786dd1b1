"""Component classes styled on first use (ui.component_styles): fewer made at start, and each
class's styles, whenever it is first asked for, are what Textual's styling of every class makes."""

from __future__ import annotations

import pytest
from textual.css.stylesheet import Stylesheet
from textual.widget import Widget

from incident_reader.ui.component_styles import LazyComponentStyles
from incident_reader.ui.styling import component_style
from tests.ui.conftest import fixture_app, reader, settle


def _lazy_widgets(screen: Widget) -> list[Widget]:
    return [w for w in screen.walk_children(Widget) if isinstance(w, LazyComponentStyles)]


def _as_drawn(widget: Widget) -> dict[str, object]:
    """Each declared class's rules and the style it draws with, asked for one by one."""
    return {
        name: (widget.get_component_styles(name).base._rules, component_style(widget, name))
        for name in sorted(widget._get_component_classes())
    }


def _as_textual_makes_them(widget: Widget) -> dict[str, object]:
    Stylesheet._process_component_classes(widget.app.stylesheet, widget)  # every class, at once
    return _as_drawn(widget)


async def test_a_hidden_list_styles_no_component_class_until_it_is_drawn() -> None:
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        assert not screen.facts.display
        assert screen.facts._component_styles == {}  # 17 made and styled before
        assert len(screen.reports._component_styles) < len(screen.reports._get_component_classes())
        await pilot.press("t")  # the facts beside the text
        await pilot.pause()
        await pilot.pause()
        assert screen.facts.display and screen.facts._component_styles


@pytest.mark.parametrize("then", ["nothing", "focus", "theme"])
async def test_classes_styled_on_first_use_are_what_styling_every_class_makes(then: str) -> None:
    app = fixture_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        widgets = _lazy_widgets(screen)
        assert {type(w).__name__ for w in widgets} >= {"SourceView", "ReportList", "FactList"}
        if then == "focus":
            screen.set_focus(screen.source)  # the timeline loses :focus: restyled
        elif then == "theme":
            app.theme = "textual-light"  # every widget restyled, in new colours
        await pilot.pause()
        await pilot.pause()
        lazy = [_as_drawn(w) for w in widgets]  # the classes used so far were made again
        assert lazy == [_as_textual_makes_them(w) for w in widgets]
