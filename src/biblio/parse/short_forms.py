"""Short forms of the note styles of other traditions: family names without initials.

GOST writes a repeat with the heading's initials ("Шубин А.В. Указ. соч."); other
traditions name the author by the family name alone and let a marker, a year, a note
number or a short title say which work:

- a marker after the names: "Smith, op. cit., p. 12", "Vogel, id., p. 79" (Bluebook
  4.1), "Rossi, cit., p. 5" and "Rossi, Storia di Venezia, cit., p. 5" (Italian),
  "Geiger, a.a.O., S. 7", "Smith, loc. cit.";
- a back-reference to the note of the full reference: "Harris and Jones, op. cit.,
  n. 40, at p. 54", "Thornton, op. cit. (1996), n. 4", "Smith, supra note 12, at 45"
  (Bluebook 4.2), "Smith, above, n. 12", "Smith (n 12) 45" (OSCOLA 1.4), "Zweigert
  (oben N. 17) 157 ff.", "Carbonnier (vorige N.) a.a.O.";
- author and year: "Geiger 1964, S. 65", "(Smith 2001: 45)", "Smith (2001), p. 3",
  "Blankenburg/Schönholz/Rogowski 1979, S. 78 ff." (Chicago 15.9, DIN 1505-2);
- the Chicago short form (CMOS 14.29–14.32): "Medvedev, Let History Judge, 263–72.",
  "Bracher, Weiß, and Oberländer, “Quellen,” 95.", "De Mourin, Coming, 3:257." (a
  particle capitalized at the start of a note, 8.5; volume and page, 14.23), and the
  short title alone for a work without author ("“Krieg,” 12.", 14.32) — tentative: a
  cite only when a full reference of those authors (or, without authors, any full
  reference) begins with the title.

Every pattern matches a whole reference, so a full reference is never read as one;
what follows the locator is kept as leftover.
"""

from __future__ import annotations

import re

from biblio.data.given_names import GIVEN_NAMES
from biblio.data.name_particles import PARTICLES
from biblio.data.reference_terms import (
    ABOVE_WORDS,
    LOCATOR_WORDS,
    NOTE_WORDS,
    PREVIOUS_NOTE_PHRASES,
    SHORT_FORM_MARKERS,
)
from biblio.designations import set_designation
from biblio.lazy_patterns import LazyPattern
from biblio.model import Date, Leftover, Name
from biblio.parse.locators import ROMAN, VALUE, VOLUME, parse_pinpoint
from biblio.parse.names import ET_AL_PATTERN, UPPER, is_family_alone, is_given_abbreviation
from biblio.parse.patterns import PRINTED_YEAR, alternation
from biblio.parse.reference import Reference
from biblio.translit import has_cyrillic

_WORD = rf"[{UPPER}][^\W\d_]*(?:[-’'][{UPPER}]?[^\W\d_]+)*"
FAMILY = rf"(?:(?:{alternation(PARTICLES)})\s)?{_WORD}(?:\s(?![IVX]+\b){_WORD}){{0,2}}"
"""A family name as printed alone: "Vogel", "O’Donovan", "Benda-Beckmann", "Le Brun",
"van Houtte", "Albertson Fineman"; a body: "IDE-International Research Group". A Roman
number after it is a volume, not a word of the name ("Zweigert/Kötz I 12 ff")."""
NAME_SEPARATOR = re.compile(
    r"\s?/\s?|,?\s(?:and|und|&|e|et|и)\s|,\s(?=[^,]*,?\s(?:and|und|&)\s)")
_ET_AL = rf",?\s{ET_AL_PATTERN}\.?"
""""et al.", "u. a.", «и др.» after the names (`names.ET_AL_PATTERN`)."""
FAMILIES = re.compile(
    rf"(?P<names>{FAMILY}(?:(?:{NAME_SEPARATOR.pattern}){FAMILY}){{0,5}})(?P<et_al>{_ET_AL})?")
