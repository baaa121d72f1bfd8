"""Editors where notes and catalogues put them (session 30, issue 9): the statement of
responsibility typed without its slash, closed by a period before a body, after a second
slash, in parentheses. Rows quoted from the dev set (tests/data/dev) and library guides."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes


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


@pytest.mark.parametrize("note", [
    "Новая редакция закона о печати. М.: Юрид. лит., 2001. 120 с.",
    # a role's second word after a quote is not cut from its first (dev ru-fn-127)
    "«Дипломатический словарь» под ред. А. А. Громыко, А. Г. Ковалева в 3-х томах. Т. 2. "
    "М., «Наука», 1985.",
])
def test_no_slash_is_supplied_inside_a_role_or_a_title_word(note: str) -> None:
    item = _read(note)
    assert not item["title"].endswith(("под", "Под"))
    assert "ред" in item["title"]
