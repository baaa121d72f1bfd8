"""CSL 1.0.2 §Number, §Label, §Page Ranges and §Ordinal Suffixes: numeric values, their forms,
the terms that label them, and page ranges in the style's page-range-format.
"""

from __future__ import annotations

import re
from typing import Any

from .context import Context
from .decorations import Renderer, decorate, formatting_of, strip_periods
from .locales import Locale
from .richtext import Node, Span, parse_field
from .textcase import apply_text_case
from .variables import counted_value, raw_value

# A numeric value: numbers with optional letter affixes, joined by "-", "–", "&" or ",".
NUMERIC = re.compile(r"^\s*[A-Za-z]?\d+[A-Za-z]*(?:\s*(?:[-–,&]|and)\s*[A-Za-z]?\d+[A-Za-z]*)*\s*$")
NUMBER_TOKEN = re.compile(r"\d+|[^\d]+")
MAX_DIGITS = 100
"""A run of digits longer than this is no page, volume or edition any book prints: it is
printed as written, never converted (Python's int() refuses over 4,300 digits)."""
PLURAL_SEPARATORS = re.compile(r"\d(?!\\-)[^\d]+\d")
# §Range delimiters: a range joins two numbers with the same prefix ("N110-N115", "8n11564-8n1568")
RANGE = re.compile(r"^(?P<start>(?P<prefix>(?:\S*[^\d\s-])?)\d+)\s*[-–]\s*(?P<end>(?P<end_prefix>(?:\S*[^\d\s-])?)\d+)$")
NUMBER_RANGE = re.compile(r"(\d)\s*(?<!\\)[-–]\s*(?=(\d))")
ROMAN_RANGE = re.compile(r"^([ivxlcdm]+|[IVXLCDM]+)\s*[-–]\s*([ivxlcdm]+|[IVXLCDM]+)$")
AMPERSAND = re.compile(r"(?<=\w)\s*&\s*(?=\w)")
PAGE_LIST_SEPARATOR = re.compile(r"(\s*,\s*|\s*&\s*)")
"""Between the pages or ranges of a list ("45, 47–49 & 52"), kept by the split."""
ROMAN = (("m", 1000), ("cm", 900), ("d", 500), ("cd", 400), ("c", 100), ("xc", 90), ("l", 50),
         ("xl", 40), ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))


def is_numeric(value: Any) -> bool:
    if isinstance(value, int):
        return True
    return bool(value) and bool(NUMERIC.match(str(value)))


def is_plural(value: Any) -> bool:
    text = str(value)
    return bool(PLURAL_SEPARATORS.search(text)) or bool(ROMAN_RANGE.match(text.strip()))


def roman(number: int) -> str:
    if number <= 0 or number >= 4000:
        return str(number)
    out = []
    for letters, amount in ROMAN:
        while number >= amount:
            out.append(letters)
            number -= amount
    return "".join(out)


def ordinal(number: int, locale: Locale, gender: str = "") -> str:
    """§Ordinal suffixes: the locale's ordinal-NN terms (gendered ones too), else "ordinal"."""
    return f"{number}{_ordinal_suffix(number, locale, gender) or ''}"


def _ordinal_suffix(number: int, locale: Locale, gender: str) -> str | None:
    last_two = number % 100
    candidates = []
    if last_two >= 10:
        candidates.append((f"ordinal-{last_two:02d}", "last-two-digits"))
    candidates.append((f"ordinal-{number % 10:02d}", "last-digit"))
    for name, default_match in candidates:
        term = locale.term(name, "long", gender)
        if term is None:
            continue
        match = term.match or default_match
        if match == "whole-number" and number != int(name[-2:]):
            continue
        if match == "last-two-digits" and last_two != int(name[-2:]):
            continue
        return term.single
    term = locale.term("ordinal-00", "long", gender)
    if term is not None and (term.match != "whole-number" or number == 0):
        return term.single
    term = locale.term("ordinal", "long", gender)
    return term.single if term else None


