"""Official and normative documents: headings of laws, standards, patents.

GOST 7.80-2000 heads a legislative document with its jurisdiction and body
("Российская Федерация. Законы.", "Российская Федерация. Конституция (1993).") →
CSL `authority`; GOST 7.1-2003 clause 7.1.4 opens a standard with its designation
("ГОСТ Р 7.0.4–2006. Издания. …") → `number`, type standard; clause 7.1.5 gives a
patent's number after its title ("Приемопередающее устройство : пат. 2187888 Рос.
Федерация. № 2000131736/09 ; заявл. 18.12.00 ; опубл. 20.08.02") → `number`, the
publication date → `issued`, type patent.
"""

from __future__ import annotations

import re

from biblio.data.reference_terms import (
    ARTICLE_TERMS,
    LAW_TITLE_WORDS,
    LAW_NUMBERED_COLLECTIONS,
    LEGISLATION_GENRES,
    OFFICIAL_HEADINGS,
    PATENT_HEADINGS,
    PATENT_TERMS,
    PATENTS_BY_NUMBER,
    STANDARD_DESIGNATIONS,
)
from biblio.data.csl_locale_terms import MONTH_NUMBERS
from biblio.designations import CUSTOM, DESIGNATIONS
from biblio.lazy_patterns import LazyPattern
from biblio.model import Date
from biblio.parse.electronic import MEDIUM
from biblio.parse.names import parse_heading, parse_name_list
from biblio.parse.patterns import alternation, optional_space_before, trie
from biblio.parse.publication import century_year
from biblio.parse.reference import Reference, add_note

OFFICIAL_HEADING = re.compile(
    rf"""
    (?P<authority>(?:Российская\sФедерация|Рос\.\sФедерация|РФ|СССР|РСФСР|Россия)\.\s
      (?:{alternation(OFFICIAL_HEADINGS)})(?:\s\(\d{{4}}\))?)
    \.\s
    """,
    re.VERBOSE,
)
ACT_KINDS: tuple[str, ...] = (*LEGISLATION_GENRES, "определение", "решение", "письмо")
"""The kinds of act (and of court ruling) that open a reference in the form of legal
reference lists: the kind and its body, date, number, then the title in quotes."""
ACT_BEFORE_TITLE = LazyPattern(
    rf"""
    (?P<kind>(?:{alternation(ACT_KINDS)})(?![^\W\d_])[^«"“/]{{0,150}}?)      # Федеральный закон
    \sот\s(?P<date>(?:\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}|\d{{1,2}}\s[^\W\d_]+\.?\s\d{{4}})
      (?:\s?г\.|\sгода)?)
    \s?(?:№|N°?|No)\s?(?P<number>[^\s,()«"“]+)
    (?P<edition>\s\((?:в\s)?ред\.[^()]*\))?                                  # (ред. от …)
    \s?[«"“](?:(?P<title>(?:[^«»"”]|«[^«»]*»)+(?:«[^«»]*)?)[»"”]           # «… «…»»
      |(?P<open_title>[^«»"”*/]+)\*?(?=\.?$))    # or with no closing quote, at the end
    """,
    re.VERBOSE | re.IGNORECASE,
)
"""An act named by its kind, date and number before its title, as Russian legal reference
lists print it: "Федеральный закон от 25.04.2002 № 40-ФЗ (ред. от 28.07.2012) «Об
обязательном страховании …» // СЗ РФ. 2002. № 18. Ст. 1720." GOST 7.1-2003 puts the
same statements after the title ("Об …: федер. закон от 25 апр. 2002 г. № 40-ФЗ"),
which is the form the grammar reads, so the heading is moved there. A title may quote the
title of the act it amends, its closing quote and the title's one when they meet printed
once, as Russian punctuation has it («О внесении изменения в статью 11 Федерального
конституционного закона «О Правительстве Российской Федерации»): the title gets it back.
The date may end in the word «года» ("от 11.03.1998 года № 662", as school and office
lists of acts write it). A title that ends the reference may have lost its closing quote
(a list cut short, or a recognised text that read «»» as «*»: the «Библиография» of GOST
R 8.885-2015 on ajdocs, "(1] Федеральный закон от 26 июня 2008 г. № 102-ФЗ «Об обеспечении
единства измерений*"): the title runs to the end."""
_DESIGNATION = alternation(STANDARD_DESIGNATIONS)
STANDARD_NUMBER = rf"""
    (?:{_DESIGNATION})(?:[\s/](?:{_DESIGNATION}|МЭК|TR|Б\sВ\.|Б))*   # ДСТУ ISO/IEC, ДСТУ Б В.
    \s?\d[\d.]*(?:/\d[\d.]*)*(?:\s?[—–:-]\s?\d+)*                        # 2.7-23-95, 17011:2005
    (?:\s?\*)?                                                           # 2.04.01-85*
    (?:\sРБ\s\d\d(?!\d))?                                                # 9-80 РБ 98
    """
