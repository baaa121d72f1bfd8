"""Two places of a co-edition joined by a dash, then the year with no comma, run on after a
volume's number with a comma, as Soviet notes print them ("вып. IX, М. – Л. 1961, стр. 44"):
read as "М.; Л., 1961"."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes


@pytest.mark.parametrize(("footnote", "host"), [
    # a note on Салтыков-Щедрин's manuscripts (the Pushkin House's bulletins, 1961)
    ("См. Л. М. Добровольский и М. И. Малова. Рукописи литературных произведений М. Е. "
     "Салтыкова-Щедрина. Научное описание. – В кн.: «Бюллетени Рукописного отдела "
     "Пушкинского дома», вып. IX, М. – Л. 1961, стр. 44, № 148.",
     "«Бюллетени Рукописного отдела Пушкинского дома», вып. IX"),
    # the Pushkin House's yearbook, volume I (1956)
    ("Б. В. Томашевский. Пушкин и Франция. – В кн.: Пушкин. Исследования и материалы, т. I, "
     "М.–Л. 1956, стр. 5.", None),
])
def test_two_places_then_the_year(footnote: str, host: str | None) -> None:
    (item,) = parse_footnotes([footnote]).items.values()
    assert (item["publisher-place"], item["issued"].parts) == \
        ("Москва; Ленинград", [[int(footnote.split(" 19")[-1][:2]) + 1900]])
    if host is not None:
        assert item["container-title"] == host


def test_one_place_then_the_year_as_before() -> None:
    (item,) = parse_footnotes(["«Сборник статей», Л. 1922, стр. 180."]).items.values()
    assert (item["publisher-place"], item["issued"].parts) == ("Ленинград", [[1922]])
