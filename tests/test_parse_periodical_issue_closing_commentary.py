"""A periodical's issue in parentheses closing a sentence of commentary, as the editors'
notes of Soviet collected works cite where a document was published: «… направил его
членам Политбюро … («Вопросы Истории КПСС», 1960, № 3, стр. 125-126).» (batch 46, the
notes of Lenin's Complete Works, vol. 54). The parenthesis is the reference, the sentence
the note's commentary; the issue dated and numbered, or a newspaper's by its day; values
read by hand."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.model import Date


@pytest.mark.parametrize(("text", "title", "issued", "issue", "locator"), [
    ("Ленин написал об этом Молотову («Вопросы истории КПСС», 1960, № 3, стр. 125-126).",
     "Вопросы истории КПСС", [1960], "3", "125-126"),
    ("Об этом сообщала тогда печать («Правда», 1937, 12 июля).", "Правда", [1937, 7, 12],
     None, None),
    ("Письмо было опубликовано позднее («Исторический архив», 1962, № 2, с. 45).",
     "Исторический архив", [1962], "2", "45"),
])
def test_the_parenthesis_is_the_periodicals_issue(text: str, title: str, issued: list[int],
                                                  issue: str | None,
                                                  locator: str | None) -> None:
    document = parse_footnotes([text])
    note = document.notes[0]
    (cite,) = note.cites
    fields = document.items[cite.item].fields
    assert (fields["title"], fields["issued"], fields.get("issue"), cite.locator) == (
        title, Date(parts=[issued]), issue, locator)
    assert note.comment
