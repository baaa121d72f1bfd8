"""Books cited in the comma style of English and other European notes.

A Russian article quotes foreign notes as their authors wrote them:

- Chicago 17 (clause 14.100, a book in a note): names given first, a comma, the
  title, the imprint in parentheses, the pages — "E. H. Carr, The Bolshevik
  Revolution (London, 1953), 45", "Sheila Fitzpatrick, Everyday Stalinism (New York:
  Oxford University Press, 1999), 12–15";
- Chicago 17 (clause 14.171, a journal article): the title in quotation marks, the
  journal, volume, "no." and the year in parentheses — "Lynne Viola, “The Unknown
  Gulag,” Slavic Review 64, no. 2 (2005): 200";
- PN-ISO 690 and the Polish, Czech and German practice that follows it: names given
  first, title, "Place Year", pinpoint with its term — "A. Paczkowski, Pół wieku
  dziejów Polski, Warszawa 1995, s. 45"; an article names its journal in quotation
  marks before the year — "W. Materski, Polska a ZSRR, „Dzieje Najnowsze” 1990, nr 1,
  s. 5"; "Tenże" ("the same") stands for the names.

A GOST heading puts the family first and ends its areas with periods, so these are
tried only on a whole reference that opens with names and a comma (not a GOST heading
followed by a title), has no " / " or " // ", and ends with one of the imprints;
anything else is left to the GOST grammar.
"""

from __future__ import annotations

import re

from biblio.data.reference_terms import IDEM_MARKERS, LOCATOR_LABELS
from biblio.model import Date, Name
from biblio.parse.locators import VALUE
from biblio.parse.names import UPPER, parse_heading, parse_name_list
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
_LABEL = rf"(?P<term>{alternation(LOCATOR_LABELS)})\.\s?"
_ISSUE = r"(?:no\.|No\.|nr|Nr\.?|z\.)\s?(?P<issue>\d+(?:[–-]\d+)?)"
CHICAGO_ARTICLE = re.compile(
    rf"""
    [“"](?P<title>[^”"]+?),?[”"],?\s                    # “The Unknown Gulag,”
    (?P<journal>[^\d()]+?)\s(?P<volume>\d+)              # Slavic Review 64
    (?:,\s{_ISSUE})?
    \s\((?:[^()]{{0,20}}\s)?(?P<year>\d{{4}})\)             # (2005), (Spring 2005)
    (?::\s?(?P<locator>{VALUE}))?
    \.?
    """,
    re.VERBOSE,
)
QUOTED_JOURNAL = re.compile(
    rf"""
    (?P<title>.+?),\s
    [„“"«](?P<journal>[^„“”"«»]+)[”“"»]\s(?P<year>\d{{4}})   # „Dzieje Najnowsze” 1990
    (?:,\s{_ISSUE})?
    (?:,\s{_LABEL}(?P<locator>{VALUE}))?
    \.?
    """,
    re.VERBOSE,
)
PLACE_YEAR = re.compile(
    rf"""
    (?P<title>.+?),\s
    (?P<place>[{UPPER}][^\s,;:()]*(?:\s[{UPPER}][^\s,;:()]*){{0,2}})
    (?:,\s?|\s)(?P<year>\d{{4}})                          # Warszawa 1995, М., 2005
    (?:,\s{_LABEL}(?P<locator>{VALUE}))?
    \.?
    """,
    re.VERBOSE,
)


IDEM = frozenset(marker.rstrip(".") for marker in IDEM_MARKERS)


def _names(text: str) -> list[Name] | None:
    """Names with a given name each: one word alone ("Правда") is a title, not a name."""
    parsed = parse_name_list(text)
    if parsed is None or not all(name.given for name in parsed[0]):
        return None
    return parsed[0]


def _article(match: re.Match[str], reference: Reference) -> None:
    reference.type = "article-journal"
    reference.fields["container-title"] = match["journal"].strip()
    if match.re is CHICAGO_ARTICLE:
        reference.fields["volume"] = match["volume"]
    if match["issue"]:
        reference.fields["issue"] = match["issue"]


def _book(match: re.Match[str], reference: Reference) -> None:
    fields = reference.fields
    if match.re is CHICAGO:
        place, colon, publisher = match["imprint"].partition(":")
        if colon and publisher.strip():
            fields["publisher"] = publisher.strip()
        fields["publisher-place"] = read_place(place)
    else:
        fields["publisher-place"] = read_place(match["place"])


def parse_comma_style(text: str, reference: Reference) -> Reference | None:
    """A book or an article in a comma style, or None (the GOST grammar reads it then)."""
    head = NAMES.match(text)
    if head is None or " / " in text or " // " in text:
        return None  # GOST's own punctuation: "Title // Host / Ed. by …"
    heading, end = parse_heading(text)
    if heading and end < head.end("names"):
        return None  # "Steiner Z. History, 1700. L., 1700": a GOST heading, then a title
    rest = text[head.end():].strip()
    match = None
    for pattern in (CHICAGO_ARTICLE, QUOTED_JOURNAL, CHICAGO, PLACE_YEAR):
        match = pattern.fullmatch(rest)
        if match:
            break
    if match is None:
        return None
    if head["names"].strip().rstrip(".") in IDEM:
        reference.same_author = True  # "Tenże, Polska 1939–1945, Warszawa 1990"
    else:
        names = _names(head["names"])
        if names is None:
            return None
        reference.fields["author"] = names
    reference.fields["title"] = match["title"].strip()
    reference.fields["issued"] = Date(parts=[[int(match["year"])]])
    if match.re in (CHICAGO_ARTICLE, QUOTED_JOURNAL):
        _article(match, reference)
    else:
        _book(match, reference)
    if match["locator"]:
        term = match.groupdict().get("term")
        reference.locator = match["locator"].strip()
        reference.label = LOCATOR_LABELS[term] if term else "page"
    return reference
