"""What GOST R 7.0.5-2008 asks beyond CSL, done by biblio around the style.

- Items are prepared once: places abbreviated (GOST 7.0.12-2011, GOST 7.11-2004),
  a short title derived for repeated references (8.4: the main title; long titles
  may be cut, the omitted words marked with " … ", never after a preposition or
  conjunction; 8.7: or replaced by "Указ. соч."/"Op. cit."), archival search data
  written with periods ("Ф. 558. Оп. 11", 11.4) or the journals' commas, page
  ranges with an en dash (or the journals' em dash), four or more
  authors moved from the heading to the statement of responsibility (4.10.1–4.10.2:
  the heading holds one to three authors), the number of volumes and the meeting of
  proceedings left out where the title as transcribed already states them, a law's
  own date written as the standard writes it («от 12 мая 2008 г.», DSTU 8302:2015's
  «від 12 трав. 2008 р.»), an act's statements of adoption given to the style as CSL
  `references`, a published document's date put back after its title.
- Per cite: a container already described earlier in the document is named by its
  main title only ("// La France et l’URSS …"), and an archival reference that
  follows one in the same archive and fond is written as "Там же" with the levels
  that differ ("Там же. Д. 432. Л. 139."; 8.5–8.6 applied to the archival
  hierarchy of section 11).
- Every note begins with a capital ("Du Réau E.", "De Lattre de Tassigny J.").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Literal

from biblio.data.csl_locale_terms import MONTH_FORMS
from biblio.data.function_words import is_function_word
from biblio.data.gost_terms import (CYRILLIC_LANGUAGES, ELLIPSIS, MONTHS_NAMED_ALONE,
                                     UKRAINIAN_MONTHS, op_cit)
from biblio.data.places import abbreviate_place
from biblio.data.reference_terms import ADOPTION_STEMS, MONTHS, NUMBER_OF_VOLUMES
from biblio.designations import designations as designations_of
from biblio.errors import UsageError
from biblio.lazy_patterns import LazyPattern
from biblio.model import Date, Item
from biblio.render.csl.richtext import Node, Span, is_empty
from biblio.render.document_dates import DATED_DOCUMENT_TYPES, title_states_date
from biblio.render.positions import CitePosition
from biblio.russian_names import decline_names

ARTICLE_TYPES = frozenset(
    {"article-journal", "article-magazine", "article-newspaper", "review", "review-book"}
)
"""Types whose container is a serial: never shortened, it has no editors or place."""

SUBTITLE_BREAK = re.compile(r"[.:;!?](?=\s)|,(?=\s)|\s[—–-]\s")
"""Where a title's first part ends: ". ", ": ", "; ", ", " or a spaced dash."""

WORD = re.compile(r"\S+")

VOLUME_WORDS = "|".join(re.escape(word) for word in sorted(NUMBER_OF_VOLUMES, key=len, reverse=True))
"""What follows the number in "в 12 томах", "in 3 vols.": the title states the volumes."""


