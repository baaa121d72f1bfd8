"""An author's works numbered after the heading they share (issue 9, session 33, batch 42).

Soviet notes list several works of one author under one heading, numbering them: "Тихомиров
М. Н. 1) Древняя Москва (XII–XV вв.). М., 1947, с. 11–14, 209–223; 2) Сказания о начале
Москвы. — ИЗ, т. 32. …" (the notes of a history of Old Russian literature, dev row
ru-fn-2740). The number is the list's markup, like a bullet; the title begins after it. A
title that opens with a year stays whole. Values read by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "family", "title"), [
    ("Тихомиров М. Н. 1) Древняя Москва (XII–XV вв.). М., 1947, с. 11–14, 209–223;",
     "Тихомиров", "Древняя Москва (XII–XV вв.)"),
    ("Лихачев Д. С. 2) «Слово о полку Игореве». М., 1955, с. 5.",
     "Лихачев", "Слово о полку Игореве"),
    ("Греков Б. Д. 3) Киевская Русь. М., 1953, с. 40.", "Греков", "Киевская Русь"),
])
def test_the_number_of_an_authors_work_is_no_part_of_its_title(
        text: str, family: str, title: str) -> None:
    reference = parse_reference(text)
    assert [name.family for name in reference.fields["author"]] == [family]
    assert reference.fields["title"] == title


def test_a_title_opening_with_a_year_stays_whole() -> None:
    reference = parse_reference("Иванов И. И. 1917 год в деревне. М., 1929.")
    assert reference.fields["title"] == "1917 год в деревне"
