"""The triggers a reference's text holds, found once and shared (biblio.parse.triggers),
and a reader asked only where what it needs is present (a standard under its title). Each
trigger must give the answer of the test it replaces, and each gate must pass every text
its reader reads: here on texts made of the pieces the reader's patterns match
(hypothesis), and on the forms the standards print."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.data.reference_terms import STANDARD_DESIGNATIONS
from biblio.parse.official import COLON_DESIGNATION, NUMBER_AFTER_TITLE, take_standard
from biblio.parse.patterns import CYRILLIC, LATIN
from biblio.parse.reference import Reference
from biblio.parse.triggers import triggers

LETTERS = "AzqЖжёЁіїґ№«»“”1990 .,:;/–—-()[]ΩäÉ\u0400\u04ff\u0500"
"""Letters at and past the edges of the scripts' ranges, and the signs between them."""


@settings(max_examples=1500, deadline=None)
@given(text=st.text(alphabet=LETTERS, max_size=30) | st.text(max_size=30))
def test_the_scripts_found_are_those_the_patterns_find(text: str) -> None:
    found = triggers(text)
    assert found.cyrillic == (CYRILLIC.search(text) is not None), text
    assert found.latin == (LATIN.search(text) is not None), text


NUMBERS = ["7.0.4–2006", "12207–99", "6.38-2004", "3582:2013", "17011:2005",
           "В.2.7-23-95", "2.2.4/2.1.8.562-96", "2.04.01-85*", "23-01 - 99 *", "690:2010",
           "1505", "60.13330.2012", "2.1.4.1074-01", "14-3-1", "517721–2001"]
STANDARD_PIECES = [
    *STANDARD_DESIGNATIONS, *NUMBERS, "ГОСТ Р ИСО/МЭК", "ДСТУ ISO/IEC", "ДСТУ Б", "Р", "МЭК",
    "Библиографическая запись", "Аппаратура радиоэлектронная бытовая", "Введ. 2002–01–01",
    "М. : Стандартинформ, 2006", "«Искусственное и естественное освещение»", "Изд. офиц.",
    "Иванов И. И.", "История", "Smith J.", "Report", "ГОСТ-", "Гост", "гост", "CNиП",
]
SEPARATORS = [" ", ". ", ": ", " : ", " – ", ". – ", ", ", "/", "", " «", "» "]
standard_texts = st.lists(st.tuples(st.sampled_from(STANDARD_PIECES),
                                    st.sampled_from(SEPARATORS)),
                          min_size=1, max_size=8).map(
    lambda pairs: "".join(piece + separator for piece, separator in pairs))
"""Texts near standards: their pieces in any order."""
standards = st.tuples(
    st.sampled_from(["", "Аппаратура радиоэлектронная бытовая", "Требования к документам"]),
    st.sampled_from(["", ": ", " : "]), st.sampled_from(STANDARD_DESIGNATIONS),
    st.sampled_from([" ", "", " Р ", "/МЭК ", " ISO/IEC ", " Б "]), st.sampled_from(NUMBERS),
    st.sampled_from(["", ".", ". ", " «", ". – Введ. 2002–01–01.", " : офиц. изд."])).map(
    "".join)
"""Standards described under their number and under their title (GOST 7.1-2003 clause
7.1.4), each designation with each number."""


@settings(max_examples=2000, deadline=None)
@given(text=standard_texts | standards)
def test_every_standard_under_its_title_holds_the_colon_and_designation_looked_for_first(
        text: str) -> None:
    if NUMBER_AFTER_TITLE.search(text):
        assert COLON_DESIGNATION.search(text), text


def test_the_standards_forms_are_still_taken() -> None:
    """GOST 7.1-2003 clause 7.1.4's two forms, a Belarusian guide's, DSTU 8302:2015's."""
    for text, number in (
            ("ГОСТ Р 7.0.4–2006. Издания. Выходные сведения. – М., 2006.", "ГОСТ Р 7.0.4–2006"),
            ("Аппаратура радиоэлектронная бытовая : ГОСТ Р 517721–2001. – Введ. 2002–01–01.",
             "ГОСТ Р 517721–2001"),
            ("Требования к оформлению документов: СТБ 6.38-2004. — Введ. 01.07.2005.",
             "СТБ 6.38-2004"),
            ("ДСТУ ISO/IEC 17011:2005. Оцінка відповідності.", "ДСТУ ISO/IEC 17011:2005")):
        reference = Reference(text=text, kind="work")
        take_standard(text, reference)
        assert reference.fields["number"] == number, text


def test_a_title_with_a_colon_and_no_standard_is_left_as_it_is() -> None:
    reference = Reference(text="", kind="work")
    assert take_standard("Иванов И. И. История: очерки. М.: Наука, 1990.", reference) == \
        "Иванов И. И. История: очерки. М.: Наука, 1990." and "number" not in reference.fields

