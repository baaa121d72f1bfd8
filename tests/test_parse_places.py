"""Places read from an abbreviation that two languages share: "К." is Киев in a Russian
imprint (GOST 7.12-93) and Київ in a Ukrainian one (ДСТУ 3582:2013)."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes


@pytest.mark.parametrize(("footnote", "language", "place"), [
    ("Иванов И.И. История Украины. К.: Наука, 1990. С. 5.", "ru", "Киев"),
    ("Іваненко І.І. Історія України. К.: Наукова думка, 1990. С. 5.", "uk", "Київ"),
    ("Шубин А.В. Мир на краю бездны. М., 2004. С. 5.", "ru", "Москва"),
    # no letter of its own, but Ukrainian words ("як", "рр.") and the author's spelling
    ("Кульчицький С.В. Голодомор 1932–1933 рр. як геноцид. К.: Наш час, 2008.", "uk", "Київ"),
])
def test_the_place_follows_the_language_of_the_item(footnote: str, language: str,
                                                   place: str) -> None:
    (item,) = parse_footnotes([footnote]).items.values()
    assert (item["language"], item["publisher-place"]) == (language, place)
