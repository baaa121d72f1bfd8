"""The transliterated reference lists of Russian journals ("References", GOST R 7.0.7
and the Scopus practice): a romanized title with its English translation in brackets,
which is a note, and the imprint "City, Publisher Publ., Year" joined by commas. Real
forms from the dev set (batch 6) and from a journal's reference list on the same
practice; values read off the text by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

CASES = [
    ("Kostrov N. A. Gorod Kuznetsk: istoriko-statisticheskiy ocherk [The Town of Kuznetsk: "
     "Historical and Statistical Essay]. Tomsk, Provincial Printing House, 1880. 26 p.",
     "Gorod Kuznetsk: istoriko-statisticheskiy ocherk",
     "The Town of Kuznetsk: Historical and Statistical Essay", "Tomsk",
     "Provincial Printing House", 1880),
    ("Arutyunova A. Yu. Dialogichnost’ teksta i kategoriya svyaznosti [Textual dialogism and a "
     "category of coherence]. Pyatigorsk, RIA-KMV Publ., 2009. 176 p.",
     "Dialogichnost’ teksta i kategoriya svyaznosti",
     "Textual dialogism and a category of coherence", "Pyatigorsk", "RIA-KMV Publ.", 2009),
]


@pytest.mark.parametrize(("text", "title", "translation", "place", "publisher", "year"), CASES)
def test_the_translation_in_brackets_is_a_note_and_the_imprint_reads(
        text: str, title: str, translation: str, place: str, publisher: str, year: int) -> None:
    reference = parse_reference(text)
    assert reference.fields["title"] == title
    assert reference.fields["note"] == translation
    assert reference.fields["publisher-place"] == place
    assert reference.fields["publisher"] == publisher
    assert reference.fields["issued"].parts[0][0] == year


def test_a_bracket_in_a_russian_title_stays() -> None:
    reference = parse_reference("Российская Федерация. Законы. Об информации [Текст]: федер. "
                                "закон. М., 2006.")
    assert "note" not in reference.fields or "Текст" not in reference.fields["note"]