@dataclass(frozen=True)
class GostOptions:
    """The standard's alternatives and the journals' house habits.

    The defaults follow GOST R 7.0.5-2008 and the standards it refers to (GOST
    7.1-2003, GOST 7.11-2004, GOST R 7.0.12-2011); `preset="journal"` sets the house
    form of Russian historical journals (the sample article's), and every option given
    with it overrides the preset.
    """

    preset: Literal["journal"] | None = None
    """None (the standard) or "journal": the options of `PRESETS["journal"]`."""
    repeats: Literal["short-title", "op-cit"] = "short-title"
    """8.4 heading and main title (default) or 8.7 "Указ. соч."/"Op. cit." in later repeats."""
    short_title_words: int | None = None
    """Longest short title in words before it is cut (8.4 allows cutting long titles);
    None (default): the main title whole."""
    ellipsis: Literal["spaced", "closed"] = "spaced"
    """Omitted words marked " … " (8.4, default: a space each side) or "…" closed up."""
    initials: Literal["spaced", "unspaced"] = "spaced"
    """"П. А." as the standard's examples print them (default) or "П.А."."""
    responsibility: Literal["lower", "capitalized"] = "lower"
    """After "/": "сост.", "dir. de" in lower case (GOST 7.1-2003 examples; default) or
    capitalized "Сост.", "Dir. de"."""
    separators: Literal["short", "full"] = "short"
    """". " between areas (allowed in references; default) or ". — " (GOST 7.1-2003)."""
    archives: Literal["periods", "commas"] = "periods"
    """Archival search data "РГАСПИ. Ф. 558. Оп. 11. Д. 185. Л. 5" (11.4; default) or
    "РГАСПИ, ф. 558, оп. 11, д. 185, л. 5"."""
    volume_issue: Literal["comma", "period"] = "comma"
    """A serial's "Т. 50, № 3" (GOST 7.1-2003; default) or "Т. 50. № 3"."""
    dashes: Literal["en", "em"] = "en"
    """Page and leaf ranges with an en dash "65–70" (default) or an em dash "65—70"."""
    movenames: bool = True
    """Four or more authors follow the title after "/" (4.10.1) instead of the heading."""
    places: Literal["common", "extended", "full"] = "common"
    """Abbreviate Москва, Paris, London… (common), also Oxford, Cambridge… (extended), or none."""
    short_containers: bool = True
    """A container described earlier is named by its main title alone."""
    archive_ibid: bool = True
    """"Там же. Д. 432" for the next file of the same archive and fond."""

    @classmethod
    def from_options(cls, options: dict[str, object]) -> GostOptions:
        """The options, each checked, over the preset's: an unknown name or value is a
        UsageError."""
        known = set(cls.__dataclass_fields__)
        unknown = sorted(set(options) - known)
        if unknown:
            raise UsageError(
                f"unknown GOST option(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}"
            )
        preset = options.get("preset")
        if preset is not None and preset not in PRESETS:
            raise UsageError(f"GOST option preset is one of {', '.join(PRESETS)} or none, "
                             f"not {preset!r}")
        merged = {**PRESETS.get(str(preset), {}), **options}
        for name, value in merged.items():
            allowed = CHOICES.get(name)
            if allowed is not None and value not in allowed:
                raise UsageError(f"GOST option {name} is one of {', '.join(allowed)}, not {value!r}")
            if name in FLAGS and not isinstance(value, bool):
                raise UsageError(f"GOST option {name} is true or false, not {value!r}")
            if name == "short_title_words" and not (
                    value is None or (isinstance(value, int) and not isinstance(value, bool)
                                      and value > 0)):
                raise UsageError(f"GOST option short_title_words is a positive number or "
                                 f"none, not {value!r}")
        return cls(**merged)  # type: ignore[arg-type]

    def style_tweaks(self) -> tuple[tuple[str, str, str | None, str], ...]:
        """(element, attribute, old value or None, new value) edits of the style; the
        style file marks each edited place uniquely (see its opening comment)."""
        tweaks: list[tuple[str, str, str | None, str]] = []
        if self.initials == "unspaced":
            tweaks.append(("name", "initialize-with", None, "."))
        if self.responsibility == "capitalized":
            tweaks.append(("label", "text-case", "lowercase", "capitalize-first"))
        if self.volume_issue == "period":
            tweaks.append(("group", "prefix", ", ", ". "))
        if self.archives == "commas":
            tweaks.append(("text", "prefix", ". ", ", "))
            tweaks.append(("label", "form", "symbol", "short"))
        if self.separators == "full":
            tweaks.append(("group", "delimiter", ". ", ". — "))
        return tuple(tweaks)

    @property
    def ellipsis_mark(self) -> str:
        """What replaces omitted words at the end of a title: " …" or "…"."""
        return " " + ELLIPSIS if self.ellipsis == "spaced" else ELLIPSIS

    @property
    def archival_separator(self) -> str:
        """Between levels of archival search data: ". " or ", "."""
        return ". " if self.archives == "periods" else ", "


