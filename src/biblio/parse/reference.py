"""What the grammar makes of one reference, before repeats are resolved."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from biblio.model import Leftover
from biblio.parse.archival import ArchivalPath

Kind = Literal["work", "archival", "ibid", "op-cit", "author-year", "comment"]


@dataclass
class Reference:
    """One reference of a note as written, with the item fields it states.

    `short` marks a shortened written form (title cut with "…", "Указ. соч."),
    `container_short` a host named only in part ("// La France et l’URSS…"), both
    to be completed from an earlier full reference by biblio.parse.repeats.
    """

    text: str
    kind: Kind
    type: str = "book"
    fields: dict[str, Any] = field(default_factory=dict)
    locator: str | None = None
    label: str | None = None
    short: bool = False
    container_short: bool = False
    same_author: bool = False
    """"Он же"/"Idem": the author is the previous reference's."""
    archival: ArchivalPath | None = None
    prefix: str | None = None
    suffix: str | None = None
    leftover: list[Leftover] = field(default_factory=list)
    confidence: float = 1.0
    note_ref: int | Literal["previous"] | None = None
    """The note a short form points back to: "op. cit., n. 18", "(oben N. 17)", "(vorige N.)"."""
    tentative: bool = False
    """A short form guessed from text that reads as nothing else ("Medvedev, Let History
    Judge, 263–72."): a cite only if an earlier or later full reference matches."""
    whole_form: bool = False
    """The grammar read all of it as a Chicago note, with its imprint in parentheses: the
    labeller is not asked (the looser PN-ISO 690 forms are still compared with it)."""
    fallback: Reference | None = None
    """What a tentative short form is read as when it repeats no work ("Annali,
    3810-3813." a reference of its own), if anything."""
    prose: bool = False
    """A comment that is the prose of a sentence around a reference found in it: commentary
    by its place, however few its words ("As Carr argues (…), the party was divided.")."""
    same_place: bool = False
    """"loc. cit.": with no locator of its own, the page of the work's last citation."""


def add_note(fields: dict[str, Any], *parts: str | None) -> None:
    """Append the non-empty `parts` to the `note` of `fields`, after what it holds: CSL
    `note`, which every format carries, is where a statement with no field of its own
    is kept."""
    kept = [part for part in parts if part]
    if kept:
        fields["note"] = "; ".join(filter(None, (fields.get("note"), *kept)))
