"""The collection of a code of laws printed in several collections.

The Complete Collection of Laws of the Russian Empire (Полное собрание законов Российской
империи, ПСЗ) came out in three collections (1649–1825, 1825–1881, 1881–1913), each
numbering its volumes and its acts anew, so a note names the collection between the code
and the volume: "Полное собрание законов Российской империи. Собрание 2. СПб., 1873. Т.
XLIII. № 45814" (a book on the imperial family), "Полное собрание законов Российской
империи. 1-е собр. Т. 20. - СПб., 1830. - № 14392" (an article's list of references on
Stavropol), "ПСЗ. Собр. 1. Т. 6. № 3970". The collection is a division of the code
above its volumes, as a part is of a book: its designation as printed is the
`part-number` (as `gost.DIVISION_TERMS`' parts are), and the code
(`reference_terms.LAW_NUMBERED_COLLECTIONS`) keeps its name alone, as the development
set's gold has it, so that the imprint after it is read.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.data.reference_terms import LAW_NUMBERED_COLLECTIONS
from biblio.lazy_patterns import LazyPattern
from biblio.parse.locators import ORDINAL_WORD
from biblio.parse.patterns import alternation
from biblio.parse.reference import add_note

COLLECTION = LazyPattern(
    rf"""(?P<code>{alternation(LAW_NUMBERED_COLLECTIONS)})\.\s
    (?P<designation>(?:Собр\.|Собрание)\s(?:[1-3](?:-е)?|I{{1,3}}|{ORDINAL_WORD})
      |[1-3]-е\sсобр\.)
    (?:(?<=\.)\s|\.\s|\.?$)""",
    re.VERBOSE,
)


def take_law_collection(text: str) -> tuple[str, str | None]:
    """`text` without the collection's designation after a code's name, and the
    designation ("Собрание 2", "1-е собр."); `text` and None when it names none."""
    if "обр" not in text:
        return text, None
    match = COLLECTION.search(text)
    if match is None:
        return text, None
    return f"{text[:match.end('code')]}. {text[match.end():]}".rstrip(), match["designation"]


def give_law_collection(fields: dict[str, Any], designation: str | None) -> None:
    """The collection's designation as the code's part; kept in `note` when the reading
    has a part already."""
    if designation is None:
        return
    if "part-number" in fields:
        add_note(fields, designation)
    else:
        fields["part-number"] = designation
