"""A collection's head and its dedication after the title's period («Сборник памяти М. М.
Герасимова») are its `genre`, as they are after GOST's " : " (biblio.parse.genres,
DEDICATED_COLLECTION); the dedication alone stays the title's second sentence."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.model import Item


def one(text: str) -> Item:
    document = parse_footnotes([text])
    (cite,) = document.notes[0].cites
    return document.items[cite.item]


@pytest.mark.parametrize(("text", "title", "genre"), [
    # a book on Ivan the Terrible (dev set batch 9)
    ("Антропологическая реконструкция и проблемы палеоэтнографии. Сборник памяти М. М. "
     "Герасимова. — М., 1973. С. 24–33.",
     "Антропологическая реконструкция и проблемы палеоэтнографии",
     "Сборник памяти М. М. Герасимова"),
    # a book on Russian lyric poetry (batch 7) prints it after the colon; after a period
    ("Проблемы современной филологии: Сб. статей к 70-летию акад. В. В. Виноградова. М., "
     "1965. С. 465.", "Проблемы современной филологии",
     "Сб. статей к 70-летию акад. В. В. Виноградова"),
    ("Проблемы современной филологии. Сб. статей к 70-летию акад. В. В. Виноградова. М., "
     "1965. С. 465.", "Проблемы современной филологии",
     "Сб. статей к 70-летию акад. В. В. Виноградова"),
])
def test_a_dedicated_collection_after_the_title_is_its_genre(text: str, title: str,
                                                             genre: str) -> None:
    item = one(text)
    assert (item["title"], item["genre"]) == (title, genre)


@pytest.mark.parametrize(("text", "title"), [
    # a history of 19th-century Russian literature (batch 29): the dedication alone is the
    # title's own
    ("ОвсяникоКуликовский Д. Н. Гоголь в его произведениях. К 100летию рождения великого "
     "писателя. М., 1909. С. 19–20.",
     "Гоголь в его произведениях. К 100летию рождения великого писателя"),
    # the collection named by its dedication alone: the title
    ("Сборник памяти М. М. Герасимова. М., 1973.", "Сборник памяти М. М. Герасимова"),
])
def test_a_dedication_without_a_title_before_it_stays_the_title(text: str, title: str) -> None:
    item = one(text)
    assert item["title"] == title
    assert "genre" not in item.fields
