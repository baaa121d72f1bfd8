"""What GOST notes left out of what the parser reads (session 27): a law gazette's issue and
article, a standard's designation, a Ukrainian act's date, a published document's date;
and a document's date Chicago printed twice.

Each expected note is written by hand from the form the clause or the dev set's sources
print (tests/data/dev/ru-gost-examples.jsonl, ru-footnotes.jsonl, split dev), not copied
from biblio's output.
"""

from __future__ import annotations

from typing import Any

import pytest

import biblio
from biblio.formats.csljson import item_from_json
from biblio.model import Cite, Document, Note
from citeproc_js import needs_citeproc_js
from test_gost_citeproc_js import zotero


def rendered(csl: dict[str, Any], style: str = "gost", *, locator: str | None = None,
             label: str | None = None, repeat: bool = False) -> list[str]:
    """The notes of one item cited once, or twice apart (a later repeat)."""
    item = item_from_json({"id": "it", **csl}, "it")
    notes = [Note(n=1, cites=[Cite("it", locator=locator, label=label)])]
    if repeat:
        other = item_from_json({"id": "other", "type": "book", "language": "ru",
                                "title": "Другая книга", "issued": {"date-parts": [[2000]]}},
                               "other")
        notes += [Note(n=2, cites=[Cite("other")]), Note(n=3, cites=[Cite("it")])]
        document = Document(notes=notes, items={"it": item, "other": other})
    else:
        document = Document(notes=notes, items={"it": item})
    result = biblio.render(document, style=style)
    return list(result.notes)


def gazette_law(title: str, genre: str, number: str, container: str, issue: str,
                *issued: int, language: str = "ru") -> dict[str, Any]:
    return {"type": "legislation", "language": language, "title": title, "genre": genre,
            "number": number, "container-title": container, "issue": issue,
            "issued": {"date-parts": [list(issued)]}}


# A law gazette's issue and article. GOST R 7.0.5-2008's example of a decree in the
# Russian law gazette, quoted by a university library's guide (ru-gost-036): «… : указ
# Президента РФ от 12 мая 2008 г. № 724 // Собрание законодательства РФ. - 2008. - № 20. -
# Ст. 2290.»; ru-gost-678 and ru-gost-679 (another guide) the same with «№ 46 (Ч.1). – Ст.
# 4494». «Ст.» is GOST R 7.0.12-2011's «статья», capitalized after the period; the issue
# is the serial's «№», as the style prints it for a journal.

@pytest.mark.parametrize("csl, locator, printed", [
    (gazette_law("Вопросы системы и структуры федеральных органов исполнительной власти",
                 "указ Президента РФ", "724", "Собрание законодательства РФ", "20",
                 2008, 5, 12), "2290",
     "Вопросы системы и структуры федеральных органов исполнительной власти: указ "
     "Президента РФ от 12 мая 2008 г. № 724 // Собрание законодательства РФ. 2008. № 20. "
     "Ст. 2290."),
    (gazette_law("О приеме в гражданство Российской Федерации",
                 "Указ Президента Российской Федерации", "1459",
                 "Собрание законодательства Российской Федерации", "47", 2004, 11, 18), "4645",
     "О приеме в гражданство Российской Федерации: Указ Президента Российской Федерации от "
     "18 ноября 2004 г. № 1459 // Собрание законодательства Российской Федерации. 2004. "
     "№ 47. Ст. 4645."),
])
def test_a_law_in_its_gazette_prints_the_issue_and_the_article(csl, locator, printed):
    assert rendered(csl, locator=locator, label="section") == [printed]


