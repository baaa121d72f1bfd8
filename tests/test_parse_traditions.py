"""Repeats of every tradition and the structure of a note (issue 9).

Each footnote is written here from the manual that prescribes its form, and the
resolution expected was worked out by hand from that manual:
- Chicago 17, 14.29–14.36 (short forms: family name, short title, pages; "ibid.");
- The Bluebook, rules 4.1 ("Id.", "id. at 12") and 4.2 ("supra note 12, at 45");
- OSCOLA 1.4 ("Smith (n 12) 45") and older British usage ("op. cit., n. 18", "above,
  n. 12", "loc. cit.");
- German notes ("ebd.", "a. a. O.", "(oben N. 17)", "(vorige N.)") and author–year
  citation (DIN 1505-2: "Geiger 1964, S. 65");
- Italian notes ("cit.", "Rossi, Storia di Venezia, cit., p. 5").
"""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.model import Document

SMITH = ["Smith J. First Book. L., 2001. P. 5.", "Smith J. Second Book. L., 2003. P. 7."]
"""Two works of one author: a repeat must say which (smith2001, smith2003)."""


def cites(document: Document) -> list[tuple[str, str, str | None, str | None]]:
    return [(c.item, c.form, c.label, c.locator) for note in document.notes for c in note.cites]


def last_cite(notes: list[str]) -> tuple[str, str, str | None, str | None]:
    return cites(parse_footnotes(notes))[-1]


# --- ibid and its kin ------------------------------------------------------------------

def test_ibid_with_page_takes_the_previous_work() -> None:
    assert last_cite(["Haslam J. The Soviet Union. L., 1984. P. 6.", "Ibid., p. 36."]) == \
        ("haslam1984", "ibid", "page", "36")


def test_letter_spaced_ibid_is_ibid() -> None:
    assert last_cite(["Haslam J. The Soviet Union. L., 1984. P. 6.", "I b i d., p. 12."]) == \
        ("haslam1984", "ibid", "page", "12")


def test_ibid_at_a_page_is_the_page() -> None:
    assert last_cite(["Haslam J. The Soviet Union. L., 1984. P. 6.", "ibid. at 45."]) == \
        ("haslam1984", "ibid", "page", "45")


def test_bluebook_id_is_the_authority_cited_just_before() -> None:
    document = parse_footnotes(["Haslam J. The Soviet Union. L., 1984. P. 6.", "Id. at 12.",
                                "Id."])
    assert cites(document)[1:] == [("haslam1984", "ibid", "page", "12"),
                                   ("haslam1984", "ibid", None, None)]


def test_ebd_with_seite_is_ibid() -> None:
    assert last_cite(["Geiger T. Die soziale Schichtung. Stuttgart, 1932. S. 5.",
                      "Ebd., S. 5."]) == ("geiger1932", "ibid", "page", "5")


def test_id_after_a_family_name_is_that_authors_work_when_another_came_between() -> None:
    document = parse_footnotes(["Vogel U. Citizenship. L., 1991. P. 5.",
                                "Haslam J. The Soviet Union. L., 1984. P. 6.",
                                "Vogel, id., p. 79."])
    assert cites(document)[-1] == ("vogel1991", "short", "page", "79")


# --- op. cit. and the note it points back to -------------------------------------------

def test_op_cit_after_a_family_name_is_the_authors_work_cited_last() -> None:
    assert last_cite([*SMITH, "Smith, op. cit., p. 12."]) == ("smith2003", "short", "page", "12")


@pytest.mark.parametrize(("repeat", "label", "locator"), [
    ("Smith, op. cit., n. 1, p. 9.", "page", "9"),        # British usage
    ("Smith, supra note 1, at 45.", "page", "45"),        # Bluebook 4.2
    ("Smith, above, n. 1, p. 3.", "page", "3"),           # British usage
    ("Smith (n 1) 45.", "page", "45"),                     # OSCOLA 1.4
    ("Smith (oben N. 1) 157 ff.", "page", "157 ff"),       # German notes
], ids=["op-cit-n", "supra-note", "above-n", "oscola-n", "oben-n"])
def test_a_back_reference_to_a_note_is_the_authors_work_cited_there(
        repeat: str, label: str, locator: str) -> None:
    """Smith's work cited last is smith2003; the note named cites smith2001."""
    assert last_cite([*SMITH, repeat]) == ("smith2001", "short", label, locator)


def test_op_cit_with_a_year_and_a_note_number_is_the_work_of_that_year_there() -> None:
    document = parse_footnotes(["Smith J. First Book. L., 2001; Smith J. Second Book. L., 2003.",
                                "Smith, op. cit. (2003), n. 1."])
    assert cites(document)[-1] == ("smith2003", "short", None, None)


def test_german_vorige_n_is_the_authors_work_in_the_previous_note() -> None:
    document = parse_footnotes(["Smith J. First Book. L., 2001. P. 5.",
                                "Jones K. Other Book. L., 1999. P. 1; Smith J. Second Book. L., "
                                "2003. P. 7.", "Smith (vorige N.) a.a.O."])
    assert cites(document)[-1] == ("smith2003", "short", None, None)


