"""An article in a serial named by its siglum in capitals, then the volume with the year
in parentheses or after a comma, and the article's pages or the page cited, as notes of
archaeology and of translated histories print it. Real notes of three books in the
Russian dev set: a translated history of ancient Russia (onlinereadsfree 130271), a
translated book on 16th-century Muscovy (booksonline 90501), a Soviet book on what the
ancients knew of the North (libcat 25838); the values were read off the texts by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "title", "journal", "volume", "year", "page"), [
    ("«Ананьинский могильник». СА, II (1937), 95-111.",
     "Ананьинский могильник", "СА", "II", 1937, "95-111"),
    ("«Церковно-земский Собор 1549 года», ЗРНИБ, 9 (1933), 1-15.",
     "Церковно-земский Собор 1549 года", "ЗРНИБ", "9", 1933, "1-15"),
    ("А.А. Спицын, «Курганы скифов- пахарей», АК, 65 (1918).",
     "Курганы скифов- пахарей", "АК", "65", 1918, None),
    ("Скифский Геракл. КСИИМК, XXXIV, 1950, стр. 7 сл.",
     "Скифский Геракл", "КСИИМК", "XXXIV", 1950, None),
])
def test_a_siglum_with_volume_and_year_is_the_articles_journal(
        text: str, title: str, journal: str, volume: str, year: int, page: str | None) -> None:
    reference = parse_reference(text)
    fields = reference.fields
    assert reference.type == "article-journal"
    assert (fields["title"], fields["container-title"], fields["volume"]) == \
        (title, journal, volume)
    assert fields["issued"].year == year
    assert fields.get("page") == page


def test_the_page_cited_after_str_is_the_locator_not_the_articles_pages() -> None:
    reference = parse_reference("Скифский Геракл. КСИИМК, XXXIV, 1950, стр. 7 сл.")
    assert reference.locator == "7 сл"
    assert "page" not in reference.fields


def test_a_place_and_year_after_a_title_are_no_siglum() -> None:
    # "М., 1950": one capital with its period is a place, not a serial's siglum
    fields = parse_reference("«Скифский Геракл», М., 1950, стр. 7.").fields
    assert "container-title" not in fields
