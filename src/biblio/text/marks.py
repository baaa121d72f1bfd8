"""How a footnote line starts, and how the body refers to a footnote.

A footnote line begins with its number ("12 Text", "12. Text", "12) Text",
"[12] Text", "¹² Text", "12Text" glued before a capital) or a mark instead of one
("* Text"); the body refers to it by a mark glued to a word ("союзе1", "Франции»¹²")
or set after its punctuation ("войны.3 Однако").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from biblio.data.name_particles import PARTICLES

NUMBERED_LINE = re.compile(
    r"""
    (?P<number>\d{1,5})            # the footnote number (a year only if expected)
    (?:
        (?P<list>(?<!\d{4})[.)])?  # "1." or "1)" as in numbered lists; "1962." is a year
        [ \t\u00a0]+                # a space, Word's tab, or a no-break space
      | (?P<glued>(?=[A-ZА-ЯЁ«„“]))   # or nothing, before a capital: "1Guelton F."
    )
    (?P<text>\S.*)
    """,
    re.VERBOSE,
)
"""A line that may start footnote N: "12 Text", "12. Text", "12\tText", "12Text"."""

BRACKETED_LINE = re.compile(r"\[(?P<number>\d{1,5})\][ \t\u00a0]*(?P<text>\S.*)")
"""A footnote numbered in brackets: "[12] Text"."""

MARK_DIGITS = 5
"""The most digits a footnote number has (as in NUMBERED_LINE): a longer run is a
figure, never a mark."""

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPTS, "0123456789")
TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPTS)
SUPERSCRIPT_LINE = re.compile(
    f"(?P<number>[{SUPERSCRIPTS}]{{1,{MARK_DIGITS}}})(?![{SUPERSCRIPTS}])[ \\t]*(?P<text>\\S.*)"
)
"""A line that starts with superscript digits, as pasted from Word: "¹² Text"."""

def opens_with_a_number(line: str) -> bool:
    """True when `line` starts as NUMBERED_LINE, BRACKETED_LINE or SUPERSCRIPT_LINE do
    (a digit, "[" or a superscript digit): most lines of a text do not, and this one
    look at the first character spares them three patterns."""
    first = line[:1]
    return first.isdecimal() or first == "[" or (first != "" and first in SUPERSCRIPTS)


def numbered_line(line: str) -> re.Match[str] | None:
    """The match ("number", "text") of a line that opens with a footnote number in one of
    the forms above, or None."""
    if not opens_with_a_number(line):
        return None
    return (NUMBERED_LINE.fullmatch(line) or BRACKETED_LINE.fullmatch(line)
            or SUPERSCRIPT_LINE.fullmatch(line))


MARKED_LINE = re.compile(r"(?:\*+|[†‡])[ \t]*(?P<text>(?:[^\W\d_]|[«\"“„(]).*)")
"""A note marked with asterisks or daggers instead of a number: "* Text"."""

ABBREVIATION_START = re.compile(r"[^\W\d_]{1,4}[.:]")
"""A footnote may begin in lower case with an abbreviation: "cf.", "см.:", "ibid."."""

OPENING_MARKS = "«\"“„‘'(["

YEAR_TITLE = re.compile(r"1[0-9]{3}(?:[—–-]1?[0-9]{2,3})?(?:[ :]|$)")
"""A title that begins with a year or years ("1941 год", "1937—1938:"), not an
imprint's year ("1998. С. 5")."""

TABLE_CELLS = re.compile(r"\t+|[ \u00a0]{2,}")
"""What separates the cells of a table row in a text layer: tabs or runs of spaces."""

NUMERIC_CELL = re.compile(r"[\d.,:%()+−–-]+")
"""A cell of figures: "412", "12,5", "3.5%", "(17)"."""


def is_table_row(text: str) -> bool:
    """True for the rest of a table row after its number ("Wheat    412    230"):
    cells set apart by tabs or runs of spaces, at least two and half of them figures.
    A footnote is prose; even a layout-preserving text layer spaces it out unevenly
    ("Там же.   С.   45."), not into figures."""
    if "\t" not in text and "  " not in text and "\u00a0\u00a0" not in text:
        return False
    cells = TABLE_CELLS.split(text.strip())
    figures = sum(1 for cell in cells if NUMERIC_CELL.fullmatch(cell))
    return len(cells) >= 3 and figures >= 2 and 2 * figures >= len(cells) - 1


