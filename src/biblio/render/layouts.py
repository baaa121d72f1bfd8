"""A style with locale-specific layouts, as plain CSL 1.0.2 for other processors.

The project's GOST style has one layout per language (CSL-M, run by Zotero's
citeproc-js and by biblio). Processors without layout locales cannot all cope:
citeproc-py reads the first layout, and pandoc (jgm/citeproc) refuses the style
("Multiple layout elements present in citation"). `single_layout` writes the style
with one layout per section — the default one, or one language's — which any CSL
1.0.2 processor runs: every item then takes the terms of that layout's locale.
"""

from __future__ import annotations

from pathlib import Path

from citeproc import PRIMARY_DIALECTS
from lxml import etree

from biblio.errors import StyleError
from biblio.render.engine import _layout_for, resolve_style
from biblio.render.elements import CSL_NS

_NS = {"cs": CSL_NS}


def single_layout(style: str | Path, language: str | None = None) -> str:
    """The style's XML keeping, in the citation and the bibliography, the layout for
    `language` ("en") or, without one, the default layout; the other layouts and the
    `locale` attribute are removed, comments kept. With a language, the style's
    default locale becomes that language's ("en" → "en-US")."""
    path = resolve_style(style)
    try:
        root = etree.parse(str(path), etree.XMLParser(no_network=True)).getroot()
    except (OSError, etree.XMLSyntaxError) as error:
        raise StyleError(f"cannot read the style: {error}", source=str(path)) from None
    for section in ("citation", "bibliography"):
        parent = root.find(f"cs:{section}", _NS)
        if parent is None:
            continue
        keep = _layout_for(parent, language.lower() if language else None)
        for layout in parent.findall("cs:layout", _NS):
            if layout is not keep:
                parent.remove(layout)
        keep.attrib.pop("locale", None)
    if language:
        primary = language.lower().split("-")[0]
        root.set("default-locale", language if "-" in language else
                 PRIMARY_DIALECTS.get(primary, primary))
    return '<?xml version="1.0" encoding="utf-8"?>\n' + etree.tostring(root, encoding="unicode") + "\n"
