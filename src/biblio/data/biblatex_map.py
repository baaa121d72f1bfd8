"""The mapping table CSL 1.0.2 ⇄ BibLaTeX (and classic BibTeX), in one place.

Sources: the biblatex manual (v3.19), §2.1 "Entry types" and §2.2 "Entry fields";
biblatex's default data model (blx-dm.def, as shipped in biber 2.18's
biber-tool.conf) for which field each entry type accepts; the CSL 1.0.2
specification, appendices III (types) and IV (variables); the BibTeX 0.99 manual
("BibTeXing", §3) for the classic dialect. docs/bibtex-mapping.md is the readable form.

Whatever a table cannot express is not lost: the writer verifies each entry by
reading it back and keeps the exact CSL-JSON of every variable that did not survive
in the `CARRIER_FIELD` (see biblio.formats.bibmapping).
"""

from __future__ import annotations

# --- entry types (biblatex manual §2.1) -----------------------------------------------

ENTRY_TYPES: dict[str, tuple[str, str | None]] = {
    # CSL type → (BibLaTeX entry type, entrysubtype)
    "article-journal": ("article", None),
    "article-magazine": ("article", "magazine"),
    "article-newspaper": ("article", "newspaper"),
    "book": ("book", None),
    "chapter": ("incollection", None),  # @inbook when it has a container-author
    "paper-conference": ("inproceedings", None),
    "thesis": ("thesis", None),
    "manuscript": ("unpublished", None),
    "webpage": ("online", None),
    "report": ("report", None),
    "dataset": ("dataset", None),
    "software": ("software", None),
    "patent": ("patent", None),
    "periodical": ("periodical", None),
    "entry-encyclopedia": ("inreference", None),
    "pamphlet": ("booklet", None),
    "document": ("misc", None),
}
"""Any other CSL type is written as @misc with entrysubtype = the CSL type."""

FALLBACK_ENTRY_TYPE = "misc"

ENTRY_TYPE_ALIASES: dict[str, str] = {
    # BibLaTeX / BibTeX entry type → CSL type, for entry types not in ENTRY_TYPES
    "inbook": "chapter",
    "bookinbook": "chapter",
    "suppbook": "chapter",
    "suppcollection": "chapter",
    "collection": "book",
    "mvbook": "book",
    "mvcollection": "book",
    "proceedings": "book",
    "mvproceedings": "book",
    "reference": "book",
    "mvreference": "book",
    "commentary": "book",
    "conference": "paper-conference",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "techreport": "report",
    "manual": "report",
    "www": "webpage",
    "electronic": "webpage",
    "letter": "personal_communication",
    "standard": "standard",
    "legislation": "legislation",
    "legal": "legislation",
    "jurisdiction": "legal_case",
    "artwork": "graphic",
    "image": "graphic",
    "audio": "song",
    "music": "song",
    "video": "motion_picture",
    "movie": "motion_picture",
    "performance": "performance",
    "review": "review",
}

CHAPTER_WITH_BOOKAUTHOR = "inbook"
"""A chapter whose book has its own author (CSL container-author → bookauthor)."""

# --- fields (biblatex manual §2.2) ----------------------------------------------------

TEXT_FIELDS: dict[str, str] = {
    # CSL variable → BibLaTeX field, where the field means the same for every type
    "title": "title",
    "title-short": "shorttitle",
    "container-title-short": "shortjournal",
    "collection-title": "series",
    "volume": "volume",
    "number-of-volumes": "volumes",
    "edition": "edition",
    "page": "pages",
    "number-of-pages": "pagetotal",
    "chapter-number": "chapter",
    "part-number": "part",
    "note": "note",
    "abstract": "abstract",
    "annote": "annotation",
    "keyword": "keywords",
    "URL": "url",
    "DOI": "doi",
    "ISBN": "isbn",
    "ISSN": "issn",
    "original-title": "origtitle",
    "original-publisher": "origpublisher",
    "original-publisher-place": "origlocation",
    "publisher-place": "location",
    "publisher": "publisher",
    "genre": "type",
    "event-title": "eventtitle",
    "event-place": "venue",
    "status": "pubstate",
    "version": "version",
}

