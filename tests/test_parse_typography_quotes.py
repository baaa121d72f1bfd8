"""A Russian reference typed with „…“, "…", “…” or «N 3» reads as the one typed with «…»
and «№» does, and its fields keep the marks it printed (biblio.parse.typography, issue 9).

The notes are the dev set's, as their sources print them (the source named at each), a
dev note typed again the way the sources named print such notes, or an act's heading as a
legal database prints it."""

from __future__ import annotations

from typing import Any

import pytest

from biblio import parse_footnotes
from biblio.data.archival_levels import LEVELS
from biblio.formats.csljson import item_to_json
from biblio.parse import parse_note
from biblio.parse.typography import NUMERO_AS_N, retyped


def _item(text: str) -> dict[str, Any]:
    document = parse_footnotes([text])
    return item_to_json(document.items[document.notes[0].cites[0].item])


def test_a_periodical_in_straight_quotes_is_read_as_in_guillemets() -> None:
    # a Soviet note as a web page retypes it (dev ru-fn-2103)
    item = _item('см. также журнал "Пролетарская Революция", 1935, № 5, стр. 23')
    assert (item["type"], item["title"], item["issue"]) == \
        ("periodical", "Пролетарская Революция", "5")
    assert item["issued"] == {"date-parts": [[1935]]}


def test_a_chicago_line_in_straight_quotes_reads_its_journal() -> None:
    # the Chicago author-date line of an OJS journal, its title in straight quotes
    # (dev ru-gost-829, pmi.spmi.ru)
    item = _item('Матвеев , А. В., и В. И. Очкуров. 2006. "Влияние технологии проведения '
                 'подготовительных выработок на устойчивость вмещающего рудного массива". '
                 'Записки Горного института 168 (3), 187-90. '
                 'https://pmi.spmi.ru/pmi/article/view/7932.')
    assert item["title"] == ("Влияние технологии проведения подготовительных выработок на "
                             "устойчивость вмещающего рудного массива")
    assert (item["container-title"], item["volume"], item["issue"], item["page"]) == \
        ("Записки Горного института", "168", "3", "187-90")


@pytest.mark.parametrize("text, journal, issue", [
    # Soviet notes of a literary history (dev ru-fn-674, ru-fn-680) in the low-high quotes of
    # Ukrainian and older Russian printing
    ("Поступальский И., „Красная новь“, 1927, № 10", "Красная новь", "10"),
    ("Тарасенков Ан., „Художественная литература“, 1935, № 5.",
     "Художественная литература", "5"),
])
def test_a_journal_in_german_quotes_after_its_author(text: str, journal: str, issue: str) -> None:
    item = _item(text)
    assert (item["container-title"], item["issue"]) == (journal, issue)


def test_a_publisher_in_german_quotes_keeps_its_name() -> None:
    # a memoir's note (dev ru-fn-566) typed with „…“
    item = _item("Т. Л. Сухотина-Толстая. Воспоминания. М., „Художественная литература“, "
                 "1976. с. 356, 357")
    assert (item["title"], item["publisher-place"]) == ("Воспоминания", "Москва")
    assert item["publisher"] == "„Художественная литература“"  # quoted as printed


def test_a_title_keeps_its_inner_quotes_as_printed() -> None:
    # a law's name quoted inside the title of a commentary (dev ru-gost-1035, Ukrainian
    # typography: “…” inside the description's own words)
    item = _item("Кузніченко С. О. Закон України “Про правовий режим надзвичайного стану” : "
                 "наук.-практ. комент. / Одес. держ. ун-т внутр. справ. Харків : Право, 2015. "
                 "164 с.")
    assert item["title"] == "Закон України “Про правовий режим надзвичайного стану”"


def test_nested_quotes_are_paired_and_only_the_outer_pair_retyped() -> None:
    typed, retyping = retyped('Журнал "Вопросы истории "КПСС"", 1960, № 5') or ("", None)
    assert typed == 'Журнал «Вопросы истории "КПСС"», 1960, № 5'
    assert retyping is not None and retyping.printed("«Вопросы истории \"КПСС\"»") == \
        '"Вопросы истории "КПСС""'
    typed, _ = retyped("“Журнал „Звезда“”, 1990") or ("", None)
    assert typed == "«Журнал „Звезда“», 1990"


def test_a_low_mark_after_a_letter_is_no_quotation() -> None:
    # OCR's "М„" for "М.," (dev ru-fn-448, 2books.mobi): read by gost.OCR_PERIOD_COMMA
    assert retyped("Дневник государственного секретаря А.А. Половцева. — М„ 1966. - Т. 2. "
                   "- С. 109.") is None


@pytest.mark.parametrize("opening, closing", [("„", "“"), ("“", "”")])
def test_a_quotation_left_open_is_still_one(opening: str, closing: str) -> None:
    # a newspaper named with its day, the closing mark lost (dev ru-fn-004)
    typed, retyping = retyped(f"{opening}Правда от 18 сентября 1928.") or ("", None)
    assert typed == "«Правда от 18 сентября 1928."
    assert retyping is not None and retyping.printed("«Правда»") == f"{opening}Правда{closing}"


