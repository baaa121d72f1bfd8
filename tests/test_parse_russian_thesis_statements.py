"""A thesis whose genre is the statement written out, as notes outside the library
standards print it ("Диссертация на соискание ученой степени кандидата исторических
наук"), and an encyclopedia's language mark before a note ("(ru)"). Real forms from the
dev set (batch 6) and the GOST 7.1 guides (batch 5); values read off the text by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

SOSNOVSKIKH = (
    "(ru) Сосновских Е. Г., Трансформация государственно-конфессиональных отношений в "
    "1985—1997 гг. (на материалах Челябинской области). Диссертация на соискание ученой "
    "степени кандидата исторических наук. — Челябинск, 2014. — С. 138—139. Режим доступа: "
    "http://www.susu.ru/ru/dissertation/d-21229813/sosnovskih-elena-gennadevna")


def test_the_statement_written_out_is_the_genre_of_a_thesis() -> None:
    reference = parse_reference(SOSNOVSKIKH)
    assert reference.type == "thesis"
    assert reference.fields["genre"] == \
        "Диссертация на соискание ученой степени кандидата исторических наук"
    assert reference.fields["publisher-place"] == "Челябинск"
    assert reference.locator == "138—139"


def test_the_language_mark_is_a_lead_in() -> None:
    reference = parse_reference(SOSNOVSKIKH)
    assert reference.prefix == "(ru)"
    assert reference.fields["author"][0].family == "Сосновских"


def test_the_abbreviated_genre_still_reads() -> None:
    reference = parse_reference(
        "Кобелев О. А. Развитие электронной коммерции в России (управленческий аспект) : дис. "
        "... д-ра экон. наук : 08.00.05 / О. А. Кобелев ; Моск. межд. высш. школа бизнеса "
        "\"МИРБИС\". - Москва, 2003. - 315 с.")
    assert reference.type == "thesis"
    assert reference.fields["genre"] == "дис. ... д-ра экон. наук"


ODNOROZHENKO = ("Однороженко О. Державна і земельна геральдика і сфрагістика Війська "
                "Запорізького. Дисертація ... кандидата історичних наук.- Харків, 2003.- C.7-8.")


def test_a_ukrainian_thesis_statement_written_out() -> None:
    """Batch 11 (a study of Cossack heraldry): "Дисертація ... кандидата історичних наук"
    is the genre of a thesis, as its Russian "Диссертация" is."""
    reference = parse_reference(ODNOROZHENKO)
    fields = reference.fields
    assert (reference.type, fields["genre"], reference.locator) == \
        ("thesis", "Дисертація ... кандидата історичних наук", "7-8")
    assert fields["title"] == "Державна і земельна геральдика і сфрагістика Війська Запорізького"


@pytest.mark.parametrize(("text", "title", "genre"), [
    ("Белозеров, И. В. Религиозная политика Золотой Орды на Руси в XIII–XIV вв. : специальность "
     "07.00.02 «Отечественная история» : диссертация на соискание ученой степени кандидата "
     "исторических наук / Белозеров Иван Валентинович ; Вологодский государственный "
     "педагогический университет, Московский государственный университет им. М. В. Ломоносова. "
     "– Москва, 2002. – 215 с. – Библиогр.: с. 202–213. – Текст : непосредственный.",
     "Религиозная политика Золотой Орды на Руси в XIII–XIV вв.",
     "диссертация на соискание ученой степени кандидата исторических наук"),
    ("Глухов, В. А. Исследование, разработка и построение системы электронной доставки "
     "документов в библиотеке : специальность 05.25.05 «Информационные системы и процессы, "
     "правовые аспекты информатики» : автореферат диссертации на соискание ученой степени "
     "кандидата технических наук / Глухов Вадим Александрович ; Государственная публичная "
     "научно-техническая библиотека. – Новосибирск, 2000. – 18 с. – Место защиты: Ин-т "
     "вычислит. технологий СО РАН. – Текст : непосредственный.",
     "Исследование, разработка и построение системы электронной доставки документов в "
     "библиотеке",
     "автореферат диссертации на соискание ученой степени кандидата технических наук"),
    # the same form with a code of the 2021 nomenclature (constructed on the examples)
    ("Иванов, И. И. Земство : специальность 5.6.1. Отечественная история : автореферат "
     "диссертации на соискание ученой степени кандидата исторических наук / Иванов Иван "
     "Иванович. – Москва, 2022. – 24 с.", "Земство",
     "автореферат диссертации на соискание ученой степени кандидата исторических наук"),
])
def test_the_named_speciality_before_a_thesis_genre_leaves_the_title(
        text: str, title: str, genre: str) -> None:
    """GOST R 7.0.100-2018's own examples of a thesis and its abstract print the speciality
    with its name in quotes before the genre; it goes to `note`, not the title."""
    fields = parse_reference(text).fields
    assert fields["title"] == title
    assert fields["genre"] == genre
    assert "специальность" in fields["note"]
