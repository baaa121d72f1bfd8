"""Spaces doubled and «№» typed «No.» or «N°» read as a note typed as GOST prints it
(biblio.parse.typography, session 30).

Real references of the dev set (footnotes of six books and articles, GOST examples of two
sites),
typed again as Word manuscripts justified by hand double their spaces, and as Latin
fonts, English-typed lists and OCR type «№»; each field checked by hand against the
reference as printed.
"""

from __future__ import annotations

from typing import Any

import pytest

from biblio import parse_footnotes
from biblio.formats.csljson import item_to_json
from biblio.parse.typography import NUMERO_AS_N, retyped, single_spaced

WAR_MEMOIR = "ЦАМО, ф. 56А, оп, 10282, д. 2, с. 14."  # ru-fn-101
EMPIRE_COURT = ("Зимин И. Повседневная жизнь Российского Императорского Двора. Детский мир "
                "Императорских резиденций. Быт монархов и их окружение. М. – СПб.: "
                "Центрполиграф; Мим-Дельта, 2010. – 576 с. С. 55.")  # ru-fn-910
BOYM = ("Boym Svetlana. Common Places: Mythologies of Everyday Life in Russia. — Cambridge, "
        "Mass.: Harvard University Press, 1994. — P. 123-124.")  # ru-fn-439
KOZYREV = ("Козырев, Г. И. Конфликты в организации [Текст] / Г. И. Козырев // "
           "Социально-гуманитарные знания. – 2011. – № 2. – С. 136-150.")  # ru-gost-083


def _cite(text: str) -> tuple[dict[str, Any], str | None]:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return item_to_json(document.items[cite.item]), cite.locator


def _fields(text: str) -> dict[str, Any]:
    return _cite(text)[0]


def _doubled(text: str) -> str:
    return text.replace(" ", "  ")


def test_single_spaced_leaves_single_spaces_and_joins_doubled_ones() -> None:
    assert single_spaced("М. : Наука, 1975") == "М. : Наука, 1975"
    assert single_spaced("М.  :  Наука,   1975") == "М. : Наука, 1975"


@pytest.mark.parametrize("text", [EMPIRE_COURT, BOYM, KOZYREV])
def test_a_reference_with_its_spaces_doubled_reads_as_printed(text: str) -> None:
    assert _cite(_doubled(text)) == _cite(text)


def test_the_fields_of_doubled_spaces_are_those_of_the_reference() -> None:
    court = _fields(_doubled(EMPIRE_COURT))
    assert court["publisher"] == "Центрполиграф; Мим-Дельта"
    assert court["issued"] == {"date-parts": [[2010]]}
    assert court["number-of-pages"] == "576"
    boym, pages = _cite(_doubled(BOYM))
    assert (boym["publisher-place"], boym["publisher"]) == \
        ("Cambridge, Mass.", "Harvard University Press")
    assert pages == "123-124"


def test_an_archival_note_with_its_spaces_doubled_keeps_its_file_and_leaf() -> None:
    item, locator = _cite(_doubled(WAR_MEMOIR))
    assert (item["archive"], item["archive_location"]) == ("ЦАМО", "ф. 56А, оп. 10282, д. 2")
    assert locator == "14"


SOVIET_JOURNAL = "Поступальский И., «Красная новь», 1927, № 10"  # ru-fn-674
SOVIET_LAWS = ("Собрание узаконений и распоряжений рабоче-крестьянского правительства СССР "
               "(далее СУ). 1922, № 28, ст. 318.")  # ru-fn-458
EMIGRE_NEWSPAPER = ("Гетман Скоропадский и немцы // Последние новости. Париж, № 5786, "
                    "26 января 1937 г.")  # ru-fn-276


@pytest.mark.parametrize("numero", ["No. ", "No.", "N° ", "N°"])
def test_the_numero_typed_in_latin_reads_as_the_issue(numero: str) -> None:
    journal = _fields(SOVIET_JOURNAL.replace("№ ", numero))
    assert (journal["container-title"], journal["issue"], journal["issued"]) == \
        ("Красная новь", "10", {"date-parts": [[1927]]})
    laws, article = _cite(SOVIET_LAWS.replace("№ ", numero))
    assert (laws["title-short"], laws["issue"], laws["issued"], article) == \
        ("СУ", "28", {"date-parts": [[1922]]}, "318")
    newspaper = _fields(EMIGRE_NEWSPAPER.replace("№ ", numero))
    assert (newspaper["container-title"], newspaper["publisher-place"], newspaper["issue"]) == \
        ("Последние новости", "Париж", "5786")


def test_the_numero_typed_in_latin_is_given_back_as_printed() -> None:
    """A title that holds the numero keeps it as the note printed it (ru-gost-176)."""
    ruling = ("Определение Верховного Суда Республики Коми по делу N° 33-3207АП/2012г. // СПС "
              "Консультант-плюс [Электронный ресурс]. - Режим доступа: http://base.consultant.ru "
              "(дата обращения: 19.10.2012).")
    assert _fields(ruling)["title"] == \
        "Определение Верховного Суда Республики Коми по делу N° 33-3207АП/2012г."


def test_no_and_the_degree_sign_are_a_numero_only_before_a_number() -> None:
    assert NUMERO_AS_N.search("Journal. 1991. No. 2") is not None
    assert NUMERO_AS_N.search("N° 7") is not None
    assert NUMERO_AS_N.search("No one knows") is None
    assert NUMERO_AS_N.search("55° N 37° E") is None


def test_the_latin_numero_of_a_latin_reference_is_left_to_its_readers() -> None:
    """«No.» after a Latin word is the reference's own abbreviation (dev ru-fn «Russian
    Review. 1991. Vol. 50. No. 2»), not retyped; after a Cyrillic word it is a «№»."""
    assert retyped("Youngblood D.J. The Fate // Russian Review. 1991. Vol. 50. No. 2. P. 148.") \
        is None
    typed = retyped("Поступальский И., «Красная новь», 1927, No. 10")
    assert typed is not None and typed[0] == "Поступальский И., «Красная новь», 1927, № 10"


@pytest.mark.parametrize("text, journal, issue", [
    ("Петров А. А. Очерки истории края // Вопросы истории. – 2015. – ¹ 3. – С. 12–20.",
     "Вопросы истории", "3"),
    ("Smirnov P. The River Trade of Tver // Russian History Review. – 2009. – ¹ 11. – P. 7-19.",
     "Russian History Review", "11"),
])
def test_the_numero_of_a_windows_1251_text_read_as_latin_1_is_the_issue(
        text: str, journal: str, issue: str) -> None:
    """Windows-1251 codes «№» as the byte 0xB9, which Latin-1 reads as «¹»: a note copied
    through the wrong encoding prints «– ¹ 3.» for «– № 3.». The issue is read, and its
    mark given back as printed, as every mark read is."""
    fields = _fields(text)
    assert (fields["container-title"], fields["issue"]) == (journal, issue)
    assert fields["custom"]["designations"]["issue"] == "¹"


def test_a_superscript_one_glued_to_a_word_is_a_notes_mark_not_a_numero() -> None:
    assert NUMERO_AS_N.search("– 2015. – ¹ 3.") is not None
    assert NUMERO_AS_N.search("Записки¹ 5") is None
    assert NUMERO_AS_N.search("– ¹3") is None  # no space: a superscript before a figure
