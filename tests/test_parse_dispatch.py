"""The cheap tests that send a reference past a reader which cannot read it.

Each test only skips work: a reader turned away must be one that would have read
nothing. So each is checked against the reader's own patterns on generated texts (what
the reader would match, the cheap test must let through) and on the forms it is for.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from biblio.parse.archival import FOREIGN_ACRONYM_FIRST, FOREIGN_ARCHIVE, parse_archival
from biblio.parse.comma_style import FORM_END, PLACE_YEAR, QUOTED_JOURNAL
from biblio.parse.informal import GAZETTE_YEAR

IMPRINT_PIECES = st.sampled_from([
    "Warszawa", " ", ", ", ". ", "1995", "19", "s. 45", "nr 1", "S. 3", "С. 157", "„",
    "”", "Dzieje", "М.", "–", "12", "f.", "ff.", "passim", "Title", ".", ","])
TAILS = st.sampled_from(["", ".", ", s. 45", ", s. 45.", ", nr 1", ", nr 1, s. 5", ". С. 157",
                         ", S. 3 f.", ", 12", " s. 45", ", s. 4–5 passim."])
IMPRINT_LIKE = st.one_of(
    st.lists(IMPRINT_PIECES, max_size=12).map("".join),
    st.tuples(st.sampled_from(["Title, ", "Polska, „Dzieje” ", "Мир, "]),
              st.sampled_from(["Warszawa ", "М., ", "New York ", ""]),
              st.sampled_from(["1995", "19", "2004"]), TAILS).map("".join))


@given(IMPRINT_LIKE)
def test_a_text_whose_end_is_no_form_end_is_read_by_no_comma_form(text):
    """FORM_END is a necessary condition of the forms without parentheses: where it
    finds nothing, neither form reads any tail of the text."""
    if FORM_END.search(text) is None:
        assert not any(form.fullmatch(text[start:]) for form in (QUOTED_JOURNAL, PLACE_YEAR)
                       for start in range(len(text)))


def test_form_end_lets_through_the_comma_forms_of_pn_iso_690():
    """The examples of comma_style's docstring end as FORM_END says."""
    for text in ("A. Paczkowski, Pół wieku dziejów Polski, Warszawa 1995, s. 45",
                 "W. Materski, Polska a ZSRR, „Dzieje Najnowsze” 1990, nr 1, s. 5",
                 "Шубин А.В., Мир на краю бездны, М., 2004"):
        assert FORM_END.search(text) is not None


def test_form_end_turns_away_a_gost_imprint_with_its_page():
    assert FORM_END.search("Кризис договор. Казань, 1974. С. 157.") is None


ARCHIVE_PIECES = st.sampled_from([
    "SHD", "PA AA", "TNA", "AN", "BArch", ", ", ". ", " ", "(", ")", "hereafter ",
    "Service historique", "FO 371/17308", "f. 45", "Title", "x"])


@given(st.lists(ARCHIVE_PIECES, max_size=8).map("".join))
def test_a_foreign_archive_without_parenthesis_opens_with_its_acronym(text):
    """FOREIGN_ACRONYM_FIRST is a necessary condition of FOREIGN_ARCHIVE on a text with
    no "(": where it does not match, neither does the full pattern."""
    if "(" not in text and FOREIGN_ACRONYM_FIRST.match(text) is None:
        assert FOREIGN_ARCHIVE.match(text) is None


def test_a_foreign_archive_is_still_read_by_its_acronym_and_by_its_name():
    for text, archive in (("TNA, FO 371/17308, f. 45", "TNA"),
                          ("Service historique de la Défense (SHD), 7 N 3143", "SHD")):
        path = parse_archival(text)
        assert path is not None and archive in path.archive


def test_gazette_year_finds_a_name_then_the_year_then_an_issue_or_a_day():
    """The cheap test before the gazette forms (informal.GAZETTE_YEAR): a name closed by
    a period or comma (or a parenthesis), the year, then "№" or a day."""
    for text in ("СЗ РФ, 2001, № 52, ч. I, ст. 4921", "РГ, 1995, 17 января, № 11–12",
                 "Правда. 1939. 23 авг.", "Известия (Москва). 1937, № 5"):
        assert GAZETTE_YEAR.search(text) is not None, text
    for text in ("Правда 1939, № 5", "Кен О.Н. Союз. М., 2004. С. 5.",
                 "Вопросы истории. 1995. Т. 31"):
        assert GAZETTE_YEAR.search(text) is None, text
