"""ISBD's "In:" before a host's title after the title's period, as the English and
transliterated reference lists of Russian journals print a chapter ("Ivanov I.I. Zemstvo i
shkola. In: Ocherki istorii kraya. Moscow: Nauka Publ., 1998. Pp. 15–27."): the host, as
«В кн.:» after a period is."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes


@pytest.mark.parametrize(("footnote", "title", "host", "place", "page"), [
    # a transliterated list's chapter, its publisher after the colon
    ("Ivanov I.I. Zemstvo i shkola. In: Ocherki istorii kraya. Moscow: Nauka Publ., 1998. "
     "Pp. 15–27.", "Zemstvo i shkola", "Ocherki istorii kraya", "Moscow", "15–27"),
    # the English translation's, with no publisher
    ("Petrova A. Rural schools in the 1920s. In: Essays on Regional History. Tomsk, 2004. "
     "P. 33–41.", "Rural schools in the 1920s", "Essays on Regional History", "Tomsk",
     "33–41"),
    # a Russian reference typed with "In:" for «В кн.:»
    ("Сидоров В. В. Земство и школа. In: Очерки истории края. М., 1998. С. 115–127.",
     "Земство и школа", "Очерки истории края", "Москва", "115–127"),
])
def test_in_colon_after_the_titles_period_opens_the_host(
        footnote: str, title: str, host: str, place: str, page: str) -> None:
    (item,) = parse_footnotes([footnote]).items.values()
    assert item.type == "chapter"
    assert (item["title"], item["container-title"]) == (title, host)
    assert item["publisher-place"] == place
    assert item["page"] == page
