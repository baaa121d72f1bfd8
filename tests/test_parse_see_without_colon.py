"""«См.» without GOST's colon, «См.» typed close, «Cм.» with a Latin C (issue 9).

GOST R 7.0.5-2008 prints «См.:» before the reference a note points to; notes typed
before it or after other house styles leave the colon out («… см. B.Grakov. «Monuments
de la culture scythique…»», a translated history's notes), type the lead-in close to
the name («См.:МалабаевЖ.», a history journal's notes) or type its С as the Latin look-alike.
Each form below is a dev row's reference, from a different source, typed so.
"""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.formats.csljson import item_to_json


def _first_item(text: str) -> dict:
    document = parse_footnotes([text])
    cites = document.notes[0].cites
    assert cites, f"no cite read in {text!r}"
    return item_to_json(document.items[cites[0].item])


@pytest.mark.parametrize("text, title", [
    # a Metropolitan's life (rutlib, notes of a history of Muscovy)
    ("Подобнее см. Начертание Жития Митрополита Филиппа. М., 1860.",
     "Начертание Жития Митрополита Филиппа"),
    # statistics of the 1850s (notes of an economic history)
    ("Для середины XIX в. см. Материалы для статистики России, собираемые по ведомству "
     "МГИ. СПб., 1858. Вып. 1. С. 3–4.",
     "Материалы для статистики России, собираемые по ведомству МГИ"),
])
def test_an_opening_clause_before_see_without_a_colon_is_the_prefix(text: str,
                                                                    title: str) -> None:
    assert _first_item(text)["title"] == title


def test_see_alone_before_prose_stays_commentary() -> None:
    """«См. выше» and «См. главу 3» have no title's shape: nothing is read as a work."""
    for text in ("См. выше.", "См. главу 3."):
        assert not parse_footnotes([text]).notes[0].cites


def test_see_typed_close_to_the_author() -> None:
    item = _first_item("См.МалабаевЖ. Положение беженцев-киргизов после февраля 1917 г. "
                       "// История и современность. Фрунзе, 1982. С. 41.")
    assert item["author"] == [{"family": "Малабаев", "given": "Ж."}]


def test_see_with_a_latin_c_is_the_lead_in() -> None:
    item = _first_item("\u0043м. соч. Я. Грота: «Петербургский край до Петра Великого».")
    assert item["title"] == "Петербургский край до Петра Великого"
    assert item["author"][0]["given"] == "Я."
