"""The parallel title after "=" (GOST 7.1-2003 clause 5.2.4; ISBD area 1.3) is not the title:
it is kept in `note` with its "=". Real forms from three sources of the GOST examples set
(a university journal's catalogue record, a patent bulletin's, a Belarusian standard's)
and a course's list of books; the values read off by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import PARALLEL_TITLE, parse_reference

PARALLEL = [
    # ru-gost-521, a library's record of a university journal
    ("Вестник Пермского университета. Серия \"Экономика\" = Perm University Herald. ECONOMY .— "
     "Пермь : Пермский государственный национальный исследовательский университет .— 2014 .— "
     "№2 .— 122 с.",
     "Вестник Пермского университета. Серия \"Экономика\"", "= Perm University Herald. ECONOMY"),
    # ru-gost-762, the patent bulletin, "=" typed close up
    ("Патенты России=Patent of Russia: official bulletin : официальный бюллетень / Федер. "
     "служба по интеллект. собственности, патентам и товарным знакам . - Москва : ФИПС: ИПС "
     "МИМОЗА: GTI. № 32 (20.11.07)",
     "Патенты России", "= Patent of Russia: official bulletin"),
    # ru-gost-1202, a Belarusian standard: the period before "=" is the title's area's
    ("ДАСТ 31279–2004. Инновационная деятельность. Термины и определения. = Інавацыйная "
     "дзейнасць. Тэрміны і азначэнні. – Упершыню; Уведз. 01.09.2005 г.",
     "Инновационная деятельность. Термины и определения",
     "= Інавацыйная дзейнасць. Тэрміны і азначэнні"),
    # a course's list of algorithm books (tests/test_parse_russian_responsibility.py)
    ("Кормен Т., Лейзерсон Ч., Ривест Р., Штайн К. Алгоритмы: построение и анализ = "
     "Introduction to Algorithms [Текст] / Т. Кормен [и др.]; пер. с англ. под ред. И. В. "
     "Красикова. – 3-е изд. – Москва: Вильямс, 2022. – 1328 с.",
     "Алгоритмы: построение и анализ", "= Introduction to Algorithms"),
]


@pytest.mark.parametrize(("text", "title", "parallel"), PARALLEL)
def test_the_parallel_title_goes_to_the_note(text: str, title: str, parallel: str) -> None:
    fields = parse_reference(text).fields
    assert fields["title"] == title
    assert parallel in fields["note"]


def test_an_equation_in_a_title_stays() -> None:
    assert PARALLEL_TITLE.search("Формула E = mc2 и её история") is None  # no capital after "="
    fields = parse_reference("Иванов И. И. Формула E = mc2 и её история. М., 2001. С. 5.").fields
    assert fields["title"] == "Формула E = mc2 и её история"
