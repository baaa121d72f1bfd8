"""CSL 1.0.2 §Locale files and §Terms: locale XML loaded once, terms looked up with form fallback.

The locale files are the CSL project's (github.com/citation-style-language/locales,
CC BY-SA 3.0), read at run time from the data the installed citeproc-py package ships.
A style's own `<locale>` elements override them (§Locale fallback).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from lxml import etree

from ...errors import StyleError

CSL_NS = "{http://purl.org/net/xbiblio/csl}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FORM_FALLBACK = {"verb-short": ("verb-short", "verb", "long"), "symbol": ("symbol", "short", "long"),
                 "short": ("short", "long"), "verb": ("verb", "long"), "long": ("long",)}


@dataclass(frozen=True, slots=True)
class Term:
    single: str
    multiple: str
    gender: str = ""
    match: str = ""


@dataclass(slots=True)
class Locale:
    """Merged terms, date formats and options for one language, highest priority first."""

    lang: str
    terms: dict[tuple[str, str, str], Term] = field(default_factory=dict)
    dates: dict[str, etree._Element] = field(default_factory=dict)
    options: dict[str, str] = field(default_factory=dict)

    def term(self, name: str, form: str = "long", gender_form: str = "") -> Term | None:
        for candidate in FORM_FALLBACK.get(form, (form, "long")):
            if gender_form:
                found = self.terms.get((name, candidate, gender_form))
                if found is not None:
                    return found
            found = self.terms.get((name, candidate, ""))
            if found is not None:
                return found
        return None

    def text(self, name: str, form: str = "long", plural: bool = False) -> str:
        found = self.term(name, form)
        if found is None:
            return ""
        return found.multiple if plural else found.single

    def absorb(self, element: etree._Element, override: bool) -> None:
        """Take the terms, dates and options of a `<locale>` element."""
        for child in element:
            tag = _tag(child)
            if tag == "style-options":
                for key, value in child.attrib.items():
                    if override or key not in self.options:
                        self.options[key] = value
            elif tag == "date":
                form = child.get("form", "")
                if override or form not in self.dates:
                    self.dates[form] = child
            elif tag == "terms":
                keep_ordinals = not override and self.has_ordinals()
                for term in child:
                    if _tag(term) != "term":
                        continue
                    key = (term.get("name", ""), term.get("form", "long"), term.get("gender-form", ""))
                    if not override and key in self.terms or keep_ordinals and is_ordinal(key[0]):
                        continue
                    self.terms[key] = _read_term(term)

    def has_ordinals(self) -> bool:
        return any(is_ordinal(name) for name, _, _ in self.terms)


def is_ordinal(name: str) -> bool:
    """§Ordinal Suffixes: "ordinal" and "ordinal-00" to "ordinal-99" are replaced as a set by a
    locale of higher priority, never merged term by term (a Russian "ordinal" with English
    "ordinal-03" from the fallback locale printed "3rd")."""
    return name == "ordinal" or name.startswith("ordinal-")


def _tag(element: etree._Element) -> str:
    tag = element.tag
    return tag[len(CSL_NS):] if isinstance(tag, str) and tag.startswith(CSL_NS) else str(tag)


def _read_term(element: etree._Element) -> Term:
    single = element.find(CSL_NS + "single")
    multiple = element.find(CSL_NS + "multiple")
    if single is None and multiple is None:
        text = element.text or ""
        return Term(text, text, element.get("gender", ""), element.get("match", ""))
    one = (single.text or "") if single is not None else ""
    many = (multiple.text or "") if multiple is not None else one
    return Term(one, many, element.get("gender", ""), element.get("match", ""))


@cache
def _locales_dir() -> Path:
    """The locale files of citeproc-py, found without importing the package: its
    __init__ imports its BibTeX reader and formatters (6 ms of every rendering process)
    that biblio never uses."""
    spec = find_spec("citeproc")
    if spec is None or not spec.submodule_search_locations:
        raise StyleError("the CSL locale files come with citeproc-py, which is not installed")
    directory = Path(spec.submodule_search_locations[0]) / "data" / "locales"
    if not directory.is_dir():  # a zipped install: every locale would be missing
        raise StyleError(f"citeproc-py's locale files are not in a directory ({directory})")
    return directory


@cache
def _primary_dialects() -> dict[str, str]:
    data = (_locales_dir() / "locales.json").read_text("utf-8")
    return dict(json.loads(data)["primary-dialects"])


def primary_dialect(language: str) -> str:
    """The locale a bare language stands for ("en" → "en-US", "fr" → "fr-FR"), per the CSL
    locales' own table; the language itself when the table has none."""
    return _primary_dialects().get(language, language)


@cache
def locale_file(lang: str) -> etree._Element | None:
    """The parsed CSL locale file for `lang` ("de-AT", "de"), or None."""
    path = _locales_dir() / f"locales-{lang}.xml"
    if not path.is_file():
        return None
    return etree.fromstring(path.read_bytes())


def _file_chain(lang: str) -> list[str]:
    primary = lang.split("-")[0]
    chain = [lang]
    dialect = _primary_dialects().get(primary)
    if dialect:
        chain.append(dialect)
    chain.append(primary)
    chain.append("en-US")
    return list(dict.fromkeys(chain))


@cache
def _files_locale(lang: str) -> Locale:
    """The terms of the locale files for `lang` and its fallbacks, read once per process."""
    locale = Locale(lang)
    for name in _file_chain(lang):
        element = locale_file(name)
        if element is not None:
            locale.absorb(element, override=False)
    return locale


def build_locale(lang: str, style_locales: list[Any]) -> Locale:
    """Terms for `lang`: the style's matching `<locale>`s first, then the locale files (§Locale fallback)."""
    primary = lang.split("-")[0]
    locale = Locale(lang)
    ordered = ([el for el in style_locales if el.get(XML_LANG) == lang]
               + [el for el in style_locales if el.get(XML_LANG) == primary and primary != lang]
               + [el for el in style_locales if el.get(XML_LANG) is None])
    for element in ordered:
        locale.absorb(element, override=False)
    files = _files_locale(lang)
    keep_ordinals = locale.has_ordinals()
    for table, inherited in ((locale.terms, files.terms), (locale.dates, files.dates),
                             (locale.options, files.options)):
        for key, value in inherited.items():
            if not (keep_ordinals and table is locale.terms and is_ordinal(key[0])):
                table.setdefault(key, value)  # type: ignore[attr-defined]
    if not locale.terms:
        raise StyleError(f"no CSL locale for language {lang!r}")
    return locale
