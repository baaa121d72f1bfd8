"""Role words of a statement of responsibility that the tables lacked (session 27).

Several roles of the same names joined by commas and a conjunction (GOST 7.1-2003 clause
5.2.5's "сост., вступ. ст. и коммент. Б. Хеллмана"; DSTU 3582:2013 "та"), an editorial
board cut as "ред. кол.", the Ukrainian "Ред.-упоряд." (редактор-упорядник) and the role
written out ("Главный редактор"). Real forms: the dev rows named in each test and the
standard's example; values read off by hand.
"""

from __future__ import annotations

import pytest

from biblio.model import OTHERS
from biblio.parse import parse_footnotes
from biblio.parse.dropped_words import dropped_words


def _item(text: str):
    document = parse_footnotes([text])
    (item,) = document.items.values()
    return item, document


@pytest.mark.parametrize(("text", "variable", "families", "note"), [
    # dev ru-fn-877 (batch 9), a published diary: the editor who compiled it
    ("Дневник и переписка великого князя Михаила Александровича: 1915–1918 / отв. ред. и "
     "сост. В.М. Хрусталёв. – М.: ПРОЗАиК, 2012. – С. 45–47.",
     "editor", ["Хрусталёв"], "отв. ред. и сост."),
    # dev ru-gost-674 (batch 16), a Ukrainian anthology of music: compiled and annotated
    ("Ой тужила : укр. нар. пісня : обр. для хору [Текст] // Хрестоматія української "
     "дожовтневої музики : Ч. 2 : учбовий посібник для консерваторій та муз. уч. / упоряд. та "
     "комент. О. Я. Шреєр-Ткаченко. — 2-е вид. випр. та доп. — К. : Муз.Україна, 1976. — "
     "С.78-79.", "compiler", ["Шреєр-Ткаченко"], "упоряд. та комент."),
    # GOST 7.1-2003 clause 5.2.5's example (its "при участии Р. Дэвиса" left out): three
    # roles, the names in the case of the last ("коммент. кого"), read back (Бен Хеллман)
    ("Мы, русские беженцы в Финляндии... [Текст] : публицистика (1919—1921) / А. И. Куприн ; "
     "сост., вступ. ст. и коммент. Б. Хеллмана. – СПб. : Наука, 2001.",
     "compiler", ["Хеллман"], "сост., вступ. ст. и коммент."),
])
def test_joint_role_words_give_the_names_the_first_role_and_keep_the_rest(
        text: str, variable: str, families: list[str], note: str) -> None:
    item, document = _item(text)
    assert [name.family for name in item[variable]] == families
    assert note in item["note"]
    assert not document.notes[0].leftover


def test_an_editor_who_translated_is_an_editor_translator() -> None:
    """"ред. и пер." as "ed. and transl. by" is read; the names in the genitive of "пер."."""
    item, _ = _item("Записки / ред. и пер. А. Б. Смирнова. – М. : Наука, 1999. – 222 с.")
    assert [name.family for name in item["editor-translator"]] == ["Смирнов"]


def test_roles_with_no_csl_variable_keep_the_whole_statement() -> None:
    """"предисл. и коммент.": no name variable, the statement whole in note."""
    item, _ = _item("Слово о полку Игореве / предисл. и коммент. Д. С. Лихачева. – М. : "
                    "Худож. лит., 1999. – 222 с.")
    assert item["note"] == "предисл. и коммент. Д. С. Лихачева"
    assert "editor" not in item.fields and "author" not in item.fields


@pytest.mark.parametrize(("text", "families"), [
    # dev ru-fn-1761 (batch 25): a conference's proceedings, the board cut "ред. кол."
    ("Кулешов Вяч. С. Фрагменты генеалогии правителей Волжской Булгарии X века // "
     "Вспомогательные исторические дисциплины в современном научном знании: мат-лы XXXII "
     "Международной научной конференции, Москва, 11–12 апреля 2019 г. / ред. кол.: С. В. "
     "Зверев и др. М.: ИВИ РАН, 2019. С. 235–238.", ["Зверев", OTHERS]),
    # dev ru-fn-1409 (batch 19): a Ukrainian yearbook's editors-compilers
    ("Якимчук, Олена Музичне життя Луганська 20-х років ХХ століття9за матеріалами архівних "
     "джерел того часу [Текст] / Олена Якимчук // Науковий вісник НМАУ ім. П.І.Чайковського : "
     "Вип. 67: Музична культура України 20-30-х років ХХ століття: тенденції і напрямки / "
     "Ред.-упоряд. М.М. Скорик, О.А. Портянко. — К., 2008. — С.328-337.",
     ["Скорик", "Портянко"]),
    # dev ru-gost-395 (batch 10): an atlas's chief editor, the role written out
    ("Образование СССР. Национально-государственное строительство в 1922 - 1936 гг. // "
     "История России. Атлас. / Главный редактор Н.Н. Полункина. - М., ФГУП ПКО "
     "\"Картография\", 2004. - С.39.", ["Полункина"]),
])
def test_board_and_editor_words_the_tables_lacked(text: str, families: list[str]) -> None:
    item, document = _item(text)
    assert [name.family or name.literal for name in item["editor"]] == families
    assert "редактор" not in dropped_words(document.notes[0], document)


def test_a_consonant_type_surname_after_pod_red_is_read_back() -> None:
    """dev ru-fn-1391 (batch 17): "под ред.: В.И. Голубовича" is Голубович, the author of
    the same book; "Бохана" after the genitive role is Бохан (Ю. Бохан, a co-author of
    the Belarusian history course in test_parse_russian_soviet_imprints; session 30)."""
    item, _ = _item("История Беларуси в контексте мировых цивилизаций: учебно е пособие / "
                    "В.И. Голубович [и др.]; под ред.: В.И. Голубовича, Ю.М. Бохана. – Минск: "
                    "Экоперспектива, 2008. – 464 с. – С. 36 – 5 6 ;")
    assert [name.family for name in item["editor"]] == ["Голубович", "Бохан"]
