"""CSL 1.0.2 §Text-case: lowercase, uppercase, capitalize-first, capitalize-all, sentence, title.

Applied to the tree's leaves in reading order, so that a word split by markup stays one word
and `<span class="nocase">` keeps its text as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ...data.title_case import CSL_SKIP_WORDS
from .richtext import Node, Span

# A word keeps the hyphen that joins it to the next ("pro-" of "pro-environmental": no stop word).
WORD = re.compile(r"[^\s\-/–—]+(?:-(?=[^\s\-/–—]))?|[\s\-/–—]+")
WORD_ONLY = re.compile(r"[^\s\-/–—]+(?:-(?=[^\s\-/–—]))?")
"""`WORD`'s words without the separators between them (the same words: each is a longest run)."""
SEPARATORS = "-/–—"
GREEK = "\u0370"  # the first code point after the Latin and IPA blocks
SENTENCE_END = ":?!."


# Turkish and Azeri dotted and dotless i (Unicode SpecialCasing.txt, the tr and az conditions).
TURKIC = ("tr", "az")
TURKIC_UPPER = str.maketrans({"i": "İ"})
TURKIC_LOWER = str.maketrans({"I": "ı", "İ": "i"})


def apply_text_case(node: Node, case: str, language: str = "") -> Node:
    """A copy of `node` with `case` applied to its text (in the item's `language`)."""
    if language[:2] in TURKIC and language[2:3] in ("", "-"):
        if case == "uppercase":
            return _map(node, lambda text: text.translate(TURKIC_UPPER).upper())
        if case == "lowercase":
            return _map(node, lambda text: text.translate(TURKIC_LOWER).lower())
    if node.__class__ is str:
        return _plain_case(node, case)  # type: ignore[arg-type]
    return _apply(node, case)


@lru_cache(maxsize=4096)
def _plain_case(text: str, case: str) -> Node:
    return _apply(text, case)


def _apply(node: Node, case: str) -> Node:
    if case == "lowercase":
        return _map(node, str.lower)
    if case == "uppercase":
        return _map(node, str.upper)
    state = {"first": True, "after_colon": False}
    if case == "capitalize-first":
        return _map_words(node, _capitalize_first(state))
    if case == "capitalize-all":
        return _map_words(node, _capitalize_all)
    if case == "sentence":
        return _map_words(node, _sentence(state, _is_all_upper(node)))
    if case == "title":
        return _map_words(node, _title(state, _count_words(node)))
    return node


Words = Callable[[list[str]], list[str]]
"""A case's rule over one leaf's tokens (`WORD`: words and the separators between them), in
reading order; it may keep state from leaf to leaf. A leaf's tokens go in one call: a call a
token cost more than the rule itself (2026-12-06, session 24)."""


def _map(node: Node, fn: Callable[[str], str]) -> Node:
    if isinstance(node, str):
        return fn(node)
    if node.nocase:
        return node
    return _copy(node, [_map(child, fn) for child in node.children])


def _copy(node: Span, children: list[Node]) -> Span:
    return Span(children, prefix=node.prefix, suffix=node.suffix, formatting=node.formatting,
                quotes=node.quotes, display=node.display, nocase=node.nocase, role=node.role)


def _map_words(node: Node, fn: Words) -> Node:
    if isinstance(node, str):
        return "".join(fn(WORD.findall(node)))
    if node.nocase:
        _leaves_seen(node, fn)
        return node
    return _copy(node, [_map_words(child, fn) for child in node.children])


def _is_separator(token: str) -> bool:
    return token[0].isspace() or token[0] in SEPARATORS


def _leaves_seen(node: Node, fn: Words) -> None:
    """A nocase span still counts as words for first- and last-word tracking."""
    fn(["\x00" for token in WORD.findall(_all_text(node)) if not _is_separator(token)])


def _count_words(node: Node) -> int:
    """Words as `_map_words` will meet them, leaf by leaf."""
    if isinstance(node, str):
        return len(WORD_ONLY.findall(node))
    return sum(_count_words(child) for child in node.children)


def _all_text(node: Node) -> str:
    if isinstance(node, str):
        return node
    return "".join(_all_text(child) for child in node.children)


def _upper_first(word: str) -> str:
    for index, char in enumerate(word):
        if char.isalpha():
            return word[:index] + char.upper() + word[index + 1:]
    return word