"""A standard's designation and number: "ГОСТ Р 7.0.4–2006", "ГОСТ Р ИСО/МЭК 12207–99",
"СТБ 6.38-2004", and the Ukrainian forms of DSTU 8302:2015's examples: "ДСТУ 3582:2013",
"ДСТУ ISO/IEC 17011:2005", the building standards' "ДСТУ Б В.2.7-23-95"; a sanitary norm
joins two numbers with a slash ("СН 2.2.4/2.1.8.562-96"), and a building code amended
since its issue carries an asterisk ("СНиП 2.04.01-85*", printed spaced in lists:
"СНиП 23-01 - 99 *"). The sanitary rules of Belarus close their number with the
republic's letters and the year's last two digits: "СанПиН 9-80 РБ 98", "СанПиН 10-124 РБ
99"."""
STANDARD = re.compile(
    rf"""(?P<number>{STANDARD_NUMBER})
    (?:\s\((?P<amended>(?:с\s)?изм(?:\.|енениями|енением)[^()]{{0,60}})\))?  # (с изм. 2000)
    (?:\.\s|\.?$|(?=\s[«"“])
      | (?=\s[A-ZА-ЯЁІЇЄҐЎ][^\W\d_]+(?![^\W\d_])   # a capitalised word after a space …
           (?!\.?\s?\d)(?!\.\s?[^\W\d_](?:[.\s]|$))))  # … that numbers nothing: "Ст. 5", "РБ 98"
    """,
    re.VERBOSE)
"""A standard's number opening the reference, its title after a period or, in course
reference lists, in quotation marks after a space ("СНиП 23.05-95 «Искусственное и
естественное освещение». –М.: …"), or after a space alone, as the normative references of
a standard list them (GOST 1.5: "ГОСТ 12.1.005-88 ССБТ. Общие санитарно-гигиенические
требования к воздуху рабочей зоны", "ГОСТ 515-77 Бумага упаковочная битумированная и
дегтевая. Технические условия") and course projects after them ("СНиП 2.01.07-85* Нагрузки
и воздействия. М, 2004"). The title after a space opens with a capital and is no term
before a number or a letter ("ГОСТ 7.1–2003 С. 5", "… Ст. 5", "… Прил. А") nor prose
("ГОСТ 7.1-2003 допускает сокращение слов"). The amendments the number is cited with may
follow it in parentheses ("ГОСТ 12.1.005-88 (с изм. 2000) Общие санитарно-гигиенические
требования …", as labour-safety lists print it): kept in `note`."""
STANDARD_QUOTED_TITLE = LazyPattern(r'\s?[«"“](?P<title>[^«»"“”]+)[»"”](?=\.\s|\.?$)')
"""A standard's title in quotation marks, as lists of labour-safety courses print it after
the number ("ГОСТ 12.1.012-90. «ССБТ. Вибрационная безопасность. Общие требования». –М.:
…", "СанПиН 9-80 РБ 98. «Гигиенические требования …»."): the quotation marks are the
list's, not the title's."""
NUMBER_AFTER_TITLE = LazyPattern(
    rf"\s?:\s(?P<number>{STANDARD_NUMBER})(?=\.?\s[—–-]\s|\.\s|\s:\s|\.?$)", re.VERBOSE)
