"""How common a word is in a language: wordfreq's counts, shipped compact and read lazily.

The tables in `biblio/data/word_frequencies/` hold wordfreq's whole lists of the
twelve languages biblio consults (built by `python -m biblio.build_word_frequencies`;
data CC BY-SA 4.0, see the README beside them), one row per word with its bucket in
each language, so that one lookup answers for every language at once (telling a
title's language asks nine). Rows are split by the word's script (Cyrillic, Latin,
other), sorted, and compressed in blocks of a few dozen words; only the first word
of each block is read when a text first asks about a script, and a lookup
decompresses one block (cached). So a process never holds a whole list, and a
Russian text never reads the Latin table, where loading wordfreq's twelve lists took
seconds and 500 MB.

Lookups follow wordfreq's own: the word is NFC-normalized and case-folded, split into
word tokens, and a several-token word is as rare as 1/f = 1/f₁ + 1/f₂ + … (absent if
any token is).
"""

from __future__ import annotations

import math
import mmap
import re
import unicodedata
import zlib
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data" / "word_frequencies"
LANGUAGES: tuple[str, ...] = ("ru", "uk", "bg", "en", "fr", "de", "it", "es", "pl", "nl", "pt", "cs")
"""The languages biblio consults, in the order of a row's buckets: those of glyph repair
(biblio.text.words) and of language detection (biblio.parse.language)."""
_COLUMN = {language: column for column, language in enumerate(LANGUAGES)}

SCRIPTS: tuple[str, ...] = ("cyrillic", "latin", "other")
CYRILLIC = re.compile(r"[\u0400-\u052f]")
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")

TOKEN = re.compile(r"(?<!\w)\w\w?'(?=[aeiouyhàâäæéèêëîïôöœùûü])|\w+(?:['’]\w+)*")
"""A word token as wordfreq splits one: letters and digits with apostrophes inside, but
a French or Italian elided article or particle apart ("l'" of "l'histoire")."""

CONTROL = re.compile("[\x00-\x1f]")
"""Control characters: no word of wordfreq's lists holds one (checked over the three
tables when the index lookup was written)."""

Buckets = tuple[int | None, ...]
"""A word's bucket in each of LANGUAGES (frequency 10^(−bucket/100)), None where absent."""
ABSENT: Buckets = (None,) * len(LANGUAGES)


def script_of(word: str) -> str:
    """The table a word's row is in: Cyrillic if it has a Cyrillic letter, else Latin
    if it has a Latin one, else other."""
    if CYRILLIC.search(word):
        return "cyrillic"
    return "latin" if LATIN.search(word) else "other"


def table_file(script: str, directory: Path = DATA_DIR) -> Path:
    return directory / f"{script}.blocks"


class SortedBlocks:
    """Rows of words with their buckets, sorted, in zlib blocks; the first word of each
    block in memory.

    File layout: a first line with the byte length of the compressed index; the index
    ("first word <tab> end offset of its block" per line); then the blocks, each a run
    of "\\nword<tab>b,b,…" rows, one bucket (or nothing) per language.
    """

    def __init__(self, data: bytes | mmap.mmap) -> None:
        header_end = data.find(b"\n") + 1
        index_end = header_end + int(data[:header_end])
        self._data = memoryview(data)[index_end:]
        # the index lines "first word<TAB>end" kept whole: a text reads a few hundred
        # blocks of tens of thousands, so a block's end is read from its line when the
        # block is (splitting every line in two and reading every end as a number took
        # the Latin table's opening from 6.4 to 14.7 ms, best of 15)
        self._index: list[str] = zlib.decompress(data[header_end:index_end]).decode("utf-8") \
            .removesuffix("\n").split("\n")
        self._block = lru_cache(maxsize=1024)(self._read_block)

    def _end(self, number: int) -> int:
        line = self._index[number]
        return int(line[line.rindex("\t") + 1:])

    def _read_block(self, number: int) -> bytes:
        start = self._end(number - 1) if number else 0
        return zlib.decompress(self._data[start:self._end(number)])

    def get(self, word: str) -> Buckets:
        if CONTROL.search(word):
            return ABSENT  # no word of the tables has one (and the index reads "\t", "\n")
        # `word` + "\n" sorts among the lines "first<TAB>end" as `word` among the first
        # words: after its own line ("\t" < "\n"), before a longer word it opens (no
        # table word has a character below "\n")
        number = bisect_right(self._index, word + "\n") - 1
        if number < 0:
            return ABSENT
        block = self._block(number)
        key = b"\n%s\t" % word.encode("utf-8", "surrogatepass")
        start = block.find(key)
        if start < 0:
            return ABSENT
        start += len(key)
        end = block.find(b"\n", start)
        row = block[start:end if end >= 0 else None].split(b",")
        return tuple(int(bucket) if bucket else None for bucket in row)


