"""«и др.» transliterated, "i dr.", closing a list of names cut short, as Russian journals'
transliterated reference lists print it ("Doskin V.A., Keller Kh., Muraenko M.N. i dr.
Morfofunktsional'nye konstanty detskogo organizma. M.: Meditsina; 1997.", batch 48): the
names end with the others, and the title opens after them. The values were read off the
texts by hand."""

from __future__ import annotations

import pytest

from biblio.model import OTHERS
from biblio.parse import parse_reference


@pytest.mark.parametrize(("text", "families", "title"), [
    ("Doskin V.A., Keller Kh., Muraenko M.N. i dr. Morfofunktsional'nye konstanty detskogo "
     "organizma. M.: Meditsina; 1997.", ["Doskin", "Keller", "Muraenko"],
     "Morfofunktsional'nye konstanty detskogo organizma"),
    ("Petrov A.A., Sidorov B.B. i dr. Istoriya goroda. M.: Nauka, 2001. 300 s.",
     ["Petrov", "Sidorov"], "Istoriya goroda"),
])
def test_the_transliterated_et_al_closes_the_names(text: str, families: list[str],
                                                   title: str) -> None:
    reference = parse_reference(text)
    names = reference.fields["author"]
    assert [name.family for name in names[:-1]] == families
    assert names[-1].literal == OTHERS
    assert reference.fields["title"] == title