TYPE_SPECIFIC_FIELDS: dict[str, dict[str, str]] = {
    # CSL variable → {BibLaTeX entry type → field}, overriding TEXT_FIELDS
    "container-title": {
        "article": "journaltitle",
        "incollection": "booktitle",
        "inbook": "booktitle",
        "bookinbook": "booktitle",
        "suppbook": "booktitle",
        "suppcollection": "booktitle",
        "inproceedings": "booktitle",
        "inreference": "booktitle",
    },
    "issue": {"article": "number", "periodical": "number"},
    "number": {"report": "number", "patent": "number", "manual": "number",
               "dataset": "number"},
    "collection-number": {
        entry: "number"
        for entry in ("book", "mvbook", "inbook", "bookinbook", "suppbook", "collection",
                      "incollection", "suppcollection", "proceedings", "inproceedings",
                      "reference", "inreference")
    },
    "publisher": {"thesis": "institution", "report": "institution",
                  "online": "organization", "misc": "organization",
                  "software": "organization"},
}

DATE_FIELDS: dict[str, str] = {
    # CSL date variable → BibLaTeX date field (ISO 8601-2 / EDTF level 1, manual §2.3.8)
    "issued": "date",
    "accessed": "urldate",
    "original-date": "origdate",
    "event-date": "eventdate",
}

NAME_FIELDS: dict[str, str] = {
    # CSL name variable → BibLaTeX name list
    "author": "author",
    "editor": "editor",
    "translator": "translator",
    "container-author": "bookauthor",
}

EDITOR_ROLES: dict[str, str] = {
    # CSL name variable → biblatex editor type (manual §2.2.2, "editortype"); written
    # to the first free slot editora, editorb, editorc with editoratype = the role
    "compiler": "compiler",
    "organizer": "organizer",
}
EDITOR_SLOTS = ("editora", "editorb", "editorc")
NAME_SLOTS = ("namea", "nameb", "namec")
"""Any other name variable (or one the entry type does not accept, e.g. a translator
of a thesis) goes to the first free generic list namea/nameb/namec, which every entry
type accepts (manual §2.2.2), with nameatype = the CSL variable ("translator")."""

ARCHIVE_FIELD = "library"
"""CSL archive + archive_location → `library` ("{РГАСПИ}, ф. 558, оп. 11, д. 431").

biblatex defines `library` as "a library name and a call number" and accepts it in
every entry type: exactly an archive and its shelfmark. The archive is written as a
brace group so that it splits back unambiguously even when it holds a comma; a
`library` without a leading group (from other tools) is read as the archive alone.
"""

MAIN_TITLE_FIELD = "maintitle"
VOLUME_TITLE_HOLDERS: dict[str, str] = {
    # entry type → the CSL variable whose BibLaTeX field holds the volume's own title
    # when the entry has a `maintitle` (manual §2.2.2: "maintitle: the main title of a
    # multi-volume book"): CSL keeps the work's title there and the volume's in
    # `volume-title`, as the GOST parser does ("Т. 18 : 1935 г.")
    **{entry: "title" for entry in ("book", "collection", "proceedings", "reference")},
    **{entry: "container-title" for entry in ("inbook", "bookinbook", "incollection",
                                              "inproceedings",
                                              "inreference", "suppbook",
                                              "suppcollection")},
}

LANGUAGE_FIELD = "langid"

CARRIER_FIELD = "verba"
"""A verbatim field (manual §2.2.3, "verba") that every entry type accepts. It holds
the exact CSL-JSON of what the other fields did not carry, as one JSON object."""

LIST_FIELDS = frozenset(
    # literal lists, items separated by "and" (manual §2.2.1): CSL joins them with "; "
    "location origlocation publisher origpublisher institution organization".split()
)

INTEGER_FIELDS = frozenset(("volume", "volumes"))
"""biber's data model types these as integers and drops any other value ("3а", "1—2"):
such values stay in the carrier only. Roman numerals ("II", "XIII") are written, as
biblatex users write them (`volume = {II}`), and read back as they were."""

VERBATIM_FIELDS = frozenset("url doi eprint file verba verbb verbc pdf".split())
"""Fields biblatex reads verbatim (manual §2.2.1 "verbatim fields"): no LaTeX escapes."""

NAME_LIST_FIELDS = frozenset(
    """author editor translator bookauthor editora editorb editorc annotator commentator
    introduction foreword afterword holder namea nameb namec shortauthor shorteditor""".split()
)

FIELD_ALIASES: dict[str, str] = {
    # BibTeX field → the BibLaTeX field biber reads it as (manual §2.2.5)
    "journal": "journaltitle",
    "address": "location",
    "school": "institution",
    "annote": "annotation",
    "archiveprefix": "eprinttype",
    "primaryclass": "eprintclass",
}

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
          "dec")
"""BibTeX's predefined month macros, January first."""

