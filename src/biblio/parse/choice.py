"""One reference, read by the GOST grammar or by the learned labeller, whichever fits.

The grammar is exact on what GOST R 7.0.5-2008 and the comma styles it knows print:
Cyrillic references, hosts after "//", archival levels, repeats. The labeller was
trained on references of every style (AnyStyle, GROBID, LinkedBooks, socio-legal
footnotes) and reads what the grammar takes for one long title. Each parse carries a
confidence; the labeller's is the probability of its labelling.
"""

from __future__ import annotations

import re

from biblio.parse.gost import parse_reference
from biblio.parse.labeller.decode import to_reference
from biblio.parse.labeller.model import Labelled, label_reference
from biblio.parse.reference import Reference

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
GOST_HOST = re.compile(r"\s//\s?|\s?//\s")
LEARNED_THRESHOLD = 0.0
"""The labeller's probability below which the grammar's reading is kept."""

SWALLOW_SHARE = 0.0
"""The share of a grammar title's words the labeller reads as other fields (names,
year, journal, pages) above which the grammar is taken to have swallowed them."""

EVIDENCE = ("author", "editor", "issued", "container-title", "publisher", "URL")


def read_reference(text: str) -> Reference:
    """The better of the grammar's and the labeller's readings of one reference."""
    grammar = parse_reference(text)
    if grammar.kind not in ("work", "comment") or grammar.short or \
            CYRILLIC.search(text) or GOST_HOST.search(text):
        return grammar
    body = text
    if grammar.prefix:
        body = text[text.find(grammar.prefix) + len(grammar.prefix):]
    labelled = label_reference(body.strip())
    if grammar.kind == "work" and grammar_fits(grammar, labelled):
        return grammar
    learned = to_reference(labelled)
    if len(learned.fields) < 2 or not any(v in EVIDENCE or v == "title"
                                          for v in learned.fields):
        return grammar
    learned.text = text
    learned.prefix = grammar.prefix
    return learned


def grammar_fits(reference: Reference, labelled: Labelled) -> bool:
    """A work the grammar read whole: a title (then a URL, or a year with a place,
    host or journal numbering) in which the labeller sees no other fields."""
    fields = reference.fields
    title = fields.get("title")
    if not isinstance(title, str) or reference.leftover:
        return False
    if not ("URL" in fields or "issued" in fields and any(
            v in fields for v in ("publisher-place", "container-title", "volume", "publisher"))):
        return False
    start = labelled.text.find(title)
    if start < 0:
        return True
    inside = [label for token, label in zip(labelled.tokens, labelled.labels)
              if token.is_word and start <= token.start < start + len(title)]
    foreign = sum(label not in ("title", "other") for label in inside)
    return foreign <= SWALLOW_SHARE * len(inside)
