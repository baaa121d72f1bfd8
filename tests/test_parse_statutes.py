"""Statutes by short title, year and jurisdiction (AGLC rule 3.1, OSCOLA rule 2.4)."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.formats.csljson import item_to_json


def _only_item(note: str) -> tuple[dict, str | None, str | None]:
    document = parse_footnotes([note])
    cite, = document.notes[0].cites
    return item_to_json(document.items[cite.item]), cite.label, cite.locator


@pytest.mark.parametrize("note, title, year, jurisdiction", [
    # Journal of Law and Society (1997-98) footnotes, as printed
    ("Contracts Review Act 1980 (N.S.W.).", "Contracts Review Act", 1980, "N.S.W."),
    ("Crimes (Sexual Assault) Amendment Act 1981 (N.S.W.)",
     "Crimes (Sexual Assault) Amendment Act", 1981, "N.S.W."),
    ("Marriage Act Amendment Act 1976 (Cwth.)", "Marriage Act Amendment Act", 1976, "Cwth."),
    # AGLC's own form, jurisdiction without periods
    ("Family Law Act 1975 (Cth).", "Family Law Act", 1975, "Cth"),
    # OSCOLA: a UK act has no jurisdiction
    ("Human Rights Act 1998", "Human Rights Act", 1998, None),
])
def test_a_statute_is_its_title_year_and_jurisdiction(note, title, year, jurisdiction):
    item, _, _ = _only_item(note)
    assert item["type"] == "legislation"
    assert (item["title"], item["issued"]["date-parts"][0][0], item.get("publisher-place")) \
        == (title, year, jurisdiction)


def test_a_statutes_section_is_the_cites_locator():
    item, label, locator = _only_item("Trade Practices Act 1974 (Cwth.), s. 52")
    assert (item["title"], label, locator) == ("Trade Practices Act", "section", "52")
    _, label, locator = _only_item("Family Law Act 1975 (Cth) ss 79-80.")
    assert (label, locator) == ("section", "79-80")


def test_a_sentence_naming_an_act_is_no_statute_citation():
    document = parse_footnotes(["The reforms followed the Family Law Act 1975 (Cth) closely."])
    assert all(document.items[c.item].fields.get("title") != "Family Law Act"
               for c in document.notes[0].cites)
