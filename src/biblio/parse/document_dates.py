"""The date after "от" that closes the title of a letter, a diary entry or an act.

"Письмо от 4 сентября 1906 г. // ИРЛИ. Ф. 39. Ед. хр. 343.", "Письмо Н. М. Минского к Л.
Н. Вилькиной от 7 января 1907 г. // ИРЛИ …", "Запись в дневнике от 1 апреля 1892 г. (ГА РФ
…)": the date is when the document was written, its `issued`, and the title is the rest,
as the Russian dev set's gold has letters and diaries (tests/data/dev/README.md, batch 9).
Only letters and diary entries (LETTER_NOUNS) and, outside an archive, laws and decrees
(ACT_NOUNS: "Высочайший манифест от 6 мая 1868 г. // ПСЗ …", "Резолюция ВЦИК по вопросу
печати от 4 (17) ноября 1917 года."): the minutes of a meeting keep the date that names
them.
"""

from __future__ import annotations

import re

from biblio.data.reference_terms import (
    ACT_NOUNS,
    APPROXIMATE_DATE_WORDS,
    LETTER_NOUNS,
    LETTER_QUALIFIERS,
    MONTHS_NOMINATIVE,
)
from biblio.lazy_patterns import LazyPattern
from biblio.model import Date
from biblio.parse.patterns import alternation
from biblio.parse.publication import DAY, MONTH, OTHER_STYLE_DAY, date_of_day

DATE_AFTER_OT = LazyPattern(
    rf"\s+(?P<after>от\s+)?(?P<printed>{DAY}(?:{OTHER_STYLE_DAY})?\s(?P<month>{MONTH})"
    rf"(?P<calendar>\s\((?:н|ст)\.\s?ст\.\))?\s(?P<year>\d{{4}})(?:\s?(?:г\.?|года))?)\.?\s*$"
)
"""The date closing a letter's or an act's title: "от 4 сентября 1906 г." (a letter's without
"от" too, as editions of letters and their commentaries head them: "Письмо В. Стасову 11
сентября 1871 г.", "Записка А. Н. Пыпину 3 мая 1890 г."), "от 18 июня (н. ст.) 1907
г." (the calendar named), "от 6 (19) мая 1917 года" (the day in both calendars). The
first day is `issued`; a date naming its calendar or the other day is kept as printed."""


DATE_INSIDE_AFTER_OT = LazyPattern(
    rf"\sот\s{DAY}\s(?P<month>{MONTH})\s(?P<year>\d{{4}})\s?(?:г\.|года)\s(?=[а-яё«])")
"""A letter's date after "от" inside its title, the subject after it: "Служебная записка
3-го отдела на имя Сталина от 26 февраля 1953 г. о позиции советского правительства …"
(batch 46, a note on Stalin's 1952 note): its `issued`, the title kept whole, since the
words after the date are the title's."""


APPROXIMATE_WORDS_CLOSING = LazyPattern(
    rf"[,.]\s(?P<words>(?i:{alternation(APPROXIMATE_DATE_WORDS)}))$")
"""The words closing a letter's title before its date when the publisher established the
date ("Письмо … в уездный комитет, не позднее 15 июня 1919 г.", APPROXIMATE_DATE_WORDS):
out of the title, kept with the date as printed."""


def document_kind(title: str) -> str:
    """The noun that names the kind of document a title opens with: its first word, or the
    second after an adjective of LETTER_QUALIFIERS ("Служебная записка …" → "Записка")."""
    words = title.split(maxsplit=2)
    if not words:
        return ""
    if len(words) > 1 and words[0].capitalize() in LETTER_QUALIFIERS:
        return words[1].capitalize()
    return words[0]


