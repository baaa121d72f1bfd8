"""A title in quotation marks, then the parts of an issue or a book joined by commas in
any order, as Russian notes and editorial commentary print them (values checked by
hand against the pages they come from: tests/data/dev, batches 1, 4 and 5)."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes
from biblio.parse.gost import parse_reference


def _year(reference) -> int:
    return reference.fields["issued"].parts[0][0]


def test_journal_with_year_before_the_issue() -> None:
    reference = parse_reference("«Вопросы литературы»,1989, № 6. С. 227")
    assert reference.type == "periodical"
    assert reference.fields["title"] == "Вопросы литературы"
    assert (_year(reference), reference.fields["issue"]) == (1989, "6")
    assert reference.locator == "227"


def test_newspaper_day_then_issue_with_its_running_number() -> None:
    reference = parse_reference('"Советское искусство" 4 февраля 1940г., №8 (678), стр.1.')
    assert reference.fields["title"] == "Советское искусство"
    assert reference.fields["issued"].parts == [[1940, 2, 4]]
    assert reference.fields["issue"] == "8 (678)"
    assert reference.locator == "1"


def test_the_kind_of_periodical_before_its_name() -> None:
    reference = parse_reference("Журнал «Отечественная история» № 3, 2004 г.")
    assert reference.fields["title"] == "Отечественная история"
    assert (_year(reference), reference.fields["issue"]) == (2004, "3")


def test_a_series_volume_with_place_and_year_is_a_book() -> None:
    reference = parse_reference("«Литературное наследство», т, 62, М. 1955, стр. 346.")
    assert reference.type == "book"
    assert reference.fields["title"] == "Литературное наследство"
    assert reference.fields["volume"] == "62"
    assert reference.fields["publisher-place"] == "Москва"
    assert _year(reference) == 1955
    assert reference.locator == "346"


def test_english_quotes_and_a_part() -> None:
    reference = parse_reference(
        "“ВКП(б) в резолюциях и решениях съездов, конференций и пленумов ЦК”, ч. I, 1941, "
        "стр. 525–530")
    assert reference.fields["title"] == \
        "ВКП(б) в резолюциях и решениях съездов, конференций и пленумов ЦК"
    assert _year(reference) == 1941
    assert reference.fields["part-number"] == "Ч. I"  # the part was dropped silently
    assert reference.locator == "525–530"


def test_a_book_or_issue_of_a_series_is_kept_as_the_grammar_reads_it() -> None:
    """«кн.» and «вып.» after a quoted title were matched and dropped: the part-number
    keeps its term, «вып.» is an issue, as in the GOST grammar ("Кн. 2", "Вып. 3")."""
    series = parse_reference("«Научные труды Московского государственного экономического "
                             "института», вып. 16. М., 1959, стр. 92 —93.")  # ru-fn-806
    assert (series.fields["issue"], series.fields["publisher-place"]) == ("16", "Москва")
    assert series.locator == "92 —93"
    journal = parse_reference("«Новый мир», 1926, кн. 10, стр. 5.")  # a thick journal's book
    assert (journal.fields["title"], journal.fields["part-number"]) == ("Новый мир", "Кн. 10")
    assert (_year(journal), journal.locator) == (1926, "5")


def test_an_almanac_for_a_year() -> None:
    reference = parse_reference("альм. «Утренняя заря» на 1842 г., стр. 308.")
    assert reference.fields["title"] == "Утренняя заря"
    assert _year(reference) == 1842
    assert reference.locator == "308"


def test_the_earlier_forms_still_read() -> None:
    reference = parse_reference("«Социалистический вестник», №6, март, 1979, с.11.")
    assert (reference.fields["issue"], _year(reference), reference.locator) == ("6", 1979, "11")
    reference = parse_reference("«Правда» от 30 сентября 1928.")
    assert reference.fields["issued"].parts == [[1928, 9, 30]]


def test_a_quoted_title_with_words_after_it_is_not_an_issue() -> None:
    reference = parse_reference("«Капитал» Маркса и его критики. М., 1924.")
    assert reference.fields.get("title") != "Капитал"


@pytest.mark.parametrize(("text", "title", "page"), [
    ("«Национализация промышленности в СССР», стр. 647, 648.",
     "Национализация промышленности в СССР", "647, 648"),
    ("«Экономика транспорта», стр. 70.", "Экономика транспорта", "70"),
    ("«Дневник Елены Булгаковой», с. 53.", "Дневник Елены Булгаковой", "53"),
    ("«Контрольные цифры по труду на 1928/29 г.», стр. 11, 23.",
     "Контрольные цифры по труду на 1928/29 г.", "11, 23"),
])
def test_a_title_in_quotes_and_the_page_alone_is_a_short_form(
        text: str, title: str, page: str) -> None:
    """Soviet notes repeat a book by its quoted title and the page (batch 9: notes of
    books on Soviet labour and transport, and on Bulgakov)."""
    reference = parse_reference(text)
    assert reference.short
    assert reference.fields == {"title": title}
    assert reference.locator == page


@pytest.mark.parametrize("text", ["«Новый мир», 1926, кн. 1I, с. 5.",
                                  "«Красная новь», 1925, ч. 2C."])
def test_a_division_the_grammar_cannot_number_is_kept_not_a_failure(text: str) -> None:
    """An OCR-damaged division number («1I», «2C»): the quoted-issue reader took it for a
    division and failed on it (the whole note came back unparsed with "the parser
    failed"); the journal and year are read, the division kept as a leftover."""
    document = parse_footnotes([text])
    note = document.notes[0]
    assert not any("failed" in problem.message for problem in document.problems)
    assert note.cites and note.leftover


@pytest.mark.parametrize(("text", "parts"), [
    # the month named alone, as monthly journals' issues are cited (DSTU GOST 7.1:2006's
    # «— 2020. — Березень (№ 3).»; Russian notes' «„Русская мысль“, 1914, май»); it was
    # matched and dropped
    ("«Новый мир», 1926, май, с. 5.", [[1926, 5]]),
    ("«Нива», 1915, січень.", [[1915, 1]]),
])
def test_a_month_named_alone_is_the_issues_month(text: str, parts: list) -> None:
    reference = parse_reference(text)
    assert reference.type == "periodical"
    assert reference.fields["issued"].parts == parts
