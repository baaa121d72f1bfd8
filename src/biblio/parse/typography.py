"""A note's typography read as GOST prints it, one character for one.

Sources type the same reference in their own ways, and the grammar's patterns were
written on some of them. What is only typography, and cannot be mistaken for anything
else, is read here once for every reader, each mark replaced by one character, so that
a span of the text read is a span of the text as printed; the note keeps its text as
printed (`Note.text`).
"""

from __future__ import annotations

import re

SPACE_SEPARATOR = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
"""Unicode's space separators (category Zs) but ASCII's own space: the no-break space
that Word manuscripts and publishers' PDFs put after an abbreviation's period and
between initials ("М.\u00a0: Наука", "И.\u00a0И.\u00a0Иванов", "С.\u00a05"), the thin
and the narrow no-break space of typesetters ("1\u2009000 с."), the other typographic
spaces U+2000–U+200A, the Ogham space mark, the medium mathematical and the ideographic
space: each a plain space."""
TYPED_AREA_DASH = re.compile(r"(?<!\b[A-ZА-ЯЁІЇЄҐ])\. [-–] ")
"""The dash between areas (GOST 7.1-2003 clause 4.7 prints ". — ") typed as an en dash,
as journals' and libraries' pages print it ("Бюл. ВАК України. – 2005", "Т. 2. – С. 5"),
or as a hyphen, as typewritten manuscripts, PDF text layers and web lists do ("Из моих
воспоминаний. - «Звенья», вып. 8, 1950", "[і інш.]. - Мінск, 2005"). A dash between two
spaces after a word's period joins no word and ranges no figures: it is the areas' dash.
Not after an initial or a one-letter abbreviation, where it joins two names ("CONCINA E. -
MORACH1ELLO P.", as Italian lists part authors) or two places ("М. - Куйбышев")."""
AREA_DASH = ". — "


def as_gost_prints(text: str) -> str:
    """`text` with plain spaces for every space separator and GOST's dash between areas
    for an en dash or a hyphen typed there."""
    text = SPACE_SEPARATOR.sub(" ", text)
    return TYPED_AREA_DASH.sub(AREA_DASH, text) if ". - " in text or ". – " in text else text


def printed_span(fragment: str, read: str, printed: str) -> str:
    """`fragment`, a piece of `read`, as `printed` holds it: `read` is `printed` as
    `as_gost_prints` reads it, one character for one, so the same span. A fragment the
    readers rewrote further, found nowhere in `read`, is returned as it is."""
    start = read.find(fragment)
    return fragment if start < 0 else printed[start:start + len(fragment)]
