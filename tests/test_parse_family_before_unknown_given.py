"""Two Cyrillic words the given-name tables lack, ordered by the ending of men's given
names (`names.GIVEN_NAME_ENDING`): "-ий"/"-ей" on the second word only puts the family
first, as GOST headings print it. Real forms: ru-fn-1428 (batch 19, a history of the
Slavs and their neighbours) and ru-fn-1497 (batch 19, a book on the patristic heresies),
values read off by hand; the other side: the given-first names of ru-fn-019 and ru-fn-241,
a family of the adjectival type, a rank before a monastic name."""

from __future__ import annotations

import pytest

from biblio.model import Name
from biblio.parse.gost import parse_reference
from biblio.parse.names import parse_full_name_heading


@pytest.mark.parametrize(("text", "family", "given"), [
    ("Тацит Корнелий. О происхождении германцев и местоположении Германии // Корнелий "
     "Тацит. Сочинения в двух томах. М., 1970. Т. 1.", "Тацит", "Корнелий"),  # ru-fn-1428
    ("Тьерри Амадей. Ересиархи V века: Несторий и Евтихий. С. 241.",
     "Тьерри", "Амадей"),                                                     # ru-fn-1497
])
def test_a_given_name_ending_second_puts_the_family_first(
        text: str, family: str, given: str) -> None:
    assert parse_reference(text).fields["author"] == [Name(family=family, given=given)]


@pytest.mark.parametrize(("text", "family", "given"), [
    ("Мерль Файнсод. Смоленск при советской власти.", "Файнсод", "Мерль"),      # ru-fn-019
    ("Данило Самойлович. Избранные произведения.", "Самойлович", "Данило"),     # ru-fn-241
    ("Корней Чуковский. Дневник. М., 1990.", "Чуковский", "Корней"),  # "-кий": an adjective's ending
])
def test_given_first_stays_where_the_second_word_ends_otherwise(
        text: str, family: str, given: str) -> None:
    assert parse_reference(text).fields["author"] == [Name(family=family, given=given)]


@pytest.mark.parametrize(("text", "family", "given"), [
    # a Roman praenomen before a nomen in -ий/-ей (session 30 review)
    ("Авл Геллий. Аттические ночи. СПб., 2007. С. 12.", "Геллий", "Авл"),
    ("Гней Помпей. Письма. М., 1900. С. 5.", "Помпей", "Гней"),
    # a Ukrainian adjectival family in -овий (Mykola Khvylovy)
    ("Микола Хвильовий. Твори. Київ, 1990. С. 3.", "Хвильовий", "Микола"),
])
def test_a_praenomen_or_an_adjectival_family_stays_given_first(
        text: str, family: str, given: str) -> None:
    assert parse_reference(text).fields["author"] == [Name(family=family, given=given)]


def test_a_rank_before_a_monastic_name_is_not_made_the_family() -> None:
    name, _ = parse_full_name_heading("Игумен Иларий. Записки.")
    assert name is None or name.family != "Игумен"
