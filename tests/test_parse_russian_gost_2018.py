"""GOST R 7.0.100-2018, the current Russian standard of description (issue 9): its
content form and media type area ("— Текст : непосредственный") and DOIs printed as
their resolver's address. Expectations read off each reference by hand, by the
standard's clause 5.3 and the project's gold rules (places expanded, pages as printed)."""

from __future__ import annotations

from typing import Any

from first_cite import first_cite


def parse(text: str) -> dict[str, Any]:
    return first_cite(text)[0]


def test_content_form_area_at_the_end_is_the_medium_not_the_publisher() -> None:
    item = parse("Иванов И. И. Стандарты описания / И. И. Иванов. — Москва : Наука, 2019. "
                 "— 320 с. — Текст : непосредственный.")
    assert item["medium"] == "Текст : непосредственный"
    assert (item["publisher-place"], item["publisher"]) == ("Москва", "Наука")
    assert item["number-of-pages"] == "320"
    assert item["title"] == "Стандарты описания"


def test_content_form_area_before_the_host_leaves_the_title() -> None:
    item = parse("Петров П. П. Архивы и общество. — Текст : электронный // Вопросы истории. "
                 "— 2019. — № 5. — С. 3–10.")
    assert item["title"] == "Архивы и общество"
    assert item["medium"] == "Текст : электронный"
    assert (item["container-title"], item["issue"], item["page"]) == (
        "Вопросы истории", "5", "3–10")


def test_several_content_forms_and_a_qualified_one() -> None:
    assert parse("Азбука. — Москва : Эксмо, 2019. — 32 с. — Текст. Изображение : "
                 "непосредственные.")["medium"] == "Текст. Изображение : непосредственные"
    item = parse("Москва. Кремль. — Москва : Планета, 2017. — 24 с. — Изображение "
                 "(неподвижное ; двухмерное) : непосредственное.")
    assert item["medium"] == "Изображение (неподвижное ; двухмерное) : непосредственное"
    assert item["title"] == "Москва. Кремль"


def test_a_title_that_says_text_is_left_alone() -> None:
    item = parse("Сидоров С. С. Текст и контекст : очерки. М. : Наука, 2001. 200 с.")
    assert item["title"].startswith("Текст и контекст")
    assert "medium" not in item


def test_doi_printed_as_its_resolver_address_is_the_doi_and_keeps_the_pages() -> None:
    item = parse("Смирнов А. А. Земство и школа // Российская история. 2018. Т. 11. Вып. 1. "
                 "С. 15-23. https://doi.org/10.21638/11701/spbu06.2018.102")
    assert item["DOI"] == "10.21638/11701/spbu06.2018.102"
    assert item["page"] == "15-23"
    assert "URL" not in item


def test_site_genre_supplied_in_square_brackets_leaves_the_title() -> None:
    item = parse("Российская книжная палата : [сайт]. – URL: http://www.bookchamber.ru "
                 "(дата обращения: 12.05.2020).")
    assert (item["title"], item["genre"]) == ("Российская книжная палата", "сайт")
    assert item["type"] == "webpage"


def test_a_site_with_its_place_alone_after_the_area_dash() -> None:
    item = parse("Правительство России : официальный сайт. – Москва. – Обновляется в "
                 "течение суток. – URL: http://government.ru (дата обращения: 19.02.2018). "
                 "– Текст : электронный.")
    assert (item["title"], item["genre"]) == ("Правительство России", "официальный сайт")
    assert item["publisher-place"] == "Москва"
    assert item["type"] == "webpage"
    assert item["URL"] == "http://government.ru"


def test_a_place_after_a_period_alone_stays_in_the_title() -> None:
    item = parse("Иванов И. И. Улицы. Москва.")
    assert item["title"] == "Улицы. Москва"
    assert "publisher-place" not in item


def test_thesis_with_its_speciality_before_the_genre() -> None:
    item = parse("Иванов, И. И. Земство : специальность 07.00.02 : диссертация на соискание "
                 "ученой степени кандидата исторических наук / Иванов Иван Иванович ; МГУ. – "
                 "Москва, 2018. – 200 с. – Текст : непосредственный.")
    assert item["type"] == "thesis"
    assert item["title"] == "Земство"
    assert item["genre"].startswith("диссертация на соискание")
    assert "специальность 07.00.02" in item["note"]
    assert (item["publisher-place"], item["number-of-pages"]) == ("Москва", "200")


def test_genre_written_out_with_its_audience_and_a_compiler_typed_close_up() -> None:
    item = parse("Правила библиографического описания : методические рекомендации для "
                 "студентов исторического факультета / сост. И.П.Ермолаев. – Казань, 2007. "
                 "– 47 с.")
    assert item["title"] == "Правила библиографического описания"
    assert item["genre"] == "методические рекомендации для студентов исторического факультета"
    assert item["compiler"] == [{"family": "Ермолаев", "given": "И.П."}]


def test_collection_of_papers_written_out() -> None:
    item = parse("Молодежь России : сборник научных трудов / под редакцией И. И. Иванова. – "
                 "Москва : Наука, 2019. – 200 с. – Текст : непосредственный.")
    assert (item["title"], item["genre"]) == ("Молодежь России", "сборник научных трудов")
    assert item["editor"] == [{"family": "Иванов", "given": "И. И."}]
