"""A scholarly kind of work, qualified, after the title's period where GOST 7.1-2003 clause
5.2.5 would print " : ": «Історичний нарис», «Историко-юридическое исследование»,
«Хронологічний довідник», «Неопубликованная статья», abbreviated or not. The title keeps
only the title proper and the kind is the genre, as the dev set's rules of annotation have
it; the values were read off the texts by hand. Real forms from four sources of the
Russian dev set: a Ukrainian article's notes on Leontovych's choir (batch 20), a book on
the patriarchates (booksonline), a biography of Khrushchev (bubooker), a Ukrainian thesis
service's reference list (isdiplom)."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

KINDS = [
    ("Бондаренко Ю.П. Нотатки до створення мандрівної капели «Думки», фундовані на "
     "оригінальних документах та історичних розкладках. Іст. нарис. — Вінниця, [б. р.]. — "
     "Машинопис.",
     "Нотатки до створення мандрівної капели «Думки», фундовані на оригінальних документах "
     "та історичних розкладках", "Іст. нарис"),
    ("Гидулянов П.В. Восточные патриархи в период четырех первых Вселенских Соборов. Из "
     "истории развития церковно-правительственной власти. Историко-юридическое "
     "исследование. С. 379, 381.",
     "Восточные патриархи в период четырех первых Вселенских Соборов. Из истории развития "
     "церковно-правительственной власти", "Историко-юридическое исследование"),
    ("ВерстюкВ.Ф., ДзюзаО.М., РепринцевВ.Ф. Україна від найдавніших часів до сьогодення. "
     "Хронологічний довідник. – К.: Наукова думка, 1995. – 688 с.",
     "Україна від найдавніших часів до сьогодення", "Хронологічний довідник"),
    ("Барсуков Н. А.Аналитическая записка: позиция послесталинского руководства в "
     "отношении политических репрессий 30–40-х и начала 50-х годов. Неопубл. статья. С. "
     "28–29.",
     "Аналитическая записка: позиция послесталинского руководства в отношении политических "
     "репрессий 30–40-х и начала 50-х годов", "Неопубл. статья"),
]


@pytest.mark.parametrize(("text", "title", "genre"), KINDS)
def test_a_qualified_kind_after_the_period_is_the_genre(text: str, title: str,
                                                       genre: str) -> None:
    fields = parse_reference(text).fields
    assert fields["title"] == title
    assert fields["genre"] == genre


def test_a_title_whose_second_sentence_names_a_description_keeps_it() -> None:
    # GOST 7.1-2003's own title: "описание" is no kind of work here
    fields = parse_reference("ГОСТ 7.1-2003. Библиографическая запись. Библиографическое "
                             "описание. М., 2004").fields
    assert fields["title"] == "Библиографическая запись. Библиографическое описание"
    assert "genre" not in fields


def test_a_name_before_the_period_stays_in_the_title() -> None:
    # only the first word of the kind may be capitalised: "Е. Салтыкова-Щедрина." is no
    # qualifier of "очерк"
    fields = parse_reference("Иванов И. И. Жизнь М. Е. Салтыкова-Щедрина. Исторический "
                             "очерк. М., 1950.").fields
    assert fields["title"] == "Жизнь М. Е. Салтыкова-Щедрина"
    assert fields["genre"] == "Исторический очерк"
