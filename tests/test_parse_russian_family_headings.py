"""A heading of the family name alone, as notes of history books shorten it (repeats of
a work by its author, or translated books that name authors so); which one-word heading
is a family is told by the endings of Russian family names (values checked by hand
against the notes they come from: tests/data/dev, batches 4 and 5)."""

from __future__ import annotations

from biblio.model import Name
from biblio.parse.gost import parse_reference
from biblio.parse.names import parse_family_heading


def test_family_alone_then_the_page_is_a_short_form_of_the_authors_work() -> None:
    reference = parse_reference("Хлевнюк. С. 77.")
    assert reference.fields["author"] == [Name(family="Хлевнюк")]
    assert "title" not in reference.fields
    assert reference.short
    assert (reference.label, reference.locator) == ("page", "77")


def test_family_alone_then_a_short_title_and_page() -> None:
    reference = parse_reference("Зимин. Реформы, с. 295-296.")
    assert reference.fields["author"] == [Name(family="Зимин")]
    assert reference.fields["title"] == "Реформы"
    assert reference.locator == "295-296"


def test_family_alone_heads_a_full_reference() -> None:
    reference = parse_reference(
        "Голубинский. История канонизации святых в русской церкви. 2-е изд. Москва, 1903.")
    assert reference.fields["author"] == [Name(family="Голубинский")]
    assert reference.fields["title"] == "История канонизации святых в русской церкви"
    assert reference.fields["edition"] == "2"
    assert reference.fields["publisher-place"] == "Москва"


def test_places_written_out_and_joined_by_a_comma() -> None:
    reference = parse_reference(
        "Дмитриева. Сказание о князьях Владимирских. Москва, Ленинград, 1955.")
    assert reference.fields["author"] == [Name(family="Дмитриева")]
    assert reference.fields["title"] == "Сказание о князьях Владимирских"
    assert reference.fields["publisher-place"] == "Москва; Ленинград"


def test_a_latin_word_is_left_a_title() -> None:
    assert parse_family_heading("Stalin. Paradoxes of Power, 1878–1928. New York, 2014.") \
        == (None, 0)
    reference = parse_reference("Relations. P. 1.")
    assert "author" not in reference.fields


def test_one_word_titles_are_no_family_names() -> None:
    assert parse_family_heading("Лубянка. Сталин и ВЧК — НКВД. С. 22.") == (None, 0)
    assert parse_family_heading("Правда. 1939. 24 авг.") == (None, 0)
    assert parse_family_heading("Известия. 1937. 12 июня.") == (None, 0)


def test_a_place_or_a_repeat_word_is_no_family_name() -> None:
    assert parse_family_heading("Ленинград. Путеводитель. Л., 1970.") == (None, 0)
    assert parse_family_heading("Саратов. Энциклопедия. Саратов, 2001.") == (None, 0)
    assert parse_family_heading("Ibid. P. 5.") == (None, 0)


def test_a_word_with_a_family_ending_before_an_imprint_alone_is_a_title() -> None:
    # a heading names the author of a work printed after it; with only "М., 1700." after
    # it, the word is the work ("Советская", "Ковальская" as one-word titles)
    for text, place in (("Советская. М., 1700.", "Москва"),
                        ("Ковальская. СПб.: Наука, 1990.", "Санкт-Петербург")):
        reference = parse_reference(text)
        assert "author" not in reference.fields
        assert reference.fields["title"] == text.partition(".")[0]
        assert reference.fields["publisher-place"] == place


def test_a_letter_spaced_family_is_joined() -> None:
    """Batch 11 (I. F. Ushakov's literature list on Kola, 1983, as OCR read its spaced
    headings): the groups of letters of one family before the initials are one name."""
    for text, family, given, title in (
            ("В ерещагин В. П. Очерки Архангельской губернии. Спб., 1849.",
             "Верещагин", "В. П.", "Очерки Архангельской губернии"),
            ("Д у ры л и н С. И. За полуночным солнцем: По Лапландии пешком и на лодке. М., 1913.",
             "Дурылин", "С. И.", "За полуночным солнцем: По Лапландии пешком и на лодке"),
            ("Ж уко вски й А. Т. Кольский Воскресенский собор XVII века. Спб., 1861.",
             "Жуковский", "А. Т.", "Кольский Воскресенский собор XVII века")):
        reference = parse_reference(text)
        assert [(name.family, name.given) for name in reference.fields["author"]] == \
            [(family, given)], text
        assert reference.fields["title"] == title, text


def test_words_before_initials_are_no_spaced_family() -> None:
    """A title that opens with a preposition and words stays a title: its pieces are
    words ("В работе", "О том и сем")."""
    for text in ("В работе И. П. Павлова. М., 1950.", "О том и сем Б. Н. Чичерина. М., 1950."):
        reference = parse_reference(text)
        assert not reference.fields.get("author"), text
        assert reference.fields["title"] == text.split(". М.")[0], text


