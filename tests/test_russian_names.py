"""Russian surnames between nominative and genitive (the rules of Russian grammar for
surnames; pairs checked by hand)."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.model import Name
from biblio.russian_names import decline_names, genitive, nominative

BOTH_WAYS = [
    ("Сухов", "Сухова"), ("Соловьёв", "Соловьёва"), ("Пушкин", "Пушкина"),
    ("Бородин", "Бородина"), ("Ерёмин", "Ерёмина"), ("Данилов", "Данилова"),
    ("Смирнова", "Смирновой"), ("Ахматова", "Ахматовой"), ("Нежинская", "Нежинской"),
    ("Троцкий", "Троцкого"), ("Достоевский", "Достоевского"),
    ("Римский-Корсаков", "Римского-Корсакова"),
    ("Шевченко", "Шевченко"), ("Черных", "Черных"), ("Дурново", "Дурново"),
    ("Живаго", "Живаго"), ("Громыко", "Громыко"), ("Тарле", "Тарле"),
]
CONSONANT_TYPES = [("Чубарьян", "Чубарьяна"), ("Хлевнюк", "Хлевнюка"), ("Гурвич", "Гурвича"),
                   ("Голубович", "Голубовича"), ("Ковальчук", "Ковальчука"),
                   ("Мартиросянц", "Мартиросянца"), ("Полторак", "Полторака"),
                   ("Карлик", "Карлика"), ("Вишняк", "Вишняка"), ("Таубман", "Таубмана"),
                   ("Розенберг", "Розенберга"), ("Эйзенштейн", "Эйзенштейна"),
                   ("Глисон", "Глисона"), ("Миллер", "Миллера"),
                   ("Матвійчук", "Матвійчука")]
"""The surname types that end in a consonant: no nominative of theirs ends in "-а", so
their genitive is read back (dev set: "под ред.: В.И. Голубовича", "под ред. Р.В.
Дегтяревой, С.Н. Полторака", "Под ред. А. Е. Карлика", "Под ред. Таубмана, Хрущева и
Глисона"; in Ukrainian letters, "під ред. В. К. Матвійчука")."""
ONLY_TO_GENITIVE = [("Толстой", "Толстого"), ("Гоголь", "Гоголя"), ("Шмидт", "Шмидта"),
                    ("Кен", "Кена"), ("Случ", "Случа")]
""""Толстого" could be Толстой or Толстый, "Гоголя" Гоголь or Гоголий, "Кена" Кен or
an indeclinable Кена (as "Дюма" is Дюма): read back, they are kept as printed."""


@pytest.mark.parametrize(("nominative_form", "genitive_form"),
                         BOTH_WAYS + CONSONANT_TYPES + ONLY_TO_GENITIVE)
def test_genitive(nominative_form: str, genitive_form: str) -> None:
    assert genitive(nominative_form) == genitive_form


@pytest.mark.parametrize(("nominative_form", "genitive_form"), BOTH_WAYS + CONSONANT_TYPES)
def test_nominative(nominative_form: str, genitive_form: str) -> None:
    assert nominative(genitive_form) == nominative_form


@pytest.mark.parametrize("ambiguous", ["Толстого", "Гоголя", "Шмидта", "Дюма", "Гамарра"])
def test_an_ambiguous_genitive_is_kept_as_written(ambiguous: str) -> None:
    assert nominative(ambiguous) == ambiguous


def test_latin_names_and_literals_are_not_touched() -> None:
    names = [Name(family="Smith", given="J."), Name(literal="Институт истории")]
    assert decline_names(names, "genitive") == names


@pytest.mark.parametrize(("footnote", "variable", "family"), [
    ("История России / под ред. В.Н. Сухова. СПб., 2001. С. 5.", "editor", "Сухов"),
    ("Очерки / под ред. Л.Н. Нежинской. М., 1990.", "editor", "Нежинская"),
    # a German surname type: Розенберг ("-берг"), no indeclinable "Розенберга"
    ("Ферро М. Николай II / пер. с фр. Ю. Розенберга. М., 1991. С. 5.", "translator",
     "Розенберг"),
    # any other consonant + "а" is kept as printed (Шмидт, or an indeclinable Шмидта?)
    ("История / под ред. К. Шмидта. М., 1991.", "editor", "Шмидта"),
    ("Берия: конец карьеры / сост. В.Ф. Некрасов. М., 1991. 384 с.", "compiler", "Некрасов"),
    ("Россия и Франция / отв. ред. П.П. Черкасов. М., 2006.", "editor", "Черкасов"),
    ("Три мушкетёра / под ред. А. Дюма. М., 1990.", "editor", "Дюма"),
])
def test_the_parser_keeps_the_nominative(footnote: str, variable: str, family: str) -> None:
    (item,) = parse_footnotes([footnote]).items.values()
    assert [name.family for name in item[variable]] == [family]


def test_editors_of_the_consonant_types_are_read_back_in_a_list() -> None:
    """dev ru-fn-1981 (batch 28): families alone after "Под ред.", joined by a conjunction."""
    (item,) = parse_footnotes([
        "Стреляный A.Khrushchev and the Countryside // Nikita Khrushchev / Под ред. Таубмана, "
        "Хрущева и Глисона. С. 69, 113."]).items.values()
    assert [name.family for name in item["editor"]] == ["Таубман", "Хрущев", "Глисон"]
