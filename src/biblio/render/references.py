"""biblio Items as citeproc-py References, every CSL 1.0.2 variable kept.

citeproc-py's own JSON reader knows only the name variables it lists (no
"compiler": the names became one string and rendering raised AttributeError), and
passed "circa" twice for an uncertain date; this conversion starts from the model.
"""

from __future__ import annotations

from typing import Any

from citeproc.source import Date as CslDate
from citeproc.source import DateRange, LiteralDate, Reference
from citeproc.source import Name as CslName
from citeproc.string import MixedString, NoCase, String

from biblio import markup
from biblio.formats.edtf import read_date
from biblio.model import Date, Item, Name
from biblio.numbers import whole_number
from biblio.render.others import MARK, ends_with_others
from biblio.render.output import BOLD, ITALIC, SMALL_CAPS, SUBSCRIPT, SUPERSCRIPT

_NOCASE_START, _NOCASE_END = '<span class="nocase">', "</span>"


def to_reference(item: Item, key: str = "item") -> Reference:
    """A citeproc-py Reference for `item`, every CSL 1.0.2 variable kept (citeproc-py's
    own JSON reader drops name variables it does not list, such as "compiler")."""
    reference = Reference(key, item.type)
    for variable, value in item.fields.items():
        python_key = variable.replace("-", "_")
        if isinstance(value, Date):
            converted = _date(value)
            if converted is not None:
                reference[python_key] = converted
        elif isinstance(value, list) and value and all(isinstance(n, Name) for n in value):
            names = [_name(name) for name in value]
            if ends_with_others(value):
                names[-1] = CslName(literal=MARK)
            reference[python_key] = names
        elif variable == "language":
            reference[python_key] = str(value)
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            reference[python_key] = _string(str(value))
    return reference


_MARKERS = {markup.ITALIC: ITALIC, markup.BOLD: BOLD, markup.SMALL_CAPS: SMALL_CAPS,
            markup.SUPERSCRIPT: SUPERSCRIPT, markup.SUBSCRIPT: SUBSCRIPT}


def rich_text(text: str) -> str:
    """CSL-JSON markup as biblio's output markers, so that "<i>Pravda</i>" prints in
    italics in HTML and Markdown and as "Pravda" in text; nocase spans are kept for
    `_string`, which protects them from text-case."""
    return markup.transform(text, _marked)


def _marked(tag: str, inner: str) -> str:
    if tag == markup.NOCASE:
        return markup.opening(tag) + inner + markup.closing(tag)
    start, end = _MARKERS[tag]
    return start + inner + end


def _string(text: str) -> String | MixedString:
    """Text with its markup read (`rich_text`) and `<span class="nocase">` parts
    protected from text-case."""
    text = rich_text(text)
    if _NOCASE_START not in text:
        return String(text)
    out = MixedString()
    rest = text
    while _NOCASE_START in rest:
        before, _, after = rest.partition(_NOCASE_START)
        protected, _, rest = after.partition(_NOCASE_END)
        if before:
            out += String(before)
        out += NoCase(protected)
    if rest:
        out += String(rest)
    return out


def _name(name: Name) -> CslName:
    parts = {"family": name.family, "given": name.given, "suffix": name.suffix,
             "dropping-particle": name.dropping_particle,
             "non-dropping-particle": name.non_dropping_particle}
    if name.literal is not None:
        return CslName(literal=name.literal)
    return CslName(**{key: value for key, value in parts.items() if value is not None})


def _date(date: Date) -> Any:
    """A citeproc-py date; parts without a numeric year are printed as written
    (citeproc-py's Date requires a year and raised TypeError for them)."""
    if date.raw is not None and not date.parts and date.literal is None:
        parsed = read_date(date.raw)  # "2012-05", "2005/2006": citeproc-js reads them too
        if parsed.parts:
            date = Date(parts=parsed.parts, circa=date.circa or parsed.circa,
                        season=date.season)
    circa = bool(date.circa)
    begin = _numeric_parts(date.parts[0]) if date.parts else None
    end = _numeric_parts(date.parts[1]) if len(date.parts) > 1 else None
    if begin and end:
        return DateRange(begin=CslDate(**begin), end=CslDate(**end), circa=circa)
    if begin and not (len(date.parts) > 1 and date.parts[1]):
        return CslDate(circa=circa, **begin) if circa else CslDate(**begin)
    text = date.literal or date.raw or "–".join(
        " ".join(str(value) for value in part) for part in date.parts if part)
    return LiteralDate(text, circa=circa) if text else None


MAX_DATE_PART = 99_999
"""Larger numbers are no year, month or day (a paste of digits): kept as text, since
citeproc-py would print them through int() again."""


def _numeric_parts(part: list[int | str]) -> dict[str, int]:
    """Year, month, day as numbers, up to the first part that is not one."""
    values: dict[str, int] = {}
    for key, value in zip(("year", "month", "day"), part):
        number = value if isinstance(value, int) else whole_number(str(value))
        if number is None or abs(number) > MAX_DATE_PART:
            break
        values[key] = number
    return values