"""Family names joined by "/", "and", "und", "&": "Blankenburg/Schönholz/Rogowski"."""

LEADING_INITIALS = LazyPattern(
    rf"(?P<given>(?:[{UPPER}][^\W\d_]{{0,4}}\.\s?){{1,2}})(?=[{UPPER}][^\W\d_])")
"""A person's initials before the family, as Soviet notes print a repeat in the comma
style: "Б. Д. Греков, указ. соч., стр. 45", a given name cut short among them ("Дж. Кеннан,
указ. соч.", "Вл. И. Немирович-Данченко, указ. соч."; `names.is_given_abbreviation`
tells it from another word's abbreviation); read so only before a marker."""
MARKER = re.compile(
    rf"(?:,\s?|\s)(?P<marker>{alternation(SHORT_FORM_MARKERS)})(?=$|[\s,.;:()])")
TITLE_AND_MARKER = re.compile(
    rf",\s(?P<title>[^,()]{{2,150}}?),\s(?P<marker>{alternation(SHORT_FORM_MARKERS)})"
    r"(?=$|[\s,.;:()])")
"""An Italian short title before "cit.": "Rossi, Storia di Venezia, cit."."""

_NOTE = rf"(?:{alternation(NOTE_WORDS)})\s?"
_ABOVE = rf"(?:{alternation(ABOVE_WORDS)})"
BACK_REFERENCE = re.compile(
    rf"""(?:,?\s?\(\s?(?:{_ABOVE}\s)?{_NOTE}(?P<in_brackets>\d+)\s?\)    # (oben N. 17), (n 12)
        |,?\s(?:{_ABOVE},?\s)?{_NOTE}(?P<note>\d+)                      # , n. 18; above, n. 12
        |,?\s?\(?(?P<previous>{alternation(PREVIOUS_NOTE_PHRASES)})\)?)  # (vorige N.)
    """,
    re.VERBOSE,
)
YEAR = rf"{PRINTED_YEAR}[a-z]?"
YEAR_OPENINGS = ("1", "2")
"""The figures YEAR opens with."""
PAREN_YEAR = LazyPattern(rf"\s?\((?P<year>{YEAR})\)")
_CYRILLIC_FAMILY = r"[А-ЯЁІЇЄҐ][а-яёіїєґ’'-]+"
AUTHOR_YEAR_NAMES = LazyPattern(
    rf"(?P<names>{_CYRILLIC_FAMILY}(?:,\s{_CYRILLIC_FAMILY}){{1,5}}(?=(?:{_ET_AL})?\s\(?{YEAR})"
    rf"|{FAMILY}(?:(?:{NAME_SEPARATOR.pattern}){FAMILY}){{0,5}})(?P<et_al>{_ET_AL})?")
"""The names of an author–year cite; in Russian notes also joined by bare commas, each
a word, right before the year (GOST R 7.0.5-2008 clause 7.5: "Миргалеев, Нуранеев
2003"); a comma before the year or a name of two words makes a title and its imprint
("Молотов, Маленков, Каганович, 1957", "Pietro Longhi, Milano 1956")."""
YEAR_AFTER_NAMES = re.compile(rf"(?:,\s{FAMILY})*(?:{_ET_AL})?,?\s\(?{YEAR}")
"""What follows the first name of an author–year cite: a cheap test before the whole
pattern."""
AUTHOR_YEAR = LazyPattern(
    rf"""\(?{AUTHOR_YEAR_NAMES.pattern},?\s\(?(?P<year>{YEAR})\)?
        (?:\s(?P<volume>[IVXLC]+)(?=,))?                  # "Матлин 1997 I, 89–90"
        (?:(?:[,:.]\s?|\s)(?P<locator>[^()]+?))?\)?[.,;]?""",
    re.VERBOSE,
)
TITLE_YEAR = LazyPattern(
    rf"(?P<title>[{UPPER}][^,;()\[\]]{{2,150}}?),\s(?P<year>{YEAR})(?:,\s(?P<locator>[^,;()]+?))?")
