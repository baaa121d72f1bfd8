"""Features of each token, as small named functions of the token and its reference.

What a human reader uses to cut a reference: the word itself and its shape, what
kind of word it is (a year, an initial, a role word, a page marker), where it
stands (inside quotes or brackets, before or after the first year, after a
container's opener ("In:", ", in", "//"), how far into the reference, after how many
commas and full stops, between which marks, where in its comma segment and in which
segment against the last year's), and the same for its neighbours.
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


OFFSETS = (-2, -1, 1, 2)
POSITIONS = tuple(f"pos={tenth}" for tenth in range(10))
"""The tenth of the reference a token stands in."""


WORD_AROUND = tuple(f"{offset}:w=" for offset in OFFSETS)
"""The prefix of a word's feature for its neighbour at each offset."""
Strings = tuple[str, ...]


@lru_cache(maxsize=256)
def _kind_and_classes(kind: str, classes: Strings) -> tuple[Strings, tuple[Strings, ...]]:
    """A word's class features, and the kind and class features it gives its neighbour
    at each offset: a few dozen combinations, made once each."""
    around = tuple((f"{offset}:kind={kind}", *(f"{offset}:class={name}" for name in classes))
                   for offset in OFFSETS)
    return tuple("class=" + name for name in classes), around


@lru_cache(maxsize=65536)
def _word(word: str) -> tuple[str, str, tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """What a token's features owe to its word alone, made once per distinct word (the
    words of references repeat): its casefold, kind, own features, and the features it
    gives its neighbours at each offset."""
    lw = word.casefold()
    kind = word_kind(word)
    classes, kind_around = _kind_and_classes(kind, CLASSES_OF.get(lw, ()))
    own = ["w=" + lw, "shape=" + shape(word), "kind=" + kind, "script=" + script(word),
           "pre2=" + lw[:2], "suf3=" + lw[-3:]]
    if word[0].isupper():
        own.append("cap")
    if word.isupper() and len(word) > 1:
        own.append("allcaps")
    around = tuple((prefix + lw, *rest) for prefix, rest in zip(WORD_AROUND, kind_around))
    return lw, kind, (*own, *classes), around


def token_features(tokens: list[Token], text: str) -> list[list[str]]:
    """One list of feature strings per token (crfsuite's item format). The strings a
    token owes to its word, to its neighbours' words and to the marks around it are
    made once and reused (crfsuite reads them, never keeps them)."""
    n = len(tokens)
    last = n - 1
    words = [t.text for t in tokens]
    known = [_word(w) for w in words]
    lower = [k[0] for k in known]
    kinds = [k[1] for k in known]
    around = [k[3] for k in known]
    first_year = next((i for i, k in enumerate(kinds) if k == "year"), n)
    states = _bracket_states(words)
    places = _places(words, lower)
    segments = _segments(words, kinds, lower)
    features: list[list[str]] = []
    for i, token in enumerate(tokens):
        lw = lower[i]
        start = token.start
        f = [
            *known[i][2],
            POSITIONS[10 * i // n],
            "year=before" if i < first_year else "year=at" if i == first_year else "year=after",
            states[i],
            "space=y" if start and text[start - 1].isspace() else "space=n",
            "dot=y" if i < last and words[i + 1] == "." else "dot=n",
            f"-1w|w={lower[i - 1]}|{lw}" if i else "BOS",
            f"w|+1w={lw}|{lower[i + 1]}" if i < last else "EOS",
            *places[i],
            *segments[i],
        ]
        # the neighbours' features, in the order of OFFSETS (-2, -1, +1, +2)
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


COMMAS = tuple(f"commas={k}" for k in range(6))
STOPS = tuple(f"stops={k}" for k in range(5))


@lru_cache(maxsize=4096)
def _place(host: bool, commas: int, stops: int, before: str, after: str) -> tuple[str, ...]:
    """A token's place features, made once per combination (a few hundred recur): the
    tuple is shared, where building it cost a call and two unpackings per token."""
    return ("host=y" if host else "host=n", COMMAS[commas], STOPS[stops],
            "prevp=" + before, "nextp=" + after)


def _places(words: list[str], lower: list[str]) -> list[tuple[str, ...]]:
    """Where each token stands among the reference's marks: after a container's opener
    (a word such as "In" opening a segment, or "//"), after how many commas and full
    stops (a period after a word longer than an initial), and the nearest mark before
    and after it. They part a chapter's title from its book's, a place from a publisher."""
    n = len(words)
    marks_after = ["$"] * n
    mark = "$"
    for i in range(n - 1, -1, -1):
        marks_after[i] = mark
        if not words[i][0].isalnum():
            mark = words[i]
    places = []
    host = False
    commas = stops = 0
    mark = "^"
    place = None  # the words between two marks share their place, until "In" opens a host
    for i, word in enumerate(words):
        is_mark = not word[0].isalnum()
        if place is None or is_mark:
            place = _place(host, commas, stops, mark, marks_after[i])
        places.append(place)
        if is_mark:
            place = None
            mark = word
            if word == ",":
                commas = min(commas + 1, 5)
            elif word == "." and i and len(words[i - 1]) > 2:
                stops = min(stops + 1, 4)
        opens = i == 0 or not words[i - 1][0].isalnum()
        if not host and ((opens and lower[i] in lexicon.CONTAINER_OPENERS) or
                         (word == "/" and i and words[i - 1] == "/")):
            host, place = True, None
    return places


SEGMENT_POSITIONS = tuple(f"segi={k}" for k in range(4))
SEGMENT_LENGTHS = ("segn=0", "segn=1", "segn=2", "segn=3", "segn=4", "segn=6", "segn=6",
                   "segn=6", "segn=9")
"""Words in a segment, bucketed: 0–4 apart, 5–7 ("6") and 8 or more ("9")."""
YEAR_SEGMENT = {-1: "lyr=after", 0: "lyr=at", 1: "lyr=prev", 2: "lyr=before"}
"""The segment against the one holding the last year: after it, it, the one just
before it, or earlier."""


def _segments(words: list[str], kinds: list[str], lower: list[str]) -> list[tuple[str, ...]]:
    """Where each token stands in its segment (the words between commas, semicolons
    and full stops): how many words came before it in the segment, how long the
    segment is, where the segment lies against the one holding the reference's last
    year ("Cava dei Tirreni 1980": a place is the rest of the year's segment, a
    publisher the segment before it), whether a role word ("a cura di", "hrsg. von",
    "ed.") came before the token in its segment, and whether a quoted span closed
    before it (a journal in «…» after a title)."""
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
    result: list[tuple[str, ...]] = []
    closed, straight = False, False
    for index, (start, end) in enumerate(zip(bounds, bounds[1:])):
        length = sum(1 for i in range(start, end) if kinds[i] != "punct")
        size = SEGMENT_LENGTHS[min(length, 8)]
        where = "lyr=none" if year_segment is None else YEAR_SEGMENT[
            max(-1, min(2, year_segment - index))]
        seen = 0
        role = False
        for i in range(start, end):
            result.append(_segment_features(seen if seen < 3 else 3, size, where, role, closed))
            word = words[i]
            if kinds[i] != "punct":
                seen += 1
                role = role or lower[i] in lexicon.ROLE_WORDS
            elif word in "»”" or word == '"' and straight:
                closed = True
            straight ^= word == '"'
    return result


@lru_cache(maxsize=1024)
def _segment_features(seen: int, size: str, where: str, role: bool,
                      closed: bool) -> tuple[str, ...]:
    """A token's segment features, made once per combination (there are few)."""
    return (SEGMENT_POSITIONS[seen], size, where, *(("segrole",) if role else ()),
            *(("quoted-before",) if closed else ()))


STATES = tuple("state=" + (("q" if quoted else "") + ("p" if paren else "") +
                           ("b" if bracket else "") or "-")
               for quoted in (0, 1) for paren in (0, 1) for bracket in (0, 1))
"""The bracket state's feature, at 4 × quoted + 2 × in parentheses + in brackets."""


def _bracket_states(words: list[str]) -> list[str]:
    """Whether each token is inside quotes, parentheses or brackets ("state=q", "=p",
    "=b", "=qp", …; "state=-" outside all)."""
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
        states.append(STATES[4 * (quote > 0) + 2 * (paren > 0) + (bracket > 0)])
    return states
