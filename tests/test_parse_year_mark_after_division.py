"""The year printed with its «г.» (год; Ukrainian «р.», рік), as journals' and
dissertations' footnotes print it («М., 2001 г.»), where two readers wanted the year bare:
a publisher with a division or an abbreviation after a period («Совет. Кубань, 2003 г.»,
`gost._publisher_division`) and a serial's year before its issue, the «г.»'s period closing
the area («Открытые системы. СУБД, 2022 г. № 3.», `gost.PERIODICAL_COMMA_YEAR`)."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes


def _item(text: str) -> dict:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return document.items[cite.item].fields


@pytest.mark.parametrize(("text", "publisher", "year"), [
    # ru-gost-329's book with the year typed «2003 г.» (the typing variant «year-with-g»)
    ("Уджуху А. Ч. Регулирование почвенного плодородия в рисовых севооборотах / А. Ч. "
     "Уджуху, В. Ф. Шащенко. – Краснодар: Совет. Кубань, 2003 г. – 192 с.",
     "Совет. Кубань", 2003),
    # ru-fn-330's, the publisher's division after its period
    ("Зеленин Д. К. Восточнославянская этнография. — М.: Наука. Гл. редакция восточной "
     "литературы, 1991 г.", "Наука. Гл. редакция восточной литературы", 1991),
    # ru-fn-1393's Belarusian imprint, the publisher's two abbreviations
    ("Ермаловіч, М. Старажытная Беларусь: Полацк. І новагарод. Перыяды / М. Ермаловіч; "
     "прадм. М. Ткачова. – 2-е выд. – Мн.: Маст. Літ., 2001 г. – 366 с. – С. 54–353.",
     "Маст. Літ.", 2001),
    # as printed, with the year bare (as before)
    ("Уджуху А. Ч. Регулирование почвенного плодородия в рисовых севооборотах / А. Ч. "
     "Уджуху, В. Ф. Шащенко. – Краснодар: Совет. Кубань, 2003. – 192 с.", "Совет. Кубань", 2003),
])
def test_a_publishers_division_before_the_year_with_its_mark(text: str, publisher: str,
                                                             year: int) -> None:
    fields = _item(text)
    assert fields["publisher"] == publisher
    assert fields["issued"].parts == [[year]]


@pytest.mark.parametrize(("text", "title", "issue", "year"), [
    # ru-gost-359, a regional library's record of a journal's issue, as printed
    ("Открытые системы. СУБД, 2022 г. № 3. - Текст : электронный.",
     "Открытые системы. СУБД", "3", 2022),
    # ru-fn-1632's running header, the year typed with «г.» (as printed it has none)
    ("Вестник Омского университета, 2000 г. N.3. С.55-60.", "Вестник Омского университета",
     "3", 2000),
    # the comma after «г.», as 19th-century notes print it (as before)
    ("Полтавские Губернские Ведомости, 1839 г., № 5, стр. 34",
     "Полтавские Губернские Ведомости", "5", 1839),
])
def test_a_serials_year_with_its_mark_before_the_issue(text: str, title: str, issue: str,
                                                       year: int) -> None:
    fields = _item(text)
    assert fields["title"] == title
    assert fields["issue"] == issue
    assert fields["issued"].parts == [[year]]


def test_an_acts_date_is_no_serials_year() -> None:
    # an act's date and number (a dev row of the footnotes): «2015 г. № 24-П» after a day
    fields = _item("Постановление Конституционного Суда РФ от 06 октября 2015 г. № 24-П «По "
                   "делу о проверке конституционности положений статьи 3 Закона Российской "
                   "Федерации в связи с жалобой гражданина М. В. Чайковского» // Собрание "
                   "законодательства РФ. – 2015. – № 41. – Ст. 5726.")
    assert fields["number"] == "24-П"
    assert fields["issued"].parts == [[2015, 10, 6]]
    assert fields["issue"] == "41"
