"""CSL 1.0.2 §Affixes, §Delimiter, §Display, §Formatting, §Quotes, §Strip-periods, §Text-case:
the attributes many elements share, compiled into one wrapper around the element's renderer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .context import Context
from .richtext import Node, Span, is_empty
from .textcase import apply_text_case

Renderer = Callable[[Context], "Node | None"]
FORMATTING_ATTRIBUTES = ("font-style", "font-variant", "font-weight", "text-decoration", "vertical-align")


def formatting_of(element: Any) -> tuple[tuple[str, str], ...]:
    return tuple((name, element.get(name)) for name in FORMATTING_ATTRIBUTES if element.get(name))


def english(ctx: Context, default_english: bool) -> bool:
    """§Title case: only for English items; an item without a language is in the style's."""
    language = ctx.item.get("language")
    if not language:
        return default_english
    return str(language).lower().startswith("en")


def decorate(element: Any, render: Renderer, *, affixes: bool = True, case: bool = True,
             default_english: bool = True) -> Renderer:
    """`render` wrapped in the element's text-case, formatting, quotes, affixes and display."""
    prefix = element.get("prefix", "") if affixes else ""
    suffix = element.get("suffix", "") if affixes else ""
    formatting = formatting_of(element)
    quotes = element.get("quotes") == "true"
    display = element.get("display", "")
    text_case = element.get("text-case") if case else None
    if not (prefix or suffix or formatting or quotes or display or text_case):
        return render

    def decorated(ctx: Context) -> Node | None:
        node = render(ctx)
        if is_empty(node):
            return None
        if text_case and not ctx.sorting and (text_case != "title" or english(ctx, default_english)):
            node = apply_text_case(node, text_case, str(ctx.item.get("language") or ""))
        return Span([node], prefix=prefix, suffix=suffix, formatting=formatting, quotes=quotes,
                    display=display)
    return decorated


def strip_periods(text: str) -> str:
    return text.replace(".", "")
