"""A building code's designation typed otherwise (issue 9, session 33, batch 42).

Course reference lists and standards' own lists of normative references type the
building codes' "СНиП" with a lower-case «и» in the middle or in capitals: «СниП
2.01.07-85* "Нагрузки и воздействия".» (a building standard's normative references, dev row
ru-gost-1631), «СНИП 2.08.01-89 Жилые здания». They are read as the standard's number,
as printed. Values read by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "number", "title"), [
    ('СниП 2.01.07-85* "Нагрузки и воздействия".', "СниП 2.01.07-85*",
     "Нагрузки и воздействия"),
    ("СниП 23-05-95 «Естественное и искусственное освещение».", "СниП 23-05-95",
     "Естественное и искусственное освещение"),
    ("СНИП 2.08.01-89 Жилые здания. М., 1990.", "СНИП 2.08.01-89", "Жилые здания"),
])
def test_a_building_codes_designation_typed_otherwise_opens_the_standard(
        text: str, number: str, title: str) -> None:
    reference = parse_reference(text)
    assert reference.type == "standard"
    assert reference.fields["number"] == number
    assert reference.fields["title"] == title
