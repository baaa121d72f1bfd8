"""Whole numbers read from text, safely.

`str.isdigit()` is true for "²", "①" and "٣", which `int()` then refuses or reads, and
`int()` refuses more than 4,300 digits: either way a superscript footnote mark or a
pasted run of digits crashed whatever trusted the test. A year, a month, a page or an
option is a few ASCII digits; anything else is text.
"""

from __future__ import annotations

import re

WHOLE_NUMBER = re.compile(r"-?[0-9]{1,18}")
"""ASCII digits, at most 18 (any count a bibliography holds; far below int()'s limit)."""


def whole_number(text: str) -> int | None:
    """The number `text` writes in ASCII digits ("2004", "-44", " 12 "), else None."""
    text = text.strip()
    return int(text) if WHOLE_NUMBER.fullmatch(text) else None
