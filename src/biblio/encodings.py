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
ц, ъ), and a word wordfreq knows earns its letters a bonus that grows with its
commonness; a capital after a small letter, a Cyrillic letter inside a Latin word, a
lone letter glued to digits ("1933Р1941"), an accented Latin letter in a word of
accented letters only ("Ðîññèÿ"), box drawing and other symbols are penalized;
typographic punctuation (« » — № …) is neutral. UTF-8 with some broken bytes is judged the same way (a broken byte is
penalized), and when it is the most plausible reading the file is refused at its
first broken byte rather than read as mojibake.

Why not charset-normalizer, the field's detector: measured on the Russian dev sets'
footnotes, each encoded in each legacy encoding (benchmarks/bench_encodings.py), it
reads 37–96 % of 40-character footnotes right (KOI8-R 37 %, windows-1251 85 %), this
scorer 98.6–99.3 %; on whole articles both read every one. It would be a dependency
for a worse answer on the inputs biblio sees most (one footnote per line). Texts with
fewer than SHORT non-ASCII characters may be guessed wrong: a few letters can read
plausibly in two encodings.
"""

from __future__ import annotations

import codecs
import math
import re
from functools import lru_cache
from pathlib import Path
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
"""Texts with fewer non-ASCII characters than this may be guessed wrong; from it on,
random strings of dev-set words in windows-1251, KOI8-R and CP866 were all read right
(2,400 each: benchmarks/bench_encodings.py's docstring)."""

SAMPLE = 1 << 14
"""Bytes judged: a long file's encoding shows in its first 16 KiB (a hundred footnotes)."""

WORD = re.compile(r"[^\W\d_¹²³]+")
"""A run of letters (superscript digits, note marks glued to words, are \\w too)."""
NON_ASCII = re.compile(r"[^\x00-\x7f]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")

NEUTRAL = frozenset("«»—–…№§°„“”‘’‚•·±¹²³\u00a0\u00ad\u2009\u202f‰€™©®")
"""Typographic characters of legacy Cyrillic and Western text: no evidence either way."""
GLUED_DASH = re.compile(r"(?<!\w)[–—](?=[^\W\d_])")
"""A dash glued to the word after it but not to one before: a dialogue's dash is
spaced, a range's joins digits ("1920–х"); in mac-cyrillic "–" is windows-1251's "Р"."""
OTHER_SLAVONIC = frozenset("іїєґўІЇЄҐЎ")
"""Ukrainian and Belarusian letters of windows-1251 and mac-cyrillic: plausible."""
OTHER_SLAVONIC_SCORE = math.log(0.5) + 1.5
"""As a Russian letter of 0.5 per cent: less than most, for the capitals of one
encoding are these letters in another (windows-1251's Ш is mac-cyrillic's Ў)."""

LETTER_BONUS = 1.5
"""Added to a letter's log frequency, so that a rare letter (Ф, Щ) still reads better
than the neutral punctuation another encoding has at its place."""
_LETTER_SCORE = {letter: math.log(share) + LETTER_BONUS
                 for letter, share in RUSSIAN_LETTERS.items()}
_RARE_LETTER = -2.0
_WRONG = -3.0
_ACCENTED_IN_LATIN_WORD = 1.0
_KNOWN_WORD = 1.0
"""Added per letter of a word as common as COMMON_ZIPF (less for a rarer word)."""
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
    body = data.removeprefix(codecs.BOM_UTF8)  # Windows editors add one
    try:
        return Decoded(body.decode("utf-8"), UTF8)
    except UnicodeDecodeError as error:
        not_utf8 = error.start
    declared = declared_encoding(data)
    if declared is not None:
        codec, phrase = declared
        return Decoded(_strict(data, source, codec, f" ({phrase})"), display_name(codec),
                       phrase)
    guess = guess_legacy(data)
    if guess is None:
        line, column = _place(body, not_utf8, "utf-8")
        raise BiblioError(f"column {column}: byte 0x{body[not_utf8]:02x} is not UTF-8, and "
                          f"none of {', '.join(LEGACY.values())} reads the text better; "
                          "save it as UTF-8 or name its encoding", source=source, line=line)
    codec, text = guess
    return Decoded(text, display_name(codec), "not UTF-8")


def read_text(path: str | Path, encoding: str = AUTO) -> Decoded:
    """The text of the file at `path`, read by `decode`; errors name the file."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise UsageError("no such file", source=str(path)) from None
    except IsADirectoryError:
        raise UsageError("is a directory, not a file", source=str(path)) from None
    except OSError as error:
        raise UsageError(error.strerror or str(error), source=str(path)) from None
    return decode(data, str(path), encoding)


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
    total += _WRONG * len(GLUED_DASH.findall(text))
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
        return OTHER_SLAVONIC_SCORE
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
        data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        line, column = _place(data, error.start, codec)
        raise BiblioError(f"column {column}: byte 0x{data[error.start]:02x} is not "
                          f"{display_name(codec)}{why}", source=source, line=line) from None


def _place(data: bytes, offset: int, codec: str) -> tuple[int, int]:
    """The 1-based line and column (in characters) of the byte at `offset`."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    before = data[line_start:offset].decode(codec, "replace")
    return data.count(b"\n", 0, offset) + 1, len(before) + 1
