"""Russian footnotes written without GOST's areas, as historians' books print them.

A periodical named in quotes, then a day or an issue joined by commas
(«Правда» от 30 сентября 1928; «Деревенский коммунист», №4, 1928, с.37;
«Большевик», №№13–14, 1928, с.74), and a collected works cited by its author's name
alone (И.Сталин, т. 11, с.15–16; Р.Дэвис, с.49), a book's title in quotes with
its place and year («Научная организация труда и система Тейлора», М., 1922), and a
law gazette's year and issue (СЗ СССР, 1923, № 81. Ст. 782), a newspaper's number and
day with its place (Наш путь. Киев, № 1, 19 ноября 1918 г.), an article in a serial
named by its siglum («Ананьинский могильник». СА, II (1937), 95-111), and an article as
the legal databases head it (Title (Мыскин А. В.) («Нотариус», 2014, N 1)). The
periodical is the work cited as a whole issue (type `periodical`, its name in `title`), as
"Правда. 1939. 23 авг." is read by the GOST grammar.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from biblio.designations import set_designation
from biblio.lazy_patterns import LazyPattern
from biblio.model import Date, Name
from biblio.parse.locators import (ARTICLE_TERM, GAZETTE_ARTICLES, ROMAN, RUSSIAN_PAGE_TERM,
                                   RUSSIAN_PAGE_TERM_LOWER, parse_numbering)
from biblio.parse.names import UPPER, parse_heading
from biblio.data.places import COMMON as COMMON_PLACES
from biblio.data.reference_terms import (COLLECTED_WORKS_TITLES, DOCUMENT_NOUNS, ISSUE_TERMS,
                                         MONTHS_NOMINATIVE, PART_TERMS,
                                         PERIODICAL_KIND_NOUNS, STATEMENT_OPENERS, VOLUME_TERMS)
from biblio.parse.patterns import PRINTED_YEAR, RUSSIAN_FAMILY, alternation, phrase_alternation
from biblio.parse.publication import (MONTH, date_of_day, full_date, month_number, read_place,
                                     read_places)
from biblio.parse.reference import Reference

PLACES = alternation([place for place in COMMON_PLACES if not place.isascii()] +
                     ["М.-Л.", "М.–Л.", "М.—Л.", "М. — Л.", "М. – Л."])
"""Russian places GOST 7.0.12 abbreviates, and "М.-Л.", as informal notes print them."""
_MONTH_NAMED = alternation({month for month in MONTHS_NOMINATIVE if not month.isascii()})
"""A month named alone, in the nominative ("«Новый мир», 1926, май"): the issue's month."""
_PAGE = rf"(?:,\s?(?:{RUSSIAN_PAGE_TERM_LOWER})\.?\s?(?P<page>\d+(?:\s?[—–-]\s?\d+)?))?"
QUOTED_PERIODICAL = LazyPattern(
    rf"""
    «(?P<title>[^»]{{1,120}}?)»?,?\s
    (?:от\s(?P<day>\d{{1,2}})(?:(?:\sи|\s?[—–-])\s?(?P<last_day>\d{{1,2}}))?\s(?P<month>{MONTH})
       \s(?P<year>\d{{4}})
      |№\s?(?:№\s?)?(?P<issue>\d+(?:\s?[—–/-]\s?\d+)?),\s?
       (?:(?P<issue_month>(?i:{_MONTH_NAMED})),\s?)?(?P<issue_year>\d{{4}})
       {_PAGE})
    \.?
    """,
    re.VERBOSE,
)
"""«Правда» от 30 сентября 1928; «Социалистический вестник», №6, март, 1979, с.11: the
issue's date, its month named alone kept with its year; the issues of two days or a run
of days («Известия» от 12 и 13 января 1928, «от 5–7 мая») dated from the first to the
last, as CSL dates a range."""
_PAGE_OR_RANGE = r"\d+(?:\s?[—–-]\s?\d+)?"
_PAGES = (rf"(?:,\s?(?:{RUSSIAN_PAGE_TERM_LOWER})\.?\s?"
          rf"(?P<page>{_PAGE_OR_RANGE}(?:,\s{_PAGE_OR_RANGE})*))?")
