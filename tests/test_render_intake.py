"""biblio's Items read straight into the engine (render/intake.py) equal the CSL-JSON route."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.formats.csljson import item_to_json
from biblio.model import Date, Item, Name
from biblio.render.csl import prepare_item
from biblio.render.intake import engine_item
from strategies import gost_items, items


@settings(max_examples=200)
@given(items())
def test_engine_item_reads_as_the_csl_json_route(item: Item) -> None:
    assert engine_item(item) == prepare_item(item_to_json(item))


@settings(max_examples=200)
@given(gost_items())
def test_engine_item_reads_gost_items_as_the_csl_json_route(item: Item) -> None:
    assert engine_item(item) == prepare_item(item_to_json(item))


def test_equal_values_of_different_types_are_read_apart() -> None:
    """A remembered name or date is found only under the same types: 1 and "1" and True
    read differently ("True" is a family name, 1 a year)."""
    for family in ("1", 1, True):
        item = Item("a", "book", {"author": [Name(family=family)],  # type: ignore[arg-type]
                                  "issued": Date(parts=[[family]])})  # type: ignore[list-item]
        assert engine_item(item) == prepare_item(item_to_json(item))


def test_a_name_with_an_unhashable_extra_part_is_still_read() -> None:
    item = Item("a", "book", {"author": [Name(family="Smith", extra={"x": ["y"]})]})
    assert engine_item(item)["author"][0].family == "Smith"


def test_a_note_variable_never_overrides_the_alias_of_a_short_form() -> None:
    """Zotero's `journalAbbreviation` fills `container-title-short` before the note's lines,
    which only fill what the item lacks (as `prepare_item` on a copy)."""
    item = Item("a", "article-journal", {"journalAbbreviation": "J. Hist.",
                                         "note": "container-title-short: Other"})
    assert engine_item(item)["container-title-short"] == "J. Hist."
    assert engine_item(item) == prepare_item(item_to_json(item))


def test_the_notes_variables_are_read_like_the_items_own() -> None:
    """A name and a date declared in the note (Zotero's "Extra") are read as the engine's
    values, a number becomes text, as on the CSL-JSON route."""
    item = Item("a", "book", {"volume": 3, "note": "original-author: Hall || W.C.\n"
                                                   "original-date: 1881"})
    prepared = engine_item(item)
    assert prepared["volume"] == "3"
    assert (prepared["original-author"][0].family, prepared["original-author"][0].given) \
        == ("Hall", "W.C.")
    assert prepared["original-date"] is not None and prepared["original-date"].start[0] == 1881
    assert prepared == prepare_item(item_to_json(item))


_NUMBERS = st.one_of(st.integers(-30, 30), st.integers(), st.booleans(),
                     st.integers(-3000, 3000).map(str), st.just(10 ** 30))
"""Date parts as a .bib or CSL-JSON file may hold them: months 13–24 (seasons) and beyond,
numbers as strings, bools (read apart from 1), a number past the direct reading's bound."""


@settings(max_examples=400)
@given(st.lists(st.lists(_NUMBERS, max_size=4), max_size=3),
       st.sampled_from([None, 2, "3", True]), st.sampled_from([None, 1, True, "1"]))
def test_a_date_read_directly_equals_the_csl_json_route(
        parts: list[list[int | str]], season: int | str | None, circa: int | str | None) -> None:
    """Plain numbers are read without the JSON dict; anything else takes that route."""
    item = Item("a", "book", {"issued": Date(parts=parts, season=season, circa=circa)})
    assert engine_item(item) == prepare_item(item_to_json(item))


def test_a_date_read_directly_keeps_seasons_ranges_and_open_parts() -> None:
    """By hand (CSL 1.0.2 §Seasons; citeproc-js reads 13–16 and 21–24 as the seasons)."""
    def read(*parts: list[int]) -> object:
        value = engine_item(Item("a", "book", {"issued": Date(parts=list(parts))}))["issued"]
        return (value.start, value.end)
    assert read([1999]) == ((1999, 0, 0), None)
    assert read([1999, 22, 5]) == ((1999, 14, 5), None)
    assert read([1999, 31]) == ((1999, 0, 0), None)
    assert read([1999, 3], [1999, 3]) == ((1999, 3, 0), None)
    assert read([1999, 3], [2001]) == ((1999, 3, 0), (2001, 0, 0))
    assert read([1999], []) == ((1999, 0, 0), None)
