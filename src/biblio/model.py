"""The one model every reader fills and every writer reads.

It is CSL-JSON in spirit: an `Item` keeps each variable under its CSL 1.0.2 name, so
that Zotero, pandoc and citeproc users recognise it, and values keep their printed
shape ("13 об.", "X—XI", "169—172" stay strings). Names and dates are typed because
every format needs their parts. Anything a reader cannot map is kept, never dropped:
unknown item keys stay in `Item.fields`, unknown name or date keys in `extra`, and
text of a footnote that was not understood in `Note.leftover`. What the source prints
and CSL has no variable for lives in CSL-JSON's `custom` object, as its schema
provides: the word before a volume or issue number in `custom.designations`
(biblio.designations).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from biblio.csl import DATE_VARIABLES, NAME_VARIABLES

Form = Literal["full", "short", "ibid"]
FORMS: tuple[Form, ...] = ("full", "short", "ibid")


@dataclass
class Name:
    """A person or body, split as CSL splits it ("du Réau E." → particle "du")."""

    family: str | None = None
    given: str | None = None
    dropping_particle: str | None = None
    non_dropping_particle: str | None = None
    suffix: str | None = None
    literal: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    """CSL name keys with no attribute above (e.g. "comma-suffix"), kept as read."""

    def __str__(self) -> str:
        if self.literal is not None:
            return self.literal
        family = " ".join(
            p for p in (self.non_dropping_particle, self.family) if p
        )
        head = " ".join(p for p in (family, self.given) if p)
        return ", ".join(p for p in (head, self.suffix) if p)


OTHERS = "others"
"""The literal of a last Name that stands for names left out, as BibTeX's "and others"
(BibTeXing §4) and pandoc's citeproc read it: a list cut short by "и др.", "et al.";
writers print their et-al term for it ("[и др.]" in GOST, "et al." in Chicago)."""


def is_others(name: Name) -> bool:
    """Whether `name` is the mark of names left out (OTHERS), not a person."""
    return name == Name(literal=OTHERS)


@dataclass
class Date:
    """A CSL date: one or two `parts` ([year, month?, day?]), or a literal.

    Parts keep the JSON type they were read with (CSL-JSON allows "2005" or 2005).
    """

    parts: list[list[int | str]] = field(default_factory=list)
    circa: bool | int | str | None = None
    season: int | str | None = None
    literal: str | None = None
    raw: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def year(self) -> int | None:
        """The first year, as a number, when there is one."""
        if self.parts and self.parts[0]:
            try:
                return int(self.parts[0][0])
            except (TypeError, ValueError):
                return None
        return None

    @property
    def is_range(self) -> bool:
        return len(self.parts) > 1

    def __str__(self) -> str:
        """The date as a user writes it in a message: "2004", "1937-03-05",
        "1995/1996", "ca. 1930", or its literal or raw text."""
        if not self.parts:
            return self.literal or self.raw or ""
        ends = ("-".join(f"{x:02d}" if isinstance(x, int) and i else str(x)
                         for i, x in enumerate(part)) for part in self.parts)
        text = "/".join(ends)
        return f"ca. {text}" if self.circa else text


@dataclass
class Item:
    """A work: its id, CSL type, and CSL variables by name.

    `fields` maps a CSL variable to a string (or a number, for number variables read
    as JSON numbers), a list of `Name` for name variables, a `Date` for date
    variables. Keys that CSL does not define are kept with their JSON value.
    """

    id: str
    type: str
    fields: dict[str, Any] = field(default_factory=dict)

    def get(self, variable: str, default: Any = None) -> Any:
        return self.fields.get(variable, default)

    def __getitem__(self, variable: str) -> Any:
        return self.fields[variable]

    def __contains__(self, variable: str) -> bool:
        return variable in self.fields

    def names(self, variable: str) -> list[Name]:
        value = self.fields.get(variable)
        return value if variable in NAME_VARIABLES and isinstance(value, list) else []

    def date(self, variable: str) -> Date | None:
        value = self.fields.get(variable)
        return value if variable in DATE_VARIABLES and isinstance(value, Date) else None

    @property
    def year(self) -> int | None:
        issued = self.date("issued")
        return issued.year if issued else None


@dataclass
class Cite:
    """One reference to one item inside a note.

    `form` is the written form (full, short, ibid), not whether the item was cited
    before. `locator`/`label` are the pinpoint (CSL label: page, folio, volume, …),
    separate from the item's own page range. `prefix`/`suffix` hold lead-ins and
    commentary ("См.:", "Cf.") so that nothing around the reference is lost.
    """

    item: str
    form: Form = "full"
    locator: str | None = None
    label: str | None = None
    prefix: str | None = None
    suffix: str | None = None
    confidence: float | None = None


@dataclass
class Leftover:
    """Text of a note that was not understood, with the reason why."""

    text: str
    reason: str


@dataclass
class Note:
    """A footnote: its number (None when unnumbered), cites, and what is left."""

    n: int | None
    cites: list[Cite] = field(default_factory=list)
    comment: str | None = None
    text: str | None = None
    """The footnote as read, so that a Document never loses a character."""
    leftover: list[Leftover] = field(default_factory=list)

    @property
    def name(self) -> str:
        """How problems name the note: "note 5", or "unnumbered note"."""
        return f"note {self.n}" if self.n is not None else "unnumbered note"


@dataclass
class Problem:
    """A warning returned as data: where (file, line, note, item) and what."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


@dataclass
class Document:
    """Notes in order and the items they cite, by id."""

    notes: list[Note] = field(default_factory=list)
    items: dict[str, Item] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @classmethod
    def from_items(cls, items: list[Item]) -> Document:
        return cls(items={item.id: item for item in items})


@dataclass
class Footnote:
    """A footnote as found in a text: number (None if unnumbered), text, line."""

    number: int | None
    text: str
    line: int | None = None
    flags: list[str] = field(default_factory=list)
    """E.g. "unnumbered" for an acknowledgement with an asterisk or no mark."""
