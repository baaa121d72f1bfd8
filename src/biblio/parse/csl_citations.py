"""Journal articles (and books, pages) as journal sites cite them through CSL, in the
site's locale.

Open Journal Systems offers each article's citation ("Как цитировать", "Як цитувати") in
several CSL styles, printed by citeproc with the site's locale (ru-RU, uk-UA, kk-KZ,
en-US), so the same forms come back from hundreds of journals. Each style fixes the order
and punctuation of its parts; the locale gives the words (`biblio.data.csl_locale_terms`):

- MLA: "Храпова, Н. Ю. «Title». Journal, т. 2, вып. 17, декабрь 2019 г., сс. 105-18,
  http://…" (the date "Березень 2017" in Ukrainian, the DOI as "doi:10.…");
- Chicago notes-bibliography (Turabian): "Артеменко, Т. Г. «Title». Journal 34, no. 2
  (Грудень 8, 2021): 5–10. дата звернення Квітень 25, 2024. https://…";
- Chicago author-date: "Егоров, В.С., и Л.В. Шиповалова. 2003. «Title». Journal 6 (2). URL";
- IEEE: "Ю. П. Біляй, «Title», Journal, т. 3, вип. 8 (15), с. 195–202, Лют 2010.";
- APA: "Рязанов, М. А. (2015). Title. Journal, 2(2), 5-9. извлечено от http://…"; a book,
  "Pavlova, O. Yu. (Ed.) (2012). Title. Navch. posib. Kyyiv: Publisher. [In Ukrainian]."; a
  page, "Title. Retrieved from: https://…";
- Vancouver and AMA: "Гуторова А. Title. Journal [Интернет]. 27 март 2023 г. [цитируется
  по 30 июнь 2024 г.];(2):48-9. доступно на: https://…", "… Journal. 2019;5(2):12-20.";
- ABNT: "Title. Journal, [S. l.], v. 3, n. 2(78), p. 195-196, 2023. Disponível em: URL.
  Acesso em: 19 май. 2024.";
- Harvard: "Family, I. (2019) «Title», Journal, 5(2), pp. 12–20. Available at: URL
  (Accessed: 20 April 2024).".

Only a whole citation of one of these shapes is read (`fullmatch`); anything else is left
to the other grammars. Names follow each style's name form: the first inverted (MLA,
Chicago), all inverted (APA, Harvard, ABNT's "FAMILY, Given"), all given first (IEEE),
"Family IN" (Vancouver, AMA).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from biblio.data.csl_locale_terms import (
    AND_TERMS, AVAILABLE_TERMS, CITED_TERMS, ET_AL_TERMS, INTERNET_TERMS, ISSUE_TERMS,
    MONTH_NUMBERS, PAGE_TERMS, PLACE_UNKNOWN, RETRIEVED_TERMS, VOLUME_TERMS)
from biblio.data.languages import language_named
from biblio.data.ranks import is_rank
from biblio.lazy_patterns import LazyPattern
from biblio.model import OTHERS, Date, Leftover, Name
from biblio.parse.locators import parse_edition
from biblio.parse.names import parse_person
from biblio.parse.patterns import CYRILLIC, LANGUAGE_NAMED, alternation, contains_any
from biblio.parse.reference import Reference

_MONTH = rf"(?i:{alternation(MONTH_NUMBERS)})\.?"
LEFTOVER_RANK_AFTER_NAME = "a rank or holy order after an author's name"


def _date(p: str) -> str:
    """A date as CSL locales print it, its groups named after `p`: "27 март 2023 г.",
    "Червень 15, 2021", "декабрь 2019 г.", "2023 Mar 27", "2019"."""
    return (rf"(?:(?P<{p}d1>\d{{1,2}})\s(?P<{p}m1>{_MONTH})\s(?P<{p}y1>\d{{4}})"
            rf"|(?P<{p}m2>{_MONTH})\s(?:(?P<{p}d2>\d{{1,2}}),\s)?(?P<{p}y2>\d{{4}})"
            rf"|(?P<{p}y3>\d{{4}})(?:\s(?P<{p}m3>{_MONTH})(?:\s(?P<{p}d3>\d{{1,2}}))?)?)"
            r"(?:\sг\.?)?")


_TITLE = (r"\s?[«“‘’](?P<title>(?:[^«»“”‘’]|’(?=[^\W\d_])|«[^«»]*»|‘[^‘’«»]*’"
          r"|„[^„“”«»]*[“”])*)[»”’](?![^\W\d_])")
"""A quoted title: «» in ru and uk, “” in en, ’’ or ‘’ in some sites' own tables, with «»,
‘’ or „“ nested in it (Russian typography quotes inside «» with „“: «… романа „Ак боз
уй“»), and apostrophes ("з’їзд")."""
_NAMES = r"(?:(?P<names>[^«»“”]{3,200}?)\.\s)?"
_NUMBER = r"\d+(?:\s?\(\d+\))?(?:[–—/-]\d+)?"
"""A volume or an issue: "17", "8 (15)", "1(99)", "8-9"."""
_PAGES = r"(?P<page>\d+(?:\s?[–—‑-]\s?\d+)?)"
"""A page or a range, its dash any of those sites print, the non-breaking hyphen (U+2011)
too: mediasphera's "Как цитировать" lines print "2019;(3):88‑97"."""
_VOLUME = alternation(VOLUME_TERMS)
_ISSUE = alternation(ISSUE_TERMS)
_PAGE = alternation(PAGE_TERMS)
_DOI = r"(?:doi:\s?|DOI:\s?|https?://(?:dx\.)?doi\.org/)(?P<doi>10\.\S+?)"
_URL = rf"(?:{alternation(AVAILABLE_TERMS)}\s)?(?P<url>https?://\S+?)"
_END = rf"(?:,?\s(?:{_DOI}|{_URL}))?\.?"
_LANGUAGE = rf"(?:\s?{LANGUAGE_NAMED}\.?)?"
_ACCESSED = rf"(?:\s[^\W\d_]{{2,}}(?:\s[^\W\d_]{{2,}})?\s{_date('a')}\.)?"
"""The day it was read, after the locale's "accessed" (ru-RU "просмотрено", uk-UA "дата
звернення", en-US "accessed", sites' own "дата обращения"): any one or two words, as each
locale and each site's table has its own, and sites print them damaged ("ата звернення")."""

