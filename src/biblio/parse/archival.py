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

from biblio.data.archival_levels import (
    ARCHIVE_NOUNS,
    BY_SPELLING,
    DOCUMENT_REMARKS,
    ITEM_NUMBERS,
    LEAF,
    VERSO,
    ArchivalLevel,
)
from biblio.data.foreign_archives import FOLIO_TERMS, FOREIGN_ARCHIVES
from biblio.data.places import EXPANSIONS
from biblio.data.reference_terms import (
    DOCUMENT_NOUNS,
    HEREAFTER_WORDS,
    KEEP_PERIOD_ABBREVIATIONS,
    LETTER_QUALIFIERS,
)
from biblio.lazy_patterns import LazyPattern
from biblio.parse.areas import AREA_DASHES, split_areas
from biblio.parse.locators import VALUE, parse_pinpoint
from biblio.parse.patterns import alternation, contains_any

NUMBERED_UNIT = "№"
"""A manuscript department's unit ("ІР НБУВ. — Ф. 50. — № 8"): a level only below a fond."""
_VERSO = alternation(term.rstrip(".") for term in VERSO)
""""об", "зв": a verso after a leaf's number ("45зв."), not letters of a fond number."""
_SPELLINGS = "|".join(re.escape(s) for s in sorted(BY_SPELLING, key=len, reverse=True))

_LETTERED = r"\s?«[^\W\d_]{1,2}»"
"""A letter in quotes after a unit's number, as archives letter a fond's second and third
opis (the National Archive of Buryatia's «Оп. I «б»», «Оп. 1 «а»»): part of the number."""
_SPACED_PREFIX = r"[А-ФЦ-ЯЁ]{1,3}(?:\s?[—–]\s?|\s-\s?)(?=\d)"
"""A fond's letter before its number joined by a dash typed spaced or long, as Ukrainian and
Russian notes type the Soviet fonds' «Р-» («Ф. Р — 1878», «Ф. Р – 5446», «Ф. П–1»): read as
the hyphen GOST R 7.0.5-2008 prints («Ф. Р-5446»), the number being one designation. Not
«Х», which notes type for the Roman ten."""
_UNIT = (rf"(?:(?:[^\W\d_]{{1,3}}-|{_SPACED_PREFIX})?\d+[^\W\d_]{{0,3}}(?:[/-]\d+)?|[IVX]+)"
         rf"(?:{_LETTERED})?")
"""A fond, opis or file number: "558", "05", "Р-5446", "3а", "Р-8131сч", "12/3", "I «б»"."""

_LEVEL_VALUE = rf"""
    (?P<value>(?:[^\W\d_]{{1,3}}-|(?P<spaced>{_SPACED_PREFIX}))?
      (?:\d+(?!{_VERSO})[^\W\d_]{{2,3}}(?![^\W\d_.])  # "Р-8131сч": letters after the number
       |\d+/\d+(?=[,.;\s)]|$)                       # "д. 12/36": a file and its part
       |\d+[А-ЯЁA-Z](?=[,;)\s]|\.\s[^\W\d_]|$)       # "ф. 56А": a capital letter after
       # the number, not the page glued to it ("д. 2С. 14")
       |{VALUE})(?:{_LETTERED})?)                   # "Р-5446"; a leaf: a range or a list
    """
"""A level's number (the patterns' shared text), also a leaf's range or list."""
LEVEL = re.compile(rf"(?P<spelling>{_SPELLINGS})\s?{_LEVEL_VALUE}", re.VERBOSE)
UNIT_VALUE = re.compile(_UNIT)
SPACED_PREFIX_DASH = re.compile(r"\s?[—–-]\s?")
UNIT_PART = re.compile(r"\s?\(\d{1,3}\)")
"""A unit's part in parentheses after its number, as the Pushkin House numbers the parts
of a storage unit: "Ед. хр. 884 (2)"; a year in parentheses (UNIT_YEAR) has four figures."""
UNDOTTED_LEVEL = LazyPattern(
    rf"(?P<spelling>Оп|оп|Д|д|Спр|спр|Лл|лл|Л|л|Арк|арк)\s(?=\d){_LEVEL_VALUE}", re.VERBOSE)
