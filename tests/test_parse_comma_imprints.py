"""The imprint of comma-style notes: "Place, Publisher, Year" (Italian and French notes)
against PN-ISO 690's "Place Year", read by the grammar's comma forms."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "title", "place", "publisher"), [
    # LinkedBooks (Italian notes)
    ("Francesco Basaldella, Giudecca, Venezia, Uniongrafica, 1986.", "Giudecca", "Venezia",
     "Uniongrafica"),
    ("Paolo Fabbri, Monteverdi, Torino, EDT 1985", "Monteverdi", "Torino", "EDT"),
    # AnyStyle (a French list)
    ("Moulin R., L’artiste, l’Institution, et le Marché, Paris, Flammarion, 1997.",
     "L’artiste, l’Institution, et le Marché", "Paris", "Flammarion"),
])
def test_a_known_city_then_a_name_is_the_place_and_its_publisher(text, title, place,
                                                                   publisher):
    fields = parse_reference(text).fields
    assert (fields["title"], fields["publisher-place"], fields["publisher"]) == \
        (title, place, publisher)


def test_a_place_before_its_year_stays_the_place():
    fields = parse_reference("A. Paczkowski, Pół wieku dziejów Polski, Warszawa 1995, s. 45").fields
    assert (fields["title"], fields["publisher-place"]) == ("Pół wieku dziejów Polski", "Warszawa")
    assert "publisher" not in fields


def test_a_second_city_is_no_publisher():
    assert "publisher" not in parse_reference("J. Smith, History of towns, London, Paris 1990").fields


@pytest.mark.parametrize(("text", "families", "title"), [
    # LinkedBooks: Italian notes list their authors with commas alone
    ("G. Morazzoni, M. Pasquato, Le conterie veneziane, Venezia, Ferrari, 1953;",
     ["Morazzoni", "Pasquato"], "Le conterie veneziane"),
    # a title that names a person without initials stays the title
    ("Laura Boella, Ernst Bloch. Trame della speranza, Milano 1987.", ["Boella"],
     "Ernst Bloch. Trame della speranza"),
])
def test_names_with_initials_joined_by_commas_are_all_authors(text, families, title):
    fields = parse_reference(text).fields
    assert [name.family for name in fields["author"]] == families
    assert fields["title"] == title


@pytest.mark.parametrize(("text", "title", "publisher", "place"), [
    # LinkedBooks: the publisher between the title and the city
    ("M. Guérin, L'Œuvre gravé de Manet, Floury, Paris 1944", "L'Œuvre gravé de Manet",
     "Floury", "Paris"),
    ("J. MlETHKE, Ai confini del potere, Editrici Francescane, Padova 2005.",
     "Ai confini del potere", "Editrici Francescane", "Padova"),
    ("MONTELEONE G., Padova tra rivoluzione e restaurazione (1789-1815), Programma, Padova 1997.",
     "Padova tra rivoluzione e restaurazione (1789-1815)", "Programma", "Padova"),
])
def test_a_publisher_before_a_known_city_leaves_the_title(text, title, publisher, place):
    fields = parse_reference(text).fields
    assert (fields["title"], fields.get("publisher"), fields["publisher-place"]) == \
        (title, publisher, place)


@pytest.mark.parametrize(("text", "title"), [
    # LinkedBooks and GROBID: titles that list places or works keep them
    ("X. Barral I Altet, Les mosaïques de pavement médiévales deVenise, Murano, Torcello, "
     "Paris 1985", "Les mosaïques de pavement médiévales deVenise, Murano, Torcello"),
    ("K. Müller, The Fragments of the Lost Historians of Alexander the Great. Fragmenta "
     "Scriptorum de Rebus Alexandri Magni, Pseudo-Callisthenes, Itinerarium Alexandri, Paris "
     "1846.", "The Fragments of the Lost Historians of Alexander the Great. Fragmenta "
     "Scriptorum de Rebus Alexandri Magni, Pseudo-Callisthenes, Itinerarium Alexandri"),
    # a volume before the city
    ("A. Zorzi, Venezia Scomparsa, II, Venezia 1972", "Venezia Scomparsa, II"),
])
def test_names_listed_in_a_title_are_no_publisher(text, title):
    fields = parse_reference(text).fields
    assert fields["title"] == title
    assert "publisher" not in fields