_NAMED = r"«[^«»]*»"
"""A name in guillemets inside a journal's name (Научный журнал «Вестник НАН РК», Asian
Journal «Steppe Panorama», журнал «Концепт») or inside Vancouver's and APA's unquoted title
("Бусы могильника «Совхоз-10» («Севастопольский»). Давнина …, 4. вилучено із https://…")."""
_UNQUOTED = rf"(?:[^«»“”]|{_NAMED})+?"
"""An unquoted title or name, a name in guillemets kept in it."""
_JOURNAL = rf"(?P<journal>{_UNQUOTED})"
"""A journal's name after a title."""

MLA = LazyPattern(
    rf"""{_NAMES}{_TITLE}\.?\s
    {_JOURNAL}\.?,\s
    (?=(?:{_VOLUME}|{_ISSUE})\s)
    (?:{_VOLUME}\s(?P<volume>{_NUMBER}),\s
      |{_ISSUE}\s(?P<issue_first>{_NUMBER}),\s(?={_ISSUE}\s))?  # "вип. 55, вип. 4,"
    (?:{_ISSUE}\s(?P<issue>{_NUMBER}),\s)?
    {_date('i')}
    (?:,\s{_PAGE}\s?{_PAGES})?
    (?:\.?{_LANGUAGE})
    {_END}""",
    re.VERBOSE,
)
CHICAGO = LazyPattern(
    rf"""{_NAMES}{_TITLE}\.?\s
    {_JOURNAL}
    (?:\s?,\sno\.\s(?P<issue>{_NUMBER})
      |\s(?P<volume>\d+)(?:,\sno\.\s(?P<volume_issue>{_NUMBER}))?)
    \s\({_date('i')}\)
    (?::\s{_PAGES})?\.
    {_ACCESSED}
    {_END}""",
    re.VERBOSE,
)
_AUTHOR_DATE_HOST = rf"""
    {_JOURNAL}
    (?:\s(?P<volume>\d+)(?:\s\((?P<issue>{_NUMBER})\))?
      |,\s{_ISSUE}\s(?P<volume_issue>{_NUMBER})(?:\s\((?P<issue_month>[^()\d]{{3,20}})\))?
      |,\s(?P<month>{_MONTH})(?=,\s\d))
    (?:(?:\s?:\s?|,\s){_PAGES})?\.                                # ": 5-9", " : 5-9" spaced
    {_END}"""
