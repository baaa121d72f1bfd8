"""CSL 1.0.2 §Names, §Name, §Name-part order, §Name Particles, §Et-al, §Substitute, §Label in names.

Personal names are read once per item into `Name`; `<names>` compiles into a renderer that
truncates (et-al), orders (display or sort order), initializes and joins them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile
from typing import Any

from biblio.model import OTHERS

from .context import Context
from .decorations import Renderer, decorate, formatting_of
from .locales import CSL_NS
from .richtext import Node, Span, is_empty, join, parse_field
from .textcase import apply_text_case

PARTICLE = re.compile(r"^([a-z\u00e0-\u00ff'’.][a-z\u00e0-\u00ff'’.\s]*[\s'’]|(?:[a-z]+['’-]))"
                      r"(?=[A-Z\u00c0-\u00de\u0400-\u042f])")
GIVEN_PARTICLE = re.compile(r"\s+((?:[a-z\u00e0-\u00ff]+(?:['’]\s*|\s+))*[a-z\u00e0-\u00ff]+['’]?\s*)$")
"""Lower-case words closing a given name ("Jean de"), each word ended by an apostrophe or
a space before the next: no run of letters can be split two ways, so the search stays
linear (a repeated word with optional apostrophe and space took exponential time on a
long lower-case name; both patterns match the same strings as before, checked on 500,000
random strings)."""
SPACED_SCRIPT = re.compile(r"[a-zA-Z\u00c0-\u017f\u0218-\u021b\u0370-\u03ff\u0400-\u052f\u0590-\u05d4"
                         r"\u05d6-\u05ff\u0600-\u06ff\u0e01-\u0e5b\u1f00-\u1fff\u200c-\u200e\u202a-\u202e]")
"""Letters of scripts that set words apart by spaces (the Hebrew prefix "ו" excluded)."""
ROMANESQUE = re.compile(r"^[\s\u0000-\u024f\u02b0-\u02ff\u0370-\u03ff\u0400-\u052f\u1e00-\u1fff\u2000-\u206f'’.\-]*$")


def _unspaced(term: str) -> bool:
    """A joining term ("and", "et al.") beginning with a letter of another script ("等", "ו")
    joins the names without spaces, as citeproc-js writes it; citeproc-js does so for a term
    beginning with a sign too, which would give GOST's "Иванов[и др.]": we do not."""
    return term[:1].isalpha() and not SPACED_SCRIPT.match(term)




@dataclass(frozen=True, slots=True)
class Name:
    family: str = ""
    given: str = ""
    dropping: str = ""
    non_dropping: str = ""
    suffix: str = ""
    comma_suffix: bool = False
    literal: str = ""
    static_order: bool = False
    romanesque: bool = True


def read_name(value: Any) -> Name:
    """A CSL-JSON name dict as a Name, particles split off the family and given names."""
    if isinstance(value, Name):
        return value
    if not isinstance(value, dict):
        return Name(literal=str(value))
    if value.get("literal"):
        return Name(literal=str(value["literal"]))
    family = str(value.get("family") or "")
    given = str(value.get("given") or "")
    dropping = str(value.get("dropping-particle") or "")
    non_dropping = str(value.get("non-dropping-particle") or "")
    suffix = str(value.get("suffix") or "")
    comma_suffix = bool(value.get("comma-suffix"))
    parse = value.get("parse-names", True) not in (False, "false")
    if family.startswith('"') and family.endswith('"') and len(family) > 1:
        family, parse = family[1:-1], False
    if parse:
        if not non_dropping:
            match = PARTICLE.match(family)
            if match:
                particle = match.group(1)
                # "de’ Frinkle" keeps its space; "d’Wander" and "van der Berg" join as written
                non_dropping = particle if particle.rstrip()[-1:] in "'’" else particle.rstrip()
                family = family[match.end():]
        if "," in given and not suffix:
            given, _, tail = given.partition(",")
            if tail.startswith("!"):
                comma_suffix, tail = True, tail[1:]
            suffix = tail.strip()
        if not dropping:
            match = GIVEN_PARTICLE.search(given)
            if match and given[: match.start()].strip():
                dropping = match.group(1).strip()
                given = given[: match.start()]
    if not family and not given:
        return Name(literal="")
    romanesque = bool(ROMANESQUE.match(family + given))
    return Name(family, given.strip(), dropping, non_dropping, suffix, comma_suffix,
                static_order=bool(value.get("static-ordering")), romanesque=romanesque)


