"""GOST 7.1-84's «В кн.:», «В сб.:» before a host's title, its colon left out where the
title is in quotation marks: "См. Р. Исмаилов «Последний блиц». В кн. «Проигранные
сражения». М., СПб.: ACT., Terra fantastica, 2001." (batch 46, the notes of a book on
the 1941 campaign); after the title's period or the areas' dash; values read by hand. The
words opening a sentence of commentary are no host."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes


@pytest.mark.parametrize(("text", "title", "host", "place"), [
    ("См. Р. Исмаилов «Последний блиц». В кн. «Проигранные сражения». М., СПб.: ACT., "
     "Terra fantastica, 2001.", "Последний блиц", "Проигранные сражения",
     "Москва; Санкт-Петербург"),
    ("Иванов И. И. Крестьянская реформа. В сб. «Великая реформа». Т. 3. М., 1911. С. 45.",
     "Крестьянская реформа", "Великая реформа", "Москва"),
    ("Петров П. П. Флот в 1905 году. — В кн. «История флота». Л., 1960. С. 12–20.",
     "Флот в 1905 году", "История флота", "Ленинград"),
])
def test_the_quoted_title_after_the_intro_is_the_host(text: str, title: str, host: str,
                                                      place: str) -> None:
    document = parse_footnotes([text])
    fields = document.items[document.notes[0].cites[0].item].fields
    assert (fields["title"], fields["container-title"], fields["publisher-place"]) == (
        title, host, place)


def test_the_intro_opening_a_sentence_of_commentary_is_no_host() -> None:
    document = parse_footnotes(["В кн. «Проигранные сражения» приведены данные."])
    assert not document.notes[0].cites