@lru_cache(maxsize=None)
def _table(script: str) -> SortedBlocks:
    """The table of `script`, mapped rather than read: a text asks for a few hundred of
    its thousands of blocks, so only their pages are ever loaded (the Latin table is
    20 MB)."""
    with table_file(script).open("rb") as file:
        return SortedBlocks(mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ))


def _tokens(word: str) -> list[str]:
    return [token.strip("'").replace("’", "'")
            for token in TOKEN.findall(unicodedata.normalize("NFC", word).casefold())]


def _is_one_token(word: str) -> bool:
    """True when `word` is already its only token: lookups may skip splitting it."""
    return word.isalpha() and word.casefold() == word and unicodedata.is_normalized("NFC", word)


@lru_cache(maxsize=1 << 17)
def _buckets(word: str) -> Buckets:
    return _table(script_of(word)).get(word)


@lru_cache(maxsize=1 << 17)
def frequencies(word: str) -> tuple[float, ...]:
    """The share of each language's words that are `word`, in the order of LANGUAGES
    (0.0 where wordfreq does not know it)."""
    whole = _buckets(word)
    if whole is not ABSENT or _is_one_token(word):
        return tuple(10.0 ** (-bucket / 100) if bucket is not None else 0.0 for bucket in whole)
    inverse = [0.0] * len(LANGUAGES)
    tokens = [_buckets(token) for token in _tokens(word)]
    for column in range(len(LANGUAGES)):
        for buckets in tokens:
            if buckets[column] is None:
                inverse[column] = math.inf
                break
            inverse[column] += 10.0 ** (buckets[column] / 100)
    return tuple(1.0 / value if 0.0 < value < math.inf else 0.0 for value in inverse)


def frequency(word: str, language: str) -> float:
    """The share of `language`'s words that are `word` (0.0 for words wordfreq does not know)."""
    return frequencies(word)[_COLUMN[language]]


def _zipf(share: float) -> float:
    return round(math.log10(share) + 9, 2) if share else 0.0


def zipf(word: str, language: str) -> float:
    """wordfreq's Zipf scale: log₁₀ of the frequency per billion words, 0.0 when unknown."""
    return _zipf(frequency(word, language))


@lru_cache(maxsize=None)
def _bucket_zipf(bucket: int) -> float:
    """`_zipf` of a bucket's frequency: a table has a few hundred buckets, and a text
    asks for thousands of (word, language) pairs (a logarithm and a rounding each)."""
    return _zipf(10.0 ** (-bucket / 100))


@lru_cache(maxsize=64)
def _columns(languages: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(_COLUMN[language] for language in languages)


def zipfs(word: str, languages: tuple[str, ...]) -> tuple[float, ...]:
    """`zipf` of `word` in each of `languages`, from one lookup of its row; a word with a
    row of its own (as `frequencies` reads it) takes its Zipf values straight from the
    row's buckets."""
    columns = _columns(languages)
    whole = _buckets(word)
    if whole is not ABSENT or _is_one_token(word):
        return tuple(0.0 if whole[column] is None else _bucket_zipf(whole[column])
                     for column in columns)
    shares = frequencies(word)
    return tuple(_zipf(shares[column]) for column in columns)
