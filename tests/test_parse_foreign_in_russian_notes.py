"""Foreign references in Russian notes (issue 9): the English role words capitalized as
a statement opens them, one role's names closed by a comma before the next role (the
foreign house style's join where GOST prints " ; "), and Chicago notes retyped by a
Russian translation with «» and «с.»."""

from __future__ import annotations

import time
from typing import Any

import pytest

from biblio.formats.csljson import item_to_json
from biblio.parse import parse_footnotes
from biblio.parse.comma_style import PERIOD_PLACE_YEAR


def item(text: str) -> dict[str, Any]:
    """The first cite's item of one note, as CSL-JSON variables."""
    document = parse_footnotes([text])
    return item_to_json(document.items[document.notes[0].cites[0].item])


def names(value: list[dict[str, str]] | None) -> list[str]:
    """Each name as "Family Given", to compare with the printed order."""
    return [f"{name.get('family')} {name.get('given')}" for name in value or []]


@pytest.mark.parametrize(("text", "translator"), [
    # a reading list in GOST's form (a public repository's bibliography; its «2011 [1934]»
    # shortened to the year)
    ("Buhler K. Theory of Language: The Representational Function of Language / Transl. "
     "by D.F. Goodwin. - Amsterdam: John Benjamins, 2011. - 518 p.", ["Goodwin D.F."]),
    # the dev set's ru-fn-1774 with its misspelt role word made right
    ("Hudud al-’Alam. The regions of the World. A Persian Geography / Transl. by V. "
     "Minorsky. – London, 1970.", ["Minorsky V."]),
])
def test_capitalized_translator_role(text: str, translator: list[str]) -> None:
    reading = item(text)
    assert names(reading.get("translator")) == translator
    assert "Transl" not in reading.get("note", "")


@pytest.mark.parametrize(("text", "translator"), [
    ("Zamjatin J. I. My / Překl. V. Koenig. Praha: Štorch-Marien, 1927;", ["Koenig V."]),
    ("Bulgakov M. Mistr a Markétka / přel. Alena Morávková. Praha: Odeon, 1990. S. 12.",
     ["Morávková Alena"]),
])
def test_a_czech_translator_role(text: str, translator: list[str]) -> None:
    """Czech catalogues cut «přeložil» and «překlad» to «přel.» and «překl.»."""
    reading = item(text)
    assert names(reading.get("translator")) == translator
    assert reading["publisher-place"] == "Praha"


def test_roles_joined_by_a_comma_are_two_statements() -> None:
    # ru-fn-2002 (a Latin edition in the notes of a Russian translation of Ephrem)
    reading = item("Ephraem Syrus. Evangelii concordantis expositio/Tr. J. B. Aucher, ed. "
                   "G. Mösinger. Venetiis, 1876.")
    assert names(reading.get("translator")) == ["Aucher J. B."]
    assert names(reading.get("editor")) == ["Mösinger G."]


def test_a_capitalised_ed_before_a_family_is_a_given_name() -> None:
    # the third review of session 29: «Ed.» is also Eduard's abbreviation (Eduard Meyer,
    # the historian); after a comma and before a family it is a name, not a role
    reading = item("Griechische Papyri / U. Wilcken, Ed. Meyer. Leipzig, 1901. 120 S.")
    assert names(reading.get("author")) == ["Wilcken U.", "Meyer Ed."]
    assert "editor" not in reading
    # the role after a comma before an initial, capitalised too, is still the next role
    reading = item("Evangelii concordantis expositio / Tr. J. B. Aucher, Ed. G. Mösinger. "
                   "Venetiis, 1876.")
    assert names(reading.get("editor")) == ["Mösinger G."]


def test_role_words_joined_by_a_comma_stay_one_statement() -> None:
    # GOST 7.1-2003 clause 5.2.5: several roles of the same person, "сост., вступ. ст."
    reading = item("Письма / сост., предисл. А. О. Чубарьяна. М., 1990.")
    assert names(reading.get("compiler")) == ["Чубарьян А. О."]
    assert "предисл." in reading.get("note", "")


def test_chicago_chapter_in_guillemets_with_its_editor_first() -> None:
    # ru-fn-2146 (a Ukrainian translation of an English study of Russian literature)
    reading = item("E. M. Thompson, «V. B. Shklovskii and the Russian Intellectual "
                   "Tradition,» in Arnold McMillin, ed., Aspects of Russian and Czech "
                   "Literature: Selected Papers of the Third World Congress for Soviet and "
                   "East European Studies (Columbus, OH: Slavica, 1989), 11–21.")
    assert reading["type"] == "chapter"
    assert reading["title"] == "V. B. Shklovskii and the Russian Intellectual Tradition"
    assert names(reading.get("editor")) == ["McMillin Arnold"]
    assert reading["container-title"].startswith("Aspects of Russian and Czech Literature:")
    assert reading["publisher"] == "Slavica"


