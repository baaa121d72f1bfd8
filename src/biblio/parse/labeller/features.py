"""Features of each token, as small named functions of the token and its reference.

What a human reader uses to cut a reference: the word itself and its shape, what
kind of word it is (a year, an initial, a role word, a page marker), where it
stands (inside quotes or brackets, before or after the first year, how far into
the reference), and the same for its neighbours.
"""

from __future__ import annotations

import re
from biblio.data import reference_lexicon as lexicon
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
    ("particle", lexicon.LOWER_PARTICLES),
)


def shape(word: str) -> str:
    """"Xx", "X.", "d", "xd": letter classes with runs folded."""
    out = []
    for char in word:
        kind = "X" if char.isupper() else "x" if char.isalpha() else "d" if char.isdigit() else char
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out[:4])


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


def token_features(tokens: list[Token], text: str) -> list[list[str]]:
    """One list of feature strings per token (crfsuite's item format)."""
    n = len(tokens)
    words = [t.text for t in tokens]
    lower = [w.casefold() for w in words]
    kinds = [word_kind(w) for w in words]
    classes = [[name for name, members in CLASSES if lw in members] for lw in lower]
    first_year = next((i for i, k in enumerate(kinds) if k == "year"), n)
    states = _bracket_states(words)
    opened = _container_opened(lower)
    left, right, commas = _punctuation_context(words, kinds)
    features: list[list[str]] = []
    for i, token in enumerate(tokens):
        w, lw = words[i], lower[i]
        f = [
            "w=" + lw,
            "shape=" + shape(w),
            "kind=" + kinds[i],
            "script=" + script(w),
            "pre2=" + lw[:2],
            "suf3=" + lw[-3:],
            "pos=" + str(min(9, 10 * i // n)),
            "year=" + ("before" if i < first_year else "at" if i == first_year else "after"),
            "state=" + states[i],
            "space=" + ("y" if token.start and text[token.start - 1].isspace() else "n"),
            "dot=" + ("y" if i + 1 < n and words[i + 1] == "." else "n"),
            "in=" + opened[i],
            "lp=" + left[i],
            "rp=" + right[i],
            "commas=" + str(min(commas[i], 6)),
        ]
        if w[0].isupper():
            f.append("cap")
        if w.isupper() and len(w) > 1:
            f.append("allcaps")
        f.extend(["class=" + name for name in classes[i]])
        if i == 0:
            f.append("BOS")
        else:
            f.append(f"-1w|w={lower[i - 1]}|{lw}")
        if i == n - 1:
            f.append("EOS")
        else:
            f.append(f"w|+1w={lw}|{lower[i + 1]}")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < n:
                f.append(f"{offset}:w={lower[j]}")
                f.append(f"{offset}:kind={kinds[j]}")
                f.extend([f"{offset}:class={name}" for name in classes[j]])
        features.append(f)
    return features


def _container_opened(lower: list[str]) -> list[str]:
    """Whether a container's opener ("In:", ", in", ". Dans", "//") stands before each
    token ("after"), is the token ("at"), or has not come yet ("before"): what parts a
    chapter's title from its book's."""
    states = []
    seen = False
    for i, lw in enumerate(lower):
        at = lw == "/" and i + 1 < len(lower) and lower[i + 1] == "/" or (
            lw in lexicon.CONTAINER_OPENERS and i > 0 and lower[i - 1] in ".,:;)")
        states.append("at" if at else "after" if seen else "before")
        seen = seen or at
    return states


def _punctuation_context(words: list[str], kinds: list[str]) -> tuple[
        list[str], list[str], list[int]]:
    """The nearest mark left and right of each token (within its area, the mark that
    closes or opens it), and how many commas precede it."""
    n = len(words)
    left, right, commas = ["^"] * n, ["$"] * n, [0] * n
    mark, count = "^", 0
    for i in range(n):
        left[i], commas[i] = mark, count
        if kinds[i] == "punct":
            mark = words[i]
            count += words[i] == ","
    mark = "$"
    for i in range(n - 1, -1, -1):
        right[i] = mark
        if kinds[i] == "punct":
            mark = words[i]
    return left, right, commas


def _bracket_states(words: list[str]) -> list[str]:
    """Whether each token is inside quotes, parentheses or brackets ("q", "p", "b")."""
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
        states.append(("q" if quote else "") + ("p" if paren else "") + ("b" if bracket else "") or "-")
    return states
