"""Names after "/" printed family first, the last one's initial closing the area before an
imprint: DSTU 8302:2015 separates areas by ". " and Ukrainian guides list four or more
authors after "/" as "Прізвище І." ("… / Руденко С., Івасюк О, Костишин С., Щербань М.
Чернівці: Букрек, 2010."). And the last initials of a name whose period the area's end took
("/ Пелешенко В.І., Хільчевський В.К. – К.: Либідь"). Real forms from a Chernivtsi
department's DSTU 8302:2015 examples (dev set batch 20); values read off by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


def _names(reference) -> list[tuple[str, str | None]]:
    return [(name.family, name.given) for name in reference.fields.get("author", [])]


@pytest.mark.parametrize(("text", "families", "place", "publisher", "year"), [
    ("Руденко С. Рослини Святого Письма та перспективи створення Біблійного саду: монографія / "
     "Руденко С., Івасюк О, Костишин С., Щербань М. Чернівці: Букрек, 2010. 420 с.",
     ["Руденко", "Івасюк", "Костишин", "Щербань"], "Чернівці", "Букрек", 2010),
    ("Збереження біорізноманіття: знати і діяти: науково-популярне видання / Федоряк М.,  "
     "Ситнікова І.,  Москалик Г.,  Зароченцева О.,  Жук А., Легета У., Филипчук Т., Шпак Я. "
     "Чернівці, 2022. 184 с.",
     ["Федоряк", "Ситнікова", "Москалик", "Зароченцева", "Жук", "Легета", "Филипчук", "Шпак"],
     "Чернівці", None, 2022),
    # two initials a name and GOST's spaced colon after the place: a technical journal's
    # DSTU 8302:2015 rules (dev set batch 30, ru-gost-1102)
    ("Інновації : навч. посіб. / Гуревич Д. Т., Чекан О. С., Грибан О. М., Макарова В. В. "
     "Запоріжжя : ЗНУ, 2016. 389 с.",
     ["Гуревич", "Чекан", "Грибан", "Макарова"], "Запоріжжя", "ЗНУ", 2016),
])
def test_the_initial_ending_the_last_name_ends_the_area(
        text: str, families: list[str], place: str, publisher: str | None, year: int) -> None:
    reference = parse_reference(text)
    assert [family for family, _ in _names(reference)] == families
    assert reference.fields["publisher-place"] == place
    assert reference.fields.get("publisher") == publisher
    assert reference.fields["issued"].year == year
    assert not reference.leftover


def test_initials_whose_period_the_area_took() -> None:
    reference = parse_reference(
        "Пелешенко В.І. Загальна гідрохімія / Пелешенко В.І., Хільчевський В.К. – К.: Либідь, "
        "1997. – 384 [1] с.")
    assert _names(reference) == [("Пелешенко", "В.І."), ("Хільчевський", "В.К.")]


@pytest.mark.parametrize(("text", "title", "genre"), [
    ("Иванов И. История: учебник. М.: Наука, 2001. 200 с.", "История", "учебник"),
    ("Мартынов А. Лирика. Москва, 1990.", "Лирика", None),
    # two initials and a spaced colon in the title: before any "/", still a heading
    ("Иванов И. И. Экономика : учебник. М.: Наука, 2001. 200 с.", "Экономика", "учебник"),
    ("Петров А. Сказки : для детей. М.: Наука, 2001. 20 с.", "Сказки : для детей", None),
])
def test_a_heading_s_initial_before_the_title_is_no_end_of_a_name_list(
        text: str, title: str, genre: str | None) -> None:
    """The heading's name is read before the areas: its title stays whole."""
    reference = parse_reference(text)
    assert reference.fields["title"] == title
    assert reference.fields.get("genre") == genre


def test_an_editor_family_first_before_the_place() -> None:
    reference = parse_reference("Сборник / под ред. Сидоров В. Киев, 2005. 100 с.")
    assert [(n.family, n.given) for n in reference.fields["editor"]] == [("Сидоров", "В.")]
    assert reference.fields["publisher-place"] == "Киев"
