"""ALA-LC romanization of Russian, checked letter by letter against the ALA-LC table."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.errors import UsageError
from biblio.translit import PROFILES, has_cyrillic, romanize

ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"


def test_strict_profile_is_the_ala_lc_table_letter_by_letter():
    # ALA-LC Russian: а a, б b, в v, г g, д d, е e, ё ë, ж zh, з z, и i, й ĭ, к k,
    # л l, м m, н n, о o, п p, р r, с s, т t, у u, ф f, х kh, ц t͡s, ч ch, ш sh,
    # щ shch, ъ ʺ, ы y, ь ʹ, э ė, ю i͡u, я i͡a
    expected = "abvgdeëzhziĭklmnoprstufkht͡schshshchʺyʹėi͡ui͡a"
    assert [romanize(letter, "ala-lc-strict") for letter in ALPHABET] == [
        "a", "b", "v", "g", "d", "e", "ë", "zh", "z", "i", "ĭ", "k", "l", "m", "n", "o",
        "p", "r", "s", "t", "u", "f", "kh", "t͡s", "ch", "sh", "shch", "ʺ", "y", "ʹ",
        "ė", "i͡u", "i͡a",
    ]
    assert "".join(romanize(letter, "ala-lc-strict") for letter in ALPHABET) == expected


def test_plain_profile_drops_diacritics_and_ties_and_keeps_apostrophes_for_signs():
    assert romanize(ALPHABET) == "abvgdeezhziiklmnoprstufkhtschshshch\"y'eiuia"


def test_kritika_profile_writes_the_soft_sign_as_acute_and_the_hard_sign_doubled():
    assert romanize("Горький", "kritika") == "Gor´kii"
    assert romanize("Подъезд", "kritika") == "Pod´´ezd"


@pytest.mark.parametrize(
    ("profile", "expected"),
    [("ala-lc", "Gor'kii"), ("ala-lc-strict", "Gorʹkiĭ"), ("kritika", "Gor´kii")],
)
def test_gorky_in_each_profile(profile, expected):
    assert romanize("Горький", profile) == expected


def test_yo_is_romanized_not_left_in_cyrillic_as_iuliia_leaves_it():
    title = "Сталин и Гитлер: расчёты и просчёты. Ёлкин"
    assert romanize(title, "ala-lc-strict") == "Stalin i Gitler: raschëty i proschëty. Ëlkin"
    assert romanize(title) == "Stalin i Gitler: raschety i proschety. Elkin"


def test_strict_profile_writes_both_tied_letters_of_a_capital_as_lc_does():
    """The Library of Congress writes a capital Ю, Я, Ц opening a word with both tied
    letters in capitals (its name headings: "Lotman, I͡Uriĭ Mikhaĭlovich", "T͡Svetaeva,
    Marina"); a digraph without a tie capitalizes its first letter only (Shch)."""
    assert romanize("Юрий Щукин, Цветаева, Яков, Хлевнюк", "ala-lc-strict") == (
        "I͡Uriĭ Shchukin, T͡Svetaeva, I͡Akov, Khlevni͡uk"
    )
    assert romanize("Я. Ю.", "ala-lc-strict") == "I͡A. I͡U."
    assert romanize("Ю. Э. Шубин") == "Iu. E. Shubin"  # no ties, no capital second letter


@pytest.mark.parametrize(
    ("capitals", "romanized"),
    [("ЮЖНЫЙ", "Iuzhnyi"),      # Ы, Й begin no Russian word: never in an initialism
     ("ИСТОРИЯ", "Istoriia"),   # 4 vowels in 7 letters: a word
     ("РГАСПИ", "RGASPI"), ("ЦГАОР", "TsGAOR"), ("ЦАМО", "TsAMO"), ("КПСС", "KPSS")],
)
def test_a_word_in_capitals_that_is_not_an_initialism_is_romanized_as_a_word(capitals, romanized):
    assert romanize(capitals) == romanized


def test_archive_acronyms_are_romanized_letter_by_letter_without_ties():
    assert romanize("РГАСПИ, ГАРФ, РГВА, АВП РФ") == "RGASPI, GARF, RGVA, AVP RF"
    assert romanize("ЦГАОР СССР, ЦК ВКП(б)", "ala-lc-strict") == "TsGAOR SSSR, TsK VKP(b)"


def test_a_surname_in_capitals_is_a_word_not_an_acronym_when_acronyms_are_off():
    assert romanize("ЩУКИН", acronyms=False) == "SHCHUKIN"
    assert romanize("ЯКОВЛЕВ", "ala-lc-strict", acronyms=False) == "I͡AKOVLEV"


def test_pre_1918_letters_and_the_final_hard_sign():
    # ALA-LC: і ī, ѣ i͡e, ѳ ḟ, ѵ ẏ; the hard sign ending a word is not romanized
    assert romanize("Ѳедоръ міръ вѣра", "ala-lc-strict") == "Ḟedor mīr vi͡era"
    assert romanize("Ѳедоръ міръ вѣра") == "Fedor mir viera"
    assert romanize("объявление") == 'ob"iavlenie'


def test_text_without_cyrillic_is_unchanged():
    text = "Des hommes d’influences, 1933—1939 (Paris: Fayard), S. 12–14; ß, ü, é"
    assert romanize(text, "ala-lc-strict") == text
    assert not has_cyrillic(text)
    assert has_cyrillic("оп. 3а")


def test_cyrillic_inside_latin_text_is_romanized_in_place():
    assert romanize("F. 558, оп. 3а, д. 12") == "F. 558, op. 3a, d. 12"


def test_unknown_profile_is_a_usage_error_naming_the_profiles():
    with pytest.raises(UsageError, match="ala-lc-strict"):
        romanize("Мир", "bgn")


RUSSIAN = st.text(alphabet=ALPHABET + ALPHABET.upper() + " ,.-—:;()0123456789", max_size=60)


@settings(max_examples=150, deadline=None)
@given(RUSSIAN, st.sampled_from(sorted(PROFILES)))
def test_no_cyrillic_letter_survives_romanization(text, profile):
    assert not has_cyrillic(romanize(text, profile))


@settings(max_examples=150, deadline=None)
@given(RUSSIAN)
def test_plain_profile_writes_ascii_only(text):
    assert romanize(text).replace("—", "").isascii()
