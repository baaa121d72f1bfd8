"""Property: a footnote biblio renders, in GOST R 7.0.5-2008 or in Chicago 17 notes, full
or short, parses back to the item it was rendered from, as far as the style prints it.

Items come from `gost_items()` (tests/strategies.py: its docstring is the contract of
what they hold). Each document cites item A in note 1, a different item B in note 2 and
A again in note 3 with a page: the style prints A in full in note 1 and in its short
form in note 3 (GOST clause 8.4, heading + title + page; Chicago 13.19, family name +
short title + page), so both forms of both styles are parsed.

What is compared:

- GOST, full form: the whole item without its id (every variable the contract allows
  is printed), as tests/test_gost_roundtrip.py does for one note; given names with their
  spaces taken out (GOST R 7.0.5 prints "Шубин А. В." for "А.В.").
- Chicago, full form, items in a Latin-script language (Chicago romanizes Russian):
  family names, of all names up to three and of the first of four or more (CMOS 14.76:
  "et al." after the first in a note); given names with their spaces taken out (Chicago
  prints "M. J." for "M.J."); title and container-title case-folded (Chicago
  capitalizes English titles headline-style) with number ranges in en dashes (CMOS
  6.78: "1933–1939", whatever dash the data has); volume, issue, publisher, the year;
  the place in the English form Chicago prints (CMOS 14.130: "Bruxelles" → "Brussels"),
  folded.
- Short forms, both styles: note 3's cite is the item of note 1's, with note 3's page
  as its locator. Nothing else: a short form prints no more than heading and title.
"""

from __future__ import annotations

import re
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from strategies import gost_items

import biblio
from biblio.data.english_places import english_place
from biblio.formats.csljson import item_to_json
from biblio.model import OTHERS, Cite, Document, Item, Note

WORK_TYPES = ("book", "chapter", "article-journal")
"""Archival files are left out: a second file of the same fond prints as "Там же. Д. 2."
after the first, which is no full form to parse back; tests/test_gost_render.py covers
those repeats."""
works = st.sampled_from(WORK_TYPES).flatmap(gost_items)
SPACES = re.compile(r"\s+")
NUMBER_RANGE = re.compile(r"(?<=\d)[—‒-](?=\d)")
PLACES = re.compile(r"\s?;\s?")
CHICAGO_NAMES = 3
"""Chicago notes print up to three names; of four or more, the first and "et al."."""


def _document(first: Item, second: Item, page: str) -> Document:
    second.id = first.id + "b"
    return Document(notes=[Note(n=1, cites=[Cite(item=first.id)]),
                           Note(n=2, cites=[Cite(item=second.id)]),
                           Note(n=3, cites=[Cite(item=first.id, locator=page)])],
                    items={first.id: first, second.id: second})


def _distinct(first: Item, second: Item) -> bool:
    """Two works whose short forms cannot be taken for each other: titles that open with
    different words (GOST shortens "История, 1700—1701" to "История…", which a work
    titled "История" would answer as well: no reader could tell them apart either)."""
    def opening(item: Item) -> str:
        return str(item.get("title") or "").split(" ")[0].strip(",:").casefold()
    return opening(first) != opening(second)


def _parsed(document: Document, style: str) -> tuple[list[str], Document]:
    notes = biblio.render(document, style=style).notes
    return notes, biblio.parse_footnotes(notes)


def _unspaced_given(data: dict[str, Any]) -> dict[str, Any]:
    """CSL-JSON with the spaces of given names taken out ("А. В." as "А.В.")."""
    for role in ("author", "editor"):
        for name in data.get(role) or []:
            if "given" in name:
                name["given"] = SPACES.sub("", name["given"])
    return data


def _chicago_view(item: Item) -> dict[str, Any]:
    """The variables a Chicago note prints, as compared (module docstring)."""
    data = item_to_json(item)
    view: dict[str, Any] = {}
    for role in ("author", "editor"):  # "et al." read back is the mark of the others
        names = [name for name in data.get(role) or [] if name != {"literal": OTHERS}]
        if len(names) > CHICAGO_NAMES:
            names = names[:1]
        if names:
            view[role] = [(name.get("family", "").casefold(),
                           SPACES.sub("", name.get("given", ""))) for name in names]
    for variable in ("title", "container-title", "publisher"):
        if data.get(variable):
            view[variable] = NUMBER_RANGE.sub("–", str(data[variable])).casefold()
    if data.get("publisher-place"):
        view["publisher-place"] = "; ".join(
            english_place(place) or place
            for place in PLACES.split(str(data["publisher-place"]))).casefold()
    for variable in ("volume", "issue"):
        if data.get(variable):
            view[variable] = str(data[variable])
    if item.year:
        view["year"] = item.year
    return view


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(works, works, st.integers(1, 900).map(str))
def test_gost_full_and_short_notes_parse_back(first: Item, second: Item, page: str) -> None:
    assume(_distinct(first, second))
    notes, parsed = _parsed(_document(first, second, page), "gost")
    cites = [note.cites for note in parsed.notes]
    assert [len(found) for found in cites] == [1, 1, 1], notes
    full, short = cites[0][0], cites[2][0]
    want = _unspaced_given(item_to_json(first))
    got = _unspaced_given(item_to_json(parsed.items[full.item]))
    want.pop("id"), got.pop("id")
    if want.get("language") != "ru":  # one or two words may not tell en, fr, de apart
        want.pop("language"), got.pop("language", None)
    if "custom" not in want:  # "Т. 1" read back keeps the style's term as the printed word
        got.pop("custom", None)
    assert got == want, notes[0]
    assert (short.item, short.locator) == (full.item, page), notes


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(works, works, st.integers(1, 900).map(str))
def test_chicago_full_and_short_notes_parse_back(first: Item, second: Item,
                                                 page: str) -> None:
    assume(first.get("language") != "ru" and _distinct(first, second))
    notes, parsed = _parsed(_document(first, second, page), "chicago")
    cites = [note.cites for note in parsed.notes]
    assert [len(found) for found in cites] == [1, 1, 1], notes
    full, short = cites[0][0], cites[2][0]
    assert _chicago_view(parsed.items[full.item]) == _chicago_view(first), notes[0]
    assert (short.item, short.locator) == (full.item, page), notes