"""A level's term below the fond typed without its period ("Оп. 15. Д 58. Л 122"), read
only after a level with its period: alone, "Д 5" or "Л 3" is no archival term."""
UNIT_NAME = re.compile(r"\s?\([^()\d]{2,80}\)")
"""A fond's name after its number, GOST R 7.0.5-2008 clause 11.4: "Ф. 223 (С. Д. Полторацкий)"."""
LEVEL_SEPARATOR = re.compile(rf"[,.;]?\s*(?:[{AREA_DASHES}]\s*)?")
"""Between levels: ", ", ". ", and ". — " with any dash ("Ф. 17. – Оп. 3"), also set close
to the next level ("Ф. 50. -№ 782", "Оп. 2.— Спр. 309")."""
UNIT_YEAR = re.compile(
    r",\s?(?P<year>(?:1[5-9]\d\d|20\d\d)(?:\s?г\.)?)|\s?(?P<enclosed>\((?:1[5-9]\d\d|20\d\d)\))")
"""A unit's year after its number and a comma, then the next level: "Ф. 400, 1916 г. Оп.
263/216", "Инв. 28, 1947. Л. 33" (one monograph's notes on the archives of Kyrgyzstan), also typed
with no space or in parentheses ("Инв. 28 (1947)");
kept in the unit's value as printed, as the level it dates. A year with «г.» before the
leaf is the document's (YEAR_BEFORE_LEAF)."""


def _unit_year(text: str, position: int) -> tuple[str, int]:
    """The unit's year (UNIT_YEAR) at `position`, spaced as GOST R 7.0.5 spaces the
    levels, and where it ends; "" and `position` if there is none: a year with «г.» before the leaf is the document's (YEAR_BEFORE_LEAF:
    "д. 5, 1905 г., л. 3")."""
    dated = UNIT_YEAR.match(text, position)
    following = LEVEL.match(text, LEVEL_SEPARATOR.match(text, dated.end()).end()) \
        if dated else None
    if following is None or \
            BY_SPELLING[following["spelling"]].name == LEAF and "г" in dated.group():
        return "", position
    return (f", {dated['year']}" if dated["year"] else f" {dated['enclosed']}"), dated.end()


YEAR_BEFORE_LEAF = re.compile(r"(?P<year>1[0-9]\d\d|20\d\d)\s?г\.?(?=[,.]?\s?(?:лл|Лл|л|Л)\.)")
"""The year of a file's document, printed between the file and the leaf: "Ед. хр. 1. 1916
г. Л. 65"."""
FOND = re.compile(rf"[фФfF](?<![^\s,.(][фФfF])(?:(?<=[fF])ond|(?<=[фФ])онд)?\.?\s?(?:{_UNIT})\b")
"""The start of an archival location: the fond ("ф", "Ф", "f", "F", "fond", "Fond", the
word written out "фонд") at
the start or after a space, comma, period or parenthesis, and its number. The letter
comes first, so that the regex engine scans for it instead of trying the lookbehind at
every position of every reference."""

ACRONYM = re.compile(r"\b[A-ZА-ЯЁІЇЄҐЎ]{2,}\b")
_CAPITALS = "А-ЯЁІЇЄҐЎ"

_BELOW_FOND_OPENINGS = ("оп.", "Оп.", "Дело №", "дело №", "Инв. №", "инв. №", "Инв.", "инв.",
                        "Арх. №", "арх. №")
BELOW_FOND_OPENING = LazyPattern(
    rf"[{_CAPITALS}][.,]\s?(?P<opening>{alternation(_BELOW_FOND_OPENINGS)})\s?\d")
