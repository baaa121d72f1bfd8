"""Readers and rewrites tried only where what they need is present (issue 9, speed): the
CSL styles' signs behind the characters they hold, found once a reference
(`csl_citations._signs_present`), the host's comma-year rewrite behind the ", 1995"
after "//" they both read, German journal articles behind the ", J" before the journal.
Each gate must pass every text its reader reads: here on texts made of the pieces those
signs and patterns match (hypothesis), and on the forms the docstrings cite."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.parse.csl_citations import STYLES, _signs_present
from biblio.parse.german_journals import JOURNAL_ARTICLE, JOURNAL_SIGN
from biblio.parse.gost import _typed_areas, parse_reference
from biblio.parse.informal import YEAR_AFTER_COMMA, year_before_numbering

PIECES = [
    "Smith, J.", "Иванов И. И.", "(2019)", "(2019).", "(12).", "2019)", "«Title»", "“Title”",
    "‘Title’", "'Title'", "Journal", "vol. 3", "no. 2", "v. 4", "n. 5", "p. 6", "12;3(4):5",
    "2001;45:12", "Retrieved from", "// Вопросы истории", "//", "№ 121", "Т. 30", "Вып. 2",
    "Vol. 3", "1973", "2020", "С. 5", "М.", "Наука", ", 2020. Т. 30", ", 1995. № 5",
    ". – № 121, 1973.", ", вып. 8, 1950", "// Театр, 1953. Вып. 2", "Kübler",
    "Kodifikation und Demokratie", "JZ 1969", "645 (647)", "AöR 94 (1969) 1 ff.",
    "Int. J. Crim. 1 (1973)", "& Soc. 2 (1980)", "S. 33 ff.", "ÖJZ 1980",
]
SEPARATORS = [" ", ". ", ", ", ",", ".", ";", ": ", " // ", "//", "(", ")", " – ", ""]
texts = st.lists(st.tuples(st.sampled_from(PIECES) |
                           st.text(alphabet="(); ,.«“‘’'/1290№Тv", max_size=4),
                           st.sampled_from(SEPARATORS)),
                 min_size=1, max_size=12).map(
    lambda pairs: "".join(piece + separator for piece, separator in pairs))
"""Texts of the pieces the styles' signs and the host rewrites read, in any order, with
stray characters between them."""


@settings(max_examples=1500, deadline=None)
@given(text=texts)
def test_every_text_a_styles_sign_finds_holds_what_its_gate_needs(text: str) -> None:
    present = _signs_present(text)
    for _, needs, sign, _ in STYLES:
        if sign(text):
            assert needs in present, (needs, text)


@settings(max_examples=1500, deadline=None)
@given(text=texts)
def test_the_host_rewrite_changes_only_texts_with_a_year_after_a_comma_after_the_host(
        text: str) -> None:
    gate = "//" in text and YEAR_AFTER_COMMA.search(text, text.find("//")) is not None
    if year_before_numbering(text) != text:
        assert gate, text


ARTICLE_PARTS = [
    ["Kübler", "R. Abel", "Luhmann/Teubner", "Иванов И. И."],
    ["Kodifikation und Demokratie", "Law Books", "История края", "Über Recht"],
    ["JZ 1969", "AöR 94 (1969)", "ÖJZ 1980", "Int. J. Crim. 1 (1973)", "& Soc. 2 (1980)",
     "Äpfel 1977", "Вопросы истории. 1990"],
    ["645 (647)", "1 ff.", "S. 33 ff.", "5", "С. 5"],
]
articles = st.tuples(*(st.sampled_from(part) for part in ARTICLE_PARTS),
                     st.lists(st.sampled_from([", ", ",", " ", ". "]), min_size=3,
                              max_size=3)).map(
    lambda parts: "".join(piece + separator for piece, separator in zip(parts[:3], parts[4]))
    + parts[3])
"""German journal articles and texts near them: authors, title, journal, page."""


@settings(max_examples=1500, deadline=None)
@given(text=texts | articles)
def test_every_german_journal_article_holds_the_sign_tested_first(text: str) -> None:
    if JOURNAL_ARTICLE.fullmatch(text.strip()):
        assert JOURNAL_SIGN.search(text), text


def test_the_gates_mark_what_the_signs_need() -> None:
    assert _signs_present("Smith, J. (2019). Title. Journal, 3(2), 5–9.") == ")"
    assert _signs_present("Smith J. “Title.” Journal 2019;3:5") == "«;"
    assert _signs_present("Иванов И. И. История. М.: Наука, 1990. 300 с.") == ""
    assert {needs for _, needs, _, _ in STYLES} == {"", ")", "«", ";"}
    for article in ("Kübler, Kodifikation und Demokratie, JZ 1969, 645 (647)",
                    "Luhmann, Funktionale Methode, AöR 94 (1969) 1 ff.",
                    "R. Abel, Law Books, Int. J. Crim. 1 (1973), 5"):
        assert JOURNAL_ARTICLE.fullmatch(article) and JOURNAL_SIGN.search(article)
    assert JOURNAL_SIGN.search("Иванов И. И. История, 1990. С. 5") is None


def test_the_forms_the_host_rewrite_cites_are_still_read() -> None:
    journal = parse_reference("Иванов И. И. Курганы // Теория и практика археологических "
                              "исследований, 2020. Т. 30. № 2. С. 5")  # the year closing
    # the host's title block is its date (gost._year_closing_host)
    assert journal.fields["container-title"] == "Теория и практика археологических исследований"
    assert journal.fields["issued"].year == 2020
    assert (journal.fields["volume"], journal.fields["issue"]) == ("30", "2")
    assert _typed_areas("Статья // Военная быль. – № 121, 1973.") == \
        "Статья // Военная быль. 1973. № 121."
