"""A serial's title printed with its series or its issuing body after a period, then the
comma style's year: the words after the period are the serial's title too (GOST 7.1-2003,
5.2.3: a title made of a common and a dependent title, «Известия Российской академии наук.
Серия биологическая»), not an area left unread."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference
from biblio.parse.partial import UNREAD_AREA


@pytest.mark.parametrize(("text", "host"), [
    # a review of a map among the GOST examples of the development set (ru-gost-1005)
    ("Шлезигер А. Е. Рец. на карту: Тектоническая карта фундамента территории СССР / Гл. "
     "ред. Д. В. Наливкин. — 1:5 000 000. — М.: Аэрогеология, 1974. — Изв. АН СССР. Серия "
     "геол., 1975, № 11, с. 148—150.", "Изв. АН СССР. Серия геол."),
    # the same form after «//», the series written out
    ("Иванов И. И. Статья // Изв. АН СССР. Серия геогр., 1975, № 11, с. 148–150.",
     "Изв. АН СССР. Серия геогр."),
    # the issuing body after the abbreviated «Учен. зап.», its period the title's own
    ("Иванов И. И. Статья // Учен. зап. Тартуского ун-та, 1985, вып. 11, с. 148–150.",
     "Учен. зап. Тартуского ун-та"),
])
def test_the_dependent_title_stays_with_the_serial(text: str, host: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["container-title"] == host
    assert reference.fields["issued"].parts[0][0] in (1975, 1985)
    assert not [left for left in reference.leftover if left.reason == UNREAD_AREA]


@pytest.mark.parametrize(("text", "place"), [
    ("Иванов И. И. Статья // Ученые записки. Петрозаводск, 1975, вып. 3, с. 5–9.",
     "Петрозаводск"),
    ("Иванов И. И. Статья // Ученые записки. Тарту, 1975, вып. 3, с. 5–9.", "Тарту"),
])
def test_a_place_after_the_period_stays_the_place(text: str, place: str) -> None:
    fields = parse_reference(text).fields
    assert (fields["container-title"], fields["publisher-place"]) == ("Ученые записки", place)