"""A location that opens below the fond, right after the archive's siglum: an archive
that keeps one collection, or a fund that numbers its items, has no fond to state
("АРПМА, оп. 10, д. 180, док. 163, л. 15", a monastery's archive; "РФ ИЯЛИ НАН КР. Инв.
1503", an institute's manuscript fund; "РГАКФД. Арх. № 1-33379", a photo archive;
"АУФСБСПиЛО. Дело № 1071. Л. 181", a security service's archive of cases). Only these
Cyrillic terms open one: "Op." is also a musical opus, "Д."/"Т." alone a file or a volume
that goes on from the note before."""
SIGLUM = re.compile(rf"[{_CAPITALS}]{{2,}}(?:[а-яё]{{1,2}}[{_CAPITALS}]+)*"
                    rf"(?:\s[{_CAPITALS}]{{2,}}(?:[а-яё]{{1,2}}[{_CAPITALS}]+)*)*")
"""An archive's siglum, in one or more words of capitals, with the small letters of its
conjunctions ("РФ ИЯЛИ НАН КР", "АУФСБСПиЛО"): what must come before a location that
opens below the fond, since a name written out may be an author's or a title's."""

FOREIGN_ARCHIVE = re.compile(
    rf"(?P<archive>(?:(?P<name>[^,()]{{3,150}}?)\s\((?:{alternation(HEREAFTER_WORDS)})?\s?)?"
    rf"(?:{alternation(FOREIGN_ARCHIVES)})(?(name)\)))[,.]\s")
"""A foreign archive's acronym opening a reference: "SHD, ", "PA AA, ", also after its
name on first mention: "Service historique de la Défense (SHD), ", "… (hereafter
AMAE), " (biblio.parse.aliases keeps the acronym)."""
FOREIGN_ACRONYM_FIRST = re.compile(alternation(FOREIGN_ARCHIVES))
"""What FOREIGN_ARCHIVE needs at the start of a text with no "(" (the archive's name on
first mention comes with one): its acronym. Tested first, as FOREIGN_ARCHIVE's lazy name
tries up to 150 characters on every reference."""
FOREIGN_LEAF = LazyPattern(rf"(?:{alternation(FOLIO_TERMS)})\s?(?P<leaf>{VALUE})", re.VERBOSE)
"""The leaf after the shelfmark: "f. 45", "Bl. 5"."""



@dataclass
class ArchivalPath:
    """The location of a file and the leaf cited in it."""

    archive: str | None = None
    levels: list[tuple[ArchivalLevel, str, str]] = field(default_factory=list)
    """(level, printed spelling in lower case, value), fond first; the leaf excluded."""
    leaf: str | None = None
    title: str | None = None
    remark: str | None = None
    place: str | None = None
    """The archive's city, after it: "// ЦГАЛИ. – СПб. – Ф. 306"."""
    year: str | None = None
    """The year of the document, between the file and the leaf."""
    shelfmark: str | None = None
    """A foreign archive's call number, which has no levels: "FO 371/17308"."""
    named: bool = False
    """Whether the archive is cited by its name alone, with no levels."""
    leaf_label: str = "folio"
    """What the leaf counts: folios ("л. 5"), or pages of a paginated file ("с. 14")."""
    full_name: str | None = None
    """The archive's full name, in parentheses after its abbreviation: "ЦДАВО України
    (Центр. держ. архів вищ. органів влади та упр. України)"."""

    @property
    def item_numbered(self) -> bool:
        """Whether the file is an item of a manuscript collection cited by its number alone,
        with no fond ("ИРЛИ. № 30706. Л. 32.", "РГАКФД. Арх. № 1-33379."): a path of levels
        never opens with "№"."""
        return bool(self.levels) and (self.levels[0][1] == NUMBERED_UNIT or
                                      self.levels[0][0].name in ITEM_NUMBERS)

    def location(self) -> str:
        if self.shelfmark is not None and not self.levels:
            return self.shelfmark
        return ", ".join(f"{spelling} {value}" for _, spelling, value in self.levels)

    def replaced_by(self, stated: ArchivalPath) -> ArchivalPath:
        """This path with the levels `stated` replaces: a stated level and all below it.

        "Там же, д. 70" after "ф. 05, оп. 13, п. 94, д. 64" keeps п. 94 (rank above
        д.) and replaces д. 64.
        """
        if not stated.levels:
            return ArchivalPath(self.archive, list(self.levels), stated.leaf,
                                stated.title or self.title, stated.remark,
                                leaf_label=stated.leaf_label)
        top = min(level.rank for level, _, _ in stated.levels)
        kept = [entry for entry in self.levels if entry[0].rank < top]
        return ArchivalPath(self.archive, kept + stated.levels, stated.leaf, stated.title,
                            stated.remark, leaf_label=stated.leaf_label)


