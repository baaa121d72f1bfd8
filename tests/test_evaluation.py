"""The field comparison of biblio.evaluation: what counts as a right field."""

from __future__ import annotations

from biblio.evaluation import FieldScore, locator_equal

BOOK = {"type": "book", "title": "Palladio", "page": "163"}
CHAPTER = {"type": "chapter", "title": "Palladio", "container-title": "Scritti", "page": "163"}


def test_a_book_page_given_as_the_locator_is_wrong_by_default() -> None:
    score = FieldScore()
    assert score.add(BOOK, {"title": "Palladio"}, locator="163") == ["page"]
    assert (score.right, score.gold) == (1, 2)


def test_a_book_page_given_as_the_locator_is_right_when_asked() -> None:
    score = FieldScore(locator_as_page=True)
    assert score.add(BOOK, {"title": "Palladio"}, locator="163") == []
    assert (score.right, score.gold, score.predicted) == (2, 2, 2)


def test_a_wrong_locator_is_still_a_wrong_page() -> None:
    score = FieldScore(locator_as_page=True)
    assert score.add(BOOK, {"title": "Palladio"}, locator="164") == ["page"]


def test_a_part_page_is_never_taken_from_the_locator() -> None:
    score = FieldScore(locator_as_page=True)
    assert score.add(CHAPTER, {"title": "Palladio", "container-title": "Scritti"},
                     locator="163") == ["page"]


def test_a_page_the_parse_gave_is_compared_as_it_is() -> None:
    score = FieldScore(locator_as_page=True)
    assert score.add(BOOK, {"title": "Palladio", "page": "1-200"}, locator="163") == ["page"]


def test_text_fields_are_compared_without_the_punctuation_around_them() -> None:
    score = FieldScore()
    gold = {"container-title": "J. Instrum.", "page": "137–55"}
    assert score.add(gold, {"container-title": "J. Instrum", "page": "137-55,"}) == []


def test_printed_designations_are_not_an_invented_field() -> None:
    """`custom` holds how the source printed a scored value ("Vol." before volume 3): it
    is neither scored nor counted against precision."""
    score = FieldScore()
    parsed = {"title": "Palladio", "page": "163", "volume": "3",
              "custom": {"designations": {"volume": "Vol."}}}
    assert score.add({**BOOK, "volume": "3"}, parsed) == []
    assert (score.right, score.gold, score.predicted) == (3, 3, 3)


def test_a_family_name_is_read_with_its_non_dropping_particle() -> None:
    gold = {"type": "article", "author": [{"family": "de Meis", "given": "L."}]}
    split = {"author": [{"family": "Meis", "given": "L.", "non-dropping-particle": "de"}]}
    assert FieldScore().add(gold, split) == []


def test_a_particle_does_not_make_another_family_name_right() -> None:
    gold = {"type": "article", "author": [{"family": "Meis", "given": "L. de"}]}
    split = {"author": [{"family": "Meis", "given": "L.", "non-dropping-particle": "de"}]}
    assert FieldScore().add(gold, split) == ["author"]


def test_the_mark_of_names_left_out_is_no_name() -> None:
    """"Evans, S., Taber, W., Drain, T., et al. 2016" (a GROBID train row): the parse ends
    the authors with the literal "others", the gold lists the three printed names."""
    gold = {"author": [{"family": "Evans"}, {"family": "Taber"}, {"family": "Drain"}]}
    parsed = {"author": [{"family": "Evans"}, {"family": "Taber"}, {"family": "Drain"},
                         {"literal": "others"}]}
    score = FieldScore()
    assert score.add(gold, parsed) == []
    assert score.add(gold, {"author": parsed["author"][:2] + [{"literal": "others"}]}) \
        == ["author"]  # a name missing is still wrong


def test_a_locator_printed_with_its_term_is_its_label_and_value() -> None:
    # LinkedBooks' annotators copy the pinpoint with its term; CSL keeps the term as label
    assert locator_equal("c. 34r", "34r", "folio")
    assert locator_equal("ff. 37r-37v", "37r-37v", "folio")
    assert locator_equal("col. 773", "773", "column")
    assert locator_equal("c. 34r", "c. 34r", "page")  # the same text, as before


def test_a_locator_with_another_label_or_value_is_wrong() -> None:
    assert not locator_equal("c. 34r", "34r", "page")
    assert not locator_equal("c. 34r", "35r", "folio")
    assert not locator_equal("105 v", "105", "page")
    assert not locator_equal("c. 34r", None, None)