"""The page or pages cited: "стр. 13", "с.53", "стр. 38, 39"."""
_DIVISION = alternation(term.rstrip(".") for term in (*VOLUME_TERMS, *PART_TERMS))
"""A volume's or a part's designation ("т.", "ч.", "кн."), which opens no imprint."""
QUOTED_BOOK = LazyPattern(
    rf"""
    «(?P<title>[^»]{{1,300}})»(?:,\s|\s(?P<open>\()|\.\s(?=(?:{PLACES})[\s,:—–-]))
    (?!{_DIVISION}\.?\s?[\dIVXLC])                                # not "т. I", "ч. 2"
    (?P<place>[^\W\d_«][^,:\d()«»]{{0,30}})                    # М., М. — Куйбышев
    (?:[,:]\s(?:«(?P<quoted>[^«»]{{2,80}})»|(?P<publisher>[{UPPER}][^,\d()«»]{{1,60}})))?
    ,\s(?P<year>\d{{4}}){_PAGES}(?(open)\))\.?
    """,
    re.VERBOSE,
)
"""A book's title in quotes, then place and year: «Научная организация труда», М., 1922;
the imprint in parentheses, as the commentaries of Soviet collected works print it:
«Начальные основания политической экономии» (СПб., 1828), «Петербург» (СПб., 1913);
with its publisher, in quotes or not, after a colon or a comma, and places joined by a
dash; after a period only an abbreviated place, not a genre or a publisher, starts the
imprint: «Воспоминания о Ю. Тынянове», М.: «Советский писатель», 1983, с.53; «Сборник
руководящих материалов по капитальному строительству». М. — Куйбышев, Госпланиздат,
1942, стр. 38, 39. A volume or a part never starts it («…», т. I, 1941; «…», ч. I, 1941)."""
QUOTED_ARTICLE = LazyPattern(
    rf"«(?P<title>[^»]{{1,300}})»,?\s\(«(?P<journal>[^»]{{1,120}})»,\s(?P<year>\d{{4}}),\s"
    rf"№\s?(?P<issue>\d+(?:\s?[—–-]\s?\d+)?){_PAGE}\)\.?"
)
"""An article's title in quotes, then its journal, year and issue in parentheses, as the
same commentaries print it: «Бородинская годовщина» («Отечественные записки», 1839, №
10), «Очерки Бородинского сражения» («Отечественные записки», 1839, № 12, с. 5)."""
GAZETTE_ISSUE = re.compile(
    rf"""
    (?P<title>[^\W\d_][^,«»\d/]{{1,120}}(?<!\s[^\W\d_]\.))[.,]\s(?P<year>\d{{4}})  # not "М., 2001"
    (?:[.,]\s(?P<day>\d{{1,2}})(?:,\s\d{{1,2}})*\s(?P<month>{MONTH}))?    # a newspaper's day(s)
    (?(day)(?:[.,]\s№\s?(?P<issue>\d+(?:\s?[—–/-]\s?\d+)?))?              # its number, or
          |(?:[.,]\s№\s?(?P<number_of_issue>\d+(?:\s?[—–/-]\s?\d+)?)))  # a gazette's
    (?:\s?[.,]?\s\(?(?P<part>[чЧ]\.\s?[IVX\d]+(?:[—–-][IVX\d]+)?)\)?)?  # its part: "ч. I"
    (?:[.,]\s(?:(?P<article>{ARTICLE_TERM})\s?(?P<number>{GAZETTE_ARTICLES})   # ст. 2954
              |(?:{RUSSIAN_PAGE_TERM_LOWER})\.\s?(?P<page>\d+(?:[—–-]\d+)?)))?\.?
    """,
    re.VERBOSE,
)
"""A periodical or an official gazette, year and issue joined by commas or periods: "СЗ
СССР, 1923, № 81. Ст. 782", "СЗ РФ, 2001, № 52, ч. I, ст. 4921", "РГ, 1995, 17 января,
№ 11–12", a newspaper by its day alone ("Российская газета, 2002, 5 июня", "…, 1996, 18,
19, 20, 25 июня": a law printed in several issues, dated by the first), the name written
out ("Собрание законодательства Российской Федерации, 1996, № 25, ст. 2954") (the
article of a law gazette, or its list of articles, is its locator, as "section"; the part of
an issue, "№ 52 (ч. I)", is its `part-number`, "Ч. I", as locators.ISSUE_PART reads it)."""
GAZETTE_YEAR = re.compile(r"[.,](?=\s\d)(?<=[^\W\d_][.,]|\)[.,])\s\d{4}[.,]\s(?:№|\d{1,2}[\s,])")
"""The cheap test for GAZETTE_ISSUE in a longer note: a name, the year, then "№" or a day.
It opens with the name's period or comma, the letter or ")" before it looked behind: the
regex engine then scans for the punctuation, where a class of letters first was tried at
every letter (8 us on 140 characters). The space and figure after the mark are looked at
before the letter behind it: most periods and commas are followed by a word."""
NUMBERED_NEWSPAPER = re.compile(
    rf"""
    «?(?P<title>[^\W\d_][^,.«»\d№/]{{0,60}}?)»?              # Наш путь, «Красная звезда»
    (?:\.\s(?P<place>[^\W\d_][^,.\d№/]{{0,30}}),)?            # . Киев,
    (?:[,.]?\s|,)№\s?(?P<issue>\d+(?:[—–/-]\d+)?(?:\s?\(\d+\))?)(?:,?\s|,)  # № 1, № 5 (2555)
    (?:от\s)?(?:(?P<day>\d{{1,2}})\s(?P<month>{MONTH})\s(?P<year>\d{{4}})  # 19 ноября 1918
       |(?P<figures>\d{{1,2}}\.\d{{1,2}}\.(?:\d{{4}}|\d\d)))           # 16.01.2003, 22.02.94
    (?:\s?г\.?|\sгода)?
    {_PAGE}\.?
    """,
    re.VERBOSE,
)
"""A newspaper's issue by its number and day, with its place: "Наш путь. Киев, № 1, 19
ноября 1918 г.", "«Красная звезда» №93, 21 апреля 1942 года" (the émigré and wartime press
is cited so), the day after "от" and the issue's running number in parentheses kept with it
as the dev set's issues are ("Красноярский рабочий. № 5 (2555) от 7 января 1927 года."); the
day in figures too, as legal reference lists cite the gazette that printed an act
("Российская газета, № 6, 16.01.2003", "Российская газета, № 35, 22.02.94")."""