def locates_from_the_fond(path: ArchivalPath | None) -> bool:
    """Whether `path` states its file from the fond down ("Ф. 2. Оп. 1. Д. 25622"): all
    of its location but the archive. Levels below the fond alone ("Д. 10", "д. 13, л. 76")
    continue a file the note before located."""
    return path is not None and bool(path.levels) and path.levels[0][0].name == "fond"


def parse_levels(text: str, start: int = 0) -> tuple[ArchivalPath, int]:
    """Levels from `start` on, and where they stop; the leaf becomes `leaf`."""
    path = ArchivalPath()
    position = end = start
    while True:
        match = LEVEL.match(text, position) or \
            (UNDOTTED_LEVEL.match(text, position) if path.levels else None)
        if match is None:
            break
        spelling = match["spelling"] if match.re is LEVEL else f"{match['spelling']}."
        level = BY_SPELLING[spelling]
        if spelling == NUMBERED_UNIT and not path.levels:
            break  # "№ 6" alone is an issue ("Родина. 1995. № 5. …; № 6."), not a unit
        value = match["value"].strip()
        if level.name == LEAF:
            path.leaf, end = value, match.end()
        else:
            unit = UNIT_VALUE.match(value)
            if unit is None or path.leaf is not None:
                break
            value = unit.group()
            end = match.start("value") + len(value)
            if match["spaced"]:
                value = SPACED_PREFIX_DASH.sub("-", value, count=1)
            name = (UNIT_NAME.match(text, end) if not path.levels else None) or \
                UNIT_PART.match(text, end)  # after a file, a name is its title (clause 11.9)
            if name:  # kept in the location as printed
                value += name.group()
                end = name.end()
            year, end = _unit_year(text, end)
            path.levels.append((level, spelling.lower(), value + year))
        position = LEVEL_SEPARATOR.match(text, end).end()
        dated = YEAR_BEFORE_LEAF.match(text, position) if path.leaf is None else None
        if dated:
            path.year = dated["year"]
            position = LEVEL_SEPARATOR.match(text, dated.end()).end()
    return path, end


def _without_closing_period(text: str) -> str:
    """A title's last period goes, unless it closes an abbreviation ("1935 г.")."""
    text = text.rstrip(" ,")
    word = text[:-1].rsplit(" ", 1)[-1].lower()
    if text.endswith(".") and not text.endswith("...") and word not in KEEP_PERIOD_ABBREVIATIONS:
        return text[:-1].rstrip()
    return text


def parse_shelfmark(text: str) -> ArchivalPath | None:
    """"TNA, FO 371/17308, f. 45" → archive, shelfmark and leaf; None if it is not one."""
    text = text.strip().rstrip(".")
    archive = FOREIGN_ARCHIVE.match(text)
    if archive is None:
        return None
    shelfmark, leaf = text[archive.end():], None
    head, _, last = shelfmark.rpartition(", ")
    found = FOREIGN_LEAF.fullmatch(last) if head else None
    if found:
        shelfmark, leaf = head, found["leaf"].strip()
    if not any(char.isdigit() for char in shelfmark) or " // " in shelfmark:
        return None
    return ArchivalPath(archive=archive["archive"], leaf=leaf, shelfmark=shelfmark.strip())


