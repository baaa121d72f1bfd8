"""The author of collected works named before them, initials first, in a host: «// Л.Н.
Толстой. Собрание сочинений в 22 тт. М., 1984. Т. 18.», «// А. С. Пушкин. Полн. собр.
соч. Т. 5.».

GOST 7.1-2003 heads a collection of one author's works with his name family first («//
Толстой Л. Н. Собрание сочинений …»), which `names.parse_heading` reads; notes also name
him as a title page does, initials first. Read as the host's author only before the title
of collected or selected works (`reference_terms.COLLECTED_WORKS_TITLES` and their
abbreviations), so that a collection named after a person keeps its title («// А. С.
Пушкин. Исследования и материалы»).
"""

from __future__ import annotations

import re

from biblio.data.reference_terms import COLLECTED_WORKS_TITLES
from biblio.model import Name

COLLECTED_WORKS_ABBREVIATIONS = ("Полн. собр. соч.", "Собр. соч.", "Избр. произв.",
                                 "Избр. соч.", "Избр. тр.", "Соч.", "ПСС")
"""The titles abbreviated as GOST 7.0.12 and notes abbreviate them."""
COLLECTED_WORKS_OPENINGS = (*COLLECTED_WORKS_TITLES, *COLLECTED_WORKS_ABBREVIATIONS)

AUTHOR_INITIALS_FIRST = re.compile(
    r"(?P<given>[А-ЯЁІЇЄ]\.\s?(?:[А-ЯЁІЇЄ]\.\s?)?)"
    r"(?P<family>[А-ЯЁІЇЄ][а-яёіїєґ']+(?:-[А-ЯЁІЇЄ][а-яёіїєґ']+)?)\.\s")
"""One or two initials, a family and the period closing the heading: «Л.Н. Толстой. »."""


def collected_works_author(text: str) -> tuple[Name, int] | None:
    """The author and where the title begins, when `text` opens with a name initials first
    and the title of collected works follows; None otherwise."""
    author = AUTHOR_INITIALS_FIRST.match(text)
    if author is None or not text.startswith(COLLECTED_WORKS_OPENINGS, author.end()):
        return None
    return Name(family=author["family"], given=author["given"].strip()), author.end()
