"""The block reader asks the section reader about a line that opens with a capital only
where its first two characters open some label (`may_open_label`): every line that
LABEL reads as a label must pass that test, whatever its case, or a label would be read
as body text. The reader asks it, and whether the line may open a heading, as one cached
question per line (`may_open_section`), which every label and heading must pass too."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from biblio.data.article_sections import (
    AUTHOR_LABELS,
    BLOCK_LABELS,
    CITATION_LABELS,
    LINE_LABELS,
    LIST_LABELS,
    SENTENCE_LABELS,
)
from biblio.text.sections import _heading, label_kind, may_open_label, may_open_section

LABELS = (*BLOCK_LABELS, *AUTHOR_LABELS, *LIST_LABELS, *CITATION_LABELS, *SENTENCE_LABELS,
          *LINE_LABELS)
LINES = [
    "Ключевые слова: Франция, СССР", "KEYWORDS: France", "Аннотация.", "УДК 94(47)",
    "Для цитирования: Иванов И.И. …", "Статья поступила в редакцию 12.02.2020",
    "Received 3 May 2021", "HTTPS://DOI.ORG/10.1000/182", "Dx.doi.org/10.1000/182",
    "DOI: 10.1000/182", "E-mail: a@b.ru", "Сведения об авторе",
]
"""Labels as article headers print them, and a received date and DOI links, which LABEL
reads by patterns of their own."""


def test_the_lines_that_open_labels_pass_the_first_two_characters() -> None:
    for line in LINES:
        assert label_kind(line, identifiers=True) is not None, line
        assert may_open_label(line[:2]), line


def test_body_lines_with_a_capital_are_spared_the_question() -> None:
    for line in ("В мае 1933 г., уже после", "Сближение должно было", "Ещё в июне 1930 г.",
                 "Werth N. Histoire"):
        assert not may_open_label(line[:2]), line


@given(st.sampled_from(LABELS), st.lists(st.booleans(), min_size=2, max_size=2),
       st.sampled_from([": текст", ". Text", "", " text"]))
def test_every_label_in_any_case_passes(label: str, upper: list[bool], after: str) -> None:
    opening = "".join(char.upper() if up else char.lower() for char, up in zip(label, upper))
    line = opening + label[2:] + after
    if label_kind(line, identifiers=True) is not None:
        assert may_open_label(line[:2])



HEADINGS = ["Примечания", "Список литературы", "СПИСОК ИСТОЧНИКОВ И ЛИТЕРАТУРЫ", "References",
            "Литература (References)", "Notes", "Bibliographie"]
"""Headings of reference lists and endnotes as articles print them."""


def test_the_lines_that_open_labels_or_headings_pass_the_readers_question() -> None:
    for line in LINES:
        assert may_open_section(line[:2]), line
    for line in HEADINGS:
        assert _heading(line) is not None, line
        assert may_open_section(line[:2]), line


def test_body_lines_are_spared_the_readers_question() -> None:
    for line in ("В мае 1933 г., уже после", "Сближение должно было", "Werth N. Histoire",
                 "и союзников", "1 Там же. С. 5."):
        assert not may_open_section(line[:2]), line


@given(st.sampled_from(LABELS), st.lists(st.booleans(), min_size=2, max_size=2),
       st.sampled_from([": текст", ". Text", "", " text"]))
def test_every_label_in_any_case_passes_the_readers_question(label: str, upper: list[bool],
                                                              after: str) -> None:
    opening = "".join(char.upper() if up else char.lower() for char, up in zip(label, upper))
    line = opening + label[2:] + after
    if label_kind(line, identifiers=True) is not None and line[:1].isupper():
        assert may_open_section(line[:2])
