"""Archival references (GOST R 7.0.5-2008, references to archival documents)."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.model import Cite, Item
from biblio.parse.archival import DATED_DESCRIPTION_END, parse_archival


def one(text: str) -> tuple[Item, Cite]:
    document = parse_footnotes([text])
    (cite,) = document.notes[0].cites
    return document.items[cite.item], cite


def test_comma_style_reference_is_a_file_with_a_folio_locator() -> None:
    item, cite = one("РГАСПИ, ф. 558, оп. 11, д. 431, л. 163.")
    assert item.type == "manuscript"
    assert item["archive"] == "РГАСПИ"
    assert item["archive_location"] == "ф. 558, оп. 11, д. 431"
    assert (cite.locator, cite.label, cite.form) == ("163", "folio", "full")
    assert item["language"] == "ru"


def test_capitalised_style_is_the_same_file_as_the_comma_style() -> None:
    document = parse_footnotes(["РГАСПИ. Ф. 558. Оп. 11. Д. 431. Л. 163.",
                                "РГАСПИ, ф. 558, оп. 11, д. 431, л. 164."])
    assert len(document.items) == 1
    assert [c.locator for n in document.notes for c in n.cites] == ["163", "164"]


def test_fond_with_a_letter_prefix_and_a_verso_range() -> None:
    item, cite = one("ГАРФ. Ф. Р-5446. Оп. 1. Д. 12. Л. 3—5 об.")
    assert item["archive_location"] == "ф. Р-5446, оп. 1, д. 12"
    assert cite.locator == "3—5 об."


def test_papka_and_karton_levels_are_part_of_the_location() -> None:
    item, _ = one("АВП РФ, ф. 05, оп. 13, п. 94, д. 64, л. 6.")
    assert item["archive_location"] == "ф. 05, оп. 13, п. 94, д. 64"
    item, _ = one("РГВА. Ф. 4. Оп. 14. Карт. 3. Д. 1. Л. 5.")
    assert item["archive_location"] == "ф. 4, оп. 14, карт. 3, д. 1"


def test_part_of_a_file_and_a_list_of_leaves() -> None:
    item, cite = one("ЦГА СПб. Ф. 7384. Оп. 18. Д. 1194. Ч. 2. Л. 58, 59 об.")
    assert item["archive"] == "ЦГА СПб"
    assert item["archive_location"] == "ф. 7384, оп. 18, д. 1194, ч. 2"
    assert cite.locator == "58, 59 об."


def test_latin_transliterated_reference_of_english_scholarship() -> None:
    item, cite = one("GARF, f. 1235, op. 1, d. 16, ll. 5–7ob.")
    assert item["archive_location"] == "f. 1235, op. 1, d. 16"
    assert cite.locator == "5–7ob."


def test_title_of_a_document_before_its_location() -> None:
    item, cite = one("Письмо И.В. Сталина В.М. Молотову // РГАСПИ. Ф. 558. Оп. 11. Д. 769. Л. 15.")
    assert item["title"] == "Письмо И.В. Сталина В.М. Молотову"
    assert item["archive"] == "РГАСПИ"
    assert cite.locator == "15"


def test_title_of_a_document_after_its_location_and_a_remark() -> None:
    path = parse_archival("ГАРФ. Ф. 5446. Оп. 1. Д. 12. Л. 3 (докладная записка Наркоминдела).")
    assert path is not None and path.title == "докладная записка Наркоминдела"
    path = parse_archival("ГАРФ. Ф. 5446. Оп. 1. Д. 12. Л. 3. Подлинник.")
    assert path is not None and path.remark == "Подлинник" and path.title is None


def test_a_book_with_a_folio_is_not_an_archival_reference() -> None:
    assert parse_archival("Петров П.П. Летопись. СПб., 1890. Л. 5.") is None


def test_the_opis_printed_he_by_the_ocr_is_a_level_kept_as_printed() -> None:
    # Two books' notes whose OCR read the "п" of "Оп." as "н": a book on the Moscow metro
    # (ЦАГМ) and one on Meyerhold's actors (РГАЛИ, with "1.Д." glued)
    for text, archive, location, leaf in (
            ("ЦАГМ. Ф. 665. Он. 1. Д. 126. Л. 3.", "ЦАГМ", "ф. 665, он. 1, д. 126", "3"),
            ("РГАЛИ. Ф. 3019. Он. 1.Д. 12. Л. 8–9.", "РГАЛИ", "ф. 3019, он. 1, д. 12", "8–9")):
        item, cite = one(text)
        assert (item["archive"], item["archive_location"]) == (archive, location)
        assert (cite.locator, cite.label) == (leaf, "folio")


def test_the_same_file_with_its_opis_printed_he_and_printed_right_is_one_file() -> None:
    document = parse_footnotes(["РГАЛИ. Ф. 2437. Оп. 3. Д. 843. Л. 1.",
                                "Там же. Ф. 2437. Он. 3. Д. 843. Л. 6."])
    first, second = (document.items[n.cites[0].item] for n in document.notes)
    assert second["archive"] == "РГАЛИ"
    assert second["archive_location"] == "ф. 2437, он. 3, д. 843"


def test_the_pronoun_he_is_not_an_opis_outside_a_file() -> None:
    item, cite = one("Он же. Избранное. М., 1990. С. 5.")
    assert item.type == "book" and item["title"] == "Избранное"
    assert cite.locator == "5"


def test_an_archival_location_in_parentheses_after_its_document() -> None:
    """Batch 28 (a monograph on the Moscow metro): the document described, then its archive
    in parentheses; the archive is read without the parenthesis, the description is the
    document's title, and a date after its comma is the document's date, out of the title
    (as the dev set's gold has every dated archival document)."""
    path = parse_archival("Протокол, 13 апреля 1932 г. (ЦАГМ. Ф. 665. Оп. 1. Д. 30. Л. 20).")
    assert path is not None
    assert (path.archive, path.location(), path.leaf) == ("ЦАГМ", "ф. 665, оп. 1, д. 30", "20")
    assert (path.title, path.remark) == ("Протокол, 13 апреля 1932 г.", None)
    path = parse_archival("Ср. письмо студента Данилина в Моссовет с жалобой, б/д [январь 1934 "
                          "г.] (ГА РФ. Ф. Р-7952. Оп. 7. Д. 151. Л. 9).")
    assert path is not None and (path.archive, path.leaf) == ("ГА РФ", "9")
    document = parse_footnotes(["Абакумов. Приказ 440, 22 сентября 1933 г. (ЦАГМ. Ф. 665. "
                                "Оп. 1. Д. 46. Л. 57-58);"])
    item = document.items[document.notes[0].cites[0].item]
    assert item.fields["archive"] == "ЦАГМ"
    assert item.fields["issued"].parts[0] == [1933, 9, 22]
    assert (item.fields["title"], item.fields["number"]) == ("Приказ", "440")  # the gold's
    # rule for these documents (tests/data/dev/README.md, batch 28): the kind, the number


@pytest.mark.parametrize("description, dated", [
    ("Протокол, 13 апреля 1932 г.", True),                      # the metro monograph
    ("Ср. письмо студента Данилина в Моссовет с жалобой, б/д [январь 1934 г.]", True),
    ("Переписка с Моссоветом, 1932–1933 гг.", True),
    ("Записка о поездке в Оренбург.", False),  # a town closing with «г.» is no date
    ("Отчёт о командировке в Петербург.", False),
    ("Дело 12345 г.", False),                   # five digits are no year
])
def test_a_dated_description_closes_with_a_year(description: str, dated: bool) -> None:
    assert (DATED_DESCRIPTION_END.search(description) is not None) == dated


def test_a_description_dated_by_years_is_one() -> None:
    path = parse_archival("Переписка с Моссоветом, 1932–1933 гг. (ЦАГМ. Ф. 665. Оп. 1. Д. 30. "
                          "Л. 20).")
    assert path is not None
    assert (path.archive, path.title) == ("ЦАГМ", "Переписка с Моссоветом, 1932–1933 гг.")


def test_a_document_dated_after_a_period_or_as_gost_notes_print_it() -> None:
    """DOCUMENT_DAY's period form (DSTU's archival examples, ru-gost-653) and the form biblio's
    GOST notes print, the month abbreviated and no «г.» (a round trip of the note)."""
    document = parse_footnotes(["ІІ Універсал Української Центральної Ради. 3 липня 1917 р. // "
                                "ЦДАВО України. Ф. 1115. Оп. 1. Спр. 4. Арк. 17.",
                                "Письмо, 12 сент. 1906 // РГАЛИ. Ф. 343. Оп. 2. Ед. хр. 47. Л. 3."])
    universal, letter = (document.items[note.cites[0].item] for note in document.notes)
    assert universal.fields["title"] == "ІІ Універсал Української Центральної Ради"
    assert universal.fields["issued"].parts == [[1917, 7, 3]]
    assert letter.fields["title"] == "Письмо"
    assert letter.fields["issued"].parts == [[1906, 9, 12]]
