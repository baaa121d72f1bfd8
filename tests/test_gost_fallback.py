"""The GOST style in processors without locale-specific layouts.

citeproc-py, run plainly (its own parser, no biblio wrapper), reads the first
layout of a section; every layout of the GOST style prints the same macro, so it
renders every item in the default locale's (Russian) terms. pandoc (jgm/citeproc)
refuses a style with several layouts (2.17 prints them all); `single_layout` writes
the one it can run.
"""

from __future__ import annotations

from pathlib import Path

import citeproc
import pytest
from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON
from lxml import etree

import biblio
from biblio.errors import StyleError
from biblio.model import Cite, Document, Note
from biblio.render.layouts import single_layout
from test_gost_kinds import ITEMS, item

STYLE = Path(__file__).parents[1] / "styles" / "gost-r-7-0-5-2008-notes.csl"
NS = {"cs": "http://purl.org/net/xbiblio/csl"}
RUSSIAN = [key for key, fields in ITEMS.items() if fields["language"] == "ru"]
PLAIN = [key for key in ITEMS if key != "conference-ru"]
"""Plain citeproc-py 0.11 raises TypeError on a date range within one month written
in a macro ("12–14 мая 2005"), in any style; biblio corrects it (test_render_engine)."""


def plain_citeproc_py(style: Path, keys: list[str]) -> tuple[list[str], list[str]]:
    """First notes (page 5) and the bibliography, by citeproc-py without biblio."""
    source = CiteProcJSON([{"id": key, **ITEMS[key]} for key in keys])
    bibliography = CitationStylesBibliography(CitationStylesStyle(str(style), validate=False),
                                              source, formatter.plain)
    citations = [Citation([CitationItem(key, locator=citeproc.Locator("page", "5"))])
                 for key in keys]
    for citation in citations:
        bibliography.register(citation)
    notes = [str(bibliography.cite(citation, lambda item: None)) for citation in citations]
    return notes, [str(entry) for entry in bibliography.bibliography()]


def biblio_notes(keys: list[str]) -> list[str]:
    """biblio's first notes with nothing prepared that plain citeproc-py cannot do."""
    document = Document(notes=[Note(n=n, cites=[Cite(key, locator="5", label="page")])
                               for n, key in enumerate(keys, 1)],
                        items={key: item(key) for key in keys})
    return biblio.render(document, style="gost", places="full", movenames=False).notes


def test_plain_citeproc_py_renders_russian_sources_as_biblio_does():
    """Plain citeproc-py lacks the archival "Там же" seam and a few corrections biblio
    makes (docs/rendering.md); Russian books, articles and theses come out alike, but
    for editors and translators, whose names biblio declines ("под ред. В.Н. Сухова")."""
    keys = [key for key in RUSSIAN if ITEMS[key]["type"] in ("book", "thesis",
                                                             "article-newspaper")
            and not {"editor", "translator"} & ITEMS[key].keys()]
    assert keys  # books and theses by their authors are left to compare
    notes, entries = plain_citeproc_py(STYLE, keys)
    assert notes == biblio_notes(keys)
    assert len(entries) == len(keys)


def test_plain_citeproc_py_renders_every_kind_in_the_default_terms():
    notes, entries = plain_citeproc_py(STYLE, PLAIN)
    assert len(notes) == len(PLAIN) and all(notes) and len(entries) == len(PLAIN)
    english = dict(zip(PLAIN, notes))["journal-en"]
    assert english == ("Carley M. J. A Soviet eye // Diplomacy & Statecraft. 2006. Т. 17, № 2. "
                       "С. 5.")


def test_the_single_layout_style_is_plain_csl_with_one_layout_per_section(tmp_path):
    written = tmp_path / "gost-single.csl"
    written.write_text(single_layout("gost"), encoding="utf-8")
    root = etree.parse(str(written)).getroot()
    schema = etree.RelaxNG(etree.parse(citeproc.SCHEMA_PATH))
    assert schema.validate(root), schema.error_log
    for section in ("citation", "bibliography"):
        layouts = root.findall(f"cs:{section}/cs:layout", NS)
        assert len(layouts) == 1 and layouts[0].get("locale") is None
    assert plain_citeproc_py(written, PLAIN) == plain_citeproc_py(STYLE, PLAIN)


def test_a_single_layout_style_for_one_language_takes_its_terms(tmp_path):
    written = tmp_path / "gost-en.csl"
    written.write_text(single_layout("gost", "en"), encoding="utf-8")
    assert etree.parse(str(written)).getroot().get("default-locale") == "en-US"
    notes, _ = plain_citeproc_py(written, ["journal-en"])
    assert notes == ["Carley M. J. A Soviet eye // Diplomacy & Statecraft. 2006. Vol. 17, "
                     "Issue 2. P. 5."]


def test_a_style_that_cannot_be_read_is_a_style_error(tmp_path):
    broken = tmp_path / "broken.csl"
    broken.write_text("<style", encoding="utf-8")
    with pytest.raises(StyleError, match="cannot read"):
        single_layout(broken)
