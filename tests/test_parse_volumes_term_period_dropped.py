"""The number of volumes of collected works typed with the periods of «т.» and of the
place both left out: «Собр. соч. в 30–ти т М, 1954–1965» is «Собр. соч. в 30-ти т. М.,
1954–1965» (GOST 7.1-2003 clause 5.2.5: "в 30 т."; the place abbreviated by GOST 7.0.12).
The form of dev row ru-fn-226, read here with other works, figures and places."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes


@pytest.mark.parametrize(("text", "volumes", "place", "year"), [
    ("Пушкин А. С. Полн. собр. соч. в 10 т М, 1956", "10", "Москва", 1956),
    ("Толстой Л. Н. Собр. соч. в 22-х т Л, 1978.", "22", "Ленинград", 1978),
    ("Чехов А. П. Собр. соч. в 12–ти т М, 1960–1964.", "12", "Москва", 1960),
    ("Тургенев И. С. Соч. в 15-ти т. М., 1960.", "15", "Москва", 1960),
])
def test_the_number_of_volumes_and_the_place_without_their_periods_are_read(
        text: str, volumes: str, place: str, year: int) -> None:
    document = parse_footnotes([text])
    (cite,) = document.notes[0].cites
    item = document.items[cite.item]
    assert item["number-of-volumes"] == volumes
    assert item["publisher-place"] == place
    assert item["issued"].year == year
    assert item["title"].rstrip(".") in ("Полн. собр. соч", "Собр. соч", "Соч")
    assert "volume" not in item.fields


def test_a_title_ending_in_a_lone_letter_before_a_place_is_left_alone() -> None:
    """«т» after a word, not after the number of volumes, is no term: nothing is added."""
    document = parse_footnotes(["Иванов И. И. Заметки о букве т М, 1956."])
    (cite,) = document.notes[0].cites
    assert document.items[cite.item].get("number-of-volumes") is None