@pytest.mark.parametrize("container, year, issue, articles, printed", [
    # ru-fn-644 (a teaching complex's notes): «Собрание законодательства РФ. 2013. № 19. Ст. 2305.»
    ("Собрание законодательства РФ", 2013, "19", "2305",
     "Собрание законодательства РФ. 2013. № 19. Ст. 2305."),
    # ru-fn-071 (a book on the 1920s): «СУ РСФСР. 1922. № 4. Ст. 44.»
    ("СУ РСФСР", 1922, "4", "44", "СУ РСФСР. 1922. № 4. Ст. 44."),
    # ru-fn-640: two articles of one issue, «1988. № 49. Ст. 727, 729.»
    ("Ведомости Съезда народных депутатов СССР и Верховного Совета СССР", 1988, "49",
     "727, 729", "Ведомости Съезда народных депутатов СССР и Верховного Совета СССР. 1988. "
     "№ 49. Ст. 727, 729."),
])
def test_a_gazette_issue_cited_whole_prints_its_number_and_article(
        container, year, issue, articles, printed):
    csl = {"type": "periodical", "language": "ru", "title": container, "issue": issue,
           "issued": {"date-parts": [[year]]}}
    assert rendered(csl, locator=articles, label="section") == [printed]


@pytest.mark.parametrize("csl, printed", [
    # ru-fn-1431 «"Полтавские Губернские Ведомости", 1839 г., № 5, стр. 34» (a local history)
    ({"type": "book", "language": "ru", "title": "Полтавские Губернские Ведомости",
      "issue": "5", "issued": {"date-parts": [[1839]]}},
     "Полтавские Губернские Ведомости. 1839. № 5. С. 34."),
    # ru-gost-1124 «(Відомості Верховної Ради (ВВР), 2017, № 38-39, ст.380)»: a double issue
    ({"type": "book", "language": "uk", "title": "Відомості Верховної Ради",
      "issue": "38-39", "issued": {"date-parts": [[2017]]}},
     "Відомості Верховної Ради. 2017. № 38-39. С. 34."),
])
def test_an_issue_read_into_a_work_without_host_is_not_lost(csl, printed):
    """The parser may give a serial's issue to an item it types `book`; the number is
    printed after the year, as for a serial cited whole."""
    assert rendered(csl, locator="34", label="page") == [printed]


def test_a_section_of_another_work_keeps_its_term():
    """«Ст.» is the article of a law or a law gazette only: a book's section stays «разд.»
    (the CSL ru-RU locale's term)."""
    csl = {"type": "book", "language": "ru", "title": "Очерки", "issued": {"date-parts": [[1990]]}}
    assert rendered(csl, locator="3", label="section") == ["Очерки. 1990. разд. 3."]


# An act's statements of adoption, other title information after its genre and number
# (GOST 7.1-2003, 5.2.5's examples «: федер. закон : [принят Гос. Думой 24 нояб. 1995 г. :
# одобр. Советом Федерации …]», «: утв. М-вом юстиции …»): the parser keeps them in `note`
# (parse.genres), the style printed none. GOST R 7.0.5-2008's example as a guide quotes it
# (ru-gost-018): «О противодействии терроризму: федер. закон Рос. Федерации от 06.03.2006 г.
# No 35-ФЗ: принят Гос. Думой Федер. Собр. Рос. Федерации 26.02.2006 г. : одобр. Советом
# Федерации Федер. Собр. Рос. Федерации 01.04. 2006 г. // Рос. газета …»; a Belarusian
# instruction (ru-gost-584, «: утв. М-вом юстиции респ. Беларусь 20.12.04. – Минск : дикта,
# 2005.»); a Ukrainian one (ru-gost-541, DSTU 8302:2015's text, «: затв. Указом Президента
# України від 17 квіт. 2002 р. No 347»).

def test_a_laws_statements_of_adoption_follow_its_number():
    csl = gazette_law("О противодействии терроризму", "федер. закон Рос. Федерации", "35-ФЗ",
                      "Рос. газета", "", 2006, 3, 6)
    del csl["issue"]
    csl["note"] = ("принят Гос. Думой Федер. Собр. Рос. Федерации 26.02.2006 г. : одобр. "
                   "Советом Федерации Федер. Собр. Рос. Федерации 01.04. 2006 г.")
    assert rendered(csl) == [
        "О противодействии терроризму: федер. закон Рос. Федерации от 6 марта 2006 г. "
        "№ 35-ФЗ: принят Гос. Думой Федер. Собр. Рос. Федерации 26.02.2006 г. : одобр. "
        "Советом Федерации Федер. Собр. Рос. Федерации 01.04. 2006 г. // Рос. газета. 2006."]


