"""A book's imprint in the ACS style: the publisher, a colon, the city and country, the year.

The ACS Style Guide (3rd ed., chapter 14, books) and the MDPI journals' reference lists
that follow it close a book with "; Publisher: City, Country, Year.": "Smith, J.; Brown, K.
Soil Physics; Springer: Berlin, Germany, 2015.", and Ukrainian and Russian authors of MDPI
papers and the guides that copy them write their own books so ("… : методичні рекомендації;
Цифрове видавництво …: Київ, Україна, 2021.", a Ukrainian guide to reference lists). GOST
puts the place before its colon and the publisher after; here the publisher stands first,
and the place is the city with its state or country after a comma, which no GOST imprint
reader takes. The reference is read without the imprint, and the imprint's parts are set.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.data.places import expand_imprint_place
from biblio.lazy_patterns import LazyPattern
from biblio.model import Date
from biblio.parse.publication import KNOWN_PLACES

_IMPRINT = r"""(?P<publisher>[^\W\d_][^;:]{1,120}?)
    :\s(?P<place>[^\W\d_][^;:,\d]{1,40}(?:,\s[^\W\d_][^;:,\d]{1,40}){1,2})
    ,\s(?P<year>\d{4})(?:\s?г)?\.?$"""
ACS_IMPRINT = LazyPattern(rf";\s{_IMPRINT}", re.VERBOSE)
"""The imprint closing the reference: "; " and the publisher (no colon or semicolon in
it), ": " and the city with one or two parts after commas (its state, its country: "Berlin,
Germany", "Washington, DC, USA", "Київ, Україна"), ", " and the year, the period closing
it (a Russian list's "г." after the year too). Each part is bounded and excludes the marks that end it, so the match is linear."""
IMPRINT_ALONE = LazyPattern(_IMPRINT, re.VERBOSE)
"""The same after its "; ", as biblio.parse.split sees it: no reference of its own."""


def _publisher_first(imprint: re.Match[str]) -> bool:
    """Whether the imprint's first part is a publisher, not GOST's second place before its
    colon ("М.: Наука; Л.: Изд-во АН СССР, Ленингр. отд-ние, 1990")."""
    first = imprint["publisher"].strip()
    return first not in KNOWN_PLACES and expand_imprint_place(first) == first


def is_acs_imprint(text: str) -> bool:
    """Whether `text`, after a reference's "; ", is an ACS imprint and nothing else."""
    imprint = IMPRINT_ALONE.fullmatch(text.strip()) if ": " in text else None
    return imprint is not None and _publisher_first(imprint)


def take_acs_imprint(text: str) -> tuple[str, dict[str, Any]] | None:
    """`text` without its ACS imprint, closed by a period, and the imprint's fields; None
    when it has none. Tested first by string methods: an imprint needs "; " and ": "."""
    stripped = text.rstrip()
    if "; " not in stripped or ": " not in stripped or \
            not stripped.rstrip(". г")[-4:].isdigit():
        return None
    imprint = ACS_IMPRINT.search(stripped)
    if imprint is None or not _publisher_first(imprint):
        return None
    fields: dict[str, Any] = {
        "publisher": imprint["publisher"].strip(),
        "publisher-place": imprint["place"].strip(),
        "issued": Date(parts=[[int(imprint["year"])]]),
    }
    return stripped[: imprint.start()].rstrip() + ".", fields
