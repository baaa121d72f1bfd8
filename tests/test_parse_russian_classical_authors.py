"""A translated classic headed by its author's one name or fixed name (issue 9): Russian
notes cite the Greek, Roman and Byzantine authors as "Геродот. История … / Пер. …",
"Прокопий из Кесарии. Тайная история/Пер. …"; no such name ends as a Russian family name,
so the heading was read as the title's first sentence. The names come from
data.known_names; expectations read off each reference by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize("text, author, title", [
    # a book on the Slavs' origins (batch 19 of the dev set): the classics it cites
    ("Геродот. История в девяти книгах/Пер. Г. А. Стратановского. Л., 1972.", "Геродот",
     "История в девяти книгах"),
    ("Прокопий из Кесарии. Тайная история/Пер. С. П. Кондратьева // ВДИ. 1938. № 4.",
     "Прокопий из Кесарии", "Тайная история"),
    # the list of abbreviations of a translated book on Rome (rulit.me 398142)
    ("Теренций. Комедии / пер. А.В. Артюшкова. М., 1988", "Теренций", "Комедии"),
    ("Варрон. О латинском языке (отрывки) / пер. Я.М. Боровского. СПб, 1996", "Варрон",
     "О латинском языке (отрывки)"),
])
def test_a_classical_authors_name_heads_the_translation(text: str, author: str,
                                                        title: str) -> None:
    fields = parse_reference(text).fields
    assert ([name.family for name in fields["author"]], fields["title"]) == ([author], title)
    assert fields["translator"]


def test_the_name_alone_before_an_imprint_is_a_title() -> None:
    # a book called after its subject, with no work after the name: no heading
    fields = parse_reference("Цезарь. М., 1990.").fields
    assert (fields["title"], "author" in fields) == ("Цезарь", False)