def newspaper_day(match: re.Match[str]) -> Date | None:
    """The day of a NUMBERED_NEWSPAPER match: its month named, or in figures."""
    return full_date(match["figures"]) if match["figures"] else date_of_day(match)
AUTHOR_ONLY = re.compile(
    rf"""
    (?P<given>(?:[А-ЯЁ]\.\s?){{1,2}})(?P<family>{RUSSIAN_FAMILY}),\s
    (?:(?:т\.\s?|том\s)(?P<volume>\d+),\s)?
    (?:{RUSSIAN_PAGE_TERM_LOWER})\.?\s?(?P<page>\d+(?:\s?[—–-]\s?\d+)?)\.?
    """,
    re.VERBOSE,
)
"""И.Сталин, т. 11, с.15–16; Р.Дэвис, с.49: the author's works, cited by name."""
VOLUME_PAGE = re.compile(
    rf"""
    (?P<head>[{UPPER}](?:[^\W\d_]+(?:-[{UPPER}][^\W\d_]+)?)?\.?),\s?  # Соловьев, ПСРЛ, П, Восп.
    (?P<volume>\d{{1,3}}|{ROMAN})(?:,\s?|(?<![\d])\.\s)          # the volume: "6,", "II,", "І. "
    (?:(?P<part>(?:часть|ч\.)\s?[\dIVX]+),\s?)?                 # a part: "часть 1,"
    (?:(?:{RUSSIAN_PAGE_TERM_LOWER})\.\s?|(?!{PRINTED_YEAR}\.?$))  # "с. 77"; no bare year
    (?P<page>\d+(?:\s?[—–-]\s?\d+)?)\.?                         # the page
    (?:\s\((?P<comment>[^()]{{1,60}})\)\.?)?                     # "(интерполяция)"
    """,
    re.VERBOSE,
)
"""A multi-volume work cited by its author or its abbreviated title, then volume and page
by bare numbers, as translated histories of Russia print them: "Соловьев, 6,433",
"Карамзин, 8,103-105", "ПСРЛ, 13, часть 1,236"; or by the siglum of a commentary's list of
abbreviations (one capital, or a word cut short with its period), the page after "с.":
"П, X, с. 77.", "Восп., 2, с. 134–135." (a documentary life of Pushkin); or by a short
title, the volume in Roman numerals (typed with the Cyrillic look-alike «І» too,
`locators.ROMAN`), closed by a comma or a period: "Письма, II, 175." (the commentary of
Dostoevsky's letters), "Історія, І. 380." (a Ukrainian history's notes). A bare number
that reads as a year is no page ("Письма, II, 1869.")."""


SIGLUM_ARTICLE = LazyPattern(
    rf"""
    (?:[«“„"](?P<quoted>[^«»“”„"]{{3,300}})[»”“"]                 # «Ананьинский могильник»
      |(?P<title>(?:[{UPPER}]|«[^«»]{{1,80}}»)                     # Скифский Геракл,
         (?:[^«»“”„"/;]|«[^«»]{{1,80}}»){{2,300}}?)
       (?<=[^\W\d_]{{3}}))                             # «Подъем» и «депрессия» в истории
    [.,]\s
    (?:(?P<journal>[{UPPER}A-Z]{{2,8}}),\s                         # СА, КСИИМК, ESA
       (?P<volume>[IVXLC]{{1,7}}|\d{{1,3}})                        # II, 65
       (?:\s\((?P<year>\d{{4}})\)|,\s(?P<year_after>\d{{4}}))       # (1937), , 1950
     |(?P<journal_name>[{UPPER}][^\W\d_]*\.?(?:\s[^\W\d_]+\.?){{0,6}}),\s  # Исторические
       (?P<name_volume>[IVXLC]{{1,7}}|\d{{1,3}})\s\((?P<name_year>\d{{4}})\))  # записки, 18 (1946)
    (?:,\s(?:(?P<pages>{_PAGE_OR_RANGE})                           # 95-111: the article's
         |(?:{RUSSIAN_PAGE_TERM_LOWER})\.\s?(?P<page>{_PAGE_OR_RANGE}(?:\s(?:и\s)?сл)?)))?  # стр. 7 сл.
    \.?
    """,
    re.VERBOSE,
)
"""An article in a serial named by its siglum in capitals, then the volume and the year
in parentheses or after a comma, and the article's pages or the page cited, as notes of
archaeology and of translated histories print them: «Ананьинский могильник». СА, II
(1937), 95-111; «Церковно-земский Собор 1549 года», ЗРНИБ, 9 (1933), 1-15; Скифский
Геракл. КСИИМК, XXXIV, 1950, стр. 7 сл. (the journal's own volume, not a book's: no
"т." before it). The serial may be named in words, its volume then always before the
year in parentheses, as the comma style of émigré and translated histories prints it
(«С. Л. Пештич, О договоре Владимира с волжскими булгарами, Исторические записки, 18
(1946), с. 327 – 335»); the title may hold words in guillemets («П. Н. Савицкий, «Подъем»
и «депрессия» в древнерусской истории, ЕХ, 11 (1936), с. 65 – 100»)."""
SERIAL_VOLUME_YEAR = re.compile(r",\s(?:[IVXLC]{1,7}|\d{1,3})\s\(\d{4}\)")
"""A serial's volume and its year in parentheses after a comma: ", 18 (1946)"."""
SIGLUM_AFTER_TITLE = re.compile(
    rf"[.,]\s[{UPPER}A-Z]{{2,8}},\s[IVXLC\d]|{SERIAL_VOLUME_YEAR.pattern}")
