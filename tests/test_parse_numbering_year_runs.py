"""An edition or a numbering run on to the year after commas, with no imprint area
(biblio.parse.numbering_year_runs)."""

from __future__ import annotations

import pytest

from biblio.model import Date
from biblio.parse.gost import parse_reference


def test_an_edition_then_issues_then_a_range_of_years_is_read_whole() -> None:
    """«2 изд., в. 1-3, 1955-56.» (an encyclopaedia's bibliography): the second edition,
    its issues 1 to 3 kept in the note as printed, published 1955 to 1956; the year is
    not swallowed into the edition statement."""
    reference = parse_reference("Карский Е. Ф. Белорусы. 2 изд., в. 1-3, 1955-56.")
    assert reference.fields["title"] == "Белорусы"
    assert reference.fields["edition"] == "2"
    assert reference.fields["issued"] == Date(parts=[[1955], [1956]])
    assert reference.fields["note"] == "в. 1-3"


@pytest.mark.parametrize(("text", "edition", "volume", "year"), [
    ("Петров П. П. Очерки. 3-е изд., т. 2, 1960.", "3", "2", 1960),
    ("Сидоров А. Сочинения. Изд. 2-е, т. 4, 1950. С. 15.", "2", "4", 1950),
    ("Орлов В. Записки. Т. 7, 1912.", None, "7", 1912),
])
def test_a_volume_and_its_year_after_a_comma_are_both_read(
        text: str, edition: str | None, volume: str, year: int) -> None:
    """«3-е изд., т. 2, 1960», «Т. 7, 1912»: the volume and the year with no place, the
    edition before them when there is one."""
    reference = parse_reference(text)
    assert reference.fields.get("edition") == edition
    assert reference.fields["volume"] == volume
    assert reference.fields["issued"] == Date(parts=[[year]])
    assert not reference.leftover


def test_an_edition_with_its_own_words_then_the_year() -> None:
    """«2-е изд., испр., 1960»: the edition's own words stay in the statement."""
    reference = parse_reference("Петров П. П. Очерки. 2-е изд., испр., 1960.")
    assert reference.fields["edition"] == "2-е изд., испр."
    assert reference.fields["issued"] == Date(parts=[[1960]])


def test_a_place_after_an_editions_comma_is_the_imprint_not_the_edition() -> None:
    """«2-е изд., М., 1960»: a capitalised place after the comma is no word of the
    edition's; the run is no edition run and the imprint is read."""
    reference = parse_reference("Петров П. П. Очерки. 2-е изд., М., 1960.")
    assert "М." not in reference.fields.get("edition", "")
    assert reference.fields["issued"] == Date(parts=[[1960]])


@pytest.mark.parametrize(("text", "journal", "place", "year", "issue"), [
    # the comma form of Soviet notes, GOST's «//» before the journal
    ("Иванов И. Статья о поэзии // «Новый мир». М., 1965, № 3, с. 5.", "Новый мир",
     "Москва", 1965, "3"),
    # the journal after the dash, its place abbreviated
    ("Петров П. О поэзии. — «Звезда», Л., 1958, № 4, с. 110–118.", "Звезда", "Ленинград",
     1958, "4"),
    # a written-out place, a volume and an issue
    ("Орлова В. Заметки // Север. Петрозаводск, 2009, т. 2, № 3, с. 5.", "Север",
     "Петрозаводск", 2009, "3"),
])
def test_a_journals_place_and_year_then_its_issue_after_commas(
        text: str, journal: str, place: str, year: int, issue: str) -> None:
    """«М., 1965, № 3»: the place and the year, then the issue, all read; the place is not
    left over between the journal and its year."""
    reference = parse_reference(text)
    assert reference.fields["container-title"] == journal
    assert reference.fields["publisher-place"] == place
    assert reference.fields["issued"] == Date(parts=[[year]])
    assert reference.fields["issue"] == issue
    assert not reference.leftover
