"""Document JSON and CSL-JSON given bad input: each field's type is checked on reading,
nothing is kept silently in place of another, and the error names the place."""

from __future__ import annotations

import json

import pytest

from biblio.errors import FormatError
from biblio.formats import csljson, document
from biblio.formats.json_text import MAX_DEPTH


def _document(note: dict | None = None, **top) -> str:
    notes = [{"n": 1, "cites": [], **(note or {})}]
    return json.dumps({"notes": notes, "items": {}, **top})


@pytest.mark.parametrize(("text", "message"), [
    (_document(problems=5), '"problems" must be a list, not a number'),
    (_document(problems=[5]), "problem 1: must be an object, not a number"),
    (_document(problems=[{"where": 1, "message": "m"}]), '"where" must be a string'),
    (_document({"leftover": 5}), 'note 1: "leftover" must be a list, not a number'),
    (_document({"leftover": [{"text": 5}]}),
     'note 1, leftover 1: "text" must be a string, not a number'),
])
def test_a_document_field_of_the_wrong_type_is_an_error_naming_the_note(
        text: str, message: str) -> None:
    with pytest.raises(FormatError) as caught:
        document.read(text)
    assert message in str(caught.value)


@pytest.mark.parametrize(("date", "message"), [
    ({"literal": 5}, '"literal" must be a string, not a number'),
    ({"raw": ["2004"]}, '"raw" must be a string, not a list'),
    ({"season": [1]}, '"season" must be a number or a string, not a list'),
    ({"circa": {}}, '"circa" must be true/false or a number or a string, not an object'),
])
def test_a_csl_date_key_of_the_wrong_type_names_the_item_and_the_field(
        date: dict, message: str) -> None:
    text = json.dumps([{"id": "a", "type": "book", "issued": date}])
    with pytest.raises(FormatError) as caught:
        csljson.read(text)
    assert str(caught.value) == f"item 'a', field 'issued': {message}"


def test_a_field_given_twice_in_one_csl_item_is_an_error_not_the_last_kept() -> None:
    text = '[{"id": "a", "type": "book", "title": "First", "title": "Second"}]'
    with pytest.raises(FormatError) as caught:
        csljson.read(text)
    assert str(caught.value) == ('item "a": the key "title" is given twice ("First" and '
                                 '"Second"); only one can be kept, remove the other')


def test_a_key_given_twice_in_the_items_of_a_document_is_an_error() -> None:
    text = ('{"notes": [], "items": {"a": {"id": "a", "type": "book"},\n'
            '                         "a": {"id": "a", "type": "book", "title": "T"}}}')
    with pytest.raises(FormatError) as caught:
        document.read(text)
    assert 'the key "a" is given twice' in str(caught.value)


def test_two_items_with_one_id_in_a_document_item_list_are_an_error() -> None:
    text = json.dumps({"notes": [], "items": [{"id": "a", "type": "book", "title": "One"},
                                              {"id": "a", "type": "book", "title": "Two"}]})
    with pytest.raises(FormatError) as caught:
        document.read(text)
    assert str(caught.value) == "item 2: has the id 'a' of an earlier item; give it another id"


@pytest.mark.parametrize("text", ["5", "null", '"a string"', "true"])
def test_a_json_scalar_is_not_a_list_of_items(text: str) -> None:
    with pytest.raises(FormatError, match="CSL-JSON must be a list of items"):
        csljson.read(text)


def test_json_nested_deeper_than_the_limit_is_an_error_naming_the_line() -> None:
    text = '[{"id": "a", "type": "book"},\n' + "[" * 5000 + "]" * 5000 + "]"
    with pytest.raises(FormatError) as caught:
        csljson.read(text)
    assert str(caught.value) == f"line 2: JSON nested more than {MAX_DEPTH} levels deep"


def test_json_nested_a_little_too_deep_for_the_limit_but_not_for_python_is_refused() -> None:
    text = '[{"id": "a", "type": "book", "x": ' + "[" * MAX_DEPTH + "]" * MAX_DEPTH + "}]"
    with pytest.raises(FormatError, match="nested more than"):
        csljson.read(text)


def test_a_number_too_long_for_python_is_an_error_naming_the_line() -> None:
    text = '[{"id": "a", "type": "book",\n "issued": {"date-parts": [[' + "9" * 5000 + "]]}}]"
    with pytest.raises(FormatError) as caught:
        csljson.read(text)
    assert str(caught.value).startswith("line 2: a number of more than")


@pytest.mark.parametrize(("number", "shown"), [("NaN", "NaN"), ("-Infinity", "-Infinity"),
                                               ("1e999", "1e999")])
def test_a_number_json_does_not_have_is_an_error_naming_the_line(number: str, shown: str) -> None:
    text = '[{"id": "a", "type": "book",\n "page": ' + number + "}]"
    with pytest.raises(FormatError) as caught:
        csljson.read(text)
    assert str(caught.value) == f"line 2: {shown} is not a JSON number"
