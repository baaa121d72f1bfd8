"""An archival document's own date in GOST notes: after its title and a comma.

The parser reads a letter's or a protocol's date out of its title into `issued`
(«Письмо от 12 сентября 1906 г. // РГАЛИ …» → «Письмо», 1906-09-12), and Zotero keeps a
letter's date in its date field; the GOST style printed neither. The sources the dev set
quotes (tests/data/dev/ru-footnotes.jsonl) write the date after the title: «Протокол, 13
апреля 1932 г.» (ru-fn-1948, 1952, 1957), «Приказ 440, 22 сентября 1933 г.» (ru-fn-1949),
«В. И. Вернадский - сыну. 6 окт. 1944 г.» (ru-fn-1611). The style prints it as it prints
its other dates (a newspaper's «1936. 12 окт.», a meeting's «12 мая 2005»): day, month
abbreviated after GOST R 7.0.12-2011 («сент.», but «марта», «мая», «июня», «июля»
whole), year, without «г.» (docs/rendering.md says why).
"""

from __future__ import annotations

from typing import Any

import pytest

import biblio
from biblio.formats.csljson import item_from_json
from biblio.model import Cite, Document, Note
from citeproc_js import needs_citeproc_js
from test_gost_citeproc_js import zotero


def note_and_entry(csl: dict[str, Any], locator: str | None = None,
                   **options: Any) -> tuple[str, str]:
    """The first footnote and the list entry of one item given as CSL-JSON."""
    item = item_from_json({"id": "doc", **csl}, "doc")
    cite = Cite("doc", locator=locator, label="folio" if locator else None)
    rendered = biblio.render(Document(notes=[Note(n=1, cites=[cite])], items={"doc": item}),
                             style="gost", **options)
    assert rendered.problems == []
    return rendered.notes[0], rendered.bibliography[0]


def archival(title: str, *date: int, **more: Any) -> dict[str, Any]:
    return {"type": "manuscript", "language": "ru", "title": title,
            "issued": {"date-parts": [list(date)]}, "archive": "РГАЛИ",
            "archive_location": "ф. 343, оп. 2, ед. хр. 47", **more}


@pytest.mark.parametrize("title, date, printed", [
    # ru-fn-1272 «Письмо от 12 сентября 1906 г. // РГАЛИ. Ф. 343. Оп. 2. Ед. хр. 47.»
    ("Письмо", (1906, 9, 12), "Письмо, 12 сент. 1906"),
    # ru-fn-1948 «Протокол, 13 апреля 1932 г.»: «апр.», GOST R 7.0.12-2011
    ("Протокол", (1932, 4, 13), "Протокол, 13 апр. 1932"),
    # «марта» is not abbreviated (GOST R 7.0.12-2011; the style's newspaper days)
    ("Записка Литвинова Сталину", (1934, 3, 4), "Записка Литвинова Сталину, 4 марта 1934"),
    # ru-fn-1958 «[январь 1934 г.]»: a month alone, «янв.» in either case
    ("Письмо студента Данилина в Моссовет", (1934, 1),
     "Письмо студента Данилина в Моссовет, янв. 1934"),
    # a month alone is named in the nominative: «март», not the genitive «марта»
    ("Докладная записка", (1938, 3), "Докладная записка, март 1938"),
    ("Докладная записка", (1938, 7), "Докладная записка, июль 1938"),
    # ru-fn-672 «Отчет … от 1935 года»: a year alone
    ("Отчет о работе секторов ССП", (1935,), "Отчет о работе секторов ССП, 1935"),
])
def test_a_dated_document_prints_its_date_after_the_title(title, date, printed):
    note, entry = note_and_entry(archival(title, *date), locator="3")
    assert note == f"{printed} // РГАЛИ. Ф. 343. Оп. 2. Ед. хр. 47. Л. 3."
    assert entry == f"{printed} // РГАЛИ. Ф. 343. Оп. 2. Ед. хр. 47."


@pytest.mark.parametrize("title, date", [
    # the parser keeps a day after a comma in the title (parsing-history, batch 25)
    ("Записка Литвинова Сталину, 4 марта 1934 г.", (1934, 3, 4)),
    # ru-fn-1611: the source's own abbreviated month
    ("В. И. Вернадский - сыну. 6 окт. 1944 г.", (1944, 10, 6)),
    # ru-fn-672, ru-fn-667: the minutes named by their date keep it in the title
    ("Отчет о работе секторов ССП и Дома советских писателей от 1935 года", (1935,)),
    ("Стенограмма закрытого заседания Президиума ССП от 19 сентября 1940 года", (1940, 9, 19)),
    # ru-gost-653 (DSTU GOST 7.1:2006): a Ukrainian «р.»
    ("ІІ Універсал Української Центральної Ради. 3 липня 1917 р.", (1917, 7, 3)),
])
def test_a_title_that_ends_with_the_date_is_not_followed_by_it_again(title, date):
    note, _ = note_and_entry(archival(title, *date))
    assert note == f"{title} // РГАЛИ. Ф. 343. Оп. 2. Ед. хр. 47."