def long_ordinal(number: int, locale: Locale, gender: str = "") -> str:
    if 1 <= number <= 10:
        term = locale.term(f"long-ordinal-{number:02d}", "long", gender)
        if term is not None:
            return term.single
    return ordinal(number, locale, gender)


def format_number(text: str, form: str, locale: Locale, gender: str = "", dash: str = "–") -> str:
    """Each number in `text` in `form`; separators kept, "-" as the locale's range delimiter."""
    if form == "numeric":
        return _normalise_separators(text, dash)
    out = []
    written_ordinal = False
    for token in NUMBER_TOKEN.findall(_normalise_separators(text, dash)):
        if written_ordinal:  # "2nd" in an ordinal form: the form's suffix replaces the written one
            token = LETTERS.sub("", token, count=1)
        written_ordinal = False
        if token.isdigit() and len(token) <= MAX_DIGITS:
            number = int(token)
            if form == "ordinal":
                token = ordinal(number, locale, gender)
            elif form == "long-ordinal":
                token = long_ordinal(number, locale, gender)
            elif form == "roman":
                token = roman(number)
            written_ordinal = form in ("ordinal", "long-ordinal")
        out.append(token)
    return "".join(out)


LETTERS = re.compile(r"^[^\W\d_]+")


SEPARATOR = re.compile(r"\s*([-–,&])\s*")


def _normalise_separators(text: str, dash: str = "–") -> str:
    def replace(match: re.Match[str]) -> str:
        mark = match.group(1)
        if mark in "-–":
            return dash
        if mark == ",":
            return ", "
        return " & "
    return SEPARATOR.sub(replace, text)


def compile_number(element: Any, compiler: Any) -> Renderer:
    """`<number>`: a numeric variable in numeric, ordinal, long-ordinal or roman form."""
    name = element.get("variable")
    form = element.get("form", "numeric")
    locale = compiler.locale
    gender = compiler.term_gender(name)

    def render(ctx: Context) -> Node | None:
        text = counted_value(ctx, name)
        if text is None:
            return None
        if not is_numeric(text):
            return text
        if name == "page" and compiler.page_range_format:
            text = format_page_range(text, compiler.page_range_format, compiler.page_delimiter)
        if ctx.sorting:
            return "".join(f"{int(t):08d}" if t.isdigit() and len(t) <= MAX_DIGITS else t
                           for t in NUMBER_TOKEN.findall(text))
        return format_number(text, form, locale, gender, compiler.page_delimiter)
    return decorate(element, render, default_english=compiler.english)


def compile_label(element: Any, compiler: Any, names: bool = False) -> Renderer:
    """`<label>`: the term for a variable, singular or plural by its value (§Label)."""
    name = element.get("variable", "")
    form = element.get("form", "long")
    plural_rule = element.get("plural", "contextual")
    strip = element.get("strip-periods") == "true"
    locale = compiler.locale

    def term_for(term_name: str, plural: bool) -> str:
        text = locale.text(term_name, form, plural)
        return strip_periods(text) if strip else text

    def render(ctx: Context) -> Node | None:
        if name == "locator":
            value = str(ctx.cite.get("locator") or "").strip()
            term_name = ctx.cite.get("label") or "page"
            if term_name == "sub verbo":
                term_name = "sub-verbo"
        else:
            value = raw_value(ctx, name)
            term_name = name
        if value in ("", None):
            return None
        if plural_rule == "always":
            plural = True
        elif plural_rule == "never":
            plural = False
        elif name == "number-of-pages" or name == "number-of-volumes":
            plural = _count(value) > 1
        else:
            plural = is_plural(value)
        return term_for(term_name, plural) or None
    return decorate(element, render, default_english=compiler.english)


def _count(value: Any) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        return 2 if is_plural(value) else 1