AUTHOR_DATE = LazyPattern(
    rf"""(?P<names>[^«»“”]{{3,300}}?)\.\s(?P<year>\d{{4}})\.{_TITLE}[.,]?\s
    {_AUTHOR_DATE_HOST}""",
    re.VERBOSE,
)
"""Chicago author-date; a journal with no volume prints its issue with the locale's word
and the month (CMOS 17, 15.47: "vol. 4 (July): 197–200"), which is the issue's date:
", вып. 3 (сентябрь):194-201", ", вып. 4 (июль):197-200"; with neither volume nor issue,
the month alone after a comma, and the pages after one: "Інформація та соціум, Січень,
37-39." (a Ukrainian library journal's OJS line, dev set batch 24)."""
AUTHOR_DATE_NO_AUTHOR = LazyPattern(
    rf"""{_TITLE}\.\s(?P<year>\d{{4}})\.\s
    {_AUTHOR_DATE_HOST}""",
    re.VERBOSE,
)
"""Chicago author-date of a work with no author: the title takes the author's place, the
year after it (the Chicago Manual's rule for a work with no author), as OJS
prints it: "“ СТАТУС РУССКОГО ЯЗЫКА В УЗБЕКИСТАНЕ”. 2025. Лучшие интеллектуальные
исследования 39 (2): 274-77. https://…"."""
IEEE = LazyPattern(
    rf"""(?P<names>[^«»“”]{{3,200}}?),{_TITLE},?\s
    {_JOURNAL},\s
    (?:{_VOLUME}\s(?P<volume>{_NUMBER}),\s)?
    (?:{_ISSUE}\s(?P<issue>{_NUMBER}),\s)?
    (?:{_PAGE}\s?{_PAGES},\s)?
    {_date('i')}
    {_END}""",
    re.VERBOSE,
)
_APA_NAMES = (r"(?P<names>[^()«»“”]{3,200}?)\s(?:\((?P<role>Ed|Eds|Hrsg|Ред|ред)\.\)\.?\s)?"
              r"\((?P<year>\d{1,4})\)\.\s")