@pytest.mark.parametrize("csl, printed", [
    ({"type": "book", "language": "ru", "title": "Инструкция по исполнительному производству",
      "note": "утв. М-вом юстиции респ. Беларусь 20.12.04", "publisher-place": "Минск",
      "publisher": "Дикта", "issued": {"date-parts": [[2005]]}},
     "Инструкция по исполнительному производству: утв. М-вом юстиции респ. Беларусь 20.12.04. "
     "Минск: Дикта, 2005."),
    ({"type": "legislation", "language": "uk", "title": "Національна доктрина розвитку освіти",
      "note": "затв. Указом Президента України від 17 квіт. 2002 р. No 347",
      "container-title": "Освіта", "issued": {"date-parts": [[2002]]}},
     "Національна доктрина розвитку освіти: затв. Указом Президента України від 17 квіт. "
     "2002 р. No 347 // Освіта. 2002."),
])
def test_an_approved_document_prints_its_approval(csl, printed):
    assert rendered(csl) == [printed]


def test_a_note_that_is_no_statement_of_adoption_stays_unprinted():
    """«ред. от 25.06.2012» (ConsultantPlus's state of the text) is not GOST's statement."""
    csl = gazette_law("О защите прав потребителей", "Закон РФ", "2300-1", "СЗ РФ", "15",
                      1992, 2, 7)
    csl["note"] = "ред. от 25.06.2012"
    assert rendered(csl) == ["О защите прав потребителей: Закон РФ от 7 февраля 1992 г. "
                             "№ 2300-1 // СЗ РФ. 1992. № 15."]


# A standard is headed by its designation: GOST R 7.0.5-2008's example as a university
# library quotes it (ru-gost-020) «ГОСТ Р 7.0.4–2006. Издания. Выходные сведения. Общие
# требования и правила оформления. М., 2006.», and GOST 7.1-2003's description of a
# standard; the same in a labour-protection course (ru-gost-943, «ГОСТ 12.1.012-90. …») and a
# Belarusian thesis standard (ru-gost-579, «СТБ 6.38-2004. …»).

@pytest.mark.parametrize("number, title, place, year, printed", [
    ("ГОСТ Р 7.0.4–2006", "Издания. Выходные сведения. Общие требования и правила оформления",
     "М.", 2006, "ГОСТ Р 7.0.4–2006. Издания. Выходные сведения. Общие требования и правила "
                 "оформления. М., 2006."),
    ("ГОСТ 12.1.012-90", "ССБТ. Вибрационная безопасность. Общие требования", "М.", 1990,
     "ГОСТ 12.1.012-90. ССБТ. Вибрационная безопасность. Общие требования. М., 1990."),
    ("СТБ 6.38-2004", "Унифицированные системы документации Республики Беларусь", "Минск",
     2005, "СТБ 6.38-2004. Унифицированные системы документации Республики Беларусь. "
           "Минск, 2005."),
])
def test_a_standard_is_headed_by_its_designation(number, title, place, year, printed):
    csl = {"type": "standard", "language": "ru", "number": number, "title": title,
           "publisher-place": place, "issued": {"date-parts": [[year]]}}
    assert rendered(csl) == [printed]


# A Ukrainian act dated by `issued` alone gets its date as DSTU 8302:2015 prints it, «від»,
# the day, the month abbreviated by DSTU 3582:2013, «р.»: «затв. Указом Президента України
# від 17 квіт. 2002 р. No 347» (ru-gost-541, DSTU 8302:2015's text), «наказом М-ва фінансів
# України від 20 квіт. 2015 р. № 449» (ru-gost-798), «Закон України, 20 січ. 2005 р.
# №2384-IV» (ru-gost-722, a library's ISBD export).

