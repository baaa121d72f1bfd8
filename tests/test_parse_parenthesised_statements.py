"""A statement of responsibility in parentheses after the title, where GOST 7.1-2003
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
