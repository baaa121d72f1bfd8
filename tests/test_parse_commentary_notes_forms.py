"""Forms of the notes of literary and art histories and of academic commentaries (dev set
batch 45): a work keyed by its title and year outside brackets, a foreign article in
GOST's form with its heading inverted, a space typed before a comma, and the collected
works after the area dash that older notes print for "//". Each form is tested on
references that are not the batch's rows (other titles, names, numbers and typings);
the expected values are read by hand from the texts."""

from __future__ import annotations

from typing import Any

import pytest

from biblio import parse_footnotes
from biblio.formats.csljson import item_to_json
from biblio.parse.typography import comma_close_up


def _cite(text: str) -> tuple[dict[str, Any], str | None]:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return item_to_json(document.items[cite.item]), cite.locator


# --- a title and its year as the key of a work (GOST R 7.0.5-2008 clause 7.5's cite by
# title, printed without the brackets) ----------------------------------------------

@pytest.mark.parametrize(("text", "title", "year", "locator"), [
    ("Притчи и слова, 2003. С. 124-128.", "Притчи и слова", 2003, "124-128"),
    ("Словарь древнерусского языка, 1989. С. 306", "Словарь древнерусского языка", 1989, "306"),
    ("Очерки истории СССР, 1957, с. 12.", "Очерки истории СССР", 1957, "12"),
    ("(Русская литература и фольклор, 1970. С. 45)", "Русская литература и фольклор", 1970,
     "45"),
    ("Хрестоматия по устной истории, 2003.", "Хрестоматия по устной истории", 2003, None),
])
def test_a_title_and_its_year_key_a_work(text: str, title: str, year: int,
                                          locator: str | None) -> None:
    item, found = _cite(text)
    assert item["title"] == title
    assert item["issued"]["date-parts"][0][0] == year
    assert "author" not in item and "publisher" not in item
    assert found == locator


def test_an_english_title_and_year_is_a_whole_reference_not_a_key() -> None:
    """GOST R 7.0.5's key by title is Russian notes' form; an English reference printed
    "Title, year, pages" is the work itself, its pages the work's (as the labelled sets of
    English references have them), not a short form's pinpoint."""
    document = parse_footnotes(["Encyclopedia of the social sciences, 1998, pp. 12-15."])
    cite = document.notes[0].cites[0]
    item = item_to_json(document.items[cite.item])
    assert cite.form == "full" and cite.locator is None
    assert item["title"] == "Encyclopedia of the social sciences" and item["page"] == "12-15"


def test_family_names_joined_by_and_are_no_title() -> None:
    item, found = _cite("Иванов и Петров, 2001. С. 5.")
    assert [name["family"] for name in item["author"]] == ["Иванов", "Петров"]
    assert "title" not in item and found == "5"


def test_a_title_before_its_place_keeps_the_imprint() -> None:
    item, found = _cite("Очерки истории СССР. М., 1957. С. 12.")
    assert item["title"] == "Очерки истории СССР"
    assert item["publisher-place"] == "Москва" and found == "12"


# --- a contribution and its host: a Latin heading inverted with a comma before GOST's
# "//", and the collected works after the area dash that older notes print for "//" -----

