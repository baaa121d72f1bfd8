"""Official gazettes and newspapers cited by name, year and issue or day, joined by
commas or periods, the name abbreviated or written out; and the short name a note gives
for later notes ("(далее СУ)"), which parse.aliases makes the short title. Real forms from the dev set (batches 3
and 6), values read off the text by hand; the newspaper by its day alone in the comma
form is written after the way legal commentaries print a law's publications."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes
from biblio.parse.gost import parse_reference

SU = ("Собрание узаконений и распоряжений рабоче-крестьянского правительства СССР (далее СУ). "
      "1922, № 28, ст. 318.")
GAZETTES = [
    ("СЗ РФ, 1994, № 13, ст. 1447.", "СЗ РФ", 1994, "13", "1447"),
    ("Ведомости ВС РСФСР, 1981, № 28, ст. 976.", "Ведомости ВС РСФСР", 1981, "28", "976"),
    ("Собрание законодательства Российской Федерации, 1996, № 25, ст. 2954.",
     "Собрание законодательства Российской Федерации", 1996, "25", "2954"),
    (SU, "Собрание узаконений и распоряжений рабоче-крестьянского правительства СССР "
     "(далее СУ)", 1922, "28", "318"),
]


@pytest.mark.parametrize(("text", "title", "year", "issue", "article"), GAZETTES)
def test_a_gazette_by_name_year_issue_and_article(
        text: str, title: str, year: int, issue: str, article: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["title"] == title
    assert reference.fields["issued"].parts[0][0] == year
    assert reference.fields["issue"] == issue
    assert (reference.locator, reference.label) == (article, "section")


def test_the_short_name_for_later_notes_is_the_short_title() -> None:
    document = parse_footnotes([SU, "СУ. 1922, № 28, ст. 319."])
    first, second = (document.items[note.cites[0].item] for note in document.notes)
    assert first["title"] == \
        "Собрание узаконений и распоряжений рабоче-крестьянского правительства СССР"
    assert first["title-short"] == "СУ"


def test_a_newspaper_by_its_day_in_the_comma_form() -> None:
    reference = parse_reference("Известия, 1937, 12 июня")
    assert reference.type == "periodical"
    assert reference.fields["title"] == "Известия"
    assert reference.fields["issued"].parts == [[1937, 6, 12]]
    reference = parse_reference("РГ, 1995, 17 января, № 11–12.")
    assert reference.fields["issued"].parts == [[1995, 1, 17]]
    assert reference.fields["issue"] == "11–12"


def test_a_book_with_a_place_before_its_year_is_no_gazette() -> None:
    reference = parse_reference("Иванов И. И. История. М., 2001. № 5.")
    assert reference.fields["title"] == "История"
    assert reference.fields["publisher-place"] == "Москва"
    reference = parse_reference("Иванов А. Конец одной иллюзии // Правда. 1939. 23 авг.")
    assert reference.fields["container-title"] == "Правда"


def test_an_ocr_comma_after_a_place_is_read_as_its_period() -> None:
    reference = parse_reference("Дневник государственного секретаря А.А. Половцева. — М„ 1966. "
                                "- Т. 2. - С. 109.")
    assert reference.fields["publisher-place"] == "Москва"
    assert reference.fields["issued"].parts[0][0] == 1966
