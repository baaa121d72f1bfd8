"""The years of a work in several volumes printed with the last year by its last two
digits («Мiнск, 1962-66», «Milan: Destefanis, 1803-16»): the imprint is read, its last
year in the first one's century; a pair whose last digits do not follow the first year's
is no such range and is not read as one."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes
from biblio.parse.publication import parse_publication, range_end


def _item(text: str) -> dict:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return document.items[cite.item].fields


@pytest.mark.parametrize(("imprint", "years"), [
    ("Мінск, 1962-66", [[1962], [1966]]),       # a Belarusian grammar's list (ru-fn-2683)
    ("Мінск, 1977-84", [[1977], [1984]]),       # the same list's dictionary (ru-fn-2690)
    ("Paris : J.P.Migne, 1857—66", [[1857], [1866]]),  # Migne's Patrologia (ru-gost-649)
    ("Milan: Destefanis, 1803-16", [[1803], [1816]]),  # LinkedBooks, 50 volumes
    ("М., 1962–1966", [[1962], [1966]]),        # the range printed in full, as before
])
def test_the_last_year_by_its_last_two_digits(imprint: str, years: list) -> None:
    assert parse_publication(imprint)["issued"].parts == years


def test_the_title_is_kept_before_such_an_imprint() -> None:
    # before, the area was no imprint: the title and "66" were left as words of no field
    fields = _item("Граматыка беларускай мовы. Мінск, 1962-66.")
    assert fields["title"] == "Граматыка беларускай мовы"
    assert fields["publisher-place"] == "Мінск"
    assert fields["issued"].parts == [[1962], [1966]]


@pytest.mark.parametrize(("first", "last", "end"), [
    ("1962", "66", 1966),
    ("1955", "56", 1956),
    ("1962", "1966", 1966),
    ("1998", "02", 0),   # a month, or a range across centuries no reader can tell
    ("1962", "62", 0),   # the same year: no range
])
def test_range_end(first: str, last: str, end: int) -> None:
    assert range_end(first, last) == end


@pytest.mark.parametrize("imprint", [
    "М., 1998-02",       # no range: not an imprint's year
    "М., 1962-663",      # three digits: no year
])
def test_what_is_no_abbreviated_range(imprint: str) -> None:
    fields = parse_publication(imprint)
    assert fields is None or "issued" not in fields
