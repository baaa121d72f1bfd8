"""Features of each token, as small named functions of the token and its reference.

What a human reader uses to cut a reference: the word itself and its shape, what
kind of word it is (a year, an initial, a role word, a page marker), where it
stands (inside quotes or brackets, before or after the first year, after a
container's opener ("In:", ", in", "//"), how far into the reference, after how many
commas and full stops, between which marks, where in its comma segment and in which
segment against the last year's), and the word and kind of its neighbours. Facts of
few values are joined into one string: a token carries about 18 strings, not 30, and
crfsuite's time is per string.
"""

from __future__ import annotations

import re
from functools import lru_cache

from biblio.data import reference_lexicon as lexicon
from biblio.data.name_particles import PARTICLES
from biblio.parse.labeller.tokens import Token

YEAR = re.compile(r"(?:1[4-9]|20)\d\d[a-z]?")
ROMAN = re.compile(r"[ivxlcdm]+|[IVXLCDM]+")

CLASSES: tuple[tuple[str, frozenset[str]], ...] = (
    ("role", lexicon.ROLE_WORDS),
    ("volume", lexicon.VOLUME_WORDS),
    ("issue", lexicon.ISSUE_WORDS),
    ("page", lexicon.PAGE_WORDS),
    ("part", lexicon.PART_WORDS),
    ("edition", lexicon.EDITION_WORDS),
    ("month", lexicon.MONTH_WORDS),
    ("and", lexicon.CONNECTIVE_WORDS),
    ("in", lexicon.CONTAINER_OPENERS),
    ("publisher", lexicon.PUBLISHER_WORDS),
    ("journal", lexicon.JOURNAL_WORDS),
    ("thesis", lexicon.THESIS_WORDS),
    ("web", lexicon.WEB_WORDS),
    ("archive", lexicon.ARCHIVE_WORDS),
    ("particle", PARTICLES),
)


def _classes_of_words() -> dict[str, tuple[str, ...]]:
    """Word → the names of its CLASSES, in their order: one lookup per new word rather
    than one per class."""
    classes: dict[str, tuple[str, ...]] = {}
    for name, members in CLASSES:
        for word in members:
            classes[word] = (*classes.get(word, ()), name)
    return classes


CLASSES_OF = _classes_of_words()


def shape(word: str) -> str:
    """"Xx", "X.", "d", "xd": letter classes with runs folded."""
    if word.isalpha():  # the usual words, without a scan: "x" is any letter not upper
        if word.islower():
            return "x"
        if word[0].isupper() and word[1:].islower():
            return "Xx"
    elif word.isdigit():
        return "d"
    out = []
    for char in word:
        kind = "X" if char.isupper() else "x" if char.isalpha() else "d" if char.isdigit() else char
        if not out or out[-1] != kind:
            if len(out) == 4:
                break  # a fifth run: the shape keeps four
            out.append(kind)
    return "".join(out)


def script(word: str) -> str:
    for char in word:
        if char.isalpha():
            return "cyr" if "\u0400" <= char <= "\u04ff" else "lat"
    return "none"


def word_kind(text: str) -> str:
    """A coarse class of the token alone: year, number, roman, initial, punct, word."""
    if YEAR.fullmatch(text):
        return "year"
    if text.isdigit():
        return "num" if len(text) < 5 else "longnum"
    if not text[0].isalnum():
        return "punct"
    if len(text) <= 2 and text[0].isupper() and text.isalpha():
        return "initial"
    if ROMAN.fullmatch(text) and len(text) < 6:
        return "roman"
    return "word"


POSITIONS = tuple(f"pos={tenth}|{year}" for tenth in range(10)
                  for year in ("before", "at", "after"))
"""The tenth of the reference a token stands in, with where it stands against the
first year (before, at, after): one feature for the two (index 3 × tenth + year)."""
Strings = tuple[str, ...]


OFFSETS = ("-2:", "-1:", "1:", "2:")


@lru_cache(maxsize=256)
def _kind_and_classes(kind: str, classes: Strings) -> tuple[Strings, Strings]:
    """A word's class features, and the one feature of its kind and classes that it
    gives its neighbour at each offset: a few dozen combinations, made once each."""
    kinds = "|".join((kind, *classes))
    return tuple("class=" + name for name in classes), tuple(
        f"{offset}k={kinds}" for offset in OFFSETS)


