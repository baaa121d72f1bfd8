"""A code of laws printed in collections names the collection between its name and the
volume (the Complete Collection of Laws of the Russian Empire's three collections): the
designation is the code's part, the code keeps its name, and the imprint after it is read.
Real forms from two sources of the development set (a book on the imperial family, an
article's list of references on Stavropol); values read off the texts by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference
from biblio.parse.law_collections import take_law_collection


def test_a_manifesto_in_the_second_collection() -> None:
    fields = parse_reference(
        "Высочайший манифест от 6 мая 1868 г. // Полное собрание законов Российской "
        "империи. Собрание 2. СПб., 1873. Т. XLIII. № 45814. С. 546.").fields
    assert fields["container-title"] == "Полное собрание законов Российской империи"
    assert fields["part-number"] == "Собрание 2"
    assert fields["publisher-place"] == "Санкт-Петербург"
    assert (fields["volume"], fields["number"]) == ("XLIII", "45814")
    assert fields["issued"].parts == [[1868, 5, 6]]  # the act's day, which the code
    assert fields["note"] == "1873"  # numbers it by; the volume's year kept


def test_the_first_collection_written_with_its_ordinal_first() -> None:
    fields = parse_reference("Полное собрание законов Российской империи. 1-е собр. Т. 20. - "
                             "СПб., 1830. - № 14392.").fields
    assert fields["title"] == "Полное собрание законов Российской империи"
    assert fields["part-number"] == "1-е собр."
    assert (fields["volume"], fields["number"]) == ("20", "14392")


@pytest.mark.parametrize(("text", "code", "designation"), [
    ("ПСЗ. Собр. 1. Т. 6. № 3970.", "ПСЗ. Т. 6. № 3970.", "Собр. 1"),
    ("ПСЗ. Собрание второе. Т. 43. № 45814.", "ПСЗ. Т. 43. № 45814.", "Собрание второе"),
    ("ПСЗ. Собр. 3. № 1.", "ПСЗ. № 1.", "Собр. 3"),
])
def test_the_abbreviated_code_and_its_collection(text: str, code: str, designation: str) -> None:
    assert take_law_collection(text) == (code, designation)


@pytest.mark.parametrize("text", [
    "Собрание законодательства РФ. 2013. № 19. Ст. 2305.",  # a law gazette, no collection
    "Пушкин А. С. Полное собрание сочинений. Собрание 2. М., 1990.",  # no code of laws
    "ПСЗ. Т. XIV. № 10365.",  # no collection named
])
def test_no_collection_without_a_code_and_its_designation(text: str) -> None:
    assert take_law_collection(text) == (text, None)
