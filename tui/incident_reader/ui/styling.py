"""Colours as the terminal will draw them: CSS alpha blended, and a floor of WCAG AA contrast.

``get_component_rich_style(..., partial=True)`` turns ``$foreground 12%`` into the solid
foreground (rich colours have no alpha), which drew some highlights as text on its own colour.
``component_style`` blends each component's colours over the widget's real background instead.
``MinimumContrast`` is a line filter (applied by the app to every widget's output, after Textual's
own): any text cell whose colour falls under 4.5:1 against its background, in any theme, is moved
towards black or white until it reads, the way terminals' "minimum contrast" settings do. On a
256-colour terminal (macOS Terminal, tmux and screen by default) the contrast is measured on the
palette colours the terminal will draw, since rounding to the palette can cost a pair that read
at 4.5:1 half of its contrast.
"""

from __future__ import annotations

from functools import lru_cache

from rich.color import Color as RichColor
from rich.color import ColorSystem
from rich.segment import Segment
from rich.style import Style
from textual.color import Color
from textual.filter import LineFilter
from textual.widget import Widget

MINIMUM_CONTRAST = 4.5  # WCAG AA for body text
DIM_FACTOR = 0.5  # how far terminals fade "dim" text towards its background
_BLACK = Color(0, 0, 0)
_WHITE = Color(255, 255, 255)


def component_style(widget: Widget, name: str, under: Color | None = None) -> Style:
    """A component class's style with its alpha blended over ``under`` (the widget's background)."""
    styles = widget.get_component_styles(name)
    ground = under if under is not None else widget.background_colors[1]
    has_background = styles.has_rule("background") and styles.background.a > 0
    background = ground + styles.background if has_background else ground
    color: RichColor | None = None
    if styles.has_rule("color") and styles.color.a > 0:
        text = styles.color
        color = (background + text).rich_color if text.a < 1 else text.rich_color
    style = Style(color=color, bgcolor=background.rich_color if has_background else None)
    return style + styles.text_style


def _luminance(color: Color) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio of two opaque colours, 1 (same) to 21 (black on white)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@lru_cache(8192)
def drawn(color: Color, system: ColorSystem | None = None) -> Color:
    """The colour a terminal of ``system`` draws for ``color``: the 256-colour palette's nearest
    for EIGHT_BIT (the cube and grey ramp, whose values are fixed), else the colour itself."""
    if system is not ColorSystem.EIGHT_BIT:
        return color
    rounded = RichColor.from_rgb(color.r, color.g, color.b).downgrade(system)
    triplet = rounded.get_truecolor()
    return Color(triplet.red, triplet.green, triplet.blue)


def legible(
    text: Color,
    background: Color,
    minimum: float = MINIMUM_CONTRAST,
    system: ColorSystem | None = None,
) -> Color:
    """``text`` itself if it reads on ``background``, else the least change towards black or white
    that does (the more contrasting of the two when neither reaches ``minimum``); with a
    ``system``, as the terminal draws both colours."""
    ground = drawn(background, system)

    def reads(colour: Color) -> float:
        return contrast(drawn(colour, system), ground)

    if reads(text) >= minimum:
        return text
    best = text
    for pole in (_WHITE, _BLACK):
        if reads(pole) < minimum:
            if reads(pole) > reads(best):
                best = pole
            continue
        low, high = 0.0, 1.0  # blend factor: 0 is the colour, 1 is the pole
        for _ in range(12):
            middle = (low + high) / 2
            if reads(text.blend(pole, middle)) >= minimum:
                high = middle
            else:
                low = middle
        found = text.blend(pole, high)
        return found if reads(found) >= minimum else pole  # the palette's steps are not smooth
    return best


