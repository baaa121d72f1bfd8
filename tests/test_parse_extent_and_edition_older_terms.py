"""The number of pages with the Soviet «стр.» and the British edition «edn»: «— 320 стр.»
was dropped with no word of it, «2nd edn» kept in the title. GOST 7.1-2003 clause 5.6
prints «320 с.»; Soviet catalogues and notes before GOST 7.1-84 printed «стр.»; Oxford's
and Cambridge's house styles print «2nd edn». Values written by hand."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes
from first_cite import first_cite


@pytest.mark.parametrize("text", [
    "Лотман Ю. М. Роман в стихах Пушкина. — Тарту, 1975. — 108 стр.",
    "Лотман Ю. М. Роман в стихах Пушкина. Тарту, 1975. 108 стр.",
    "Лотман Ю. М. Роман в стихах Пушкина. Тарту, 1975, 108 стр.",
])
def test_the_number_of_pages_with_the_soviet_term_is_read(text: str) -> None:
    fields, _ = first_cite(text)
    assert fields["number-of-pages"] == "108"
    assert fields["issued"]["date-parts"][0][0] == 1975
    assert fields["title"] == "Роман в стихах Пушкина"


def test_a_page_cited_with_the_soviet_term_stays_the_pinpoint() -> None:
    document = parse_footnotes(["Лотман Ю. М. Роман в стихах Пушкина. Тарту, 1975, стр. 45."])
    (cite,) = document.notes[0].cites
    assert (cite.label, cite.locator) == ("page", "45")
    assert "number-of-pages" not in document.items[cite.item].fields


@pytest.mark.parametrize(("text", "edition"), [
    ("Hosking G. Russia and the Russians. 2nd edn. London: Penguin, 2012.", "2"),
    ("Service R. A History of Modern Russia. 3rd edn. London: Penguin, 2009.", "3"),
])
def test_the_british_edition_abbreviation_is_the_edition(text: str, edition: str) -> None:
    fields, _ = first_cite(text)
    assert fields["edition"] == edition
    assert fields["title"] in ("Russia and the Russians", "A History of Modern Russia")
