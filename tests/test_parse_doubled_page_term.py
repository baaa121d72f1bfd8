"""«сс.», the page's term doubled for a range as "pp." doubles "p.", which older notes,
dissertations and OJS's Russian MLA print ("…, декабрь 2019 г., сс. 105-18"): read wherever
«с.» is, in GOST's areas and in the comma forms of Soviet notes (LOCATOR_LABELS; the comma
patterns take their Russian terms from it, locators.RUSSIAN_PAGE_TERMS). The texts are real
notes of the dev set with their range's «с.»/«С.» typed «сс.», as the typography variant
"pages-ss" types them."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes
from biblio.parse.locators import RUSSIAN_PAGE_TERMS, parse_pinpoint


def _read(text: str) -> tuple[dict, str | None, str | None]:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return document.items[cite.item].fields, cite.locator, cite.label


@pytest.mark.parametrize(("text", "locator"), [
    # a GOST area (ru-gost-1005's journal, a geology review)
    ("Шлезигер А. Е. Рец. на карту: Тектоническая карта фундамента территории СССР / Гл. ред. "
     "Д. В. Наливкин. — 1:5 000 000. — М.: Аэрогеология, 1974. — Изв. АН СССР. Серия геол., "
     "1975, № 11, сс. 148—150.", None),
    # after a volume and a comma (ru-fn-205, a volume of Dobrolyubov's works)
    ("Добролюбов Н. А. Собр. соч. в 9-ти т., т. 6, сс. 120-121.", "120-121"),
    # after an imprint's year and a comma (ru-fn-1191, a 19th-century pamphlet)
    ("Яковлев П. А. Отзывы о П. с юга России. Одесса, 1887, сс. 154–156.", "154–156"),
    # an informal note of a periodical (ru-fn-009) and of an author's works (ru-fn-002)
    ("«Бюллетень оппозиции», №3, 1929, сс. 16–26.", "16–26"),
    ("И.Сталин, т. 11, сс. 15–16.", "15–16"),
])
def test_a_doubled_page_term_gives_the_pages(text: str, locator: str | None) -> None:
    fields, found, label = _read(text)
    if locator is None:  # an article's range in its host: the item's page
        assert fields["page"] == "148—150"
    else:
        assert (found, label) == (locator, "page")


def test_the_terms_come_from_the_table() -> None:
    assert {"с", "С", "стр", "Стр", "сс", "Сс"} <= RUSSIAN_PAGE_TERMS
    assert "Р" not in RUSSIAN_PAGE_TERMS  # the Cyrillic look-alike of a Latin "P."
    assert parse_pinpoint("Сс. 5–7") == ("page", "5–7")


@pytest.mark.parametrize("text", ["Прогресс. 5", "сс 5", "ссс. 5"])
def test_no_other_word_is_the_term(text: str) -> None:
    assert parse_pinpoint(text) is None
