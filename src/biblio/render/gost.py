"""What GOST R 7.0.5-2008 asks beyond CSL, done by biblio around the style.

- Items are prepared once: places abbreviated (GOST 7.0.12-2011, GOST 7.11-2004),
  a short title derived for repeated references (8.4: long titles may be cut, the
  cut marked with "…"; 8.7: or replaced by "Указ. соч."/"Op. cit."), four or more
  authors moved from the heading to the statement of responsibility (4.10.1–4.10.2:
  the heading holds one to three authors), the number of volumes and the meeting of
  proceedings left out where the title as transcribed already states them.
- Per cite: a container already described earlier in the document is named by its
  short title only ("// La France et l’URSS…"), and an archival reference that
  follows one in the same archive and fond is written as "Там же" with the levels
  that differ ("Там же, д. 432, л. 139."; 8.5–8.6 applied to the archival
  hierarchy of section 11).
- Every note begins with a capital ("Du Réau E.", "De Lattre de Tassigny J.").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from biblio.data.gost_terms import ELLIPSIS, op_cit
from biblio.data.places import abbreviate_place
from biblio.data.reference_terms import NUMBER_OF_VOLUMES
from biblio.errors import UsageError
from biblio.model import Date, Item
from biblio.render.csl.richtext import Node, Span, is_empty
from biblio.render.positions import CitePosition
from biblio.russian_names import decline_names

ARTICLE_TYPES = frozenset(
    {"article-journal", "article-magazine", "article-newspaper", "review", "review-book"}
)
"""Types whose container is a serial: never shortened, it has no editors or place."""

SUBTITLE_BREAK = re.compile(r"[.:;!?](?=\s)|,(?=\s)|\s[—–-]\s")
"""Where a title's first part ends: ". ", ": ", "; ", ", " or a spaced dash."""

WORD = re.compile(r"\S+")

VOLUME_WORDS = "|".join(re.escape(word) for word in sorted(NUMBER_OF_VOLUMES, key=len, reverse=True))
"""What follows the number in "в 12 томах", "in 3 vols.": the title states the volumes."""


@dataclass(frozen=True)
class GostOptions:
    """The standard's alternatives; defaults follow common Russian journal practice."""

    repeats: Literal["short-title", "op-cit"] = "short-title"
    """8.4 short title (default) or 8.7 "Указ. соч."/"Op. cit." in later repeats."""
    short_title_words: int | None = 5
    """Longest short title, in words, before it is cut with "…" (8.4); None: no limit."""
    initials: Literal["unspaced", "spaced"] = "unspaced"
    """"А.В." (default) or "А. В." for initials written out by the style."""
    separators: Literal["short", "full"] = "short"
    """". " between areas (4.8: allowed in references; default) or ". — " (GOST 7.1)."""
    movenames: bool = True
    """Four or more authors follow the title after "/" (4.10.1) instead of the heading."""
    places: Literal["common", "extended", "full"] = "common"
    """Abbreviate Москва, Paris, London… (common), also Oxford, Cambridge… (extended), or none."""
    short_containers: bool = True
    """A container described earlier is named by its short title alone."""
    archive_ibid: bool = True
    """"Там же, д. 432" for the next file of the same archive and fond."""

    @classmethod
    def from_options(cls, options: dict[str, object]) -> GostOptions:
        """The options, each checked: an unknown name or value is a UsageError."""
        known = {name for name in cls.__dataclass_fields__}
        unknown = sorted(set(options) - known)
        if unknown:
            raise UsageError(
                f"unknown GOST option(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}"
            )
        for name, value in options.items():
            allowed = CHOICES.get(name)
            if allowed is not None and value not in allowed:
                raise UsageError(f"GOST option {name} is one of {', '.join(allowed)}, not {value!r}")
            if name in FLAGS and not isinstance(value, bool):
                raise UsageError(f"GOST option {name} is true or false, not {value!r}")
            if name == "short_title_words" and not (
                    value is None or (isinstance(value, int) and not isinstance(value, bool)
                                      and value > 0)):
                raise UsageError(f"GOST option short_title_words is a positive number or "
                                 f"none, not {value!r}")
        return cls(**options)  # type: ignore[arg-type]

    def style_tweaks(self) -> tuple[tuple[str, str, str | None, str], ...]:
        """(element, attribute, old value or None, new value) edits of the style."""
        tweaks: list[tuple[str, str, str | None, str]] = []
        if self.initials == "spaced":
            tweaks.append(("name", "initialize-with", None, ". "))
        if self.separators == "full":
            tweaks.append(("group", "delimiter", ". ", ". — "))
        return tuple(tweaks)


