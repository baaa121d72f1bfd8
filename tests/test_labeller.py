"""The learned labeller's parts: tokens, training labels from gold, name lists,
decoding labels into fields. The model's accuracy is measured in
benchmarks/score_external.py, not here."""

from __future__ import annotations

import pytest

import biblio
from biblio.model import OTHERS, Name
from biblio.parse.labeller.align import align
from biblio.parse.labeller.decode import runs, to_reference
from biblio.parse.labeller.features import token_features
from biblio.parse.labeller.model import Labelled
from biblio.parse.labeller.names import split_names
from biblio.parse.labeller.tokens import tokenize

from labelled_spans import labelled_spans as _labelled_spans


def test_tokens_are_words_and_single_marks_with_offsets():
    tokens = tokenize("O’Brien, J. (2011). pp. 45–67")
    assert [t.text for t in tokens] == ["O’Brien", ",", "J", ".", "(", "2011", ")", ".",
                                        "pp", ".", "45", "–", "67"]
    assert tokens[5].start == 13 and tokens[5].end == 17


def test_alignment_labels_values_and_leaves_markers_other():
    text = "Romero, C., & Dweck, C. (2011). Brainology. Child Development, 12(3), pp. 45–67."
    item = {"author": [{"family": "Romero", "given": "C."}, {"family": "Dweck", "given": "C."}],
            "issued": {"date-parts": [[2011]]}, "title": "Brainology",
            "container-title": "Child Development", "volume": "12", "issue": "3",
            "page": "45-67"}
    alignment = align(text, item)
    labelled = dict(zip((t.text for t in alignment.tokens), alignment.labels))
    assert alignment.missed == []
    assert labelled["Romero"] == labelled["&"] == labelled["Dweck"] == "author"
    assert labelled["2011"] == "date"
    assert labelled["Brainology"] == "title"
    assert labelled["Child"] == labelled["Development"] == "container-title"
    assert labelled["12"] == "volume" and labelled["3"] == "issue"
    assert labelled["pp"] == "other" and labelled["45"] == labelled["67"] == "page"
    assert labelled["("] == "other"


def test_alignment_reports_a_value_missing_from_the_text():
    alignment = align("Smith J. A Book. London, 1990.", {"title": "Another Book"})
    assert alignment.missed == ["title"]


def test_alignment_finds_the_year_of_a_literal_date():
    alignment = align("Senato, Deliberazioni, 6 luglio 1188.", {
        "archive_location": "Senato, Deliberazioni", "issued": {"literal": "6 luglio 1188"}})
    labelled = dict(zip((t.text for t in alignment.tokens), alignment.labels))
    assert alignment.missed == []
    assert labelled["1188"] == "date" and labelled["luglio"] == "other"


def features_of(text: str, word: str) -> set[str]:
    tokens = tokenize(text)
    index = next(i for i, t in enumerate(tokens) if t.text == word)
    return set(token_features(tokens, text)[index])


def test_words_after_a_container_opener_are_marked_as_the_host():
    text = "Nilgen U., Evangelisten, in Lexicon der Ikonographie, Roma 1968."
    assert "host=n" in features_of(text, "Evangelisten")
    assert "host=y" in features_of(text, "Lexicon")
    assert "host=y" in features_of("Иванов И. Статья // Вестник. 2001.", "Вестник")


def test_in_inside_a_title_opens_no_host():
    assert "host=n" in features_of("Smith J. Life in Venice. London, 1990.", "Venice")


def test_a_token_knows_the_commas_and_full_stops_before_it_and_its_marks():
    found = features_of("Smith J., The Book. Rome: Laterza, 1990.", "Laterza")
    assert {"commas=1", "stops=1", "prevp=:", "nextp=,"} <= found
    first = features_of("Smith J., The Book. Rome: Laterza, 1990.", "Smith")
    assert {"commas=0", "stops=0", "prevp=^", "nextp=."} <= first


def test_a_token_knows_its_place_in_its_segment_and_against_the_year():
    text = "M. Rotili, Il Codice di Rossano, Cava dei Tirreni 1980, pp. 3-9."
    assert {"segi=0", "segn=4", "lyr=prev"} <= features_of(text, "Il")
    assert {"segi=2", "segn=4", "lyr=at"} <= features_of(text, "Tirreni")
    assert "lyr=after" in features_of(text, "pp")
    assert "lyr=before" in features_of(text, "Rotili")
    assert "lyr=none" in features_of("M. Rotili, Il Codice.", "Codice")


def test_a_token_knows_a_role_word_before_it_in_its_segment_and_a_closed_quote():
    text = "«Studi», a cura di G. Borelli, Verona"
    assert "segrole" in features_of(text, "Borelli")
    assert "segrole" not in features_of(text, "Verona")
    assert "quoted-before" in features_of(text, "Verona")
    assert "quoted-before" not in features_of(text, "Studi")


@pytest.mark.parametrize(("span", "expected"), [
    ("Romero, C., Paunesku, D., & Dweck, C.",
     [("Romero", "C."), ("Paunesku", "D."), ("Dweck", "C.")]),
    ("Joseph A. Schumpeter and Jane Doe", [("Schumpeter", "Joseph A."), ("Doe", "Jane")]),
    ("Said EA, Smith J", [("Said", "EA"), ("Smith", "J")]),
    ("Aikema B. - Meijers D.", [("Aikema", "B."), ("Meijers", "D.")]),
    ("Smith, John, and Jane Doe", [("Smith", "John"), ("Doe", "Jane")]),
    ("T. Brennan und C. Pateman (Hg.)", [("Brennan", "T."), ("Pateman", "C.")]),
    ("S. Amarasinghe and M. Lam.", [("Amarasinghe", "S."), ("Lam", "M.")]),
    ("Andrade, Mário de.", [("Andrade", "Mário")]),
    ("a c. di G. Benzoni e M. Pegrari", [("Benzoni", "G."), ("Pegrari", "M.")]),
    ("Edited by Regina Blaszczyk", [("Blaszczyk", "Regina")]),
    ("Ed Smith", [("Smith", "Ed")]),
    ("Rammensee H-G, Bachmann J, Bellocq J-P", [("Rammensee", "H-G"), ("Bachmann", "J"),
                                               ("Bellocq", "J-P")]),
    ("Hamosh A, Macek M Jr, Walden SM", [("Hamosh", "A"), ("Macek", "M"), ("Walden", "SM")]),
    ("SIERVO (M.), GREY (P.), NYAN (O.A.)", [("SIERVO", "M."), ("GREY", "P."), ("NYAN", "O.A.")]),
    ("Almasy/Balandier/Delatte", [("Almasy", None), ("Balandier", None), ("Delatte", None)]),
    ("Danzig, Richard /Lowy, Michael", [("Danzig", "Richard"), ("Lowy", "Michael")]),
    ("Blankenburg/Gorges/ Reifner", [("Blankenburg", None), ("Gorges", None),
                                     ("Reifner", None)]),
])
def test_name_lists_in_the_orders_of_the_styles(span, expected):
    names = split_names(span)
    assert [(n.family, n.given) for n in names] == expected


@pytest.mark.parametrize("span, expected", [
    # Italian editors after "a cura di" (LinkedBooks), a physics paper's authors (GROBID),
    # an inverted first name then natural ones (AnyStyle, Chicago author-date)
    ("Filiberto Agostini, Paolo Preto e Giovanni Silvano",
     [("Agostini", "Filiberto"), ("Preto", "Paolo"), ("Silvano", "Giovanni")]),
    ("Alberto Tenenti, Ugo Tucci", [("Tenenti", "Alberto"), ("Tucci", "Ugo")]),
    ("Luigi Amico, Rosario Fazio, Andreas Osterloh",
     [("Amico", "Luigi"), ("Fazio", "Rosario"), ("Osterloh", "Andreas")]),
    ("Droettboom, Michael, Ichiro Fujinaga, and Karl MacMillan",
     [("Droettboom", "Michael"), ("Fujinaga", "Ichiro"), ("MacMillan", "Karl")]),
    # Italian given names (`given_names.ITALIAN`): LinkedBooks' authors and editors
    ("Licisco Magagnato, Manlio Malabotta, Sandro Zanotto",
     [("Magagnato", "Licisco"), ("Malabotta", "Manlio"), ("Zanotto", "Sandro")]),
    ("Bruno Andreolli, Stefania Manente, Ermanno Orlando e Alessandra Princivalli",
     [("Andreolli", "Bruno"), ("Manente", "Stefania"), ("Orlando", "Ermanno"),
      ("Princivalli", "Alessandra")]),
    # inverted names whose family is two words stay one name each
    ("García Márquez, Gabriel José", [("García Márquez", "Gabriel José")]),
    ("Martin du Gard, Roger", [("Martin du Gard", "Roger")]),
    ("Mendes France, Pierre", [("Mendes France", "Pierre")]),
    ("Della Robbia, Erica Viviani", [("Robbia", "Erica Viviani")]),
])
def test_two_word_names_in_their_natural_order_are_not_one_inverted_name(span, expected):
    names = split_names(span)
    assert [(n.family, n.given) for n in names] == expected


@pytest.mark.parametrize("span, expected", [
    # LinkedBooks' OCR of Italian lists: initials set in small capitals read in lower case,
    # a family in lower case, a family of several words before its initials
    ("KRAUSS s.", [("KRAUSS", "s.")]),
    ("bassi e.", [("bassi", "e.")]),
    ("PEVERELLI p.", [("PEVERELLI", "p.")]),
    ("viola A. A.", [("viola", "A. A.")]),
    ("Barral i Altet X.", [("Barral i Altet", "X.")]),
    # a family parted where a line broke it
    ("E. Caval canti", [("Caval canti", "E.")]),
    ("A. Schiaffi no", [("Schiaffi no", "A.")]),
    # a name the cataloguer supplied, in square brackets (ISBD)
    ("[B. Gamba]", [("Gamba", "B.")]),
])
def test_names_as_ocr_and_cataloguers_print_them(span, expected):
    assert [(n.family, n.given) for n in split_names(span)] == expected