"""What SIGLUM_ARTICLE needs in the middle, searched first: most references that reach
this reader have a comma and none has it."""
DATABASE_ARTICLE = LazyPattern(
    r"""
    (?P<title>[^\W\d_][^()«»]{2,400}?)\s                                # the title
    \((?P<authors>[^()«»\d]{3,200})\)\s                                # (Осьмакова О. Н.)
    \(«(?P<journal>[^«»]{1,160})»,\s(?P<year>\d{4}),\s                   # («Нотариус», 2014,
    (?:N|№)\s?(?P<issue>\d+(?:\s?[—–/-]\s?\d+)?)\)\.?                   # N 1)
    """,
    re.VERBOSE,
)
"""An article as the legal databases (КонсультантПлюс, Гарант) head it and the sites that
reprint it copy the heading: the title, its authors in parentheses, then the journal in
quotes with its year and issue in parentheses: "Вчера была прописка. Сегодня регистрация.
А что изменилось? (Мыскин А. В.) («Нотариус», 2014, N 1)", "Некоторые проблемы участия
прокурора … (Афанасьев С. Ф., Борисова В. Ф.) («Законы России: опыт, анализ, практика»,
2012, N 9)". The parentheses must hold names and nothing else (parse_heading reads them
whole), so a title's own parenthetical stays in it."""
AUTHORS_THEN_HOST = re.compile(r"\)\s\(«")
"""What DATABASE_ARTICLE needs between its two parentheses, searched first."""


AUTHOR_QUOTED_TITLE = LazyPattern(
    rf"""(?P<family>[{UPPER}][^\W\d_]+(?:-[{UPPER}][^\W\d_]+)?),\s  # Строев, Сергий
    [«“"„](?P<title>[^«»“”"„]{{2,200}})[»”“"]                      # "Списки иерархов"
    (?P<divisions>(?:,\s(?:{_DIVISION})\.\s?[\dIVXLC]+)*)           # , т. II, ч. I
    (?:,\s(?:(?:{RUSSIAN_PAGE_TERM_LOWER})\.\s?)?(?P<page>{_PAGE_OR_RANGE}))?\.?  # , с. 226
    """,
    re.VERBOSE,
)
"""A work by its author's name alone and its title in quotes, then the volume and the
page after commas, as the Russian Biographical Dictionary (1896–1918) lists an article's
sources: Строев, "Списки иерархов"; Евгений, "Опис. Киево-Печер. лавры", 89; Сергий,
"Св. Восток", т. II, ч. I, с. 226. The quotes set the title off from the name, so one
word before them is the author (a periodical's name is never followed by a quoted title)."""
QUOTED_SHORT = LazyPattern(
    r"""[«“"„](?P<title>[^«»“”"„]{1,200})[»”“"],?\s
    (?:с|стр|С|Стр)\.\s?(?P<page>[\dIVXLC]+(?:\s?[—–-]\s?[\dIVXLC]+)?(?:,\s?\d+(?:\s?[—–-]\s?\d+)?)*)\.?""",
    re.VERBOSE,
)
"""A work repeated by its title in quotes and the page alone, as Soviet notes shorten a
book or a collection cited before: «Национализация промышленности в СССР», стр. 647, 648;
«Экономика транспорта», стр. 70; «Дневник Елены Булгаковой», с. 53."""
QUOTED_TITLE = re.compile(
    rf"""(?:(?P<kind>{alternation(PERIODICAL_KIND_NOUNS)})\s)?           # Журнал «…»
    (?P<open>[«“"„])(?P<title>[^«»“”"„]{{1,200}})[»”“"]""",
    re.VERBOSE,
)
"""A title in quotation marks of any of the kinds Russian books print («», “”, „“, ""),
perhaps after the word that names the kind of periodical."""
_DIVISION_WORDS = alternation(
    term for term in (*PART_TERMS, *ISSUE_TERMS)
    if term.isalpha() and len(term) > 3 and all("а" <= c <= "я" for c in term.lower()))
"""A part's, a book's or an issue's term written out ("часть", "книга", "выпуск"), as web
lists and popular notes print them («Звенья», выпуск 8, 1950)."""
ISSUE_COMPONENTS = LazyPattern(
    rf"""[\s,.:;]*(?:
      (?:от\s)?(?P<day>\d{{1,2}})\s(?P<month>{MONTH})\s(?P<day_year>\d{{4}})(?:\s?г(?:ода|\.)?)?
    | (?:на\s)?(?P<year>\d{{4}})(?:\s?г(?:ода|од|\.)?)?(?![\d.]\d)
    | (?:№|N|No\.?)\s?(?:№\s?)?(?P<issue>\d+(?:\s?[—–/-]\s?\d+)?(?:\s?\(\d+\))?)
    | (?:[тТ][.,]\s?|[тТ]ом\s)(?P<volume>\d+|[IVXLC]+)
    | (?P<division>(?:(?:вып|кн|ч|Вып|Кн|Ч)\.\s?|(?:{_DIVISION_WORDS})\s)[\dIVXLC]+)
    | (?P<place>{PLACES})(?=[\s,]\s?\d{{4}})
    | (?:{RUSSIAN_PAGE_TERM})\.?\s?(?P<page>[\dIVXLC]+(?:\s?[—–-]\s?[\dIVXLC]+)?)
    | (?P<month_name>{_MONTH_NAMED})
    )""",
    re.VERBOSE,
)
"""The parts of an informal periodical or book reference after its quoted title, in any
order, joined by commas or periods: the day, the year (an almanac's "на 1842 г."), the
issue with its running number ("№8 (678)"), the volume ("т, 62"), a part, book or
issue of a series (read as the grammar reads it: «кн. 10» a `part-number` with its term,
«вып. 16» an issue), an abbreviated place before the year, the page, the month named
alone (the issue's month, with its year)."""


