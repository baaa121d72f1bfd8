"""A list of abbreviations: the short form a book cites, a dash, then the description it
stands for (issue 9, session 33, batch 42).

Books that cite by short forms print a list of them ("Список сокращений", "Условные
сокращения"), each entry the form and, after a dash, the full description: "Бирман –
Бирман С. Путь актрисы. М.: ВТО, 1959." (the list of a history of the Second Moscow Art
Theatre, dev rows ru-fn-2753 to ru-fn-2765). The short form repeats a word of the
description, whole or declined; it becomes the reference's lead-in and the description
is read as any other. A dash after a title's first words, a letter's writer before its
addressee and a heading family first before a dash are no short form. The other forms
below vary the names, titles and dashes of the list's own; values read by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference
from biblio.parse.list_keys import short_form_key

KEYED = [
    ("Бирман – Бирман С. Путь актрисы. М.: ВТО, 1959.",
     "Бирман", ["Бирман"], "Путь актрисы", "1959"),
    ("А. Н. Толстой – Толстой А. Н. Полн. собр. соч. Т. 10. М., 1949.",
     "А. Н. Толстой", ["Толстой"], "Полн. собр. соч.", "1949"),
    ("Вся жизнь – Кнебель М. Вся жизнь. М., 1961.",
     "Вся жизнь", ["Кнебель"], "Вся жизнь", "1961"),
    # the same form, other works and dashes
    ("Асафьев — Асафьев Б. В. Избранные труды. Т. 2. М., 1954.",
     "Асафьев", ["Асафьев"], "Избранные труды", "1954"),
    ("Летопись - Летопись жизни и творчества А. М. Горького. Вып. 1. М., 1958.",
     "Летопись", [], "Летопись жизни и творчества А. М. Горького", "1958"),
    ("Марков – Письма П. А. Маркова к режиссерам. М.: Искусство, 1976.",
     "Марков", [], "Письма П. А. Маркова к режиссерам", "1976"),
]


@pytest.mark.parametrize(("text", "key", "families", "title", "year"), KEYED)
def test_a_short_form_before_the_dash_is_the_lead_in_and_the_description_is_read(
        text: str, key: str, families: list[str], title: str, year: str) -> None:
    reference = parse_reference(text)
    assert reference.prefix == key
    assert [name.family for name in reference.fields.get("author", [])] == families
    assert reference.fields["title"] == title
    assert str(reference.fields["issued"].year) == year


NOT_KEYED = [
    "Москва – Петушки. М., 1990.",  # a title with a dash
    "Толстой Л. Н. — Толстой С. А. 12 мая 1885 г.",  # writer and addressee, family first
    "Л. Н. Толстой — С. А. Толстой. 12 мая 1885 г.",  # the same with initials first
    "Пушкин – Пушкиной Н. Н., 21 сентября 1835 г.",  # the addressee declined
    "Россия – страна городов // Вопросы географии. 1960. № 4.",  # a title, lower case
    # a title of two sentences before GOST's area dash, the place repeating its first word
    "Москва. Кремль. — Москва : Планета, 2017. — 24 с.",
    # a title with a dash, a longer word sharing its first word's letters after it (the
    # reading list of dev row ru-gost-1644)
    "Христос – Победитель ада. Тема сошествия во ад в восточно–христианской традиции. – "
    "СПб.: Алетейя, 2001.",
]


@pytest.mark.parametrize("text", NOT_KEYED)
def test_a_dash_is_no_short_forms_unless_the_description_repeats_the_form(text: str) -> None:
    assert short_form_key(text) is None


def test_the_short_form_is_repeated_declined_past_the_descriptions_first_word() -> None:
    match = short_form_key("Бокшанская – Письма О. С. Бокшанской Вл. И. Немировичу-Данченко"
                           ": В 2 т. М.: Изд-во МХТ, 2005.")
    assert match is not None and match["lead"] == "Бокшанская"
