"""A page range before a catalogue record's note on its bibliography and another area
(«… — С. 54-59. — Бібліогр.: 30 назв. — укр.», the exports of the Vernadsky National
Library of Ukraine): the note is taken out, the page is still read. Before, the note took
the period closing the page's area with it and the page ran on into the next area, lost
with no word said."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes


def _reading(text: str) -> tuple[dict, str | None]:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return document.items[cite.item].fields, cite.locator


@pytest.mark.parametrize(("text", "page", "note"), [
    # ru-fn-1435, an article in a Ukrainian journal
    ("Духівниці як культурно-історичні пам'ятки XVII —XVIII ст. / A. Барловська // "
     "Сіверянський літопис. — 1998. — № 1. — С. 54-59. — Бібліогр.: 30 назв. — укр.",
     "54-59", "Бібліогр.: 30 назв"),
    # ru-gost-321, an article in a collection, from another page of the same catalogue
    ("Посилання:Проблеми управління Правобережною Україною: Київське "
     "генерал-губернаторство за О.М.Дондукова-Корсакова (у 1869 - 1878 рр.) / В.С. Шандра "
     "// Проблеми історії України ХІХ – початку ХХ ст.: Зб. наук. пр. — 2003. — Вип. 6. — "
     "С. 193-213. — Бібліогр.: 66 назв. — укр.", "193-213", "Бібліогр.: 66 назв"),
    # the Russian form of the note, and a note on pages, before a closing area
    ("Иванов И. И. Статья // Журнал. — 1998. — № 1. — С. 54-59. — Библиогр.: с. 59. — рус.",
     "54-59", "Библиогр.: с. 59"),
])
def test_the_page_before_the_note_is_read(text: str, page: str, note: str) -> None:
    fields, locator = _reading(text)
    assert fields["page"] == page
    assert locator == page
    assert fields["note"] == note


@pytest.mark.parametrize("text", [
    # the note closing the record, as before: no period is given back
    "Иванов И. И. Статья // Журнал. — 1998. — № 1. — С. 54-59. — Бібліогр.: 30 назв.",
    "Иванов И. И. Статья // Журнал. — 1998. — № 1. — С. 54-59. — Библиогр.: с. 59.",
])
def test_a_closing_note_as_before(text: str) -> None:
    fields, locator = _reading(text)
    assert fields["page"] == "54-59"
    assert locator == "54-59"


@pytest.mark.parametrize(("text", "language"), [
    # ru-fn-1435 as printed, and typed without the periods before the areas' dashes
    # (GOST R 7.0.100-2018's lists; the typing variant «areas-dash-without-period»)
    ("Духівниці як культурно-історичні пам'ятки XVII —XVIII ст. / A. Барловська // "
     "Сіверянський літопис. — 1998. — № 1. — С. 54-59. — Бібліогр.: 30 назв. — укр.", "uk"),
    ("Духівниці як культурно-історичні пам'ятки XVII —XVIII ст. / A. Барловська // "
     "Сіверянський літопис — 1998 — № 1 — С. 54-59 — Бібліогр.: 30 назв — укр.", "uk"),
    ("Иванов И. И. Статья // Журнал. — 1998. — № 1. — С. 54-59. — англ.", "en"),
])
def test_the_records_closing_language(text: str, language: str) -> None:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    fields = document.items[cite.item].fields
    assert fields["language"] == language
    assert fields["page"] == "54-59"
    assert cite.suffix is None


def test_another_closing_word_stays_the_cites_commentary() -> None:
    document = parse_footnotes(
        ["Иванов И. И. Статья // Журнал. — 1998. — № 1. — С. 54-59. — Рец. на кн."])
    assert document.notes[0].cites[0].suffix
