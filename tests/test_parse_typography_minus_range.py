"""The minus sign U+2212 typed for the en dash of a range of pages (typography.MINUS_IN_RANGE):
a law faculty's rules for citing an article in a collection (dev set, batch 40); the page
was dropped before. Its reading as the areas' dash, between spaces, is unchanged."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.typography import as_gost_prints, typed_as_read

IN_A_COLLECTION = (
    "Сасов К.А. Конституционный Суд РФ устал: причины и следствия // Налоговое право в "
    "решениях Конституционного Суда Российской Федерации 2007 года. По материалам V "
    "Международной научно-практической конференции, 11-12 апреля 2008 г., Москва / под ред. "
    "С.Г. Пепеляева. М., 2009. С. 39−45.")


def test_a_page_range_typed_with_a_minus_sign_is_the_articles_pages() -> None:
    reference = parse_reference(IN_A_COLLECTION)
    assert reference.type == "chapter"
    assert reference.fields["page"] == "39–45"
    assert reference.text.endswith("С. 39−45.")  # the note's text kept as printed


def test_the_minus_is_read_one_character_for_one() -> None:
    assert not typed_as_read(IN_A_COLLECTION)
    read = as_gost_prints(IN_A_COLLECTION)
    assert len(read) == len(IN_A_COLLECTION)
    assert read.endswith("С. 39–45.")


def test_a_minus_between_spaces_is_still_the_areas_dash() -> None:
    text = ("Биологические процессы в загрязненных модельных водоемов / [под ред. Филенко "
            "О.Ф.]. − М.: Изд-во Моск. ун-та, 1984. − 193 с.")
    assert as_gost_prints(text) == text.replace(". − ", ". — ")
