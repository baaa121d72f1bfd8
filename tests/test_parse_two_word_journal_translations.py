"""A romanized journal's English translation of two words in brackets, before the comma
of its year (biblio.parse.choice._without_translations): a note, not part of the
journal's name; a two-word description in brackets before a period (APA's "[Motion
picture].") stays the genre."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes


@pytest.mark.parametrize(("text", "journal", "translation"), [
    # an article on Shmelev in a literary-studies journal (poetica.pro, batch 25)
    ("Ginzburg L. Zapisi 20—30 godov [Notes of the 1920s—1930s]. Novyy mir [New world], "
     "1992, no. 6, pp. 144—186.", "Novyy mir", "New world"),
    # an archaeology article's references (globalauthorid, Beisenov)
    ("Vaynshteyn S.I., 1976. Problemy istorii zhilishcha stepnyh kochevnikov Evrazii "
     "[Problems of the History of the Dwelling of the Steppe nomads of Eurasia]. Sovetskaya "
     "Etnografiya [Soviet Ethnography], no. 4, pp. 42-62.", "Sovetskaya Etnografiya",
     "Soviet Ethnography"),
])
def test_the_journal_loses_its_translation_to_the_note(
        text: str, journal: str, translation: str) -> None:
    document = parse_footnotes([text])
    item = document.items[document.notes[0].cites[0].item]
    assert item.fields["container-title"] == journal
    assert translation in item.fields["note"]


def test_an_apa_description_before_a_period_stays_the_genre() -> None:
    """AnyStyle's core set (anystyle-core-0632)."""
    document = parse_footnotes([
        "Davidson, J. (Director). (1999). B. F. Skinner: A fresh appraisal [Motion picture]. "
        "United States: Davidson Studio."])
    item = document.items[document.notes[0].cites[0].item]
    assert item.fields["genre"] == "Motion picture"
