"""Journal articles in the reference style of Pleiades Publishing's English translations
of Russian journals, which the journals' translated lists and their "References" print:
the names family first, each with its initials after a comma, joined by commas and a
last "and"; the article's title; the journal abbreviated; the year; "vol.", "no." (or
"issue"), "p."/"pp.", all after commas. Earth-science and chemistry journals print no
article title: "Breger, J.A., Deul, M., and Rubinstein, S., Econ. Geol., 1955, vol. 50,
no. 2, p. 206."; "Kizil’shtein, L.Ya. and Levchenko, S.V., Geokhimiya, 1995, no. 6, p.
874."; others print it before the journal: "Sevastianov, D.V., Isachenko, T.E. and Guk,
E.N., Norilsk Region: …, Vestn. Sankt-Peterb. Univer., Seriya 7, 2014, issue 3, pp.
82–94."

Titles have commas and so have journals ("…, Seriya 7"): the journal begins with the
first part after a comma that abbreviates a word ("Vestn.", "Econ."), as Pleiades'
journal titles do (ISO 4); with no abbreviation, a lone part is the journal and the last
of several is.
"""

from __future__ import annotations

import re

from biblio.data.reference_terms import MONTHS
from biblio.lazy_patterns import LazyPattern
from biblio.model import Date, Name
from biblio.parse.names import UPPER
from biblio.parse.patterns import CYRILLIC, take_language_mark
from biblio.parse.patterns import alternation as _alternation
from biblio.parse.reference import Reference, add_note

_INITIALS = rf"[{UPPER}][a-z]?\.(?:\s?-?[{UPPER}][a-z]?\.)*"
_FAMILY = rf"[{UPPER}][^\s,.]*(?:[\s-][{UPPER}][^\s,.]*)?"
_NAME = rf"{_FAMILY},\s{_INITIALS}"
ARTICLE = LazyPattern(
    rf"""
    (?P<names>{_NAME}(?:(?:,\s(?:and\s)?|\sand\s){_NAME})*),\s
    (?P<rest>[^,“"][^“”"]*?),\s(?P<year>(?:1[89]|20)\d\d),\s
    (?:vol\.\s(?P<volume>[^,\s]+),\s)?
    (?:(?:nos?\.|issue)\s(?P<issue>[^,\s]+),\s)?
    pp?\.\s(?P<page>\d+(?:\s?[–-]\s?\d+)?)\.?
    """,
    re.VERBOSE,
)
NAME = LazyPattern(rf"(?P<family>{_FAMILY}),\s(?P<given>{_INITIALS})")
EDITOR_WORDS = ("Ed.", "Eds.")
"""The role word after a book's editors in these lists ("L.I. Borodkin, Ed.")."""
MONTH_AFTER_YEAR = LazyPattern(r",\s(?:1[89]|20)\d\d,\s[A-Z][a-z]+\s\d")
"""A newspaper's day after its year ("2013, June 25"): NEWSPAPER is tried only where one
is."""
NUMBERING = re.compile(r"(?:vol|nos?|issue)\.?\s\d", re.IGNORECASE)
ABBREVIATED = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,}\.(?:\s|$)|\b[A-Z]\.[A-Z]\.")
"""A word cut with a period ("Vestn. ", "Geol.", "Ross."), or initials of a name of a
body ("U.S."): what marks an abbreviated journal title."""


def _journal_start(parts: list[str]) -> int:
    """The index of the part that opens the journal's title among the comma parts."""
    for index, part in enumerate(parts):
        if ABBREVIATED.search(part):
            return index
    return len(parts) - 1


_LATIN_MONTHS = [month for month in MONTHS if month.isascii() and month[:1].isupper()]
NEWSPAPER = LazyPattern(
    rf"""
    (?P<names>{_NAME}(?:(?:,\s(?:and\s)?|\sand\s){_NAME})*),\s
    (?P<title>[^,“"][^“”"]*?),\s(?P<paper>[{UPPER}][^,\d]*?),\s
    (?P<year>(?:1[89]|20)\d\d),\s(?P<month>{_alternation(_LATIN_MONTHS)})\s(?P<day>\d{{1,2}})
    (?:,\s(?:nos?\.|issue)\s(?P<issue>[^,\s]+?))?
    (?:,\s(?:pp?\.)\s(?P<page>\d+(?:\s?[–-]\s?\d+)?))?\.?
    """,
    re.VERBOSE,
)
"""A newspaper article as the same lists print it: the names, the title, the paper, the
year, the month and day, the issue: "Gunina, S., The Team of Youth, Zapolyarnaya Pravda,
2013, June 25, no. 88 [in Russian]."."""


def parse_pleiades_article(text: str, reference: Reference) -> Reference | None:
    """A journal or newspaper article in Pleiades' style (ARTICLE, NEWSPAPER), or None;
    the original's language these lists mark after each Russian work ("[in Russian]") in
    `language`."""
    if ", " not in text or CYRILLIC.search(text):
        return None
    bare, language, printed = take_language_mark(text) if text.rstrip(".").endswith("]") \
        else (text, None, None)
    reading = _article(bare, reference) or _newspaper(bare, reference)
    if reading is not None and language:
        reading.fields["language"] = language
    elif reading is not None and printed:
        add_note(reading.fields, printed)  # a language no table names, kept as printed
    return reading


def _newspaper(text: str, reference: Reference) -> Reference | None:
    month = MONTH_AFTER_YEAR.search(text)
    match = NEWSPAPER.fullmatch(text) if month else None
    if match is None:
        return None
    fields = reference.fields
    reference.type, reference.whole_form = "article-newspaper", True
    fields["author"] = [Name(family=name["family"], given=name["given"])
                        for name in NAME.finditer(match["names"])]
    fields["title"], fields["container-title"] = match["title"], match["paper"]
    fields["issued"] = Date(parts=[[int(match["year"]), MONTHS[match["month"]],
                                    int(match["day"])]])
    for variable in ("issue", "page"):
        if match[variable]:
            fields[variable] = match[variable]
    return reference


def _article(text: str, reference: Reference) -> Reference | None:
    if ", p" not in text:
        return None  # every article ends with its pages after a comma
    match = ARTICLE.fullmatch(text)
    if match is None:
        return None
    names = list(NAME.finditer(match["names"]))
    parts = match["rest"].split(", ")
    if any(NUMBERING.match(part) for part in parts):
        return None  # "…, Vol. 14, No. 2, 2006, pp. 589–599": the numbering before the year
    if ": " in parts[-1] or any(part in EDITOR_WORDS for part in parts):
        return None  # "…, L.I. Borodkin, Ed., Ezhegodnik. 2003, Moscow: ROSSPEN, 2004, pp.":
        # a book's editors and imprint, no journal
    start = _journal_start(parts)
    fields = reference.fields
    reference.type, reference.whole_form = "article-journal", True
    fields["author"] = [Name(family=name["family"], given=name["given"]) for name in names]
    if start:
        fields["title"] = ", ".join(parts[:start])
    fields["container-title"] = ", ".join(parts[start:])
    fields["issued"] = Date(parts=[[int(match["year"])]])
    for variable in ("volume", "issue", "page"):
        if match[variable]:
            fields[variable] = match[variable]
    return reference
