"""A text edition's history note: where the text was first printed.

The commentary of a scholarly edition says where each text appeared first, naming the
periodical after «в» in the prepositional case: «Впервые опубликовано в «Отеч.
записках» (1843, т. 31, № 12, отд. I, стр. 342).» (Lermontov's works; not read yet: the
comma imprint's «отд. I» is no division the grammar knows), «Печатаем по тексту
первой публикации в «Трудах Общества любителей российской словесности» (1817 г., ч. VIII,
стр. 90–91).» (Krylov's), «Вперше надруковано в «Записках історично-філологічного відділу
Всеукраїнської Академії наук». – 1926. – Т. 7-8. – с. 370.» (Shevchenko's); a note may
also open on the periodical alone, going on from the last («в "Лит. Наследстве", т. 41-42,
М. 1941, стр. 178-187;»). The grammar reads no reference in such prose. Here the
periodical's name is put in the nominative (`periodical_case`), read with its imprint as
the grammar reads a title and its imprint, and the opening is kept as the cite's prefix.
A sentence may name the article too, its title in guillemets before «в» («См. мою
публикацию «Забытые рецензии О. Мандельштама» в «Вопросах литературы», 1980, №12.»): it is
read as «Title // Periodical, 1980, №12».

What the item is follows the development set's rule for a periodical (tests/data/dev/
README.md): a history note that gives the text's range of pages cites the text as an
article of the periodical (`container-title`, `page`; its own title is the edition's
heading, not in the note); with one page it cites the periodical's issue (`periodical`,
the page the locator). A name after a noun («в журналі «Русский библиофил»») is in the
nominative as printed, and may stand without quotes, as a foreign periodical's does
(«Вперше надруковано польською мовою в газ. Kurjer Lwowski, 1893, № 62, …»); a name
whose nominative is not sure leaves the note to the grammar.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from biblio.lazy_patterns import LazyPattern
from biblio.parse.gost import PAGE_RANGE
from biblio.parse.names import UPPER
from biblio.parse.periodical_case import periodical_nominative
from biblio.parse.reference import Reference

HISTORY_LEADS = (
    r"(?:Впервые|Вперше)\s(?:опубликован[оаы]?|напечатан[оаы]?|надрукован[оаи]?|"
    r"опубліковано|появил(?:ось|ся|ась|ись))(?:\s[^\s«\"„:;()]+){0,4}?",
    r"(?:Напечатан|Перепечатан|Опубликован)[оаы]?(?:\s[^\s«\"„:;()]+){0,4}?",
    r"Печата(?:ем|ется)\sпо\sтексту(?:\sпервой\sпубликации)?",
    r"Друкується\sза\sтекстом(?:\sпершої\sпублікації)?",
)
"""Openings of a history note that go on with «в» and the periodical: «Впервые
опубликовано», «Напечатано», «Перепечатано» («Напечатано в «Русской Старине» 1896, № 12,
стр. 627–628.», Gogol's letters in the Academy edition)."""
PART_STATEMENT = r"(?:[а-яё]+\s){0,4}?[а-яё]+\s[–—]\s"
"""What part of the text a history note's clause speaks of, in lower case before a dash
and «в»: the Academy editions list a text's printings so («Впервые опубликовано: с
пропусками – в «Сочинениях и письмах», VI, стр. 158–164; часть пропущенного текста – в
«Русской Старине» 1889, № 1, стр. 156; без адреса – в «Письмах», III, стр. 10–17.»)."""
_DASH_THEN_IN = " – в "
"""The cheap test before a part statement is looked for in a note opening in lower case."""
DATIVE_LEAD = r"Печата(?:ем|ется)\sпо"
"""«Печатается по» and the periodical's name in the dative, with no «в» («Печатается по
«Отеч. запискам» (1839, т. 2, № 3, отд. III, стр. 163–164), где появилось впервые.»)."""
PERIODICAL_NOUNS = ("журнале", "журналі", "газете", "газеті", "сборнике", "збірнику",
                    "альманахе", "альманасі", "ж.", "журн.", "газ.")
"""Nouns before a name, which then stands in the nominative as printed."""

HOST_IN_PROSE = LazyPattern(
    rf"^(?:(?P<dative>{DATIVE_LEAD})\s"
    rf"|(?P<lead>(?:(?P<history>{'|'.join(HISTORY_LEADS)}):?\s)?(?P<part>{PART_STATEMENT})?)"
    rf"[вВу]\s(?:(?P<noun>{'|'.join(map(re.escape, PERIODICAL_NOUNS))})\s)?)"
    r"(?P<open>[«\"„])(?P<name>[^«»\"“”„]{3,150})[»\"“”]"
    r"(?P<rest>.*)$", re.DOTALL)
HOST_AFTER_NOUN = LazyPattern(
    rf"^(?P<lead>(?P<history>{'|'.join(HISTORY_LEADS)})\s)?[вВу]\s"
    rf"(?P<noun>{'|'.join(map(re.escape, PERIODICAL_NOUNS))})\s"
    rf"(?P<name>[{UPPER}][^,;:()«»\"“”„]{{2,80}}?)(?P<rest>,\s(?:1[6-9]|20)\d\d(?!\d).*)$",
    re.DOTALL)
"""The name after its noun not in quotes, as a foreign periodical's is printed («Вперше
надруковано польською мовою в газ. Kurjer Lwowski, 1893, № 62, …»), up to the comma
before its year."""
DIVISION = re.compile(r",\s(?P<division>отд\.\s?(?:[IVXLC]{1,6}|\d{1,2}))(?=,\s)")
"""The division of a journal's issue in its comma imprint, as the monthlies of the Empire
numbered their parts (Roman «отд. I» for literature, «отд. III» for criticism): «(1843, т.
31, № 12, отд. I, стр. 342)». Commentaries of 19th-century texts cite it between the issue
and the page; the item keeps it, its word with its number, as its `section`."""
IMPRINT_IN_PARENTHESES = re.compile(
    r"\s*\((?P<imprint>[^()]+)\)(?:,\s(?P<clause>где\s[^()]+?))?\s*[.;,]?\s*$")
IMPRINT_AFTER = re.compile(r"\s*[.,]?\s*(?:[–—-]\s*)?(?P<imprint>(?:\d|[^\W\d_]{1,4}\.\s?\d).*)$",
                           re.DOTALL)
"""The imprint after the name: in parentheses, or after a comma or a period and a dash,
opening with a year or a numbered term («т. 41-42», «1926. – Т. 7-8»). A clause on the
printing after the parenthesis («…), где появилось впервые.») is kept as the item's note."""


def host_in_prose(text: str, parse: Callable[[str], Reference]) -> Reference | None:
    """The periodical a note names after «в», with its imprint; None when the note does not
    open so, the name's nominative is not sure, or the imprint reads as no periodical."""
    if text[:1] not in "ВвуПДНО" and not (text[:1].islower() and _DASH_THEN_IN in text):
        return None
    match = HOST_IN_PROSE.match(text) or HOST_AFTER_NOUN.match(text)
    if match is None:
        return None
    name = match["name"].strip()
    if not match["noun"]:
        name = periodical_nominative(name, "dative" if match["dative"] else "prepositional") \
            or ""
        if not name:
            return None
    imprint = IMPRINT_IN_PARENTHESES.fullmatch(match["rest"]) or \
        IMPRINT_AFTER.fullmatch(match["rest"])
    if imprint is None:
        return None
    imprint_text = imprint["imprint"].strip()
    division = DIVISION.search(imprint_text) if "отд." in imprint_text else None
    if division is not None:
        imprint_text = imprint_text[: division.start()] + imprint_text[division.end():]
    reading = _read_as_title(name, imprint_text, parse)
    if reading is None:
        return None
    name_start = match.start("open") if "open" in match.re.groupindex else match.start("name")
    reading.text, reading.prefix = text, text[:name_start].strip()
    reading.fields = dict(reading.fields)  # the cached reading's own, written below
    reading.fields["title"] = name  # without the guillemets it was read in
    if division is not None:
        reading.fields["section"] = division["division"]
    if imprint.re is IMPRINT_IN_PARENTHESES and imprint["clause"]:
        reading.fields["note"] = imprint["clause"]
    history = match["history"] or match["part"] or match["dative"]
    if history and reading.locator and PAGE_RANGE.match(reading.locator) \
            and "page" not in reading.fields:
        reading.type = "article-journal"
        reading.fields["container-title"] = reading.fields.pop("title")
        reading.fields["page"] = reading.locator
        reading.locator = reading.label = None
    elif history:
        reading.type = "periodical"
    return reading


TITLE_IN_PERIODICAL = LazyPattern(
    r"(?P<title>«[^«»]{3,200}»)\s[вВ]\s«(?P<name>[^«»]{3,150})»(?P<rest>,\s(?:1[6-9]|20)\d\d.*)$",
    re.DOTALL)
"""A title in guillemets, then «в» and the periodical it was printed in, then the year:
«См. мою публикацию «Забытые рецензии О. Мандельштама» в «Вопросах литературы», 1980,
№12.»."""


def title_in_periodical(text: str, parse: Callable[[str], Reference]) -> Reference | None:
    """The article a sentence names by its title and the periodical after «в», read as
    «Title // Periodical, year, …», the words before the title its prefix; None when the
    note holds no such phrase, the name's nominative is not sure, or the host does not
    read."""
    if "» в «" not in text and "» В «" not in text:
        return None
    match = TITLE_IN_PERIODICAL.search(text)
    name = periodical_nominative(match["name"]) if match else None
    if match is None or name is None:
        return None
    reading = parse(f"{match['title'][1:-1]} // {name}{match['rest']}")
    if reading.kind != "work" or reading.fields.get("container-title") != name:
        return None
    reading.text, reading.prefix = text, text[: match.start()].strip() or None
    return reading


def _read_as_title(name: str, imprint: str, parse: Callable[[str], Reference]) -> Reference | None:
    """The name and its imprint read as a title in guillemets and its imprint after a
    comma («Русский вестник», 1889 г., май), else as a title closed by a period (GOST's
    «Записки …. – 1926. – Т. 7-8.»): OCR's damage («№ l») or a dash breaks one form or
    the other. None when neither reads the name whole as the title."""
    for text in (f"«{name}», {imprint}", f"{name}. {imprint}"):
        reading = parse(text)
        if reading.kind == "work" and (reading.fields.get("title") or "").strip("«»") == name:
            return reading
    return None
