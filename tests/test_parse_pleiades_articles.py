"""Journal articles in the style of Pleiades Publishing's English translations of Russian
journals (biblio.parse.pleiades): family-first names with their initials after a comma,
a last "and", the journal abbreviated, then "year, vol., no., p." after commas; earth-
science and chemistry lists print no article title. Forms: a coal-geochemistry article's
translated list (dev set batch 24) and a geography article's (batch 16); values read off
by hand."""

from __future__ import annotations

import time

import pytest

from biblio.formats.csljson import item_to_json
from biblio.parse import parse_footnotes


def _item(text: str) -> dict[str, object]:
    document = parse_footnotes([text])
    return item_to_json(document.items[document.notes[0].cites[0].item])


@pytest.mark.parametrize(("text", "families", "journal", "numbers"), [
    ("Breger, J.A., Deul, M., and Rubinstein, S., Econ. Geol., 1955, vol. 50, no. 2, p. 206.",
     ["Breger", "Deul", "Rubinstein"], "Econ. Geol.", ("50", "2", "206")),
    ("Kizil’shtein, L.Ya. and Levchenko, S.V., Geokhimiya, 1995, no. 6, p. 874.",
     ["Kizil’shtein", "Levchenko"], "Geokhimiya", (None, "6", "874")),
    ("Finkelman, R.B., U.S. Geol. Surv. Open-File Rep., 1981, nos. 81–99, p. 322.",
     ["Finkelman"], "U.S. Geol. Surv. Open-File Rep.", (None, "81–99", "322")),
])
def test_an_article_without_title_names_its_journal(text: str, families: list[str],
                                                    journal: str,
                                                    numbers: tuple[str | None, ...]) -> None:
    item = _item(text)
    assert item["type"] == "article-journal"
    assert [name["family"] for name in item["author"]] == families
    assert item["container-title"] == journal
    assert "title" not in item
    assert (item.get("volume"), item.get("issue"), item.get("page")) == numbers


def test_an_articles_title_ends_where_the_abbreviated_journal_begins() -> None:
    item = _item("Sevastianov, D.V., Isachenko, T.E. and Guk, E.N., Norilsk Region: From the "
                 "Peculiarities of Nature to the Practice of Development, Vestn. Sankt-Peterb. "
                 "Univer., Seriya 7, 2014, issue 3, pp. 82–94.")
    assert item["title"] == ("Norilsk Region: From the Peculiarities of Nature to the "
                             "Practice of Development")
    assert item["container-title"] == "Vestn. Sankt-Peterb. Univer., Seriya 7"
    assert (item["issue"], item["page"]) == ("3", "82–94")


def test_numbering_before_the_year_is_another_style() -> None:
    # an engineering reference (AnyStyle's set): volume and number precede the year
    item = _item("Pietquin, O. and Dutoit, T., “A probabilistic framework for dialog "
                 "simulation and optimal strategy learning,” Audio, Speech, and Language "
                 "Processing, IEEE Transactions on, Vol. 14, No. 2, 2006, pp. 589–599.")
    assert (item.get("volume"), item.get("issue")) == ("14", "2")


def test_a_long_list_of_names_is_read_in_linear_time() -> None:
    names = ", ".join(f"Family{index}, A.B." for index in range(400))
    start = time.process_time()
    _item(f"{names}, Geokhimiya, 1995, no. 6, p. 874.")
    assert time.process_time() - start < 2.0


@pytest.mark.parametrize(("text", "journal", "language"), [
    ("Kizil’shtein, L.Ya. and Levchenko, S.V., Geokhimiya, 1995, no. 6, p. 874 "
     "[in Russian].", "Geokhimiya", "ru"),
    ("Petrova, A.V., Origin of the Ores, Geol. Rudn. Mestorozhd., 2001, vol. 43, no. 2, "
     "pp. 15–27 [in Russian].", "Geol. Rudn. Mestorozhd.", "ru"),
])
def test_the_originals_language_after_an_article_is_its_language(
        text: str, journal: str, language: str) -> None:
    """Pleiades marks each Russian work of a translated list "[in Russian]"."""
    item = _item(text)
    assert item["type"] == "article-journal"
    assert item["container-title"] == journal
    assert item["language"] == language


@pytest.mark.parametrize(("text", "paper", "day", "issue", "page"), [
    ("Ivanova, S., The Team of Youth, Zapolyarnaya Pravda, 2013, June 25, no. 88 "
     "[in Russian].", "Zapolyarnaya Pravda", [2013, 6, 25], "88", None),
    ("Petrov, A.B., Memories of the Mine, Krasnoyarskii Rabochii, 1998, March 3, p. 2.",
     "Krasnoyarskii Rabochii", [1998, 3, 3], None, "2"),
])
def test_a_newspaper_article_names_its_paper_and_day(text: str, paper: str, day: list[int],
                                                     issue: str | None,
                                                     page: str | None) -> None:
    item = _item(text)
    assert item["type"] == "article-newspaper"
    assert item["container-title"] == paper
    assert item["issued"]["date-parts"] == [day]
    assert (item.get("issue"), item.get("page")) == (issue, page)


def test_a_chapter_with_its_books_editor_and_imprint_is_no_article() -> None:
    item = _item("Orlov, S., The Plant in the War Years, A.B. Smirnov, Ed., Istoriya "
                 "Urala. Sbornik. 2001, Moscow: Nauka, 2002, pp. 10–20 [in Russian].")
    assert item.get("container-title") != "Moscow: Nauka"
    assert item.get("publisher") == "Nauka"
