"""A set cited whole by the range of its volumes (or parts) in Roman numerals, as the lists
of abbreviations of Soviet editions print it (GOST 7.1-2003 clause 5.7.15: the volumes of
a multipart document): the range is the numbering, not part of the title. Real forms from
the abbreviations of an edition of Belinsky's works (lit.wikireading, dev set batch 20, and
the same list on knijky.ru); values read off by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "title", "place"), [
    ("В. Г. Белинский. Полн. собр. соч., т. I–XIII. М., Изд-во АН СССР, 1953–1959.",
     "Полн. собр. соч.", "Москва"),
    ("В. Г. Белинский. Сочинения, ч. I–XII. М., Изд-во К. Солдатенкова и Н. Щепкина, "
     "1859–1862", "Сочинения", "Москва"),
])
def test_a_range_of_roman_numbers_is_no_part_of_the_title(
        text: str, title: str, place: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["title"] == title
    assert reference.fields["publisher-place"] == place
    assert not reference.leftover


def test_the_range_of_volumes_is_the_volume() -> None:
    reference = parse_reference(
        "В. Г. Белинский. Полн. собр. соч., т. I–XIII. М., Изд-во АН СССР, 1953–1959.")
    assert reference.fields["volume"] == "I–XIII"


@pytest.mark.parametrize(("text", "volume"), [
    ("В. Г. Белинский. Полн. собр. соч., т. XIII. М., Изд-во АН СССР, 1953.", "XIII"),
    ("Толковый словарь живого великорусского языка. Т. 1—4. М., 1955;", "1—4"),
])
def test_one_roman_volume_and_an_arabic_range_are_read_as_before(text: str,
                                                                  volume: str) -> None:
    assert parse_reference(text).fields["volume"] == volume
