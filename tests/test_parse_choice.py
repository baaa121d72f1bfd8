"""The choice between the GOST grammar's and the labeller's reading of one reference
(biblio.parse.choice). Which reader is better on each set is measured in
benchmarks/score_external.py; here, the rules that send a reference to one of them."""

from __future__ import annotations

import pytest

import biblio

from biblio.model import Name
from biblio.parse.choice import GOST_FORM, SHELFMARK, bare_family_more, read_reference
from biblio.parse.reference import Reference


@pytest.mark.parametrize("text", [
    "Dullin S. Des hommes d’influences. P.: Payot, 2001. P. 118.",
    "Haslam J. The Soviet Union and the Threat from the East. L., 1992.",
    "Kennan G. Russia Leaves the War. N.Y.: Norton, 1956.",
])
def test_a_place_gost_7_11_abbreviates_is_gosts_own_punctuation(text):
    assert GOST_FORM.search(text)


@pytest.mark.parametrize("text, locator", [
    # one note of a translated history of Soviet schooling (history.wikireading 339223)
    ("Holmes L. E. The Kremlin and the Schoolhouse. P. 131-133;", "131-133"),
    ("Fitzpatrick S. Education and Social Mobility in the Soviet Union. P. 160-163;",
     "160-163"),
    ("Johnson M. S. Russian Educators, the Stalinist Party-State, and the Politics of "
     "Soviet Education. P. 87, 225.", "87, 225"),
    # a note of a book on Russian Islam (libcat 475876)
    ("Togan A. Z.V. Ibn Fa ḏlān’s Reisebericht. S. 53–54;", "53–54"),
])
def test_a_gost_pinpoint_before_the_notes_next_reference_is_the_cites_locator(text, locator):
    """GOST R 7.0.5-2008 parts the references of one note by ";"; the pinpoint
    before it, or a list of pages, is GOST's area still, not an article's pages."""
    assert GOST_FORM.search(text)
    reference = read_reference(text)
    assert reference.locator == locator
    assert "page" not in reference.fields


def test_initials_before_a_comma_are_no_abbreviated_place():
    assert not GOST_FORM.search(
        "Rich E. E., The Cambridge Economic History of Europe, vol. III, Cambridge, 1971.")


def test_place_and_year_after_a_gost_heading_stay_with_the_grammar():
    reference = read_reference("Dullin S. Des hommes d’influences. Paris, 2001.")
    assert reference.confidence == 1.0
    assert reference.fields["publisher-place"] == "Paris"


def test_a_publisher_and_year_with_no_gost_heading_are_not_a_place():
    reference = read_reference("Diamond, Stephen A. Anger, madness, and the daimonic: "
                               "The psychological genesis of violence. SUNY Press, 1996.")
    assert reference.fields.get("publisher-place") != "SUNY Press"


def test_id_before_a_work_is_the_same_authors_other_work():
    document = biblio.parse_footnotes([
        "G. Rossi, Il bosco, Roma 1990.",
        "Id., Le campagne veronesi, in Uomini e civiltà agraria, a cura di G. Borelli, "
        "Verona, 1982, pp. 185-262;",
    ])
    first, second = (document.items[note.cites[0].item] for note in document.notes)
    assert first is not second
    assert [name.family for name in second.fields["author"]] == ["Rossi"]
    assert second.fields["title"] == "Le campagne veronesi"


@pytest.mark.parametrize("note, title", [
    # Italian notes' comma style (LinkedBooks): the marker written out, then a comma
    ("Idem, La presunta concessione, pp. 133-155", "La presunta concessione"),
    ("Eadem, Liturgia e cerimoniale, Roma, Viella, 2004, p. 539.", "Liturgia e cerimoniale"),
    ("Idem, Venezia e Bisanzio nel secolo XI, in «La Venezia del mille», Firenze 1965, "
     "pagg. 117-160.", "Venezia e Bisanzio nel secolo XI"),
])
def test_idem_and_a_comma_before_a_work_is_the_same_authors_other_work(note, title):
    document = biblio.parse_footnotes(["G. Rossi, Il bosco, Roma, Laterza, 1990.", note])
    first, second = (document.items[note.cites[0].item] for note in document.notes)
    assert first is not second
    assert [name.family for name in second.fields["author"]] == ["Rossi"]
    assert second.fields["title"] == title


def test_gosts_idem_closed_by_a_period_stays_with_the_grammar():
    reference = read_reference("Он же. Другая книга. М., 2001.")
    assert reference.same_author and reference.fields["title"] == "Другая книга"


def test_id_before_a_pinpoint_stays_ibidem():
    document = biblio.parse_footnotes(["G. Rossi, Il bosco, Roma 1990.", "Id. at 5."])
    assert document.notes[1].cites[0].item == document.notes[0].cites[0].item
    assert document.notes[1].cites[0].locator == "5"


@pytest.mark.parametrize("text", ["busta 361", "B. 8, 9", "ms. 1411", "reg. 12", "Ф. 17",
                                  "fz. 326", "buste 16, 22", "filze 12-14"])
def test_an_archival_unit_and_its_number_is_a_shelfmark(text):
    assert SHELFMARK.search(text)