def test_other_title_information_that_ends_with_the_date_is_not_followed_by_it_again():
    """ru-gost-151, a guide's archival example: the report's date closes its genre."""
    note, _ = note_and_entry(archival(
        "Как создавалась библиотека Исторического музея", 1939, 6, 30,
        genre="докл. на заседании Ученого совета Гос. публ. ист. б-ки РСФСР 30 июня 1939 г."))
    assert note == ("Как создавалась библиотека Исторического музея: докл. на заседании "
                    "Ученого совета Гос. публ. ист. б-ки РСФСР 30 июня 1939 г. // "
                    "РГАЛИ. Ф. 343. Оп. 2. Ед. хр. 47.")


def test_a_title_ending_with_another_year_is_followed_by_the_date():
    """Only the document's own year counts: «… в 1916 г.» is the subject of a 1947 report."""
    note, _ = note_and_entry(archival("Участие дунган в восстании киргизов в 1916 г.", 1947))
    assert note == ("Участие дунган в восстании киргизов в 1916 г., 1947 // "
                    "РГАЛИ. Ф. 343. Оп. 2. Ед. хр. 47.")


def test_a_file_without_a_title_prints_no_date_before_the_archive():
    """ru-fn-249 «… Ед. хр. 1. 1916 г. Л. 65»: the year of a file, not of a titled document;
    a date alone before «//» would read as a title."""
    untitled = {key: value for key, value in archival("", 1916).items() if key != "title"}
    note, _ = note_and_entry(untitled, locator="65")
    assert note == "РГАЛИ. Ф. 343. Оп. 2. Ед. хр. 47. Л. 65."


def test_the_journal_preset_keeps_the_date_and_writes_its_commas():
    note, _ = note_and_entry(archival("Письмо", 1906, 9, 12), locator="3", preset="journal")
    assert note == "Письмо, 12 сент. 1906 // РГАЛИ, ф. 343, оп. 2, ед. хр. 47, л. 3."


def test_a_zotero_letter_prints_its_date_in_its_language_terms():
    """A letter from Zotero (CSL type personal_communication) in English: the month
    abbreviated with the English layout's terms."""
    note, _ = note_and_entry({"type": "personal_communication", "language": "en",
                              "title": "Letter to Lord Halifax",
                              "issued": {"date-parts": [[1938, 9, 12]]}, "archive": "TNA",
                              "archive_location": "FO 371/21742"})
    assert note == "Letter to Lord Halifax, 12 Sept. 1938 // TNA. FO 371/21742."


def test_a_book_kept_in_an_archive_is_not_given_a_document_date():
    note, _ = note_and_entry({"type": "book", "language": "ru", "title": "Устав",
                              "issued": {"date-parts": [[1906]]}, "archive": "РГАЛИ",
                              "archive_location": "ф. 343, оп. 2, ед. хр. 47"})
    assert note == "Устав // РГАЛИ. Ф. 343. Оп. 2. Ед. хр. 47."


@needs_citeproc_js
def test_citeproc_js_prints_the_same_dates_from_the_style(tmp_path):
    """Zotero's processor, given the items as biblio prepares them, prints the same notes."""
    given = {"protocol": archival("Протокол", 1932, 4, 13),
             "note": archival("Записка Литвинова Сталину, 4 марта 1934 г.", 1934, 3, 4),
             "month": archival("Докладная записка", 1938, 3),
             "letter": {"type": "personal_communication", "language": "en",
                        "title": "Letter to Lord Halifax", "archive": "TNA",
                        "issued": {"date-parts": [[1938, 9, 12]]},
                        "archive_location": "FO 371/21742"}}
    items = {key: item_from_json({"id": key, **csl}, key) for key, csl in given.items()}
    notes = [Note(n=n, cites=[Cite(key)]) for n, key in enumerate(items, 1)]
    output = zotero(Document(notes=notes, items=items), tmp_path)
    assert output.notes == [
        "Протокол, 13 апр. 1932 // РГАЛИ. Ф. 343. Оп. 2. Ед. хр. 47.",
        "Записка Литвинова Сталину, 4 марта 1934 г. // РГАЛИ. Ф. 343. Оп. 2. Ед. хр. 47.",
        "Докладная записка, март 1938 // РГАЛИ. Ф. 343. Оп. 2. Ед. хр. 47.",
        "Letter to Lord Halifax, 12 Sept. 1938 // TNA. FO 371/21742.",
    ]
