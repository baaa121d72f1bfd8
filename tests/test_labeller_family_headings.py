"""A family name alone heading a note, a comma, then the title, which the model reads as
the title's first word (`labeller/family_headings.py`). The labellings are written out,
as the model gives them to such notes, so that the rule is tested apart from any model."""

from __future__ import annotations

import pytest

from biblio.parse.labeller.decode import to_reference

from labelled_spans import labelled_spans


@pytest.mark.parametrize(("text", "title", "family"), [
    ("Gallicciolli, Delle memorie venete antiche, I, Venezia 1795, 177-178.",
     "Delle memorie venete antiche", "Gallicciolli"),
    ("Tassini, Curiosità veneziane, Venezia 1887, p. 45.", "Curiosità veneziane", "Tassini"),
    ("MOLMENTI, La storia di Venezia nella vita privata, II, p. 12.",
     "La storia di Venezia nella vita privata", "MOLMENTI"),
])
def test_a_rare_word_heading_the_title_is_its_authors_family(text, title, family):
    printed = f"{text.split(',')[0]}, {title}"
    reference = to_reference(labelled_spans(text, ("title", printed)))
    assert reference.fields["title"] == title
    assert [name.family for name in reference.fields["author"]] == [family]


@pytest.mark.parametrize(("text", "title"), [
    # a common noun opens the title
    ("Cronaca, Annali veneti, p. 12.", "Cronaca, Annali veneti"),
    # a city the tables know
    ("Venezia, Gli ebrei e l'Europa, Milano 1990.", "Venezia, Gli ebrei e l'Europa"),
    # a part's abbreviation after the word: the title's own numbering
    ("Istorie, P. II, pag. 536.", "Istorie, P. II"),
    # an archive's acronym
    ("ASV, Senato Mar, reg. 12.", "ASV, Senato Mar"),
])
def test_a_common_word_a_city_or_an_acronym_stays_the_titles(text, title):
    reference = to_reference(labelled_spans(text, ("title", title)))
    assert reference.fields["title"] == title
    assert "author" not in reference.fields
