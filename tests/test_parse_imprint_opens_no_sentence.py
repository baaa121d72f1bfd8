"""A place the tables abbreviate, then its year or its publisher, opens no sentence: in a
note of commentary the sentence cut leaves a reference's imprint with its title, so that
a reference after a pinpoint and a clause of prose ending in a lead-in is read whole
(biblio.parse.commentary.PLACE_THEN_IMPRINT; a review's find, 2026-12-07: «Записки.»
and «М., 1991.» came back as two comments). The imprints are GOST 7.1-2003's publication
area as Russian notes print it: a place and its year, a place and its publisher after a
colon, two places parted by «;»; the pinpoints typed close («Гл.2.», «С.5.») or spaced."""

from __future__ import annotations

import pytest

from biblio.parse import parse_note
from biblio.parse.commentary import sentences

NOTES = [
    ("См.: Иванов И. И. Очерки. М., 1990. Гл.2. О том же см.: Петров П. П. Записки. М., 1991.",
     "О том же", "Записки", "Москва"),
    ("См.: Иванов И. И. Очерки. М., 1990. Гл. 2. О том же см.: Петров П. П. Записки. М., 1991.",
     "О том же", "Записки", "Москва"),
    ("См.: Иванов И. И. Очерки. М., 1990. С.5. О том же периоде см.: Петров П. П. Записки. "
     "М.; Л., 1991.", "О том же периоде", "Записки", "Москва; Ленинград"),
    ("См.: Иванов И. И. Очерки. М., 1990. С. 5. Об этом см.: Сидоров С. С. История. "
     "СПб.: Наука, 1995.", "Об этом", "История", "Санкт-Петербург"),
]


@pytest.mark.parametrize("text, prose, title, place", NOTES)
def test_a_reference_after_a_pinpoint_and_a_lead_in_is_read_whole(
        text: str, prose: str, title: str, place: str) -> None:
    references = parse_note(text)
    first, second = [reference for reference in references if reference.kind == "work"]
    assert (first.fields["title"], first.fields["author"][0].family) == ("Очерки", "Иванов")
    # the clause of prose is kept: a comment of its own, or the second cite's prefix
    kept = [reference.text for reference in references if reference.kind == "comment"]
    assert kept == [prose] or (not kept and second.prefix == f"{prose} см.:")
    assert second.fields["title"] == title
    assert second.fields["publisher-place"] == place
    assert second.fields["issued"].parts[0][0] in (1991, 1995)


@pytest.mark.parametrize("imprint", ["М., 1991.", "СПб.: Наука, 1991.", "М.; Л., 1950.",
                                     "P.: Payot, 1990.", "L., 2002."])
def test_an_imprint_stays_with_its_title(imprint: str) -> None:
    assert sentences(f"Прочее. Иванов И. И. Записки. {imprint}") == \
        ["Прочее.", f"Иванов И. И. Записки. {imprint}"]


def test_a_sentence_opening_with_an_initial_is_still_cut() -> None:
    # a place's letter without its year or publisher is no imprint: «М. Горький» opens one
    assert sentences("Так писал автор. М. Горький ответил ему.") == \
        ["Так писал автор.", "М. Горький ответил ему."]
