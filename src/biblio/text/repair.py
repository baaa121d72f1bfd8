"""Repair glyphs that a font damaged: cp1251/Latin-1 confusion and look-alike letters.

The damage has one cause and two directions (see biblio.text.glyphs): Russian words
carry Latin-1 characters ("áыло" for "было", "Íесмотря" for "Несмотря"), French and
other Latin words carry Cyrillic ones ("Vaпsse" for "Vaïsse", "annйes" for
"années"); and look-alike capitals are typed across scripts ("Мonde", "Ibid. Р. 135").

The repair is decided word by word, from the letters of the word and the script of
its neighbours (in the same sentence and line first, since a line end often ends a
footnote), and where two repairs are possible, from how common each result is in the
language of the sentence (biblio.text.words). Genuine characters stay: accents in Latin words ("française",
"Coëtquidan"), stress marks in Russian ones ("бóльшую"), Latin abbreviations in
Russian text and Cyrillic words in French titles.

Every repair replaces one character by one character, so offsets and line numbers
are the same in the repaired text as in the input.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from operator import itemgetter
from typing import NamedTuple, TypeVar

from biblio import collector
from biblio.data.archival_levels import LEVELS
from biblio.data.homoglyphs import CYRILLIC_TO_LATIN, LATIN_TO_CYRILLIC, TYPED_LATIN_TO_CYRILLIC
from biblio.data.reference_terms import ISSUE_TERMS, LOCATOR_LABELS, VOLUME_TERMS
from biblio.lazy_patterns import LazyPattern
from biblio.text.glyphs import (
    CYRILLIC_TO_LATIN1,
    DAMAGE_CHARACTERS,
    LATIN1_TO_CYRILLIC,
    SYMBOL_DAMAGE,
    is_cyrillic,
    is_latin_letter,
)
from biblio.text.words import (
    CYRILLIC_LANGUAGES,
    LATIN_LANGUAGES,
    best_frequency,
    frequency,
    likeliest_latin_language,
)

CYRILLIC_READING = "cp1251-cyrillic"
"""Latin-1 characters in a Cyrillic word read back as the cp1251 Cyrillic letters."""
LATIN1_READING = "cp1251-latin"
"""Cyrillic letters in a Latin word read back as the Latin-1 letters of the same byte."""
LATIN_HOMOGLYPH = "homoglyph-latin"
"""A Cyrillic look-alike in a Latin word replaced by the Latin letter."""
CYRILLIC_HOMOGLYPH = "homoglyph-cyrillic"
"""A Latin look-alike in a Cyrillic word replaced by the Cyrillic letter."""

WORD_EXTRAS = "\u0300-\u036f" + re.escape("".join(sorted(SYMBOL_DAMAGE)))
"""Word characters that are not letters: combining marks (stress accents) and damage
symbols ("×", "¸")."""
WORD_CHARACTERS = f"(?:[^\\W\\d_]++|[{WORD_EXTRAS}]++)"
"""Word characters as possessive runs of each kind: letters (or signs such as "¹" that
regular expressions count as one) and WORD_EXTRAS, matched run by run in C instead of
character by character."""
WORD = re.compile(f"{WORD_CHARACTERS}++")
"""A word: a run of word characters."""
WORD_RUN = re.compile(f"{WORD_CHARACTERS}*+")
"""A run of word characters, perhaps empty: matched in the reversed text, how far a word
reaches back from a position."""

PURE_CYRILLIC = re.compile("[\u0400-\u052f\u0300-\u036f]+")
"""A word of Cyrillic letters (and combining marks) only: clean Russian."""

NUMBER_FORMS = "".join(sorted(ch for ch in SYMBOL_DAMAGE if unicodedata.category(ch) == "No"))
"""Damage symbols that are also ordinary signs after a word: a unit ("м²", "км³") or a
reference mark ("войны³"); inside a word they stand for "І", "і" ("³з" is "із")."""

MARK_FOLLOWS = ".,;:!?»”\")]"
"""Punctuation after which superscript signs are a reference mark."""
INDENT_REACH = 40
"""How far back a footnote number's line start is looked for (spaces of an indent)."""

STRESS_MARKS = (["\u0301"], ["\u0300"])
"""An acute or grave accent over a vowel marks stress in Russian ("бóльшую")."""
VOWELS = frozenset("аеёиоуыэюяАЕЁИОУЫЭЮЯ")

CONTEXT_REACH = 12
"""How many words either side tell the language of context."""
CONTEXT_WINDOW = 200
"""How many characters either side are searched for those words."""

LATIN_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
CYRILLIC_LETTER = "\u0400-\u052f"
DAMAGE_CLASS = re.escape("".join(sorted(DAMAGE_CHARACTERS)))
DAMAGE_TO_WORD_END = re.compile(f"[{DAMAGE_CLASS}]{WORD_CHARACTERS}*+")
"""From the first damage character of a word to the word's end."""
UNDAMAGED_LATIN = "A-Za-z\u0100-\u024f"
LATIN_BESIDE_CYRILLIC = re.compile(
    f"""
    [{UNDAMAGED_LATIN}]
    (?:
        (?![{UNDAMAGED_LATIN}])                 # the last letter of a Latin run:
        (?: ([\\W\\d_]+)(?=[{CYRILLIC_LETTER}])   # a gap (group 1), then a Cyrillic word
          | (?=[{CYRILLIC_LETTER}]) )            # or a Cyrillic letter right after it
      | (?<=[{CYRILLIC_LETTER}][{UNDAMAGED_LATIN}])  # or a Cyrillic letter right before it
    )
    """,
    re.VERBOSE,
)
"""A Latin letter that cp1251 damage cannot make beside a Cyrillic one: with the gap
(group 1) before a Cyrillic word, the last letter of a Latin word next to it; else a
change of script inside a word (a mixed word), which a letter with a gap after it may
be too. The pattern opens with the Latin letter, which a Russian text seldom has, so
that the regular expression engine skips to the next one at C speed; one pass finds
both, where two cost a scan each of every Latin letter of the text. A letter with a
Latin letter after it is tried only for a Cyrillic one before it: neither the gap nor
a Cyrillic letter can follow it, and most Latin letters of a text are such (a tenth
less time for the pass on the 10,168-note article). Which branch matches is as in the
plain order (gap, letter before, letter after): the last two match the same span."""
LATIN_BEFORE_CYRILLIC = re.compile(f"[{LATIN_LETTER}][\\W\\d_]+(?=[{CYRILLIC_LETTER}])")
"""The last letter of a Latin word and the gap before a Cyrillic word next to it; in the
reversed text, the first letter of a Latin word and the gap after a Cyrillic word. It
opens with the Latin letter, which a Russian text seldom has (see LATIN_BESIDE_CYRILLIC)."""
UNDAMAGED_LATIN_BEFORE_CYRILLIC = re.compile(
    f"[{UNDAMAGED_LATIN}][\\W\\d_]+(?=[{CYRILLIC_LETTER}])")
"""LATIN_BEFORE_CYRILLIC without the Latin-1 letters: a Latin word that ends (or, in the
reversed text, opens) with one is a damaged word (every Latin-1 letter is a cp1251
Cyrillic one), most often Russian ("Ýòî"); those that may be Latin are taken from the
damaged words instead, classified once per distinct word."""

CYRILLIC_OR_MARK = re.compile("[\u0400-\u052f\u0300-\u036f]")
"""What a word needs to read as Cyrillic (PURE_CYRILLIC): without one in a text, no
word there does, and no neighbour says Cyrillic."""
UNDAMAGED_LATIN_LETTER = re.compile(f"[{UNDAMAGED_LATIN}]")
UNDAMAGED_LATIN_SET = frozenset(
    chr(code) for first, last in (("A", "Z"), ("a", "z"), ("\u0100", "\u024f"))
    for code in range(ord(first), ord(last) + 1))
"""The letters of UNDAMAGED_LATIN, for a test of one character without a pattern."""
CYRILLIC_LETTER_ONLY = re.compile(f"[{CYRILLIC_LETTER}]")
CYRILLIC_AFTER_UNDAMAGED_LATIN = LazyPattern(
    f"[{CYRILLIC_LETTER}][\\W\\d_]+(?=[{UNDAMAGED_LATIN}])")
