"""A title that opens with a noun and the initials of the person it is about, the authors
named after «/»: no heading (biblio.parse.title_noun_headings). The form of a Ukrainian
repository's citation line in the dev set's batch 46 («Погляди П. М. Врангеля на сутність
та шляхи вирішення аграрного питання / С.В. Корновенко // Проблеми історії України …»), and
its Russian kin; values read by hand from the printed forms. A heading repeated after «/»,
or followed by a translator's statement, stays a heading."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "title", "family"), [
    ("Погляди П. М. Врангеля на сутність та шляхи вирішення аграрного питання / С.В. "
     "Корновенко // Проблеми історії України ХІХ – початку ХХ ст.: Зб. наук. пр. — 2011. — "
     "Вип. 18. — С. 270-276.",
     "Погляди П. М. Врангеля на сутність та шляхи вирішення аграрного питання", "Корновенко"),
    ("Взгляды П. Н. Милюкова на аграрный вопрос / С. В. Иванов // Вопросы истории. 2011. № "
     "5. С. 27-36.", "Взгляды П. Н. Милюкова на аграрный вопрос", "Иванов"),
    ("Деятельность П. А. Столыпина в Саратове / И. И. Сидоров. Саратов, 2001. 120 с.",
     "Деятельность П. А. Столыпина в Саратове", "Сидоров"),
    # the statement family first
    ("Реформы С. Ю. Витте / Петров П. П. — М. : Наука, 1998. — 200 с.",
     "Реформы С. Ю. Витте", "Петров"),
])
def test_the_noun_and_initials_open_the_title(text: str, title: str, family: str) -> None:
    fields = parse_reference(text).fields
    assert fields["title"] == title
    assert [name.family for name in fields["author"]] == [family]


@pytest.mark.parametrize(("text", "family", "title"), [
    # a heading without a Russian family's ending, repeated after «/»
    ("Блок А. А. Стихотворения / А. Блок. Л., 1955.", "Блок", "Стихотворения"),
    ("Гёте И. В. Фауст / И. В. Гете. М., 1960.", "Гёте", "Фауст"),
    # a translator's statement opens with its role word
    ("Гете И. В. Фауст / пер. Б. Пастернака. М., 1960. 600 с.", "Гете", "Фауст"),
    # a heading with a family's ending, whatever the statement
    ("Лотман Ю. М. Пушкин / Ю. М. Лотман. СПб., 1995.", "Лотман", "Пушкин"),
])
def test_a_heading_stays_a_heading(text: str, family: str, title: str) -> None:
    fields = parse_reference(text).fields
    assert fields["author"][0].family == family
    assert fields["title"] == title


@pytest.mark.parametrize(("text", "family"), [
    # the heading's initials in another order after «/», a given name of two letters
    ("Бараш Дж. П. Клиническая анестезиология / П. Дж. Бараш, Б. Ф. Куллен ; пер. с англ. "
     "под ред. В. Я. Родионова. – 3-е изд. – М. : Медицинская литература, 2004. – 592 с.",
     "Бараш"),
    # the statement misspelling the heading's family, with the same initials
    ("Иоффе О. С. Структурные подразделения системы права / О. С. Иофе // Ученые записки "
     "ВНИИСЗ. – М., 1968. – С. 54.", "Иоффе"),
])
def test_the_same_persons_initials_after_the_slash_keep_the_heading(text: str,
                                                                    family: str) -> None:
    assert parse_reference(text).fields["author"][0].family == family


def test_a_latin_heading_before_a_host_and_an_editor_after_slashes_stays() -> None:
    # the dev set's ru-fn-325 typed with a single slash before its host: the editor's
    # statement after the second slash is no statement of the work's authors
    fields = parse_reference("Clark K. Little Heroes and Big Deeds / Cultural Revolution in "
                             "Russia / Ed. S. Fitzpatrick. Bloomington, 1978. P. 189-206").fields
    assert fields["author"][0].family == "Clark"
