"""The role phrases that open a statement of responsibility printed after a book's title
and a comma, in the comma styles of Italian, English, German and French notes.

"P. Bembo, Lettere, a cura di E. Travi, Bologna 1987", "Florentine Studies, ed. by N.
Rubinstein, London 1968", "Regesta Imperii, hrsg. von J. F. Böhmer, Innsbruck 1889",
"Mémoires, éd. par A. Molinier, Paris 1890". Italian: the phrases of the statement
of responsibility as Italian title pages and the Italian cataloguing rules (REICAT) print
it ("a cura di", "traduzione di", "introduzione di", "prefazione di") and the
abbreviations notes print for them ("a c. di", "trad. di", "introd. di", "pref. di"); English, German and French: those of
`reference_terms.ROLE_TERMS` that end with their preposition. An editor's and a
translator's names have CSL variables; an introduction's or a preface's author has none:
the statement is kept whole in CSL `note`, as `ROLE_TERMS` keeps "introd. by".
"""

from __future__ import annotations

from biblio.data.reference_terms import ROLE_TERMS

OWN_ROLE_PHRASES: dict[str, str] = {
    # Italian (title pages and REICAT; the notes' abbreviations)
    "a cura di": "editor", "A cura di": "editor", "a c. di": "editor", "A c. di": "editor",
    "a cu ra di": "editor",  # a line's break inside "cura", as scanned notes keep it
    "traduzione di": "translator", "trad. di": "translator", "tradotto da": "translator",
    "introduzione di": "note", "Introduzione di": "note", "introd. di": "note",
    "intr. di": "note", "prefazione di": "note", "Prefazione di": "note",
    "pref. di": "note", "con introduzione di": "note", "con prefazione di": "note",
    # German and French forms ROLE_TERMS does not hold
    "eingel. von": "note", "publié par": "editor",
}
"""The role phrases of this table's own: Italian, and two German and French forms."""
ROLE_PREPOSITIONS = (" di", " da", " by", " von", " par", " de")
"""The words that end a role phrase before the names."""
ONE_VARIABLE = ("editor", "translator", "compiler", "note")
"""The roles whose names go to one CSL variable ("ed. and transl. by" names two)."""

ROLE_PHRASES_AFTER_TITLES: dict[str, str] = {
    **{phrase: role for phrase, role in ROLE_TERMS.items()
       if phrase.endswith(ROLE_PREPOSITIONS) and role in ONE_VARIABLE},
    **OWN_ROLE_PHRASES,
}
"""Role phrase → the CSL variable of the names after it ("note": the statement whole)."""