PRESETS: dict[str, dict[str, object]] = {
    "journal": {"archives": "commas", "ellipsis": "closed", "responsibility": "capitalized",
                "initials": "unspaced", "dashes": "em", "volume_issue": "period",
                "short_title_words": 5},
}
"""House forms: "journal" is that of Russian historical journals, as the sample article
(tests/data/footnotes_repaired.txt) prints its notes."""

CHOICES: dict[str, tuple[str, ...]] = {
    "repeats": ("short-title", "op-cit"),
    "ellipsis": ("spaced", "closed"),
    "initials": ("spaced", "unspaced"),
    "responsibility": ("lower", "capitalized"),
    "separators": ("short", "full"),
    "archives": ("periods", "commas"),
    "volume_issue": ("comma", "period"),
    "dashes": ("en", "em"),
    "places": ("common", "extended", "full"),
}
FLAGS = frozenset({"movenames", "short_containers", "archive_ibid"})


def short_title(title: str, max_words: int | None, language: str | None = None,
                mark: str = " " + ELLIPSIS) -> str:
    """The title up to its first subtitle, at most `max_words` words, `mark` where cut;
    a cut never ends on a preposition, conjunction or article (the words a reader
    needs the next word for).

    >>> short_title("Des hommes d’influences. Les ambassadeurs de Staline en Europe", 5)
    'Des hommes d’influences …'
    """
    head = main_title(title)
    words = WORD.findall(head)
    if max_words is not None and len(words) > max_words:
        kept = words[:max_words]
        while len(kept) > 1 and is_function_word(kept[-1], language):
            kept.pop()
        head = " ".join(kept)
    return head if head == title.strip() else head.rstrip(" ,;:.") + mark


def main_title(title: str) -> str:
    """The title before its first subtitle ("La France et l’URSS: dans …" → "La France et l’URSS")."""
    match = SUBTITLE_BREAK.search(title)
    return title[: match.start()].strip() if match else title.strip()


GENITIVE_VARIABLES = ("editor", "translator")
"""Names the style prints after "под ред." and "пер.", which govern the genitive; a
compiler ("сост. В.Ф. Некрасов") stays in the nominative (GOST 7.1-2003 examples)."""


def prepare_item(item: Item, options: GostOptions) -> Item:
    """The item as the GOST style should see it (a copy; the input is not changed)."""
    fields = dict(item.fields)
    if isinstance(fields.get("page"), str):
        fields["page"] = range_dashes(fields["page"], options)
    if is_archival(item):
        fields["archive_location"] = options.archival_separator.join(
            _level_case(level, options) for level in archival_levels(str(item["archive_location"])))
    if item.type in DATED_DOCUMENT_TYPES and is_archival(item):
        _prepare_document_date(fields)
    _adoption_to_references(fields)  # acts, and books approved by one: «Инструкция …: утв. …»
    if item.type == "legislation":
        _keep_act_date_in_note(fields)
    if options.places != "full":
        for variable in ("publisher-place", "original-publisher-place"):
            if isinstance(fields.get(variable), str):
                fields[variable] = _abbreviate_places(fields[variable], options.places == "extended")
    title = fields.get("title")
    if options.repeats == "op-cit":
        fields["title-short"] = op_cit(fields.get("language"))
    elif isinstance(title, str) and "title-short" not in fields:
        short = short_title(title, options.short_title_words,
                            str(fields.get("language") or "") or None, options.ellipsis_mark)
        if short != title:
            fields["title-short"] = short
    elif isinstance(fields.get("title-short"), str) and isinstance(title, str):
        short = fields["title-short"]
        if title.startswith(short) and len(short) < len(title) and not short.endswith(ELLIPSIS):
            fields["title-short"] = short.rstrip(" ,;:.") + options.ellipsis_mark
    if item.type != "legislation" and "container-title" in fields:
        _title_with_document_date(fields)  # after the short title, which it keeps
    _drop_what_titles_state(fields)
    _print_designations(fields, options)
    if str(fields.get("language", "")).lower().startswith("ru"):
        for variable in GENITIVE_VARIABLES:  # "под ред. В.Н. Сухова", "пер. … Макарова"
            if item.names(variable):
                fields[variable] = decline_names(item.names(variable), "genitive")
    authors = item.names("author")
    if options.movenames and len(authors) >= 4 and "contributor" not in fields:
        fields["contributor"] = fields.pop("author")
    return Item(item.id, item.type, fields)  # not dataclasses.replace, slow for every item


