"""A document's own date, which GOST and Chicago notes print after its title: not where
the title ends with it already (a letter's date written into its title, «Записка
Литвинова Сталину, 4 марта 1934 г.», "Letter to Lord Halifax, 12 September 1938"),
or the note would print it twice."""

from __future__ import annotations

import re

from biblio.model import Date

DATED_DOCUMENT_TYPES = frozenset({"manuscript", "personal_communication", "document"})
"""Types whose date the styles print after the document's title (GOST's macro
"document-date", Chicago's date after an unpublished letter): a letter, a protocol, a
report."""

TITLE_DATE_ENDING = re.compile(r"""
    (?<!\d)(?P<year>\d{4})             # 1934
    (?:\s*(?:гг?|года?|р|рр)\.?)?      # г., года, гг. (a range), Ukrainian р.
    [\s.,;:)\]»"]*$                    # closing punctuation
""", re.VERBOSE)
"""A title that ends with a year, as a document's date is written into its title:
"Записка Литвинова Сталину, 4 марта 1934 г.", "Отчет … от 1935 года"."""


def title_states_date(title: object, issued: object) -> bool:
    """Whether the title already ends with the year of the item's date, so that the
    style's date of the document ("Письмо, 12 сент. 1906") would print it twice."""
    if not isinstance(title, str) or not isinstance(issued, Date) or issued.year is None:
        return False
    match = TITLE_DATE_ENDING.search(title)
    return match is not None and int(match["year"]) == issued.year
