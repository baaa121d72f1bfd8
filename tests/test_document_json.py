"""Document JSON: the shape of gold.json, read and written without loss."""

from __future__ import annotations

import json

import pytest

from biblio.errors import FormatError
from biblio.formats import document
from biblio.model import Cite, Date, Name


def test_gold_reads_into_the_model(gold_text):
    doc = document.read(gold_text)
    assert len(doc.notes) == 61
    assert sum(len(note.cites) for note in doc.notes) == 80
    assert len(doc.items) == 44
    first = doc.notes[0].cites[0]
    assert first == Cite(item="guelton2005", form="full", locator="72", label="page")
    guelton = doc.items["guelton2005"]
    assert guelton.type == "chapter"
    assert guelton["editor"][1] == Name(family="Réau", given="E.", non_dropping_particle="du")
    assert guelton["issued"] == Date(parts=[[2005]])


def test_gold_written_back_is_the_same_json(gold_json, gold_text):
    assert json.loads(document.write(document.read(gold_text))) == gold_json


def test_locators_keep_their_printed_shape(gold_text):
    doc = document.read(gold_text)
    locators = {c.locator for note in doc.notes for c in note.cites}
    assert {"14 об.", "XIII—XX", "169—172"} <= locators


def test_unknown_cited_item_is_an_error_naming_the_note():
    text = json.dumps({"notes": [{"n": 3, "cites": [{"item": "x", "form": "full"}]}],
                       "items": {}})
    with pytest.raises(FormatError, match="note 3.*unknown item 'x'"):
        document.read(text)


def test_bad_form_names_the_cite():
    text = json.dumps({"notes": [{"n": 1, "cites": [{"item": "a", "form": "again"}]}],
                       "items": {"a": {"id": "a", "type": "book"}}})
    with pytest.raises(FormatError, match="note 1, cite 1.*form"):
        document.read(text)


def test_invalid_json_names_the_line():
    with pytest.raises(FormatError) as caught:
        document.read('{\n "notes": [\n}')
    assert caught.value.line == 3