def _is_all_upper(node: Node) -> bool:
    letters = [c for c in _text(node) if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _text(node: Node) -> str:
    if isinstance(node, str):
        return node
    return "" if node.nocase else "".join(_text(child) for child in node.children)


def _capitalize_first(state: dict[str, bool]) -> Words:
    def fn(tokens: list[str]) -> list[str]:
        out = []
        for word in tokens:
            if state["first"] and not _is_separator(word):
                if word == "\x00":
                    state["first"] = False
                elif any(c.isalpha() for c in word):
                    state["first"] = False
                    word = _upper_first(word)
            out.append(word)
        return out
    return fn


def _capitalize_all(tokens: list[str]) -> list[str]:
    return [_upper_first(word) if word[:1].isalpha() or word[:1] in "\"'“‘(" else word
            for word in tokens]


def _sentence(state: dict[str, bool], all_upper: bool) -> Words:
    def fn(tokens: list[str]) -> list[str]:
        out = []
        for word in tokens:
            if _is_separator(word):
                pass
            elif word == "\x00":
                state["first"] = False
            elif state["first"] and any(c.isalpha() for c in word):
                state["first"] = False
                word = _upper_first(word.lower() if all_upper else word)
            else:
                word = word.lower()
            out.append(word)
        return out
    return fn


def _title(state: dict[str, bool], total: int) -> Words:
    """§Title case: lowercase words capitalized, stop words lowercased except first, last and
    after a colon or sentence end; words with capitals elsewhere kept as written. What a word
    alone decides is read from `_title_word`; the loop keeps what its neighbours decide."""
    words = 0
    digit_hyphen = previous_digit = joined = False

    def fn(tokens: list[str]) -> list[str]:
        nonlocal words, digit_hyphen, previous_digit, joined
        first, after_colon = state["first"], state["after_colon"]  # locals while in the leaf
        out = []
        for word in tokens:
            shape = _title_word(word)
            if shape is None:  # a separator
                out.append(word)
                digit_hyphen = word == "-" and previous_digit
                joined = False
                continue
            words += 1
            if word == "\x00":  # a word of a nocase span
                out.append(word)
                first = after_colon = False
                continue
            ends_sentence, digit, hyphen, lettered, stop, as_stop, as_free = shape
            start = first or after_colon or words == total
            after_colon = ends_sentence
            after_digit_hyphen = digit_hyphen
            previous_digit = digit
            digit_hyphen = digit and hyphen  # "07-x" stays as written
            if not lettered or after_digit_hyphen:
                out.append(word)
                first = first and not lettered
                continue
            first = False
            # the first part of a compound is no stop word ("Pro-Environmental"), later ones
            # are ("Out-of-Fashion")
            first_part = hyphen and not joined
            joined = hyphen
            out.append(as_stop if stop and not start and not first_part else as_free)
        state["first"], state["after_colon"] = first, after_colon
        return out
    return fn


TitleWord = tuple[bool, bool, bool, bool, bool, str, str]
"""What title case reads of a word alone: it ends a sentence (or a colon's clause), opens
with a digit, ends with a hyphen, holds a letter, is a stop word; and the word as written
where a stop word is lowercased, and where it is not."""


@lru_cache(maxsize=1 << 14)
def _title_word(word: str) -> TitleWord | None:
    """`_title`'s reading of one token, None for a separator: remembered, as the words of
    titles recur (a loop of a dozen tests a word cost more than the rest of title case)."""
    lead = word[0]
    if lead.isspace() or lead in SEPARATORS:
        return None
    alphabetic = word.isalpha()
    lettered = alphabetic or any(c.isalpha() for c in word)
    bare = word if alphabetic else word.strip("\"'“‘(”’),.;:!?[]-")
    stop = bare.lower() in CSL_SKIP_WORDS  # §Title case
    as_stop = word.lower() if bare[:1].isupper() and bare[1:] == bare[1:].lower() else word
    as_free = word
    if bare and bare == bare.lower() and bare[0].isalpha() and bare[0] < GREEK:
        as_free = _upper_first(word)  # Latin script only
    return word[-1] in SENTENCE_END, lead.isdigit(), word[-1] == "-", lettered, stop, as_stop, as_free
