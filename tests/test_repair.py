"""Glyph repair: the cp1251/Latin-1 damage in both directions and look-alike letters.

The damage is written out here from the codecs (a Cyrillic letter's cp1251 byte read
as Latin-1, and back), independently of biblio.text.glyphs.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from wordfreq import top_n_list

from biblio import repair_text
from biblio.text.repair import Change

ARTICLE = Path(__file__).parent.parent / "examples" / "article.txt"


def damage_russian(letter: str) -> str:
    """What the broken font printed for a Cyrillic letter: "б" → "á", "ч" → "÷"."""
    return letter.encode("cp1251").decode("latin-1")


def damage_latin(letter: str) -> str:
    """The reverse, in Latin text: "à" → "а", "ï" → "п", "ü" → "ь"."""
    return letter.encode("latin-1").decode("cp1251")


def repaired(text: str) -> str:
    return repair_text(text).text


# --- Russian words with Latin-1 characters ------------------------------------------

@pytest.mark.parametrize(
    ("damaged", "clean"),
    [
        ("Íесмотря на то что это áыло", "Несмотря на то что это было"),
        ("француçскоãо историка", "французского историка"),
        ("Èстория Второй мировой войны", "История Второй мировой войны"),
        ("в 1930-х ãã. это ведомство", "в 1930-х гг. это ведомство"),
        ("М.È. Мельтюхов и È.В. Сталин", "М.И. Мельтюхов и И.В. Сталин"),
    ],
)
def test_latin1_letters_in_russian_words_are_read_as_cp1251(damaged: str, clean: str) -> None:
    assert repaired(damaged) == clean


def test_letters_whose_latin1_counterpart_is_not_a_letter_are_repaired() -> None:
    # Ч → ×, ч → ÷, ё → ¸ (cp1251 D7, F7, B8)
    assert repaired("×ем ÷аще, тем лучше, ещ¸ раз") == "Чем чаще, тем лучше, ещё раз"


def test_other_letters_of_the_range_are_repaired_not_only_the_samples() -> None:
    clean = "Шуба, щука, жёлудь, цапля, эхо, юла, ящик и Фёдор"
    damaged = "".join(damage_russian(ch) if ch in "ШщжцэюяФ" else ch for ch in clean)
    assert damaged != clean
    assert repaired(damaged) == clean


def test_a_fully_damaged_russian_sentence_is_recognised_by_its_words() -> None:
    clean = "Это было давно"
    damaged = "".join(damage_russian(ch) if ch != " " else ch for ch in clean)
    assert damaged == "Ýòî áûëî äàâíî"
    assert repaired(damaged) == clean


def test_a_damaged_word_between_russian_words_is_read_as_russian() -> None:
    assert repaired("газета Ïðàâäà сообщила") == "газета Правда сообщила"


# --- Latin words with Cyrillic letters ----------------------------------------------

@pytest.mark.parametrize(
    ("damaged", "clean"),
    [
        ("Les relations Germano-Soviétiques de 1933 а 1939", "Les relations Germano-Soviétiques de 1933 à 1939"),
        ("Vaпsse M. Les militaires", "Vaïsse M. Les militaires"),
        ("mémoire de maоtrise d’Histoire", "mémoire de maîtrise d’Histoire"),
        ("L’URSS et l’Europe dans les annйes 20", "L’URSS et l’Europe dans les années 20"),
        ("Geschichte der Sowjetunion fьr Schьler", "Geschichte der Sowjetunion für Schüler"),
        ("Das Mдdchen ist groЯ", "Das Mädchen ist groß"),
        ("a naпve view of the cafй", "a naïve view of the café"),
    ],
)
def test_cyrillic_letters_in_latin_words_are_read_as_latin1(damaged: str, clean: str) -> None:
    assert repaired(damaged) == clean


def test_where_two_repairs_are_possible_the_real_word_wins() -> None:
    # "о" may stand for "î" (cp1251) or for "o" (look-alike): only "maîtrise" is a word
    assert repaired("la maоtrise du sujet") == "la maîtrise du sujet"
    # "М" may stand for "Ì" (cp1251) or for "M" (look-alike): only "Monde" is a word
    assert repaired("Cahiers du Мonde Russe") == "Cahiers du Monde Russe"


def test_stray_a_is_french_a_grave_but_english_a() -> None:
    assert repaired("de Paris а Moscou en hiver") == "de Paris à Moscou en hiver"
    assert repaired("this is а book about the war") == "this is a book about the war"


def test_a_cyrillic_word_with_a_latin_word_on_one_side_only_is_looked_at() -> None:
    # the Latin neighbour after it (found in the reversed text), then before it
    assert repaired("а Moscou en hiver") == "à Moscou en hiver"
    assert repaired("de Paris а") == "de Paris à"


def test_damaged_words_at_the_edges_of_the_text_are_repaired_whole() -> None:
    # damage first, last and alone in its word: each word is found from both ends
    assert repaired("áыло") == "было"
    assert repaired("быëî") == "было"
    assert repaired("Òàì æå") == "Там же"


@pytest.mark.parametrize(
    ("damaged", "clean"),
    [
        ("Ibid. Р. 135.", "Ibid. P. 135."),
        ("Revue des études Slaves. 1977. Т. 50, fasc. 3;", "Revue des études Slaves. 1977. T. 50, fasc. 3;"),
    ],
)
def test_cyrillic_look_alike_capitals_amid_latin_words_become_latin(damaged: str, clean: str) -> None:
    assert repaired(damaged) == clean


def test_latin_look_alike_in_a_russian_word_becomes_cyrillic() -> None:
    latin_o = "o"
    assert repaired(f"в М{latin_o}скве и Ленинграде") == "в Москве и Ленинграде"


# --- genuine characters stay ---------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "L’armée française et la Russie soviétique",
        "du Réau E. Jean de Lattre de Tassigny",
        "du 24 et 25 novembre 2010 à Coëtquidan",
        "какая из сторон проявляла бóльшую заинтересованность",
        "площадь 20 м² и объём 3 км³",
        "см. также: Ibid. P. 5; XVI съезд ВКП(б), т. е. i.e.",
        "Le journal «Правда» et la presse soviétique",
        "Dessberg F., Кен О.Н. 1937—1938: Красная армия",
        "Müller, Jürgen. Über die Außenpolitik",
        "3×4 = 12",
        "История Второй мировой войны. Т. 1. М., 1973. С. 285.",
        "Ёлка, ещё, Чехов, чай",
    ],
)
def test_genuine_characters_stay(text: str) -> None:
    assert repair_text(text).changes == []


def test_stress_mark_stays_while_the_damage_beside_it_is_repaired() -> None:
    assert repaired("áóльшую") == "бóльшую"


# --- the changes ---------------------------------------------------------------------

def test_each_change_names_offset_before_after_and_rule() -> None:
    result = repair_text("Îднако, de 1933 а 1939")
    assert result.changes == [
        Change(0, "Îднако", "Однако", "cp1251-cyrillic"),
        Change(16, "а", "à", "cp1251-latin"),
    ]


def test_look_alikes_are_reported_as_such() -> None:
    assert repair_text("Ibid. Р. 135").changes == [Change(6, "Р", "P", "homoglyph-latin")]


def test_repair_keeps_length_so_offsets_are_the_same_before_and_after() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    result = repair_text(text)
    assert len(result.text) == len(text)
    for change in result.changes:
        assert text[change.offset:change.offset + len(change.before)] == change.before
        assert result.text[change.offset:change.offset + len(change.after)] == change.after


# --- the sample article --------------------------------------------------------------

TOKEN = re.compile(r"[^\W\d_]+")
LATIN1_LETTERS = re.compile("[\u00c0-\u00ff]")


def test_no_damaged_word_is_left_in_the_sample_article() -> None:
    text = repaired(ARTICLE.read_text(encoding="utf-8"))
    bad = []
    for word in re.findall(r"[^\W\d_\u0300-\u036f×÷]+|[×÷]", text):
        has_cyrillic = re.search("[\u0400-\u04ff]", word)
        has_ascii_letter = re.search("[A-Za-z]", word)
        if has_cyrillic and (LATIN1_LETTERS.search(word) and word != "бóльшую"):
            bad.append(word)
        if has_cyrillic and has_ascii_letter:
            bad.append(word)
        if word in "×÷":
            bad.append(word)
    assert bad == []


def test_every_genuine_accented_word_of_the_sample_survives() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    result = repaired(text)
    genuine = [
        match for match in TOKEN.finditer(text)
        if re.search("[A-Za-z]", match.group()) and LATIN1_LETTERS.search(match.group())
        and not re.search("[\u0400-\u04ff]", match.group())
    ]
    assert len(genuine) > 40  # française, Réau, Coëtquidan, années, …
    for match in genuine:
        assert result[match.start():match.end()] == match.group()
    assert "бóльшую" in result


# --- properties ----------------------------------------------------------------------

def _vocabulary(language: str, pattern: str) -> list[str]:
    words = top_n_list(language, 3000)
    if language == "en":  # English words with accents are rarer than the top 3000
        words += [w for w in top_n_list("en", 60000) if LATIN1_LETTERS.search(w) and len(w) > 2][:200]
    return [word for word in words if re.fullmatch(pattern, word)]


VOCABULARY = {
    "ru": _vocabulary("ru", "[а-яё]+"),
    "fr": _vocabulary("fr", "[a-zà-ÿ]+"),
    "en": _vocabulary("en", "[a-zà-ÿ]+"),
    "de": _vocabulary("de", "[a-zà-ÿ]+"),
}
DAMAGEABLE = {
    "ru": lambda ch: "\u0400" <= ch <= "\u04ff",
    "fr": lambda ch: "\u00c0" <= ch <= "\u00ff" and ch not in "×÷",
}
DAMAGEABLE["en"] = DAMAGEABLE["de"] = DAMAGEABLE["fr"]
DAMAGE = {"ru": damage_russian, "fr": damage_latin, "en": damage_latin, "de": damage_latin}


@st.composite
def sentences(draw: st.DrawFn, language: str) -> list[str]:
    words = draw(st.lists(st.sampled_from(VOCABULARY[language]), min_size=3, max_size=9))
    if draw(st.booleans()):
        words[0] = words[0][0].upper() + words[0][1:]
    return words


@st.composite
def texts(draw: st.DrawFn, languages: tuple[str, ...]) -> list[tuple[str, list[str]]]:
    count = draw(st.integers(1, 3))
    return [
        (language, draw(sentences(language)))
        for language in (draw(st.sampled_from(languages)) for _ in range(count))
    ]


def _write(text: list[tuple[str, list[str]]]) -> str:
    return " ".join(" ".join(words) + "." for _, words in text)


@settings(max_examples=150, deadline=None)
@given(data=st.data(), languages=st.sampled_from(
    [("ru",), ("fr",), ("en",), ("de",), ("ru", "fr", "en", "de")]
))
def test_damaging_random_letters_then_repairing_gives_the_original(data, languages) -> None:
    """Sentences in one language or several, each damaged in its own direction. Each
    sentence keeps its first word clean: a text in which every letter is damaged can
    be undecidable (a lone "à" is French "à" or a damaged Russian "а")."""
    text = data.draw(texts(languages))
    damaged_sentences = []
    for language, words in text:
        damaged_words = [words[0]]
        for word in words[1:]:
            mask = data.draw(st.lists(st.booleans(), min_size=len(word), max_size=len(word)))
            damaged_words.append("".join(
                DAMAGE[language](ch) if hit and DAMAGEABLE[language](ch) else ch
                for ch, hit in zip(word, mask)
            ))
        damaged_sentences.append((language, damaged_words))
    assert repaired(_write(damaged_sentences)) == _write(text)


@settings(max_examples=150, deadline=None)
@given(text=texts(("ru", "fr", "en", "de")))
def test_repairing_clean_text_changes_nothing(text) -> None:
    assert repair_text(_write(text)).changes == []


ANY_CHARACTERS = st.sampled_from(list(
    "abcXYZ éàçüöÁáÍÎÈ×÷¸¨²³½¹ абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ0123456789 .,;:-—«»()\n\t\f\u00ad\u0301"
))


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=ANY_CHARACTERS, max_size=200) | st.text(max_size=100))
def test_repair_of_any_text_keeps_its_length_and_says_where_each_change_is(text) -> None:
    # found by fuzzing: "½¹XА" once gave two overlapping changes
    result = repair_text(text)
    assert len(result.text) == len(text)
    end = 0
    for change in result.changes:
        assert change.offset >= end
        assert text[change.offset:change.offset + len(change.before)] == change.before
        end = change.offset + len(change.before)
