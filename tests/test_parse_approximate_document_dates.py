"""A document's date the publisher established, «Не ранее 10 ноября 1943 г.», after its
title and before the archive or the collection that holds it, is its `issued` like a date
the document bears; the words that qualify it stay in `note` (biblio.parse.gost's
APPROXIMATE_DAY, biblio.data.reference_terms.APPROXIMATE_DATE_WORDS). Publications of
documents date an undated one so («не ранее», «не позднее», «около»: the rules for
publishing historical documents), and the portals and collections that print their
headings keep the words (the dev set's batch 50, a document portal's heading)."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.model import Item


def one(text: str) -> Item:
    document = parse_footnotes([text])
    (cite,) = document.notes[0].cites
    return document.items[cite.item]


@pytest.mark.parametrize(("text", "title", "parts", "note"), [
    # a regional party archive's heading, the date capitalised after the title's period
    ("Из отчета Курского обкома ВКП(б) о работе сельских клубов. Не ранее 3 апреля 1946 г. "
     "// ГАКО, ф. П-1, оп. 1, д. 4512, лл. 12-14. Подлинник.",
     "Из отчета Курского обкома ВКП(б) о работе сельских клубов", [1946, 4, 3],
     "Не ранее 3 апреля 1946 г."),
    # after a comma, in lower case, «не позднее», the archive in the period form
    ("Письмо председателя волисполкома в уездный комитет, не позднее 15 июня 1919 г. "
     "// ГАРФ. Ф. Р-393. Оп. 1. Д. 12. Л. 5.",
     "Письмо председателя волисполкома в уездный комитет", [1919, 6, 15],
     "не позднее 15 июня 1919 г."),
    # «Около» and the year without «г.»
    ("Записка наркома просвещения в СНК. Около 12 марта 1918 // РГАСПИ, ф. 19, оп. 1, "
     "д. 77, л. 3.",
     "Записка наркома просвещения в СНК", [1918, 3, 12], "Около 12 марта 1918"),
])
def test_an_established_date_before_the_archive_is_the_documents(
        text: str, title: str, parts: list[int], note: str) -> None:
    item = one(text)
    assert item.fields["title"] == title
    assert item.fields["issued"].parts == [parts]
    assert note in item.fields["note"]


def test_the_date_the_document_bears_has_no_note() -> None:
    item = one("Из письма Н. Иванова в ЦК. 5 мая 1920 г. // РГАСПИ, ф. 17, оп. 1, д. 3, л. 4.")
    assert item.fields["title"] == "Из письма Н. Иванова в ЦК"
    assert item.fields["issued"].parts == [[1920, 5, 5]]
    assert "note" not in item.fields


def test_an_established_date_before_a_collection_stays_in_the_note() -> None:
    item = one("Записка наркома в СНК. Не позднее 12 марта 1918 г. // Декреты Советской "
               "власти. М., 1957. Т. 1. С. 5.")
    assert item.fields["title"] == "Записка наркома в СНК"
    assert item.fields["container-title"] == "Декреты Советской власти"
    assert "Не позднее 12 марта 1918 г." in item.fields["note"]