def test_a_note_number_that_cites_no_work_of_the_author_falls_back_to_the_author() -> None:
    document = parse_footnotes([*SMITH, "Smith, op. cit., n. 7, p. 2."])
    assert cites(document)[-1] == ("smith2003", "short", "page", "2")
    assert any("note 7 cites no work" in problem.message for problem in document.problems)


def test_aao_with_spaces_after_a_family_name_is_op_cit() -> None:
    assert last_cite(["Geiger T. Die soziale Schichtung. Stuttgart, 1932. S. 5.",
                      "Haslam J. The Soviet Union. L., 1984. P. 6.",
                      "Geiger, a. a. O., S. 7."]) == ("geiger1932", "short", "page", "7")


def test_italian_cit_after_a_family_name_is_op_cit() -> None:
    assert last_cite(["Rossi A. Storia di Venezia. Venezia, 1950. P. 5.",
                      "Haslam J. The Soviet Union. L., 1984. P. 6.",
                      "Rossi, cit., p. 8."]) == ("rossi1950", "short", "page", "8")


def test_italian_short_title_before_cit_chooses_among_the_authors_works() -> None:
    assert last_cite(["Rossi A. Storia di Venezia. Venezia, 1950. P. 5.",
                      "Rossi A. Il Senato veneziano. Padova, 1960. P. 7.",
                      "Rossi, Storia di Venezia, cit., p. 5."]) == \
        ("rossi1950", "short", "page", "5")


def test_loc_cit_without_a_page_repeats_the_page_of_the_last_citation() -> None:
    document = parse_footnotes([*SMITH, "Smith, loc. cit."])
    assert cites(document)[-1] == ("smith2003", "short", "page", "7")


def test_legal_paragraph_locator_after_op_cit() -> None:
    assert last_cite([*SMITH, "Smith, op. cit., n. 2, para 9.3."]) == \
        ("smith2003", "short", "paragraph", "9.3")


# --- Chicago short forms and author–year -----------------------------------------------

def test_chicago_short_form_is_the_authors_work_whose_title_begins_so() -> None:
    document = parse_footnotes([
        "Medvedev R. Let History Judge: The Origins and Consequences of Stalinism. N.Y., 1989. "
        "P. 45.",
        "Medvedev R. On Stalin and Stalinism. Oxford, 1979. P. 3.",
        "Medvedev, Let History Judge, 263–72."])
    assert cites(document)[-1] == ("medvedev1989", "short", "page", "263–72")
    assert document.problems == []


def test_chicago_short_form_before_its_full_reference_is_resolved_forward() -> None:
    document = parse_footnotes(["Medvedev, Let History Judge, 263–72.",
                                "Medvedev R. Let History Judge. N.Y., 1989. P. 45."])
    assert cites(document) == [("medvedev1989", "short", "page", "263–72"),
                               ("medvedev1989", "full", "page", "45")]


def test_a_chicago_short_form_that_matches_no_work_is_read_as_a_reference_and_reported() -> None:
    """No full reference of Medvedev's in the document: the note is still a reference
    (author, title, pages), read as one, and the missing full form is reported."""
    document = parse_footnotes(["Medvedev, Let History Judge, 263–72."])
    [cite] = document.notes[0].cites
    item = document.items[cite.item]
    assert (item.get("title"), cite.locator) == ("Let History Judge", "263–72")
    assert [name.family for name in item.get("author")] == ["Medvedev"]
    assert "Let History Judge" in document.problems[0].message


def test_author_year_is_the_work_of_that_author_and_year() -> None:
    document = parse_footnotes([*SMITH, "Smith 2001, p. 4.", "(Smith 2003: 45)",
                                "Smith (2001), p. 3."])
    assert cites(document)[2:] == [("smith2001", "short", "page", "4"),
                                   ("smith2003", "short", "page", "45"),
                                   ("smith2001", "short", "page", "3")]


def test_german_author_year_with_seite_and_authors_joined_by_slashes() -> None:
    document = parse_footnotes([
        "Blankenburg E., Schönholz S., Rogowski R. Zur Soziologie des Arbeitsgerichtsverfahrens. "
        "Neuwied, 1979. S. 1.", "Blankenburg/Schönholz/Rogowski 1979, S. 78 ff."])
    assert cites(document)[-1] == ("blankenburg1979", "short", "page", "78 ff")


def test_german_repeat_by_the_authors_and_the_page_alone_takes_their_work() -> None:
    # Zeitschrift für Rechtssoziologie 1980 prints "Rokkan/Verba/Viet/Almasy 117 ff.;" and
    # "Vallier 423 ff.;" after the works were named in full
    document = parse_footnotes([
        "Rokkan/Verba/Viet/Almasy, Comparative Survey Analysis (Den Haag 1969)",
        "Vallier (Hrsg.), Comparative Methods in Sociology (Berkeley 1971)",
        "Rokkan/Verba/Viet/Almasy 117 ff.;", "Vallier 423 ff.", "Zweigert/Kötz 157"])
    assert cites(document)[2:4] == [("rokkan1969", "short", "page", "117 ff"),
                                    ("vallier1971", "short", "page", "423 ff")]
    assert document.items[cites(document)[4][0]].fields["author"][1].family == "Kötz"
    assert len(document.problems) == 1  # Zweigert/Kötz: no full reference, said so