@pytest.mark.parametrize("quoted", ["«Narod»", "„Narod“", "“Narod”"])
def test_a_chicago_chapter_title_keeps_a_word_quoted_inside_it(quoted: str) -> None:
    # the third review of session 29: a word quoted inside the chapter's title, in each of
    # the marks the notes type, is paired with its own closing mark, and the chapter read
    # as the form ru-fn-2146 above is (“…,” in Host (Place: Publisher, Year), pages)
    reading = item(f"John Smith, “The Word {quoted} in Russian Thought,” in Essays on Russia "
                   "(London: Macmillan, 1990), 45.")
    assert reading["type"] == "chapter"
    assert reading["title"] == f"The Word {quoted} in Russian Thought"
    assert reading["container-title"] == "Essays on Russia"
    assert reading["publisher"] == "Macmillan"


def test_chicago_title_in_guillemets() -> None:
    # ru-fn-1552 (a Russian translation of an English book on the House of Government)
    reading = item("Richard Anderson, «The Future of History: The Cultural Politics of Soviet "
                   "architecture, 1928–1941» (Ph. D. dissertation, Columbia University "
                   "Graduate School of Arts and Sciences, 2010), с. 67–71")
    assert reading["title"] == ("The Future of History: The Cultural Politics of Soviet "
                                "architecture, 1928–1941")
    assert names(reading.get("author")) == ["Anderson Richard"]


def test_a_book_of_editors_keeps_its_editors() -> None:
    # CMOS 14.103, read before this change and after: the host's editors are the same form
    reading = item("Nicholas Tarling, ed., The Cambridge History of Southeast Asia "
                   "(Cambridge: Cambridge University Press, 1992), 45.")
    assert names(reading.get("editor")) == ["Tarling Nicholas"]
    assert reading["title"] == "The Cambridge History of Southeast Asia"


@pytest.mark.parametrize(("text", "place", "publisher"), [
    ("Crankshaw E. The New Cold War. Harmondsworth, U.K.: Penguin Books, 1963. P. 105.",
     "Harmondsworth, U.K.", "Penguin Books"),
    ("Brown K. Soil Physics. Berlin, Germany: Springer, 2015. P. 12.", "Berlin, Germany",
     "Springer"),
    ("Jones P. The Steppe. – New York, USA: Norton, 1994. – 310 p.", "New York, USA", "Norton"),
])
def test_a_city_and_its_country_are_the_place(text: str, place: str, publisher: str) -> None:
    """APA's imprint locates a publisher outside the United States by city and country,
    as it does an American one by city and state ("Cambridge, Mass."): both are the place,
    as printed."""
    reading = item(text)
    assert (reading["publisher-place"], reading["publisher"]) == (place, publisher)


@pytest.mark.parametrize(("text", "author", "title", "place", "extra"), [
    ("Joh. Draeseke, Der Brief an Diognetos. Leipzig 1881, S. 173–179.",
     "Draeseke Joh.", "Der Brief an Diognetos", "Leipzig", {}),
    ("Ad. Jülicher, Die Gleichnisreden Jesu. 2. Aufl. Tübingen 1910, S. 45.",
     "Jülicher Ad.", "Die Gleichnisreden Jesu", "Tübingen", {"edition": "2"}),
    ("Th. Zahn, Geschichte des Kanons. Bd. 2. Erlangen 1890, S. 12.",
     "Zahn Th.", "Geschichte des Kanons", "Erlangen", {"volume": "2"}),
    ("Mart. Jos. Routh, Reliquiae sacrae. Edit. 2. Vol. III. Oxonii 1846, p. 256–264.",
     "Routh Mart. Jos.", "Reliquiae sacrae", "Oxonii", {"edition": "2", "volume": "III"}),
    ("Fr. Loofs, Leitfaden zum Studium der Dogmengeschichte. 4. Aufl. Halle a. S. 1906, S. 100.",
     "Loofs Fr.", "Leitfaden zum Studium der Dogmengeschichte", "Halle a. S.", {"edition": "4"}),
])
def test_the_older_german_note_names_title_period_place_and_year(
        text: str, author: str, title: str, place: str, extra: dict[str, str]) -> None:
    """19th-century German scholarship, as Russian patristic notes quote it: given names
    cut short ("Joh.", "Ad.", "Mart. Jos."), a comma, the title closed by a period, its
    edition and volume each after a period, the place and year with no comma between."""
    reading = item(text)
    assert names(reading["author"]) == [author]
    assert (reading["title"], reading["publisher-place"]) == (title, place)
    assert {key: reading.get(key) for key in extra} == extra


def test_the_older_german_form_is_read_in_linear_time() -> None:
    """A long title of periods and capitals whose tail is no pinpoint: no hang."""
    text = "Der Brief. Nebst Beiträgen. " * 2000 + "Leipzig 1881, S. 5 x."
    start = time.perf_counter()
    assert PERIOD_PLACE_YEAR.fullmatch(text) is None
    assert time.perf_counter() - start < 1
