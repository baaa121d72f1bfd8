"""The labeller as a second reader of the Cyrillic references the grammar reads weakly.

The grammar reads a Russian reference's areas from the right and takes what it cannot
read for the title. Such a reading is weak where its title or host still shows the signs
of a reference (`commentary.looks_like_reference`: a pinpoint, a year after an area's
mark, "//"). There the labeller, trained also on Russian references
(`labeller.train.russian_training_rows`), reads the reference again, and its reading is
taken by evidence: the labeller finds the grammar's reading far less likely than its
own, and its own reads more fields. A reading in part, which leaves words of the
reference unread (`partial.UNREAD_PART`, `partial.UNREAD_AREA`), is read again too, and
the labeller's reading taken on the same evidence when it reads at least UNREAD_MORE
fields more and leaves no figure unread.
"""

from __future__ import annotations

import math
import re

from biblio.formats.csljson import item_to_json
from biblio.model import Item, is_others
from biblio.parse.labeller.align import align
from biblio.parse.labeller.decode import to_reference
from biblio.parse.labeller.model import Labelled, label_reference
from biblio.parse.partial import UNREAD_AREA, UNREAD_PART, holds_areas
from biblio.parse.reference import Reference

LESS_LIKELY = -5.0
"""How much less likely (natural log) than the labeller's own labelling the grammar's
reading must be for the labeller's to be taken. Chosen on the tuning fold of the
Russian dev sets (`labeller.train.russian_fold`, fields right, 2026-12-06) with the
first model trained on the training fold: −3 gave 1,144, −5 and −8 1,146, −12 1,143
(1,135 with the grammar's reading kept throughout). Measured again with the shipped
model on the whole tuning fold (batches 1–16, 356 rows, 1,554 fields): −3, −5, −8, −12
and taking every weak reading's alternative all give 1,419; keeping the grammar's
reading throughout gives 1,412. The threshold matters little with this model, but the
test does: on all dev rows (Russian batches 1–22 and the external sets), dropping it loses
fields on four Russian rows and gains on two. −5 stays.
A grammar reading about as likely as the labeller's is its reading of a long title with
a year in it, not a swallowed area."""

UNREAD_MORE = 2
"""How many fields more than the grammar's reading in part the labeller's must read: the
unread words as at least two fields of their own (a host and its numbers), not one more
value cut from a title. Chosen on the tuning fold (fields right, 2026-12-08, footnotes
and GOST examples, with the model of batches 1–12): one more field gained 5 on the tuning
fold (a row gaining 6, one losing 1) and lost 1 on the training fold (three rows read
right losing a field each); two more gain the 6 and lose none, on either fold, with this
model and with one trained on batches 1–44."""

AREA_SIGN = re.compile(r"[\d/](?:(?<=\d)|(?<=/)/)")
"""What a swallowed area leaves in a title: a number (a year, a pinpoint, numbering) or a
host's "//" (`partial.holds_areas`). Opened by a class of the figures and the slash, which
the engine scans for: "\\d|//" is tried at every position."""


def weak(reading: Reference) -> bool:
    """Whether the grammar read a work whose title or host holds the signs of other areas
    ("…, в книге: E.Konstantinou (ed.), …, 2005), 85–247", "Личности, 2008.
    т.№1.-С.100- 115"). A reading in part (`partial.UNREAD_PART`) is not read again: it
    reports its unread tail, and reading it again gained no dev field. In a reading of a
    whole form (`Reference.whole_form`) only the host is looked at: the form's marks close
    its title (the quotes, the imprint's parenthesis), and a year in it is the title's own
    ("«The Future of History: …, 1928–1941» (Ph. D. dissertation, Columbia University,
    2010)")."""
    if not read_as_work(reading) or any(leftover.reason == UNREAD_PART
                                         for leftover in reading.leftover):
        return False
    if reading.whole_form:
        return holds_areas({"container-title": reading.fields.get("container-title")},
                           AREA_SIGN)
    return holds_areas(reading.fields, AREA_SIGN)


def read_as_work(reading: Reference) -> bool:
    """Whether the grammar read a work in full form: no short form, «Он же» or repeat."""
    return reading.kind == "work" and not reading.short and not reading.same_author


def leaves_words_unread(reading: Reference) -> bool:
    """Whether the grammar read a work in part, its unread words reported
    ("Sona Stephan Hoisington, «Ever Higher»: …», Slavic Review, т. 62, (2003, Spring, №
    1), с. 41–68": the title read, the rest not)."""
    return read_as_work(reading) and any(leftover.reason in (UNREAD_PART, UNREAD_AREA)
                                         for leftover in reading.leftover)


def grammar_less_likely(labelled: Labelled) -> bool:
    """Whether the labeller finds the grammar's reading (its `alternative`) LESS_LIKELY
    than its own, or impossible."""
    if not labelled.alternative_probability:
        return True
    return math.log(labelled.alternative_probability) - math.log(labelled.probability) \
        < LESS_LIKELY


def read_again(body: str, grammar: Reference) -> Reference | None:
    """The labeller's reading of `body` (the reference after its lead-in) when the
    grammar's reading of it is weak, or leaves words unread, and the evidence prefers the
    labeller's; else None."""
    if weak(grammar):
        more = 1
    elif leaves_words_unread(grammar):
        more = UNREAD_MORE
    else:
        return None
    item = Item(id="", type=grammar.type, fields=grammar.fields)
    grammar_labels = align(body, item_to_json(item), grammar.locator).labels
    labelled = label_reference(body, grammar_labels or None)
    if not labelled.probability or not grammar_less_likely(labelled):
        return None
    learned = to_reference(labelled)
    if more == UNREAD_MORE and leaves_figures_unread(learned):
        return None
    return learned if len(learned.fields) >= len(grammar.fields) + more and \
        keeps_title_and_heading(learned, grammar) else None


def leaves_figures_unread(learned: Reference) -> bool:
    """Whether the labeller's reading leaves a figure as unread as the grammar did: then
    it has not read the areas the grammar left ("Альфа и Омега. – М., 1995. – 4 (7), 2/3
    (9/10)": "10" read as a page, "2/3 (9" left), and its more fields are guesses; a
    marker or a season left ("т", "Spring", "с") is no area."""
    return any(character.isdigit() for leftover in learned.leftover
               for character in leftover.text)


def keeps_title_and_heading(learned: Reference, grammar: Reference) -> bool:
    """Whether the labeller's reading keeps what the grammar reads exactly even when its
    title swallowed the rest: a title, and the heading's family names ("Соловьев С. М.
    Сочинения. М., Т. 4, 1989.": not "Сочинения" as the author and no title)."""
    if "title" in grammar.fields and "title" not in learned.fields:
        return False
    return family_names(grammar) in ([], family_names(learned))


def family_names(reading: Reference) -> list[str | None]:
    authors = reading.fields.get("author")
    return [name.family for name in authors if not is_others(name)] \
        if isinstance(authors, list) else []
