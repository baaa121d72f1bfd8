"""Training labels from gold: each CSL variable of a labelled item found in its text.

Labelled sets give an item, not token labels (AnyStyle gives spans, but with markers
such as "pp." and "In:" inside them). To train one model on all of them alike, every
set is labelled the same way here: a token gets a variable's label when it lies in
the run of words that prints the variable's value; markers, brackets and punctuation
around values stay "other". Rows whose values cannot all be found are left out of
training rather than taught half-wrong.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any

from biblio.data.homoglyphs import LATIN_TO_CYRILLIC
from biblio.data.places import EXPANSIONS, IN_LANGUAGE
from biblio.evaluation import DASHES, first_year
from biblio.parse.labeller.labels import LABEL_OF_VARIABLE, NAME_LABELS
from biblio.parse.labeller.tokens import Token, tokenize

LONG_FIRST = ("title", "container-title", "collection-title", "note", "publisher",
              "genre", "archive", "archive_location", "publisher-place", "edition",
              "URL", "DOI", "ISBN")
NUMBERS_LAST = ("volume", "issue", "page")
LOOK_ALIKES = str.maketrans(LATIN_TO_CYRILLIC)
"""Latin letters typed for the Cyrillic ones they look like, read as those: a gold value
spells "Мінск", "Бірыла", "РС" where the text has a Latin "i" or "PC" ("Бiрыла М.В.
Беларуская антрапанiмiя, ч. 1-3, Мiнск, 1966-1982.")."""


def key(text: str) -> str:
    return DASHES.sub("-", unicodedata.normalize("NFC", text)).translate(LOOK_ALIKES).casefold()


ET_AL = frozenset(map(key, ("et", "al", ".", "u", "a", "и", "др")))
ET_AL_CLOSING = frozenset(map(key, ("al", "др")))

READ_ABBREVIATIONS: dict[str, str] = {
    **{full: short for short, full in EXPANSIONS.items()},
    **{spelling: short for short, full in EXPANSIONS.items()
       for spelling in IN_LANGUAGE.get(full, {}).values()},
}
"""A place → the abbreviation that the parser reads for it, in each language whose
imprints abbreviate it (`places.EXPANSIONS`, `places.IN_LANGUAGE`): "К." for Київ and
Киев, "Мн." for Минск and Мінск, one of "СПб.", "Спб.", "СПБ." for Санкт-Петербург
(all three found, as `key` folds case)."""


def abbreviated_places(value: str) -> str:
    """A place, or CSL's list of places, as the imprints abbreviate it: "L." for London,
    "М. Л." for "Москва; Ленинград" (printed "М.-Л.", "М. ; Л."), "К." for "Київ" in
    Ukrainian imprints (ДСТУ 3582) and for "Киев" in Russian ones before GOST 7.0.12.
    Found from the end of a reference, since the imprint follows the heading, whose
    initials print the same letters ("Гинзбург Л. О лирике. Л., 1974", "Джилас М. Лицо
    тоталитаризма. М., 1992")."""
    places = (place.strip() for place in value.split(";"))
    return " ".join(READ_ABBREVIATIONS.get(place, place) for place in places)


class Alignment:
    """Labels of one reference's tokens, filled variable by variable."""

    def __init__(self, text: str) -> None:
        self.tokens: list[Token] = tokenize(text)
        self.labels = ["other"] * len(self.tokens)
        self.words = [i for i, t in enumerate(self.tokens) if t.is_word]
        self.keys = [key(self.tokens[i].text) for i in self.words]
        self.missed: list[str] = []

    def free(self, first: int, last: int) -> bool:
        return all(label == "other" for label in self.labels[first:last + 1])

    def find(self, value: str, last: bool = False) -> tuple[int, int] | None:
        """Token positions of the first (or last) free run of the value's words."""
        wanted = [key(t.text) for t in tokenize(value) if t.is_word]
        if not wanted:
            return None
        m, head = len(wanted), wanted[0]
        starts = range(len(self.keys) - m, -1, -1) if last else range(len(self.keys) - m + 1)
        for j in starts:
            if self.keys[j] == head and self.keys[j:j + m] == wanted:  # no slice per start
                first, end = self.words[j], self.words[j + m - 1]
                if self.free(first, end):
                    return first, end
        return None

    def mark(self, label: str, first: int, last: int) -> None:
        for i in range(first, last + 1):
            self.labels[i] = label

    def abbreviated_range(self, value: str) -> tuple[int, int] | None:
        """Where a page range is printed with its second number shortened, as CMOS
        9.61 and other styles do: "127–36" for "127-136"."""
        bounds = [key(t.text) for t in tokenize(value) if t.is_word]
        if len(bounds) != 2:
            return None
        for j in range(len(self.keys) - 1):
            first, end = self.words[j], self.words[j + 1]
            if self.keys[j] == bounds[0] and bounds[1].endswith(self.keys[j + 1]) and \
                    end - first == 2 and key(self.tokens[first + 1].text) == "-" and \
                    self.free(first, end):
                return first, end
        return None

    def text_value(self, label: str, value: str, last: bool = False) -> None:
        found = self.find(value, last)
        if found is None and label == "publisher-place":
            found = self.find(abbreviated_places(value), last=True)
        if found is None and label == "page":
            found = self.abbreviated_range(value)
        if found is None:
            self.missed.append(label)
        else:
            self.mark(label, *found)

    def names(self, label: str, names: list[Any]) -> None:
        positions: list[int] = []
        for name in names:
            if not isinstance(name, Mapping):
                continue
            family = name.get("family") or name.get("literal") or ""
            found = self.find(family)
            if found is None:
                self.missed.append(label)
                return
            positions.extend(found)
            given = [key(t.text) for t in tokenize(name.get("given") or "") if t.is_word]
            window = range(max(0, found[0] - 8), min(len(self.tokens), found[1] + 9))
            for word in given:
                near = [i for i in window if self.labels[i] == "other"
                        and i not in positions and key(self.tokens[i].text) == word]
                if near:
                    positions.append(min(near, key=lambda i: abs(i - found[0])))
        if not positions:
            return
        first, last = min(positions), max(positions)
        if not self.free(first, last) or last - first > 6 * len(names) + 6:
            self.missed.append(label)
            return
        while last + 1 < len(self.tokens) and key(self.tokens[last + 1].text) in ET_AL \
                and any(key(t.text) in ET_AL_CLOSING for t in self.tokens[last + 1:last + 4]):
            last += 1
        self.mark(label, first, last)

    def year(self, value: Any) -> None:
        """The token printing the date's first year (of its parts, or of a literal
        date such as "6 luglio 1188")."""
        found = first_year(value)
        year = str(found) if found else None
        for i in self.words:
            word = self.tokens[i].text
            if year and word.startswith(year) and len(word) <= 5 and self.labels[i] == "other":
                self.labels[i] = "date"
                return
        self.missed.append("date")


def align(text: str, item: Mapping[str, Any], locator: str | None = None) -> Alignment:
    """Token labels for `text` printing `item` (and the cite's `locator`)."""
    alignment = Alignment(text)
    for variable in LONG_FIRST:
        if isinstance(item.get(variable), str):
            alignment.text_value(LABEL_OF_VARIABLE[variable], item[variable])
    for label in NAME_LABELS:
        if isinstance(item.get(label), list):
            alignment.names(label, item[label])
    if locator:
        alignment.text_value("locator", locator, last=True)
    for variable in NUMBERS_LAST:
        if isinstance(item.get(variable), str | int):
            alignment.text_value(variable, str(item[variable]), last=variable == "page")
    if item.get("issued"):
        alignment.year(item["issued"])
    return alignment