NAMED_ARCHIVE = LazyPattern(
    rf"""
    (?P<name>[{_CAPITALS}][^\d«»"“”„/;:]{{1,150}}?)           # the repository, no number in it
    (?:\s\((?P<place>[{_CAPITALS}][^\W\d_]+(?:[\s-][{_CAPITALS}][^\W\d_]+)?)\))?   # (Москва)
    (?:\.\s?(?P<hereafter>(?:{alternation(word.capitalize() for word in HEREAFTER_WORDS)})
       \s?[{AREA_DASHES}]?\s?[^\s.]+))?                        # . Далее-ЦГАЛИ
    (?:\.?\s[{AREA_DASHES}]\s(?P<title>[^\d]+?))?            # . — Переписка …
    \.?
    """,
    re.VERBOSE,
)
"""An archive cited by its name alone, as notes on a writer's papers cite a family's or a
museum's archive: "Архив Ин-та русской литературы (Ленинград).", "Архив Музея Н.
Островского в Москве. — Переписка …", "Центральный Государственный архив литературы и
искусства (Москва). Далее-ЦГАЛИ.", "Хмельницкий областной партархив Обкома КП (б) У.".
The sentence defining an abbreviation ("Далее-ЦГАЛИ") is the note's word on the citation,
kept as its remark (the cite's suffix); the archive keeps the name as printed."""
REPOSITORY_STEMS = ("архив", "Архив", "рукопис", "Рукопис")
"""Stems one of which a name alone must hold (the cheap test before REPOSITORY_WORD)."""
REPOSITORY_WORD = LazyPattern(
    r"(?<![^\s-])(?:[А-ЯЁа-яё]*архив|Архив|[Рр]укопис(?:ей|ный|ного))(?![^\W\d_])")
"""The word for an archive ("Архив", "партархив") or a manuscript department ("Отдел
рукописей", "Рукописный отдел") as a whole word in the nominative: a name alone is read as
a repository only with it (not a library's or a museum's name, which also names books, nor
a sentence about archives: "Глава написана по материалам архивов.")."""
ARCHIVE_ACRONYM = re.compile(r"[А-ЯЁ]*(?:ГА|ЦА|АРАН|АВП)[А-ЯЁ]*(?:\s(?:РФ|СССР|СПб|РАН))?")
"""An archive's acronym cited alone: "ЦГАЛИ.", "ГАЯО", "ЦАМО", "ГА РФ": state archives
(государственный архив), central archives (центральный архив) and the academy's and
foreign ministry's, as their names abbreviate."""


FINITE_VERB = LazyPattern(r"\s[а-яё]+(?:ся|сь|л|ла|ло|ли|ет|ют|ит|ят)(?![^\W\d_])")
"""A lower-case word with a verb's ending ("был", "хранится", "утратили"): a sentence
about an archive ("Этот архив был утрачен."), not a repository's name."""


def parse_named_archive(text: str) -> ArchivalPath | None:
    """An archive named with no levels at all, or None: the whole text must be the name
    (with its city, its "далее" acronym or a document's title after a dash)."""
    text = text.strip()
    if ARCHIVE_ACRONYM.fullmatch(text.rstrip(".")):
        return ArchivalPath(archive=text.rstrip("."), named=True)
    match = NAMED_ARCHIVE.fullmatch(text) if contains_any(REPOSITORY_STEMS, text) else None
    if match is None or not REPOSITORY_WORD.search(match["name"]) or \
            FINITE_VERB.search(match["name"]):
        return None
    return ArchivalPath(archive=match["name"].strip(), title=match["title"],
                        remark=match["hereafter"], place=match["place"], named=True)


_LEAF_TERM = alternation(spelling for spelling, level in BY_SPELLING.items()
                         if level.name == LEAF and spelling.endswith("."))
