"""The page cited as Italian notes print it: "pag." and "pagg." (pagina, pagine), pages
joined by "e", "and following" as "ss.", "sgg.", "segg." (seguenti); the pinpoint of a
short form read as its locator, not left over (reference_terms.LOCATOR_LABELS,
locators.VALUE). Forms from LinkedBooks' notes of Venetian history (dev rows)."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference
from biblio.parse.locators import parse_pinpoint


@pytest.mark.parametrize(("text", "page"), [
    ("Barichella, op. cit., pag. 52.", "52"),
    ("Tommasini, op. cit., pagg. 422-323;", "422-323"),
    ("Creytens, La riforma dei monasteri femminili..., cit., p. 71 ss.", "71 ss"),
    ("Maschietto, Elena Lucrezia Cornaro Piscopia..., cit., p. 19 ss.;", "19 ss"),
    ("Op. cit., p. 25 e sgg.", "25 e sgg"),
])
def test_the_page_of_a_short_form_is_its_locator(text: str, page: str) -> None:
    reference = parse_reference(text)
    assert (reference.label, reference.locator) == ("page", page)
    assert not reference.leftover


@pytest.mark.parametrize(("text", "value"), [
    ("pagg. 44-53 e 66-73", "44-53 e 66-73"),
    ("pag. 215 e sgg.", "215 e sgg."),
    ("pp. 357 segg.", "357 segg."),
    ("Pag. 9", "9"),
])
def test_italian_pinpoints(text: str, value: str) -> None:
    assert parse_pinpoint(text) == ("page", value)


@pytest.mark.parametrize("text", ["pag. Rossi", "page 5", "pa. 5"])
def test_no_pinpoint_without_the_term_and_a_number(text: str) -> None:
    assert parse_pinpoint(text) is None
