"""A heading's initial that the cataloguer supplied, in square brackets after the printed
ones (GOST 7.1-2003 gives what the source does not print in square brackets):
«Алпатов В. [М.] Языки в советском и постсоветском пространстве // Свободная мысль. 1995.
№ 4.» (dev row ru-gost-462). The bracketed initial belongs to the given name; the title
opens after it. Values read by hand from the texts."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes


def heading_and_title(text: str) -> tuple[list[tuple[str, str]], str]:
    document = parse_footnotes([text])
    item = document.items[document.notes[0].cites[0].item]
    return ([(name.family, name.given) for name in item.fields["author"]],
            item.fields["title"])


@pytest.mark.parametrize("text, names, title", [
    ("Петров К. [Н.] История края. – М. : Наука, 1990. – 200 с.",
     [("Петров", "К. [Н.]")], "История края"),
    ("Петров, К. [Н.] История края / К. [Н.] Петров. – Москва : Наука, 1990. – 200 с.",
     [("Петров", "К. [Н.]")], "История края"),
    ("Сидоров А.[П.] Очерки по истории Сибири. М., 1960. С. 12.",
     [("Сидоров", "А.[П.]")], "Очерки по истории Сибири"),
    ("Сидоров А. [П. С.] Очерки по истории Сибири. М., 1960.",
     [("Сидоров", "А. [П. С.]")], "Очерки по истории Сибири"),
    ("Кузнецова Е. [В.] Северные промыслы // Вопросы истории. 2003. № 7. С. 40–52.",
     [("Кузнецова", "Е. [В.]")], "Северные промыслы"),
    ("Кузнецова Е. [В.], Орлов Д. Северные промыслы. СПб., 2003.",
     [("Кузнецова", "Е. [В.]"), ("Орлов", "Д.")], "Северные промыслы"),
])
def test_a_supplied_initial_in_brackets_belongs_to_the_heading(
        text: str, names: list[tuple[str, str]], title: str) -> None:
    assert heading_and_title(text) == (names, title)


def test_a_bracketed_word_after_the_initials_stays_in_the_title() -> None:
    """Only initials in the brackets: a cataloguer's word there is the title's."""
    names, title = heading_and_title("Иванов И. И. [Рец.] История края. М., 1990.")
    assert names == [("Иванов", "И. И.")]
    assert title == "[Рец.] История края"
