"""The vocabulary of CSL 1.0.2: item types and variables, grouped by kind.

Source: the CSL 1.0.2 specification, appendices III (types) and IV (variables).
The model stores every variable under its CSL name; these tables tell readers and
writers which Python shape each one takes (string, number, names, date).
"""

ITEM_TYPES = frozenset(
    """
    article article-journal article-magazine article-newspaper bill book broadcast
    chapter classic collection dataset document entry entry-dictionary
    entry-encyclopedia event figure graphic hearing interview legal_case legislation
    manuscript map motion_picture musical_score pamphlet paper-conference patent
    performance periodical personal_communication post post-weblog regulation report
    review review-book software song speech standard thesis treaty webpage
    """.split()
)

STANDARD_VARIABLES = frozenset(
    """
    abstract annote archive archive_collection archive_location archive-place
    authority call-number citation-key citation-label collection-title
    container-title container-title-short dimensions division DOI event event-title
    event-place genre ISBN ISSN jurisdiction keyword language license medium note
    original-publisher original-publisher-place original-title part-title PMCID PMID
    publisher publisher-place references reviewed-genre reviewed-title scale source
    status title title-short URL volume-title volume-title-short year-suffix
    """.split()
)

NUMBER_VARIABLES = frozenset(
    """
    chapter-number citation-number collection-number edition
    first-reference-note-number issue locator number number-of-pages
    number-of-volumes page page-first part-number printing-number section
    supplement-number version volume
    """.split()
)

DATE_VARIABLES = frozenset(
    "accessed available-date event-date issued original-date submitted".split()
)

NAME_VARIABLES = frozenset(
    """
    author chair collection-editor compiler composer container-author contributor
    curator director editor editorial-director editor-translator executive-producer
    guest host illustrator interviewer narrator organizer original-author performer
    producer recipient reviewed-author script-writer series-creator translator
    """.split()
)

TEXT_VARIABLES = STANDARD_VARIABLES | NUMBER_VARIABLES
"""Variables whose value is a string (numbers may also arrive as JSON numbers)."""

ALL_VARIABLES = TEXT_VARIABLES | DATE_VARIABLES | NAME_VARIABLES

LOCATOR_LABELS = frozenset(
    """
    act appendix article-locator book canon chapter column elocation equation figure
    folio issue line note opus page paragraph part rule scene section sub-verbo
    supplement table timestamp title-locator verse version volume
    """.split()
)
"""Values of a cite's `label` (CSL 1.0.2 locator terms)."""

ELEMENTS = frozenset(
    """
    style info author category contributor email eissn id issn issnl link name
    published rights summary title title-short updated uri locale style-options
    terms term single multiple date date-part citation bibliography macro layout
    sort key text number names name-part et-al substitute label group choose if
    else-if else
    """.split()
)
"""The elements of a CSL 1.0.2 style (specification, "Elements" and appendix I: the
info children, locale, rendering elements and conditionals); any other element in
the CSL namespace is an error, not something a processor may skip."""