"""APA's names, "(Ed.)" or "(Eds.)" after editors, and the year in parentheses."""
APA = LazyPattern(
    rf"""{_APA_NAMES}
    (?P<title>{_UNQUOTED})\.\s
    (?P<journal>[^«»“”,]+?)\s?[.,]\s(?P<volume>\d+)(?:\s?\((?P<issue>{_NUMBER})\))?
    (?:,\s{_PAGES})?\.
    (?:\s(?:{alternation(RETRIEVED_TERMS)}:?\s(?P<url>https?://\S+?)|{_DOI})\.?)?
    {_LANGUAGE}""",
    re.VERBOSE,
)
_NO_HOST = r"(?:(?!\.\s(?:In|in|В|в|У|у):?\s)[^«»“”()])"
"""A character of a book's title or statement, not the ". In " of a chapter's host."""
APA_BOOK = LazyPattern(
    rf"""{_APA_NAMES}
    (?P<title>{_NO_HOST}+?)\.\s
    (?:(?P<statement>(?:(?!\d){_NO_HOST})+?)\.\s)?
    (?P<place>[^\W\d_][^:.,()\d]{{1,40}}):\s(?P<publisher>[^\W\d_][^:()]*?)\.
    {_LANGUAGE}""",
    re.VERBOSE,
)
"""APA's book: "Nahorna, L. P. (2008). Title. Kyyiv: Publisher.", a statement (a genre,
a body) between the title and the place as transliterated lists keep it."""
RETRIEVED_PAGE = LazyPattern(
    rf"""(?P<title>[^«»“”()]+?)\.\s{alternation(RETRIEVED_TERMS)}:?\s(?P<url>https?://\S+?)\.?
    {_LANGUAGE}""",
    re.VERBOSE,
)
"""APA's page with neither author nor date: "Title. Retrieved from: https://…"."""
ABBREVIATIONS = re.compile(r"(?:[^\W\d_]{1,8}\.\s?)+")
"""A statement of abbreviated words only, "Navch. posib.": the genre."""
_INITIALED = r"[^\W\d_][^\s,.]+(?:[\s-][^\W\d_][^\s,.]+)?\s(?:[^\W\d_a-zа-яё][a-zа-яё]?\.\s?-?){1,3}"
"""A name with its initials each closed by a period: "Apartsin K.A.", "Ogoreltsev A.Yu."."""
VANCOUVER = LazyPattern(
    rf"""(?P<names>{_INITIALED}(?:,\s{_INITIALED}){{0,20}}(?:,\set\sal(?=\.))?
      |[^«»“”.]{{3,200}}?(?=\.))\.?\s
    (?P<title>{_UNQUOTED})\.\s
    {_JOURNAL}(?:\s\[{alternation(INTERNET_TERMS)}\])?\.\s
    {_date('i')}
    (?:\s\[{alternation(CITED_TERMS)}\s{_date('a')}\])?
    ;\s?(?P<volume>\d+)?(?:\s?\((?P<issue>{_NUMBER})\))?(?::\s?{_PAGES})?(?:\.|$)
    {_LANGUAGE}{_END}""",
    re.VERBOSE,
)
"""Vancouver (ICMJE) and AMA, as Russian medical journals print their transliterated
references: names "Family IN" ("Korolev VM.") or, in their own variant, with the
initials' periods ("Inozemtsev E.O., Grigoryev E.G., Apartsin K.A. The Actual Issues …
Polytrauma. 2017;1:6–11."), then the original's language and the DOI ("2018;9:56–60.
(In Russ.) https://doi.org/10.17116/…")."""
_VANCOUVER_INITIAL = r"[A-ZА-ЯЁ](?:(?<=[KZCS])h|(?<=T)s|(?<=Y)[aeou]|(?<=[ZКЗЧШ])[hх])?"
_VANCOUVER_INITIALS = rf"(?:{_VANCOUVER_INITIAL}){{1,3}}"
"""ICMJE's initials run together, no periods: "AD", "VV", and a romanized Russian letter
written with two ("AKh" Александр Харитонович, "EYu", "DZh")."""
_VANCOUVER_NAME = rf"[A-ZА-ЯЁ][^\s,.;:()]+(?:[\s-][A-ZА-ЯЁ][^\s,.;:()]+)?\s{_VANCOUVER_INITIALS}"
_VANCOUVER_FAMILY = r"[A-ZА-ЯЁ][^\s,.;:()]+(?:[\s-][A-ZА-ЯЁ][^\s,.;:()]+)?"
ICMJE_SIGN = LazyPattern(
    rf"(?:{_VANCOUVER_NAME},\s){{0,20}}{_VANCOUVER_FAMILY}\s(?:{_VANCOUVER_INITIAL}){{2,3}}[,.]\s"
    r"|.*?;\s?\d{4}\.")
