"""Russian archival units, abbreviated as English-language scholarship cites them.

A Russian archival reference names its units by abbreviated Russian words
("РГАСПИ, ф. 558, оп. 11, д. 431, л. 163 об."); cited in English (Chicago notes,
Kritika, Slavic Review) each abbreviation is romanized by the ALA-LC Russian table
and kept as an abbreviation ("RGASPI, f. 558, op. 11, d. 431, l. 163ob."), and the
verso mark is closed up to the folio number.

Source: the ALA-LC romanization table for Russian, applied to the abbreviations
of Russian archival units; the English usage ("l." for one folio, "ll." for
several, "ob." closed up) is that of English-language journals of Russian history
(Kritika, Slavic Review), as in "GARF, f. 1235, op. 1, d. 16, ll. 5-7ob.".
"""

from __future__ import annotations

ARCHIVAL_UNITS: dict[str, str] = {
    "ф.": "f.",            # фонд — fond
    "оп.": "op.",          # опись — inventory
    "д.": "d.",            # дело — file
    "л.": "l.",            # лист — folio (leaf)
    "лл.": "ll.",          # листы — folios
    "об.": "ob.",          # оборот — verso
    "п.": "p.",            # папка — folder (used by the foreign-policy archive, АВП РФ)
    "к.": "k.",            # картон, коробка — box
    "св.": "sv.",          # связка — bundle
    "ед. хр.": "ed. khr.",  # единица хранения — storage unit
    "т.": "t.",            # том — volume
    "ч.": "ch.",           # часть — part
    "р.": "r.",            # раздел — section
}
"""Russian abbreviation → its romanized abbreviation."""

FOLIO_SINGLE = "l."
FOLIO_PLURAL = "ll."
VERSO = "ob."
