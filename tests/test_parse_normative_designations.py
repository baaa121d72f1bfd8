"""Building codes and sanitary norms in the reference lists of engineering and
labour-safety courses (dev set batch 24): GOST 7.1-2003 clause 7.1.4 opens a normative
document with its designation and number, and the lists print the designations of the
Soviet and Russian normative system as they stand on the documents: "СН" (санитарные
нормы) beside "СНиП" and "СанПиН", a sanitary norm's two numbers joined by a slash, a
building code's asterisk for an edition amended since its issue, and the title in
quotation marks after the number. Values read off the texts by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "number", "title"), [
    # a labour-safety course's list (studfile 9815403)
    ("СН 3223-85. Шум. Общие требования. –М.: Изд. стандартов. 1986.",
     "СН 3223-85", "Шум. Общие требования"),
    # a university catalogue's record (catalog.tsuab.ru, which prints the number after the
    # title) in clause 7.1.4's order, the number first
    ("СН 2.2.4/2.1.8.562-96. Шум на рабочих местах, в помещениях жилых, общественных "
     "зданий и на территории жилой застройки. – М., 2001. – 20 с.",
     "СН 2.2.4/2.1.8.562-96", "Шум на рабочих местах, в помещениях жилых, общественных "
     "зданий и на территории жилой застройки"),
    # a heating-engineering paper's list (ukrbukva), the asterisk spaced and not
    ("СНиП 2.04.01-85 *. Внутрішній водопровід і каналізація будинків / Держбуд Росії.- М.: "
     "ЦІПТ, 1996.", "СНиП 2.04.01-85 *", "Внутрішній водопровід і каналізація будинків"),
    ("СНиП 2.04.01-85*. Внутренний водопровод и канализация зданий. – М., 1986.",
     "СНиП 2.04.01-85*", "Внутренний водопровод и канализация зданий"),
])
def test_a_normative_document_opens_with_its_designation(text: str, number: str,
                                                         title: str) -> None:
    reference = parse_reference(text)
    assert reference.type == "standard"
    assert reference.fields["number"] == number
    assert reference.fields["title"] == title


@pytest.mark.parametrize(("text", "number", "title"), [
    # the quoted title after a space (studfile 9815403) and after a period (the same list)
    ("СНиП 23.05-95 «Искусственное и естественное освещение». –М.: Изд. стандартов. 1996.",
     "СНиП 23.05-95", "Искусственное и естественное освещение"),
    ("ГОСТ 12.1.012-90. «ССБТ. Вибрационная безопасность. Общие требования». –М.: Изд. "
     "стандартов, 1990.", "ГОСТ 12.1.012-90", "ССБТ. Вибрационная безопасность. Общие "
     "требования"),
    # a life-safety course's list (studfile 10690572) prints this title so after the
    # Belarusian «СанПиН 9-80 РБ 98» (read in test_parse_russian_standard_statements); the
    # Russian rule of the same title
    ("СанПиН 2.2.4.548-96. «Гигиенические требования к микроклимату производственных "
     "помещений».", "СанПиН 2.2.4.548-96", "Гигиенические требования к микроклимату "
     "производственных помещений"),
])
def test_the_quotation_marks_around_a_standards_title_are_the_lists(text: str, number: str,
                                                                     title: str) -> None:
    reference = parse_reference(text)
    assert reference.type == "standard"
    assert reference.fields["number"] == number
    assert reference.fields["title"] == title


def test_a_title_that_only_opens_with_a_quotation_keeps_it() -> None:
    # the quotation closes inside the title: it is the title's own, not the list's
    fields = parse_reference("ГОСТ 7.32-2017. «Отчет о научно-исследовательской работе» и его "
                             "структура. М., 2017.").fields
    assert fields["title"].startswith("«Отчет о научно-исследовательской работе»")
