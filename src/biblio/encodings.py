"""A file's bytes as text: UTF-8, or the legacy encoding it was saved in, said aloud.

Russian historians' notes, .bib files and LaTeX manuscripts are often saved in
windows-1251 (Word's "Save as text", Windows editors, `\\usepackage[cp1251]{inputenc}`),
sometimes in KOI8-R, CP866 (DOS) or mac-cyrillic, and French or German ones in
windows-1252. `decode` reads UTF-8 (a BOM dropped) first. Bytes that are not UTF-8
are read in the encoding the file declares (LaTeX's inputenc option, JabRef's
"% Encoding:" line), else in the LEGACY encoding whose reading is most plausible, and
the result says so (`Decoded.notice`), so that a caller can tell the user.

All five legacy encodings share ASCII, so only the other characters are judged, each
by what it is in its word (`_plausibility`): a Russian letter scores the logarithm of
its frequency (biblio.data.letter_frequencies: a wrong reading turns о, е, а into ю,
ц, ъ); a capital after a small letter, a Cyrillic letter inside a Latin word, an
accented Latin letter in a word of accented letters only ("Ðîññèÿ"), box drawing
and control characters are penalized; typographic punctuation (« » — № …) is
neutral. UTF-8 with some broken bytes is judged the same way (a broken byte is
penalized), and when it is the most plausible reading the file is refused at its
first broken byte rather than read as mojibake.

Measured (benchmarks/bench_encodings.py: 1,009 Russian dev-set footnotes, the sample
article's text, French and German ones; each text encoded in each encoding it can be
written in) against charset-normalizer 3.5.3 (the field's detector, a dependency of
its own). Results are in that script's docstring: this scorer reads more of the short
texts right, and needs no dependency; texts shorter than SHORT characters are allowed
a wrong guess (a few letters may read plausibly in two encodings).
"""

from __future__ import annotations

import codecs
import math
import re
from functools import lru_cache
from typing import NamedTuple

from biblio.data.letter_frequencies import RUSSIAN_LETTERS
from biblio.data.tex_encodings import INPUTENC_CODECS
from biblio.errors import BiblioError, UsageError

LEGACY: dict[str, str] = {
    "cp1251": "windows-1251",
    "koi8-r": "KOI8-R",
    "cp866": "CP866",
    "mac-cyrillic": "mac-cyrillic",
    "cp1252": "windows-1252",
}
"""Python codec (as codecs.lookup names it) → the name told to the user, in the order
ties are settled."""

AUTO = "auto"
UTF8 = "UTF-8"
SHORT = 20
"""Texts with fewer non-ASCII characters than this may be guessed wrong (measured:
benchmarks/bench_encodings.py); above it every test text is read right."""

SAMPLE = 1 << 14
"""Bytes judged: a long file's encoding shows in its first 16 KiB (a hundred footnotes)."""

WORD = re.compile(r"[^\W\d_¹²³]+")
"""A run of letters (superscript digits, note marks glued to words, are \\w too)."""
NON_ASCII = re.compile(r"[^\x00-\x7f]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")

NEUTRAL = frozenset("«»—–…№§°„“”‘’‚•·±¹²³\u00a0\u00ad\u2009\u202f‰€™©®")
"""Typographic characters of legacy Cyrillic and Western text: no evidence either way."""
OTHER_SLAVONIC = frozenset("іїєґўІЇЄҐЎ")
"""Ukrainian and Belarusian letters of windows-1251 and mac-cyrillic: plausible."""

LETTER_BONUS = 1.5
"""Added to a letter's log frequency, so that a rare letter (Ф, Щ) still reads better
than the neutral punctuation another encoding has at its place."""
_LETTER_SCORE = {letter: math.log(share) + LETTER_BONUS
                 for letter, share in RUSSIAN_LETTERS.items()}
_RARE_LETTER = -2.0
_WRONG = -3.0
_ACCENTED_IN_LATIN_WORD = 1.0
_KNOWN_WORD = 1.0
COMMON_ZIPF = 4.0
CYRILLIC_LANGUAGES = ("ru", "uk", "bg")
ONE_LETTER_WORDS = frozenset("вскоуиаяжб")
"""Russian words of one letter (prepositions, conjunctions, particles, "я"); any other
lone Cyrillic letter is an abbreviation, followed by a period."""
PLAUSIBLE = 0.0
"""The least mean score per non-ASCII character of a reading taken as text."""

