"""The GOST style, unchanged, in citeproc-js (Zotero's processor).

Zotero users install styles/gost-r-7-0-5-2008-notes.csl as it is; citeproc-js runs
its locale-specific layouts (CSL-M), so English, French and German sources get
their own terms there too. The items are given to citeproc-js as biblio prepares
them (places abbreviated, short titles, four or more authors after "/"), so the
notes must be biblio's, except for what biblio does around the style:

- "Там же. Д. 432. Л. 139." for the next file of one fond, and a container named
  by its main title once described: switched off here (options `archive_ibid`,
  `short_containers`);
- a range's dash in a locator ("169—172" → "169–172"): biblio prepares the locators
  it gives citeproc-js as it prepares the items;
- every note begins with a capital ("Du Réau E."): applied to citeproc-js's notes;
- citeproc-js joins a name particle with a no-break space ("du Réau") and keeps the
  period after a short title's "…" ("influences…. P. 118"): normalised.

Skipped unless BIBLIO_CITEPROC_JS names a node_modules holding `citeproc`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

import biblio
from biblio.formats import document as document_json
from biblio.formats.csljson import item_to_json
from biblio.model import Cite, Document, Item, Note
from biblio.render import gost
from citeproc_js import cite_json, needs_citeproc_js, run
from test_gost_kinds import ITEMS, item

pytestmark = needs_citeproc_js

STYLE = Path(__file__).parents[1] / "styles" / "gost-r-7-0-5-2008-notes.csl"
CSL = "http://purl.org/net/xbiblio/csl"
GOLD = Path(__file__).parent / "data" / "gold.json"
WITHOUT_WRAPPER = {"archive_ibid": False, "short_containers": False}

CITEPROC_JS_ONLY = {
    # citeproc-js drops the space before an et-al term that does not begin with a
    # letter (a rule made for Chinese "等"): GOST writes "А.А. Иванов [и др.]".
    "J. Martin [et al.]": "J. Martin[et al.]",
    # citeproc-js takes "3-е изд., испр. и доп." for a number (CSL 1.0.2: numeric
    # content "solely consists of numbers", with affixes and , - & between them) and
    # adds the ordinal and the term to it; citeproc-py prints it as written.
    "3-е изд., испр. и доп.": "3-е-е изд., испр. и доп. изд.",
}
"""biblio's text → what citeproc-js prints instead, where citeproc-js departs from GOST."""


def normalised(text: str) -> str:
    """citeproc-js's note as biblio would print it (see the module docstring)."""
    return gost.capitalize_note(text.replace("\u00a0", " ").replace("….", "…"))


def zotero(document: Document, workdir: Path, **options: object):
    """citeproc-js's notes and entries, the style edited as the options ask."""
    chosen = gost.GostOptions.from_options(options)
    prepared = {key: item_to_json(gost.prepare_item(it, chosen))
                for key, it in document.items.items()}
    notes = [[cite_json(c.item, c.locator and gost.range_dashes(c.locator, chosen), c.label)
              for c in note.cites] for note in document.notes]
    return run(tweaked(chosen, workdir), prepared, notes, workdir)


def tweaked(options: gost.GostOptions, workdir: Path) -> Path:
    """The style file with the options' attribute edits, as a Zotero user would make them."""
    tweaks = options.style_tweaks()
    if not tweaks:
        return STYLE
    root = etree.parse(str(STYLE)).getroot()
    for element, attribute, old, new in tweaks:
        for node in root.iter(f"{{{CSL}}}{element}"):
            if old is None or node.get(attribute) == old:
                node.set(attribute, new)
    path = workdir / "gost-tweaked.csl"
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8"))
    return path


def biblio_in_citeproc_js_terms(text: str) -> str:
    for ours, theirs in CITEPROC_JS_ONLY.items():
        text = text.replace(ours, theirs)
    return text


def kinds_document() -> Document:
    """Every kind of test_gost_kinds cited twice (the second time "Там же"/"Ibid.")."""
    items = {key: item(key) for key in ITEMS}
    notes: list[Note] = []
    for key, it in items.items():
        label = "folio" if it.type == "manuscript" else "page"
        for locator in ("5", "6"):
            notes.append(Note(n=len(notes) + 1, cites=[Cite(key, locator=locator, label=label)]))
    return Document(notes=notes, items=items)


def test_the_sample_notes_are_biblios(tmp_path):
    document = document_json.read(GOLD.read_text(encoding="utf-8"))
    theirs = zotero(document, tmp_path)
    ours = biblio.render(document, style="gost", **WITHOUT_WRAPPER)
    assert [normalised(note) for note in theirs.notes] == ours.notes