"""A Cyrillic word's last letter and the gap before a Latin word next to it; in the
reversed text, the first letter of a Cyrillic word and the gap after a Latin word: the
pairs of UNDAMAGED_LATIN_BEFORE_CYRILLIC and LATIN_BESIDE_CYRILLIC found from the
Cyrillic side, for a text where Cyrillic letters are the rarer."""
CYRILLIC_TOUCHING_LATIN = LazyPattern(
    f"[{CYRILLIC_LETTER}](?:(?=[{UNDAMAGED_LATIN}])|(?<=[{UNDAMAGED_LATIN}][{CYRILLIC_LETTER}]))")
"""A Cyrillic letter with an undamaged Latin letter before or after it: the changes of
script of LATIN_BESIDE_CYRILLIC found from the Cyrillic side."""

UNDAMAGED_LATIN_LETTERS = "A-Za-z\u0100-\u024f\u1e00-\u1eff"
"""The letters of glyphs.is_latin_letter (every character of these ranges is a letter)."""
LATIN1_WORD_START = LazyPattern(
    f"[{DAMAGE_CLASS}](?<![{UNDAMAGED_LATIN_LETTERS}{DAMAGE_CLASS}][{DAMAGE_CLASS}]){WORD_CHARACTERS}*+")
"""From a damage character after neither a Latin letter nor another damage character to
the word's end: found in every word that has a damage character and no Latin letter
before it ("à", "ãã", "Ýòî", "µé"), and in few others (an accented Latin word seldom
opens with one). It opens with the damage class, which the engine skips to at C speed,
and a match takes the word's rest, so each word is matched once."""

SENTENCE_END = re.compile(r"[.!?…]\s")
"""The end of a sentence (or of an abbreviation: then the sentence is shorter)."""

LONGEST_WORD = 100
"""Longer runs of letters are not words of any language: they are left as they are."""

PRUNE_AT = 1024
"""Scanned words kept behind the current suspect before the oldest are dropped."""

AGAINST_CONTEXT = 0.01
"""A reading in the other script than the neighbours' must be this much commoner to win."""

CHUNK_SIZE = 1 << 20
"""Long texts are repaired in pieces of about this many characters, cut at a line end."""


class Change(NamedTuple):
    """One repaired word: where it starts in the text, the word before and after, why.

    A named tuple, not a frozen dataclass: a damaged book makes one per eighth word,
    and a tuple is built several times faster."""

    offset: int
    before: str
    after: str
    rule: str


ChangeRow = tuple[int, str, str, str]
"""A Change as a plain tuple: the garbage collector stops tracking plain tuples of
numbers and strings, not named ones, and a damaged book makes hundreds of thousands."""


class Repair:
    """The repaired text and every change made to it, in text order: `rows` as plain
    tuples, `changes` as named ones."""

    def __init__(self, text: str, rows: list[ChangeRow] | None = None) -> None:
        self.text = text
        self._rows: list[ChangeRow] = [] if rows is None else rows
        self._recorded: _Recorded | None = None

    @classmethod
    def recorded(cls, text: str, recorded: _Recorded) -> Repair:
        """The repair whose rows are made from `recorded` when first asked for: a
        command that needs only the repaired text never builds them (235,000 tuples
        on the 10,168-note article, a fifth of the loop that repairs its words). It
        holds the input text until then, which the caller holds too."""
        repair = cls(text)
        repair._recorded = recorded
        return repair

    @property
    def rows(self) -> list[ChangeRow]:
        if self._recorded is not None:
            self._rows, self._recorded = self._recorded.rows(), None
        return self._rows

    @cached_property
    def changes(self) -> list[Change]:
        """The changes as named tuples, built when first asked for."""
        return list(map(Change._make, self.rows))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Repair):
            return NotImplemented
        return (self.text, self.rows) == (other.text, other.rows)

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass it was

    def __repr__(self) -> str:
        return f"Repair(text={self.text!r})"


class _Recorded:
    """What `repair_text` keeps of its changes: the text it repaired and, per chunk, the
    chunk's offset, the length of text before each change and the change's (after,
    rule). Every change replaces a word by as many characters, so each change's place
    and the word it replaced follow from these."""

    __slots__ = ("source", "chunks")

    def __init__(self, source: str) -> None:
        self.source = source
        self.chunks: list[tuple[int, list[int], list[tuple[str, str]]]] = []

    def rows(self) -> list[ChangeRow]:
        rows: list[ChangeRow] = []
        source = self.source
        for offset, gaps, made in self.chunks:
            position = offset
            for gap, (after, rule) in zip(gaps, made):
                position += gap
                end = position + len(after)
                rows.append((position, source[position:end], after, rule))
                position = end
        return rows


def repair_text(text: str) -> Repair:
    """Repair cp1251/Latin-1 damage and look-alike letters in `text`, word by word.

    The cycle collector is paused meanwhile (`collector.paused`): the spans, words and
    changes a repair builds hold no cycle, and the collector walked them every few
    hundred allocations (about 330 passes, 0.02–0.03 s of CPU time on the 10,168-note
    article of benchmarks/bench_article_stages.py, 3 % of the stage)."""
    pieces: list[str] = []
    recorded = _Recorded(text)
    by_word = _WordDecisions()
    with collector.paused():
        for offset, chunk in _chunks(text):
            repaired, gaps, made = _repair_chunk(chunk, by_word)
            pieces.append(repaired)
            recorded.chunks.append((offset, gaps, made))
    return Repair.recorded("".join(pieces), recorded)


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """Pieces of `text` of about CHUNK_SIZE characters, each ending at a line end."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + CHUNK_SIZE)
        end = len(text) if end < 0 else end + 1
        yield start, text[start:end]
        start = end


@dataclass(slots=True)
class _Word:
    start: int
    text: str
    script: str | None
    """"c" (Cyrillic), "l" (Latin) or None when the letters do not say."""
    kind: str
    """"clean", "cyrillic" (pure Cyrillic), "mixed", "damaged" (Cyrillic + Latin-1),
    "latin1" (Latin-1 characters only) or "symbols" (damage symbols only)."""

    @property
    def end(self) -> int:
        return self.start + len(self.text)


ROMAN_NUMERAL = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
"""An upper-case Roman numeral ("XIX", "XXI"): Russian text writes centuries and
volumes so, so it says nothing of the script around it."""

def _is_roman_numeral(word: str) -> bool:
    """"XIX", "I" ("Петр I"); not "C", "D", "L", "M", which are initials as often."""
    return (len(word) > 1 or word in "IVX") and ROMAN_NUMERAL.fullmatch(word) is not None


ABBREVIATION_LETTERS = 3
"""A word of at most this many letters before a period is an abbreviation ("С.", "вв.",
"ч."): it belongs to the reference before it, whose script it shares."""

LATIN_LOCATOR_MARKERS = frozenset("PT")
"""Capitals that, with a period before a number, mark a page or volume in a Latin-script
reference ("P. 72", "T. 50"): a Cyrillic look-alike there may be a damaged one. "С."
before a number is the Russian page, never a Latin "C." (GOST 7.0.12-2011, 7.11)."""


@lru_cache(maxsize=1 << 16)
def _classify(word: str) -> tuple[str | None, str]:
    """(script, kind) of a word, from its letters alone."""
    if word.isascii():
        return (None if _is_roman_numeral(word) else "l"), "clean"
    if PURE_CYRILLIC.fullmatch(word):
        return "c", "cyrillic"
    cyrillic = latin = damage = 0
    for char in word:
        if is_cyrillic(char):
            cyrillic += 1
        elif is_latin_letter(char):
            latin += 1
        elif char in DAMAGE_CHARACTERS:
            damage += 1
    if cyrillic and latin:
        return ("c" if cyrillic > latin else "l" if latin > cyrillic else None), "mixed"
    if cyrillic:
        return "c", "damaged" if damage else "cyrillic"
    if latin:
        return "l", "clean"
    if any(char.isalpha() for char in word):
        return None, "latin1"
    return None, "symbols"  # "×" alone: "3 × 4", or a damaged "ч."


def _repair_chunk(text: str, by_word: _WordDecisions) -> tuple[str, list[int], list[tuple[str, str]]]:
    """The repaired chunk, the length of text before each change and each change's
    (after, rule); the pieces between changes and the replacements are joined in C."""
    gaps: list[str] = []
    made: list[tuple[str, str]] = []
    done = 0
    backwards = text[::-1]
    # no word of a text without these characters reads as Cyrillic (_classify)
    cyrillic = CYRILLIC_OR_MARK.search(text) is not None
    suspects = _suspect_words(text, backwards, cyrillic)
    neighbours = _Neighbours(text, backwards)
    add_gap, add_made = gaps.append, made.append
    for start in sorted(suspects):
        if start < done:
            continue  # inside a word repaired already
        word = suspects[start]
        decided = by_word[word]
        if decided is _NEEDS_CONTEXT:
            if not cyrillic and _kept_in_any_latin_context(word):
                continue
            script, kind = _classify(word)
            decided = _decide(text, _Word(start, word, script, kind), neighbours)
        if decided is None or decided[0] == word:
            continue
        add_gap(text[done:start])
        add_made(decided)
        done = start + len(word)
    lengths = list(map(len, gaps))
    pieces = itertools.chain.from_iterable(zip(gaps, map(itemgetter(0), made)))
    return "".join(itertools.chain(pieces, (text[done:],))), lengths, made


_NEEDS_CONTEXT = ("", "")
"""The decision of a word that its neighbours must help decide."""


@lru_cache(maxsize=1 << 16)
def _kept_in_any_latin_context(word: str) -> bool:
    """True for a word of damage characters alone that _decide keeps as it is whether its
    neighbours are Latin or say nothing, the only contexts of a text without a Cyrillic
    letter ("à" stays in an English or French text): such a text spares the search for
    its neighbours. False for every other word, which the neighbours decide."""
    kind = _classify(word)[1]
    reading = _cyrillic_reading(word)[0]
    if kind == "latin1":
        return best_frequency(reading, CYRILLIC_LANGUAGES) <= best_frequency(word, LATIN_LANGUAGES)
    return kind == "symbols" and not _is_known_cyrillic(reading)


class _WordDecisions(dict[str, "tuple[str, str] | None"]):
    """The repair of each distinct word of a text that its letters alone decide
    (clean, too long, or Cyrillic with Latin-1 damage), computed on first sight: a
    long text repeats its words, and a dictionary lookup is all a repeated one costs.
    One table per text, so that memory stays within the text's size."""

    def __missing__(self, word: str) -> tuple[str, str] | None:
        kind = _classify(word)[1]
        if kind == "clean" or len(word) > LONGEST_WORD:  # genuine accents ("Réau"); not a word
            decided: tuple[str, str] | None = None
        elif kind == "damaged":
            decided = _cyrillic_reading_if_plausible(word)
        else:
            decided = _NEEDS_CONTEXT
        self[word] = decided
        return decided