def _drop_what_titles_state(fields: dict[str, object]) -> None:
    """Remove the number of volumes and the meeting's name, place and date where
    the title as transcribed already gives them ("История … в 12 томах", "Actes du
    colloque organisé à Moscou les 2 et 3 octobre 1997"): printed once, not twice."""
    title, container = fields.get("title"), fields.get("container-title")
    volumes = fields.get("number-of-volumes")
    if isinstance(title, str) and volumes is not None and re.search(
            rf"(?<!\d){re.escape(str(volumes))}(?:-х)?\s(?:{VOLUME_WORDS})", title):
        del fields["number-of-volumes"]
    if not isinstance(container, str):
        return
    stated = _key(container)
    for variable in ("event-title", "event-place"):
        value = fields.get(variable)
        if isinstance(value, str) and all(_key(part) in stated for part in value.split(";")):
            del fields[variable]
    date = fields.get("event-date")
    if isinstance(date, Date) and date.year is not None and str(date.year) in container:
        del fields["event-date"]


def _prepare_document_date(fields: dict[str, object]) -> None:
    """The date the style prints after an archival document's title: none where the title,
    or the other title information the style prints after it, ends with it already
    ("Записка …, 4 марта 1934 г.", "…: докл. на заседании … 30 июня 1939 г."), a month
    alone in the nominative for a source the style describes in Russian terms ("март
    1938", not the terms' genitive "марта"; Cyrillic languages take the Russian layout)."""
    issued = fields.get("issued")
    if title_states_date(fields.get("genre") or fields.get("title"), issued):
        del fields["issued"]
    elif _language(fields) == "uk" and isinstance(issued, Date) and len(issued.parts) == 1 \
            and len(issued.parts[0]) in (2, 3) and all(isinstance(p, int) for p in issued.parts[0]):
        fields["issued"] = Date(literal=_ukrainian_date(*issued.parts[0]))  # "3 лип. 1917"
    elif isinstance(issued, Date) and len(issued.parts) == 1 and len(issued.parts[0]) == 2 \
            and (_language(fields) or "ru") in CYRILLIC_LANGUAGES:
        year, month = issued.parts[0]
        if str(month).isdigit() and int(month) in MONTHS_NAMED_ALONE:
            fields["issued"] = Date(literal=f"{MONTHS_NAMED_ALONE[int(month)]} {year}")


ADOPTION_STATEMENT = LazyPattern(
    r"(?:%s)[^\W\d_]*\.?\s" % "|".join(re.escape(stem) for stem in
                                      sorted(ADOPTION_STEMS, key=len, reverse=True)),
    re.IGNORECASE)
"""The start of an act's statement of adoption as the parser keeps it in `note`: «принят
Гос. Думой …», «одобр. Советом Федерации …», «утв. М-вом юстиции …», «затв. Указом …»."""


def _adoption_to_references(fields: dict[str, object]) -> None:
    """Move an act's statements of adoption from `note`, which the style does not print
    (but a law's own date), to CSL `references` (the procedural history of legislation),
    which it prints after the genre, number and date as other title information: GOST R
    7.0.5-2008's «О противодействии терроризму: федер. закон Рос. Федерации от 6 марта 2006
    г. № 35-ФЗ: принят Гос. Думой … : одобр. Советом Федерации … // Рос. газ.», GOST
    7.1-2003's «…: утв. М-вом юстиции …». A `references` of the item's own is kept."""
    if "references" not in fields and \
            (statements := _take_from_note(fields, ADOPTION_STATEMENT.match)):
        fields["references"] = ": ".join(statements)


