""""Указ. соч." as Soviet notes print it (biblio.data.reference_terms.OP_CIT_MARKERS):
"Ук. соч." and, from the OCR of scanned books, "Указ, соч."; the author before it is
read, given name first, and the page after it is the cite's."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes


@pytest.mark.parametrize(("text", "family", "given", "page"), [
    # a 1970s linguistics paper's notes (batch 21)
    ("А. А. Зализняк. Ук. соч., стр. 21; ср. также стр. 26—27.", "Зализняк", "А. А.", "21"),
    ("А. А. Зализняк. Ук. соч., стр. 28.", "Зализняк", "А. А.", "28"),
    # a Soviet history read by OCR (batch 13)
    ("С. Г. Струмилин. Указ, соч., стр. 52.", "Струмилин", "С. Г.", "52"),
])
def test_the_variant_marks_a_work_cited_before(
        text: str, family: str, given: str, page: str) -> None:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    item = document.items[cite.item]
    assert [(name.family, name.given) for name in item.fields["author"]] == [(family, given)]
    assert cite.locator == page
    assert "title" not in item.fields


@pytest.mark.parametrize(("text", "family", "given", "page"), [
    # the comma style of Soviet notes, initials before the family
    ("Б. Д. Греков, указ. соч., стр. 45.", "Греков", "Б. Д.", "45"),
    ("См. Л. В. Черепнин, указ. соч., с. 112.", "Черепнин", "Л. В.", "112"),
    ("А.А. Зимин, цит. соч., с. 8.", "Зимин", "А.А.", "8"),
    # "названное сочинение", "названная работа" (the dev set's ru-fn-1469)
    ("См. М. Ф. Болтенко, назв. работа, стр. 40.", "Болтенко", "М. Ф.", "40"),
    ("Н. И. Костомаров, назв. соч., стр. 17.", "Костомаров", "Н. И.", "17"),
    ("Костомаров, назв. соч., стр. 17.", "Костомаров", None, "17"),
])
def test_initials_before_the_family_and_named_work_markers_mark_a_work_cited_before(
        text: str, family: str, given: str | None, page: str) -> None:
    test_the_variant_marks_a_work_cited_before(text, family, given, page)


def test_initials_and_a_title_after_a_comma_are_a_full_reference() -> None:
    document = parse_footnotes(["Б. Д. Греков, Киевская Русь, М., 1953, стр. 45."])
    item = document.items[document.notes[0].cites[0].item]
    assert item.fields["title"] == "Киевская Русь"


@pytest.mark.parametrize(("text", "family", "given", "page"), [
    # the Russian translation of a Western book keeps its notes' names written out, given
    # first, before «указ. соч.» and the English "p." (the dev set's batch 43, Rappaport)
    ("Margaret Thompson, указ. соч., p. 118.", "Thompson", "Margaret", "118"),
    ("Robert Wilton, указ. соч., pp. 40–41.", "Wilton", "Robert", "40–41"),
    ("Peter Fleming, op. cit., p. 9.", "Fleming", "Peter", "9"),
    # in Russian transcription, with the Russian page
    ("Джордж Кеннан, указ. соч., с. 214.", "Кеннан", "Джордж", "214"),
    # a known given name second in Russian order: the family first
    ("Гордеев Николай, указ. соч., с. 17.", "Гордеев", "Николай", "17"),
    # a given name cut short among the initials, as Russian abbreviates it
    ("Дж. Рид, указ. соч., с. 56.", "Рид", "Дж.", "56"),
    ("Вл. И. Немирович-Данченко, указ. соч., с. 210.", "Немирович-Данченко", "Вл. И.", "210"),
])
def test_a_name_written_out_before_the_marker_is_split_into_given_name_and_family(
        text: str, family: str, given: str, page: str) -> None:
    test_the_variant_marks_a_work_cited_before(text, family, given, page)


@pytest.mark.parametrize(("text", "family"), [
    ("Albertson Fineman, supra note 12, at 45.", "Albertson Fineman"),  # no known given name
    ("Le Brun, op. cit., p. 3.", "Le Brun"),  # a family with its article
])
def test_a_family_of_two_words_no_table_knows_as_a_given_name_is_kept_whole(
        text: str, family: str) -> None:
    document = parse_footnotes([text])
    item = document.items[document.notes[0].cites[0].item]
    assert [(name.family, name.given) for name in item.fields["author"]] == [(family, None)]
