"""The years of a multi-volume work in its imprint, the last one printed with its decade
alone ("Мiнск, 1962-66", "Milan: Destefanis, 1803-16", "Paris : J.P.Migne, 1857—66"),
read in the century of the first; and a place the tables write out run on after the
volume's number with a comma ("т. 1-2, Мінск, 1962-66")."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.parse.publication import parse_publication


@pytest.mark.parametrize(("imprint", "years"), [
    ("Milan: Destefanis, 1803-16", [[1803], [1816]]),  # an Italian catalogue (LinkedBooks)
    ("Paris : J.P.Migne, 1857—66", [[1857], [1866]]),  # a Ukrainian translation's source
    ("М., 1954–1965", [[1954], [1965]]),
    ("М., 1997 –", [[1997]]),  # still appearing
])
def test_a_range_closing_the_imprint(imprint: str, years: list[list[int]]) -> None:
    fields = parse_publication(imprint)
    assert fields is not None and fields["issued"].parts == years


@pytest.mark.parametrize(("footnote", "title", "place", "years"), [
    # a list of Belarusian grammars and dictionaries, the place in Belarusian
    ("Граматыка беларускай мовы, т. 1-2, Мiнск, 1962-66.", "Граматыка беларускай мовы",
     "Мінск", [[1962], [1966]]),
    ("Тлумачальны слоўнiк беларускай мовы, ч. 1-5 (кн. 1-6), Мiнск, 1977-84.",
     "Тлумачальны слоўнік беларускай мовы", "Мінск", [[1977], [1984]]),
    # the rule as it was for the four capitals
    ("Литература великого десятилетия, т. I, Москва — Ленинград, 1928.",
     "Литература великого десятилетия", "Москва; Ленинград", [[1928]]),
])
def test_a_written_out_place_after_the_volume(footnote: str, title: str, place: str,
                                              years: list[list[int]]) -> None:
    (item,) = parse_footnotes([footnote]).items.values()
    assert (item["title"], item["publisher-place"], item["issued"].parts) == \
        (title, place, years)


def test_a_heading_title_before_its_place_keeps_its_author() -> None:
    """After a title's last word, not a volume's number, the comma is left to the readers
    of a heading and its title (a note on a book of 1883, «р.» for the year)."""
    (item,) = parse_footnotes([
        "А. Попов: Вліяніе церковнаго ученія в древнерусской церковной письменности на "
        "міросозерцание русскаго народа и его словесности, Казань, 1883 р."]).items.values()
    assert (item["author"][0].family, item["publisher-place"]) == ("Попов", "Казань")
