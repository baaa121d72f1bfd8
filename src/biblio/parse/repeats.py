"""Repeated references, resolved across the notes: one item per work.

Each note is parsed on its own first (biblio.parse.gost); here the references are
read in order and tied to items (GOST R 7.0.5-2008 clause 8):
- "Там же"/"Ibid." is the work of the previous citation; in an archival chain it
  inherits the hierarchy and replaces only the levels it states;
- a short form (title cut with "…", or "Указ. соч."/"Op. cit." after the author)
  is the earlier work of that author whose title begins so;
- an abbreviated container ("// La France et l’URSS…", or a host with no
  publication area) is the earlier volume of that title, whose editors, place
  and year the part inherits;
- the same work written out again is the same item: fields are merged, and a
  conflict is reported, the first value kept.
A short form with nothing earlier to resolve to is looked up among the later full
references, then kept as it is, with a warning.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field, replace
from typing import Any

from biblio.keys import KeyMaker, key_stem, slug
from biblio.model import Cite, Date, Document, Footnote, Item, Leftover, Name, Note, Problem
from biblio.parse.archival import ArchivalPath, locates_from_the_fond
from biblio.parse.commentary import is_commentary
from biblio.parse.events import CONFERENCE
from biblio.data.places import place_in_language
from biblio.parse.aliases import apply_aliases
from biblio.parse.language import detect_language
from biblio.parse.partial import REPAIRED, UNREAD_AREA, UNREAD_PART
from biblio.parse.patterns import CYRILLIC
from biblio.parse.reference import Reference
from biblio.parse.title_index import RelatedTitles, TitleIndex, Titles

_NON_WORD = re.compile(r"[\W_][\W_]*")
"""A run of what is not a letter or a figure; opened by one such character, which the
engine scans for (a pattern that opens with a repeat is tried at every position)."""

CONTAINER_FIELDS = (
    "container-title", "editor", "container-author", "publisher-place", "publisher",
    "issued", "volume", "issue", "collection-title", "collection-number", "event-place",
    "event-date", "number-of-volumes", "edition",
)
"""What a part takes from the full description of its volume."""

NUMBERING_VARIABLES = ("volume", "issue", "part-number")
"""From the largest division down: stating one replaces it and those below it."""

STATED_PARTS = frozenset({"container-title", "volume", "issue", "issued"})
"""What a repeat may state of the work it repeats beside a pinpoint: its series (a
patrologia's «PG 88»), volume, issue and year; kept when it follows no citation."""
FILE_LEVELS = frozenset({"opis", "delo", "edinitsa"})
"""The archival levels (biblio.data.archival_levels) that open a file's location below
its fond with no book's part among their spellings: an inventory, a file, a unit of
storage («Оп. 3. Д. 331», «Д. 10», «Ед. хр. 12»), spelt in Cyrillic: a Latin "D. 89."
alone is no file as surely."""

AuthorYear = tuple[tuple[str, ...], int]
"""Creators and year: how an author–year cite ("Geiger 1964") names a work."""

CHAPTER_TYPES = frozenset({"chapter", "paper-conference", "entry-encyclopedia",
                           "entry-dictionary", "entry"})


def normalize_title(title: Any) -> str:
    """Case, punctuation and spacing removed: the identity of a title."""
    return _normalized(str(title or ""))


@lru_cache(maxsize=65536)
def _normalized(text: str) -> str:
    """normalize_title, remembered: an item's title is compared again for each later
    reference of its authors and year."""
    return _NON_WORD.sub(" ", text).strip().lower()


@lru_cache(maxsize=65536)
def _family(particle: str | None, family: str | None) -> str:
    return normalize_title(" ".join(p for p in (particle, family) if p))


def _heading(fields: dict[str, Any], creators: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The authors' families: a repeat's heading names the authors, never the editors
    (a chapter with no author is repeated by its title alone). `creators`, the fields'
    creators_key if known, is that when there are authors (they come first)."""
    if not fields.get("author"):
        return ()
    return creators if creators is not None else creators_key({"author": fields["author"]})


def creators_key(fields: dict[str, Any]) -> tuple[str, ...]:
    """The families of the authors, else of the editors or compilers."""
    for variable in ("author", "editor", "compiler"):
        names = fields.get(variable)
        if names:
            return tuple([_family(name.non_dropping_particle, name.family or name.literal)
                          for name in names])  # a list is built faster than a generator runs
    return ()


def _same(value: Any, other: Any) -> bool:
    if isinstance(value, list) and isinstance(other, list):
        return [str(v) for v in value] == [str(o) for o in other]
    return value == other


@dataclass
class _Citation:
    """The last citation made: its item, and the archival path it stood at."""

    item: str
    path: ArchivalPath | None = None


SHORT_FORM_VARIABLES = frozenset({"author", "editor", "compiler", "translator", "title",
                                  "language"})
"""All a repeat reference prints of a work by one, two or three authors, GOST R 7.0.5-2008
clause 8.4 ("Гаврилов В. П. Общество и природная среда. С. 81"), and of a Chicago short
note ("Haslam, “Soviet Policy,” 7"): its heading and title. A reference of these only, with
the heading and title of an earlier work, is that work, even when the first reference
gave it a volume and issue that told it apart from others."""

STEM_VARIABLES = ("author", "editor", "compiler", "translator", "container-author")
"""The name variables biblio.keys.key_stem looks at, in its order."""


@lru_cache(maxsize=65536)
def _cached_stem(name: tuple[str | None, ...] | None, title: str, year: int | None) -> str:
    fields: dict[str, Any] = {"title": title}
    if name is not None:
        fields["author"] = [Name(non_dropping_particle=name[0], family=name[1], literal=name[2])]
    if year is not None:
        fields["issued"] = Date(parts=[[year]])
    return key_stem(Item(id="", type="book", fields=fields))


def _stem(fields: dict[str, Any], year: int | None) -> str:
    """biblio.keys.key_stem of an item of these fields and year, remembered:
    transliterating a surname is the costly part, and the same authors come back in
    note after note."""
    key = None
    for variable in STEM_VARIABLES:
        names = fields.get(variable)
        if names:
            key = (names[0].non_dropping_particle, names[0].family, names[0].literal)
            break
    if key is not None and (stem := _name_stem(key, year)) is not None:
        return stem  # the name decides; the title is not read
    title_words = _NON_WORD.split(str(fields.get("title") or "item").strip(), 1)
    return _cached_stem(key, title_words[0] or "item", year)


@lru_cache(maxsize=65536)
def _name_stem(key: tuple[str | None, ...], year: int | None) -> str | None:
    """The stem of a first creator and year; None if the name slugs to nothing."""
    if slug(" ".join(part for part in key[:2] if part) or key[2] or ""):
        return _cached_stem(key, "", year)
    return None


@lru_cache(maxsize=65536)
def _archival_stem(archive: str, levels: tuple[str, ...]) -> str:
    """A file's id before disambiguation, "rgaspi-558-11-431": remembered, as a chain
    of files in one fonds and inventory comes back level by level."""
    return "-".join(slug(part) for part in (archive, *levels))


@dataclass
class Resolver:
    """Reads references in order and assigns each to an item."""

    titles: Titles
    """Every normalized title and host title of the document's references: whatever
    item is made of them, its titles are among these."""
    items: dict[str, Item] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    _by_identity: dict[tuple[Any, ...], str] = field(default_factory=dict)
    _by_heading_title: dict[tuple[tuple[str, ...], str], str] = field(default_factory=dict)
    _by_creators_year: RelatedTitles = field(init=False)
    _keys: KeyMaker = field(init=False)
    _paths: dict[str, ArchivalPath] = field(default_factory=dict)
    _last_cited: dict[str, int] = field(default_factory=dict)
    """Item → the number of the citation that last cited it: the most recent wins."""
    _citations: int = 0
    _places: dict[str, tuple[tuple[str, ...], int, int, int | None]] = \
        field(default_factory=dict)
    """Work → its creators key, the position of its title in `titles`, its rank of
    creation, and the position of its host's title if it is a part."""
    _touched: dict[str, int] = field(default_factory=dict)
    """Works created (-1) or cited since the last lookup, with their last citation."""
    _recent: TitleIndex = field(init=False)
    """(last citation, creation, id) of the works by creators key (None: all works)."""
    _recent_parts: TitleIndex = field(init=False)
    """(last citation, 0, creation, id) of the parts, by their host's title (key None)."""
    _recent_volumes: TitleIndex = field(init=False)
    """(last citation, 1, creation, id) of the works in no host (key None): a volume."""
    _pending: list[Reference] = field(default_factory=list)
    """Full references of the whole document, for a short form that comes first."""
    _first_pending: TitleIndex = field(init=False)
    """(-order, reference) of those by creators key (None: all)."""
    _first_pending_parts: TitleIndex = field(init=False)
    _first_pending_volumes: TitleIndex = field(init=False)
    _by_author_year: dict[AuthorYear, tuple[int, str]] = field(default_factory=dict)
    """(creators, year) and (first creator, year) → the last citation of a work of
    theirs and that work, brought up to date with the other indexes of recent works."""
    _first_pending_author_year: dict[AuthorYear, Reference] = field(default_factory=dict)
    _by_note: dict[int, list[str]] = field(default_factory=dict)
    """Note number → the works it cites: "op. cit., n. 18" names the note."""
    _last_locator: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    """Work → the locator and label of its last citation, for "loc. cit."."""
    _works_of: dict[tuple[str, ...], dict[str, int]] = field(default_factory=dict)
    """The names a short form opens with (a part's authors, else the creators key; ()
    for none) → their works cited so far and the last citation of each: a Chicago
    short title may come from inside the title."""

    def __post_init__(self) -> None:
        self._by_creators_year = RelatedTitles(self.titles)
        self._keys = KeyMaker(self.items)
        self._recent = TitleIndex(self.titles)
        self._recent_parts = TitleIndex(self.titles)
        self._recent_volumes = TitleIndex(self.titles, leaving=True)
        self._first_pending = TitleIndex(self.titles)
        self._first_pending_parts = TitleIndex(self.titles)
        self._first_pending_volumes = TitleIndex(self.titles)

    def expect(self, reference: Reference) -> None:
        """Remember a full reference, which a short form before it may resolve to."""
        self._pending.append(reference)

    def _index_pending(self) -> None:
        """Index the full references, the first time a short form finds nothing before it."""
        for order, reference in enumerate(self._pending):
            fields = reference.fields
            creators, title = creators_key(fields), normalize_title(fields.get("title"))
            position, value = self.titles.position[title], (-order, reference)
            if creators:
                self._first_pending.offer(creators, position, value)
            self._first_pending.offer(None, position, value)
            host = normalize_title(fields.get("container-title"))
            if host:
                self._first_pending_parts.offer(None, self.titles.position[host], value)
            if "container-title" not in fields:
                self._first_pending_volumes.offer(None, position, value)
            for key in _author_year_keys(creators, getattr(fields.get("issued"), "year", None)):
                self._first_pending_author_year.setdefault(key, reference)
        self._pending.clear()

    # --- items ------------------------------------------------------------------

    @staticmethod
    def _identity(type_: str, fields: dict[str, Any], creators: tuple[str, ...],
                  title: str, year: int | None) -> tuple[Any, ...]:
        if type_ == "manuscript":
            return ("archive", fields.get("archive"), fields.get("archive_location"), title)
        return ("work", creators, title, str(fields.get("volume") or ""),
                str(fields.get("issue") or ""), str(fields.get("part-number") or ""),
                None if title else year, None if title or creators else fields.get("URL"))
        # a work known by its authors and year only ("Luhmann 1969") is told by the year;
        # a site cited by its address alone ("http://history.franko.lviv.ua/Iv.htm") by it

    def item_for(self, type_: str, fields: dict[str, Any], where: str,
                 path: ArchivalPath | None = None) -> tuple[str, bool]:
        """The item of these fields, merged into an existing one; and whether it is new."""
        creators, title = creators_key(fields), normalize_title(fields.get("title"))
        year = getattr(fields.get("issued"), "year", None)  # read once: key, id, index
        identity = self._identity(type_, fields, creators, title, year)
        work = None if path is not None else (creators, year, str(fields.get("volume") or ""))
        # creators, year and volume: what two forms of one work share (`_same_work`); an
        # archival file (the only item with a path) is neither looked up nor indexed so
        existing = self._by_identity.get(identity)
        if existing is None and title and SHORT_FORM_VARIABLES.issuperset(fields):
            existing = self._by_heading_title.get((_heading(fields, creators), title))
        if existing is None and type_ != "manuscript" and creators:
            existing = self._same_work(work, title)
            if existing is not None:  # the titles differ only in what one leaves out
                fields = {k: v for k, v in fields.items() if k != "title"}
        if existing is not None:
            self._merge(self.items[existing], fields, where)
            return existing, False
        values = {k: v for k, v in fields.items()
                  if v is not None and (v or not isinstance(v, (str, list)))}
        # not None, "" or []: an emptiness test, as comparing a Date with "" and []
        # calls its dataclass __eq__ twice
        if type_ == "manuscript":  # an archive's name is no sentence: its script decides
            language = "ru" if CYRILLIC.search(str(values.get("archive", ""))) else None
        else:  # the words and names as spelled ("Кульчицький"), a volume's own title
            # among them ("Беларуская энцыклапедыя … Т. 16: Трыпалі — Хвіліна") and the kind
            # of document ("Вища математика : конспект лекцій", "навч. посіб."); the place
            # only when they say nothing, as "К." may be Киев or Київ
            language = detect_language(" ".join([
                str(values.get("title", "")), str(values.get("volume-title", "")),
                str(values.get("genre", "")), str(values.get("container-title", "")),
                str(values.get("publisher", "")), *_families(values)])) or \
                detect_language(str(values.get("publisher-place", "")))
        if language:
            values.setdefault("language", language)
        if "publisher-place" in values:
            values["publisher-place"] = place_in_language(values["publisher-place"],
                                                          values.get("language"))
        stem = _stem(fields, year) if path is None else \
            _archival_stem(path.archive or "archive", tuple(v for _, _, v in path.levels))
        item = Item(id=self._keys.new(stem), type=type_, fields=values)
        self.items[item.id] = item
        self._by_identity[identity] = item.id
        if type_ != "manuscript" and title:
            self._by_heading_title.setdefault((_heading(fields, creators), title), item.id)
        if path is not None:
            self._paths[item.id] = ArchivalPath(path.archive, list(path.levels),
                                                title=path.title)
        else:
            self._index(item, work, title)
        return item.id, True

    def _index(self, item: Item, work: tuple[Any, ...], title: str) -> None:
        """Index a new work by `work` (its creators, year and volume: what two forms of
        one work share) and by its titles."""
        created, position = len(self.items), self.titles.position[title]
        creators = work[0]
        self._by_creators_year.add(work, position, (created, item.id))
        host = normalize_title(item.get("container-title"))
        self._places[item.id] = (creators, position, created, self.titles.position[host]
                                 if host and item.type in CHAPTER_TYPES else None)
        self._touched[item.id] = -1

    def _same_work(self, work: tuple[Any, ...], title: str) -> str | None:
        """The first item of the same creators, year and volume (`work`) whose title
        begins with this one's words, or whose words this one begins with: a footnote
        may leave out other title information ("Мир на краю бездны")."""
        found = self._by_creators_year.first_related(work, self.titles.position[title])
        return None if found is None else found[1]

    def _merge(self, item: Item, fields: dict[str, Any], where: str) -> None:
        held = item.fields
        for variable, value in fields.items():
            if held.get(variable) is value:  # None, or what the item holds already: a
                continue  # work cited again in the same words brings its cached values
            if value in (None, "", []):
                continue
            if variable not in item.fields:
                item.fields[variable] = value
                if variable == "container-title" and item.id in self._places:
                    self._recent_volumes.leave(item.id, None, self._places[item.id][1])
            elif not _same(item.fields[variable], value):
                self.problems.append(Problem(where, (
                    f"item {item.id}: {variable} is {_show(item.fields[variable])} in an "
                    f"earlier reference and {_show(value)} here; the first is kept")))

    # --- lookups ----------------------------------------------------------------

    def _flush_touched(self) -> None:
        """Bring the index of recent works up to date: once per short form, not per
        citation, and once per work however often it was cited in between."""
        for item_id, citation in self._touched.items():
            place = self._places.get(item_id)
            if place is None:
                continue  # an archival file: no short form names it
            creators, position, created, host = place
            value = (citation, created, item_id)
            item = self.items[item_id]
            heading = _heading(item.fields) if item.type in CHAPTER_TYPES else creators
            self._works_of.setdefault(heading, {})[item_id] = citation
            if creators:
                self._recent.offer(creators, position, value)
            self._recent.offer(None, position, value)
            if host is not None:
                self._recent_parts.offer(None, host, (citation, 0, created, item_id))
            if "container-title" not in self.items[item_id]:
                self._recent_volumes.offer_as(item_id, None, position,
                                              (citation, 1, created, item_id))
            for key in _author_year_keys(creators, self.items[item_id].year):
                if self._by_author_year.get(key, (-2, ""))[0] < citation:
                    self._by_author_year[key] = (citation, item_id)
        self._touched.clear()

    @staticmethod
    def _lookup(index: TitleIndex, creators: tuple[str, ...], prefix: str) -> Any:
        """By the authors, a title beginning with the prefix; with none, by the title
        alone, whose first words must then be whole."""
        return index.best(creators, prefix) if creators else \
            index.best_of_words(None, prefix)

    def _find_short(self, reference: Reference) -> str | None:
        """The work, cited most recently, of the same authors whose title begins with
        the short one (all their works for "Указ. соч."); else the first such full
        reference further on."""
        creators = creators_key(reference.fields)
        prefix = normalize_title(reference.fields.get("title"))
        self._flush_touched()
        found = self._lookup(self._recent, creators, prefix)
        if found is not None:
            return found[-1]
        if reference.tentative and prefix:
            inside = self._holding(creators, prefix, reference.fields.get("volume"))
            if inside is not None:
                return inside
        self._index_pending()
        later = self._lookup(self._first_pending, creators, prefix)
        if later is not None:
            return self.item_for(later[1].type, later[1].fields, "")[0]
        return None

    def _holding(self, creators: tuple[str, ...], words: str,
                 volume_stated: str | None) -> str | None:
        """The work of those creators whose title holds the short title's words in a
        run, Chicago's key words need not open the title (CMOS 14.31: "Inevitable War"
        for "Stalin and the Inevitable War"): of the volume the short form names if
        one is, else the one cited most recently."""
        run, volume = f" {words} ", volume_stated
        cited = ((self.items[item_id].get("volume") == volume, citation, item_id)
                 for item_id, citation in self._works_of.get(creators, {}).items()
                 if run in f" {normalize_title(self.items[item_id].get('title'))} ")
        return max(cited, default=(False, 0, None))[2]

    def _find_container(self, prefix: str) -> Item | dict[str, Any] | None:
        """The host, cited most recently, whose title begins so: that of a part, or a
        volume; else the first such full reference further on."""
        if not prefix:
            return None
        self._flush_touched()
        found = max((value for value in (self._recent_parts.best_of_words(None, prefix),
                                         self._recent_volumes.best_of_words(None, prefix))
                     if value is not None), default=None)
        if found is not None:
            return self.items[found[-1]]
        self._index_pending()
        later = self._first_pending_parts.best_of_words(None, prefix)
        if later is not None:
            return {**later[1].fields, "type": later[1].type}
        later = self._first_pending_volumes.best_of_words(None, prefix)
        if later is not None:
            fields = later[1].fields
            return {**fields, "container-title": fields.get("title"),
                    "container-author": fields.get("author"), "type": "chapter"}
        return None

    # --- one reference --------------------------------------------------------

    def _inherit_container(self, reference: Reference, where: str) -> None:
        prefix = normalize_title(reference.fields.get("container-title"))
        source = self._find_container(prefix)
        if source is None:
            self.problems.append(Problem(where, (
                f"the container {reference.fields.get('container-title')!r} is not "
                "described in full in any note; kept as printed")))
            reference.confidence = min(reference.confidence, 0.6)
            return
        fields = reference.fields = dict(reference.fields)  # the cached reading's stay
        if isinstance(source, dict):
            values, type_ = source, source["type"]
        elif source.type in CHAPTER_TYPES:
            values, type_ = source.fields, source.type
        else:
            values = {**source.fields, "container-title": source.get("title"),
                      "container-author": source.get("author")}
            type_ = "paper-conference" if CONFERENCE.search(str(source.get("title"))) \
                else "chapter"
        for variable in CONTAINER_FIELDS:
            if values.get(variable) not in (None, "", []):
                if variable == "container-title":
                    fields[variable] = values[variable]
                else:
                    fields.setdefault(variable, values[variable])
        reference.type = type_

    def _previous(self, note_cites: list[Cite], previous_note: list[Cite],
                  where: str) -> _Citation | None:
        if note_cites:
            item = note_cites[-1].item
        elif previous_note:
            item = previous_note[-1].item
            if len(previous_note) > 1:
                self.problems.append(Problem(where, (
                    "\"ibid.\" after a note of several references: taken as the last one")))
        else:
            return None
        return _Citation(item, self._paths.get(item))

    def _other_part(self, item_id: str, stated: dict[str, Any], where: str) -> str:
        """"Там же. Т. 13", "…; № 6": the same work in another volume or issue, of the
        year the repeat states ("Там же. 1998. № 3")."""
        item = self.items[item_id]
        changed = {variable: stated[variable] for variable in NUMBERING_VARIABLES
                   if variable in stated and stated[variable] != item.get(variable)}
        if not changed:
            return item_id
        fields = {**item.fields, **changed}
        if "issued" in stated:
            fields["issued"] = stated["issued"]
        for variable in NUMBERING_VARIABLES[NUMBERING_VARIABLES.index(min(
                changed, key=NUMBERING_VARIABLES.index)) + 1:]:
            if variable not in changed:
                fields.pop(variable, None)  # a new volume has none of the old issue
        fields.pop("language", None)
        return self.item_for(item.type, fields, where)[0]

    def cite(self, reference: Reference, where: str, note_cites: list[Cite],
             previous_note: list[Cite], number: int | None = None) -> Cite | None:
        """The Cite of one reference, creating or merging its item; None for a repeat
        of nothing and for a tentative short form that matches no work."""
        form = "full"
        confidence = reference.confidence
        if reference.kind == "ibid" and reference.fields.get("author"):
            last = (note_cites or previous_note)[-1:]
            if not last or not self._by_creators(last[0].item, reference.fields):
                # "Vogel, id." after another author's work: Vogel's work cited last
                reference.kind, reference.short = "op-cit", True
        if reference.kind == "ibid":
            previous = self._previous(note_cites, previous_note, where)
            if previous is None:
                unrepeated = self._file_of_nothing(reference, where)
                if unrepeated is None:
                    return None
                item_id = unrepeated
            else:
                item_id, form = self._ibid_item(previous, reference, where), "ibid"
        elif reference.kind == "archival":
            item_id, _ = self.item_for("manuscript", reference.fields, where, reference.archival)
        elif reference.kind == "author-year":
            form = "short"
            item_id, confidence = self._author_year(reference, where, confidence)
        elif reference.short or reference.kind == "op-cit":
            form = "short"
            found = self._short_item(reference, where, note_cites, previous_note, number)
            if found is None and reference.tentative:
                return None  # not a short form after all: the resolver keeps it as text
            if found is None:
                self.problems.append(Problem(where, (
                    f"the short reference {reference.text!r} matches no full reference; "
                    "kept as printed")))
                confidence = min(confidence, 0.4)
                item_id, _ = self.item_for(reference.type, reference.fields, where)
            else:  # "Шубин А.В. Указ. соч. Т. 2": another volume of the work
                found, found_confidence = found
                confidence = min(confidence, found_confidence)
                item_id = self._other_part(found, reference.fields, where)
        else:
            if reference.container_short:
                self._inherit_container(reference, where)
            item_id, _ = self.item_for(reference.type, reference.fields, where)
            if reference.container_short and item_id in self._last_cited:
                form = "short"
        self._last_cited[item_id] = self._touched[item_id] = self._citations
        self._citations += 1
        locator, label = reference.locator, reference.label
        if reference.same_place and locator is None:
            locator, label = self._last_locator.get(item_id, (None, None))
        self._last_locator[item_id] = (locator, label)
        return Cite(item=item_id, form=form, locator=locator, label=label,
                    prefix=reference.prefix, suffix=reference.suffix,
                    confidence=None if confidence >= 1.0 else round(confidence, 2))

    def _ibid_item(self, previous: _Citation, reference: Reference, where: str) -> str:
        """The work an "ibid" repeats: the previous one, or the file or the part of it
        that the repeat states ("Там же. Д. 70", "Там же. Т. 13")."""
        if reference.archival is not None and previous.path is not None \
                and reference.archival.levels:
            path = previous.path.replaced_by(reference.archival)
            return self.item_for("manuscript", {
                "archive": path.archive, "archive_location": path.location(),
                "title": path.title}, where, path)[0]
        return self._other_part(previous.item, reference.fields, where)

    def _file_of_nothing(self, reference: Reference, where: str) -> str | None:
        """An "ibid" with no citation before it, said as a problem. When it states its
        file from the fond down ("Там же. Ф. 2. Оп. 1. Д. 25622. Л. 4."), what it repeats
        is the archive alone (GOST R 7.0.5-2008, clause 8: "Там же" stands for what is
        repeated), so the file is kept without its archive; when it states a part of the
        work ("Там же, т. 20. с. 40.", "Там само. — № 12. — С. 24", "Там же. 1998. № 3",
        "Там же (PG 88, 856)", or a note of a volume and page alone, "Т. 10. С. 9."), the work is what it repeats and the part is kept alone,
        unless the repeat has a reading of its own (its `fallback`, which reads more);
        a file below a fond it does not name, from its inventory or file down («Там же. Д.
        10. Л. 28.», «Оп. 3. Д. 331.»), is kept with the levels it states, as the
        development set's gold keeps it; otherwise (a leaf, a page, a volume or a part
        that is a book's as well) nothing is kept (None)."""
        path = reference.archival
        if path is not None and path.levels and path.levels[0][0].name in FILE_LEVELS \
                and not path.levels[0][1].isascii():  # not "D. 89.", a Latin note's
            self.problems.append(Problem(where, (
                f"{reference.text!r} follows no citation: the file it states is kept "
                "without its archive and its fond")))
            return self.item_for("manuscript", {"archive_location": path.location(),
                                                "title": path.title}, where,
                                 replace(path, archive=None))[0]
        if not locates_from_the_fond(path):
            if reference.fallback is None and \
                    any(variable in reference.fields for variable in STATED_PARTS):
                self.problems.append(Problem(where, (
                    f"{reference.text!r} follows no citation: the part it states is kept "
                    "without its work")))
                return self.item_for(reference.type, reference.fields, where)[0]
            self.problems.append(Problem(where, f"{reference.text!r} follows no citation"))
            return None
        self.problems.append(Problem(where, (
            f"{reference.text!r} follows no citation: the file it states is kept without "
            "its archive")))
        return self.item_for("manuscript", {"archive_location": path.location(),
                                            "title": path.title}, where,
                             replace(path, archive=None))[0]  # not "Там же"

    def cited_in(self, number: int, items: list[str]) -> None:
        """The works a note cites, for a later back-reference to it ("n. 18")."""
        self._by_note.setdefault(number, items)

    def _by_creators(self, item_id: str, fields: dict[str, Any]) -> bool:
        """Whether the work has the first of the authors a short form names (or it names none)."""
        creators = creators_key(fields)
        return not creators or creators[0] in creators_key(self.items[item_id].fields)

    def _short_item(self, reference: Reference, where: str, note_cites: list[Cite],
                    previous_note: list[Cite], number: int | None) -> tuple[str, float] | None:
        """The work a short form repeats, and how sure: the work of its authors in the
        note it names ("n. 18"), else their work whose title begins with the short title
        (the last cited for "op. cit."), else the work cited just before."""
        if reference.note_ref is not None:
            target = number - 1 if reference.note_ref == "previous" and number else \
                reference.note_ref if isinstance(reference.note_ref, int) else None
            in_note = self._in_note(reference, target)
            if in_note is not None:
                return in_note, 1.0
            self.problems.append(Problem(where, (
                f"{reference.text!r}: note {target} cites no work of these authors; "
                "looked up by the authors instead")))
        found = self._find_short(reference)
        if found is not None:
            return found, 1.0 if reference.note_ref is None else 0.6
        if not reference.fields.get("title") and not creators_key(reference.fields):
            previous = self._previous(note_cites, previous_note, where)
            if previous is not None:  # "Указ. соч. С. 5" with no author
                self.problems.append(Problem(where, (
                    f"{reference.text!r} names no author: taken as the work cited "
                    "just before")))
                return previous.item, 0.6
        return None

    def _in_note(self, reference: Reference, number: int | None) -> str | None:
        """The work of the reference's authors (and year, if it gives one) cited in note
        `number`; with no authors, the first work cited there."""
        year = getattr(reference.fields.get("issued"), "year", None)
        for item_id in self._by_note.get(number, []) if number is not None else []:
            if self._by_creators(item_id, reference.fields) and \
                    (year is None or self.items[item_id].year in (None, year)):
                return item_id
        return None

    def _author_year(self, reference: Reference, where: str,
                     confidence: float) -> tuple[str, float]:
        """"Geiger 1964, S. 65": the work of those authors and year cited last, else the
        first such full reference further on; else a work of the authors and year alone."""
        creators = creators_key(reference.fields)
        year = getattr(reference.fields.get("issued"), "year", None)
        keys = _author_year_keys(creators, year)[:1] or [(creators, year or 0)]
        self._flush_touched()
        found = self._by_author_year.get(keys[0])
        if found is not None:
            return found[1], confidence
        self._index_pending()
        later = self._first_pending_author_year.get(keys[0])
        if later is not None:
            return self.item_for(later.type, later.fields, "")[0], confidence
        self.problems.append(Problem(where, (
            f"the author–year reference {reference.text!r} matches no full reference; "
            "kept as its authors and year")))
        return self.item_for(reference.type, reference.fields, where)[0], min(confidence, 0.4)


def _show(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return repr(value) if isinstance(value, str) else str(value)


def where_of(footnote: Footnote) -> str:
    """"note 5", "note 5 (line 120)", "unnumbered note": how problems name a footnote."""
    where = f"note {footnote.number}" if footnote.number is not None else "unnumbered note"
    return f"{where} (line {footnote.line})" if footnote.line is not None and \
        footnote.line != footnote.number else where


def resolve(notes: list[tuple[Footnote, list[Reference]]]) -> Document:
    """Footnotes with their parsed references → a Document of notes, cites and items."""
    apply_aliases([reference for _, references in notes for reference in references])
    readings = [reading for _, references in notes for reference in references
                for reading in (reference, reference.fallback) if reading is not None]
    resolver = Resolver(Titles(normalize_title(value) for reading in readings
                               for value in (reading.fields.get("title"),
                                             reading.fields.get("container-title")) if value))
    for _, references in notes:
        for reference in references:
            if reference.kind == "work" and not reference.short and not reference.container_short:
                resolver.expect(reference)
    document_notes: list[Note] = []
    previous: list[Cite] = []
    for footnote, references in notes:
        where = where_of(footnote)
        note = Note(n=footnote.number, text=footnote.text)
        comments: list[tuple[str, bool]] = []
        for reference in references:
            if reference.same_author:
                _take_author(reference, note.cites or previous, resolver.items)
            if reference.leftover:
                note.leftover.extend(reference.leftover)
                resolver.problems.extend(_partial_reading(reference, where))
            if reference.kind == "comment":
                comments.append((reference.text, reference.prose))
                continue
            cite = resolver.cite(reference, where, note.cites, previous, footnote.number)
            if cite is None and reference.fallback is not None:
                resolver.problems.append(Problem(where, (
                    f"{reference.text!r} repeats no full reference as a short form; "
                    "read as a reference of its own")))
                cite = resolver.cite(_with_lead_in(reference.fallback, reference), where,
                                     note.cites, previous, footnote.number)
            if cite is not None:
                note.cites.append(cite)
            elif reference.tentative:  # no work of that author begins so: text after all
                comments.append((reference.text, False))
            else:
                note.leftover.append(Leftover(reference.text, "repeat of nothing"))
        _keep_commentary(note, comments, where, resolver.problems)
        if note.cites:
            previous = note.cites
            if footnote.number is not None:
                resolver.cited_in(footnote.number, [cite.item for cite in note.cites])
        document_notes.append(note)
    return Document(notes=document_notes, items=resolver.items, problems=resolver.problems)


def _with_lead_in(fallback: Reference, reference: Reference) -> Reference:
    """The reading a short form falls back to, with the prefix and suffix the note gave the
    short form («Дневник леди Сибил Грей цит. по:» before «Michael Harmer, Forgotten
    Hospital, p. 67.»): they were read around it, and are the note's whatever the reading."""
    if (reference.prefix and not fallback.prefix) or (reference.suffix and not fallback.suffix):
        return replace(fallback, prefix=fallback.prefix or reference.prefix,
                       suffix=fallback.suffix or reference.suffix)
    return fallback


def _partial_reading(reference: Reference, where: str) -> list[Problem]:
    """The problems of a reference read in part (biblio.parse.partial): the printed
    tokens it read repaired, and the tail or the area it could not read, each named once with the
    reference's text (one problem each, whatever the number of tokens)."""
    repaired = [leftover.text for leftover in reference.leftover if leftover.reason == REPAIRED]
    unread = [leftover.text for leftover in reference.leftover
              if leftover.reason in (UNREAD_PART, UNREAD_AREA)]
    problems = []
    if repaired:
        problems.append(Problem(where, (
            f"{', '.join(map(repr, repaired))} in {reference.text!r} read with letters as "
            "the digits or the other script's letters they look like, or an archival "
            "level's comma or a heading's missing periods as periods")))
    if unread:
        problems.append(Problem(where, (
            f"{', '.join(map(repr, unread))} not read in {reference.text!r}: the rest was "
            "read as the reference, this is kept as its leftover")))
    return problems


def _keep_commentary(note: Note, texts: list[tuple[str, bool]], where: str,
                     problems: list[Problem]) -> None:
    """Text read as no reference is the note's comment when it reads as commentary (or is
    the prose around a reference found in a sentence); otherwise it is leftover, reported
    with its text: nothing is dropped silently."""
    comments = []
    for text, prose in texts:
        if prose or is_commentary(text):
            comments.append(text)
        else:
            note.leftover.append(Leftover(text, "read as no reference and not as commentary"))
            problems.append(Problem(where, f"no reference read in {text!r}; kept as text"))
    if comments:  # "As Carr argues" + ", the party was divided."
        note.comment = "".join(text if not index or text[:1] in ",.;:" else " " + text
                               for index, text in enumerate(comments))


def _author_year_keys(creators: tuple[str, ...], year: int | None) -> list[AuthorYear]:
    """The keys of a work among author–year cites: its creators and year, and its first
    creator and year ("Smith et al. 2001")."""
    if not creators or not year:
        return []
    return [(creators, year), (creators[:1], year)] if len(creators) > 1 else [(creators, year)]


def _take_author(reference: Reference, cites: list[Cite], items: dict[str, Item]) -> None:
    """"Он же"/"Idem": the author of the previous citation."""
    if cites:
        previous = items[cites[-1].item]
        authors = previous.get("author") or previous.get("editor")
        if authors and "author" not in reference.fields:  # a copy: the cached reading's stay
            reference.fields = {**reference.fields, "author": authors}


def _families(values: dict[str, Any]) -> list[str]:
    """The family names of an item's authors, spelled in the item's language."""
    return [name.family for name in values.get("author", []) if getattr(name, "family", None)]
