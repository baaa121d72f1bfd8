"""Abbreviations an article defines on first mention: "(далее – ДВП СССР)"."""

from __future__ import annotations

from biblio import parse_footnotes, render
from biblio.model import Item


def test_a_title_abbreviated_after_its_definition_is_the_same_work() -> None:
    document = parse_footnotes([
        "Документы внешней политики СССР (далее – ДВП СССР). Т. 16. М., 1970. С. 5.",
        "ДВП СССР. Т. 17. М., 1971. С. 3.",
        "ДВП СССР. Т. 16. С. 8.",
    ])
    first, second, third = (note.cites[0] for note in document.notes)
    assert first.item == third.item != second.item
    volume_16 = document.items[first.item]
    assert (volume_16["title"], volume_16["title-short"], volume_16["volume"]) == (
        "Документы внешней политики СССР", "ДВП СССР", "16")
    assert document.items[second.item]["title"] == "Документы внешней политики СССР"
    # GOST R 7.0.5-2008, 8.4: the repeat by its short title, with its volume
    assert render(document).notes[2] == "ДВП СССР. Т. 16. С. 8."


def test_an_archive_keeps_the_abbreviation_its_notes_use_and_the_full_name_in_note() -> None:
    document = parse_footnotes([
        "Российский государственный архив социально-политической истории (далее – РГАСПИ). "
        "Ф. 17. Оп. 162. Д. 14. Л. 5.",
        "РГАСПИ. Ф. 17. Оп. 162. Д. 15. Л. 7.",
    ])
    first, second = (document.items[note.cites[0].item] for note in document.notes)
    assert first["archive"] == second["archive"] == "РГАСПИ"
    assert first["note"] == ("Российский государственный архив социально-политической "
                             "истории (далее – РГАСПИ)")
    assert first.id == "rgaspi-17-162-14"


def test_hereafter_in_english() -> None:
    document = parse_footnotes([
        "Documents on British Foreign Policy, 1919–1939 (hereafter DBFP). Ser. 2. Vol. 6. "
        "L., 1957. P. 10.",
        "DBFP. Ser. 2. Vol. 6. P. 12.",
    ])
    assert document.notes[0].cites[0].item == document.notes[1].cites[0].item
    (item,) = document.items.values()
    assert item["title"] == "Documents on British Foreign Policy, 1919–1939"
    assert item["title-short"] == "DBFP"


def test_an_archive_named_in_full_with_its_acronym_is_the_archive_of_its_acronym() -> None:
    document = parse_footnotes([
        "Service historique de la Défense (SHD), GR 7 N 3186.",
        "Archives du ministère des Affaires étrangères (hereafter AMAE), Papiers d'agents, "
        "Herriot, vol. 12, f. 5.",
        "AMAE, Papiers d'agents, Herriot, vol. 12, f. 7.",
        "Российский государственный архив социально-политической истории (РГАСПИ). Ф. 17. "
        "Оп. 162. Д. 14. Л. 5.",
    ])
    items = [document.items[note.cites[0].item] for note in document.notes]
    assert [(item["archive"], item["archive_location"]) for item in items] == [
        ("SHD", "GR 7 N 3186"), ("AMAE", "Papiers d'agents, Herriot, vol. 12"),
        ("AMAE", "Papiers d'agents, Herriot, vol. 12"), ("РГАСПИ", "ф. 17, оп. 162, д. 14")]
    assert items[1] is items[2]
    assert [note.cites[0].locator for note in document.notes] == [None, "5", "7", "5"]
    assert items[0]["note"] == "Service historique de la Défense (SHD)"


def _cited(*notes: str) -> list[Item]:
    """The item each note cites first."""
    document = parse_footnotes(list(notes))
    return [document.items[note.cites[0].item] for note in document.notes]


def test_an_archive_acronym_with_its_citys_abbreviation_defines_it_too() -> None:
    # St Petersburg's archives print the city's «СПб» in its own case after the letters
    first, second = _cited("Центральный государственный исторический архив Санкт-Петербурга "
                           "(ЦГИА СПб), ф. 19, оп. 3, д. 41, л. 12.",
                           "ЦГИА СПб, ф. 19, оп. 3, д. 42, л. 1.")
    assert first["archive"] == second["archive"] == "ЦГИА СПб"
    assert first["note"].startswith("Центральный государственный исторический архив")


def test_a_serials_acronym_in_parentheses_stays_in_its_title() -> None:
    # a journal is cited by its acronym too (tests/test_parse_pre_reform_spelling.py, «(ВОИДР)»)
    item, = _cited("Журнал Московской Патриархии (ЖМП). 1946. № 9. С. 56.")
    assert item["title"] == "Журнал Московской Патриархии (ЖМП)"
