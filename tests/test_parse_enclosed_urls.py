"""An address alone in parentheses is the work's `URL` (biblio.parse.electronic,
ENCLOSED_URL), not a series or an original title; a web page keeps in its title the part
that closes it."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.model import Item


def one(text: str) -> Item:
    document = parse_footnotes([text])
    (cite,) = document.notes[0].cites
    return document.items[cite.item]


def test_an_address_in_parentheses_after_a_host_is_no_series() -> None:
    # a student paper's list on Russia in the world economy (dev set batch 26), its address
    # after a space inside the parenthesis
    item = one("Дынкин А. Россия в глобальной экономике 2012-2020 / А. Дынкин // Внешняя "
               "политика России. – 2013. – ( http://russiancouncil.ru/inner/?%20id_4=1377#top).")
    assert item["title"] == "Россия в глобальной экономике 2012-2020"
    assert item["URL"] == "http://russiancouncil.ru/inner/?%20id_4=1377#top"
    assert "collection-title" not in item.fields
    item = one("Дынкин А. Россия / А. Дынкин // Внешняя политика России. – 2013. – "
               "(http://russiancouncil.ru/inner/?id_4=1377#top).")
    assert (item["URL"], item.get("collection-title")) == (
        "http://russiancouncil.ru/inner/?id_4=1377#top", None)


def test_an_address_without_its_scheme_after_a_title_is_no_original_title() -> None:
    # a book on Ilya Trotsky, Bunin and the first emigration (batch 17): «www.» alone
    item = one("См.: Копршивова А. Династия врачей. Альтшуллеры (www.ruslo.cz/articles/816/).")
    assert (item["title"], item["URL"]) == ("Династия врачей. Альтшуллеры",
                                            "www.ruslo.cz/articles/816/")
    assert "original-title" not in item.fields


def test_a_web_articles_part_stays_in_its_title() -> None:
    # a book on the first five-year plan's finance (batch 28): a web article in parts
    item = one("Сухобок Сергей. За кулисами кризисов. Индустриализация как афера. Часть 3. "
               "(http://comments.ua/money/375011-kulisami-krizisov.html)")
    assert item["title"] == "За кулисами кризисов. Индустриализация как афера. Часть 3"
    assert item["URL"] == "http://comments.ua/money/375011-kulisami-krizisov.html"
    assert "part-number" not in item.fields


def test_words_in_parentheses_stay_what_they_were() -> None:
    item = one("Иванов И. И. Очерки (Научная библиотека ; вып. 3). М., 1990.")
    assert item.get("URL") is None
    item = one("Браун Д. Код да Винчи (The Da Vinci Code). М., 2004.")
    assert item["original-title"] == "The Da Vinci Code"


@pytest.mark.parametrize("text", [
    # the review of session 31: an address in parentheses a title's sentence goes on after
    # (titles of papers on sites name them so: "… (на прикладі новин сайту УНІАН)")
    "Анализ сайта (www.kremlin.ru) как источника информации // Вестник МГУ. 2010. № 3. С. 12.",
    "Иванов И. И. Портал (http://gosuslugi.ru) в жизни горожан // Социология. 2015. № 2. С. 5.",
])
def test_an_address_a_title_goes_on_after_stays_in_the_title(text: str) -> None:
    item = one(text)
    assert "(" in item["title"] and item["title"].endswith(("информации", "горожан"))
    assert item.get("URL") is None
