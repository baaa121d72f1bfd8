"""The imprint set out line by line as a 19th-century title page sets it, the printer
between the place and the year: "Санкт-Петербург. В типографии Эдуарда Праца. 1862 год.",
"Москва. Въ университетской тип. 1847." (`gost.WRITTEN_PLACE_PERIOD_YEAR`). Real forms:
ru-fn-2065 and ru-fn-2067 (batch 29, a book on Russian literary heritage citing full
title pages), ru-fn-2230 (batch 33, A. D. Galakhov's reviews of 1847 in the old
spelling); values read off by hand against the notes."""

from __future__ import annotations

from biblio.model import Date
from biblio.parse import parse_footnotes
from biblio.parse.gost import parse_reference
from biblio.parse.publication import parse_publication


def test_place_printer_and_year_each_closed_by_a_period() -> None:
    reference = parse_reference(
        "«Словарь исторический о святых, прославленных в российской церкви, и о некоторых "
        "подвижниках благочестия, местно чтимых». Санкт-Петербург. В типографии II "
        "Отделения Собственной Е. И. В. Канцелярии. 1836 год. Стр. 22—26.")  # ru-fn-2067
    assert reference.fields["publisher-place"] == "Санкт-Петербург"
    assert reference.fields["publisher"] == \
        "В типографии II Отделения Собственной Е. И. В. Канцелярии"
    assert reference.fields["issued"] == Date(parts=[[1836]])
    assert (reference.label, reference.locator) == ("page", "22—26")


def test_the_printers_abbreviation_closes_its_own_line() -> None:
    reference = parse_reference(
        "Чтенія въ Императорскомъ Общества, Исторіи и Древностей Россійскихъ при Московскомъ "
        "Университетѣ. Засѣданіе 28-го декабря 1846 года. № 5. Москва. Въ университетской "
        "тип. 1847. Въ 8-го д. л. 72, 100, 38 и 94 стр.")  # ru-fn-2230
    assert reference.fields["publisher-place"] == "Москва"
    assert reference.fields["publisher"] == "Въ университетской тип."
    assert reference.fields["issued"] == Date(parts=[[1847]])


def test_the_years_word_written_out_closes_an_imprint() -> None:
    assert parse_publication("Санкт-Петербург: В типографии Эдуарда Праца, 1862 год") == {
        "publisher-place": "Санкт-Петербург", "publisher": "В типографии Эдуарда Праца",
        "issued": Date(parts=[[1862]])}
    assert parse_publication("Петроград, 1922 годы") is None


def test_without_a_printer_a_year_with_its_word_keeps_the_old_reading() -> None:
    """ru-fn-2066 (batch 29): "Ст. 21—23" after the year is the chronicle's columns, which
    the reading of the whole note keeps; read as an imprint, the columns would be lost."""
    document = parse_footnotes([
        "«Полное собрание русских летописей, издаваемое государственной археографической "
        "комиссией Российской Академии Наук. Том Пятнадцатый. Издание второе. Выпуск первый. "
        "Рогожский летописец». Петроград. 1922 год. Ст. 21—23."])
    (cite,) = document.notes[0].cites
    assert cite.locator == "21—23"
    assert document.items[cite.item]["issued"] == Date(parts=[[1922]])


def test_a_title_word_before_a_printer_is_no_place() -> None:
    reference = parse_reference("Иванов И. И. Очерки. В типографии Праца. 1862.")
    assert reference.fields.get("publisher-place") is None
