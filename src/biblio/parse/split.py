"""Splitting a footnote into its references at top-level ";".

GOST R 7.0.5-2008 clause 7 (the complex reference) separates the references of
one footnote with ";". The same sign also separates places ("М.; Л.: Наука"),
statements of responsibility ("/ под ред. …; пер. с англ. …") and may stand in a
title, so a ";" ends a reference only outside brackets and quotes, when the next
text does not start in lower case (unless it is a lead-in, "там же", a name with a
particle, "du Réau E.", or an archival level: "…, д. 5, л. 3; д. 7, л. 5"), and when it
does not continue a list of places. Notes of other traditions also join two works with
"and" ("…, 45, and J. Doe, Other Book (1990)"): that "and" parts them too.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from biblio.data.places import is_abbreviated_place
from biblio.lazy_patterns import LazyPattern
from biblio.parse.acs_book_imprints import is_acs_imprint
from biblio.parse.archival import LEVEL
from biblio.parse.areas import split_areas
from biblio.parse.gost import IBID, LEAD_IN, continues_statement
from biblio.parse.names import HEADING_NAME, UPPER
from biblio.parse.official import STANDARD_NOTE_WORDS
from biblio.parse.patterns import PRINTED_YEAR
from biblio.parse.publication import KNOWN_PLACES, PLACE


class Segment(NamedTuple):
    start: int
    end: int
    text: str


BRACKETS = re.compile(r"[()\[\]«»“”;]")
_OPENING, _CLOSING = "([«“", ")]»”"
_WORD = r"[^\s,;:()\[\]]"
PLACE_MAY_CONTINUE = LazyPattern(
    rf"\[?[{UPPER}]{_WORD}*+(?:\s{_WORD}++){{0,4}}+(?:\s?[:;(\[]|,\s?[\d{UPPER}«\"]|\])")
"""What PLACE_CONTINUES needs, tried first as it is cheaper (a quarter of the time):
up to five words free of its signs (PLACE's words), then a sign that can follow a
place — a colon, a ";", a parenthesis, a comma before a year or a state, a "]", or a "["
(«СПб. [и др.] : Питер», the other places left out)."""


PUBLISHER_CONTINUES = LazyPattern(
    rf"[«\"]?[{UPPER}][^;:/«»]{{0,60}}(?:«[^«»]{{1,60}}»)?,\s?\d{{4}}(?!\d)")
"""A second publisher and the year after a ";" ("М. : Высш. шк.; Издательский центр
«Академия», 2000", "М.: Центрполиграф; Мим-Дельта, 2010"), as catalogues print two
publishers of one place (GOST 7.1-2003, 5.5: a second publisher is recorded)."""
PLACE_CONTINUES = LazyPattern(rf"(?:{PLACE.pattern})(?:\s?[:;]|,\s?\d{{4}})", re.VERBOSE)
"""The second place of a run after the first one's ";", before its publisher's colon, a
third place or the year: "М.; Л.: Наука", "М.; Л., 1949"."""
PLACE_AND_PUBLISHER_CONTINUE = LazyPattern(
    rf"(?P<place>{PLACE.pattern}),\s?(?:«[^«»]{{1,60}}»,\s?\d{{4}}(?!\d)|"
    rf"{PUBLISHER_CONTINUES.pattern})", re.VERBOSE)
"""A note's comma form: the second place, its publisher and the year ("М.; Л.,
Госпланиздат, 1939", "М.; Л., «Сов. писатель», 1966"); the place one the tables know, as
"Luhmann, Niklas, 1981" after "Opladen;" is a name and a year."""


STANDARD_NOTE_OPENED = LazyPattern(rf"[—–-]\s(?:{STANDARD_NOTE_WORDS})(?![^\W\d_])", re.IGNORECASE)
STANDARD_NOTE_GOES_ON = LazyPattern(rf"(?:{STANDARD_NOTE_WORDS})(?![^\W\d_])", re.IGNORECASE)
"""A standard's note (GOST 7.1-2003 clause 7.1.4) parts its statements with ";": "– Взамен
ГОСТ 7.53–86 ; введ. 2002–07–01", and Belarusian lists capitalize the next one: "– Узамен
ДАСТ 2.051–2006; Уведз. 01.04.2016 г.", "– Упершыню; Уведз. 01.09.2005 г." (the National
Library of Belarus): one reference's note, not a second reference."""


SIZE_AFTER = re.compile(r"\s*\d{1,2}\s?(?:см|cm)(?![^\W\d_])")
"""The book's height after the extent's ";" (GOST 7.1-2003 5.6: "400 с. : ил. ; 22 см",
"xii, 425 p. : maps ; 22 cm"), read with the extent, not a reference of its own."""


def _continues_places(left: str, right: str) -> bool:
    """"М.; Л.: Наука", "L.: Macmillan; Pittsburgh: UP": the left ends with a place (and
    perhaps its publisher) and the right goes on with a place and a colon, a ";" or a year;
    or the left ends with a place and its publisher, and the right names another
    publisher before the year."""
    places = PLACE_MAY_CONTINUE.match(right) is not None and (
        PLACE_CONTINUES.match(right) is not None or _place_and_publisher(right))
    if not places and PUBLISHER_CONTINUES.match(right) is None:
        return False
    areas = split_areas(left)
    if not areas:
        return False
    last = left[areas[-1].start:]
    place, colon, _ = last.partition(":")
    if LEAD_IN.match(last):  # "См.: Россия в средние века; Дмитриева. …": «См.» is no place
        return False
    place = place.rpartition(";")[2].strip()  # the third place of a run: "Bern; Frankfurt
    # am Main; New York; Paris: 1986", as the left already holds the places joined before it
    if not colon and _known_place(place.rpartition(",")[2].strip()):
        place = place.rpartition(",")[2].strip()  # a note's comma form: "…, т. I, М.; Л., 1928"
    return PLACE.fullmatch(place) is not None and (places or bool(colon))


def _place_and_publisher(right: str) -> bool:
    """Whether `right`, after a «;», is the second place of one imprint with its publisher
    and year («М.; Л., Госпланиздат, 1939»), not another reference."""
    match = PLACE_AND_PUBLISHER_CONTINUE.match(right.lstrip())
    return match is not None and _known_place(match["place"])


def _known_place(word: str) -> bool:
    """A place the tables know, abbreviated ("М.") or in full ("Москва")."""
    return is_abbreviated_place(word) or word in KNOWN_PLACES


VANCOUVER_NUMBERING = re.compile(r"\d*\(\d[^()\s]*\)(?::\d|\.|$)")
"""Vancouver's and AMA's numbering glued to the date's ";": "(2):48-9", "56(3):245"."""
VANCOUVER_BOOK_YEAR = re.compile(rf"\s?{PRINTED_YEAR}(?:[.;:,]|$)")
"""A book's year after its publisher's ";", as the Vancouver style prints a book's imprint
(NLM's Citing Medicine, chapter 1: "Place: Publisher; Date."): "М.: ГЭОТАР-Медиа; 2009.
656 с.", "M.:Geotar-Meditsina; 2009."."""


def _ends_with_imprint(left: str) -> bool:
    """Whether `left`'s last area is a place and its publisher after the colon ("М.:
    ГЭОТАР-Медиа"), before the Vancouver style's ";" and the year."""
    areas = split_areas(left)
    if not areas:
        return False
    place, colon, publisher = left[areas[-1].start:].partition(":")
    return bool(colon) and bool(publisher.strip()) and PLACE.fullmatch(place.strip()) is not None


_FAMILY_GIVEN = r"[^\W\d_a-z][^\W\d_]+(?:-[^\W\d_]+)?,\s[^\W\d_a-z][^\W\d_]*\.?(?:\s[^\W\d_a-z][^\W\d_]*\.?)?"
_NAMES = rf"{_FAMILY_GIVEN}(?:(?:\s?[;/]|,?\s(?:und|and|&))\s?{_FAMILY_GIVEN})*"
NAMES_BEFORE = LazyPattern(rf"(?:^|\b[Ii]n:?\s){_NAMES}\s?/?$")
NAMES_AFTER = LazyPattern(rf"{_FAMILY_GIVEN}(?:\s?[;/,(:]|\s(?:und|and|&)\s)")
"""German and author–date lists of "Family, Given" names parted by ";" ("Blankenburg,
Erhard; Schönholz, Siegfried, 1979: …", "in: Blankenburg, Erhard; Klausa, Ekkehard und
Hubert Rottleuthner (Hrsg.)"): a name alone before the ";" and a name after it."""
NAMES_AND_YEAR = re.compile(rf"^{_NAMES},\s{PRINTED_YEAR}(?:/\d\d)?$")
""""Danzig, Richard /Lowy, Michael, 1974/75; Everday Disputes …": the names and the year
of an author–date head, which the ";" parts from its title."""


SUBTITLE_BEFORE_HOST = re.compile(
    r"(?:[^\W\d_][^\W_]*[\s:—–-]+){2,}[^\W\d_][^\W_]*,\s[Ii]n:?\s")
"""A title's second part after its ";" and before the host's "in:" ("The Public
Ordering of Private Cases; Winning Civil Court Cases, in: Law and Society Review"):
three words or more, none an initial, so no author opens it."""


NEXT_TITLE_BEFORE_STATEMENT = LazyPattern(r"[{UPPER}][^/;.()\[\]]{0,120}?\s/\s".replace(
    "{UPPER}", UPPER))
"""A title and the statement's " / " after the ";": the next work of a run of titles
with no common title (GOST 7.1-2003 clause 5.2: «Пушкин А. С. Повести Белкина ;
Дубровский / А. С. Пушкин. — М. : Худож. лит., 1980»; a volume's titles, «Кн. 2: Усвея —
Яшын; Дадатак / Рэдкал.: …»)."""
IMPRINT_OR_HOST = re.compile(r"\d{4}|\.\s[—–]\s|//")
"""What a reference printed before the ";" has and a run of titles has not: a year, an
area's dash or a host's "//"."""


def _titles_run_on(left: str, right: str) -> bool:
    """Whether the ";" parts two titles of one work's title area: the left no more than a
    heading and titles, the right a title and its statement of responsibility."""
    return NEXT_TITLE_BEFORE_STATEMENT.match(right) is not None and \
        IMPRINT_OR_HOST.search(left) is None and not HEADING_NAME.match(right) and \
        not _only_heading_names(left.strip())


def _is_boundary(left: str, right: str) -> bool:
    if not right.strip() or not left.strip() or SIZE_AFTER.match(right):
        return False
    if NAMES_AND_YEAR.match(left.strip()) or \
            NAMES_AFTER.match(right) and NAMES_BEFORE.search(left.strip()) or \
            SUBTITLE_BEFORE_HOST.match(right):
        return False
    if left[-1:].isdigit() and right[:1].isdigit() or \
            left[-1:] in "0123456789]" and VANCOUVER_NUMBERING.match(right):
        return False  # Vancouver's "2001;56(3):245-60", "[цитируется по …];(2):48-9"
    if right[:2].strip()[:1].isdigit() and VANCOUVER_BOOK_YEAR.match(right) and \
            _ends_with_imprint(left):
        return False  # Vancouver's book: "М.: ГЭОТАР-Медиа; 2009."
    if STANDARD_NOTE_GOES_ON.match(right) and STANDARD_NOTE_OPENED.search(left):
        return False
    if right[-1:] in ".0123456789г" and is_acs_imprint(right):
        return False  # the ACS style's book: "Soil Physics; Springer: Berlin, Germany, 2015."
    if " / " in right and _titles_run_on(left, right):
        return False  # "Повести Белкина ; Дубровский / А. С. Пушкин. — М., 1980"
    first = right[:1]
    if first.islower():
        return any(pattern.match(right) for pattern in (LEAD_IN, IBID, LEVEL, HEADING_NAME))
    if HEADING_NAME.match(right):
        # "Петров П.П. …" opens a reference, though "Петров" could be a place; not after
        # names alone ("Иванов И.И.; Петров П.П. История …"): a reference is no bare name
        return not _only_heading_names(left.strip())
    return not (_continues_places(left, right) or continues_statement(left, right))


def _only_heading_names(text: str) -> bool:
    """Whether `text` is heading names only, parted by commas or ";" ("Половинчук О. Ю.;
    Марченко Т. М."), as typed lists part a heading's names with ";"."""
    position = 0
    while (name := HEADING_NAME.match(text, position)) is not None:
        separator = NAME_LIST_SEPARATOR.match(text, name.end())
        if separator is None:
            return name.end() == len(text)
        position = separator.end()
    return False


NAME_LIST_SEPARATOR = re.compile(r"\s?[,;]\s?")


LOOK = 200
"""How many characters either side of a ";" decide whether it ends a reference:
the patterns above are short, and a bounded look keeps splitting linear."""

_SPACE = re.compile(r"\s*")


ANOTHER_WORK = re.compile(
    rf"(?<=[\d)])\.?,?\s(?:and|und|et|e|и)\s(?:also\s|auch\s)?"
    rf"(?=[{UPPER}]\.(?:\s?-?[{UPPER}]\.)*\s[{UPPER}][^\W\d_]+(?:\s[{UPPER}][^\W\d_]+)?,\s)")
"""", and J. Doe, Other Book (1990)": after a reference that ends with its pages or its
imprint, "and" before a name given first and a comma opens another work (a list of
authors has no number before its "and")."""


AND_WORD = re.compile(" (?:and|und|et|e|и) ")
"""The words of ANOTHER_WORK, looked for first: most notes have none."""


def _other_works(segment: Segment) -> list[Segment]:
    """A segment cut where ANOTHER_WORK opens a second reference."""
    if AND_WORD.search(segment.text) is None or ANOTHER_WORK.search(segment.text) is None:
        return [segment]
    pieces, start = [], 0
    for match in ANOTHER_WORK.finditer(segment.text):
        pieces.append(Segment(segment.start + start, segment.start + match.start(),
                              segment.text[start: match.start()].strip()))
        start = match.end()
    pieces.append(Segment(segment.start + start, segment.end, segment.text[start:].strip()))
    return pieces


def split_references(text: str) -> list[Segment]:
    """The references of a footnote with their spans; one segment if there is no ";"."""
    return [piece for segment in _at_semicolons(text) for enclosed in _in_brackets(segment)
            for piece in _other_works(enclosed)]


BRACKETED_CITES = LazyPattern(rf"\[(?P<inner>[{UPPER}][^\[\]]*;\s[^\[\]]+)\]\.?")
"""Several cites in one pair of square brackets, GOST R 7.0.5-2008's отсылка to several
references "[Есин, 2012; Махонина, 2011]", "[Иванов 2010; Erikson 2000]": each a cite of
its own; only where every one opens with a capital (an author or a title)."""


def _in_brackets(segment: Segment) -> list[Segment]:
    """A segment that is one bracketed отсылка to several works, cut at its ";"."""
    match = BRACKETED_CITES.fullmatch(segment.text) if segment.text[:1] == "[" else None
    if match is None:
        return [segment]
    offset = segment.start + segment.text.index(match["inner"])
    pieces = [Segment(offset + piece.start, offset + piece.end, piece.text)
              for piece in _at_semicolons(match["inner"])]
    if len(pieces) < 2 or not all(piece.text[:1].isupper() for piece in pieces):
        return [segment]
    return pieces


def _at_semicolons(text: str) -> list[Segment]:
    """The segments between the ";" that end a reference."""
    if ";" not in text:  # most footnotes: no bracket needs counting
        return [Segment(0, len(text), text.strip())] if text.strip() else []
    segments: list[Segment] = []
    depth, start = 0, 0
    for sign in BRACKETS.finditer(text):
        char = sign.group()
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(0, depth - 1)
        elif depth == 0:
            position = sign.start()
            following = _SPACE.match(text, position + 1).end()
            left = text[max(start, position - LOOK): position]
            if _is_boundary(left, text[following: following + LOOK]):
                segments.append(Segment(start, position, text[start:position].strip()))
                start = following
    segments.append(Segment(start, len(text), text[start:].strip()))
    return [segment for segment in segments if segment.text]
