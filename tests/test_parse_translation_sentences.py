"""A translation named in a sentence of its own after the title, as notes and journals'
contents print it: «Фауст. В пер. Б. Пастернака.», «Перевод В. Козловского.», «Разбитое
зеркало. Вступительная статья и перевод Георгия Кубатьяна. — «Арион», 2009, № 3»; the
translator's names read back from the genitive, the given name written out too. A title's
own sentence that opens with the same words («Перевод и переводчики») stays the title's."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference


def _read(text: str) -> tuple[str, list[tuple[str | None, str | None]]]:
    fields = parse_reference(text).fields
    return fields.get("title"), [(name.family, name.given)
                                 for name in fields.get("translator", [])]


@pytest.mark.parametrize(("text", "title", "translator"), [
    ("Гёте И. В. Фауст. В пер. Б. Пастернака. М., 1960. С. 15.", "Фауст",
     [("Пастернак", "Б.")]),
    ("Данте А. Божественная комедия. В переводе М. Лозинского. М., 1967. С. 40.",
     "Божественная комедия", [("Лозинский", "М.")]),
    ("Гёте И. В. Фауст / В пер. с нем. Н. Холодковского. СПб., 1914.", "Фауст",
     [("Холодковский", "Н.")]),
    ("Пайпс Р. Россия при старом режиме. Перевод В. Козловского. М., 1993. С. 45.",
     "Россия при старом режиме", [("Козловский", "В.")]),
    ("Пайпс Р. Россия при старом режиме / Перевод В. Козловского. М., 1993.",
     "Россия при старом режиме", [("Козловский", "В.")]),
    # journals' contents, as Новый мир's «Периодика» prints them (the dev set's ru-fn-1834)
    ("Севак Арамазд. Разбитое зеркало. Вступительная статья и перевод Георгия Кубатьяна. "
     "— «Арион», 2009, № 3.", "Разбитое зеркало", [("Кубатьян", "Георгий")]),
    ("Мюссе А. Ненужное наследие. Перевод с французского Наталии Санниковой. — «Урал», "
     "Екатеринбург, 2001, № 12.", "Ненужное наследие", [("Санникова", "Наталия")]),
    ("Пайпс Р. Россия при старом режиме / Пер. с англ. Владимира Козловского. М., 1993.",
     "Россия при старом режиме", [("Козловский", "Владимир")]),
])
def test_a_translation_sentence_names_the_translator(
        text: str, title: str, translator: list[tuple[str, str]]) -> None:
    assert _read(text) == (title, translator)


@pytest.mark.parametrize(("text", "title"), [
    ("Федоров А. В. Основы теории. Перевод и переводчики. М., 1983.",
     "Основы теории. Перевод и переводчики"),
    ("Шекспир У. Сонеты. В переводе и в оригинале. М., 1990.",
     "Сонеты. В переводе и в оригинале"),
    ("Иванов И. И. Теория. Вступительная статья к сборнику. М., 1983.",
     "Теория. Вступительная статья к сборнику"),
    ("Маршак С. Я. Сонеты Шекспира в пер. С. Маршака. М., 1948.",
     "Сонеты Шекспира в пер. С. Маршака"),
])
def test_the_same_words_opening_a_titles_sentence_stay_the_title(text: str, title: str) -> None:
    assert _read(text) == (title, [])


@pytest.mark.parametrize(("statement", "names"), [
    ("под ред. Ольги Ивановой и Павла Петрова", [("Иванова", "Ольга"), ("Петров", "Павел")]),
    ("под ред. Льва Гумилева", [("Гумилев", "Лев")]),
    ("под ред. Андрея Сахарова", [("Сахаров", "Андрей")]),
])
def test_given_names_written_out_are_read_back_from_the_genitive(
        statement: str, names: list[tuple[str, str]]) -> None:
    fields = parse_reference(f"Россия при старом режиме / {statement}. М., 1993.").fields
    assert [(name.family, name.given) for name in fields["editor"]] == names
