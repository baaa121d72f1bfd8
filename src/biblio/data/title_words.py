"""Articles and other function words of titles, by language, for Chicago short titles
and bibliography order.

Sources: CMOS 17 14.33 (a short title keeps the key words of the main title; an
initial "A" or "The" is omitted), 14.68 and the CMOS Q&A on alphabetizing (an
initial article is ignored when entries are put in order: "Invisible Man, The");
the word classes are the grammar of each language (articles, prepositions,
conjunctions), not a choice of biblio. Lists hold lower-case words; an elided
article ("l’", "l'") is matched at the start of a word.
"""

from __future__ import annotations

from biblio.data.title_case import STOP_WORDS

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

FUNCTION_WORDS: frozenset[str] = STOP_WORDS | frozenset(
    """
    à au aux avec chez dans de des du en entre et la le les l’ l' ou par pour sans
    sous sur vers d’ d'
    am an auf aus bei bis das dem den der des die durch für gegen im in mit nach
    ohne über um und unter vom von vor zu zum zur
    al alla alle con dal dalla degli dei del della delle di e fra gli il nel nella
    nelle per su sul sulla tra
    el en las los y
    i v vo na o ob ot s so k ko po za iz u dlia pri pro bez nad pod do ili no a
    """.split()
)
"""Articles, prepositions and conjunctions (English, French, German, Italian,
Spanish, and Russian as romanized by ALA-LC): a short title neither begins nor ends
on one of them."""