"""A standard described under its title, its number the title's other information (GOST
7.1-2003 clause 7.1.4's second form: "Аппаратура радиоэлектронная бытовая. … : ГОСТ Р
517721–2001. – Введ. 2002–01–01. – М. : …", a Belarusian guide's "Требования к оформлению
документов: СТБ 6.38-2004. — Введ. 01.07.2005."). Its optional opening space makes the
engine try it at every position (about 2 µs a reference): it is searched only where a
colon is."""
COLON_DESIGNATION = re.compile(rf":\s(?:{trie(STANDARD_DESIGNATIONS)})")
"""What NUMBER_AFTER_TITLE needs, looked for first: the colon and the designation after
it. Opening with the colon, it is scanned for at C speed, where NUMBER_AFTER_TITLE costs
about 1.4 µs on a GOST book's "М.: Наука" (most Russian references have a colon)."""
PATENT = re.compile(
    rf"{optional_space_before(':')}\s(?:{alternation(PATENT_TERMS)})\s?(?:№\s?)?"
    r"(?P<number>\d[\d\s]*\d)(?P<rest>.*)$", re.DOTALL)
"""A patent's kind and number after its title's colon, GOST 7.1-2003's "Приемопередающее
устройство : пат. 2187888 Рос. Федерация", GOST R 7.0.100-2018's "… : патент № 2187888
Российская Федерация : МПК H04B 1/38 : № 2000131736 : заявл. 18.12.2000 : опубл.
20.08.2002" (the kind written out, its number after «№»)."""
PATENT_HEADING = LazyPattern(
    rf"""(?P<kind>{alternation(PATENT_HEADINGS)})\s?(?:№\s?)?(?P<number>\d[\d\s]*\d)\s
    (?P<country>[^\W\d_][^,:;/]{{0,40}}?),\s
    (?P<classes>(?:МКИ|МПК)\d?\s(?:[^.]|\.\d){{2,120}}?)\.\s          # "B01J 23/755 (2006.01)"
    (?P<title>[^\W\d_][^/]*?)
    (?P<tail>\s:\s№.*|\s/\s.*|\.?)$""",
    re.VERBOSE | re.DOTALL,
)
"""A patent described under its heading (PATENT_HEADINGS): the kind, the number, the country
and the classification, then the title and the inventors after " / "; in GOST R
7.0.100-2018's form the kind is written out and numbered after «№», and the application's
number follows the title after " : № " ("Патент № 2187888 Российская Федерация, МПК H04B
1/38. Приемопередающее устройство : № 2000131736 : заявл. 18.12.2000 : опубл. 20.08.2002 /
Чугаева В. И."), where the title ends."""
INVENTORS_END = LazyPattern(r"\s?;\s|\.?\s?[—–-]\s?№|\.?\s?[—–]\s")
"""Where the inventors' names end: the next statement ("; заявитель …") or the next area
("— № 4497433"), its dash typed as a hyphen too before the application's number, as
guides type it ("… / Тернет Э. В. (США) ; … - № 2000108705/28 ; заявл. 07.04.00")."""
INVENTOR_COUNTRY = re.compile(r"\s\([^()\d]{2,20}\)$")
"""The inventors' country after their names, in GOST 7.1-2003's example of an author's
certificate: "/ В. С. Ваулин, В. Г. Кемайкин (СССР)"."""
PUBLISHED = LazyPattern(r"[Оо]публ\.\s?(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2}(?:\d{2})?)")
EXTENT = LazyPattern(r"(?P<pages>\d+)\s?с\.?(?:\s?:\s?ил\.?)?$")
LAW_ARTICLE = re.compile(
    rf"""
    (?P<title>[^.,]{{0,60}}(?<![^\W\d_])(?:{alternation(LAW_TITLE_WORDS)})(?![^\W\d_])
      [^.,]{{0,80}}?(?:\s\d{{4}}\s?г\.)?)                   # Конституция СССР 1977 г.
    [.,]\s(?:{alternation(ARTICLE_TERMS)})\s?
    (?P<article>\d+(?:\.\d+)*(?:\s?[—–-]\s?\d+)?)            # ст. 105, ст. 15.1, ст. 1–3
    (?:,\s(?:ч|п|пп)\.\s?\d+)*                                  # , ч. 2
    \.?
    """,
    re.VERBOSE,
)
"""A law cited by its title and its article, as legal and historical notes do:
"Конституция СССР. Статья 6.", "Гражданский кодекс РФ. Ст. 209.", "УК РФ, ст. 105"."""
LAW_COLLECTION = re.compile(rf"(?:{alternation(LAW_NUMBERED_COLLECTIONS)})(?![^\W_])")
"""A collection numbered by act opening a title or host: "ПСЗ-1", "ПСЗ. Т. 5"."""
PATENT_BY_NUMBER = LazyPattern(
    rf"""\[?
    (?:(?P<inventors>[^\[\]]{{3,200}}?),\s)?                 # "V. T. Minakov et al., "
    (?P<term>{alternation(PATENTS_BY_NUMBER)})
    (?:\s(?P<country>РФ|России|СССР|RU|SU|US|Рос\.\sФедерация))?
    \s?(?:№|No\.)\s?(?P<number>\d[\d\s]*\d)
    (?P<rest>[^\[\]]*?)
    \.?\]?\.?""",
    re.VERBOSE,
)
"""A patent cited by its number, with no title (PATENTS_BY_NUMBER): the inventors before
it in the English form, the country that granted it («Пат. РФ №…»), the class and the date
after it."""
ENGLISH_DAY = LazyPattern(r"\((?P<m>[A-Z][a-z]+)\.?\s(?P<d>\d{1,2}),\s(?P<y>\d{4})\)")
""""(Dec. 27, 2003)": the date of a patent cited in English."""
BULLETIN_YEAR = LazyPattern(r"(?<!\d)(?P<y>1[89]\d\d|20\d\d)(?:\s?г\.)?(?!\d)")
""""опубл. в БИ №16, 1960 г.": the year alone."""