"""The leaf's abbreviated terms of the archival levels' table ("л.", "лл.", "арк.", "l.")."""
NUMBERED_ITEM = LazyPattern(
    rf"""
    (?P<archive>[{_CAPITALS}][^\d№«»"“”„/;:]{{1,150}}?)[.,]?\s   # the repository
    №\s?(?P<unit>\d+(?:[/-](?:\d+|[^\W\d_]{{1,3}}))?)            # № 30706, № 1960/Р
    (?:[.,]\s?(?:{_LEAF_TERM})\s?(?P<leaf>{VALUE}))?                # . Л. 32
    \.?
    """,
    re.VERBOSE,
)
"""An item of a manuscript collection by its inventory number, with no fond, as the
commentaries of writers' letters and a theatre director's papers cite them: "ИРЛИ. №
30706. Л. 32." (the Pushkin House), "Музей Театра им. Евг. Вахтангова. № 1960/Р.". A "№"
after a name is an issue of a periodical too ("Родина. № 5"), so the repository must say
it is one: a name with a repository's word ("Музей …", "Отдел рукописей …"), or an
acronym whose item is cited with its leaf."""


def parse_numbered_item(text: str) -> ArchivalPath | None:
    """An item of a collection by its number alone (NUMBERED_ITEM), or None."""
    match = NUMBERED_ITEM.fullmatch(text.strip())
    if match is None:
        return None
    archive = match["archive"].strip()
    if not (contains_any(ARCHIVE_NOUNS, archive) or REPOSITORY_WORD.search(archive) or
            ACRONYM.fullmatch(archive) and match["leaf"]):
        return None
    return ArchivalPath(archive=archive, levels=[(BY_SPELLING[NUMBERED_UNIT], NUMBERED_UNIT,
                                                  match["unit"])],
                        leaf=match["leaf"])


def _looks_like_archive(name: str) -> bool:
    return bool(ACRONYM.search(name)) or len(name.split()) <= 4 or \
        contains_any(ARCHIVE_NOUNS, name)


def _place_after(archive: str) -> tuple[str, str | None]:
    """The archive and its city when an area dash parts them: "ЦГАЛИ. – СПб"."""
    head, dash, last = archive.rpartition(" ")
    place = EXPANSIONS.get(last) or EXPANSIONS.get(last + ".")
    if place is None or not head.endswith(tuple(AREA_DASHES)):
        return archive, None
    return head.rstrip(" .,:" + AREA_DASHES), place


ABBREVIATION_THEN_NAME = re.compile(r"(?P<short>[^()]+?)\s\((?P<full>[^()]{10,})\)")
"""An archive's abbreviation, then its full name in parentheses (DSTU GOST 7.1:2006 and
DSTU 8302:2015 cite the archive "by its abbreviated and full name")."""


def _last_area_with_parenthesis(prefix: str) -> tuple[str, str] | None:
    """What comes before an archive whose name closes with a parenthesis, and the
    archive: the areas are looked for before the parenthesis, whose abbreviations'
    periods ("Центр. держ. архів") end no area."""
    opening = prefix.rfind("(")
    if not prefix.endswith(")") or opening < 0:
        return None
    areas = split_areas(prefix[:opening].rstrip())
    if len(areas) < 2 or not _looks_like_archive(areas[-1].text):
        return None
    return _without_closing_period(prefix[: areas[-1].start]), prefix[areas[-1].start:].strip()


DATED_DESCRIPTION_END = re.compile(r"(?<!\d)\d{4}(?:\s?[–—-]\s?\d{2,4})?\s?гг?\.\]?$")
"""How a document's description closes with its date, a year and its «г.» or «гг.»
("13 апреля 1932 г.", "б/д [январь 1934 г.]", "1932–1933 гг.") before its archive in
parentheses; a word ending in «г.» ("в Оренбург.") is no date."""


DOCUMENT_KIND_THEN_WHOSE = LazyPattern(
    rf"(?P<qualifier>(?:{alternation(LETTER_QUALIFIERS)})\s)?(?P<kind>[А-ЯЁа-яё]+)\s(?:[А-ЯЁ]|\d)")