LANGIDS: dict[str, str] = {
    # CSL language (BCP 47) → babel/polyglossia language name for `langid`
    "ru": "russian",
    "uk": "ukrainian",
    "be": "belarusian",
    "bg": "bulgarian",
    "sr": "serbian",
    "pl": "polish",
    "cs": "czech",
    "sk": "slovak",
    "en": "english",
    "en-US": "american",
    "en-GB": "british",
    "fr": "french",
    "de": "ngerman",
    "de-AT": "naustrian",
    "it": "italian",
    "es": "spanish",
    "pt": "portuguese",
    "nl": "dutch",
    "sv": "swedish",
    "da": "danish",
    "no": "norsk",
    "fi": "finnish",
    "et": "estonian",
    "lv": "latvian",
    "lt": "lithuanian",
    "hu": "magyar",
    "ro": "romanian",
    "el": "greek",
    "la": "latin",
    "tr": "turkish",
}
LANGIDS_READ: dict[str, str] = {
    # lowercased babel/polyglossia name → CSL language
    **{babel: tag for tag, babel in LANGIDS.items()},
    "german": "de", "austrian": "de-AT", "francais": "fr", "frenchb": "fr",
    "ukenglish": "en-GB", "usenglish": "en-US", "hungarian": "hu", "norwegian": "no",
}

# --- the data model: which fields each entry type accepts ------------------------------

GLOBAL_FIELDS = frozenset(
    # fields of every entry type (blx-dm.def, \DeclareDatamodelEntryfields without type)
    """abstract annotation authortype bookpagination crossref date doi eprint eprintclass
    eprinttype entryset entrysubtype execute file gender ids indextitle indexsorttitle
    isan ismn iswc keywords label langid langidopts library lista listb listc listd liste
    listf nameaddon namea nameb namec nameatype namebtype namectype options origdate
    origlocation origpublisher origtitle pagination presort related relatedoptions
    relatedstring relatedtype shortauthor shorteditor shorthand shorthandintro
    shortjournal shortseries shorttitle sortkey sortname sortshorthand sorttitle sortyear
    url urldate usera userb userc userd usere userf verba verbb verbc xdata xref year
    month""".split()
)

_EDITORS = "editor editora editorb editorc editortype editoratype editorbtype editorctype"
_BOOK = (f"author addendum afterword annotator chapter commentator edition {_EDITORS} eid "
         "foreword introduction isbn language location maintitle maintitleaddon "
         "mainsubtitle note number origlanguage pages part publisher pubstate series "
         "subtitle title titleaddon translator volume volumes")
_IN_BOOK = (_BOOK + " booktitle booksubtitle booktitleaddon")
_EVENT = "eventdate eventtitle eventtitleaddon venue"

ENTRY_FIELDS: dict[str, frozenset[str]] = {
    entry: frozenset(fields.split())
    for entry, fields in {
        "article": f"addendum annotator author commentator {_EDITORS} eid issn issue "
                   "issuetitle issuesubtitle issuetitleaddon journalsubtitle journaltitle "
                   "journaltitleaddon language note number origlanguage pages pubstate "
                   "series subtitle title titleaddon translator version volume",
        "book": _BOOK + " pagetotal",
        "mvbook": _BOOK + " pagetotal",
        "inbook": _IN_BOOK + " bookauthor",
        "bookinbook": _IN_BOOK + " bookauthor",
        "suppbook": _IN_BOOK + " bookauthor",
        "booklet": "addendum author chapter editor editortype eid howpublished language "
                   "location note pages pagetotal pubstate subtitle title titleaddon type",
        "collection": _BOOK + " pagetotal",
        "reference": _BOOK + " pagetotal",
        "incollection": _IN_BOOK,
        "suppcollection": _IN_BOOK,
        "inreference": _IN_BOOK,
        "dataset": "addendum author edition editor editortype language location note "
                   "number organization publisher pubstate series subtitle title "
                   "titleaddon type version",
        "manual": "addendum author chapter edition editor editortype eid isbn language "
                  "location note number organization pages pagetotal publisher pubstate "
                  "series subtitle title titleaddon type version",
        "misc": "addendum author editor editortype howpublished language location note "
                "organization pubstate subtitle title titleaddon type version",
        "software": "addendum author editor editortype howpublished language location "
                    "note organization pubstate subtitle title titleaddon type version",
        "online": "addendum author editor editortype language note organization pubstate "
                  "subtitle title titleaddon version",
        "patent": "addendum author holder location note number pubstate subtitle title "
                  "titleaddon type version",
        "periodical": f"addendum {_EDITORS} issn issue issuesubtitle issuetitle "
                      "issuetitleaddon language note number pubstate series subtitle "
                      "title titleaddon volume",
        "proceedings": f"addendum chapter editor editortype eid {_EVENT} isbn language "
                       "location mainsubtitle maintitle maintitleaddon note number "
                       "organization pages pagetotal part publisher pubstate series "
                       "subtitle title titleaddon volume volumes",
        "inproceedings": f"addendum author booksubtitle booktitle booktitleaddon chapter "
                         f"editor editortype eid {_EVENT} isbn language location "
                         "mainsubtitle maintitle maintitleaddon note number organization "
                         "pages part publisher pubstate series subtitle title titleaddon "
                         "volume volumes",
        "report": "addendum author chapter eid institution isrn language location note "
                  "number pages pagetotal pubstate subtitle title titleaddon type version",
        "thesis": "addendum author chapter eid institution language location note pages "
                  "pagetotal pubstate subtitle title titleaddon type",
        "unpublished": f"addendum author {_EVENT} howpublished language location note "
                       "pubstate subtitle title titleaddon type",
    }.items()
}
"""Per entry type, the fields biblatex's default data model accepts besides GLOBAL_FIELDS."""

