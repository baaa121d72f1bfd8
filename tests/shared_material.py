"""Where the read-only material beside the repository is: the external labelled sets,
the wild .bib files, the CSL test suite.

CI lays a copy of `shared/` beside its clone; a developer may point `BIBLIO_SHARED`
at it instead. Tests that need it skip, saying so, when it is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path | None:
    """The shared folder: `$BIBLIO_SHARED`, else `../shared` beside the repository."""
    configured = os.environ.get("BIBLIO_SHARED")
    candidate = Path(configured) if configured else ROOT.parent / "shared"
    return candidate if candidate.is_dir() else None


def require_shared(*parts: str) -> Path:
    """The path below the shared folder, or skip the test naming what is missing."""
    base = shared_dir()
    path = base.joinpath(*parts) if base else None
    if path is None or not path.exists():
        pytest.skip(f"shared material {'/'.join(parts)} is absent "
                    "(set BIBLIO_SHARED or lay shared/ beside the repository)")
    return path
