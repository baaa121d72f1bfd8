"""Ukrainian archival references after DSTU GOST 7.1:2006 and DSTU 8302:2015: the archive
by its abbreviation and, in parentheses, its full name; the document's day as the last
sentence of its title, also its date. Forms of two citation-guide pages (dev set batch 16) and GOST R
7.0.5-2008's example of a letter dated inside its title."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes
from biblio.parse.gost import parse_reference


@pytest.mark.parametrize("text", [
    # DSTU GOST 7.1:2006's form, after "//", areas by ". —" (grafiati, dev set batch 16)
    "ІІ Універсал Української Центральної Ради. 3 липня 1917 р. // ЦДАВО України (Центр. "
    "держ. архів вищ. органів влади та упр. України). — Ф. 1115. — Оп. 1. — Спр. 5. — "
    "Арк. 10—11. — Оригінал. Машинопис.",
    # DSTU 8302:2015's form, areas by ". " and no "//" (grafiati, another page)
    "Універсал Директорії Української Народної Республіки про злуку з Західно-Українською "
    "Народною Республікою. 22 січня 1919 р. ЦДАВО України (Центр. держ. архів вищ. органів "
    "влади та упр. України). Ф. 1429. Оп. 1. Спр. 5. Арк. 5. Оригінал. Машинопис.",
])
def test_an_archive_by_its_abbreviation_and_full_name_and_a_dated_document(text: str) -> None:
    """The archive is its abbreviation, its full name kept in the note; the document's
    day, the last sentence of its title, is its date, out of the title (the dev set's rule,
    as its gold has ru-gost-653 and 654, these forms); values read off by hand."""
    reference = parse_reference(text)
    fields = reference.fields
    assert fields["archive"] == "ЦДАВО України"
    assert fields["note"] == "Центр. держ. архів вищ. органів влади та упр. України"
    assert fields["title"].startswith(("ІІ Універсал", "Універсал Директорії"))
    assert fields["title"].endswith(("Української Центральної Ради", "Народною Республікою"))
    assert fields["issued"].parts in ([[1917, 7, 3]], [[1919, 1, 22]])
    assert fields["archive_location"].startswith("ф. 1")


def test_a_letter_dated_inside_its_title_keeps_its_title() -> None:
    """GOST R 7.0.5-2008's example: "от 20 октября 1925 г." belongs to the title."""
    fields = parse_reference(
        "Куфаев М. Н. Письмо Б. С. Боднарскому от20 октября 1925 г. //ОР РГБ. Ф. 573. "
        "Картон 41. Д. 55. Л. 18.").fields
    assert fields["title"] == "Письмо Б. С. Боднарскому от20 октября 1925 г."
    assert "issued" not in fields


@pytest.mark.parametrize(("text", "archive", "location", "leaf"), [
    # notes of an article on Leontovych's choir (dev set batch 17)
    ("ІР НБУВ. — Ф. 50. — № 8.", "ІР НБУВ", "ф. 50, № 8", None),
    ("ІРНБУВ. — Ф. 50. -№ 782. — Арк. 9.", "ІРНБУВ", "ф. 50, № 782", "9"),
])
def test_a_manuscript_departments_numbered_unit_is_a_level(
        text: str, archive: str, location: str, leaf: str | None) -> None:
    """The Institute of Manuscripts numbers a fond's units «№»: a level below the fond,
    kept as printed, the leaf after it; the dash may touch it («-№ 782»), as « - » lists
    set it close («-1894.-№ 18.»). Values read off by hand."""
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    item = document.items[cite.item]
    assert (item["archive"], item["archive_location"]) == (archive, location)
    assert cite.locator == leaf


def test_a_number_after_a_periodical_is_still_its_issue_not_a_level() -> None:
    """No fond, no archive: «№» after an official gazette's year is the issue."""
    fields = parse_reference("СЗ РФ. 1994. № 32. Ст. 3301.").fields
    assert "archive" not in fields and fields["issue"] == "32"