@pytest.mark.parametrize("note, families, volume, page", [
    ("Zweigert/Kötz I 12 ff", ["Zweigert", "Kötz"], "I", "12 ff"),  # ZfRSoz 1980
    ("Zweigert/Kötz I 70.", ["Zweigert", "Kötz"], "I", "70"),
    ("Roberti III 101-130.", ["Roberti"], "III", "101-130"),  # Venetian history, LinkedBooks
])
def test_a_roman_volume_between_the_authors_and_the_page_is_the_volume(
        note: str, families: list[str], volume: str, page: str) -> None:
    document = parse_footnotes([note])
    (item_id, _, label, locator), = cites(document)
    fields = document.items[item_id].fields
    assert [name.family for name in fields["author"]] == families
    assert (fields["volume"], label, locator) == (volume, "page", page)


def test_a_repeat_with_its_roman_volume_takes_the_work_named_in_full() -> None:
    document = parse_footnotes([
        "Zweigert/Kötz, Einführung in die Rechtsvergleichung auf dem Gebiete des "
        "Privatrechts, Bd. I (Tübingen 1971) 45.", "Zweigert/Kötz I 12 ff"])
    assert cites(document) == [("zweigert1971", "full", "page", "45"),
                               ("zweigert1971", "short", "page", "12 ff")]
    assert document.problems == []


def test_authors_and_a_year_or_a_locator_word_are_no_repeat_by_page() -> None:
    assert cites(parse_footnotes(["Geiger 1964"]))[0][2:] == (None, None)
    assert all(c[2] != "page" or c[3] != "5" for c in cites(parse_footnotes(["Chapter 5"])))


def test_author_year_with_no_full_reference_keeps_the_authors_and_year_and_says_so() -> None:
    document = parse_footnotes(["Geiger 1964, S. 65.", "Luhmann 1969."])
    assert cites(document) == [("geiger1964", "short", "page", "65"),
                               ("luhmann1969", "short", None, None)]
    assert [item.year for item in document.items.values()] == [1964, 1969]
    assert len(document.problems) == 2


# --- the structure of a note ------------------------------------------------------------

def test_prose_then_a_lead_in_sentence_is_commentary_and_a_reference_with_its_prefix() -> None:
    document = parse_footnotes([
        "Staves postulates that the position was more complicated. See Staves S. Married "
        "Women’s Separate Property. Cambridge, 1990. P. 4."])
    note = document.notes[0]
    assert cites(document) == [("staves1990", "full", "page", "4")]
    assert note.cites[0].prefix == "See"
    assert note.comment == "Staves postulates that the position was more complicated."
    assert document.problems == []


def test_a_reference_in_parentheses_inside_a_sentence() -> None:
    document = parse_footnotes([
        "As Carr argues (E. H. Carr, The Bolshevik Revolution (London, 1953), 45), the party "
        "was divided."])
    assert cites(document) == [("carr1953", "full", "page", "45")]
    assert document.notes[0].comment == "As Carr argues, the party was divided."


@pytest.mark.parametrize(("note", "expected", "second_prefix"), [
    ("Шубин А.В. Мир на краю бездны. М., 2004. С. 5. См. также: Кен О.Н. Коллективная "
     "безопасность. СПб., 1996. С. 7.",
     [("shubin2004", "full", "page", "5"), ("ken1996", "full", "page", "7")], "См. также:"),
    ("E. H. Carr, The Bolshevik Revolution (London, 1953), 45, and J. Doe, Other Book "
     "(London, 1990), 12.",
     [("carr1953", "full", "page", "45"), ("doe1990", "full", "page", "12")], None),
], ids=["see-also-after-a-period", "and-before-a-name-given-first"])
def test_a_second_work_in_a_note_is_never_merged_into_the_first(
        note: str, expected: list[tuple[str, str, str, str]], second_prefix: str | None) -> None:
    document = parse_footnotes([note])
    assert cites(document) == expected
    assert document.notes[0].cites[1].prefix == second_prefix


def test_and_between_two_authors_of_one_work_does_not_split_it() -> None:
    document = parse_footnotes(["J. Arch Getty and Oleg V. Naumov, The Road to Terror "
                                "(New Haven, 1999), 45."])
    assert len(document.notes[0].cites) == 1


def test_german_notes_part_their_references_with_a_period_and_a_dash() -> None:
    document = parse_footnotes([
        "Geiger T. Die soziale Schichtung. Stuttgart, 1932. S. 5.",
        "Dazu Geiger (oben N. 1) 12 ff. — Kritisch Geiger, a.a.O., S. 20."])
    assert cites(document)[1:] == [("geiger1932", "short", "page", "12 ff"),
                                   ("geiger1932", "short", "page", "20")]
    assert [cite.prefix for cite in document.notes[1].cites] == ["Dazu", "Kritisch"]