@lru_cache(maxsize=1 << 14)
def initialize(given: str, initial: str, hyphen: bool, only_normalise: bool = False) -> str:
    """§Name: "John Paul" → "J. P.", "Jean-Luc" → "J.-L."; an abbreviation with a period
    ("Ph.", "Me.") and, with initialize="false", a whole word, are kept; "M.E" is two initials.
    A lower-case word is a particle kept whole ("John Bertrand de Cusance" → "J. B. de C."),
    a capital followed by more capitals is a digraph ("TSerendorjiin" → "Ts."), and markup
    around a word stays around its initial ("<b>John</b>" → "<b>J.</b>"). Cached: a
    document names the same people again and again."""
    text = ""
    previous_initial = False
    for word in GIVEN_WORD.findall(given):
        pieces = [p for p in word.split("-") if p]
        for index, piece in enumerate(pieces):
            opening, piece, closing = WRAPPING_TAGS.fullmatch(piece).groups()
            bare = piece.rstrip(".")
            if not bare:
                continue
            if index and bare[0].islower():
                continue
            abbreviation = piece.endswith(".") or len(bare) == 1
            if bare[0].islower():
                token, is_initial = piece, False
            elif abbreviation:
                token, is_initial = bare + initial, True
            elif only_normalise:
                token, is_initial = piece, False
            else:
                token, is_initial = _initial_of(bare) + initial, True
            if opening or closing:
                token = opening + token.rstrip() + closing + token[len(token.rstrip()):]
            if index:
                text = text.rstrip() + ("-" if hyphen else "")
            elif text and not (previous_initial and is_initial):
                text = text if text.endswith(" ") else text + " "
            text += token
            previous_initial = is_initial
    return text.strip()


GIVEN_WORD = re.compile(r"[^\s.]+\.?(?:-[^\s.]+\.?)*")
"""A given name's word; hyphenated initials ("G.-H.", "J.-B.") stay one word, and keep their hyphen."""
WRAPPING_TAGS = re.compile(r"((?:<[^<>]+>)*)(.*?)((?:</[^<>]+>)*)", re.DOTALL)


def _initial_of(word: str) -> str:
    """A word's initial: its first letter, and the capitals after it when lower-case letters
    follow them ("TSerendorjiin" → "Ts", a transliterated digraph, as citeproc-js reads it;
    "JOHN" → "J")."""
    capitals = "".join(takewhile(str.isupper, word[1:]))
    return word[0] + (capitals.lower() if len(capitals) < len(word) - 1 else "")


@dataclass(slots=True)
class NameOptions:
    form: str = "long"
    sort_order: str = ""  # "", "first", "all"
    sort_separator: str = ", "
    delimiter: str = ", "
    and_: str = ""
    delimiter_precedes_last: str = "contextual"
    delimiter_precedes_et_al: str = "contextual"
    et_al_min: int = 0
    et_al_use_first: int | None = None  # None: not given (et-al-use-first="0" shows no name)
    et_al_subsequent_min: int = 0
    et_al_subsequent_use_first: int | None = None
    et_al_use_last: bool = False
    initialize: bool = True
    initialize_with: str | None = None
    initialize_hyphen: bool = True
    demote: str = "display-and-sort"


