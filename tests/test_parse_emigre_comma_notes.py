"""Notes in the comma style of émigré and translated Russian histories (G. Vernadsky's
«Киевская Русь» in translation, dev set batch 49): initials first, a comma, the title,
the imprint in parentheses or the serial with its volume and the year in parentheses —
«С. Н. Прокопович, Народный доход западноевропейских стран (М. – Л., 1930), с. 11 – 12»,
«К. Д. Кавелин, Собрание сочинений, I (М., 1889), с. 63 – 123», «С. Л. Пештич, О договоре
Владимира с волжскими булгарами, Исторические записки, 18 (1946), с. 327 – 335».

The notes below are written in those forms for other works (the rows of the batch are
measured, not asserted); the expected values are read off each note by hand, the places
expanded as GOST 7.0.12 abbreviates them (М. Москва, Л. Ленинград, СПб.
Санкт-Петербург)."""

from __future__ import annotations

import time

import pytest

import biblio
from biblio.parse.informal import SIGLUM_ARTICLE


def only(note: str) -> tuple[str, dict, str | None]:
    """The type, fields and locator of the one work `note` cites."""
    document = biblio.parse_footnotes([note])
    cites = document.notes[0].cites
    assert len(cites) == 1, document.notes[0]
    item = document.items[cites[0].item]
    return item.type, item.fields, cites[0].locator


@pytest.mark.parametrize(("note", "places"), [
    ("С. Н. Прокопович, Народный доход западноевропейских стран (М. – Л., 1930), с. 11.",
     "Москва; Ленинград"),
    ("Н. Н. Иванов, Крестьянская община (М.–Л., 1928), с. 11.", "Москва; Ленинград"),
    ("А. Петров, Очерки истории права (М.-Л.: Госиздат, 1927), с. 11.", "Москва; Ленинград"),
    ("А. Петров, Очерки истории права (М.; Л.: Госиздат, 1927), с. 11.", "Москва; Ленинград"),
    ("П. Сидоров, Очерки торговли (СПб. – М., 1911), с. 11.", "Санкт-Петербург; Москва"),
    ("Н. Н. Иванов, Крестьянская община (М. – Ленинград, 1928), с. 11.", "Москва; Ленинград"),
])
def test_two_abbreviated_places_joined_in_the_parentheses_are_both_read(
        note: str, places: str) -> None:
    kind, fields, locator = only(note)
    assert kind == "book"
    assert fields["publisher-place"] == places
    assert fields["title"] in ("Народный доход западноевропейских стран",
                               "Крестьянская община", "Очерки истории права", "Очерки торговли")
    assert locator == "11"


def test_places_parted_by_a_semicolon_in_an_english_imprint_stay_two() -> None:
    _, fields, locator = only(
        "Richard Pipes, Russia under the Old Regime (New York; London: Scribner, 1974), 45.")
    assert fields["publisher-place"] == "New York; London"
    assert fields["publisher"] == "Scribner"
    assert locator == "45"


@pytest.mark.parametrize(("note", "family", "title", "volume", "place"), [
    ("В. О. Ключевский, Сочинения, VII (М., 1959), с. 45.", "Ключевский", "Сочинения",
     "VII", "Москва"),
    ("A. Leroy-Beaulieu, L'empire des tsars, II (Paris, 1882), p. 45.", "Leroy-Beaulieu",
     "L'empire des tsars", "II", "Paris"),
])
def test_a_volume_by_its_roman_numeral_alone_after_the_title_is_the_volume(
        note: str, family: str, title: str, volume: str, place: str) -> None:
    _, fields, locator = only(note)
    assert fields["author"][0].family == family
    assert fields["title"] == title
    assert fields["volume"] == volume
    assert fields["publisher-place"] == place
    assert locator == "45"


def test_a_roman_numeral_after_a_volume_term_and_a_period_keeps_the_statements() -> None:
    _, fields, locator = only("J. Smith, Reliquiae veteres. Edit. 2. Vol. III. Oxonii 1846, p. 25.")
    assert fields["title"] == "Reliquiae veteres"
    assert fields["edition"] == "2"
    assert fields["volume"] == "III"
    assert locator == "25"


@pytest.mark.parametrize(("note", "title", "journal", "volume", "year", "page", "locator"), [
    ("Л. В. Черепнин, Земские соборы, Исторические записки, 38 (1951), 1-15.",
     "Земские соборы", "Исторические записки", "38", 1951, "1-15", None),
    ("Н. Н. Иванов, Крестьянская реформа в Западной Сибири и на Алтае, Вопросы истории, 5 "
     "(1961), с. 44.", "Крестьянская реформа в Западной Сибири и на Алтае", "Вопросы истории",
     "5", 1961, None, "44"),
    ("Г. Вернадский, Очерк истории права, Записки Русского научного института в Белграде, 3 "
     "(1931), с. 20.", "Очерк истории права", "Записки Русского научного института в Белграде",
     "3", 1931, None, "20"),
    ("Н. Петров, Роман «Мать» и критика, Вопр. литературы, 4 (1968), с. 12.",
     "Роман «Мать» и критика", "Вопр. литературы", "4", 1968, None, "12"),
])
def test_an_article_in_a_serial_named_in_words_with_its_volume_and_year_in_parentheses(
        note: str, title: str, journal: str, volume: str, year: int, page: str | None,
        locator: str | None) -> None:
    kind, fields, cited = only(note)
    assert kind == "article-journal"
    assert fields["title"] == title
    assert fields["container-title"] == journal
    assert fields["volume"] == volume
    assert fields["issued"].year == year
    assert fields.get("page") == page
    assert cited == locator


def test_the_serial_article_pattern_is_linear_in_the_text() -> None:
    """Long texts with the title's commas and guillemets and no serial at the end."""
    times = []
    for size in (500, 4000):
        text = "А" + "бв, Где «Жз» и " * size + ", 18 (1946x"
        start = time.process_time()
        assert SIGLUM_ARTICLE.fullmatch(text) is None
        times.append(time.process_time() - start)
    assert times[1] < max(times[0], 0.001) * 40
