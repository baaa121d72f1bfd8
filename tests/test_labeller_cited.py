"""The pinpoint the labeller read, its term made the CSL label (labeller.cited): the
forms of LinkedBooks' archival notes (dev rows) and of the page terms."""

from __future__ import annotations

import pytest

from biblio.parse.labeller.cited import labelled_locator
from biblio.parse.labeller.decode import to_reference
from biblio.parse.labeller.model import Labelled
from biblio.parse.labeller.tokens import tokenize


@pytest.mark.parametrize(("locator", "label", "value"), [
    ("c. 34r", "folio", "34r"),  # carta: "ASV, Senato, Deliberazioni, reg. 12, c. 34r"
    ("cc. 26 r-v", "folio", "26 r-v"),
    ("C. 88", "folio", "88"),  # "BIBLIOTECA NAZIONALE MARCIANA (BNM), 183. C. 88."
    ("ff. 37r-37v", "folio", "37r-37v"),
    ("fol. 61V", "folio", "61V"),
    ("coll. 507, 509", "column", "507, 509"),
    ("col. 773", "column", "773"),
    ("pagg. 97-98", "page", "97-98"),
    ("p. 9", "page", "9"),
    ("105 v", "page", "105 v"),  # no term: the page, as printed
    ("cit. 5", "page", "cit. 5"),  # no term of a pinpoint
])
def test_the_term_of_a_pinpoint_is_its_label(locator: str, label: str, value: str) -> None:
    assert labelled_locator(locator, "Sloane ms. 1411") == (label, value)


def test_a_cyrillic_reference_keeps_its_latin_c_as_printed() -> None:
    # a Latin "c." typed for the Russian page «с.»: no carta
    assert labelled_locator("c. 5", "Иванов И. И. Очерки. М., 1950, c. 5.") == ("page", "c. 5")


def test_the_labeller_reference_holds_the_label_and_the_value() -> None:
    text = "Sloane ms. 1411, c. 393."
    tokens = tokenize(text)  # Sloane ms . 1411 , c . 393 .
    labels = ["archive_location"] * 4 + ["other"] + ["locator"] * 3 + ["other"]
    reference = to_reference(Labelled(text, tokens, labels, 0.9))
    assert reference.fields["archive_location"] == "Sloane ms. 1411"
    assert (reference.label, reference.locator) == ("folio", "393")