@pytest.mark.parametrize("span", [
    "Письмо к Т. А.",  # a lone letter without its period is a word, no initial
    "A. Rossi e",  # a conjunction left at the end is no part of a family
    "Kunert S. de",
])
def test_words_that_are_no_scanned_name_stay_literal(span):
    assert [name.literal for name in split_names(span)] == [span]


def test_name_list_with_et_al_says_so():
    names = split_names("Geiger, T., et al.")
    assert names == [Name(family="Geiger", given="T."), Name(literal=OTHERS)]


def test_a_generational_suffix_after_vancouver_initials_is_the_suffix():
    _, name, _ = split_names("Hamosh A, Macek M Jr, Walden SM")
    assert (name.family, name.given, name.suffix) == ("Macek", "M", "Jr")


def test_a_particle_read_by_the_person_parser_keeps_its_printed_case():
    names = split_names("R. Bingham, and U. De Angelis")
    assert (names[1].non_dropping_particle, names[1].family) == ("De", "Angelis")
    names = split_names("Dagupta P, Van Dyke J.")
    assert (names[1].non_dropping_particle, names[1].family) == ("Van", "Dyke")


def test_van_keeps_its_particle_apart():
    names = split_names("van Dijk, J. (Eds.)")
    assert names == [Name(family="Dijk", given="J.", non_dropping_particle="van")]


def test_a_capitalised_particle_keeps_its_printed_case():
    names = split_names("Van Dyke, J., De Schreye, D.")
    assert [(n.non_dropping_particle, n.family) for n in names] == [("Van", "Dyke"),
                                                                    ("De", "Schreye")]


def _labelled(text: str, labels_by_word: list[str]) -> Labelled:
    tokens = tokenize(text)
    assert len(tokens) == len(labels_by_word)
    return Labelled(text, tokens, labels_by_word, 0.9)


def test_runs_parted_by_punctuation_are_one_value():
    labelled = _labelled("Brainology : a study", ["title", "other", "title", "title"])
    assert runs(labelled) == [("title", 0, 3)]


