"""Funding and acknowledgement notes are commentary, not works (issue 9): the first
footnote of many journal articles names who paid for the work, and a grant's number
(«проект МК-6084.2018.6») read as a title and a year made an item of it."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.data.funding_phrases import FUNDING_PHRASES, GRANT_WORDS
from biblio.parse import FUNDING_HINT, stems
from biblio.parse.commentary import is_funding

FUNDING_NOTES = [
    # the sample article's note 1 (examples/article.txt)
    "Работа выполнена при поддержке гранта Президента РФ для государственной поддержки "
    "молодых российских учёных — кандидатов наук (проект МК-6084.2018.6).",
    # the RFBR's own model sentence, as a grant holder's rules and a journal's rules give it
    "Исследование выполнено при финансовой поддержке РФФИ и Правительства Иркутской "
    "области в рамках научного проекта № 19-42-383001.",
    "Исследование выполнено при финансовой поддержке Российского фонда фундаментальных "
    "исследований (РФФИ) в рамках научного проекта № 20-37-90144.",
    # a journal's funding field, in Russian and in English
    "Исследование выполнено при финансовой поддержке Министерства науки и высшего "
    "образования Российской Федерации в рамках государственного задания Института "
    "экономики РАН.",
    "The study was financially supported by the Ministry of Science and Higher Education "
    "of the Russian Federation.",
    # short footnotes, with no number
    "Работа выполнена при поддержке гранта РНФ.",
    "Работа выполнена при поддержке Благотворительного фонда Владимира Потанина "
    "(Стипендиальная программа Владимира Потанина, грант № ГК26-00053).",
    # English acknowledgements of the Russian Science Foundation and the RFBR
    "This work was supported by the Russian Science Foundation grant number 21-75-20069.",
    "The work of A.M.S. was supported by the Russian Science Foundation under Project "
    "No. 16-12-10048.",
    "The reported study was funded by RFBR and the Government of the Irkutsk Region, "
    "project number 19-42-383001.",
    "This work was supported by the Russian Science Foundation (RSF), project No. "
    "24-71-00113.",
]


@pytest.mark.parametrize("text", FUNDING_NOTES)
def test_a_funding_note_is_commentary_kept_whole(text: str) -> None:
    document = parse_footnotes([text])
    note = document.notes[0]
    assert note.cites == []
    assert document.items == {}
    assert note.comment == text
    assert note.leftover == []
    assert document.problems == []


def test_a_reference_after_the_funding_sentence_is_kept() -> None:
    funding = ("Исследование выполнено при финансовой поддержке РФФИ в рамках научного "
               "проекта № 19-09-00111.")
    document = parse_footnotes([
        f"{funding} См.: Иванов И. И. История России. М.: Наука, 2001. С. 5."])
    note = document.notes[0]
    assert len(note.cites) == 1
    item = document.items[note.cites[0].item]
    assert item.fields["title"] == "История России"
    assert item.fields["publisher"] == "Наука"
    assert note.comment == funding


@pytest.mark.parametrize("text", [
    # the sample article's fragment: the note's opening was lost at the page break
    "молодых российских учёных — кандидатов наук (проект МК-6084.2018.6).",
    # the tail of the RFBR's model sentence, and of the RSF's in English
    "и Правительства Иркутской области в рамках научного проекта № 19-42-383001.",
    "under grant No. 22-11-00323 and performed at the National Research University.",
])
def test_the_tail_of_a_funding_sentence_with_a_grant_number_is_commentary(text: str) -> None:
    document = parse_footnotes([text])
    assert document.items == {}
    assert document.notes[0].comment == text
    assert document.notes[0].leftover == []


@pytest.mark.parametrize("text", [
    # the words of funding without a funder or a grant: prose of patronage
    "Издание было задумано при поддержке друзей автора.",
    # a funder without the phrase: a title
    "Российский фонд фундаментальных исследований: 25 лет",
    # the phrase late in the sentence, after a reference: the edition's own note
    "Иванов И. И. Очерки. М., 2005. 300 с. Издание осуществлено при финансовой "
    "поддержке РГНФ (проект № 05-01-00123).",
])
def test_not_a_funding_sentence(text: str) -> None:
    assert not is_funding(text)


def test_the_funding_hint_is_derived_from_the_phrases_and_misses_none() -> None:
    """FUNDING_HINT, the cheap test before `is_funding`, is built from the tables: every
    phrase and grant word holds one of its stems, in any case the note prints it."""
    for phrase in (*FUNDING_PHRASES, *GRANT_WORDS):
        assert FUNDING_HINT.search(phrase.upper().lower()), phrase
    assert stems(["при поддержке", "поддержана", "гранта", "грант"]) == ["грант", "поддер"]
    assert not FUNDING_HINT.search("иванов и. и. история края. м., 1990. с. 5.")
