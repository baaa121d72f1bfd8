"""A work's title the labeller left unlabelled: the words that open a reference (after
its names, if any) and stand before its first value, labelled as no field.

Italian, French and German notes cite a work by its title and its numbers alone, or
after its author: "Cronaca, p. 169.", "G. Natali, Il settecento, I, p. 388.",
"«Rivista storica italiana», XCII (1980), pp. 266-271.", "Venice preserved, Londres,
Michael Joseph, 1986." The model, which has seen a title mostly after names and before
an imprint, may leave such a title "other"; where the reference then has no title nor
host of any kind, the words in the title's place are its title. They are not words the
model left between values (those stay the reference's leftover), nor a repeat's marker
("Ibid., p. 380", "Id., p. 5", "Op. cit., p. 25", "o. c., doc. 271"), nor numbering
("parte II", "iii, 1824"), a document's date ("Cons. gen. 17 febbraio 1589"), a place
("Venezia, Visentini 1873"), a short abbreviation alone ("App. I, 293-321") or words
after an initial ("Weiss Leben d. Heiligen 8,361"): none of these is a title.
"""

from __future__ import annotations

from typing import Any

from biblio.data.reference_lexicon import (
    CONNECTIVE_WORDS,
    ET_AL_WORDS,
    ISSUE_WORDS,
    MONTH_WORDS,
    PAGE_WORDS,
    PART_WORDS,
    ROLE_WORDS,
    VOLUME_WORDS,
    WEB_WORDS,
)
from biblio.data.reference_terms import (
    IBID_MARKERS,
    IDEM_MARKERS,
    ITALIAN_MONTH_ABBREVIATIONS,
    OP_CIT_MARKERS,
)
from biblio.lazy_patterns import LazyPattern
from biblio.parse.labeller.labels import NAME_LABELS
from biblio.parse.labeller.model import Labelled
from biblio.parse.patterns import CYRILLIC
from biblio.parse.publication import KNOWN_PLACES


def _casefolded_words(phrases: tuple[str, ...]) -> frozenset[str]:
    """The words of `phrases`, casefolded, their periods and commas dropped."""
    return frozenset(word.strip(".,").casefold() for phrase in phrases
                     for word in phrase.split() if word.strip(".,"))


REPEAT_WORDS = _casefolded_words(IBID_MARKERS + IDEM_MARKERS) | frozenset({"eid", "eod"})
"""The words of a repeat that names the same work or author again ("Ibid.", "Ivi",
"Id.", "Idem", "Eadem"): such a reference has no title of its own."""
OP_CIT_OPENERS = _casefolded_words(OP_CIT_MARKERS) | frozenset({"o"})
"""The first words of "op. cit.", "loc. cit." and the Italian "o. c." (opera citata)."""
CLOSING_WORDS = PAGE_WORDS | VOLUME_WORDS | OP_CIT_OPENERS | \
    frozenset({"cit", "cfr", "cf", "see", "vedi", "voir", "vgl", "doc", "docc", "nn"})
"""Words that close the title's place without being its words: the pinpoint's, volume's
or document's term before the number ("p.", "pag.", "vol.", "voi.", "doc."), and a short
form's "cit." (as the labeller's other titles are read: "Fiere, cit., p. 134" → "Fiere")."""
OPENERS_OF_NO_TITLE = OP_CIT_OPENERS | CONNECTIVE_WORDS
"""A run opening with "op." or "o." is a repeat; with "and", "et", "&", the names of a list
the model left unread ("…, Andreas Osterloh, and VlatkoVedral ," Entanglement…")."""
NO_TITLE_WORDS = CLOSING_WORDS | ISSUE_WORDS | PART_WORDS | ROLE_WORDS | ET_AL_WORDS | \
    WEB_WORDS | frozenset({"arxiv"})