DASH_SERIAL = re.compile(
    rf"""\.?\s?[—–](?!\d)\s*                                   # ".— ", ". — ", ".—"
    (?:[«“„](?P<quoted>[^«»“”„]{{1,80}})[»”“]                  # «Аполлон», “Урал”, „Звезда“
       (?:,\s(?P<place>[{UPPER}][а-яё]+(?:-[{UPPER}]?[а-яё]+)*        # , Екатеринбург
                      |[{UPPER}][{UPPER}а-яё]{{0,3}}\.)(?=,\s\d))?         # , М. / , СПб.
      |(?P<serial>[{UPPER}][^,;:«»\d/]{{0,60}}?))[,.]\s
    (?=\d{{4}},\s(?:№\s?\d|\d{{1,2}}\s{MONTH})                 # , 1936, № 14 / , 1953, 16 дек.
      |(?:вып|т|кн|№|выпуск|том|книга)\.?\s?\d+,\s\d{{4}}      # , вып. 8, 1950 / , № 5, 1962
      |(?P<day_first>\d{{1,2}}\s{MONTH}\s\d{{4}})                # , 22 марта 1932 г.
      |(?(quoted)(?:\d{{4}},\s)?(?:с|сс|стр)\.\s?\d|(?!)))        # «Нива», 1890, с. 45
    """,
    re.VERBOSE,
)
"""The journal or newspaper after the dash of Soviet notes, in the comma form of its year
and issue or day: "Сохраненное и утраченное.—Театр, 1953, № 12, с. 126", "Острый и
веселый спектакль.— Веч. Ленинград, 1953, 16 дек.", "О современном лиризме. — «Аполлон»,
1909, № 2, стр. 8", "Из моих воспоминаний. — «Звенья», вып. 8, 1950, с. 641 — 716" (its term
written out too, "выпуск 8", as web lists print it), the
name closed by a period as GOST closes it: "Эпизод из современной борьбы идей. — Новый
мир. 1964, № 9", "К истории города Колы. — Изв. Архангельского о-ва изуч. Русского
Севера, 1911, № 1" (read as GOST's " // Театр, 1953, № 12"). GOST's own ". — " opens an
imprint or an extent, which no serial's name, year and issue follow. A name in English or
German quotes and a magazine's city after it are read as Новый мир's «Периодика» prints
them (2001–2013): "Так само. Рассказы. — “Урал”, Екатеринбург, 2006, № 9", "В гостях у
Мандельштама. — “Подъём”, Воронеж, 2009, № 3" (as " // Урал. Екатеринбург, 2006, № 9", the
city the journal's place, as the dev set's gold of ru-fn-1835 keeps the name alone). A
newspaper's day before its year, as Soviet notes date a newspaper ("С кем вы, мастера
культуры? – «Правда», 22 марта 1932 г.", and alone "«Правда», 22 января 1920 г.",
""Советское искусство" 4 февраля 1940г."), is read as GOST's " // Правда. 22 марта 1932 г.".
A name in quotes followed by its year and page, or by its page alone, as commentaries cite
a journal paged through the year or an almanac ("Воспоминания. — «Нива», 1890, стр. 45",
"Отрывок из Записок ….- 'Прибавление к ЖМНП на 1844 год', с. 10-32"), is the serial too;
unquoted, a place would read so ("— М., 1890, с. 45"), and is left to the imprint."""
HOST_NUMBERING_BEFORE_YEAR = re.compile(
    r"""[.,](?<=\S[.,])\s(?:[—–-]\s)?
    (?P<numbering>(?:№|[Вв]ып\.|[Тт]\.|[Кк]н\.|[Вв]ыпуск\s|[Тт]ом\s|[Кк]нига\s)\s?\d+
      (?:\s?[—–-]\s?\d+)?),\s
    (?P<year>\d{4})(?=[.,;]|$)""",
    re.VERBOSE,
)
"""A serial's issue or volume before its year, as Soviet and émigré notes print a host:
"// Военная быль. – № 121, 1973.", "// Звенья, вып. 8, 1950, с. 641 — 716", "— «Юность»,
№ 5, 1962" (read as GOST's "Военная быль. 1973. № 121": the year first, the number after
it); the term written out too ("«Звенья», выпуск 8, 1950"). It opens with the period or comma and looks behind it for the character before: the
engine scans for the punctuation, where an opening lookbehind is tried at every position
(2–3 µs on every host after "//", which `year_before_numbering` reads)."""
YEAR_AFTER_COMMA = re.compile(r",\s\d{4}")
"""What HOST_NUMBERING_BEFORE_YEAR needs, looked for first: a comma before the year. GOST's
hosts print none ("// Вопросы истории. 1995. Т. 12. № 5"), and a literal opening lets the
engine skip to the commas, where the pattern stops at every period."""


