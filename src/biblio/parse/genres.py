"""Other title information that names the kind of document: CSL `genre`.

GOST 7.1-2003 clause 5.2.5 prints it after " : " ("История журналистики : учеб.
пособие", "О защите прав потребителей : федер. закон от 7 февр. 1992 г. № 2300-1");
GOST R 7.0.100-2018 clause 7.3.3 adds "сайт", which the cataloguer supplies in square
brackets ("Российская книжная палата : [сайт]"). The word is the work's genre, not part
of its title; a law's date and number follow its genre ("№ 149-ФЗ" → `number`), and
further statements (": принят Гос. Думой …", ": защищена 25.03.93") are kept in `note`.

An abbreviated genre often ends the title area, and the period that ends the area is
also the abbreviation's ("Етика : навч.-метод. посіб. Запоріжжя : ЗНУ, 2018", DSTU
8302:2015 clause 4.4 separating areas by ". "; "История : справ. – М., 2015"): the
genre is recognised without that period and gets it back. Typed lists drop the spaces
of " : " ("Гражданское право:учебник для бакалавров").
"""

from __future__ import annotations

import re
from typing import Any

from biblio.data.reference_terms import (
    ADOPTION_STEMS,
    COLLECTION_DEDICATIONS,
    DOCUMENT_GENRES,
    GENRE_HEADS,
    GENRES_AFTER_PERIOD,
    LEGISLATION_GENRES,
    MEETING_TERMS,
    PROCEEDINGS_GENRE_HEADS,
    QUALIFIED_GENRE_HEADS_AFTER_PERIOD,
)
from biblio.lazy_patterns import LazyPattern
from biblio.model import Date
from biblio.parse.locators import VOLUMES_PHRASE
from biblio.parse.patterns import PRINTED_YEAR, alternation, optional_space_before
from biblio.parse.publication import full_date
from biblio.parse.reference import add_note


def _area_end_alternation(terms: tuple[str, ...]) -> str:
    """`terms` with the closing period of an abbreviation optional: an area that ends
    with "посіб." or "справ." lost that period to the area's end."""
    return rf"(?:{alternation({term.removesuffix('.') for term in terms})})\.?"