@pytest.mark.parametrize("date, written", [
    ((2017, 1, 12), "від 12 січ. 2017 р."),
    ((2008, 5, 12), "від 12 трав. 2008 р."),
    ((2015, 4, 20), "від 20 квіт. 2015 р."),
    ((1993, 12, 23), "від 23 груд. 1993 р."),
])
def test_a_ukrainian_act_dated_by_its_day_prints_vid_and_the_dstu_month(date, written):
    csl = gazette_law("Про затвердження Вимог до оформлення дисертації",
                      "наказ Міністерства освіти і науки України", "40",
                      "Офіційний вісник України", "20", *date, language="uk")
    assert rendered(csl, locator="136", label="page") == [
        f"Про затвердження Вимог до оформлення дисертації: наказ Міністерства освіти і науки "
        f"України {written} № 40 // Офіційний вісник України. {date[0]}. № 20. С. 136."]


def test_a_ukrainian_archival_document_takes_the_ukrainian_month():
    """ru-gost-653's «ІІ Універсал Української Центральної Ради. 3 липня 1917 р. // ЦДАВО
    України …», as a Ukrainian item: «3 лип. 1917» (DSTU 3582:2013), not the Russian «июля»;
    no «р.», as the Russian date has no «г.» (docs/rendering.md, session 26)."""
    csl = {"type": "manuscript", "language": "uk", "title": "ІІ Універсал Української "
           "Центральної Ради", "issued": {"date-parts": [[1917, 7, 3]]},
           "archive": "ЦДАВО України", "archive_location": "ф. 1115, оп. 1, спр. 5"}
    assert rendered(csl) == ["ІІ Універсал Української Центральної Ради, 3 лип. 1917 // "
                             "ЦДАВО України. Ф. 1115. Оп. 1. Спр. 5."]


# A document published in a dated collection: the parser keeps the collection's year in
# `issued` and the document's date as printed in `note` (tests/data/dev/README.md, session
# 26); GOST notes print the title as the source gives it (GOST 7.1-2003, 4.8.3), with its
# date: ru-fn-1302 «Письмо Г.Д. Гребенщикова И.А. Бунину от 31 июля 1940 г. // С двух
# берегов … М., 2002. С. 256-257.»; a date after a comma, as the parser reads
# «Постановление …, 7 сентября 1917 г. // …» (parse.gost's DOCUMENT_DATE).

@pytest.mark.parametrize("title, note, printed_title", [
    ("Письмо Г.Д. Гребенщикова И.А. Бунину", "от 31 июля 1940 г.",
     "Письмо Г.Д. Гребенщикова И.А. Бунину от 31 июля 1940 г."),
    ("Постановление Временного правительства", "7 сентября 1917 г.",
     "Постановление Временного правительства, 7 сентября 1917 г."),
    # the day in both calendars, as the parser keeps it printed ("от 4 (17) ноября 1917 г.")
    ("Обращение к населению", "от 4 (17) ноября 1917 г.",
     "Обращение к населению от 4 (17) ноября 1917 г."),
])
def test_a_document_in_a_dated_collection_prints_its_own_date(title, note, printed_title):
    csl = {"type": "chapter", "language": "ru", "title": title, "note": note,
           "container-title": "С двух берегов", "publisher-place": "М.",
           "issued": {"date-parts": [[2002]]}}
    assert rendered(csl, locator="256", label="page") == [
        f"{printed_title} // С двух берегов. М., 2002. С. 256."]


def test_a_repeat_of_a_dated_document_names_it_by_its_title():
    """GOST R 7.0.5-2008, 8.4: a later repeat gives the main title; the date is not made
    part of it."""
    csl = {"type": "chapter", "language": "ru", "title": "Письмо Бунину",
           "note": "от 31 июля 1940 г.", "container-title": "С двух берегов",
           "issued": {"date-parts": [[2002]]}}
    assert rendered(csl, repeat=True)[2] == "Письмо Бунину."


def test_a_chapter_note_that_is_no_date_stays_unprinted():
    csl = {"type": "chapter", "language": "ru", "title": "Состав посольских книг",
           "note": "Академия наук СССР, Институт истории СССР",
           "container-title": "Исследования", "issued": {"date-parts": [[1983]]}}
    assert rendered(csl) == ["Состав посольских книг // Исследования. 1983."]


