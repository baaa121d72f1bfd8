"""Where a title ends in the notes Russian historians write (issue 9, session 33): the
boundary signals a title ran on over. Each form is tested on its printed form and on
others typed as real sources type it, with other names and numbers than the dev row that
led to it; the expected values are read off the text by hand."""

from __future__ import annotations

from typing import Any

import pytest

from biblio import parse_footnotes
from biblio.formats.csljson import item_to_json


def _item(text: str) -> dict[str, Any]:
    return _cited(text)[0]


def _cited(text: str) -> tuple[dict[str, Any], str | None]:
    """The note's first item and the place it cites in it."""
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return item_to_json(document.items[cite.item]), cite.locator


@pytest.mark.parametrize(("text", "title", "host"), [
    # a reading page's retyping of a book's «…» as '…' (dev ru-fn-1227's form)
    ("Иванов И. И. Заметки о прозе.- 'Вопросы литературы', 1968, № 3, с. 60.",
     "Заметки о прозе", "Вопросы литературы"),
    ("Петров П. Из дневника. — 'Русская старина', 1890, № 5, с. 112.",
     "Из дневника", "Русская старина"),
])
def test_a_host_in_straight_single_quotes_is_read_as_in_guillemets(
        text: str, title: str, host: str) -> None:
    """A Cyrillic note typed with straight single quotes and no «N» reads as one typed
    with «…»: the quotes are the note's punctuation, not the host's name."""
    item = _item(text)
    assert (item["title"], item["container-title"]) == (title, host)


def test_an_apostrophe_inside_a_word_is_no_quotation_mark() -> None:
    item = _item("Крип'якевич І. П. Історія України. Львів, 1990. С. 5.")
    assert item["author"][0]["family"] == "Крип'якевич"
    assert (item["title"], item["publisher-place"]) == ("Історія України", "Львів")


@pytest.mark.parametrize(("text", "title", "host", "year", "page"), [
    # Soviet commentaries cite a journal of annual pagination by its year and page alone
    ("Петров П. Воспоминания. — «Нива», 1890, стр. 45–47.",
     "Воспоминания", "Нива", 1890, "45–47"),
    ("Сомов В. Пародия на прозу.- 'Вопросы литературы', 1968, с. 60.",
     "Пародия на прозу", "Вопросы литературы", 1968, "60"),
    # and an almanac's supplement, by its page alone (dev ru-fn-1227's form)
    ("Отрывок из записок 1828 года. – “Прибавление к Северной пчеле на 1830 год”, с. 10-32.",
     "Отрывок из записок 1828 года", "Прибавление к Северной пчеле на 1830 год", None,
     "10-32"),
])
def test_a_quoted_serial_after_the_dash_with_its_page_is_the_host(
        text: str, title: str, host: str, year: int | None, page: str) -> None:
    """". — «Journal», 1890, стр. 45": a name in quotes after the areas' dash, then its
    year and page or the page alone, is the serial the article is in, as it is before an
    issue's number ("— «Аполлон», 1909, № 2, стр. 8")."""
    item, locator = _cited(text)
    assert (item["title"], item["container-title"], locator) == (title, host, page)
    assert item.get("issued") == ({"date-parts": [[year]]} if year else None)


def test_an_unquoted_place_after_the_dash_stays_the_imprint() -> None:
    item = _item("Петров П. Воспоминания. — М., 1890, стр. 45.")
    assert (item["title"], item["publisher-place"]) == ("Воспоминания", "Москва")
    assert "container-title" not in item


@pytest.mark.parametrize(("text", "title", "publisher"), [
    # a Soviet note (dev ru-fn-796's form), and typed with other quotes and house words
    ("«XV съезд партии», изд. Госиздата, стр. 12.", "XV съезд партии", "изд. Госиздата"),
    ('"Стенографический отчет съезда", изд. ВЦСПС, стр. 101.',
     "Стенографический отчет съезда", "изд. ВЦСПС"),
    ("“Отчет Наркомзема за 1925 год”, издание Наркомзема, с. 7.",
     "Отчет Наркомзема за 1925 год", "издание Наркомзема"),
])
def test_a_publisher_after_the_quoted_title_ends_it(
        text: str, title: str, publisher: str) -> None:
    """«Title», изд. X: the note's quotes close the title, and the house's word after the
    comma opens the publisher, as in the imprint «М., изд. ВЦСПС, 1926»."""
    item = _item(text)
    assert (item["title"], item["publisher"]) == (title, publisher)


@pytest.mark.parametrize(("text", "title", "volume", "note"), [
    # a 19th-century edition cited by its title and volume (dev ru-fn-1432's form)
    ("«Полное собрание русских летописей», т. III, Новгородская летопись. СПб., 1841, "
     "стр. 12.", "Полное собрание русских летописей", "III", "Новгородская летопись"),
    ("\"Сборник Русского исторического общества\", т. VII, Бумаги Екатерины. СПб., 1871, "
     "с. 5.", "Сборник Русского исторического общества", "VII", "Бумаги Екатерины"),
])
def test_a_volume_after_the_quoted_title_ends_it(
        text: str, title: str, volume: str, note: str) -> None:
    """«Title», т. II, the volume's own title: the volume is read, its title kept."""
    item = _item(text)
    assert (item["title"], item["volume"], item["note"]) == (title, volume, note)


