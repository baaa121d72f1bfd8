"""`biblio style`: the style files as shipped, and the single-layout copy for pandoc.

pandoc's citeproc reads one layout per section: pandoc 2.17 prints every layout of
the GOST style one after another, later versions refuse it ("Multiple layout
elements present in citation"). The single-layout copy in styles/ is what pandoc
users install; it must stay equal to what `single_layout` writes from the main file.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from biblio.cli import main
from biblio.render.layouts import single_layout

STYLES = Path(__file__).parents[1] / "styles"
GOST = STYLES / "gost-r-7-0-5-2008-notes.csl"
SINGLE = STYLES / "gost-r-7-0-5-2008-notes-single-layout.csl"
NS = {"cs": "http://purl.org/net/xbiblio/csl"}


def test_style_writes_the_shipped_file(capsys: pytest.CaptureFixture) -> None:
    assert main(["style", "gost"]) == 0
    assert capsys.readouterr().out == GOST.read_text(encoding="utf-8")


def test_the_shipped_single_layout_copy_is_up_to_date() -> None:
    assert SINGLE.read_text(encoding="utf-8") == single_layout("gost"), (
        "regenerate: biblio style gost --single-layout -o " + str(SINGLE.relative_to(STYLES.parent)))


@pytest.mark.parametrize("language, locale", [(None, "ru-RU"), ("en", "en-US")])
def test_single_layout_keeps_one_layout_per_section(tmp_path: Path, language: str | None,
                                                    locale: str) -> None:
    out = tmp_path / "one.csl"
    args = ["style", "gost", "--single-layout", "-o", str(out)]
    assert main(args + (["--language", language] if language else [])) == 0
    root = etree.parse(str(out)).getroot()
    for section in ("citation", "bibliography"):
        layouts = root.findall(f"cs:{section}/cs:layout", NS)
        assert len(layouts) == 1 and "locale" not in layouts[0].attrib
    assert root.get("default-locale") == locale
    original = etree.parse(str(GOST)).getroot().findtext("cs:info/cs:id", namespaces=NS)
    assert root.findtext("cs:info/cs:id", namespaces=NS) != original


def test_language_without_single_layout_is_an_error(capsys: pytest.CaptureFixture) -> None:
    assert main(["style", "gost", "--language", "en"]) == 1
    assert "--single-layout" in capsys.readouterr().err


def test_an_unknown_style_is_an_error(capsys: pytest.CaptureFixture) -> None:
    assert main(["style", "no-such-style"]) == 1
    assert "unknown style" in capsys.readouterr().err


PANDOC = shutil.which("pandoc")


@pytest.mark.skipif(PANDOC is None, reason="pandoc is not installed")
def test_pandoc_renders_the_single_layout_copy(tmp_path: Path) -> None:
    """Notes by GOST R 7.0.5-2008: the first full with the pinpoint "С. 5" (Russian
    terms, 8.3), the next on the same work "Там же. С. 7." (8.5–8.6)."""
    items = [{"id": "shubin2004", "type": "book", "language": "ru",
              "author": [{"family": "Шубин", "given": "А.В."}],
              "title": "Мир на краю бездны", "publisher-place": "М.",
              "issued": {"date-parts": [[2004]]}}]
    (tmp_path / "refs.json").write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "doc.md").write_text("А[@shubin2004, с. 5]. Б[@shubin2004, с. 7].\n",
                                     encoding="utf-8")
    result = subprocess.run(
        [PANDOC, "--citeproc", "-M", "lang=ru-RU", "--bibliography", "refs.json",
         "--csl", str(SINGLE), "doc.md", "-t", "plain", "--wrap=none"],
        cwd=tmp_path, capture_output=True, text=True, timeout=60, env=os.environ)
    assert result.returncode == 0, result.stderr
    notes = [line for line in result.stdout.splitlines() if line.startswith("[")]
    assert notes == ["[1] Шубин А. В. Мир на краю бездны. М., 2004. С. 5.",
                     "[2] Там же. С. 7."]


def test_style_text_is_the_api_of_the_command() -> None:
    import biblio

    assert biblio.style_text("gost") == GOST.read_text(encoding="utf-8")
    assert biblio.style_text("gost", single=True) == SINGLE.read_text(encoding="utf-8")
    with pytest.raises(biblio.UsageError):
        biblio.style_text("gost", language="en")
