"""«ст. N», the page of Ukrainian scholarly notes and of their older Russian neighbours.

Ukrainian notes of 1880–1940 and their reprints abbreviate the page «ст.» («сторінка»,
also «стор.»), where GOST 7.0.12 writes «с.»: «Скворцов: Патріарх Адріан, 1913 р., ст.
265.», «М. Возняк: Історія української літератури, Львів 1920 р., ст. 147.». Elsewhere
«ст.» is a law's article («УК РФ, ст. 105», a gazette's «№ 13, ст. 1447», «Ст. 410») or a
chronicle's column («ПСРЛ 1863, ст. 418-419», `short_forms.OLD_COLUMN`). The page is
told from them by what stands before it: the year of the book's imprint marked «р.»
(«рік», the Ukrainian «г.»), which no gazette's issue and no code's title carries there.
"""

from __future__ import annotations

import re

from biblio.parse.locators import VALUE

UKRAINIAN_IMPRINT_YEAR = r"(?<![\d.])(?:1[5-9]|20)\d\d\sр\."
"""A year of imprint in a Ukrainian note, «1913 р.»; not the last figure of a date
(«12.05.1991 р.», an act's)."""
PAGE_AFTER_IMPRINT = re.compile(
    rf"""(?<={UKRAINIAN_IMPRINT_YEAR})
    ,\s(?P<term>ст\.|стор\.)\s?(?P<value>{VALUE})      # , ст. 265 / , стор. 14-15
    \.?\s*$""",
    re.VERBOSE)
"""The page closing a note, after its imprint's year: «…, Львів 1920 р., ст. 147.»."""


def take_old_page(text: str) -> tuple[str, tuple[str, str] | None]:
    """`text` without the page closing it in the Ukrainian form, and that page as a
    locator ("page", value); `text` whole and None when it does not close so."""
    if "ст" not in text:
        return text, None
    page = PAGE_AFTER_IMPRINT.search(text)
    if page is None:
        return text, None
    return text[: page.start()], ("page", page["value"].strip())
