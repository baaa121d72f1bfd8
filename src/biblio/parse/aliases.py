"""Abbreviations an article defines for itself on first mention.

Russian articles name a long title or an archive in full once and say how they will
cite it afterwards: "Документы внешней политики СССР (далее – ДВП СССР). Т. 16",
"Российский государственный архив социально-политической истории (далее – РГАСПИ).
Ф. 17"; English, French, German and Polish texts do the same with "hereafter",
"ci-après", "im Folgenden", "dalej". The definition is not part of the title: it is
taken out here, before the notes are resolved, and the later references written with
the abbreviation get the full title (the abbreviation becomes the short title), so
that one work cited both ways is one item. An archive keeps the abbreviation the
notes use, with the full name kept in the item's note.
"""

from __future__ import annotations

import re
from dataclasses import replace

from biblio.data.reference_terms import HEREAFTER_WORDS
from biblio.lazy_patterns import LazyPattern
from biblio.parse.patterns import alternation
from biblio.parse.reference import Reference

HEREAFTER = re.compile(
    rf"\s*\((?:{alternation(HEREAFTER_WORDS)})\s*(?:[:–—-]\s*)?"
    r"(?P<short>[^()]{1,80}?)\s*\)\s*$",
    re.IGNORECASE,
)
"""A definition closing a title or an archive's name: "(далее – ДВП СССР)". It and
ARCHIVE_ACRONYM open with "\\s*\\(", which the regex engine tries at every position: a
text without "(" is not searched."""

ARCHIVE_ACRONYM = LazyPattern(
    r"\s*\((?P<short>[A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ0-9 ]{1,15}"
    r"(?:(?<=[A-ZА-ЯЁІЇЄҐ]\s)[A-ZА-ЯЁІЇЄҐ]{1,3}[a-zа-яёіїєґ]{1,3})?)\)\s*$")
"""An archive's acronym after its name, which defines it too: "… истории (РГАСПИ)", the
city's abbreviation after it in its own case as archives of St Petersburg print it:
"Центральный государственный архив Санкт-Петербурга (ЦГА СПб)", "(ЦГИА СПб)"."""

SHORT_VARIABLE = {"title": "title-short", "container-title": "container-title-short"}


def apply_aliases(references: list[Reference]) -> None:
    """Take each definition out of its title or archive, in note order, and give the
    references that use its abbreviation afterwards the full title. A reference's
    fields and archival path are replaced, never changed: they may be a cached reading's."""
    titles: dict[str, str] = {}
    for reference in references:
        fields = reference.fields
        for variable, short_variable in SHORT_VARIABLE.items():
            value = fields.get(variable)
            if not isinstance(value, str):
                continue
            match = HEREAFTER.search(value) if "(" in value else None
            if match and match.start() > 0:
                fields = reference.fields = dict(fields)  # the cached reading's stay
                fields[variable] = value[: match.start()]
                titles[match["short"]] = fields[variable]
                fields.setdefault(short_variable, match["short"])
            elif value in titles:
                fields = reference.fields = dict(fields)
                fields[variable] = titles[value]
                fields.setdefault(short_variable, value)
        path = reference.archival
        archive = path.archive if path is not None else None
        match = (HEREAFTER.search(archive) or ARCHIVE_ACRONYM.search(archive)) \
            if archive and "(" in archive else None
        if match and match.start() > 0:
            fields = reference.fields = dict(fields)
            # the path too is the cached reading's: a new one, or the next document that
            # cites this text finds the abbreviation already taken out (issue 9)
            reference.archival = replace(path, archive=match["short"])
            fields["archive"] = match["short"]
            note = fields.get("note")
            fields["note"] = f"{note}; {archive}" if note else archive