def _suspect_words(text: str, backwards: str, cyrillic: bool) -> dict[int, str]:
    """The words that may need a repair, by start; clean words are never visited.

    They are the words with a damage character, the words that mix scripts, and the
    Cyrillic words with a Latin word beside them (reverse damage, "de 1933 а 1939").
    `backwards` is `text` reversed; `cyrillic` is false when the text has no Cyrillic
    letter, so that neither of the last two kinds can be there.
    """
    if not cyrillic:
        return _latin1_words(text, backwards)
    # one hit per damaged word, from its first damage character to its end; the start
    # is where the run of word characters before that character begins (one match in
    # the reversed text each: a second pass over all of it cost as much on a damaged
    # text and twice that on a clean one)
    hits = [match.span() for match in DAMAGE_TO_WORD_END.finditer(text)]
    size, run_back = len(text), WORD_RUN.match
    starts = [size - run_back(backwards, size - first).end() for first, _ in hits]
    ends = [end for _, end in hits]
    suspects = {start: text[start:end] for start, end in zip(starts, ends)}
    pairs, changes_of_script = _where_scripts_meet(text, backwards) if cyrillic else ([], [])
    covered = 0  # the end of the last word found: later hits inside it are skipped
    for letter in changes_of_script:
        if letter < covered:
            continue
        word = _word_at(text, backwards, letter)
        if word is not None:
            suspects.setdefault(*word)
            covered = word[0] + len(word[1])
    last = len(text) - 1
    # the damaged words that may be Latin and have a Latin-1 letter at an edge
    latin_damaged = {word for word in set(suspects.values())
                     if (word[0] in LATIN1_TO_CYRILLIC or word[-1] in LATIN1_TO_CYRILLIC)
                     and _classify(word)[0] == "l"}
    if latin_damaged:
        # their occurrences picked in C: 9 of the sample's 1,484 suspects
        for start in list(itertools.compress(suspects, map(latin_damaged.__contains__,
                                                           suspects.values()))):
            word = suspects[start]
            if word[-1] in LATIN1_TO_CYRILLIC:
                match = LATIN_BEFORE_CYRILLIC.match(text, start + len(word) - 1)
                if match is not None:
                    pairs.append((match.start(), match.end(), True))
            if word[0] in LATIN1_TO_CYRILLIC:
                match = LATIN_BEFORE_CYRILLIC.match(backwards, last - start)
                if match is not None:
                    pairs.append((start, last - match.end(), False))
    for latin_letter, cyrillic_letter, latin_first in pairs:
        if latin_first:
            if cyrillic_letter in suspects:
                continue
            known = _damaged_word_ending_at(latin_letter + 1, ends, starts)
        else:
            if _damaged_word_ending_at(cyrillic_letter + 1, ends, starts) is not None:
                continue
            known = latin_letter if latin_letter in suspects else None
        latin = (known, suspects[known]) if known is not None \
            else _word_at(text, backwards, latin_letter)
        if latin is None or _classify(latin[1])[0] != "l":
            continue
        cyrillic = _word_at(text, backwards, cyrillic_letter)
        if cyrillic is not None and _classify(cyrillic[1])[1] == "cyrillic" \
                and _may_be_reverse_damage(cyrillic[1]):
            suspects.setdefault(*cyrillic)
    return suspects


def _damaged_word_ending_at(end: int, ends: list[int], starts: list[int]) -> int | None:
    """The start of the damaged word that ends at `end`, if one does. `ends` ascend (the
    damage pass finds words in text order, none inside another), so a bisection finds
    it: the few pairs where scripts meet ask (5,312 on the 10,168-note article), where
    a dictionary of every damaged word's end cost a pass over all of them (240,916)."""
    index = bisect_left(ends, end)
    return starts[index] if index < len(ends) and ends[index] == end else None


def _latin1_words(text: str, backwards: str) -> dict[int, str]:
    """The words of a text without a Cyrillic letter or combining mark that _decide may
    change: those with a damage character and no letter of glyphs.is_latin_letter
    ("à", "ãã", "Ýòî", "×"; _classify's "latin1" and "symbols"). The others with a
    damage character are Latin with accents ("années") and stay; the damage pass
    finds each of them."""
    suspects: dict[int, str] = {}
    size, run_back = len(text), WORD_RUN.match
    for match in LATIN1_WORD_START.finditer(text):
        first, end = match.span()
        start = first - run_back(backwards, size - first).end() + size - first
        word = text[start:end]
        if _classify(word)[1] in ("latin1", "symbols"):
            suspects[start] = word
    return suspects


