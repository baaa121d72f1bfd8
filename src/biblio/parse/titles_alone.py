"""A work named by its title alone after «См.:», as notes send the reader to a book.

GOST R 7.0.5-2008 puts «См.:» before a reference the note points to; a note that gives
nothing after it but a few words («См.: Русские в Галлиполи.», «См.: Россия в средние
века») names a work by its title, which the grammar reads but, with no other area, takes
for a sentence of commentary. Read as a work only where the words look like a title: two
to twelve, capitalized, one of them a lower-case word after the first (a title's
"в", "и", "века"; a list of names has none), with no digit and no initial.
"""

from __future__ import annotations

import re

from biblio.parse.reference import Reference

SEE_WITH_COLON = re.compile(r"(?:См|Див|Ср)\.(?:,?\s[^\W\d_]+\.?){0,2}\s?:")
"""The lead-in that announces a reference: "См.:", "См. также:", "Див.:" (its colon is
GOST's; "См." alone as often opens a sentence of commentary: "См. выше")."""
INITIAL = re.compile(r"(?:^|\s)[^\W\d_]\.")
TITLE_WORDS = (2, 12)


def names_a_title(reference: Reference) -> bool:
    """Whether a reading the grammar judged commentary is a work named by its title after
    «См.:»: its title alone, in the shape of a title."""
    title = reference.fields.get("title")
    if not title or not reference.prefix or not SEE_WITH_COLON.fullmatch(reference.prefix):
        return False
    if set(reference.fields) != {"title"} or reference.leftover or reference.locator:
        return False
    words = title.split()
    return TITLE_WORDS[0] <= len(words) <= TITLE_WORDS[1] and title[:1].isupper() and \
        any(word[:1].islower() for word in words[1:]) and \
        not any(character.isdigit() for character in title) and INITIAL.search(title) is None
