"""A statement of responsibility fenced by two slashes, as typewritten lists print it
(«/Сост. Г.П. Смидович/ М., 1980»), read as GOST 7.1-2003 clause 4.7 prints it, « / »
before it and the next area after it; and «под. ред.», the preposition typed with a
period, read as «под ред.»."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference


def _read(text: str, role: str) -> tuple[str | None, list[tuple[str | None, str | None]], str | None]:
    fields = parse_reference(text).fields
    return (fields.get("title"), [(name.family, name.given) for name in fields.get(role, [])],
            fields.get("publisher-place"))


@pytest.mark.parametrize(("text", "role", "read"), [
    # the closing slash against the place, a period before the opening one
    ("60 лет Ленинскому плану ГОЭЛРО. /Сост. Г.П. Смидович/ М., 1980. С.5.", "compiler",
     ("60 лет Ленинскому плану ГОЭЛРО", [("Смидович", "Г.П.")], "Москва")),
    # the area's period after the closing slash; the genitive read back
    ("Снижение шума в зданиях /Под ред. Г. Л. Осипова/. М.: Стройиздат, 1987. 558 с.",
     "editor", ("Снижение шума в зданиях", [("Осипов", "Г. Л.")], "Москва")),
    # GOST's area dash after it, two names
    ("Очерки истории края. /Отв. ред. В. Е. Кемеров, А. А. Петрова/ - Л.: Наука, 1971. - "
     "300 с.", "editor", ("Очерки истории края", [("Кемеров", "В. Е."), ("Петрова", "А. А.")],
                          "Ленинград")),
    # the preposition of «под ред.» closed by a period
    ("Список населённых мест / Терский областной статистический комитет ; под. ред. Н. "
     "А. Благовещенского. — Владикавказ, 1885. — 58 с.", "editor",
     ("Список населённых мест", [("Благовещенский", "Н. А.")], "Владикавказ")),
    ("Словарь / Под. ред. И. И. Орлова. М., 1990.", "editor",
     ("Словарь", [("Орлов", "И. И.")], "Москва")),
])
def test_the_statement_is_read(text: str, role: str,
                               read: tuple[str, list[tuple[str, str]], str]) -> None:
    assert _read(text, role) == read


def test_a_slash_in_a_place_fences_nothing() -> None:
    """«Ростов н/Д» and a statement after it: one slash of a place, not a fence."""
    fields = parse_reference("Экономика / под ред. И. И. Иванова. Ростов н/Д: Феникс, 2001.").fields
    assert [(name.family, name.given) for name in fields["editor"]] == [("Иванов", "И. И.")]