def _where_scripts_meet(text: str, backwards: str) -> tuple[list[tuple[int, int, bool]], list[int]]:
    """Where an undamaged Latin letter meets a Cyrillic one: the pairs of a Latin word
    and a Cyrillic word beside it, as (the Latin word's letter, the Cyrillic word's
    letter, whether the Latin word comes first), and, in text order, the Latin letters
    that touch a Cyrillic one (a change of script inside a word).

    The passes open with the rarer script's letter, which the regular expression
    engine tries at each of its letters: a Russian text with Latin citations is read
    from its Latin letters, an English or French one from its Cyrillic letters (none
    at all in most: a scan in C, where the Latin-first passes tried every letter)."""
    last = len(text) - 1
    if _latin_is_rarer(text):
        pairs = []
        changes_of_script = []
        for match in LATIN_BESIDE_CYRILLIC.finditer(text):
            letter = match.start()
            if match.group(1) is not None:
                pairs.append((letter, match.end(), True))
                if not (letter and is_cyrillic(text[letter - 1])):
                    continue
            changes_of_script.append(letter)
        pairs += [(last - match.start(), last - match.end(), False)
                  for match in UNDAMAGED_LATIN_BEFORE_CYRILLIC.finditer(backwards)]
        return pairs, changes_of_script
    pairs = [(last - match.end(), last - match.start(), True)
             for match in CYRILLIC_AFTER_UNDAMAGED_LATIN.finditer(backwards)]
    pairs += [(match.end(), match.start(), False)
              for match in CYRILLIC_AFTER_UNDAMAGED_LATIN.finditer(text)]
    touching = [-1]  # ascending: a Latin letter after one Cyrillic one is the next's before
    for match in CYRILLIC_TOUCHING_LATIN.finditer(text):
        letter = match.start()
        if letter - 1 > touching[-1] and text[letter - 1] in UNDAMAGED_LATIN_SET:
            touching.append(letter - 1)
        if text[letter + 1:letter + 2] in UNDAMAGED_LATIN_SET:
            touching.append(letter + 1)
    return pairs, touching[1:]


LETTER_SAMPLE_STRIDE = 251
"""_latin_is_rarer counts the letters of every this-many-th character: a strided copy
is made in C, and a Latin or Cyrillic text shows its script in any sample."""


def _latin_is_rarer(text: str) -> bool:
    """True when `text` has no more undamaged Latin letters than Cyrillic ones (by a
    sample); a tie is read from the Latin side, which does less per hit."""
    sample = text[::LETTER_SAMPLE_STRIDE]
    return len(UNDAMAGED_LATIN_LETTER.findall(sample)) <= len(CYRILLIC_LETTER_ONLY.findall(sample))


@lru_cache(maxsize=1 << 16)
def _may_be_reverse_damage(word: str) -> bool:
    """False for a clean Cyrillic word that no context can turn Latin (_decide): it is no
    look-alike capital ("Т.", "Р."), and in none of the Latin-script languages a text
    may be in is its Latin reading likelier than the word itself ("Сталин", "история").
    A text cites Russian words beside Latin ones all the time; this test, once per
    distinct word, spares each such occurrence the search for its neighbours."""
    if len(word) == 1 and word in CYRILLIC_TO_LATIN and word.isupper():
        return True
    return any(_latin_reading_of_cyrillic_word(word, language) is not None
               for language in LATIN_LANGUAGES)


def _word_at(text: str, backwards: str, position: int) -> tuple[int, str] | None:
    """The start and text of the word that contains `position`; `backwards` is `text`
    reversed, where one match finds the word's start (no loop over its characters)."""
    reversed_position = len(text) - position
    start = position - (WORD_RUN.match(backwards, reversed_position).end() - reversed_position)
    match = WORD.match(text, start)
    return (start, match.group()) if match else None


def _nearest_script_before(backwards: str, position: int) -> tuple[str, int] | None:
    """The script of the nearest word with a clear script before `position`, and its end.

    The words are read nearest first in `backwards` (the text reversed), so the search
    stops at the first clear one; a word's letters read backwards are the same letters."""
    reversed_position = len(backwards) - position
    for match in WORD.finditer(backwards, reversed_position, reversed_position + CONTEXT_WINDOW):
        script = _classify(match.group()[::-1])[0]
        if script is not None:
            return script, len(backwards) - match.start()
    return None


class _Neighbours:
    """The nearest words with a clear script before and after each suspect word.

    Suspects come in text order; one forward scan is shared by suspects that lie
    close together, so that a run of words that say nothing about their script
    ("Ýòî áûëî äàâíî", every letter damaged) costs time linear in the text, not in
    the text times the window.
    """

    def __init__(self, text: str, backwards: str) -> None:
        self.text = text
        self.backwards = backwards
        self.origin = self.frontier = -1
        """Every word in [origin, frontier) has been scanned; `strong` holds those
        with a clear script, as (start, end, script), in order."""
        self.strong: list[tuple[int, int, str]] = []
        self.before_origin: tuple[str, int] | None = None
        self.first_after = 0
        """Index in `strong` of the first word that may start after the last suspect."""
        self.pending: int | None = None
        """The end of the last suspect whose word after has not been looked for yet."""

    def before(self, start: int, end: int) -> tuple[str, int] | None:
        """(script, end) of the nearest clear word before the suspect at [start, end).

        The search for the word after it is left pending: `after` makes it, or the
        next suspect's search when that one may read what it scans, so that the scan's
        state is the same for every later suspect whether or not the word after this
        one was asked for (an abbreviation that ends the reference before it needs
        only the word before)."""
        self._catch_up(start)
        if not self.origin <= start <= self.frontier:
            self._restart(start)
        self.pending = end
        return self._before(start)

    def after(self) -> tuple[str, int] | None:
        """(script, start) of the nearest clear word after the suspect of `before`."""
        end, self.pending = self.pending, None
        assert end is not None, "after() follows before()"
        return self._after(end)

    def _catch_up(self, start: int) -> None:
        """Make the pending search for the word after the last suspect if the suspect
        at `start` may read what it scans: that search moves the frontier at most
        CONTEXT_WINDOW past the last suspect's end, so a suspect further on restarts
        the scan whether it was made or not."""
        if self.pending is not None:
            end, self.pending = self.pending, None
            if start - end <= CONTEXT_WINDOW:
                self._after(end)

    def _restart(self, position: int) -> None:
        self.origin = self.frontier = position
        self.strong = []
        self.first_after = 0
        self.before_origin = _nearest_script_before(self.backwards, position)

    def _before(self, start: int) -> tuple[str, int] | None:
        index = self.first_after
        while index < len(self.strong) and self.strong[index][1] <= start:
            index += 1
        if index > 0 and self.strong[index - 1][1] <= start:
            word_start, word_end, script = self.strong[index - 1]
            found: tuple[str, int] | None = (script, word_end)
        else:
            found = self.before_origin
        return found if found and start - found[1] <= CONTEXT_WINDOW else None

    def _after(self, end: int) -> tuple[str, int] | None:
        self._skip_to(end)
        limit = end + CONTEXT_WINDOW
        if self.first_after == len(self.strong) and self.frontier < limit:
            self._scan(end, limit)
            self._skip_to(end)
        if self.first_after < len(self.strong):
            word_start, _, script = self.strong[self.first_after]
            if word_start - end <= CONTEXT_WINDOW:
                return script, word_start
        return None

    def _skip_to(self, end: int) -> None:
        """Move `first_after` to the first clear word starting at or after `end`."""
        while self.first_after < len(self.strong) and self.strong[self.first_after][0] < end:
            self.first_after += 1
        if self.first_after > PRUNE_AT:  # words far behind are no longer needed
            del self.strong[:self.first_after - 1]
            self.first_after = 1

    def _scan(self, end: int, limit: int) -> None:
        """Scan forward from the frontier until a clear word starting at or after `end`."""
        text = self.text
        for match in WORD.finditer(text, self.frontier, limit):
            if match.end() == limit < len(text) and WORD.match(text, limit) is not None:
                self.frontier = match.start()  # cut by the limit: scan it next time
                return
            script = _classify(match.group())[0]
            self.frontier = match.end()
            if script is not None:
                self.strong.append((match.start(), match.end(), script))
                if match.start() >= end:
                    return
        self.frontier = max(self.frontier, limit)