CHOICES: dict[str, tuple[str, ...]] = {
    "repeats": ("short-title", "op-cit"),
    "initials": ("unspaced", "spaced"),
    "separators": ("short", "full"),
    "places": ("common", "extended", "full"),
}
FLAGS = frozenset({"movenames", "short_containers", "archive_ibid"})


def short_title(title: str, max_words: int | None) -> str:
    """The title up to its first subtitle, at most `max_words` words, "…" where cut.

    >>> short_title("Des hommes d’influences. Les ambassadeurs de Staline en Europe", 5)
    'Des hommes d’influences…'
    """
    head = main_title(title)
    words = WORD.findall(head)
    if max_words is not None and len(words) > max_words:
        head = " ".join(words[:max_words])
    return head if head == title.strip() else head.rstrip(" ,;:.") + ELLIPSIS


def main_title(title: str) -> str:
    """The title before its first subtitle ("La France et l’URSS: dans …" → "La France et l’URSS")."""
    match = SUBTITLE_BREAK.search(title)
    return title[: match.start()].strip() if match else title.strip()


GENITIVE_VARIABLES = ("editor", "translator")
"""Names the style prints after "под ред." and "пер.", which govern the genitive; a
compiler ("сост. В.Ф. Некрасов") stays in the nominative (GOST 7.1-2003 examples)."""


def prepare_item(item: Item, options: GostOptions) -> Item:
    """The item as the GOST style should see it (a copy; the input is not changed)."""
    fields = dict(item.fields)
    if options.places != "full":
        for variable in ("publisher-place", "original-publisher-place"):
            if isinstance(fields.get(variable), str):
                fields[variable] = _abbreviate_places(fields[variable], options.places == "extended")
    title = fields.get("title")
    if options.repeats == "op-cit":
        fields["title-short"] = op_cit(fields.get("language"))
    elif isinstance(title, str) and "title-short" not in fields:
        short = short_title(title, options.short_title_words)
        if short != title:
            fields["title-short"] = short
    elif isinstance(fields.get("title-short"), str) and isinstance(title, str):
        short = fields["title-short"]
        if title.startswith(short) and len(short) < len(title) and not short.endswith(ELLIPSIS):
            fields["title-short"] = short.rstrip(" ,;:.") + ELLIPSIS
    _drop_what_titles_state(fields)
    if str(fields.get("language", "")).lower().startswith("ru"):
        for variable in GENITIVE_VARIABLES:  # "под ред. В.Н. Сухова", "пер. … Макарова"
            if item.names(variable):
                fields[variable] = decline_names(item.names(variable), "genitive")
    authors = item.names("author")
    if options.movenames and len(authors) >= 4 and "contributor" not in fields:
        fields["contributor"] = fields.pop("author")
    return replace(item, fields=fields)


def _drop_what_titles_state(fields: dict[str, object]) -> None:
    """Remove the number of volumes and the meeting's name, place and date where
    the title as transcribed already gives them ("История … в 12 томах", "Actes du
    colloque organisé à Moscou les 2 et 3 octobre 1997"): printed once, not twice."""
    title, container = fields.get("title"), fields.get("container-title")
    volumes = fields.get("number-of-volumes")
    if isinstance(title, str) and volumes is not None and re.search(
            rf"(?<!\d){re.escape(str(volumes))}(?:-х)?\s(?:{VOLUME_WORDS})", title):
        del fields["number-of-volumes"]
    if not isinstance(container, str):
        return
    stated = _key(container)
    for variable in ("event-title", "event-place"):
        value = fields.get(variable)
        if isinstance(value, str) and all(_key(part) in stated for part in value.split(";")):
            del fields[variable]
    date = fields.get("event-date")
    if isinstance(date, Date) and date.year is not None and str(date.year) in container:
        del fields["event-date"]


def _abbreviate_places(places: str, extended: bool) -> str:
    return "; ".join(abbreviate_place(p.strip(), extended=extended) for p in places.split(";"))


def is_archival(item: Item) -> bool:
    return bool(item.get("archive")) and bool(item.get("archive_location"))


