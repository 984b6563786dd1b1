"""The comparison's status colours stay readable: WCAG contrast >= 4.5:1 on dark and light."""

from __future__ import annotations

import pytest
from rich.color import Color as RichColor
from rich.style import Style

from incident_reader.ui.screens.compare import CompareScreen
from incident_reader.ui.widgets.compare_source import CURRENT, STATUSES, layer_of
from tests.ui.test_compare import compare_app, open_compare

WCAG_AA_TEXT = 4.5


def _channel(value: int) -> float:
    v = value / 255
    return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4


def luminance(color: RichColor) -> float:
    """WCAG relative luminance of an sRGB colour."""
    r, g, b = color.get_truecolor()
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: RichColor, b: RichColor) -> float:
    """WCAG contrast ratio, from 1 (same) to 21 (black on white)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_on_known_pairs() -> None:
    black, white = RichColor.parse("#000000"), RichColor.parse("#ffffff")
    assert contrast(black, white) == pytest.approx(21.0)
    assert contrast(white, white) == pytest.approx(1.0)
    assert contrast(RichColor.parse("#767676"), white) == pytest.approx(4.54, abs=0.01)


def _text_and_background(style: Style) -> tuple[RichColor, RichColor]:
    assert style.color is not None and style.bgcolor is not None
    if style.reverse:
        return style.bgcolor, style.color
    return style.color, style.bgcolor


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_status_colours_pass_contrast_on_both_themes(theme: str) -> None:
    app = compare_app()
    async with app.run_test(size=(160, 48)) as pilot:
        app.theme = theme
        screen = await open_compare(pilot)
        assert isinstance(screen, CompareScreen)
        await pilot.pause()
        checked = []
        for widget, prefix in ((screen.view_a, "source-view--"), (screen.table, "row-list--")):
            names = [f"cmp-{s}" for s in STATUSES]
            if widget is screen.view_a:
                names.append(CURRENT)
            for name in names:
                text, back = _text_and_background(widget.get_component_rich_style(prefix + name))
                ratio = contrast(text, back)
                checked.append((name, round(ratio, 2)))
                assert ratio >= WCAG_AA_TEXT, (theme, prefix + name, ratio)
        assert len(checked) == 2 * len(STATUSES) + 1
        # without colour, agreeing, compatible, revised and conflicting words still look different
        looks = {
            (style.bold, style.italic, style.underline)
            for style in (
                screen.view_a.get_component_rich_style(f"source-view--{layer_of(x)}")
                for x in ("match", "compatible", "revised", "conflict")
            )
        }
        assert len(looks) == 4
