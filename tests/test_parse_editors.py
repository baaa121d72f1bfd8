"""Editors where notes and catalogues put them (session 30, issue 9): the statement of
responsibility typed without its slash, closed by a period before a body, after a second
slash, in parentheses. Rows quoted from the dev set (tests/data/dev) and library guides."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.parse.gost import Description, parse_responsibility
from biblio.parse.names import parse_name_list


def _read(note: str):
    (item,) = parse_footnotes([note]).items.values()
    return item


@pytest.mark.parametrize(("note", "title", "families"), [
    # dev ru-gost-721 and ru-gost-600: a Poltava library's Koha ISBD exports, the " / "
    # before the statement dropped
    ("Активные передающие антенны ред. В. В. Должиков — М. Радио и связь 1984 — 145 с.: ил.",
     "Активные передающие антенны", ["Должиков"]),
    ("Українське музикознавство: республіканський міжвідомчий науково-методичний збірник/ "
     "вип. 17 гол. ред. Н. О. Горюхіна. — К.: Музична Україна 1982 — 116 с.",
     "Українське музикознавство", ["Горюхіна"]),
])
def test_a_dropped_slash_before_a_role_word(note: str, title: str, families: list[str]) -> None:
    item = _read(note)
    assert item["title"] == title
    assert [name.family for name in item["editor"]] == families


@pytest.mark.parametrize(("note", "title"), [
    # a translation or a commentary named by the title after a preposition (session 30
    # review): no title ends in "в", "с" or "и"
    ("Гёте И. В. Фауст в пер. Б. Пастернака. М., 1953. 600 с.", "Фауст в пер. Б. Пастернака"),
    ("Шекспир В. Сонеты в пер. С. Маршака. М., 1948. 160 с.", "Сонеты в пер. С. Маршака"),
    ("Слово о полку Игореве с пер. и коммент. Д. С. Лихачева. М., 1950. С. 5.",
     "Слово о полку Игореве с пер. и коммент. Д. С. Лихачева"),
    ("Стихотворения с предисл. В. Я. Брюсова. М., 1913. 200 с.",
     "Стихотворения с предисл. В. Я. Брюсова"),
])
def test_a_role_after_a_preposition_is_the_titles_own(note: str, title: str) -> None:
    item = _read(note)
    assert item["title"] == title
    assert "translator" not in item and "editor" not in item


def test_two_roles_joined_by_a_conjunction_are_read_from_the_first() -> None:
    item = _read("Письма ред. и примеч. П. Е. Щеголева. Л., 1925. 300 с.")
    assert item["title"] == "Письма"
    assert [name.family for name in item["editor"]] == ["Щеголев"]


def test_no_slash_is_supplied_inside_a_title_word() -> None:
    item = _read("Новая редакция закона о печати. М.: Юрид. лит., 2001. 120 с.")
    assert item["title"] == "Новая редакция закона о печати"


def test_no_slash_is_supplied_inside_a_role() -> None:
    """A role's second word after a quote is not cut from its first (dev ru-fn-127); since
    session 32 the whole statement after the closing quote is the statement."""
    item = _read("«Дипломатический словарь» под ред. А. А. Громыко, А. Г. Ковалева в 3-х "
                 "томах. Т. 2. М., «Наука», 1985.")
    assert not item["title"].endswith(("под", "Под"))
    assert item["title"] == "Дипломатический словарь"
    assert [name.family for name in item["editor"]] == ["Громыко", "Ковалев"]


def test_a_body_after_the_editors_names_is_kept_in_note() -> None:
    """dev ru-gost-060 (zaimka.ru's «Печатный аналог» line): GOST 7.1-2003 clause 4.7 prints
    " ; " before the body's statement, the note a period."""
    item = _read(
        "Дорожкина Я.Б. Выборы в Верховный Совет СССР 1937 г. // Сибирь в XVII–XX веках: "
        "Бахрушинские чтения 1999–2000 гг.; Межвуз. сб. науч. тр. / Под ред. В. И. Шишкина. "
        "Новосиб. гос. ун-т. Новосибирск, 2002. C. 132–141.")
    assert [name.family for name in item["editor"]] == ["Шишкин"]
    assert item["note"] == "Новосиб. гос. ун-т"
    assert item["publisher-place"] == "Новосибирск"


@pytest.mark.parametrize(("statement", "families", "note"), [
    # dev ru-gost-310's statement (a catalogue's export): the body with no period before it
    ("ред. П. И. Бакулин Всесоюзное астрономо-геодезическое о-во", ["Бакулин"],
     "Всесоюзное астрономо-геодезическое о-во"),
    ("под ред. В. И. Шишкина. Новосиб. гос. ун-т", ["Шишкин"], "Новосиб. гос. ун-т"),
])
def test_names_then_a_body_in_one_statement(statement: str, families: list[str],
                                            note: str) -> None:
    description = Description()
    parse_responsibility(statement, description)
    assert [name.family for name in description.roles["editor"]] == families
    assert description.fields["note"] == note
    assert not description.leftover


def test_a_second_name_is_no_body() -> None:
    """"А. Иванов Б. Петров" (a comma missing) is two names or none: never a body."""
    description = Description()
    parse_responsibility("под ред. А. А. Иванова Б. Б. Петрова", description)
    assert "note" not in description.fields


@pytest.mark.parametrize("statement", [
    "ред. коллег. М.Аксёнова, Д.Володихин и др.",   # dev ru-gost-512
    "ред. коллегия: М. Аксёнова (отв. ред.), Д. Володихин и др.",
])
def test_an_editorial_board_cut_or_written_out(statement: str) -> None:
    """The board's members are in the nominative: "Аксёнова" is a woman's name, kept."""
    description = Description()
    parse_responsibility(statement, description)
    families = [name.family for name in description.roles["editor"] if name.family]
    assert families == ["Аксёнова", "Володихин"]


@pytest.mark.parametrize(("note", "families"), [
    # dev ru-gost-512: a volume's title and board after its number, no imprint after them
    ("Энциклопедия для детей. Т.5. История России. Ч.1. От древних славян до Петра Великого "
     "[Текст] / ред. коллег. М.Аксёнова, Д.Володихин и др.", ["Аксёнова", "Володихин"]),
    ("История русской литературы. Т. 2. Литература XIX века / под ред. Б. С. Мейлаха.",
     ["Мейлах"]),
])
def test_a_volumes_statement_closing_the_reference_is_no_commentary(
        note: str, families: list[str]) -> None:
    item = _read(note)
    assert [name.family for name in item["editor"] if name.family] == families
    assert item["volume"] in ("5", "2")


def test_commentary_after_a_page_is_still_cut() -> None:
    (item,) = parse_footnotes(["Иванов И. И. История края. М., 1990. С. 5. Автор ошибается."]
                              ).items.values()
    assert item["title"] == "История края"
    assert not item.get("editor")


@pytest.mark.parametrize(("names", "count"), [
    ("М.Аксёнова, Д.Володихин и другие", 2),   # dev ru-gost-512 as web lists write it out
    ("А. А. Иванов и другие.", 1),
])
def test_others_written_out_close_a_list(names: str, count: int) -> None:
    parsed = parse_name_list(names)
    assert parsed is not None
    assert len([name for name in parsed if name.family]) == count
    assert parsed[-1].literal == "others"


def test_a_family_named_like_others_is_no_list_end() -> None:
    assert parse_name_list("А. А. Другиев") is not None
    assert parse_name_list("А. А. Другиев")[-1].family == "Другиев"


@pytest.mark.parametrize("note", [
    # «ред.» as «редакция» of a law, before a date: no editor (dev ru-gost-177, ru-gost-178)
    "О защите прав потребителей : Закон РФ от 07.02.1992 № 2300-1 (ред. от 25.06.2012) // "
    "Собрание законодательства РФ. 1996. № 3. Ст. 140.",
    "Положение о порядке работы (в ред. от 12.03.2010 г.). М., 2010.",
])
def test_a_laws_wording_is_no_editor(note: str) -> None:
    assert not _read(note).get("editor")


@pytest.mark.parametrize("apostrophe", ["'", "ʼ", "’"])
def test_a_ukrainian_family_with_its_apostrophe_is_declined(apostrophe: str) -> None:
    """Ukrainian spelling writes an apostrophe before «я», «ю», «є», «ї» after a labial or
    «р» (Крип'якевич, Дем'ян, Мар'яненко), typed as ', ʼ or ’: after «за ред.» the family
    is as declined as one without it. Ivan Krypiakevych edited «Історія українського
    війська» (Львів, 1936), cited «за ред. І. Крип'якевича»."""
    family = f"Крип{apostrophe}якевич"
    description = Description()
    parse_responsibility(f"за ред. І. {family}а", description)
    assert [name.family for name in description.roles["editor"]] == [family]
    nominative = Description()
    parse_responsibility(f"ред. І. {family}", nominative)
    assert [name.family for name in nominative.roles["editor"]] == [family]
