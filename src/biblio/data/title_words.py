"""Articles of titles, by language, for Chicago short titles and bibliography order
(the other function words are `biblio.data.function_words`).

Sources: CMOS 17 14.33 (a short title keeps the key words of the main title; an
initial "A" or "The" is omitted), 14.68 and the CMOS Q&A on alphabetizing (an
initial article is ignored when entries are put in order: "Invisible Man, The");
the word classes are the grammar of each language (articles, prepositions,
conjunctions), not a choice of biblio. Lists hold lower-case words; an elided
article ("l’", "l'") is matched at the start of a word.
"""

from __future__ import annotations

INITIAL_ARTICLES: dict[str, frozenset[str]] = {
    "en": frozenset({"a", "an", "the"}),
    "fr": frozenset({"le", "la", "les", "l’", "l'", "un", "une"}),
    "de": frozenset({"der", "die", "das", "ein", "eine"}),
    "it": frozenset({"il", "lo", "la", "i", "gli", "le", "l’", "l'", "un", "uno", "una"}),
    "es": frozenset({"el", "la", "los", "las", "un", "una"}),
}
"""Articles ignored at the start of a title when bibliography entries are ordered.
Russian has no articles."""

DROPPED_IN_SHORT_TITLES: frozenset[str] = frozenset({"a", "an", "the"})
"""CMOS 14.33 omits an initial English article in a short title; a French
"Des hommes d’influences" keeps its "Des" (the issue's example, following the
Manual's practice of leaving foreign titles as printed)."""
