"""Where a statement of responsibility's role words end before its names: the period
that closes the last of them is the abbreviation's, not an end of area.

Notes without GOST's " / " print the statement as a sentence after the title, its role
words abbreviated (GOST 7.0.12): "Письма к разным лицам. Пер. с англ., вступ. ст. С.Н.
Искюля" (the dev set's batch 23, a book on 1812), "… многопоточных программ. Пер. с
англ. Слинкин А. А." (a programmer's comment quoting the book). The area splitter would
end an area at "англ." or "ст." before the name, leaving the role words alone and the
names an area no reader knows, so that both stayed in the title.
"""

from __future__ import annotations

import re

from biblio.data.ranks import is_rank
from biblio.data.reference_terms import NAME_CONJUNCTIONS, ROLE_TERMS, TRANSLATED_FROM
from biblio.lazy_patterns import LazyPattern
from biblio.parse.patterns import alternation
from biblio.parse.statement_ranks import rank_before_names

_ROLE = rf"(?:{alternation(ROLE_TERMS)})(?:\s(?:{alternation(TRANSLATED_FROM)})\s[^\W\d_]+\.)?"
ROLE_WORDS = LazyPattern(
    rf"{_ROLE}(?:(?:,\s?|\s(?:{alternation(NAME_CONJUNCTIONS)})\s){_ROLE})*")
"""Role words and nothing else, one or several joined ("пер. с англ.", "Вступ. ст.", "Пер.
с англ., вступ. ст.", "сост. и коммент."), each closed by its period."""
_LAST_WORDS = frozenset(term.rstrip(".").rsplit(" ", 1)[-1].lower()
                        for term in ROLE_TERMS if term.endswith("."))
"""The last word of each abbreviated role term ("ст" of "вступ. ст."), tested first."""
_JOINS = re.compile(r"[,;]\s")
NAMES_AFTER = LazyPattern(
    r"\s(?:(?:[^\W\d_]\.\s?){1,2}[^\W\d_]{2}|[^\W\d_]{2,}\s(?:[^\W\d_]\.\s?){1,2}(?!:))")
"""A person named after the role words, by initials and family or family and initials
("Пер. с англ. Слинкин А. А."), not a place with its colon ("Пер. с англ. М.: ДМК
Пресс"): only names make the role words' period go on."""


def closes_role_words(text: str, start: int, period: int) -> bool:
    """Whether the period at `period` closes role words that fill the area opened at
    `start`, or the part of it after a comma ("…, примеч. С.Н. Искюля"): the words, or a
    language after "пер. с" ("англ."), before the names that follow."""
    if not NAMES_AFTER.match(text, period + 1):
        return False
    word_start = period
    while word_start > start and text[word_start - 1].isalpha():
        word_start -= 1
    word = text[word_start:period].lower()
    opens = [start] + [match.end() for match in _JOINS.finditer(text, start, period)]
    if word and is_rank(word + "."):
        return any(_rank_after_role_words(text, position, period) for position in opens)
    if not word or word not in _LAST_WORDS and text[word_start - 3: word_start] not in \
            {f" {f} " for f in TRANSLATED_FROM if len(f) == 1}:
        return False
    return any(ROLE_WORDS.fullmatch(text, position, period + 1) for position in opens)


def _rank_after_role_words(text: str, start: int, period: int) -> bool:
    """Whether role words open at `start` and ranks or degrees alone follow them to the
    period at `period` ("Под ред. проф.", "Под ред. д-ра ист. наук, проф."): a rank's
    period before the names goes on, as the role words' does."""
    roles = ROLE_WORDS.match(text, start, period)
    if not roles or text[roles.end(): roles.end() + 1] != " ":
        return False
    ranks = text[roles.end() + 1: period + 2]
    return rank_before_names(ranks) == len(ranks)
