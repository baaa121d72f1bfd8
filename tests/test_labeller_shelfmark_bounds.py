"""Where an Italian archival shelfmark the labeller read begins and ends
(`labeller/shelfmark_bounds.py`): a document's date after the series is its date, not a
level of the archive; a unit and its number opening a note are its shelfmark; a plural
unit's list is the shelfmark's. The labellings are written out as the model gives them,
so that the rules are tested apart from any one model."""

from __future__ import annotations

import pytest

from biblio.model import Date
from biblio.parse.labeller.decode import to_reference
from biblio.parse.labeller.shelfmark_bounds import date_closing_shelfmark

from labelled_spans import labelled_spans


@pytest.mark.parametrize(("location", "series", "parts"), [
    ("Mediceo del Principato, 1590, 12 marzo", "Mediceo del Principato", [[1590, 3, 12]]),
    ("Lettere ai Savi, 3 ott. 1710", "Lettere ai Savi", [[1710, 10, 3]]),
    ("Lettere ai Savi, 3 October 1710", "Lettere ai Savi", [[1710, 10, 3]]),
    ("Senato, Dispacci Roma, 1701-1709", "Senato, Dispacci Roma", [[1701], [1709]]),
    ("Scuola di S. Rocco, Catastici, 1629 / 30", "Scuola di S. Rocco, Catastici",
     [[1629], [1630]]),
    ("Notarile, Atti, 1566", "Notarile, Atti", [[1566]]),
])
def test_a_date_closing_a_shelfmark_is_the_documents(
        location: str, series: str, parts: list[list[int]]) -> None:
    fields = {"archive_location": location}
    date_closing_shelfmark(fields)
    assert fields == {"archive_location": series, "issued": Date(parts=parts)}


@pytest.mark.parametrize("fields", [
    {"archive_location": "Dieci Savi sopra le decime a Rialto. Redecima 1566, b. 128"},
    {"archive_location": "Senato, Deliberazioni, reg. 1566"},  # a unit's number
    {"archive_location": "1566"},  # nothing would be left
    {"archive_location": "Notarile, Atti, 12 Senato 1600"},  # no month
    {"archive_location": "Notarile, Atti, 1566", "issued": Date(parts=[[1570]])},
    {"archive_location": "Provveditori, c. 12, 1541, 1567"},  # several dates
])
def test_no_date_is_taken_off_what_is_no_closing_date(fields: dict) -> None:
    before = dict(fields)
    date_closing_shelfmark(fields)
    assert fields == before


@pytest.mark.parametrize(("text", "spans", "location", "year"), [
    ("b. 6, 9 febbraio 1788;", [("date", "1788")], "b. 6", 1788),
    ("busta 14, 3 ottobre 1710.", [("date", "1710")], "busta 14", 1710),
    ("reg. 22, 10 maggio 1444.", [("date", "1444")], "reg. 22", 1444),
])
def test_a_unit_and_number_opening_a_note_are_its_shelfmark(
        text: str, spans: list[tuple[str, str]], location: str, year: int) -> None:
    reference = to_reference(labelled_spans(text, *spans))
    assert reference.fields["archive_location"] == location
    assert reference.fields["issued"].year == year


def test_no_shelfmark_from_a_unit_word_in_a_title() -> None:
    text = "Busta gialla, romanzo, 1950."
    reference = to_reference(labelled_spans(text, ("title", "Busta gialla, romanzo"),
                                       ("date", "1950")))
    assert "archive_location" not in reference.fields


@pytest.mark.parametrize(("text", "spans", "location"), [
    ("Provveditori alla Sanità, buste 16, 22.",
     [("archive_location", "Provveditori alla Sanità, buste 16")],
     "Provveditori alla Sanità, buste 16, 22"),
    ("Scuole piccole, bb. 3, 12, 40", [("archive_location", "Scuole piccole, bb. 3")],
     "Scuole piccole, bb. 3, 12, 40"),
    ("Inquisitori di Stato, filze 5 e 9.", [("archive_location", "Inquisitori di Stato, filze 5")],
     "Inquisitori di Stato, filze 5 e 9"),
])
def test_a_plural_units_list_is_the_shelfmarks(
        text: str, spans: list[tuple[str, str]], location: str) -> None:
    reference = to_reference(labelled_spans(text, *spans))
    assert reference.fields["archive_location"] == location
    assert not reference.leftover


def test_a_singular_units_number_is_followed_by_no_list() -> None:
    text = "Provveditori alla Sanità, busta 16, 22 marzo 1630."
    reference = to_reference(labelled_spans(text, ("archive_location",
                                              "Provveditori alla Sanità, busta 16"),
                                       ("date", "1630")))
    assert reference.fields["archive_location"] == "Provveditori alla Sanità, busta 16"


@pytest.mark.parametrize(("text", "year"), [
    ("ASF, Mediceo, filza 12, 4 sett. 1601.", 1601),
    ("ASF, Mediceo, filza 12, 18 giu. 1590.", 1590),
    ("ASF, Mediceo, filza 12, 2 genn. 1575.", 1575),
])
def test_a_document_dated_with_an_italian_months_abbreviation(text: str, year: int) -> None:
    reference = to_reference(labelled_spans(text, ("archive", "ASF"),
                                       ("archive_location", "Mediceo, filza 12")))
    assert reference.fields["issued"].year == year
