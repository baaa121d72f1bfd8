"""A rank or a scholarly degree between a statement's role words and its names, as Soviet
and later title pages print the editor («под ред. проф. Н. А. Рожкова», «под ред. акад.
А. М. Панкратовой», «отв. ред. д-р ист. наук …»): the names are the statement's, in the
nominative; the rank is kept as the reference's leftover, no name."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference


def _role(text: str, role: str) -> list[tuple[str | None, str | None]]:
    reference = parse_reference(text)
    return [(name.family, name.given) for name in reference.fields.get(role, [])]


@pytest.mark.parametrize(("text", "role", "names"), [
    # after " / " (GOST 7.1-2003 clause 4.7), the rank abbreviated (GOST R 7.0.12-2011)
    ("История СССР / под ред. проф. И. И. Смирнова. – М.: Наука, 1955. – 300 с.",
     "editor", [("Смирнов", "И. И.")]),
    ("Очерки истории / под ред. акад. А. М. Панкратовой. – М.: Госполитиздат, 1955.",
     "editor", [("Панкратова", "А. М.")]),
    ("Очерки истории / под общ. ред. чл.-кор. АН СССР Л. В. Черепнина. – М., 1960.",
     "editor", [("Черепнин", "Л. В.")]),
    ("Очерки истории / отв. ред. проф. Б. Д. Греков. М., 1953.",
     "editor", [("Греков", "Б. Д.")]),
    ("Хрестоматия / сост. доц. Е. В. Кузьмина. – Л. : ЛГУ, 1979.",
     "compiler", [("Кузьмина", "Е. В.")]),
    # written out, in the genitive a "под редакцией" governs
    ("Русская история / под редакцией профессора Н. А. Рожкова. – СПб., 1910.",
     "editor", [("Рожков", "Н. А.")]),
    # a degree with its field, in the genitive and the nominative, with a rank after it
    ("Экономика края / под ред. д-ра экон. наук, проф. В. П. Орлова. – Казань, 2004.",
     "editor", [("Орлов", "В. П.")]),
    ("Физика плазмы / отв. ред. канд. физ.-мат. наук Т. С. Белова. – Новосибирск, 1999.",
     "editor", [("Белова", "Т. С.")]),
    ("Агрохимия / под ред. д-ра с.-х. наук Н. Н. Лаптева. – М.: Колос, 1988.",
     "editor", [("Лаптев", "Н. Н.")]),
    # the family first, and Ukrainian's "за ред."
    ("История края / под ред. проф. Сидорова С. С. – Томск, 2001.",
     "editor", [("Сидоров", "С. С.")]),
    ("Історія краю / за ред. проф. О. П. Коваленка. – Київ : Наука, 2007.",
     "editor", [("Коваленко", "О. П.")]),
    # no " / ": the statement as a sentence of its own after the title
    ("Русская история. Под ред. проф. Н. А. Рожкова. СПб., 1910.",
     "editor", [("Рожков", "Н. А.")]),
    ("Очерки истории. Под ред. акад. А. М. Панкратовой. М., 1955.",
     "editor", [("Панкратова", "А. М.")]),
])
def test_a_rank_before_a_statements_names_is_read_past(
        text: str, role: str, names: list[tuple[str, str]]) -> None:
    assert _role(text, role) == names


def test_the_rank_is_kept_as_the_leftover() -> None:
    reference = parse_reference("История СССР / под ред. проф. И. И. Смирнова. – М., 1955.")
    assert [part.text for part in reference.leftover] == ["проф."]


def test_a_family_name_that_is_also_a_rank_stays_the_name() -> None:
    """«Граф» is a family name before initials, no title of nobility."""
    assert _role("Сборник / под ред. Граф А. А. – М., 2005.", "editor") == [("Граф", "А. А.")]


def test_a_rank_with_no_names_after_it_is_not_understood() -> None:
    reference = parse_reference("Сборник / под ред. проф. кафедры истории. – М., 2005.")
    assert not reference.fields.get("editor")
    assert reference.leftover


def test_a_sentence_after_the_names_is_no_part_of_a_family() -> None:
    """«Бургомистровой. Вологда»: a period closes the family; no person's family holds a
    word closed by a period before its last, so the statement is kept, not misread."""
    reference = parse_reference("Сборник / под общ. ред. О.Н. Бургомистровой. Вологда – "
                                "Молочное: ВГМХА, 2017. 52 с.")
    assert all("." not in (name.family or "") for name in reference.fields.get("editor", []))


@pytest.mark.parametrize(("text", "role", "names", "ranks"), [
    # each editor with his own rank, as title pages name several: after a comma, after «и»
    ("История края / под ред. проф. В. Е. Кемерова, проф. А. А. Петрова. – М. : Наука, "
     "2001. – 300 с.", "editor", [("Кемеров", "В. Е."), ("Петров", "А. А.")],
     ["проф.", "проф."]),
    ("Очерки истории / под ред. акад. А. М. Панкратовой и д-ра ист. наук В. В. Мавродина. "
     "М., 1958.", "editor", [("Панкратова", "А. М."), ("Мавродин", "В. В.")],
     ["акад.", "д-ра ист. наук"]),
    ("Сборник / отв. ред. проф. Б. Д. Греков, доц. Л. В. Черепнин. – Л., 1949.",
     "editor", [("Греков", "Б. Д."), ("Черепнин", "Л. В.")], ["проф.", "доц."]),
    # the first editor with none, the second with one
    ("Хрестоматия / сост. Е. В. Кузьмина, доц. Т. С. Белова. – Л. : ЛГУ, 1979.",
     "compiler", [("Кузьмина", "Е. В."), ("Белова", "Т. С.")], ["доц."]),
])
def test_a_rank_before_each_of_several_names_is_read_past(
        text: str, role: str, names: list[tuple[str, str]], ranks: list[str]) -> None:
    reference = parse_reference(text)
    assert _role(text, role) == names
    assert [part.text for part in reference.leftover] == ranks


@pytest.mark.parametrize(("text", "role", "names", "degree"), [
    # a degree cut to its letters, spaced or not, with the field cut longer
    ("История края / под ред. д.и.н. И. И. Иванова. – М. : Наука, 2001. – 300 с.",
     "editor", [("Иванов", "И. И.")], "д.и.н."),
    ("Сборник трудов / отв. ред. к.т.н. П. П. Сидоров. – Пермь, 2012. – 120 с.",
     "editor", [("Сидоров", "П. П.")], "к.т.н."),
    ("Словарь / сост. к. филол. н. Е. В. Кузьмина. – Омск, 2005.",
     "compiler", [("Кузьмина", "Е. В.")], "к. филол. н."),
    ("Задачник / под ред. д.ф.-м.н. А. А. Орлова. – Томск, 1999.",
     "editor", [("Орлов", "А. А.")], "д.ф.-м.н."),
])
def test_a_degree_cut_to_its_letters_is_no_part_of_the_name(
        text: str, role: str, names: list[tuple[str, str]], degree: str) -> None:
    reference = parse_reference(text)
    assert _role(text, role) == names
    assert [part.text for part in reference.leftover] == [degree]
