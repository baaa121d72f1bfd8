"""The number of volumes written out after collected works' title is the set's statement
(GOST 7.1-2003 clause 5.2.4), not the title: "Повне зібрання творів у 12-и томах"; a title
whose own wording runs on to the volumes keeps them ("История … войны в 6 томах", the rule
of tests/test_parse_russian_volume_statements.py). The Cyrillic «Т.» typed with its Latin
look-alike is the same term ("У 10 T."). Forms of the dev set (ru-fn-1732, ru-fn-1737:
notes on Shevchenko's editions, two sources) and GOST 7.1's own example; read by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "title", "volumes", "volume"), [
    ("Подається за виданням: Шевченко Т.Г. Повне зібрання творів у 12-и томах. – К.: Наукова "
     "думка, 2003 р., т. 6, с. 215 (текст), с. 526 (примітки).",
     "Повне зібрання творів", "12", "6"),
    ("Толстой Л. Н. Полное собрание сочинений в 90 томах. М., 1936. Т. 5. С. 10.",
     "Полное собрание сочинений", "90", "5"),
    ("Тарас Шевченко. Повне зібр. Творів. У 10 T. – T. 6. – С. 243.",
     "Повне зібр. Творів", "10", "6"),
])
def test_the_volumes_after_collected_works_are_not_the_title(
        text: str, title: str, volumes: str, volume: str) -> None:
    fields = parse_reference(text).fields
    assert fields["title"] == title
    assert fields["number-of-volumes"] == volumes
    assert fields["volume"] == volume


@pytest.mark.parametrize(("text", "title"), [
    ("История Великой Отечественной войны в 6 томах. М., 1960.",
     "История Великой Отечественной войны в 6 томах"),
    # a collected works' title with more words is the title page's own wording
    ("Иванов И. И. Сочинения о войне в 3 томах. М., 1960.", "Сочинения о войне в 3 томах"),
])
def test_a_title_whose_wording_runs_on_to_the_volumes_keeps_them(text: str, title: str) -> None:
    assert parse_reference(text).fields["title"] == title
