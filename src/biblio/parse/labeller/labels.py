"""The labels the labeller gives tokens, and the CSL variables they stand for."""

from __future__ import annotations

NAME_LABELS = ("author", "editor", "translator")
TEXT_LABELS = (
    "title", "container-title", "collection-title", "publisher", "publisher-place",
    "volume", "issue", "page", "edition", "genre", "note", "archive", "archive_location",
)
OTHER_LABELS = ("date", "url", "doi", "isbn", "locator", "other")
LABELS = NAME_LABELS + TEXT_LABELS + OTHER_LABELS

VARIABLE_OF_LABEL = {
    **{label: label for label in NAME_LABELS + TEXT_LABELS},
    "date": "issued", "url": "URL", "doi": "DOI", "isbn": "ISBN",
}
"""Label → CSL variable; "locator" is the cite's, "other" is punctuation and markers."""

LABEL_OF_VARIABLE = {variable: label for label, variable in VARIABLE_OF_LABEL.items()}
