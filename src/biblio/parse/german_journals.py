"""Articles cited in German legal and sociological notes by the journal's abbreviation.

German legal citation names a journal by its abbreviation and gives volume and year, or
the year alone, then the first page and, in brackets, the page cited: "Luhmann,
Funktionale Methode und juristische Entscheidung, AöR 94 (1969) 1 ff.", "Kübler,
Kodifikation und Demokratie, JZ 1969, 645 (647)", "ZfRSoz 1 (1980), S. 33 ff." (the
forms of the Zeitschrift für Rechtssoziologie and of the law reviews it cites). No
table can list every abbreviation, but their shape is plain: one word of a few letters
with two capitals or more ("NJW", "ZfRSoz", "KZfSS", "RabelsZ", "MschrKrim."), or, before
a volume and its year in brackets, capitalized words closing with an abbreviated one, as
the same notes print foreign journals ("Stanford Law Rev. 26 (1973)", "Int. J. Crim. 1
(1973)"); an author may keep his initials ("R. Abel"). "N ff." or "N f."
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
    (?:(?P<journal>(?=(?:[^\s,]*[A-ZÄÖÜ]){2})[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]{1,9}\.?)\s  # NJW, AöR
       (?:(?P<volume>\d{1,3})\s\((?P<year>\d{4})\)|(?P<year_alone>\d{4}))  # 94 (1969), 1969
      |(?P<words>(?:[A-Z][a-z]*\.?\s|&\s){1,4}                            # Int. J. Crim.
        (?!(?:Vol|Vols|Bd|Bde|No|Nr|Jg|Heft|Band|Tome?)\.)[A-Z][a-z]*\.)\s      # not "Vol."
       (?P<words_volume>\d{1,3})\s\((?P<words_year>\d{4})\))               # 1 (1973)
    ,?\s(?:S\.\s?)?
    (?P<page>\d{1,4})(?P<following>\s?ff?\.?)?                           # 645, 1 ff.
    (?:\s\((?P<cited>\d{1,4}(?:\s?ff?\.?)?)\))?                           # (647)
    [.;]?""",
    re.VERBOSE,
)
"""Authors, title, journal abbreviation, volume and year, first page, page cited."""
INITIALS = re.compile(r"(?:[A-ZÄÖÜ][a-z]?\.\s?(?:-?[A-ZÄÖÜ][a-z]?\.\s?)*)")
"""An author's initials before the family name: "R. Abel", "H. L. A. Hart"."""
JOURNAL_SIGN = re.compile(r",\s[A-ZÄÖÜ&]")
"""What JOURNAL_ARTICLE needs, looked for first: the comma and space after the title and
the journal's first character (its capital, or the "&" its words may open with). A
Russian reference has none, and the whole pattern, tried at each of its commas, cost it
1.4–3.7 µs; the search skips to the commas."""
MAX_LENGTH = 400
"""Longer text is prose with a citation in it, not one citation."""


def parse_german_journal_article(body: str, reference: Reference) -> Reference | None:
    """An article by the journal's abbreviation, typed `article-journal`; None for any
    other text."""
    if len(body) > MAX_LENGTH or JOURNAL_SIGN.search(body) is None:
        return None
    match = JOURNAL_ARTICLE.fullmatch(body.strip())
    authors = _authors(match["authors"]) if match else None
    if match is None or authors is None or _initialled_name(match["title"]):
        return None  # "E. Braaten, H.-W. Hammer, Phys. Rep. 428 (2006) 259": no title
    reference.type = "article-journal"
    reference.fields["author"] = authors
    reference.fields["title"] = match["title"]
    reference.fields["container-title"] = match["journal"] or match["words"]
    if match["volume"] or match["words_volume"]:
        reference.fields["volume"] = match["volume"] or match["words_volume"]
    year = match["year"] or match["year_alone"] or match["words_year"]
    reference.fields["issued"] = Date(parts=[[int(year)]])
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


def _authors(printed: str) -> list[Name] | None:
    """The names of an article's authors: families joined by "/" or "und", each
    perhaps after its initials ("R. Abel"); None for any other text."""
    names = []
    for name in NAME_SEPARATOR.split(printed):
        initials = INITIALS.match(name)
        family = name[initials.end():] if initials else name
        if not family or FAMILIES.fullmatch(family) is None:
            return None
        names.append(Name(family=family.strip(),
                          given=initials.group().strip() if initials else None))
    return names


def _initialled_name(title: str) -> bool:
    """Whether what stands as the title opens with a name after its initials: the
    authors of a physics reference, which prints no title ("H.-W. Hammer, …")."""
    first = title.split(",")[0]
    return INITIALS.match(first) is not None and _authors(first) is not None
