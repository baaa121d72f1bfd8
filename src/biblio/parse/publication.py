"""The publication area (GOST 7.1-2003, clause 5.5): places, publisher, date.

"М.; Л.: Изд-во АН СССР, 1950", "P.: Fayard, 2001", "Durham (N.C.), 1962", a year
alone for a journal ("2005"), a day and month for a newspaper ("5 марта"). Places are
expanded with biblio.data.places ("М." → "Москва").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from biblio.data.english_places import ENGLISH_PLACE_NAMES
from biblio.data.function_words import FUNCTION_WORDS
from biblio.data.places import (COMMON, EXTENDED, WRITTEN_OUT, expand_imprint_place,
                                 expand_place, is_abbreviated_place)
from biblio.data.reference_terms import (
    MONTHS,
    NO_DATE,
    NO_PLACE,
    NO_PUBLISHER,
    OTHER_PLACES,
    PUBLISHER_NOUNS,
    SOVIET_PUBLISHER_ENDINGS,
)
from biblio.data.imprint_countries import COUNTRIES
from biblio.data.italian_imprint_cities import ITALIAN_IMPRINT_CITIES
from biblio.data.us_states import POSTAL, TRADITIONAL
from biblio.lazy_patterns import LazyPattern
from biblio.model import Date
from biblio.parse.locators import VOLUME
from biblio.parse.names import UPPER, is_initials
from biblio.parse.patterns import alternation as _alternation
from biblio.parse.patterns import contains_any, phrase_alternation

YEAR_AT_END = re.compile(
    r"""
    (?:^|,\s?|\s)
    \[?(?:cop\.{1,2}\s?|сор\.{1,2}\s?|©\s?|ок\.\s|ca\.\s)?     # "сор.": "cop." typed in Cyrillic;
                                                              # "cop..": an export's period doubled
    (?P<first>\d{4})(?:\s?[—–-]\s?(?P<last>\d{4}|\d\d(?!\d))|\s?[—–-](?=\s?$))?  # "1997 –": still
                                                              # appearing; "1962-66": see below
    (?:\[?[абвabc]\]?)?                                       # "1989[а]", "1989a": one of the
    \]?(?:\s?(?:(?P<plural>гг|г\.\s?г)|[грж])\.?|\sгод)?$      # author's works of that year
    """,
    re.VERBOSE,
)
"""The year closing the publication area; a letter after it tells apart works of one author
and year in author–year lists ("М.: Высшая школа, 1989[а]", "1989б"; ISO 690:2010
clause 9.4), and is not part of the publisher; CSL processors print their own `year-suffix`
for such works, so the letter is not stored. The word for the year may follow it: Russian
"г." (год, also written out as title pages print it: "В типографии Эдуарда Праца, 1862
год"), Ukrainian "р." (рік: "К.: Наукова думка, 2003 р.", "Казань, 1883 р."), Kazakh
"ж." (жыл: "Саратов: Поволж университет баспасы, 2002ж.", "М.: Наука, 1996 ж.",
"Алматы, 2007ж"); after a range of years, "гг." (годы), typed "г.г." too ("М., 1949-1989
г.г.", the years of a collected edition), only after a place or a publisher: years with
"гг." alone are a title's sentence ("Крестьянское движение. 1917-1920 гг."). The last year of a range may be printed by its
last two digits, as Soviet and Belarusian notes print the years of a work in several
volumes ("Граматыка беларускай мовы, т. 1-2, Мiнск, 1962-66.", "Мiнск, 1977-84.", "Paris :
J.P.Migne, 1857—66"): read in the first year's century (`range_end`)."""
NO_DATE_AT_END = LazyPattern(rf",?\s?\[?(?:{_alternation(NO_DATE)})\]?$")
_STATE = (rf"{_alternation(state.rstrip('.') for state in TRADITIONAL)}\.?|{_alternation(POSTAL)}"
          rf"|{_alternation(COUNTRIES)}")
"""A United States state after a city, GOST 7.1 keeping it as the title page prints it, or
a country, as APA's imprints locate a publisher outside the United States ("Harmondsworth,
U.K.", "Berlin, Germany")."""
PLACE = re.compile(
    rf"""
    \[?
    [{UPPER}][^\s,;:()\[\]]*                                    # Москва, N.Y., СПб.
    (?:(?:\s(?:--|[—–]))?                                      # Москва — Ленинград
    \s(?:[{UPPER}][^\s,;:()\[\]]*|на|н/Д|am|an|a\.|upon|on|sur|en|im|de|la|le|i|u
       |лавра)){{0,4}}                                        # Троице-Сергиева лавра
    (?:\s?\([^()]{{1,20}}\))?                                    # Durham (N.C.)
    (?:,\s(?:{_STATE})(?![^\W\d_]))?                            # Stanford, Calif.
    \]?
    (?:\s?\[{phrase_alternation(OTHER_PLACES)}\.?\])?              # СПб. [и др.]
    """,
    re.VERBOSE,
)
OTHER_PLACES_MARK = re.compile(
    rf"\s?(?P<bracketed>\[){phrase_alternation(OTHER_PLACES)}\.?\]$"
    rf"|\s{phrase_alternation(OTHER_PLACES)}\.?$")
"""«[и др.]», "[etc.]" after the first place, the others left out (`OTHER_PLACES`), or
typed without the brackets after a space ("СПб. и др.")."""
OTHER_PLACES_ENDINGS = tuple({phrase[-2:] + end for phrase in OTHER_PLACES
                              for end in ("", ".", "]", ".]")})
"""The ends OTHER_PLACES_MARK can close a place with: tested first, by `str.endswith`."""
PUBLICATION_WITH_PLACE = re.compile(r"[,:](?:\s?\[?\d{4}|(?<=:)\s)")
"""A cheap first test for a publication area with a place: "М., 2004", "P.: PUF". Opened
by the mark, which the engine scans for ("[,:]\\s?\\[?\\d{4}|:\\s" was tried at every
position)."""
ACRONYM = re.compile(r"[А-ЯЁA-Z]{2,8}(?:-[А-ЯЁA-Z]{2,8})?")
"""A firm named by its capitals, with no place before it: "АСТ", "РОССПЭН", "ОЛМА-ПРЕСС"
(a place is never all capitals, save GOST 7.11's "N.Y.", which has periods)."""
STATE_IN_PARENTHESES = re.compile(r"(?P<city>.+?)\s?\((?P<state>[^()]+)\)")
MONTH = rf"(?:{_alternation({month.rstrip('.') for month in MONTHS})})\.?"
"""A month by name or GOST 7.0.12 abbreviation, its period optional at an area's end."""
DAY = r"(?P<day>\d{1,2})"
OTHER_STYLE_DAY = r"\s?\((?P<other_style>\d{1,2})\)"
"""The same day in the other calendar, in parentheses after the first: "6(19) декабря",
"от 4 (17) ноября 1917 года" (Russian dates of 1917–1918)."""
DAY_MONTH = re.compile(
    rf"{DAY}(?:\s?[—–-]\s?(?P<last>\d{{1,2}})|{OTHER_STYLE_DAY})?"
    rf"\.?\s(?P<month>{MONTH})(?:\s(?P<year>\d{{4}})(?:\s?г\.?)?)?"
)
"""A newspaper's day ("5 марта", "24. August 1939"), or two days of one issue ("26–27 мая"),
or its day in both calendars, as Russian newspapers of 1917–1918 are cited: the day
printed first is the date, the one in parentheses the same day in the other calendar
("Правда. – 1917. – 6(19) декабря", "Голос Киева. — 1917. — 20 (7) октября")."""


DAY_MONTH_YEAR = rf"{DAY}\s(?P<month>{MONTH})\s(?P<year>\d{{4}})"
"""A full date with its month by name, "7 сентября 1917", as a document's date closes its
title (gost.DOCUMENT_DATE, gost.DOCUMENT_DAY)."""


def month_number(name: str) -> int:
    """"марта" → 3, "авг" or "авг." → 8, "июня." (a full name closing an area) → 6."""
    return MONTHS.get(name) or MONTHS.get(name.rstrip(".")) or MONTHS[name.rstrip(".") + "."]


def date_of_day(match: re.Match[str]) -> Date:
    """The Date of a match with the groups `day`, `month` (by name) and `year`: every
    pattern of a day read with its month's name makes its date here."""
    return Date(parts=[[int(match["year"]), month_number(match["month"]), int(match["day"])]])


NUMERIC_DATE = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})")
"""A date in figures: "25.04.2002"."""
NUMERIC_DAY_AREA = re.compile(
    r"(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>1[6-9]\d\d|20\d\d)(?:\s?г\.?)?"
    r"|(?P<dd>0[1-9]|[12]\d|3[01])\.(?P<mm>0[1-9]|1[0-2])\.(?P<yy>\d\d)")
"""An area that is a day in figures and nothing else, as notes cite a newspaper's issue by
its name and date: "Deutsche Zentralzeitung. 16.5.1935. S. 1." (the dev set's batch 28, a
monograph on the Moscow metro), "… // Казправда. 24.03.2017. - С. 8." (a university's list
of publications); the same issue GOST 7.1-2003 clause 5.7.7 dates "Правда. 1937. 12
марта.". Day first, as Russian and German write it; a figure that can be no day or no
month is no date. The year also in two figures, as typed lists date a newspaper ("//
Российская газета. - № 197. - 25.12.93.") and GOST 7.1 a patent's publication ("опубл.
07.12.91"), the day and the month then in two figures each (`numeric_day`)."""
CENTURY_PIVOT = 30
"""Two-digit years: up to 29 are 20xx, from 30 19xx (the newspapers, patents and acts such
dates are printed for are of 1930–2029)."""


def century_year(two_digits: int) -> int:
    """A year printed by its last two figures, read with CENTURY_PIVOT."""
    return two_digits + (2000 if two_digits < CENTURY_PIVOT else 1900)


def numeric_day(match: re.Match[str]) -> tuple[int, int, int]:
    """The year, month and day of a NUMERIC_DAY_AREA match, a two-digit year read with
    CENTURY_PIVOT."""
    if match["y"]:
        return int(match["y"]), int(match["m"]), int(match["d"])
    return century_year(int(match["yy"])), int(match["mm"]), int(match["dd"])


SHORT_YEAR_DATE = re.compile(
    r"(?<![\d.])(?P<d>0?[1-9]|[12]\d|3[01])\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>\d\d)(?![\d.])")
"""A date in figures with its year's last two digits, as legal reference lists date an act
("Указ Президента РФ от 15.02.94 г. № 319", "Федеральный закон от 10.01.03 г. № 19-ФЗ")."""


def full_date(text: str) -> Date | None:
    """The first date with its day in `text`, in figures ("25.04.2002", the month first
    where the second figure cannot be one: "04.24.2014") or with the month named ("25
    апреля 2002 г."), or in figures with a two-digit year ("15.02.94", SHORT_YEAR_DATE,
    read with CENTURY_PIVOT);
    None if there is none."""
    match = NUMERIC_DATE.search(text)
    if match:
        day, month = int(match["d"]), int(match["m"])
        if month > 12 >= day:  # "(Accessed 04.24.2014)": the English translations of
            day, month = month, day  # Russian journals print the month first
        return Date(parts=[[int(match["y"]), month, day]])
    day = DAY_MONTH.search(text)
    if day and day["year"]:
        return date_of_day(day)
    short = SHORT_YEAR_DATE.search(text)
    if short:  # "15.02.94"
        return Date(parts=[[century_year(int(short["y"])), int(short["m"]), int(short["d"])]])
    return None


PLACES_BY_DASH = re.compile(r"(?<=\.)\s?(?:--|[—–-])\s?(?=[^\W\d_])")
"""Two abbreviated places joined by a dash, as older Soviet imprints print the co-edition
of Moscow and Leningrad: "М.-Л.", "М.--Л.", "М. — Л." (GOST's own form is "М. ; Л.")."""


PLACES_BY_SPACED_DASH = re.compile(r"\s(?:--|[—–-])\s")
"""Two places written out and joined by a spaced dash, as notes print a co-edition:
"Москва — Ленинград, 1928", "Москва – Сыктывкар, 2011", typed with a hyphen "М. -
Куйбышев, Госпланиздат, 1942"; a city's own hyphens are not spaced ("Ростов-на-Дону")."""
PLACES_BY_CLOSE_DASH = re.compile(r"(?<=[^\W\d_])(?:--|[—–])(?=[^\W\d_])")
"""Two places written out and joined by a dash typed close, "Москва—Ленинград, 1932"
(notes of the 1930s–1960s): both must be cities the tables know, as a dash typed close
may join the words of one name."""
PLACE_DASHES = ("-", "—", "–")
"""The dashes PLACES_BY_DASH, PLACES_BY_SPACED_DASH and PLACES_BY_CLOSE_DASH split at."""
PLACE_WORD = LazyPattern(rf"[{UPPER}][^\W\d_]*(?:-[^\W\d_]+)*\.?")
"""One place's name: one capitalised word, its hyphenated parts, or its abbreviation."""


PLACES_BY_COMMA = re.compile(r",\s")
"""Places joined by a comma, as translated books and the transliterated lists of Russian
journals print a co-edition: "Москва, Ленинград, 1955", "Moscow, Leningrad:
Gosudarstvennoe voennoe izdatel’stvo" (GOST's own form is "М. ; Л.")."""


def places_by_comma(text: str) -> list[str] | None:
    """The places of `text` joined by commas when every one is a city the tables know
    ("Moscow, Leningrad"); None otherwise: a comma after a city also opens its state or
    country ("Cambridge, Mass.", "Київ, Україна") or its firm ("Napoli, Guida")."""
    if "," not in text:
        return None  # one place, as most imprints name
    parts = PLACES_BY_COMMA.split(text.strip())
    if len(parts) > 1 and all(part in KNOWN_PLACES for part in parts):
        return parts
    return None


def _places(text: str) -> list[str]:
    """One place, or the places joined by a dash when every one is an abbreviation of
    the GOST 7.0.12 table ("М.-Л." → Москва, Ленинград) or, the dash spaced, every one a
    one-word name of which one at least the tables know ("Москва — Ленинград");
    "Ростов-на-Дону" stays whole. A text with none of the dashes the three patterns split
    at is one place, told first: most imprints name one."""
    if not contains_any(PLACE_DASHES, text):
        return places_by_comma(text) or [read_place(text)]
    parts = PLACES_BY_DASH.split(text)
    if len(parts) > 1 and all(map(is_abbreviated_place, parts)):
        return [expand_place(part) for part in parts]
    parts = PLACES_BY_SPACED_DASH.split(text.strip())
    if len(parts) > 1 and all(PLACE_WORD.fullmatch(part) for part in parts):
        places = [read_place(part) for part in parts]
        if any(place in KNOWN_PLACES for place in places):
            return places
    parts = PLACES_BY_CLOSE_DASH.split(text.strip())
    if len(parts) > 1 and all(part in KNOWN_PLACES for part in parts):
        return parts
    return [read_place(text)]


def _without_other_places(place: str, publisher_follows: bool) -> str | None:
    """The place before «[и др.]» ("СПб. [и др.]" → "СПб."): a place the tables know, or
    any place in brackets before its publisher's colon ("Тверь [и др.] : Питер"); None for
    a name before the mark, no place ("Петров и др., 1990" is an author–year key)."""
    mark = OTHER_PLACES_MARK.search(place)
    if mark is None:
        return place
    first = place[: mark.start()]
    return first if mark["bracketed"] and publisher_follows or is_abbreviated_place(first) \
        or first in KNOWN_PLACES else None


def read_places(text: str) -> str:
    """Places as printed → their full names, in CSL's list: "М.-Л." → "Москва; Ленинград"."""
    return "; ".join(_places(text))


def read_place(text: str) -> str:
    """A place as printed → its full name: "М." → "Москва", "Durham (N.C.)" →
    "Durham, NC"."""
    text = text.strip().strip("[]")
    expanded = expand_imprint_place(text)
    if expanded != text:
        return expanded
    state = STATE_IN_PARENTHESES.fullmatch(text)
    if state:
        return f"{expand_place(state['city'])}, {state['state'].replace('.', '')}"
    return text


KNOWN_PLACES = frozenset(ENGLISH_PLACE_NAMES) | frozenset(ENGLISH_PLACE_NAMES.values()) | \
    frozenset(COMMON.values()) | frozenset(EXTENDED.values()) | ITALIAN_IMPRINT_CITIES
"""Cities the tables name, whose comma is the place's, not a title's: "Moscow,
Arkheograficheskiy tsentr, 1996" (the transliterated lists of Russian journals put a comma
after the place, as the Harvard styles of their guides do), "Москва, Наука, 1990", "S.
Rumor, Il blasone vicentino, Bologna 1899"."""


LINE_BROKEN_CITY = LazyPattern(r"(?P<head>[A-Z][a-zà-ÿ]+) (?P<tail>[a-zà-ÿ]+)")
"""A city's name broken at a line's end, its hyphen dropped when the scanned lines were
joined: "Pra ha", "Mila no", "Ve nezia"."""


def is_known_place(text: str) -> bool:
    """Whether `text` is a city the tables know, as printed or broken by a line's end ("Pra
    ha 1982", "Mursia, Mila no 1967": the place stays as printed)."""
    if text in KNOWN_PLACES:
        return True
    broken = LINE_BROKEN_CITY.fullmatch(text) if " " in text else None
    return broken is not None and broken["head"] + broken["tail"] in KNOWN_PLACES


def _is_state(text: str) -> bool:
    """"Mass.", "MA": a state after a city ("Cambridge, Mass."), or a country ("Berlin,
    Germany"), not a publisher."""
    return text in POSTAL or text in TRADITIONAL or text.rstrip(".") + "." in TRADITIONAL \
        or text in COUNTRIES


PHRASE_WORDS = FUNCTION_WORDS["ru"] - {"и"}
"""The words after a name's first word that make it a phrase, no publisher's name ("Радио
и связь" is one): "Л. Толстой в жизни", "М. Горький в воспоминаниях современников", a
book's title after its author's initial, where the letter read as a place."""


def place_then_publisher(text: str) -> tuple[str, str] | None:
    """"М. ГБЛ" → ("М.", "ГБЛ"): a place and its publisher without the colon GOST 7.1-2003
    clause 5.5.5 prints between them, as library catalogues export ISBD records whose
    prescribed punctuation was never entered ("— М. ГБЛ 1977 — 64 с.", "— М. Радио и связь
    1984 —", "— М. Агропромиздат 1989 —", opac.library.pl.ua). Only a place abbreviated
    with its period as the tables abbreviate it (GOST 7.0.12), before a name that opens with
    a capital and is no place or state itself ("М. Л." stays two places); a place written
    out may be a place of two words ("Нижний Новгород", "Berlin Heidelberg"). Not before
    another initial, nor before a name that goes on with a preposition (PHRASE_WORDS): the
    letter was a name's first initial ("Л. Н. Толстой", "Л. Толстой в жизни"). A Cyrillic
    abbreviation typed without its period too, as notes typed with no punctuation at all
    print the whole area ("- М Мысль, 1984 -99 с", "- К Вища школа, 1976- 104 с"): in the
    place's slot a capital alone is the place (expand_imprint_place)."""
    place, space, firm = text.partition(" ")
    firm = firm.strip()
    if not space or not firm or not (firm[0].isupper() or firm[0] in "«\"") or \
            not is_abbreviated_place(place) and expand_imprint_place(place) == place and \
            not _written_out_before_firm(place, firm):
        return None
    words = firm.split()
    first = words[0]
    if first in KNOWN_PLACES or is_abbreviated_place(first) or _is_state(firm) or \
            is_initials(first) or len(words) > 1 and words[1] in PHRASE_WORDS:
        return None
    return place, firm


CYRILLIC_WRITTEN_OUT = frozenset(
    place for place in (*COMMON.values(), *EXTENDED.values(), *WRITTEN_OUT)
    if "\u0400" <= place[:1] <= "\u04ff")
"""The places the tables write out in Cyrillic: the cities GOST abbreviates, spelled out,
and `places.WRITTEN_OUT`."""
PLACE_EPITHET = re.compile(r"[^\W\d_]+(?:ий|ый|ой|ая|ое|ие|ые|ский|ская)")
"""A one-word adjective, such as the second word of a place's name is («Новгород
Северский», «Ростов Великий»)."""


def _written_out_before_firm(place: str, firm: str) -> bool:
    """Whether the Cyrillic `place` written out (CYRILLIC_WRITTEN_OUT) stands before its
    publisher without the colon, as a catalogue's ISBD export with its punctuation lost
    prints the places GOST does not abbreviate ("— Львов Світ 1991 — 236 с.",
    opac.library.pl.ua): not before a one-word adjective, the second word of a place
    (PLACE_EPITHET)."""
    return place in CYRILLIC_WRITTEN_OUT and PLACE_EPITHET.fullmatch(firm) is None


def firm_before_city(text: str) -> tuple[str, str] | None:
    """"Nauka, Moscow" → ("Nauka", "Moscow"): the publisher before its city, with a comma
    and no colon, as the imprint in parentheses of the AIP style prints it, which the
    English translations of Russian journals (Pleiades) give their references: "(Nedra,
    Moscow, 1988) [in Russian]", "(St. Petersburg University Press, St. Petersburg,
    1996)"; None when the last part is no city or a state ("Cambridge, Mass."), or the
    first is itself a known city (the place comes first: "Paris, Gallimard")."""
    firm, comma, city = text.rpartition(",")
    firm, city = firm.strip(), city.strip()
    if not comma or not firm or "," in firm or ":" in text or firm in KNOWN_PLACES or \
            _is_state(city) or not PLACE.fullmatch(city):
        return None
    return firm, city


def city_before_firm(city: str, firm: str) -> bool:
    """Whether "Napoli, Guida" is a place and its publisher, joined by a comma, as the
    imprints of Italian and French notes print them ("Torino, Einaudi, 1974", "Paris,
    Gallimard, 1990", "Firenze, La Nuova Italia, 1973"): the first a city the tables
    know (or broken by a scanned line's end, "Mi lano"), the second no city nor a state
    ("London, Paris", "Cambridge, Mass.")."""
    return is_known_place(city) and not is_known_place(firm) and not _is_state(firm) \
        and not is_abbreviated_place(firm)


PUBLISHER_COLON = re.compile(r"\s?:\s")
"""The colon between publishers (GOST 7.1-2003 clause 5.5.5: "Laffont : Calmann-Lévy"),
also typed as the place's colon is, with no space before it: "М.: АСТ: Астрель:
Хранитель"."""


PUBLICATIONS_REMEMBERED = 16384
"""Distinct publication areas whose reading is remembered: notes repeat their imprints
("М., 1998", "М.: Наука, 1985"), and an area is tried as one more than once."""


def parse_publication(text: str) -> dict[str, Any] | None:
    """"М.; Л.: Наука, 1990" → places, publisher and issued; None if it is not one.
    Each caller gets its own dict; the date in it is shared, as the cached readings of
    biblio.parse share theirs (the parser never changes a Date in place)."""
    fields = _publication(text)
    return None if fields is None else dict(fields)


def range_end(first: str, last: str) -> int:
    """The last year of a range "1962-66" or "1962-1966" (1966); 0 when its last two digits
    do not follow the first year's ("1998-02" is no range of a century's years, and may be
    a month), since an abbreviated end names a later year of the same century."""
    if len(last) == 4:
        return int(last)
    end = int(first) // 100 * 100 + int(last)
    return end if end > int(first) else 0


@lru_cache(maxsize=PUBLICATIONS_REMEMBERED)
def _publication(text: str) -> dict[str, Any] | None:
    """parse_publication's reading, remembered per text (never handed out as is)."""
    fields: dict[str, Any] = {}
    year = YEAR_AT_END.search(text)
    if year is not None and year["plural"] and not text[: year.start()].strip():
        year = None  # "1883-1901 гг.": the title's years, no imprint's
    last = range_end(year["first"], year["last"]) if year is not None and year["last"] else None
    if year is not None and last == 0:
        year = None  # "1998-02": a month, or no range a reader can tell
    if year is not None:
        parts: list[list[int | str]] = [[int(year["first"])]]
        if last:
            parts.append([last])
        fields["issued"] = Date(parts=parts)
        head = text[: year.start()].strip().removesuffix(";").strip()  # the Vancouver
        # style's ";" before a book's year: "М.: ГЭОТАР-Медиа; 2009" (split.VANCOUVER_BOOK_YEAR)
    else:
        no_date = NO_DATE_AT_END.search(text)
        if no_date is None and ":" not in text:
            return None
        head = text[: no_date.start()].strip() if no_date else text.strip()
    if not head:
        return fields or None
    places: list[str] = []
    publishers: list[str] = []
    for group in head.split(";"):
        place, colon, publisher = group.partition(":")
        place = place.strip()
        if place.endswith(OTHER_PLACES_ENDINGS):  # "СПб. [и др.] : Питер": the first place
            first = _without_other_places(place, bool(colon))
            if first is None:
                return None
            place = first
        if place.strip("[]") in NO_PLACE:
            pass
        elif publishers and not colon and not is_abbreviated_place(place):
            publishers.append(place)  # "P.: Laffont; Calmann-Lévy": a second publisher
            continue
        elif not colon and (split := place_then_publisher(place)) is not None:
            places.extend(_places(split[0]))  # "М. ГБЛ 1977": a catalogue's export
            publishers.append(split[1])
            continue
        elif by_comma := places_by_comma(place):
            places.extend(by_comma)  # "Moscow, Leningrad: …", "Москва, Ленинград, 1955"
        elif not colon and "," in place and PLACE.fullmatch(place.partition(",")[0]) and (
                PUBLISHER_NOUNS.intersection(place.partition(",")[2].split())
                or place.partition(",")[0] in KNOWN_PLACES
                and not _is_state(place.partition(",")[2].strip())):
            city, _, firm = place.partition(",")  # "Tomsk, Provincial Printing House, 1880"
            places.extend(_places(city))
            publishers.append(firm.strip())
            continue
        elif not colon and (PUBLISHER_NOUNS.intersection(place.split())
                            or place.lower().endswith(SOVIET_PUBLISHER_ENDINGS)
                            or ACRONYM.fullmatch(place) and expand_imprint_place(place) == place):
            publishers.append(place)  # "Harvard University Press, 1979", "АСТ, 2004": no place
            continue
        elif PLACE.fullmatch(place) and not VOLUME.fullmatch(place):  # "Т. I, 1913 г.": a
            places.extend(_places(place))  # volume before the year, no place
        else:
            return None
        for name in PUBLISHER_COLON.split(publisher):  # GOST 7.1 5.5: "Laffont : Calmann-Lévy"
            if name.strip() and name.strip(" []") not in NO_PUBLISHER:
                publishers.append(name.strip())
    if places:
        fields["publisher-place"] = "; ".join(places)
    if publishers:
        fields["publisher"] = "; ".join(publishers)
    return fields
