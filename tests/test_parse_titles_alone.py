"""A work named by its title alone after «См.:» (GOST R 7.0.5-2008's lead-in before a
reference). Real notes of two books in the Russian dev set: a church-history monograph
(ebooksa.net 61728) and a translated book on 16th-century Muscovy (booksonline 90501);
the titles were read off the texts by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "title"), [
    ("См.: Русские в Галлиполи.", "Русские в Галлиполи"),
    ("См.: Россия в средние века", "Россия в средние века"),
])
def test_a_title_alone_after_see_is_a_work(text: str, title: str) -> None:
    reference = parse_reference(text)
    assert reference.kind == "work"
    assert reference.fields == {"title": title}


@pytest.mark.parametrize("text", [
    "См. Русские в Галлиполи.",   # "См." without GOST's colon opens commentary as often
    "См.: выше, прим. 5.",        # a cross-reference in lower case, with a number
    "См.: Соловьев.",             # one word: an author's name as often as a title
])
def test_other_words_after_see_stay_commentary(text: str) -> None:
    assert parse_reference(text).kind == "comment"
