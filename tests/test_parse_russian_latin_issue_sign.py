""""N" for "№": the Latin letter that typewriters, the catalogue cards of GOST 7.1-84 and
IRBIS catalogue records print for the number sign (GOST 7.1-2003 clause 5.4 numbering of
a serial's issue). A real IRBIS record of batch 12 of the dev set, and real forms printed
with "№" whose reading must not change when the sign is "N"; values read off the text by
hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


def test_an_issue_numbered_with_a_latin_n_is_the_issue() -> None:
    fields = parse_reference(
        "Майстрович, Т. В. Электронный документ: основные характеристики и его место в "
        "системе обязательного экземпляра [Текст] / Т. В. Майстрович // Библиотековедение. - "
        "2012. - N 1. - С. 43-46").fields
    assert fields["container-title"] == "Библиотековедение"
    assert fields["issue"] == "1"
    assert fields["issued"].parts[0][0] == 2012
    assert fields["page"] == "43-46"


@pytest.mark.parametrize("text", [
    "Динер, Е. В. Концептуальные решения проблемы определения электронной книги [Текст] / "
    "Е. В. Динер // Научные и технические библиотеки. - 2016. - {sign} 2. - С. 70-82.",
    "СЗ РФ. 1994. {sign} 32. Ст. 3301.",
])
def test_n_and_the_number_sign_read_the_same(text: str) -> None:
    with_sign = parse_reference(text.format(sign="№")).fields
    with_n = parse_reference(text.format(sign="N")).fields
    assert with_n["issue"] == with_sign["issue"]
    assert with_n.get("title") == with_sign.get("title")
    assert with_n.get("container-title") == with_sign.get("container-title")


@pytest.mark.parametrize("text, title, issued, issue", [
    # the running header of a Siberian history article (Вестник Омского университета):
    # the year after the title's comma, a period, the Latin "N." for "№"
    ("Вестник Омского университета, 2000. N.3. С.55-60.", "Вестник Омского университета",
     2000, "3"),
    # a forestry journal's reference list: the same run-on year before "№"
    ("Максимова Е.Ю Оценка применения гуминовых препаратов в качестве мелиорантов для "
     "рекультивации деградированных постпирогенных почв // Агрохимический вестник, 2018. № 1. "
     "С. 46–41.", "Агрохимический вестник", 2018, "1"),
])
def test_a_serials_year_after_a_comma_and_before_its_issue(
        text: str, title: str, issued: int, issue: str) -> None:
    fields = parse_reference(text).fields
    assert (fields.get("container-title", fields["title"]), fields["issued"].parts[0][0],
            fields["issue"]) == (title, issued, issue)
