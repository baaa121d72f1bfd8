"""A newspaper's day in the transliterated reference lists of Russian journals (their
English "References" give Russian sources in Latin letters): "Krasnaya gazeta. - 1918. -
20 avgusta." (batch 7, a law journal's list), in the BGN/PCGN and GOST 7.79 (B) spellings
and the Library of Congress ones ("12 iiulia"). Values read by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

DAYS = [
    ("Krasnaya gazeta. - 1918. - 20 avgusta.", "Krasnaya gazeta", [1918, 8, 20]),
    ("Pravda. 1937. 12 iyulya.", "Pravda", [1937, 7, 12]),
    ("Izvestiia. 1936. 5 dekabria.", "Izvestiia", [1936, 12, 5]),
]


@pytest.mark.parametrize(("text", "title", "date"), DAYS)
def test_a_transliterated_day_dates_the_newspaper_issue(
        text: str, title: str, date: list[int]) -> None:
    reference = parse_reference(text)
    assert reference.fields["title"] == title
    assert reference.fields["issued"].parts == [date]


def test_a_transliterated_day_dates_the_article_host() -> None:
    reference = parse_reference("Ivanov I. I. Stat'ya o militsii // Pravda. 1937. 12 iyulya.")
    assert reference.fields["container-title"] == "Pravda"
    assert reference.fields["issued"].parts == [[1937, 7, 12]]
    assert reference.type == "article-newspaper"