def _decide(text: str, word: _Word, neighbours: _Neighbours) -> tuple[str, str] | None:
    if word.kind == "damaged":
        return _cyrillic_reading_if_plausible(word.text)
    if word.kind == "symbols" and (_beside_a_number(text, word) or _is_a_reference_mark(text, word)):
        return None
    before = neighbours.before(word.start, word.end)
    context = _script_of_the_reference_before(text, word, before) \
        if _is_abbreviation(text, word) else None
    if context is None:  # the word after is needed
        context = _context(text, word, before, neighbours.after())
    if word.kind == "symbols":
        if context == "c" or (context is None and _is_known_cyrillic(_cyrillic_reading(word.text)[0])):
            return _cyrillic_reading(word.text)  # "¿¿" is "її"; a text all damaged says no more
        return None
    if word.kind == "latin1":
        if context == "c":
            return _cyrillic_reading(word.text)
        if context == "l":
            return None
        reading = _cyrillic_reading(word.text)
        if best_frequency(reading[0], CYRILLIC_LANGUAGES) > best_frequency(
            word.text, LATIN_LANGUAGES
        ):
            return reading
        return None
    if word.kind == "mixed":
        cyrillic = _cyrillic_reading(word.text)
        latin = _in_language_of_context(_best_latin_reading, text, neighbours.backwards, word)
        as_cyrillic = best_frequency(cyrillic[0], CYRILLIC_LANGUAGES)
        as_latin = best_frequency(latin[0], LATIN_LANGUAGES)
        if context == "l":
            as_cyrillic *= AGAINST_CONTEXT
        elif context == "c":
            as_latin *= AGAINST_CONTEXT
        if as_cyrillic != as_latin:
            return cyrillic if as_cyrillic > as_latin else latin
        # neither reading is a known word: the letters, then the neighbours decide
        return cyrillic if (_plain_script(word.text) or word.script or context) == "c" \
            else latin
    # a clean Cyrillic word with a Latin neighbour: reverse damage in a Latin text?
    if context != "l":
        return None
    if _is_lone_look_alike_capital(text, word):
        latin = CYRILLIC_TO_LATIN[word.text]
        if _before_a_number(text, word) and latin not in LATIN_LOCATOR_MARKERS:
            return None  # "Oxford, 2011. С. 408": a Russian page marker, not damage
        return latin, LATIN_HOMOGLYPH
    return _in_language_of_context(_latin_reading_of_cyrillic_word, text,
                                   neighbours.backwards, word)


def _plain_script(word: str) -> str | None:
    """The script of a mixed word whose letters of the other script all have look-alikes in
    it while some of its own have none: «Кaapaн» (Latin «a», «p»; Cyrillic «н») is
    Cyrillic however many look-alikes it holds; None when both or neither have such letters."""
    cyrillic = latin = False
    for char in word:
        if is_cyrillic(char):
            cyrillic = cyrillic or char not in CYRILLIC_TO_LATIN
        elif is_latin_letter(char):
            latin = latin or char not in LATIN_TO_CYRILLIC
    return "c" if cyrillic and not latin else "l" if latin and not cyrillic else None


_Reading = TypeVar("_Reading")


def _in_language_of_context(reading: Callable[[str, str], _Reading], text: str,
                            backwards: str, word: _Word) -> _Reading:
    """`reading(word, language)` for the Latin-script language of the words around
    `word`, which is looked for only when the language matters: most words read the
    same in all of them, and the readings are cached per word, the language is not."""
    readings = {reading(word.text, language) for language in LATIN_LANGUAGES}
    if len(readings) == 1:
        return readings.pop()
    return reading(word.text, _language(text, backwards, word))


def _is_abbreviation(text: str, word: _Word) -> bool:
    return len(word.text) <= ABBREVIATION_LETTERS and text[word.end:word.end + 1] == "."


def _script_of_the_reference_before(text: str, word: _Word,
                                    before: tuple[str, int] | None) -> str | None:
    """The script of the nearest clear word before `word` on its line: an abbreviation
    such as "С.", "вв." or "М.," ends the reference it follows ("Россия XXI. – 2000. –
    С. 12–37", "Сталина. М., 2000; Werth N."), whatever comes after it."""
    if before is None or "\n" in text[before[1]:word.start]:
        return None
    return before[0]


def _before_a_number(text: str, word: _Word) -> bool:
    """True for "С. 408", "Т.2": an abbreviation's period, then a number."""
    return text[word.end + 1:word.end + 3].lstrip(" \u00a0")[:1].isdecimal()


def _is_lone_look_alike_capital(text: str, word: _Word) -> bool:
    """A capital abbreviation with a Latin look-alike: "Т. 50", "Р. 135"."""
    return (
        len(word.text) == 1
        and word.text in CYRILLIC_TO_LATIN
        and word.text.isupper()
        and text[word.end:word.end + 1] == "."
    )


def _is_a_reference_mark(text: str, word: _Word) -> bool:
    """True for superscript digits that number a footnote: glued to the punctuation
    before them ("в 1935 г.²³", "«Правда»²"), first on their line ("² Там же", as
    pasted from Word), or with a digit that is no damage ("¹²")."""
    if not all(unicodedata.category(char) == "No" for char in word.text):
        return False
    if any(char not in NUMBER_FORMS for char in word.text):
        return True
    if word.start > 0 and text[word.start - 1] in MARK_FOLLOWS:
        return True
    before = text[max(0, word.start - INDENT_REACH):word.start].rstrip(" \t\f")
    return (not before and word.start < INDENT_REACH) or before.endswith("\n")


def _beside_a_number(text: str, word: _Word) -> bool:
    """True for a sign between numbers ("3 × 4", "6÷2"), spaces aside."""
    before = word.start - 1
    while before >= 0 and text[before] == " ":
        before -= 1
    after = word.end
    while after < len(text) and text[after] == " ":
        after += 1
    # decimal digits only: a superscript "³" beside it is damage too ("¯¿ ³стор³я")
    return (before >= 0 and text[before].isdecimal()) or (
        after < len(text) and text[after].isdecimal()
    )


def _context(text: str, word: _Word, before: tuple[str, int] | None,
             after: tuple[str, int] | None) -> str | None:
    """The script around `word`: "c", "l", or None when the sides disagree or say nothing.

    The nearest word with a clear script is taken on each side (`before`, `after`:
    _Neighbours.before and .after, asked once per word). Sides in the same
    sentence and on the same line count first, then sides on the same line, then any:
    a line end often ends a footnote, a sentence may be in another language.
    """
    if before is None or after is None or before[0] == after[0]:
        # one script on every side: whichever sides count first, they say it
        return before[0] if before is not None else after[0] if after is not None else None
    # the sides disagree: (script, the text between) of each
    sides = [(before[0], text[before[1]:word.start]), (after[0], text[word.end:after[1]])]
    same_line = [(script, gap) for script, gap in sides if "\n" not in gap]
    same_sentence = [script for script, gap in same_line if not SENTENCE_END.search(gap)]
    for scripts in (set(same_sentence), {script for script, _ in same_line}):
        if scripts:
            return scripts.pop() if len(scripts) == 1 else None
    return None  # neither side on the word's line: the two scripts disagree


def _language(text: str, backwards: str, word: _Word) -> str:
    """The Latin-script language of the Latin words around `word`: those of its own
    sentence when there are any, else those within reach on either side."""
    before = _words_before(backwards, word.start)
    after = [(match.start(), match.end(), match.group()) for match in
             itertools.islice(WORD.finditer(text, word.end, word.end + CONTEXT_WINDOW), CONTEXT_REACH)]
    sentence = _same_sentence(text, word.start, before, backwards=True) + _same_sentence(
        text, word.end, after, backwards=False
    )
    for nearby in (sentence, before + after):
        latin = [found for _, _, found in nearby if _classify(found)[0] == "l"]
        if latin:
            return likeliest_latin_language(latin)
    return likeliest_latin_language([])


_Span = tuple[int, int, str]
"""A word's start, end and text."""


def _words_before(backwards: str, position: int) -> list[_Span]:
    """The CONTEXT_REACH words nearest before `position` within CONTEXT_WINDOW, nearest
    first. They are read in `backwards` (the text reversed), where the search stops at
    the last one needed instead of making a match of every word of the window; a word is
    a run of word characters, the same runs read either way."""
    size = len(backwards)
    reversed_position = size - position
    return [(size - match.end(), size - match.start(), match.group()[::-1])
            for match in itertools.islice(WORD.finditer(
                backwards, reversed_position, reversed_position + CONTEXT_WINDOW), CONTEXT_REACH)]


def _same_sentence(text: str, edge: int, words: list[_Span], *, backwards: bool) -> list[_Span]:
    """The words of `words` (nearest first) up to the first sentence end between them
    and `edge`."""
    kept = []
    for start, end, found in words:
        gap = text[end:edge] if backwards else text[edge:start]
        if SENTENCE_END.search(gap):
            break
        kept.append((start, end, found))
        edge = start if backwards else end
    return kept