"""A document's kind, after an adjective that qualifies it or not, then the person or the
body it is from or to, by a capital or a number ("Служебная записка 3-го отдела …",
"Докладная записка Наркомзема …", "Письмо Рошаля …"): not a word of a sentence ("Письмо
было отправлено …")."""
SECOND_SENTENCE = re.compile(r"[.!?]\s[А-ЯЁ][а-яё]")


def _names_a_document(described: str) -> bool:
    """Whether a description before an archive in parentheses names a document by its
    kind and whose it is, in one sentence: "Служебная записка 3-го отдела на имя Сталина
    от 26 февраля 1953 г. о позиции советского правительства … (АВП РФ. Ф. 084 …)" (batch
    46, a note on Stalin's 1952 note), its date inside it, not closing it."""
    opening = DOCUMENT_KIND_THEN_WHOSE.match(described)
    if opening is None or SECOND_SENTENCE.search(described):
        return False
    kind = opening["kind"].capitalize() if opening["qualifier"] else opening["kind"]
    return kind in DOCUMENT_NOUNS


def _enclosed_archive(prefix: str, after: str) -> tuple[str, str] | None:
    """What comes before an archival location printed in parentheses after the document
    it locates, and the archive: "Протокол, 13 апреля 1932 г. (ЦАГМ. Ф. 665. Оп. 1. Д. 30.
    Л. 20).", "Ср. письмо студента Данилина …, б/д [январь 1934 г.] (ГА РФ. Ф. Р-7952. …)"
    (a monograph on the Moscow metro). The description closes with the document's date, or
    opens with its kind and holds no verb (`_names_a_document`): a sentence of prose before
    an archive in parentheses ("… хранящейся в его архиве в Русском
    музее в Санкт-Петербурге (ГРМ. Ф. 137. …)", batch 25) is the note's commentary
    (biblio.parse.commentary). The parenthesis opens before the archive and closes after the
    location, so the archive's own parenthesis ("Центр. держ. архів (ЦДАВО)") is not one."""
    opening = prefix.rfind("(")
    if opening <= 0 or ")" in prefix[opening:] or not after.startswith(")"):
        return None
    described = prefix[:opening].rstrip()
    if not DATED_DESCRIPTION_END.search(described) and not _names_a_document(described):
        return None
    archive = prefix[opening + 1:].strip(" ,.:")
    if not archive or not _looks_like_archive(archive):
        return None
    return _without_closing_period(prefix[:opening].rstrip()), archive


def _full_name_apart(path: ArchivalPath) -> None:
    """The archive's abbreviation as its name, its full name (ABBREVIATION_THEN_NAME)
    kept apart."""
    named = ABBREVIATION_THEN_NAME.fullmatch(path.archive or "")
    if named and ACRONYM.search(named["short"]) and len(named["full"]) > len(named["short"]):
        path.archive, path.full_name = named["short"].strip(), named["full"].strip()


REMARK_BEFORE_ARCHIVE = LazyPattern(
    # «Имеется (также)», «Сохранилась»: the commentary's sentence that a source exists
    r"(?P<remark>(?:(?:Имее?тся|Имеются|Сохранил(?:ся|ась|ось|ись))\s(?:также\s|тоже\s)?)?"
    # the form of the document, with its adjective: «Черновой автограф», «копия»
    rf"(?:[А-ЯЁа-яё][а-яё]+(?:ой|ый|ая|ые|ое)\s)?"
    rf"(?:{alternation({*DOCUMENT_REMARKS, *(remark.lower() for remark in DOCUMENT_REMARKS)})})"
    # what the copy is, up to the dash: «с карандашными поправками», «, принадлежавшая …»
    rf"(?:,?\s[^:{re.escape(AREA_DASHES)}]{{1,80}}?)?)"
    rf"(?:\s[{AREA_DASHES}]\s|:\s)")
