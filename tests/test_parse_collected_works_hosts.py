"""The author of collected works named initials first before them in a host is the host's
author («// Л.Н. Толстой. Собрание сочинений в 22 тт. …»), as the family-first heading of
GOST 7.1-2003 already was; a collection named after a person keeps its title. Values
read off the printed references by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "host", "family", "given", "volume"), [
    ("Розанова С.А. Комментарии // Л.Н. Толстой. Собрание сочинений в 22 тт. М.: "
     "Художественная литература, 1984. Т. 18. С. 864.", "Собрание сочинений", "Толстой",
     "Л.Н.", "18"),
    ("Бонди С. М. Примечания // А. С. Пушкин. Полн. собр. соч. М.; Л., 1937. Т. 5. С. 480.",
     "Полн. собр. соч.", "Пушкин", "А. С.", "5"),
    ("Франко І. Передмова // І. Я. Франко. Зібрання творів. К., 1976. Т. 1. С. 7.",
     "Зібрання творів", "Франко", "І. Я.", "1"),
])
def test_the_author_of_collected_works_before_them_is_the_hosts(
        text: str, host: str, family: str, given: str, volume: str) -> None:
    fields = parse_reference(text).fields
    assert fields["container-title"] == host
    (author,) = fields["container-author"]
    assert (author.family, author.given) == (family, given)
    assert fields["volume"] == volume


def test_a_collection_named_after_a_person_keeps_its_title() -> None:
    fields = parse_reference("Иванов И. Статья // А. С. Пушкин. Исследования и материалы. "
                             "Л., 1967. Т. 5. С. 5.").fields
    assert fields["container-title"] == "А. С. Пушкин. Исследования и материалы"
    assert "container-author" not in fields