_INPUTENC = r"^([^%\n]*?\\usepackage\s*\[)([^\]]*)(\]\s*\{inputenc\})"
INPUTENC_TEXT = re.compile(_INPUTENC, re.MULTILINE)
"""LaTeX's `\\usepackage[cp1251]{inputenc}` on a line not commented out: the text
before the options, the options, the rest."""
INPUTENC = re.compile(_INPUTENC.encode(), re.MULTILINE)
JABREF = re.compile(rb"^%\s*Encoding:\s*([A-Za-z0-9_.:-]+)", re.MULTILINE)


class Decoded(NamedTuple):
    text: str
    encoding: str
    """UTF8, or the name of the encoding the text was read in (display_name)."""
    reason: str = ""
    """Why a legacy encoding was used ("not UTF-8", "declared by …"); "" for UTF-8 or
    an encoding the caller named."""

    @property
    def notice(self) -> str | None:
        """One line for the user when the encoding was guessed or declared, else None."""
        if not self.reason:
            return None
        return f"read as {self.encoding} ({self.reason}); pass --encoding to choose"


def decode(data: bytes, source: str, encoding: str = AUTO) -> Decoded:
    """`data` as text. `encoding` "auto" reads UTF-8, else the declared or the most
    plausible legacy encoding; any other name (a Python codec name such as
    "windows-1251", "koi8-r") is used as given. Errors name `source`, the line and
    column of the first byte that does not fit, and the encoding."""
    if encoding != AUTO:
        codec = codec_of(encoding, source)
        return Decoded(_strict(data, source, codec), display_name(codec))
    try:
        return Decoded(data.decode("utf-8-sig"), UTF8)
    except UnicodeDecodeError as error:
        not_utf8 = error.start
    declared = declared_encoding(data)
    if declared is not None:
        codec, phrase = declared
        return Decoded(_strict(data, source, codec, f" ({phrase})"), display_name(codec),
                       phrase)
    guess = guess_legacy(data)
    if guess is None:
        line, column = _place(data, not_utf8, "utf_8")
        raise BiblioError(f"column {column}: byte 0x{data[not_utf8]:02x} is not UTF-8, and "
                          f"none of {', '.join(LEGACY.values())} reads the text better; "
                          "save it as UTF-8 or name its encoding", source=source, line=line)
    codec, text = guess
    return Decoded(text, display_name(codec), "not UTF-8")


def codec_of(name: str, source: str | None = None) -> str:
    """The Python codec of an encoding's name; an error for a name that is no text
    encoding."""
    try:
        b"a".decode(name)  # a codec of bytes to bytes (zlib) is refused here
    except UnicodeError:  # a text encoding that takes more bytes (UTF-16)
        pass
    except LookupError:
        raise UsageError(f"unknown encoding {name!r} (give e.g. utf-8, windows-1251, "
                         "koi8-r, cp866, windows-1252, or auto)", source=source) from None
    return codecs.lookup(name).name


def display_name(codec: str) -> str:
    """The name told to the user: windows-1251 rather than Python's cp1251."""
    name = codecs.lookup(codec).name
    return UTF8 if name in ("utf-8", "utf-8-sig") else LEGACY.get(name, name)


def declared_encoding(data: bytes) -> tuple[str, str] | None:
    """The codec a file declares, with the declaration in words: LaTeX's
    `\\usepackage[cp1251]{inputenc}` or JabRef's "% Encoding: windows-1251" line."""
    match = INPUTENC.search(data)
    if match:
        options = [option.strip() for option in match.group(2).decode("ascii", "replace")
                   .split(",")]
        known = [option for option in options if option in INPUTENC_CODECS]
        if known:
            line = data.count(b"\n", 0, match.start()) + 1
            return (INPUTENC_CODECS[known[-1]],
                    f"declared by \\usepackage[{known[-1]}]{{inputenc}} on line {line}")
    match = JABREF.search(data)
    if match:
        name = match.group(1).decode("ascii")
        try:
            codec = codec_of(name)
        except UsageError:
            return None
        line = data.count(b"\n", 0, match.start()) + 1
        return codec, f"declared by \"% Encoding: {name}\" on line {line}"
    return None


