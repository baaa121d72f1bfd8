"""An author–year list's entry opens with the key the text cites, then a dash and the
description; the key is the reference's lead-in, the description is read as GOST's. The
form is written down as a rule in the rules for authors of «Философические письма.
Русско-европейский диалог» («каждая запись состоит из двух частей: затекстовая отсылка …
и через тире — библиографическое описание»), and the two positive forms below are that
page's own examples (batch 38, ru-gost-1401 and 1402). The negative forms are real
references of other sources in which a year before a dash belongs to the title or to the
host (the notes of a history of the Great Reforms, a regional journal's running line, an
atlas map's caption); the values were read off the text by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference
from biblio.parse.list_keys import list_key

KEYED = [
    ("Замраева, 2014 — Замраева Е.И. «Украинская проблема» в русле евразийской концепции "
     "Н.С. Трубецкого // Политика и безопасность. 2014. № 4 (28). С. 31–36.",
     "Замраева, 2014", "Замраева",
     "«Украинская проблема» в русле евразийской концепции Н.С. Трубецкого"),
    ("Эткинд, 2013 — Эткинд А. Хлыст: Секты, литература и революция / изд. 2-е, сокр. "
     "М.: Новое литературное обозрение, 2013. 642 с.",
     "Эткинд, 2013", "Эткинд", "Хлыст: Секты, литература и революция"),
]


@pytest.mark.parametrize(("text", "key", "family", "title"), KEYED)
def test_the_key_before_the_dash_is_the_lead_in_and_the_description_is_read(
        text: str, key: str, family: str, title: str) -> None:
    reference = parse_reference(text)
    assert reference.prefix == key
    assert [name.family for name in reference.fields["author"]] == [family]
    assert reference.fields["title"] == title


def test_the_edition_printed_after_the_slash_is_reported_not_lost() -> None:
    reference = parse_reference(KEYED[1][0])
    assert reference.fields["publisher"] == "Новое литературное обозрение"
    assert [leftover.text for leftover in reference.leftover] == ["изд. 2-е, сокр"]


NOT_KEYED = [
    "Христофоров И.А. «Аристократическая» оппозиция Великим реформам (конец 1850 — середина "
    "1870-х гг.). М., 2002.",
    "Вестник Челябинского государственного университета // 2007 - №3 - С. 115-122",
    "Образование СССР. Национально-государственное строительство в 1922 - 1936 гг. // "
    "История России. Атлас.",
]


@pytest.mark.parametrize("text", NOT_KEYED)
def test_a_year_before_a_dash_is_no_key_unless_the_description_repeats_it(text: str) -> None:
    assert list_key(text) is None


def test_the_key_must_open_with_the_word_the_description_opens_with() -> None:
    assert list_key("Эткинд, 2013 — Эткиндов А. Хлыст. М., 2013.") is None
    assert list_key("Эткинд, 2013 — Эткинд А. Хлыст. М., 2013.")["lead"] == "Эткинд, 2013"