def test_the_journal_form_is_the_style_with_its_attribute_edits(tmp_path):
    """preset="journal" is made of CSL: the style with the preset's edits renders the
    sample in citeproc-js as biblio does (the closed ellipsis normalised as above)."""
    document = document_json.read(GOLD.read_text(encoding="utf-8"))
    theirs = zotero(document, tmp_path, preset="journal")
    ours = biblio.render(document, style="gost", preset="journal", **WITHOUT_WRAPPER)
    assert [normalised(note) for note in theirs.notes] == ours.notes
    assert "РГАСПИ, ф. 558, оп. 11, д. 185, л. 65—70." in ours.notes


def test_every_kind_renders_as_in_biblio_with_the_terms_of_its_language(tmp_path):
    document = kinds_document()
    theirs = zotero(document, tmp_path)
    ours = biblio.render(document, style="gost", **WITHOUT_WRAPPER)
    assert [normalised(note) for note in theirs.notes] == \
        [biblio_in_citeproc_js_terms(note) for note in ours.notes]
    keys = [note.cites[0].item for note in document.notes]
    first = dict(zip(keys[::2], theirs.notes[::2]))
    again = dict(zip(keys[1::2], theirs.notes[1::2]))
    assert "/ hrsg. von H. Schmidt, K. Braun. B., 1990. S. 5." in first["chapter-de"]  # de layout
    assert "2e éd. P., 1957" in first["edition-fr"]  # fr layout
    assert again["journal-en"] == "Ibid. P. 6."  # en layout, "Ibid." with its own period
    assert again["thesis-ru"] == "Там же. С. 6."  # the default layout


def test_the_bibliography_puts_sources_first_then_cyrillic_then_latin(tmp_path):
    document = kinds_document()
    theirs = [normalised(entry) for entry in zotero(document, tmp_path).bibliography]
    ours = biblio.render(document, style="gost").bibliography
    assert sorted(theirs) == sorted(biblio_in_citeproc_js_terms(entry) for entry in ours)
    assert theirs[0].startswith("Письмо М.М. Литвинова")
    cyrillic = ["\u0400" <= entry[0] <= "\u04ff" for entry in theirs]
    assert cyrillic == sorted(cyrillic, reverse=True)


def test_items_as_zotero_holds_them_render_without_errors(tmp_path):
    """Unprepared data (full places, no short titles, four authors in `author`)."""
    document = document_json.read(GOLD.read_text(encoding="utf-8"))
    raw = {key: item_to_json(it) for key, it in document.items.items()}
    raw["four"] = item_to_json(Item("four", "book", item("four-fr").fields))
    notes = [[cite_json(c.item, c.locator, c.label) for c in note.cites]
             for note in document.notes] + [[cite_json("four", "5")]]
    output = run(STYLE, raw, notes, tmp_path)
    assert len(output.notes) == len(notes) and all(output.notes)
    assert output.notes[3] == "Шубин А. В. Мир на краю бездны. Москва, 2004. С. 169—172."
    # the heading keeps three names (GOST 4.10 moves the fourth and later after "/",
    # which biblio does; Zotero data goes to the processor as it is) and closes with
    # the heading's period (GOST 7.1-2003, 4: a period separates heading and title);
    # citeproc-js sets the et-al term without its space
    assert output.notes[-1] == "Martin J., Bernard P., Durand L.[et al.]. Histoire de la " \
                               "France. Paris, 2001. P. 5."
    assert len(output.bibliography) == len(raw)


@pytest.mark.parametrize("language", ["en", "fr", "de", "it"])
def test_a_locale_layout_gives_its_own_terms(tmp_path, language):
    """The same book in each language: terms of that language, Russian by default;
    Italian, with no layout of its own, the English layout's (its locale list)."""
    fields = {"type": "book", "title": "Werke", "volume": "2", "publisher-place": "Wien",
              "issued": {"date-parts": [[1950]]}}
    items = {"ru": {"id": "ru", "language": "ru", **fields},
             language: {"id": language, "language": language, **fields}}
    output = run(STYLE, items, [[cite_json("ru", "3")], [cite_json(language, "3")]], tmp_path)
    expected = {"en": "Werke. Vol. 2. Wien, 1950. P. 3.", "fr": "Werke. T. 2. Wien, 1950. P. 3.",
                "de": "Werke. Bd. 2. Wien, 1950. S. 3.", "it": "Werke. Vol. 2. Wien, 1950. P. 3."}
    assert output.notes == ["Werke. Т. 2. Wien, 1950. С. 3.", expected[language]]
