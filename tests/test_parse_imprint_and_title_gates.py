"""Rewrites tried only where what they need is present (issue 9, speed; session 27): the
written-out place and year closed by periods (gost.WRITTEN_PLACE_PERIOD_YEAR) behind the
year after a period that every match of it holds (gost.YEAR_AFTER_PERIOD), and a title
wholly in quotes (quoted_titles.WHOLLY_QUOTED) behind the mark it opens with. Each gate
must pass every text its rewrite changes: here on texts made of the pieces those
patterns match (hypothesis), and on the forms their docstrings cite."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.parse.gost import (WRITTEN_PLACE_PERIOD_YEAR, YEAR_AFTER_PERIOD,
                               _written_place_imprint)
from biblio.parse.quoted_titles import OPENING_QUOTES, WHOLLY_QUOTED, unquoted_title

PLACES = ["Минск", "Москва", "Петроград", "Санкт-Петербург", "Ростов-на-Дону", "Київ", "М."]
PUBLISHERS = ["«Ала киона»", "\"Наука\"", "«ала»", "Наука", ""]
YEARS = ["1995", "1995 г.", "1922 год", "1995 г", "195", "1995,", "1995;"]
MARKS = [". ", ".\u00a0", "» ", ", ", ".", " ", ": ", ""]
imprint_texts = st.tuples(
    st.sampled_from(["Игорь Бунич. «Князь Суворов», историческая хроника", "«Очерки»", ""]),
    st.sampled_from(MARKS), st.sampled_from(PLACES), st.sampled_from(MARKS),
    st.sampled_from(PUBLISHERS), st.sampled_from(MARKS), st.sampled_from(YEARS),
    st.sampled_from(["", ".", " С. 5.", ". С. 1234.", " – 300 с."]),
).map("".join)
"""A title, a place, perhaps a publisher and a year as notes set an imprint out, each
joined to the next by a period, a guillemet, a comma, a space or nothing."""


@settings(max_examples=2000, deadline=None)
@given(text=imprint_texts)
def test_the_written_place_rewrite_changes_only_texts_with_a_year_after_a_period(
        text: str) -> None:
    if WRITTEN_PLACE_PERIOD_YEAR.sub(_written_place_imprint, text) != text:
        assert YEAR_AFTER_PERIOD.search(text) is not None, text


def test_the_written_place_gate_passes_the_forms_its_pattern_cites() -> None:
    text = "Игорь Бунич. «Князь Суворов», историческая хроника. Минск. «Ала киона». 1995."
    assert YEAR_AFTER_PERIOD.search(text) is not None
    assert WRITTEN_PLACE_PERIOD_YEAR.sub(_written_place_imprint, text) == \
        "Игорь Бунич. «Князь Суворов», историческая хроника. Минск: «Ала киона», 1995."


def test_the_written_place_gate_skips_a_gost_imprint_with_a_comma() -> None:
    assert YEAR_AFTER_PERIOD.search("Тарле Е. В. Наполеон. М.: Наука, 1991. С. 45.") is None


QUOTES = ["«", "»", "“", "”", "„", "\"", ""]
titles = st.tuples(st.sampled_from(QUOTES), st.sampled_from(["Русские в Галлиполи", "Знати",
                                                             "Да здравствует!", "«ала»", " "]),
                   st.sampled_from(QUOTES)).map("".join)
"""A title between any two marks, or none."""


@settings(max_examples=2000, deadline=None)
@given(title=titles)
def test_a_wholly_quoted_title_opens_with_a_mark_the_gate_knows(title: str) -> None:
    if WHOLLY_QUOTED.fullmatch(title):
        assert title[:1] in OPENING_QUOTES, title


def test_quotes_around_a_whole_title_still_go() -> None:
    assert unquoted_title("«Ананьинский могильник»") == "Ананьинский могильник"
    assert unquoted_title("„Die Zeit“") == "Die Zeit"
    assert unquoted_title("\"Нотариус\"") == "Нотариус"
    assert unquoted_title("«Да здравствует товарищ Сталин!»") == \
        "«Да здравствует товарищ Сталин!»"
    assert unquoted_title("Казнь «Леди Макбет»") == "Казнь «Леди Макбет»"
