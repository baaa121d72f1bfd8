"""Chicago 17 preparation: the Document as an English-language note should see it.

`prepare` returns a copy of a Document, the input untouched, in which:
- Russian items are romanized by ALA-LC (names, titles, places, archive names and
  archival units: "РГАСПИ", "ф. 558, оп. 11" → "RGASPI", "f. 558, op. 11"), in
  the journal profile asked for (see biblio.translit);
- places of publication take their English names ("Москва", "Moscou" → "Moscow",
  CMOS 17 14.131);
- initials in given names are spaced ("M.J." → "M. J.", CMOS 17 10.12), full
  given names are kept as printed (the style does not initialize them);
- pinpoints are typeset as Chicago wants them: en dash in ranges (CMOS 6.78),
  page numbers abbreviated (CMOS 9.61: "120–21", "1496–500"); a pinpoint in the
  folios of a Russian archival file reads "l. 163", "ll. 5–7ob.";
- lead-ins are put in English ("См.:" → "See", "Цит. по:" → "Quoted in");
  a Russian lead-in or commentary that cannot be is kept and reported;
- a translated title (the custom item field "translated-title", which CSL 1.0.2
  has no variable for) follows the title in brackets, as Chicago gives English
  translations of foreign titles ("Mir na kraiu bezdny [The world on the edge of
  the abyss]").

Cyrillic that is not romanized (an item in Ukrainian, say: the ALA-LC Russian
table does not serve it) is kept and reported in `Document.problems`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from operator import attrgetter

from biblio.data.english_lead_ins import ENGLISH_LEAD_INS
from biblio.data.english_places import english_place
from biblio.data.name_particles import FILED_AFTER_GIVEN_NAME
from biblio.data.places import expand_place
from biblio.data.russian_archival_units import (
    ARCHIVAL_UNITS,
    FOLIO_PLURAL,
    FOLIO_SINGLE,
    VERSO,
)
from biblio.csl import ALL_VARIABLES
from biblio.errors import UsageError
from biblio.model import Cite, Document, Item, Name, Note, Problem
from biblio.numbers import whole_number
from biblio.render.chicago_titles import (
    TITLE_VARIABLES,
    short_title,
    with_colon_subtitle,
    with_en_dash_ranges,
)
from biblio.render.document_dates import DATED_DOCUMENT_TYPES, title_states_date
from biblio.translit import has_cyrillic, practice_of, romanize

STYLE_FILE = "chicago-notes-bibliography-17.csl"
IBID_STYLE_FILE = "chicago-notes-bibliography-17-ibid.csl"

TRANSLATED_TITLE = "translated-title"
"""The item field holding an English translation of the title (not CSL 1.0.2)."""

ROMANIZED_VARIABLES = frozenset((
    "title", "title-short", "container-title", "container-title-short",
    "collection-title", "volume-title", "part-title", "original-title",
    "event-title", "publisher", "genre", "medium", "edition", "section",
    "archive", "archive_collection", "archive_location", "volume", "issue",
    "number", "page", "dimensions", "part-number",
))
"""Text variables a Chicago note or bibliography entry prints (a set: each field of an item
is looked up, and a tuple compared it with each name in turn)."""

ITALIC_TITLE_TYPES = frozenset(
    "book report motion_picture musical_score map graphic software dataset standard "
    "pamphlet periodical".split()
)
"""The item types whose title the style sets in italics (its macro "title-full")."""

PLACE_VARIABLES = frozenset(("publisher-place", "event-place", "archive-place",
                             "original-publisher-place"))

_NON_RUSSIAN_CYRILLIC = frozenset(
    "uk be bg sr mk kk ky tg mn ba tt cv ce sah os ab".split()
)
"""Languages written in Cyrillic that the ALA-LC Russian table does not serve."""

_ARCHIVAL_UNIT = re.compile(
    r"(?<![\w.])("
    + "|".join(re.escape(unit) for unit in sorted(ARCHIVAL_UNITS, key=len, reverse=True))
    + r")(?=[\s\d]|$)",
    re.IGNORECASE,
)
_VERSO = re.compile(r"(\d+[а-яa-z]?)\s*об\.?(?!\w)", re.IGNORECASE)
_RANGE = re.compile(
    r"""
    (?<![\w-])
    (?: (?P<arabic>\d+[a-zа-я]?(?:\s?об\.)?) \s?[-‐‑–—]\s? (?P<arabic_end>\d+)  # 5—7, 5 об.-7
      | (?P<roman>[IVXLCDM]+) \s?[-‐‑–—]\s? (?P<roman_end>[IVXLCDM]+)           # XIII—XX
      | (?P<lower>[ivxlcdm]+) \s?[-‐‑–—]\s? (?P<lower_end>[ivxlcdm]+)           # x-xi
    )
    (?![\w-])
    """,
    re.VERBOSE,
)
_NUMBER_RANGE = re.compile(r"\b(\d+)–(\d+)\b")
_ROMAN_PAGES = re.compile(r"[IVXLCDM]+(?:\s?[–,]\s?[IVXLCDM]+)*")
"""Pages in capital roman numerals ("XIII–XX", "XII"): front matter, which books
number in lower case (the Manual's chapter 1 on page numbering)."""
_SEVERAL = re.compile(r"[–,&]")
_NEXT_UNIT = re.compile(
    r"(?<=[\w)])\.\s+(?=(?:"
    + "|".join(re.escape(unit) for unit in sorted(set(ARCHIVAL_UNITS) - {"об."}, key=len,
                                                  reverse=True))
    + r")\s?\d)",
    re.IGNORECASE,
)
"""The period closing a unit's number before the next unit ("Оп. 11. Д. 431"):
GOST's separator, a comma in an English-language note."""
_AND_BETWEEN_NUMBERS = re.compile(r"(?<=[\d.])\s+и\s+(?=\d)")
"""Russian "и" joining two folios or pages ("лл. 5 и 7"): a comma in English."""
_LEADING_UNIT = re.compile(
    r"^(?P<unit>"
    + "|".join(re.escape(unit) for unit in sorted(set(ARCHIVAL_UNITS.values()), key=len,
                                                  reverse=True))
    + r")\s?(?=\d)"
)
"""A romanized unit opening a pinpoint ("l. 163", "d. 432, l. 139")."""
_PLACE_SEPARATOR = re.compile(r"\s*;\s*")
_UNSPACED_INITIAL = re.compile(r"(?<=\w\.)(?=\w)")
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")


def prepare(
    document: Document,
    *,
    profile: str = "ala-lc",
    keep_original: bool = False,
    ibid: bool = False,
    short_titles: bool = True,
) -> Document:
    """A copy of `document` ready for the Chicago style (see the module doc).

    `profile` is a transliteration profile of biblio.translit; `keep_original`
    adds the Cyrillic title in brackets after the romanized one; `ibid` changes
    no data: the renderer reads it to load the "Ibid." variant of the style
    (`style_file`); `short_titles` gives an item without `title-short` a short
    title of at most four words for shortened notes (CMOS 17 14.33;
    biblio.render.chicago_titles), False keeps the whole title there.
    """
    for name, value in (("keep_original", keep_original), ("ibid", ibid),
                        ("short_titles", short_titles)):
        if not isinstance(value, bool):
            raise UsageError(f"the Chicago option {name} is true or false, not {value!r}")
    practice_of(profile)  # an unknown profile is an error before any work
    prepared = _copy_for_preparation(document)
    russian: set[str] = set()
    for item in prepared.items.values():
        problem, still_russian = _prepare_item(item, profile, keep_original, short_titles)
        if problem is not None:
            prepared.problems.append(problem)
        if still_russian:
            russian.add(item.id)
    for note in prepared.notes:
        for index, cite in enumerate(note.cites):
            cited_russian = cite.item in russian  # only a Russian item's pinpoint may be archival
            item = prepared.items.get(cite.item) if cited_russian else None
            archival = item is not None and item.fields.get("archive") is not None
            _prepare_locator(cite, cited_russian, archival)
            if cite.prefix or cite.suffix:
                prepared.problems.extend(_prepare_lead_in(cite, opens_note=index == 0,
                                                          where=note.name))
        commentary = note.comment if note.cites else (note.comment or note.text)
        if commentary and has_cyrillic(commentary):
            prepared.problems.append(Problem(note.name, "commentary kept in Russian: "
                                                                f"{commentary}"))
    return prepared


def _copy_for_preparation(document: Document) -> Document:
    """A copy whose parts `prepare` changes are new: each item's fields, each cite,
    the problems; names are copied where they are changed (a deep copy took longer than
    the preparation itself). Notes and cites are built from their values: dataclasses.replace
    reads the class's fields at each call (2.4-2.9 µs a note or cite, the constructor 1.1)."""
    items = {key: Item(item.id, item.type, dict(item.fields)) for key, item in document.items.items()}
    notes = [Note(**{**vars(note), "cites": [Cite(**vars(cite)) for cite in note.cites]})
             for note in document.notes]
    return replace(document, notes=notes, items=items, problems=list(document.problems))


def style_file(*, ibid: bool = False) -> str:
    """The file name, in the project's styles/, of the Chicago style to use."""
    return IBID_STYLE_FILE if ibid else STYLE_FILE


# --- items -----------------------------------------------------------------------

def _language(item: Item) -> str:
    return str(item.get("language") or "").lower().split("-")[0]


def _prepare_item(item: Item, profile: str, keep_original: bool,
                  short_titles: bool) -> tuple[Problem | None, bool]:
    """The item prepared in place; the problem met, and whether the prepared item still
    reads as Russian (by its language, or by Cyrillic left when it states none): its
    Cyrillic is looked for once before romanization (not in an item stated Russian, which is
    romanized whatever it holds) and once after, not at each test."""
    language = _language(item)
    if item.type in DATED_DOCUMENT_TYPES and title_states_date(item.fields.get("title"),
                                                               item.fields.get("issued")):
        del item.fields["issued"]  # "Letter to Lord Halifax, 12 September 1938": dated once
    for variable, value in list(item.fields.items()):
        if variable in PLACE_VARIABLES and isinstance(value, str):
            item.fields[variable] = _english_places(value)
        elif isinstance(value, list) and value and all(isinstance(n, Name) for n in value):
            item.fields[variable] = [_filed_particle(_spaced_initials(name), language)
                                     for name in value]
    cyrillic = language != "ru" and _has_cyrillic_field(item)
    if not (language == "ru" if language else cyrillic):
        _typeset_titles(item, short_titles)
        _add_translated_title(item)
        # with no language stated, only a translated title can have brought Cyrillic in
        russian = not language and TRANSLATED_TITLE in item.fields and _has_cyrillic_field(item)
        if not cyrillic:
            return None, russian
        reason = ("biblio romanizes Russian only (the ALA-LC Russian table)"
                  if language in _NON_RUSSIAN_CYRILLIC
                  else "the item's language is not Russian")
        return Problem(f"item {item.id!r}", f"Cyrillic text kept as printed in an item in "
                                            f"{item.get('language')!r}: {reason}"), russian
    original_title = item.get("title")
    for variable, value in list(item.fields.items()):
        if isinstance(value, list) and value and all(isinstance(n, Name) for n in value):
            item.fields[variable] = [_romanize_name(name, profile) for name in value]
        elif variable == "archive_location" and isinstance(value, str):
            item.fields[variable] = romanize_archival_units(value, profile)
        elif variable in PLACE_VARIABLES and isinstance(value, str):
            item.fields[variable] = _romanized(value, profile)
        elif variable in ROMANIZED_VARIABLES and isinstance(value, str):
            item.fields[variable] = _romanized(_closed_up_verso(value), profile)
    texts = " ".join(_texts(item))
    leftover = [] if texts.isascii() else sorted(set(_CYRILLIC_LETTER.findall(texts)))
    _typeset_titles(item, short_titles)
    if keep_original and isinstance(original_title, str) and has_cyrillic(original_title):
        _add_bracketed(item, original_title)
    _add_translated_title(item)
    # the leftover letters are the Cyrillic the romanization left; only an added original
    # or translated title can bring more
    russian = bool(language or leftover) or (
        (keep_original or TRANSLATED_TITLE in item.fields) and _has_cyrillic_field(item))
    if leftover:
        return Problem(f"item {item.id!r}", "letters outside the ALA-LC Russian table kept "
                                            f"in Cyrillic: {' '.join(leftover)}"), russian
    return None, russian


@lru_cache(maxsize=1 << 16)
def _romanized(text: str, profile: str, acronyms: bool = True) -> str:
    """`romanize`, remembered: names, places, publishers and journals recur across
    items, and a text without Cyrillic is returned as it is."""
    return romanize(text, profile, acronyms=acronyms) if has_cyrillic(text) else text


_NEVER_PRINTED = frozenset(("keyword", "abstract", "annote"))
"""CSL variables the Chicago style does not print: their Cyrillic is not reported."""

_PRINTED = ALL_VARIABLES - _NEVER_PRINTED
_NAME_TEXTS = attrgetter("non_dropping_particle", "family", "given", "suffix")
"""The parts of a name without a literal that `_texts` yields."""


def _texts(item: Item) -> Iterator[str]:
    """Every string of an item's CSL variables, names included (the parts `str(name)`
    prints, without building it): other keys (a .bib file's `biblatex:keywords`,
    JabRef's `groups`) are never printed."""
    for variable, value in item.fields.items():
        if variable not in _PRINTED:
            continue
        if isinstance(value, str):
            yield value
        elif isinstance(value, list):
            for name in value:
                if not isinstance(name, Name):
                    continue
                if name.literal is not None:
                    yield name.literal
                else:
                    yield from filter(None, _NAME_TEXTS(name))


def _has_cyrillic_field(item: Item) -> bool:
    """Whether a string `_texts` yields holds Cyrillic: each value searched where it stands,
    stopping at the first found (joining every text of the item first cost twice as much)."""
    for variable, value in item.fields.items():
        if isinstance(value, str):
            # an ASCII text holds no Cyrillic: told by one C call, not a regex search
            if variable in _PRINTED and not value.isascii() and _CYRILLIC_LETTER.search(value):
                return True
        elif isinstance(value, list) and variable in _PRINTED:
            for name in value:
                if not isinstance(name, Name):
                    continue
                text = (name.literal if name.literal is not None
                        else "\n".join(filter(None, _NAME_TEXTS(name))))
                if not text.isascii() and _CYRILLIC_LETTER.search(text):
                    return True
    return False


def _filed_particle(name: Name, language: str) -> Name:
    """A particle Chicago files with the family name joins it ("du" + "Réau" → family
    "du Réau"); one filed after the given name stays a particle, which the style
    demotes in the bibliography ("Lattre de Tassigny, J. de"; CMOS 8.5, 16.71)."""
    particle = name.non_dropping_particle
    if not particle or not name.family:
        return name
    if particle.lower() in FILED_AFTER_GIVEN_NAME.get(language, ()):
        return name
    joined = _copy(name)
    space = "" if particle.endswith(("'", "’")) else " "
    joined.family, joined.non_dropping_particle = f"{particle}{space}{name.family}", None
    # CSL processors (citeproc-js, biblio's own) split a lower-case particle off the
    # family name unless told not to
    joined.extra = {**name.extra, "parse-names": False}
    return joined


def _spaced_initials(name: Name) -> Name:
    """"M.J." → "M. J." (CMOS 17 10.12); "J.-B." keeps its hyphen."""
    if name.given and "." in name.given and _UNSPACED_INITIAL.search(name.given):
        name = _copy(name)
        name.given = _UNSPACED_INITIAL.sub(" ", name.given)
    return name


def _romanize_name(name: Name, profile: str) -> Name:
    """The name's parts romanized; a word in capitals is read as an acronym only in a literal
    (a body), not in a personal name (`romanize`'s `acronyms`)."""
    return Name(*(None if part is None else _romanized(part, profile, False)
                  for part in _NAME_PARTS(name)),
                _romanized(name.literal, profile, True) if name.literal is not None else None,
                name.extra)


_NAME_PARTS = attrgetter("family", "given", "dropping_particle", "non_dropping_particle", "suffix")
"""A Name's parts before `literal` and `extra`, in the order of its fields."""


def _copy(name: Name) -> Name:
    """`copy.copy(name)` (its `extra` shared) without copy's generic machinery, which took a
    fifth of the preparation."""
    return Name(*_NAME_PARTS(name), name.literal, name.extra)


@lru_cache(maxsize=1 << 12)
def _english_places(places: str) -> str:
    """"Москва", "М." → "Moscow"; several places ("Coëtquidan; Paris") one by one.

    A place abbreviated as GOST abbreviates it ("М.", "СПб.", "N.Y.") is first
    expanded (biblio.data.places), since Chicago spells places out. Remembered: places
    recur from item to item, and each is looked up in two tables.
    """
    parts = (expand_place(part) for part in _PLACE_SEPARATOR.split(places))
    return "; ".join(english_place(part) or part for part in parts)


def _typeset_titles(item: Item, short_titles: bool) -> None:
    """Subtitles after a colon and en dashes in ranges (CMOS 8.165, 6.78); with
    `short_titles`, a short title of at most four words unless the item has one
    (14.33). Before any bracketed translation is added to the title. The fields are read
    from their dict (Item.get is one Python call more, six times an item)."""
    fields = item.fields
    title = fields.get("title")
    if short_titles and isinstance(title, str) and not fields.get("title-short"):
        short = _short_title(title)
        if short != title:
            fields["title-short"] = short
    for variable in _TYPESET_VARIABLES:
        value = fields.get(variable)
        if isinstance(value, str):
            fields[variable] = _typeset_title(value)


_TYPESET_VARIABLES = (*TITLE_VARIABLES, "title-short")


@lru_cache(maxsize=1 << 14)
def _typeset_title(title: str) -> str:
    """A title's subtitle after a colon, en dashes in its ranges; remembered, as
    titles recur (a book's chapters, a journal's and a series' names)."""
    return with_en_dash_ranges(with_colon_subtitle(title))


_short_title = lru_cache(maxsize=1 << 14)(short_title)
"""`short_title`, remembered like `_typeset_title`."""


def _add_translated_title(item: Item) -> None:
    translation = item.get(TRANSLATED_TITLE)
    if isinstance(translation, str) and translation.strip():
        _add_bracketed(item, translation.strip())


def _add_bracketed(item: Item, text: str) -> None:
    """"[text]" after the title, in roman, and not in shortened notes: in an italic
    title it is marked italic, which the style's italics flip to roman (CSL rich
    text; CMOS 17 14.98: a translated title in brackets, neither italic nor quoted)."""
    title = item.get("title")
    if not isinstance(title, str):
        return
    item.fields.setdefault("title-short", title)
    bracket = f"<i>[{text}]</i>" if item.type in ITALIC_TITLE_TYPES else f"[{text}]"
    item.fields["title"] = f"{title} {bracket}"


def romanize_archival_units(location: str, profile: str = "ala-lc") -> str:
    """"ф. 558, оп. 11, д. 431, л. 5 об." → "f. 558, op. 11, d. 431, l. 5ob.".

    Units of the table keep their romanized abbreviation (lower case, as cited);
    the rest (acronyms, letters in numbers such as "3а") is romanized.
    """
    location = _NEXT_UNIT.sub(", ", location)
    location = _closed_up_verso(_en_dash_ranges(_AND_BETWEEN_NUMBERS.sub(", ", location)))
    units = _ARCHIVAL_UNIT.sub(lambda m: ARCHIVAL_UNITS[m.group(1).lower()], location)
    return romanize(units, profile)


# --- lead-ins ---------------------------------------------------------------------------

def _prepare_lead_in(cite: Cite, *, opens_note: bool, where: str) -> list[Problem]:
    """"См.:" → "See", "Цит. по:" → "Quoted in"; Russian left untranslated is reported."""
    problems = []
    if cite.prefix:
        english = ENGLISH_LEAD_INS.get(cite.prefix.strip().rstrip(":").strip().lower())
        if english is not None:
            cite.prefix = english[:1].upper() + english[1:] if opens_note else english
        elif has_cyrillic(cite.prefix):
            problems.append(Problem(where, f"lead-in kept in Russian: {cite.prefix}"))
    if cite.suffix and has_cyrillic(cite.suffix):
        problems.append(Problem(where, f"commentary kept in Russian: {cite.suffix}"))
    return problems


# --- pinpoints ----------------------------------------------------------------------

def _prepare_locator(cite: Cite, russian: bool, archival: bool) -> None:
    if not cite.locator:
        return
    if cite.locator.isdecimal() and cite.locator.isascii():  # "163": no range, unit or letter
        if russian and archival and cite.label in (None, "folio"):
            cite.locator, cite.label = _folios(cite.locator), None
        return
    locator = _AND_BETWEEN_NUMBERS.sub(", ", cite.locator) if russian else cite.locator
    locator = _abbreviated_ranges(_en_dash_ranges(locator))
    if cite.label in (None, "page") and _ROMAN_PAGES.fullmatch(locator):
        locator = locator.lower()  # front matter is paged xiii–xx
    if russian and archival and cite.label in (None, "folio"):
        cite.locator = _folios(romanize_archival_units(locator))
        cite.label = None  # the unit is in the pinpoint: CSL's folio term is "fol."
        return
    cite.locator = romanize(_closed_up_verso(locator)) if russian else locator


def _folios(pinpoint: str) -> str:
    """"163" → "l. 163", "5–7ob." → "ll. 5–7ob."; a pinpoint that names its unit keeps
    it ("d. 432, l. 139"), "l." and "ll." put right by the number of folios."""
    unit = _LEADING_UNIT.match(pinpoint)
    if unit is not None and unit["unit"] not in (FOLIO_SINGLE, FOLIO_PLURAL):
        return pinpoint
    folios = pinpoint[unit.end():] if unit is not None else pinpoint
    return f"{FOLIO_PLURAL if _SEVERAL.search(folios) else FOLIO_SINGLE} {folios}"


def _en_dash_ranges(text: str) -> str:
    """"169—172", "169-172" → "169–172" (CMOS 6.78: the en dash joins a range)."""
    def joined(match: re.Match[str]) -> str:
        ends = [part for part in match.groups() if part is not None]
        return "–".join(ends)

    return _RANGE.sub(joined, text)


def _closed_up_verso(text: str) -> str:
    """"13 об." → "13ob.": the verso mark closed up to its folio. Only a text with a "б" (or
    "Б": the only letters the pattern's, matched ignoring case, can be) is searched: most
    texts this is asked of, titles and places, have none."""
    if "б" not in text and "Б" not in text:
        return text
    return _VERSO.sub(lambda m: m.group(1) + VERSO, text)


def _abbreviated_ranges(text: str) -> str:
    """Every "first–last" of arabic numbers in `text` abbreviated by CMOS 9.61."""
    return _NUMBER_RANGE.sub(
        lambda m: f"{m.group(1)}–{abbreviate_range(m.group(1), m.group(2))}", text
    )


def abbreviate_range(first: str, last: str) -> str:
    """The second number of an inclusive range, as CMOS 17 9.61 prints it.

    Under 100, or a multiple of 100: all digits (3–10, 100–104); 101–109 in each
    hundred: the changed part (101–8, 808–33, 2002–5); else at least two digits
    (321–28, 498–532, 1087–89, 1496–500, 11564–615, 12991–3001).
    """
    start, end = whole_number(first), whole_number(last)
    if start is None or end is None or end <= start or len(first) != len(last) or start < 100 or start % 100 == 0:
        return last
    common = 0
    while common < len(first) and first[common] == last[common]:
        common += 1
    changed = len(last) - common
    keep = max(changed, 1) if start % 100 < 10 else max(changed, 2)
    return last[-keep:]