"""Words of which no title is made alone: terms ("parte", "Suppl."), role words, "et al.",
an address's words ("URL: www.…") and the preprint server's name ("arXiv:1707.05812")."""
MONTHS = MONTH_WORDS | frozenset(ITALIAN_MONTH_ABBREVIATIONS)
ROMAN = LazyPattern(r"[ivxlcdm]+")
SEPARATORS = frozenset(",.:;»”\"')")
"""The marks that close a title before the next area ("№" or "-" do not: "Дело № 1500")."""
TITLED = ("title", "container-title", "collection-title", "archive", "archive_location")
"""A value that names the work or where it is kept: a reference with one has its
title's place taken, or names none (an archival unit)."""


def title_left_unlabelled(labelled: Labelled, taken: set[int],
                          fields: dict[str, Any]) -> tuple[int, int] | None:
    """(first, last) token of the title the labeller left as no field, or None: the run
    of unlabelled tokens after the opening names, up to the first value, less the marks
    and the term and figures before that value (numbering the model did not read: "…
    Heiligen 8,361. 358"), parted from the value by a mark (", p. 169", "», XCII"), in a
    Latin-script reference; it must hold a title's word (`_titles_word`), no month and no
    repeat's word."""
    if any(variable in fields for variable in TITLED) or CYRILLIC.search(labelled.text):
        return None  # a Cyrillic reference's reading is the grammar's to give
    tokens, labels = labelled.tokens, labelled.labels
    first = 0
    while first < len(tokens) and labels[first] in NAME_LABELS:
        first += 1
    after = first
    while after < len(tokens) and after not in taken and labels[after] == "other":
        after += 1
    if after == len(tokens) or after not in taken:
        return None  # nothing read after it: a lone title is the commentary's to tell
    last = after - 1
    parted = False
    while last >= first and (not tokens[last].is_word or tokens[last].text.isdigit() or
                             tokens[last].text.casefold() in CLOSING_WORDS):
        parted = parted or tokens[last].text in SEPARATORS
        last -= 1
    while first <= last and not tokens[first].is_word:
        first += 1
    words = [token.text.casefold() for token in tokens[first:last + 1] if token.is_word]
    if not parted or not words or words[0] in OPENERS_OF_NO_TITLE or _initial(labelled, first) or \
            any(word in REPEAT_WORDS for word in words) or _holds_a_date(labelled, first, last) or \
            labelled.text[tokens[first].start:tokens[last].end] in KNOWN_PLACES or \
            not any(_titles_word(labelled, index) for index in range(first, last + 1)):
        return None
    return first, last


def _holds_a_date(labelled: Labelled, first: int, last: int) -> bool:
    """Whether tokens `first`..`last` hold a day and month or a month and year: a month's
    word or abbreviation next to a number ("17 febbraio 1589", "1296 luglio 19", "10 giu.
    1685"); a month's word alone may be a title's ("Maggio musicale")."""
    tokens = labelled.tokens
    for index in range(first, last + 1):
        if tokens[index].text.casefold() in MONTHS:
            before = tokens[index - 1].text if index > 0 else ""
            after = next((t.text for t in tokens[index + 1:last + 2] if t.text != "."), "")
            if before.isdigit() or after.isdigit():
                return True
    return False


def _initial(labelled: Labelled, index: int) -> bool:
    """Whether the token at `index` is one letter and a period: an initial or a word's
    first letter ("d. Heiligen"), which opens a name or an abbreviation, not a title."""
    token = labelled.tokens[index]
    return len(token.text) == 1 and token.text.isalpha() and \
        labelled.text[token.end:token.end + 1] == "."


def _titles_word(labelled: Labelled, index: int) -> bool:
    """Whether the token at `index` is a word a title is made of: letters, two or more,
    no Roman numeral, no term, and no short abbreviation (four letters or fewer before a
    period: "App. I", "Cons. gen.", "doc. 117"; "Macunaíma." is a word)."""
    token = labelled.tokens[index]
    word = token.text.casefold()
    return len(word) >= 2 and word.isalpha() and word not in NO_TITLE_WORDS and \
        not ROMAN.fullmatch(word) and \
        (len(word) > 4 or labelled.text[token.end:token.end + 1] != ".")
