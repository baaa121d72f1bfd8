"""Who published or annotated a document, named after the cite's page.

Notes of literary scholarship cite a document printed in a yearbook or a collection by
the page, then name who published it («публикация», GOST 7.0.12-2011 «публ.») or wrote
its commentary («коммент.»): «Писатели символистского круга: Новые материалы. СПб., 2003.
С. 449 / Публ. О. А. Кузнецовой», «… // Литературное наследство. Т. 85: Валерий Брюсов.
М., 1976. С. 698–699 / Публ. А. Н. Дубовикова.» (the notes of a book on the symbolists),
««Встречи с прошлым». Вып. 3. М., 1980. С. 415-416, публикация Е. Лямкиной» (the notes of a
memoir), «… М., 2000. Вып. 3, ч. 1. С. 17 (публ. и коммент. А. А. Морозова).» and «… С. 558,
в коммент. А. Г. Меца и Р. Д. Тименчика к публ. воспоминаний О. Н. Арбениной» (the notes of
a poet's collected works). The statement follows the pinpoint, where no area of the
description stands, and the page is not read while it stays there: the reference is read
without it, and the statement kept in `note` as printed.

Notes of classics and philosophy cite an ancient text in a Russian translation by the page,
then name the translator: «Диоген Лаэртский. О жизни, учениях и изречениях знаменитых
философов. М., 1979, с. 449-461. Пер: М.Л.Гаспарова.», «… М., 1971. С. 45. Пер. А. Н.
Егунова.» (the translator in the genitive after «Пер.», «Перевод», its period sometimes lost
before a colon). The reference is read without the statement, and the statement as GOST's
statement of responsibility is: the translator, in the nominative.
"""

from __future__ import annotations

import re

from biblio.lazy_patterns import LazyPattern
from biblio.parse.locators import RUSSIAN_PAGE_TERM

STATEMENT_AFTER_PAGE = LazyPattern(
    rf"""(?:(?<=\s)|^)(?:{RUSSIAN_PAGE_TERM})\.\s?\d+(?:\s?[—–-]\s?\d+)?(?:,\s?\d+(?:\s?[—–-]\s?\d+)?)*
    (?P<mark>\s/\s(?=[Пп]убл\.)|,\s(?=(?:публикация|публ\.|в\sкоммент\.|коммент\.)\s)|\s\((?=(?:[Пп]убл\.|коммент\.)))
    (?P<statement>[^()/]{{4,200}}?)\)?\.?$""",
    re.VERBOSE,
)
"""The page or pages cited (the last area, «С. 449», «С. 415-416»; any Russian page term,
`locators.RUSSIAN_PAGE_TERM`: «сс.», «стр.»), then the statement:
after « / » opened by «Публ.», after a comma opened by «публикация», «публ.», «в
коммент.» or «коммент.», or in parentheses opened by «публ.» or «коммент.»; to the end."""
ROLE_WORDS = ("убл", "коммент")
"""What a statement's first word holds (the pattern's words): notes without them are not
searched."""


def statement_after_pinpoint(text: str) -> re.Match[str] | None:
    """The statement after the cite's page at the end of `text` (STATEMENT_AFTER_PAGE):
    `text` up to the match's `mark` is the reference, `statement` who published or
    annotated the document; None when there is none."""
    if not any(word in text for word in ROLE_WORDS):
        return None
    return STATEMENT_AFTER_PAGE.search(text.rstrip())


PAGES_CITED = r"\d+(?:\s?[—–-]\s?\d+)?(?:,\s?\d+(?:\s?[—–-]\s?\d+)?)*"
"""The page or pages cited after their term: «45», «449-461», «12, 15-18»."""
_PAGES = rf"(?:{RUSSIAN_PAGE_TERM})\.\s?{PAGES_CITED}"
TRANSLATION_AFTER_PAGE = LazyPattern(
    rf"""(?:(?<=\s)|^){_PAGES}
    (?P<mark>[.,]\s)(?P<statement>(?:[Пп]ер(?:\.|(?=\s?:))|[Пп]еревод)\s?:?\s?[^()/]{{4,160}}?)\.?$""",
    re.VERBOSE,
)
"""The page or pages cited, a period or a comma, and the translator's statement opened by
«Пер.» (or «Пер» before its colon) or «Перевод», to the end."""
MISSING_ROLE_PERIOD = re.compile(r"^([Пп]ер)\s?:")
"""«Пер:», «Пер :»: the role word's period lost before the colon (spaced or not), as typed
notes print it."""


def translation_after_pinpoint(text: str) -> tuple[int, str] | None:
    """Where the translator's statement after the cite's page begins (its mark) and the
    statement, «Пер:» written «Пер.:»; None when `text` has none."""
    if "ер" not in text:
        return None
    match = TRANSLATION_AFTER_PAGE.search(text.rstrip())
    if match is None:
        return None
    return match.start("mark"), MISSING_ROLE_PERIOD.sub(r"\1.:", match["statement"].strip())
