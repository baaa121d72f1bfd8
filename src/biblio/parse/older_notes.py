"""The older scholarly note: «ст. N» for the page, «Family: Title» for the heading.

Ukrainian notes of 1880–1940 and their reprints abbreviate the page «ст.» («сторінка»,
also «стор.»), where GOST 7.0.12 writes «с.»: «Скворцов: Патріарх Адріан, 1913 р., ст.
265.», «М. Возняк: Історія української літератури, Львів 1920 р., ст. 147.». Elsewhere
«ст.» is a law's article («УК РФ, ст. 105», a gazette's «№ 13, ст. 1447», «Ст. 410») or a
chronicle's column («ПСРЛ 1863, ст. 418-419», `short_forms.OLD_COLUMN`). The page is told
from them by what stands before it: the year of the book's imprint marked «р.» («рік»,
the Ukrainian «г.»), which no gazette's issue and no code's title carries there
(`take_old_page`); or the whole note in the older form, the author's family (after his
initials, or alone) closed by a colon, the title and its imprint parted by commas, the
page last (`read_older_note`: «Костомаров: Мазепа, ст. 620.», «Пономарев: Памятники, III,
ст. 23.»).
"""

from __future__ import annotations

import re

from biblio.data.places import EXPANSIONS, WRITTEN_OUT
from biblio.data.reference_terms import (
    DOCUMENT_GENRES,
    LAW_TITLE_WORDS,
    MONTHS,
    PROCEEDINGS_WORDS,
    UKRAINIAN_LAW_TITLE_WORDS,
)
from biblio.designations import set_designation
from biblio.lazy_patterns import LazyPattern
from biblio.model import Date, Name
from biblio.parse.locators import ROMAN, VALUE, VOLUME
from biblio.parse.names import UPPER, is_family_alone
from biblio.parse.patterns import PRINTED_YEAR, alternation
from biblio.parse.reference import Reference

UKRAINIAN_IMPRINT_YEAR = rf"(?<![\d.]){PRINTED_YEAR}\sр\."
"""A year of imprint in a Ukrainian note, «1913 р.»; not the last figure of a date
(«12.05.1991 р.», an act's)."""
OLD_PAGE = rf",\s(?:ст|стор)\.\s?(?P<value>{VALUE})\.?\s*$"
"""The page closing a note: «, ст. 265.», «, стор. 14-15»."""
PAGE_AFTER_IMPRINT = LazyPattern(rf"(?<={UKRAINIAN_IMPRINT_YEAR}){OLD_PAGE}", re.VERBOSE)
"""The page after the imprint's year: «…, Львів 1920 р., ст. 147.»."""
ACT_BEFORE_YEAR = LazyPattern(
    rf"""(?<![^\W\d_])(?:{alternation({*LAW_TITLE_WORDS, *UKRAINIAN_LAW_TITLE_WORDS})})(?![^\W\d_])
    |\d{{1,2}}\s(?P<month>[^\W\d_]+\.?)\s\d{{4}}\sр\.$""",
    re.VERBOSE)
"""What makes the year an act's, not an imprint's, and «ст.» after it the act's article: a
law's title before it («Кримінальний кодекс УРСР 1960 р., ст. 62.», «Статут Великого
князівства Литовського 1588 р., ст. 7.») or a day and a month («від 23 травня 1991 р.»)."""


def take_old_page(text: str) -> tuple[str, tuple[str, str] | None]:
    """`text` without the page closing it in the Ukrainian form, and that page as a
    locator ("page", value); `text` whole and None when it does not close so."""
    if " р., ст" not in text:  # searched first: the pattern opens on a lookbehind
        return text, None
    page = PAGE_AFTER_IMPRINT.search(text)
    if page is None or _names_an_act(text[: page.start()]):
        return text, None
    return text[: page.start()], ("page", page["value"].strip())


def _names_an_act(before: str) -> bool:
    """Whether the text before the page's «, ст.» names a law or dates a day (ACT_BEFORE_YEAR)."""
    return any(match["month"] is None or match["month"].lower() in MONTHS
               or match["month"].lower().rstrip(".") in MONTHS
               for match in ACT_BEFORE_YEAR.finditer(before))


