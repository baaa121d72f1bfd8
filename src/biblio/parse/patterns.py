"""Building regular expressions from the tables of biblio.data."""

from __future__ import annotations

import re
from collections.abc import Iterable

from biblio.data.languages import language_named

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
"""A Cyrillic letter (the basic block): the script test of the Russian grammar."""
LATIN = re.compile(r"[A-Za-z]")
"""A basic Latin letter."""
LANGUAGE_NAMED = r"[\[(][Ii]n\s(?P<language>[^\W\d_]+)\.?[\])]"
"""The original's language, as transliterated reference lists add it: "[In Ukrainian]",
"(In Russ.)", "[in Russian]"."""
LANGUAGE_MARK = re.compile(rf"[.,]?\s?{LANGUAGE_NAMED}\.?$")
"""The original's language closing a translated or romanized reference: "(In Russ.)",
"[in Russian]"."""


def take_language_mark(text: str) -> tuple[str, str | None, str | None]:
    """`text` without the language mark closing it (LANGUAGE_MARK), closed by a period;
    the language's tag; and the mark as printed when no table names its language (for the
    caller to keep). `text` as it is, and two Nones, when it has no mark."""
    mark = LANGUAGE_MARK.search(text)
    if mark is None:
        return text, None, None
    language = language_named(mark["language"])
    return text[: mark.start()].rstrip() + ".", language, \
        None if language else mark.group().strip(" .,")


PRINTED_YEAR = r"(?:1[5-9]|20)\d\d"
"""A year as the grammar's readers take one, 1500–2099, for every pattern that reads a
year of publication."""

RUSSIAN_FAMILY = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
"""A Russian family name printed in full: a capital, small letters, perhaps a second part
after a hyphen («Иванов», «Бонч-Бруевич»)."""


def alternation(terms: Iterable[str]) -> str:
    """A regex alternation of `terms`, escaped, the longest first so that "pp" wins over "p".

    It opens with a lookahead for the terms' first characters: Python's engine tries the
    alternatives one by one at each position, and a class of their first characters
    turns away most positions in one test (a lead-in search took half the time). Terms of
    one length are in their own order, so that a pattern made from a set is the same in
    every process, whatever its hash seed."""
    ordered = sorted(terms, key=lambda term: (-len(term), term))
    body = "|".join(re.escape(term) for term in ordered)
    if not ordered or not all(ordered):
        return body  # an empty term matches anywhere: no first character to look for
    firsts = "".join(sorted({re.escape(term[0]) for term in ordered}))
    return f"(?=[{firsts}])(?:{body})"


def phrase_alternation(phrases: Iterable[str]) -> str:
    """An alternation of phrases of several words, the longest first: a space between
    words is any one space, and none or one after an abbreviation's period, as typists
    print "u. a" and "u.a"."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(phrase).replace(r"\.\ ", r"\.\s?").replace(r"\ ", r"\s")
                            for phrase in ordered) + ")"


def preceded(lookbehind: str, terms: Iterable[str]) -> str:
    """An alternation of `terms` each only after `lookbehind` (a fixed-width pattern),
    the longest first: what "(?<=\\s)(?:М|Л)" reads, but written "М(?<=\\sМ)|Л(?<=\\sЛ)".
    Each alternative opens with its literal, so the engine scans for the terms' first
    characters; a pattern that opens with the lookbehind is tried at every position."""
    ordered = sorted(terms, key=len, reverse=True)
    return "|".join(f"{re.escape(term)}(?<={lookbehind}{re.escape(term)})" for term in ordered)


def preceded_in_branches(terms: Iterable[str], *branches: tuple[str, str]) -> str:
    """What "(?:preceded(lookbehind, terms))after|…" reads, one branch for each (lookbehind,
    after) pair, written as one alternation of the terms and then the branches, each its
    lookbehinds (one a term: a lookbehind has one width) and what follows. An alternation
    of `preceded` alternations gives the engine no first character to scan for, so it
    was tried at every position (issue 9); the terms' alternation does. Equal readings
    need that no term opens or closes another, so that one term at most is read at a
    position and its own lookbehind is the only one that can hold there."""
    ordered = sorted(terms, key=len, reverse=True)
    if any(a != b and (a.startswith(b) or a.endswith(b)) for a in ordered for b in ordered):
        raise ValueError(f"a term opens or closes another: {ordered}")
    return "(?:" + "|".join(map(re.escape, ordered)) + ")(?:" + "|".join(
        "(?:" + "|".join(f"(?<={lookbehind}{re.escape(term)})" for term in ordered) + f"){after}"
        for lookbehind, after in branches) + ")"


def optional_space_before(mark: str) -> str:
    """What "\\s?" and `mark` (one character, not a space) read, in the same order: a
    space then the mark, or the mark alone. Opened by a class of a space and the mark,
    which the engine scans for, where a pattern that opens with an optional space is
    tried at every position (" (с изм. …)", " : патент", "; сост. …")."""
    escaped = re.escape(mark)
    return rf"[\s{escaped}](?:(?<={escaped})|(?<=\s){escaped})"


def substitute(pattern: re.Pattern[str], template: str, text: str, count: int = 0) -> str:
    """`pattern.sub(template, text, count)` for a template that names groups ("\\g<place>.: ").
    re hands such a template to its Python compiler on every call, matched or not, which
    cost as much as the search itself (biblio.parse.gost calls ten of them on a
    reference); here it is expanded only at a match, and these rewrites seldom match."""
    return pattern.sub(lambda match: match.expand(template), text, count)


Endings = dict[str, tuple[str, ...]]
"""Terms a text may end with, by their last character (`endings`, `ends_with_any`)."""


def endings(terms: Iterable[str]) -> Endings:
    """`terms` grouped by their last character: a text is tested against the few that end
    as it does, where `str.endswith` over a tuple of all of them compares each in turn."""
    grouped: dict[str, list[str]] = {}
    for term in terms:
        grouped.setdefault(term[-1], []).append(term)
    return {last: tuple(group) for last, group in grouped.items()}


def ends_with_any(text: str, table: Endings) -> bool:
    """Whether `text` ends with one of the terms `table` holds."""
    return text.endswith(table.get(text[-1:], ()))


def contains_any(terms: Iterable[str], text: str) -> bool:
    """Whether one of `terms` is in `text`: a loop of substring tests, a third of the cost
    of a search of their alternation when the terms' first letters are common ("в", "и")
    and of `any()` over a generator, on a test that most references fail."""
    for term in terms:
        if term in text:
            return True
    return False


def trie(terms: Iterable[str]) -> str:
    """A regex of exactly `terms`, factored by their leading characters: Python's engine
    tries an alternation's branches one by one (78 lead-ins tried at "1990. С. 5"), where
    the factored form turns "С." away after three letters. Where only whether it matches
    counts: the branches are not longest first."""
    rests: dict[str, set[str]] = {}
    for term in filter(None, terms):
        rests.setdefault(term[0], set()).add(term[1:])
    branches = [re.escape(first) + _trie_ending(rest) for first, rest in sorted(rests.items())]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _trie_ending(rest: set[str]) -> str:
    """What may follow a term's first character; optional where the term may end there."""
    if rest == {""}:
        return ""
    return f"(?:{trie(rest)})?" if "" in rest else trie(rest)