@lru_cache(maxsize=1 << 16)
def _cyrillic_reading(word: str) -> tuple[str, str]:
    """`word` with Latin-1 characters read as cp1251 and Latin look-alikes as Cyrillic."""
    rules: set[str] = set()
    chars: list[str] = []
    for char in word:
        if char in LATIN1_TO_CYRILLIC:
            chars.append(LATIN1_TO_CYRILLIC[char])
            rules.add(CYRILLIC_READING)
        elif char in LATIN_TO_CYRILLIC:
            chars.append(LATIN_TO_CYRILLIC[char])
            rules.add(CYRILLIC_HOMOGLYPH)
        else:
            chars.append(char)
    return "".join(chars), "+".join(sorted(rules))


@lru_cache(maxsize=1 << 16)
def _cyrillic_reading_if_plausible(word: str) -> tuple[str, str] | None:
    """The cp1251 reading of a Cyrillic word with Latin-1 characters, except those that
    are genuine: a stress accent ("бóльшую", even beside damage: "áóльшую") or a sign
    such as "²" at the end of a word ("м²", "войны³")."""
    reading = _cyrillic_reading(word)
    reading_frequency = best_frequency(reading[0], CYRILLIC_LANGUAGES)
    if reading_frequency == 0.0:
        stressed = _stressed_reading(word, reading[0])
        if stressed is not None:
            return stressed, reading[1]
    if _ends_with_a_genuine_sign(word, reading_frequency):  # the letters before it may be damaged
        stem = word.rstrip(NUMBER_FORMS)
        stem_reading = _cyrillic_reading_if_plausible(stem)
        return None if stem_reading is None else (stem_reading[0] + word[len(stem):], stem_reading[1])
    return reading


def _ends_with_a_genuine_sign(word: str, reading_frequency: float) -> bool:
    """True for a word that ends with signs such as "²", "³" after letters that are
    commoner without them than read as "І", "і": a unit ("м²") or a reference mark
    ("войны³", "так²"). Inside a word the sign is damage ("³з" is "із")."""
    stem = word.rstrip(NUMBER_FORMS)
    if stem == word or any(char in NUMBER_FORMS for char in stem):
        return False
    stem_reading = _cyrillic_reading(stem)[0]
    return best_frequency(stem_reading, CYRILLIC_LANGUAGES) >= reading_frequency


def _is_known_cyrillic(word: str) -> bool:
    return best_frequency(word, CYRILLIC_LANGUAGES) > 0.0


def _stressed_reading(word: str, reading: str) -> str | None:
    """`reading` with one Latin-1 letter of `word` kept as a stressed vowel, when the
    word without the accent is known (a Russian word carries one stress mark)."""
    best: tuple[float, str] | None = None
    for position, char in enumerate(word):
        if char not in DAMAGE_CHARACTERS:
            continue
        letter, *marks = unicodedata.normalize("NFD", char)
        vowel = LATIN_TO_CYRILLIC.get(letter, "")
        if marks not in STRESS_MARKS or vowel not in VOWELS:
            continue
        known = best_frequency(reading[:position] + vowel + reading[position + 1:], CYRILLIC_LANGUAGES)
        if known > 0.0 and (best is None or known > best[0]):
            best = (known, reading[:position] + char + reading[position + 1:])
    return best[1] if best else None


def _latin_options(char: str) -> list[tuple[str, str]]:
    """The Latin letters a Cyrillic letter may stand for, likelier first.

    Capitals are more often look-alikes ("Мonde"), small letters cp1251 damage ("а"
    for "à"); wordfreq decides when both make words.
    """
    options: list[tuple[str, str]] = []
    if char in CYRILLIC_TO_LATIN1:
        options.append((CYRILLIC_TO_LATIN1[char], LATIN1_READING))
    if char in CYRILLIC_TO_LATIN:
        options.append((CYRILLIC_TO_LATIN[char], LATIN_HOMOGLYPH))
    if char.isupper():
        options.reverse()
    return options


SECOND_CHOICE = 0.01
"""Weight of a letter's less likely reading: it must make a much commoner word
("là" stays "là", not "la"; in English text a stray "а" is "a", not "à")."""

MAX_ALTERNATIVES = 64
"""Readings tried per word; beyond this, each letter takes its likelier reading."""


def _latin_readings(word: str) -> Iterator[tuple[str, str, int]]:
    """Latin readings of `word`: (text, rule, how many letters took a second choice)."""
    choices: list[list[tuple[str, str]]] = []
    count = 1
    for char in word:
        options = _latin_options(char) if is_cyrillic(char) else []
        choices.append(options or [(char, "")])
        count *= len(choices[-1])
    if count > MAX_ALTERNATIVES:
        choices = [options[:1] for options in choices]
    for combination in itertools.product(*(enumerate(options) for options in choices)):
        text = "".join(option[0] for _, option in combination)
        rules = sorted({option[1] for _, option in combination if option[1]})
        yield text, "+".join(rules), sum(rank for rank, _ in combination)


@lru_cache(maxsize=1 << 16)
def _best_latin_reading(word: str, language: str) -> tuple[str, str]:
    """The Latin reading of `word` most common in `language` (then in any)."""
    best = max(
        _latin_readings(word),
        key=lambda reading: (
            frequency(reading[0], language) * SECOND_CHOICE ** reading[2],
            best_frequency(reading[0], LATIN_LANGUAGES) * SECOND_CHOICE ** reading[2],
            -reading[2],
        ),
    )
    return best[0], best[1]


@lru_cache(maxsize=1 << 16)
def _latin_reading_of_cyrillic_word(word: str, language: str) -> tuple[str, str] | None:
    """A clean Cyrillic word amid Latin words, read as Latin when that is likelier.

    The Latin reading must be more common in the text's language than the word is in
    Russian ("а" → "à" in French), so that Russian names and words cited in a Latin
    text ("Ф.", "Правда") stay as printed.
    """
    reading = _best_latin_reading(word, language)
    if frequency(reading[0], language) > best_frequency(word, CYRILLIC_LANGUAGES):
        return reading
    return None


PRINTED_MARKERS = frozenset(term.rstrip(".") for term in (
    *LOCATOR_LABELS, *VOLUME_TERMS, *ISSUE_TERMS,
    *(spelling for level in LEVELS for spelling in level.spellings)))
"""The markers of a reference's areas and archival levels as the grammar reads them, in
both scripts, without their period ("С", "P", "Р", "T", "оп"): one printed so is read
already, and stays ("Там же. P. 410" for an English work)."""
MARKER_TERMS = frozenset(word.lower() for term in PRINTED_MARKERS
                         for word in re.split(r"[.\s]+", term) if word)
"""The words of PRINTED_MARKERS in small letters, each word of a marker of two («хр» of «ед.
хр.»): an abbreviation read in the other script must be one."""
NOT_RUSSIAN_LOOKALIKES = frozenset("ІіЈјЅѕ")
"""Cyrillic letters of other languages (Ukrainian "і", Serbian "ј") with Latin
look-alikes: in a reference they are as printed ("Зібрання творів", "Стематографија"), and
a word that prints one is not read in the other script. A Cyrillic word that prints the
Latin "i" for one is read with it, as every other look-alike is: Ukrainian and Belarusian
titles typed on a Russian keyboard, which has no "і" ("Дыялекталагiчны атлас беларускай
мовы, ч. 1-2, Мiнск, 1963.", "Юбiлейний збiрник на пошану академика Д. Й. Багалiя",
"Матерiали з археологii пiвнiчного Причорномор’я", "Керамiка пiзньозарубинецького
поселения"), and the pre-reform "мiръ"."""


def _may_read_other_language_letters(word: str, reading: str) -> bool:
    """Whether a mixed `word` may be read as `reading` for the letters of
    NOT_RUSSIAN_LOOKALIKES: never when it prints one, and into one only for the small
    Latin "i" amid Cyrillic letters ("Мiнск" → "Мінск"); a capital "I" may close a Roman
    numeral glued to a word ("ИванIII") and a "j" be printed so ("Стематографиja")."""
    if NOT_RUSSIAN_LOOKALIKES.intersection(word):
        return False
    return not NOT_RUSSIAN_LOOKALIKES.intersection(reading) or \
        {char for char in word if char.isascii() and char.isalpha()} == {"i"}


