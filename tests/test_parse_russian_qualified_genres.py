"""Other title information that names the kind of document with words qualifying its
head (GOST 7.1-2003 clause 5.2.5 and GOST R 7.0.100-2018 clause 7.3.3, abbreviated per
GOST 7.0.12-2011): ": учебно-практическое пособие", ": гос. библиогр. указ. Рос.
Федерации", ": науч.-практ. и теорет. сб.", ": Учебно-справочное пособие по географии".
The genre goes to CSL `genre`, not the title; a subtitle whose head is no kind of
document stays in the title. Real forms from batch 10 of the Russian dev set (library
catalogue records and the National Library's reference service); the values were read
off the text by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

QUALIFIED = [
    ("Столяров, Ю. Н. Библиотечный фонд правовой документации: учебно-практическое "
     "пособие / Ю.Н. Столяров. - Москва : Либерея, 2003. - 254 с.",
     "Библиотечный фонд правовой документации", "учебно-практическое пособие"),
    ("Летопись журн. ст. : гос. библиогр. указ. Рос. Федерации / Рос. кн. палата. – М., "
     "1926-. – Еженед.", "Летопись журн. ст.", "гос. библиогр. указ. Рос. Федерации"),
    ("Библиотеки национальных академий наук: проблемы функционирования, тенденции развития : "
     "науч.-практ. и теорет. сб. Вып. 7 — Киев : [б. и.], 2009. — 384 с.",
     "Библиотеки национальных академий наук: проблемы функционирования, тенденции развития",
     "науч.-практ. и теорет. сб."),
    ("Родионова И. А. Экономическая география Российской Федерации : Учебно-справочное "
     "пособие по географии. - М. : Московский лицей, 2001. - 190, [2] с.: карт., рис.",
     "Экономическая география Российской Федерации",
     "Учебно-справочное пособие по географии"),
    # a law's commentary, DSTU 3582:2013 "комент.": a law journal's DSTU 8302:2015 examples
    # (dev set batch 27) and a Kharkiv university library's catalogue record
    ("Кузніченко С. О. Закон України “Про правовий режим надзвичайного стану” : "
     "наук.-практ. комент. / Одес. держ. ун-т внутр. справ. Харків : Право, 2015. 164 с.",
     "Закон України “Про правовий режим надзвичайного стану”", "наук.-практ. комент."),
    ("Воронова, Л. К. Бюджетний кодекс України [Текст] : наук.-практ. комент. : станом на 1 "
     "берез. 2011 р. / Нац. акад. правових наук України, Наук.-дослід. ін-т держ. будівництва "
     "та місцевого самоврядування НАПрН України ; за ред. Л. К. Воронової, М. П. Кучерявенка. "
     "— Х. : Право, 2011. — 606 с.", "Бюджетний кодекс України", "наук.-практ. комент."),
]


@pytest.mark.parametrize(("text", "title", "genre"), QUALIFIED)
def test_a_qualified_kind_of_document_is_the_genre(text: str, title: str, genre: str) -> None:
    fields = parse_reference(text).fields
    assert fields["title"] == title
    assert fields["genre"] == genre


def test_a_subtitle_whose_head_is_no_kind_of_document_stays_in_the_title() -> None:
    fields = parse_reference("Петров П. П. Россия : новые материалы к истории. М.: Наука, "
                             "2001.").fields
    assert fields["title"] == "Россия : новые материалы к истории"
    assert "genre" not in fields


def test_a_collection_the_cataloguer_names_in_brackets_leaves_the_host_title() -> None:
    # a reference list of an archaeology journal (dev set batch 6): "// … : [сборник]."
    fields = parse_reference(
        "Фурсова Е. Ф. История изучения восточных славян Западной Сибири и их этнографических "
        "групп / Е. Ф. Фурсова // Проблемы межэтнического взаимодействия в Сибири : "
        "[сборник]. Новосибирск, 2004. Вып. 2. С. 98-105").fields
    assert fields["container-title"] == "Проблемы межэтнического взаимодействия в Сибири"
    assert fields["publisher-place"] == "Новосибирск"


def test_a_collection_named_in_its_title_keeps_its_word() -> None:
    fields = parse_reference("Сборник задач по физике. М., 1990.").fields
    assert fields["title"] == "Сборник задач по физике"


def test_a_genre_after_a_title_closed_by_its_quotation_marks() -> None:
    """Informal notes close the title with quotation marks and go on with its other title
    information after a period (two history books of the dev set); words that are no
    genre stay in the title as printed."""
    for text, title, genre in (
            ("«Труд в СССР». Экономико-статистический справочник. М.—Л., 1932, стр. 21, 89.",
             "Труд в СССР", "Экономико-статистический справочник"),
            ("«О культуре театра и поисках нового». Сб. статей. – «Вопросы театра», ВТО, "
             "1965 г., стр. 46", "О культуре театра и поисках нового", "Сб. статей")):
        reference = parse_reference(text)
        assert (reference.fields["title"], reference.fields["genre"]) == (title, genre), text
    kept = parse_reference("«Мой Пушкин». Воспоминания о поэте. М., 1990.")  # made up
    assert kept.fields["title"] == "«Мой Пушкин». Воспоминания о поэте"
    assert "genre" not in kept.fields


def test_words_with_a_year_after_a_quoted_title_are_no_genre() -> None:
    # real: dev set batch 13 (a book on the 1920s), «М» without its period; the imprint
    # stays out of the genre, whichever reading takes it
    reference = parse_reference("«Восьмой Всероссийский Съезд Советов рабочих, крестьянских, "
                                "красноармейских и казачьих депутатов». Стенографический "
                                "отчет, М, 1921, стр. 174.")
    assert "1921" not in str(reference.fields.get("genre", ""))
    assert reference.fields["issued"].year == 1921
