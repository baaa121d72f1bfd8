"""A journal named in the last sentence, its number, year and pages run on with commas:
«… Хирургия N 5, 2014, с. 7 - 16.»

Medical reference lists, clinical guidelines and hand-typed course lists leave out GOST's
«//» and its areas and name the journal after the article's title as a sentence of its own,
the numbering after the name with no mark between them: «Ермолов А.С., … 20 лет неотложной
хирургии органов брюшной полости в Москве. Хирургия N 5, 2014, с. 7 - 16.», «… Вестник
хирургии им. И.И. Грекова N 6, 2014, с. 89 - 92» (a clinical guideline's «Список
литературы»). The labeller reads a host of two words or more so («Клиническая медицина N 5,
…»), but a journal of one word («Хирургия», «Врач», «Терапия») it leaves in the title, and
the pages with it. Read here: the sentence before the number is the journal's title (its
inner periods are abbreviations or initials: «им. И.И. Грекова»), the part before it the
article, read as a work of its own.

Only where both read so: the article has a title and no host, year or pinpoint of its own.
A range of pages is the article's; one page is the page cited (as `kind_word_hosts` has it).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from biblio.parse.publication import parse_publication
from biblio.parse.reference import Reference

NUMBER_RUN = re.compile(
    r"""(?P<cut>,?\s)(?:N|№)\s?(?P<issue>\d{1,3})                 # " N 5", ", № 5"
    (?:,\s?|\s\()(?P<year>(?:1[89]|20)\d\d)(?:\)|\sг\.?)?        # ", 2014", " (2014)"
    [,.]?\s(?:[сС]|сс|[сС]тр)\.\s?(?P<page>\d+(?:\s?[-–—]\s?\d+)?)\.?$  # ", с. 7 - 16."
    """,
    re.VERBOSE,
)
"""The journal's number, year and pages closing the note, after the journal's name and
perhaps a comma; the year also in parentheses or with «г.», the pages' «сс.» and «стр.»
too (as lists type them)."""
SENTENCE_CUT = re.compile(r"(?<=\.)\s(?=[A-ZА-ЯЁ])")
"""Where a sentence may start: after a period and a space, before a capital."""
ABBREVIATION_BEFORE = re.compile(r"(?:^|[\s.])(?:[^\W\d_]{1,2}|[A-ZА-ЯЁ]\.[A-ZА-ЯЁ])\.$")
"""What ends a period that is no sentence's: a word of one or two letters («им.», «И.»,
«св.») or a run of initials («И.И.»)."""
PAGE_RANGE = re.compile(r"\d\s?[—–-]\s?\d")
"""A range of pages («7 - 16»): the article's, where one page is the page cited."""


def _journal_start(head: str) -> int | None:
    """Where the journal's name starts in `head` (the note before its number): the last
    sentence's start whose period closes no abbreviation; None when there is no sentence
    before it, for the article's title."""
    for cut in reversed([found.end() for found in SENTENCE_CUT.finditer(head)]):
        if not ABBREVIATION_BEFORE.search(head, max(0, cut - 6), cut - 1):
            return cut
    return None


def read_numbered_journal(body: str, reference: Reference,
                          read: Callable[[str], Reference]) -> Reference | None:
    """The article, when `body` is a work and a journal's sentence with its number, year
    and pages (NUMBER_RUN); None otherwise. `read` reads the work before the journal."""
    if not ("с." in body or "С." in body or "р." in body) or not ("N" in body or "№" in body):
        return None
    run = NUMBER_RUN.search(body)
    if run is None:
        return None
    head = body[:run.start()]
    start = _journal_start(head)
    if start is None or not 2 <= len(head) - start <= 80:
        return None
    work = read(head[:start].rstrip())
    if "title" not in work.fields or "container-title" in work.fields \
            or "issued" in work.fields or work.locator:
        return None
    fields = reference.fields
    fields.update(work.fields)
    fields["container-title"] = head[start:]
    fields["issue"] = run["issue"]
    fields.update(parse_publication(run["year"]))
    if PAGE_RANGE.search(run["page"]):
        fields["page"] = run["page"]  # the article's pages, "с. 7 - 16"
    else:
        reference.locator, reference.label = run["page"], "page"  # a page cited
    reference.type = "article-journal"
    reference.leftover.extend(work.leftover)
    return reference
