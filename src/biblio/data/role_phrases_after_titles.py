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

ROLE_PHRASES_AFTER_TITLES: dict[str, str] = {
    # Italian (title pages and REICAT; the notes' abbreviations)
    "a cura di": "editor", "A cura di": "editor", "a c. di": "editor", "A c. di": "editor",
    "a cu ra di": "editor",  # a line's break inside "cura", as scanned notes keep it
    "traduzione di": "translator", "trad. di": "translator", "tradotto da": "translator",
    "introduzione di": "note", "Introduzione di": "note", "introd. di": "note",
    "intr. di": "note", "prefazione di": "note", "Prefazione di": "note",
    "pref. di": "note", "con introduzione di": "note", "con prefazione di": "note",
    # English
    "ed. by": "editor", "edited by": "editor", "trans. by": "translator",
    "transl. by": "translator", "translated by": "translator", "introd. by": "note",
    "with an introduction by": "note", "foreword by": "note",
    # German
    "hrsg. von": "editor", "Hrsg. von": "editor", "hg. von": "editor", "Hg. von": "editor",
    "übers. von": "translator", "Übers. von": "translator", "eingel. von": "note",
    "Einl. von": "note", "mit einem Vorwort von": "note",
    # French
    "éd. par": "editor", "Éd. par": "editor", "publié par": "editor",
    "trad. par": "translator", "traduit par": "translator", "préf. de": "note",
    "préface de": "note", "Préf. de": "note",
}
"""Role phrase → the CSL variable of the names after it ("note": the statement whole)."""