def _take_from_note(fields: dict[str, object], wanted: Callable[[str], object],
                    first_only: bool = False) -> list[str]:
    """The statements of `note` ("; "-joined, as the parser adds them) that `wanted`
    accepts, or the first of them, taken out of it; the note goes when none is left."""
    note = fields.get("note")
    if not isinstance(note, str):
        return []
    parts = note.split("; ")
    taken = [part for part in parts if wanted(part)][: 1 if first_only else None]
    if taken:
        rest = [part for part in parts if part not in taken]
        if rest:
            fields["note"] = "; ".join(rest)
        else:
            del fields["note"]
    return taken


_MONTH = "(?:%s)\\.?" % "|".join(sorted({re.escape(month.rstrip(".")) for month in MONTHS},
                                         key=len, reverse=True))
"""A month by name or by its GOST 7.0.12 or DSTU 3582 abbreviation, in any language the
parser reads dates in (`reference_terms.MONTHS`)."""
ACT_DATE_NOTE = LazyPattern(r"""
    (?:от|від)\s                                      # "от", Ukrainian "від"
    (?:\d{1,2}\s%s\s\d{4}                             # 27 июля 2006, 17 квіт. 2002
      |\d{1,2}\.\d{1,2}\.\d{2,4})                     # 06.03.2006
    (?:\s?(?:г|р)\.)?                                  # г., Ukrainian р.
""" % _MONTH, re.VERBOSE)
"""A law's own date as the parser keeps it in `note` when `issued` is the gazette's day
("федер. закон от 27 июля 2006 г. № 149-ФЗ // Рос. газ. 2006. 29 июля")."""


def _keep_act_date_in_note(fields: dict[str, object]) -> None:
    """Leave in a law's `note` only its own date, which the style prints after the genre
    (and, being there, tells it that `issued` is the gazette's day); the note's other
    statements ("; "-joined; its statements of adoption have gone to `references`) are not
    printed by the style. A Russian law whose `issued` is its own full date (a law gazette
    gives only its year: «указ Президента РФ от 12 мая 2008 г. № 724 // Собрание
    законодательства РФ. 2008. № 20») gets that date
    written as GOST R 7.0.5-2008 writes it, «от 12 мая 2008 г.», and its year for the host;
    a Ukrainian one as DSTU 8302:2015 writes it, «від 12 трав. 2008 р.» (DSTU 3582:2013's
    months)."""
    note = fields.pop("note", None)
    act_date = next((part for part in note.split("; ") if ACT_DATE_NOTE.fullmatch(part)),
                    None) if isinstance(note, str) else None
    issued = fields.get("issued")
    if act_date is not None:
        fields["note"] = act_date
    elif isinstance(genre := fields.get("genre"), str) \
            and (language := _language(fields)) in ("ru", "uk") \
            and isinstance(issued, Date) and len(issued.parts) == 1 \
            and len(issued.parts[0]) == 3 and all(isinstance(part, int) for part in issued.parts[0]) \
            and not title_states_date(genre, issued):  # «Закон респ. Беларусь, 10 янв. 1992 г.»
        year, month, day = issued.parts[0]
        fields["note"] = f"від {_ukrainian_date(year, month, day)} р." if language == "uk" \
            else f"от {day} {MONTH_FORMS[int(month)][1]} {year} г."
        fields["issued"] = replace(issued, parts=[[year]])


def _language(fields: dict[str, object]) -> str:
    """The item's primary language subtag, lower case ("uk" for "uk-UA"); "" if none."""
    return str(fields.get("language") or "").lower().split("-")[0]


def _ukrainian_date(year: int, month: int, day: int | None = None) -> str:
    """"12 трав. 2008", "лип. 1917": the month abbreviated by DSTU 3582:2013."""
    return " ".join(str(part) for part in (day, UKRAINIAN_MONTHS[month], year) if part is not None)


DOCUMENT_DATE_NOTE = LazyPattern(r"""
    (?:(?:от|від)\s)?                                   # "от", Ukrainian "від", or none
    \d{1,2}(?:\s\(\d{1,2}\))?\s%s                      # 31 июля, 4 (17) ноября, 17 квіт.
    (?:\s\((?:н|ст)\.\s?ст\.\))?\s\d{4}                     # (н. ст.) 1917
    (?:\s?(?:г|р)\.|\sгода)?                               # г., р., года
""" % _MONTH, re.VERBOSE)
"""A published document's own date as the parser keeps it in `note` when `issued` is its
collection's year («Письмо … от 31 июля 1940 г. // С двух берегов … М., 2002»)."""


