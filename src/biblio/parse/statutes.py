"""Statutes cited by their short title, year and jurisdiction, as common-law notes print
them: "Contracts Review Act 1980 (N.S.W.)", "Family Law Act 1975 (Cth), s. 79".

The Australian Guide to Legal Citation (rule 3.1: short title, year in the same type,
jurisdiction abbreviated in brackets, then the pinpoint "s" or "ss") and OSCOLA (rule
2.4: short title and year, no jurisdiction for UK acts) print a statute so. CSL 1.0.2
has no jurisdiction variable: the jurisdiction is where the act was issued, its
`publisher-place`, as the socio-legal set records it. The grammar reads these whole;
the labeller, trained on few of them, reads the year or the jurisdiction into the title.
"""

from __future__ import annotations

import re

from biblio.lazy_patterns import LazyPattern
from biblio.model import Date
from biblio.parse.reference import Reference

STATUTE = LazyPattern(
    r"""
    (?P<title>[A-Z][\w’'-]*                          # Contracts, Acts, De
       (?:\s(?:[A-Z][\w’'-]*|\([A-Z][^()]{0,60}\)|of|and|the|for|on|in|to))*?  # (Sexual Assault)
       \sAct)
    \s(?P<year>1[5-9]\d\d|20\d\d)                   # 1980
    (?:\s\((?P<jurisdiction>[A-Z][A-Za-z.]{0,11})\))?  # (N.S.W.), (Cth), (U.K.)
    (?:,?\sss?\.?\s(?P<section>\d[\w()]*(?:[-–]\d[\w()]*)?))?  # s. 52, ss 79-80
    [.;]?""",
    re.VERBOSE,
)
"""A statute's short title ending in "Act", its year, its jurisdiction, its section."""
MAX_STATUTE = 200
"""Longer text is a sentence that names an act, not a citation of one."""


def parse_statute(body: str, reference: Reference) -> Reference | None:
    """A statute cited whole, typed `legislation`; None for any other text."""
    if len(body) > MAX_STATUTE:
        return None
    match = STATUTE.fullmatch(body.strip())
    if match is None:
        return None
    reference.type = "legislation"
    reference.fields["title"] = match["title"]
    reference.fields["issued"] = Date(parts=[[int(match["year"])]])
    if match["jurisdiction"]:
        reference.fields["publisher-place"] = match["jurisdiction"]
    if match["section"]:
        reference.label, reference.locator = "section", match["section"]
    reference.whole_form = True
    return reference
