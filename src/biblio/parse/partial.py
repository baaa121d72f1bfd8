"""A reference the grammar cannot read whole, read in part (issue 9).

The grammar reads a reference's areas from the right and takes what it cannot read
for the title, so one damaged or unknown word at the end ("с. З80", "ст. 15",
"оп, 10282") turned a whole reference into no reference. When the text shows the
signs of one (`looks_like_reference`: a year, an imprint, a page, volume or issue
marker, an archival level), two readings are tried, and what each changes or leaves is
reported as the reference's leftover, the text as printed:

1. repaired: letters OCR takes for digits read as digits where only a number can
   stand (after a page, volume or issue marker, a year), an archival level's period
   printed as a comma ("оп, 10282"), and the periods a heading's initials or its
   family lost ("Модзалевский Б Л Роман …", "Д.С. Лихачев Поэзия садов"); a Latin "N"
   typed for "№" ("N 5") is no damage: the grammar reads it as an issue term
   (`reference_terms.ISSUE_TERMS`);
2. the longest readable part: the text cut at its last few area boundaries, from the
   right; the first head read as a work with more than a title (a year, a place, a
   host, an author, a volume) or as an archival file is the reading, and the tail is
   its leftover. At most MOST_CUTS heads are read, so a reference costs a few parses.

A work the grammar read whole with no year, while its title or host holds a year
standing as an area of its own ("… при советской власти. Массачусетс, Кембридж, 1958",
"«Рюрик» был первым. А, Судостроение, 1989"), had an area the grammar could not read between the
title and the imprint or after it: reading from the right, the grammar stopped there and
took the rest for the title. `read_between` reads it again without one of its last
areas (`MOST_DROPS`), the area left out kept as its leftover.

A reference with a look-alike letter touching a digit is read repaired first, also when
the grammar would read it whole ("С. 1О5" was kept as the cite's suffix).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from biblio.data.archival_levels import LEVELS
from biblio.data.homoglyphs import (CYRILLIC_TO_LATIN, DIGIT_LOOKALIKES, NUMBER_LOOKALIKES,
                                    YEAR_FIRST_LOOKALIKES)
from biblio.data.reference_terms import NUMBER_DESIGNATIONS
from biblio.lazy_patterns import LazyPattern
from biblio.model import Leftover
from biblio.parse.commentary import is_commentary, looks_like_reference
from biblio.parse.patterns import CYRILLIC, RUSSIAN_FAMILY, alternation
from biblio.parse.reference import Reference
from biblio.parse.triggers import triggers
from biblio.text.repair import Change, may_change_reference, repair_reference

REPAIRED = ("read with letters taken for digits or for the other script's look-alikes, "
            "or a comma or nothing for a period")
"""The reason of a leftover that holds a printed token the reading repaired."""
UNREAD_PART = "not read: the end of a reference read in part"
"""The reason of a leftover that holds the tail a partial reading could not read."""
UNREAD_AREA = "not read: an area between the areas a reading read"
"""The reason of a leftover that holds the area `read_between` left out."""

_LOOKALIKE = "".join(DIGIT_LOOKALIKES)
_MARKERS = alternation(NUMBER_DESIGNATIONS)
NUMBER_POSITION = LazyPattern(
    rf"""(?P<marker>(?<![^\W\d_])(?:{_MARKERS})(?:\.\s?|\s|(?<=№)))
         (?P<number>[\d{_LOOKALIKE}]*\d|[{''.join(NUMBER_LOOKALIKES)}](?!\.\s*[^\W\d_]|\.,))
         (?![^\W\d_])""",
    re.VERBOSE,
)
"""A number after a page, volume or issue marker ("с. З80", "№ И", "стр. 1O5"); it ends
with a digit, so that a verso ("л. 12об.") and a lettered number ("№ 5б") stay. A marker
other than "№" is followed by its period or a space: "СЗ РФ" is an acronym, not "с. 3";
a lone letter followed by a period and a word or comma is an initial ("С. И. Иванов")."""
LOOKALIKE_BY_DIGIT = re.compile(rf"\d(?:(?<=[{_LOOKALIKE}]\d)|(?=[{_LOOKALIKE}]))")
"""A cheap first test for `repair`: a look-alike letter touching a digit. It opens with the
digit, which the engine skips to: the look-alikes hold "о", in every other Russian word
(the same texts as a look-alike and a digit either way round, in 0.57 of the instructions)."""
_ZERO_LOOKALIKES = "".join(letter for letter, digit in DIGIT_LOOKALIKES.items() if digit == "0")
YEAR_POSITION = LazyPattern(
    rf"""(?<![^\s,.(])(?P<number>[12{''.join(YEAR_FIRST_LOOKALIKES)}]
         (?:[\d{_LOOKALIKE}]{{2}}\d|\d{{2}}[{_ZERO_LOOKALIKES}]))
         (?=[,.;)]|\s?г\.|$)""",
    re.VERBOSE,
)
"""A year after a space or an area's punctuation, ending at punctuation or "г.": look-alikes
in its middle places ("1З27,", "19б5."), the letter O for its last 0 after three digits
("198о.", as OCR reads a Soviet imprint), the Latin I for its first 1 ("I960."). A last
"б" or "об" stays: "л. 12об." is a verso, "№ 105б" a lettered number."""
LATIN_I_YEAR = re.compile(r"I\d{3}")
"""A cheap first test for YEAR_POSITION's Latin I: it opens with the letter itself, which
the engine skips to."""
_LEVEL_WORDS = alternation({spelling.rstrip(".") for level in LEVELS
                            for spelling in level.spellings if spelling.endswith(".")})
LEVEL_COMMA = LazyPattern(rf"(?<![^\s,.])(?P<level>{_LEVEL_WORDS}),(?=\s?\d)")
"""An archival level whose period was printed as a comma: "оп, 10282"."""

_FAMILY = RUSSIAN_FAMILY
_NOT_A_WORD = "БГДЕЁЖЗЛМНПРТФХЦЧШЩЭЮ"
"""Cyrillic capitals that are no one-letter word: alone, an initial ("А", "В", "И", "К",
"О", "С", "У", "Я" open titles: "В Москве", "О культуре театра")."""
_TITLE_START = r"[А-ЯЁ«\"„]"
HEADING_BARE_INITIALS = re.compile(
    rf"""(?P<family>{_FAMILY})\s
         (?P<initials>[А-ЯЁ]\.[А-ЯЁ]                       # "И.И": glued, so no word
          |(?:[А-ЯЁ]\.\s?|[{_NOT_A_WORD}]\s)?[{_NOT_A_WORD}])(?P<gap>\s)
         (?={_TITLE_START})""",
    re.VERBOSE,
)
"""A heading whose last initial lost its period, before the title: "Модзалевский Б Л
Роман декабриста …" (OCR drops the periods of initials), "Иванов И.И История края" (typed;
a letter typed close up to an initial's period is an initial, never the word "И")."""
HEADING_INITIAL_COMMA = re.compile(
    rf"""(?P<family>{_FAMILY})\s(?P<initials>[А-ЯЁ]\.\s?[А-ЯЁ]),(?P<gap>\s)
         (?=[«\"„]|[А-ЯЁ][а-яё]*[\s:,.](?!\s?[А-ЯЁ]\.))""",
    re.VERBOSE,
)
"""A heading whose last initial's period was printed as a comma, before a title (not
before another name with its initials, "Иванов И. И, Петров П. П."): "Смирнова А. О,
Записки: …"."""
INITIALS_FIRST_BARE = re.compile(
    rf"(?P<initials>(?:[А-ЯЁ]\.\s?)+[А-ЯЁ])(?P<gap>\s)(?={_FAMILY}\.\s)")
