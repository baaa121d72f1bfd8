"""The number of volumes as its own sentence after the title, written out or abbreviated
(GOST 7.1-2003 clause 5.2.4 prints "в 2 т." as other title information; notes print
"Дневники. В 2-х томах, т. 1."): it is `number-of-volumes`, not part of the title. A title
whose own wording runs on to the volumes ("История … войны в 6 томах") keeps them. Forms
from batch 7 (notes of a book on Tolstoy); values read by hand."""

from __future__ import annotations

import pytest

from biblio.evaluation import normalize_text
from biblio.parse.gost import parse_reference

SENTENCES = [
    ("С. А. Толстая. Дневники. В 2-х томах, т. 1. М., «Художественная литература», 1978, с. 502.",
     "Дневники", "2", "1"),
    ("С. А. Толстая. Дневники. В 2-х томах, т. 1. с. 502.", "Дневники", "2", "1"),
    ("Толстая С. А. Дневники. В 2 т. Т. 1. М., 1978. С. 502.", "Дневники", "2", "1"),
]


@pytest.mark.parametrize(("text", "title", "volumes", "volume"), SENTENCES)
def test_the_number_of_volumes_after_the_title_is_not_the_title(
        text: str, title: str, volumes: str, volume: str) -> None:
    reference = parse_reference(text)
    assert normalize_text(reference.fields["title"]) == title
    assert reference.fields["number-of-volumes"] == volumes
    assert reference.fields["volume"] == volume


def test_volumes_in_the_titles_own_wording_stay_in_it() -> None:
    reference = parse_reference("История Великой Отечественной войны в 6 томах. М., 1960.")
    assert reference.fields["title"] == "История Великой Отечественной войны в 6 томах"


SPELLED_OUT_DESIGNATIONS = [
    ("Лихачев Д. С. Великое наследие // Лихачев Д. С. Избранные работы в трех томах. Том 2. "
     "– Л.: Художественная литература, 1987.", "volume", "2", "Ленинград"),
    ("I Съезд народных депутатов СССР. 25 мая – 9 июня 1989 г.: Стеногр. отчет. Том I. М., "
     "1989. С. 9.", "volume", "I", "Москва"),
    # a book's «Выпуск» with no volume is its volume (parse/book_designations.py)
    ("Иванов И. И. Сочинения. Выпуск 3. М., 1987. С. 5.", "volume", "3", "Москва"),
    ("Иванов И. И. Сочинения. Часть 1. М., 1987. С. 5.", "part-number", "Часть 1", "Москва"),
]


@pytest.mark.parametrize(("text", "variable", "value", "place"), SPELLED_OUT_DESIGNATIONS)
def test_a_designation_written_out_is_read_as_its_abbreviation(
        text: str, variable: str, value: str, place: str) -> None:
    """GOST 7.1-2003 clause 5.4 takes the designation as the item prints it: "Том 2" as "Т.
    2" (real forms from batches 6 and 8 of the dev set; the values read off by hand)."""
    fields = parse_reference(text).fields
    assert fields[variable] == value
    assert fields["publisher-place"] == place
    assert "Том" not in fields.get("title", "") + fields.get("container-title", "")


def test_a_word_in_a_title_is_not_a_designation() -> None:
    assert parse_reference("Толстой Л. Н. Книга для чтения. М., 1990.").fields["title"] \
        == "Книга для чтения"


@pytest.mark.parametrize(("text", "title"), [
    # batch 7, notes of a book on Tolstoy: the period ends the title's sentence
    ("С. А. Толстая. Дневники. В 2-х томах, т. 1. с. 502.", "Дневники"),
    # batch 19, notes on church history
    ("Никодим (Милаш), епископ Далматинско-Истринский. Правила Православной Церкви. В 2 т. "
     "Т. 1. М., 2001. С. 256–258.", "Правила Православной Церкви"),
    # dev rows of collected works: the period closes an abbreviation (GOST 7.0.12-2011)
    ("Соловьев В.С. Полн. собр. соч. В 20 т. Т. 1. М., 2000. С. 199—208.",
     "Полн. собр. соч."),
    ("Островский А. Н. Полн. собр. соч. В 12 т. М., 1980. Т. 10. С. 257.",
     "Полн. собр. соч."),
])
def test_the_period_before_the_volumes_sentence_is_the_titles_only_after_an_abbreviation(
        text: str, title: str) -> None:
    """The title as printed, not normalised: a GOST renderer adds its own ": в 2 т." after
    it, so a sentence's period left in the title printed «Церкви.: в 2 т.»."""
    assert parse_reference(text).fields["title"] == title
