"""A title the labeller left as no field, in the title's place (after the names, before
the first value), is the work's title (`labeller/unlabelled_titles.py`). The labellings
are written out here, as the model gives them to such notes (every word "other" but
the values), so that the rule is tested apart from any one model."""

from __future__ import annotations

import pytest

from biblio.parse.labeller.decode import to_reference

from labelled_spans import labelled_spans


@pytest.mark.parametrize(("text", "spans", "title"), [
    # a short title and its page, nothing else
    ("Annali, p. 45.", [("locator", "45")], "Annali"),
    ("Diario veneziano, pag. 212;", [("locator", "pag. 212")], "Diario veneziano"),
    # after its author, before its volume and page
    ("B. Croce, Storia d'Italia, II, p. 12.",
     [("author", "B. Croce"), ("volume", "II"), ("locator", "12")], "Storia d'Italia"),
    # a journal cited whole, in guillemets, by its volume, year and pages
    ("«Archivio storico lombardo», LXX (1943), pp. 12-30.",
     [("volume", "LXX"), ("date", "1943"), ("page", "12-30")], "Archivio storico lombardo"),
    # a one-word title closed by its period
    ("Andrade, Mário de. Macunaíma. New York: Random House, 1984.",
     [("author", "Andrade, Mário de"), ("publisher-place", "New York"),
      ("publisher", "Random House"), ("date", "1984")], "Macunaíma"),
    # a book's title before its imprint
    ("Les rues de Lyon, Paris, Hachette, 1910.",
     [("publisher-place", "Paris"), ("publisher", "Hachette"), ("date", "1910")],
     "Les rues de Lyon"),
])
def test_words_in_the_titles_place_left_unlabelled_are_the_title(
        text: str, spans: list[tuple[str, str]], title: str) -> None:
    reference = to_reference(labelled_spans(text, *spans))
    assert reference.fields["title"] == title
    assert not reference.leftover


def test_a_documents_number_closes_the_titles_place_and_is_kept() -> None:
    text = "G. Rossi, Appendice III, doc. 45, p. 120."
    reference = to_reference(labelled_spans(text, ("author", "G. Rossi"), ("locator", "p. 120")))
    assert reference.fields["title"] == "Appendice III"
    assert [lost.text for lost in reference.leftover] == ["doc. 45"]


def test_a_short_forms_cit_is_not_the_titles() -> None:
    text = "Lane, Navires, cit., p. 33."
    reference = to_reference(labelled_spans(text, ("author", "Lane"), ("locator", "p. 33")))
    assert reference.fields["title"] == "Navires"


@pytest.mark.parametrize(("text", "spans"), [
    # repeats name no title of their own
    ("Ibid., p. 380.", [("locator", "380")]),
    ("Ivi, pag. 12.", [("locator", "pag. 12")]),
    ("Id., p. 5.", [("locator", "5")]),
    ("Op. cit., p. 25.", [("locator", "25")]),
    ("o. c., doc. 12, p. 40.", [("locator", "p. 40")]),
    # no mark parts the words from the value: not the title's place
    ("Processo 1500, t. 11", [("date", "1500"), ("volume", "11")]),
    # numbering, a document's date, a place, an abbreviation, role words: no title
    ("parte III, pp. 12-40.", [("page", "12-40")]),
    ("xiv, 1871", [("date", "1871")]),
    ("Cons. magg. 4 marzo 1602, Ord., 70, c. 12v.", [("locator", "c. 12v")]),
    ("Roma, Laterza 1990.", [("publisher", "Laterza"), ("date", "1990")]),
    ("Suppl. I, 100-120.", [("page", "100-120")]),
    # an address's words, the preprint server: no title
    ("( URL: www.example.org)", [("url", "www.example.org")]),
    ("K. Sato, arXiv:1602.01234 (2016).", [("author", "K. Sato"), ("date", "2016")]),
    # words after an initial: a name or an abbreviation the model left unread
    ("Müller Geschichte d. Stadt 4,112. 115.", [("author", "Müller Geschichte"),
                                                ("locator", "115")]),
    # a Cyrillic reference is the grammar's to read
    ("«Полное собрание законов», т. 5, с. 12.", [("volume", "5"), ("locator", "12")]),
    ("Rossi, Mario, et al., eds., Padova: Cleup, 2001.",
     [("author", "Rossi, Mario"), ("publisher-place", "Padova"), ("publisher", "Cleup")]),
])
def test_no_title_where_the_words_are_a_repeat_or_run_into_a_value(
        text: str, spans: list[tuple[str, str]]) -> None:
    reference = to_reference(labelled_spans(text, *spans))
    assert "title" not in reference.fields


def test_words_between_values_are_leftover_not_title() -> None:
    text = "B. Croce, 1917, prima edizione, p. 12."
    reference = to_reference(labelled_spans(text, ("author", "B. Croce"), ("date", "1917"),
                                       ("locator", "12")))
    assert "title" not in reference.fields
    assert [lost.text for lost in reference.leftover] == ["prima edizione"]


def test_a_labelled_title_is_kept() -> None:
    text = "Annali, Venezia, p. 45."
    reference = to_reference(labelled_spans(text, ("title", "Annali"),
                                       ("publisher-place", "Venezia"), ("locator", "45")))
    assert reference.fields["title"] == "Annali"
