"""The places of Italian imprints: the provincial capitals Italian notes print as their
place (`data/italian_imprint_cities.py`), a city's name broken by a line's end in a
scanned note ("Pra ha 1982", `publication.is_known_place`), and a publisher printed
before its city ("Title, Officina, Roma", `labeller.decode._firm_before_place`)."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference
from biblio.parse.labeller.decode import to_reference
from biblio.parse.publication import is_known_place

from labelled_spans import labelled_spans


@pytest.mark.parametrize(("text", "title", "place", "publisher"), [
    ("S. Rumor, Il blasone vicentino, Zanichelli, Bologna 1899.", "Il blasone vicentino",
     "Bologna", "Zanichelli"),
    ("G. Cozzi, Il doge Nicolò Contarini, Neri Pozza, Vicenza 1958, p. 12.",
     "Il doge Nicolò Contarini", "Vicenza", "Neri Pozza"),
    ("E. Sestan, Italia medievale, Laterza, Bari 1968.", "Italia medievale", "Bari",
     "Laterza"),
])
def test_a_firm_before_an_italian_provincial_capital_is_the_publisher(text, title, place,
                                                                      publisher):
    fields = parse_reference(text).fields
    assert (fields["title"], fields["publisher-place"], fields["publisher"]) == \
        (title, place, publisher)


@pytest.mark.parametrize(("text", "known"), [
    ("Pra ha", True), ("Mila no", True), ("Ve nezia", True), ("Bo logna", True),
    ("Verona", True), ("Roma antica", False), ("Storia di", False), ("Il Friuli", False),
])
def test_a_city_broken_by_a_lines_end_is_known(text, known):
    assert is_known_place(text) is known


@pytest.mark.parametrize(("text", "title", "place"), [
    ("J. Kuthan, Umeni doby poslednich Premyslovcu, Pra ha 1982.",
     "Umeni doby poslednich Premyslovcu", "Pra ha"),
    ("M. Rossi, Storia della laguna, Ve nezia 1975.", "Storia della laguna", "Ve nezia"),
])
def test_a_broken_city_closing_the_labelled_title_is_its_place(text, title, place):
    year = text[-5:-1]
    reference = to_reference(labelled_spans(text, ("author", text.split(",")[0]),
                                            ("title", f"{title}, {place}"), ("date", year)))
    assert (reference.fields["title"], reference.fields["publisher-place"]) == (title, place)


@pytest.mark.parametrize(("text", "title", "publisher", "place"), [
    ("C. Barucci, Strumenti e cultura del progetto, Officina, Roma.",
     "Strumenti e cultura del progetto", "Officina", "Roma"),
    ("N. Vesey, Armi e armature, Mursia, Mila no 1967.", "Armi e armature", "Mursia",
     "Mila no"),
])
def test_a_firm_closing_the_labelled_title_before_its_place_is_the_publisher(
        text, title, publisher, place):
    reference = to_reference(labelled_spans(text, ("author", text.split(",")[0]),
                                            ("title", f"{title}, {publisher}"),
                                            ("publisher-place", place)))
    assert (reference.fields["title"], reference.fields["publisher"]) == (title, publisher)
    assert reference.fields["publisher-place"] == place


def test_a_title_whose_last_segment_is_not_a_firm_keeps_it():
    text = "L. Rossi, Il Friuli, una provincia ai margini, Udine 1990."
    reference = to_reference(labelled_spans(
        text, ("author", "L. Rossi"), ("title", "Il Friuli, una provincia ai margini"),
        ("publisher-place", "Udine"), ("date", "1990")))
    assert reference.fields["title"] == "Il Friuli, una provincia ai margini"
    assert "publisher" not in reference.fields


@pytest.mark.parametrize(("text", "title", "place"), [
    # a volume's Roman number as a scan reads it ("Vili" for VIII)
    ("Gallicciolli, Delle memorie venete, Vili, Venezia 1795.",
     "Delle memorie venete, Vili", "Venezia"),
    # a Latin title's three capitalized words
    ("Kritoboulos, in C. Müller, Fragmenta Historicorum Graecorum, Paris 1883.",
     "in C. Müller, Fragmenta Historicorum Graecorum", "Paris"),
])
def test_a_number_or_a_titles_words_before_the_place_are_no_publisher(text, title, place):
    reference = to_reference(labelled_spans(text, ("author", text.split(",")[0]),
                                            ("title", title), ("publisher-place", place)))
    assert reference.fields["title"] == title
    assert "publisher" not in reference.fields


@pytest.mark.parametrize(("text", "read_place", "place", "publisher"), [
    ("B. Pullan, Crisis and Change in the Venetian Economy, Methuen, London, 1968",
     "Methuen, London", "London", "Methuen"),
    ("Venice preserved, Londres, Michael Joseph, 1986.", "Londres, Michael Joseph",
     "Londres", "Michael Joseph"),
    ("A. Morassi, Antonio e Francesco Guardi, Electa, Mi lano 1973.", "Electa, Mi lano",
     "Mi lano", "Electa"),
])
def test_a_labelled_place_holding_its_publisher_is_parted(text, read_place, place,
                                                          publisher):
    reference = to_reference(labelled_spans(text, ("publisher-place", read_place)))
    assert (reference.fields["publisher-place"], reference.fields["publisher"]) == \
        (place, publisher)


@pytest.mark.parametrize("read_place", ["Cambridge, Mass.", "London, Paris"])
def test_a_city_and_its_state_or_two_cities_stay_the_place(read_place):
    reference = to_reference(labelled_spans(f"R. Douglas, Humanist, {read_place}, 1959.",
                                            ("publisher-place", read_place)))
    assert "publisher" not in reference.fields


def test_initials_after_a_city_are_no_publisher():
    text = "A. Gupta, Maintaining views, pages 157-166, Washington, D. C., May 1993."
    reference = to_reference(labelled_spans(text, ("publisher-place", "Washington, D. C")))
    assert "publisher" not in reference.fields