"""A bracketed cite by a title and its year (GOST R 7.0.5-2008 clause 7.5, the works of
four or more authors, cited by title): "[Современные проблемы реализма и модернизма,
1989]"; read only in square brackets and where the title has a lower-case word, which
no family name has."""
KEY_TITLE_YEAR = LazyPattern(
    rf"(?P<title>[{UPPER}][^,;.()\[\]№«»\"]{{2,150}}?),\s(?P<year>{YEAR})(?:\sг\.)?"
    rf"(?:[,.]\s(?P<locator>[^()]+?))?\.?")
"""The same cite by a title and its year outside square brackets, as notes key a work in
the author–year manner when no author heads it: "Притчи и слова, 2003. С. 124-128.",
"Словарь древнерусского языка, 1989. С. 306", "(Повесть временных лет, 1996. С. 11-12)"
(a monograph on Slavic legends, dev set batch 45), "Литература Древней Руси, 1999, с. 14".
Read only where the title holds no period (a place's abbreviation would be an imprint's:
"Очерки истории. М., 1957") and a lower-case word other than a conjunction or a particle
(`_keys_by_title`), no numero and no quotes (a periodical's issue: "Журнал «Отечественная
история» № 3, 2004."), and where the pinpoint after the year, «г.» or none, has its word."""
KEY_JOINING_WORDS = frozenset({"и", "and", "et", "und", "u", "&"}) | frozenset(PARTICLES)
"""Lower-case words of a list of family names ("Иванов и Петров, 2001", "Van der Berg"),
which make no title."""
NAME_PERIOD = LazyPattern(rf"(?P<name>{_WORD}(?:\s\({_WORD}\))?)\.\s")
"""One name, or a name in religion with the family name in parentheses, closed by a
period: "Джавахишвили. ", "Зенон (Иараджули). "."""
YEAR_VOLUME_PINPOINT = LazyPattern(
    rf"(?P<year>{YEAR})\.(?:\s(?P<volume>{VOLUME.pattern})\.)?\s(?P<locator>.+)")
"""The rest of an author–year cite with periods, the form of an encyclopedia's references
to its literature list and of some historians' notes: the year, the volume, the pinpoint
("Джавахишвили. 1979. Т. 1. С. 340", "Зенон (Иараджули). 2005. С. 30", "Вахушти
Багратиони. 1973. Т. 4. С. 3-15" in the Orthodox Encyclopedia, "Ворожейкин. 1984. С.
22-25." in a history of the Moscow metro). Read only with the pinpoint after the year: a
periodical named by one word gives an issue there ("Рабис. 1929. № 43. С. 15.",
"Правда. 1960. 4 июня. С. 2."), and a title may be a year ("1937. М., 1996")."""
AUTHOR_YEAR_SEPARATOR = LazyPattern(rf"{NAME_SEPARATOR.pattern}|,\s")
OLD_COLUMN = LazyPattern(rf"ст\.\s?(?P<value>{VALUE})", re.VERBOSE)
"""Columns abbreviated "ст." as older notes print them for the chronicles ("ПСРЛ 1863, ст.
418-419"; GOST 7.0.12 writes "стб."): read so only after an author–year cite, where no
law's article ("ст. 1447") stands."""
ACRONYM_TITLE = LazyPattern(r"[A-ZА-ЯЁІЇЄҐ]{2,8}")
"""A source named by the letters of its title, not an author: "ПСРЛ 1863" (Полное
собрание русских летописей), "ПСЗ", "РК 1598" (the informal readers' rule too)."""
FIRST_PRINTED_YEAR = 1700
"""Before it a number after an abbreviated title names the document's own year ("РК
1598", the Разрядная книга of 1598), not an edition's."""
_OPENING_PARTICLE = alternation(sorted({p[:1].upper() + p[1:] for p in PARTICLES}))
_CHICAGO_NAMES = (rf"(?:(?:{_OPENING_PARTICLE})\s{_WORD}|{FAMILY})"
                  rf"(?:(?:,\s|,?\s(?:and|&)\s){FAMILY}){{0,2}}")