def _take(pattern: re.Pattern[str], group: str, variable: str, text: str,
          reference: Reference) -> str:
    """A heading that `pattern` finds at the start, into `variable`; the rest of `text`."""
    match = pattern.match(text)
    if match is None:
        return text
    reference.fields[variable] = match[group]
    return text[match.end():]


def take_heading(text: str, reference: Reference) -> str:
    """A legislative heading before the title, into `authority`."""
    return _take(OFFICIAL_HEADING, "authority", "authority", text, reference)


LATER_WORDING = LazyPattern(
    rf"""{optional_space_before('(')}(?P<wording>(?:с\sизменениями|с\sизм\.|в\sред\.|ред\.\sот|в\sредакции)
    \s(?=[^()]*\d)[^()]*)\)\.?$""",
    re.VERBOSE | re.IGNORECASE,
)
"""The wording an act is cited in, in parentheses after its source, as legal reference lists
print it: "… // Российская газета, № 35, 22.02.94 (с изменениями на 06.05.2000 № 832 //
Российская газета, № 89, 11.05.2000).", "… 16.01.2003 (в ред. на 21.07.2005 № 93-ФЗ // …)";
the same statement the heading's "(ред. от 28.07.2012)" makes before the title. The digit
it needs is looked for ahead, so that a long parenthesis costs one pass."""


def take_later_wording(text: str) -> tuple[str, str | None]:
    """`text` without the wording it is cited in after its source (LATER_WORDING), and that
    statement in its parentheses, for `note`, as the heading's "(ред. от …)" is kept."""
    later = LATER_WORDING.search(text) if text.rstrip().rstrip(".").endswith(")") else None
    if later is None:
        return text, None
    return text[: later.start()], f"({later['wording'].strip()})"


REGISTRATION_STATEMENT = r"""
    [Зз]арегистрирован[оа]?\s
    (?:в\sМинюсте\s(?:России|РФ)|Минюстом\s(?:России|РФ)
      |(?:в\sМинистерстве|Министерством)\sюстиции\s(?:Российской\sФедерации|РФ))
    \s(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s[^\W\d_]+\s\d{4}(?:\s?г\.)?)       # 20 августа 2007 г.
    ,?\s(?:регистрационный\s)?(?:№|N)\s?\d+                                   # регистрационный N 10009
    """
