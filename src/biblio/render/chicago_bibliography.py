"""The Chicago bibliography beyond CSL: archival collections and the order of entries.

- Archival sources (CMOS 17 14.221-14.231): a bibliography names the collection
  once, not every file cited in the notes. A Russian archival file ("RGASPI, f. 558,
  op. 11, d. 431") is listed as its collection, fond and opis': the depository named
  in full, romanized, with its abbreviation and place, "Rossiiskii gosudarstvennyi
  arkhiv sotsial'no-politicheskoi istorii (RGASPI), Moscow. Fond 558, opis' 11."
  (biblio.data.russian_archives). Other archival items are left as they are.
- Order (CMOS 14.68, 16.58-16.61): letter by letter up to the first comma, so that
  "du Réau" files after "Dullin"; an author alone before the same author with
  others; the works of one author in order of title, an initial article ignored
  ("Le triangle" under T), whatever the author's role ("———, ed." among them).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from biblio.data.russian_archives import RUSSIAN_ARCHIVES, Archive
from biblio.data.title_words import INITIAL_ARTICLES
from biblio.model import Date, Item, Name, Problem
from biblio.translit import romanize

NAME_ROLES = ("author", "editor", "compiler", "translator")
"""The names that head an entry (the style's sort key), in the style's order."""

_FOND = re.compile(r"(?:^|,\s*)f\.\s*(?P<fond>[^,\s]+)")
_OPIS = re.compile(r"(?:^|,\s*)op\.\s*(?P<opis>[^,\s]+)")
"""Fond and opis' in a romanized archival location ("f. 558, op. 11, d. 431")."""
_NOT_A_LETTER = re.compile(r"[\W_]+")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Collection:
    archive: str
    fond: str
    opis: str | None


def with_collections(items: list[Item], profile: str = "ala-lc") -> tuple[list[Item], list[Problem]]:
    """`items` with each Russian archival file replaced by its collection, listed once,
    where the first of its files stood; a depository missing from the table is named
    by its abbreviation and reported."""
    archives = {romanize(key): (key, archive) for key, archive in RUSSIAN_ARCHIVES.items()}
    out: list[Item] = []
    problems: list[Problem] = []
    seen: set[Collection] = set()
    for item in items:
        collection = _collection(item)
        if collection is None:
            out.append(item)
            continue
        if collection in seen:
            continue
        seen.add(collection)
        found = archives.get(collection.archive)
        if found is None:
            problems.append(Problem(f"item {item.id!r}", f"the full name of the archive "
                                    f"{collection.archive!r} is not in biblio's table of "
                                    "Russian archives: the bibliography names it by its "
                                    "abbreviation"))
        out.append(_collection_item(item, collection, found, profile))
    return out, problems


def _collection(item: Item) -> Collection | None:
    fields = item.fields  # read from the dict: asked of every item, Item.get is a call more
    archive, location = fields.get("archive"), fields.get("archive_location")
    if fields.get("language") != "ru" or not isinstance(archive, str) or not isinstance(location, str):
        return None
    fond, opis = _FOND.search(location), _OPIS.search(location)
    if fond is None:
        return None
    return Collection(archive, fond["fond"], opis["opis"] if opis else None)


def _collection_item(item: Item, collection: Collection,
                     found: tuple[str, Archive] | None, profile: str) -> Item:
    """A manuscript item for the collection, which the style prints as
    "archive, archive-place. archive_location"."""
    fields: dict[str, object] = {"language": "ru"}
    if found is None:
        fields["archive"] = collection.archive
    else:
        archive = found[1]
        fields["archive"] = f"{romanize(archive.name, profile)} ({collection.archive})"
        fields["archive-place"] = archive.city
    location = f"Фонд {collection.fond}"
    if collection.opis is not None:
        location += f", опись {collection.opis}"
    fields["archive_location"] = romanize(location, profile)
    key = f"collection {collection.archive} {collection.fond} {collection.opis or ''}".strip()
    return Item(key, "manuscript", fields)


# --- order --------------------------------------------------------------------------

def sort_key(item: Item) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """The place of an entry: heading names letter by letter, then title, then date. The
    fields are read from the item's dict (Item.get is a Python call more, ten times an entry)."""
    fields = item.fields
    names = next((value for role in NAME_ROLES
                  if isinstance(value := fields.get(role), list) and value), None)
    title = _title_key(fields)
    archive = fields.get("archive")
    if names:
        heading = tuple(part for name in names for part in _name_key(name))
    elif isinstance(archive, str):
        heading = _letter_by_letter(archive)
    else:
        heading, title = title, ()
    issued = fields.get("issued")
    year = issued.year if isinstance(issued, Date) else None
    return heading, title + _numbers(fields), "" if year is None else f"{year:06d}"


def _name_key(name: Name) -> tuple[str, ...]:
    """"du Réau, E." → ("dureau", "e"); "Lattre de Tassigny, J. de" is filed under L:
    its particle, demoted by the style, is left out."""
    if name.literal:
        return _letter_by_letter(name.literal)
    return (_letters(name.family or ""), _letters(name.given or ""))


_ARTICLES_LONGEST_FIRST = {language: tuple(sorted(articles, key=len, reverse=True))
                           for language, articles in INITIAL_ARTICLES.items()}
"""Each language's initial articles, the longest first ("l'" after "la"), sorted once."""


def _title_key(fields: dict[str, Any]) -> tuple[str, ...]:
    title = fields.get("title")
    if not isinstance(title, str):
        return ()
    articles = _ARTICLES_LONGEST_FIRST.get(str(fields.get("language") or "en").split("-")[0], ())
    lowered = title.lower()
    if not lowered.startswith(articles):  # most titles: no article to try one by one
        return _letter_by_letter(title)
    for article in articles:
        elided = article.endswith(("'", "’"))
        if lowered.startswith(article) and (elided or lowered[len(article):][:1] == " "):
            title = title[len(article):].lstrip()
            break
    return _letter_by_letter(title)


def _numbers(fields: dict[str, Any]) -> tuple[str, ...]:
    """Collections of one archive in the order of their numbers: fond 05 before 0136."""
    location = fields.get("archive_location")
    if not isinstance(location, str):
        return ()
    return tuple(_decimal(number).lstrip("0").zfill(12) for number in _DIGITS.findall(location))


def _decimal(digits: str) -> str:
    """Digits of any script as ASCII digits, without int(), which refuses a run of over
    4,300 digits (a fuzzed archive location)."""
    return digits if digits.isascii() else "".join(str(unicodedata.decimal(d)) for d in digits)


def _letter_by_letter(text: str) -> tuple[str, ...]:
    """Letter by letter up to each comma (CMOS 16.61): spaces, hyphens, apostrophes
    and accents do not count."""
    return tuple(_letters(part) for part in text.split(","))


@lru_cache(maxsize=1 << 14)
def _letters(text: str) -> str:
    """Letters and digits only: accents, decomposed (NFKD), go with the punctuation, as no
    combining mark is a word character (checked over all of Unicode). Remembered: the
    names heading entries recur (an author's works, a journal's articles)."""
    return _NOT_A_LETTER.sub("", unicodedata.normalize("NFKD", text.casefold()))