def test_a_double_family_joined_by_an_en_dash() -> None:
    """Batch 9's «Новиков–Прибой А. С. Цусима» (a book on the Russian navy): the en dash
    typeset where the hyphen of a double family belongs; the second written so."""
    for text, family, title in (
            ("Новиков–Прибой А. С. Цусима. М., Госиздат, 1954. С. 345.", "Новиков–Прибой",
             "Цусима"),
            ("Мамин–Сибиряк Д. Н. Приваловские миллионы. М., 1950.", "Мамин–Сибиряк",
             "Приваловские миллионы")):
        reference = parse_reference(text)
        assert reference.fields["author"][0].family == family, text
        assert reference.fields["title"] == title, text


def test_heading_inverted_with_the_given_name_in_full_and_one_period() -> None:
    """GOST 7.1-2003 5.1.2 lets the heading give the name in full, after a comma."""
    for text, family, given, title in (
            ("Шпринц, Лев. Книга художника: от миллионных тиражей – к единичным "
             "экземплярам. М., 2000.", "Шпринц", "Лев",
             "Книга художника: от миллионных тиражей – к единичным экземплярам"),
            ("Толстой, Лев. Война и мир. М., 1980. Т. 1. С. 5.", "Толстой", "Лев",
             "Война и мир"),
            ("Рябов, Юрий. Богохранимая страна. М., 2003.", "Рябов", "Юрий",
             "Богохранимая страна")):
        reference = parse_reference(text)
        assert reference.fields["author"] == [Name(family=family, given=given)], text
        assert reference.fields["title"] == title


def test_heading_inverted_with_the_given_name_and_patronymic_in_full() -> None:
    """The same heading with the patronymic, as dissertation catalogues (dissercat) and
    journals' Chicago lines print it (tests/data/dev ru-gost-833, 835, 401): the name
    is the heading's, not the title's first words."""
    for text, family, given, title in (
            ("Кичигин, Дмитрий Евгеньевич. Поздний бронзовый - ранний железный века "
             "северо-западного побережья озера Байкал: по материалам стоянок: дис. кандидат "
             "исторических наук: 07.00.06 - Археология. Иркутск. 2012. 426 с.",
             "Кичигин", "Дмитрий Евгеньевич",
             "Поздний бронзовый - ранний железный века северо-западного побережья озера "
             "Байкал: по материалам стоянок"),
            ("Сущий, Сергей Яковлевич. Сфера межнациональных взаимодействий и управленческие "
             "практики региональных властей (опыт Юга России). Гуманитарий Юга России 22, "
             "no. 6 (декабрь 4, 2016): 48-54. просмотрено ноябрь 22, 2024. "
             "https://jour.fnisc.ru/index.php/hsr/article/view/4774.",
             "Сущий", "Сергей Яковлевич", None),
            ("Филинов, Николай Борисович. Двенадцатая Международная научная конференция "
             "Высшей школы экономики. Российский журнал менеджмента. 2011. Т. 9, № 2. "
             "С. 145–150.", "Филинов", "Николай Борисович",
             "Двенадцатая Международная научная конференция Высшей школы экономики")):
        reference = parse_reference(text)
        assert reference.fields["author"] == [Name(family=family, given=given)], text
        if title is not None:  # the CSL line's title is cut from its journal downstream
            assert reference.fields["title"] == title
        assert not reference.fields.get("title", "").startswith(family)


def test_a_comma_and_two_words_without_a_patronymic_stay_in_the_title() -> None:
    """Without a known given name or a patronymic the words after the comma are not a
    name: "Москва, Красная площадь." opens a title."""
    reference = parse_reference("Москва, Красная площадь. Путеводитель. М., 1985. 64 с.")
    assert "author" not in reference.fields


def test_family_alone_a_comma_and_the_page() -> None:
    """The repeat by the family and the page after a comma: ru-fn-1452 (batch 19, the notes
    of a translated history of ancient Russia) and ru-fn-1541 (batch 21, the editors' notes
    to Dostoevsky's letters); "и далее" is "и сл." written out."""
    reference = parse_reference("Толстов, с. 155 и далее.")
    assert reference.fields["author"] == [Name(family="Толстов")]
    assert "title" not in reference.fields
    assert reference.short
    assert (reference.label, reference.locator) == ("page", "155 и далее")
    reference = parse_reference("Милюков, стр. 192–200.")  # ru-fn-1541's, its dash typed
    assert reference.fields["author"] == [Name(family="Милюков")]
    assert (reference.label, reference.locator) == ("page", "192–200")


def test_a_one_word_title_a_comma_and_the_page_stays_a_title() -> None:
    for text in ("Лубянка, с. 22.", "Правда, с. 3.", "Stalin, p. 5."):
        assert "author" not in parse_reference(text).fields, text


def test_a_family_a_comma_and_a_bare_number_is_not_read_as_the_repeat() -> None:
    """A bare number after the comma is as often a title's volume: only a pinpoint with
    its word makes the repeat."""
    assert "author" not in parse_reference("Соловьев, 155.").fields