def test_a_title_that_goes_on_after_a_quoted_name_keeps_it() -> None:
    item = _item("«Слово о полку Игореве» и памятники Куликовского цикла. М.; Л., 1966.")
    assert item["title"] == "«Слово о полку Игореве» и памятники Куликовского цикла"


@pytest.mark.parametrize(("text", "title", "host"), [
    # a Belarusian linguist's notes (dev ru-fn-2684's form), and other typings of it
    ("Петров П. П. Заметки о говорах, в сб.: Вопросы диалектологии. Л., 1970, с. 12–20.",
     "Заметки о говорах", "Вопросы диалектологии"),
    ("Сидоров С. С., Очерк истории края, в кн.: «Труды краеведов», т. 2, Киев, 1928.",
     "Очерк истории края", "Труды краеведов"),
    ("Иванов И. И. Статья о языке. – в кн.: Языки народов Кавказа, т. 1, М., 1967, с. 5.",
     "Статья о языке", "Языки народов Кавказа"),
])
def test_a_host_after_lower_case_in_book_is_read(text: str, title: str, host: str) -> None:
    """«, в кн.:» and «— в сб.:» in lower case open the host as «— В кн.:» does (GOST
    7.1-84's form, which Soviet notes run on after a comma)."""
    item = _item(text)
    assert (item["type"], item["title"], item["container-title"]) == ("chapter", title, host)


@pytest.mark.parametrize(("text", "title", "volume", "place"), [
    # older notes number a serial's volumes in Roman figures with no term (dev
    # ru-fn-727's form), after a comma or as a sentence of its own
    ("Пушкинский сборник, III. Псков, 1968, стр. 12.", "Пушкинский сборник", "III", "Псков"),
    ("Летописный сборник. IV. Одесса, 1960. С. 33.", "Летописный сборник", "IV", "Одесса"),
    ("Труды отдела древнерусской литературы, XII. Москва, 1956. С. 40.",
     "Труды отдела древнерусской литературы", "XII", "Москва"),
])
def test_a_roman_volume_without_its_term_ends_the_title(
        text: str, title: str, volume: str, place: str) -> None:
    item = _item(text)
    assert (item["title"], item["volume"], item["publisher-place"]) == (title, volume, place)


def test_a_roman_volume_keeps_its_own_title() -> None:
    item = _item("Тютчевский сборник, II. Статьи о жизни и творчестве поэта. Таллин, 1999.")
    assert (item["title"], item["volume"], item["volume-title"]) == \
        ("Тютчевский сборник", "II", "Статьи о жизни и творчестве поэта")


@pytest.mark.parametrize("text", [
    "Указы Петра I. М., 1960.",
    "Записки о Полтавской губ., ч. III, стр. 14.",
])
def test_a_regnal_number_or_a_termed_part_is_no_bare_volume(text: str) -> None:
    assert "volume" not in _item(text)


@pytest.mark.parametrize(("text", "title", "date", "edition", "page"), [
    # a Soviet monograph's notes on a composer's letters (dev ru-fn-2658's form), and the
    # same form with other writers, «года», a title written out and «с.»
    ("Письмо Н. А. Римскому-Корсакову 5 мая 1875 года. Летопись моей музыкальной жизни, "
     "с. 120.", "Письмо Н. А. Римскому-Корсакову", [1875, 5, 5],
     "Летопись моей музыкальной жизни", "120"),
    ("Записка Ц. Кюи 2 февраля 1869 г. Избранные письма, стр. 34.", "Записка Ц. Кюи",
     [1869, 2, 2], "Избранные письма", "34"),
    ("Письмо А. П. Бородину 30 июня 1872 г. ПиД, стр. 215–216.", "Письмо А. П. Бородину",
     [1872, 6, 30], "ПиД", "215–216"),
])
def test_a_dated_letter_then_the_edition_it_is_printed_in(
        text: str, title: str, date: list[int], edition: str, page: str) -> None:
    """A letter's date with no «от» closes its title ("Письмо X 5 мая 1875 г."), and the
    title with its page after it is the edition the letter is in, as after «//»."""
    item, locator = _cited(text)
    assert (item["title"], item["container-title"], locator) == (title, edition, page)
    assert item["issued"] == {"date-parts": [date]}


def test_a_dated_letter_in_an_archive_keeps_its_archive() -> None:
    item = _item("Письмо В. Стасову 5 мая 1875 г. ГАРФ. Ф. 1. Оп. 2. Д. 3. Л. 4.")
    assert (item["title"], item["archive"]) == ("Письмо В. Стасову", "ГАРФ")
    assert item["issued"] == {"date-parts": [[1875, 5, 5]]}


def test_an_act_is_not_dated_without_its_ot() -> None:
    # the year names the act, as GOST R 7.0.5 prints «Указ 1714 года»: only «от» dates it
    item = _item("Указ 12 марта 1714 года. М., 1950.")
    assert item["title"] == "Указ 12 марта 1714 года"