OLDER_NOTE = LazyPattern(
    rf"""(?P<given>(?:[{UPPER}]\.\s?){{1,2}})?                  # М.
    (?P<family>[{UPPER}][^\W\d_]{{2,}}(?:-[{UPPER}][^\W\d_]+)?)  # Возняк, Костомаров
    \s?:\s(?P<rest>[{UPPER}].*?)                                 # : Мазепа
    {OLD_PAGE}""",
    re.VERBOSE)
"""A whole note in the older form: the heading closed by a colon (spaced too, as some
reprints type every colon), the title after it with a capital, the page «ст. N» last."""
IMPRINT = re.compile(rf"(?:(?P<place>[^\W\d_]+)\s)?(?P<year>{PRINTED_YEAR})(?:\s[рг]\.)?")
"""The imprint as the older notes print it, the place and the year with no mark between:
«Львів 1920 р.», «1913 р.», «Казань, 1883 р.» (the place a part of its own)."""
PLACES = WRITTEN_OUT | frozenset(EXPANSIONS.values())


def may_be_older_note(text: str) -> bool:
    """Whether `text` holds the marks of the older form, the page's «, ст» and the
    heading's «: », tested before any pattern: most notes have neither."""
    return ", ст" in text and ": " in text


def read_older_note(text: str, reference: Reference) -> Reference | None:
    """`text` (its lead-in taken off; the caller has tested `may_be_older_note`) in the
    older form into `reference`, or None. Each part after the title must read as a volume,
    a place or an imprint, or the note is left to the grammar; the family alone must be one
    (`names.is_family_alone`)."""
    match = OLDER_NOTE.fullmatch(text.strip())
    if match is None or not (match["given"] or is_family_alone(match["family"])):
        return None
    title, *parts = match["rest"].split(", ")
    if _opens_with_genre(title):
        return None  # «Ломоносов: Сборник статей …»: a collection named after its subject
    fields: dict[str, object] = {}
    for part in parts:
        if not _read_part(part, fields):
            return None
    reference.fields["author"] = [Name(family=match["family"],
                                       given=(match["given"] or "").strip() or None)]
    reference.fields["title"] = title
    reference.fields.update(fields)
    reference.label, reference.locator = "page", match["value"].strip()
    return reference


CONTENTS_WORDS = ("исследования", "статьи", "документы", "документи", "дослідження",
                  "матеріали", "статті")
"""The plural words that name what a collection gathers, in Russian and Ukrainian, as its
title opens after its subject and a colon: «Пушкин: Исследования и материалы», «Шевченко:
Документи і матеріали», «Лермонтов: Статьи и материалы»."""
COLLECTION_OPENINGS = frozenset({*DOCUMENT_GENRES, *(w.lower() for w in PROCEEDINGS_WORDS),
                                 *CONTENTS_WORDS})
"""The kinds of document a title after a colon may open with: then the word before the
colon is the collection's subject, its title's first part (GOST 7.1-2003 clause 5.2.5's
other title information: «Ломоносов: Сборник статей и материалов», «Достоевский:
Материалы и исследования»), not its author."""


def _opens_with_genre(title: str) -> bool:
    lowered = title.lower()
    return any(lowered.startswith(genre) and not lowered[len(genre):len(genre) + 1].isalpha()
               for genre in COLLECTION_OPENINGS)


def _read_part(part: str, fields: dict[str, object]) -> bool:
    """One comma's part after the title into `fields`; False when it is none of those."""
    volume = VOLUME.fullmatch(part)
    if volume:
        fields["volume"] = volume["value"]  # «т. II», its word kept as printed
        set_designation(fields, "volume", part[: volume.start("value")].strip())
        return True
    if re.fullmatch(ROMAN, part):
        fields["volume"] = part  # «Памятники, III»
        return True
    imprint = IMPRINT.fullmatch(part)
    if imprint and (imprint["place"] is None or imprint["place"] in PLACES):
        if imprint["place"]:
            fields["publisher-place"] = imprint["place"]
        fields["issued"] = Date(parts=[[int(imprint["year"])]])
        return True
    if part in PLACES:
        fields["publisher-place"] = part
        return True
    return False
