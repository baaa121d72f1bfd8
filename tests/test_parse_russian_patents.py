"""Patents and authors' certificates (GOST 7.1-2003 clause 7.1.5): the inventors after " /
", given-first and several, possibly with their country ("(СССР)"), and the official
bulletin the document was published in after "//" (GOST 7.1-84's form, which university
standards still print). Forms: a Belarusian university's standard (dev set batch 14), and
GOST 7.1-2003's example of an author's certificate (Ваулин, Кемайкин) with its elements put
in the title-first order the standard's patent example has; values read off by hand."""

from __future__ import annotations

from biblio.parse.gost import parse_reference


def test_an_authors_certificate_published_in_the_bulletin_has_its_page_there() -> None:
    reference = parse_reference(
        "Инерциальный волнограф: а. с. 1696865 СССР, МКИ5 О 01 С 13/00 / Ю.В. Дубинский, "
        "Н.Ю. Мордашова, А.В. Ференц; Казан, авиац. ин-т.— № 4497433; заявл. 24.10.88; "
        "опубл. 07.12.91 // Открытия. Изобрет. — 1991. — № 45. — С. 28.")
    fields = reference.fields
    assert reference.type == "patent"
    assert (fields["title"], fields["number"]) == ("Инерциальный волнограф", "1696865")
    assert [name.family for name in fields["author"]] == ["Дубинский", "Мордашова", "Ференц"]
    assert fields["issued"].parts == [[1991, 12, 7]]
    assert fields["container-title"].startswith("Открытия. Изобрет")
    assert (fields["issue"], fields["page"]) == ("45", "28")


def test_inventors_with_their_country_after_them() -> None:
    fields = parse_reference(
        "Устройство для захвата неориентированных деталей типа валов : а. с. 1007970 СССР, "
        "МКИ3 В 25 J 15/00 / В. С. Ваулин, В. Г. Кемайкин (СССР). – № 3360585/25-08 ; заявл. "
        "23.11.81 ; опубл. 30.03.83, Бюл. № 12. – 2 с. : ил.").fields
    assert [name.family for name in fields["author"]] == ["Ваулин", "Кемайкин"]
    assert fields["issued"].parts == [[1983, 3, 30]]
    assert fields["number-of-pages"] == "2"
    assert "container-title" not in fields  # "Бюл. № 12" is the note's, no "//"


def test_a_patent_holder_with_no_person_gives_no_author() -> None:
    fields = parse_reference(
        "Приемопередающее устройство: пат. 2187888 Рос. Федерация. № 2000131736/09; заявл. "
        "18.12.00; опубл. 20.08.02, Бюл. № 23 (II ч.). 3 с.").fields
    assert "author" not in fields and fields["number"] == "2187888"