"""Initials before the family, the last without its period: "В. А Сологуб. Воспоминания"."""
INITIALS_FIRST_FAMILY_UNCLOSED = re.compile(
    rf"(?P<initials>(?:[А-ЯЁ]\.\s?){{1,3}}{_FAMILY})(?P<gap>\s)(?=[А-ЯЁ«\"„][а-яё])")
"""Initials and the family with no period before the title: "Д.С. Лихачев Поэзия
садов: …" (GOST 7.1-2003 closes the heading with a period)."""
BARE_INITIAL = LazyPattern(r"(?<![^\W\d_])([А-ЯЁ])(?=\s|$)")
"""A capital standing alone in a heading's initials, which takes its period."""
HEADING_WITHOUT_PERIODS = (HEADING_BARE_INITIALS, HEADING_INITIAL_COMMA, INITIALS_FIRST_BARE,
                           INITIALS_FIRST_FAMILY_UNCLOSED)
"""The damaged headings `repair` closes with their periods, tried at a reference's start."""

NOT_A_LOOKALIKE = re.compile(
    "[" + "".join(chr(code) for code in range(0x400, 0x500) if chr(code) not in CYRILLIC_TO_LATIN)
    + "]")
"""A Cyrillic letter without a Latin look-alike ("м", "д"): a text with one is no Latin
reference in disguise (`latin_reading`), found at once in a Russian one."""
LONE_NUMBER_LOOKALIKE = LazyPattern(
    f"[{''.join(NUMBER_LOOKALIKES)}](?<![^\\W\\d_].)(?![^\\W\\d_]|\\.\\s*[^\\W\\d_]|\\.,)")
