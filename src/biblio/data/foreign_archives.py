"""Archives outside Russia that GOST footnotes cite by their acronym and a shelfmark.

A French, British or German archive has no fond and opis: a reference is the
archive's acronym and the call number of the file as the archive writes it
("SHD, GR 7 N 3186", "TNA, FO 371/17308, f. 45", "PA AA, R 31492",
"AMAE, Papiers d'agents, Herriot, vol. 12"). The acronyms are those the archives
use for themselves in their published guides and in the citation rules they give
readers; a reference that opens with one of them, then a comma and a shelfmark with
a number, is an archival reference.
"""

from __future__ import annotations

FOREIGN_ARCHIVES: dict[str, str] = {
    # France
    "AN": "Archives nationales",
    "AMAE": "Archives du ministère des Affaires étrangères",
    "MAE": "Archives du ministère des Affaires étrangères",
    "CADN": "Centre des archives diplomatiques de Nantes",
    "CADLC": "Centre des archives diplomatiques de La Courneuve",
    "SHD": "Service historique de la Défense",
    "SHAT": "Service historique de l'armée de terre",
    "APP": "Archives de la préfecture de police",
    # United Kingdom
    "TNA": "The National Archives",
    "PRO": "Public Record Office",
    "IWM": "Imperial War Museum",
    # Germany and Austria
    "PA AA": "Politisches Archiv des Auswärtigen Amts",
    "BArch": "Bundesarchiv",
    "BA-MA": "Bundesarchiv-Militärarchiv",
    "GStA PK": "Geheimes Staatsarchiv Preußischer Kulturbesitz",
    "ÖStA": "Österreichisches Staatsarchiv",
    # United States
    "NARA": "National Archives and Records Administration",
    "HIA": "Hoover Institution Archives",
}
"""Acronym → the archive's name."""

FOLIO_TERMS: tuple[str, ...] = ("ff.", "fol.", "fos", "f.", "Bl.", "ll.", "l.")
"""The leaf cited in such a file: "f." (folio), "fol.", German "Bl." (Blatt)."""

LEAF_AND_COLUMN_TERMS: dict[str, str] = {
    "c": "folio", "cc": "folio", "C": "folio", "carta": "folio", "carte": "folio",
    "folios": "folio", "coll": "column", "colonna": "column", "colonne": "column"}
"""The Italian and Latin terms of a pinpoint → its CSL label: Italian archives count their
leaves as carte, "c. 34r", "cc. 26 r-v" (the Archivio di Stato di Venezia's and the
Vatican Library's usage: "ASV, Senato, Deliberazioni, reg. 12, c. 34r"); "coll." (colonne)
are columns. Not in `reference_terms.LOCATOR_LABELS`, whose GOST «С.» and «с.» a Latin
"C." or "c." may stand for in a Russian note."""

ITALIAN_ARCHIVAL_UNITS: dict[str, bool] = {
    "busta": False, "buste": True, "b.": False, "bb.": True, "B.": False,
    "filza": False, "filze": True, "fz.": False, "fzz.": True,
    "registro": False, "registri": True, "reg.": False, "regg.": True,
    "fascicolo": False, "fascicoli": True, "fasc.": False, "fascc.": True,
    "mazzo": False, "mazzi": True, "cartella": False, "cartelle": True,
}
"""The units Italian archives keep their papers in, as notes print them before the unit's
number ("ASV, Senato, Deliberazioni, reg. 12", "Notarile, Testamenti, b. 926", "Senato
(Secreta), Deliberazioni, filza 20", "Carteggio estero, cartella 471", "Deputati
all'Agricoltura, buste 16, 22"; the Archivio di Stato di Venezia's busta, filza,
registro, and the fascicolo, mazzo, cartella of other Italian archives) → whether the
word is a plural, which a list of numbers follows ("buste 16, 22", "bb. 2, 12, 21")."""
