"""Who published or annotated a document, named after the cite's page
(biblio.parse.pinpoint_statements, session 32).

The notes are dev references from three sources (a book on the symbolists, my-library.info;
a memoir's notes and a poet's collected works, bibliboba), each checked by hand against the
note as printed: the page is the cite's locator, the statement kept in `note` as printed,
the rest read as before.
"""

from __future__ import annotations

from typing import Any

import pytest

from biblio import parse_footnotes
from biblio.formats.csljson import item_to_json
from biblio.parse.pinpoint_statements import statement_after_pinpoint


def _cite(text: str) -> tuple[dict[str, Any], str | None]:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return item_to_json(document.items[cite.item]), cite.locator


@pytest.mark.parametrize(("text", "title", "locator", "note"), [
    # ru-fn-1267: after « / », «Публ.» and the publisher in the genitive
    ("Писатели символистского круга: Новые материалы. СПб., 2003. С. 449 / Публ. О. А. "
     "Кузнецовой", "Писатели символистского круга: Новые материалы", "449",
     "Публ. О. А. Кузнецовой"),
    # ru-fn-432: after a comma, «публикация» written out
    ("«Встречи с прошлым». Вып. 3. М., 1980. С. 415-416, публикация Е. Лямкиной",
     "Встречи с прошлым", "415-416", "публикация Е. Лямкиной"),
    # ru-fn-749: in parentheses, «публ. и коммент.»; a lead-in before the work
    ("С исправленными чтениями: Сохрани мою речь. М., 2000. Вып. 3, ч. 1. С. 17 (публ. и "
     "коммент. А. А. Морозова).", "Сохрани мою речь", "17", "публ. и коммент. А. А. Морозова"),
    # ru-fn-747: after a comma, «в коммент.» and two names
    ("Тыняновский сб.: Шестые — седьмые — восьмые тыняновские чтения. М., 1998. Вып. 10. "
     "С. 558, в коммент. А. Г. Меца и Р. Д. Тименчика к публ. воспоминаний О. Н. Арбениной",
     "Тыняновский сб.: Шестые — седьмые — восьмые тыняновские чтения", "558",
     "в коммент. А. Г. Меца и Р. Д. Тименчика к публ. воспоминаний О. Н. Арбениной"),
])
def test_the_page_before_the_statement_is_the_locator(text: str, title: str, locator: str,
                                                      note: str) -> None:
    item, found = _cite(text)
    assert (item["title"], found, item["note"]) == (title, locator, note)


def test_a_document_in_a_yearbook_keeps_its_host() -> None:
    # ru-fn-1266: a letter in «Литературное наследство», its publisher after the pages
    item, found = _cite("См. письмо Брюсова к З. Н. Гиппиус от 18 июня (н. ст.) 1907 г. // "
                        "Литературное наследство. Т. 85: Валерий Брюсов. М., 1976. "
                        "С. 698–699 / Публ. А. Н. Дубовикова.")
    assert (item["container-title"], item["volume"], found) == \
        ("Литературное наследство", "85", "698–699")
    assert item["note"] == "Публ. А. Н. Дубовикова"


def test_a_statement_in_its_own_place_or_without_a_role_word_is_not_taken() -> None:
    # GOST's own place, after the title (the «/ Публ. С. В. Зыковой» of ROLE_TERMS)
    assert statement_after_pinpoint(
        "Письма / Публ. С. В. Зыковой // Новый мир. 1990. № 5. С. 12.") is None
    # a commentary after the page that names no publication («… с неверной датой»)
    assert statement_after_pinpoint("Рус Ст, 1884, No 5, с. 400, с неверной датой") is None
    # no page before the statement: an imprint's year
    assert statement_after_pinpoint("Сборник. М., 1990 / Публ. И. Иванова") is None
