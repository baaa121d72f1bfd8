"""styles/ (at the repository root) is found from a checkout, an editable install and
a wheel: src/biblio/styles links to ../../styles, and package data ships
biblio/styles/*.csl in the wheel (checked by building one: docs/rendering.md)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from biblio.render import styles

ROOT = Path(__file__).parents[1]


def test_style_names_resolve_to_the_repository_styles():
    for name, filename in styles.STYLE_FILES.items():
        path = styles.resolve_style(name)
        assert path.name == filename
        assert path.resolve() == (ROOT / "styles" / filename).resolve()


def test_the_package_links_to_the_root_styles_directory():
    link = ROOT / "src" / "biblio" / "styles"
    assert link.is_symlink() and link.resolve() == (ROOT / "styles").resolve()


def test_package_data_ships_the_styles_in_a_wheel():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "styles/*.csl" in config["tool"]["setuptools"]["package-data"]["biblio"]


def test_a_path_to_any_csl_file_is_a_style(tmp_path):
    copy = tmp_path / "mine.csl"
    copy.write_bytes((ROOT / "styles" / "gost-r-7-0-5-2008-notes.csl").read_bytes())
    assert styles.resolve_style(str(copy)) == copy