GENRE = re.compile(
    rf"""
    {optional_space_before(":")}\s?(?P<bracket>\[)?          # "[сайт]": supplied by the cataloguer
    (?P<genre>{_area_end_alternation(DOCUMENT_GENRES + LEGISLATION_GENRES)}
    (?![^\W\d_])[^:]*)
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _qualifier(first: str) -> str:
    """A word that qualifies a genre's head, opening with the letter class `first`: an
    abbreviation ("гос.", "науч.-практ.") or an adjective ("учебно-практическое",
    "навчальний")."""
    return (rf"(?:{first}[^\W\d_]{{0,13}}\.(?:-[^\W\d_]{{1,14}}\.)?"
            rf"|{first}[^\W\d_]*(?:-[^\W\d_]+)?(?:ое|ая|ый|ий|ие|ые|ой|на|не|ні|ве|ва))")


QUALIFIER = _qualifier(r"[^\W\d_]")
QUALIFIED_GENRE = re.compile(
    rf"""
    {optional_space_before(":")}\s?(?P<bracket>\[)?
    (?P<genre>(?:{QUALIFIER}\s(?:(?:и|і|та)\s)?){{1,4}}
    {_area_end_alternation(GENRE_HEADS)}(?![^\W\d_])[^:]*)
    """,
    re.VERBOSE | re.IGNORECASE,
)
"""A genre whose head the words before it qualify: ": учебно-практическое пособие", ":
гос. библиогр. указ. Рос. Федерации", ": науч.-практ. и теорет. сб."."""
PROCEEDINGS_GENRE = LazyPattern(
    rf"""
    \s?:\s?(?P<bracket>\[)?
    (?P<genre>(?:{alternation(PROCEEDINGS_GENRE_HEADS)})(?![^\W\d_])
    (?:\s[^\s:]+){{0,8}}?\s(?:{alternation(MEETING_TERMS)})(?![^\W\d_])[^:]*)
    """,
    re.VERBOSE | re.IGNORECASE,
)
"""The statement of a meeting's proceedings (`MEETING_TERMS`): ": матеріали Міжнар.
наук.-практ. конф., м. Київ, 27—28 січ. 2017 р."; after a title with no "//", and after a
host's ("// История и историография России и Сибири …: материалы Всерос. науч.-практ.
конф., посвящ. …"), whose genre it is too, the meeting's place and dates read from it
(`events.add_event`)."""
MEETING = LazyPattern(rf"(?<![^\W\d_])(?:{alternation(MEETING_TERMS)})(?![^\W\d_])",
                     re.IGNORECASE)
COLLECTION_GENRE = LazyPattern(rf"(?:{alternation(PROCEEDINGS_GENRE_HEADS)})(?![^\W\d_])",
                              re.IGNORECASE)
GENRE_AFTER_PERIOD = re.compile(
    rf"[.;\s](?:(?<=[.;])|(?<=\s);)\s(?P<genre>(?:{alternation(GENRES_AFTER_PERIOD)})(?:(?<=для)\s[^.:;()]{{1,60}})?"
    r"(?:\s\([^()]{1,40}\))?)$",
    re.IGNORECASE,
)
"""A genre after the title's period, with the dates of its documents: ". Сб. док.
(1917–1922)"; or after the ";" that GOST 7.1-2003 prints between the other title
information of a collection and its genre ("Сибирь в XVII–XX веках : Бахрушинские чтения ;
Межвуз. сб. науч. тр."), whose abbreviated first word must not be cut off. The period, or
the ";" with a space or none before it, is opened by one class, which the engine scans for
("(?:\\.|\\s?;)" was tried at every position)."""

COLLECTION_HEADS = ("сборник ", "материалы ", "тезисы ")
"""The first words of the genres a collection's catalogue record carries."""

BODY_ACRONYM = re.compile(r"[А-ЯЁІЇЄҐ]{3,10}")
"""A body named by its capitals, three to ten, after a collection's genre: "ВАСХНИЛ",
"ИНИОН", "ВНИИЭСХ" (the academies and institutes that issued the collections)."""
GENRES_WRITTEN_OUT = tuple(genre for genre in DOCUMENT_GENRES
                           if genre.startswith(COLLECTION_HEADS) and "." not in genre)
"""The genres GENRE_WITHOUT_COLON reads, a title's end tested for them first (the pattern
opens on a lookbehind, tried at every position of every title): only a collection's
(«сборник научных трудов», «материалы конференции», «тезисы докладов»), as the catalogue
records without punctuation carry them; a book's genre run on to its title is most often
the title's own words ("Как написать методические рекомендации", "Полный курс лекций",
"Biochemistry study guide")."""
GENRE_WITHOUT_COLON = LazyPattern(
    rf"(?<=[^\W\d_A-ZА-ЯЁІЇЄҐ])\s(?P<genre>{alternation(GENRES_WRITTEN_OUT)})"
    rf"(?:\s(?P<body>{BODY_ACRONYM.pattern}))?$")
"""A genre written out in several words, run on to the title's last word without the " : "
of GOST 7.1-2003 clause 5.2.5, as a library catalogue exports its ISBD records when the
prescribed punctuation was never entered ("Централизация библиотечной сети сборник
научных трудов. Вып. 24 — М. ГБЛ 1977 — 64 с.", opac.library.pl.ua, whose imprint lost
its colon too: `publication.place_then_publisher`). Only in lower case after a word in
lower case, at the title's end, or before the acronym of the body that issued the collection
("Эффективные технологии производства продуктов птицеводства сборник научных трудов ВАСХНИЛ
— М. Агропромиздат 1989", a catalogue's record; the acronym kept in `note`): a title
opening with the phrase ("Сборник статей") or a sentence that goes on after it stays the
title's."""
DEDICATED_COLLECTION = LazyPattern(
    rf"""
    \.\s(?P<genre>(?:Сборник|Сб\.|Збірник|Зб\.)                            # Сборник
    (?:\s(?:статей|научных\sтрудов|науч\.\sтр\.|ст\.|наукових\sпраць|наук\.\sпр\.))?
    \s(?:{alternation(COLLECTION_DEDICATIONS)}                              # памяти
       |к\s\d{{2,3}}[-‑–]?летию|до\s\d{{2,3}}[-‑–]?річчя)                    # к 70-летию
    \s[^:;()]{{1,120}})$
    """,
    re.VERBOSE,
)
"""A collection's head and its dedication after the title's period, the same other title
information GOST 7.1-2003 clause 5.2.5 prints after " : " (GENRE reads it there:
"Проблемы современной филологии: Сб. статей к 70-летию акад. В. В. Виноградова", a book
on Russian lyric poetry): "Антропологическая реконструкция и проблемы палеоэтнографии.
Сборник памяти М. М. Герасимова. — М., 1973" (a book on Ivan the Terrible). The head
alone ("Сборник статей") is GENRE_AFTER_PERIOD's; the dedication alone after the period
("Гоголь в его произведениях. К 100-летию рождения великого писателя") is the title's own
second sentence and stays. The collection's head is looked for first, by plain tests: most
titles name none."""
_LOWER_QUALIFIER = _qualifier(r"[^\W\d_A-ZА-ЯЁІЇЄҐ]")
QUALIFIED_GENRE_AFTER_PERIOD = re.compile(
    rf"""
    \.\s(?P<genre>{QUALIFIER}(?:\s{_LOWER_QUALIFIER}){{0,2}}
    \s{_area_end_alternation(QUALIFIED_GENRE_HEADS_AFTER_PERIOD)})$
    """,
    re.VERBOSE,
)
"""A scholarly kind qualified after the title's period: ". Хронологічний довідник", ". Іст.
нарис", ". Историко-юридическое исследование". The words after the first are lower-case,
so that initials and a name before the period ("… М. Е. Салтыкова-Щедрина.") stay the
title's."""
ACT_DETAILS = LazyPattern(
    r"\s(?:(?:от|від)\s(?P<date>[^№]+?)\s?)?(?:№|No|N)\s?(?P<number>[\w/-]+)"
    r"(?:\s(?:от|від)\s(?P<date_after>.+))?|\s(?:от|від)\s(?P<date_only>.+)$"
)
"""The date and number after a law's genre: "федер. закон от 27 июля 2006 г. № 149-ФЗ";
in Ukrainian "від", the number also before the date, as DSTU 8302:2015's examples print a
resolution ("Закон України від 01.07.2014 р. № 1556-VII", "Постанова Каб. Міністрів
України № 55 від 27.01.2010 р.")."""
ACT_SOURCE = LazyPattern(r"\.\s(?P<source>[^\W\d_a-zа-яёіїєґ][^.]*(?:\.\s?[^\W\d_][^.]*)*?)\.?$")
"""The publication an act's number is followed by where a period stands for "//", as DSTU
8302:2015 clause 4.9.1 allows: "наказ … від 12.01.2017 р. № 40. Офіційний вісник України"."""
ACT_DATE = "_act_date"
"""Marks an `issued` read from a law's genre, with the date as printed ("от 27 июля 2006 г."):
a host's publication date replaces it unless the host gives only the act's year."""
ACT_ADOPTED = "_act_adopted"
"""Marks an act whose statement of adoption names the publication it is printed in."""
VOLUMES_AFTER_GENRE = LazyPattern(
    rf"\.\s(?:{VOLUMES_PHRASE}(?:\s(?:[ТT]\.|Том)\s?\d+)?|(?:[ТT]\.|Том)\s?\d+)\.?$")
"""The number of volumes, or the volume, closing the genre after its period ("Вялікае
княства Літоўскае : Энцыклапедыя. У 3 т. Т. 2", the term written out: "Прикладная
эконометрика : журнал. Том 49"): the multipart work's numbering (GOST
7.1-2003 clause 5.2.4), which the title block reads, not the genre. Only the numbering
alone: a part's own title after it ("У 2 ч. Частина 1. Урбоекосистеми.") stays with the
genre, as the title block would keep it in the title."""
VOLUMES_STATEMENT = LazyPattern(rf"{VOLUMES_PHRASE}\.?")
"""The number of volumes alone after the genre's " : " ("Физика : учеб. пособие : в 2 т.",
"Год кризиса, 1938—1939: документы и материалы: в 2 т.", GOST 7.1-2003 clause 5.2.5 prints
it last among the other title information): the title block's to read, not a note."""
STATEMENT = re.compile(rf"{optional_space_before(':')}\s")
BRACKETED = LazyPattern(r"\s?\[[^\]]*\]")
ABBREVIATION_END = LazyPattern(
    rf"(?<![^\W\d_])(?:{alternation({term.rsplit(' ', 1)[-1].removesuffix('.') for term in DOCUMENT_GENRES + GENRE_HEADS if term.endswith('.')})})$",
    re.IGNORECASE)
"""A genre that ends in the word of an abbreviation whose period the area took."""
LEGISLATION = re.compile(rf"(?:{alternation(LEGISLATION_GENRES)})(?![^\W\d_])", re.IGNORECASE)
ADOPTION = re.compile(rf"{optional_space_before(':')}\s(?=(?:{alternation(ADOPTION_STEMS)})[^\W\d_]*\.?\s)")
"""The colon before an act's statements of adoption with no genre before them:
"инвестиционный кодекс республики Беларусь : принят палатой представителей 30 мая 2001
г.: одобр. советом респ. …", "инструкция по исполнительному производству : утв. М-вом
юстиции респ. Беларусь 20.12.04"."""

_ADOPTED = r"[Пп]ринят[аоы]?|[Пп]рийнят(?:ий|а|о|і)|[Уу]твержд[её]н[аоы]?|[Зз]атверджен[аоий]?"
"""The participles of an act's adoption and approval written out, Russian and Ukrainian."""
_DAY_OF_ADOPTION = rf"(?<!\d)\d{{1,2}}(?:\s[^\W\d_]+\.?\s|\.\d{{1,2}}\.){PRINTED_YEAR}(?!\d)"
"""The day an act was adopted: "12 декабря 1993", "12.12.1993"."""
ADOPTION_AFTER_PERIOD = LazyPattern(
    rf"\.\s(?=(?=[ПУЗ])(?:{_ADOPTED})\s.*?{_DAY_OF_ADOPTION}.*$)")
"""The statement of an act's adoption as a sentence of its own after the title, its
participle capitalized, as notes print the Constitution: "Конституция РФ. Принята
всенародным голосованием 12 декабря 1993 г." (the dev set's batch 32, a law faculty's
list), the statement GOST 7.1-2003 clause 5.2.5 prints after " : " (ADOPTION); only the
participle written out and the day of adoption in the sentence ("12 декабря 1993 г.",
"12.12.1993"), so that a title's second sentence that opens with another word, or with
the participle and no such date, stays (kept in `note`, as ADOPTION's)."""

ADOPTION_IN_PARENTHESES = LazyPattern(
    rf"\s\((?P<statement>(?:{_ADOPTED})\s[^()]*?{_DAY_OF_ADOPTION}[^()]*)\)$")
"""The same statement in lower case in parentheses closing the title, as law students'
lists and legal sites print the Constitution: "Конституция Российской Федерации
(принята всенародным голосованием 12.12.1993 с изменениями, одобренными в ходе
общероссийского голосования 01.07.2020) // Официальный интернет-портал правовой
информации" (a course paper's list), "… (принята всенародным голосованием 12.12.1993)
(с учетом поправок, внесенных Законами РФ …)" (a regional body's site)."""


QUOTED_TITLE_THEN = re.compile(r"(?P<title>«[^«»]+»)[.,]\s(?P<rest>[^«»:\d]+)")
"""A title in quotation marks, then a period or a comma and more words in the same area,
as informal notes print other title information: «Труд в СССР». Экономико-статистический
справочник; «О культуре театра и поисках нового». Сб. статей. Words with a number are no
genre: an imprint the grammar left in the title («…». Стенографический отчет, М, 1921)."""


def _ends_with_genre_written_out(title: str) -> bool:
    """Whether `title` ends with one of GENRES_WRITTEN_OUT, or with one and a body's
    acronym after it (GENRE_WITHOUT_COLON's cheap first test)."""
    if title.endswith(GENRES_WRITTEN_OUT):
        return True
    head, _, last = title.rpartition(" ")
    return BODY_ACRONYM.fullmatch(last) is not None and head.endswith(GENRES_WRITTEN_OUT)


def take_genre(title: str, fields: dict[str, object]) -> tuple[str, str]:
    """The title without a genre that follows it after ":", and the statements after
    the genre (for `note`); the genre and a law's number go into `fields`. A title in
    quotation marks is closed by them: a genre after its period or comma is read as
    after ":", the whole rest being the genre, and the marks are dropped (else the
    title stays as printed)."""
    quoted = QUOTED_TITLE_THEN.fullmatch(title) if title[:1] == "«" else None
    if quoted:
        found: dict[str, object] = {}
        rest, statements = take_genre(f"{quoted['title']} : {quoted['rest']}", found)
        if rest == quoted["title"] and not statements and "genre" in found:
            fields.update(found)
            return rest[1:-1], ""  # the quotation marks delimited the title, as in
            # the informal forms (biblio.parse.informal)
    match = GENRE.search(title) if ":" in title else None  # most titles have no colon
    if ":" in title:  # the first genre: ": науч.-попул. журн. : [офиц. сайт]"
        match = QUALIFIED_GENRE.search(title, 0, match.start() if match else len(title)) \
            or match
    if match is None:
        adoption = ADOPTION.search(title) if ":" in title else None
        if adoption is None and ". " in title and ("рин" in title or "тв" in title):
            adoption = ADOPTION_AFTER_PERIOD.search(title)
        if adoption is None and title.endswith(")") and ("рин" in title or "тв" in title):
            enclosed = ADOPTION_IN_PARENTHESES.search(title)
            if enclosed:  # the parentheses enclose the statement, which keeps none
                return title[: enclosed.start()].rstrip(), enclosed["statement"]
        if adoption:  # the statements go to `note`, the title is the act's
            statements = title[adoption.end():].strip(" :")
            approval = ACT_DETAILS.search(statements)
            source = ACT_SOURCE.match(statements, approval.end()) if approval else None
            if source and "container-title" not in fields:  # "затв. Указом … від 17
                fields["container-title"] = source["source"]  # квіт. 2002 р. No 347. Освіта"
                fields[ACT_ADOPTED] = True
                statements = statements[: source.start()]
            return title[: adoption.start()].rstrip(), statements
        after_period = GENRE_AFTER_PERIOD.search(title) if ". " in title else None
        if after_period is None and ". " in title:
            after_period = QUALIFIED_GENRE_AFTER_PERIOD.search(title)
        if after_period is None and ". " in title and ("борник" in title or "бірник" in title
                                                       or "Сб. " in title or "Зб. " in title):
            after_period = DEDICATED_COLLECTION.search(title)
        if after_period is None and _ends_with_genre_written_out(title):
            after_period = GENRE_WITHOUT_COLON.search(title)
        if after_period:
            fields["genre"] = after_period["genre"]
            body = after_period.groupdict().get("body")
            return title[: after_period.start()].rstrip(), body or ""
        return title, ""
    genre = match["genre"].strip()
    numbering = ""
    volumes = VOLUMES_AFTER_GENRE.search(genre) if ". " in genre else None
    if volumes:  # back to the title block
        genre, numbering = genre[: volumes.start()], genre[volumes.start():]
    if match["bracket"]:
        genre = genre.removesuffix("]").strip()
    genre = BRACKETED.sub("", genre).strip()
    if match.end() == len(title) and ABBREVIATION_END.search(genre):
        genre += "."  # "навч. посіб" at the end of the title area: its period ended the area
    details = ACT_DETAILS.search(genre) if LEGISLATION.match(genre) else None
    after_number = ""
    if details:
        if details["number"]:
            fields["number"] = details["number"]
        dated = next((group for group in ("date", "date_after", "date_only") if details[group]),
                     None)
        date = full_date(details[dated].strip()) if dated else None
        # the date as printed, with its "от" or "від": "від 12.01.2017 р."
        printed = f"{genre[: details.start(dated)].split()[-1]} {details[dated].strip()}" \
            if date else ""
        if date and "issued" not in fields:  # the act's own date: the work's until a
            fields["issued"] = date          # host's publication date is read
            fields[ACT_DATE] = printed
        elif date:  # the publication's area, read first: "… від 12.01.2017 р. № 40.
            published = fields["issued"]  # Офіційний вісник України. 2017. № 20."
            fields["issued"] = date
            publication_or_act_date(fields, published, printed)
            if fields["issued"] is date:  # a day read after the year may still replace it
                fields[ACT_DATE] = printed
        source = ACT_SOURCE.match(genre, details.end())
        if source and "container-title" not in fields:
            fields["container-title"] = source["source"]
        elif not details["date_only"]:  # "№ 3266-1 (ред. от 28.07.2012)": kept in `note`
            after_number = genre[details.end():].strip(" .")
        genre = genre[: details.start()].strip()
    fields["genre"] = genre
    statements = title[match.end():].strip(" :")
    if statements and not after_number and VOLUMES_STATEMENT.fullmatch(statements):
        numbering, statements = f"{numbering} : {statements}", ""
    if after_number:
        statements = f"{after_number}; {statements}" if statements else after_number
    return title[: match.start()].rstrip() + numbering, statements


def cut_statements(genre: str) -> tuple[str, str]:
    """A thesis genre up to its first ":" ("дис. … д-ра экон. наук: защищена 25.03.93"),
    and the date of defence or the code of the speciality after it (for `note`)."""
    statement = STATEMENT.search(genre)
    if statement is None:
        return genre, ""
    return genre[: statement.start()].strip(), genre[statement.end():].strip()


def is_legislation(genre: object) -> bool:
    return isinstance(genre, str) and LEGISLATION.match(genre) is not None


def collection_type(genre: object) -> str | None:
    """"paper-conference" or "chapter" when `genre` says the work is a meeting's
    proceedings or a collection ("матеріали … конф.", "сб. науч. тр."), else None."""
    if not isinstance(genre, str) or not COLLECTION_GENRE.match(genre):
        return None
    return "paper-conference" if MEETING.search(genre) else "chapter"


def take_proceedings(title: str, fields: dict[str, object]) -> str:
    """The title without the statement of a meeting's proceedings that ends it (": матеріали
    Міжнар. наук.-практ. конф., м. Київ, 27—28 січ. 2017 р."), which goes to `genre`: where
    no "//" marks the proceedings, the statement marks them (DSTU 8302:2015); after "//" it
    is the host's other title information, which says what kind of document the host is."""
    match = PROCEEDINGS_GENRE.search(title) if ":" in title else None
    if match is None:
        return title
    fields["genre"] = match["genre"].strip()
    return title[: match.start()].rstrip()


def publication_or_act_date(fields: dict[str, Any], published: Date, act_date: str) -> None:
    """The law as published, not as signed: the host's date is `issued`, the act's own date
    as printed ("федер. закон от 27 июля 2006 г. № 149-ФЗ // Российская газета. 2006. 29
    июля", a Ukrainian act's "від …") kept in `note`; a host that gives only the act's year (a law gazette's volume: "Собрание
    законодательства РФ. 2004. № 46") leaves the act's full date, which says more."""
    signed = fields.get("issued")
    if isinstance(signed, Date) and published.parts == [[signed.year]]:
        return
    fields["issued"] = published
    add_note(fields, act_date)
