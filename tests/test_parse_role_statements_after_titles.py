"""A statement of responsibility printed after a book's title and a comma, in the comma
styles of Italian, English, German and French notes ("Title, a cura di NAME, Place
Year"): its names are the editors or translators, an introduction's statement is kept in
`note`, and the title ends before it, in the comma style's reading and the labeller's
(`comma_style.role_statement_off`,
`data/role_phrases_after_titles.py`)."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference
from biblio.parse.labeller.decode import to_reference

from labelled_spans import labelled_spans


def _families(names) -> list[str]:
    return [name.family for name in names]


@pytest.mark.parametrize(("text", "title", "variable", "families"), [
    # Italian: "a cura di" and its abbreviation, one editor or two joined by "e"
    ("P. Bembo, Lettere, a cura di E. Travi, Verona 1987.", "Lettere", "editor", ["Travi"]),
    ("G. Gozzi, Scritti scelti, a c. di N. Mangini, Torino 1976, p. 45.", "Scritti scelti",
     "editor", ["Mangini"]),
    ("A. Rossi, Carteggi inediti, a cura di V. Branca e C. Ossola, Firenze 1991.",
     "Carteggi inediti", "editor", ["Branca", "Ossola"]),
    ("T. Moro, L'Utopia, trad. di T. Fiore, Bari 1970.", "L'Utopia", "translator", ["Fiore"]),
    # the publisher printed before the city
    ("R. Tirelli, Progetto di un canale, a cura di L. F. Valdrighi, Immacolata Concezione, "
     "Modena 1872, pp. 3", "Progetto di un canale", "editor", ["Valdrighi"]),
    # English, German, French
    ("N. Rubinstein, Florentine Studies, ed. by J. Hale, London 1968.", "Florentine Studies",
     "editor", ["Hale"]),
    ("J. F. Böhmer, Regesta Imperii, hrsg. von E. Mühlbacher und J. Lechner, Innsbruck 1908.",
     "Regesta Imperii", "editor", ["Mühlbacher", "Lechner"]),
    ("J. de Joinville, Histoire de Saint Louis, éd. par N. de Wailly, Paris 1874.",
     "Histoire de Saint Louis", "editor", ["Wailly"]),
    # phrases of reference_terms.ROLE_TERMS the table takes whole: a compiler, a French
    # «sous la direction de»
    ("R. Smith, Venetian Papers, compiled by J. Brown, London 1968.", "Venetian Papers",
     "compiler", ["Brown"]),
    ("J. Martin, Histoire de la Vénétie, sous la direction de A. Dupont, Paris 1990.",
     "Histoire de la Vénétie", "editor", ["Dupont"]),
])
def test_a_role_statement_after_the_title_names_its_editors(text, title, variable,
                                                            families):
    fields = parse_reference(text).fields
    assert fields["title"] == title
    assert _families(fields[variable]) == families


def test_an_introductions_statement_after_the_title_is_kept_in_note():
    fields = parse_reference(
        "L. Malle, Stupinigi, un capolavoro del Settecento, introduzione di L. Firpo, "
        "Torino 1968").fields
    assert fields["title"] == "Stupinigi, un capolavoro del Settecento"
    assert fields["note"] == "introduzione di L. Firpo"
    assert "editor" not in fields


def test_words_after_a_role_preposition_that_are_no_names_stay_in_the_title():
    fields = parse_reference("G. Rossi, Lettere di un esule, da Parigi e da Londra, "
                             "Torino 1890.").fields
    assert fields["title"] == "Lettere di un esule, da Parigi e da Londra"
    assert "editor" not in fields and "translator" not in fields


@pytest.mark.parametrize(("text", "read_title", "title", "variable", "statement"), [
    ("L. Malle, Stupinigi: un capolavoro del Settecento. Introduzione di L. Firpo, Torino "
     "1968", "Stupinigi: un capolavoro del Settecento. Introduzione di L. Firpo",
     "Stupinigi: un capolavoro del Settecento", "note", "Introduzione di L. Firpo"),
    ("G. Ruzzante, Teatro. A cura di L. Zorzi, Torino 1967", "Teatro. A cura di L. Zorzi",
     "Teatro", "editor", "Zorzi"),
])
def test_a_role_statement_the_labeller_read_into_the_title_is_taken_off(
        text, read_title, title, variable, statement):
    reference = to_reference(labelled_spans(text, ("author", text.split(",")[0]),
                                            ("title", read_title)))
    assert reference.fields["title"] == title
    value = reference.fields[variable]
    assert (value if variable == "note" else value[0].family) == statement