"""What VANCOUVER_BOOK needs, matched first (`_icmje_book` asks the same of its reading): a
name among the opening ones with its initials run together, two or more ("Kaprin AD,"),
or Citing Medicine's ";" before the year; most GOST references, with ". 1990." in them,
are turned away here."""
VANCOUVER_BOOK = LazyPattern(
    rf"""(?P<names>{_VANCOUVER_NAME}(?:,\s{_VANCOUVER_NAME}){{0,20}}(?:,\set\sal)?)\.\s
    (?P<title>[^;]+?)\.\s
    (?P<place>[^\W\d_][^\W\d_\s]{{0,20}}\.?(?:\s[^\W\d_][^\W\d_\s]*\.?){{0,2}})\s?:\s?
    (?P<publisher>[^;]+?)(?P<year_mark>[;.])\s?(?P<year>\d{{4}})\.
    (?:\sISBN\s(?P<isbn>[\d-]+X?)\.)?
    {_LANGUAGE}""",
    re.VERBOSE,
)
"""ICMJE's (Vancouver's) book, as Russian medical journals print their transliterated
references: "Trakhtenberg AKh, Chissov VI. Rak legkogo. M.:Geotar-Meditsina; 2009. (In
Russ.)", "Kaprin AD, Starinskii VV, Petrova GV. Title. M.: Publisher. 2015. ISBN …"
(the period for ";" before the year, as some lists type it). A GOST heading has one initial
to a name and a period before the year too ("Ivanov I. Khirurgiya. M.: Meditsina. 2001."):
`_icmje_book` tells them apart."""
ABNT = LazyPattern(
    rf"""(?:(?P<names>[^\W\d_a-zа-яёіїєґ][^\W\d_a-zа-яёіїєґ'’-]+,\s
         (?:(?:[^\W\d_]\.\s?)+|[^\W\d_]+(?:\s[^\W\d_]+)*\.)
         (?:;\s[^\W\d_a-zа-яёіїєґ][^\W\d_a-zа-яёіїєґ'’-]+,\s
           (?:(?:[^\W\d_]\.\s?)+|[^\W\d_]+(?:\s[^\W\d_]+)*\.))*)\s)?
    (?P<title>[^«»“”]+?)\.\s
    (?P<journal>[^«»“”]+?)\s?,\s
    (?:{alternation(PLACE_UNKNOWN)}|(?P<place>[^,\d:]+)),\s
    (?=[vnp]\.\s)
    (?:v\.\s(?P<volume>{_NUMBER}),\s)?
    (?:n\.\s(?P<issue>{_NUMBER}),\s)?
    (?:p\.\s{_PAGES},\s)?
    {_date('i')}\.
    (?:\sDOI:\s(?P<doi>10\.\S+?)\.)?
    (?:\sDisponível\sem:\s(?P<url>https?://\S+?)\.)?
    (?:\sAcesso\sem:\s{_date('a')}\.?)?""",
    re.VERBOSE,
)
HARVARD = LazyPattern(
    rf"""(?P<names>[^()«»“”]{{3,200}}?)\s\((?P<year>\d{{4}})\)\s
    [«“‘'](?P<title>[^«»“”‘’]+?)[»”’'],\s
    (?P<journal>[^«»“”,]+?),\s(?P<volume>\d+)(?:\((?P<issue>{_NUMBER})\))?
    (?:,\s{_PAGE}\s?{_PAGES})?\.
    (?:\s(?:doi:\s?(?P<doi>10\.\S+?)|{_URL})\.?)?
    (?:\s\([^\W\d_]+(?:\s[^\W\d_]+)?:?\s{_date('a')}\)\.?)?""",
    re.VERBOSE,
)

_AND = alternation(AND_TERMS)
NAME_SEPARATOR = LazyPattern(rf";\s|\s?,\s(?:(?:{_AND})\s)?|\s(?:{_AND})\s")
"""Between the names: ", ", "; ", the locale's "и", "і", "and", "&", or both (", і ")."""
INITIALS_ONLY = re.compile(r"(?:[^\W\d_]{1,2}\.\s?-?)+[^\W\d_]?\.?|[^\W\d_]+(?:\s[^\W\d_]+)?")
"""What may follow a family name's comma as its given names: "Н. Ю.", "Дина Алексеевна"."""


