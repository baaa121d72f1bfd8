"""Classic BibTeX: BibTeX's entry types and fields, and the documented equality.

The documented equality (docs/bibtex-mapping.md): `bibtex.read(bibtex.write(x)) == x`
for every item; what BibTeX's fields cannot hold travels in the carrier field, which
BibTeX styles ignore. What a BibTeX style *prints* is tested field by field below.
"""

from __future__ import annotations

import json

import pybtex.database
from hypothesis import HealthCheck, given, settings

from biblio.formats import bibfile, bibtex, csljson
from biblio.model import Date, Item, Name
from strategies import item_lists

PROPERTY = settings(max_examples=100, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def only_entry(text: str) -> bibfile.RawEntry:
    (entry,) = bibfile.parse(text).entries
    return entry


@PROPERTY
@given(item_lists())
def test_read_write_round_trip_of_generated_items(generated: list[Item]) -> None:
    assert bibtex.read(bibtex.write(generated)) == generated


def test_every_gold_item_round_trips(gold_json: dict) -> None:
    gold = csljson.read(json.dumps(list(gold_json["items"].values())))
    assert bibtex.read(bibtex.write(gold)) == gold


def test_pybtex_reads_the_gold_output(gold_json: dict) -> None:
    gold = csljson.read(json.dumps(list(gold_json["items"].values())))
    database = pybtex.database.parse_string(bibtex.write(gold), "bibtex")
    assert len(database.entries) == len(gold)


def test_article_uses_journal_and_year_with_a_month_macro() -> None:
    item = Item("k", "article-journal", {
        "author": [Name(family="Случ", given="С.З.")], "title": "Сталин и Гитлер",
        "container-title": "Отечественная история", "issue": "1",
        "issued": Date(parts=[[2005, 3]])})
    text = bibtex.write([item])
    assert "  month = mar\n" in text  # a bare macro, as plain.bst expects
    entry = only_entry(text)
    assert entry.entry_type == "article"
    assert entry.fields == {"author": "Случ, С.З.", "title": "Сталин и Гитлер",
                            "journal": "Отечественная история", "number": "1",
                            "year": "2005", "month": "3"}
    assert bibtex.read(text) == [item]


def test_thesis_is_phdthesis_with_school_and_type() -> None:
    item = Item("bach1981", "thesis", {"title": "Le colonel Mendras", "publisher": "Paris I",
                                       "genre": "mémoire de maîtrise d’Histoire",
                                       "publisher-place": "Paris"})
    entry = only_entry(bibtex.write([item]))
    assert entry.entry_type == "phdthesis"
    assert (entry.fields["school"], entry.fields["type"], entry.fields["address"]) == (
        "Paris I", "mémoire de maîtrise d’Histoire", "Paris")


def test_report_is_techreport_with_institution() -> None:
    item = Item("x", "report", {"title": "Доклад", "publisher": "ИРИ РАН", "number": "12"})
    entry = only_entry(bibtex.write([item]))
    assert (entry.entry_type, entry.fields["institution"], entry.fields["number"]) == (
        "techreport", "ИРИ РАН", "12")


def test_archive_is_also_printed_in_note_for_bibtex_styles() -> None:
    # plain.bst prints neither library nor archive fields: the note carries the place.
    item = Item("rgaspi", "manuscript", {"archive": "РГАСПИ",
                                         "archive_location": "ф. 558, оп. 11, д. 185",
                                         "note": "Письмо Сталина Молотову"})
    text = bibtex.write([item])
    entry = only_entry(text)
    assert entry.fields["note"] == "Письмо Сталина Молотову. РГАСПИ, ф. 558, оп. 11, д. 185"
    assert "verba" not in entry.fields
    assert bibtex.read(text) == [item]


def test_a_full_date_keeps_year_and_month_visible_and_the_day_in_the_carrier() -> None:
    item = Item("x", "article-newspaper", {"title": "T", "container-title": "Правда",
                                           "issued": Date(parts=[[1939, 8, 24]])})
    entry = only_entry(bibtex.write([item]))
    assert (entry.fields["year"], entry.fields["month"]) == ("1939", "8")
    assert json.loads(entry.fields["verba"]) == {"issued": {"date-parts": [[1939, 8, 24]]}}


def test_a_natbib_file_is_read() -> None:
    text = r"""
@phdthesis{dullin1998,
  author  = {Dullin, Sabine},
  title   = {Diplomates et diplomatie sovi{\'e}tiques en Europe},
  school  = {Universit{\'e} Paris~I},
  address = {Paris},
  year    = 1998,
  month   = dec,
}
"""
    (item,) = bibtex.read(text)
    assert item == Item("dullin1998", "thesis", {
        "author": [Name(family="Dullin", given="Sabine")],
        "title": "Diplomates et diplomatie soviétiques en Europe",
        "publisher": "Université Paris\u00a0I",
        "publisher-place": "Paris",
        "issued": Date(parts=[[1998, 12]]),
    })
