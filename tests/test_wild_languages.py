"""Languages as libraries write them ("Russian", "русский", "rus", "ru-RU", "fr_FR"):
read as their BCP 47 tag wherever biblio acts on the language."""

from __future__ import annotations

import pytest

import biblio
from biblio.formats import biblatex
from biblio.languages import language_tag
from biblio.model import Date, Item, Name


@pytest.mark.parametrize(("written", "tag"), [
    ("ru", "ru"), ("ru-RU", "ru-RU"), ("ru_RU", "ru-RU"), ("Russian", "ru"),
    ("русский", "ru"), ("Русский язык", "ru"), ("rus", "ru"), ("RUS", "ru"),
    ("en-US", "en-US"), ("English", "en"), ("eng", "en"), ("fre", "fr"), ("fra", "fr"),
    ("français", "fr"), ("French", "fr"), ("ger", "de"), ("deu", "de"), ("Deutsch", "de"),
    ("German", "de"), ("немецкий", "de"), ("de-DE-1996", "de-DE-1996"), ("sw-KE", "sw-KE"),
])
def test_language_names_and_iso_639_codes_become_bcp47_tags(written: str, tag: str) -> None:
    assert language_tag(written) == tag


@pytest.mark.parametrize("written", ["Klingon", "", "  ", "ру", "1935", "en--US"])
def test_text_that_names_no_language_has_no_tag(written: str) -> None:
    assert language_tag(written) is None


def chapter(language: str) -> Item:
    return Item("h", "chapter", {
        "author": [Name(family="Hildebrand", given="Klaus")],
        "title": "Das Deutsche Reich und die Sowjetunion",
        "container-title": "Deutschland und Osteuropa",
        "editor": [Name(family="Müller", given="Hans")],
        "publisher-place": "München", "publisher": "Oldenbourg",
        "issued": Date(parts=[[1989]]), "page": "23–41", "language": language})


@pytest.mark.parametrize("written", ["German", "deu", "de-DE", "Deutsch"])
def test_gost_uses_the_terms_of_a_language_given_by_name(written: str) -> None:
    entry = biblio.render([chapter(written)], style="gost").bibliography[0]
    assert entry == biblio.render([chapter("de")], style="gost").bibliography[0]
    assert "/ hrsg. von H. Müller" in entry and "S. 23–41" in entry


def test_a_language_biblio_cannot_read_is_reported_and_default_terms_used() -> None:
    rendered = biblio.render([chapter("Klingon")], style="gost")
    assert "С. 23–41" in rendered.bibliography[0]
    assert [p.where for p in rendered.problems] == ["item 'h'"]
    assert "'Klingon'" in rendered.problems[0].message


@pytest.mark.parametrize("written", ["Russian", "русский", "rus", "ru-RU"])
def test_chicago_romanizes_an_item_whose_language_is_russian_by_name(written: str) -> None:
    item = Item("s", "book", {"author": [Name(family="Смирнова", given="Анна")],
                              "title": "Дипломатия", "publisher-place": "Москва",
                              "publisher": "Наука", "issued": Date(parts=[[2010]]),
                              "language": written})
    rendered = biblio.render([item], style="chicago")
    assert rendered.bibliography == ["Smirnova, Anna. Diplomatiia. Moscow: Nauka, 2010."]
    assert rendered.problems == []


@pytest.mark.parametrize(("written", "langid"), [
    ("ru-RU", "russian"), ("Russian", "russian"), ("rus", "russian"), ("fr-FR", "french"),
    ("French", "french"), ("de-DE", "ngerman"), ("en-GB", "british"), ("en-US", "american"),
])
def test_langid_from_a_language_as_zotero_users_write_it(written: str, langid: str) -> None:
    item = Item("a", "book", {"title": "T", "language": written})
    text = biblatex.write([item])
    assert f"langid = {{{langid}}}" in text
    assert biblatex.read(text) == [item]
