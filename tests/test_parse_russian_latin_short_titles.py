"""A foreign work shortened in a Russian note to the family name, a short title and the
pinpoint (issue 9): "Kappeler. Russland. P. 140-141." names the author, the title and the
page cited, as "Зимин. Реформы, с. 295" does in Cyrillic; a Latin word alone before a
page stays a one-word title, and a full reference keeps its imprint."""

import pytest

from biblio.parse import parse_footnotes


def read(text: str) -> tuple[dict, str | None]:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return document.items[cite.item].fields, cite.locator


@pytest.mark.parametrize("text, families, title, locator", [
    ("Kappeler. Russland. P. 140-141.", ["Kappeler"], "Russland", "140-141"),  # ru-fn-431
    ("Fennell. Correspondence, рр. 82-83.", ["Fennell"], "Correspondence", "82-83"),  # 391
    ("Fennell. History, рр. 16-17", ["Fennell"], "History", "16-17"),  # ru-fn-392
    ("Franklin and Shepard. Emergence of Rus… — P. 246–249.", ["Franklin", "Shepard"],
     "Emergence of Rus", "246–249"),  # ru-fn-300
    ("Pipes. Russia under the Old Regime, p. 112.", ["Pipes"],
     "Russia under the Old Regime", "112"),
    ("Hellie. Enserfment. S. 45.", ["Hellie"], "Enserfment", "45"),
])
def test_a_latin_family_before_a_short_title_and_a_pinpoint_is_the_author(
        text: str, families: list[str], title: str, locator: str) -> None:
    fields, found_locator = read(text)
    assert [name.family for name in fields["author"]] == families
    assert fields["title"] == title
    assert found_locator == locator
    assert "page" not in fields  # the page cited, not the work's extent


def test_a_latin_word_alone_before_a_page_stays_the_title() -> None:
    fields, locator = read("Relations. P. 1.")
    assert "author" not in fields
    assert fields["title"] == "Relations"
    assert locator == "1"


def test_a_full_reference_after_a_latin_word_keeps_its_imprint() -> None:
    fields, locator = read("Smith. History of Russia. London, 1990. P. 5.")
    assert fields["publisher-place"] == "London"
    assert fields["issued"].parts == [[1990]]
    assert locator == "5"