@pytest.mark.parametrize("text, issue", [
    # КонсультантПлюс's «N» (dev ru-fn-133, ru-fn-136) and the émigré and Kiev newspapers
    # of 1918 as a history retypes them (dev ru-fn-278, ru-fn-283)
    ("Вестник ЗС СПб, 2000, N 12.", "12"),
    ("СЗ РФ, 2010, N 51, ч. I–III, ст. 6809.", "51"),
    ("Наш путь. Киев, N 1, 19 ноября 1918 г.", "1"),
    ("Голос Киева. Киев, N 157, 17 ноября 1918 г.", "157"),
])
def test_the_numero_typed_as_n(text: str, issue: str) -> None:
    assert _item(text)["issue"] == issue


def test_n_is_a_numero_only_before_a_number() -> None:
    assert NUMERO_AS_N.search("Smith N. A history of Russia. 1990") is None  # an initial
    assert NUMERO_AS_N.search("СССР-N3") is None  # inside a code
    assert [m["marks"] for m in NUMERO_AS_N.finditer("«Большевик», NN 13–14, N3")] == \
        ["NN", "N"]
    typed, retyping = retyped("«Большевик», NN 13–14, 1928, с. 74") or ("", None)
    assert typed == "«Большевик», №№ 13–14, 1928, с. 74"
    assert retyping is not None and retyping.printed("№№ 13–14") == "NN 13–14"


def test_a_note_in_another_language_keeps_its_typography() -> None:
    # an English note's “…” and "N 3" are its own, read by the readers of its language
    assert retyped("Smith, J. “The Title,” Journal of History 12, N 3 (1990): 5.") is None


def test_a_law_as_garant_heads_it_with_n_and_straight_quotes() -> None:
    # the heading of the act on base.garant.ru (document 12148555): «N» and "…" both
    item = _item('Федеральный закон от 27 июля 2006 г. N 149-ФЗ "Об информации, информационных '
                 'технологиях и о защите информации" (с изменениями и дополнениями)')
    assert (item["type"], item["genre"], item["number"]) == \
        ("legislation", "Федеральный закон", "149-ФЗ")
    assert item["title"] == "Об информации, информационных технологиях и о защите информации"
    assert item["issued"] == {"date-parts": [[2006, 7, 27]]}


def _works(text: str) -> list[dict[str, Any]]:
    document = parse_footnotes([text])
    return [item_to_json(document.items[cite.item]) for cite in document.notes[0].cites]


def test_a_curved_quote_left_open_before_another_reference_runs_no_further() -> None:
    """A „ left open is a quotation to the end of the note only when no other reference
    follows it: before a «;» it stays as printed, and the references are told apart (a
    review's find, 2026-12-07: the title took «С. 5; Петров П. П. Очерки»)."""
    works = _works("Иванов И. И. „Записки. М., 1990. С. 5; Петров П. П. Очерки. Л., 1991. С. 7.")
    assert [work["author"][0]["family"] for work in works] == ["Иванов", "Петров"]
    assert works[1]["title"] == "Очерки"


def test_an_english_opening_quote_after_a_space_opens_not_closes() -> None:
    """“ closes the German „…“ and opens the English “…”: after a space it opens, so a „
    left open does not pair with the next reference's “ («„Правда, 1928; “Известия”»)."""
    works = _works("„Правда, 1928; “Известия” 1929.")
    assert [work["title"] for work in works] == ["Правда", "Известия"]


def test_the_tables_a_reference_points_to_keep_their_numero() -> None:
    """The marks are given back in the reference's own values, not in the table entries
    it points to: an archival path's level is the table's `ArchivalLevel`, whose
    spellings keep «№», and only the term the note printed is «N» (a review's find,
    2026-12-07: the level was copied with «N» among its spellings). A manuscript
    department's unit of storage, as the table's own example prints it with «№»
    ("ІР НБУВ. — Ф. 50. — № 778"), typed with «N»."""
    (reference,) = parse_note("ІР НБУВ. — Ф. 50. — N 778. — Арк. 5.")
    assert reference.archival is not None
    unit = [(level, term, number) for level, term, number in reference.archival.levels
            if level.name == "edinitsa"]
    assert [(term, number) for _, term, number in unit] == [("N", "778")]
    assert any(unit[0][0] is level for level in LEVELS)
    assert "№" in unit[0][0].spellings


@pytest.mark.parametrize("text", [
    "Координаты: 55° N 37° E // Известия. 1990. 5 мая.",
    "Стоянка на 43°07' N 131°54' E. Владивосток, 1990.",
    "Станция 55°45′ N 37°37′ E. М., 1990.",
])
def test_a_hemisphere_after_degrees_is_no_numero(text: str) -> None:
    """N (or S, E, W) after a coordinate's degrees, minutes or seconds is its hemisphere,
    as maps and expeditions' reports print it, not a numero typed «N»: the note is not
    retyped, and its Latin E stays Latin (a review's find, 2026-12-07: «37° E» came back
    with a Cyrillic Е)."""
    assert retyped(text) is None
    assert NUMERO_AS_N.search(text) is None


def test_a_numero_after_a_coordinate_is_still_one() -> None:
    # the hemisphere is left as printed; a numero typed «N» in the same note is read
    (work,) = _works("Координаты: 55° N 37° E // Известия. 1990. N 5.")
    assert work["title"] == "Координаты: 55° N 37° E"
    assert work["issue"] == "5"