"""Up to three family names joined as CMOS 14.76 joins them, the first with its
particle capitalized at the start of a note ("De Mourin and de Gaulle"); "et al."
after the first of four or more is left out of the names, as the full note's is."""
CHICAGO_SHORT = LazyPattern(
    rf"""(?:(?P<names>{_CHICAGO_NAMES})(?:\set\sal\.)?,\s)?
        (?:[‘“"](?P<quoted>[{UPPER}](?:[^’”"]|’(?=\w)){{0,150}}?),?[’”"]  # “Gulag,” ‘L’URSS,’
           (?:\s(?P<after_quote>[^,]+?))?
         |(?P<title>[{UPPER}][^,\d]{{1,150}}?)(?:,\s(?P<locator>[^,]+?))?)
        \.?""",
    re.VERBOSE,
)
"""CMOS 14.29: the family names, up to four words of the title, the pages. Compiled at
its first use: 2.9 ms (best of 5), and a Russian text seldom has a Chicago short form
(the sample and the 10,168-note article of bench_article_stages.py have none)."""
LONE_YEAR = LazyPattern(YEAR)
"""A number that reads as a year: "…, John Wiley & Sons, 1987." is no short title and page."""
VOLUME_PAGE = LazyPattern(rf"(?P<volume>\d+):\s?(?P<page>{VALUE})", re.VERBOSE)
"""CMOS 14.23: "3:257", page 257 of volume 3."""

VOLUME_BEFORE_LOCATOR = LazyPattern(
    rf"(?:(?P<volume>{VOLUME.pattern})|(?P<bare>{ROMAN}))(?:,\s?|\.\s)(?P<rest>.+)")
"""The volume between a repeat's marker and its pinpoint, with its term or a bare Roman
numeral: "Da Mosto, op. cit., vol. I, p. 202", "Regesti cit., Vol. I, p. 199", "Mantese,
op. cit., IV, p. 793" (Italian notes), "Иванов, указ. соч., т. 2, с. 45", "Geiger, a.a.O.,
Bd. 2, S. 7" (the volume of the work cited in full before); read only where a pinpoint
follows."""
LOCATOR_WORD = LazyPattern(
    rf"(?P<word>{alternation(LOCATOR_WORDS)})\s?(?P<value>\d+(?:\.\d+)+|{VALUE})", re.VERBOSE)
"""A locator word and its number: "para 4.6" (a numbered paragraph), "§ 5", "Chapter VIII"."""
BARE_VALUE = LazyPattern(VALUE, re.VERBOSE)
AT = re.compile(r"(?:at|bei|à|a)\s")
_QUOTES = "‘’“”\"«»„"
AUTHOR_PAGE = re.compile(
    r"\s(?:(?P<volume>[IVX]{1,4})\s)?(?P<page>(?P<first>\d{1,4})(?:[-–]\d{1,4})?(?:\s?ff?\b)?)[.,;]?")
"""German legal notes' repeat by the authors and the page alone: "Vallier 423 ff.",
"Rokkan/Verba/Viet/Almasy 117 ff." (the work named in full in an earlier note); a Roman
volume before the page, "Zweigert/Kötz I 12 ff", "Roberti III 101-130"."""

LATIN_NAME_SEPARATOR = re.compile(r"\s(?:and|&|и)\s")
_LATIN_FAMILY = r"""(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]++)?
                    |[А-ЯЁ][а-яё]{2,}+(?:-[А-ЯЁ][а-яё]++)?)"""
