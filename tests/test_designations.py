"""Numbering designations as the source prints them (issue 11).

GOST 7.1-2003, 4.8.3: "Библиографические сведения указывают в описании в том виде, в
каком они даны в источнике информации" (bibliographic data are given in the form in
which the source gives them); 7.1.9: the analytic description is in the language of
the host document's imprint. So "Vol. 52, No. 7" stays "Vol. 52, No. 7", not one term
per language. The word is kept in CSL-JSON's `custom` object (biblio.designations).
Every expected value below was written by hand from the reference it quotes.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import biblio
from biblio.designations import designations, set_designation
from biblio.formats import csljson
from biblio.model import Cite, Date, Document, Item, Name, Note
from biblio.parse import parse_footnotes


def parsed(footnote: str) -> Item:
    (item,) = parse_footnotes([footnote]).items.values()
    return item


# --- the parser keeps the words as printed ---------------------------------------------

@pytest.mark.parametrize(("footnote", "volume", "issue", "words"), [
    ("Carley M.J. Soviet Eye on France // Europe-Asia Studies. 2000. Vol. 52, No. 7. "
     "P. 1275–1305.", "52", "7", {"volume": "Vol.", "issue": "No."}),
    ("Girault R. Les relations // Revue des études Slaves. 1977. T. 50, fasc. 3. P. 5.",
     "50", "3", {"volume": "T.", "issue": "fasc."}),
    ("Müller K. Die Frage // Zeitschrift für Geschichtswissenschaft. 1990. Jg. 38, H. 2. "
     "S. 100–120.", "38", "2", {"volume": "Jg.", "issue": "H."}),
    ("Rossi M. La guerra // Rivista storica italiana. 1980. Vol. 92, n. 3. P. 5–20.",
     "92", "3", {"volume": "Vol.", "issue": "n."}),
    ("Dupont J. Les archives // Revue historique. 1999. t. 50, n° 3. P. 5–20.",
     "50", "3", {"volume": "t.", "issue": "n°"}),
    ("Иванов И.И. Статья // Труды института. 1990. Т. 5, вып. 2. С. 3–10.",
     "5", "2", {"volume": "Т.", "issue": "вып."}),
    ("Smith J. Essay // Slavic Review. 1990. Vol. 49, Iss. 2. P. 5.",
     "49", "2", {"volume": "Vol.", "issue": "Iss."}),
    ("Schmidt K. Der Krieg // Historische Zeitschrift. 1985. Bd. 240, Heft 1. S. 1–30.",
     "240", "1", {"volume": "Bd.", "issue": "Heft"}),
    ("Schmidt K. Der Krieg // Osteuropa. 1985. Nr. 4. S. 1–30.",
     None, "4", {"issue": "Nr."}),
    ("Петров П.П. Статья // Вопросы истории. 1990. № 2. С. 3–10.",
     None, "2", {"issue": "№"}),
])
def test_the_parser_keeps_the_designation_words_as_printed(footnote, volume, issue, words):
    item = parsed(footnote)
    assert (item.get("volume"), item.get("issue")) == (volume, issue)
    assert designations(item.fields) == words


def test_a_bare_number_stays_bare():
    """"1985. 44. № 2": the journals' lists leave GOST's "Т." out; no word is made up."""
    item = parsed("Smith J. Essay // Slavic Review. 1985. 44. № 2. P. 280–297.")
    assert (item["volume"], item["issue"]) == ("44", "2")
    assert designations(item.fields) == {"issue": "№"}


def test_a_book_of_a_volume_keeps_its_word_in_the_part_number():
    """"Кн. 3" of a volume was already kept whole in part-number (CSL has one part for Кн.,
    Ч., Pt.); with no volume printed, it is the volume (biblio.parse.book_designations)."""
    item = parsed("Шубин А.В. Мир на краю бездны. Т. 2. Кн. 3. М., 2004. С. 5.")
    assert (item["volume"], item["part-number"]) == ("2", "Кн. 3")
    assert designations(item.fields) == {"volume": "Т."}
    alone = parsed("Шубин А.В. Мир на краю бездны. Кн. 3. М., 2004. С. 5.")
    assert alone["volume"] == "3" and "part-number" not in alone.fields
    assert designations(alone.fields) == {"volume": "Кн."}


# --- GOST prints them ------------------------------------------------------------------

CARLEY = Item("carley", "article-journal", {
    "author": [Name(family="Carley", given="M.J.")], "title": "Soviet Eye on France",
    "container-title": "Europe-Asia Studies", "issued": Date(parts=[[2000]]),
    "volume": "52", "issue": "7", "page": "1275-1305", "language": "en"})
GIRAULT = Item("girault", "article-journal", {
    "author": [Name(family="Girault", given="R.")], "title": "Les relations",
    "container-title": "Revue des études Slaves", "issued": Date(parts=[[1977]]),
    "volume": "50", "issue": "3", "language": "fr"})
MUELLER = Item("mueller", "article-journal", {
    "author": [Name(family="Müller", given="K.")], "title": "Die Frage",
    "container-title": "Zeitschrift für Geschichtswissenschaft", "issued": Date(parts=[[1990]]),
    "volume": "38", "issue": "2", "language": "de"})


def with_words(item: Item, **words: str) -> Item:
    fields = dict(item.fields)
    for variable, word in words.items():
        set_designation(fields, variable, word)
    return Item(item.id, item.type, fields)


def gost_note(item: Item, **options: object) -> str:
    document = Document(notes=[Note(n=1, cites=[Cite(item.id)])], items={item.id: item})
    return biblio.render(document, style="gost", **options).notes[0]


@pytest.mark.parametrize(("item", "expected"), [
    (with_words(CARLEY, volume="Vol.", issue="No."),
     "Carley M. J. Soviet Eye on France // Europe-Asia Studies. 2000. Vol. 52, No. 7. "
     "P. 1275–1305."),
    (with_words(GIRAULT, volume="T.", issue="fasc."),
     "Girault R. Les relations // Revue des études Slaves. 1977. T. 50, fasc. 3."),
    (with_words(MUELLER, volume="Jg.", issue="H."),
     "Müller K. Die Frage // Zeitschrift für Geschichtswissenschaft. 1990. Jg. 38, H. 2."),
])
def test_gost_prints_the_designation_the_source_printed(item, expected):
    """GOST 7.1-2003, 4.8.3: data as the source gives them."""
    assert gost_note(item) == expected


@pytest.mark.parametrize(("item", "numbering"), [
    (CARLEY, "Vol. 52, Issue 7"), (GIRAULT, "T. 50, № 3"), (MUELLER, "Bd. 38, H. 2")])
def test_without_a_printed_word_the_style_term_of_the_language_stays(item, numbering):
    """No word in the data: the style's term for the item's language, as before (the
    standard's own list, GOST 7.11-2004, was not found to check it against)."""
    assert f". {numbering}." in gost_note(item)


def test_a_designation_that_opens_an_element_takes_a_capital():
    """After a period an element starts with a capital ("Revue. 1977. Fasc. 3"; GOST
    7.1-2003's examples); after the comma the word stays as printed."""
    issue_alone = with_words(Item("g", "article-journal", {
        key: value for key, value in GIRAULT.fields.items() if key != "volume"}), issue="fasc.")
    assert gost_note(issue_alone).endswith("1977. Fasc. 3.")
    lower = with_words(GIRAULT, volume="t.", issue="fasc.")
    assert gost_note(lower).endswith("1977. T. 50, fasc. 3.")
    assert gost_note(lower, volume_issue="period").endswith("1977. T. 50. Fasc. 3.")


def test_a_value_that_already_holds_its_word_is_not_designated_twice():
    item = with_words(Item("v", "article-journal", {**GIRAULT.fields, "volume": "T. 50"}),
                      volume="T.")
    assert gost_note(item).endswith("1977. T. 50, № 3.")


def test_an_unreadable_custom_object_is_kept_and_ignored():
    item = Item("x", "article-journal", {**GIRAULT.fields, "custom": "not an object"})
    assert designations(item.fields) == {}
    assert gost_note(item).endswith("1977. T. 50, № 3.")
    fields = dict(item.fields)
    set_designation(fields, "issue", "fasc.")
    assert fields["custom"] == "not an object"


# --- it survives CSL-JSON exactly, and BibLaTeX through its carrier ----------------------

WORDS = st.sampled_from(["Vol.", "No.", "Iss.", "fasc.", "Jg.", "Bd.", "H.", "Heft", "Nr.",
                         "n.", "n°", "t.", "vol.", "Т.", "Вып.", "№", "т.", "вып."])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(["volume", "issue"]), WORDS, min_size=1),
       st.dictionaries(st.sampled_from(["short_id", "checked"]), st.text(max_size=5)))
def test_designations_round_trip_csl_json_exactly(words, other):
    obj = {"id": "a", "type": "article-journal", "volume": "3", "issue": "4",
           "custom": {**other, "designations": words}}
    (item,) = csljson.read(json.dumps([obj]))
    assert designations(item.fields) == words
    assert json.loads(csljson.write([item])) == [obj]


@pytest.mark.parametrize("format_name", ["biblatex", "bibtex"])
def test_designations_come_back_from_bib_files_through_the_carrier(format_name):
    """BibLaTeX has no field for the word before a number: it travels in the carrier
    (`verba`, docs/bibtex-mapping.md) and comes back exactly."""
    item = with_words(CARLEY, volume="Vol.", issue="No.")
    text = biblio.write([item], format_name)
    assert '"designations": {"volume": "Vol.", "issue": "No."}' in text
    (back,) = biblio.read(text, format_name)
    assert back == item
