"""Russian surnames between nominative and genitive (the rules of Russian grammar for
surnames; pairs checked by hand)."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.model import Name
from biblio.russian_names import (
    decline_names,
    genitive,
    nominative,
    nominative_after_genitive_role,
)

BOTH_WAYS = [
    ("Сухов", "Сухова"), ("Соловьёв", "Соловьёва"), ("Пушкин", "Пушкина"),
    ("Бородин", "Бородина"), ("Ерёмин", "Ерёмина"), ("Данилов", "Данилова"),
    ("Смирнова", "Смирновой"), ("Ахматова", "Ахматовой"), ("Нежинская", "Нежинской"),
    ("Троцкий", "Троцкого"), ("Достоевский", "Достоевского"),
    ("Римский-Корсаков", "Римского-Корсакова"),
    ("Шевченко", "Шевченко"), ("Черных", "Черных"), ("Дурново", "Дурново"),
    ("Живаго", "Живаго"), ("Громыко", "Громыко"), ("Тарле", "Тарле"),
]
CONSONANT_TYPES = [("Чубарьян", "Чубарьяна"), ("Хлевнюк", "Хлевнюка"), ("Гурвич", "Гурвича"),
                   ("Голубович", "Голубовича"), ("Ковальчук", "Ковальчука"),
                   ("Мартиросянц", "Мартиросянца"), ("Полторак", "Полторака"),
                   ("Карлик", "Карлика"), ("Вишняк", "Вишняка"), ("Таубман", "Таубмана"),
                   ("Розенберг", "Розенберга"), ("Эйзенштейн", "Эйзенштейна"),
                   ("Глисон", "Глисона"), ("Миллер", "Миллера"),
                   ("Матвійчук", "Матвійчука")]
"""The surname types that end in a consonant: no nominative of theirs ends in "-а", so
their genitive is read back (dev set: "под ред.: В.И. Голубовича", "под ред. Р.В.
Дегтяревой, С.Н. Полторака", "Под ред. А. Е. Карлика", "Под ред. Таубмана, Хрущева и
Глисона"; in Ukrainian letters, "під ред. В. К. Матвійчука")."""
ONLY_TO_GENITIVE = [("Бедный", "Бедного"), ("Гоголь", "Гоголя"), ("Шмидт", "Шмидта"),
                    ("Кен", "Кена"), ("Случ", "Случа")]
""""Бедного" could be Бедный or Бедной, "Гоголя" Гоголь or Гоголий, "Кена" Кен or
an indeclinable Кена (as "Дюма" is Дюма): read back, they are kept as printed."""
STRESSED_OI = [("Толстой", "Толстого"), ("Трубецкой", "Трубецкого"),
               ("Шаховской", "Шаховского"), ("Благой", "Благого"), ("Полевой", "Полевого"),
               ("Сухой", "Сухого")]
"""Families in the stressed -ой (russian_names.FAMILIES_IN_STRESSED_OI), read back from
"-ого" in both readings, where the unstressed -ый/-ий of "Бескровного", "Горького" would
make "Толстый", "Трубецкий", "Благий" (the session 30 review's findings)."""


@pytest.mark.parametrize(("nominative_form", "genitive_form"),
                         BOTH_WAYS + CONSONANT_TYPES + ONLY_TO_GENITIVE)
def test_genitive(nominative_form: str, genitive_form: str) -> None:
    assert genitive(nominative_form) == genitive_form


@pytest.mark.parametrize(("nominative_form", "genitive_form"),
                         BOTH_WAYS + CONSONANT_TYPES + STRESSED_OI)
def test_nominative(nominative_form: str, genitive_form: str) -> None:
    assert nominative(genitive_form) == nominative_form


@pytest.mark.parametrize("ambiguous", ["Бедного", "Гоголя", "Шмидта", "Дюма", "Гамарра"])
def test_an_ambiguous_genitive_is_kept_as_written(ambiguous: str) -> None:
    assert nominative(ambiguous) == ambiguous


def test_latin_names_and_literals_are_not_touched() -> None:
    names = [Name(family="Smith", given="J."), Name(literal="Институт истории")]
    assert decline_names(names, "genitive") == names


@pytest.mark.parametrize(("footnote", "variable", "family"), [
    ("История России / под ред. В.Н. Сухова. СПб., 2001. С. 5.", "editor", "Сухов"),
    ("Очерки / под ред. Л.Н. Нежинской. М., 1990.", "editor", "Нежинская"),
    # a German surname type: Розенберг ("-берг"), no indeclinable "Розенберга"
    ("Ферро М. Николай II / пер. с фр. Ю. Розенберга. М., 1991. С. 5.", "translator",
     "Розенберг"),
    # after a role word that governs the genitive, any consonant + "а" is a consonant's
    # genitive (session 30: a surname in unstressed "-а" would be printed "-ы" there)
    ("История / под ред. К. Шмидта. М., 1991.", "editor", "Шмидт"),
    ("Берия: конец карьеры / сост. В.Ф. Некрасов. М., 1991. 384 с.", "compiler", "Некрасов"),
    ("Россия и Франция / отв. ред. П.П. Черкасов. М., 2006.", "editor", "Черкасов"),
    ("Дюма А. Три мушкетёра / пер. с фр. В. Вальдман. М., 1990.", "author", "Дюма"),
])
def test_the_parser_keeps_the_nominative(footnote: str, variable: str, family: str) -> None:
    (item,) = parse_footnotes([footnote]).items.values()
    assert [name.family for name in item[variable]] == [family]


def test_editors_of_the_consonant_types_are_read_back_in_a_list() -> None:
    """dev ru-fn-1981 (batch 28): families alone after "Под ред.", joined by a conjunction."""
    (item,) = parse_footnotes([
        "Стреляный A.Khrushchev and the Countryside // Nikita Khrushchev / Под ред. Таубмана, "
        "Хрущева и Глисона. С. 69, 113."]).items.values()
    assert [name.family for name in item["editor"]] == ["Таубман", "Хрущев", "Глисон"]


@pytest.mark.parametrize(("printed", "family"), [
    ("Бохана", "Бохан"),        # dev ru-fn-1391: "под ред.: В.И. Голубовича, Ю.М. Бохана"
    ("Гиттингса", "Гиттингс"),  # dev ru-fn-1973: "Под ред. Дж. Гиттингса", a foreign name
    ("Шмидта", "Шмидт"),
    ("Пичеты", "Пичета"),       # an unstressed "-а" declines to "-ы" (Розенталь)
    ("Врубеля", "Врубель"),     # a soft consonant's "-я"
    ("Бескровного", "Бескровный"),  # dev ru-fn-1660: "Под ред. Л.Г. Бескровного"
    ("Горького", "Горький"),    # "-ий" after к, where spelling has no "-ый"
    ("Новіка", "Новік"),        # dev ru-fn-1389: Belarusian "пад рэд. Я.К. Новіка"
    ("Грушевського", "Грушевський"),  # Ukrainian adjectival
    ("Ивановой", "Иванова"), ("Иванова", "Иванов"),
    ("Смолія", "Смолій"),       # the Ukrainian "-ій"
    ("Шевченко", "Шевченко"), ("Голубович", "Голубович"),
])
def test_after_a_genitive_role_the_consonant_genitive_is_read_back(printed: str,
                                                                   family: str) -> None:
    assert nominative_after_genitive_role(printed) == family


@pytest.mark.parametrize(("nominative_form", "genitive_form"), STRESSED_OI)
def test_after_a_genitive_role_a_listed_family_keeps_its_stressed_oi(
        nominative_form: str, genitive_form: str) -> None:
    assert nominative_after_genitive_role(genitive_form) == nominative_form
    assert genitive(nominative_form) == genitive_form


@pytest.mark.parametrize(("printed", "family"), [
    ("Дюма", "Дюма"), ("Золя", "Золя"), ("Дега", "Дега"),  # French, stressed: not declined
    ("Марра", "Марр"), ("Пичеты", "Пичета"), ("Гоголя", "Гоголь"),  # the rule's own forms
])
def test_after_a_genitive_role_an_indeclinable_french_family_keeps_its_vowel(
        printed: str, family: str) -> None:
    assert nominative_after_genitive_role(printed) == family


@pytest.mark.parametrize(("footnote", "variable", "family"), [
    ("Гоголь Н. В. Избранное / под ред. Д. Д. Благого. М., 1946. С. 15.", "editor", "Благой"),
    ("История философии / под ред. С. Н. Трубецкого. М., 1906. С. 40.", "editor", "Трубецкой"),
    # Georges Dumas edited the «Traité de psychologie» (Paris, 1923-1924)
    ("Трактат по психологии / под ред. Ж. Дюма. Т. 1. Париж, 1923.", "editor", "Дюма"),
    ("Сборник / под ред. Л. Г. Бескровного. М., 1970. С. 8.", "editor", "Бескровный"),
    ("Сочинения / под ред. М. Горького. М., 1934. С. 10.", "editor", "Горький"),
])
def test_a_role_statement_reads_back_the_stressed_and_the_indeclinable(
        footnote: str, variable: str, family: str) -> None:
    (item,) = parse_footnotes([footnote]).items.values()
    assert [name.family for name in item[variable]] == [family]


@pytest.mark.parametrize("ambiguous", ["Бохана", "Пичета", "Бескровного"])
def test_without_the_role_a_consonant_genitive_is_kept(ambiguous: str) -> None:
    """Out of a genitive role's statement "Бохана" may be a nominative (Пичета is one)."""
    assert nominative(ambiguous) == ambiguous


@pytest.mark.parametrize(("genitive_form", "nominative_form"), [
    ("Бескровного", "Бескровный"), ("Горького", "Горький"), ("Новіка", "Новік")])
def test_the_renderer_declines_what_the_parser_reads_back(genitive_form: str,
                                                          nominative_form: str) -> None:
    assert genitive(nominative_form) == genitive_form


@pytest.mark.parametrize(("footnote", "families"), [
    # dev ru-fn-1391 (batch 28): the second name after a genitive role and a colon
    ("История Беларуси в контексте мировых цивилизаций: учебное пособие / В.И. Голубович "
     "[и др.]; под ред.: В.И. Голубовича, Ю.М. Бохана. – Минск: Экоперспектива, 2008. – 464 с.",
     ["Голубович", "Бохан"]),
    # dev ru-fn-1389: Belarusian "пад рэд."
    ("Новік, Я.К. Гісторыя Беларусі / Я.К. Новік, І.Л. Качалаў, Н.Я. Новік; пад рэд. Я.К. "
     "Новіка. – Мінск: Выш. Шк., 2009. – 512 с.", ["Новік"]),
    # a Belarusian man's possessive "-оў" (nominative as dev ru-gost-812 prints «рэд. Г. П.
    # Пашкоў»), its genitive "-ова"
    ("Гісторыя Беларусі / пад рэд. Г. П. Пашкова, Я.К. Новіка. – Мінск, 2005. – 300 с.",
     ["Пашкоў", "Новік"]),
    # Ukrainian "за ред." (ДСТУ 3582:2013), in the genitive
    ("Історія України / за ред. В. А. Смолія. – К. : Альтернативи, 1997. – 424 с.",
     ["Смолій"]),
    # Ukrainian "гол. ред." takes the nominative: a woman's "-іна" stays
    ("Українське музикознавство / гол. ред. Н. О. Горюхіна. — К. : Музична Україна, 1982. — "
     "116 с.", ["Горюхіна"]),
])
def test_ukrainian_and_belarusian_roles(footnote: str, families: list[str]) -> None:
    (item,) = parse_footnotes([footnote]).items.values()
    assert [name.family for name in item["editor"]] == families


@pytest.mark.parametrize(("footnote", "families"), [
    # dev ru-fn-1657: a 1912 title page's "Ред." (редакция): no name is a nominative only,
    # the men's genitive is read; "Пичета", printed undeclined, stays
    ("Отечественная война и русское общество: 1812-1912. Том III. Ред. А.К. Дживелегова, "
     "С.П. Мельгунова, В.И. Пичета. М.В. Москва, т-во И.Д. Сытина, 1912, стр. 31.",
     ["Дживелегов", "Мельгунов", "Пичета"]),
    # the other side: "Володихин" is a nominative only, so "Аксёнова" is a woman's
    ("Энциклопедия для детей. Т. 5. История России / Ред. М. Аксёнова, Д. Володихин. М. : "
     "Аванта+, 1995. 672 с.", ["Аксёнова", "Володихин"]),
    # a lower-case "ред." after " / " is GOST 7.1's "редактор", with the nominative
    # (dev ru-gost-443: "/ ред. В. І. Ладика", a man named Ладика)
    ("Соціальна політика: монографія / ред. В. І. Ладика. Суми : Унів. кн., 2009. 300 с.",
     ["Ладика"]),
])
def test_a_capital_red_reads_the_case_from_the_names(footnote: str, families: list[str]) -> None:
    (item,) = parse_footnotes([footnote]).items.values()
    assert [name.family for name in item["editor"]] == families