"""A letter NUMBER_POSITION may read as a whole number ("№ И"), standing alone and not an
initial: the same letter and lookahead, without the marker."""
COMMA_BEFORE_NUMBER = LazyPattern(r",(?<=[^\W\d_],)(?=\s?\d)")
"""A comma after a letter and before a number: LEVEL_COMMA's comma, found at C speed."""

MOST_CUTS = 3
"""Heads tried, from the longest: enough for an unread pinpoint, issue and volume."""
CUT = LazyPattern(r"[.,;]\s|\s[—–-]\s?")
"""An area's boundary: where a reference may be cut; its dash perhaps glued to the area
after it, as lists that lost their punctuation print it ("// Экономика стр-ва -1987 - №5
-е 38-40", a Ukrainian textbook's appendix, "-е" OCR's "с": the issue is read, the
pages' tail is left)."""
TAIL_MOST = 30
"""Characters an unread tail may have: an area or two ("№ И, стр. 87"), not a sentence."""
DIGIT = re.compile(r"\d")
YEAR_AREA = re.compile(r"(?:^|[,.]\s|\s[—–-]\s?)(?:1[5-9]\d\d|20[0-3]\d)(?:\s?г\.)?"
                       r"(?=$|[.,;)]|\s[—–-])")
"""A year standing as an area of its own: after an area's comma, period or dash and
before the next one or the end ("…, 1958", ". 2008.", " – 2015."); not a year governed
by a day and month ("казненного 13 июня 1826 г.") nor the end of a range ("1765- 1769
гг.")."""
MOST_DROPS = 6
"""Areas `read_between` tries to leave out, from the last: the pinpoint, the numbering,
the imprint's place and publisher, and the area after the title."""
IMPRINT_OR_HOST = ("publisher-place", "publisher", "page", "issue", "volume",
                   "number-of-pages")
"""What a reading that leaves an area out must find beside the year: a year alone after a
title is as often the title's ("Показатели - 2013 г."), so it is no evidence."""
EVIDENCE = ("issued", "publisher-place", "publisher", "container-title", "author",
            "volume", "issue", "archive")
"""Fields that make a head a reference, not a title alone."""


def read_repaired(text: str, read: Callable[[str], Reference]) -> Reference | None:
    """`text` read by `read` with its look-alike letters in number positions read as
    digits ("С. 1О5", "М., 19З5"), the printed tokens in its leftover; None when there
    are none or the repaired text reads as no reference either."""
    repaired, tokens = repair(text)
    if not tokens:
        return None
    reading = read(repaired)
    if reading.kind == "comment":
        return None
    return _reported(reading, text, [Leftover(token, REPAIRED) for token in tokens])