"""The family of a foreign work's author, as printed or transcribed into Cyrillic by the
Russian note that keeps the work's title in its own language ("Голдстейн. Sino-Soviet
Alliance. С. 54–55"). Its letters are possessive: a space or a period follows them,
never a letter (issue 9)."""
LATIN_SHORT_TITLE = re.compile(
    rf"""(?P<names>{_LATIN_FAMILY}(?:{LATIN_NAME_SEPARATOR.pattern}{_LATIN_FAMILY})?)
        \.\s                                                     # Fennell.
        (?P<title>[A-ZÀ-ÖØ-Þ][^.,:;\d…—()«»“”"]{{0,80}}?)…?      # Correspondence
        (?:,\s|\.\s|\s—\s)(?P<locator>.+)                         # , pp. 82-83""",
    re.VERBOSE,
)
"""A foreign work shortened in a Russian note to the family name, a short title of a
few words in Latin script and the pinpoint: "Fennell. Correspondence, pp. 82-83", "Kappeler.
Russland. P. 140-141", "Franklin and Shepard. Emergence of Rus… — P. 246–249", «Голдстейн.
Sino-Soviet Alliance. С. 54–55». A Latin word
alone cannot say it is a name ("Relations. P. 1."), but a word before a title and a
pinpoint is its author: a full reference has an imprint (a place, a year) instead."""


def spaced(markers: tuple[str, ...]) -> list[str]:
    """Markers of one word letter-spaced, as old books print them: "I b i d", "E b d"."""
    return sorted({" ".join(marker.rstrip(".")) for marker in markers
                   if " " not in marker and len(marker.rstrip(".")) > 2})


def read_locator(text: str) -> tuple[str, str] | None:
    """A pinpoint of any tradition: "p. 36", "S. 65", "at 45", "at p. 284", "para 4.6",
    "Chapter VIII", "157 ff.", "263–72" (a bare number is a page)."""
    text = text.strip().rstrip(",;")
    at = AT.match(text)
    if at:
        text = text[at.end():]
    for candidate in (text, text.rstrip(".")):
        pinpoint = parse_pinpoint(candidate) or (parse_pinpoint(candidate + ".")
                                                 if candidate[:1].isalpha() else None)
        if pinpoint:
            return pinpoint
        word = LOCATOR_WORD.fullmatch(candidate)
        if word:
            return LOCATOR_WORDS[word["word"]], word["value"].strip()
        if BARE_VALUE.fullmatch(candidate) and candidate[:1].isdigit():
            return "page", candidate.strip()
    return None


def _title_year(match: re.Match[str], reference: Reference) -> Reference | None:
    """A cite by the title and year of a work with no author in the heading (GOST R
    7.0.5-2008 clause 7.5's "[Современные проблемы реализма и модернизма, 1989]")."""
    locator = read_locator(match["locator"]) if match["locator"] else None
    if match["locator"] and locator is None:
        return None
    reference.kind = "author-year"
    reference.fields["title"] = match["title"].strip()
    reference.fields["issued"] = Date(parts=[[int(match["year"][:4])]])
    if locator:
        reference.label, reference.locator = locator
    return reference


def _keys_by_title(match: re.Match[str]) -> bool:
    """Whether KEY_TITLE_YEAR's match keys a work by its title: a Cyrillic title (GOST R
    7.0.5's key; an English "Handbook of Physics, 2003, p. 12" is a whole reference, its
    page the work's), a lower-case word that joins no names, and a pinpoint after the year
    with its word ("С.", "с.", "стр."), or none."""
    locator = match["locator"]
    return has_cyrillic(match["title"]) and any(word.islower() and word not in KEY_JOINING_WORDS
               for word in match["title"].split()) and \
        (locator is None or locator[:1].isalpha()
         and parse_pinpoint(locator.rstrip(" .")) is not None)


