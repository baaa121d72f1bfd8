"""Rostov-on-Don in an imprint, typed every way catalogues and lists type it.

GOST 7.0.12-2011 (appendix A) abbreviates six cities of Russian imprints; Rostov-on-Don's
abbreviation, «Ростов н/Д», is the one with a slash, and is typed with the slash spaced
(«Ростов н / Д. : Феникс», a library catalogue's record, dev row ru-gost-1523), a period
after it, a hyphen for its space, or the river's name ended («н/Дону»). Each is the place
Ростов-на-Дону, and the spaced slash opens no statement of responsibility."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference


@pytest.mark.parametrize("place", [
    "Ростов н/Д", "Ростов н/Д.", "Ростов н / Д.", "Ростов н / Д", "Ростов-н/Д", "Ростов-н/Д.",
    "Ростов н/Дону", "Ростов-на-Дону",
])
def test_every_typing_of_rostov_on_don_before_the_publisher(place: str) -> None:
    fields = parse_reference(f"Кравченко А. И. Социология : учебник. – {place} : Феникс, "
                             "2004. – 544 с.").fields
    assert (fields["publisher-place"], fields["publisher"]) == ("Ростов-на-Дону", "Феникс")
    assert fields["title"] == "Социология"
    assert fields["number-of-pages"] == "544"


@pytest.mark.parametrize("place", ["Ростов н/Д.", "Ростов н / Д", "Ростов-н/Д"])
def test_rostov_on_don_before_the_year_alone(place: str) -> None:
    fields = parse_reference(f"Мининков Н. А. Донское казачество. {place}, 1998. 510 с.").fields
    assert fields["publisher-place"] == "Ростов-на-Дону"
    assert fields["title"] == "Донское казачество"


def test_a_slash_after_rostov_as_a_word_still_opens_the_responsibility() -> None:
    fields = parse_reference("Ростов Великий / сост. И. Н. Петров. – М. : Искусство, 1980. "
                             "– 200 с.").fields
    assert fields["title"] == "Ростов Великий"
