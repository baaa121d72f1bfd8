"""An act named by its own title, then its date and number, with no kind before them.

Legal databases and the reference lists that copy them name a code or a law by the title
that already says what kind of act it is, then give its date after «от» and its number
after «№»: «Налоговый кодекс Российской Федерации (часть вторая) от 05.08.2000 № 117-ФЗ»,
«Трудовой кодекс Российской Федерации от 30.12.2001 № 197-ФЗ», «Кодекс Российской Федерации
об административных правонарушениях от 30.12.2001 № 195-ФЗ». GOST 7.1-2003 clause 5.2.5
prints the same statements after the title's colon with the kind («…: федер. закон от 5
авг. 2000 г. № 117-ФЗ»), which the title block reads; here no kind stands, the title
names it. The part in parentheses («(часть вторая)») is the title's, as the act's own
title prints it. The title, its `issued` and its `number` are read; the reference is
typed `legislation`. A kind alone before «от» («Федеральный закон от …») is the act's genre.
"""

from __future__ import annotations

import re

from biblio.data.reference_terms import ACT_NOUNS, LAW_TITLE_WORDS, LEGISLATION_GENRES
from biblio.lazy_patterns import LazyPattern
from biblio.parse.names import UPPER
from biblio.parse.publication import full_date
from biblio.parse.reference import Reference

NAMED_ACT = LazyPattern(
    rf"""(?P<title>[{UPPER}][^«»"“/:]{{2,250}}?)
    \sот\s(?P<date>\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|\d{{1,2}}\s[^\W\d_]+\.?\s\d{{4}}(?:\s?г\.)?)
    \s?(?:№|N)\s?(?P<number>\d[\w/-]*)\.?""",
    re.VERBOSE,
)
"""The act's title, «от» and its date (in figures or with the month named), «№» and its
number («117-ФЗ», «2300-1»), the period closing the note."""
_LAW_WORD = re.compile(
    rf"(?<![^\W\d_])(?:{'|'.join(re.escape(word) for word in LAW_TITLE_WORDS)})(?![^\W\d_])")


def parse_named_act(body: str, reference: Reference) -> Reference | None:
    """An act cited by its title, date and number (NAMED_ACT), typed `legislation`; None
    when the title names no kind of act (`LAW_TITLE_WORDS`, or an `ACT_NOUNS` word opening
    it): a book's title before «от» and a number is no act's."""
    match = NAMED_ACT.fullmatch(body.strip(" ;"))
    if match is None:
        return None
    title = match["title"].strip()
    if title.split(maxsplit=1)[0] not in ACT_NOUNS and _LAW_WORD.search(title) is None:
        return None
    date = full_date(match["date"])
    if date is None:
        return None
    reference.type = "legislation"
    if title.lower() in LEGISLATION_GENRES:  # "Федеральный закон от 05.08.2000 № 117-ФЗ":
        reference.fields["genre"] = title  # the kind alone, no title
    else:
        reference.fields["title"] = title
    reference.fields["issued"] = date
    reference.fields["number"] = match["number"]
    return reference
