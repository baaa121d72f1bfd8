"""Document JSON: biblio's own serialization of notes, cites and items.

Shape: {"notes": [{"n", "cites": [{"item", "form", "locator"?, "label"?, …}],
"comment", "text"?, "leftover"?}], "items": {id: CSL-JSON item}}. Keys that are
empty or None are left out of cites, and "text"/"leftover" out of notes, so that a
hand-written gold file and a parsed document share one shape.
"""

from __future__ import annotations

from typing import Any

from biblio.errors import FormatError
from biblio.formats.csljson import item_from_json, item_to_json
from biblio.formats.json_text import dump_json, json_type, parse_json
from biblio.model import FORMS, Cite, Document, Leftover, Note, Problem

_CITE_OPTIONAL = ("locator", "label", "prefix", "suffix", "confidence")


def read(text: str) -> Document:
    data = parse_json(text)
    if not isinstance(data, dict) or not isinstance(data.get("notes", []), list):
        raise FormatError('a document must be an object with "notes" and "items"')
    items_obj = data.get("items", {})
    if isinstance(items_obj, list):  # tolerate a CSL-JSON list of items
        items_obj = _items_by_id(items_obj)
    if not isinstance(items_obj, dict):
        raise FormatError('"items" must be an object mapping ids to CSL-JSON items')
    items = {}
    for key, obj in items_obj.items():
        item = item_from_json(obj, f"item {key!r}")
        if item.id != key:
            raise FormatError(f"is stored under the key {key!r}", where=f"item {item.id!r}")
        items[key] = item
    notes = [_note_from_json(obj, index) for index, obj in enumerate(data.get("notes", []))]
    for note in notes:
        for cite in note.cites:
            if cite.item not in items:
                raise FormatError(
                    f"cites unknown item {cite.item!r}", where=note.name
                )
    problems = [Problem(**_strings(p, ("where", "message"), f"problem {i + 1}"))
                for i, p in enumerate(_list(data, "problems", "the document"))]
    return Document(notes=notes, items=items, problems=problems)


def _items_by_id(items: list[Any]) -> dict[str, Any]:
    """A CSL-JSON list of items by id; two items with one id are an error, not one
    item lost."""
    by_id: dict[str, Any] = {}
    for index, obj in enumerate(items):
        key = str(obj.get("id")) if isinstance(obj, dict) else str(index)
        if key in by_id:
            raise FormatError(f"has the id {key!r} of an earlier item; give it another id",
                              where=f"item {index + 1}")
        by_id[key] = obj
    return by_id


def _list(obj: dict[str, Any], key: str, where: str) -> list[Any]:
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise FormatError(f'"{key}" must be a list, not {json_type(value)}', where=where)
    return value


def _strings(obj: Any, keys: tuple[str, ...], where: str) -> dict[str, str]:
    """The string values of `keys` in object `obj` ("" when absent)."""
    if not isinstance(obj, dict):
        raise FormatError(f"must be an object, not {json_type(obj)}", where=where)
    return {key: _optional_str(obj, key, where) or "" for key in keys}


def write(document: Document) -> str:
    return dump_json(document_to_json(document))


def document_to_json(document: Document) -> dict[str, Any]:
    out: dict[str, Any] = {
        "notes": [_note_to_json(note) for note in document.notes],
        "items": {key: item_to_json(item) for key, item in document.items.items()},
    }
    if document.problems:
        out["problems"] = [{"where": p.where, "message": p.message}
                           for p in document.problems]
    return out


def _note_from_json(obj: Any, index: int) -> Note:
    where = f"note {index + 1}"
    if not isinstance(obj, dict):
        raise FormatError("must be a JSON object", where=where)
    n = obj.get("n")
    if n is not None and (isinstance(n, bool) or not isinstance(n, int)):
        raise FormatError('"n" must be a whole number or null', where=where)
    where = f"note {n}" if n is not None else where
    cites_obj = obj.get("cites", [])
    if not isinstance(cites_obj, list):
        raise FormatError('"cites" must be a list', where=where)
    leftover = [Leftover(**_strings(part, ("text", "reason"), f"{where}, leftover {i + 1}"))
                for i, part in enumerate(_list(obj, "leftover", where))]
    return Note(
        n=n,
        cites=[_cite_from_json(c, f"{where}, cite {i + 1}") for i, c in enumerate(cites_obj)],
        comment=_optional_str(obj, "comment", where),
        text=_optional_str(obj, "text", where),
        leftover=leftover,
    )


def _cite_from_json(obj: Any, where: str) -> Cite:
    if not isinstance(obj, dict) or not isinstance(obj.get("item"), str):
        raise FormatError('a cite must be an object with an "item" id', where=where)
    form = obj.get("form", "full")
    if form not in FORMS:
        raise FormatError(f'"form" must be one of {", ".join(FORMS)}, not {form!r}',
                          where=where)
    cite = Cite(item=obj["item"], form=form)
    for key in _CITE_OPTIONAL:
        value = obj.get(key)
        if key == "confidence":
            if value is not None and not isinstance(value, (int, float)):
                raise FormatError('"confidence" must be a number', where=where)
        elif key == "locator" and isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        else:
            value = _optional_str(obj, key, where)
        setattr(cite, key, value)
    return cite


def _optional_str(obj: dict[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise FormatError(f'"{key}" must be a string, not {json_type(value)}', where=where)
    return value


def _note_to_json(note: Note) -> dict[str, Any]:
    out: dict[str, Any] = {"n": note.n, "cites": [_cite_to_json(c) for c in note.cites],
                           "comment": note.comment}
    if note.text is not None:
        out["text"] = note.text
    if note.leftover:
        out["leftover"] = [{"text": part.text, "reason": part.reason}
                           for part in note.leftover]
    return out


def _cite_to_json(cite: Cite) -> dict[str, Any]:
    out: dict[str, Any] = {"item": cite.item, "form": cite.form}
    for key in _CITE_OPTIONAL:
        value = getattr(cite, key)
        if value is not None:
            out[key] = value
    return out
