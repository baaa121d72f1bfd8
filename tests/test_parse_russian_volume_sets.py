"""A multivolume work as Russian references describe it (GOST 7.1-2003 clauses 5.2.4,
5.4): the volumes of the whole set after the title's colon ("The Collected Works: Vol.
1—8", "Personal Memoirs: Vol. 1—2") as the number of volumes; a volume's own genre and
statement of responsibility after its number ("Т.1: підручник / В. І. Борисова [и
др.]"). Forms from the dev footnotes (batch 9, a book on the American Civil War) and
GOST examples (batch 10, a Kharkiv law textbook); values read by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "title", "volumes", "volume"), [
    ("Lincoln A. The Collected Works: Vol. 1—8 / Ed. by R. Easier. New Brunswick, 1953. "
     "Vol. 8. P. 330.", "The Collected Works", "8", "8"),
    ("Grant U. S. Personal Memoirs: Vol. 1—2. N. Y., 1894. Vol. 2. P. 628.",
     "Personal Memoirs", "2", "2"),
    ("Пушкин А. С. Сочинения: Т. 1—3. М., 1985. Т. 2. С. 5.", "Сочинения", "3", "2"),
])
def test_the_volumes_of_a_set_after_the_title_are_its_number_of_volumes(
        text: str, title: str, volumes: str, volume: str) -> None:
    fields = parse_reference(text).fields
    assert (fields["title"], fields["number-of-volumes"], fields["volume"]) == \
        (title, volumes, volume)


def test_volumes_not_from_the_first_stay_in_the_title() -> None:
    assert parse_reference("Сборник: Т. 2—3. М., 1985.").fields["title"] == "Сборник: Т. 2—3"


@pytest.mark.parametrize(("text", "genre", "family", "role"), [
    ("Цивільне право. У 2-х томах. Т.1: підручник / В. І. Борисова [и др.]. — 2-е вид., "
     "перероб. та доп.. — Х.: Право, 2014. — 656с.", "підручник", "Борисова", "author"),
    ("История России. Т. 1 : учеб. пособие / под ред. А. Петрова. М.: Наука, 2001. 300 с.",
     "учеб. пособие", "Петров", "editor"),
])
def test_a_volumes_genre_and_statement_follow_its_number(
        text: str, genre: str, family: str, role: str) -> None:
    fields = parse_reference(text).fields
    assert fields["genre"] == genre and "volume-title" not in fields
    assert fields["volume"] == "1"
    assert fields[role][0].family == family


def test_a_volumes_own_title_stays_its_title() -> None:
    fields = parse_reference("Гаспаров, М. Л. Избранные труды. Т. 2 : О стихах. - Москва : "
                             "Яз. рус. культуры, 1997. - 501 с.").fields
    assert fields["volume-title"] == "О стихах" and "genre" not in fields


@pytest.mark.parametrize(("text", "title", "numbering", "own"), [
    ("Гушул, Ю.В. Отраслевые информационные ресурсы. Ч. 1. Конкретные виды документов в "
     "составе информационных ресурсов [Электронный ресурс] : учеб. пособие / Челяб. гос. "
     "ин-т культуры, Ю.В. Гушул .— : Челябинск, 2016 .— 138 с. : ил.",
     "Отраслевые информационные ресурсы", {"part-number": "Ч. 1"},
     {"part-title": "Конкретные виды документов в составе информационных ресурсов"}),
    ("Пушкин А. С. Собрание сочинений. Т. 2. Стихотворения. М., 1985. 400 с.",
     "Собрание сочинений", {"volume": "2"}, {"volume-title": "Стихотворения"}),
    ("Творения. Кн. 1. Ч. I-II. – Киев, 1891. – 318 с.", "Творения",
     {"part-number": "Кн. 1, Ч. I-II"}, {}),
    ("История. Ч. 2. М., 1990.", "История", {"part-number": "Ч. 2"}, {}),
])
def test_a_parts_numbering_and_own_title_inside_the_title_block(
        text: str, title: str, numbering: dict[str, str], own: dict[str, str]) -> None:
    fields = parse_reference(text).fields
    assert fields["title"] == title
    assert {variable: fields.get(variable) for variable in numbering} == numbering
    assert {variable: fields.get(variable) for variable in own} == own


@pytest.mark.parametrize(("text", "title", "volumes", "volume", "note"), [
    # the notes of a literary edition: the volume bare after the formula's comma
    ("Салтыков-Щедрин М. Е. Собр. соч. в 20-ти т., 18, кн. 1. М., 1975.",
     "Собр. соч.", "20", "18", "кн. 1"),
    ("Чехов А. П. Полн. собр. соч. и писем в 30 т., 12, кн. 2. М., 1978.",
     "Полн. собр. соч. и писем", "30", "12", "кн. 2"),
    ("Чехов А. П. Полн. собр. соч. и писем в 30 т., 12, книга 2. М., 1978.",
     "Полн. собр. соч. и писем", "30", "12", "книга 2"),
    ("Герцен А. И. Собр. соч. в 30-ти т., XIII. М., 1958. С. 177.",
     "Собр. соч.", "30", "XIII", None),
    # a theatre history's list of sources: the years a set of letters or diaries spans
    ("Письма А. П. Чехова: В 2 т. 1890–1904. М.: Наука, 2005.",
     "Письма А. П. Чехова", "2", None, "1890–1904"),
    ("Дневники. В 3 т. 1917–1930 гг. М., 2001.", "Дневники", "3", None, "1917–1930 гг."),
])
def test_numbering_after_the_formula_of_a_sets_volumes_leaves_the_title(
        text: str, title: str, volumes: str, volume: str | None, note: str | None) -> None:
    """GOST 7.1-2003 clause 5.2.4: "в 20 т." closes the title proper; a bare volume, a
    book or the years of the set after it are no words of the title."""
    fields = parse_reference(text).fields
    assert (fields["title"], fields["number-of-volumes"], fields.get("volume"),
            fields.get("note")) == (title, volumes, volume, note)


def test_a_title_page_wording_of_volumes_keeps_what_follows() -> None:
    """"в 12 томах" written out is the title page's own wording, not the formula: the
    title keeps the years after it."""
    fields = parse_reference("История второй мировой войны в 12 томах, 1939–1945. "
                             "М., 1980.").fields
    assert fields["title"] == "История второй мировой войны в 12 томах, 1939–1945"
