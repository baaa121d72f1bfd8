"""A volume closing the title block with its term written out in lower case and a Roman
number («Избр., том II»), read as the abbreviated term («т. II», «Т. XIII») and the
written-out term with figures («том 37») are."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes


def _reading(text: str) -> tuple[dict, str | None]:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return document.items[cite.item].fields, cite.locator


@pytest.mark.parametrize(("text", "title", "volume", "locator"), [
    # ru-fn-2656, the notes of G. Khubov's Soviet monograph on Musorgsky
    ("В. Стасов. Избр., том II, стр. 197", "Избр", "II", "197"),
    # the forms it is read as (dev rows ru-fn-943 and a Soviet preface's «том 37»)
    ("А. С. Пушкин. Полн. собр. соч., т. XIII, стр. 200-201 и 209-210.", "Полн. собр. соч",
     "XIII", "200-201 и 209-210"),
    ("В. И. Ленин. Сочинения, том 37, стр. 363", "Сочинения", "37", "363"),
])
def test_the_volume_closing_the_title(text: str, title: str, volume: str,
                                      locator: str) -> None:
    fields, cited = _reading(text)
    assert fields["title"].rstrip(".") == title
    assert fields["volume"] == volume
    assert cited == locator


def test_a_latin_initial_is_no_volume() -> None:
    # "T. L. Heath": the Latin «T.» before «L» is an initial, never a volume
    fields, _ = _reading("Archimedes. The Works of Archimedes. T. L. Heath (ed.). "
                         "Cambridge, 1897.")
    assert fields.get("volume") is None
