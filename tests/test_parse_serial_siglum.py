"""A serial or a collected edition named by its siglum in capitals after the title's
period, with no "//", then its volume or issue: read as GOST 7.1-2003's host ("… //
КСИИМК. Вып. XXXIV"). Real forms from two books' notes in the Russian dev set: on the
Scythians (rutlib 15530: «КСИИМК», the Brief Reports of the Institute for the History of
Material Culture) and on Bulgakov (rutlib 19812: «ПСС», Gorky's complete works); the
values were read off the texts by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "title", "host", "numbering"), [
    ("Мелюкова А. И. Войско и военное искусство скифов. КСИИМК. Вып. XXXIV. М., 1960. С. 37.",
     "Войско и военное искусство скифов", "КСИИМК", ("issue", "XXXIV")),
    ("А. М. Горький. Гуманистам. ПСС, т. 25.", "Гуманистам", "ПСС", ("volume", "25")),
])
def test_a_siglum_before_its_numbering_is_the_host(text: str, title: str, host: str,
                                                   numbering: tuple[str, str]) -> None:
    fields = parse_reference(text).fields
    assert fields["title"] == title
    assert fields["container-title"] == host
    assert fields[numbering[0]] == numbering[1]


def test_a_books_own_volume_after_its_title_opens_no_host() -> None:
    # the volume after a title in lower case is the book's: no siglum, no host
    fields = parse_reference("Карамзин Н. М. История государства Российского. Т. 2. М., "
                             "1991.").fields
    assert "container-title" not in fields
    assert fields["volume"] == "2"