def name_options(inherited: dict[str, str], element: Any | None, style_options: dict[str, str]) -> NameOptions:
    attrs = dict(inherited)
    if element is not None:
        attrs.update(element.attrib)
    def number(key: str, default: int | None) -> int | None:
        try:
            return int(attrs[key]) if key in attrs else default
        except ValueError:
            return default
    et_al_min = number("et-al-min", 0) or 0
    use_first = number("et-al-use-first", None)
    return NameOptions(
        form=attrs.get("form", "long"),
        sort_order=attrs.get("name-as-sort-order", ""),
        sort_separator=attrs.get("sort-separator", ", "),
        delimiter=attrs.get("delimiter", attrs.get("name-delimiter", ", ")),
        and_=attrs.get("and", ""),
        delimiter_precedes_last=attrs.get("delimiter-precedes-last", "contextual"),
        delimiter_precedes_et_al=attrs.get("delimiter-precedes-et-al", "contextual"),
        et_al_min=et_al_min,
        et_al_use_first=use_first,
        et_al_subsequent_min=number("et-al-subsequent-min", et_al_min) or 0,
        et_al_subsequent_use_first=number("et-al-subsequent-use-first", use_first),
        et_al_use_last=attrs.get("et-al-use-last") == "true",
        initialize=attrs.get("initialize", "true") != "false",
        initialize_with=attrs.get("initialize-with"),
        initialize_hyphen=style_options.get("initialize-with-hyphen", "true") != "false",
        demote=style_options.get("demote-non-dropping-particle", "display-and-sort"),
    )


@dataclass(slots=True)
class PartStyle:
    prefix: str = ""
    suffix: str = ""
    formatting: tuple[tuple[str, str], ...] = ()
    text_case: str = ""

    def block(self, pieces: list[tuple[str, bool | None]], tail: list[Node] | None = None) -> Node:
        """Name parts (the main part, particles) each formatted, joined, inside the affixes;
        text-case touches the main part only (§Name-part Formatting)."""
        nodes: list[Node] = []
        for text, main in pieces:
            if not text:
                continue
            node = self.part(text, main)
            if nodes and not _ends_with_joiner(nodes[-1]):
                nodes.append(" ")
            nodes.append(node)
        if not nodes:
            return ""
        nodes.extend(tail or [])
        if len(nodes) == 1 and not (self.prefix or self.suffix):
            return nodes[0]
        return Span(nodes, prefix=self.prefix, suffix=self.suffix)

    def part(self, text: str, main: bool | None) -> Node:
        """One name part in this style's formatting; text-case for the main part and particles
        (main is None), not for a dropping particle (False)."""
        node: Node = parse_field(text) if main is True else text
        if main is not False and self.text_case:
            node = apply_text_case(node, self.text_case)
        if self.formatting:
            node = Span([node], formatting=self.formatting)
        return node


REMEMBERED_NAMES = 1 << 12
"""Names kept written by one `<name>` element; past that it starts again (bounded memory)."""


