"""A whole book described before "//", the platform that holds it after (GOST R
7.0.100-2018 clause 7.3.3 and its scheme for a resource on a site: "… — Москва :
Юрайт, 2020. — 350 с. — ISBN … — Текст : электронный // Образовательная платформа Юрайт
[сайт]. — URL: … (дата обращения: …)", as the electronic library systems print their
records for reference lists). The book keeps its edition, imprint, extent and series;
the platform is the container, without the cataloguer's "[сайт]"; the mode of access
after the date is a note. No stored page printed such a record whole, so the forms are
written on that scheme; values checked by hand."""

from __future__ import annotations

from biblio.parse.gost import parse_reference


def test_a_book_on_an_electronic_library_platform_keeps_its_imprint() -> None:
    reference = parse_reference(
        "Иванов, И. И. История России : учебник для вузов / И. И. Иванов. — 2-е изд., "
        "перераб. и доп. — Москва : Издательство Юрайт, 2020. — 350 с. — (Высшее "
        "образование). — ISBN 978-5-534-12345-6. — Текст : электронный // Образовательная "
        "платформа Юрайт [сайт]. — URL: https://urait.ru/bcode/449879 (дата обращения: "
        "15.03.2021).")
    fields = reference.fields
    assert reference.type == "book"
    assert fields["title"] == "История России"
    assert fields["edition"] == "2-е изд., перераб. и доп."
    assert (fields["publisher-place"], fields["publisher"]) == ("Москва", "Издательство Юрайт")
    assert fields["number-of-pages"] == "350"
    assert fields["collection-title"] == "Высшее образование"
    assert fields["container-title"] == "Образовательная платформа Юрайт"
    assert fields["URL"] == "https://urait.ru/bcode/449879"


def test_the_mode_of_access_after_the_date_is_a_note() -> None:
    fields = parse_reference(
        "Петров, П. П. Экономика : учебное пособие / П. П. Петров. — Санкт-Петербург : Лань, "
        "2019. — 256 с. — ISBN 978-5-8114-0000-0. — Текст : электронный // Лань : "
        "электронно-библиотечная система. — URL: https://e.lanbook.com/book/112345 (дата "
        "обращения: 01.02.2021). — Режим доступа: для авториз. пользователей.").fields
    assert fields["container-title"] == "Лань : электронно-библиотечная система"
    assert fields["note"] == "Режим доступа: для авториз. пользователей"
    assert fields["issued"].parts[0][0] == 2019


def test_a_page_of_a_site_stays_a_page_of_that_site() -> None:
    """A real form (batch 1, a philology site): no imprint before "//"."""
    reference = parse_reference(
        "Российские и международные стандарты описания рукописных и первопечатных книжных "
        "памятников. — Текст : электронный // Myfilology.ru – информационный филологический "
        "ресурс : [сайт]. – URL: https://myfilology.ru//197/rossijskie-i-mezhdunarodnye-"
        "standarty-opisaniya-rukopisnyx-i-pervopechatnyx-knizhnyx-pamyatnikov/ (дата "
        "обращения: 29.03.2024)")
    assert reference.type == "webpage"
    assert reference.fields["container-title"] == ("Myfilology.ru – информационный "
                                                   "филологический ресурс")
