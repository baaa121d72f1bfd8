"""A work named by its author, initials first, and its title with nothing after them, as a
note repeats a work with no page: "Р. Исмаилов «Последний блиц»." (batch 46, twice in the
notes of a book on the 1941 campaign), the title closed by the period of GOST 7.1-84's
heading or in quotation marks; values read by hand. A sentence of commentary after a name
stays commentary, and a name before one word shows no reference."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes


def cited(text: str) -> tuple[str, str, str] | None:
    document = parse_footnotes([text])
    note = document.notes[0]
    if not note.cites:
        return None
    fields = document.items[note.cites[0].item].fields
    (author,) = fields["author"]
    return author.family, author.given, fields["title"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Р. Исмаилов «Последний блиц».", ("Исмаилов", "Р.", "Последний блиц")),
    ("Е. В. Тарле «Наполеон».", ("Тарле", "Е. В.", "Наполеон")),
    ("Р. Исмаилов. Последний блиц.", ("Исмаилов", "Р.", "Последний блиц")),
    ("Л. Троцкий. Моя жизнь.", ("Троцкий", "Л.", "Моя жизнь")),
    ("А. Блок. Стихи о Прекрасной Даме.", ("Блок", "А.", "Стихи о Прекрасной Даме")),
    ("Лев Троцкий. Сталин.", ("Троцкий", "Лев", "Сталин")),
])
def test_a_name_and_a_title_alone_are_a_work(text: str,
                                             expected: tuple[str, str, str]) -> None:
    assert cited(text) == expected


def test_a_sentence_after_a_name_stays_commentary() -> None:
    document = parse_footnotes(["Л. Д. Троцкий. Он был выслан из СССР в 1929 году и жил в "
                                "Турции."])
    assert not document.notes[0].cites


def test_a_title_with_an_unread_imprint_after_it_is_left_to_the_other_readings() -> None:
    # the dev set's ru-fn-124 with its year in parentheses: the place and year are read,
    # not swallowed into the title
    document = parse_footnotes(["П. М. Керженцев. Принципы организации. Пг. (1922)"])
    fields = document.items[document.notes[0].cites[0].item].fields
    assert fields["title"] == "Принципы организации"
