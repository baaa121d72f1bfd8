"""A thesis's statement romanized, as the transliterated "References" of Russian journals
print it (GOST 7.79-2000 system B): `genre`, not the title, and the item a `thesis`, as the
Cyrillic «дис. … канд. … наук» is (the dev set's rule). Forms of the dev set (ru-fn-2323,
ru-fn-2325, a police academy journal's references) and the Ukrainian «dys.»; read off by
hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "title", "genre"), [
    ("Ponomarev D. A. Teoreticheskie problemy razvitiya ponyatiya zakonnosti v otechestvennoy "
     "yuridicheskoy nauke : avtoref. dis. … kand. yurid. nauk. Ufa, 2003. S. 12.",
     "Teoreticheskie problemy razvitiya ponyatiya zakonnosti v otechestvennoy yuridicheskoy "
     "nauke", "avtoref. dis. … kand. yurid. nauk"),
    ("Kalinovskiy K. B. Zakonnost' i tipy ugolovnogo processa : dis.. kand. yurid. nauk. SPb., "
     "1999.", "Zakonnost' i tipy ugolovnogo processa", "dis.. kand. yurid. nauk"),
    ("Ivanenko I. I. Istoriia mista : dys. … kand. ist. nauk. Kyiv, 2010. 200 s.",
     "Istoriia mista", "dys. … kand. ist. nauk"),
])
def test_the_romanized_thesis_statement_is_the_genre(text: str, title: str, genre: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["title"] == title
    assert reference.fields["genre"] == genre
    assert reference.type == "thesis"


def test_a_latin_dis_in_a_title_stays() -> None:
    fields = parse_reference("Smith J. Inscriptions: Dis Manibus Sacrum. Oxford, 1990.").fields
    assert fields["title"] == "Inscriptions: Dis Manibus Sacrum"
    assert "genre" not in fields