def split_document_date(title: str, *, acts: bool = False
                        ) -> tuple[str, Date | None, str | None]:
    """The title without its closing date, the date, and the date as printed when it names
    its calendar or the day in the other one ("4 (17) ноября 1917 года"), for `note`; the
    title unchanged and None, None when it is not a letter's or a diary entry's (nor, with
    `acts`, a law's or a decree's), or names no date at its end: a day after «от», or a
    letter's month after a comma (split_document_month). A letter's day after «от» inside
    the title, its subject after it (DATE_INSIDE_AFTER_OT), is its date too, the title
    kept whole."""
    first = document_kind(title)
    kinds = LETTER_NOUNS | ACT_NOUNS if acts else LETTER_NOUNS
    dated = DATE_AFTER_OT.search(title) if first in kinds else None
    if dated and not dated["after"] and (first not in LETTER_NOUNS or
                                         title[: dated.start()].endswith((".", ","))):
        dated = None  # an act is dated after «от»; "Указ 1714 года" names it by its year;
        # a date after the title's period or comma is the other readers' (DOCUMENT_DAY)
    if dated is None and first in LETTER_NOUNS:  # "Письмо Е.Климову, январь 1956 года"
        if (inside := DATE_INSIDE_AFTER_OT.search(title)) is not None:
            return title, date_of_day(inside), None  # the date inside the title: kept there
        return split_document_month(title)
    if dated is None:
        return title, None, None
    printed = dated["printed"] if dated["other_style"] or dated["calendar"] else None
    rest = title[: dated.start()]
    if (qualified := APPROXIMATE_WORDS_CLOSING.search(rest)) is not None:
        # "Письмо …, не позднее 15 июня 1919 г.": the date the publisher established
        printed = f"{qualified['words']} {dated['printed']}"
        rest = rest[: qualified.start()]
    return rest.rstrip(" ,"), date_of_day(dated), printed


MONTH_AFTER_COMMA = LazyPattern(
    rf"""
    ,\s?(?P<printed>(?P<undated>б/д\s?)?(?P<supplied>\[)?               # , б/д [
    (?P<month>{alternation(MONTHS_NOMINATIVE)})\s(?P<year>\d{{4}})            # январь 1934
    (?:\s?(?:г\.?|года))?(?(supplied)\]))\.?$                            # г.]
    """,
    re.VERBOSE | re.IGNORECASE,
)
"""A document dated by its month alone after the comma that closes its title: "Письмо
Е.Климову, январь 1956 года // Александр Бенуа размышляет…" (an essay on Benois), "письмо
студента Данилина в Моссовет с жалобой, б/д [январь 1934 г.] (ГА РФ. Ф. Р-7952 …)" (a
monograph on the Moscow metro: «б/д», "undated", and the month the historian supplies in
square brackets, as GOST 7.1-2003 clause 4.8 brackets what the cataloguer supplies). The
month and year are the document's `issued`, as its day is (the session-26 rule in
tests/data/dev/README.md)."""


DOCUMENT_NOUNS = LETTER_NOUNS | ACT_NOUNS
"""The documents whose month closing the title before "//" is their date."""


def split_document_month(title: str, *, documents_only: bool = True
                         ) -> tuple[str, Date | None, str | None]:
    """The title without the month and year that close it after a comma, their Date, and
    the date as printed when the document bears none («б/д») or it is supplied in brackets
    (for `note`: the date is the historian's, not the document's); unchanged, None, None
    when no month closes it or, with `documents_only`, the title is no letter's, diary
    entry's or act's (an article "Париж, май 1968" keeps its month)."""
    if "," not in title:
        return title, None, None
    first = document_kind(title).capitalize()
    if documents_only and first not in DOCUMENT_NOUNS:
        return title, None, None
    dated = MONTH_AFTER_COMMA.search(title)
    if dated is None:
        return title, None, None
    date = Date(parts=[[int(dated["year"]), MONTHS_NOMINATIVE[dated["month"].lower()]]])
    printed = dated["printed"] if dated["undated"] or dated["supplied"] else None
    return title[: dated.start()].rstrip(), date, printed
