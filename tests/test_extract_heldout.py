"""Footnote extraction from journal layouts the tuned layouts do not have.

tests/data/layouts holds small articles written by hand as text layers (a header with
УДК, DOI, affiliations, abstract and "Для цитирования"; reference lists numbered,
bracketed or not, with their transliteration; endnotes under "Примечания"/"Notes";
superscript footnote numbers; a footnote block longer than the body; tables with
numbered rows; two-column pages), each with its expected footnotes and the references
that must be kept apart from them, written by hand in NAME.expected.json.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biblio import extract_footnotes
from biblio.cli import main
from biblio.parse import parse_footnotes
from biblio.text.columns import split_columns
from biblio.text.marks import is_table_row
from biblio.text.sections import FOR_CITATION, REFERENCE_LIST, find_sections, label_kind

LAYOUTS = Path(__file__).parent / "data" / "layouts"
ARTICLES = sorted(LAYOUTS.glob("*.txt"))


def expected(article: Path) -> dict:
    return json.loads(article.with_suffix(".expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("article", ARTICLES, ids=lambda path: path.stem)
def test_held_out_article_gives_its_footnotes_and_keeps_its_references_apart(article: Path) -> None:
    want = expected(article)
    extraction = extract_footnotes(article.read_text(encoding="utf-8"))
    footnotes = [[note.number, note.text] for note in extraction]
    if want.get("order_free"):  # columns interleaved line by line: order is lost
        footnotes.sort(key=lambda note: note[0])
    assert footnotes == want["footnotes"]
    assert [[note.flags[0], note.number, note.text] for note in extraction.references] \
        == want["kept_apart"]
    if want.get("problems_expected"):
        assert extraction.problems


def test_there_are_at_least_twelve_held_out_articles() -> None:
    assert len(ARTICLES) >= 12


def test_each_reference_list_and_citation_kept_apart_is_reported_with_its_line() -> None:
    text = (LAYOUTS / "ru-header-numbered-references.txt").read_text(encoding="utf-8")
    problems = [str(problem) for problem in extract_footnotes(text).problems]
    assert problems == [
        "line 11: the article's own reference (\"Для цитирования\") is kept apart: not a footnote",
        "line 18: the article's own reference (\"For citation\") is kept apart: not a footnote",
        "line 39: reference list \"Список литературы\" (2 entries) kept apart: not footnotes",
        "line 44: reference list \"References\" (2 entries) kept apart: not footnotes",
    ]


def test_affiliations_marked_like_footnotes_in_the_header_are_not_footnotes() -> None:
    text = (
        "УДК 94(47)\n"
        "И.И. Соколов¹, А.П. Морозова²\n"
        "¹ Институт российской истории РАН, Москва, Россия\n"
        "² Санкт-Петербургский государственный университет\n"
        "Аннотация. Статья о торговле.\n"
        "Ключевые слова: СССР, Франция.\n"
        "Торговля СССР и Франции сокращалась1.\n"
        "1 Кен О.Н. Коллективная безопасность. СПб., 1996. С. 54.\n"
    )
    assert [(n.number, n.text) for n in extract_footnotes(text)] == [
        (1, "Кен О.Н. Коллективная безопасность. СПб., 1996. С. 54."),
    ]


def test_a_doi_wrapped_onto_its_own_line_stays_in_its_footnote() -> None:
    text = (
        "Об этом писали многие1.\n"
        "1 Jackson P. Intelligence and the end of appeasement // French History. 2003.\n"
        "DOI: 10.1093/fh/17.4.425.\n"
    )
    assert [n.text for n in extract_footnotes(text)] == [
        "Jackson P. Intelligence and the end of appeasement // French History. 2003. "
        "DOI: 10.1093/fh/17.4.425."
    ]


def test_a_body_part_headed_sources_is_not_taken_for_a_reference_list() -> None:
    text = (
        "Источники\n"
        "Исследование основано на документах двух архивов1.\n"
        "1 ГАРФ. Ф. 5283. Оп. 1а. Д. 217.\n"
    )
    extraction = extract_footnotes(text)
    assert [(n.number, n.text) for n in extraction] == [(1, "ГАРФ. Ф. 5283. Оп. 1а. Д. 217.")]
    assert extraction.references == []


def test_a_footnote_at_the_foot_of_a_page_that_a_reference_list_runs_through_is_a_footnote() -> None:
    text = (
        "Переговоры шли трудно1.\n"
        "1 Кен О.Н. Коллективная безопасность. СПб., 1996. С. 54.\n"
        "14\n"
        "Договор так и не был подписан2.\n"
        "Список литературы\n"
        "1. Кен О.Н. Коллективная безопасность или изоляция. СПб., 1996.\n"
        "2 Там же. С. 60.\n"
        "15\n"
        "2. Scott W.E. Alliance against Hitler. Durham, 1962.\n"
    )
    extraction = extract_footnotes(text)
    assert [(n.number, n.text) for n in extraction] == [
        (1, "Кен О.Н. Коллективная безопасность. СПб., 1996. С. 54."),
        (2, "Там же. С. 60."),
    ]
    assert [(n.number, n.text, n.flags) for n in extraction.references] == [
        (1, "Кен О.Н. Коллективная безопасность или изоляция. СПб., 1996.", [REFERENCE_LIST]),
        (2, "Scott W.E. Alliance against Hitler. Durham, 1962.", [REFERENCE_LIST]),
    ]


def test_an_article_citing_in_its_text_has_no_footnotes_and_says_so() -> None:
    text = (LAYOUTS / "ru-in-text-citations-no-footnotes.txt").read_text(encoding="utf-8")
    extraction = extract_footnotes(text)
    assert extraction.footnotes == []
    assert "text: no numbered footnotes found" in [str(p) for p in extraction.problems]


def test_a_list_of_footnotes_under_a_notes_heading_is_numbered_by_position() -> None:
    extraction = extract_footnotes("Примечания\nИванов И.И. Книга. М., 2000.\nТам же. С. 5.\n")
    assert [(n.number, n.text, n.line) for n in extraction] == [
        (1, "Иванов И.И. Книга. М., 2000.", 2), (2, "Там же. С. 5.", 3),
    ]


def test_the_parser_reads_the_footnotes_only_unless_given_the_references() -> None:
    text = (LAYOUTS / "ru-endnotes-then-literature.txt").read_text(encoding="utf-8")
    extraction = extract_footnotes(text)
    assert len(parse_footnotes(extraction).notes) == 5
    assert len(parse_footnotes(extraction.references).notes) == 3


def test_the_citation_label_of_a_page_footer_ends_the_footnote_block() -> None:
    text = (LAYOUTS / "ru-table-citation-footer.txt").read_text(encoding="utf-8")
    extraction = extract_footnotes(text)
    assert extraction[1].text == "Подсчитано по: РГАСПИ. Ф. 517. Оп. 1. Д. 1720. Л. 2–4."
    assert [(n.line, n.flags) for n in extraction.references] == [(11, [FOR_CITATION])]


@pytest.mark.parametrize(("text", "is_row"), [
    ("Wheat    412    230    96", True),
    ("Париж\t12,5\t56,1", True),
    ("Rye  88  41  17", True),
    ("Там же.   С.   45.", False),
    ("Кен О.Н. Коллективная  безопасность. СПб., 1996. С. 54.", False),
    ("Ibid. P. 5.", False),
    ("РГАЭ.  Ф. 413.  Оп. 13.  Д. 640.", False),
])
def test_table_rows(text: str, is_row: bool) -> None:
    assert is_table_row(text) is is_row


def test_two_columns_side_by_side_are_read_one_after_the_other_with_the_given_line_numbers() -> None:
    text = (LAYOUTS / "ru-two-columns-side-by-side.txt").read_text(encoding="utf-8")
    extraction = extract_footnotes(text)
    assert [(n.number, n.line) for n in extraction] == [(1, 6), (2, 8), (3, 6), (4, 7)]
    assert [str(p) for p in extraction.problems] == [
        "line 1: the page is set in two columns side by side (the right one from character "
        "45): read column after column"
    ]


def test_a_justified_single_column_is_not_split_into_columns() -> None:
    lines = [
        "Советская   делегация   требовала   отмены   ограничений.",
        "Французская сторона настаивала   на   сохранении   квот   до",
        "подписания политического соглашения, и переговоры зашли в",
        "тупик    к    концу    года,    когда    Лаваль    уехал.",
    ]
    assert split_columns(lines) == (lines, [0, 1, 2, 3], [])


def test_cli_prints_the_references_kept_apart_on_request(capsys) -> None:
    path = str(LAYOUTS / "ru-endnotes-then-literature.txt")
    assert main(["extract", "--no-repair", "--references", path]) == 0
    captured = capsys.readouterr()
    out = [json.loads(line) for line in captured.out.splitlines()]
    assert [(entry["number"], entry["flags"]) for entry in out] == [
        (1, ["reference-list"]), (2, ["reference-list"]), (3, ["reference-list"]),
    ]
    assert "reference list \"Список литературы\" (3 entries) kept apart" in captured.err


def test_cli_reports_each_problem_once_when_parsing(capsys) -> None:
    path = str(LAYOUTS / "ru-endnotes-then-literature.txt")
    assert main(["extract", "--no-repair", "--to", "csljson", path]) == 0
    err = capsys.readouterr().err
    assert err.count("kept apart") == 1


@pytest.mark.parametrize(("line", "kind"), [
    ("Аннотация. В статье рассматриваются переговоры.", "block"),
    ("Abstract", "block"),
    ("Ключевые слова: СССР, Франция", "list"),
    ("Для цитирования: Иванов И.И. Статья // Журнал. 2020. № 1. С. 5–9.", "citation"),
    ("Статья поступила в редакцию 12.02.2020", "sentence"),
    ("Сведения об авторе", "block"),
    ("Received wisdom holds that the pact was a dead letter.", None),
    ("Summary of the talks was sent to Paris.", None),
    ("Об авторе этого проекта писали многие.", None),
    ("DOI: 10.1093/fh/17.4.425.", None),  # an identifier opens no paragraph in the body
])
def test_labels_of_an_articles_parts(line: str, kind: str | None) -> None:
    assert label_kind(line, identifiers=False) == kind


@pytest.mark.parametrize(("line", "kind"), [
    ("Список литературы", "list"), ("список литературы", "list"), ("ИСТОЧНИКИ", "list"),
    ("Литература (References)", "list"), ("Список литературы / References", "list"),
    ("ПРИМЕЧАНИЯ", "endnotes"), ("Примечания:", "endnotes"), ("notes", "endnotes"),
    ("Сноски к статье", None), ("Литература и искусство", None), ("1. Литература", None),
])
def test_headings_of_reference_lists_and_endnotes_in_any_case(line: str, kind: str | None) -> None:
    sections = find_sections(["Текст статьи.", "", line, "1. Иванов И.И. Книга. М., 2001."], set())
    found = "list" if 2 in sections.list_headings else "endnotes" if 2 in sections.skipped else None
    assert found == kind


def test_the_next_entry_of_a_numbered_list_ends_a_footnote_set_among_its_lines() -> None:
    text = (
        "Переговоры шли трудно1.\n"
        "1 Кен О.Н. Коллективная безопасность. СПб., 1996. С. 54.\n"
        "Список литературы\n"
        "1. Кен О.Н. Коллективная безопасность или изоляция. СПб., 1996.\n"
        "2 Там же. С. 60.\n"
        "2. Scott W.E. Alliance against Hitler. Durham, 1962.\n"
    )
    extraction = extract_footnotes(text)
    assert [(n.number, n.text) for n in extraction] == [
        (1, "Кен О.Н. Коллективная безопасность. СПб., 1996. С. 54."),
        (2, "Там же. С. 60."),
    ]
    assert [n.number for n in extraction.references] == [1, 2]


def test_an_empty_text_says_that_it_has_no_footnotes() -> None:
    assert [str(p) for p in extract_footnotes("").problems] == [
        "text: no footnotes found: the text is empty"]
    assert [str(p) for p in extract_footnotes("\n  \n").problems] == [
        "text: no footnotes found: the text is empty"]
