"""Acts cited in the Полное собрание законов Российской империи, which numbers every act
through all its volumes: the "№" is the act's CSL `number`, not an issue of a serial
(issue 9). Expectations read off each reference by hand."""

from __future__ import annotations

import pytest

from first_cite import first_cite


@pytest.mark.parametrize("text, volume, number", [
    ("ПСЗ. Т. XIV. № 10365.", "XIV", "10365"),
    ("ПСЗ-1. Т. 5. № 3006.", "5", "3006"),
    ("ПСЗРИ. Собр. 2. Т. 36. № 36657. С. 141.", "36", "36657"),
    ("Высочайший манифест от 6 мая 1868 г. // Полное собрание законов Российской империи. "
     "Собрание 2. СПб., 1873. Т. XLIII. № 45814. С. 546.", "XLIII", "45814"),
])
def test_number_in_a_collection_numbered_by_act_is_the_acts_number(
        text: str, volume: str, number: str) -> None:
    item, _ = first_cite(text)
    assert (item["type"], item["volume"], item["number"]) == ("legislation", volume, number)
    assert "issue" not in item
    assert "issue" not in item.get("custom", {}).get("designations", {})


def test_number_in_a_gazette_stays_its_issue() -> None:
    """The Собрание узаконений appears in issues, its acts by article ("Ст. 5")."""
    item, _ = first_cite("Собрание узаконений и распоряжений правительства. 1918. № 1. Ст. 5.")
    assert item["issue"] == "1" and "number" not in item