class NameFormatter:
    """Renders one list of names by a `<name>` element's options (§Name)."""

    def __init__(self, options: NameOptions, element: Any | None, locale: Any, et_al: Any | None) -> None:
        self.o = options
        self.given_style = PartStyle()
        self.family_style = PartStyle()
        if element is not None:
            for part in element:
                if part.tag == CSL_NS + "name-part":
                    style = PartStyle(part.get("prefix", ""), part.get("suffix", ""), formatting_of(part),
                                      part.get("text-case", ""))
                    if part.get("name") == "given":
                        self.given_style = style
                    else:
                        self.family_style = style
        self.and_text = ""
        if options.and_ == "text":
            self.and_text = locale.text("and")
        elif options.and_ == "symbol":
            self.and_text = "&"
        et_al_term = et_al.get("term", "et-al") if et_al is not None else "et-al"
        self.et_al_text = locale.text(et_al_term)
        self.et_al_formatting = formatting_of(et_al) if et_al is not None else ()
        self.et_al_affixes = (et_al.get("prefix", ""), et_al.get("suffix", "")) if et_al is not None else ("", "")
        self.decorate = (lambda node: node) if element is None else decorate(element, lambda node: node)
        self.written: dict[int, tuple[Name, Node]] = {}
        """Each name as written, by whether it comes first (name-as-sort-order="first"):
        without disambiguation's levels a name's output depends on nothing else. Output trees
        are never changed in place, so one is shared by every entry that prints the name.
        Keyed by the name object's id (minus one for a first name), which the value holds
        alive: the intake gives equal names one object, and hashing a Name is a Python call
        (a name equal to but not the object found is written again, the same)."""

    def limits(self, ctx: Context, count: int) -> tuple[int, bool]:
        """How many names to show, and whether "et al." follows."""
        o = self.o
        minimum, first = o.et_al_min, o.et_al_use_first
        if ctx.position >= 1 and ctx.mode == "citation":
            minimum, first = o.et_al_subsequent_min, o.et_al_subsequent_use_first
        if ctx.names_min is not None:
            minimum = ctx.names_min
        if ctx.names_use_first is not None:
            first = ctx.names_use_first
        if minimum and first is not None and count >= minimum:
            shown = min(count, first + ctx.names_added)
            return shown, shown < count
        return count, False

    def render(self, names: list[Name], ctx: Context, given_level: int = 0) -> Node | None:
        more = len(names) > 1 and names[-1].literal == OTHERS  # names left out: the list
        # ends with the et-al term whatever the et-al settings, as pandoc's citeproc does
        if more:
            names = names[:-1]
        shown, et_al = self.limits(ctx, len(names))
        et_al = et_al or more
        if self.o.form == "count":
            return str(shown) if shown else None
        rendered = [self.render_name(name, index, ctx, given_level) for index, name in enumerate(names[:shown])]
        rendered = [r for r in rendered if not is_empty(r)]
        if not rendered:
            return None
        use_last = et_al and not more and (self.o.et_al_use_last if ctx.names_use_last is None else ctx.names_use_last) \
            and shown + 2 <= len(names)
        if ctx.sorting:
            if use_last:
                rendered.append(self.render_name(names[-1], len(names) - 1, ctx, given_level))
            return "  ".join(_flat(r) for r in rendered)
        if use_last:
            last = self.render_name(names[-1], len(names) - 1, ctx, given_level)
            body = join(rendered, self.o.delimiter) + [self.o.delimiter + "… ", last]
            return Span(body)
        parts: list[Node] = []
        for index, node in enumerate(rendered):
            if index:
                parts.append(self._separator(index, len(rendered), et_al, names[index - 1]))
            parts.append(node)
        if et_al and self.et_al_text:
            parts.append(self._et_al_delimiter(len(rendered), names[len(rendered) - 1]))
            parts.append(Span([self.et_al_text], prefix=self.et_al_affixes[0], suffix=self.et_al_affixes[1],
                              formatting=self.et_al_formatting))
        return Span(parts)

    def _inverted(self, index: int, name: Name | None = None) -> bool:
        if name is not None and (name.literal or not name.family or not name.romanesque or name.static_order):
            return False
        return self.o.sort_order == "all" or (self.o.sort_order == "first" and index == 0)

    def _separator(self, index: int, count: int, et_al: bool, before: Name) -> str:
        if index < count - 1 or et_al or not self.and_text:
            return self.o.delimiter
        rule = self.o.delimiter_precedes_last
        use = (rule == "always" or (rule == "contextual" and count >= 3)
               or (rule == "after-inverted-name" and self._inverted(index - 1, before)))
        if _unspaced(self.and_text):
            return (self.o.delimiter if rule == "always" else "") + self.and_text
        return (self.o.delimiter if use else " ") + self.and_text + " "

    def _et_al_delimiter(self, count: int, before: Name) -> str:
        rule = self.o.delimiter_precedes_et_al
        use = (rule == "always" or (rule == "contextual" and count >= 2)
               or (rule == "after-inverted-name" and self._inverted(count - 1, before)))
        return self.o.delimiter if use else "" if _unspaced(self.et_al_text) else " "

    def render_name(self, name: Name, index: int, ctx: Context, given_level: int = 0) -> Node:
        """The name as written, once per distinct name unless disambiguation or sorting reads it."""
        if given_level or ctx.name_levels or ctx.sorting:
            return self._write_name(name, index, ctx, given_level)
        key = ~id(name) if index == 0 else id(name)
        known = self.written.get(key)
        if known is not None and known[0] is name:
            return known[1]
        if len(self.written) >= REMEMBERED_NAMES:
            self.written.clear()
        written = self._write_name(name, index, ctx, 0)
        self.written[key] = (name, written)
        return written

    def _write_name(self, name: Name, index: int, ctx: Context, given_level: int) -> Node:
        if name.literal:
            return self.family_style.block([(name.literal, True)]) if not ctx.sorting else name.literal
        o = self.o
        form = o.form
        initialize_with = o.initialize_with
        if ctx.name_levels:
            levels = ctx.name_levels
            given_level = max(given_level, levels.get(name, 0), levels.get((name, index), 0))
        if given_level >= 1 and form == "short":
            form = "long"
        if given_level >= 2:
            initialize_with = None
        given = name.given
        if given and name.family and initialize_with is not None:
            given = initialize(given, initialize_with, o.initialize_hyphen, not o.initialize)
        if ctx.sorting:
            return self._sort_key(name, given)
        family, given_style = self.family_style, self.given_style
        if not name.family:
            return given_style.block([(given, True)])
        if not name.romanesque:
            if form == "short" or not given:
                return family.block([(name.non_dropping, None), (name.family, True)])
            return Span([family.block([(name.family, True)]), given_style.block([(given, True)])])
        if form == "short":
            return family.block([(name.non_dropping, None), (name.family, True)])
        suffix: list[Node] = [", " if name.comma_suffix else " ", name.suffix] if name.suffix else []
        if not given and not name.dropping:
            return family.block([(name.non_dropping, None), (name.family, True)], suffix)
        if self._inverted(index) and not name.static_order:
            if o.demote == "display-and-sort":
                head = family.block([(name.family, True)])
                # the demoted particle keeps the family's formatting, inside the given's affixes
                particle = [" ", family.part(name.non_dropping, None)] if name.non_dropping else None
                tail = given_style.block([(given, True), (name.dropping, False)], particle)
            else:
                head = family.block([(name.non_dropping, None), (name.family, True)])
                tail = given_style.block([(given, True), (name.dropping, False)])
            parts: list[Node] = [head]
            if tail:
                parts += [o.sort_separator, tail]
            if name.suffix:
                parts += [o.sort_separator, name.suffix]
            return Span(parts)
        first = given_style.block([(given, True)])
        if name.static_order:
            head = family.block([(name.dropping, False), (name.non_dropping, None), (name.family, True)])
            return Span([head, " ", first] + suffix)
        head = family.block([(name.dropping, False), (name.non_dropping, None), (name.family, True)], suffix)
        return Span(([first] if _ends_with_space(first) else [first, " "] if first else []) + [head])

    def _sort_key(self, name: Name, given: str) -> str:
        if self.o.form == "short":
            if self.o.demote == "never":
                return _join_particle(name.non_dropping, name.family)
            return name.family
        if self.o.demote == "never":
            pieces = [_join_particle(name.non_dropping, name.family), name.dropping, given, name.suffix]
        else:
            pieces = [name.family, " ".join(p for p in (name.dropping, name.non_dropping) if p), given, name.suffix]
        return " ".join(p for p in pieces if p)


