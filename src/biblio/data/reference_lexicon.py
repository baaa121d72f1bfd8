"""Word classes the learned labeller sees as features: which words tend to open or
sit in which part of a reference, in the languages of our users' notes.

Each class is a set of casefolded words without their final period. They come from
the style manuals' abbreviation lists (GOST 7.11-2004 and 7.0.12-2011, CMOS 17
ch. 10 and 14, the Duden's and the Italian manuals' usual forms) and from the
tables of `reference_terms`; they are hints for a model that weighs them, not rules.
"""

from __future__ import annotations

from biblio.data.reference_terms import (
    ISSUE_TERMS,
    LOCATOR_LABELS,
    MONTHS,
    PART_TERMS,
    ROLE_SUFFIXES,
    ROLE_TERMS,
    VOLUME_TERMS,
)


def _words(*groups: object) -> frozenset[str]:
    """Casefolded single words of the given strings, final periods dropped."""
    words: set[str] = set()
    for group in groups:
        for phrase in group:  # type: ignore[attr-defined]
            for word in str(phrase).replace("-", " ").split():
                word = word.rstrip(".:").casefold()
                if word:
                    words.add(word)
    return frozenset(words)


ROLE_WORDS = _words(
    (term for term in ROLE_TERMS if " " not in term), ROLE_SUFFIXES,
    ("eds", "ed", "edn", "editor", "editors", "edited", "hrsg", "hg", "herausgegeben",
     "cura", "cur", "curatore", "curatori", "dir", "éd", "éds", "coord", "comp",
     "trans", "transl", "translated", "trad", "übers", "übersetzt"),
)
"""Role words of statements of responsibility: "(Eds.)", "Hrsg.", "a cura di" (the
prepositions of "ed. by", "hrsg. von" are left to the context features)."""

VOLUME_WORDS = _words(VOLUME_TERMS, ("volume", "volumes", "vols", "bde", "tomo", "tom",
                                     "tomes", "jahrgang", "annata", "anno", "vol"))
ISSUE_WORDS = _words(ISSUE_TERMS, ("number", "numero", "numéro", "n", "nos", "fasc",
                                   "fascicolo", "heft", "issue", "suppl", "supplement"))
PAGE_WORDS = _words(LOCATOR_LABELS, ("pp", "p", "pag", "pagg", "pages", "page", "seite",
                                     "seiten", "ss", "s", "c", "cc", "col", "coll"))
PART_WORDS = _words(PART_TERMS, ("chap", "chapter", "kap", "cap", "ch", "parte", "sect"))
EDITION_WORDS = _words(("edition", "edn", "aufl", "auflage", "éd", "ed", "ediz",
                        "edizione", "изд", "издание", "rev", "revised", "reprint",
                        "nachdruck", "ristampa"))
MONTH_WORDS = _words(MONTHS, ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                              "sept", "oct", "nov", "dec", "gennaio", "febbraio",
                              "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
                              "settembre", "ottobre", "novembre", "dicembre", "spring",
                              "summer", "autumn", "fall", "winter"))
CONNECTIVE_WORDS = _words(("and", "und", "et", "e", "y", "и", "&", "with", "mit", "con",
                           "avec"))
ET_AL_WORDS = _words(("et", "al", "others", "u", "a", "др", "ін", "інш", "altri", "alii"))
"""Ukrainian "та ін." and Belarusian "і інш." besides "и др.", as `names.ET_AL` reads them."""
CONTAINER_OPENERS = _words(("in", "dans", "im", "en", "nel", "nella", "negli", "nei",
                            "в", "//"))
PUBLISHER_WORDS = _words((
    "press", "presses", "publishers", "publisher", "publishing", "publications", "books",
    "verlag", "verlags", "buchhandlung", "editore", "editori", "edizioni", "editrice",
    "éditions", "editions", "editorial", "libreria", "tipografia", "tip", "typ",
    "stamperia", "university", "universitaires", "universitätsverlag", "co", "inc", "ltd",
    "gmbh", "sons", "изд", "издательство", "изд-во", "наука", "academic", "routledge",
    "springer", "wiley", "elsevier", "gallimard", "fayard", "seuil", "einaudi", "laterza",
    "mulino", "olschki", "beck", "suhrkamp", "macmillan", "palgrave", "blackwell",
    "cambridge", "oxford", "harvard", "yale", "princeton", "chicago", "penguin",
))
JOURNAL_WORDS = _words((
    "journal", "review", "revue", "rivista", "zeitschrift", "quarterly", "annals",
    "annales", "annali", "bulletin", "bollettino", "proceedings", "transactions",
    "studies", "studi", "études", "archivio", "archiv", "archives", "history", "historical",
    "historische", "storica", "storia", "letters", "magazine", "science", "nature",
    "physical", "phys", "rev", "lett", "j", "acad", "proc", "trans", "ann", "bull",
    "вестник", "журнал", "известия", "вопросы", "записки", "труды", "сборник",
))
THESIS_WORDS = _words(("thesis", "dissertation", "diss", "phd", "ph", "mémoire", "thèse",
                       "tesi", "laurea", "habilitation", "дис", "диссертация", "автореф",
                       "master's", "doctoral", "ma"))
WEB_WORDS = _words(("http", "https", "www", "doi", "url", "accessed", "retrieved",
                    "available", "online", "consulté", "abgerufen", "isbn", "issn"))
ARCHIVE_WORDS = _words((
    "archivio", "archive", "archives", "archiv", "staatsarchiv", "bundesarchiv",
    "biblioteca", "library", "bibliothèque", "asv", "asve", "bav", "ms", "mss", "cod",
    "busta", "buste", "b", "reg", "filza", "filze", "fz", "fasc", "carte", "c", "cc",
    "fol", "ff", "f", "op", "d",
    "l", "ll", "ф", "оп", "д", "л", "фонд", "дело", "serie", "fondo", "notarile", "senato",
    "deliberazioni", "fonds", "carton", "dossier", "bl", "nachlass",
))
