"""Heading names with the given name written out, in either order: which word is the
family is known from the given name alone (values checked by hand)."""

from __future__ import annotations

import pytest

from biblio.model import Name
from biblio.parse.choice import read_reference
from biblio.parse.gost import parse_reference
from biblio.parse.names import parse_full_name_heading


def test_given_name_first_in_a_russian_heading() -> None:
    reference = parse_reference("Михаил Булгаков. Белая гвардия. М., 1989. С. 12.")
    assert reference.fields["author"] == [Name(family="Булгаков", given="Михаил")]
    assert reference.fields["title"] == "Белая гвардия"
    assert reference.fields["publisher-place"] == "Москва"
    assert reference.locator == "12"


def test_family_first_with_the_given_name_in_full() -> None:
    reference = read_reference("Carr Edward. The Russian Revolution. London, 1979.")
    assert reference.fields["author"] == [Name(family="Carr", given="Edward")]
    assert reference.fields["title"] == "The Russian Revolution"
    assert reference.fields["publisher-place"] == "London"


def test_given_names_and_an_initial_after_the_family() -> None:
    name, end = parse_full_name_heading("Pipes Richard E. Russia under the Old Regime.")
    assert name == Name(family="Pipes", given="Richard E.")
    assert end == len("Pipes Richard E. ")


def test_family_with_particle_then_comma_and_given_name() -> None:
    name, _ = parse_full_name_heading("Graaf de, Peter. Dutch Merchants. Leiden, 1990.")
    assert name == Name(family="Graaf de", given="Peter")


def test_a_rank_after_the_comma_is_kept_as_the_suffix() -> None:
    name, _ = parse_full_name_heading("Врангель Пётр, барон. Записки. Берлин, 1928.")
    assert name == Name(family="Врангель", given="Пётр", suffix="барон")


def test_a_title_of_two_words_with_no_given_name_is_no_heading() -> None:
    assert parse_full_name_heading("Советская Россия. 1990. 5 мая.") == (None, 0)
    assert parse_full_name_heading("Новый Мир. 1965. № 3.") == (None, 0)


def test_an_acronym_is_no_family_name() -> None:
    assert parse_full_name_heading("Иван СССР. Сборник. М., 1930.") == (None, 0)


def test_a_sentence_before_a_full_name_heading_is_the_prefix() -> None:
    reference = parse_reference("Об этом подробно писал: Иван Петров. Записки. М., 1990. С. 5.")
    assert reference.prefix == "Об этом подробно писал:"
    assert reference.fields["author"] == [Name(family="Петров", given="Иван")]
    assert reference.fields["title"] == "Записки"
    assert reference.locator == "5"


def test_a_particle_capitalised_at_the_notes_start_is_not_a_family_name() -> None:
    assert parse_full_name_heading("De Alexander Z. History. L., 1700.") == (None, 0)
    reference = parse_reference("De Alexander Z. History. L., 1700.")
    assert reference.fields["author"] == [Name(family="Alexander", given="Z.",
                                                non_dropping_particle="de")]


@pytest.mark.parametrize(("text", "family", "given", "title"), [
    ("Ин. Анненский. О современном лиризме. — «Аполлон», 1909, № 2, стр. 8.",
     "Анненский", "Ин.", "О современном лиризме"),
    ("Вл. Соловьев. Оправдание добра. М., 1996.", "Соловьев", "Вл.", "Оправдание добра"),
    ("Вс. Иванов. Бронепоезд 14-69. М., 1922.", "Иванов", "Вс.", "Бронепоезд 14-69"),
])
def test_a_given_name_abbreviated_to_two_letters_opens_an_initials_first_heading(
        text: str, family: str, given: str, title: str) -> None:
    """Russian abbreviates a given name that opens with two consonants to two letters
    ("Вл.", "Вс.", "Ин."), before the family as after it ("Горсей Дж."); batch 9 (a book on
    Blok) prints "Ин. Анненский"."""
    reference = parse_reference(text)
    assert [(name.family, name.given) for name in reference.fields["author"]] == \
        [(family, given)]
    assert reference.fields["title"] == title


@pytest.mark.parametrize("text", ["См. Иванов И. Книга. М., 1990.", "Ст. Петербург. 1995."])
def test_a_two_letter_term_is_no_given_name(text: str) -> None:
    reference = parse_reference(text)
    assert all(name.given not in ("См.", "Ст.") for name in reference.fields.get("author", []))


@pytest.mark.parametrize(("text", "family", "given", "title"), [
    # real: ru-gost-348, given name, patronymic, family
    ("Михаил Евгеньевич Ставровский. Основы функционирования систем сервиса. Учебник для "
     "вузов. М.:ЮРАЙТ, 2020", "Ставровский", "Михаил Евгеньевич",
     "Основы функционирования систем сервиса"),
    # real: ru-gost-398 and ru-gost-448 (dissertation catalogues), the family first; «Голос»
    # is a common noun, the patronymic tells it is the family
    ("Гродзинская Ирина Александровна. Теория и практика формирования механизма "
     "регулирования занятости в регионе", "Гродзинская", "Ирина Александровна", None),
    ("Голос Игорь Ильич. Государственный механизм этнонациональной интеграции общества",
     "Голос", "Игорь Ильич", None),
    # a family that ends as a patronymic does, after the given name and the patronymic
    ("Дмитрий Дмитриевич Шостакович. Статьи и материалы. М., 1976.", "Шостакович",
     "Дмитрий Дмитриевич", "Статьи и материалы"),
    # a given name the tables lack: the patronymic tells the order
    ("Данило Яковлевич Самойлович. Избранные произведения. М., 1952.", "Самойлович",
     "Данило Яковлевич", "Избранные произведения"),
])
def test_a_patronymic_tells_the_given_name_from_the_family(
        text: str, family: str, given: str, title: str | None) -> None:
    name, _ = parse_full_name_heading(text)
    assert name == Name(family=family, given=given)
    if title is not None:
        assert parse_reference(text).fields["title"] == title


@pytest.mark.parametrize(("text", "family", "given", "title"), [
    # real: ru-fn-019, the notes of a Russian edition of Fainsod's book
    ("Мерль Файнсод. Смоленск при советской власти. Массачусетс, Кембридж, 1958, с.240.",
     "Файнсод", "Мерль", "Смоленск при советской власти"),
    # real: ru-fn-241, a book on the plague in Moscow, an old form of a given name
    ("Данило Самойлович. Избранные произведения. В. II. М. 1952. С. 32.", "Самойлович",
     "Данило", None),
])
def test_a_given_name_the_tables_lack_before_a_rare_family(
        text: str, family: str, given: str, title: str | None) -> None:
    """Family names are rare words, so a capitalised pair whose second word is rare, and
    whose first is no adjective, document noun or common word, is a name given first."""
    name, _ = parse_full_name_heading(text)
    assert name == Name(family=family, given=given)
    if title is not None:
        assert read_reference(text).fields["title"] == title


@pytest.mark.parametrize("text", [
    "Голос Киева. Киев, № 157, 17 ноября 1918 г.",  # real (ru-fn-283): a common genitive
    "Бородинская годовщина. М., 1990.",  # a title of ru-fn-990, imprint made up: an adjective
    "Записки Болотова. СПб., 1871.",  # made up: a document noun, a family in the genitive
    "Житие Феодосия. М., 1990.",  # made up: a noun in -ие, a name in the genitive
])
def test_two_title_words_are_no_unknown_given_name(text: str) -> None:
    assert parse_full_name_heading(text) == (None, 0)
    assert "author" not in parse_reference(text).fields