"""The state registration of a ministry's act in the Ministry of Justice, which Russian
normative acts and legal notes print with the act: its date and registration number
("Зарегистрирован в Минюсте России 20 августа 2007 г., регистрационный N 10009", "(Зарегистрировано
в Минюсте России 15.12.2020 N 61477)", "(зарегистрирован Министерством юстиции Российской
Федерации 19 марта 2014 г., регистрационный N 31644)")."""
REGISTRATION_BEFORE_SOURCE = LazyPattern(
    rf"""(?P<statement>{REGISTRATION_STATEMENT})\s?
    \((?P<source>(?=[^()]*(?:\b(?:1[89]|20)\d\d\b|[№N]\s?\d))[^()]+)\)\.?$""", re.VERBOSE)
"""The registration opening a note, the act's official publication after it in parentheses,
as the notes of a published order cite the acts it names: "Зарегистрирован в Минюсте России
20 августа 2007 г., регистрационный N 10009 (Российская газета, 2007, N 195).". The
parentheses hold a publication only with a year or a number («(документ опубликован не
был)» is a remark, not a source)."""
REGISTRATION_AFTER_ACT = LazyPattern(rf"\s?\((?P<statement>{REGISTRATION_STATEMENT})\)\.?$",
                                     re.VERBOSE)
"""The registration in parentheses after the act it registers: "Приказ Минздрава России от
17 января 2014 г. N 25н (зарегистрирован Министерством юстиции Российской Федерации 19 марта
2014 г., регистрационный N 31644)."."""


def take_registration(text: str) -> tuple[str, str | None]:
    """`text` without the registration of the act it cites (REGISTRATION_STATEMENT), and that
    statement for `note`: before the act's source, the source alone is the reference; after
    the act, in parentheses, the act is, its note keeping the parentheses as the later
    wording's does (take_later_wording)."""
    if "арегистрирован" not in text:
        return text, None
    body = text.strip()
    first = REGISTRATION_BEFORE_SOURCE.match(body)
    if first:
        return first["source"].strip(), first["statement"]
    after = REGISTRATION_AFTER_ACT.search(body)
    if after:
        return body[: after.start()], f"({after['statement']})"
    return text, None


ACT_TITLE_THEN_DATE = LazyPattern(
    rf"""
    (?P<kind>(?:{alternation(ACT_KINDS)})(?![^\W\d_])[^«"“/]{{0,150}}?)      # Федеральный закон
    \s?[«"“](?P<title>(?:[^«»"”]|«[^«»]*»)+(?:«[^«»]*)?)[»"”]              # «Об образовании …»
    \sот\s(?P<date>(?:\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}|\d{{1,2}}\s[^\W\d_]+\.?\s\d{{4}})
      (?:\s?г\.|\sгода)?)
    \s?(?:№|N°?|No)\s?(?P<number>[^\s,()«"“]+?)\.?(?=[\s,(]|$)
    (?P<edition>\s\((?:в\s)?ред\.[^()]*\))?                                  # (ред. от …)
    """,
    re.VERBOSE | re.IGNORECASE,
)
"""The same with the title between the kind and the date, as legal databases head an act
and students' lists copy it: "Федеральный закон "Об образовании в Российской Федерации" от
29.12.2012 N 273-ФЗ // Российская газета. 2012. 31 дек.", "Федеральный закон «Об
образовании в Российской Федерации» от 29.12.2012 № 273-ФЗ (ред. от 04.08.2023)", and
with «года» after the date: "Приказ Министерства образования РФ "О службе охраны труда"
от 27.02.1995 года № 92"."""


def move_act_heading(text: str) -> tuple[str, str | None]:
    """The reference with an act's heading moved after its title (ACT_BEFORE_TITLE,
    ACT_TITLE_THEN_DATE), and the edition it is cited in ("(ред. от 28.07.2012)", for
    `note`)."""
    act = ACT_BEFORE_TITLE.match(text) if " от " in text[:200] else None
    if act is None and " от " in text:
        act = ACT_TITLE_THEN_DATE.match(text)
    if act is None:
        return text, None
    heading = f"{act['kind'].strip()} от {act['date']} № {act['number']}"
    edition = act["edition"].strip() if act["edition"] else None
    open_title = act.groupdict().get("open_title")
    title = act["title"].strip() if open_title is None else \
        open_title.strip().removesuffix(".")  # the reference's closing period, no title's
    if title.count("«") > title.count("»"):
        title += "»"  # the amended act's closing quote, printed once with the title's
    return f"{title} : {heading}{text[act.end():]}", edition


