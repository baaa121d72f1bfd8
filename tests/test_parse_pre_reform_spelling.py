"""Footnotes in the Russian spelling before 1918, and modern notes citing pre-1918 works
(issue 9, batch 33). The letters are the reform's (decrees of 23 December 1917 and 10
October 1918: ѣ, і, ѳ, ѵ → е, и, ф, и; no ъ closing a word); the texts are real forms
of the development set and of the pages batch 33 was read from."""

from __future__ import annotations

import pytest

from biblio.data.pre_reform_spelling import modern_spelling
from biblio.formats.csljson import item_to_json
from biblio.parse import parse_footnotes
from biblio.parse.language import detect_language
from biblio.russian_names import has_surname_ending


@pytest.mark.parametrize(("old", "modern"), [
    ("Соловьевъ", "Соловьев"),
    ("Исторія Россіи", "История России"),
    ("Чтенія въ Императорскомъ Обществѣ", "Чтения в Императорском Обществе"),
    ("Ѳеодоръ", "Феодор"),
    ("мѵро", "миро"),
    ("подъѣздъ", "подъезд"),  # the separating ъ inside a word stays
    ("Россійскаго", "Российскаго"),  # the old ending is no letter change: kept
])
def test_modern_spelling_applies_the_reforms_letters(old: str, modern: str) -> None:
    assert modern_spelling(old) == modern


@pytest.mark.parametrize("text", [
    # Galakhov's reviews of 1847 (a public library of texts in the old spelling)
    "Чтенія въ Императорскомъ Обществѣ Исторіи и Древностей Россійскихъ",
    # ru-fn-1142 (the notes of Hrushevsky's history in Ukrainian, citing a Kazan book of 1883)
    "Вліяніе церковнаго ученія в древнерусской церковной письменности",
    # ru-fn-999 (the same notes)
    "Барбашевъ Витовтъ",
])
def test_old_spelling_is_russian_not_ukrainian(text: str) -> None:
    assert detect_language(text) == "ru"


@pytest.mark.parametrize(("text", "language"), [
    ("Історія України-Руси", "uk"),  # ru-fn-1241: і with no old sign stays Ukrainian
    ("Гісторыя Беларусі", "be"),  # ru-fn-1390
    ("Мир на краю бездны", "ru"),
    ("Історія міста Сантьяго", "uk"),  # a loanword's «-яго» is no old genitive
])
def test_todays_alphabets_keep_their_languages(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize("family", ["Соловьевъ", "Бѣляевъ", "Барбашевъ", "Карамзинъ"])
def test_old_family_names_end_as_family_names(family: str) -> None:
    assert has_surname_ending(family)


def _items(*notes: str) -> list[tuple[dict, str | None]]:
    document = parse_footnotes(list(notes))
    return [(item_to_json(document.items[cite.item]), cite.locator)
            for note in document.notes for cite in note.cites]


def test_a_family_heading_in_the_old_spelling_is_the_author() -> None:
    (item, locator), = _items("Соловьевъ. Исторія Россіи, т. XIII, стр. 45.")
    assert item["author"] == [{"family": "Соловьевъ"}]
    assert item["title"] == "Исторія Россіи" and item["volume"] == "XIII"
    assert locator == "45"


def test_tam_zhe_in_the_old_spelling_repeats_the_work_before() -> None:
    (first, _), (repeat, locator) = _items(
        "Соловьевъ С. Исторія Россіи, т. XIII, стр. 45.", "Тамъ же, стр. 47.")
    assert repeat == first and locator == "47"


def test_on_zhe_in_the_old_spelling_repeats_the_author() -> None:
    _, (item, _) = _items("Соловьевъ С. Исторія Россіи, т. XIII, стр. 45.",
                          "Онъ же. Публичныя чтенія о Петрѣ Великомъ. М., 1872, стр. 3.")
    assert item["author"][0]["family"] == "Соловьевъ"
    assert item["title"] == "Публичныя чтенія о Петрѣ Великомъ"


@pytest.mark.parametrize(("text", "title", "part"), [
    # the notes of a modern edition of Zabelin (ru-fn-2205)
    ("Временник Императорского Московского Общества истории и древностей российских. Кн. 24.",
     "Временник Императорского Московского Общества истории и древностей российских", "Кн. 24"),
    # the margin note it quotes, the serial's short title
    ("Временник. Кн. 24.", "Временник", "Кн. 24"),
    # its abbreviation in parentheses, as the serial is usually cited (the review's case)
    ("Временник Общества истории и древностей российских (ВОИДР). Кн. 24.",
     "Временник Общества истории и древностей российских (ВОИДР)", "Кн. 24"),
])
def test_a_serial_named_by_its_book_alone_is_read(text: str, title: str, part: str) -> None:
    (item, _), = _items(text)
    assert item["title"] == title and item["part-number"] == part
