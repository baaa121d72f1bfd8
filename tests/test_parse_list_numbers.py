"""A reference list's number before a reference is list markup, not the reference's; a
digit that OCR read for an initial is not a list's number."""

import pytest

from biblio.parse import parse_footnotes


def first_item(text: str) -> dict:
    document = parse_footnotes([text])
    item = document.items[document.notes[0].cites[0].item]
    return {"author": [(name.family, name.given) for name in item.fields.get("author", [])],
            "title": item.fields.get("title"), "text": document.notes[0].text}


@pytest.mark.parametrize("text", [
    "1. Иванов И. И. История. М., 1999. 320 с.",
    "12. Иванов И. И. История. М., 1999. 320 с.",
    "3) Иванов И. И. История. М., 1999. 320 с.",
    "[4] Иванов И. И. История. М., 1999. 320 с.",
])
def test_a_list_number_is_markup_and_the_heading_is_read(text: str) -> None:
    item = first_item(text)
    assert item["author"] == [("Иванов", "И. И.")]
    assert item["title"] == "История"
    assert item["text"] == text  # the note keeps its text as read


def test_a_list_number_before_a_latin_family_first_heading() -> None:
    item = first_item("1. Smith, J. The Book. London: Macmillan, 1999.")
    assert item["author"] == [("Smith", "J.")]
    assert item["title"] == "The Book"


def test_a_list_number_before_a_title_first_entry() -> None:
    assert first_item("2. История России. М., 2000. 480 с.")["title"] == "История России"


def test_a_bare_figure_opening_a_title_stays_in_it() -> None:
    item = first_item("1 Съезд Советов СССР. Стенографический отчет. М., 1924.")
    assert item["title"].startswith("1 Съезд Советов СССР")


@pytest.mark.parametrize("text, family", [
    ("1. Svevo, Saggi e pagine sparse, cit., p. 120.", "Svevo"),
    ("0. Demus, Eine Reliefplatte in San Marco,", "Demus"),
])
def test_a_digit_read_for_an_initial_stays_with_the_name(text: str, family: str) -> None:
    document = parse_footnotes([text])
    item = document.items[document.notes[0].cites[0].item]
    name = item.fields["author"][0]
    assert family in (name.literal or "") + (name.family or "")
    kept = name.literal or name.given or ""
    assert kept[:1] in ("1", "0")  # the digit is not dropped
