"""An act followed by the official gazette that printed it, in parentheses, as the
Verkhovna Rada's site prints it under the heading of every law and lists copy it with the
heading: "Закон України «Про освіту» (Відомості Верховної Ради (ВВР), 2017, № 38-39,
ст.380)", "Про фінансові послуги та фінансові компанії (Відомості Верховної Ради (ВВР),
2022, № 3, ст.11)", "(Відомості Верховної Ради Української РСР (ВВР) 1984, додаток до
№ 51, ст.1122)". The gazette, its year and number are the host's, as after GOST's "//"
("// Відомості Верховної Ради. – 2017. – № 38-39. – Ст. 380."); the article is where
the act stands in the number, the reference's locator as there.
"""

from __future__ import annotations

import re

from biblio.lazy_patterns import LazyPattern
from biblio.model import Date
from biblio.parse.locators import ARTICLE_TERM, GAZETTE_ARTICLES
from biblio.parse.official import ACT_KINDS
from biblio.parse.patterns import alternation
from biblio.parse.reference import Reference, add_note

GAZETTE_LINE = LazyPattern(
    rf"""
    (?P<act>[^()]+?),?\s\(
    (?P<gazette>[^()\d]+?)(?:\s\((?P<abbreviation>[^()\d]{{2,12}})\))?,?\s  # (ВВР)
    (?P<year>1[89]\d\d|20\d\d),\s
    (?P<supplement>додаток\sдо\s)?(?:№|N)\s?(?P<issue>\d+(?:[-–]\d+)?),\s
    (?:{ARTICLE_TERM})\s?(?P<article>{GAZETTE_ARTICLES})
    \)\.?""",
    re.VERBOSE,
)
KIND_THEN_TITLE = LazyPattern(
    rf"(?P<kind>(?:{alternation(ACT_KINDS)})(?![^\W\d_])[^«»]{{0,60}}?)\s«(?P<title>.+)»",
    re.IGNORECASE,
)
"""The act's kind before its title in guillemets, as the site's heading and lists print
it: "ЗАКОН УКРАЇНИ «Про освіту»"; the kind is the act's genre."""


def parse_gazette_line(body: str, reference: Reference) -> Reference | None:
    """An act with its gazette in parentheses, typed `legislation`; None for other text."""
    match = GAZETTE_LINE.fullmatch(body.strip())
    if match is None:
        return None
    fields = reference.fields
    act = match["act"].strip()
    titled = KIND_THEN_TITLE.fullmatch(act)
    if titled:
        fields["genre"], fields["title"] = titled["kind"].strip(), titled["title"]
    else:
        fields["title"] = act
    fields["container-title"] = match["gazette"].strip()
    if match["abbreviation"]:  # "(ВВР)": the gazette's own short title
        fields["container-title-short"] = match["abbreviation"]
    fields["issued"] = Date(parts=[[int(match["year"])]])
    fields["issue"] = match["issue"]
    if match["supplement"]:  # "додаток до № 51": a supplement to the number
        add_note(fields, f"{match['supplement']}№ {match['issue']}")
    reference.type = "legislation"
    reference.locator, reference.label = match["article"], "section"
    return reference
