"""Words English title case leaves in lower case (CSL 1.0.2, "text-case": "title").

The CSL specification lists English articles, conjunctions and short
prepositions; Zotero's processor (citeproc-js) also keeps longer prepositions
("against", "between") and the name particles of other languages ("de", "von",
"van", "d’") in lower case — "the Rue de Grenelle", "Alliance against Hitler".
biblio follows citeproc-js, whose output users compare with.
"""

from __future__ import annotations

STOP_WORDS = frozenset(
    """
    a an the
    and but for nor or so yet
    about above across after against along amid among around as at before behind
    below beneath beside besides between beyond by circa despite down during except
    from in inside into like near of off on onto out over per since than through
    till to toward towards under underneath until unto up upon versus via vs with
    within without
    de d’ d' del della der des di du la le van von
    """.split()
)