"""The form of the document, then a dash or a colon, before the archive that keeps it, as
the commentaries of writers' editions name the source of a text: "Автограф — РГАЛИ. Ф.
1348 …", "Черновой автограф — ИРЛИ, ф. 244 …", "Копия — ЦГАЛИ …", "Автограф: ИРЛИ, ф. 244
…", in a sentence that says it exists and what it is ("Имеется черновой автограф с
карандашными поправками – ГИМ, ф. 445, № 227а …", "Копия, принадлежавшая А. А.
Краевскому, тоже без заглавия – ИРЛИ, оп. 2, № 49."): the remark GOST R 7.0.5 prints after
the location, kept as the cite's remark, not in the archive's name."""


def _remark_before(prefix: str, path: ArchivalPath) -> str:
    """The prefix without a remark on the form before it (REMARK_BEFORE_ARCHIVE), which
    goes to `path.remark`."""
    remark = REMARK_BEFORE_ARCHIVE.match(prefix)
    if remark is None:
        return prefix
    path.remark = remark["remark"].rstrip(",")
    return prefix[remark.end():]


def parse_archival(text: str) -> ArchivalPath | None:
    """An archival reference, or None when `text` has no fond."""
    opens = "(" in text or FOREIGN_ACRONYM_FIRST.match(text) is not None
    shelfmark = parse_shelfmark(text) if opens and FOREIGN_ARCHIVE.match(text) else None
    if shelfmark is not None:
        return shelfmark  # "TNA, FO 371/17308, f. 45": "f." is a folio, not a fond
    fond = FOND.search(text)
    below_fond = None if fond or not contains_any(_BELOW_FOND_OPENINGS, text) else \
        BELOW_FOND_OPENING.search(text)  # the terms looked for first: most references
    # have none, and the pattern tries every capital
    if fond is None and below_fond is None:
        numbered = parse_numbered_item(text) if NUMBERED_UNIT in text else None
        return numbered or parse_named_archive(text)
    start = fond.start() if fond else below_fond.start("opening")
    path, end = parse_levels(text, start)
    if not path.levels:
        return None
    prefix = text[:start].rstrip(" ,.:;" + AREA_DASHES)
    title = None
    enclosed = None
    if "(" in prefix:
        after = text[end:].lstrip(" ,.;")
        if (enclosed := _enclosed_archive(prefix, after)) is not None:
            end = len(text) - len(after) + 1  # the closing parenthesis
    if enclosed is not None:
        title, prefix = enclosed
    elif " // " in prefix:
        title, prefix = (part.strip() for part in prefix.rsplit(" // ", 1))
    elif (parted := _last_area_with_parenthesis(prefix)) is not None:
        title, prefix = parted
    else:
        areas = split_areas(prefix)
        if len(areas) > 1 and _looks_like_archive(areas[-1].text):
            title, prefix = _without_closing_period(prefix[: areas[-1].start]), areas[-1].text
    if title is None and " " in prefix:
        prefix = _remark_before(prefix, path)
    if not prefix or not _looks_like_archive(prefix) or \
            below_fond is not None and not SIGLUM.fullmatch(prefix):
        return None
    path.archive, path.place = _place_after(prefix)
    _full_name_apart(path)
    path.title = title
    trailing = text[end:].strip(" ,.;")
    pinpoint = parse_pinpoint(trailing) if trailing and path.leaf is None else None
    if pinpoint:  # "д. 2, с. 14": the page of a paginated file, the cite's pinpoint
        path.leaf_label, path.leaf = pinpoint
    elif trailing:
        inner = _without_closing_period(trailing.strip("()[] "))
        if all(remark.rstrip(".") in DOCUMENT_REMARKS for remark in inner.split(". ")):
            path.remark = f"{path.remark}; {trailing}" if path.remark else trailing
        elif path.title is None:
            path.title = inner
        else:
            path.remark = trailing
    return path
