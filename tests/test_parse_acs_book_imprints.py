"""A book's imprint in the ACS style, as MDPI journals and the guides that copy them print
it: "Author, A.; Author, B. Title; Publisher: City, Country, Year." (the ACS Style Guide,
books; MDPI's reference list instructions; a Ukrainian guide to reference lists, dev row
ru-gost-594). The publisher comes before the colon, the city and its state or country
after it; the ";" before the publisher ends no reference."""

from __future__ import annotations

import pytest

from biblio.model import Date
from biblio.parse import parse_note, parse_reference


@pytest.mark.parametrize(("text", "publisher", "place", "year"), [
    ("Smith, J.; Brown, K. Soil Physics; Springer: Berlin, Germany, 2015.", "Springer",
     "Berlin, Germany", 2015),
    ("Lee, M. Organic Synthesis; Wiley: Hoboken, NJ, USA, 2009", "Wiley",
     "Hoboken, NJ, USA", 2009),
    ("Ковальчук, О. П.; Гнатюк, Л. В. Основи агрохімії : навч. посіб.; Аграрна наука: Київ, "
     "Україна, 2019.", "Аграрна наука", "Київ, Україна", 2019),
])
def test_the_publisher_city_country_and_year_after_the_title(
        text: str, publisher: str, place: str, year: int) -> None:
    assert len(parse_note(text)) == 1
    fields = parse_reference(text).fields
    assert (fields["publisher"], fields["publisher-place"]) == (publisher, place)
    assert fields["issued"] == Date(parts=[[year]])
    assert ";" not in fields["title"]


def test_a_gost_imprint_with_a_second_place_is_no_acs_imprint() -> None:
    # "; Л.:" opens GOST's second place and its publisher (clause 5.5.5), not a publisher
    fields = parse_reference("Лебедев В. В. Очерки. — М.: Наука; Л.: Изд-во АН СССР, "
                             "Ленингр. отд-ние, 1990. — 300 с.").fields
    assert fields["publisher-place"] == "Москва; Ленинград"


def test_a_second_reference_after_the_semicolon_is_still_one() -> None:
    references = parse_note("Иванов И. И. Очерки. М., 1990; Петров П. П. Записки. Л., 1975.")
    assert len(references) == 2


def test_an_acs_imprint_whose_year_has_its_russian_word() -> None:
    fields = parse_reference("Иванов, И. И. Физика почв; Наука: Москва, Россия, 2015 г.").fields
    assert (fields["publisher"], fields["issued"]) == ("Наука", Date(parts=[[2015]]))
