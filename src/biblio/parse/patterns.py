"""Building regular expressions from the tables of biblio.data."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(terms: Iterable[str]) -> str:
    """A regex alternation of `terms`, escaped, the longest first so that "pp" wins over "p"."""
    return "|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True))
