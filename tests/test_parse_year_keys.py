"""Entries of chronological lists keyed by their year (parse/year_keys.py)."""

from __future__ import annotations

import pytest

from biblio.parse.choice import read_reference
from biblio.parse.year_keys import imprint_dated, year_key


@pytest.mark.parametrize(("text", "parts", "rest"), [
    ("1830 T. Moore, Letters and journals of Lord Byron, London.", [[1830]],
     "T. Moore, Letters and journals of Lord Byron, London."),
    ("1718-1722 AA. VV., Istorici delle cose veneziane, Venezia.", [[1718], [1722]],
     "AA. VV., Istorici delle cose veneziane, Venezia."),
])
def test_a_year_before_the_entry_is_its_key(text, parts, rest):
    key = year_key(text)
    assert key is not None and (key[0].parts, key[1]) == (parts, rest)


@pytest.mark.parametrize("text", [
    "1984 Orwell",                                    # no entry after it
    "1848 in Europa, Torino 1990.",                   # a title that opens with a year
    "1492: The Year the World Began, New York 2009.",
    "12 Smith J., Title, London 1990.",               # no year
])
def test_no_key(text):
    assert year_key(text) is None


def test_a_keyed_entry_is_read_without_its_key_and_dated_by_it():
    """LinkedBooks (a Venetian bibliography by year)."""
    reference = read_reference("1807-1888 Discorsi ed atti dell’Accademia di Belle Arti in "
                               "Venezia, Venezia.")
    assert reference.fields["title"] == "Discorsi ed atti dell’Accademia di Belle Arti in Venezia"
    assert reference.fields["issued"].parts == [[1807], [1888]]


def test_the_year_printed_besides_the_key_is_kept_in_the_note():
    reference = read_reference("1809 Da Canal V ·, Vita di Gregorio Lazzarini, Venezia (1732).")
    assert reference.fields["title"] == "Vita di Gregorio Lazzarini"
    assert reference.fields["issued"].parts == [[1809]]
    assert "1732" in reference.fields["note"]


@pytest.mark.parametrize(("text", "title", "year"), [
    # books whose titles open with a year, their imprint dated (Howe's, Kurlansky's, Mann's,
    # Rapport's, as bibliographies print them with the colon dropped): the year is the
    # title's, not a list's key (review of session 31)
    ("1984 Revisited. Totalitarianism in Our Century, New York 1983.",
     "1984 Revisited. Totalitarianism in Our Century", 1983),
    ("1968 The Year That Rocked the World, New York 2004.",
     "1968 The Year That Rocked the World", 2004),
    ("1491 New Revelations of the Americas Before Columbus, New York 2005.",
     "1491 New Revelations of the Americas Before Columbus", 2005),
    ("1848 Year of Revolution, London 2008.", "1848 Year of Revolution", 2008),
])
def test_a_title_opening_with_a_year_before_a_dated_imprint_keeps_it(text, title, year):
    reference = read_reference(text)
    assert reference.fields["title"] == title
    assert reference.fields["issued"].parts == [[year]]
    assert "note" not in reference.fields


@pytest.mark.parametrize(("entry", "year", "dated"), [
    ("Revisited. Totalitarianism in Our Century, New York 1983.", 1983, True),
    ("Da Canal V ·, Vita di Gregorio Lazzarini, Venezia (1732).", 1732, False),
    ("R. Almagià, Monumenta Italiae Cartographica, (ed. A. Forni, Firenze, 1980)", 1980, False),
    ("G. Cassini, Piante e vedute [1862-1871], Venezia", 1871, False),
])
def test_an_imprint_year_is_printed_outside_brackets(entry, year, dated):
    assert imprint_dated(entry, year) is dated
