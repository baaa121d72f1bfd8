"""The labeller as a second reader of Cyrillic references the grammar reads weakly
(biblio.parse.second_reading): when a reading is weak, and when the labeller's is taken.
The references are real notes of the Russian dev set (`tests/data/dev`, dev rows of
different sources), the expected fields checked by hand against the printed text."""

from __future__ import annotations

import pytest

from biblio.model import Leftover
from biblio.parse.choice import read_reference
from biblio.parse.labeller.model import Labelled
from biblio.parse.partial import UNREAD_PART
from biblio.parse.reference import Reference
from biblio.parse.second_reading import grammar_less_likely, leaves_words_unread, weak


def _work(**fields: str) -> Reference:
    return Reference(text="", kind="work", fields=dict(fields))


def test_a_title_holding_a_host_a_year_and_pages_is_a_weak_reading():
    assert weak(_work(title="F.J.Thomson, “The Legacy of SS. Cyril and Methodios in the "
                            "Counter-Reformation”, в книге: E.Konstantinou (ed.), Methodios "
                            "und Kyrillos (Frankfurt am Main and Oxford, 2005), 85–247"))


def test_a_host_holding_the_year_and_the_pages_is_a_weak_reading():
    assert weak(_work(title="Лев Троцкий: франкенштейн XX века",
                      **{"container-title": "Личности, 2008. т.№1.-С.100- 115"}))


def test_a_reading_in_part_is_no_weak_reading_but_leaves_words_unread():
    reading = _work(title="Памир, 1986", **{"publisher-place": "Душанбе"})
    reading.leftover.append(Leftover("№ 5 и № 6.", UNREAD_PART))
    assert not weak(reading)
    assert leaves_words_unread(reading)


@pytest.mark.parametrize("text, family, journal, volume, issue, page", [
    # ru-fn-1551's form: the grammar reads the title and «т. 62» and leaves the rest unread
    ("Sona Stephan Hoisington, «Ever Higher»: The Evolution of the Project for the Palace "
     "of Soviets», Slavic Review, т. 62, (2003, Spring, № 1), с. 41–68",
     "Hoisington", "Slavic Review", "62", "1", "41–68"),
    ("Anna Maria Kowalska, «Moving Forward»: The History of the Soviet Pavilion», Russian "
     "Review, т. 58 (1999, Winter, № 3), с. 112–130",
     "Kowalska", "Russian Review", "58", "3", "112–130"),
    ("Mary Ellen Brown, «Red Stars»: Soviet Cinema and the West», Slavic Review, т. 45, "
     "(1986, Summer, № 2), с. 201–219",
     "Brown", "Slavic Review", "45", "2", "201–219"),
])
def test_an_article_the_grammar_reads_in_part_is_read_whole_by_the_labeller(
        text, family, journal, volume, issue, page):
    reading = read_reference(text)
    assert [name.family for name in reading.fields["author"]] == [family]
    assert reading.fields["container-title"] == journal
    assert (reading.fields["volume"], reading.fields["issue"], reading.fields["page"]) == \
        (volume, issue, page)


def test_a_title_with_no_sign_of_another_area_is_no_weak_reading():
    assert not weak(_work(title="Смоленск под властью Советов",
                          **{"publisher-place": "Смоленск"}))


def test_short_forms_and_repeats_are_not_read_again():
    short = _work(title="Реформы, с. 295")
    short.short = True
    assert not weak(short)
    assert not weak(Reference(text="", kind="ibid", fields={"title": "Там же, с. 5"}))


def test_a_grammar_reading_the_labeller_finds_impossible_is_less_likely():
    assert grammar_less_likely(Labelled("", [], [], 0.5, 0.0))


def test_a_grammar_reading_about_as_likely_as_the_labellers_is_kept():
    assert not grammar_less_likely(Labelled("", [], [], 0.5, 0.1))
    assert grammar_less_likely(Labelled("", [], [], 0.5, 0.001))


