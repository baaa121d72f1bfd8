"""Archival units as notes type them, beside GOST R 7.0.5-2008's «Ф. Р-5446. Оп. 1. Д. 12»:
a fond's letter joined to its number by a spaced or long dash, a level's term whose period
was lost, an opis lettered in quotes, a storage unit's part in parentheses. Each form is
read with other archives and numbers than the dev rows that showed it (ru-fn-1282, 672,
1256, 1269); the expected locations are GOST's spelling, written by hand."""

from __future__ import annotations

import pytest

from first_cite import first_cite

from biblio.parse.archival import parse_archival


@pytest.mark.parametrize(("text", "archive", "location", "leaf"), [
    ("ДАКО. — Ф. Р — 1878. — Оп. 2.— Спр. 217.", "ДАКО", "ф. Р-1878, оп. 2, спр. 217", None),
    ("ГАРФ. Ф. Р – 5446. Оп. 1. Д. 12. Л. 3.", "ГАРФ", "ф. Р-5446, оп. 1, д. 12", "3"),
    ("ГАРФ. Ф. Р–7523. Оп. 4. Д. 90. Л. 17 об.", "ГАРФ", "ф. Р-7523, оп. 4, д. 90", "17 об."),
    ("ДАХО, ф. П - 12, оп. 1, спр. 40, арк. 3.", "ДАХО", "ф. П-12, оп. 1, спр. 40", "3"),
])
def test_a_fonds_letter_joined_by_a_spaced_or_long_dash_is_read_as_its_hyphen(
        text: str, archive: str, location: str, leaf: str | None) -> None:
    path = parse_archival(text)
    assert path is not None
    assert (path.archive, path.location(), path.leaf) == (archive, location, leaf)


def test_a_fond_named_in_full_with_its_hereafter_siglum_and_a_spaced_dash() -> None:
    fields, _ = first_cite("Державний архів Харківської області (далі — ДАХО). — Ф. Р — 845. — "
                   "Оп. 3.— Спр. 51.")
    assert fields["archive"] == "ДАХО"
    assert fields["archive_location"] == "ф. Р-845, оп. 3, спр. 51"


def test_a_roman_ten_before_a_spaced_dash_is_no_fonds_letter() -> None:
    """«Т. Х — 1905»: the Cyrillic Х typed for the Roman ten is not a fond's letter."""
    path = parse_archival("ГАРФ. Ф. Х — 1905. Оп. 1. Д. 2.")
    assert path is None or path.location() != "ф. Х-1905, оп. 1, д. 2"


@pytest.mark.parametrize(("text", "location", "leaf"), [
    ("РГАЛИ. Ф. 2208. Оп. 3. Д 41. Л. 7.", "ф. 2208, оп. 3, д. 41", "7"),
    ("РГАЛИ. Ф. 2208.Оп. 3.Д 41. Л 7.", "ф. 2208, оп. 3, д. 41", "7"),
    ("ЦГА СПб, ф. 7384, оп 18, д 1204, л 5.", "ф. 7384, оп. 18, д. 1204", "5"),
    ("ДАЖО. — Ф. 19. — Оп 2. — Спр 88. — Арк 14.", "ф. 19, оп. 2, спр. 88", "14"),
])
def test_a_level_below_the_fond_whose_period_was_lost_is_a_level(
        text: str, location: str, leaf: str) -> None:
    path = parse_archival(text)
    assert path is not None
    assert (path.location(), path.leaf) == (location, leaf)


def test_a_term_without_its_period_opens_no_location() -> None:
    """«Д 5» alone is no archival term: a location opens with a level's period."""
    assert parse_archival("Лесков Н. С. Д 5 и Л 3.") is None


@pytest.mark.parametrize(("text", "location"), [
    ("Национальный архив Республики Тыва. Ф. Р-12. Оп. I «а». Д. 40.",
     "ф. Р-12, оп. I «а», д. 40"),
    ("ГАНО. Ф. 1. Оп. 2 «б». Д. 7. Л. 3.", "ф. 1, оп. 2 «б», д. 7"),
    # typed with straight quotes: read as «…», given back as printed (typography.py)
    ("ГАНО, ф. 1, оп. 2 \"в\", д. 7, л. 3.", "ф. 1, оп. 2 \"в\", д. 7"),
])
def test_an_opis_lettered_in_quotes_keeps_its_letter(text: str, location: str) -> None:
    assert first_cite(text)[0]["archive_location"] == location


@pytest.mark.parametrize(("text", "location", "leaf"), [
    ("ИРЛИ. Ф. 39. Ед. хр. 1012 (3).", "ф. 39, ед. хр. 1012 (3)", None),
    ("ИРЛИ, ф. 244, оп. 1, ед. хр. 77 (12), л. 5.", "ф. 244, оп. 1, ед. хр. 77 (12)", "5"),
])
def test_a_storage_units_part_in_parentheses_stays_with_its_number(
        text: str, location: str, leaf: str | None) -> None:
    path = parse_archival(text)
    assert path is not None
    assert (path.location(), path.leaf, path.title) == (location, leaf, None)


def test_a_units_year_in_parentheses_is_still_its_year() -> None:
    path = parse_archival("ГАРФ. Ф. 5446. Оп. 1. Д. 12 (1947). Л. 3.")
    assert path is not None and path.location() == "ф. 5446, оп. 1, д. 12 (1947)"


@pytest.mark.parametrize(("text", "location", "leaf"), [
    ("ІР НБУВ, ф. I, од. зб. 4102, арк. 3.", "ф. I, од. зб. 4102", "3"),
    ("ІР НБУВ. — Ф. 3. — Од. зб. 215. — Арк. 12 зв.", "ф. 3, од. зб. 215", "12 зв."),
])
def test_the_ukrainian_unit_of_storage_is_a_level(text: str, location: str, leaf: str) -> None:
    """«од. зб.» (одиниця зберігання), the Ukrainian «ед. хр.»."""
    path = parse_archival(text)
    assert path is not None
    assert (path.archive, path.location(), path.leaf) == ("ІР НБУВ", location, leaf)