def _names(match: re.Match[str]) -> list[Name]:
    separator = AUTHOR_YEAR_SEPARATOR if AUTHOR_YEAR.produced(match) else NAME_SEPARATOR
    return [Name(family=family.strip()) for family in separator.split(match["names"])]


def _written_out(name: Name) -> Name:
    """A repeat's name written out, as the Russian translation of a Western book keeps its
    notes' names before «указ. соч.» ("Michael Harmer, указ. соч., p. 57", "Джон Смит, указ.
    соч., с. 75"): of two words, a known given name (`biblio.data.given_names`) first is the
    given name, as a name with no initials is read given first (`names.parse_person`); a
    Cyrillic known given name second is one printed family first ("Сухобок Сергей, указ.
    соч."); a family of two words no table knows ("Albertson Fineman, supra", "Le Brun") is
    kept as it was read."""
    words = (name.family or "").split(" ")
    if len(words) != 2:
        return name
    if words[0] in GIVEN_NAMES:
        return Name(family=words[1], given=words[0])
    if words[1] in GIVEN_NAMES and CYRILLIC_WORDS.fullmatch(name.family or ""):
        return Name(family=words[0], given=words[1])
    return name


CYRILLIC_WORDS = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ’'-]+ [А-ЯЁІЇЄҐ][а-яёіїєґ’'-]+")
"""Two capitalised Cyrillic words: a name that Russian order may print family first."""


def _read_tail(text: str, reference: Reference) -> None:
    """After the marker: "(1996)", a back-reference to a note, then a locator."""
    year = PAREN_YEAR.match(text)
    if year:
        reference.fields["issued"] = Date(parts=[[int(year["year"][:4])]])
        text = text[year.end():]
    back = BACK_REFERENCE.match(text)
    if back:
        reference.note_ref = "previous" if back["previous"] else \
            int(back["note"] or back["in_brackets"])
        text = text[back.end():]
        marker = MARKER.match(" " + text.lstrip(" ,"))  # "(vorige N.) a.a.O."
        if marker:
            _set_marker(reference, marker["marker"])
            text = text.lstrip(" ,")[marker.end() - 1:]
    rest = text.strip(" ,.;:")
    if not rest:
        return
    volume = VOLUME_BEFORE_LOCATOR.fullmatch(rest)
    if volume and read_locator(volume["rest"]):  # "op. cit., vol. I, p. 202"
        _set_volume(reference, volume)
        rest = volume["rest"]
    locator = read_locator(rest)
    if locator:
        reference.label, reference.locator = locator
    else:
        reference.leftover.append(Leftover(rest, "after a short form: not a locator"))
        reference.confidence = min(reference.confidence, 0.5)


def _set_volume(reference: Reference, match: re.Match[str]) -> None:
    """The volume VOLUME_BEFORE_LOCATOR read, its term as printed ("vol.", "т.")."""
    if match["bare"]:
        reference.fields["volume"] = match["bare"]
        return
    reference.fields["volume"] = match["value"]
    set_designation(reference.fields, "volume",
                    match["volume"][:match.start("value") - match.start("volume")].strip())


def _set_marker(reference: Reference, marker: str) -> None:
    kind = SHORT_FORM_MARKERS[marker]
    reference.kind = "ibid" if kind == "ibid" else "op-cit"
    reference.short = kind != "ibid"
    reference.same_place = kind == "loc-cit"


def read_year_and_pinpoint(rest: str, reference: Reference) -> bool:
    """After the name of an author–year cite with periods, "1979. Т. 1. С. 340": its
    year, volume and pinpoint into `reference`; False, and nothing set, when `rest` holds
    more than these."""
    match = YEAR_VOLUME_PINPOINT.fullmatch(rest)
    found = read_locator(match["locator"]) if match else None
    if match is None or found is None:
        return False
    reference.kind = "author-year"
    reference.fields["issued"] = Date(parts=[[int(match["year"][:4])]])
    if match["volume"]:
        reference.fields["volume"] = match["value"]
        word = match["volume"][:match.start("value") - match.start("volume")].strip()
        set_designation(reference.fields, "volume", word)  # "Т." as printed
    reference.label, reference.locator = found
    return True


