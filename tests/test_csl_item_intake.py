"""The engine's item intake (render.csl.processor.prepare_item) reads each distinct name and
date once: what it remembers must be what reading the value afresh gives."""

from biblio.render.csl.dates import read_date
from biblio.render.csl.names import read_name
from biblio.render.csl.processor import prepare_item


def test_a_year_as_a_float_is_not_taken_for_the_same_year_as_an_integer() -> None:
    whole = prepare_item({"id": "a", "issued": {"date-parts": [[2000]]}})["issued"]
    written = prepare_item({"id": "b", "issued": {"date-parts": [[2000.0]]}})["issued"]
    assert whole.start == (2000, 0, 0) and not whole.literal
    assert written == read_date({"date-parts": [[2000.0]]})
    assert written != whole


def test_a_remembered_name_is_read_as_a_fresh_one() -> None:
    value = {"family": "van Beethoven", "given": "Ludwig"}
    first = prepare_item({"id": "a", "author": [value]})["author"]
    again = prepare_item({"id": "b", "author": [dict(value)]})["author"]
    assert first == again == [read_name(value)]
    assert first[0].non_dropping == "van"


def test_a_name_with_a_part_no_key_can_hold_is_still_read() -> None:
    value = {"family": "Smith", "given": "John", "note": ["not", "a", "name", "part"]}
    assert prepare_item({"id": "a", "author": [value]})["author"] == [read_name(value)]


def test_parse_names_false_is_not_taken_for_a_missing_flag() -> None:
    joined = prepare_item({"id": "a", "author": [{"family": "du Réau", "parse-names": False}]})
    split = prepare_item({"id": "b", "author": [{"family": "du Réau"}]})
    assert joined["author"][0].family == "du Réau"
    assert split["author"][0].family == "Réau"