FAMILY_INITIALS = LazyPattern(r"(?P<family>[^\W\d_][^\s,.]*(?:\s[^\W\d_][^\s,.]*)?)\s"
                              rf"(?P<given>[^\W\d_a-zа-яёіїєґә-ӿ]{{1,3}}\.?|{_VANCOUVER_INITIALS})")
"""Vancouver's and AMA's "Markowitz JT", "Гуторова А.": the family, then up to three
capital initials run together."""
INITIAL_END = LazyPattern(r"(?:^|[\s.])[^\W\d_][a-zа-яёіїєґ]?\.$")
"""A name ending in an initial keeps its period: "Н. Ю.", "O.O.", "O. Yu."."""


def _unclosed(part: str) -> str:
    """A name without the period that closes the list ("Шиповалова."), not an initial's."""
    return part if INITIAL_END.search(part) else part.rstrip(".")


def _names(text: str, first_inverted: int, ranks: list[str]) -> list[Name] | None:
    """The names of a citation: the first `first_inverted` inverted ("Family, Given"), the
    rest given first or "Family IN" (read as any person is, `parse_person`); None if any
    part is not a name. A holy order or rank after a name, as church journals' sites print
    their authors ("Геращенко, Я.В., диак."), is no name: it goes to `ranks`. "et al." ends
    the names with Name(literal=OTHERS), as a GOST heading's «и др.» does."""
    split = [part.strip() for part in NAME_SEPARATOR.split(text.strip()) if part]
    et_al = bool(split) and split[-1] in ET_AL_TERMS
    parts = [_unclosed(part) for part in split if part not in ET_AL_TERMS]
    ranks.extend(part for part in parts if is_rank(part))
    parts = [part for part in parts if not is_rank(part)]
    names: list[Name] = []
    while parts:
        if len(names) < first_inverted and len(parts) >= 2 and \
                INITIALS_ONLY.fullmatch(parts[1]) and " " not in parts[0]:
            name = Name(family=parts[0], given=parts[1])  # "Храпова", "Н. Ю."
            parts = parts[2:]
        else:
            part = parts.pop(0)
            initials = FAMILY_INITIALS.fullmatch(part)
            name = Name(family=initials["family"], given=initials["given"]) if initials \
                else parse_person(part)
        if name is None or not name.given:
            return None  # CSL prints every person with a given name or initials
        names.append(name)
    return names + [Name(literal=OTHERS)] if names and et_al else names or None


def _with_issue_month(issued: Date, word: str, reference: Reference) -> Date:
    """The month printed after an issue joined to the year ("2018. … вып. 4 (июль)" is
    July 2018); a word that is no month of the locales stays the reading's leftover."""
    month = MONTH_NUMBERS.get(word.rstrip(".").lower())
    if month is None:
        reference.leftover.append(Leftover(f"({word})", "an issue's period that is no month"))
        return issued
    return Date(parts=[[*issued.parts[0][:1], month]])


def _date_of(match: re.Match[str], p: str) -> Date | None:
    """The date read by `_date(p)`, or None if that part is absent."""
    for shape in "123":
        year = match[f"{p}y{shape}"]
        if year:
            parts = [int(year)]
            month = match[f"{p}m{shape}"]
            if month:
                parts.append(MONTH_NUMBERS[month.rstrip(".").lower()])
                day = match[f"{p}d{shape}"]
                if day:
                    parts.append(int(day))
            return Date(parts=[parts])
    return None


