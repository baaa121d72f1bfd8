"""A journal's section printed between the journal's issue and the section's own issue,
as university journals number them (issue 9): "Вестник … 2013. № 12 (303). История.
Вып. 55." — the section is the series (`collection-title`), its issue the series
number, and the journal keeps its own issue."""

import pytest

from biblio.parse import parse_footnotes


def read(text: str) -> dict:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return document.items[cite.item].fields


@pytest.mark.parametrize("text, container, issue, section, number", [
    ("Вестник Челябинского государственного университета. 2013. № 12 (303). История. "
     "Вып. 55. С. 100-105.", "title", "12 (303)", "История", "55"),  # ru-fn-424
    ("Вестник Челябинского государственного университета. 2012. № 18 (272). Философия. "
     "Социология. Культурология. Вып. 25. С. 49–54.", "title", "18 (272)",
     "Философия. Социология. Культурология", "25"),  # ru-fn-561
    ("Иванов И. И. Статья // Вестник Томского университета. 2013. № 4. Экономика и право. "
     "Вып. 2. С. 10-15.", "container-title", "4", "Экономика и право", "2"),
])
def test_a_section_between_two_issues_is_the_series(text: str, container: str, issue: str,
                                                    section: str, number: str) -> None:
    fields = read(text)
    assert fields[container].startswith("Вестник")
    assert "№" not in fields[container]
    assert fields["issue"] == issue
    assert fields["collection-title"] == section
    assert fields["collection-number"] == number


def test_an_issue_without_a_section_stays_the_issue() -> None:
    fields = read("Иванов И. И. Статья // Труды института. 2013. Вып. 2. С. 10-15.")
    assert fields["issue"] == "2"
    assert "collection-title" not in fields