# xterm's 16 colours: an ANSI theme's colours are the terminal's own, measured on its commonest
# palette, where a theme's green on its magenta cursor reads at 2:1 (and ansi-dark's on green, 1:1).
XTERM_16 = (
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
    (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
)  # fmt: skip
_ANSI_POLES = (0, 15)  # black and bright white: the terminal's own, the most apart on any palette


def _ansi(color: RichColor | None) -> int | None:
    """The number of one of the terminal's 16 colours, else None."""
    if color is None or color.is_default or color.number is None or color.number > 15:
        return None
    return color.number if color.triplet is None else None


def _legible_ansi(style: Style, minimum: float) -> Style | None:
    """For text and ground both among the terminal's 16 colours: ``style`` as it is when it reads
    on xterm's palette, else with ANSI black or bright white text, whichever reads better there;
    None when either colour is not one of the 16."""
    reverse = bool(style.reverse)
    text = _ansi(style.bgcolor if reverse else style.color)
    ground = _ansi(style.color if reverse else style.bgcolor)
    if text is None or ground is None:
        return None
    on = Color(*XTERM_16[ground])
    if contrast(Color(*XTERM_16[text]), on) >= minimum:
        return style
    pole = max(_ANSI_POLES, key=lambda n: contrast(Color(*XTERM_16[n]), on))
    colour = RichColor.from_ansi(pole)
    return style + (Style(bgcolor=colour) if reverse else Style(color=colour))


def _solid(color: RichColor | None) -> Color | None:
    if color is None or color.is_default or color.triplet is None:
        return None  # the terminal's own colour (an ANSI theme): its contrast is the terminal's
    return Color.from_rich_color(color)


@lru_cache(4096)
def legible_style(
    style: Style,
    background: Color,
    minimum: float = MINIMUM_CONTRAST,
    system: ColorSystem | None = None,
) -> Style:
    """``style`` with dim resolved to a colour and its text colour made to read on its ground."""
    ansi = _legible_ansi(style, minimum)
    if ansi is not None:  # an ANSI theme's pair of the terminal's own colours
        return ansi
    reverse = bool(style.reverse)
    text = _solid(style.bgcolor if reverse else style.color)
    ground = _solid(style.color if reverse else style.bgcolor)
    if ground is None and not reverse:
        ground = background
    if text is None or ground is None:
        return style
    dimmed = bool(style.dim)
    if dimmed:
        text = ground.blend(text, DIM_FACTOR)
        style = style + Style(dim=False)
    fixed = legible(text, ground, minimum, system)
    if fixed == text and not dimmed:
        return style
    return _with_text(style, fixed, reverse)


def _with_text(style: Style, text: Color, reverse: bool) -> Style:
    if reverse:
        return style + Style(bgcolor=text.rich_color)
    return style + Style(color=text.rich_color)


class MinimumContrast(LineFilter):
    """Text in every cell reads at ``minimum`` contrast or better, whatever the theme."""

    def __init__(self, minimum: float = MINIMUM_CONTRAST, enabled: bool = True) -> None:
        self.minimum = minimum
        self.system: ColorSystem | None = None  # the terminal's, read from the app on first use
        self._system_known = False
        super().__init__(enabled=enabled)

    def _terminal_system(self) -> ColorSystem | None:
        """The colours the app's terminal draws: 256 is measured on its palette; truecolor and
        16-colour terminals (whose 16 colours are the terminal's own) as the styles say."""
        if not self._system_known:
            from textual._context import active_app  # the app rendering now

            try:
                named = active_app.get().console.color_system
            except LookupError:
                return None  # not rendering for an app (a test of the filter alone)
            self.system = ColorSystem.EIGHT_BIT if named == "256" else None
            self._system_known = True
        return self.system

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        system = self._terminal_system()
        out: list[Segment] = []
        for segment in segments:
            text, style, control = segment
            if style is None or control or not text.strip():
                out.append(segment)
                continue
            fixed = legible_style(style, background, self.minimum, system)
            out.append(segment if fixed is style else Segment(text, fixed, control))
        return out
