"""Articles cited by the journal's abbreviation, as German legal and sociological notes
print them: Rheinstein and Klausa as the Zeitschrift für Rechtssoziologie printed them in
1980; Luhmann (AöR 1969), Kübler (JZ 1969) and Blankenburg (ZfRSoz 1980) are real
articles cited in that form."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.formats.csljson import item_to_json


def _only(note: str) -> tuple[dict, str | None]:
    document = parse_footnotes([note])
    cite, = document.notes[0].cites
    return item_to_json(document.items[cite.item]), cite.locator


@pytest.mark.parametrize("note, authors, title, journal, volume, year", [
    ("Rheinstein, Die Rechtshonoratioren und ihr Einfluß auf Charakter und Funktion der "
     "Rechtsordnungen, RabelsZ 34 (1970) 1 ff.;", ["Rheinstein"],
     "Die Rechtshonoratioren und ihr Einfluß auf Charakter und Funktion der Rechtsordnungen",
     "RabelsZ", "34", 1970),
    ("Klausa, Politische Inhaltsanalyse von Rechtslehrertexten, ZfS 8 (1979) 362 ff",
     ["Klausa"], "Politische Inhaltsanalyse von Rechtslehrertexten", "ZfS", "8", 1979),
    ("Luhmann, Funktionale Methode und juristische Entscheidung, AöR 94 (1969) 1 ff.",
     ["Luhmann"], "Funktionale Methode und juristische Entscheidung", "AöR", "94", 1969),
    ("Blankenburg, Mobilisierung von Recht, ZfRSoz 1 (1980), S. 33 ff.",
     ["Blankenburg"], "Mobilisierung von Recht", "ZfRSoz", "1", 1980),
    ("Kübler, Kodifikation und Demokratie, JZ 1969, 645 (647).", ["Kübler"],
     "Kodifikation und Demokratie", "JZ", None, 1969),
])
def test_an_article_by_the_journals_abbreviation(note, authors, title, journal, volume, year):
    item, _ = _only(note)
    assert item["type"] == "article-journal"
    assert [name["family"] for name in item["author"]] == authors
    assert (item["title"], item["container-title"], item.get("volume"),
            item["issued"]["date-parts"][0][0]) == (title, journal, volume, year)


def test_the_first_page_and_the_page_cited_in_brackets():
    item, locator = _only("Kübler, Kodifikation und Demokratie, JZ 1969, 645 (647).")
    assert (item["page"], locator) == ("645", "647")


def test_a_page_and_following_pages_is_the_cites_locator():
    item, locator = _only("Kübler, Kodifikation und Demokratie, JZ 1969, 645 ff.")
    assert ("page" not in item, locator) == (True, "645 ff")


def test_a_place_and_year_is_a_book_not_a_journal():
    item, _ = _only("Smith, Essays on the Law, London 1990, 123.")
    assert "container-title" not in item and item["publisher-place"] == "London"


@pytest.mark.parametrize("note, authors, title, journal, volume, year", [
    ("Villmow/Albrecht, Die Vergleichung als Methode der Strafrechtswissenschaft und der "
     "Kriminologie, MschrKrim. 62 (1979) 163 ff", ["Villmow", "Albrecht"],
     "Die Vergleichung als Methode der Strafrechtswissenschaft und der Kriminologie",
     "MschrKrim.", "62", 1979),
    ("R. Abel, Law Books and Books About Law, Stanford Law Rev. 26 (1973) 174 ff.",
     ["Abel"], "Law Books and Books About Law", "Stanford Law Rev.", "26", 1973),
    ("Friday, Problems in Comparative Criminology, Int. J. Crim. 1 (1973) 151 (152)",
     ["Friday"], "Problems in Comparative Criminology", "Int. J. Crim.", "1", 1973),
])
def test_an_abbreviation_with_its_period_or_abbreviated_words(note, authors, title, journal,
                                                               volume, year):
    """The Zeitschrift für Rechtssoziologie (1980) cites foreign journals by their
    abbreviated words, and German ones by abbreviations closing with a period."""
    item, _ = _only(note)
    assert [name["family"] for name in item["author"]] == authors
    assert (item["title"], item["container-title"], item.get("volume"),
            item["issued"]["date-parts"][0][0]) == (title, journal, volume, year)


def test_an_author_keeps_his_initials():
    item, locator = _only("R. Abel, Law Books and Books About Law, Stanford Law Rev. 26 "
                          "(1973) 174 ff.")
    assert (item["author"], locator) == ([{"family": "Abel", "given": "R."}], "174 ff")


@pytest.mark.parametrize("note", [
    "E. Braaten, H.-W. Hammer, Phys. Rep. 428 (2006) 259.",
    "W. Glöckle, H. Witała, D. Hüber, H. Kamada, J. Golak, Phys. Rep. 274 (1996) 107.",
])
def test_a_physics_reference_has_names_where_the_title_would_stand(note):
    item, _ = _only(note)
    assert "title" not in item or "." not in item["title"]
    assert item["author"][1]["family"] in ("Hammer", "Witała")


def test_a_volume_word_is_no_journal():
    item, _ = _only("Smith, Essays on the Law, Vol. 2 (1990) 45.")
    assert item.get("container-title") != "Vol."
