"""Acts dated with a two-digit year, and the gazettes that printed them by number and day.

Russian legal reference lists (a law faculty's list of sources, dev rows ru-gost-1228 and
1229) date an act in figures with its year's last two digits and the year's «г.»: «Указ
Президента РФ от 15.02.94 г. № 319 «О штандарте …» // Российская газета, № 35, 22.02.94»,
and cite the official gazette by its number and its day in figures after a comma, with one
slash where GOST prints «//». A two-digit year is the latest year so ending that has come
(an act cited has been issued): «94» is 1994, «03» is 2003."""

from __future__ import annotations

import pytest

from biblio.model import Date
from biblio.parse import parse_reference
from biblio.parse.publication import full_date


@pytest.mark.parametrize(("text", "parts"), [
    ("15.02.94", [[1994, 2, 15]]),
    ("от 10.01.03 г.", [[2003, 1, 10]]),
    ("5.3.87", [[1987, 3, 5]]),
])
def test_a_date_in_figures_with_a_two_digit_year(text: str, parts: list[list[int]]) -> None:
    assert full_date(text) == Date(parts=parts)


@pytest.mark.parametrize("text", ["1.2.3.4", "С. 12.03.1", "32.01.94", "15.13.94"])
def test_figures_that_are_no_day_month_and_year_are_no_date(text: str) -> None:
    assert full_date(text) is None


@pytest.mark.parametrize(("text", "number", "title"), [
    ("Указ Президента РФ от 12.03.96 г. № 380 «О мерах по поддержке казачества» // "
     "Российская газета. 1996. № 52.", "380", "О мерах по поддержке казачества"),
    ("Федеральный закон от 07.08.01 г. № 115-ФЗ «О противодействии легализации доходов» // "
     "Собрание законодательства РФ. 2001. № 33. Ст. 3418.", "115-ФЗ",
     "О противодействии легализации доходов"),
])
def test_an_act_dated_with_a_two_digit_year_before_its_title(text: str, number: str,
                                                              title: str) -> None:
    fields = parse_reference(text).fields
    assert (fields["number"], fields["title"]) == (number, title)


def test_the_acts_own_date_when_its_host_gives_only_the_year() -> None:
    fields = parse_reference("Указ Президента РФ от 12.03.96 г. № 380 «О мерах по поддержке "
                             "казачества» // Российская газета. 1996. № 52.").fields
    assert fields["issued"] == Date(parts=[[1996, 3, 12]])


def test_a_gazette_by_number_and_day_in_figures_after_one_slash() -> None:
    fields = parse_reference("Федеральный закон от 21.07.97 г. № 122-ФЗ «О государственной "
                             "регистрации прав» / Российская газета, № 145, 30.07.1997.").fields
    assert (fields["number"], fields["container-title"], fields["issue"]) == \
        ("122-ФЗ", "Российская газета", "145")


def test_an_article_in_a_newspaper_cited_by_number_and_day_in_figures() -> None:
    fields = parse_reference("Петров А. Дорога на север // Известия, № 35, 22.02.1994.").fields
    assert (fields["container-title"], fields["issue"]) == ("Известия", "35")
    assert fields["issued"] == Date(parts=[[1994, 2, 22]])


def test_a_gazettes_number_and_day_typed_without_spaces_after_the_commas() -> None:
    fields = parse_reference("Указ Президента РФ от 12.03.96 г.№ 380 «О мерах по поддержке "
                             "казачества» // Российская газета,№ 52,16.03.96.").fields
    assert (fields["container-title"], fields["issue"]) == ("Российская газета", "52")
