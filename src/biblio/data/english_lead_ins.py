"""Lead-ins of a reference, in the English a Chicago note uses.

A GOST footnote introduces a reference with "См.:", "См. также:", "Ср.:", "Цит. по:"
(GOST R 7.0.5-2008, clause 11, "отсылки"); French and German notes with "Voir",
"Vgl.". A Chicago note in English says "See", "See also", "Cf.", and "quoted in"
for a source cited from another (CMOS 17, chapter 14; the words are English
usage, the forms of the table are ours). Keys are the lead-ins
lower-cased, without a final colon; values the English lead-in, lower case
(the note capitalizes it when it opens the note).
"""

from __future__ import annotations

ENGLISH_LEAD_INS: dict[str, str] = {
    # Russian (GOST R 7.0.5-2008, clause 11)
    "см.": "see",
    "см. также": "see also",
    "см., например": "see, for example,",
    "см., напр.": "see, for example,",
    "ср.": "cf.",
    "ср. также": "cf. also",
    "цит. по": "quoted in",
    "приводится по": "quoted in",
    "подробнее см.": "for more detail, see",
    "см. подробнее": "for more detail, see",
    "об этом см.": "on this, see",
    "см. об этом": "on this, see",
    # French
    "voir": "see",
    "voir aussi": "see also",
    "voir, par exemple": "see, for example,",
    "cf.": "cf.",
    "cité dans": "quoted in",
    "cité par": "quoted in",
    # German
    "siehe": "see",
    "s.": "see",
    "siehe auch": "see also",
    "vgl.": "cf.",
    "vgl. auch": "cf. also",
    "zit. nach": "quoted in",
    "zitiert nach": "quoted in",
    # English, as Chicago writes them
    "see": "see",
    "see also": "see also",
    "see, e.g.,": "see, e.g.,",
    "see, for example,": "see, for example,",
    "quoted in": "quoted in",
    "cited in": "cited in",
}
