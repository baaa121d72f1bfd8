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


def test_a_patent_cited_by_its_number_alone() -> None:
    """The prior art of Russian patent descriptions (patenton.ru, RU2569726C1 and
    RU2251227C1) and an English translation's list (dev set batch 16): no title, the kind
    and country, the number, the class, the date; values read off by hand."""
    bracketed = parse_reference("[Пат. РФ №2381042, кл. A61N 1/16, G12B 17/02. Опубл. 10.02.2010]")
    assert bracketed.type == "patent"
    assert bracketed.fields["number"] == "2381042"
    assert bracketed.fields["issued"].parts == [[2010, 2, 10]]
    assert "A61N 1/16" in bracketed.fields["note"]  # the class is kept, not lost
    certificate = parse_reference("Авт. свид. №131005, опубл. в БИ №16, 1960 г.")
    assert (certificate.type, certificate.fields["number"]) == ("patent", "131005")
    assert certificate.fields["issued"].parts == [[1960]]
    english = parse_reference("V. T. Minakov et al., RF Patent No. 2220169 (Dec. 27, 2003).")
    assert english.type == "patent" and english.fields["number"] == "2220169"
    assert [name.family for name in english.fields["author"]] == ["Minakov"]
    assert english.fields["issued"].parts == [[2003, 12, 27]]
    single = parse_reference("A. Yu. Isaev, RF Patent No. 2558103 (July 27, 2015).")
    assert [(name.family, name.given) for name in single.fields["author"]] == \
        [("Isaev", "A. Yu.")]


def test_a_title_on_patents_is_no_patent() -> None:
    reference = parse_reference("Patent medicine and the law. London, 1990.")
    assert reference.type != "patent" and "number" not in reference.fields
