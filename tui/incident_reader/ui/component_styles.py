"""Component-class styles worked out when a widget first draws with them, not all at each restyle.

Textual styles every component class a widget declares (``COMPONENT_CLASSES``) each time it
styles the widget: a node made and styled per class. The reader's lists declare 17 (one per row
kind and mark), its text 9 (one per highlight layer), and at start most are used by no row or
span on screen: 84 such nodes before the first frame, a tenth of what the reader does until a
first key acts, and again at every focus change of a list. A widget with ``LazyComponentStyles``
gets a class's styles the first time it asks for them (``get_component_styles``), made exactly as
Textual makes them; a restyle makes again only the classes it has asked for, and redraws the
widget when they changed, as Textual does. A class never asked for has drawn nothing, so nothing
drawn differs. Under a stylesheet that styles every class at once (Textual's own) nothing changes.
"""

from __future__ import annotations

from textual.css.styles import RenderStyles
from textual.css.stylesheet import Stylesheet
from textual.dom import DOMNode


class LazyComponentStyles:
    """Mixin for a widget (before its Textual base): component styles made on first use."""

    _component_styles: dict[str, RenderStyles]
    _components_styled = False  # styled at least once by a stylesheet with process_lazily

    def get_component_styles(self, *names: str) -> RenderStyles:
        if self._components_styled:
            node = self
            assert isinstance(node, DOMNode)
            missing = [name for name in names if name not in self._component_styles]
            if missing:
                declared = node._get_component_classes()
                for name in missing:
                    if name in declared:  # an undeclared name raises KeyError as before
                        style_component(node.app.stylesheet, node, name)
        return super().get_component_styles(*names)  # type: ignore[misc]


def style_component(stylesheet: Stylesheet, node: DOMNode, component: str) -> RenderStyles:
    """One component class's styles for ``node``, made as Textual's stylesheet makes them."""
    virtual_node = DOMNode(classes=component)
    virtual_node._attach(node)
    stylesheet.apply(virtual_node, animate=False)
    node._component_styles[component] = virtual_node.styles
    return virtual_node.styles


def process_lazily(stylesheet: Stylesheet, node: DOMNode) -> bool:
    """Restyle the component classes ``node`` has used so far (False: not a lazy node, which the
    stylesheet styles as usual); redraw it if any changed, as Textual would."""
    if not isinstance(node, LazyComponentStyles):
        return False
    node._components_styled = True
    old = node._component_styles.copy()
    node._component_styles.clear()
    changed = False
    for component in sorted(old):
        styles = style_component(stylesheet, node, component)
        changed = changed or old[component] != styles
    if changed:
        node.refresh()
    return True
