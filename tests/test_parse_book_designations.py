"""«Кн.» and «Вып.» read as what they number: a multipart book's volume where no volume is printed
(GOST 7.1-2003 clause 5.4's physical unit), a journal volume's issue (its «книжка»); a
book of a volume stays the part. Values read off the printed references by hand."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.designations import designations
from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "volume"), [
    ("Ключевский В.О. Курс русской истории. — М., 1904. — Кн. II. — С. 118.", "II"),
    ("Карамзин Н. М. История государства Российского. — М., 1989. — Кн. 3. — С. 40.", "3"),
    ("Костомаров Н. И. Русская история в жизнеописаниях её главнейших деятелей. — М., "
     "1990. — Кн. І. — С. 215.", "І"),
    ("Забелин И. Е. Домашний быт русского народа. М., 1915. Книга 2. С. 77.", "2"),
])
def test_a_books_designation_with_no_volume_is_its_volume(text: str, volume: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["volume"] == volume
    assert "part-number" not in reference.fields
    assert designations(reference.fields)["volume"] in ("Кн.", "Книга")


def test_a_books_own_title_after_its_designation_is_the_volume_title() -> None:
    reference = parse_reference("Герцен А. И. Былое и думы. – М., 1982. – Кн.4: Лондон")
    assert (reference.fields["volume"], reference.fields["volume-title"]) == ("4", "Лондон")


@pytest.mark.parametrize(("text", "volume", "issue"), [
    ("Петров А. Н. О холере в Саратове // Журнал Министерства внутренних дел. — 1848. — "
     "Т. XXIII. — Кн. 2. — С. 15-40.", "XXIII", "2"),
    ("Сидоров И. Заметки // Русский вестник. 1862. Т. 38. Кн. 4. С. 601–620.", "38", "4"),
])
def test_a_book_of_a_journals_volume_is_its_issue(text: str, volume: str, issue: str) -> None:
    reference = parse_reference(text)
    assert (reference.fields["volume"], reference.fields["issue"]) == (volume, issue)
    assert designations(reference.fields) == {"volume": "Т.", "issue": "Кн."}


@pytest.mark.parametrize("text", [
    "Толстой Л. Н. Полн. собр. соч. М., 1952. Т. 46. Кн. 2. С. 84.",
    "Письмо А. Блока // Литературное наследство. Т. 92. Кн. 3. М., 1982. С. 544.",
])
def test_a_book_of_a_printed_volume_stays_the_part(text: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["part-number"].startswith("Кн.")
    assert "issue" not in reference.fields


@pytest.mark.parametrize(("text", "volume", "word"), [
    # a book published in parts, its «выпуск» the volume (no host, no volume printed)
    ("Барсуков А. П. Род Шереметевых. Вып. 3. СПб., 1883. С. 214.", "3", "Вып."),
    ("Доклады и сообщения. — Вып. II. — Л. : Наука, 1969. — 240 с.", "II", "Вып."),
    ("Історія міст і сіл. Вип. 4 / ред. П. Тронько. — К. : Наук. думка, 1972. — 310 с.",
     "4", "Вип."),
])
def test_an_issue_term_of_a_book_with_no_volume_is_its_volume(text: str, volume: str,
                                                             word: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["volume"] == volume and "issue" not in reference.fields
    assert designations(reference.fields) == {"volume": word}


@pytest.mark.parametrize(("text", "issue"), [
    ("Соколов Н. Раскопки // Советская археология. 1958. Вып. 4. С. 10–21.", "4"),
    ("Иванов П. Очерк // Известия ОЛЯ. 1965. Т. XXIV. Вып. 3. С. 337.", "3"),
])
def test_an_issue_term_in_a_host_stays_the_issue(text: str, issue: str) -> None:
    assert parse_reference(text).fields["issue"] == issue


@pytest.mark.parametrize(("text", "volume", "page"), [
    # a short form repeats the work with its book and page alone (a museum history's notes,
    # the dev set's batch 43: «Дневник Орешникова. Кн. 2. С. 331.»)
    ("Записки Болотова. Кн. 3. С. 118.", "3", "118"),
    ("Соловьев С. М. История России. Кн. IV. С. 502.", "IV", "502"),
])
def test_a_short_forms_book_with_no_imprint_is_its_volume(text: str, volume: str,
                                                          page: str) -> None:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    item = document.items[cite.item]
    assert item.fields["volume"] == volume and "part-number" not in item.fields
    assert cite.locator == page


def test_an_issue_term_of_a_title_with_no_imprint_stays_the_issue() -> None:
    # a journal cited by its title alone: «Вып.» is its issue
    document = parse_footnotes(["Исторический вестник. Вып. 7. С. 40."])
    item = document.items[document.notes[0].cites[0].item]
    assert item.fields["issue"] == "7" and "volume" not in item.fields


def test_a_reading_with_its_year_in_parentheses_keeps_its_imprint() -> None:
    # the imprint «М. (1959)» is not a short form's: the book is left as the grammar reads it
    document = parse_footnotes(
        ["Ключевский В. О. Курс русской истории. — М. (1956). — Кн. II. — С. 40."])
    item = document.items[document.notes[0].cites[0].item]
    assert item.fields["publisher-place"] == "Москва"
    assert item.fields["issued"].parts[0][0] == 1956