def move_patent_heading(text: str) -> str:
    """A patent described under its heading (PATENT_HEADING) rewritten in the order described
    under its title, "Title : А. с. 1254421 СССР, МКИ G03G15/00 / inventors", which
    parse_patent reads; any other `text` as it is."""
    heading = PATENT_HEADING.match(text) if text[:1] in "ПА" else None
    if heading is None:
        return text
    return (f"{heading['title'].strip()} : {heading['kind']} {heading['number']} "
            f"{heading['country']}, {heading['classes']}{heading['tail']}")


STANDARD_NOTE_WORDS = r"Взамен|Введ\.|Введен|Впервые|Дата\sвведения|Узамен|Уведз\.|Упершыню"
"""The words that open the statements of a standard's note (STANDARD_DATES), Russian and
Belarusian: "Взамен" / "Узамен", "Введ." / "Уведз.", "Впервые" / "Упершыню"."""
STANDARD_DATES = LazyPattern(
    rf"""\.\s?[—–-]\s
    (?P<note>(?:{STANDARD_NOTE_WORDS})(?![^\W\d_])(?:[^—–]|[—–](?!\s))*?)
    (?=\.\s?[—–-]\s|\.?$)
    |\.\s(?:[—–-]\s)?\[(?P<bracketed>(?:На\sзаміну|Чинний\sвід|Взамен|Введ)[^\[\]]*)\]
    (?=\.\s|\.?$)""",
    re.VERBOSE | re.IGNORECASE,
)
"""GOST 7.1-2003 clause 7.1.4's note on what a standard replaces and when it came into
force, an area of its own after the title: "ГОСТ 7.53–2001. Издания. … – Взамен ГОСТ
7.53–86 ; введ. 2002–07–01. – Минск : …", in Belarusian "– Узамен ДАСТ 2.051–2006; Уведз.
01.04.2016 г.", "– Упершыню; Уведз. 01.09.2005 г."; DSTU 8302:2015 puts it in square brackets:
"ДСТУ 3582:2013. … [Чинний від 2013-08-22]. Вид. офіц. Київ : …", "[На заміну ГОСТ
28013-89, ГОСТ 4.233-86 ; чинний від 1996-01-01]"."""
OFFICIAL_EDITION = LazyPattern(
    r"\.\s(?:[—–-]\s)?(?P<note>Изд\.\sофиц|Вид\.\sофіц|Издание\sофициальное)(?=\.?(?:\s|$))")
"""The edition statement of an official publication, "Изд. офиц." (GOST 7.1-2003's
descriptions of standards), "Вид. офіц." (DSTU 8302:2015's): kept in `note`, as GOST R
7.0.100-2018's "издание официальное" is (STANDARD_STATEMENTS)."""
STANDARD_STATEMENTS = LazyPattern(
    r"""\s:\s(?P<genre>(?:национальный|межгосударственный|государственный|международный)
    \sстандарт(?![^\W\d_])[^:/]*?)(?P<rest>(?:\s:\s[^:/]+?)*)(?=\s/\s|\.\s?[—–-]\s|\.?$)""",
    re.VERBOSE | re.IGNORECASE,
)
"""GOST R 7.0.100-2018's other title information of a standard: its kind (`genre`), then
": издание официальное : утвержден и введен в действие Приказом … : введен впервые : дата
введения 2017-12-01" (kept in `note`)."""


STANDARD_KIND = LazyPattern(
    rf"""(?P<kind>(?:Рекомендации|Правила|Методические\s(?:указания|рекомендации)
      |Руководящий\sдокумент)
    (?:\s(?:по|в\sобласти)(?:\s[^\W\d_]+){{1,4}}?)?)
    \s(?=(?:{_DESIGNATION})\s?\d)""",
    re.VERBOSE,
)
"""The kind of a document of standardization before its designation, as a standard's
«Библиография» (GOST R 1.5-2012 clause 3.10) lists it: «Рекомендации по метрологии Р
50.2.078—2011 Государственная система обеспечения единства измерений. …», «Рекомендации
по межгосударственной стандартизации РМГ 29—2013 …», «Правила по метрологии ПР
50.2.006-94 …», «Методические указания МУ 2.6.1.1088-02 …»: the reference's `genre`."""


