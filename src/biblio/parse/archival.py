"""Archival references: an archive, then levels from the fond down to the leaf.

Both styles of GOST R 7.0.5-2008 are read: the comma style ("РГАСПИ, ф. 558,
оп. 11, д. 431, л. 163") and the capitalised areas ("РГАСПИ. Ф. 558. Оп. 11.
Д. 431. Л. 163"), with папка/картон/часть/том levels, "об." (verso) kept in the
leaf, and an optional title of the document before the location ("Письмо … //
ГАРФ. Ф. …" or "Письмо …. ГАРФ. Ф. …") or after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from biblio.data.archival_levels import BY_SPELLING, DOCUMENT_REMARKS, LEAF, ArchivalLevel
from biblio.parse.areas import split_areas
from biblio.parse.locators import VALUE

_SPELLINGS = "|".join(re.escape(s) for s in sorted(BY_SPELLING, key=len, reverse=True))

_UNIT = r"(?:[^\W\d_]{1,3}-)?\d+[^\W\d_]?(?:[/-]\d+)?|[IVX]+"
"""A fond, opis or file number: "558", "05", "Р-5446", "3а", "12/3"."""

LEVEL = re.compile(
    rf"""
    (?P<spelling>{_SPELLINGS})\s?
    (?P<value>(?:[^\W\d_]{{1,3}}-)?{VALUE})   # "Р-5446"; a leaf may be a range or a list
    """,
    re.VERBOSE,
)
UNIT_VALUE = re.compile(_UNIT)
LEVEL_SEPARATOR = re.compile(r"[,.;]?\s*")
FOND = re.compile(rf"(?:^|(?<=[\s,.(]))(?:ф|Ф|f|F|fond|Fond)\.?\s?(?:{_UNIT})\b")
"""The start of an archival location: the fond and its number."""

ACRONYM = re.compile(r"\b[A-ZА-ЯЁ]{2,}\b")


@dataclass
class ArchivalPath:
    """The location of a file and the leaf cited in it."""

    archive: str | None = None
    levels: list[tuple[ArchivalLevel, str, str]] = field(default_factory=list)
    """(level, printed spelling in lower case, value), fond first; the leaf excluded."""
    leaf: str | None = None
    title: str | None = None
    remark: str | None = None

    def location(self) -> str:
        return ", ".join(f"{spelling} {value}" for _, spelling, value in self.levels)

    def replaced_by(self, stated: ArchivalPath) -> ArchivalPath:
        """This path with the levels `stated` replaces: a stated level and all below it.

        "Там же, д. 70" after "ф. 05, оп. 13, п. 94, д. 64" keeps п. 94 (rank above
        д.) and replaces д. 64.
        """
        if not stated.levels:
            return ArchivalPath(self.archive, list(self.levels), stated.leaf,
                                stated.title or self.title, stated.remark)
        top = min(level.rank for level, _, _ in stated.levels)
        kept = [entry for entry in self.levels if entry[0].rank < top]
        return ArchivalPath(self.archive, kept + stated.levels, stated.leaf, stated.title,
                            stated.remark)


def parse_levels(text: str, start: int = 0) -> tuple[ArchivalPath, int]:
    """Levels from `start` on, and where they stop; the leaf becomes `leaf`."""
    path = ArchivalPath()
    position = end = start
    while True:
        match = LEVEL.match(text, position)
        if match is None:
            break
        level = BY_SPELLING[match["spelling"]]
        value = match["value"].strip()
        if level.name == LEAF:
            path.leaf = value
        else:
            unit = UNIT_VALUE.match(value)
            if unit is None or path.leaf is not None:
                break
            value = unit.group()
            path.levels.append((level, match["spelling"].lower(), value))
        end = match.start("value") + len(value) if level.name != LEAF else match.end()
        position = LEVEL_SEPARATOR.match(text, end).end()
    return path, end


def _looks_like_archive(name: str) -> bool:
    return bool(ACRONYM.search(name)) or len(name.split()) <= 4


def parse_archival(text: str) -> ArchivalPath | None:
    """An archival reference, or None when `text` has no fond."""
    fond = FOND.search(text)
    if fond is None:
        return None
    path, end = parse_levels(text, fond.start())
    if not path.levels:
        return None
    prefix = text[: fond.start()].rstrip(" ,.:;")
    title = None
    if " // " in prefix:
        title, prefix = (part.strip() for part in prefix.rsplit(" // ", 1))
    else:
        areas = split_areas(prefix)
        if len(areas) > 1 and _looks_like_archive(areas[-1].text):
            title, prefix = prefix[: areas[-1].start].rstrip(" .,"), areas[-1].text
    if not prefix or not _looks_like_archive(prefix):
        return None
    path.archive = prefix
    path.title = title
    trailing = text[end:].strip(" ,.;")
    if trailing:
        inner = trailing.strip("()[] .")
        if inner in DOCUMENT_REMARKS or inner.rstrip(".") in DOCUMENT_REMARKS:
            path.remark = trailing
        elif path.title is None:
            path.title = inner
        else:
            path.remark = trailing
    return path
