"""The pinpoint the labeller read (its "locator" label, or a book's page taken as the one
cited): the CSL label its printed term names, and the value without the term.

The labeller marks the whole pinpoint, term and all ("c. 34r", "ff. 37r - 37v", "fol.
61V", "coll. 507, 509"); CSL keeps the term as the cite's `label` and the number alone as
its `locator`, so that a style prints its own term ("p. c. 34r" otherwise). Italian
archives count their leaves as carte: "c." and "cc." (carta, carte) are folios, as "f.",
"ff.", "fol." are; "coll." (colonne) are columns (`foreign_archives.LEAF_AND_COLUMN_TERMS`).
"""

from __future__ import annotations

from biblio.data.foreign_archives import LEAF_AND_COLUMN_TERMS
from biblio.data.reference_terms import LOCATOR_LABELS
from biblio.lazy_patterns import LazyPattern
from biblio.parse.patterns import CYRILLIC, alternation

TERMS = {term: label for term, label in LOCATOR_LABELS.items() if not CYRILLIC.search(term)} | \
    LEAF_AND_COLUMN_TERMS
"""The Latin-script terms of a pinpoint → its CSL label."""
MARKED = LazyPattern(
    rf"(?P<term>{alternation(TERMS)})(?![^\W\d_])\.?\s?(?P<value>[\dIVXLCDMivxlcdm].*)")
"""A term, its period optional, then the value, which opens with a figure or a Roman
numeral: "c. 34r", "ff. 37r-37v", "fol. 61V", "coll. 507, 509", "C. 88"."""


def labelled_locator(locator: str, text: str) -> tuple[str, str]:
    """(label, value) of a pinpoint the labeller read in `text`: the term's label and the
    value as printed after it; "page" and the whole pinpoint when it opens with no term
    ("95", "105 v") or the reference is Cyrillic (a Latin "c." typed for «с.»)."""
    marked = MARKED.fullmatch(locator)
    if marked is None or CYRILLIC.search(text):
        return "page", locator
    return TERMS[marked["term"]], marked["value"].strip()