DASH_COLLECTION = re.compile(
    rf"""\.\s[—–]\s(?=(?!Изд|изд|Репр|Перепеч|Пер\.|\d|(?:Т|Вып|Кн|Ч)\.\s?[\dIVXLC])
        [{UPPER}][^—–/«»:;]{{2,120}}?\.\s                          # — Изв. Имп. археол. о-ва.
        (?:(?:Т|Вып|Кн|Ч)\.\s?[\dIVXLC]+\.\s)?                     # Т. 2.
        [{UPPER}][^\W\d_]{{0,15}}\.?,\s?\d{{4}}\.?$)                # Спб., 1861.
    """,
    re.VERBOSE,
)
"""A collection or a society's proceedings after the dash, with its own volume, place and
year, as 19th-century and early Soviet lists print a contribution: "Кольский
Воскресенский собор XVII века. — Изв. Имп. археологического о-ва. Т. 2. Спб., 1861.",
"Путешествие в Лапландию … — Собр. старых и новых путешествий. М., 1860." (read as GOST's
" // "). GOST's own ". — " opens an edition ("2-е изд.", "Изд. 3-е"), a volume ("Т. 1"), a
translation's note or the imprint itself, which no title with its own place and year
follows."""


DASH_NOT_BEFORE_DIGIT = re.compile(r"[—–](?!\d)")
"""What DASH_SERIAL and DASH_COLLECTION both need, looked for first: a dash that no digit
follows. They open with an optional period and space, so the engine tries them at every
position (2.4 µs on a book whose only dash is in its pages, "С. 45—48")."""


STATEMENT_BEFORE_HOST = re.compile(
    rf"\.\s(?={phrase_alternation(STATEMENT_OPENERS)}\s[^/]*?\s//\s)")
"""A statement of responsibility in full words between a title and the serial after the
dash, as Новый мир's «Периодика» and journals' contents print it: "Разбитое зеркало.
Вступительная статья и перевод Георгия Кубатьяна. — “Арион”, 2009, № 3", "Ненужное
наследие Сервантеса. Перевод с французского Наталии Санниковой. Вступительная статья Льва
Закса. — “Урал”, Екатеринбург, 2001, № 12", "В гостях у Мандельштама. Беседа Юлии Мещерской
с поэтом Юрием Кублановским. — “Подъём”, Воронеж, 2009, № 3" (read as GOST's " / ", which
keeps a statement the role words do not name in `note`: its names are in the genitive,
given names and all, which the grammar does not decline back)."""


def _marked_serial(match: re.Match[str]) -> str:
    """The serial DASH_SERIAL found, after GOST's " // ", its city after it as GOST's
    place, the name in its quotes (" // «Подъём». Воронеж, 2009, № 3": a short name's
    period is no abbreviation's)."""
    after = ". " if match["day_first"] else ", "  # a day's date is an area of its own
    if match["place"]:
        return f" // «{match['quoted']}». {match['place']}{after}"
    return f" // {match['quoted'] or match['serial']}{after}"


def host_after_dash(body: str) -> str:
    """`body` with a serial after a dash marked as GOST marks a host, " // " (a statement
    of responsibility before it marked " / "); or a collection after a dash, with its own
    place and year."""
    if DASH_NOT_BEFORE_DIGIT.search(body) is None:
        return body
    marked = DASH_SERIAL.sub(_marked_serial, body, count=1)
    if marked != body:
        return STATEMENT_BEFORE_HOST.sub(" / ", marked, count=1)
    return DASH_COLLECTION.sub(" // ", body, count=1)


VOLUME_PERIOD_DROPPED = re.compile(
    r"\s(?<=[а-яё]\s)(?=(?:Т\.\s?|Том\s)(?:\d{1,4}|[IVXLC]{1,6})\.?\s[СC]\.\s?\d)")
"""The period before a volume left out after the title, as typed and OCR'd notes drop it:
"Милюков П. Россия на переломе Т. 1. С. 22", "А. С. Пушкин в воспоминаниях современников
Т. 1 С. 266" (as "… на переломе. Т. 1"); only "Т." with its number and a page after a word
in lower case, so an initial ("Т. Г. Шевченко") is never taken; the term written out too, as
web lists print it ("Россия на переломе Том 1. С. 22")."""
VOLUME_PAGE_PERIOD_DROPPED = re.compile(
    r"(?P<volume>[Тт](?<![^\s.(][Тт])(?:\.\s?|ом\s)(?:\d{1,4}|[IVXLC]{1,6}))\s(?=[СC]\.\s?\d)")
"""The period between a volume and its page left out: "Т. 1 С. 266", "т. 5 С. 12", "Том 1 С.
266" (as "Т. 1. С. 266"). Both patterns open with a character they match and look behind it for the one
before: an opening lookbehind is tried at every position (2–3 µs on each reference with a
"т.", which "ист." and "лит." hold)."""


def volume_periods(body: str) -> str:
    """`body` with the periods before a volume and between a volume and its page."""
    body = VOLUME_PERIOD_DROPPED.sub(". ", body)
    return VOLUME_PAGE_PERIOD_DROPPED.sub(lambda match: match["volume"] + ". ", body)


