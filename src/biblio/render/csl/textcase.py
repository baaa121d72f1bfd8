"""CSL 1.0.2 §Text-case: lowercase, uppercase, capitalize-first, capitalize-all, sentence, title.

Applied to the tree's leaves in reading order, so that a word split by markup stays one word
and `<span class="nocase">` keeps its text as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ...data.title_case import STOP_WORDS
from .richtext import Node, Span

WORD = re.compile(r"[^\s\-/–—]+|[\s\-/–—]+")


def apply_text_case(node: Node, case: str) -> Node:
    """A copy of `node` with `case` applied to its text."""
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
        return _map_words(node, lambda word: _upper_first(word) if word[:1].isalpha() or word[:1] in "\"'“‘(" else word)
    if case == "sentence":
        return _map_words(node, _sentence(state, _is_all_upper(node)))
    if case == "title":
        return _map_words(node, _title(state, _count_words(node)))
    return node


def _map(node: Node, fn: Callable[[str], str]) -> Node:
    if isinstance(node, str):
        return fn(node)
    if node.nocase:
        return node
    return _copy(node, [_map(child, fn) for child in node.children])


def _copy(node: Span, children: list[Node]) -> Span:
    return Span(children, prefix=node.prefix, suffix=node.suffix, formatting=node.formatting,
                quotes=node.quotes, display=node.display, nocase=node.nocase, role=node.role)


def _map_words(node: Node, fn: Callable[[str], str]) -> Node:
    if isinstance(node, str):
        return "".join(fn(token) if not token[0].isspace() and token[0] not in "-/–—" else _separator(token, fn)
                       for token in WORD.findall(node))
    if node.nocase:
        _leaves_seen(node, fn)
        return node
    return _copy(node, [_map_words(child, fn) for child in node.children])


def _separator(token: str, fn: Callable[[str], str]) -> str:
    fn(token)
    return token


def _leaves_seen(node: Node, fn: Callable[[str], str]) -> None:
    """A nocase span still counts as words for first- and last-word tracking."""
    for token in WORD.findall(_all_text(node)):
        if not token[0].isspace() and token[0] not in "-/–—":
            fn("\x00")


def _count_words(node: Node) -> int:
    """Words as `_map_words` will meet them, leaf by leaf."""
    if isinstance(node, str):
        return sum(1 for token in WORD.findall(node) if not token[0].isspace() and token[0] not in "-/–—")
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


def _capitalize_first(state: dict[str, bool]) -> Callable[[str], str]:
    def fn(word: str) -> str:
        if not state["first"] or word[0].isspace() or word[0] in "-/–—":
            return word
        if word == "\x00":
            state["first"] = False
            return word
        if any(c.isalpha() for c in word):
            state["first"] = False
            return _upper_first(word)
        return word
    return fn


def _sentence(state: dict[str, bool], all_upper: bool) -> Callable[[str], str]:
    def fn(word: str) -> str:
        if word[0].isspace() or word[0] in "-/–—":
            return word
        if word == "\x00":
            state["first"] = False
            return word
        if state["first"] and any(c.isalpha() for c in word):
            state["first"] = False
            return _upper_first(word.lower() if all_upper else word)
        return word.lower()
    return fn


def _title(state: dict[str, bool], total: int) -> Callable[[str], str]:
    """§Title case: lowercase words capitalized, stop words lowercased except first, last and
    after a colon or sentence end; words with capitals elsewhere kept as written."""
    seen = {"words": 0, "digit_hyphen": False, "previous_digit": False}

    def fn(word: str) -> str:
        if word[0].isspace() or word[0] in "-/–—":
            seen["digit_hyphen"] = word == "-" and seen["previous_digit"]
            return word
        seen["words"] += 1
        if word == "\x00":  # a word of a nocase span
            state["first"] = state["after_colon"] = False
            return word
        bare = word.strip("\"'“‘(”’),.;:!?[]")
        start = state["first"] or state["after_colon"] or seen["words"] == total
        state["after_colon"] = word.endswith((":", "?", "!", "."))
        after_digit_hyphen = seen["digit_hyphen"]
        seen["digit_hyphen"] = False
        seen["previous_digit"] = word[:1].isdigit()
        if not any(c.isalpha() for c in word):
            return word
        state["first"] = False
        if after_digit_hyphen:
            return word
        if bare.lower() in STOP_WORDS and not start:
            return word.lower() if bare[:1].isupper() and bare[1:] == bare[1:].lower() else word
        if bare and bare == bare.lower() and bare[0].isalpha():
            return _upper_first(word)
        return word
    return fn