def compile_page_variable(name: str, compiler: Any) -> Renderer:
    """`page` (in the style's page-range-format) or `locator`: ranges take the locale's
    page-range-delimiter; an escaped hyphen ("327\\-30") is kept as a hyphen."""
    style_format = compiler.page_range_format
    delimiter = compiler.page_delimiter
    and_symbol = compiler.locale.text("and", "symbol")

    def render(ctx: Context) -> Node | None:
        text = counted_value(ctx, name)
        if text is None:
            return None
        # a locator of pages is a page range too (as citeproc-js formats it)
        fmt = style_format if name == "page" or (ctx.cite.get("label") or "page") == "page" else ""
        if and_symbol and "&" in text:
            text = AMPERSAND.sub(f" {and_symbol} ", text)
        if fmt:
            text = format_page_range(text, fmt, delimiter)
        else:
            text = NUMBER_RANGE.sub(lambda m: m.group(1) + delimiter, text)
            text = ",".join(ROMAN_RANGE.sub(lambda m: m.group(1) + delimiter + m.group(2), part)
                            for part in text.split(","))
        text = text.replace("\\-", "-")
        return parse_field(text) if name == "locator" else text
    return render


def format_page_range(text: str, fmt: str, delimiter: str = "–") -> str:
    """§Page Ranges: "321-28" as expanded, minimal, minimal-two or chicago(-15/-16).

    A text without a hyphen or an en dash holds no range (RANGE and ROMAN_RANGE need
    one) and is returned as it is: most locators are one page ("45"), and a note's
    locator passes here each time it is rendered."""
    if "-" not in text and "–" not in text:
        return text
    parts = PAGE_LIST_SEPARATOR.split(text)
    out = []
    for part in parts:
        match = RANGE.match(part.strip())
        if not match:
            roman_range = ROMAN_RANGE.match(part.strip())
            out.append(roman_range.group(1) + delimiter + roman_range.group(2) if roman_range else part)
            continue
        start, end = match.group("start"), match.group("end")
        if match.group("prefix") != match.group("end_prefix"):  # not a range: the dash stays a hyphen
            out.append(f"{start}-{end}")
            continue
        out.append(start + delimiter + _range_end(start, end, fmt, len(match.group("prefix"))))
    return "".join(out)


def _range_end(start: str, end: str, fmt: str, prefix: int) -> str:
    first, last = start[prefix:], end[prefix:]
    if max(len(first), len(last)) > MAX_DIGITS:
        return end
    if len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    full = last
    if int(full) < int(first):
        return end
    if fmt == "expanded":
        return end[:prefix] + full
    if fmt == "minimal":
        return _minimal(first, full, 1)
    if fmt == "minimal-two":
        return _minimal(first, full, 2)
    if fmt.startswith("chicago"):
        return _chicago(first, full, fmt)
    return end


def _minimal(first: str, last: str, keep: int) -> str:
    if len(first) != len(last):
        return last
    index = 0
    while index < len(last) - keep and first[index] == last[index]:
        index += 1
    return last[index:]


def _chicago(first: str, last: str, fmt: str) -> str:
    number = int(first)
    if number < 100 or number % 100 == 0:
        return last
    if number % 100 < 10:
        return _minimal(first, last, 1)
    if fmt in ("chicago", "chicago-15") and len(first) == 4:
        trimmed = _minimal(first, last, 2)
        return last if len(trimmed) > 2 else trimmed
    return _minimal(first, last, 2)


def compile_label_for_names(element: Any, compiler: Any) -> Any:
    """`<label>` inside `<names>`: the role term, plural when the variable holds several names."""
    form = element.get("form", "long")
    plural_rule = element.get("plural", "contextual")
    strip = element.get("strip-periods") == "true"
    locale = compiler.locale
    prefix, suffix = element.get("prefix", ""), element.get("suffix", "")
    formatting = formatting_of(element)
    text_case = element.get("text-case")

    def label(variable: str, count: int, ctx: Context) -> Node | None:
        plural = plural_rule == "always" or (plural_rule == "contextual" and count > 1)
        text = locale.text(variable, form, plural)
        if strip:
            text = strip_periods(text)
        if not text:
            return None
        node: Node = apply_text_case(text, text_case) if text_case else text
        return Span([node], prefix=prefix, suffix=suffix, formatting=formatting)
    return label