def year_before_numbering(body: str) -> str:
    """`body` with its host's number printed before the year put after it, as GOST
    orders them ("// Военная быль. – № 121, 1973." → "// Военная быль. 1973. № 121.")."""
    host = body.rfind(" // ")
    if host < 0 or YEAR_AFTER_COMMA.search(body, host) is None:
        return body
    return body[:host] + HOST_NUMBERING_BEFORE_YEAR.sub(
        lambda match: f". {match['year']}. {match['numbering']}", body[host:], count=1)


Found = tuple[str, dict[str, Any], str | None, str]
"""A form read: the type, the item's fields, the cite's locator and its label."""


def _year(value: str) -> Date:
    return Date(parts=[[int(value)]])


def _periodical(match: re.Match[str]) -> Found:
    fields: dict[str, Any] = {"title": match["title"].strip()}
    if match["day"]:
        fields["issued"] = date_of_day(match)
        if match["last_day"]:
            fields["issued"].parts.append([*fields["issued"].parts[0][:2], int(match["last_day"])])
    elif match["issue_month"]:
        fields.update(issue=match["issue"], issued=Date(parts=[[
            int(match["issue_year"]), MONTHS_NOMINATIVE[match["issue_month"].lower()]]]))
    else:
        fields.update(issue=match["issue"], issued=_year(match["issue_year"]))
    return "periodical", fields, match["page"], "page"


def _book(match: re.Match[str]) -> Found:
    fields: dict[str, Any] = {"title": match["title"].strip(),
                              "publisher-place": read_places(match["place"]),
                              "issued": _year(match["year"])}
    publisher = match["quoted"] or match["publisher"]
    if publisher:
        fields["publisher"] = publisher.strip()
    return "book", fields, match["page"], "page"


def _article(match: re.Match[str]) -> Found:
    return "article-journal", {"title": match["title"].strip(),
                               "container-title": match["journal"].strip(),
                               "issued": _year(match["year"]), "issue": match["issue"]}, \
        match["page"], "page"


def _gazette(match: re.Match[str]) -> Found:
    fields = {"title": match["title"].strip(), "issued": _year(match["year"])}
    if match["issue"] or match["number_of_issue"]:
        fields["issue"] = match["issue"] or match["number_of_issue"]
    if match["day"]:
        fields["issued"] = date_of_day(match)
    if match["part"]:
        fields["part-number"] = f"Ч. {match['part'][2:].strip()}"
    if match["number"]:
        return "periodical", fields, match["number"], "section"
    return "periodical", fields, match["page"], "page"


def _newspaper(match: re.Match[str]) -> Found:
    fields: dict[str, Any] = {
        "title": match["title"].strip(), "issue": match["issue"],
        "issued": newspaper_day(match)}
    if match["place"]:
        fields["publisher-place"] = read_place(match["place"])
    return "periodical", fields, match["page"], "page"


def _author_quoted_title(match: re.Match[str]) -> Found | None:
    words: dict[str, str] = {}
    numbering = parse_numbering(match["divisions"].lstrip(", "), words) \
        if match["divisions"] else []
    if numbering is None:
        return None
    fields: dict[str, Any] = {"author": [Name(family=match["family"])],
                              "title": match["title"].strip(), **dict(numbering)}
    for variable, word in words.items():
        set_designation(fields, variable, word)  # "т." as printed
    return "book", fields, match["page"], "page"


def _volume_page(match: re.Match[str]) -> Found:
    head = match["head"]
    fields: dict[str, Any] = {"title": head} if _names_a_work(head) else \
        {"author": [Name(family=head)]}
    fields["volume"] = match["volume"]
    if match["part"]:  # "часть 1" as the numbering prints a part, its term capitalised
        fields["part-number"] = match["part"][:1].upper() + match["part"][1:]
    return "book", fields, match["page"], "page"


WORK_WORDS = DOCUMENT_NOUNS | frozenset(title for title in COLLECTED_WORKS_TITLES if " " not in title)
"""One word that names a work, not a person: a kind of document ("Письма", "Дневник",
"Переписка") or an author's collected works ("Сочинения", "Твори")."""


def _names_a_work(head: str) -> bool:
    """Whether the one word before a volume and page is a work's short title, not its
    author: a siglum, a word cut short, or a word that names a work ("Письма, II, 175.",
    the commentary of Dostoevsky's letters; not "Соловьев, 6,433", "Макарий, 6,217-220",
    whose monastic name no table holds)."""
    return head.isupper() or head.endswith(".") or head in WORK_WORDS


def _siglum_article(match: re.Match[str]) -> Found:
    fields: dict[str, Any] = {
        "title": (match["quoted"] or match["title"]).strip(),
        "container-title": match["journal"] or match["journal_name"],
        "volume": match["volume"] or match["name_volume"],
        "issued": _year(match["year"] or match["year_after"] or match["name_year"])}
    if match["pages"]:
        fields["page"] = match["pages"]
    return "article-journal", fields, match["page"], "page"


def _database_article(match: re.Match[str]) -> Found | None:
    authors, end = parse_heading(match["authors"])
    if not authors or end != len(match["authors"]):
        return None  # "(на примере Краснодарского края)": the title's own words
    return "article-journal", {
        "author": authors, "title": match["title"].strip(),
        "container-title": match["journal"].strip(), "issued": _year(match["year"]),
        "issue": match["issue"]}, None, "page"