@pytest.mark.parametrize(("text", "expected"), [
    ("Fitzpatrick, Sheila. Ascribing Class // Journal of Modern History. 1993. Vol. 65, "
     "№ 4. P. 745–770.", {"author": [{"family": "Fitzpatrick", "given": "Sheila"}],
                          "title": "Ascribing Class",
                          "container-title": "Journal of Modern History"}),
    ("O'Brien, David. The Empire and Its Poets // Russian Review. 2001. Vol. 60, № 2. P. 15.",
     {"author": [{"family": "O'Brien", "given": "David"}], "title": "The Empire and Its Poets",
      "container-title": "Russian Review"}),
    ("O’Neill, Patrick. Stage and Screen / Trans. Anna Smith // Theatre Survey. 1988. "
     "Vol. 29. P. 3.", {"author": [{"family": "O’Neill", "given": "Patrick"}],
                        "title": "Stage and Screen", "container-title": "Theatre Survey"}),
    ("Пушкин А. С. Капитанская дочка. — Собрание сочинений, т. 6. М., 1950, с. 280.",
     {"type": "chapter", "author": [{"family": "Пушкин", "given": "А. С."}],
      "title": "Капитанская дочка", "container-title": "Собрание сочинений", "volume": "6"}),
    ("Гоголь Н. В. Мертвые души. – Полн. собр. соч. Т. 6. М.; Л., 1951. С. 12.",
     {"type": "chapter", "author": [{"family": "Гоголь", "given": "Н. В."}],
      "title": "Мертвые души", "container-title": "Полн. собр. соч.", "volume": "6"}),
    ("Белинский В. Г. Взгляд на русскую литературу 1847 года. — Избр. соч., т. 2. М., 1949, "
     "с. 5.", {"type": "chapter", "author": [{"family": "Белинский", "given": "В. Г."}],
               "title": "Взгляд на русскую литературу 1847 года",
               "container-title": "Избр. соч.", "volume": "2"}),
])
def test_a_contribution_is_read_before_its_host(text: str, expected: dict[str, Any]) -> None:
    item, _ = _cite(text)
    assert {key: item.get(key) for key in expected} == expected


def test_a_latin_inverted_heading_of_a_book_stays_the_notes_bibliography_reading() -> None:
    item, found = _cite("Brown, Edward. Russian Literature since the Revolution. "
                        "Cambridge, 1982. P. 45.")
    assert item["author"] == [{"family": "Brown", "given": "Edward"}]
    assert item["title"] == "Russian Literature since the Revolution"
    assert item["publisher-place"] == "Cambridge" and found == "45"


# --- a space typed before a comma ----------------------------------------------------

def test_a_space_before_a_comma_is_read_as_the_comma_close_up() -> None:
    item, found = _cite("Впервые опубликовано: РА , т. 12, стр. 40.")
    assert item["title"] == "РА" and item["volume"] == "12" and found == "40"
    item, found = _cite("Лотман Ю. М. Пушкин , СПб., 1995 , с. 12.")
    assert item["author"] == [{"family": "Лотман", "given": "Ю. М."}]
    assert item["title"] == "Пушкин"
    assert item["publisher-place"] == "Санкт-Петербург" and found == "12"


def test_a_note_with_a_space_before_a_comma_is_kept_as_printed_but_that_space() -> None:
    document = parse_footnotes(["Сочинения, изд. 3-е , т. V, стр. 7."])
    item = item_to_json(document.items[document.notes[0].cites[0].item])
    assert item["title"] == "Сочинения" and item["volume"] == "V" and item["edition"] == "3"


# --- collected works after the area dash, and a title so named ------------------------

def test_a_title_named_works_before_its_imprint_stays_a_book() -> None:
    item, _ = _cite("Иванов И. Сочинения. — М., 1950. — 300 с.")
    assert item["type"] == "book" and item["title"] == "Сочинения"
    assert item["publisher-place"] == "Москва"


def test_collected_works_after_a_dash_with_no_period_before_it_are_the_host() -> None:
    item, found = _cite("Тургенев И. С. Записки охотника — Полн. собр. соч., т. 3. М., 1979, с. 7.")
    assert item["type"] == "chapter" and item["title"] == "Записки охотника"
    assert item["container-title"] == "Полн. собр. соч." and found == "7"


def test_a_space_before_a_comma_stays_before_initials_and_a_glued_word() -> None:
    assert comma_close_up("Усманов , Б. М., И. И. Гайнуллин") == "Усманов , Б. М., И. И. Гайнуллин"
    assert comma_close_up("Neutrino Astrophysics ,Honolulu ,Hawaii") == \
        "Neutrino Astrophysics ,Honolulu ,Hawaii"
    assert comma_close_up("Письма, изд. 2-е , т. III , М., 1912") == \
        "Письма, изд. 2-е, т. III, М., 1912"


def test_a_periodical_with_its_issue_is_no_title_key() -> None:
    item, _ = _cite("Журнал «Вопросы литературы» № 4, 1987.")
    assert item["title"] == "Вопросы литературы" and item["issue"] == "4"
