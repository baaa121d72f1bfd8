"""A review described as GOST 7.1-2003 describes it: an article whose note area names the
reviewed work after «Рец. на кн.:» (or «Rev. op.:» in Latin script), with that work's own
imprint. The two forms are the standard's own examples as a standards site quotes them
(dev set batch 14, dnaop 68711); the values were read off the text by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

RUSSIAN = ("Из истории белого движения [Текст] / К. Александров // Мир библиографии. — 1988. "
           "— № 2. — С. 94—95. — Рец. на кн.: Библиографический справочник высших чинов "
           "Добровольческой армии и Вооруженных сил Юга России : (материалы к истории белого "
           "движения) / Н. Н. Рутыч. — М. : Regnum : Рос. архив, 1997. — 295 с.")
ENGLISH = ("[Review] [Text] / Andrew Wilson // Solanus. — 2001. — Vol. 15. — P. 157—158. — "
           "Rev. op.: Independent Ukraine : a bibliographical guide to English-language "
           "publications, 1989—1999 / Bohdan S. Winar. — Englewood : Ukr. Acad. Press, 2000. "
           "— XIV, 552 p.")


def test_the_review_keeps_its_journal_and_the_reviewed_book_its_own_imprint() -> None:
    reference = parse_reference(RUSSIAN)
    fields = reference.fields
    assert reference.type == "review-book"
    assert [name.family for name in fields["author"]] == ["Александров"]
    assert fields["title"] == "Из истории белого движения"
    assert fields["container-title"] == "Мир библиографии"
    assert fields["issued"].parts[0][0] == 1988  # the review's year, not the book's 1997
    assert (fields["issue"], fields["page"]) == ("2", "94—95")
    assert fields["reviewed-title"] == ("Библиографический справочник высших чинов "
                                        "Добровольческой армии и Вооруженных сил Юга России : "
                                        "(материалы к истории белого движения)")
    assert [name.family for name in fields["reviewed-author"]] == ["Рутыч"]
    assert "publisher" not in fields  # Regnum is the book's, kept in the note
    assert fields["note"].startswith("Рец. на кн.: Библиографический справочник")
    assert fields["note"].endswith("1997. — 295 с.")


def test_the_latin_script_term_names_the_reviewed_work_too() -> None:
    reference = parse_reference(ENGLISH)
    fields = reference.fields
    assert reference.type == "review-book"
    assert fields["container-title"] == "Solanus"
    assert (fields["volume"], fields["page"]) == ("15", "157—158")
    assert fields["issued"].parts[0][0] == 2001
    assert fields["medium"] == "Text"  # "[Text]", GOST 7.1's general designation
    assert fields["reviewed-title"].startswith("Independent Ukraine : a bibliographical guide")
    assert [name.family for name in fields["reviewed-author"]] == ["Winar"]


@pytest.mark.parametrize("text", [
    # a reviewer among the statements of responsibility (GOST 7.0.12 "рец."): no review
    "Теория права : учеб. пособие / А. В. Иванов ; рец.: Б. Г. Петров. — Москва : Наука, "
    "2010. — 200 с.",
    # an article whose title speaks of a review
    "Петров И. И. Рецензия на книгу как жанр // Вопросы литературы. — 2001. — № 3. — "
    "С. 5—9.",
])
def test_without_the_note_term_nothing_is_a_review(text: str) -> None:
    reference = parse_reference(text)
    assert reference.type != "review-book" and "reviewed-title" not in reference.fields