def _author(match: re.Match[str]) -> Found:
    fields: dict[str, Any] = {"author": [Name(family=match["family"],
                                              given=match["given"].strip())]}
    if match["volume"]:
        fields["volume"] = match["volume"]
    return "book", fields, match["page"], "page"


def read_quoted_issue(text: str) -> Found | None:
    """A quoted title and only the parts of an issue or a book after it, in any order:
    «Вопросы литературы»,1989, № 6. С. 227; "Советское искусство" 4 февраля 1940г., №8
    (678), стр.1.; Журнал «Отечественная история» № 3, 2004 г.; «Литературное наследство»,
    т, 62, М. 1955, стр. 346. A periodical (an issue or a day, no place) is the work cited
    as a whole issue; with a place or a volume and no issue it is a book."""
    head = QUOTED_TITLE.match(text)
    if head is None:
        return None
    fields: dict[str, Any] = {"title": head["title"].strip(" ,.")}
    page = None
    position = head.end()
    seen_year, month = False, 0
    while position < len(text.rstrip(" .;")):
        part = ISSUE_COMPONENTS.match(text, position)
        if part is None or part.end() == position:
            return None
        if part["day"]:
            fields["issued"] = Date(parts=[[int(part["day_year"]), month_number(part["month"]),
                                            int(part["day"])]])
            seen_year = True
        elif part["year"]:
            if seen_year:
                return None
            fields["issued"], seen_year = _year(part["year"]), True
        elif part["issue"]:
            fields["issue"] = SPACES.sub(" ", part["issue"])
        elif part["volume"]:
            fields["volume"] = part["volume"]
        elif part["division"]:  # «Новый мир», 1926, кн. 10: kept, as the grammar keeps it
            numbering = parse_numbering(part["division"])
            if numbering is None:
                return None  # "кн. 1I": not a number the grammar reads, left to it
            for variable, value in numbering:
                if variable in fields:
                    return None  # "№ 5, вып. 2": two issues, left to the grammar
                fields[variable] = value
        elif part["place"]:
            fields["publisher-place"] = read_place(part["place"])
        elif part["page"]:
            page = part["page"]
        elif part["month_name"]:
            month = MONTHS_NOMINATIVE[part["month_name"].lower()]
        position = part.end()
    if not seen_year and "issue" not in fields:
        return None
    periodical = ("issue" in fields or "-" not in str(fields.get("issued", "-"))) \
        and "publisher-place" not in fields and "volume" not in fields
    if month:
        year = fields.get("issued")
        if year is None or len(year.parts[0]) != 1:
            return None  # a month with no year of its own, or beside a day: left to the grammar
        fields["issued"] = Date(parts=[[year.parts[0][0], month]])
    return ("periodical" if periodical else "book"), fields, page, "page"


SPACES = re.compile(r"\s+")


FORMS: tuple[tuple[re.Pattern[str] | LazyPattern, bool, re.Pattern[str] | None,
                   Callable[[re.Match[str]], Found | None]], ...] = (
    (QUOTED_PERIODICAL, True, None, _periodical),
    (QUOTED_BOOK, True, None, _book),
    (QUOTED_ARTICLE, True, None, _article),
    (SIGLUM_ARTICLE, False, SIGLUM_AFTER_TITLE, _siglum_article),
    (DATABASE_ARTICLE, False, AUTHORS_THEN_HOST, _database_article),
    (GAZETTE_ISSUE, False, None, _gazette),
    (NUMBERED_NEWSPAPER, False, None, _newspaper),
    (AUTHOR_ONLY, False, None, _author),
    (AUTHOR_QUOTED_TITLE, False, None, _author_quoted_title),
    (VOLUME_PAGE, False, None, _volume_page),
)
"""Each form, whether it opens with a quote, what it needs somewhere in the text (a cheap
search before a slow match), and how its match becomes fields (None when what it matched
is not the form after all)."""


def parse_informal(text: str, reference: Reference) -> Reference | None:
    """The reference, when `text` is one of the informal forms; None otherwise."""
    quoted = text.startswith("«")
    for pattern, needs_quote, needs, read in FORMS:
        match = pattern.fullmatch(text) if (quoted or not needs_quote) and \
            (needs is None or needs.search(text)) else None
        found = read(match) if match else None
        if found:
            reference.type, fields, locator, label = found
            reference.fields.update(fields)
            if locator:
                reference.locator, reference.label = locator, label
            if "comment" in match.re.groupindex and match["comment"]:
                reference.suffix = f"({match['comment']})"  # "(интерполяция)": the cite's
            return reference
    short = QUOTED_SHORT.fullmatch(text) if text[:1] in "«“\"„" else None
    if short:
        reference.type, reference.short = "book", True
        reference.fields["title"] = short["title"].strip(" ,")
        reference.locator, reference.label = short["page"], "page"
        return reference
    found = read_quoted_issue(text) if text[:1] in "«“\"„Жжа" or text[:4] in ("Газе", "газе") \
        else None
    if found:
        reference.type, fields, locator, label = found
        reference.fields.update(fields)
        if locator:
            reference.locator, reference.label = locator, label
        return reference
    return None
