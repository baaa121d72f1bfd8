"""Books cited in the comma style of English and other European notes.

A Russian article quotes foreign notes as their authors wrote them:

- Chicago 17 (clause 14.100, a book in a note): names given first, a comma, the
  title, the imprint in parentheses, the pages — "E. H. Carr, The Bolshevik
  Revolution (London, 1953), 45", "Sheila Fitzpatrick, Everyday Stalinism (New York:
  Oxford University Press, 1999), 12–15";
- PN-ISO 690 and the Polish, Czech and German practice that follows it: names given
  first, title, "Place Year", pinpoint with its term — "A. Paczkowski, Pół wieku
  dziejów Polski, Warszawa 1995, s. 45".

A GOST heading puts the family first and ends its areas with periods, so these are
tried only on a whole reference that opens with names and a comma and ends with one of
the two imprints; anything else is left to the GOST grammar.
"""

from __future__ import annotations

import re

from biblio.data.reference_terms import LOCATOR_LABELS
from biblio.model import Date, Name
from biblio.parse.locators import VALUE
from biblio.parse.names import UPPER, parse_name_list
from biblio.parse.patterns import alternation
from biblio.parse.publication import read_place
from biblio.parse.reference import Reference

NAMES = re.compile(r"(?P<names>[^,()]{3,80}?),\s")
"""The names before the first comma: "E. H. Carr", "J. Arch Getty and Oleg V. Naumov"."""

CHICAGO = re.compile(
    rf"""
    (?P<title>[^()]+?)\s
    \((?P<imprint>[^()]+?),\s?(?P<year>\d{{4}})\)         # (New York: Oxford UP, 1999)
    (?:,\s?(?P<locator>{VALUE}))?
    \.?
    """,
    re.VERBOSE,
)
PLACE_YEAR = re.compile(
    rf"""
    (?P<title>.+?),\s
    (?P<place>[{UPPER}][^\s,;:()]*(?:\s[{UPPER}][^\s,;:()]*){{0,2}})
    (?:,\s?|\s)(?P<year>\d{{4}})                          # Warszawa 1995, М., 2005
    (?:,\s(?P<term>{alternation(LOCATOR_LABELS)})\.\s?(?P<locator>{VALUE}))?
    \.?
    """,
    re.VERBOSE,
)


def _names(text: str) -> list[Name] | None:
    """Names with a given name each: one word alone ("Правда") is a title, not a name."""
    parsed = parse_name_list(text)
    if parsed is None or not all(name.given for name in parsed[0]):
        return None
    return parsed[0]


def parse_comma_style(text: str, reference: Reference) -> Reference | None:
    """A book in either comma style, or None (the GOST grammar reads it then)."""
    head = NAMES.match(text)
    if head is None:
        return None
    rest = text[head.end():].strip()
    chicago = CHICAGO.fullmatch(rest)
    match = chicago or PLACE_YEAR.fullmatch(rest)
    names = _names(head["names"]) if match else None
    if match is None or names is None:
        return None
    fields = reference.fields
    fields["author"] = names
    fields["title"] = match["title"].strip()
    fields["issued"] = Date(parts=[[int(match["year"])]])
    if chicago:
        place, colon, publisher = chicago["imprint"].partition(":")
        if colon and publisher.strip():
            fields["publisher"] = publisher.strip()
        fields["publisher-place"] = read_place(place)
        label = "page"
    else:
        fields["publisher-place"] = read_place(match["place"])
        label = LOCATOR_LABELS[match["term"]] if match["term"] else "page"
    if match["locator"]:
        reference.locator, reference.label = match["locator"].strip(), label
    return reference
