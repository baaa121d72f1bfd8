"""A contribution to a serial's volume after the area dash (issue 9, session 33, batch 42).

Soviet notes in the form of GOST 7.1-76 print the host after ". — " where later forms
print "//", a serial numbered by volume with its imprint after the volume: "Шамбинаго С.
К. Повести о начале Москвы. — ТОДРЛ, т. 3. М. — Л., 1936, с. 59–98" and "Дмитриева Р. П.
Повесть о Тверском Отроче монастыре и исторические реалии. — ТОДРЛ, т. 24. Л., 1969, с.
210–213." (the notes of a history of Old Russian literature, dev rows ru-fn-2739 and
ru-fn-2745). The serial is the container, the pages the contribution's. A book's own
volume after the dash stays the book's. Values read by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

HOSTED = [
    ("Шамбинаго С. К. Повести о начале Москвы. — ТОДРЛ, т. 3. М. — Л., 1936, с. 59–98",
     "Повести о начале Москвы", "ТОДРЛ", "3", "59–98"),
    # other serials, places and pages in the same form
    ("Тихомиров М. Н. Сказания о начале Москвы. — Исторические записки, т. 32. М., 1950, "
     "с. 233–241.", "Сказания о начале Москвы", "Исторические записки", "32", "233–241"),
    ("Адрианова-Перетц В. П. Басня в русской литературе. — ТОДРЛ, т. 14. М.; Л., 1958, "
     "с. 104–122.", "Басня в русской литературе", "ТОДРЛ", "14", "104–122"),
]


@pytest.mark.parametrize(("text", "title", "host", "volume", "pages"), HOSTED)
def test_a_serials_volume_after_the_area_dash_is_the_container(
        text: str, title: str, host: str, volume: str, pages: str) -> None:
    reference = parse_reference(text)
    assert reference.type == "chapter"
    assert reference.fields["title"] == title
    assert reference.fields["container-title"] == host
    assert reference.fields["volume"] == volume
    assert reference.fields["page"] == pages


def test_a_books_volume_after_the_dash_stays_the_books() -> None:
    reference = parse_reference("Иванов И. И. История края. — Т. 2. М., 1950, с. 233–241.")
    assert reference.type == "book"
    assert reference.fields["title"] == "История края"
    assert "container-title" not in reference.fields

