"""«Кн.» and «Вып.» as the numbering they stand for: a multipart book's volume, a journal's
issue.

The grammar reads «Кн. 2» as a `part-number`, the book of a volume («Т. 29. Кн. 2»). Where
no volume is printed, «Кн.» numbers the volumes of the work itself, as multipart editions
of the nineteenth century and their reprints print them («Соловьев С.М. История России с
древнейших времен. — М., 1959. — Кн. I. — С. 59.», «Вернадский В.И. Размышления
натуралиста. – М., 1977. – Кн. 2: Научная мысль как планетное явление»): the physical unit
of GOST 7.1-2003 clause 5.4's numbering, which is CSL's `volume`. In a journal's volume the
«книжка» is its issue («// Вестник общественной гигиены … – 1895. – Т. XXVI. – Кн. 1. –
С. 1-11.»), as the thick journals of the Empire numbered the fascicles of each volume.
The dev set's README keeps this reading (its rows of a book's «Кн.» alone and of a
journal's «Т. …, Кн. …»); a part of a volume («Т. 29. Кн. 2») stays the `part-number`.

«Вып.» (GOST 7.0.12's «выпуск», Ukrainian «вип.») numbers a journal's issues and also the
volumes of a book published in parts («Викторов А. Е. Описание записных книг … Вып. I. М.,
1877.», «Культура российского льноводства. Вып. 2: аннотированный список литературы /
сост. …»); in a book with no volume and no host it is the volume, as the dev set's gold
reads it. In a host the grammar cannot tell a journal from a collection, and it stays the
issue.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.designations import CUSTOM, DESIGNATIONS, designations, set_designation

BOOK_DESIGNATION = re.compile(r"(?P<term>Кн\.|Книга)\s?(?P<number>\d+|[IVXLCІХ]+)")
"""A book's designation alone, its number in figures or Roman numerals («Кн. 2», «Кн.2»,
«Кн. І» with the Ukrainian І, «Книга 3»), as `locators` keeps it in `part-number`."""


VOLUME_IN_TITLE = re.compile(r"(?<![^\W\d_])[Тт]\.\s?[\dIVXLC]")
"""A volume the title swallowed («Известия ОЛЯ. 1965, т. XXIV»): the issue is that volume's."""
BOOK_ISSUE_TERMS = frozenset({"Вып.", "вып.", "Выпуск", "выпуск", "Вип.", "вип."})
"""The issue terms that also number a book's volumes (reference_terms.ISSUE_TERMS)."""
IMPRINT = ("publisher-place", "publisher", "container-title")
"""What a reading without a year may have read of an imprint or a host: with any of them,
its «Кн.» is left as read."""
AREAS_IN_TITLE = re.compile(r"\s[—–-]\s|\d{4}")
"""An area's dash or a year in the title of a reading without a year: its imprint read
into the title («Размышления натуралиста. – М. (1977)»), not a short form."""


def read_book_designation(fields: dict[str, Any], journal: bool, cited: bool = False) -> None:
    """A `part-number` «Кн. N» read as the book's volume when no volume is printed, or as
    the issue of a `journal`'s volume; a book's «Вып. N» as its volume; the word kept as
    the designation printed. Only in a reading that found its year: one without has
    likely read other areas into its title («Размышления натуралиста. — М. (1977)»); save
    a short form's «Кн.», which names no imprint at all («Дневник Орешникова. Кн. 2. С.
    331.», the work cited in full before, `cited` with its page): there nothing else was
    read, and the book's «Кн.» is its volume as it is in the full reference («Вып.» there
    may be a journal's issue cited by its title alone, and stays one; a serial named by its
    book alone, «Временник …. Кн. 24.», keeps its part)."""
    if "issued" not in fields and (not cited or any(variable in fields for variable in IMPRINT)
                                   or AREAS_IN_TITLE.search(str(fields.get("title", "")))):
        return
    if "issued" in fields and "volume" not in fields and "container-title" not in fields and \
            not journal and \
            designations(fields).get("issue") in BOOK_ISSUE_TERMS and \
            not VOLUME_IN_TITLE.search(str(fields.get("title", ""))):
        _issue_as_volume(fields)
        return
    part = fields.get("part-number")
    if not isinstance(part, str) or not part.startswith("Кн"):
        return
    book = BOOK_DESIGNATION.fullmatch(part)
    if book is None:
        return
    if "volume" not in fields and "container-title" not in fields:
        variable = "volume"
    elif journal and "volume" in fields and "issue" not in fields:
        variable = "issue"
    else:
        return
    del fields["part-number"]
    fields[variable] = book["number"]
    set_designation(fields, variable, book["term"])
    if variable == "volume" and "part-title" in fields and "volume-title" not in fields:
        fields["volume-title"] = fields.pop("part-title")  # «Кн. 2: Научная мысль …»


def _issue_as_volume(fields: dict[str, Any]) -> None:
    """The issue's number and its designation moved to the volume."""
    fields["volume"] = fields.pop("issue")
    custom = dict(fields[CUSTOM])
    words = dict(custom[DESIGNATIONS])
    words["volume"] = words.pop("issue")
    custom[DESIGNATIONS] = words
    fields[CUSTOM] = custom
