"""The volume abbreviated to its letter, "V. 1", "v. 53" (the abbreviation "v." of ISO 832 and
of the Library of Congress's lists), read only before figures: before a Roman numeral, after
another initial or before a year the letter is a given name's initial or no volume."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes
from biblio.parse.locators import parse_numbering


def _item(text: str) -> dict:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return document.items[cite.item].fields


def test_a_guides_volume_of_a_multipart_work_by_its_letter() -> None:
    # a university guide's example of one volume of a two-volume work (batch 22 of the GOST
    # examples): "In 2 v." the set, "V. 1." the volume cited
    fields = _item("Andrea, Alfred J., Overfield, James H. The Human Record: Sources of "
                   "Global History: In 2 v. – V. 1.– N.Y.: Norton & Company, 1990. – P. 445.")
    assert fields["title"].endswith("The Human Record: Sources of Global History")
    assert fields["volume"] == "1"
    assert fields["number-of-volumes"] == "2"
    assert fields["publisher-place"] == "New York"


@pytest.mark.parametrize(("text", "numbering"), [
    ("V. 1", [("volume", "1")]),
    ("v. 53", [("volume", "53")]),
    ("V. 12, N 3", [("volume", "12"), ("issue", "3")]),
])
def test_the_letter_before_figures_is_a_volume(text: str, numbering: list) -> None:
    assert parse_numbering(text) == numbering


@pytest.mark.parametrize("text", [
    "V. I",      # "Lenin, V. I. Poln. sobr. soch." (ru-gost-236): an initial
    "V. 2007",   # "Brown, G. V. 2007, CaJPh, 86, 151" (an astrophysics list): a year
])
def test_the_letter_before_a_roman_numeral_or_a_year_is_no_volume(text: str) -> None:
    assert parse_numbering(text) is None


@pytest.mark.parametrize("text", [
    "Lenin, V. I. Poln. sobr. soch. - T. 38.",
    "V. I. Berger, Antimony Deposits (Nedra, Leningrad, 1978) [in Russian].",
])
def test_initials_stay_a_name(text: str) -> None:
    fields = _item(text)
    assert fields.get("volume") in (None, "38")
    assert any(name.given and "V." in name.given for name in fields["author"])
