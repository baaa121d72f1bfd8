"""Patents and authors' certificates (GOST 7.1-2003 clause 7.1.5): the inventors after " /
", given-first and several, possibly with their country ("(СССР)"), and the official
bulletin the document was published in after "//" (GOST 7.1-84's form, which university
standards still print). Forms: a Belarusian university's standard (dev set batch 14), and
GOST 7.1-2003's example of an author's certificate (Ваулин, Кемайкин) with its elements put
in the title-first order the standard's patent example has; values read off by hand."""

from __future__ import annotations

import pytest

from biblio.model import OTHERS, Name
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
    assert english.fields["author"] == [Name(family="Minakov", given="V. T."), Name(literal=OTHERS)]
    assert english.fields["issued"].parts == [[2003, 12, 27]]
    single = parse_reference("A. Yu. Isaev, RF Patent No. 2558103 (July 27, 2015).")
    assert [(name.family, name.given) for name in single.fields["author"]] == \
        [("Isaev", "A. Yu.")]


@pytest.mark.parametrize(("text", "country", "number"), [
    ("[Пат. РФ №2381042, кл. A61N 1/16, G12B 17/02. Опубл. 10.02.2010]", "РФ", "2381042"),
    ("Авт. свид. СССР № 131005, опубл. в БИ № 16, 1960 г.", "СССР", "131005"),
    ("Патент России № 2045678.", "России", "2045678"),
])
def test_the_country_of_a_patent_cited_by_its_number_is_kept(
        text: str, country: str, number: str) -> None:
    """The country that granted a patent cited by its number alone («Пат. РФ №…»,
    «Авт. свид. СССР №…») is kept in `note`, as the title form keeps «Респ. Беларусь»
    after «пат. 6210»; it was dropped silently."""
    reference = parse_reference(text)
    assert (reference.type, reference.fields["number"]) == ("patent", number)
    assert reference.fields["note"].split(",")[0] == country


def test_a_title_on_patents_is_no_patent() -> None:
    reference = parse_reference("Patent medicine and the law. London, 1990.")
    assert reference.type != "patent" and "number" not in reference.fields


def test_a_patent_described_under_its_heading() -> None:
    """The kind, number, country and class head the description, the title follows
    (GOST 7.1-84's "описание под заголовком", kept by GOST 7.1-2003 annex A): a publishing
    dictionary's entry on the author's certificate (dev set batch 27) and the standard's
    patent as a university's list of materials quotes it; values read off by hand."""
    certificate = parse_reference(
        "А. с. 1254421 СССР, МКИ G03G15/00. Электрографический микрофильмирующий аппарат.")
    assert certificate.type == "patent"
    assert certificate.fields["title"] == "Электрографический микрофильмирующий аппарат"
    assert certificate.fields["number"] == "1254421"
    assert "МКИ G03G15/00" in certificate.fields["note"]  # the class is kept, not lost
    inventor = parse_reference(
        "А. с. 1254421 СССР, МКИ G03G15/ 00. Электрографический микрофильмирующий аппарат / "
        "Арутюнов А. Г. (СССР).")
    assert [(name.family, name.given) for name in inventor.fields["author"]] == \
        [("Арутюнов", "А. Г.")]
    patent = parse_reference(
        "Пат. 2187888 Российская Федерация, МПК Н 04 В 1/38, Н 04 J 13/00. Приемопередающее "
        "устройство [Текст] / Чугаева В.И.; заявитель и патентообладатель Воронеж. "
        "науч.-исслед. ин-т связи. -  № 2000131736/09; заявл. 18.12.00; опубл. 20.08.02, "
        "Бюл. № 23 (II ч.). – 3 с.")
    fields = patent.fields
    assert (patent.type, fields["title"], fields["number"]) == \
        ("patent", "Приемопередающее устройство", "2187888")
    assert fields["medium"] == "Текст"  # "[Текст]" is the medium, not the title's
    assert [name.family for name in fields["author"]] == ["Чугаева"]
    assert fields["issued"].parts == [[2002, 8, 20]]
    assert fields["number-of-pages"] == "3"


