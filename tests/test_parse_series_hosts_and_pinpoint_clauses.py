"""Forms of the notes of theology, classics and the history of science (dev set batch 51):
a work whose host after "//" is a volume of Migne's Patrologia, the labels of an
encyclopedia article's lists («Соч.:», «Лит.:»), a translator named after the cite's page,
a clause of commentary running on from the page after a comma, and a Latin given name and
family closed by a comma before a title in GOST's form.

Each expected value was checked by hand against the note as printed: Migne's series is the
host (`container-title`), its volume the volume, the columns the locator (GOST 7.0.12
«стб.», "Col."); a translator named in the genitive after «Пер.» is the translator in the
nominative (GOST 7.1-2003 clause 4.8, its statement of responsibility); a clause after the
page is commentary, the cite's suffix, not the title.
"""

from __future__ import annotations

from typing import Any

import pytest

from biblio import parse_footnotes
from biblio.formats.csljson import item_to_json
from biblio.parse.clauses_after_pinpoint import clause_after_pinpoint
from biblio.parse.names import parse_given_first_before_comma
from biblio.parse.pinpoint_statements import translation_after_pinpoint


def _cite(text: str) -> tuple[dict[str, Any], Any]:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return item_to_json(document.items[cite.item]), cite


@pytest.mark.parametrize(("text", "title", "series", "volume", "columns"), [
    # ru-fn-3434: no space around "//", periods between the areas
    ("Statuta//PL. 159. Col. 945-947", "Statuta", "PL", "159", "945-947"),
    # spaced, Greek series, a closing period, the volume's term
    ("Epistolae // PG. 3. Col. 1065.", "Epistolae", "PG", "3", "1065"),
    ("Hom. in Hexaemeron // PGr., t. 29, col. 4-208.", "Hom. in Hexaemeron", "PGr", "29",
     "4-208"),
])
def test_work_in_a_volume_of_migne_after_double_slash_is_a_chapter_of_the_series(
        text: str, title: str, series: str, volume: str, columns: str) -> None:
    item, cite = _cite(text)
    assert item["type"] == "chapter"
    assert item["title"] == title
    assert item["container-title"] == series
    assert item["volume"] == volume
    assert (cite.label, cite.locator) == ("column", columns)


def test_known_author_before_a_migne_hosted_work_is_its_author() -> None:
    item, cite = _cite("Иоанн Дамаскин. Точное изложение православной веры // PG. T. 94. "
                       "Col. 789–1228.")
    assert item["author"] == [{"family": "Иоанн Дамаскин"}]
    assert item["title"] == "Точное изложение православной веры"
    assert (item["container-title"], item["volume"], cite.locator) == ("PG", "94", "789–1228")


@pytest.mark.parametrize(("text", "title", "label"), [
    # ru-fn-3433: «Соч.:», the subject's works
    ("Соч.: Epistolae//PL. 159. Col. 210, 241-242, 927-932", "Epistolae", "Соч.:"),
    ("Ист.: Житие Феодора Студита // PG. 99. Col. 113-232.", "Житие Феодора Студита", "Ист.:"),
])
def test_encyclopedia_list_label_is_the_cites_prefix(text: str, title: str, label: str) -> None:
    item, cite = _cite(text)
    assert item["title"] == title
    assert cite.prefix == label


def test_collected_works_titled_soch_in_volumes_is_no_list_label() -> None:
    item, _ = _cite("Соч.: В 3 т. Т. 2. М., 1990. С. 5.")
    assert item["title"] == "Соч."
    assert item["volume"] == "2"