def test_a_chapter_in_a_book_swallowed_into_the_title_is_read_by_the_labeller():
    reference = read_reference(
        "F.J.Thomson, “The Legacy of SS. Cyril and Methodios in the Counter-Reformation”, "
        "в книге: E.Konstantinou (ed.), Methodios und Kyrillos in ihrer europäischen "
        "Dimension (Frankfurt am Main and Oxford, 2005), 85–247, на с. 126–127.")
    fields = reference.fields
    assert [name.family for name in fields["author"]] == ["Thomson"]
    assert fields["title"] == "The Legacy of SS. Cyril and Methodios in the Counter-Reformation"
    assert fields["issued"].year == 2005
    assert fields["page"] == "85–247"
    # session 33 (fam56): the comma style now reads this Chicago chapter whole («в книге:»,
    # "(ed.)", «на с.»), so the labeller is no longer asked; its book and editor are read
    assert fields["container-title"] == "Methodios und Kyrillos in ihrer europäischen Dimension"
    assert [name.family for name in fields["editor"]] == ["Konstantinou"]


def test_a_comma_note_with_year_and_pages_after_the_title_is_read_by_the_labeller():
    reference = read_reference("И. И. Панаев, Литературные воспоминания, 1950, стр. 186, "
                               "231-232")
    assert [name.family for name in reference.fields["author"]] == ["Панаев"]
    assert reference.fields["title"] == "Литературные воспоминания"
    assert reference.fields["issued"].year == 1950
    assert reference.locator == "186"


def test_a_comma_note_with_the_pinpoint_in_the_title_is_read_by_the_labeller():
    reference = read_reference("Мерль Файнсод. Смоленск при советской власти. Массачусетс, "
                               "Кембридж, 1958, с.240.")
    assert [name.family for name in reference.fields["author"]] == ["Файнсод"]
    assert reference.fields["title"] == "Смоленск при советской власти"
    assert reference.fields["issued"].year == 1958
    assert reference.locator == "240"


def test_a_reading_the_labeller_reads_no_more_of_stays_with_the_grammar():
    # «с. Бердского» (a village) in the title is a sign of a pinpoint only in form
    reference = read_reference(
        "Зверев В. А. Модель изучения динамики сельского населенного пункта в Сибири "
        "1850–1920-х гг. (на примере с. Бердского) // История и историография России и "
        "Сибири в исследовательском и образовательном контекстах: материалы Всерос. "
        "науч.-практ. конф. Новосибирск: НГПУ, 2014. С. 26–35.")
    assert reference.confidence == 1.0
    assert reference.fields["title"].endswith("(на примере с. Бердского)")
    assert reference.fields["page"] == "26–35"


def test_a_labelled_reading_that_loses_the_title_or_the_heading_is_not_taken():
    # the grammar reads the heading exactly, and its title swallowed the imprint
    reference = read_reference("Соловьев С. М. Сочинения. М., Т. 4, 1989.")
    assert [name.family for name in reference.fields["author"]] == ["Соловьев"]
    assert reference.fields["title"].startswith("Сочинения")


@pytest.mark.parametrize("text, unread", [
    # ru-gost-1647's form: a journal's issues in two numberings, «4 (7), 2/3 (9/10)»
    ("Иоанн Мейендорф. Византийские представления об исламе//Альфа и Омега. – М., 1995. – "
     "4 (7), 2/3 (9/10)", "2/3 (9/10)"),
    ("Павел Флоренский. Письма из лагеря//Новый мир. – М., 1991. – 2 (5), 3/4 (7/8)",
     "3/4 (7/8)"),
])
def test_a_labelled_reading_leaving_figures_unread_does_not_replace_a_reading_in_part(
        text, unread):
    # the labeller reads «9/10)» as a page and leaves «2/3 (9»: no reading of the numbering
    reading = read_reference(text)
    assert "page" not in reading.fields
    assert [leftover.text for leftover in reading.leftover] == [unread]