def _ends_with_joiner(node: Node) -> bool:
    while isinstance(node, Span):
        if not node.children:
            return False
        node = node.children[-1]
    return isinstance(node, str) and node.endswith(("'", "’", "-", " "))


def _ends_with_space(node: Node) -> bool:
    """A name part whose suffix or text ends in a space (a no-break space too) needs no other."""
    while isinstance(node, Span):
        if node.suffix or not node.children:
            return node.suffix[-1:].isspace()
        node = node.children[-1]
    return node[-1:].isspace()


def _join_particle(particle: str, family: str) -> str:
    """A particle and its family name are two words of a sort key, also when written joined
    ("d’Wander" sorts as "d’ Wander", before "de’ Frinkle", as citeproc-js orders them)."""
    return f"{particle} {family}" if particle else family


def _flat(node: Node) -> str:
    if isinstance(node, str):
        return node
    return "".join(_flat(c) for c in node.children)


def compile_names(element: Any, compiler: Any, parent: Any | None = None) -> Renderer:
    """`<names>`: each variable's names with its label, or the first substitute that renders."""
    variables = (element.get("variable") or "").split()
    if parent is None and len(element) == 0:  # a shorthand inside a <choose> of a <substitute>
        parent = compiler.substituted_names
    source = parent if parent is not None and len(element) == 0 else element
    if parent is not None and not variables:
        variables = (parent.get("variable") or "").split()
    name_el = source.find(CSL_NS + "name")
    et_al_el = source.find(CSL_NS + "et-al")
    label_el = source.find(CSL_NS + "label")
    substitute_el = element.find(CSL_NS + "substitute")
    inherited = compiler.name_inheritance(element if parent is None else source)
    options = name_options(inherited, name_el, compiler.style_options)
    formatter = NameFormatter(options, name_el, compiler.locale, et_al_el)
    delimiter = (element.get("delimiter") if element.get("delimiter") is not None
                 else compiler.inherited.get("names-delimiter", ""))
    label_first = False
    if label_el is not None and name_el is not None:
        children = [c for c in source if c.tag in (CSL_NS + "name", CSL_NS + "label")]
        label_first = children[0] is label_el
    from .numbers import compile_label_for_names
    label = compile_label_for_names(label_el, compiler) if label_el is not None else None
    substitutes = []
    if substitute_el is not None:
        for child in substitute_el:
            if child.tag == CSL_NS + "names":
                substitutes.append(compile_names(child, compiler, element if len(child) == 0 else None))
            elif isinstance(child.tag, str):
                outer = compiler.substituted_names
                compiler.substituted_names = element
                try:
                    substitutes.append(compiler.compile(child))
                finally:
                    compiler.substituted_names = outer

    combine_editors = bool(compiler.locale.text("editortranslator"))

    def render_variables(ctx: Context) -> Node | None:
        item, suppressed = ctx.item, ctx.suppressed
        available = [(v, names) for v in variables if (names := item.get(v)) and v not in suppressed]
        if not available:  # most calls: a substitute's variable the item lacks
            return None
        if ctx.substituting is not None:  # a substituted variable is used up at once
            for v, _ in available:
                ctx.substituting.add(v)
                ctx.suppressed.add(v)
        if (combine_editors and "editor" in variables and "translator" in variables
                and ctx.item.get("editor") and ctx.item.get("editor") == ctx.item.get("translator")):
            available = [("editortranslator", ctx.item["editor"]) if v == "editor" else (v, n)
                         for v, n in available if v != "translator"]
        if options.form == "count":
            total = 0
            for _, names in available:
                shown, _ = formatter.limits(ctx, len(names))
                total += shown
            return str(total) if total else None
        outputs: list[Node] = []
        for variable, names in available:
            body = formatter.render(names, ctx)  # read when the item was prepared
            if body is None:
                continue
            body = Span([formatter.decorate(body)], role="name-list")
            if label is not None and not ctx.sorting:
                term = label(variable, len(names), ctx)
                if term is not None:
                    body = Span([term, body] if label_first else [body, term])
            outputs.append(body)
        if not outputs:
            return None
        if ctx.sorting:
            return "   ".join(_flat(o) for o in outputs)
        return Span(join(outputs, delimiter), role="names")

    def render(ctx: Context) -> Node | None:
        ctx.called += 1
        if ctx.collapse_names:
            return None
        node = render_variables(ctx)
        if node is not None:
            ctx.filled += 1
            return node
        for substitute in substitutes:
            outer = ctx.substituting
            ctx.substituting = set()
            called, filled = ctx.called, ctx.filled
            node = substitute(ctx)
            used = ctx.substituting
            ctx.substituting = outer
            if not is_empty(node):
                ctx.suppressed |= used
                ctx.called, ctx.filled = called, filled + 1
                return Span([node], role="names")
            ctx.called, ctx.filled = called, filled
        return None
    return decorate(element, render, default_english=compiler.english)