def _letters_of(*ranges: tuple[str, str]) -> set[str]:
    return {chr(code) for first, last in ranges for code in range(ord(first), ord(last) + 1)
            if chr(code).isalpha()}


def _class_of(letters: set[str]) -> str:
    """The inside of a character class of exactly `letters`, each run of consecutive code
    points written as a range ("A-Z"): the same class as every letter written out (1,800
    characters for these tables), which the compiler read one by one at import (the three
    patterns built from them took 4.0 ms, now 2.1 ms)."""
    codes = sorted(map(ord, letters))
    runs: list[list[int]] = []
    for code in codes:
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(re.escape(chr(first)) if first == last else
                   f"{re.escape(chr(first))}-{re.escape(chr(last))}" for first, last in runs)


_SEE_THROUGH = {*TYPED_LATIN_TO_CYRILLIC, *CYRILLIC_TO_LATIN, *"IVXLCDM"}
"""The letters of the words repair_reference looks past for a word's script: look-alike
words of either script and Roman numerals."""
_CYRILLIC_LETTERS = _letters_of(("\u0400", "\u052f"))
_LATIN_LETTERS = _letters_of(("A", "Z"), ("a", "z"), ("\u0100", "\u024f"), ("\u1e00", "\u1eff"))
_OPAQUE = _class_of((_CYRILLIC_LETTERS | _LATIN_LETTERS) - _SEE_THROUGH - DAMAGE_CHARACTERS)
"""Letters that give a word a script (glyphs.is_cyrillic, is_latin_letter), other than
those of look-alike words and Roman numerals."""
_CYRILLIC_CLASS = _class_of(_CYRILLIC_LETTERS)
_LATIN_CLASS = _class_of(_LATIN_LETTERS)
_WORD_CHAR = f"(?:[^\\W\\d_]|[{WORD_EXTRAS}])"
_GAP = f"(?:(?![{WORD_EXTRAS}])[\\W\\d_])*+"
_SEE_THROUGH_WORD = f"(?:(?![{_OPAQUE}]){_WORD_CHAR})++(?!{_WORD_CHAR})"
"""A word of look-alike letters of either script, Roman numerals or letters of neither
script: repair_reference looks past it for the script of a look-alike word's context."""


def _word_of(letters: str) -> LazyPattern:
    """A word wholly of `letters`, found from its first letter (a lookbehind after it), so
    that the engine skips to one of them at C speed; compiled when repair_reference first
    needs it (an article's repair never does)."""
    return LazyPattern(f"[{letters}](?<![^\\W\\d_][{letters}])(?<![{WORD_EXTRAS}][{letters}])"
                       f"[{letters}]*+(?!{_WORD_CHAR})")


def _word_with_then_see_through(letters: str) -> LazyPattern:
    """From the last of `letters` in a word, that word's end, the gap and a see-through
    word next to it: found from the letter, a word's rest scanned once; compiled at its
    first use, as _word_of's."""
    return LazyPattern(f"[{letters}](?:(?![{letters}]){_WORD_CHAR})*+(?!{_WORD_CHAR})"
                       f"{_GAP}{_SEE_THROUGH_WORD}")


LATIN_LOOKALIKE_WORD = _word_of(re.escape("".join(sorted(TYPED_LATIN_TO_CYRILLIC))))
CYRILLIC_LOOKALIKE_WORD = _word_of(re.escape("".join(sorted(CYRILLIC_TO_LATIN))))
"""Words wholly of look-alike letters of one script: those repair_reference may read in
the other."""
CYRILLIC_WORD_BY_SEE_THROUGH = _word_with_then_see_through(_CYRILLIC_CLASS)
LATIN_WORD_BY_SEE_THROUGH = _word_with_then_see_through(_LATIN_CLASS)
"""A word with a letter of one script and a see-through word after it (in the reversed
text, before it): the clear neighbour that gives a look-alike word its context is next
to the look-alike word or to a word it looks past."""
LATIN_THEN_CYRILLIC_IN_A_WORD = LazyPattern(
    f"[{_LATIN_CLASS}](?:(?![{_LATIN_CLASS}{_CYRILLIC_CLASS}]){_WORD_CHAR})*+[{_CYRILLIC_CLASS}]")
"""A word with a Latin letter before a Cyrillic one (in the reversed text, after one): a
word that mixes the scripts (CYRILLIC_TOUCHING_LATIN, or with a mark between them)."""


@lru_cache(maxsize=1 << 10)
def may_change_reference(text: str) -> bool:
    """False only when repair_reference changes nothing in `text`, tested by compiled
    patterns before its word by word work (cached: a reference's segment is tested before
    it is read, biblio.parse.scripts, and again by the grammar's partial reading): a
    look-alike word has a neighbour with letters of the other script, through words it
    looks past, or a word mixes the scripts. Most references with letters of both scripts
    have neither ("Иванов А. В. История. URL: https://…"). Each pattern opens with the
    letters it needs, which the engine skips to at C speed; the tests whose letters are
    rarer in a Russian text come first."""
    backwards = text[::-1]
    if CYRILLIC_LOOKALIKE_WORD.search(text) and (
            LATIN_WORD_BY_SEE_THROUGH.search(text) or LATIN_WORD_BY_SEE_THROUGH.search(backwards)):
        return True
    if LATIN_THEN_CYRILLIC_IN_A_WORD.search(text) or \
            LATIN_THEN_CYRILLIC_IN_A_WORD.search(backwards):
        return True
    return LATIN_LOOKALIKE_WORD.search(text) is not None and (
        CYRILLIC_WORD_BY_SEE_THROUGH.search(text) is not None
        or CYRILLIC_WORD_BY_SEE_THROUGH.search(backwards) is not None)


@lru_cache(maxsize=1 << 10)
def repair_reference(text: str) -> Repair:
    """`text`, one reference, with its look-alike words read in the script around them,
    and its words that mix the scripts as running text reads them (repair_text:
    "литерaтуры", "Тaranovsky"); running text's reading of whole words is not taken.

    A reference's short words say nothing of their script by their letters ("C. 223",
    "T. 1", "On. 1", "E. M. Ярославский", "co", "рр. 16-17", "Ibid. Р. 630"): a word
    written wholly in letters of look-alike pairs (TYPED_LATIN_TO_CYRILLIC,
    CYRILLIC_TO_LATIN) takes the script of the nearest words with a clear one, when
    both sides (or the only one) agree: between a Latin and a Cyrillic reference
    ("(650 mb). – М., 2004") it stays as printed. It is read so only when the
    reading is a letter (an initial, a marker), a marker of MARKER_TERMS ("On." →
    "Оп.", but "no." stays), or a word commoner than the printed one ("co" → "со").
    Roman numerals, acronyms ("АСТ"), markers the grammar reads in either script
    (PRINTED_MARKERS: "Там же. P. 410"; a letter before a name is an initial, "H. М.
    Минского") and the letters of NOT_RUSSIAN_LOOKALIKES stay, and so does a Russian page
    "С." before a number in a Latin reference (GOST 7.0.12-2011, 7.11). A Roman numeral
    whose letters mix the scripts ("XVІII") is read in Latin (_is_mixed_numeral), and a
    word mixing them whose own letters have no look-alike is in their script
    (_plain_script: "Кaapaн"). Cached: the reference chooser and the grammar ask for the
    same text in turn; the Repair returned is shared, not to be changed."""
    words = [(match.start(), match.group(), _lookalike_script(match.group()))
             for match in WORD.finditer(text)]
    clear = [(start, script) for start, _, (script, convertible) in words
             if script is not None and not convertible]
    chars = list(text)
    rows: list[ChangeRow] = []
    position = 0
    for start, word, (script, convertible) in words:
        if _is_mixed_numeral(word):  # "XVІII", "ХIХ": one numeral; "МCХ": an acronym
            reading = _mixed_numeral_reading(text, start, word)
            if reading is not None:
                rows.append((start, word, reading,
                             LATIN_HOMOGLYPH if reading.isascii() else CYRILLIC_HOMOGLYPH))
                chars[start:start + len(word)] = reading
            continue
        if not convertible or _touches_a_digit(text, start, start + len(word)):
            continue  # "19O5", "5 o6": a digit's look-alike, for the reader of numbers
        while position < len(clear) and clear[position][0] < start:
            position += 1
        before = clear[position - 1][1] if position else None
        after = clear[position][1] if position < len(clear) else None
        context = before or after if before is None or after is None or before == after \
            else None
        reading = _lookalike_reading(word, script, context, text, start)
        if reading is not None:
            chars[start:start + len(word)] = reading
            rows.append((start, word, reading,
                         LATIN_HOMOGLYPH if reading.isascii() else CYRILLIC_HOMOGLYPH))
    changed = "".join(chars)
    mixed = repair_text(changed).rows if CYRILLIC_TOUCHING_LATIN.search(changed) else []
    for offset, word, after, rule in mixed:
        if rule in (LATIN_HOMOGLYPH, CYRILLIC_HOMOGLYPH) and _classify(word)[1] == "mixed" \
                and _may_read_other_language_letters(word, after) \
                and not _is_roman_numeral(word.translate(_TO_LATIN)):
            changed = changed[:offset] + after + changed[offset + len(after):]
            rows.append((offset, text[offset:offset + len(after)], after, rule))
    rows.sort()
    return Repair(changed, rows)


