"""A title of nobility beside a heading's name (issue 9, session 29).

GOST 7.80-2000 lets a heading carry the words that identify a person beside the name
(`data.ranks`); notes on pre-revolutionary authors print a title of nobility so: after
the name family first, «Бутурлин М. Д., граф. Записки//Русская старина, 1897. - №2. - С.
21.» (a history article's notes, dev row ru-fn-1366), or before it, «Кн. Петр Долгоруков.»
(the notes of «Остафьевский архив», «кн. Эристов» in a church history's notes, «Записки
гр. М. Д. Бутурлина»). The title is kept as the reading's leftover, reported. «Кн.» before a
number is a book's part, and a title that opens with «Князь» stays a title. Values read by
hand from the texts."""

from __future__ import annotations

from biblio.parse.gost import parse_reference
from biblio.parse.heading_in_title import (LEFTOVER_RANK, LEFTOVER_RANK_AFTER_NAME,
                                           heading_names)


def test_a_title_of_nobility_after_the_name_leaves_the_title() -> None:
    reference = parse_reference(
        "Бутурлин М. Д., граф. Записки//Русская старина, 1897. - №2. - С. 21.")
    assert [(name.family, name.given) for name in reference.fields["author"]] == \
        [("Бутурлин", "М. Д.")]
    assert reference.fields["title"] == "Записки"
    assert reference.fields["container-title"] == "Русская старина"
    assert [(item.text, item.reason) for item in reference.leftover] == \
        [("граф", LEFTOVER_RANK_AFTER_NAME)]


def test_a_title_of_nobility_before_the_name_is_no_family() -> None:
    found = heading_names("Кн. Петр Долгоруков. Российская родословная книга")
    assert found is not None
    assert [(name.family, name.given) for name in found.names] == [("Долгоруков", "Петр")]
    assert [(item.text, item.reason) for item in found.leftover] == [("Кн.", LEFTOVER_RANK)]


def test_a_books_part_and_a_title_opening_with_a_title_of_nobility_stay() -> None:
    assert heading_names("Кн. 1. М., 1990.") is None
    reference = parse_reference("Пархоменко В. О. Князь Чорний: (До питания про добу "
                                "Сiверянськоi колонiзацii Подесення) // Юбiлейний збiрник на "
                                "пошану академика Д. Й. Багалiя. Киiв, 1927. С. 3")
    assert [name.family for name in reference.fields["author"]] == ["Пархоменко"]
    assert reference.fields["title"].startswith("Князь Чорний")
