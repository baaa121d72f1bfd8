"""A clause ending in ":" that introduces the reference after it is the cite's prefix,
not the start of a title (GOST R 7.0.5-2008 clause 4.12 allows any introducing words
before a reference): a clause ending in a preposition, bare or before a word for an
edition, after a verb ("Текст печатается по:", "… даются по изд.:", "… почерпнута из
изданий:"), a verb of publication ("Впервые опубликовано:"), an editor's "with …" ("С
исправленными чтениями:"). A title before its other title information stays a title.
Forms from the dev footnotes (batches 6–9) and the issue; values read by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

INTRODUCED = [
    ("С исправленными чтениями: Сохрани мою речь. М., 2000. Вып. 3, ч. 1. С. 17.",
     "С исправленными чтениями:", "Сохрани мою речь"),
    ("Здесь и далее информация о даче Сталина почерпнута из изданий: 1953 год. Между прошлым "
     "и будущим. Каталог выставки. М., 2003",
     "Здесь и далее информация о даче Сталина почерпнута из изданий:",
     "1953 год. Между прошлым и будущим"),
    ("Текст печатается по: Сохрани мою речь. М., 2000. С. 5.",
     "Текст печатается по:", "Сохрани мою речь"),
    ("Здесь и далее цитаты даются по изд.: Собрание сочинений. М., 1954. Т. 2.",
     "Здесь и далее цитаты даются по изд.:", "Собрание сочинений"),
    ("Впервые опубликовано: «Звенья». М.; Л., 1950. Вып. 8.",
     "Впервые опубликовано:", "Звенья"),
    ("С незначительными сокращениями: Записки о революции. М., 1990. С. 44.",
     "С незначительными сокращениями:", "Записки о революции"),
]


@pytest.mark.parametrize(("text", "prefix", "title"), INTRODUCED)
def test_an_introducing_clause_is_the_cites_prefix(text: str, prefix: str, title: str) -> None:
    reference = parse_reference(text)
    assert reference.prefix == prefix
    assert reference.fields["title"].strip("«»") == title
    assert reference.fields["issued"].year in (1950, 1954, 1990, 2000, 2003)


@pytest.mark.parametrize(("text", "title"), [
    ("Очерки по истории книги: Сборник статей. М., 2000.", "Очерки по истории книги"),
    ("Жизнь прожита: Воспоминания. М., 2000.", "Жизнь прожита: Воспоминания"),
    ("Сказания иностранцев о России в XVI и XVII веках: сб. СПб., 1843.",
     "Сказания иностранцев о России в XVI и XVII веках"),
])
def test_a_title_before_its_other_title_information_is_no_lead_in(text: str, title: str) -> None:
    reference = parse_reference(text)
    assert reference.prefix is None
    assert reference.fields["title"] == title


@pytest.mark.parametrize(("text", "prefix", "title"), [
    # batch 11: the source line of a reprinted article (vivovoco, Эйдельман), its chapter
    # without an author
    ("Воспроизведено по изданию: К истории лондонской встречи Чернышевского с Герценом // "
     "Революционная ситуация в России в 1859-1861 гг. М.: Наука, 1979. С. 110-118.",
     "Воспроизведено по изданию:", "К истории лондонской встречи Чернышевского с Герценом"),
    # the neuter short participles of the same clause, written for the test
    ("Приведено по изданию: Сохрани мою речь. М., 2000. С. 5.",
     "Приведено по изданию:", "Сохрани мою речь"),
    ("Помещено по тексту: Сохрани мою речь. М., 2000. С. 5.",
     "Помещено по тексту:", "Сохрани мою речь"),
])
def test_a_neuter_participle_before_the_preposition_introduces(
        text: str, prefix: str, title: str) -> None:
    """The neuter short participle in "-ено" marks a clause as the plural in "-ены" does
    ("приведены"): the clause is a lead-in, not a title."""
    reference = parse_reference(text)
    assert (reference.prefix, reference.fields["title"]) == (prefix, title)


@pytest.mark.parametrize(("text", "prefix", "family"), [
    # batch 6 (a translated history of Russia): the last of three references after ";"
    ("и прежде всего Витте С.Ю. Воспоминания: В 3 т. — М.: Изд-во социально-экономической "
     "литературы, 1960.", "и прежде всего", "Витте"),
    # batch 11 (the commentary of Herzen's works): a book after a letter in one sentence
    ("а также книгу: И. И. Панаев, Литературные воспоминания, 1950, стр. 186, 231-232",
     "а также книгу:", "Панаев"),
    # the same conjunction with a colon alone, written for the test
    ("а также: Петров П. П. Статьи. Л., 1980.", "а также:", "Петров"),
])
def test_a_conjunction_adding_a_reference_is_its_prefix(text: str, prefix: str,
                                                        family: str) -> None:
    reference = parse_reference(text)
    assert reference.prefix == prefix
    assert reference.fields["author"][0].family == family


def test_a_conjunction_inside_a_title_stays_in_it() -> None:
    reference = parse_reference("Экономика, а также политика России. М., 1990.")
    assert reference.prefix is None
    assert reference.fields["title"] == "Экономика, а также политика России"