# --- classic BibTeX (BibTeXing §3, natbib's plainnat) ----------------------------------

CLASSIC_ENTRY_TYPES: dict[str, str] = {
    # BibLaTeX entry type → the classic entry type it is written as
    "thesis": "phdthesis",
    "report": "techreport",
    "online": "misc",
    "dataset": "misc",
    "software": "misc",
    "patent": "misc",
    "periodical": "misc",
    "inreference": "incollection",
}
CLASSIC_ENTRY_TYPES_READ: dict[str, str] = {
    # classic entry type → the BibLaTeX entry type it is read as
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "techreport": "report",
}
DATA_MODEL_TYPES: dict[str, str] = {
    # biblatex's type aliases (manual §2.1.2): the entry type whose fields they take, so
    # that a @phdthesis's school/institution is the CSL publisher as a @thesis's is
    **CLASSIC_ENTRY_TYPES_READ,
    "conference": "inproceedings",
    "electronic": "online",
    "www": "online",
}

CLASSIC_FIELDS: dict[str, str] = {
    # BibLaTeX field → classic BibTeX field (the inverse of FIELD_ALIASES)
    "journaltitle": "journal",
    "location": "address",
    "annotation": "annote",
}
CLASSIC_THESIS_INSTITUTION = "school"

CLASSIC_KNOWN_FIELDS = frozenset(
    # the fields plain.bst and plainnat.bst print; others are written but BibTeX ignores them
    """address author booktitle chapter edition editor howpublished institution journal
    key month note number organization pages publisher school series title type volume
    year doi url isbn issn eprint""".split()
)

# --- crossref and xdata inheritance (biblatex manual, appendix B) -----------------------

NOT_INHERITED = frozenset(
    # fields an entry never takes from its crossref parent (appendix B, "* → *"), plus
    # our carrier, which holds the parent's own exact values
    """ids crossref xref xdata entryset entrysubtype execute label options presort related
    relatedoptions relatedstring relatedtype shorthand shorthandintro sortkey""".split()
) | {CARRIER_FIELD}

_NO_SHORT_TITLES = {"shorttitle": None, "sorttitle": None, "indextitle": None,
                    "indexsorttitle": None}


def _titles(prefix: str) -> dict[str, str | None]:
    return {"title": prefix + "title", "subtitle": prefix + "subtitle",
            "titleaddon": prefix + "titleaddon", **_NO_SHORT_TITLES}


INHERITANCE: tuple[tuple[frozenset[str], frozenset[str], dict[str, str | None]], ...] = tuple(
    (frozenset(sources.split()), frozenset(targets.split()), renames)
    for sources, targets, renames in (
        # (parent types, child types, parent field → child field; None: not inherited)
        ("mvbook", "book inbook bookinbook suppbook", _titles("main")),
        ("mvcollection mvreference",
         "collection reference incollection inreference suppcollection", _titles("main")),
        ("mvproceedings", "proceedings inproceedings", _titles("main")),
        ("book", "inbook bookinbook suppbook", _titles("book")),
        ("collection reference", "incollection inreference suppcollection", _titles("book")),
        ("proceedings", "inproceedings", _titles("book")),
        ("periodical", "article suppperiodical", _titles("journal")),
    )
)
"""Renamed fields per (parent type, child type); every other field is inherited under
its own name when the child lacks it."""

INHERITED_TWICE: tuple[tuple[frozenset[str], frozenset[str], dict[str, str]], ...] = (
    (frozenset(("mvbook", "book")), frozenset(("inbook", "bookinbook", "suppbook")),
     {"author": "bookauthor"}),
)
"""Fields inherited under a second name too: a book's author is also the bookauthor."""
