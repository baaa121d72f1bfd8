"""A journal's city printed between its title and its year, written out, as journals of
the regions and of Ukraine are cited («// Геологічний журнал. Київ. 2008. № 3»): the city
is the host's place, not the end of its title."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "journal", "place"), [
    # GOST's period form, the city alone between title and year (a geology reference list)
    ("Артеменко Г. В. Геология архейских пород // Геологический журнал. Киев. 2008. № 3. "
     "С. 35–43.", "Геологический журнал", "Киев"),
    # the city and the year joined by a comma
    ("Петров С. А. Купечество города // Известия вузов. Томск, 2005. № 3. С. 5–9.",
     "Известия вузов", "Томск"),
    # the full form, an area dash before each area
    ("Сидорова Е. Н. Земство и школа // Вестник университета. — Воронеж. — 1999. — № 2. — "
     "С. 17–24.", "Вестник университета", "Воронеж"),
])
def test_a_journals_written_out_city_before_its_year_is_its_place(
        text: str, journal: str, place: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["container-title"] == journal
    assert reference.fields["publisher-place"] == place
    assert reference.fields["issue"] in ("2", "3")


def test_a_journal_named_after_a_city_keeps_its_name() -> None:
    """«// Москва. 1990. № 3»: the literary journal «Москва», its title alone before the
    year, is no place."""
    reference = parse_reference("Иванов И. И. Рассказ // Москва. 1990. № 3. С. 5–9.")
    assert reference.fields["container-title"] == "Москва"
    assert "publisher-place" not in reference.fields


def test_a_city_after_a_word_cut_short_is_the_titles() -> None:
    """«Веч. Ленинград» (the newspaper «Вечерний Ленинград»): the city continues the title
    cut short before it."""
    reference = parse_reference(
        "Бондаренко И. Острый и веселый спектакль.— Веч. Ленинград, 1953, 16 дек.")
    assert reference.fields.get("publisher-place") != "Ленинград"