class ContainerMemory:
    """Which containers the reader has already seen described in full."""

    def __init__(self) -> None:
        self._seen: set[str] = set()

    def shorten(self, item: Item) -> Item:
        """The item with its container named by main title only, if seen before."""
        container = item.get("container-title")
        if (item.type in ARTICLE_TYPES or not isinstance(container, str)
                or _key(container) not in self._seen):
            return item
        fields = {k: v for k, v in item.fields.items()
                  if k not in ("editor", "container-author", "compiler", "publisher",
                               "publisher-place", "issued", "edition", "collection-title",
                               "collection-number", "event-place", "event-date")}
        head = main_title(container)
        fields["container-title"] = head if head == container.strip() else head + ELLIPSIS
        return replace(item, fields=fields)

    def remember(self, item: Item) -> None:
        for variable in ("title", "container-title"):
            value = item.get(variable)
            if isinstance(value, str):
                self._seen.add(_key(value))


def _key(title: str) -> str:
    return " ".join(title.casefold().split())


def archival_levels(location: str) -> list[str]:
    """"ф. 558, оп. 11, д. 431" → ["ф. 558", "оп. 11", "д. 431"]."""
    return [level.strip() for level in location.split(",") if level.strip()]


def differing_levels(item: Item, previous: Item) -> list[str] | None:
    """The archival levels of `item` after those it shares with `previous`, when the
    two are different files of one archive and fond; None otherwise."""
    if not (is_archival(item) and is_archival(previous)) or item.id == previous.id:
        return None
    if _key(str(item["archive"])) != _key(str(previous["archive"])):
        return None
    levels = archival_levels(str(item["archive_location"]))
    before = archival_levels(str(previous["archive_location"]))
    shared = 0
    for mine, theirs in zip(levels, before):
        if _key(mine) != _key(theirs):
            break
        shared += 1
    if shared == 0 or shared == len(levels):
        return None
    return levels[shared:]


def archive_ibid_position(position: CitePosition) -> CitePosition:
    """The position under which the style prints "Там же" with the pinpoint."""
    return replace(position, position="ibid-with-locator")


def insert_after_ibid(node: Node, levels: Iterable[str]) -> Node:
    """The cite's rendering with `levels` after the "Там же" that opens it ("Там же, л. 139"
    + ["д. 432"] → "Там же, д. 432, л. 139"); unchanged when it does not open with a term."""
    inserted = ", " + ", ".join(levels)

    def walk(current: Node) -> Node | None:
        if isinstance(current, str):
            return None
        for index, child in enumerate(current.children):
            if is_empty(child):
                continue
            if isinstance(child, Span) and child.role == "term":
                return _with_children(current, [*current.children[:index + 1], inserted,
                                                *current.children[index + 1:]])
            changed = walk(child)
            if changed is None:
                return None
            return _with_children(current, [*current.children[:index], changed,
                                            *current.children[index + 1:]])
        return None

    return walk(node) or node


def capitalize_note(node: Node) -> Node:
    """The note with its first letter in capitals ("du Réau E. …" → "Du Réau E. …"); a
    note that opens with a digit is left as it is. The rendered tree is shared with the
    engine's compiled terms, so the path to the letter is copied, never changed."""
    return _capitalized(node)[0]


def _capitalized(node: Node) -> tuple[Node, bool]:
    """(the node with its first letter in capitals, whether a letter or digit was met)."""
    if isinstance(node, str):
        for index, char in enumerate(node):
            if char.isalpha():
                return node[:index] + char.upper() + node[index + 1:], True
            if char.isdigit():
                return node, True
        return node, False
    if is_empty(node):  # a span around nothing prints no affixes either
        return node, False
    prefix, done = _capitalized(node.prefix)
    if done:
        changed = _with_children(node, node.children)
        changed.prefix = str(prefix)
        return changed, True
    for index, child in enumerate(node.children):
        new, done = _capitalized(child)
        if done:
            return _with_children(node, [*node.children[:index], new, *node.children[index + 1:]]), True
    return node, False


def _with_children(span: Span, children: list[Node]) -> Span:
    return Span(children, prefix=span.prefix, suffix=span.suffix, formatting=span.formatting,
                quotes=span.quotes, display=span.display, nocase=span.nocase, role=span.role)
