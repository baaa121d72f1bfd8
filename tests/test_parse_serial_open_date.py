"""A serial still published prints its open date as its first year, a dash and a space
before the area's period (GOST 7.1-2003, GOST R 7.0.100-2018: "Москва, 1999 – . –"): the
period after the space ends the area, and in the two-level description of an issue the
serial's imprint stays above the issue's own numbering and year."""

from __future__ import annotations

from biblio.parse.areas import split_areas
from biblio.parse.gost import parse_reference

ATOMIC_ENERGY = ("Атомная энергия / Акад. наук СССР, Гл. упр. по использованию атомной энергии "
                 "при Совете Министров СССР. — М.: Гос. изд. техн.-теорет. лит., 1956— . Том "
                 "108, вып. 3. — 2010. — С. 121—180.")
"""A research institute's list of a journal issue in the two-level form (ru-gost-1302)."""


def test_the_period_after_an_open_date_ends_the_area() -> None:
    areas = [area.text.strip() for area in split_areas(ATOMIC_ENERGY)]
    assert "М.: Гос. изд. техн.-теорет. лит., 1956—" in areas
    assert "Том 108, вып. 3" in areas


def test_an_issue_of_a_serial_with_an_open_date_keeps_its_numbering_and_imprint() -> None:
    reference = parse_reference(ATOMIC_ENERGY)
    fields = reference.fields
    assert (fields["volume"], fields["issue"]) == ("108", "3")
    assert fields["issued"].parts[0][0] == 2010  # the issue's year, not the serial's first
    assert (fields["publisher-place"], fields["publisher"]) == \
        ("Москва", "Гос. изд. техн.-теорет. лит.")
    assert "1956—" in fields["note"]  # the serial's run, kept as printed
    assert reference.locator == "121—180"


def test_a_spaced_period_after_a_word_or_a_closed_year_does_not_end_an_area() -> None:
    # only a year's open dash before the space marks the serial's run
    for text in ("Сочинения . Том 1", "Наука, 1956 . Том 1"):
        assert len(split_areas(text)) == 1
