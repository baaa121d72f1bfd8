"""The first place of an imprint with «[и др.]» after it, the other places left out (GOST
7.1-2003 clause 5.5; ISBD's "[etc.]"), as library catalogues and reading lists print the
books of publishers with several offices: «СПб. [и др.] : Питер, 2004», «Москва [и др.] :
Питер, 2019», «London [etc.] : Routledge». The place is the first alone, as "[Б. м.]" is
no place; the title ends before the area. Values read by hand from the texts."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes
from biblio.parse.publication import parse_publication


def read(text: str) -> dict:
    document = parse_footnotes([text])
    return document.items[document.notes[0].cites[0].item].fields


@pytest.mark.parametrize("text, place, publisher", [
    ("Иванов И. И. Экономика. – СПб. [и др.] : Питер, 2019. – 320 с.",
     "Санкт-Петербург", "Питер"),
    ("Иванов И. И. Экономика. СПб. [и др.]: Питер, 2019. 320 с.", "Санкт-Петербург", "Питер"),
    ("Пиз А. Язык телодвижений / А. Пиз, Б. Пиз. – М. [и др.] : Эксмо, 2006. – 416 с.",
     "Москва", "Эксмо"),
    ("Орлов Д. Сети и системы / Д. Орлов. – 2-е изд. – Санкт-Петербург [и др.] : Питер, "
     "2008. – 320 с. : ил.", "Санкт-Петербург", "Питер"),
    ("Орлов Д. Сети и системы. – Москва ; Санкт-Петербург [и др.] : Питер, 2011. – 320 с.",
     "Москва; Санкт-Петербург", "Питер"),
    ("Орлов Д. Сети и системы. – М. ; СПб. [и др.] : Питер, 2011. – 320 с.",
     "Москва; Санкт-Петербург", "Питер"),
    ("Smith J. Economics. – London [etc.] : Routledge, 2001. – 320 p.", "London", "Routledge"),
    ("Коваль О. Економіка. – Київ [та ін.] : Основа, 2001. – 320 с.", "Київ", "Основа"),
    ("Орлов Д. Сети и системы. СПб. и др.: Питер, 2005. 320 с.", "Санкт-Петербург", "Питер"),
])
def test_the_first_place_before_the_others_left_out(text: str, place: str,
                                                    publisher: str) -> None:
    fields = read(text)
    assert (fields["publisher-place"], fields["publisher"]) == (place, publisher)
    assert fields["issued"].year in (2001, 2004, 2005, 2006, 2008, 2011, 2019)
    assert "[" not in fields["title"] and "Питер" not in fields["title"]


def test_a_place_with_the_others_left_out_and_no_publisher() -> None:
    fields = read("Иванов И. И. Экономика. – СПб. [и др.], 2019. – 320 с.")
    assert fields["title"] == "Экономика"
    assert fields["publisher-place"] == "Санкт-Петербург"


@pytest.mark.parametrize("text", [
    "Петров и др., 1990",       # an author–year key, no place
    "Петров [и др.], 1990",
])
def test_a_name_before_and_others_is_no_place(text: str) -> None:
    assert parse_publication(text) is None
