"""CSL-JSON: every CSL 1.0.2 variable round-trips, unknown keys stay, errors name the place."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biblio.errors import FormatError
from biblio.formats import csljson
from biblio.model import Date, Item, Name
from strategies import dates, item_lists

PROPERTY = settings(max_examples=100, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(item_lists())
def test_read_write_round_trip_of_generated_items(generated: list[Item]) -> None:
    assert csljson.read(csljson.write(generated)) == generated


@PROPERTY
@given(dates(), st.integers(1, 99))
def test_literal_dates_and_json_numbers_keep_their_shape(date: Date, volume: int) -> None:
    item = Item("x", "book", {"issued": date, "volume": volume, "page": "13 об."})
    (back,) = csljson.read(csljson.write([item]))
    assert back == item
    assert back.fields["volume"] == volume  # a JSON number stays a number


def test_every_gold_item_round_trips(gold_json: dict) -> None:
    objects = list(gold_json["items"].values())
    items = csljson.read(json.dumps(objects))
    assert json.loads(csljson.write(items)) == objects


def test_cyrillic_is_written_as_utf8_not_escaped() -> None:
    text = csljson.write([Item("x", "book", {"title": "Упущенный шанс Сталина"})])
    assert "Упущенный шанс Сталина" in text


def test_unknown_keys_of_items_names_and_dates_are_kept() -> None:
    obj = {"id": "x", "type": "book", "custom": {"zotero": [1, 2]},
           "author": [{"family": "Smith", "given": "J.", "comma-suffix": True}],
           "issued": {"date-parts": [[1933]], "edtf": "1933"}}
    (item,) = csljson.read(json.dumps(obj))
    assert item.fields["custom"] == {"zotero": [1, 2]}
    assert item.fields["author"] == [Name(family="Smith", given="J.",
                                          extra={"comma-suffix": True})]
    assert json.loads(csljson.write([item])) == [obj]


def test_one_item_object_is_accepted() -> None:
    (item,) = csljson.read('{"id": 7, "type": "book", "title": "T"}')
    assert (item.id, item.type) == ("7", "book")


def test_invalid_json_is_an_error_naming_the_line() -> None:
    with pytest.raises(FormatError) as error:
        csljson.read('[\n  {"id": "x",\n  "type": "book"\n')
    assert error.value.line == 4


@pytest.mark.parametrize(("obj", "message"), [
    ({"type": "book"}, "item 0: missing or invalid \"id\""),
    ({"id": "a", "title": "T"}, "item 'a': missing or invalid \"type\""),
    ({"id": "a", "type": "book", "title": [{"x": 1}]},
     "item 'a', field 'title': must be a string"),
    ({"id": "a", "type": "book", "author": "Smith"},
     "item 'a', field 'author': a name variable must be a list"),
    ({"id": "a", "type": "book", "issued": {"date-parts": [["x", 1, 2, 3]]}},
     "item 'a', field 'issued'"),
])
def test_a_wrong_type_for_a_field_names_the_item_and_the_field(obj: dict, message: str) -> None:
    with pytest.raises(FormatError) as error:
        csljson.read(json.dumps([obj]))
    assert message in str(error.value)