def latin_reading(text: str, read: Callable[[str], Reference]) -> Reference | None:
    """A Latin-script reference whose only Cyrillic letters are look-alikes ("Fennell.
    History, рр. 16-17", "Dupuy R. Е.and T. N. …"), read by `read` in Latin letters, the
    printed words in its leftover; None for any other text. The grammar reads a text
    with Cyrillic letters as a Russian reference, the labeller reads the Latin ones."""
    if NOT_A_LOOKALIKE.search(text) or not _mixed_scripts(text) \
            or not may_change_reference(text):
        return None
    lookalikes = repair_reference(text)
    if not lookalikes.changes or CYRILLIC.search(lookalikes.text):
        return None
    return _reported(read(lookalikes.text), text,
                     [Leftover(change.before, REPAIRED) for change in lookalikes.changes])


def swallowed(whole: Reference) -> bool:
    """Whether a work read whole has no year and no pinpoint, and its title or host holds
    the signs of the areas the grammar could not read ("Иванов И. И. Музыка речи. М.,
    1923, ст. 15": all after the heading taken for the title)."""
    if whole.kind != "work" or "issued" in whole.fields or whole.locator is not None:
        return False
    return holds_areas(whole.fields)  # a tail read in part holds a number


SIGNED_FIELDS = ("title", "container-title")


def holds_areas(fields: dict[str, object], sign: re.Pattern[str] = DIGIT) -> bool:
    """Whether a work's title or host holds `sign` of an area (a number; a host's "//"
    too for `second_reading.weak`) and reads as a reference
    (`commentary.looks_like_reference`): the grammar's title swallowed other areas. The
    sign is tested first: most titles have none, and the full test costs a twentieth of
    a GOST note's parse."""
    return any(isinstance(value := fields.get(variable), str)
               and sign.search(value) is not None and looks_like_reference(value)
               for variable in SIGNED_FIELDS)


def read_in_part(text: str, read: Callable[[str], Reference],
                 whole: Reference) -> Reference | None:
    """`text` repaired or cut and read by `read` (the grammar, whole), or None when it
    shows no sign of a reference or neither reading finds more than `whole`, the
    grammar's reading of all of it."""
    if not looks_like_reference(text):
        return None
    repaired, tokens = repair(text)
    if tokens:
        reading = read(repaired)
        if _is_reference(reading) and _more(reading, whole):
            return _reported(reading, text, [Leftover(token, REPAIRED) for token in tokens])
    return _longest_head(text, read, whole)


def holds_unread_area(whole: Reference) -> bool:
    """Whether a work read whole has no year while its title or host holds one standing
    as an area: the grammar stopped at an area it could not read after it."""
    fields = whole.fields
    if whole.kind != "work" or "issued" in fields:
        return False
    return any(isinstance(value, str) and YEAR_AREA.search(value) is not None
               for value in (fields.get("title"), fields.get("container-title")))


def read_between(text: str, read: Callable[[str], Reference],
                 whole: Reference) -> Reference | None:
    """`text` read by `read` without the one of its last areas that leaves the most read,
    or None when no such reading finds a year with an imprint or a host's numbering
    and keeps every variable `whole` read beside its titles. The area left out, as
    printed, is the reading's leftover; of two readings as full, the one that leaves
    out less text."""
    cuts = list(CUT.finditer(text))
    starts = [0, *(cut.end() for cut in cuts)]
    kept = set(whole.fields) - {"title", "container-title"}
    best: tuple[int, int, Reference, str] | None = None
    for index in range(max(1, len(starts) - MOST_DROPS), len(starts)):
        if index < len(cuts):
            area = text[starts[index]: cuts[index].start()]
            rest = text[: starts[index]] + text[cuts[index].end():]
        else:
            area, rest = text[starts[index]:], text[: cuts[index - 1].start()]
        reading = read(rest)
        if not _is_reference(reading) or "issued" not in reading.fields or \
                not kept <= set(reading.fields) or \
                not any(variable in reading.fields for variable in IMPRINT_OR_HOST):
            continue
        size = len(reading.fields) + (reading.locator is not None)
        if best is None or (size, -len(area)) > (best[0], -best[1]):
            best = (size, len(area), reading, area)
    if best is None or best[0] <= len(whole.fields) + (whole.locator is not None):
        return None
    reading, area = best[2], best[3]
    if _continues_serial_title(reading, text, area):
        return reading
    return _reported(reading, text, [Leftover(area.strip(), UNREAD_AREA)])


