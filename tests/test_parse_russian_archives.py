"""Russian archival references as historians print them (issue 9), by GOST R 7.0.5-2008
clause 11: repositories named in full, a file numbered with its part ("д. 12/36"), the
file's title in parentheses after the search data (clause 11.9), the archive's city after
it, the document's year before the leaf. Expectations read off each reference by hand;
`archive_location` keeps the levels above the leaf, the leaf is the folio locator."""

from __future__ import annotations

from typing import Any

from first_cite import first_cite


def parse(text: str) -> tuple[dict[str, Any], str | None]:
    item, cite = first_cite(text)
    return item, cite.locator


def test_repository_named_in_full_with_many_words() -> None:
    item, leaf = parse("Отдел рукописей Российской национальной библиотеки. Ф. 1000. Оп. 2. "
                       "Д. 15. Л. 3 об.")
    assert item["archive"] == "Отдел рукописей Российской национальной библиотеки"
    assert (item["archive_location"], leaf) == ("ф. 1000, оп. 2, д. 15", "3 об.")


def test_file_numbered_with_its_part() -> None:
    item, leaf = parse("ЦГИА СПб, ф. 14, оп. 1, д. 25/4, л. 17.")
    assert (item["archive_location"], leaf) == ("ф. 14, оп. 1, д. 25/4", "17")


def test_title_of_the_file_in_parentheses_after_the_search_data() -> None:
    item, _ = parse("ГАРФ, ф. 109, оп. 95, д. 245 («Толки и слухи»).")
    assert item["archive_location"] == "ф. 109, оп. 95, д. 245"
    assert item["title"].strip("«»") == "Толки и слухи"


def test_fonds_name_in_parentheses_stays_in_the_location() -> None:
    item, _ = parse("ОР РГБ. Ф. 223 (С. Д. Полторацкий). Картон 79. Ед. хр. 122.")
    assert item["archive_location"] == "ф. 223 (С. Д. Полторацкий), картон 79, ед. хр. 122"


def test_archives_city_after_an_area_dash() -> None:
    item, _ = parse("Записка о школах // ЦГАЛИ. – СПб. – Ф. 306. Оп. 1. Ед. хр. 381.")
    assert (item["archive"], item["archive-place"]) == ("ЦГАЛИ", "Санкт-Петербург")
    assert item["title"] == "Записка о школах"


def test_year_of_the_document_before_the_leaf() -> None:
    item, leaf = parse("ГАРФ, ф. 102, оп. 1, д. 5, 1905 г., л. 3.")
    assert item["issued"]["date-parts"][0][0] == 1905
    assert (item["archive_location"], leaf) == ("ф. 102, оп. 1, д. 5", "3")


def test_page_after_the_file_is_the_cites_page_not_a_title() -> None:
    """A paginated file (war diaries, bound volumes) is cited by page, "с."/"С."/"стр."."""
    for text, location, page in (
            ("ЦАМО, ф. 56А, оп. 10282, д. 2, с. 14.", "ф. 56А, оп. 10282, д. 2", "14"),
            ("ГАРФ. Ф. 5446. Оп. 1. Д. 12. С. 3–5.", "ф. 5446, оп. 1, д. 12", "3–5"),
            ("РГАЛИ, ф. 631, оп. 15, д. 7, стр. 21", "ф. 631, оп. 15, д. 7", "21")):
        item, cite = first_cite(text)
        assert "title" not in item, text
        assert item["archive_location"] == location
        assert (cite.locator, cite.label) == (page, "page")


def test_leaf_after_the_file_stays_a_folio() -> None:
    _, cite = first_cite("ЦАМО, ф. 328, оп. 4865, д. 189, л. 125.")
    assert (cite.locator, cite.label) == ("125", "folio")