def marker_style(line: str) -> str:
    """How a numbered line marks its number: "bracket" ("[1] "), "superscript"
    ("¹ "), "dot" ("1. ", "1) ") or "bare" ("1 "). A reference list and the footnotes
    beside it are told apart by it where their numbers meet."""
    if line.startswith("["):
        return "bracket"
    if line[:1] in SUPERSCRIPTS:
        return "superscript"
    match = NUMBERED_LINE.match(line)
    return "dot" if match is not None and match.group("list") else "bare"


def number_of(mark: str) -> int:
    """The number that a footnote mark writes, in digits or superscript digits."""
    return int(mark) if mark.isascii() else int(mark.translate(FROM_SUPERSCRIPT))


def looks_like_note_text(text: str) -> bool:
    """A footnote starts with a capital, a quote or bracket, an abbreviation ("cf.",
    "см.:") or a name particle ("du Réau E."); a body line after a number does not
    ("15 января 1933 г.")."""
    first = text[0]
    if first.isupper() or first in OPENING_MARKS:
        return True
    if ABBREVIATION_START.match(text):
        return True
    word, _, rest = text.partition(" ")
    return word in PARTICLES and rest[:1].isupper()


CLOSING_MARKS = "»”\")]"
SENTENCE_PUNCTUATION = ".,;:!?"

DIGIT_RUN = re.compile(
    f"""
    [0-9{SUPERSCRIPTS}]   # one class of both kinds of digit, skipped to at C speed
    (?<=(?:[^\\W\\d_]|[{re.escape(CLOSING_MARKS + SENTENCE_PUNCTUATION)}])[0-9{SUPERSCRIPTS}])
    (?:(?<=[0-9])[0-9]*|(?<=[{SUPERSCRIPTS}])[{SUPERSCRIPTS}]*)
    """,
    re.VERBOSE,
)
"""A run of digits or of superscript digits after a letter, a closing mark or punctuation:
a reference mark if what precedes it says so. It opens with one class of both kinds of
digit, which the engine skips to at C speed (an alternation "[0-9]+|[⁰-⁹]+", or a
look-behind before the digit, is tried at every character); the look-behind after that
digit drops runs after a space or a line end (years, pages) without a Python step
each. It lets through more than reference_numbers takes (any \\w but a digit or "_"),
never less; a run dropped at its first digit is dropped whole: the look-behind takes no
digit before the one tried (a superscript one aside, which reference_numbers rejects)."""


def reference_numbers(line: str, *, loose: bool = False) -> Iterator[int]:
    """The numbers of the footnotes that `line` refers to: digits glued to a word or a
    closing quote ("союзе1", "Франции»¹²"), or set after the punctuation that ends a
    word of four letters or more, before a space ("войны.3 Однако"). `loose` also
    takes digits after an abbreviation's period ("в 1935 г.1", "(1936).4"): in the
    body they name a footnote to come; in a footnote they may be a number ("Л.3").

    Digit runs are found first and what precedes each is looked at: a single pattern
    with look-behind assertions is tried at every character, several times slower."""
    for match in DIGIT_RUN.finditer(line):
        start, end = match.span()
        if end - start > MARK_DIGITS:
            continue
        before = line[start - 1] if start else " "
        if before.isalpha() or before in CLOSING_MARKS:
            yield number_of(match.group())
        elif before in SENTENCE_PUNCTUATION and match.group().isascii():
            before_a_space = end == len(line) or line[end].isspace()
            if before_a_space and _ends_a_word(line, start - 1, loose):
                yield number_of(match.group())


def _ends_a_word(line: str, end: int, loose: bool) -> bool:
    """True when a word of four letters ends at `end` (or, `loose`, any letter or a
    closing bracket or quote)."""
    if loose:
        return end > 0 and (line[end - 1].isalpha() or line[end - 1] in CLOSING_MARKS)
    return end >= 4 and line[end - 4:end].isalpha()


def refers_to(line: str, number: int) -> bool:
    """True when `line` carries the reference mark of footnote `number`. A mark's
    digits hold those of the number (after any leading zeros), so most lines are
    ruled out by a substring search."""
    digits = str(number)
    if digits not in line and digits.translate(TO_SUPERSCRIPT) not in line:
        return False
    return number in reference_numbers(line)