SERIAL_TITLE_PART = LazyPattern(r"[^\d()«»\"/:;]{3,60}\.?")
"""An area that may go on with a serial's title: words with no number, no quotation or
other mark of an area of its own."""


def _continues_serial_title(reading: Reference, text: str, area: str) -> bool:
    """Whether the area left out is the rest of the serial's title the reading read, printed
    after its period with the comma style's year after it: a series ("Изв. АН СССР. Серия
    геол., 1975, № 11", a review of a map among the GOST examples), the body that issues it
    ("Учен. зап. Тартуского ун-та, 1985, вып. 11", as Soviet notes abbreviate it): a
    serial's dependent title and its section are its title proper (GOST 7.1-2003 clause
    6.2.4.3). Then the title takes the area as printed, after its period (the title's own,
    when it closes with an abbreviation: "Учен. зап.")."""
    host, area = reading.fields.get("container-title"), area.strip()
    if not isinstance(host, str) or not SERIAL_TITLE_PART.fullmatch(area):
        return False
    joined = f"{host} {area}" if host.endswith(".") else f"{host}. {area}"
    at = text.find(joined)
    if at < 0 or not text[at + len(joined):].startswith(","):
        return False
    reading.fields["container-title"] = joined
    return True


def _more(reading: Reference, whole: Reference) -> bool:
    """Whether `reading` has more fields than `whole`, a comment having none."""
    return whole.kind == "comment" or len(reading.fields) > len(whole.fields)


def repair(text: str) -> tuple[str, list[str]]:
    """`text` with look-alike letters read in the script around them
    (biblio.text.repair.repair_reference: "On. 1", "C. 223", "Ibid. Р. 630"), letters in
    number positions read as digits and a level's comma as a period, and the printed
    tokens that changed."""
    letters, changes = _letters_read(text)
    return _numbers_read(letters, [change.before for change in changes])


def _letters_read(text: str) -> tuple[str, list[Change]]:
    """`text` with its look-alike letters read in the script around them, one letter for
    one, and the changes; as it is when it does not mix the scripts."""
    if _mixed_scripts(text) and may_change_reference(text):
        lookalikes = repair_reference(text)
        return lookalikes.text, lookalikes.changes
    return text, []


def _numbers_read(text: str, tokens: list[str]) -> tuple[str, list[str]]:
    """`text` with letters in number positions read as digits, a level's comma as a
    period and a damaged heading's periods restored, and `tokens` with the printed
    tokens that changed."""
    def digits(match: re.Match[str]) -> str:
        number = match["number"]
        fixed = NUMBER_LOOKALIKES.get(number) or number.translate(_TO_DIGITS)
        if fixed == number:
            return match.group()
        tokens.append(number)
        return match.group()[: match.start("number") - match.start()] + fixed

    def period(match: re.Match[str]) -> str:
        tokens.append(match.group())
        return match["level"] + "."

    text = NUMBER_POSITION.sub(digits, text)
    text = YEAR_POSITION.sub(digits, text)
    text = LEVEL_COMMA.sub(period, text)
    return _heading_periods(text, tokens), tokens