def _name_period_year(body: str, reference: Reference) -> Reference | None:
    """"Джавахишвили. 1979. Т. 1. С. 340": the name, then `read_year_and_pinpoint`. The
    name holds no period, so the year opens after the first period and its space: that
    figure is looked at first, since most bodies tried here have none there."""
    period = body.find(".")
    if body[period + 2: period + 3] not in YEAR_OPENINGS:
        return None
    name = NAME_PERIOD.match(body)
    if name is None or ACRONYM_TITLE.fullmatch(name["name"]) or \
            not read_year_and_pinpoint(body[name.end():], reference):
        return None
    reference.fields["author"] = [Name(family=name["name"])]
    return reference


def parse_short_form(text: str, reference: Reference) -> Reference | None:
    """A repeat by family names with a marker or a note number, or an author–year
    cite; None when `text` is neither."""
    body = text.strip().rstrip(" ;")
    bracketed = body[:1] == "[" and body.rstrip(".")[-1:] == "]"
    if bracketed or body[:1] == "(" and body.rstrip(".,")[-1:] == ")":
        body = body.rstrip(".,")[1:-1]  # "(Smith 2001: 45)", "[Бахтин, 2003, с. 18]"; a
        # cite in parentheses keeps the comma of the sentence it was cut from
    titled = TITLE_YEAR.fullmatch(body) if bracketed else None
    if titled and any(word.islower() for word in titled["title"].split()):
        return _title_year(titled, reference)  # "[Современные проблемы …, 1989]"
    keyed = KEY_TITLE_YEAR.fullmatch(body) if not bracketed and ", " in body else None
    if keyed and _keys_by_title(keyed):
        return _title_year(keyed, reference)  # "Притчи и слова, 2003. С. 124-128."
    if ". " in body:
        dated = _name_period_year(body, reference)
        if dated is not None:
            return dated  # "Джавахишвили. 1979. Т. 1. С. 340"
    names = FAMILIES.match(body)
    initials = LEADING_INITIALS.match(body)
    if initials and not is_given_abbreviation(initials["given"]):
        initials = None
    named = FAMILIES.match(body, initials.end()) if initials else None
    if named and MARKER.match(body, named.end()):
        names = named  # "Б. Д. Греков, указ. соч., стр. 45"
    else:
        initials = None
    if names is None:
        return None
    after = body[names.end():]
    marker = MARKER.match(after) or TITLE_AND_MARKER.match(after)
    back = None if marker else BACK_REFERENCE.match(after)
    if marker or back:
        reference.fields["author"] = _names(names)
        if initials and len(reference.fields["author"]) == 1:
            reference.fields["author"][0].given = initials["given"].strip()
        elif not initials:
            reference.fields["author"] = [_written_out(name)
                                          for name in reference.fields["author"]]
        reference.kind, reference.short = "op-cit", True
        if marker:
            _set_marker(reference, marker["marker"])
            if "title" in marker.groupdict() and marker["title"]:
                reference.fields["title"] = marker["title"].strip(_QUOTES + " ")
            after = after[marker.end():]
        _read_tail(after, reference)
        return reference
    author_year = AUTHOR_YEAR.fullmatch(body) if YEAR_AFTER_NAMES.match(after) else None
    if author_year:
        locator = author_year["locator"]
        column = OLD_COLUMN.fullmatch(locator.strip().rstrip(".")) if locator else None
        found = ("column", column["value"]) if column else \
            read_locator(locator) if locator else None
        if locator and found is None:
            return None  # "Smith 2001, The Book": a full reference, not a cite
        reference.kind = "author-year"
        year = int(author_year["year"][:4])
        if ACRONYM_TITLE.fullmatch(author_year["names"]):
            reference.fields["title"] = author_year["names"] if year >= FIRST_PRINTED_YEAR \
                else f"{author_year['names']} {author_year['year']}"
        else:
            reference.fields["author"] = _names(author_year)
        if "title" not in reference.fields or year >= FIRST_PRINTED_YEAR:
            reference.fields["issued"] = Date(parts=[[year]])
        if author_year["volume"]:
            reference.fields["volume"] = author_year["volume"]
        if found:
            reference.label, reference.locator = found
        return reference
    family_page = _family_and_pinpoint(names["names"], after)
    if family_page is not None:
        reference.fields["author"] = [Name(family=names["names"])]
        reference.kind, reference.short = "op-cit", True
        reference.label, reference.locator = family_page
        return reference
    page = AUTHOR_PAGE.fullmatch(after)
    if page and LONE_YEAR.fullmatch(page["first"]) is None and read_locator(body) is None:
        reference.fields["author"] = _names(names)
        if page["volume"]:
            reference.fields["volume"] = page["volume"]
        reference.kind, reference.short = "op-cit", True
        reference.label, reference.locator = read_locator(page["page"]) or ("page", page["page"])
        return reference
    return None