def guess_legacy(data: bytes) -> tuple[str, str] | None:
    """The most plausible legacy reading of `data` (codec, text), or None when the
    best is implausible or UTF-8 with broken bytes reads better."""
    sample = data[:SAMPLE]
    scores: list[tuple[float, int, str]] = []
    for order, codec in enumerate(LEGACY):
        try:
            scores.append((_plausibility(sample.decode(codec)), -order, codec))
        except UnicodeDecodeError:  # windows-125x leave a few bytes undefined
            continue
    broken_utf8 = _plausibility(sample.decode("utf-8", "replace"))
    for score, _, codec in sorted(scores, reverse=True):
        if score < PLAUSIBLE or score <= broken_utf8:
            return None
        try:
            return codec, data.decode(codec)
        except UnicodeDecodeError:  # a byte past the sample the codec does not define
            continue
    return None


def _plausibility(text: str) -> float:
    """The mean score of the non-ASCII characters of `text` (see the module's
    docstring); 0 for text without them."""
    total, count = 0.0, 0
    for char in NON_ASCII.findall(WORD.sub("", text)):  # characters between words
        total += 0.0 if char in NEUTRAL else _WRONG
        count += 1
    for match in WORD.finditer(text):
        word = match.group()
        if word.isascii():
            continue
        total_word, count_word = _word_score(word)
        if len(word) == 1 and not _alone_plausibly(text, match.start(), word):
            total_word = _WRONG
        total += total_word
        count += count_word
    return total / count if count else 0.0


@lru_cache(maxsize=1 << 16)
def _word_score(word: str) -> tuple[float, int]:
    """The summed score of a word's non-ASCII letters, and their number (a text's words
    repeat, so each is judged once)."""
    cyrillic = len(CYRILLIC.findall(word))
    ascii_letters = sum(char.isascii() for char in word)
    total, count = 0.0, 0
    for position, char in enumerate(word):
        if char.isascii():
            continue
        count += 1
        if position and char.isupper() and word[position - 1].islower():
            total += _WRONG
        elif CYRILLIC.match(char):
            total += _WRONG if cyrillic < len(word) else _cyrillic_score(char)
        elif "\u00c0" <= char <= "\u024f" and (2 * ascii_letters >= len(word) or len(word) == 1):
            total += _ACCENTED_IN_LATIN_WORD
        else:
            total += _RARE_LETTER
    if cyrillic == len(word) > 1:
        total += _KNOWN_WORD * len(word) * _commonness(word.lower())
    return total, count


def _cyrillic_score(letter: str) -> float:
    """A Cyrillic letter's score in an all-Cyrillic word."""
    if letter in OTHER_SLAVONIC:
        return LETTER_BONUS  # as a Russian letter of 1 per cent
    return _LETTER_SCORE.get(letter.lower(), _RARE_LETTER)


def _commonness(word: str) -> float:
    """From 0 for a word wordfreq does not know to 1 for one of a few per million
    words or more (Zipf 4): wrong readings make unknown or rare words ("оя")."""
    from biblio.word_frequencies import zipfs  # here: every command imports this module

    return min(max(zipfs(word, CYRILLIC_LANGUAGES)) / COMMON_ZIPF, 1.0)


def _alone_plausibly(text: str, start: int, letter: str) -> bool:
    """Whether a word of one non-ASCII `letter` at `start` reads as a word or an
    abbreviation: not glued to digits ("1933Р1941" is mac-cyrillic's dash read as
    windows-1251), and a Cyrillic letter either a one-letter word or followed by a
    period."""
    before, after = text[start - 1:start], text[start + 1:start + 2]
    if before.isdigit() or after.isdigit():
        return False
    return not CYRILLIC.match(letter) or letter.lower() in ONE_LETTER_WORDS or after == "."


def _strict(data: bytes, source: str, codec: str, why: str = "") -> str:
    """`data` in `codec`, a UTF-8 BOM dropped; an error at the first byte that does
    not fit."""
    if codecs.lookup(codec).name == "utf-8":
        codec = "utf-8-sig"
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        line, column = _place(data, error.start, codec)
        raise BiblioError(f"column {column}: byte 0x{data[error.start]:02x} is not "
                          f"{display_name(codec)}{why}", source=source, line=line) from None


def _place(data: bytes, offset: int, codec: str) -> tuple[int, int]:
    """The 1-based line and column (in characters) of the byte at `offset`."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    if codecs.lookup(codec).name == "utf-8" and line_start == 0:
        codec = "utf-8-sig"
    before = data[line_start:offset].decode(codec, "replace")
    return data.count(b"\n", 0, offset) + 1, len(before) + 1