_OPEN = "[«“‘’]"
EVERY = 1_000
"""All of a style's names are inverted (APA, Harvard, ABNT)."""
Style = tuple[LazyPattern, str, Callable[[str], object], int]
STYLES: tuple[Style, ...] = (
    (MLA, "", re.compile(rf",\s(?:{_VOLUME}|{_ISSUE})\s\d").search, 1),
    (CHICAGO, ")", re.compile(r"\)(?<=\d{4}\))").search, 1),
    (AUTHOR_DATE, "«", re.compile(rf"\.\s\d{{4}}\.\s?{_OPEN}").search, 1),
    (AUTHOR_DATE_NO_AUTHOR, "«", re.compile(rf"\s?{_OPEN}.*?[»”’]\.\s\d{{4}}\.\s").match, 0),
    (IEEE, "«", re.compile(rf",\s?{_OPEN}").search, 0),
    (HARVARD, ")", re.compile(r"\(\d{4}\)\s[«“‘']").search, EVERY),
    (APA, ")", re.compile(r"\(\d{1,4}\)\.\s").search, EVERY),
    (APA_BOOK, ")", re.compile(r"\(\d{4}\)\.\s").search, EVERY),
    (VANCOUVER, ";", re.compile(r";(?:\s?\d*\s?[(:]|(?<=\d;)\s?\d)").search, 0),
    (VANCOUVER_BOOK, "", ICMJE_SIGN.match, 0),
    (ABNT, "", re.compile(r",\s[vnp]\.\s\d").search, EVERY),
    (RETRIEVED_PAGE, "", partial(contains_any, RETRIEVED_TERMS), 0),
)
"""Each style's pattern; what its sign needs, as `_signs_present` marks it (")", "«" for
any of _OPEN's quotation marks, ";"; "" for a sign whose characters most references hold);
a cheap sign its text shows, so that most references try no pattern at all (each sign
opens with its literal, which the engine looks for before trying the rest: four digits and
")" tried at every digit cost ten times more); how many of its names are inverted
("Family, Given")."""


def _signs_present(text: str) -> str:
    """The marks of what the styles' signs need that `text` holds, found once a reference
    by substring tests: a text without ")", a quotation mark or ";" calls none of the
    seven signs that need one."""
    quoted = "«" in text or "“" in text or "‘" in text or "’" in text
    return ("" if ")" not in text else ")") + ("«" if quoted else "") + \
        ("" if ";" not in text else ";")


MAX_LENGTH = 800
"""The longest citation tried: a site's citation of one article is a few hundred
characters; the styles' free parts (title, journal) follow one another, so a longer text
would cost time in the square of its length for nothing."""


def parse_csl_citation(text: str, reference: Reference) -> Reference | None:
    """A journal article in one of the CSL styles above, or None."""
    if len(text) > MAX_LENGTH:
        return None
    present = _signs_present(text)
    for pattern, needs, sign, inverted in STYLES:
        if needs not in present or not sign(text):
            continue
        match = pattern.compiled().fullmatch(text)
        if match is not None and pattern is VANCOUVER_BOOK and not _icmje_book(match):
            continue
        if match is not None and _read(match, inverted, reference):
            return reference
    return None


RUN_INITIALS = LazyPattern(rf"\s{_VANCOUVER_INITIALS}(?:,|$)")


def _icmje_book(match: re.Match[str]) -> bool:
    """Whether a VANCOUVER_BOOK reading is ICMJE's: its ";" before the year, or a name's
    initials run together, two or more ("Kaprin AD"), where GOST prints "Kaprin A. D."."""
    return match["year_mark"] == ";" or any(
        len(initials.group().strip(" ,")) > 1 for initials in RUN_INITIALS.finditer(match["names"]))