# An article's statement of responsibility: GOST 7.1-2003's analytic description gives it
# after the article's title, before "//" ("Заглавие / сведения об ответственности //
# Источник"); four or more authors go there (4.10.1–4.10.2: «/ В. Восканян [и др.]»), as in
# a book's note. ru-fn-1921 (a newspaper, four authors: «Восканян В., Соловьев А., Уваров
# И., Устинов Д. О единоначалии и правах директора // Правда. 1940. 10 сентября.») printed
# no author at all; a journal article's translator was lost the same way.

def test_an_article_with_four_authors_names_the_first_after_its_title():
    authors = [{"family": family, "given": given} for family, given in
               (("Восканян", "В."), ("Соловьев", "А."), ("Уваров", "И."), ("Устинов", "Д."))]
    csl = {"type": "article-newspaper", "language": "ru", "author": authors,
           "title": "О единоначалии и правах директора", "container-title": "Правда",
           "issued": {"date-parts": [[1940, 9, 10]]}}
    assert rendered(csl) == [
        "О единоначалии и правах директора / В. Восканян [и др.] // Правда. 1940. 10 сент."]


def test_an_articles_translator_follows_its_title():
    csl = {"type": "article-journal", "language": "ru", "author": [{"family": "Смит",
                                                                    "given": "Дж."}],
           "title": "Статья", "translator": [{"family": "Иванов", "given": "И. И."}],
           "container-title": "Вопросы истории", "issue": "8",
           "issued": {"date-parts": [[1999]]}}
    assert rendered(csl) == ["Смит Дж. Статья / пер. И. И. Иванова // Вопросы истории. "
                             "1999. № 8."]


# An archive cited without search data: the dev set's footnotes name an archive alone
# (ru-fn-605 «Архив Музея Н. Островского в Москве.», ru-fn-730 «ЦГАЛИ.», ru-fn-733 «Архив
# Н.П. Ильина (Москва).», from different books) or a document in it without fond or file
# (ru-fn-606 «… — Переписка И. Островского и Л. В. Беренфус.»). The style printed «[CSL
# STYLE ERROR: reference with no printed form.]» for the first and dropped the archive
# from the second; it now gives the archive as archival search data begin (GOST R
# 7.0.5-2008, 11.4: title // archive).

@pytest.mark.parametrize("csl, printed", [
    ({"type": "manuscript", "language": "ru", "archive": "Архив Музея Н. Островского в Москве"},
     "Архив Музея Н. Островского в Москве."),
    ({"type": "manuscript", "language": "ru", "archive": "Архив Музея Н. Островского в Москве",
      "title": "Переписка И. Островского и Л. В. Беренфус"},
     "Переписка И. Островского и Л. В. Беренфус // Архив Музея Н. Островского в Москве."),
    ({"type": "personal_communication", "language": "ru", "archive": "ЦГАЛИ",
      "title": "Письмо", "issued": {"date-parts": [[1906, 9, 12]]}},
     "Письмо, 12 сент. 1906 // ЦГАЛИ."),
])
def test_an_archive_without_search_data_is_printed(csl, printed):
    assert rendered(csl) == [printed]


def test_a_leaf_of_an_archive_named_alone_is_written_as_archival_data():
    csl = {"type": "manuscript", "language": "ru", "archive": "ЦГАЛИ", "title": "Переписка"}
    assert rendered(csl, locator="5", label="folio") == ["Переписка // ЦГАЛИ. Л. 5."]


def test_a_book_with_an_archive_field_stays_a_book():
    """Zotero's "Archive" of a book (where a copy is kept) does not make it archival."""
    csl = {"type": "book", "language": "ru", "title": "Очерки", "archive": "РГБ",
           "issued": {"date-parts": [[1990]]}}
    assert rendered(csl) == ["Очерки. 1990."]


# Chicago printed a document's date twice when its title holds it: a letter's date
# written into its title (Zotero's title as the archive's catalogue gives it) and in its
# date field. CMOS 17's note to a letter in a manuscript collection gives the date once,
# after the description ("Mairin Mitchell to Desmond Ryan, 2 February 1940, UCDA …", as
# University College Dublin's CMOS 17 guide quotes the form); biblio leaves `issued` out
# where the title ends with its year, as GOST does.