def take_standard(text: str, reference: Reference) -> str:
    """A standard's designation at the start, into `number`, after the document's kind
    (STANDARD_KIND, into `genre`); the rest is its title, less the statements the
    standards of description add to a standard's title (its kind, what it replaces, when
    it came into force), which go to `genre` and `note`."""
    kind = STANDARD_KIND.match(text) if text[:1] in "РПМ" else None
    standard = STANDARD.match(text, kind.end() if kind else 0)
    if standard and kind:
        reference.fields["genre"] = kind["kind"]
    if standard:
        reference.fields["number"] = standard["number"]
        if standard["amended"]:
            add_note(reference.fields, standard["amended"])
        text = text[standard.end():]
    quoted = STANDARD_QUOTED_TITLE.match(text) if "number" in reference.fields else None
    if quoted:
        text = quoted["title"] + text[quoted.end():]
    after_title = NUMBER_AFTER_TITLE.search(text) if "number" not in reference.fields and \
        " " in text and ":" in text and COLON_DESIGNATION.search(text) else None
    if after_title:
        reference.fields["number"] = after_title["number"]
        text = text[: after_title.start()] + text[after_title.end():]
    if "number" not in reference.fields:
        return text
    notes = []
    statements = STANDARD_STATEMENTS.search(text) if " : " in text else None
    if statements:
        reference.fields["genre"] = statements["genre"].strip()
        notes.append(statements["rest"].strip(" :").replace(" : ", "; "))
        text = text[: statements.start()] + text[statements.end():]
    dates = STANDARD_DATES.search(text)
    if dates:
        notes.append((dates["note"] or dates["bracketed"]).strip())
        text = text[: dates.start()] + text[dates.end():]
    official = OFFICIAL_EDITION.search(text) if "офи" in text or "офі" in text or \
        "Издание оф" in text else None
    if official:
        notes.append(official["note"] + ".")
        text = text[: official.start()] + text[official.end():]
    if any(notes):
        reference.fields["note"] = "; ".join(filter(None, (reference.fields.get("note"),
                                                          *filter(None, notes))))
    return text


def _published(published: re.Match[str]) -> Date:
    """The date of PUBLISHED, a two-digit year read with CENTURY_PIVOT (Russian patents of
    GOST 7.1's examples are of the 1990s–2000s; Soviet "а. с." of 1930–1999)."""
    year = int(published["y"])
    if year < 100:
        year = century_year(year)
    return Date(parts=[[year, int(published["m"]), int(published["d"])]])


def parse_patent(text: str, reference: Reference) -> Reference | None:
    """A patent: title, number, the publication date and the extent; the application's
    number and dates are kept in `note`."""
    patent = PATENT.search(text)
    if patent is None:
        return None
    fields = reference.fields
    reference.type = "patent"
    title = text[: patent.start()]
    medium = MEDIUM.search(title) if "[" in title else None
    if medium:  # "Приемопередающее устройство [Текст] : пат. 2187888 …" (GOST 7.1-2003)
        fields["medium"] = medium["medium"]
        title = title[: medium.start()] + title[medium.end():]
    fields["title"] = title.strip()
    fields["number"] = patent["number"].replace(" ", "")
    rest = patent["rest"].strip(" .")
    _, slash, responsibility = rest.partition(" / ")
    inventors = parse_heading(responsibility)[0] if slash else []
    if slash and not inventors:  # "/ Ю.В. Дубинский, Н.Ю. Мордашова, А.В. Ференц; Казан…"
        statement = INVENTORS_END.split(responsibility, maxsplit=1)[0].strip(" .")
        listed = parse_name_list(INVENTOR_COUNTRY.sub("", statement))
        inventors = listed or []
    if inventors:  # "… : МПК7 H 04 J 13/00 / Чугаева В.И. ; заявитель …"
        fields["author"] = inventors
    published = PUBLISHED.search(rest)
    if published:
        fields["issued"] = _published(published)
    extent = EXTENT.search(rest)
    if extent:
        fields["number-of-pages"] = extent["pages"]
        rest = rest[: extent.start()].rstrip(" .—–-")  # and the extent's area dash
    if rest:
        fields["note"] = rest
    return reference