def _heading_periods(text: str, tokens: list[str]) -> str:
    """`text` with the periods of a damaged heading at its start (HEADING_WITHOUT_PERIODS)
    restored: each bare initial and the family before the title take their period; the
    printed heading is added to `tokens`."""
    for pattern in HEADING_WITHOUT_PERIODS:
        heading = pattern.match(text)
        if heading is None:
            continue
        printed = text[heading.start("initials"): heading.start("gap")]
        tokens.append(printed)
        closed = BARE_INITIAL.sub(r"\1.", printed.rstrip(","))
        if pattern is INITIALS_FIRST_FAMILY_UNCLOSED:
            closed += "."
        return text[: heading.start("initials")] + closed + text[heading.start("gap"):]
    return text


_TO_DIGITS = str.maketrans({**DIGIT_LOOKALIKES, **YEAR_FIRST_LOOKALIKES})
"""Look-alikes as digits; YEAR_POSITION alone takes the I, NUMBER_POSITION never does."""


def _mixed_scripts(text: str) -> bool:
    """Whether `text` has letters of both scripts, so a look-alike may stand for the other."""
    found = triggers(text)
    return found.latin and found.cyrillic


def may_be_repaired(text: str) -> bool:
    """A cheap first test for `repair` on a Cyrillic reference: a look-alike letter
    touching a digit, a year opening with the Latin I, a heading that lost its periods, or
    Latin letters beside the Cyrillic ones and a word that repair_reference may change, a
    lone letter NUMBER_POSITION may read as a number or a level's comma (LEVEL_COMMA)."""
    found = triggers(text)
    return found.cyrillic and (
        LOOKALIKE_BY_DIGIT.search(text) is not None
        or HEADING_BARE_INITIALS.match(text) is not None
        or HEADING_INITIAL_COMMA.match(text) is not None
        or INITIALS_FIRST_BARE.match(text) is not None
        or INITIALS_FIRST_FAMILY_UNCLOSED.match(text) is not None
        or found.latin and (
            LATIN_I_YEAR.search(text) is not None  # "Paris, I984."
            or LONE_NUMBER_LOOKALIKE.search(text) is not None or may_change_reference(text)
            or COMMA_BEFORE_NUMBER.search(text) is not None and LEVEL_COMMA.search(text) is not None))


def _longest_head(text: str, read: Callable[[str], Reference],
                  whole: Reference) -> Reference | None:
    """The reading of the longest head of `text` (repaired) that reads as a reference,
    its unread tail, as printed, in its leftover. The look-alike letters are read once,
    in the whole text, and the head cut from that reading (one letter for one): read in
    the head alone, a word lost the number after it that kept it in its script («…,
    с. 67–71» cut to «…, с»: a Latin «c» taken for a pinpoint)."""
    cuts = [cut for cut in CUT.finditer(text) if len(text) - cut.end() <= TAIL_MOST]
    letters: tuple[str, list[Change]] | None = None
    for cut in cuts[: -MOST_CUTS - 1: -1]:
        head, tail = text[: cut.start()], text[cut.end():].strip()
        if not DIGIT.search(tail) or is_commentary(head):
            continue
        letters = letters or _letters_read(text)
        repaired, tokens = _numbers_read(letters[0][: cut.start()], [
            change.before for change in letters[1] if change.offset < cut.start()])
        reading = read(repaired)
        if _is_reference(reading) and _more(reading, whole):
            return _reported(reading, text, [*(Leftover(token, REPAIRED) for token in tokens),
                                             Leftover(tail, UNREAD_PART)])
    return None


def _is_reference(reading: Reference) -> bool:
    return reading.kind == "archival" or reading.kind == "work" and \
        any(variable in reading.fields for variable in EVIDENCE)


def _reported(reading: Reference, text: str, leftover: list[Leftover]) -> Reference:
    """The reading as the whole text's, with its leftover and a lower confidence."""
    reading.text = text
    reading.leftover.extend(leftover)
    reading.confidence = min(reading.confidence, 0.5)
    return reading
