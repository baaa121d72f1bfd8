"""CSL 1.0.2 §Date, §Date-part, §Date Ranges, §AD and BC, §Seasons, §Approximate dates:
date values read once per item, localized and non-localized date forms, ranges.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .context import Context
from .date_value import DateValue
from .decorations import Renderer, decorate, formatting_of, strip_periods
from .locales import CSL_NS, Locale
from .numbers import ordinal
from .richtext import Node, Span, join
from .textcase import apply_text_case

PART_ORDER = ("year", "month", "day")
RAW_DATE = re.compile(r"^\s*(-?\d{1,4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?\s*$")


def _to_int(value: Any) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        return 0


def _triple(parts: list[Any]) -> tuple[int, int, int] | None:
    try:
        int(str(parts[0]) if parts else "")
    except ValueError:
        return None  # no year, or one that is no number ("1930s", "²", 5,000 digits)
    return plain_triple([_to_int(p) for p in parts[:3]])


def plain_triple(numbers: list[int]) -> tuple[int, int, int]:
    """Year, month and day of a date part's numbers: a missing month or day is 0, a month
    outside 1–12 none, but for the seasons."""
    year, month, day = (*numbers[:3], 0, 0)[:3]
    if 13 <= month <= 24:  # seasons: 21-24 in EDTF, 13-16 and 17-20 as citeproc-js reads them too
        month = 13 + (month - 13) % 4
    elif not 0 <= month <= 12:
        month = 0
    return year, month, day


def read_date(value: Any) -> DateValue | None:
    """A CSL-JSON date (date-parts, season, circa, literal, raw) as a DateValue, None if empty."""
    if isinstance(value, DateValue):
        return value
    if not isinstance(value, dict):
        if isinstance(value, str) and value:
            return _raw(value) or DateValue((0, 0, 0), None, literal=value)
        return None
    circa = bool(value.get("circa"))
    parts = value.get("date-parts")
    if parts and isinstance(parts, list) and parts[0]:
        start = _triple(parts[0])
        if start is None:  # parts that are no numbers ("1930s") are printed as written, never dropped
            written = value.get("literal") or value.get("raw") or "–".join(
                " ".join(str(p) for p in part) for part in parts if isinstance(part, list) and part)
            return DateValue((0, 0, 0), None, literal=str(written), circa=circa) if written else None
        end = _triple(parts[1]) if len(parts) > 1 and parts[1] else None
        season = value.get("season")
        if season and start[1] == 0:
            start = (start[0], _season(season), start[2])
        if end == start:
            end = None
        return DateValue(start, end, circa=circa)
    if value.get("literal"):
        return DateValue((0, 0, 0), None, literal=str(value["literal"]), circa=circa)
    if value.get("raw"):
        return _raw(str(value["raw"])) or DateValue((0, 0, 0), None, literal=str(value["raw"]))
    return None


def _season(value: Any) -> int:
    number = _to_int(value)
    return 12 + number if 1 <= number <= 4 else 0


def _raw(text: str) -> DateValue | None:
    halves = text.split("/") if text.count("/") == 1 and "-" in text or re.match(r"^\d{4}/\d{4}$", text) else [text]
    triples = []
    for half in halves:
        match = RAW_DATE.match(half)
        if not match:
            return None
        triples.append((int(match.group(1)), int(match.group(2) or 0), int(match.group(3) or 0)))
    return DateValue(triples[0], triples[1] if len(triples) > 1 else None)


def sort_key(value: DateValue | None) -> str:
    if value is None:
        return ""
    if value.literal:
        return value.literal
    def key(t: tuple[int, int, int]) -> str:
        year = t[0] + 10000
        return f"{year:05d}{t[1]:02d}{t[2]:02d}"
    return key(value.start) + (key(value.end) if value.end else "")


@dataclass(slots=True)
class PartSpec:
    name: str
    form: str
    prefix: str
    suffix: str
    formatting: tuple[tuple[str, str], ...]
    text_case: str
    strip: bool
    range_delimiter: str


def _part_spec(element: Any, default: PartSpec | None = None) -> PartSpec:
    name = element.get("name")
    form_default = {"year": "long", "month": "long", "day": "numeric"}[name]
    base = default
    def pick(attr: str, fallback: str) -> str:
        value = element.get(attr)
        return value if value is not None else fallback
    return PartSpec(
        name=name,
        form=pick("form", base.form if base else form_default),
        prefix=base.prefix if base else element.get("prefix", ""),
        suffix=base.suffix if base else element.get("suffix", ""),
        formatting=formatting_of(element) or (base.formatting if base else ()),
        text_case=pick("text-case", base.text_case if base else ""),
        strip=pick("strip-periods", "true" if base and base.strip else "false") == "true",
        range_delimiter=pick("range-delimiter", base.range_delimiter if base else "–"),
    )


def compile_date(element: Any, compiler: Any) -> Renderer:
    """`<date>`: localized (form="text"/"numeric") or built from its own date-parts."""
    name = element.get("variable", "")
    locale: Locale = compiler.locale
    form = element.get("form")
    overrides = {child.get("name"): child for child in element if child.tag == CSL_NS + "date-part"}
    if form:
        localized = locale.dates.get(form)
        if localized is None:
            return lambda ctx: None
        shown = element.get("date-parts", "year-month-day").split("-")
        specs = []
        for part in localized:
            if part.tag != CSL_NS + "date-part" or part.get("name") not in shown:
                continue
            spec = _part_spec(part)
            if part.get("name") in overrides:
                spec = _part_spec(overrides[part.get("name")], spec)
            specs.append(spec)
        delimiter = localized.get("delimiter", "")
    else:
        specs = [_part_spec(child) for child in element if child.tag == CSL_NS + "date-part"]
        delimiter = element.get("delimiter", "")
    shown_parts = {spec.name for spec in specs}
    implicit_suffix = name == "issued" and compiler.implicit_year_suffix
    month_genders = {m: compiler.term_gender(f"month-{m:02d}") for m in range(1, 13)}  # ordinals agree
    limit_ordinals = locale.options.get("limit-day-ordinals-to-day-1") == "true"

    def part_text(spec: PartSpec, when: tuple[int, int, int], ctx: Context) -> Node | None:
        year, month, day = when
        if spec.name == "year":
            if not year:
                return None
            if spec.form == "short":
                text = f"{abs(year) % 100:02d}"
            elif year < 0:
                text = f"{-year}{locale.text('bc')}"
            elif year < 1000:
                text = f"{year}{locale.text('ad')}"
            else:
                text = str(year)
            if implicit_suffix and ctx.year_suffix and not ctx.sorting and not ctx.suffix_shown:
                ctx.suffix_shown = True
                return Span([text, Span([ctx.year_suffix], role="year-suffix")])
            return text
        if spec.name == "month":
            if not month:
                return None
            if month > 12:
                text = locale.text(f"season-{month - 12:02d}")
            elif spec.form == "numeric":
                text = str(month)
            elif spec.form == "numeric-leading-zeros":
                text = f"{month:02d}"
            else:
                text = locale.text(f"month-{month:02d}", "short" if spec.form == "short" else "long")
            return strip_periods(text) if spec.strip else text
        if not day:
            return None
        if spec.form == "numeric-leading-zeros":
            return f"{day:02d}"
        if spec.form == "ordinal" and (not limit_ordinals or day == 1):
            gender = month_genders.get(month, "") if month <= 12 else ""
            return ordinal(day, locale, gender)
        return str(day)

    def decorate_part(spec: PartSpec, node: Node | None, affixes: tuple[bool, bool] = (True, True)) -> Node | None:
        if node is None:
            return None
        if spec.text_case:
            node = apply_text_case(node, spec.text_case)
        prefix, suffix = spec.prefix if affixes[0] else "", spec.suffix if affixes[1] else ""
        if not (prefix or suffix or spec.formatting):
            return node  # a span would add nothing
        return Span([node], prefix=prefix, suffix=suffix, formatting=spec.formatting)

    def render_single(when: tuple[int, int, int], ctx: Context, active: list[PartSpec]) -> list[Node]:
        return [n for n in (decorate_part(s, part_text(s, when, ctx)) for s in active) if n is not None]

    def render(ctx: Context) -> Node | None:
        ctx.called += 1
        if name in ctx.suppressed:
            return None
        value = read_date(ctx.item.get(name))
        if value is None:
            return None
        if ctx.sorting:
            ctx.filled += 1
            return sort_key(_limited(value, shown_parts))
        if ctx.substituting is not None:  # a date printed by a substitute is used up (§Substitute)
            ctx.substituting.add(name)
            ctx.suppressed.add(name)
        if value.literal:  # the whole date as written: printed where the year would be, once
            if "year" not in shown_parts:
                return None
            ctx.filled += 1
            return value.literal
        active = [s for s in specs if _present(s.name, value)]
        if not active:
            return None
        ctx.filled += 1
        if value.end is None:
            parts = render_single(value.start, ctx, active)
            return parts[0] if len(parts) == 1 else Span(join(parts, delimiter))
        return Span(_render_range(value, ctx, active))

    def _render_range(value: DateValue, ctx: Context, active: list[PartSpec]) -> list[Node]:
        differing = [s for s in active if _differs(s.name, value)]
        if not differing:
            return join(render_single(value.start, ctx, active), delimiter)
        indexes = [active.index(s) for s in differing]
        first, last = min(indexes), max(indexes)
        largest = min(differing, key=lambda s: PART_ORDER.index(s.name))
        before = render_single(value.start, ctx, active[:first])
        start_nodes = [decorate_part(s, part_text(s, value.start, ctx), (True, i != last))
                       for i, s in enumerate(active) if first <= i <= last]
        end_nodes = [decorate_part(s, part_text(s, value.end, ctx), (i != first, True))
                     for i, s in enumerate(active) if first <= i <= last]
        after = render_single(value.start, ctx, active[last + 1:])
        middle = Span([Span(join([n for n in start_nodes if n], delimiter)), largest.range_delimiter,
                       Span(join([n for n in end_nodes if n], delimiter))])
        return join(before + [middle] + after, delimiter)

    return decorate(element, render, default_english=compiler.english)


def _limited(value: DateValue, parts: set[str]) -> DateValue:
    """The date with only the parts a date element shows (its sort key in a macro)."""
    if value.literal or len(parts) == 3:
        return value
    def mask(t: tuple[int, int, int]) -> tuple[int, int, int]:
        return (t[0] if "year" in parts else 0, t[1] if "month" in parts else 0, t[2] if "day" in parts else 0)
    return DateValue(mask(value.start), mask(value.end) if value.end else None, value.literal, value.circa)


def _present(part: str, value: DateValue) -> bool:
    index = PART_ORDER.index(part)
    return bool(value.start[index]) or bool(value.end and value.end[index])


def _differs(part: str, value: DateValue) -> bool:
    """True for the largest part that differs between start and end, and every smaller part."""
    assert value.end is not None
    largest = next((i for i in range(3) if value.start[i] != value.end[i]), 3)
    return PART_ORDER.index(part) >= largest