@pytest.mark.parametrize("text", ["Lettere commerciali", "Bibliotheca 12", "p. 12"])
def test_words_and_numbers_of_no_archival_unit_are_no_shelfmark(text):
    assert not SHELFMARK.search(text)


def test_a_shelfmark_alone_is_read_as_an_archival_reference():
    reference = read_reference("Deputati all’Agricoltura, Miscellanea Gregolin, busta 16.")
    assert "busta 16" in reference.fields.get("archive_location", "")


def test_a_filza_abbreviated_makes_a_title_an_archival_reference():
    """"fz." (filza), as Venetian notes abbreviate it: no title holds the unit."""
    reference = read_reference("Senato mar, fz. 284, decr. Senato, 14 mag. 1633.")
    assert "title" not in reference.fields
    assert "fz. 284" in reference.fields.get("archive_location", "")


def test_a_role_in_brackets_in_a_title_is_names_the_grammar_swallowed():
    """LinkedBooks: "(a cura di)" after a second name the comma form took for the title."""
    reference = read_reference("Anna Laura Bellina, Michele Girardi (a cura di), La Fenice "
                               "1792-1996: il teatro, la musica, il pubblico, l’impresa, "
                               "Marsilio, Venezia 2003.")
    assert "Girardi" not in reference.fields.get("title", "")


def test_a_title_and_its_pinpoint_are_read_as_a_short_form():
    reference = read_reference("Rep., c. 235r.")
    # the carta's term is the label (labeller.cited): "c. 235r" is folio 235r
    assert (reference.fields.get("title"), reference.label, reference.locator) == \
        ("Rep", "folio", "235r")


def test_a_title_of_repeated_names_and_a_year_range_is_no_author_and_pages():
    """The GOST round-trip property's finds: a generated title of name-like words with a
    range of years in it, then the place and year."""
    for text, title in (("Krieg Krieg Geschichte, 1700—1701. München, 1700.",
                         "Krieg Krieg Geschichte, 1700—1701"),
                        ("Beziehungen: Geschichte Geschichte, 1700—1701. München, 1700.",
                         "Beziehungen: Geschichte Geschichte, 1700—1701")):
        reference = read_reference(text)
        assert "author" not in reference.fields and "page" not in reference.fields
        assert reference.fields["title"] == title
        assert reference.fields["publisher-place"] == "München"


def test_a_title_holding_an_archival_unit_and_its_number_is_no_whole_title():
    """"reg. 67, c. 1, 5 ott. 1771": the grammar's title is a file's levels, the labeller
    reads them as the shelfmark."""
    reference = read_reference("reg. 67, c. 1, 5 ott. 1771.")
    assert "title" not in reference.fields
    assert reference.fields["archive_location"].startswith("reg. 67")


def test_a_heading_of_family_and_given_name_is_no_part_of_the_grammars_title():
    reference = read_reference("Vigezzi, Silvio. La scultura in Milano. Milan, 1934")
    assert [name.family for name in reference.fields["author"]] == ["Vigezzi"]
    assert reference.fields["title"] == "La scultura in Milano"


def test_names_opening_the_grammars_title_are_no_part_of_it():
    reference = read_reference("BEARD M., NORTH J. et PRICE S., Religions de Rome, Paris, 2006.")
    assert [name.family for name in reference.fields["author"]] == ["BEARD", "NORTH", "PRICE"]
    assert reference.fields["title"] == "Religions de Rome"


@pytest.mark.parametrize("text, family, grammar_keeps", [
    ("Beziehungen: Geschichte Geschichte, 1700—1701. München, 1700.", "Beziehungen", True),
    ("Ravenna: storia di una capitale. Milano, 1993.", "Ravenna", True),
    ("Beltrami. Il castello di Milano sotto il dominio degli Sforma. Milano 1885.",
     "Beltrami", False),
    ("Merryman, Comparative Law and Scientific Explanation, Brüssel 1974.", "Merryman", False),
])
def test_a_lone_word_before_a_colon_is_no_author_the_grammar_missed(text, family,
                                                                     grammar_keeps):
    grammar = Reference(text=text, kind="work", fields={"title": "…", "issued": "…"})
    learned = Reference(text=text, kind="work",
                        fields={"author": [Name(family=family)], "title": "…", "issued": "…"})
    assert bare_family_more(learned, grammar) == grammar_keeps


def test_an_article_s_single_page_is_the_page_cited():
    """The labeller reads "s. 5" after an article's issue as its page: the grammar's page
    cited, no more than the grammar reads (choice._page_cited_as_extent)."""
    reference = read_reference("W. Materski, Polska a ZSRR, „Dzieje Najnowsze” 1990, nr 1, s. 5.")
    assert (reference.fields.get("container-title"), reference.locator) == \
        ("Dzieje Najnowsze", "5")
    assert "page" not in reference.fields


def test_a_book_s_pages_stay_as_the_labeller_reads_them():
    # LinkedBooks' note: the range after a book's imprint
    reference = read_reference("R. Cessi, Storia della Repubblica di Venezia, Milano 1968, "
                               "pp. 380-383;")
    assert reference.fields["page"] == "380-383"
