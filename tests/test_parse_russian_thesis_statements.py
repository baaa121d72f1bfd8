"""A thesis whose genre is the statement written out, as notes outside the library
standards print it ("Диссертация на соискание ученой степени кандидата исторических
наук"), and an encyclopedia's language mark before a note ("(ru)"). Real forms from the
dev set (batch 6) and the GOST 7.1 guides (batch 5); values read off the text by hand."""

from __future__ import annotations

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