def _title_with_document_date(fields: dict[str, object]) -> None:
    """A document published in a collection gets its own date back after its title, as
    the source prints it («Письмо Г.Д. Гребенщикова И.А. Бунину от 31 июля 1940 г. // С
    двух берегов …»; GOST 7.1-2003 transcribes the title as the source gives it, and the
    date is what tells one letter from another); the style prints no `note` of a
    non-law, and `issued` is the collection's year. A repeat keeps the short title."""
    title = fields.get("title")
    if not isinstance(title, str):
        return
    for date in _take_from_note(fields, DOCUMENT_DATE_NOTE.fullmatch, first_only=True):
        fields.setdefault("title-short", title)
        fields["title"] = f"{title} {date}" if date[0].isalpha() else f"{title}, {date}"


def _print_designations(fields: dict[str, object], options: GostOptions) -> None:
    """A volume or issue number with the word its source prints ("No. 7", "fasc. 3"),
    which GOST 7.1-2003 transcribes as given (biblio.designations); the style prints a
    value that is not a bare number as it is. The word takes a capital where it opens
    an element ("T. 50. Fasc. 3" with volume_issue="period"; "Revue. 1999. Fasc. 3")
    and stays as printed after the comma ("T. 50, fasc. 3")."""
    for variable, word in designations_of(fields).items():
        value = fields.get(variable)
        if isinstance(value, bool) or not isinstance(value, (str, int)) or not str(value) \
                or str(value).casefold().startswith(word.casefold()):
            continue  # nothing to designate, or the value already holds its word
        opens = variable == "volume" or "volume" not in fields or options.volume_issue == "period"
        if opens:
            word = word[:1].upper() + word[1:]
        fields[variable] = f"{word} {value}"


RANGE = LazyPattern(r"""
    (?<![\w-])(?P<first>\d+[^\W\d_]{0,3}\.?|[IVXLCDM]+|[ivxlcdm]+)   # 65, 5об., xiii
    \s*[-–—]\s*
    (?=(?:\d|[IVXLCDM]+\b|[ivxlcdm]+\b))                              # 70, xx
""", re.VERBOSE)
"""A range of pages or leaves, whatever dash or hyphen joins its ends."""
RANGE_MARKS = "-–—"


def range_dashes(text: str, options: GostOptions) -> str:
    """"65—70", "45-67" with the dash the options ask for: en dash (the standard's
    examples, "С. 54–55") or em dash (the journals')."""
    if not any(mark in text for mark in RANGE_MARKS):  # a single page: no regex to run
        return text
    dash = "–" if options.dashes == "en" else "—"
    return RANGE.sub(lambda match: match["first"] + dash, text)


def _level_case(level: str, options: GostOptions) -> str:
    """"ф. 558" → "Ф. 558" after a period, "Ф. 558" → "ф. 558" after a comma."""
    change = str.upper if options.archives == "periods" else str.lower
    return change(level[:1]) + level[1:]


def _abbreviate_places(places: str, extended: bool) -> str:
    return "; ".join(abbreviate_place(p.strip(), extended=extended) for p in places.split(";"))


def is_archival(item: Item) -> bool:
    return bool(item.get("archive")) and bool(item.get("archive_location"))


class ContainerMemory:
    """Which containers the reader has already seen described in full."""

    def __init__(self, mark: str = " " + ELLIPSIS) -> None:
        self._seen: set[str] = set()
        self._mark = mark

    def shorten(self, item: Item) -> Item:
        """The item with its container named by main title only, if seen before."""
        container = item.get("container-title")
        if (item.type in ARTICLE_TYPES or not isinstance(container, str)
                or _key(container) not in self._seen):
            return item
        fields = {k: v for k, v in item.fields.items()
                  if k not in ("editor", "container-author", "compiler", "publisher",
                               "publisher-place", "issued", "edition", "collection-title",
                               "collection-number", "event-place", "event-date")}
        head = main_title(container)
        fields["container-title"] = head if head == container.strip() else head + self._mark
        return replace(item, fields=fields)

    def remember(self, item: Item) -> None:
        for variable in ("title", "container-title"):
            value = item.get(variable)
            if isinstance(value, str):
                self._seen.add(_key(value))


