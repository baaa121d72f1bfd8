"""Reviews and abstracts: the reviewed work named in the note area.

GOST 7.1-2003 (analytic description of reviews and abstracts; DSTU GOST 7.1:2006 the
same) describes a review as an article and names the reviewed work in its note area,
after «Рец. на кн.:», «Рец. на ст.:», «Реф. кн.:», «Реф. ст.:» or, for the languages
in Latin script, «Rev. op.:», «Ref. op.:»:

    Из истории белого движения [Текст] / К. Александров // Мир библиографии. — 1988.
    — № 2. — С. 94—95. — Рец. на кн.: Библиографический справочник … / Н. Н. Рутыч.
    — М. : Regnum : Рос. архив, 1997. — 295 с.

The note is a description of its own (with its own imprint), so it is cut off before
the review is read, and read apart: its title and names become CSL `reviewed-title`
and `reviewed-author`; the statement is kept whole in `note`, as GOST prints it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from biblio.data.reference_terms import REVIEW_NOTE_TERMS
from biblio.lazy_patterns import LazyPattern
from biblio.model import Date, Name
from biblio.parse.patterns import RUSSIAN_FAMILY, alternation, contains_any
from biblio.parse.reference import Reference
from biblio.russian_names import nominative_after_genitive_role

REVIEW_NOTE = LazyPattern(
    rf"""(?:[.,]?\s[—–-]|(?:(?<=\d)|(?<=\d\s[сcp]))\.)\s  # the note area's ". — ", or ". "
                                                     # after a page, a year or an extent
    (?P<statement>(?P<term>{alternation(REVIEW_NOTE_TERMS)})\s?:\s(?P<work>\S.*))$""",
    re.VERBOSE | re.DOTALL,
)
"""GOST 7.1-2003's note area after ". — ", or after ". " in a note's short form (GOST R
7.0.5-2008 4.6: "… С. 94—95. Рец. на кн.: …"): there only after the area that closes a
description (a page, a year, an extent: "… 295 с. Рец. на кн.:"), not after a heading's
initial ("Иванов И. И. Рец. на кн.: … // Вопр. истории …", a reviewer's heading before
his review, whose host follows the reviewed book)."""
BOOK_TERMS = ("кн.", "op.")
"""The terms that name a book (CSL review-book); the others name an article."""


def take_reviewed(text: str) -> tuple[str, str | None, str | None]:
    """The review without its note on the reviewed work, the note's term and the
    reviewed work's description (None, None where `text` has no such note)."""
    note = REVIEW_NOTE.search(text) if ":" in text and contains_any(REVIEW_NOTE_TERMS, text) \
        else None  # its optional opening is tried at every position: its terms first
    if note is None:
        return text, None, None
    return text[: note.start()], note["term"], note["work"]


def add_reviewed(reference: Reference, term: str, work: str,
                 read: Callable[[str], Reference]) -> None:
    """Type the review and give it the reviewed work that `read` makes of `work`."""
    reviewed = read(work)
    fields = reference.fields
    title = reviewed.fields.get("title")
    if title:
        fields["reviewed-title"] = title
    names = reviewed.fields.get("author")
    if names:
        fields["reviewed-author"] = names
    statement = f"{term}: {work.strip()}"
    fields["note"] = f"{fields['note']}; {statement}" if fields.get("note") else statement
    reference.type = "review-book" if term.endswith(BOOK_TERMS) else "review"


_FAMILY = RUSSIAN_FAMILY
REVIEW_IN_PERIODICAL = LazyPattern(
    rf"""[«„“"](?P<periodical>[^«»„“”"]{{2,120}})[»”“"],?\s     # „Голос Минувшего”
    (?P<year>\d{{4}})(?:\s?г\.)?,\s(?:№|N)\s?(?P<issue>\d+(?:\s?[—–/-]\s?\d+)?),?\s  # 1914, № 5,
    (?:[—–]\s)?(?P<genre>рецензия|рец\.)\s(?:г\.\s)?          # — рецензия г.
    (?P<initials>(?:[А-ЯЁ]\.\s?){{0,2}})(?P<family>{_FAMILY})   # В. Пичеты
    [.;]?\)?""",
    re.VERBOSE,
)
"""A review named by the periodical, year and issue it was printed in, then its reviewer
in the genitive after "рецензия" (and the old "г.", господина), as a list of the
responses to a book prints them: „Голос Минувшего”, 1914, № 5, рецензия г. В. Пичеты;
„Научный исторический журнал”, 1914, № 3, — рецензия А. Е. Преснякова; „Русская Мысль”
1914, № 5, рецензия г. Гневушева) (the note's closing parenthesis its sentence's). The
reviewed work is the book the list answers for, named elsewhere; a name after "рецензия
на" is the reviewed work's ("рецензия на монографию Н. В. Липатовой «…»",
biblio.parse.described), never the reviewer."""


def parse_review_in_periodical(text: str, reference: Reference) -> Reference | None:
    """The review, when `text` names one by its periodical and reviewer; None otherwise."""
    match = REVIEW_IN_PERIODICAL.fullmatch(text) if "рец" in text else None
    if match is None:
        return None
    family = nominative_after_genitive_role(match["family"])  # "рецензия" governs it
    author = Name(family=family, given=match["initials"].strip() or None)
    reference.fields.update({
        "author": [author], "container-title": match["periodical"].strip(),
        "issued": Date(parts=[[int(match["year"])]]), "issue": match["issue"],
        "genre": match["genre"]})
    reference.type = "review"
    return reference
