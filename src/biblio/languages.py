"""An item's `language` as a BCP 47 tag, whatever the library it came from wrote.

Readers keep `language` as written (nothing is lost); the places that act on it
(style variants, transliteration, `langid`) ask `language_tag` first, so "Russian",
"русский", "rus", "ru_RU" and "ru-RU" all select Russian.
"""

from __future__ import annotations

import re

from biblio.data.languages import LANGUAGE_TAGS

_TAG = re.compile(r"(?P<primary>[A-Za-z]{2,3})(?P<rest>(?:[-_][A-Za-z0-9]{1,8})*)")


def language_tag(value: object) -> str | None:
    """"ru-RU" → "ru-RU", "ru_RU" → "ru-RU", "rus"/"Russian"/"русский" → "ru".

    A value shaped like a tag keeps its (lowercased) primary subtag when no table
    entry shortens it ("sw-KE"); None for anything else ("Klingon", "").
    """
    if not isinstance(value, str):
        return None
    text = " ".join(value.split()).rstrip(".")
    lowered = text.lower()
    if lowered in LANGUAGE_TAGS:
        return LANGUAGE_TAGS[lowered]
    match = _TAG.fullmatch(text)
    if match is None:
        return None
    primary = match["primary"].lower()
    return LANGUAGE_TAGS.get(primary, primary) + match["rest"].replace("_", "-")