def _family_and_pinpoint(family: str, after: str) -> tuple[str, str] | None:
    """The pinpoint of a repeat by the family name alone, a comma and the page, as Russian
    notes shorten a work cited in full before: "Толстов, с. 155 и далее.", "(см.: Милюков,
    стр. 192–200)"; None for other text. One word before a page may be a one-word title
    ("Лубянка, с. 22"), so only a Cyrillic word that ends as family names do counts
    (`names.is_family_alone`), and only a pinpoint with its word ("с.", "стр."): a bare
    number after a comma is a title's volume or year as often."""
    if not after.startswith(", ") or not is_family_alone(family):
        return None
    return parse_pinpoint(after[2:].strip().rstrip(" .;,")) if after[2:3].isalpha() else None


def parse_chicago_short(text: str, reference: Reference) -> Reference | None:
    """"Medvedev, Let History Judge, 263–72.": tentative, for the resolver to confirm."""
    match = CHICAGO_SHORT.fullmatch(text.strip().rstrip(" ;"))
    if match is None:
        return None
    locator = match["after_quote"] if match["quoted"] else match["locator"]
    volume = VOLUME_PAGE.fullmatch(locator.strip().rstrip(".")) if locator else None
    found = ("page", volume["page"]) if volume else read_locator(locator) if locator else None
    if locator and found is None:
        return None
    title = (match["quoted"] or match["title"]).strip(_QUOTES + " ")
    if not title or title[-1:] == ".":
        return None
    if not match["names"] and (not found or ". " in title or LONE_YEAR.fullmatch(found[1])):
        return None  # a title alone is a short form only with a page, and no sentence
    reference.fields = {"title": title}
    if match["names"]:
        reference.fields["author"] = _names(match)
    if volume:
        reference.fields["volume"] = volume["volume"]
    reference.kind, reference.short, reference.tentative = "op-cit", True, True
    if found:
        reference.label, reference.locator = found
    return reference


def parse_latin_short_title(text: str, reference: Reference) -> Reference | None:
    """"Kappeler. Russland. P. 140-141.": the authors, the short title and the pinpoint
    as the cite's locator, as "Зимин. Реформы, с. 295" is read; None for other text."""
    match = LATIN_SHORT_TITLE.fullmatch(text.strip().rstrip(" .;"))
    pinpoint = parse_pinpoint(match["locator"]) if match else None
    if match is None or pinpoint is None:
        return None
    reference.fields["author"] = [Name(family=name) for name in
                                  LATIN_NAME_SEPARATOR.split(match["names"])]
    reference.fields["title"] = match["title"].strip()
    reference.short = True  # the labeller, which knows no such form, is not asked
    reference.label, reference.locator = pinpoint
    return reference
