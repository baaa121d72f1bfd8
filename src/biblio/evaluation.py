"""Field accuracy of a parse against hand-labelled gold, one reference at a time.

The comparison, written down once so that every figure biblio reports means the same:

- The fields scored are the gold item's CSL variables, less `id`, `type` and
  `language` (labelled sets disagree on types, and a language is not printed), less
  `custom` (no CSL variable: how the source printed data already scored, such as the
  words of its numbering designations, `biblio.designations`) and less the row's
  `unscored` list (what its annotators could not give without guessing).
- A text variable is right when it equals the gold after Unicode NFC, with white
  space folded, every dash read as "-", and the spaces, quotes, brackets and
  punctuation around it trimmed (".", ",", ";", ":"): "J. Instrum." equals
  "J. Instrum", "137–55" equals "137-55". Case counts.
- A name variable is right when the family names agree in number and order (a name
  with only a literal compares the literal): sets that do not split names were
  split by rule, so given names are not compared. A family name is read with its
  non-dropping particle, as printed: CSL keeps "de" of "de Meis" apart, the sets that
  do not split names keep it in the family name. The mark of names left out ("и др.",
  "et al." read as the literal "others", BibTeX's "and others") is no name: the sets'
  gold lists only the names printed.
- A date is right when its first year agrees.
- Precision is right fields over the fields the parse gave: the gold's variables it
  filled, plus variables the gold does not have at all (invented), so that a parser
  cannot score by saying everything.
- A cite's locator is right when it equals the gold's as printed, or when the gold
  prints the pinpoint with its term ("c. 34r", "ff. 37r - 37v", "col. 773", as
  LinkedBooks' annotators copy it) and the cite holds the term's CSL label and the value
  after it (label "folio", locator "34r"): CSL keeps the term as the label
  (`locator_equal`; the terms are `biblio.parse.labeller.cited.TERMS`).
- Optionally (`FieldScore(locator_as_page=True)`, reported beside the strict figure),
  the gold `page` of an item without a container is compared with the cite's locator
  when the parse gave the item no page: biblio stores a single page cited from a book
  as the cite's locator, where some sets' annotators put it into the item; the same
  information is extracted, only stored elsewhere.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from biblio.csl import DATE_VARIABLES, NAME_VARIABLES
from biblio.model import OTHERS

NOT_SCORED = frozenset({"id", "type", "language", "custom"})

DASHES = re.compile(r"[\u2010-\u2015\u2212]")
SPACES = re.compile(r"\s+")
AROUND = " \t.,;:()[]{}«»“”„‘’‚\"'<>"


def normalize_text(value: Any) -> str:
    """A text value as compared: NFC, one space, plain dashes, nothing around it."""
    text = unicodedata.normalize("NFC", str(value))
    text = SPACES.sub(" ", DASHES.sub("-", text))
    return text.strip(AROUND)


def family_names(value: Any) -> list[str]:
    """The family names of a CSL name list (dicts as in CSL-JSON), each after its
    non-dropping particle; not the mark of names left out (the literal OTHERS)."""
    names = value if isinstance(value, list) else []
    return [normalize_text(" ".join(filter(None, (name.get("non-dropping-particle"),
                                                  name.get("family"))))
                           or name.get("literal") or "")
            for name in names if isinstance(name, Mapping) and name != {"literal": OTHERS}]


def first_year(value: Any) -> int | None:
    """The first year of a CSL-JSON date (date-parts, raw or literal)."""
    if not isinstance(value, Mapping):
        return None
    parts = value.get("date-parts")
    if parts and parts[0]:
        try:
            return int(parts[0][0])
        except (TypeError, ValueError):
            return None
    found = re.search(r"\d{4}", str(value.get("raw") or value.get("literal") or ""))
    return int(found.group()) if found else None


def field_equal(variable: str, gold: Any, predicted: Any) -> bool:
    """Whether one variable is right, by the rules in the module docstring."""
    if predicted is None:
        return False
    if variable in NAME_VARIABLES:
        return family_names(gold) == family_names(predicted)
    if variable in DATE_VARIABLES:
        return first_year(gold) is not None and first_year(gold) == first_year(predicted)
    return normalize_text(gold) == normalize_text(predicted)


def locator_equal(gold: str, locator: str | None, label: str | None) -> bool:
    """Whether a cite's locator and label say the gold's pinpoint, by the rule in the
    module docstring."""
    # the parser's term table, imported here: the parser imports AROUND from this module
    from biblio.parse.labeller.cited import labelled_locator

    if normalize_text(locator or "") == normalize_text(gold):
        return True
    gold_label, value = labelled_locator(gold, "")
    return locator is not None and value != gold and gold_label == label and \
        normalize_text(value) == normalize_text(locator)


def scored_variables(gold: Mapping[str, Any], unscored: Iterable[str] = ()) -> list[str]:
    skip = NOT_SCORED | set(unscored)
    return [variable for variable in gold if variable not in skip]


@dataclass
class FieldScore:
    """Counts over many references: gold fields, right ones, invented ones."""

    references: int = 0
    gold: int = 0
    right: int = 0
    predicted: int = 0
    """Scored gold variables the parse gave a value for, plus invented ones."""
    invented: int = 0
    commentary: int = 0
    """References from which the parser made no cite and reported nothing, read as the
    note's commentary."""
    silent: int = 0
    """References from which the parser made no cite, no commentary and no problem."""
    by_variable: dict[str, list[int]] = field(default_factory=dict)
    """variable → [right, gold]"""
    locator_as_page: bool = False
    """Whether a whole item's gold page may be found in the cite's locator."""

    def add(self, gold: Mapping[str, Any], predicted: Mapping[str, Any] | None,
            unscored: Iterable[str] = (), locator: str | None = None) -> list[str]:
        """Score one reference (and its cite's `locator`); returns the variables it got
        wrong."""
        self.references += 1
        predicted = predicted or {}
        if self.locator_as_page and locator and "page" in gold and \
                "container-title" not in gold and predicted.get("page") is None:
            predicted = {**predicted, "page": locator}
        wrong = []
        for variable in scored_variables(gold, unscored):
            ok = field_equal(variable, gold[variable], predicted.get(variable))
            counts = self.by_variable.setdefault(variable, [0, 0])
            counts[0] += ok
            counts[1] += 1
            self.gold += 1
            self.right += ok
            self.predicted += predicted.get(variable) is not None
            if not ok:
                wrong.append(variable)
        invented = sum(1 for variable in predicted
                       if variable not in gold and variable not in NOT_SCORED)
        self.invented += invented
        self.predicted += invented
        return wrong

    @property
    def accuracy(self) -> float:
        """Right gold fields over all gold fields (recall of fields)."""
        return self.right / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.accuracy
        return 2 * p * r / (p + r) if p + r else 0.0
