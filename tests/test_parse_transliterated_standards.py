"""Standards and codes of practice named by their designations transliterated, as Russian
journals' reference lists in Latin script print them («GOST 12248-96. Grunty. …», «SP
11-105-97. Inzhenerno-geologicheskie izyskaniya …», batch 48's engineering-geology
article): the designation and number are the standard's `number`, the words after it its
title, as with «ГОСТ» and «СП». The values were read off the texts by hand."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference


@pytest.mark.parametrize(("text", "number", "title", "year"), [
    ("GOST 12248-96. Grunty. Metody laboratornogo opredeleniya kharakteristik prochnosti i "
     "deformiruemosti. - Moskva : GUP TsPP, Izd-vo standartov, 1997. - 60 s", "GOST 12248-96",
     "Grunty. Metody laboratornogo opredeleniya kharakteristik prochnosti i deformiruemosti",
     1997),
    ("GOST R 7.0.5-2008. Bibliograficheskaya ssylka. Moscow, Standartinform Publ., 2008. 19 p.",
     "GOST R 7.0.5-2008", "Bibliograficheskaya ssylka", 2008),
    ("SNiP 2.02.01-83*. Osnovaniya zdaniy i sooruzheniy. Moscow, 1985.", "SNiP 2.02.01-83*",
     "Osnovaniya zdaniy i sooruzheniy", 1985),
    ("SP 50-101-2004. Proektirovanie i ustroystvo osnovaniy i fundamentov zdaniy i "
     "sooruzheniy. Moscow, 2005.", "SP 50-101-2004",
     "Proektirovanie i ustroystvo osnovaniy i fundamentov zdaniy i sooruzheniy", 2005),
])
def test_a_transliterated_designation_opens_a_standard(text: str, number: str, title: str,
                                                       year: int) -> None:
    reference = parse_reference(text)
    assert reference.type == "standard"
    assert reference.fields["number"] == number
    assert reference.fields["title"] == title
    assert reference.fields["issued"].parts == [[year]]