@pytest.mark.parametrize("csl, printed", [
    ({"type": "personal_communication", "language": "en",
      "title": "Letter to Lord Halifax, 12 September 1938",
      "issued": {"date-parts": [[1938, 9, 12]]}, "archive": "TNA",
      "archive_location": "FO 371/21742"},
     "“Letter to Lord Halifax, 12 September 1938,” FO 371/21742, TNA."),
    ({"type": "manuscript", "language": "en", "title": "Report on the situation, 1938",
      "issued": {"date-parts": [[1938]]}, "archive": "TNA",
      "archive_location": "FO 371/21742"},
     "“Report on the Situation, 1938,” FO 371/21742, TNA."),
])
def test_chicago_prints_a_document_date_the_title_holds_once(csl, printed):
    assert rendered(csl, "chicago") == [printed]


def test_chicago_still_dates_a_letter_whose_title_has_no_date():
    csl = {"type": "personal_communication", "language": "en", "title": "Letter to Lord Halifax",
           "issued": {"date-parts": [[1938, 9, 12]]}, "archive": "TNA",
           "archive_location": "FO 371/21742"}
    assert rendered(csl, "chicago") == [
        "“Letter to Lord Halifax,” September 12, 1938, FO 371/21742, TNA."]


@needs_citeproc_js
def test_citeproc_js_prints_the_same_notes_from_the_style(tmp_path):
    """Zotero's processor, given the items as biblio prepares them, prints the same notes:
    the issue, «Ст.» (a locator condition and a term of the style's Russian locale), a
    statement of adoption (`references`), the standard's heading, an archive without
    search data, an article's four authors."""
    law = gazette_law("Вопросы системы", "указ Президента РФ", "724",
                      "Собрание законодательства РФ", "20", 2008, 5, 12)
    law["note"] = "одобр. Советом Федерации 1 марта 2008 г."
    standard = {"type": "standard", "language": "ru", "number": "ГОСТ 12.1.012-90",
                "title": "Вибрационная безопасность", "publisher-place": "М.",
                "issued": {"date-parts": [[1990]]}}
    archive = {"type": "manuscript", "language": "ru", "archive": "ЦГАЛИ", "title": "Переписка"}
    article = {"type": "article-newspaper", "language": "ru", "title": "О единоначалии",
               "author": [{"family": family, "given": "А."} for family in
                          ("Восканян", "Соловьев", "Уваров", "Устинов")],
               "container-title": "Правда", "issued": {"date-parts": [[1940, 9, 10]]}}
    items = {key: item_from_json({"id": key, **csl}, key) for key, csl in
             (("law", law), ("std", standard), ("arch", archive), ("art", article))}
    document = Document(notes=[Note(n=1, cites=[Cite("law", locator="2290", label="section")]),
                               Note(n=2, cites=[Cite("std")]),
                               Note(n=3, cites=[Cite("arch", locator="5", label="folio")]),
                               Note(n=4, cites=[Cite("art")])], items=items)
    expected = ["Вопросы системы: указ Президента РФ от 12 мая 2008 г. № 724: одобр. Советом "
                "Федерации 1 марта 2008 г. // Собрание законодательства РФ. 2008. № 20. Ст. 2290.",
                "ГОСТ 12.1.012-90. Вибрационная безопасность. М., 1990.",
                "Переписка // ЦГАЛИ. Л. 5.",
                "О единоначалии / А. Восканян [и др.] // Правда. 1940. 10 сент."]
    assert list(biblio.render(document, style="gost").notes) == expected
    # citeproc-js drops the space before "[и др.]", its known departure (docs/rendering.md,
    # "In Zotero's processor"; test_gost_citeproc_js.CITEPROC_JS_ONLY)
    assert [note.replace("Восканян[и др.]", "Восканян [и др.]")
            for note in zotero(document, tmp_path).notes] == expected
