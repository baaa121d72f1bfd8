"""Articles cited in German legal and sociological notes by the journal's abbreviation.

German legal citation names a journal by its abbreviation and gives volume and year, or
the year alone, then the first page and, in brackets, the page cited: "Luhmann,
Funktionale Methode und juristische Entscheidung, AöR 94 (1969) 1 ff.", "Kübler,
Kodifikation und Demokratie, JZ 1969, 645 (647)", "ZfRSoz 1 (1980), S. 33 ff." (the
forms of the Zeitschrift für Rechtssoziologie and of the law reviews it cites). No
table can list every abbreviation, but their shape is plain: one word of a few letters
with two capitals or more ("NJW", "ZfRSoz", "KZfSS", "RabelsZ"). "N ff." or "N f."
alone is kept as the cite's locator, as the labeller's decoding keeps it; "N (M)" is the
first page and the page cited.
"""

from __future__ import annotations

import re

from biblio.model import Date, Name
from biblio.parse.reference import Reference
from biblio.parse.short_forms import FAMILIES, NAME_SEPARATOR

JOURNAL_ARTICLE = re.compile(
    r"""
    (?P<authors>[^,]+),\s
    (?P<title>[^\W\d_].*?),\s
    (?P<journal>(?=(?:[^\s,]*[A-ZÄÖÜ]){2})[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]{1,7})\s  # NJW, ZfRSoz, AöR
    (?:(?P<volume>\d{1,3})\s\((?P<year>\d{4})\)|(?P<year_alone>\d{4}))   # 94 (1969), 1969
    ,?\s(?:S\.\s?)?
    (?P<page>\d{1,4})(?P<following>\s?ff?\.?)?                           # 645, 1 ff.
    (?:\s\((?P<cited>\d{1,4}(?:\s?ff?\.?)?)\))?                           # (647)
    [.;]?""",
    re.VERBOSE,
)
"""Authors, title, journal abbreviation, volume and year, first page, page cited."""
MAX_LENGTH = 400
"""Longer text is prose with a citation in it, not one citation."""


def parse_german_journal_article(body: str, reference: Reference) -> Reference | None:
    """An article by the journal's abbreviation, typed `article-journal`; None for any
    other text."""
    if len(body) > MAX_LENGTH:
        return None
    match = JOURNAL_ARTICLE.fullmatch(body.strip())
    if match is None or FAMILIES.fullmatch(match["authors"]) is None:
        return None
    reference.type = "article-journal"
    reference.fields["author"] = [Name(family=family.strip())
                                  for family in NAME_SEPARATOR.split(match["authors"])]
    reference.fields["title"] = match["title"]
    reference.fields["container-title"] = match["journal"]
    if match["volume"]:
        reference.fields["volume"] = match["volume"]
    reference.fields["issued"] = Date(parts=[[int(match["year"] or match["year_alone"])]])
    if match["cited"]:
        reference.fields["page"] = match["page"]
        reference.label, reference.locator = "page", match["cited"].rstrip(".")
    elif match["following"]:
        reference.label = "page"
        reference.locator = match["page"] + " " + match["following"].strip(" .")
    else:
        reference.fields["page"] = match["page"]
    reference.whole_form = True
    return reference