def _read(match: re.Match[str], inverted: int, reference: Reference) -> bool:
    """Fill `reference` from a style's match; False if its names are no names."""
    names = None
    groups = match.re.groupindex
    if "names" in groups and match["names"]:
        closed = match.string[match.end("names"):match.end("names") + 1] == "."
        ranks: list[str] = []
        names = _names(match["names"] + "." if closed else match["names"], inverted, ranks)
        if names is None:
            return False
        reference.leftover.extend(Leftover(rank, LEFTOVER_RANK_AFTER_NAME) for rank in ranks)
    fields = reference.fields
    fields.pop("author", None)
    if names:
        fields["editor" if "role" in groups and match["role"] else "author"] = names
    fields["title"] = match["title"].strip().rstrip(".,").strip()
    if "journal" in groups:
        reference.type = "article-journal"
        fields["container-title"] = match["journal"].strip().rstrip(".").strip()
    elif "publisher" not in groups:
        reference.type = "webpage"
    else:
        reference.type = "book"
        _read_book(match, fields)
    if "language" in groups and match["language"]:
        _read_language(match["language"], reference)
    issued = _date_of(match, "i") if "iy1" in groups else None
    if issued is None and "year" in groups and len(match["year"] or "") == 4:
        issued = Date(parts=[[int(match["year"])]])
    month = ("issue_month" in groups and match["issue_month"]) or \
        ("month" in groups and match["month"])
    if issued is not None and month:
        issued = _with_issue_month(issued, month, reference)
    if issued is not None:
        fields["issued"] = issued
    elif "year" in groups and match["year"]:  # "(1)": a site's broken year, kept
        reference.leftover.append(Leftover(f"({match['year']})", "a year that is no year"))
    accessed = _date_of(match, "a") if "ay1" in groups else None
    if accessed is not None:
        fields["accessed"] = accessed
    for variable in ("volume", "issue", "page", "URL", "DOI", "publisher-place"):
        group = variable.lower().replace("publisher-", "")
        if variable == "publisher-place" and reference.type == "book":
            continue  # read with the publisher
        if group in groups and match[group]:
            fields[variable] = match[group]
    if "volume_issue" in groups and match["volume_issue"]:
        fields["issue"] = match["volume_issue"]
    if "issue_first" in groups and match["issue_first"]:
        fields["volume"] = match["issue_first"]  # MLA's volume, then issue, both "вип."
    if match.re is VANCOUVER.compiled() and _russian_journal(fields) and \
            "issue" not in fields and "volume" in fields:
        fields["issue"] = fields.pop("volume")
    reference.whole_form = True
    return True


def _russian_journal(fields: dict[str, object]) -> bool:
    """Whether the journal is Russian: its title in Cyrillic, or the reference marked as
    written in Russian ("(In Russ.)"). A Russian journal is numbered by its issues (GOST
    7.1-2003's «№»), so the one number Vancouver prints after the year, "Анестезиология и
    реаниматология. 1982; 6: 3-4", "Pirogov Russian Journal of Surgery. 2018;9:56–60. (In
    Russ.)", is the issue; a volume comes with its issue in parentheses, "2011;17(4)"."""
    return fields.get("language") == "ru" or \
        CYRILLIC.search(str(fields.get("container-title", ""))) is not None


def _read_book(match: re.Match[str], fields: dict[str, object]) -> None:
    """A book's statement (a genre if only abbreviations, else a note), place, publisher."""
    statement = match.groupdict().get("statement")
    if statement:
        genre = ABBREVIATIONS.fullmatch(statement + ".")
        fields["genre" if genre else "note"] = statement + "." if genre else statement
    fields["publisher-place"] = match["place"].strip()
    fields["publisher"] = match["publisher"].strip()
    if "isbn" in match.re.groupindex and match["isbn"]:
        fields["ISBN"] = match["isbn"]
    head, _, last = str(fields["title"]).rpartition(". ")
    edition = parse_edition(last) if head and last[:1].isdigit() else None
    if edition:  # Citing Medicine's edition after the title: "… infertility. 7th ed."
        fields["title"], fields["edition"] = head, edition


def _read_language(name: str, reference: Reference) -> None:
    """"[In Ukrainian]": the language's tag, or a note if the name is not known."""
    tag = language_named(name)
    if tag:
        reference.fields["language"] = tag
    else:
        reference.fields["note"] = f"In {name}"
