"""A contribution to a serial's volume after the area dash (issue 9, session 33, batch 42).

Soviet notes in the form of GOST 7.1-76 print the host after ". — " where later forms
print "//", a serial numbered by volume with its imprint after the volume: "Шамбинаго С.
К. Повести о начале Москвы. — ТОДРЛ, т. 3. М. — Л., 1936, с. 59–98" and "Дмитриева Р. П.
Повесть о Тверском Отроче монастыре и исторические реалии. — ТОДРЛ, т. 24. Л., 1969, с.
210–213." (the notes of a history of Old Russian literature, dev rows ru-fn-2739 and
ru-fn-2745). The serial is the container, the pages the contribution's. A book's own
volume after the dash stays the book's. Values read by hand."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference

HOSTED = [
    ("Шамбинаго С. К. Повести о начале Москвы. — ТОДРЛ, т. 3. М. — Л., 1936, с. 59–98",
     "Повести о начале Москвы", "ТОДРЛ", "3", "59–98"),
    # other serials, places and pages in the same form
    ("Тихомиров М. Н. Сказания о начале Москвы. — Исторические записки, т. 32. М., 1950, "
     "с. 233–241.", "Сказания о начале Москвы", "Исторические записки", "32", "233–241"),
    ("Адрианова-Перетц В. П. Басня в русской литературе. — ТОДРЛ, т. 14. М.; Л., 1958, "
     "с. 104–122.", "Басня в русской литературе", "ТОДРЛ", "14", "104–122"),
    # a list's second work by the same author, with no heading of its own (the notes of a
    # history of Old Russian literature, as dev row ru-fn-2741 prints it)
    ("Повесть о Мамаевом побоище. — ИЗ, т. 25. М., 1948, с. 12–30;",
     "Повесть о Мамаевом побоище", "ИЗ", "25", "12–30"),
    ("Летописные своды XV века. — ТОДРЛ, т. 9. М.; Л., 1953, с. 5–40.",
     "Летописные своды XV века", "ТОДРЛ", "9", "5–40"),
]


@pytest.mark.parametrize(("text", "title", "host", "volume", "pages"), HOSTED)
def test_a_serials_volume_after_the_area_dash_is_the_container(
        text: str, title: str, host: str, volume: str, pages: str) -> None:
    reference = parse_reference(text)
    assert reference.type == "chapter"
    assert reference.fields["title"] == title
    assert reference.fields["container-title"] == host
    assert reference.fields["volume"] == volume
    assert reference.fields["page"] == pages


def test_a_books_volume_after_the_dash_stays_the_books() -> None:
    reference = parse_reference("Иванов И. И. История края. — Т. 2. М., 1950, с. 233–241.")
    assert reference.type == "book"
    assert reference.fields["title"] == "История края"
    assert "container-title" not in reference.fields



def test_a_books_volume_after_the_dash_stays_the_books_without_a_heading() -> None:
    reference = parse_reference("История края. — Т. 2. М., 1950, с. 233–241.")
    assert reference.type == "book"
    assert reference.fields["title"] == "История края"
    assert "container-title" not in reference.fields


@pytest.mark.parametrize(("text", "title", "host", "volume"), [
    # a commentary on a journal's anonymous articles (dev row ru-fn-1226's form)
    ("Записки о Турции в 1829 году.- Там же, т. XXXIV;",
     "Записки о Турции в 1829 году", "Там же", "XXXIV"),
    ("Иванов И. И. О торговле. — Там же. 1830. Т. 5. С. 12.", "О торговле", "Там же", "5"),
    # a Ukrainian list after ДСТУ's spaced dashes
    ("Петренко О. Козацькі клейноди. – Там само. – 1999. – Т. 4. – С. 17–20.",
     "Козацькі клейноди", "Там само", "4"),
    # pre-reform spelling, as notes reprinting 19th-century ones keep it
    ("Смирнов П. Из истории раскола. – Тамъ же, т. 3, стр. 45.",
     "Из истории раскола", "Тамъ же", "3"),
])
def test_ibid_after_the_area_dash_is_the_host(
        text: str, title: str, host: str, volume: str) -> None:
    """"— Там же" (GOST 7.1-84's host after the dash) is the host of the note before, as
    "// Там же" is: no edition, place or extent opens with it."""
    fields = parse_reference(text).fields
    assert (fields["title"], fields["container-title"], fields["volume"]) == \
        (title, host, volume)


@pytest.mark.parametrize(("text", "title", "host", "place"), [
    # a philology journal's notes (dev row ru-fn-1222's form), typed straight quotes and «.-»
    ("В. Сомов. Пародия на сентиментально-романтическую прозу XIX века (1800-1830 годы).- "
     "'Вопросы русской литературы'. Уч. зап. Моск. гос. пед. ин-та им. В. И. Ленина, No 288. "
     "М., 1968, с. 60.", "Пародия на сентиментально-романтическую прозу XIX века (1800-1830 "
     "годы)", "Вопросы русской литературы", "Москва"),
    # other collections, places and pages; the imprint after a period or a comma
    ("Петров П. О стиле Гоголя. — «Вопросы литературы и стиля». Л., 1958, с. 60–80.",
     "О стиле Гоголя", "Вопросы литературы и стиля", "Ленинград"),
    ("Петров П. О стиле Гоголя. — «Вопросы литературы и стиля», М.—Л., 1958, с. 60–80.",
     "О стиле Гоголя", "Вопросы литературы и стиля", "Москва; Ленинград"),
    ("Виноградов В. В. О языке Толстого. – «Литературное наследство». М., 1939, с. 117–220.",
     "О языке Толстого", "Литературное наследство", "Москва"),
])
def test_a_quoted_name_after_the_area_dash_is_the_host(
        text: str, title: str, host: str, place: str) -> None:
    """GOST 7.1-76's host after the dash, named in quotes: GOST's own areas after a dash
    (edition, place, extent, series, notes) open with no quotes."""
    fields = parse_reference(text).fields
    assert (fields["title"], fields["container-title"], fields["publisher-place"]) == \
        (title, host, place)


def test_a_quoted_collections_numbered_series_after_its_period_is_its_series() -> None:
    """«Вопросы литературы и стиля». Уч. зап. ЛГУ, № 120: the collection's quotes close its
    title; the numbered series after it is GOST 7.1-2003's series area (clause 5.6)."""
    fields = parse_reference("Петров П. О стиле Гоголя. — «Вопросы литературы и стиля». Уч. "
                             "зап. ЛГУ, № 120. Л., 1958, с. 60–80.").fields
    assert (fields["container-title"], fields["collection-title"],
            fields["collection-number"]) == ("Вопросы литературы и стиля", "Уч. зап. ЛГУ", "120")


def test_a_serial_in_the_comma_form_after_the_dash_keeps_its_statement_apart() -> None:
    """The comma form of a serial's year and issue after the dash is read as before, its
    statement of responsibility before the dash kept out of the title (DASH_SERIAL)."""
    fields = parse_reference("Севак Арамазд. Разбитое зеркало. Вступительная статья и "
                             "перевод Георгия Кубатьяна. — “Арион”, 2009, № 3.").fields
    assert (fields["container-title"], fields["issue"]) == ("Арион", "3")
