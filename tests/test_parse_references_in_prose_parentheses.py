"""A reference in parentheses inside the author's prose (issue 9): the reference is read
whole, the prose around it is the note's comment, nothing of it lost. Values read by hand
from the notes; the dev rows that led here are ru-fn-1742 and ru-fn-2072 (batch 42), the
notes below vary their names, titles, places and numbers."""

from __future__ import annotations

import pytest

from biblio.model import Name
from biblio.parse import parse_footnotes
from biblio.parse.commentary import is_commentary, sentences

MID_SENTENCE = [
    # the parenthesis closes after the reference's period, and the sentence goes on
    ("Первое издание этой книги (Смирнов В. Г. Записки провинциала. Казань, 1987. "
     "С. 12–14.) заметно отличается от второго.",
     [Name(family="Смирнов", given="В. Г.")], "Записки провинциала", "Казань", 1987, "12–14",
     "Первое издание этой книги заметно отличается от второго."),
    ("Этот текст (Кузнецова Е. А., Лебедев И. П. Дневники. Л., 1969. С. 5.) позднее был "
     "переиздан с сокращениями.",
     [Name(family="Кузнецова", given="Е. А."), Name(family="Лебедев", given="И. П.")],
     "Дневники", "Ленинград", 1969, "5",
     "Этот текст позднее был переиздан с сокращениями."),
]


@pytest.mark.parametrize(("text", "authors", "title", "place", "year", "page", "comment"),
                         MID_SENTENCE)
def test_a_reference_closed_by_its_period_inside_parentheses_is_read_whole(
        text: str, authors: list[Name], title: str, place: str, year: int, page: str,
        comment: str) -> None:
    document = parse_footnotes([text])
    note = document.notes[0]
    assert len(note.cites) == 1
    item = document.items[note.cites[0].item]
    assert item.fields["author"] == authors
    assert item.fields["title"] == title
    assert item.fields["publisher-place"] == place
    assert item.fields["issued"].parts == [[year]]
    assert note.cites[0].locator == page
    assert note.comment == comment
    assert not note.leftover


CLOSING_THE_SENTENCE = [
    # the prose quotes words, which a reading of the whole took for the title
    ('Она вспоминала, что отец называл эти годы "лучшими в жизни" (Н. В. Орлова, '
     'В. Н. Орлов. Записки о былом. 1905-1917 гг. Тверь, 1994, с. 88).',
     [Name(family="Орлова", given="Н. В."), Name(family="Орлов", given="В. Н.")],
     "Записки о былом. 1905-1917 гг.", "Тверь", 1994, "88",
     'Она вспоминала, что отец называл эти годы "лучшими в жизни"'),
    ("Староста уверял, что «хлеб весь сдан» (А. С. Петров, С. А. Петрова. Дневник "
     "переселенца. 1890–1895 гг. Омск, 1960, с. 31–32).",
     [Name(family="Петров", given="А. С."), Name(family="Петрова", given="С. А.")],
     "Дневник переселенца. 1890–1895 гг.", "Омск", 1960, "31–32",
     "Староста уверял, что «хлеб весь сдан»"),
]


@pytest.mark.parametrize(("text", "authors", "title", "place", "year", "page", "comment"),
                         CLOSING_THE_SENTENCE)
def test_a_reference_in_parentheses_closing_a_sentence_of_prose_is_read_whole(
        text: str, authors: list[Name], title: str, place: str, year: int, page: str,
        comment: str) -> None:
    document = parse_footnotes([text])
    note = document.notes[0]
    assert len(note.cites) == 1
    item = document.items[note.cites[0].item]
    assert item.fields["author"] == authors
    assert item.fields["title"] == title
    assert item.fields["publisher-place"] == place
    assert item.fields["issued"].parts == [[year]]
    assert note.cites[0].locator == page
    assert note.comment == comment
    assert not note.leftover


def test_a_parenthesis_inside_a_reference_is_not_taken_for_one_in_prose() -> None:
    """A journal's numbering in parentheses before its imprint («Том … (№4/2019). М.: …»)
    does not close the text: the title before it stays the reference's."""
    document = parse_footnotes(["Записки Общества любителей истории. Том семнадцатый "
                                "(№2/2011). М.: Наука, 2011. С. 40-45"])
    note = document.notes[0]
    assert len(note.cites) == 1
    assert note.comment is None


@pytest.mark.parametrize(("text", "first"), [
    ("Он говорил о «Повести о Москве.» Потом её переименовали.", "Он говорил о «Повести о Москве.»"),
    ("Так писал Гоголь (в письме к матери.) Ответа не было.",
     "Так писал Гоголь (в письме к матери.)"),
])
def test_a_sentence_keeps_the_marks_its_period_stands_inside(text: str, first: str) -> None:
    assert sentences(text)[0] == first


@pytest.mark.parametrize("sentence", [
    "Автор утверждает, что 1931 году работа над циклом была закончена.",  # «в» lost
    "Известно, что к 1948 году выставка объехала несколько городов.",
    "Мы знаем, что за 1905 годом последовали годы реакции.",
    "Він пише, що 1926 році художник знову працював у Версалі.",
])
def test_a_year_that_a_case_of_the_word_for_year_follows_is_prose(sentence: str) -> None:
    assert is_commentary(sentence)


def test_a_newspaper_day_with_the_genitive_of_year_stays_a_reference_sign() -> None:
    assert not is_commentary("Известия, 5 мая 1926 года, вечерний выпуск")


def test_a_sentence_of_prose_with_such_a_year_before_a_lead_in_is_the_comment() -> None:
    """ru-fn-1745 led here: the sentence was read as a reference of its own."""
    document = parse_footnotes([
        "Ольга Петрова, которая составила перечень писем художника, пишет, что 1931 году "
        "он снова работал в Крыму. См.: Петрова О. Письма из Крыма. Симферополь, 1977. "
        "С. 40."])
    note = document.notes[0]
    assert len(note.cites) == 1
    item = document.items[note.cites[0].item]
    assert item.fields["author"] == [Name(family="Петрова", given="О.")]
    assert item.fields["title"] == "Письма из Крыма"
    assert item.fields["issued"].parts == [[1977]]
    assert note.cites[0].prefix == "См.:"
    assert note.comment == ("Ольга Петрова, которая составила перечень писем художника, "
                            "пишет, что 1931 году он снова работал в Крыму.")
