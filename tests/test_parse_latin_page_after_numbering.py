"""The page's Latin term run on with a comma after a volume's or an issue's number, as Russian
notes print a foreign or transliterated journal: "… 1999, № 8, pp. 98-113." (GOST 7.11's
"p.", "pp.", "S."), read as "№ 8. P. 98-113"; not after a chapter's number or a year."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes
from biblio.parse.gost import LATIN_PAGE_AFTER_NUMBERING


def _read(text: str) -> tuple[dict, str | None]:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return document.items[cite.item].fields, cite.locator


@pytest.mark.parametrize(("text", "issue", "page"), [
    # a Tver history's transliterated notes (dev set batch 15): an article's range
    ("Kurtsev A.N. Bezhentsy Pervoj mirovoj v Rossii (1914-1917) [Refugees of the 1st World "
     "war in Russia (1914-1917)] // Voprosy istorii - Questions of history. 1999, № 8, pp. "
     "98-113.", "8", "98-113"),
    # the same notes: a diocesan gazette's page
    ("V. Polyansky Vospominaniya seminarista [Memories of seminarian] // Orlovskie "
     "eparkhial'nye vedomosti - Oryol diocesan statements. 1914, № 36, p. 5.", "36", "5"),
])
def test_a_latin_page_after_an_issue_and_a_comma(text: str, issue: str, page: str) -> None:
    fields, locator = _read(text)
    assert fields["issue"] == issue
    assert fields["container-title"].startswith(("Voprosy istorii", "Orlovskie"))
    assert locator == page


@pytest.mark.parametrize(("text", "read"), [
    ("… // Voprosy istorii. 1999, № 8, pp. 98-113.", "№ 8. pp. 98-113."),
    ("… // Istoriya. 2005. Т. 4, S. 25.", "Т. 4. S. 25."),
    ("… // Journal. 1983. Vol. 95, p. 105.", "Vol. 95. p. 105."),
])
def test_the_comma_becomes_the_areas_period(text: str, read: str) -> None:
    assert LATIN_PAGE_AFTER_NUMBERING.sub(r"\g<numbering>. ", text).endswith(read)


@pytest.mark.parametrize("text", [
    # a chapter's number before a chapter's range (an AnyStyle example)
    "H. M. Gibbs, “Optical Switching,” in “Optical Bistability,” (Academic Press, 1985), "
    "chap. 5, pp. 195–239.",
    # a year before the pages: the comma style's (a LinkedBooks example)
    "Giovanna Maria Badile, Antonio Gaspari, «Padova e il suo territorio», V / 23, 1990, "
    "pp. 10-12.",
    # a document's number, not a volume's or an issue's
    "o. c., doc. 271, p. 132.",
])
def test_no_comma_after_other_numbers_changes(text: str) -> None:
    assert LATIN_PAGE_AFTER_NUMBERING.search(text) is None


@pytest.mark.parametrize("sign", ["№ ", "No. ", "N° "])
def test_the_year_and_the_issue_after_it_whatever_its_sign(sign: str) -> None:
    # ru-fn-1212 with «№» as Latin fonts and French typing print it (gost.PERIODICAL_COMMA_YEAR)
    fields, locator = _read("Kurtsev A.N. Bezhentsy Pervoj mirovoj v Rossii // Voprosy istorii - "
                            f"Questions of history. 1999, {sign}8, pp. 98-113.")
    assert fields["container-title"] == "Voprosy istorii - Questions of history"
    assert (fields["issue"], fields["issued"].parts[0][0], locator) == ("8", 1999, "98-113")
