"""biblio.read / biblio.write: one call per format, as the CLI commands use them."""

from __future__ import annotations

import pytest

import biblio
from biblio.model import Document, Item, Name

BOOK = Item("shubin2004", "book", {"title": "Мир на краю бездны",
                                   "author": [Name(family="Шубин", given="А.В.")],
                                   "publisher-place": "Москва"})


def test_writing_a_document_to_an_item_format_writes_its_items() -> None:
    document = biblio.parse_footnotes(["Шубин А.В. Мир на краю бездны. М., 2004. С. 5."])
    text = biblio.write(document, "csljson")
    items = biblio.read(text, "csljson")
    assert isinstance(items, list)
    assert [item.id for item in items] == list(document.items)
    assert items[0]["title"] == "Мир на краю бездны"


def test_writing_items_as_a_document_gives_a_document_without_notes() -> None:
    document = biblio.read(biblio.write([BOOK], "document"), "document")
    assert isinstance(document, Document)
    assert document.notes == []
    assert document.items["shubin2004"] == BOOK


def test_biblatex_round_trip_through_the_api() -> None:
    assert biblio.read(biblio.write([BOOK], "biblatex"), "biblatex") == [BOOK]


def test_an_unknown_format_is_a_usage_error_naming_the_choices() -> None:
    with pytest.raises(biblio.UsageError, match="biblatex"):
        biblio.write([BOOK], "ris")


def test_the_package_gives_its_subpackages_and_names_when_first_asked_for() -> None:
    """`import biblio` loads its parts lazily (PEP 562), yet reads like an eager package:
    `biblio.formats` is the subpackage, `biblio.render` stays the function, and a name it
    does not have is an AttributeError."""
    import subprocess
    import sys

    code = ("import biblio, types; "
            "assert isinstance(biblio.formats, types.ModuleType); "
            "assert callable(biblio.render) and callable(biblio.read); "
            "import biblio.render.csl; assert callable(biblio.render); "
            "print(hasattr(biblio, 'no_such_name'))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"


def test_the_render_command_loads_no_bib_reader_until_a_bib_file_is_read() -> None:
    """The format registry imports a format's module at its first read or write: the
    render command, given an article, never loads bibtexparser nor the .bib field
    tables, and --version alone asks importlib.metadata; a .bib file is still read."""
    import subprocess
    import sys

    code = ("import sys, biblio.cli, biblio.cli.render; "
            "print(sorted(name for name in ('bibtexparser', 'biblio.formats.bibmapping', "
            "'biblio.formats.biblatex', 'importlib.metadata') if name in sys.modules)); "
            "from biblio.formats import FORMATS; "
            "items = FORMATS['biblatex'].read('@book{k, title = {T}, date = {2001}}'); "
            "print(items[0].id, 'bibtexparser' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.splitlines() == ["[]", "k True"]


def test_version_option_prints_the_installed_version(capsys) -> None:
    from biblio.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("biblio ")
