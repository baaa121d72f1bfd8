"""Vancouver's numbering typed with a space after the date's ";" and the pages' ":"
(«2016; 60(6): 325—328»), as journals' «Для цитирования» lines and the medical lists of
GROBID's and AnyStyle's sets print it ("Biometrics 1992; 48: 599-604.", "Environ Sci
Technol. 2008; 42(4):1315-23."): read as the form with no spaces is."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes


def _item(text: str) -> dict:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return document.items[cite.item].fields


@pytest.mark.parametrize(("text", "volume", "issue", "page", "year"), [
    # the citation line of an article in «Здравоохранение Российской Федерации» (ru-fn-1601)
    ("Егорышева И.В., Гончарова С.Г. К 200-летию Императорского Человеколюбивого общества. "
     "Здравоохранение Российской Федерации. 2016; 60(6): 325—328.", "60", "6", "325—328", 2016),
    # the same line as the journal's English citation prints it, with no spaces (as before)
    ("Егорышева И.В., Гончарова С.Г. К 200-летию Императорского Человеколюбивого общества. "
     "Здравоохранение Российской Федерации. 2016;60(6):325—328.", "60", "6", "325—328", 2016),
    # a transliterated list's line (ru-gost-907's form) with the spaces
    ("Inozemtsev E.O., Grigoryev E.G. The Actual Issues of Associated Injuries. "
     "Polytrauma. 2017; 1: 6–11.", "1", None, "6–11", 2017),
])
def test_the_numbering_after_spaces(text: str, volume: str, issue: str | None, page: str,
                                    year: int) -> None:
    fields = _item(text)
    assert fields["volume"] == volume
    assert fields.get("issue") == issue
    assert fields["page"] == page
    assert fields["issued"].parts == [[year]]
    assert fields["container-title"] in ("Здравоохранение Российской Федерации", "Polytrauma")


@pytest.mark.parametrize(("text", "families", "given"), [
    # the Russian variant with GOST's spaced initials, one author and two
    ("Иванова А. А. Лечение артериальной гипертензии. Кардиология. 2017;57(1):6–11.",
     ["Иванова"], "А. А."),
    ("Сидорова Е. Н., Петров Б. Б. Исходы сочетанной травмы. Хирургия. 2019; 3: 21–27.",
     ["Сидорова", "Петров"], "Е. Н."),
    # the initials typed close, as before
    ("Орлова В.В., Кузнецов Д.А. Исходы сочетанной травмы. Хирургия. 2019;3:21–27.",
     ["Орлова", "Кузнецов"], "В.В."),
])
def test_names_with_spaced_initials_end_before_the_title(
        text: str, families: list[str], given: str) -> None:
    """«Иванова А. А. Title. Journal. 2017;57(1):6–11.»: the spaced initials' periods are
    the names', not the end of the names at the first «А.»: the title is the sentence
    after the last initial and the journal the one before the date."""
    fields = _item(text)
    assert [name.family for name in fields["author"]] == families
    assert fields["author"][0].given == given
    assert fields["title"] in ("Лечение артериальной гипертензии", "Исходы сочетанной травмы")
    assert fields["container-title"] in ("Кардиология", "Хирургия")
