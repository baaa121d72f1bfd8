"""A volume named by its first and last entries, as the Russian Biographical Dictionary
(1896–1918) numbers its 25 volumes ("Т. Ибак — Ключарев"): the volume, the host's title
without it. Values read off the printed references by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "volume"), [
    ('Лихач Е.А. Шафиров Петр Павлович // Русский биографический словарь. Т. "Чаадаев-'
     'Швитков". С. 553-567', "Чаадаев-Швитков"),
    ("Половцов А. А. Шереметев Борис Петрович // Русский биографический словарь. Т. Шебанов "
     "— Шютц. СПб., 1911. С. 98–120.", "Шебанов — Шютц"),
    ("Модзалевский Б. Л. Кочубей // Русский биографический словарь. Т. «Кнаппе – Кюхельбекер». "
     "СПб., 1903. С. 263.", "Кнаппе – Кюхельбекер"),
])
def test_a_volume_named_by_its_entries_is_the_volume(text: str, volume: str) -> None:
    fields = parse_reference(text).fields
    assert fields["container-title"] == "Русский биографический словарь"
    assert fields["volume"] == volume


def test_a_hyphenated_family_after_an_initial_is_no_volume() -> None:
    fields = parse_reference("Иванов И. Письма // Т. Смирнова-Россет. Воспоминания. М., "
                             "1989. С. 5.").fields
    assert "volume" not in fields