def parse_patent_by_number(text: str, reference: Reference) -> Reference | None:
    """A patent cited by its number, with no title (PATENT_BY_NUMBER); None if `text` is
    not one, or if what stands before the number is not names. The country that granted it,
    the class and what else follows the number stay in `note`, as `parse_patent` keeps
    them."""
    match = PATENT_BY_NUMBER.fullmatch(text)
    if match is None or move_patent_heading(text) != text:
        return None  # a heading with its classes and title: parse_patent reads it
    fields = reference.fields
    if match["inventors"]:
        listed = parse_name_list(match["inventors"])
        if not listed:
            return None
        fields["author"] = listed
    reference.type = "patent"
    reference.whole_form = True
    fields["number"] = match["number"].replace(" ", "")
    rest = match["rest"].strip(" ,.")
    published = PUBLISHED.search(rest)
    english = ENGLISH_DAY.search(rest)
    if published:
        fields["issued"] = _published(published)
    elif english and english["m"].lower() in MONTH_NUMBERS:
        fields["issued"] = Date(parts=[[int(english["y"]), MONTH_NUMBERS[english["m"].lower()],
                                        int(english["d"])]])
        rest = (rest[: english.start()] + rest[english.end():]).strip(" ,.")
    else:
        year = BULLETIN_YEAR.search(rest)
        if year:
            fields["issued"] = Date(parts=[[int(year["y"])]])
    if match["country"]:
        rest = f"{match['country']}, {rest}" if rest else match["country"]
    if rest:
        fields["note"] = rest
    return reference


def parse_law_article(text: str, reference: Reference) -> Reference | None:
    """A law by its title with the article cited; None if `text` is not one."""
    match = LAW_ARTICLE.fullmatch(text)
    if match is None:
        return None
    reference.type = "legislation"
    reference.fields["title"] = match["title"].strip()
    reference.locator, reference.label = match["article"], "section"
    return reference


def number_act_in_collection(reference: Reference) -> None:
    """An act in a collection numbered by act ("ПСЗ. Т. XIV. № 10365", "… // Полное
    собрание законов Российской империи. … Т. XLIII. № 45814"): the "№" read as an issue
    is the act's `number`, and the work is legislation."""
    fields = reference.fields
    collection = fields.get("container-title") or fields.get("title")
    if "issue" not in fields or "number" in fields or not isinstance(collection, str) or \
            not LAW_COLLECTION.match(collection):
        return
    _issue_to_number(fields)
    reference.type = "legislation"


def number_act_without_host(reference: Reference) -> None:
    """An act cited alone, without the gazette or collection it was printed in ("Указ
    Президента РФ от 7 мая 2018 г. № 204 «…»", "Постановление Пленума Верховного Суда … от
    28 июня 2012 г. № 17 «…»"): with no serial to number, its "№" is the act's `number`,
    as GOST 7.1-2003 clause 5.2.5 gives it after the date."""
    fields = reference.fields
    if "issue" in fields and "number" not in fields and "container-title" not in fields:
        _issue_to_number(fields)


def _issue_to_number(fields: dict[str, object]) -> None:
    """The "№" read as an issue is the act's number; its designation goes with it."""
    fields["number"] = fields.pop("issue")
    custom = fields.get(CUSTOM)
    words = custom.get(DESIGNATIONS) if isinstance(custom, dict) else None
    if isinstance(words, dict) and "issue" in words:  # "№" designated the issue
        words = {variable: word for variable, word in words.items() if variable != "issue"}
        fields[CUSTOM] = {**custom, DESIGNATIONS: words} if words else \
            {key: value for key, value in custom.items() if key != DESIGNATIONS}
        if not fields[CUSTOM]:
            del fields[CUSTOM]
