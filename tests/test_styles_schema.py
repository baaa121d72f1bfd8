"""The project's styles are CSL 1.0.2, checked against the schema citeproc-py ships.

The one extension allowed is the CSL-M locale-specific layout (`<layout
locale="en">` beside the default layout; CSL schema issue #63): each style is
validated once per layout language with only that language's layouts kept, which
is what biblio's citeproc-py wrapper sees and what `biblio.render.layouts.
single_layout` writes for processors without layout locales (pandoc).
"""

from __future__ import annotations

from pathlib import Path

import citeproc
import pytest
from lxml import etree

STYLES = sorted((Path(__file__).parents[1] / "styles").glob("*.csl"))
NS = {"cs": "http://purl.org/net/xbiblio/csl"}


@pytest.fixture(scope="module")
def schema() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(citeproc.SCHEMA_PATH))


def layout_languages(root: etree._Element) -> list[str | None]:
    languages = {lang for layout in root.iterfind(".//cs:layout[@locale]", NS)
                 for lang in layout.get("locale").split()}
    return [None, *sorted(languages)]


def keep_layouts_of(root: etree._Element, language: str | None) -> etree._Element:
    copy = etree.fromstring(etree.tostring(root))
    for section in copy.iterfind("cs:citation", NS), copy.iterfind("cs:bibliography", NS):
        for parent in section:
            layouts = parent.findall("cs:layout", NS)
            keep = next((layout for layout in layouts
                         if language in layout.get("locale", "").split()), None)
            keep = keep if keep is not None else next(
                layout for layout in layouts if layout.get("locale") is None)
            for layout in layouts:
                if layout is not keep:
                    parent.remove(layout)
            keep.attrib.pop("locale", None)
    return copy


def test_the_project_ships_its_two_styles():
    assert {path.name for path in STYLES} >= {"gost-r-7-0-5-2008-notes.csl",
                                              "chicago-notes-bibliography-17.csl"}


@pytest.mark.parametrize("path", STYLES, ids=lambda path: path.name)
def test_style_is_valid_csl_for_every_layout_language(path, schema):
    root = etree.parse(str(path)).getroot()
    for language in layout_languages(root):
        variant = keep_layouts_of(root, language)
        assert schema.validate(variant), f"{path.name} [{language}]: {schema.error_log}"


@pytest.mark.parametrize("path", STYLES, ids=lambda path: path.name)
def test_the_default_layout_comes_last(path):
    """citeproc-js takes the layout without `locale` as the fallback; keep it last,
    as CSL-M writes it, so that every processor finds it."""
    root = etree.parse(str(path)).getroot()
    for parent in root.iterfind("cs:citation", NS), root.iterfind("cs:bibliography", NS):
        for section in parent:
            layouts = section.findall("cs:layout", NS)
            assert layouts[-1].get("locale") is None
            assert all(layout.get("locale") for layout in layouts[:-1])


def test_the_extension_is_what_the_schema_rejects(schema):
    """The check can fail: the GOST style as written (several layouts) is not CSL 1.0.2."""
    root = etree.parse(str(Path(__file__).parents[1] / "styles" / "gost-r-7-0-5-2008-notes.csl"))
    assert not schema.validate(root)
