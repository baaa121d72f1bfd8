"""References in parentheses in Russian notes (issue 9): an in-text reference wholly in
parentheses (GOST R 7.0.5-2008 clause 6: "внутритекстовая ссылка" in round brackets),
and a reference in parentheses after a sentence of commentary, whose prose must not
become its title or its archive. Expectations read off each text by hand."""

from __future__ import annotations

from typing import Any

from biblio.formats.csljson import item_to_json
from biblio.parse import parse_footnotes


def cites(text: str) -> list[tuple[dict[str, Any], str | None]]:
    document = parse_footnotes([text])
    note = document.notes[0]
    assert note.leftover == []
    return [(item_to_json(document.items[cite.item]), cite.locator) for cite in note.cites]


def test_in_text_reference_wholly_in_parentheses_is_read_without_them() -> None:
    [(item, locator)] = cites("(Кузнецов И. И. История земства. М. : Наука, 1995. С. 14)")
    assert item["author"] == [{"family": "Кузнецов", "given": "И. И."}]
    assert item["title"] == "История земства"
    assert (item["publisher-place"], item["publisher"]) == ("Москва", "Наука")
    assert locator == "14"


def test_in_text_reference_with_a_nested_parenthesis_and_a_final_period() -> None:
    [(item, _)] = cites("(Семенов В. В. Очерки (1917–1922). Л., 1960.).")
    assert item["title"] == "Очерки (1917–1922)"
    assert item["publisher-place"] == "Ленинград"


def test_a_parenthesis_that_opens_a_title_is_not_an_enclosure() -> None:
    [(item, _)] = cites("(1924–1925) Военная реформа. М., 1958.")
    assert item["title"].startswith("(1924–1925)")


def test_book_in_parentheses_after_a_sentence_keeps_the_prose_out_of_its_title() -> None:
    found = cites("Об этом рассказывал в беседах Л. М. Каганович (Чуев Ф. И. Сто сорок "
                  "бесед. М., 1991. С. 37).")
    [(item, locator)] = [(item, locator) for item, locator in found if item.get("title")]
    assert item["author"] == [{"family": "Чуев", "given": "Ф. И."}]
    assert item["title"] == "Сто сорок бесед"
    assert (item["publisher-place"], locator) == ("Москва", "37")


def test_archive_in_parentheses_after_a_sentence_is_the_archive_alone() -> None:
    found = cites("Решение было принято на заседании бюро обкома в тот же день "
                  "(ГАНО. Ф. П-4. Оп. 1. Д. 112. Л. 5).")
    [(item, locator)] = [(item, locator) for item, locator in found if item.get("archive")]
    assert item["archive"] == "ГАНО"
    assert item["archive_location"] == "ф. П-4, оп. 1, д. 112"
    assert locator == "5"


def test_in_text_reference_that_gives_the_imprint_alone() -> None:
    [(item, locator)] = cites("(М. : Городец, 1997. С. 5-19).")
    assert "title" not in item
    assert (item["publisher-place"], item["publisher"], locator) == ("Москва", "Городец", "5-19")
    assert item["issued"]["date-parts"][0][0] == 1997


def test_a_title_with_its_genre_is_not_an_imprint() -> None:
    [(item, _)] = cites("(История : учеб. пособие. С. 5)")
    assert (item["title"], item["genre"]) == ("История", "учеб. пособие")