def _key(title: str) -> str:
    return " ".join(title.casefold().split())


LEVEL_BREAK = re.compile(r",\s*|(?<=\S)\.\s+")
"""Where one archival level may end: a comma, or a period and space (which ends a
level only after its number, "558. Оп.", not after a designation, "Ф. 558")."""


def archival_levels(location: str) -> list[str]:
    """"ф. 558, оп. 11, д. 431" or "Ф. 558. Оп. 11. Д. 431" → ["ф. 558", "оп. 11",
    "д. 431"] (each level as written)."""
    levels: list[str] = []
    start = 0
    for match in LEVEL_BREAK.finditer(location):
        piece = location[start:match.start()]
        if match.group().startswith(",") or _ends_with_number(piece):
            levels.append(piece.strip())
            start = match.end()
    levels.append(location[start:].strip().rstrip("."))
    return [level for level in levels if level]


def _ends_with_number(piece: str) -> bool:
    words = piece.split()
    return bool(words) and any(char.isdigit() for char in words[-1])


def differing_levels(item: Item, previous: Item) -> list[str] | None:
    """The archival levels of `item` after those it shares with `previous`, when the
    two are different files of one archive and fond; None otherwise."""
    if not (is_archival(item) and is_archival(previous)) or item.id == previous.id:
        return None
    if _key(str(item["archive"])) != _key(str(previous["archive"])):
        return None
    levels = archival_levels(str(item["archive_location"]))
    before = archival_levels(str(previous["archive_location"]))
    shared = 0
    for mine, theirs in zip(levels, before):
        if _key(mine) != _key(theirs):
            break
        shared += 1
    if shared == 0 or shared == len(levels):
        return None
    return levels[shared:]


def archive_ibid_position(position: CitePosition, has_locator: bool) -> CitePosition:
    """The position under which the style prints "Там же" with the pinpoint, or alone when
    the cite has none (the differing levels follow it: "Там же. Д. 2.")."""
    return replace(position, position="ibid-with-locator" if has_locator else "ibid")


def insert_after_ibid(node: Node, levels: Iterable[str], separator: str = ", ") -> Node:
    """The cite's rendering with `levels` after the "Там же" that opens it ("Там же, л. 139"
    + ["д. 432"] → "Там же, д. 432, л. 139"; with ". ": "Там же. Д. 432. Л. 139"); unchanged
    when it does not open with a term."""
    inserted = separator + separator.join(levels)

    def walk(current: Node) -> Node | None:
        if isinstance(current, str):
            return None
        for index, child in enumerate(current.children):
            if is_empty(child):
                continue
            if isinstance(child, Span) and child.role == "term":
                return _with_children(current, [*current.children[:index + 1], inserted,
                                                *current.children[index + 1:]])
            changed = walk(child)
            if changed is None:
                return None
            return _with_children(current, [*current.children[:index], changed,
                                            *current.children[index + 1:]])
        return None

    return walk(node) or node


def capitalize_note(text: str) -> str:
    """The note's text with its first letter in capitals ("du Réau E. …" → "Du Réau E. …");
    a note that opens with a digit is left as it is. Done on the text as written (the
    markers of formatting are neither letters nor digits), not on the rendered tree.
    Most notes open with a capital already ("Ibid.", a name): those are returned as
    they are, without a copy of the note."""
    first = text[:1]
    if first.isalpha() and first.upper() == first:
        return text
    for index, char in enumerate(text):
        if char.isalpha():
            return text[:index] + char.upper() + text[index + 1:]
        if char.isdigit():
            return text
    return text


def _with_children(span: Span, children: list[Node]) -> Span:
    return Span(children, prefix=span.prefix, suffix=span.suffix, formatting=span.formatting,
                quotes=span.quotes, display=span.display, nocase=span.nocase, role=span.role)
