"""Russian references as library guides and books print them (issue 9): genres, laws,
informal footnotes, typed area punctuation. Each expectation is read off the reference
by hand, by GOST 7.1-2003 and R 7.0.5-2008 (and the project's gold rules for places)."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.formats.csljson import item_to_json
from biblio.model import Document
from biblio.parse import parse_footnotes
from biblio.parse.gost import parse_reference
from biblio.parse.partial import REPAIRED


def parse(text: str) -> tuple[dict[str, Any], Any, Document]:
    document = parse_footnotes([text])
    note = document.notes[0]
    assert note.leftover == []
    cite = note.cites[0]
    return item_to_json(document.items[cite.item]), cite, document


def test_textbook_genre_after_colon_leaves_the_title() -> None:
    item, _, _ = parse("Махонина С.Я. История русской журналистики начала XX века : учеб. "
                       "пособие. М.: Флинта, 2011. 240 с.")
    assert item["title"] == "История русской журналистики начала XX века"
    assert item["genre"] == "учеб. пособие"
    assert item["type"] == "book"
    assert item["number-of-pages"] == "240"


def test_genre_word_in_capitals_is_a_genre_too() -> None:
    item, _, _ = parse("Карлик А. Е. Экономика предприятия: Учебник. М.: ИНФРА-М, 2004. 432 с.")
    assert (item["title"], item["genre"]) == ("Экономика предприятия", "Учебник")


def test_a_subtitle_that_is_not_a_genre_stays_in_the_title() -> None:
    item, _, _ = parse("Ирихин В. Ю. Сколько граней у реальности? : филос. аспект физики. "
                       "Екатеринбург, 2004.")
    assert item["title"] == "Сколько граней у реальности? : филос. аспект физики"
    assert "genre" not in item


def test_federal_law_in_a_newspaper_is_legislation_with_its_number() -> None:
    item, _, _ = parse("Об информации, информационных технологиях и о защите информации "
                       "[Текст]: федер. закон от 27 июля 2006 г. № 149-ФЗ // Российская "
                       "газета. -2006. - 29 июля.- С. 14.")
    assert item["type"] == "legislation"
    assert item["title"] == "Об информации, информационных технологиях и о защите информации"
    assert item["genre"] == "федер. закон"
    assert item["number"] == "149-ФЗ"
    assert item["container-title"] == "Российская газета"
    assert item["issued"] == {"date-parts": [[2006, 7, 29]]}


def test_decree_keeps_its_issuer_in_the_genre() -> None:
    item, _, _ = parse("Вопросы системы и структуры федеральных органов исполнительной "
                       "власти: указ Президента РФ от 12 мая 2008 г. № 724 // Собрание "
                       "законодательства РФ. 2008. № 20.")
    assert (item["type"], item["genre"], item["number"]) == (
        "legislation", "указ Президента РФ", "724")
    assert item["issue"] == "20"


def test_thesis_genre_stops_before_the_date_of_defence() -> None:
    item, _, _ = parse("Цэрэнпил Д. Финансово-кредитные методы : дис. … д-ра экон. наук: "
                       "защищена 25.03.93 г. Иркутск, 1993. 296 с.")
    assert item["type"] == "thesis"
    assert item["genre"] == "дис. … д-ра экон. наук"
    assert item["note"] == "защищена 25.03.93 г."


def test_an_article_range_is_its_page_and_the_cite_locator() -> None:
    item, cite, _ = parse("Корявко В.И. Эволюция форм применения объединений ВМФ // Воен. "
                          "мысль. 2006. № 4. С. 64-67.")
    assert item["page"] == "64-67"
    assert cite.locator == "64-67"


def test_a_single_page_after_an_article_is_only_the_locator() -> None:
    item, cite, _ = parse("Орлов А. Сталин и Гитлер // Родина. 1991. № 6–7. С. 18.")
    assert "page" not in item
    assert cite.locator == "18"


def test_latin_c_typed_for_the_page_term() -> None:
    document = parse_footnotes(["Шевченко В. Н. Триангуляции // Дискретная оптимизация. "
                                "Новосибирск, 2010. C. 75–81."])
    note = document.notes[0]
    item = item_to_json(document.items[note.cites[0].item])
    assert item["page"] == "75–81"
    assert [(leftover.text, leftover.reason) for leftover in note.leftover] == [
        ("C", REPAIRED)]  # the Latin "C" as printed, reported


def test_pinpoint_after_the_year_with_a_comma() -> None:
    item, cite, _ = parse("Материалы по истории СССР. Т. 7. М., 1959, с.24.")
    assert (item["title"], item["volume"], item["publisher-place"]) == (
        "Материалы по истории СССР", "7", "Москва")
    assert item["issued"] == {"date-parts": [[1959]]}
    assert cite.locator == "24"


def test_quoted_newspaper_with_its_day() -> None:
    item, cite, _ = parse("«Правда» от 30 сентября 1928.")
    assert (item["type"], item["title"]) == ("periodical", "Правда")
    assert item["issued"] == {"date-parts": [[1928, 9, 30]]}
    assert cite.locator is None


def test_quoted_journal_issue_year_and_page_joined_by_commas() -> None:
    item, cite, _ = parse("«Большевик», №№13–14, 1928, с.46–47.")
    assert (item["title"], item["issue"]) == ("Большевик", "13–14")
    assert item["issued"] == {"date-parts": [[1928]]}
    assert cite.locator == "46–47"


def test_quoted_journal_with_a_month_before_the_year() -> None:
    item, cite, _ = parse("«Социалистический вестник», №6, март, 1979, с.11.")
    assert (item["title"], item["issue"], cite.locator) == ("Социалистический вестник", "6", "11")
    assert item["issued"] == {"date-parts": [[1979, 3]]}  # the month kept, not dropped
    item, cite, _ = parse("«Новый журнал», № 12, Октябрь, 1948, с. 201.")
    assert (item["issue"], item["issued"], cite.locator) == (
        "12", {"date-parts": [[1948, 10]]}, "201")


@pytest.mark.parametrize(("text", "days"), [
    ("«Известия» от 12 и 13 января 1928", [[1928, 1, 12], [1928, 1, 13]]),
    ("«Правда» от 5–7 мая 1925.", [[1925, 5, 5], [1925, 5, 7]]),
])
def test_quoted_newspaper_of_two_days_or_a_run_of_days(text: str, days: list) -> None:
    """The issues of two days or of a run cited at once: dated from the first day to the
    last, as CSL dates a range; the second day was dropped silently."""
    item, _, _ = parse(text)
    assert (item["type"], item["issued"]) == ("periodical", {"date-parts": days})


def test_collected_works_cited_by_the_author_alone() -> None:
    item, cite, _ = parse("И.Сталин, т. 11, с.15–16.")
    assert item["author"] == [{"family": "Сталин", "given": "И."}]
    assert item["volume"] == "11"
    assert cite.locator == "15–16"


def test_cited_by_lead_in_with_a_period() -> None:
    item, cite, _ = parse("Цит. по. Флоренский П. А. У водоразделов мысли. М., 1990. Т. 2. С. 27.")
    assert cite.prefix == "Цит. по."
    assert item["author"] == [{"family": "Флоренский", "given": "П. А."}]
    assert item["title"] == "У водоразделов мысли"


def test_standard_designation_is_its_number() -> None:
    item, _, _ = parse("ГОСТ Р 7.0.4–2006. Издания. Выходные сведения. Общие требования и "
                       "правила оформления. М., 2006. 43 с.")
    assert (item["type"], item["number"]) == ("standard", "ГОСТ Р 7.0.4–2006")
    assert item["title"] == "Издания. Выходные сведения. Общие требования и правила оформления"
    assert item["publisher-place"] == "Москва"


def test_patent_number_publication_date_and_inventor() -> None:
    item, _, _ = parse("Приемопередающее устройство: пат. 2187888 Рос. Федерация: МПК7 Н 04 J "
                       "13/00 / Чугаева В.И.; заявитель и патентообладатель Воронеж. "
                       "науч.-исслед. ин-т связи. № 2000131736/09; заявл. 18.12.00; опубл. "
                       "20.08.02, Бюл. № 23 (II ч.). 3 с.: ил.")
    assert (item["type"], item["title"], item["number"]) == (
        "patent", "Приемопередающее устройство", "2187888")
    assert item["issued"] == {"date-parts": [[2002, 8, 20]]}
    assert item["author"] == [{"family": "Чугаева", "given": "В.И."}]
    assert item["number-of-pages"] == "3"


def test_legislative_heading_is_the_authority_not_the_title() -> None:
    item, _, _ = parse("Российская Федерация. Конституция (1993). Конституция Российской "
                       "Федерации [Текст]: офиц. текст. - М.: Маркетинг, 2001.- 39 с.")
    assert item["authority"] == "Российская Федерация. Конституция (1993)"
    assert (item["title"], item["genre"]) == ("Конституция Российской Федерации", "офиц. текст")
    assert (item["publisher"], item["number-of-pages"]) == ("Маркетинг", "39")


def test_archival_document_with_its_author_and_genre_before_the_archive() -> None:
    item, cite, _ = parse("Розанов И.Н. Как создавалась библиотека Исторического музея: докл. "
                          "на заседании Ученого совета 30 июня 1939 г. // ГАРФ. Ф. А-513. Оп. 1. "
                          "Д. 12. Л. 14.")
    assert item["author"] == [{"family": "Розанов", "given": "И.Н."}]
    assert item["title"] == "Как создавалась библиотека Исторического музея"
    assert item["genre"] == "докл. на заседании Ученого совета 30 июня 1939 г."
    assert (item["archive"], item["archive_location"]) == ("ГАРФ", "ф. А-513, оп. 1, д. 12")
    assert cite.locator == "14"



@pytest.mark.parametrize(("text", "title", "note"), [
    # the file's year stated: the document's date stays in its title, the genre apart
    ("Письмо от 4 (17) ноября 1917 г. : докл. // ГАРФ. Ф. 1. Оп. 1. Д. 1. 1917 г. Л. 2.",
     "Письмо от 4 (17) ноября 1917 г.", None),
    # no year: the date is issued, the date as printed and the other statement both kept
    ("Письмо от 4 (17) ноября 1917 г. : докл. : машинопись // ГАРФ. Ф. 1. Оп. 1. Д. 1. Л. 2.",
     "Письмо", "4 (17) ноября 1917 г.; машинопись"),
])
def test_an_archival_documents_genre_and_notes_are_kept_once(
        text: str, title: str, note: str | None) -> None:
    """Constructed from the form above (a document with its date and genre before the
    archive): the title had taken the genre back beside `genre`, and the statement after
    the genre replaced the note that kept the printed date."""
    item, _, _ = parse(text)
    assert (item["title"], item["genre"], item.get("note")) == (title, "докл.", note)

def test_a_document_noun_before_initials_opens_a_title_not_a_heading() -> None:
    item, _, _ = parse("Письмо Г.В. Чичерина в ЦК РКП(б). 20 марта 1922 г. // АП РФ. Ф. 3. "
                       "Оп. 1. Д. 2. Л. 3.")
    assert "author" not in item
    assert item["title"] == "Письмо Г.В. Чичерина в ЦК РКП(б)"  # its day is `issued`


def test_initials_first_author_closed_by_a_period() -> None:
    item, cite, _ = parse("О. В. Хлевнюк. Сталин и Орджоникидзе. Конфликты в Политбюро в 1930-е "
                          "годы. — М.: Россия молодая, 1993. С. 115.")
    assert item["author"] == [{"family": "Хлевнюк", "given": "О. В."}]
    assert item["title"] == "Сталин и Орджоникидзе. Конфликты в Политбюро в 1930-е годы"
    assert (item["publisher"], cite.locator) == ("Россия молодая", "115")


def test_initials_before_a_title_that_goes_on_are_not_an_author() -> None:
    item, _, _ = parse("В. И. Ленин и ВЧК. Сб. док. М., 1987. С. 507.")
    assert "author" not in item
    assert item["title"].startswith("В. И. Ленин и ВЧК")


def test_quoted_book_title_with_place_and_year() -> None:
    item, _, _ = parse("О. А. Ерманский. «Научная организация труда и система Тейлора», М., 1922.")
    assert item["author"] == [{"family": "Ерманский", "given": "О. А."}]
    assert (item["title"], item["publisher-place"]) == (
        "Научная организация труда и система Тейлора", "Москва")
    assert item["issued"] == {"date-parts": [[1922]]}


@pytest.mark.parametrize(("text", "title", "place", "publisher", "pages"), [
    # notes of a book on Bulgakov (dev set batch 17): the publisher in quotes after a colon
    ("«Воспоминания о Ю. Тынянове», М.: «Советский писатель», 1983, с.53",
     "Воспоминания о Ю. Тынянове", "Москва", "Советский писатель", "53"),
    # notes of a Soviet book on the economy (batch 13): two places, the publisher, pages
    ("«Сборник руководящих материалов по капитальному строительству». М. — Куйбышев, "
     "Госпланиздат, 1942, стр. 38, 39.",
     "Сборник руководящих материалов по капитальному строительству", "Москва; Куйбышев",
     "Госпланиздат", "38, 39"),
])
def test_quoted_book_title_with_its_publisher(text: str, title: str, place: str,
                                              publisher: str, pages: str) -> None:
    item, cite, _ = parse(text)
    assert (item["title"], item["publisher-place"], item["publisher"]) == (title, place,
                                                                          publisher)
    assert cite.locator == pages


def test_a_genre_after_a_quoted_title_is_not_a_place() -> None:
    """«…». Стенографический отчет, М, 1921 (batch 13): after the period no imprint starts."""
    document = parse_footnotes(["«Восьмой Всероссийский Съезд Советов рабочих, крестьянских, "
                                "красноармейских и казачьих депутатов». Стенографический "
                                "отчет, М, 1921, стр. 174."])
    item = document.items[document.notes[0].cites[0].item]
    assert item["publisher-place"] == "Москва"


def test_part_after_the_year_with_a_comma() -> None:
    item, _, _ = parse("Бычков А. Ф. Описание рукописных сборников. СПб., 1882, ч. 1.")
    assert (item["title"], item["publisher-place"]) == ("Описание рукописных сборников",
                                                        "Санкт-Петербург")
    assert item["issued"] == {"date-parts": [[1882]]}


def test_place_and_year_after_a_closing_parenthesis_without_a_period() -> None:
    item, cite, _ = parse("Берхин И. Б. Военная реформа в СССР (1924–1925) М., 1958. С. 60.")
    assert item["title"] == "Военная реформа в СССР (1924–1925)"
    assert (item["publisher-place"], cite.locator) == ("Москва", "60")


def test_law_gazette_year_issue_and_article() -> None:
    item, cite, _ = parse("СЗ СССР, 1923, № 81. Ст. 782.")
    assert (item["type"], item["title"], item["issue"]) == ("periodical", "СЗ СССР", "81")
    assert item["issued"] == {"date-parts": [[1923]]}
    assert (cite.locator, cite.label) == ("782", "section")


@pytest.mark.parametrize("text, title, year, issue, articles", [
    ("СЗ РФ. 1996. № 25. Ст.2954, 2955", "СЗ РФ", 1996, "25", "2954, 2955"),
    ("Собрание законодательства РФ, 2001, № 1, ст. 2, 5.", "Собрание законодательства РФ",
     2001, "1", "2, 5"),
])
def test_law_gazette_with_a_list_of_articles(text: str, title: str, year: int, issue: str,
                                             articles: str) -> None:
    """Two articles of one issue (an act and its annex) are one locator, not a place and a
    year."""
    item, cite, _ = parse(text)
    assert (item["title"], item["issue"], item["issued"]) == (
        title, issue, {"date-parts": [[year]]})
    assert "publisher-place" not in item
    assert (cite.locator, cite.label) == (articles, "section")


def test_semicolon_between_statements_of_responsibility_keeps_one_reference() -> None:
    item, _, document = parse("Минаков И. А. Экономика сельского хозяйства / И. А. Минаков, "
                              "Н. П. Касторнов и др.; Под ред. И. А. Минакова. – М.: КолосС, "
                              "2005. – 400 с.")
    assert len(document.notes[0].cites) == 1
    assert item["editor"] == [{"family": "Минаков", "given": "И. А."}]
    assert (item["publisher"], item["number-of-pages"]) == ("КолосС", "400")


def test_semicolon_before_a_body_in_the_statement_keeps_one_reference() -> None:
    item, _, document = parse("Цэрэнпил Д. Финансово-кредитные методы : дис. … д-ра экон. наук "
                              "/ Д. Цэрэнпил ; ИИНХ. – Иркутск, 1993. – 296 с.")
    assert len(document.notes[0].cites) == 1
    assert (item["publisher-place"], item["number-of-pages"]) == ("Иркутск", "296")


def test_semicolon_before_ibid_after_a_statement_still_splits() -> None:
    document = parse_footnotes(["Сидоров С.С. Очерки. М., 1990. С. 3; Иванов И.И. Книга / под "
                                "ред. П.П. Петрова; Там же. С. 5."])
    assert len(document.notes[0].cites) == 3


def test_host_slashes_without_spaces_and_a_fond_name_in_parentheses() -> None:
    item, cite, _ = parse("Иванов И.И. Записки о «Русской старине»//ОР РНБ. Ф.608 (И. И. Иванов). "
                          "Картон 3. Ед. хр. 12. Л. 4.")
    assert item["title"] == "Записки о «Русской старине»"
    assert item["archive"] == "ОР РНБ"
    assert item["archive_location"] == "ф. 608 (И. И. Иванов), картон 3, ед. хр. 12"
    assert cite.locator == "4"


def test_slashes_inside_an_address_are_not_a_host() -> None:
    item, _, _ = parse("Официальный сайт Росстата [Электронный ресурс]. URL: "
                       "https://rosstat.gov.ru//Doc (дата обращения: 12.10.2023).")
    assert item["URL"] == "https://rosstat.gov.ru//Doc"
    assert "container-title" not in item


def test_a_standard_repeated_by_its_number_and_page() -> None:
    document = parse_footnotes(["ГОСТ Р 7.0.4–2006. Издания. Выходные сведения. М., 2006. 43 с.",
                                "ГОСТ Р 7.0.4–2006. С. 5."])
    first, second = (note.cites[0] for note in document.notes)
    assert second.item == first.item
    assert (second.form, second.locator) == ("short", "5")


def test_a_body_in_the_statement_of_responsibility_is_no_author() -> None:
    item, _, _ = parse("Цэрэнпил Д. Финансово-кредитные методы : дис. … д-ра экон. наук "
                       "/ Д. Цэрэнпил ; ИИНХ. – Иркутск, 1993. – 296 с.")
    assert item["author"] == [{"family": "Цэрэнпил", "given": "Д."}]
    assert item["note"] == "ИИНХ"


def test_semicolon_in_a_host_title_block_keeps_one_reference() -> None:
    item, _, document = parse("Дорожкина Я.Б. Выборы 1937 г. // Сибирь в XVII–XX веках: "
                              "Бахрушинские чтения 1999–2000 гг.; Межвуз. сб. науч. тр. / Под ред. "
                              "В. И. Шишкина. Новосибирск, 2002. С. 132–141.")
    assert len(document.notes[0].cites) == 1
    assert item["editor"] == [{"family": "Шишкин", "given": "В. И."}]
    assert (item["publisher-place"], item["page"]) == ("Новосибирск", "132–141")


def test_volume_after_the_title_with_a_comma() -> None:
    item, cite, _ = parse("Иванов И.И. Сочинения, т. 2. М., 1957. С. 5.")
    assert (item["title"], item["volume"], cite.locator) == ("Сочинения", "2", "5")


def test_issue_after_the_title_with_a_comma_and_a_page_after_the_year() -> None:
    item, cite, _ = parse("А. Редигер. Учебные записки по военной администрации, вып. 1. СПб., "
                          "1888, стр. 88.")
    assert item["author"] == [{"family": "Редигер", "given": "А."}]
    # a book's «вып.» with no volume is its volume, as the dev set's gold reads it
    # (parse/book_designations.py)
    assert (item["title"], item["volume"]) == ("Учебные записки по военной администрации", "1")
    assert (item["publisher-place"], cite.locator) == ("Санкт-Петербург", "88")


def test_edition_and_volume_after_a_numbers_period_are_each_read() -> None:
    reference = parse_reference("Толстой Л. Н. Собр. соч. Изд. 2. Т. 14. С. 201.")
    assert reference.fields["title"] == "Собр. соч."
    assert reference.fields["edition"] == "2"
    assert reference.fields["volume"] == "14"
    assert reference.locator == "201"


def test_a_page_whose_period_was_lost_is_still_the_pinpoint() -> None:
    item, cite, _ = parse("Шерстюк В. М. Система советского права. С 14.")
    assert item["title"] == "Система советского права"
    assert (cite.locator, cite.label) == ("14", "page")


def test_a_title_opening_with_the_preposition_s_keeps_it() -> None:
    item, cite, _ = parse("Сорокин П. А. С 1917 по 1920 год. М., 1992.")
    assert item["title"] == "С 1917 по 1920 год"
    assert cite.locator is None


def test_genre_after_the_titles_period_with_the_dates_of_its_documents() -> None:
    item, cite, _ = parse("В. И. Ленин и ВЧК. Сб. док. (1917–1922). Изд. 2-е, доп. М., 1987. "
                          "С. 507.")
    assert item["title"] == "В. И. Ленин и ВЧК"
    assert item["genre"] == "Сб. док. (1917–1922)"
    assert (item["publisher-place"], cite.locator) == ("Москва", "507")


def test_a_collections_genre_after_a_semicolon_keeps_its_first_abbreviated_word() -> None:
    # GOST 7.1-2003 prints " ; " before a collection's genre; a web reprint's line and a
    # guide print the same chapter so, without the space
    document = parse_footnotes([
        "Дорожкина Я.Б. Выборы в Верховный Совет СССР 1937 г.: Формирование окружных и "
        "участковых избирательных комиссий // Сибирь в XVII–XX веках: Проблемы политической "
        "и социальной истории: Бахрушинские чтения 1999–2000 гг.; Межвуз. сб. науч. тр. / Под "
        "ред. В. И. Шишкина. Новосибирск, 2002. C. 132–141."])
    (note,) = document.notes
    assert [leftover.reason for leftover in note.leftover] == [REPAIRED]  # the Latin "C."
    item = item_to_json(document.items[note.cites[0].item])
    assert item["container-title"] == ("Сибирь в XVII–XX веках: Проблемы политической и "
                                       "социальной истории: Бахрушинские чтения 1999–2000 гг.")
    assert item["genre"] == "Межвуз. сб. науч. тр."


def test_a_title_that_is_a_genre_word_stays_the_title() -> None:
    item, _, _ = parse("Иванов И. И. Справочник. М., 2003.")
    assert item["title"] == "Справочник"
    assert "genre" not in item
