"""References in the styles of the world's notes and reference lists, read whole.

Each reference below was written by hand from its manual's pattern (APA 7, Chicago
17 notes and bibliography, Vancouver, the Italian and German note habits), not taken
from any labelled set, and its fields checked by hand. The GOST forms of foreign works
stay with the grammar (tests/test_parse_gold.py and the constructed cases)."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes


def _read(text: str):
    document = parse_footnotes([text])
    note = document.notes[0]
    assert note.cites, f"no cite in {text!r}: {document.problems}"
    cite = note.cites[0]
    return document.items[cite.item], cite


def _families(item, variable="author"):
    return [name.family for name in item.names(variable)]


def test_apa_book_gives_names_year_title_place_and_publisher():
    item, _ = _read("Fitzpatrick, S., & Viola, L. (1999). Everyday Stalinism: Ordinary "
                    "life in extraordinary times. New York: Oxford University Press.")
    assert _families(item) == ["Fitzpatrick", "Viola"]
    assert item.year == 1999
    assert item["title"] == "Everyday Stalinism: Ordinary life in extraordinary times"
    assert item["publisher-place"] == "New York"
    assert item["publisher"] == "Oxford University Press"


def test_apa_article_gives_journal_volume_issue_and_pages():
    item, _ = _read("Kotkin, S. (2002). Trashcanistan: A tour through the wreckage of "
                    "the Soviet empire. Slavic Review, 61(3), 421–453.")
    assert _families(item) == ["Kotkin"]
    assert item["container-title"] == "Slavic Review"
    assert (item["volume"], item["issue"], item["page"]) == ("61", "3", "421–453")
    assert item.type == "article-journal"


def test_vancouver_names_without_periods():
    item, _ = _read("Smith JA, Brown K. Typhus in the Red Army, 1919-1921. "
                    "J Hist Med Allied Sci. 2001;56(3):245-60.")
    assert _families(item) == ["Smith", "Brown"]
    assert item.year == 2001
    assert (item["volume"], item["issue"], item["page"]) == ("56", "3", "245-60")


def test_italian_note_with_place_year_and_page():
    item, cite = _read("G. Cozzi, Repubblica di Venezia e Stati italiani, Torino 1982, p. 45.")
    assert _families(item) == ["Cozzi"]
    assert item["title"] == "Repubblica di Venezia e Stati italiani"
    assert item["publisher-place"] == "Torino" and item.year == 1982
    assert cite.locator == "45"


def test_german_note_with_container_after_in():
    item, _ = _read("Hans Mommsen, Die Realisierung des Utopischen, in: Geschichte und "
                    "Gesellschaft 9 (1983), S. 381–420.")
    assert _families(item) == ["Mommsen"]
    assert item["title"] == "Die Realisierung des Utopischen"
    assert item["container-title"] == "Geschichte und Gesellschaft"
    assert item["volume"] == "9" and item.year == 1983


def test_chicago_bibliography_chapter_with_editors():
    item, _ = _read("Getty, J. Arch. “State and Society under Stalin.” In Stalinism: New "
                    "Directions, edited by Sheila Fitzpatrick, 211–35. London: Routledge, 2000.")
    assert _families(item) == ["Getty"]
    assert item["title"] == "State and Society under Stalin"
    assert item["container-title"] == "Stalinism: New Directions"
    assert _families(item, "editor") == ["Fitzpatrick"]
    assert item["publisher"] == "Routledge" and item.year == 2000


@pytest.mark.parametrize("text", [
    "Pons S. Stalin and the inevitable war, 1936—1941. L., 2002. P. X—XI.",
    "Dullin S. Des hommes d’influences. P.: Payot, 2001. P. 118.",
])
def test_gost_forms_of_foreign_books_stay_with_the_grammar(text):
    item, cite = _read(text)
    assert item.get("publisher-place") in ("London", "Paris")
    assert cite.locator in ("X—XI", "118")
