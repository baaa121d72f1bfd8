"""A foreign book cited in a Russian note's own form, its page's Latin term run on after
the year with a comma ("New York, 1967, p. 67—76."): read as "New York, 1967. P. 67—76"
(`gost.YEAR_COMMA_LATIN_PAGE`). Real forms of three sources: ru-fn-182 (batch 3, a book on
Stalin), ru-fn-1543 (batch 21, the notes to Dostoevsky's letters), ru-fn-1749 (batch 25,
an essay on Benois's Versailles); values read off by hand."""

from __future__ import annotations

import pytest

from biblio.model import Name
from biblio.parse import parse_footnotes


def _first(text: str) -> tuple[dict, str | None]:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return document.items[cite.item], cite.locator


@pytest.mark.parametrize(("text", "locator"), [
    ("Smith Edward Ellis. The Young Stalin: The Early Years of an Elusive Revolutionary. "
     "New York, 1967, p. 67—76.", "67—76"),                                # ru-fn-182
    ("См.: O Dostojevském. Sbornik stati a materiâlu. Praha, 1972, s. 158.", "158"),  # ru-fn-1543
    ("Proust M. Les Regrets, rкveries, couleurs du temps // Les plaisirs et les jours. "
     "Paris, 1971, p. 106.", "106"),                                        # ru-fn-1749
])
def test_the_page_after_the_year_is_the_cites_pinpoint(text: str, locator: str) -> None:
    item, found = _first(text)
    assert found == locator
    assert "page" not in item


def test_the_heading_then_reads_as_the_grammar_reads_it() -> None:
    """ru-fn-182: read whole, the family before its two given names (the labeller,
    asked when the grammar could not read the pinpoint, had taken "Ellis" for it)."""
    item, _ = _first("Smith Edward Ellis. The Young Stalin: The Early Years of an Elusive "
                     "Revolutionary. New York, 1967, p. 67—76.")
    assert item["author"] == [Name(family="Smith", given="Edward Ellis")]
    assert item["publisher-place"] == "New York"


def test_a_comma_heading_is_left_to_the_comma_style() -> None:
    """An Italian note (LinkedBooks dev row linkedbooks-valid-00500): its page after the
    year is read by the comma style, with the issue and the journal."""
    item, _ = _first("Giovanna Maria Badile, Antonio Gaspari e la ricostruzione del duomo di "
                     "Este, «Padova e il suo territorio», V / 23, 1990, pp. 10-12.")
    assert item["author"] == [Name(family="Badile", given="Giovanna Maria")]
    assert item["container-title"] == "Padova e il suo territorio"


def test_pp_before_a_range_is_not_taken_for_the_pinpoint() -> None:
    """ru-fn-1776 (batch 25): "pp. 65—77" is the pages of the chapter "Shmelev"."""
    item, _ = _first("Adamovich G. Shmelev [Shmelev]. Adamovich G. Odinochestvo i svoboda "
                     "[Adamovich G. Loneliness and Freedom]. New York, 1955, pp. 65—77.")
    assert item["page"] == "65—77"
