"""Other title information that names the kind of document (GOST 7.1-2003 clause 5.2.5,
GOST R 7.0.100-2018 clause 7.3.3, DSTU 8302:2015) where the lists of batch 12 of the dev
set print it: abbreviated at the end of the title area, whose period is also the
abbreviation's ("навч. посіб. 2-ге вид." under DSTU 8302's ". " between areas); in
English ("monograph", "a course of lectures", "[site]"); a journal described as a whole
("многопредмет. науч. журн."); romanized in transliterated lists ("ucheb. posob."); the
first of two genres; " : " typed without its spaces.
The values were read off the text by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

GENRES = [
    ("Гура О. І., Гура Т. Є. Психологія управління соціальною організацією : навч. посіб. "
     "2-ге вид., доп. Херсон : ОЛДІ-ПЛЮС, 2015. 212 с.",
     "Психологія управління соціальною організацією", "навч. посіб."),
    ("Ivanova V.D. Production technology of beekeeping products: a course of lectures. "
     "Mykolaiv: Moscow State University, 2009. 245 p.",
     "Production technology of beekeeping products", "a course of lectures"),
    ("Dynamic Analysis of Centrifugal Machines Rotors with Combined Using 3D and 2D Finite "
     "Element Models : monograph / I. Pavlenko et al. Ludenscheid : RAM-Verlag, 2018. 145 p.",
     "Dynamic Analysis of Centrifugal Machines Rotors with Combined Using 3D and 2D Finite "
     "Element Models", "monograph"),
    ("Исследовано в России [Электронный ресурс]: многопредмет. науч. журн. / Моск. "
     "физ.-техн. ин-т. – Электрон.журн. – Долгопрудный: МФТИ, 1998. -. – режим доступа к "
     "журн.: http://zhurnul.milt.rissi.ru", "Исследовано в России", "многопредмет. науч. журн."),
    ("Jeremy Norman's HistoryofInformation.com : exploring the history of information and "
     "media through timelines : [site] / Jeremy M. Norman. – [Novato (Calif.)], 2004-2023. – "
     "URL: https://www.historyofscience.com/about-us/ (дата обращения: 09.03.2023).",
     "Jeremy Norman's HistoryofInformation.com : exploring the history of information and "
     "media through timelines", "site"),
    # romanized, in a transliterated list (batch 7, a law journal's References)
    ("Semennikova, A. I. Rossiya v mirovom soobschestve tsivilizatsiy : ucheb. posob. dlya "
     "vuzov. -M.: Interpraks, 1994.", "Rossiya v mirovom soobschestve tsivilizatsiy",
     "ucheb. posob. dlya vuzov"),
    # the anthology in Belarusian, as a Belarusian encyclopedia's list prints it (batch 16)
    ("Беларуская літаратура XIX ст.: Хрэстаматыя. 2 выд. Мн., 1988;",
     "Беларуская літаратура XIX ст.", "Хрэстаматыя"),
]


@pytest.mark.parametrize(("text", "title", "genre"), GENRES)
def test_a_kind_of_document_is_the_genre_wherever_the_area_ends(
        text: str, title: str, genre: str) -> None:
    fields = parse_reference(text).fields
    assert fields["title"] == title
    assert fields["genre"] == genre


def test_the_first_of_two_genres_is_the_genre_and_the_title_keeps_neither() -> None:
    fields = parse_reference(
        "Экология и жизнь : науч.-попул. журн. : [офиц. сайт]. – Москва, [2009-2022]. – URL: "
        "http://www.ecolife.ru/ (дата обращения: 29.06.2023).").fields
    assert fields["title"] == "Экология и жизнь"
    assert fields["genre"] == "науч.-попул. журн."


def test_a_genre_after_a_colon_typed_without_spaces_leaves_the_title() -> None:
    fields = parse_reference("Гражданское право:учебник для бакалавров.-15-е изд., перераб. и "
                             "доп. -М.:Издательство Юрайткнига").fields
    assert fields["title"] == "Гражданское право"


def test_a_subtitle_ending_in_a_period_that_names_no_kind_of_document_stays() -> None:
    fields = parse_reference("Немзер А.С. Літературне сьогодні. Про російській прозі. 90-ті. "
                             "- М., 1998.").fields
    assert "genre" not in fields


def test_an_edition_opened_by_its_word_ends_the_abbreviated_genre() -> None:
    """The edition's word first and its number with a Ukrainian ordinal ending, as GOST
    7.1-2003 clause 5.3 allows ("Изд. 2-е, испр. и доп."), after an abbreviated kind of
    document whose period is the area's: a technical journal's DSTU 8302:2015 rules (dev
    set batch 30, ru-gost-1101). Read off by hand."""
    fields = parse_reference(
        "Вердіна С. А., Волков А. А. Контролінг : навч. посіб. Вид. 3-тє., переробл. та "
        "допов. Херсон, 2017. 212 с.").fields
    assert fields["genre"] == "навч. посіб."
    assert fields["edition"].rstrip(".") == "Вид. 3-тє., переробл. та допов"
    assert fields["publisher-place"] == "Херсон"


def test_a_period_after_the_number_ends_the_edition() -> None:
    """A note's collected works (dev ru-fn-081): "изд. 4" and then the volume."""
    fields = parse_reference("В. И. Ленин. Соч., изд. 4, т. 37, стр. 69.").fields
    assert (fields["edition"], fields["volume"]) == ("4", "37")
