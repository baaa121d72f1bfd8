"""How the year closing a publication area is marked, as catalogues and guides type it.

GOST 7.1-2003 clause 5.5 gives the date of copyright, "cop. 1997", where a book prints no
year of its own (library catalogues copy it from the verso; typed with the Cyrillic
look-alikes "сор." as often); the publisher ends before it. A set's years are ranged with an
en dash ("1985–1987"), which some word processors type as a horizontal bar U+2015 or a
figure dash U+2012 (a Belarusian archive's guide: "Минск: «Беларусь», 1985―1987"): the
range is the date, not the publisher's name. A catalogue's export doubles the period after
"cop." ("сор.. 1997"): the year still closes the publisher."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference


@pytest.mark.parametrize("text", [
    "Иванов И. И. История флота. — М. : Интерсофт, cop. 1997. — 100 с.",
    "Иванов И. И. История флота. — М. : Интерсофт, сор. 1997. — 100 с.",  # Cyrillic с, о, р
    "Иванов И. И. История флота. — М. : Интерсофт, cop.1997. — 100 с.",
])
def test_a_copyright_year_closes_the_publisher(text: str) -> None:
    fields = parse_reference(text).fields
    assert fields["publisher"] == "Интерсофт"
    assert fields["issued"].parts == [[1997]]


def test_an_english_copyright_year_closes_the_publisher() -> None:
    fields = parse_reference("Smith J. Naval history. — London : Penguin, cop. 2004. — "
                             "310 p.").fields
    assert (fields["publisher"], fields["issued"].parts) == ("Penguin", [[2004]])


@pytest.mark.parametrize("dash", ["\u2015", "\u2012"])
def test_a_range_of_years_typed_with_a_bar_or_figure_dash_is_the_date(dash: str) -> None:
    text = f"Лукин П. Хроника : в 3 т. — Гродно : Полымя, 1990{dash}1992."
    fields = parse_reference(text).fields
    assert fields["publisher"] == "Полымя"
    assert fields["issued"].parts == [[1990], [1992]]
    assert parse_reference(text).text == text  # the note kept as typed


@pytest.mark.parametrize("years", ["1949-1989 гг.", "1949-1989 г.г.", "1949–1989 гг", "1949—1989гг."])
def test_a_range_of_years_with_its_plural_word_is_the_date(years: str) -> None:
    fields = parse_reference(f"Соколов А. Б. Собрание сочинений. Л., {years}").fields
    assert fields["issued"].parts == [[1949], [1989]]
    assert fields["publisher-place"] == "Ленинград"
    assert fields["title"] == "Собрание сочинений"


def test_years_with_their_plural_word_alone_are_the_titles() -> None:
    # no place or publisher before them: a sentence of the title, not the imprint's date
    fields = parse_reference("Русанов Г. А. Воспоминания о Толстом. 1883-1901 гг. Воронеж "
                             "(1972), с. 145.").fields
    assert "1883-1901 гг." in fields["title"]


@pytest.mark.parametrize("text", [
    # library catalogues' exports add the area's period after an element that ends with
    # its own: «М. : Интерсофт, сор.. 1997» (dev row ru-gost-078)
    "Мир живописи. — М. : Комтех, сор.. 2003. — 1 электрон. опт. диск.",   # Cyrillic с, о, р
    "Мир живописи. — Москва : Комтех, cop.. 2003. — 1 электрон. опт. диск.",
])
def test_a_copyright_mark_with_its_period_doubled_closes_the_publisher(text: str) -> None:
    fields = parse_reference(text).fields
    assert fields["publisher"] == "Комтех"
    assert fields["issued"].parts == [[2003]]