_TO_LATIN = str.maketrans(CYRILLIC_TO_LATIN)


def _touches_a_digit(text: str, start: int, end: int) -> bool:
    return text[start - 1:start].isdecimal() or text[end:end + 1].isdecimal()


def _ends_abbreviation(text: str, end: int) -> bool:
    return text[end:end + 1] == "."


NEXT_WORD = re.compile(r"[ \u00a0]?([^\W\d_]+)")
"""The word after a letter's period, past one space (ordinary or no-break): what tells an
initial («H. М. Минского») from a marker («P. 410», «T. IV»)."""


def _before_a_name(text: str, position: int) -> bool:
    """True when the word at `position` (after a letter's period) opens with a capital and is
    no Roman numeral: the letter before is an initial («H. М. Минского», «B. B. Виноградов»),
    not a marker, which a number or a numeral follows («P. 410», «T. IV»)."""
    word = NEXT_WORD.match(text, position)
    return word is not None and word[1][0].isupper() and \
        not _is_roman_numeral(word[1].translate(_TO_LATIN))


@lru_cache(maxsize=1 << 12)
def _is_mixed_numeral(word: str) -> bool:
    """A Roman numeral typed in letters of both scripts («XVІII», «ХIХ», «ІV»: the Cyrillic
    or Ukrainian «І», «Х», «С», «М» beside Latin numerals): plainly one numeral, read in
    Latin. A numeral wholly in Cyrillic letters («ХХ век», «Т. ІІІ») is in one script and
    stays as printed, as the gold of the development set keeps it."""
    return not word.isascii() and PURE_CYRILLIC.fullmatch(word) is None and \
        _is_roman_numeral(word.translate(_TO_LATIN))


NUMERAL_ONLY_LETTERS = frozenset("VLvl")
"""Roman numerals' letters with no Cyrillic look-alike: a word mixing the scripts with one
is a numeral («ІV», «XVІ»), not a Cyrillic acronym."""
ACRONYM_LETTERS = frozenset("CDMcdmСМсм")
"""Numerals' letters that are initials as often (see _is_roman_numeral) and, with С and
М, the letters of Cyrillic acronyms («МСХ», «СМІ»); a mixed word without one, of Х and
І alone, is a numeral («ХIХ – начала ХХ вв.»)."""
LONGEST_ACRONYM_LIKE_NUMERAL = 3
"""Letters of a mixed word that may be a Cyrillic acronym as well as a numeral («МCХ» for
«МСХ», «СМI» for the Belarusian «СМІ»); a numeral of more («XVІII») is one."""
TERM_BEFORE = re.compile(r"([^\W\d_]+)\.\s?$")
"""The abbreviated word that ends the text before a word: a numbering term («Т. ХI»)."""
RANGE_DASH_AFTER = re.compile(r"\s?[—–-]\s?([^\W\d_]+)")
RANGE_DASH_BEFORE = re.compile(r"([^\W\d_]+)\s?[—–-]\s?$")
"""A range's dash and the numeral on its other side («XVІII–XIХ вв.»)."""


def _mixed_numeral_reading(text: str, start: int, word: str) -> str | None:
    """A word that reads as a Roman numeral once its letters are Latin, typed in both
    scripts: in Latin when it is plainly a numeral — of more than three letters, with a V
    or an L, of X and I alone (ACRONYM_LETTERS), or where numerals stand (after a
    numbering term, «Т. СI»; beside a range's dash and another numeral, «Т. XC–СI»; a
    century, «ХIХ в.», has no C, D or M) —, else in the script of most of its letters
    («Отчёт МCХ» is the Cyrillic МСХ, «СМI» the Belarusian СМІ); None for a word as much
    in one as in the other, which stays as printed."""
    latin = word.translate(_TO_LATIN)
    if len(word) > LONGEST_ACRONYM_LIKE_NUMERAL or NUMERAL_ONLY_LETTERS.intersection(word) \
            or not ACRONYM_LETTERS.intersection(word) \
            or _numeral_stands(text, start, start + len(word)):
        return latin
    cyrillic = sum(is_cyrillic(char) for char in word)
    if cyrillic * 2 == len(word):
        return None
    if cyrillic * 2 < len(word):
        return latin
    return "".join(LATIN_TO_CYRILLIC.get(char, char) for char in word)


def _numeral_stands(text: str, start: int, end: int) -> bool:
    """Whether the word from `start` to `end` stands where a numeral does: after a
    numbering term (PRINTED_MARKERS) or at a range's end whose other end is a numeral."""
    before = TERM_BEFORE.search(text, max(0, start - 12), start)
    if before is not None and before[1] in PRINTED_MARKERS:
        return True
    other = RANGE_DASH_AFTER.match(text, end) or RANGE_DASH_BEFORE.search(
        text, max(0, start - 12), start)
    return other is not None and _is_roman_numeral(other[1].translate(_TO_LATIN))


@lru_cache(maxsize=1 << 12)
def _lookalike_script(word: str) -> tuple[str | None, bool]:
    """(script, whether the word may be read in the other script): a word all of whose
    letters have a look-alike in the other script, not an acronym nor a Roman numeral. A
    word mixing the scripts has the one of its letters without look-alikes (_plain_script)."""
    script, kind = _classify(word)
    if kind == "mixed":
        script = _plain_script(word) or script
    if len(word) > 1 and word.isupper() or _is_roman_numeral(word.translate(_TO_LATIN)):
        return script, False
    if word.isascii():
        return script, script == "l" and all(
            char in TYPED_LATIN_TO_CYRILLIC and TYPED_LATIN_TO_CYRILLIC[char] not in
            NOT_RUSSIAN_LOOKALIKES for char in word)
    return script, script == "c" and all(
        char in CYRILLIC_TO_LATIN and char not in NOT_RUSSIAN_LOOKALIKES for char in word)


def _lookalike_reading(word: str, script: str | None, context: str | None,
                       text: str, start: int) -> str | None:
    """`word` read in `context`'s script, or None when it stays as printed."""
    if context is None or context == script or \
            word in PRINTED_MARKERS and _ends_abbreviation(text, start + len(word)) \
            and not _before_a_name(text, start + len(word) + 1):
        return None
    if context == "c":
        reading = "".join(TYPED_LATIN_TO_CYRILLIC[char] for char in word)
        commoner = best_frequency(reading, CYRILLIC_LANGUAGES) > best_frequency(word, LATIN_LANGUAGES)
    else:
        if word in ("С", "с") and _before_a_number(text, _Word(start, word, script, "cyrillic")):
            return None  # "Oxford, 2011. С. 408", "N 3 - с 258": the Russian page marker
        reading = word.translate(_TO_LATIN)
        commoner = best_frequency(reading, LATIN_LANGUAGES) > best_frequency(word, CYRILLIC_LANGUAGES)
    if len(word) == 1:
        return reading
    if _ends_abbreviation(text, start + len(word)):
        return reading if reading.lower() in MARKER_TERMS else None
    return reading if commoner else None
