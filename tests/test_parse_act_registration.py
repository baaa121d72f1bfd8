"""A ministry's act is registered in the Ministry of Justice, and Russian legal texts cite it
with the date and number of that registration: in parentheses after the act, or opening the
note of a published order before the act's official publication. The statement goes to
`note`; the act, or its publication, is the reference. Real forms: the notes of a ministry's
order as published with them (batch 34, ru-fn-2303 to 2306), and acts as public lists of
regulations cite them (a labour-safety reference, a professional standard's list of orders,
a fire-safety reference); the values were read off the text by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference
from biblio.parse.official import take_registration

BEFORE_SOURCE = [
    ("Зарегистрирован в Минюсте России 20 августа 2007 г., регистрационный N 10009 "
     "(Российская газета, 2007, N 195).",
     "Зарегистрирован в Минюсте России 20 августа 2007 г., регистрационный N 10009",
     "195", 2007),
    ("Зарегистрирован в Минюсте России 27 января 2006 г., регистрационный N 7418 "
     "(Российская газета, 2006, N 24).",
     "Зарегистрирован в Минюсте России 27 января 2006 г., регистрационный N 7418",
     "24", 2006),
]


@pytest.mark.parametrize(("text", "statement", "issue", "year"), BEFORE_SOURCE)
def test_a_registration_opening_a_note_leaves_the_gazette_as_the_reference(
        text: str, statement: str, issue: str, year: int) -> None:
    reference = parse_reference(text)
    assert reference.fields["title"] == "Российская газета"
    assert reference.fields["issue"] == issue
    assert reference.fields["issued"].parts[0][0] == year
    assert reference.fields["note"] == statement
    assert "author" not in reference.fields


def test_a_registration_after_the_act_is_its_note_in_parentheses() -> None:
    text = ('Приказ Минтруда России от 16.11.2020 N 782н "Об утверждении Правил по охране '
            'труда при работе на высоте" (Зарегистрировано в Минюсте России 15.12.2020 N 61477)')
    reference = parse_reference(text)
    assert reference.type == "legislation"
    assert reference.fields["title"] == "Об утверждении Правил по охране труда при работе на высоте"
    assert reference.fields["number"] == "782н"
    assert reference.fields["note"] == "(Зарегистрировано в Минюсте России 15.12.2020 N 61477)"


def test_the_long_form_of_the_registering_ministry_is_taken_too() -> None:
    text = ("от 17 января 2014 г. N 25н (зарегистрирован Министерством юстиции Российской "
            "Федерации 19 марта 2014 г., регистрационный N 31644)")
    rest, note = take_registration(text)
    assert rest == "от 17 января 2014 г. N 25н"
    assert note == ("(зарегистрирован Министерством юстиции Российской Федерации 19 марта "
                    "2014 г., регистрационный N 31644)")


def test_a_registration_after_the_title_as_a_sentence_stays_a_note() -> None:
    text = ("Приказ МЧС России от 26.06.2024 № 533 «Об утверждении методики определения "
            "расчётных величин пожарного риска на производственных объектах». Зарегистрировано "
            "в Минюсте России 02.09.2024 № 79360.")
    reference = parse_reference(text)
    assert reference.fields["number"] == "533"
    assert reference.fields["note"] == "Зарегистрировано в Минюсте России 02.09.2024 № 79360"


def test_a_registration_elsewhere_than_the_ministry_of_justice_is_left_alone() -> None:
    text = ("Зарегистрирован в Центральном Банке Российской Федерации (Банке России) 6 декабря "
            "1989 года, регистрационный N 212.")
    assert take_registration(text) == (text, None)


def test_a_remark_in_parentheses_is_no_publication() -> None:
    """A review's find (2026-12-07): after a registration, parentheses hold the act's
    publication only with a year or a number; «(документ опубликован не был)» is a remark,
    not a periodical's title."""
    text = "Зарегистрировано в Минюсте России 15.12.2020 N 61477 (документ опубликован не был)."
    assert take_registration(text) == (text, None)
    assert parse_reference(text).fields.get("title") != "документ опубликован не был"
