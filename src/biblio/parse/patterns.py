"""Building regular expressions from the tables of biblio.data."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(terms: Iterable[str]) -> str:
    """A regex alternation of `terms`, escaped, the longest first so that "pp" wins over "p".

    It opens with a lookahead for the terms' first characters: Python's engine tries the
    alternatives one by one at each position, and a class of their first characters
    turns away most positions in one test (a lead-in search took half the time)."""
    ordered = sorted(terms, key=len, reverse=True)
    body = "|".join(re.escape(term) for term in ordered)
    if not ordered or not all(ordered):
        return body  # an empty term matches anywhere: no first character to look for
    firsts = "".join(sorted({re.escape(term[0]) for term in ordered}))
    return f"(?=[{firsts}])(?:{body})"
