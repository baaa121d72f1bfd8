"""The areas' dash typed as a hyphen glued on both sides («курс-конспект.-Рига, 2006», «Ред.
Ершов А. П..-Новосибирск., 1979.-131 с.», batch 48's course page and institute
catalogue): read as the spaced dash, after a word of five letters or more, a figure or a
second period; the hyphen that joins a compound abbreviation's parts («Вост.-Сиб.», «Юж.-
Рос.») stays. The values were read off the texts by hand."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference
from biblio.parse.glued_marks import unglued


@pytest.mark.parametrize(("text", "title", "place", "pages"), [
    ("Литвинчук А.М. Теория управления: курс-конспект.-Рига, 2006", "Теория управления: "
     "курс-конспект", "Рига", None),
    ("Сомова Н.П. Основы бухгалтерского учета.-Самара: Изд-во СГЭУ, 2003.-120 с.",
     "Основы бухгалтерского учета", "Самара", "120"),
])
def test_a_glued_hyphen_parts_the_areas(text: str, title: str, place: str,
                                        pages: str | None) -> None:
    reference = parse_reference(text)
    assert reference.fields["title"] == title
    assert reference.fields["publisher-place"] == place
    assert reference.fields.get("number-of-pages") == pages


def test_after_an_editors_initials_and_a_year() -> None:
    reference = parse_reference("Новые задачи информатики: Сборник научных трудов. Ред. Ершов "
                                "А. П..-Новосибирск., 1979.-131 с.")
    assert reference.fields["number-of-pages"] == "131"
    assert reference.fields["issued"].parts == [[1979]]
    assert [name.family for name in reference.fields["editor"]] == ["Ершов"]


@pytest.mark.parametrize(("text", "compound"), [
    ("Иркутск: Вост.-Сиб. кн. изд-во, 1980.", "Вост.-Сиб."),
    ("Материалы Сев.-Кавк. науч. конф. - Ростов н/Д, 2001.", "Сев.-Кавк."),
])
def test_a_compound_abbreviations_hyphen_stays(text: str, compound: str) -> None:
    spaced = unglued(text)
    assert compound in (text if spaced is None else spaced[0])


@pytest.mark.parametrize(("text", "volume", "pinpoint"), [
    ("Сборник документов. -К., 1957.-Т. 2.-С. 160–161.", "2", "160–161"),
    ("Очерки истории края.-М., 1988.-Т. 12.-С. 45.", "12", "45"),
])
def test_a_glued_hyphen_after_a_volumes_figure_parts_the_pinpoint(
        text: str, volume: str, pinpoint: str) -> None:
    """The dash glued after any figure, as GOST 7.1-84's notes type the volume before the
    page («1957.-Т. 2.-С. 160–161»): the volume and the page are read, not lost."""
    reference = parse_reference(text)
    assert reference.fields["volume"] == volume
    assert reference.locator == pinpoint
