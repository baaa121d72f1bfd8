"""BibTeX's "and others" printed as the style's et-al term ("[и др.]", "et al.").

A name list read from `author = {A and others}` ends with the name literal "others"
(biblio.formats.bibnames). citeproc-py would print it as a name ("Громыко А.А.,
others"); instead the reference carries a private-use mark there, and the rendered
text has the mark, with the delimiter or "and" before it, replaced by the term of
the item's language: after a space in GOST (its `delimiter-precedes-et-al="never"`,
as biblatex-gost prints "Иванов И.И., Петров П.П. [и др.]"), else by CSL's
"contextual" rule, after a comma when two or more names precede it.
"""

from __future__ import annotations

import re
from functools import cache

from biblio.formats.bibnames import is_others
from biblio.model import Item, Name

MARK = "\ue0f0"
"""Stands for "and others" in a citeproc-py name list until the term replaces it."""



def ends_with_others(names: list[Name]) -> bool:
    return len(names) > 1 and is_others(names[-1])


def comma_before(item: Item) -> bool:
    """CSL's contextual rule: a comma when every list ending in "others" names two or
    more people before it."""
    lists = [value for value in item.fields.values()
             if isinstance(value, list) and value and all(isinstance(n, Name) for n in value)
             and ends_with_others(value)]
    return bool(lists) and all(len(names) > 2 for names in lists)


def replace_mark(text: str, term: str, and_term: str, comma: bool) -> str:
    """`text` with each mark, and the delimiter or "and" just before it, replaced by
    the et-al term: ", [и др.]" with `comma`, else " [и др.]"."""
    if MARK not in text:
        return text
    return _before_mark(and_term).sub((", " if comma else " ") + term, text)


@cache
def _before_mark(and_term: str) -> re.Pattern[str]:
    """The mark with the delimiter before it: ", ", " and ", ", & " (and_term or "&")."""
    ands = "|".join(re.escape(word) for word in (and_term, "&") if word)
    return re.compile(rf",?\s*(?:(?<!\w)(?:{ands})\s+)?{MARK}")