@pytest.mark.parametrize(("text", "title", "translator", "page"), [
    # ru-fn-3405: «Пер:», its period lost before the colon, after the pages
    ("См.: Диоген Лаэртский. О жизни, учениях и изречениях знаменитых философов. М., 1979, с. "
     "449-461. Пер: М.Л.Гаспарова.", "О жизни, учениях и изречениях знаменитых философов",
     {"family": "Гаспаров", "given": "М.Л."}, "449-461"),
    # after a comma, in lower case
    ("Плотин. Эннеады. Киев, 1995. С. 12, пер. Т. Г. Сидаша.", "Эннеады",
     {"family": "Сидаш", "given": "Т. Г."}, "12"),
    # «Перевод» written out after a volume and its page
    ("Секст Эмпирик. Сочинения. М., 1976. Т. 1. С. 60. Перевод А. Ф. Лосева.", "Сочинения",
     {"family": "Лосев", "given": "А. Ф."}, "60"),
])
def test_translator_named_after_the_page_is_the_translator(
        text: str, title: str, translator: dict[str, str], page: str) -> None:
    item, cite = _cite(text)
    assert item["title"] == title
    assert item["translator"] == [translator]
    assert cite.locator == page


def test_a_page_with_no_translator_after_it_is_no_statement() -> None:
    assert translation_after_pinpoint("Платонов С. Ф. Очерки. М., 1995. С. 12.") is None


@pytest.mark.parametrize(("text", "title", "page", "clause"), [
    ("Иванов И. И. История философии. М., 1990. С. 45, где автор разбирает этот вопрос.",
     "История философии", "45", "где автор разбирает этот вопрос."),
    ("Smith J. The History of Ideas. London, 1990. P. 45, where the author discusses it.",
     "The History of Ideas", "45", "where the author discusses it."),
    ("Лосев А. Ф. Очерки. М., 1930. С. 45, 48–50, в которой приводится текст.", "Очерки",
     "45, 48–50", "в которой приводится текст."),
    ("Müller K. Geschichte. Berlin, 1990. S. 12, wo er dies zeigt.", "Geschichte", "12",
     "wo er dies zeigt."),
])
def test_clause_of_commentary_after_the_page_is_the_suffix_not_the_title(
        text: str, title: str, page: str, clause: str) -> None:
    item, cite = _cite(text)
    assert item["title"] == title
    assert cite.locator == page
    assert cite.suffix == clause


def test_where_inside_a_title_is_no_clause_after_a_page() -> None:
    assert clause_after_pinpoint("Smith J. Where the River Bends, where we live. London, "
                                 "1990.") is None


@pytest.mark.parametrize(("text", "family", "given", "title"), [
    # ru-fn-3425, its commentary after the page
    ("См.: Richard Westfall, Never at Rest. P. 382-88, где обсуждается и открытие Ньютона.",
     "Westfall", "Richard", "Never at Rest"),
    ("Isaiah Berlin, Four Essays on Liberty. Oxford, 1969. P. 12.", "Berlin", "Isaiah",
     "Four Essays on Liberty"),
    ("Лев Троцкий, Сталинская школа фальсификаций. Берлин, 1932. С. 12.", "Троцкий", "Лев",
     "Сталинская школа фальсификаций"),
])
def test_given_name_and_family_closed_by_a_comma_before_gost_areas_are_the_author(
        text: str, family: str, given: str, title: str) -> None:
    item, _ = _cite(text)
    assert item["author"] == [{"family": family, "given": given}]
    assert item["title"] == title


def test_comma_heading_before_a_comma_style_title_is_left_to_the_comma_style() -> None:
    item, _ = _cite("Laura Boella, Ernst Bloch. Trame della speranza, Milano 1987.")
    assert item["title"] == "Ernst Bloch. Trame della speranza"


def test_a_title_opening_with_two_capitalised_words_is_no_given_name_heading() -> None:
    assert parse_given_first_before_comma("Never Again, Stories. London, 1990.") == (None, 0)


def test_long_note_with_many_pages_and_clause_words_is_read_in_linear_time() -> None:
    import time
    text = "Иванов И. История. М., 1990. С. " + ", ".join(["12"] * 3000) + ", где " + \
        "и так далее " * 30
    start = time.perf_counter()
    clause_after_pinpoint(text)
    translation_after_pinpoint(text.replace(", где", ". Пер."))
    assert time.perf_counter() - start < 1.0