@lru_cache(maxsize=65536)
def _word(word: str) -> tuple[str, str, Strings, tuple[Strings, ...]]:
    """What a token's features owe to its word alone, made once per distinct word (the
    words of references repeat): its casefold, kind, own features, and the two features
    (kind and classes; the word) it gives its neighbour at each offset."""
    lw = word.casefold()
    kind = word_kind(word)
    classes, kinds_around = _kind_and_classes(kind, CLASSES_OF.get(lw, ()))
    own = ("w=" + lw,
           # a mark's shape and a short word's ending would only repeat the word
           *(() if kind == "punct" else (f"shape={shape(word)}|{kind}|{script(word)}",)),
           *(("pre2=" + lw[:2],) if len(lw) > 2 else ()),
           *(("suf3=" + lw[-3:],) if len(lw) > 3 else ()), *classes)
    around = tuple((kinds, f"{offset}w={lw}") for offset, kinds in zip(OFFSETS, kinds_around))
    return lw, kind, own, around


def token_features(tokens: list[Token], text: str) -> list[list[str]]:
    """One list of feature strings per token (crfsuite's item format). Features of
    few values are joined into one string (the tenth with the first year's side; the
    brackets, the space before, the full stop after and the host; the commas and stops
    before; the segment's facts; a neighbour's kind and classes):
    crfsuite's cost is per string, and the CRF learns as much from the joined ones
    (docs/parsing.md, "The labeller's attributes"). The strings a token owes to its
    word and to its neighbours' words are made once per distinct word."""
    n = len(tokens)
    last = n - 1
    words = [t.text for t in tokens]
    known = [_word(w) for w in words]
    lower = [k[0] for k in known]
    kinds = [k[1] for k in known]
    around = [k[3] for k in known]
    first_year = next((i for i, k in enumerate(kinds) if k == "year"), n)
    places = _places(words, lower, text, tokens)
    segments = _segments(words, kinds, lower)
    features: list[list[str]] = []
    for i in range(n):
        f = [
            *known[i][2],
            POSITIONS[3 * (10 * i // n) + (0 if i < first_year else 1 if i == first_year else 2)],
            f"-1w|w={lower[i - 1]}|{lower[i]}" if i else "BOS",
            f"w|+1w={lower[i]}|{lower[i + 1]}" if i < last else "EOS",
            *places[i],
            segments[i],
        ]
        # the neighbours' two features, in the order of OFFSETS (-2, -1, +1, +2)
        if i > 1:
            f += around[i - 2][0]
        if i:
            f += around[i - 1][1]
        if i < last:
            f += around[i + 1][2]
        if i < last - 1:
            f += around[i + 2][3]
        features.append(f)
    return features


COUNTS = tuple(f"commas|stops={commas}|{stops}" for commas in range(6) for stops in range(5))
"""The commas and full stops before a token (5 or more, 4 or more), at 5 × commas + stops."""


@lru_cache(maxsize=1024)
def _marks(before: str, after: str) -> tuple[str, str]:
    return "prevp=" + before, "nextp=" + after


STATES = tuple((("q" if quoted else "") + ("p" if paren else "") +
                ("b" if bracket else "") or "-")
               for quoted in (0, 1) for paren in (0, 1) for bracket in (0, 1))
"""The bracket state, at 4 × quoted + 2 × in parentheses + in brackets."""
AROUND = tuple(f"state={state}|{space}{dot}{host}" for state in STATES
               for space in "-s" for dot in "-." for host in "-h")
"""The token's brackets and quotes, whether a space precedes it, a full stop follows
it, and a container's opener came before it, as one string: at 8 × the bracket state
+ 4 × space + 2 × full stop + host."""


def _places(words: list[str], lower: list[str], text: str,
            tokens: list[Token]) -> list[tuple[str, ...]]:
    """Where each token stands among the reference's marks: inside which quotes and
    brackets, after a space or not, before a full stop or not, after a container's
    opener (a word such as "In" opening a segment, or "//") or not; after how many
    commas and full stops (a period after a word longer than an initial); and the
    nearest mark before and after it. They part a chapter's title from its book's, a
    place from a publisher."""
    n = len(words)
    marks_after = ["$"] * n
    mark = "$"
    for i in range(n - 1, -1, -1):
        marks_after[i] = mark
        if not words[i][0].isalnum():
            mark = words[i]
    states = _bracket_states(words)
    places = []
    host = 0
    commas = stops = 0
    mark = "^"
    last = n - 1
    for i, word in enumerate(words):
        start = tokens[i].start
        space = 4 if start and text[start - 1].isspace() else 0
        dot = 2 if i < last and words[i + 1] == "." else 0
        places.append((AROUND[8 * states[i] + space + dot + host],
                       COUNTS[5 * commas + stops], *_marks(mark, marks_after[i])))
        if not word[0].isalnum():
            mark = word
            if word == ",":
                commas = min(commas + 1, 5)
            elif word == "." and i and len(words[i - 1]) > 2:
                stops = min(stops + 1, 4)
        opens = i == 0 or not words[i - 1][0].isalnum()
        if (opens and lower[i] in lexicon.CONTAINER_OPENERS) or \
                (word == "/" and i and words[i - 1] == "/"):
            host = 1
    return places


SEGMENT_LENGTHS = ("0", "1", "2", "3", "4", "6", "6", "6", "9")
"""Words in a segment, bucketed: 0–4 apart, 5–7 ("6") and 8 or more ("9")."""
YEAR_SEGMENT = {-1: "after", 0: "at", 1: "prev", 2: "before"}
"""The segment against the one holding the last year: after it, it, the one just
before it, or earlier."""


def _segments(words: list[str], kinds: list[str], lower: list[str]) -> list[str]:
    """Where each token stands in its segment (the words between commas, semicolons
    and full stops), as one string: how many words came before it in the segment (0–3),
    how long the segment is, where the segment lies against the one holding the
    reference's last year ("Cava dei Tirreni 1980": a place is the rest of the year's
    segment, a publisher the segment before it), whether a role word ("a cura di",
    "hrsg. von", "ed.") came before the token in its segment, and whether a quoted span
    closed before it (a journal in «…» after a title)."""
    n = len(words)
    bounds = [0]
    for i, word in enumerate(words):
        if word in ",;" or word == "." and i and len(words[i - 1]) > 2:
            bounds.append(i + 1)
    if bounds[-1] != n:
        bounds.append(n)
    last_year = next((i for i in range(n - 1, -1, -1) if kinds[i] == "year"), -1)
    year_segment = next((k for k, end in enumerate(bounds[1:]) if last_year < end), -1) \
        if last_year >= 0 else None
    result: list[str] = []
    closed, straight = False, False
    for index, (start, end) in enumerate(zip(bounds, bounds[1:])):
        length = sum(1 for i in range(start, end) if kinds[i] != "punct")
        size = SEGMENT_LENGTHS[min(length, 8)]
        where = "none" if year_segment is None else YEAR_SEGMENT[
            max(-1, min(2, year_segment - index))]
        seen = 0
        role = False
        for i in range(start, end):
            result.append(_segment(min(seen, 3), size, where, role, closed))
            word = words[i]
            if kinds[i] != "punct":
                seen += 1
                role = role or lower[i] in lexicon.ROLE_WORDS
            elif word in "»”" or word == '"' and straight:
                closed = True
            straight ^= word == '"'
    return result


@lru_cache(maxsize=1024)
def _segment(seen: int, size: str, where: str, role: bool, closed: bool) -> str:
    """A token's segment feature, made once per combination (there are a few hundred)."""
    return (f"seg={seen}|{size}|{where}|{'role' if role else '-'}"
            f"|{'quoted-before' if closed else '-'}")


def _bracket_states(words: list[str]) -> list[int]:
    """Whether each token is inside quotes, parentheses or brackets, as the index of
    its state in STATES."""
    states = []
    quote = paren = bracket = 0
    for w in words:
        if w == '"':
            quote = 0 if quote else 1
        elif w in "«“„":
            quote += 1
        elif w in "»”" and quote:
            quote -= 1
        elif w == "(":
            paren += 1
        elif w == ")" and paren:
            paren -= 1
        elif w == "[":
            bracket += 1
        elif w == "]" and bracket:
            bracket -= 1
        states.append(4 * (quote > 0) + 2 * (paren > 0) + (bracket > 0))
    return states
