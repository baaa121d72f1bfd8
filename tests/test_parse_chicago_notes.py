"""Chicago 17 notes read back into works: the forms of the Chicago Manual of Style,
17th edition (CMOS), with the expected fields written by hand from each note.

The grammar is biblio.parse.comma_style (full notes) and biblio.parse.short_forms
(shortened notes), resolved across notes by biblio.parse.repeats.
"""

from __future__ import annotations

import pytest

import biblio
from biblio.model import OTHERS, Document, Name


def parsed(*notes: str) -> Document:
    return biblio.parse_footnotes(list(notes))


def only_item(document: Document, note: int = 0) -> dict:
    cites = document.notes[note].cites
    assert len(cites) == 1, document.notes[note]
    return document.items[cites[0].item].fields


def families(names) -> list[str]:
    return [name.family for name in names]


def test_three_authors_joined_with_a_serial_comma_are_all_authors():
    """CMOS 14.76: up to three authors, "A, B, and C", all named in a note."""
    fields = only_item(parsed("Dana Barnes, Ann Smith, and Jim Jones, Teaching History "
                              "(Chicago: University of Chicago Press, 2010), 45."))
    assert families(fields["author"]) == ["Barnes", "Smith", "Jones"]
    assert fields["title"] == "Teaching History"
    assert fields["publisher-place"] == "Chicago"
    assert fields["publisher"] == "University of Chicago Press"
    assert fields["issued"].year == 2010


def test_a_chapter_names_its_book_after_in_and_the_books_editors_after_ed():
    """CMOS 14.107: “Chapter,” in Book, ed. Editors (Place: Publisher, Year), page."""
    document = parsed("John D. Kelly, “Seeing Red: Mao Fetishism and the Moral Economy "
                      "of War,” in Anthropology and Global Counterinsurgency, ed. John D. "
                      "Kelly et al. (Chicago: University of Chicago Press, 2010), 77.")
    item = document.items[document.notes[0].cites[0].item]
    assert item.type == "chapter"
    assert families(item.fields["author"]) == ["Kelly"]
    assert item.fields["title"] == "Seeing Red: Mao Fetishism and the Moral Economy of War"
    assert item.fields["container-title"] == "Anthropology and Global Counterinsurgency"
    assert families(item.fields["editor"][:-1]) == ["Kelly"]  # "et al." is not a name:
    assert item.fields["editor"][-1] == Name(literal=OTHERS)  # the mark of the others
    assert document.notes[0].cites[0].locator == "77"


def test_an_article_without_author_opens_with_its_title():
    """CMOS 14.79: a work with no author is cited by its title."""
    document = parsed("“Notes on Sources,” Slavic Review 64, no. 2 (2005): 210.")
    item = document.items[document.notes[0].cites[0].item]
    assert item.type == "article-journal"
    assert "author" not in item.fields
    assert item.fields["title"] == "Notes on Sources"
    assert item.fields["container-title"] == "Slavic Review"
    assert (item.fields["volume"], item.fields["issue"]) == ("64", "2")
    assert item.fields["issued"].year == 2005


def test_an_article_may_print_its_issue_without_a_volume():
    """CMOS 14.171: a journal numbered by issue alone, "no. 3" after its name."""
    fields = only_item(parsed("A. Brown, “Gorbachev and the End,” Europe-Asia Studies, "
                              "no. 3 (2001): 12."))
    assert fields["container-title"] == "Europe-Asia Studies"
    assert fields["issue"] == "3"
    assert "volume" not in fields


def test_a_book_without_author_keeps_its_volume_and_imprint():
    """CMOS 14.79 and 14.116: title, "vol. 3", imprint, page."""
    document = parsed("Documents on British Foreign Policy, vol. 3 (London: HMSO, 1950), 45.")
    fields = only_item(document)
    assert "author" not in fields
    assert fields["title"] == "Documents on British Foreign Policy"
    assert fields["volume"] == "3"
    assert (fields["publisher-place"], fields["publisher"]) == ("London", "HMSO")
    assert document.notes[0].cites[0].locator == "45"


def test_a_title_holding_a_year_range_keeps_it_before_the_volume():
    """CMOS 14.116: the volume follows the whole title, dates in it included."""
    fields = only_item(parsed("E. H. Carr, A History of Soviet Russia, 1917–1923, vol. 3 "
                              "(London: Macmillan, 1953), 45."))
    assert fields["title"] == "A History of Soviet Russia, 1917–1923"
    assert fields["volume"] == "3"
    assert fields["issued"].year == 1953


def test_an_editor_heading_a_book_is_its_editor():
    """CMOS 14.103: "Name, ed., Title" for a book with an editor and no author."""
    fields = only_item(parsed("Zara Steiner, ed., The Foreign Ministries of the World "
                              "(London: Times Books, 1982), 12."))
    assert families(fields["editor"]) == ["Steiner"]
    assert "author" not in fields


def test_a_date_in_parentheses_is_no_imprint_of_a_book_without_author():
    """"Steiner, W. H. "The Commercial Paper Business," Federal Reserve Bulletin
    (August-September, 1921)." names an author and an article: it is no book whose title
    runs to the parenthesis."""
    fields = only_item(parsed('Steiner, W. H. "The Commercial Paper Business," Federal '
                              'Reserve Bulletin (August-September, 1921).'))
    assert fields.get("publisher-place") != "August-September"
    assert fields.get("title") != ('Steiner, W. H. "The Commercial Paper Business," '
                                   'Federal Reserve Bulletin')


@pytest.mark.parametrize(
    ("full", "short", "page"),
    [
        # CMOS 14.31: the short title's key words, an initial article dropped
        ("Orlando Figes, A People’s Tragedy: The Russian Revolution (London: Pimlico, 1996), 3.",
         "Figes, People’s Tragedy, 12.", "12"),
        # 14.29: the family names as in the full note, the title in quotation marks
        ("Ann Smith, Jim Jones, and Dana Barnes, “The Grain Crisis,” Slavic Review 64, "
         "no. 2 (2005): 200.", "Smith, Jones, and Barnes, “Grain Crisis,” 205.", "205"),
        # 8.5: "de Gaulle", but "De Gaulle" at the start of a note
        ("Charles de Gaulle, Mémoires de guerre (Paris: Plon, 1954), 12.",
         "De Gaulle, Mémoires de guerre, 30.", "30"),
        # 14.32 and 14.23: the short title alone, then "3:60", page 60 of volume 3
        ("Documents on British Foreign Policy, vol. 3 (London: HMSO, 1950), 45.",
         "Documents on British Foreign Policy, 3:60.", "60"),
    ],
    ids=["key-words-inside", "three-authors-quoted", "capitalized-particle", "volume-page"],
)
def test_a_short_form_repeats_the_work_of_its_full_note(full: str, short: str,
                                                         page: str) -> None:
    document = parsed(full, short)
    [repeat] = document.notes[1].cites
    assert repeat.item == document.notes[0].cites[0].item
    assert repeat.locator == page


def test_a_short_title_that_repeats_nothing_is_read_as_a_reference_of_its_own():
    """A note "Annali, 3810-3813." with no earlier "Annali" is a reference, not
    commentary: the short-form reading was only tentative."""
    document = parsed("Annali, 3810-3813.")
    assert document.notes[0].cites
    assert not document.notes[0].leftover
