"""Session 27's later readings made cheaper (issue 9, speed; branch parsespeed2), each
output-preserving: the sign of the spelling before 1918 (pre_reform_spelling.PRE_REFORM_MARK)
read from the letter every sign holds, and the dash before a closing extent
(gost.YEAR_DASH_EXTENT) searched only in a reference that ends as an extent does. The
first must find a sign in every text the case-insensitive pattern it replaces found one
in, and in no other; the second's gate must pass every text the pattern matches: here on
texts made of the pieces those patterns read (hypothesis), and on the forms their
docstrings cite."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.data.pre_reform_spelling import PRE_REFORM_MARK
from biblio.parse.gost import EXTENT_ENDINGS, EXTENT_TAIL, YEAR_DASH_EXTENT

SIGNS_AS_DEFINED = re.compile(
    r"[ѣѳѵ]|[бвгджзклмнпрстфхцчшщ]ъ\b|[^\W\d_]{3}(?:[бвгджзклмнпрстфхцчшщ]аго|няго)\b",
    re.IGNORECASE)
"""The signs as the decrees of 1918 describe them, written the plain way (session 27,
batch 33 and its review): ѣ, ѳ, ѵ; ъ closing a word after a consonant; "-аго" after a
consonant and "-яго" after "н", four letters before the ending."""

OLD_SPELLING_LETTERS = (
    "абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
    "ѣѢѳѲѵѴіІїєґ" "ᲀᲁᲂᲃᲄᲅᲆᲇ" "ab19_- .,«»-\n")
"""Both cases of every letter the signs name, the old letters, Ukrainian letters, the
variant letters case-insensitive matching folds into в д о с т ъ ѣ, digits, marks."""
old_spelling_texts = st.lists(
    st.sampled_from(["Тамъ", "Соловьевъ", "Обществѣ", "церковнаго", "ТАМЪ", "ЦЕРКОВНАГО",
                     "благо", "Исторія", "Ѳеодоръ", "мѵро", "подъѣздъ", "его", "года",
                     "синяго", "древняго", "Сантьяго", "Сантяго", "третьяго"])
    | st.text(alphabet=OLD_SPELLING_LETTERS, max_size=8),
    max_size=8).map(" ".join)


@settings(max_examples=3000, deadline=None)
@given(text=old_spelling_texts)
def test_the_pre_reform_sign_is_found_where_the_decrees_signs_are(text: str) -> None:
    assert bool(PRE_REFORM_MARK.search(text)) == bool(SIGNS_AS_DEFINED.search(text))


def test_the_pre_reform_sign_in_the_forms_batch_33_cites() -> None:
    for text in ("Тамъ же, стр. 45", "Соловьевъ С. М. Исторія Россіи",
                 "Чтенія въ Императорскомъ Обществѣ", "Вліяніе церковнаго ученія",
                 "ТРУДЫ КІЕВСКОЙ ДУХОВНОЙ АКАДЕМІИ. ЧАСТЬ ПЕРВАГО"):
        assert PRE_REFORM_MARK.search(text), text
    for text in ("Исторія", "благо", "История государства", "Історія України", "подъезд"):
        assert not PRE_REFORM_MARK.search(text), text


NOISE = st.text(alphabet="19 -.сpS\n", max_size=3)
extent_texts = st.tuples(
    st.sampled_from(["М Мысль, ", "Moscow, ", ""]) | NOISE, st.sampled_from(["1984", "84", ""]),
    st.sampled_from([" -", " - ", " — ", "–", "-", " ", ""]) | NOISE,
    st.sampled_from(["99", "9999", "1", ""]), st.sampled_from([" ", ""]),
    st.sampled_from(["с", "c", "p", "pp", "S", "s", "С", "стр", ""]) | NOISE,
    st.sampled_from([".", ". ", "..", ""]), st.sampled_from(["\n", "\n\n", ""]),
).map("".join)
"""A year, a dash spaced or glued, an extent's figure and term, perhaps a period or a
newline, each perhaps left out or replaced by stray characters."""


@settings(max_examples=3000, deadline=None)
@given(text=extent_texts)
def test_every_text_with_a_dash_before_its_extent_passes_the_gate(text: str) -> None:
    if YEAR_DASH_EXTENT.search(text, max(0, len(text) - EXTENT_TAIL)):
        assert text.removesuffix("\n").endswith(EXTENT_ENDINGS)


def test_the_extent_gate_passes_the_forms_its_pattern_cites() -> None:
    for text in ("М Мысль, 1984 -99 с", "М Мысль, 1984 - 99 с.", "Moscow, 1987 — 12 pp.",
                 "Berlin, 1990 – 300 S."):
        assert YEAR_DASH_EXTENT.search(text), text
        assert text.endswith(EXTENT_ENDINGS), text