def test_decoding_makes_fields_type_and_locator():
    text = "Doe, J. 1990. Title. Journal 12: 3-9, at 5."
    labels = ["author", "author", "author", "other", "date", "other", "title", "other",
              "container-title", "volume", "other", "page", "page", "page", "other",
              "other", "locator", "other"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["author"] == [Name(family="Doe", given="J.")]
    assert reference.fields["issued"].parts == [[1990]]
    assert reference.fields["title"] == "Title"
    assert reference.fields["container-title"] == "Journal"
    assert reference.fields["volume"] == "12" and reference.fields["page"] == "3-9"
    assert reference.type == "article-journal"
    assert (reference.locator, reference.label) == ("5", "page")
    assert reference.leftover == []


def test_words_labelled_as_no_field_are_kept_as_leftover():
    text = "Doe J. Title mystery"
    reference = to_reference(_labelled(text, ["author", "author", "other", "title", "other"]))
    assert reference.leftover and reference.leftover[0].text == "mystery"


def test_one_page_of_a_book_is_the_cites_locator():
    text = "Doe J. Title. Paris 1990, 45."
    labels = ["author", "author", "other", "title", "other", "publisher-place",
              "date", "other", "page", "other"]
    reference = to_reference(_labelled(text, labels))
    assert "page" not in reference.fields
    assert (reference.locator, reference.label) == ("45", "page")


def test_a_page_range_without_a_host_stays_the_items():
    text = "Doe J. Title. Paris 1990, 45-67."
    labels = ["author", "author", "other", "title", "other", "publisher-place",
              "date", "other", "page", "page", "page", "other"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["page"] == "45-67" and reference.locator is None


def test_a_range_printed_with_spaced_dashes_is_closed_up():
    text = "Doe J. Title. Journal 4 (1980): 3 -12, at 5 – 7."
    labels = ["author", "author", "other", "title", "other", "container-title", "volume",
              "other", "date", "other", "other", "page", "page", "page", "other", "other",
              "locator", "locator", "locator", "other"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["page"] == "3-12"
    assert reference.locator == "5–7"


def test_authors_followed_by_eds_are_the_editors():
    text = "Binstock, R. H. (Eds.). Handbook."
    labels = ["author"] * 5 + ["other"] * 6 + ["title", "other"]
    reference = to_reference(_labelled(text, labels))
    assert "author" not in reference.fields
    assert reference.fields["editor"] == [Name(family="Binstock", given="R. H.")]


def test_a_titles_question_mark_is_kept_when_the_run_ends_before_it():
    text = "Doe J. Why So Big? Journal!, 4."
    labels = ["author", "author", "other", "title", "title", "title", "other",
              "container-title", "other", "other", "volume", "other"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["title"] == "Why So Big?"
    assert reference.fields["container-title"] == "Journal!"


def test_alignment_finds_a_page_range_printed_shortened():
    alignment = align("Doe, J. “Easy Problems.” Artificial Intelligence 70 (1994): 335–45.",
                      {"page": "335-345", "volume": "70"})
    labelled = dict(zip((t.text for t in alignment.tokens), alignment.labels))
    assert alignment.missed == []
    assert labelled["335"] == labelled["–"] == labelled["45"] == "page"


@pytest.mark.parametrize(("text", "labels", "title", "host", "kind"), [
    ("Nilgen U., Evangelisten, in Lexicon der Ikonographie, Roma 1968.",
     ["author"] * 3 + ["other"] + ["title"] * 6 + ["other", "publisher-place", "date", "other"],
     "Evangelisten", "Lexicon der Ikonographie", "chapter"),
    # a journal run on into the title as its last sentence, a part's numbers after it
    ("Swedberg K. Hormones in heart failure. Circulation (1990) 82:1730-1736.",
     ["author", "author", "other"] + ["title"] * 6 +
     ["other", "date", "other", "volume", "other", "page", "page", "page", "other"],
     "Hormones in heart failure", "Circulation", "article-journal"),
])
def test_a_title_run_on_into_its_host_is_parted(text, labels, title, host, kind):
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["title"] == title
    assert reference.fields["container-title"] == host
    assert reference.type == kind


def test_a_range_of_numbers_no_label_took_is_the_pages():
    text = "Doe J. Title. Nature, 436, 686-688. Also 1990-1991."
    labels = ["author", "author", "other", "title", "other", "container-title", "other",
              "volume", "other", "other", "other", "other", "other", "other", "date",
              "other", "other", "other"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["page"] == "686-688"
    assert not any("686" in leftover.text for leftover in reference.leftover)


def test_a_book_whose_title_was_labelled_as_container_keeps_its_range_as_the_pinpoint() -> None:
    """Chicago's note form: the range after "(Place, Year)" is the pages cited, and with no
    part before it the labelled "container" is the book's own title."""
    document = biblio.parse_footnotes(["See A. V. Shubin, Mir na kraiu bezdny (Moscow, 2004), 169–72."])
    (item,) = document.items.values()
    assert (item.type, item.get("title"), item.get("container-title")) == \
        ("book", "Mir na kraiu bezdny", None)
    assert [(cite.locator, cite.prefix) for cite in document.notes[0].cites] == [("169–72", "See")]


def test_the_head_of_a_role_phrase_left_with_the_title_is_no_part_of_it():
    text = "Cultura e politica, a c. di G. Benzoni, Brescia 1982."
    labels = ["title", "title", "title", "title", "title", "editor", "editor", "editor",
              "editor", "editor", "editor", "other", "publisher-place", "date", "other"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["title"] == "Cultura e politica"
    assert [name.family for name in reference.fields["editor"]] == ["Benzoni"]
    assert reference.leftover == []


def test_a_title_run_on_into_the_place_before_the_year_gives_the_place_back():
    text = "M. Rotili, Il Codice di Rossano, Cava dei Tirreni 1980."
    labels = ["author"] * 4 + ["title"] * 8 + ["date", "other"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["title"] == "Il Codice di Rossano"
    assert reference.fields["publisher-place"] == "Cava dei Tirreni"


def test_a_titles_last_segment_of_lower_case_words_is_no_place():
    text = "M. Rotili, Il Codice, scavi e ricerche 1980."
    labels = ["author"] * 4 + ["title"] * 6 + ["date", "other"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["title"] == "Il Codice, scavi e ricerche"
    assert "publisher-place" not in reference.fields


def test_a_quoted_journal_closing_the_title_run_is_the_container():
    text = "A. Ducellier, Une mythologie urbaine, “Mélanges de l'école”, 96 (1984)"
    labels = ["author"] * 4 + ["title"] * 9 + ["other", "volume", "other", "date", "other"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["title"] == "Une mythologie urbaine"
    assert reference.fields["container-title"] == "Mélanges de l'école"
    assert reference.type == "article-journal"


def test_a_place_left_unlabelled_between_the_title_and_the_year_is_the_place():
    text = "M. Rotili, Il Codice di Rossano, Cava dei Tirreni 1980."
    labels = ["author"] * 4 + ["title"] * 4 + ["other"] * 4 + ["date", "other"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["title"] == "Il Codice di Rossano"
    assert reference.fields["publisher-place"] == "Cava dei Tirreni"
    assert reference.leftover == []


def test_a_month_before_the_year_is_no_place():
    text = "Doe J. Title, June 1990."
    labels = ["author", "author", "other", "title", "other", "other", "date", "other"]
    reference = to_reference(_labelled(text, labels))
    assert "publisher-place" not in reference.fields


def test_a_title_run_on_into_the_place_before_the_publisher_gives_the_place_back():
    text = "M. Tentorio, San Girolamo. Documenti inediti, Genova, Marietti, 1976."
    labels = ["author"] * 3 + ["other"] + ["title"] * 7 + ["other", "publisher", "other",
                                                           "date", "other"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["title"] == "San Girolamo. Documenti inediti"
    assert reference.fields["publisher-place"] == "Genova"
    assert reference.fields["publisher"] == "Marietti"


def test_a_quoted_title_before_its_publisher_keeps_its_last_segment():
    text = "Clift R., 1978, 'Bubbles, Drops and Particles', Academic Press."
    labels = ["author"] * 3 + ["other", "date", "other", "other"] + ["title"] * 5 + \
        ["other", "other", "publisher", "publisher", "other"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["title"] == "Bubbles, Drops and Particles"
    assert "publisher-place" not in reference.fields


def test_a_volume_glued_to_its_journal_is_the_volume_and_the_number_after_it_the_page():
    text = "S. Weinberg, Physica A96, 327 (1979)"
    labels = ["author"] * 4 + ["container-title"] * 2 + ["other", "volume", "other", "date",
                                                         "other"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["container-title"] == "Physica A"
    assert (reference.fields["volume"], reference.fields["page"]) == ("96", "327")


def test_an_abbreviated_title_keeps_its_last_word():
    text = "Andr. Dand. Chron. brev. p. 371."
    labels = ["title"] * 8 + ["other", "other", "page", "other"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["title"] == "Andr. Dand. Chron. brev"
    assert "container-title" not in reference.fields


def test_a_volume_and_issue_parted_by_a_slash_are_two_fields():
    text = "Doe J. Title, «Padova», V / 23, 1990."
    labels = ["author", "author", "other", "title", "other", "other", "container-title",
              "other", "other", "volume", "volume", "volume", "other", "date", "other"]
    reference = to_reference(_labelled(text, labels))
    assert (reference.fields["volume"], reference.fields["issue"]) == ("V", "23")


def test_a_title_run_into_the_names_before_it_is_given_back():
    text = "Ulmer, C., Ville friulane. Storia e civiltà, Udine 1993."
    labels = ["author"] * 7 + ["other", "title", "title", "title", "other",
                               "publisher-place", "date", "other"]
    reference = to_reference(_labelled(text, labels))
    assert [name.family for name in reference.fields["author"]] == ["Ulmer"]
    assert reference.fields["title"] == "Ville friulane. Storia e civiltà"


def test_names_in_capitals_and_initials_stay_names():
    text = "Ueno, Y., Tanaka, Y., Sato, M. Symmetry, 2001."
    labels = ["author"] * 14 + ["title", "other", "date", "other"]
    reference = to_reference(_labelled(text, labels))
    assert [name.family for name in reference.fields["author"]] == ["Ueno", "Tanaka", "Sato"]


def test_a_roman_volume_closing_the_host_is_the_volume():
    text = "A. Olivieri, Ricerche, in Miscellanea Meersseman, II, Padova 1970."
    labels = ["author"] * 4 + ["title", "other", "other"] + ["container-title"] * 4 + \
        ["other", "publisher-place", "date", "other"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["container-title"] == "Miscellanea Meersseman"
    assert reference.fields["volume"] == "II"


def test_a_leafs_c_closing_a_title_is_no_volume():
    text = "A. S. V., Libro 28, c. 5"
    labels = ["title"] * 11 + ["other", "locator"]
    reference = to_reference(_labelled(text, labels))
    assert "volume" not in reference.fields


def test_a_place_after_the_titles_full_stop_and_before_the_year_is_the_place():
    text = "Vigezzi, Silvio. La scultura in Milano. Milan, 1934"
    labels = ["author", "author", "author", "other"] + ["title"] * 4 + \
        ["other", "other", "other", "date"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["publisher-place"] == "Milan"


def test_a_name_left_unlabelled_after_the_authors_is_no_place():
    text = "Woo, J., and S. Lee, 2019: Title."
    labels = ["author"] * 8 + ["other", "other", "date", "other", "title", "other"]
    reference = to_reference(_labelled(text, labels))
    assert "publisher-place" not in reference.fields


def test_a_journal_after_a_titles_closing_bracket_is_the_host_and_the_bracket_stays():
    text = "COLLECTIF. Prévenir la dénutrition (dossier). Soins, mai 2014, n°58. p. 11-19."
    reference = to_reference(_labelled(text, [
        "author", "other", "title", "title", "title", "title", "title", "title", "other",
        "title", "other", "other", "date", "other", "other", "other", "issue", "other",
        "other", "other", "page", "page", "page", "other"]))
    assert reference.fields["title"] == "Prévenir la dénutrition (dossier)"
    assert reference.fields["container-title"] == "Soins"


def test_the_year_of_a_day_and_month_no_label_took_is_the_date():
    text = "Giustizia V, b. 28, c. 8v, 18 apr. 1772."
    labels = ["archive_location"] * 6 + ["other", "locator", "locator", "locator", "other",
                                          "other", "other", "other", "other", "other"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["issued"].parts == [[1772]]
    assert reference.fields["archive_location"] == "Giustizia V, b. 28"


def test_a_year_after_no_month_is_no_date():
    text = "Giustizia V, reg. 1772, c. 8v."
    labels = ["archive_location"] * 3 + ["other", "other", "other", "other", "locator",
                                         "locator", "locator", "other"]
    reference = to_reference(_labelled(text, labels))
    assert "issued" not in reference.fields


def test_a_legal_notes_page_at_its_pinpoint_is_the_page_and_the_locator():
    text = "J. Wilson, ‘A survey’ (1993) 13 Legal Studies 143 at 152."
    labels = ["author"] * 4 + ["other", "title", "title", "other", "other", "date", "other",
                               "volume", "container-title", "container-title", "page", "page",
                               "page", "other"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["page"] == "143"
    assert reference.locator == "152"


def test_a_journal_and_volume_closing_the_title_before_the_year_are_the_host():
    text = "Heidrich, Rechtsprechung als Triebfeder, Jahrbuch für Rechtstheorie 3 (1972) 305 (330 ff.)"
    labels = ["author", "other"] + ["title"] * 8 + ["other", "date", "other", "locator",
                                                     "locator", "locator", "locator", "other",
                                                     "other"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["title"] == "Rechtsprechung als Triebfeder"
    assert reference.fields["container-title"] == "Jahrbuch für Rechtstheorie"
    assert reference.fields["volume"] == "3"
    assert (reference.fields["page"], reference.locator) == ("305", "330 ff")


def test_a_number_read_as_the_volume_after_a_journal_and_volume_closing_the_title_is_the_page():
    text = "Heidrich, Rechtsprechung als Triebfeder, Jahrbuch für Rechtstheorie 3 (1972) 305"
    labels = ["author", "other"] + ["title"] * 8 + ["other", "date", "other", "volume"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["title"] == "Rechtsprechung als Triebfeder"
    assert reference.fields["container-title"] == "Jahrbuch für Rechtstheorie"
    assert (reference.fields["volume"], reference.fields["page"]) == ("3", "305")


def test_a_legal_volume_journal_and_page_read_as_one_page_are_parted():
    text = "J. Wilson, ‘A third survey’ (1993) 13 Legal Studies 143 at 152."
    labels = ["author"] * 3 + ["other"] * 2 + ["title"] * 3 + ["other"] * 2 + ["date", "other"] \
        + ["page"] * 6 + ["other"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["container-title"] == "Legal Studies"
    assert (reference.fields["volume"], reference.fields["page"]) == ("13", "143")
    assert reference.locator == "152"


def test_an_imprint_in_brackets_read_as_one_note_ends_with_its_place():
    text = "Smith J., Lyric poems (Academy Press, Moscow, 2004)"
    labels = ["author"] * 3 + ["other"] + ["title"] * 2 + ["other"] + ["note"] * 4 + \
        ["other", "date", "other"]
    reference = to_reference(_labelled(text, labels))
    assert (reference.fields["publisher"], reference.fields["publisher-place"]) == \
        ("Academy Press", "Moscow")
    assert "note" not in reference.fields


def test_a_note_in_brackets_that_ends_with_no_place_stays_a_note():
    text = "Smith J., Lyric poems (in press, to appear, 2004)"
    labels = ["author"] * 3 + ["other"] + ["title"] * 2 + ["other"] + ["note"] * 5 + \
        ["other", "date", "other"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["note"] == "in press, to appear"
    assert "publisher-place" not in reference.fields


def test_a_year_and_a_page_marker_read_as_the_pages_are_the_date_and_the_pages():
    text = "Khroustaleva, A.V. “G. Lelevich in Saratov.” Studia Litterarum, vol. 6, no. 3, " \
        "2021, pp. 380–393."
    labels = ["author"] * 6 + ["other"] + ["title"] * 5 + ["other"] * 2 + \
        ["container-title"] * 2 + ["other"] * 3 + ["volume"] + ["other"] * 3 + ["issue"] + \
        ["other"] + ["page"] * 7 + ["other"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["page"] == "380–393"
    assert reference.fields["issued"].parts == [[2021]]


def test_a_volume_read_with_the_pages_after_a_journal_is_the_volume():
    text = "Keller S 2014 Nature 506 463 -466"
    labels = ["author", "author", "date", "container-title", "page", "page", "page", "page"]
    reference = to_reference(_labelled(text, labels))
    assert (reference.fields["volume"], reference.fields["page"]) == ("506", "463-466")


def test_a_range_with_texs_doubled_dash_is_one_range():
    text = "Doe J. Title. Journal 7: 665--668."
    labels = ["author", "author", "other", "title", "other", "container-title", "volume",
              "other", "page", "page", "page", "page", "other"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["page"] == "665-668"


def test_a_number_closing_a_journal_reference_after_its_volume_is_the_page():
    text = "Distler J., Semirigid Supergravity, Phys. Rev. Lett. 66 (1991), 1955"
    labels = ["author"] * 3 + ["other", "title", "title", "other"] + \
        ["container-title"] * 5 + ["other", "volume", "other", "date", "other", "other",
                                   "other"]
    reference = to_reference(_labelled(text, labels))
    assert reference.fields["page"] == "1955"
    assert reference.fields["issued"].parts == [[1991]]


@pytest.mark.parametrize(("text", "labels", "volume", "page"), [
    # the model labels the page after the volume a date when a year stood before it
    # (ACS and BMJ's "Journal Year, Volume, Page"; physics' "Volume (Year), Page"
    # joined into one date run across the parenthesis)
    ("Doe J. Title. BMJ 2005, 330, 1347.",
     ["author", "author", "other", "title", "other", "container-title", "date", "other",
      "volume", "other", "date", "other"], "330", "1347"),
    ("Zhu J., Nano Lett. 2010, 10, 979.",
     ["author", "author", "author", "other", "container-title", "container-title",
      "container-title", "date", "other", "volume", "other", "date", "other"], "10", "979"),
    ("Distler J., Phys. Rev. Lett. 66 (1991), 1955",
     ["author"] * 3 + ["other"] + ["container-title"] * 5 +
     ["other", "volume", "other", "date", "other", "other", "date"], "66", "1955"),
])
def test_a_page_labelled_a_date_after_the_year_is_the_page(
        text: str, labels: list[str], volume: str, page: str):
    """A second date run with no year of the item's is no date: its number was taken as
    read and lost silently."""
    reference = to_reference(_labelled(text, labels))
    assert (reference.fields["volume"], reference.fields["page"]) == (volume, page)
    assert len(reference.fields["issued"].parts[0]) == 1


def test_the_year_closing_a_reference_is_no_page():
    text = "Doe J., Title, Journal 66, 1991"
    labels = ["author"] * 3 + ["other", "title", "other", "container-title", "volume",
                               "other", "date"]
    reference = to_reference(_labelled(text, labels))
    assert "page" not in reference.fields


@pytest.mark.parametrize("text, spans, expected", [
    ("A. Bottomley, ‘Self and Subjectivities: Languages of Claim in Property Law’ (1993) "
     "20 J. of Law and Society 56, 61.",
     [("volume", "20"), ("container-title", "J. of Law and Society"), ("volume", "56"),
      ("page", "61")],
     ("20", "J. of Law and Society", "56", "61")),
    ("K. O’Donovan, ‘Should all Maintenance of Spouses be abolished?’ (1982) 45 Modern Law "
     "Rev. 424, 431–3.",
     [("container-title", "Modern Law Rev"), ("volume", "424"), ("page", "431–3")],
     ("45", "Modern Law Rev", "424", "431–3")),
    ("The Hon. Justice T. E. Lindenmayer and P.A. Doolan, ‘When Bankruptcy and Family Law "
     "Collide’ (1994) 8 Aust. J. Family Law 111, 133.",
     [("container-title", "Aust. J. Family Law"), ("volume", "111"), ("locator", "133")],
     ("8", "Aust. J. Family Law", "111", "133")),
    ("R. Collier, ‘Masculinism, Law and Law Teaching’ (1991) 19 International J. of the "
     "Sociology of Law 427 at 429.",
     [("volume", "19"), ("container-title", "International J. of the Sociology of Law"),
      ("page", "427 at 429")],
     ("19", "International J. of the Sociology of Law", "427", "429")),
    # the journal's run took in the volume after the bracketed year
    ("O. Kahn-Freund, ‘Blackstone’s Neglected Child: The Contract of Employment’ (1977) "
     "93 Law Q. Rev. 508.",
     [("container-title", "93 Law Q. Rev"), ("page", "508")],
     ("93", "Law Q. Rev", "508", None)),
    ("P. S. Atiyah, ‘Contracts, Promises and the Law of Obligations’ (1978) 94 Law Q. Rev. "
     "193.",
     [("container-title", "94 Law Q. Rev"), ("volume", "193")],
     ("94", "Law Q. Rev", "193", None)),
    ("K. O’Donovan, ‘Should all Maintenance of Spouses be abolished?’ (1982) 45 Modern Law "
     "Rev. 424, 431–3.",
     [("container-title", "45 Modern Law Rev"), ("volume", "424"), ("page", "431–3")],
     ("45", "Modern Law Rev", "424", "431–3")),
])
def test_a_number_before_a_legal_journal_is_its_volume_and_the_numbers_after_the_pages(
        text, spans, expected):
    """Footnotes of the Journal of Law and Society (1997-98), as printed."""
    reference = to_reference(_labelled_spans(text, *spans))
    fields = reference.fields
    assert (fields["volume"], fields["container-title"], fields["page"], reference.locator) \
        == expected


def test_a_number_before_a_host_followed_by_more_than_pages_is_left_as_labelled():
    text = "Proceedings 12 Conference on Law, vol. 3, 45–67."
    reference = to_reference(_labelled_spans(
        text, ("title", "Proceedings"), ("container-title", "Conference on Law"),
        ("volume", "3"), ("page", "45–67")))
    assert (reference.fields["volume"], reference.fields["page"]) == ("3", "45–67")


@pytest.mark.parametrize("text, spans, expected", [
    # Zeitschrift für Rechtssoziologie 1980, notes and bibliography, as printed
    ("Heintz, Interkultureller Vergleich, in: König (Hrsg.), Handbuch der empirischen "
     "Sozialforschung, Bd. 4 (3. Aufl. 1974) 405 (414 f.)",
     [("author", "Heintz"), ("title", "Interkultureller Vergleich"), ("editor", "König"),
      ("title", "Handbuch der empirischen Sozialforschung"), ("volume", "4"),
      ("date", "1974"), ("volume", "405")],
     ("Handbuch der empirischen Sozialforschung", "405", "414 f")),
    ("Luhmann, Niklas, 1980: Kommunikation über Recht in Interaktionssystemen, in: "
     "Blankenburg, Erhard; Klausa, Ekkehard und Hubert Rottleuthner (Hrsg.): Alternative "
     "Rechtsformen und Alternativen zum Recht, Jahrbuch für Rechtssoziologie und "
     "Rechtstheorie Bd. 6. Opladen.",
     [("author", "Luhmann, Niklas"), ("date", "1980"),
      ("title", "Kommunikation über Recht in Interaktionssystemen"),
      ("editor", "Blankenburg, Erhard; Klausa, Ekkehard und Hubert Rottleuthner"),
      ("title", "Alternative Rechtsformen und Alternativen zum Recht")],
     ("Alternative Rechtsformen und Alternativen zum Recht", None, None)),
])
def test_a_second_title_after_in_and_the_editors_is_the_host_and_its_page_after_the_imprint(
        text, spans, expected):
    reference = to_reference(_labelled_spans(text, *spans))
    fields = reference.fields
    assert (fields["container-title"], fields.get("page"), reference.locator) == expected
    assert fields["title"] == spans[1 if spans[1][0] == "title" else 2][1]
    assert "volume" not in fields or fields["volume"] == "4"


def test_a_second_title_without_in_before_the_editors_stays_no_host():
    text = "Heintz, Vergleich. König (Hrsg.), Handbuch (1974)"
    reference = to_reference(_labelled_spans(
        text, ("author", "Heintz"), ("title", "Vergleich"), ("editor", "König"),
        ("title", "Handbuch"), ("date", "1974")))
    assert "container-title" not in reference.fields


@pytest.mark.parametrize("text, spans, expected", [
    # Journal of Law and Society 1997, notes, as printed
    ("R. v. R. [1991] 2 All E.R. 257)",
     [("author", "R. v. R"), ("date", "1991"), ("volume", "2"), ("container-title", "All E.R"),
      ("page", "257")],
     ("R. v. R", "2", "All E.R", "257", None)),
    ("Balfour v. Balfour [1919] 2 K.B. 571.",
     [("author", "Balfour v"), ("title", "Balfour"), ("date", "1919"), ("locator", "571")],
     ("Balfour v. Balfour", "2", "K.B", "571", None)),
    ("National Australia Bank Ltd v. Garcia (1996) 39 N.S.W.L.R. 577 (N.S.W.C.A.).",
     [("title", "National Australia Bank Ltd v. Garcia"), ("date", "1996"), ("volume", "39"),
      ("container-title", "N.S.W.L.R"), ("page", "577")],
     ("National Australia Bank Ltd v. Garcia", "39", "N.S.W.L.R", "577", None)),
    ("Barclays Bank v. O’Brien [1994] 1 A.C. 180, at 185",
     [("title", "Barclays Bank v. O’Brien"), ("date", "1994"), ("locator", "C. 180, at 185")],
     ("Barclays Bank v. O’Brien", "1", "A.C", "180", "185")),
    # an anonymised party's initial is no Roman volume
    ("R. v. L. (1991) 103 A.L.R. 577",
     [("author", "R. v. L."), ("date", "1991")],
     ("R. v. L", "103", "A.L.R", "577", None)),
    ("R. v. L. (1991) 174 C.L.R. 379.",  # the High Court of Australia, as AGLC cites it
     [("author", "R. v. L."), ("date", "1991"), ("volume", "174")],
     ("R. v. L", "174", "C.L.R", "379", None)),
])
def test_a_cases_parties_are_its_title_and_its_report_the_volume_reports_and_pages(
        text, spans, expected):
    reference = to_reference(_labelled_spans(text, *spans))
    fields = reference.fields
    assert (fields["title"], fields["volume"], fields["container-title"], fields["page"],
            reference.locator) == expected
    assert "author" not in fields and reference.type == "legal_case"


def test_a_volume_marked_v_is_no_party_of_a_case():
    text = "Smith J., History of Rome, v. II (1990) 45."
    reference = to_reference(_labelled_spans(
        text, ("author", "Smith J."), ("title", "History of Rome"), ("volume", "v. II"),
        ("date", "1990"), ("locator", "45")))
    assert reference.fields["title"] == "History of Rome" and reference.type != "legal_case"


@pytest.mark.parametrize("text, spans, host, editors", [
    # Journal of Law and Society 1997, notes, as printed
    ("U. Vogel, ‘Is Citizenship Gender-Specific?’ in The Frontiers of Citizenship, eds. "
     "U. Vogel and M. Moran (1991) 59.",
     [("author", "U. Vogel"), ("title", "Is Citizenship Gender-Specific?"),
      ("editor", "The Frontiers of Citizenship"), ("editor", "U. Vogel and M. Moran"),
      ("date", "1991"), ("page", "59")],
     "The Frontiers of Citizenship", ["Vogel", "Moran"]),
    ("M. Freeman, ‘Contracting in the Haven: Balfour v. Balfour Revisited’ in Exploring the "
     "Boundaries of Contract, ed. R. Halson (1996) 74",
     [("author", "M. Freeman"), ("title", "Contracting in the Haven: Balfour v. Balfour Revisited"),
      ("editor", "Exploring the Boundaries of Contract"), ("editor", "R. Halson"),
      ("date", "1996"), ("page", "74")],
     "Exploring the Boundaries of Contract", ["Halson"]),
])
def test_the_words_between_in_and_eds_read_as_names_are_the_host(text, spans, host, editors):
    reference = to_reference(_labelled_spans(text, *spans))
    assert reference.fields["container-title"] == host
    assert [name.family for name in reference.fields["editor"]] == editors
    assert reference.type == "chapter" and reference.fields["title"] == spans[1][1]


def test_a_journals_number_before_at_and_the_page_cited_is_the_first_page():
    # Journal of Law and Society 1998, as printed
    text = "R. Goff, ‘The Search for Principle’ (1983) Proceeedings of the British Academy 169, " \
        "at 171."
    reference = to_reference(_labelled_spans(
        text, ("author", "R. Goff"), ("title", "The Search for Principle"), ("date", "1983"),
        ("container-title", "Proceeedings of the British Academy"), ("volume", "169"),
        ("locator", "at 171")))
    assert (reference.fields["page"], reference.locator) == ("169", "171")
    assert "volume" not in reference.fields


def test_a_quoted_title_keeps_its_last_comma_segment_from_the_place():
    # Journal of Law and Society 1998, as printed
    text = "R. Collier, ‘Masculinism, Law and Law Teaching’ (1991) 19 International J. of the " \
        "Sociology of Law 427 at 429."
    reference = to_reference(_labelled_spans(
        text, ("author", "R. Collier"), ("title", "Masculinism, Law and Law Teaching"),
        ("date", "1991"), ("volume", "19"),
        ("container-title", "International J. of the Sociology of Law"), ("page", "427 at 429")))
    assert reference.fields["title"] == "Masculinism, Law and Law Teaching"
    assert "publisher-place" not in reference.fields


@pytest.mark.parametrize("text, item", [
    ("Гинзбург Л. О литературном герое. Л., 1979, с. 82.",
     {"author": [{"family": "Гинзбург", "given": "Л."}], "title": "О литературном герое",
      "publisher-place": "Ленинград"}),
    ("Джилас М. Лицо тоталитаризма. М., 1992. С. 108.",
     {"author": [{"family": "Джилас", "given": "М."}], "title": "Лицо тоталитаризма",
      "publisher-place": "Москва"}),
    ("Kennan G. L. Russia and the West. L., 1961.",
     {"author": [{"family": "Kennan", "given": "G. L."}], "title": "Russia and the West",
      "publisher-place": "London"}),
])
def test_alignment_finds_an_abbreviated_place_after_initials_of_the_same_letter(text, item):
    alignment = align(text, item)
    places = [t.text for t, label in zip(alignment.tokens, alignment.labels)
              if label == "publisher-place"]
    assert alignment.missed == []
    assert places == [item["publisher-place"][0]]


@pytest.mark.parametrize("text", [
    "Добролюбов Н. А. Собр. соч. в 9-ти т., т. 6. М.--Л., 1963, с. 100.",
    "Бялыч Г. А. Тургенев и русский реализм. М.-Л., 1962, с. 109.",
    "«Труд в СССР». Экономико-статистический справочник. М.—Л., 1932, стр. 21, 89.",
])
def test_alignment_finds_a_list_of_places_printed_abbreviated(text):
    alignment = align(text, {"publisher-place": "Москва; Ленинград"})
    places = [t.text for t, label in zip(alignment.tokens, alignment.labels)
              if label == "publisher-place"]
    assert alignment.missed == []
    assert places[0] == "М" and places[-1] == "Л"


@pytest.mark.parametrize("text, place, printed", [
    # ДСТУ 3582: Ukrainian imprints abbreviate Київ, Харків, Одеса
    ("Іваненко П. Історія міста. – К.: Наукова думка, 1990. – С. 12.", "Київ", "К"),
    ("Петренко О. Нариси. – Х.: Право, 2014. – 210 с.", "Харків", "Х"),
    # GOST 7.12-93: Russian imprints before GOST 7.0.12-2011 abbreviated Киев and Минск
    ("Сидоров А. А. Очерки истории края. К., 1910. С. 5.", "Киев", "К"),
    ("Орлов Б. Записки старожила. О., 1885. С. 40.", "Одесса", "О"),
    ("Каратынскі В. Творы. 2 выд. Мн., 1994.", "Мінск", "Мн"),
    ("Ковалев С. Сборник статей. Мн.: Беларусь, 1998.", "Минск", "Мн"),
])
def test_alignment_finds_a_place_as_ukrainian_and_older_imprints_abbreviate_it(text, place,
                                                                              printed):
    alignment = align(text, {"publisher-place": place})
    places = [t.text for t, label in zip(alignment.tokens, alignment.labels)
              if label == "publisher-place"]
    assert alignment.missed == []
    assert places == [printed]


def test_alignment_reads_latin_letters_typed_for_cyrillic_look_alikes():
    # every "i" of the text is the Latin letter, every "і" of the gold the Cyrillic one;
    # "PC" is Latin, "РС" Cyrillic
    text = "Бiрыла М.В. Беларуская антрапанiмiя, ч. 1-3, Мiнск, 1966. Cp.: PC, 1908, с. 111."
    assert "\u0456" not in text
    item = {"author": [{"family": "Бірыла", "given": "М.В."}],
            "title": "Беларуская антрапанімія", "publisher-place": "Мінск",
            "container-title": "РС"}
    alignment = align(text, item)
    labelled = dict(zip((t.text for t in alignment.tokens), alignment.labels))
    assert alignment.missed == []
    assert labelled["Бiрыла"] == "author" and labelled["антрапанiмiя"] == "title"
    assert labelled["Мiнск"] == "publisher-place" and labelled["PC"] == "container-title"


@pytest.mark.parametrize("text, printed, place", [
    ("Клеман М. К. Тургенев. Л., 1936.", "Л", "Ленинград"),
    ("Блок А. Собр. соч. М.-Л., 1962.", "М.-Л", "Москва; Ленинград"),
    ("Гинзбург Л. О психологической прозе. Л., 1971, с. 77.", "Л", "Ленинград"),
])
def test_a_cyrillic_place_abbreviated_is_read_in_full(text, printed, place):
    labelled = _labelled_spans(text, ("title", text.split(". ")[1]), ("publisher-place", printed))
    assert to_reference(labelled).fields["publisher-place"] == place


@pytest.mark.parametrize("text, url", [
    ("Периодическая таблица химических элементов ИЮПАК. URL: "
     "https://iupac.org/what-we-do/periodic-table-of-elements/.",
     "https://iupac.org/what-we-do/periodic-table-of-elements/"),
    ("Официальный сайт Росстата. URL: https://rosstat.gov.ru/ (дата обращения: 12.10.2023).",
     "https://rosstat.gov.ru/"),
    ("Tate Modern. https://www.tate.org.uk/visit/tate-modern/",
     "https://www.tate.org.uk/visit/tate-modern/"),
])
def test_a_urls_closing_slash_is_part_of_it(text, url):
    labelled = _labelled_spans(text, ("url", url.rstrip("/")))
    assert to_reference(labelled).fields["URL"] == url


@pytest.mark.parametrize("text, spans, authors, title", [
    # the Zeitschrift für Rechtssoziologie 1980, and an Italian list, as printed; labelled as
    # a model that never saw them labelled them
    ("Abel-Smith/Zander/Brooke, Legal Problems and the Citizen (London 1973);",
     [("title", "Abel-Smith/Zander/Brooke, Legal Problems and the Citizen"),
      ("publisher-place", "London"), ("date", "1973")],
     ["Abel-Smith", "Zander", "Brooke"], "Legal Problems and the Citizen"),
    ("Schuyt/Groenendijk/Sloot, Rechtsprobleme oder private Schwierigkeiten, in: Jahrbuch "
     "für Rechtssoziologie und Rechtstheorie 5 (1978) 109 ff",
     [("title", "Schuyt/Groenendijk/Sloot, Rechtsprobleme oder private Schwierigkeiten"),
      ("container-title", "Jahrbuch für Rechtssoziologie und Rechtstheorie"), ("volume", "5"),
      ("date", "1978")],
     ["Schuyt", "Groenendijk", "Sloot"], "Rechtsprobleme oder private Schwierigkeiten"),
    ("Eliyahu Ashtor / Guidobaldo Cevidalli, Levantine Alkali Ashes and European Industries",
     [("title", "Eliyahu Ashtor / Guidobaldo Cevidalli, Levantine Alkali Ashes and European "
                "Industries")],
     ["Ashtor", "Cevidalli"], "Levantine Alkali Ashes and European Industries"),
])
def test_slashed_names_opening_a_title_are_its_authors(text, spans, authors, title):
    fields = to_reference(_labelled_spans(text, *spans)).fields
    assert [name.family for name in fields["author"]] == authors
    assert fields["title"] == title


def test_a_title_with_a_slash_after_its_first_words_keeps_them():
    """Constructed: a slash inside a title's first words, no comma closing names."""
    text = "Input/Output Analysis, New York 1966."
    fields = to_reference(_labelled_spans(
        text, ("title", "Input/Output Analysis"), ("publisher-place", "New York"),
        ("date", "1966"))).fields
    assert fields["title"] == "Input/Output Analysis" and "author" not in fields


@pytest.mark.parametrize("text, spans, editors, page, cited", [
    # Zeitschrift für Rechtssoziologie 1980: a collection cited by its editors alone
    ("Malewswka/Peyre, Juvenile Deliquency and Development, in: Szalai/Petrella 131 (157 f.)",
     [("author", "Malewswka/Peyre"), ("title", "Juvenile Deliquency and Development"),
      ("container-title", "Szalai/Petrella"), ("volume", "131"), ("locator", "157 f")],
     ["Szalai", "Petrella"], "131", "157 f"),
    ("Grimshau, Comparative Sociology - In What Ways Different From Other Sociologies?, in: "
     "Armer/Grimshaw 3 (18)",
     [("author", "Grimshau"), ("title", "Comparative Sociology - In What Ways Different From "
                                         "Other Sociologies?"),
      ("container-title", "Armer/Grimshaw"), ("volume", "3"), ("page", "18")],
     ["Armer", "Grimshaw"], "3", "18"),
    # constructed on the editors the same notes cite so ("Drobnig/Rehbinder"): no page cited
    ("Zacher, Sozialrecht und soziale Sicherheit, in: Drobnig/Rehbinder 21.",
     [("author", "Zacher"), ("title", "Sozialrecht und soziale Sicherheit"),
      ("container-title", "Drobnig/Rehbinder"), ("volume", "21")],
     ["Drobnig", "Rehbinder"], "21", None),
])
def test_a_host_named_by_its_editors_alone(text, spans, editors, page, cited):
    reference = to_reference(_labelled_spans(text, *spans))
    fields = reference.fields
    assert [name.family for name in fields["editor"]] == editors
    assert (fields["page"], reference.locator) == (page, cited)
    assert "container-title" not in fields and "volume" not in fields


@pytest.mark.parametrize("text, spans, title, host", [
    # Journal of Law and Society 1997, notes, as printed, labelled as a model that never
    # saw them labelled them
    ("A. Bradney, ‘Liberalising Legal Education’ in The Law School: Global Issues, Local "
     "Questions, ed. F. Cownie (forthcoming).",
     [("author", "A. Bradney"), ("title", "Liberalising Legal Education’ in The Law School: "
                                          "Global Issues, Local Questions"),
      ("editor", "F. Cownie")],
     "Liberalising Legal Education", "The Law School: Global Issues, Local Questions"),
    ("N. Naffine ‘Sexing the Subject (of Law)’ in Thornton, op. cit. (1995), n. 4.",
     [("author", "N. Naffine"), ("title", "Sexing the Subject (of Law)’ in"),
      ("editor", "Thornton"), ("date", "1995")],
     "Sexing the Subject (of Law)", None),
    # AnyStyle's gold, Society of Biblical Literature style
    ("Neyrey, J.H., “Ceremonies in Luke-Acts: The Case of Meals and Table-Fellowship,” in "
     "The Social World of Luke-Acts: Models for Interpretation (ed. J.H. Neyrey; Peabody, "
     "Ma.: Hendrickson, 1991), pp. 361-387.",
     [("author", "Neyrey, J.H."), ("title", "Ceremonies in Luke-Acts: The Case of Meals and "
                                            "Table-Fellowship,” in The Social World of "
                                            "Luke-Acts: Models for Interpretation"),
      ("editor", "J.H. Neyrey"), ("date", "1991"), ("page", "361-387")],
     "Ceremonies in Luke-Acts: The Case of Meals and Table-Fellowship",
     "The Social World of Luke-Acts: Models for Interpretation"),
])
def test_a_quoted_title_ends_at_its_closing_quote_and_the_host_follows_in(
        text, spans, title, host):
    fields = to_reference(_labelled_spans(text, *spans)).fields
    assert (fields["title"], fields.get("container-title")) == (title, host)


def test_a_quoted_phrase_opening_a_title_stays_when_the_host_is_read_elsewhere():
    text = ("Blanchon, Jean. 1999. ‘Tone Cases’ in Bantu Group B.40. In Jean Blanchon & "
            "Denis Creissels, Issues in Bantu Tonology, 37-82.")  # AnyStyle's gold
    fields = to_reference(_labelled_spans(
        text, ("author", "Blanchon, Jean"), ("date", "1999"),
        ("title", "Tone Cases’ in Bantu Group B.40"), ("editor", "Jean Blanchon & Denis Creissels"),
        ("container-title", "Issues in Bantu Tonology"), ("page", "37-82"))).fields
    assert fields["title"] == "Tone Cases’ in Bantu Group B.40"
    assert fields["container-title"] == "Issues in Bantu Tonology"


@pytest.mark.parametrize("text, spans, host", [
    # Zeitschrift für Rechtssoziologie 1980 and Journal of Law and Society 1997, as printed
    ("Tomasson, Introduction; Comparative Sociology — The State of the Art, in: Tomasson "
     "(Hrsg.), Comparative Studies in Sociology Vol. 1 (Greenwich, Conn. 1978) 1",
     [("author", "Tomasson"), ("title", "Introduction; Comparative Sociology — The State of "
                                        "the Art"),
      ("editor", "Tomasson"), ("container-title", "Comparative Studies in Sociology Vol"),
      ("volume", "1")],
     "Comparative Studies in Sociology"),
    ("T.H. Huxley, ‘Universities: Actual and Ideal’ in T.H. Huxley, Collected Essays: Volume "
     "III (1905) 215.",
     [("author", "T.H. Huxley"), ("title", "Universities: Actual and Ideal"),
      ("container-title", "T.H. Huxley, Collected Essays: Volume"), ("volume", "III")],
     "T.H. Huxley, Collected Essays"),
    ("Heintz, Interkultureller Vergleich, in: König (Hrsg.), Handbuch der empirischen "
     "Sozialforschung, Bd. 4 (3. Aufl. 1974) 405 (414 f.)",
     [("author", "Heintz"), ("title", "Interkultureller Vergleich"), ("editor", "König"),
      ("container-title", "Handbuch der empirischen Sozialforschung, Bd"), ("volume", "4")],
     "Handbuch der empirischen Sozialforschung"),
])
def test_a_volume_word_closing_the_host_before_its_volume_is_no_word_of_its_name(
        text, spans, host):
    fields = to_reference(_labelled_spans(text, *spans)).fields
    assert fields["container-title"] == host


@pytest.mark.parametrize("text, spans, family, title", [
    # Zeitschrift für Rechtssoziologie 1980 and LinkedBooks' gold, as printed, labelled as
    # a model that never saw them labelled them
    ("Heintz, Interkultureller Vergleich, in: König (Hrsg.), Handbuch der empirischen "
     "Sozialforschung, Bd. 4 (3. Aufl. 1974) 405 (414 f.)",
     [("author", "Heintz, Interkultureller Vergleich"), ("editor", "König"),
      ("container-title", "Handbuch der empirischen Sozialforschung"), ("volume", "4")],
     "Heintz", "Interkultureller Vergleich"),
    ("Humfrey, Bellinesque Life..., pp. 226-227.",
     [("author", "Humfrey, Bellinesque Life"), ("page", "226-227")],
     "Humfrey", "Bellinesque Life"),
])
def test_a_title_read_as_the_given_names_of_the_one_author(text, spans, family, title):
    fields = to_reference(_labelled_spans(text, *spans)).fields
    assert ([name.family for name in fields["author"]], fields["title"]) == ([family], title)


def test_known_given_names_stay_given_names():
    text = "Whitehouse, John Howard (1950), Vindication of Ruskin, Allen & Unwin"  # LinkedBooks
    fields = to_reference(_labelled_spans(
        text, ("author", "Whitehouse, John Howard"), ("date", "1950"))).fields
    assert fields["author"][0].given == "John Howard" and "title" not in fields


@pytest.mark.parametrize("text, title, expected", [
    # LinkedBooks' short forms, the marker of the page cited labelled with the title
    ("E. Besta, Il diritto, cit., pag. 80, nota 2.", "Il diritto, cit., pag", "Il diritto, cit."),
    ("P. Kehr, Rom und Venedig..., pagg. 97-98.", "Rom und Venedig..., pagg",
     "Rom und Venedig..."),
    ("M. ZORZI, La Libreria, p. 77.", "La Libreria, p", "La Libreria"),
    ("Henry Martin, Daniel Manin, pag. 364.", "Daniel Manin, pag", "Daniel Manin"),
])
def test_the_marker_of_the_page_cited_is_no_word_of_the_title(text, title, expected):
    page = text.rsplit(". ", 1)[-1].split(",")[0].rstrip(".")
    reference = to_reference(_labelled_spans(text, ("title", title), ("page", page)))
    assert reference.fields["title"] == expected


@pytest.mark.parametrize("title", ["Il Campo di Marte", "Opera omnia, coll. 12 e 13"])
def test_a_title_closing_with_no_page_marker_is_kept(title):
    reference = to_reference(_labelled_spans(f"{title}, p. 5.", ("title", title),
                                             ("page", "5")))
    assert reference.fields["title"] == title


@pytest.mark.parametrize(("text", "names", "title", "spans"), [
    # LinkedBooks' Italian notes, the labeller's spans as it read them (2026-12-07)
    ("E. MANDRUZZATO, Foscolo, Milano, Rizzoli, 1978, p. 17.", ["MANDRUZZATO"], "Foscolo",
     [("author", "E. MANDRUZZATO, Foscolo"), ("publisher-place", "Milano"),
      ("publisher", "Rizzoli"), ("date", "1978"), ("page", "17")]),
    ("Morassi A., Tiepolo, Bergamo - Milano - Roma 1943.", ["Morassi"], "Tiepolo",
     [("author", "Morassi A., Tiepolo"), ("publisher-place", "Bergamo - Milano - Roma"),
      ("date", "1943")]),
    ("Theile, Wolfgang, Goldoni, Darmstadt 1977.", ["Theile"], "Goldoni",
     [("author", "Theile, Wolfgang, Goldoni"), ("publisher-place", "Darmstadt"),
      ("date", "1977")]),
    # a French article: the title's first word joins its labelled rest
    ("Brunet, R., Espace, perception et comportement, in «L’espace géographique», 1974.",
     ["Brunet"], "Espace, perception et comportement",
     [("author", "Brunet, R., Espace"), ("title", "perception et comportement"),
      ("container-title", "L’espace géographique"), ("date", "1974")]),
    # words in a name's natural order after names with initials, their first no given name
    ("Viancini, E., Per Francesco Bertos, in “Saggi e Memorie di storia del l’arte” 19 "
     "(1994), pp. 143-159.", ["Viancini"], "Per Francesco Bertos",
     [("author", "Viancini, E., Per Francesco Bertos"),
      ("container-title", "Saggi e Memorie di storia del l’arte"), ("volume", "19"),
      ("date", "1994"), ("page", "143-159")]),
    ("E. A. Lowe, Codices Latini Antiquiores, voll. I - XI e Supplement, Oxford 1934-1971.",
     ["Lowe"], "Codices Latini Antiquiores",
     [("author", "E. A. Lowe, Codices Latini Antiquiores"),
      ("note", "voll. I - XI e Supplement"), ("publisher-place", "Oxford"), ("date", "1934")]),
    # words that read as no name at all
    ("Caporali G., Emo G., brenta Vecchia, Nova, Novissima, Padova, Marsilio, 1980.",
     ["Caporali", "Emo"], "brenta Vecchia",
     [("author", "Caporali G., Emo G., brenta Vecchia"), ("publisher", "Marsilio"),
      ("date", "1980")]),
    # a bare family before a date printed in words, no author-date year
    ("Babudieri F., Gazzetta, 7 marzo 1829.", ["Babudieri"], "Gazzetta",
     [("author", "Babudieri F., Gazzetta"), ("date", "1829")]),
])
def test_a_bare_word_after_names_with_initials_opens_the_title(text, names, title, spans):
    reference = to_reference(_labelled_spans(text, *spans))
    assert [name.family for name in reference.fields["author"]] == names
    assert reference.fields["title"] == title


@pytest.mark.parametrize(("text", "title", "spans"), [
    # AnyStyle: the comma inside "El Goresy, A." parts no name from a title
    ("Horn, W., El Goresy, A., The Rochechouart crater in France. Lunar Sci. XI, 1980.",
     "The Rochechouart crater in France", [("author", "Horn, W., El Goresy, A."),
                                           ("title", "The Rochechouart crater in France")]),
    # GROBID: a family whose initials the labeller gave the title
    ("Barber, M.N., Batchelor, M.T.: Spectrum of the chain. Phys. Rev. B40, 4621 (1989)",
     "M.T.: Spectrum of the chain", [("author", "Barber, M.N., Batchelor"),
                                     ("title", "M.T.: Spectrum of the chain")]),
    # a list of bare families, the second read as the first's given name ("Zava")
    ("Arcáis, Zava Boccazzi, Pavanello, Gli affreschi nelle ville venete, Milano 1978.",
     "Gli affreschi nelle ville venete", [("author", "Arcáis, Zava Boccazzi, Pavanello"),
                                          ("title", "Gli affreschi nelle ville venete")]),
    # an author-date list: the year follows the names, no title was labelled
    ("Sanchez D., TerzicT., 2017, in Proc. 35th ICRC, 655",
     None, [("author", "Sanchez D., TerzicT"), ("date", "2017")]),
    # names with their given names in full: one more such name is a name (GROBID)
    ("Luigi Amico, Rosario Fazio, Andreas Osterloh, and VlatkoVedral ,\" Entanglementin "
     "many -bodysystems ,\"Rev .Mod. Phys. 80, 517- 576(2008 ).", None,
     [("author", "Luigi Amico, Rosario Fazio, Andreas Osterloh"), ("date", "2008")]),
    # Vancouver's initials are initials ("MatTELIG R")
    # (the words left unlabelled in the title's place are the title: unlabelled_titles.py)
    ("CLAVORA F., MatTELIG R, Slavia. Kultumo drustvo Studenci, Udine, 1997.",
     "Slavia. Kultumo drustvo Studenci",
     [("author", "CLAVORA F., MatTELIG R"), ("publisher-place", "Udine"), ("date", "1997")]),
])
def test_names_of_one_list_stay_names(text, title, spans):
    labelled = _labelled_spans(text, *spans)
    reference = to_reference(labelled)
    assert reference.fields.get("title") == title
    assert len(reference.fields["author"]) == len(split_names(spans[0][1]))


@pytest.mark.parametrize(("text", "spans", "title"), [
    ("Salvatore Battaglia, Grande dizionario della lingua italiana, vol. II, Torino 1971.",
     [("author", "Salvatore Battaglia"), ("title", "Grande dizionario della lingua italiana, vol"),
      ("volume", "II"), ("publisher-place", "Torino"), ("date", "1971")],
     "Grande dizionario della lingua italiana"),
    ("F. M. COLLE, Fasti Gymnasii Patavini, vol. I, Patavii 1841, p. 6.",
     [("author", "F. M. COLLE"), ("title", "Fasti Gymnasii Patavini, vol"), ("volume", "I"),
      ("publisher-place", "Patavii"), ("date", "1841")], "Fasti Gymnasii Patavini"),
    # no volume read after it: the word is the title's ("Noi e voi")
    ("G. Rossi, Noi e voi, Milano 1950.",
     [("author", "G. Rossi"), ("title", "Noi e voi"), ("publisher-place", "Milano"),
      ("date", "1950")], "Noi e voi"),
])
def test_a_volume_word_closing_a_title_before_its_volume_is_no_word_of_it(text, spans, title):
    assert to_reference(_labelled_spans(text, *spans)).fields["title"] == title


@pytest.mark.parametrize(("text", "spans", "shelfmark"), [
    ("Sloane ms. 1411, c. 393.",
     [("archive_location", "Sloane ms. 1411, c"), ("locator", "393")], "Sloane ms. 1411"),
    ("Marciana, Mss. It., cl. VII, 824 (= 8903): Consegli, c. 21v.",
     [("archive", "Marciana"), ("archive_location", "Mss. It., cl. VII, 824 (= 8903): Consegli, c"),
      ("locator", "21v")], "Mss. It., cl. VII, 824 (= 8903): Consegli"),
])
def test_the_folio_marker_closing_a_shelfmark_before_its_pinpoint_is_cut(text, spans,
                                                                          shelfmark):
    assert to_reference(_labelled_spans(text, *spans)).fields["archive_location"] == shelfmark


@pytest.mark.parametrize(("text", "spans", "title", "editors"), [
    # LinkedBooks: an exhibition catalogue's words run into its editors
    ("Luca Carlevarijs e la veduta veneziana del Settecento, catalogo della mostra a cura di "
     "I. Reale e D. Succi, Electa, Milano 1994",
     [("title", "Luca Carlevarijs e la veduta veneziana del Settecento"),
      ("editor", "catalogo della mostra a cura di I. Reale e D. Succi"), ("publisher", "Electa"),
      ("publisher-place", "Milano"), ("date", "1994")],
     "Luca Carlevarijs e la veduta veneziana del Settecento, catalogo della mostra",
     ["Reale", "Succi"]),
    ("Wolters, Pisanello, catalogo della mostra a cura di P. Marini, Milano, 1996.",
     [("author", "Wolters, Pisanello"), ("editor", "catalogo della mostra a cura di P. Marini"),
      ("publisher-place", "Milano"), ("date", "1996")], "catalogo della mostra", ["Marini"]),
    # the run opens with its role: nothing goes back
    ("Ambiente e risorse nella politica veneziana, a c. di M. F. Tiepolo, Venezia, 1989.",
     [("title", "Ambiente e risorse nella politica veneziana"),
      ("editor", "a c. di M. F. Tiepolo"), ("publisher-place", "Venezia"), ("date", "1989")],
     "Ambiente e risorse nella politica veneziana", ["Tiepolo"]),
])
def test_title_words_before_the_editors_role_go_back_to_the_title(text, spans, title, editors):
    fields = to_reference(_labelled_spans(text, *spans)).fields
    assert fields["title"] == title
    assert [name.family for name in fields["editor"]] == editors


@pytest.mark.parametrize(("text", "spans", "host", "rest"), [
    # LinkedBooks: the labeller ran a quoted journal on into its series and volume
    ("S. CIRIACONO, Irrigazione e produttività agraria, in “Archi vio Veneto” s. V, CIV, 1975.",
     [("author", "S. CIRIACONO"), ("title", "Irrigazione e produttività agraria"),
      ("container-title", "Archi vio Veneto” s. V"), ("volume", "CIV"), ("date", "1975")],
     "Archi vio Veneto", "s. V"),
    ("E. Fiumi, L'imposta diretta, in «Studi in onore di Armando Sa pori», I Milano, 1957.",
     [("author", "E. Fiumi"), ("title", "L'imposta diretta"),
      ("container-title", "Studi in onore di Armando Sa pori», I Milano"), ("date", "1957")],
     "Studi in onore di Armando Sa pori", "I Milano"),
    # a quoted title before its journal, both read as the host: left as it is
    ("Abbott Djilda, Segerman Ephraim, «Gut strings», Early Music IV (1976), pp. 430-437.",
     [("author", "Abbott Djilda, Segerman Ephraim"),
      ("container-title", "Gut strings», Early Music"), ("volume", "IV"), ("date", "1976"),
      ("page", "430-437")], "Gut strings», Early Music", None),
])
def test_a_quoted_host_ends_at_its_closing_quote(text, spans, host, rest):
    reference = to_reference(_labelled_spans(text, *spans))
    assert reference.fields["container-title"] == host
    reported = [leftover.text for leftover in reference.leftover]
    assert (rest in reported) if rest else not reported


@pytest.mark.parametrize(("text", "spans", "given", "title"), [
    # LinkedBooks' bibliographies: the family first, the given names before the title
    ("Legrand, Emile. Bibliographie hellénique, ou description raisonée des ouvrages. "
     "Paris, 1885.",
     [("author", "Legrand"), ("title", "Emile. Bibliographie hellénique, ou description "
                                       "raisonée des ouvrages"),
      ("publisher-place", "Paris"), ("date", "1885")],
     "Emile", "Bibliographie hellénique, ou description raisonée des ouvrages"),
    ("Strobel, Georg Theodor: Versuch einer Nachricht von der Evangelischen Gemeinde, "
     "Nürnberg 1787.",
     [("author", "Strobel"), ("title", "Georg Theodor: Versuch einer Nachricht von der "
                                       "Evangelischen Gemeinde"),
      ("publisher-place", "Nürnberg"), ("date", "1787")],
     "Georg Theodor", "Versuch einer Nachricht von der Evangelischen Gemeinde"),
    ("SalvADORI, Renzo, Venise, Paris, Arthaud, 1987.",
     [("author", "SalvADORI"), ("title", "Renzo, Venise"), ("publisher-place", "Paris"),
      ("publisher", "Arthaud"), ("date", "1987")],
     "Renzo", "Venise"),
])
def test_given_names_read_into_the_title_are_the_authors(text, spans, given, title):
    reference = to_reference(_labelled_spans(text, *spans))
    assert reference.fields["author"][0].given == given
    assert reference.fields["title"] == title


@pytest.mark.parametrize(("text", "spans", "title"), [
    # a title that names its subject, after a comma
    ("Cipolla, Andrea Gloria, «Nuovo Archivio Veneto», n. s., 23 (1912), pp. 225-233",
     [("author", "Cipolla"), ("title", "Andrea Gloria")], "Andrea Gloria"),
    # a title's abbreviated words
    ("Kandler, Not. stor. di Montona, alle pagg. 137-38 e 143-44;",
     [("author", "Kandler"), ("title", "Not. stor. di Montona")], "Not. stor. di Montona"),
    ("Gaspary, Storia d. Lett. Ital., vol. II, Torino. 1891,",
     [("author", "Gaspary"), ("title", "Storia d. Lett. Ital")], "Storia d. Lett. Ital"),
])
def test_a_title_s_first_words_stay_in_the_title(text, spans, title):
    reference = to_reference(_labelled_spans(text, *spans))
    assert not reference.fields["author"][0].given
    assert reference.fields["title"] == title


@pytest.mark.parametrize(("text", "spans", "title", "place", "publisher"), [
    # LinkedBooks' notes: a known city closing the title, a firm after it or read as place
    ("C. Ricci, Scenografia italiana, Milano",
     [("author", "C. Ricci"), ("title", "Scenografia italiana, Milano")],
     "Scenografia italiana", "Milano", None),
    ("Histoire du gouvernement de Venise, Amsterdam, Pierre Mortier, 1695. pp. 145-174.",
     [("title", "Histoire du gouvernement de Venise, Amsterdam"),
      ("publisher-place", "Pierre Mortier"), ("date", "1695")],
     "Histoire du gouvernement de Venise", "Amsterdam", "Pierre Mortier"),
    ("Y. Mariotte, Le compté de Bourgogne sous les Hohenstaufen 1136-1208, Paris, Les Bel les "
     "Lettres, 1963.",
     [("author", "Y. Mariotte"),
      ("title", "Le compté de Bourgogne sous les Hohenstaufen 1136-1208, Paris, Les Bel les "
                "Lettres"), ("date", "1963")],
     "Le compté de Bourgogne sous les Hohenstaufen 1136-1208", "Paris", "Les Bel les Lettres"),
])
def test_a_city_closing_a_title_is_its_place(text, spans, title, place, publisher):
    reference = to_reference(_labelled_spans(text, *spans))
    assert reference.fields["title"] == title
    assert reference.fields["publisher-place"] == place
    assert reference.fields.get("publisher") == publisher


@pytest.mark.parametrize(("text", "spans", "title"), [
    # a short title cut after a city
    ("ElCKHOFF, Venezia, Vienna..., p. 434;",
     [("author", "ElCKHOFF"), ("title", "Venezia, Vienna")], "Venezia, Vienna"),
    # two cities: "London, Paris" is no city and its firm, nor a city after a title
    ("A. Smith, Capitals, London, Paris",
     [("author", "A. Smith"), ("title", "Capitals, London, Paris")],
     "Capitals, London, Paris"),
])
def test_a_city_in_a_title_stays_there(text, spans, title):
    reference = to_reference(_labelled_spans(text, *spans))
    assert reference.fields["title"] == title


@pytest.mark.parametrize(("text", "spans", "series"), [
    # LinkedBooks' archival notes: the words after the archive are its series or file
    ("AT, Nodari, 149, mazzo 7, f. 30 r.", [("archive", "AT"), ("title", "Nodari")], "Nodari"),
    ("civ. di Pad. Cronaca Scardova, cit.",
     [("archive", "civ. di Pad"), ("title", "Cronaca Scardova")], "Cronaca Scardova"),
    ("Venezia, Achivio di Stato: Ufficiali alle Razón Vecchie, buste 225-226.",
     [("archive", "Venezia, Achivio di Stato"), ("title", "Ufficiali alle Razón Vecchie")],
     "Ufficiali alle Razón Vecchie"),
])
def test_a_title_after_an_archive_is_its_series(text, spans, series):
    reference = to_reference(_labelled_spans(text, *spans))
    assert reference.fields["archive_location"] == series
    assert "title" not in reference.fields


def test_a_document_s_title_before_its_archive_stays_its_title():
    text = "Lett. del Maffei a Mons. Bianchini s. d. ma nov. 1728, Bibl. Capit. Verona."
    reference = to_reference(_labelled_spans(
        text, ("title", "Lett. del Maffei a Mons. Bianchini"), ("archive", "Bibl. Capit. Verona")))
    assert reference.fields["title"] == "Lett. del Maffei a Mons. Bianchini"
    assert "archive_location" not in reference.fields


@pytest.mark.parametrize(("text", "spans", "pages"), [
    # a French brochure cited in a Russian note, its extent after the year
    ("J. Dupont, Histoire de Moscou, Paris, Pillet aîné, 1823, 218 p.",
     [("author", "J. Dupont"), ("title", "Histoire de Moscou"), ("publisher-place", "Paris"),
      ("publisher", "Pillet aîné"), ("date", "1823"), ("page", "218 p")], "218"),
    ("K. Müller, Geschichte der Stadt, Berlin, 1901, 340 S.",
     [("author", "K. Müller"), ("title", "Geschichte der Stadt"), ("publisher-place", "Berlin"),
      ("date", "1901"), ("page", "340 S")], "340"),
])
def test_a_books_pages_with_their_term_after_the_number_are_its_extent(text, spans, pages):
    """ISO 690 and GOST 7.1 print a book's extent as the count, then the term ("218 p."); a
    page cited has its term first ("p. 218")."""
    reference = to_reference(_labelled_spans(text, *spans))
    assert reference.fields["number-of-pages"] == pages
    assert "page" not in reference.fields


def test_a_parts_pages_with_a_term_after_them_stay_its_pages():
    reference = to_reference(_labelled_spans(
        "A. Smith, The Town, Studies in History, 1990, 12 p.",
        ("author", "A. Smith"), ("title", "The Town"), ("container-title", "Studies in History"),
        ("date", "1990"), ("page", "12 p")))
    assert reference.fields["page"] == "12 p"


@pytest.mark.parametrize(("text", "spans", "family", "given", "title"), [
    ("Lattimore, Owen. Manchuria. Cradle of Conflict. New-York: The Macmillan Company, 1932.",
     [("author", "Lattimore, Owen. Manchuria"), ("title", "Cradle of Conflict")],
     "Lattimore", "Owen", "Manchuria. Cradle of Conflict"),
    ("Smith, John. Russia. The Empire and Its Peoples. London: Macmillan, 1950.",
     [("author", "Smith, John. Russia"), ("title", "The Empire and Its Peoples")],
     "Smith", "John", "Russia. The Empire and Its Peoples"),
])
def test_a_one_word_first_sentence_of_a_title_after_an_inverted_heading_is_the_titles(
        text, spans, family, given, title):
    """CMOS 14.68's heading "Family, Given." ends at the given name's period: the one word
    after it is the title's first sentence, not a second author."""
    reference = to_reference(_labelled_spans(text, *spans))
    assert [(name.family, name.given) for name in reference.fields["author"]] == \
        [(family, given)]
    assert reference.fields["title"] == title