def test_the_kind_capitalized_after_the_title() -> None:
    """GOST 7.1-84's description under the title capitalizes the kind after the colon (the
    publishing dictionary's entry, dev set batch 27)."""
    fields = parse_reference(
        "Электрографический микрофильмирующий аппарат: А. с. 1254421 СССР, МКИ G03G15/00.").fields
    assert (fields["title"], fields["number"]) == \
        ("Электрографический микрофильмирующий аппарат", "1254421")


def test_a_title_opening_with_the_kind_of_a_patent_is_no_heading() -> None:
    """A heading needs the number, the country and the class before the title: a book
    whose title opens with "Пат." is not read as one."""
    reference = parse_reference("Пат. и изобретения. М. : Наука, 1990. 200 с.")
    assert reference.type != "patent" and "number" not in reference.fields


def test_the_inventors_end_before_the_applications_number_after_a_hyphen() -> None:
    """DSTU GOST 7.1:2006's patent as a Ukrainian citation site prints it (dev set batch
    35), "… / І. В. Лазар, Г. В. Кошель, С. О. Кошель. — № u 2017 06637 ; заявл. …", with
    the area's dash typed as a hyphen, as guides type it between areas (" - № 2000108705/28"
    in GOST 7.1-2003's example of an application, quoted on a forum): the inventors end
    before the number either way. Read off by hand."""
    for dash in ("—", "-"):
        reference = parse_reference(
            "Механізм голки швейної машини : пат. 121674 Україна : D05B 3/02 / І. В. Лазар, "
            f"Г. В. Кошель, С. О. Кошель. {dash} № u 2017 06637 ; заявл. 27.06.2017 ; опубл. "
            f"11.12.2017, Бюл. № 23. {dash} 3 с.")
        assert reference.type == "patent"
        assert [(n.family, n.given) for n in reference.fields["author"]] == \
            [("Лазар", "І. В."), ("Кошель", "Г. В."), ("Кошель", "С. О.")]
        assert reference.fields["issued"].parts == [[2017, 12, 11]]


@pytest.mark.parametrize(("text", "number", "title"), [
    # the abbreviation «пат.» typed without its period, under the heading and after the colon
    ("Пат 2105778 РФ, МПК6 C07C 7/00. Способ очистки углеводородов / М. П. Гринблат. — № "
     "95112233; заявл. 05.07.95; опубл. 27.02.98.", "2105778", "Способ очистки углеводородов"),
    ("Устройство для захвата деталей : пат 1007970 СССР.", "1007970",
     "Устройство для захвата деталей"),
])
def test_a_patent_whose_kind_lost_its_period(text: str, number: str, title: str) -> None:
    reference = parse_reference(text)
    assert reference.type == "patent"
    assert (reference.fields["number"], reference.fields["title"]) == (number, title)


def test_gost_r_7_0_100s_patent_under_its_heading() -> None:
    # GOST R 7.0.100-2018's form: the kind written out and numbered after «№», classes
    # with their editions in parentheses, the application's number after the title
    reference = parse_reference(
        "Патент № 2638963 Российская Федерация, МПК B01J 23/755 (2006.01), B01J 21/04 "
        "(2006.01). Катализатор гидроочистки : № 2016145821 : заявл. 22.11.2016 : опубл. "
        "19.12.2017 / Бухтияров В. И., Иванов А. А. ; заявитель ИК СО РАН. – 11 с.")
    assert reference.type == "patent"
    fields = reference.fields
    assert (fields["number"], fields["title"]) == ("2638963", "Катализатор гидроочистки")
    assert [name.family for name in fields["author"]] == ["Бухтияров", "Иванов"]
    assert fields["number-of-pages"] == "11"
    assert not fields["note"].endswith(("—", "–"))


def test_gost_r_7_0_100s_patent_under_its_title() -> None:
    reference = parse_reference(
        "Устройство для очистки воды : патент № 2500123 Российская Федерация : МПК C02F 1/00 : "
        "№ 2012101234 : заявл. 10.01.2012 : опубл. 10.12.2013 / Петров С. А.")
    fields = reference.fields
    assert (fields["number"], fields["title"]) == ("2500123", "Устройство для очистки воды")
