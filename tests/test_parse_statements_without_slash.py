"""A statement of responsibility in parentheses or after a comma, where GOST 7.1-2003
prints " / ", as notes and reading lists type an edited book: «Снижение шума в зданиях
и жилых районах (Под ред. Г.Л. Осипова, Е.Я.Юдина.) – М.: Стройиздат, 1987»."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference


def _read(text: str) -> tuple[str, dict[str, list[tuple[str | None, str | None]]]]:
    fields = parse_reference(text).fields
    return fields.get("title"), {
        role: [(name.family, name.given) for name in fields[role]]
        for role in ("author", "editor", "translator", "compiler") if fields.get(role)}


@pytest.mark.parametrize(("text", "title", "roles"), [
    ("Снижение шума в зданиях (Под ред. Г.Л. Осипова, Е.Я.Юдина.) – М.: Стройиздат, "
     "1987. – 558 с.", "Снижение шума в зданиях",
     {"editor": [("Осипов", "Г.Л."), ("Юдин", "Е.Я.")]}),
    ("Пушкин А. С. Сочинения (под ред. П. Е. Щеголева). СПб., 1914. С. 5.", "Сочинения",
     {"author": [("Пушкин", "А. С.")], "editor": [("Щеголев", "П. Е.")]}),
    ("Хрестоматия по истории СССР (сост. Кузьмина Е. В.). Л., 1979.",
     "Хрестоматия по истории СССР", {"compiler": [("Кузьмина", "Е. В.")]}),
    ("Гёте И. В. Фауст (пер. Б. Пастернака). М., 1960.", "Фауст",
     {"author": [("Гёте", "И. В.")], "translator": [("Пастернак", "Б.")]}),
    ("Очерки истории (под ред. проф. И. И. Смирнова). М., 1955.", "Очерки истории",
     {"editor": [("Смирнов", "И. И.")]}),
    ("Иванова Е. А. Статья о земстве // Земство в России (под ред. П. П. Петрова). М., "
     "2005. С. 5–10.", "Статья о земстве",
     {"author": [("Иванова", "Е. А.")], "editor": [("Петров", "П. П.")]}),
    ("The Cambridge History of Russia (ed. by D. Lieven). Cambridge, 2006.",
     "The Cambridge History of Russia", {"editor": [("Lieven", "D.")]}),
])
def test_a_parenthesised_statement_leaves_the_title(
        text: str, title: str, roles: dict[str, list[tuple[str, str]]]) -> None:
    assert _read(text) == (title, roles)


@pytest.mark.parametrize("text", [
    "Устав города (ред. от 12.03.2014). М., 2015.",
    "История края (ред. 1998 г.). М., 2005.",
])
def test_a_parenthesis_naming_no_person_stays_in_the_title(text: str) -> None:
    """«ред. от …» is a wording's date, no editor: the parenthesis is the title's."""
    title, roles = _read(text)
    assert title == text.split(". М.,")[0] and not roles


@pytest.mark.parametrize(("text", "title", "roles"), [
    # Soviet notes in the comma style, the statement after a comma where GOST prints " / "
    ("История СССР, под ред. И. И. Смирнова, т. 1, М., 1955, с. 5.", "История СССР",
     {"editor": [("Смирнов", "И. И.")]}),
    ("Очерки истории СССР. Период феодализма, под ред. Б. Д. Грекова, М., 1953, стр. 5.",
     "Очерки истории СССР. Период феодализма", {"editor": [("Греков", "Б. Д.")]}),
    ("Р. Пайпс, Россия при старом режиме, пер. с англ. В. Козловского, М., 1993, с. 45.",
     "Россия при старом режиме",
     {"author": [("Пайпс", "Р.")], "translator": [("Козловский", "В.")]}),
    ("Хрестоматия по истории края, сост. Е. В. Кузьмина. Л., 1979.",
     "Хрестоматия по истории края", {"compiler": [("Кузьмина", "Е. В.")]}),
])
def test_a_statement_after_a_comma_leaves_the_title(
        text: str, title: str, roles: dict[str, list[tuple[str, str]]]) -> None:
    assert _read(text) == (title, roles)


def test_a_statement_a_title_follows_stays_in_the_title() -> None:
    """«Воспоминания, под ред. К. И. Чуковского «Бурлаки на Волге»»: the names do not close
    the title block, so the comma may close a title's first part."""
    title, roles = _read("Илья Репин. Воспоминания, под ред. К. И. Чуковского «Бурлаки на "
                         "Волге». Спб. 1922 г. стр. 21–22.")
    assert title.startswith("Воспоминания, под ред.") and "editor" not in roles


@pytest.mark.parametrize(("text", "roles"), [
    # a second " / " where GOST 7.1-2003 clause 4.7 prints " ; " (the dev set's ru-gost-753)
    ("Социальная психология: Учеб. пособие для студентов ун-тов / А.В.Петровский, "
     "В.В.Абраменкова, М.Е.Зеленова, М.Ю.Кондратьев / Под ред. А.В.Петровского. – М.: "
     "Просвещение, 1987. – 224 с.",
     {"author": [("Петровский", "А.В."), ("Абраменкова", "В.В."), ("Зеленова", "М.Е."),
                 ("Кондратьев", "М.Ю.")], "editor": [("Петровский", "А.В.")]}),
    ("История края : учебник / И. И. Соколов, П. П. Орлов / под ред. С. С. Белова. – Томск, "
     "2005.", {"author": [("Соколов", "И. И."), ("Орлов", "П. П.")],
               "editor": [("Белов", "С. С.")]}),
    ("Поэзия Шотландии / Р. Бернс / пер. с англ. С. Маршака. – М., 1952.",
     {"author": [("Бернс", "Р.")], "translator": [("Маршак", "С.")]}),
])
def test_a_second_slash_before_a_role_word_parts_two_statements(
        text: str, roles: dict[str, list[tuple[str, str]]]) -> None:
    assert _read(text)[1] == roles


def test_the_slash_of_a_place_parts_no_statements() -> None:
    fields = parse_reference("Ласков В. Б. Основы неврологии / В. Б. Ласков. – Ростов н/Д. : "
                             "Феникс, 2008. – 285 с.").fields
    assert [(name.family, name.given) for name in fields["author"]] == [("Ласков", "В. Б.")]


@pytest.mark.parametrize(("text", "authors", "editors"), [
    # the statement typed with the host's «//» (the dev set's ru-gost-1322)
    ("Система управления селекционным процессом: рекомендации // А.В. Маклахов [и др.]; "
     "под общ. ред. О.Н. Бургомистровой. – Вологда: ВГМХА, 2017. – 52 с.",
     ["Маклахов"], ["Бургомистрова"]),
    ("История края : учеб. пособие // И. И. Соколов, П. П. Орлов ; под ред. С. С. Белова. – "
     "Томск, 2005. – 200 с.", ["Соколов", "Орлов"], ["Белов"]),
])
def test_a_double_slash_before_persons_and_a_second_statement_opens_the_statements(
        text: str, authors: list[str], editors: list[str]) -> None:
    fields = parse_reference(text).fields
    assert ([name.family for name in fields["author"] if name.family],
            [name.family for name in fields["editor"]]) == (authors, editors)
    assert "container-title" not in fields


def test_a_host_opening_with_its_authors_heading_stays_the_host() -> None:
    fields = parse_reference("Иванов И. И. Статья // И. И. Иванов. Избранное. – М., 2005. – "
                             "С. 5–10.").fields
    assert fields["container-title"].endswith("Избранное")
