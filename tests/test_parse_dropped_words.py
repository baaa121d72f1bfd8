"""Nothing lost silently: the audit of the words a parse drops (issue 9).

The audit (`biblio.parse.dropped_words`) on notes made by hand, then a ratchet over the
development rows: the Russian dev rows and the external sets' dev rows (the tenth of
their train rows held back from training).
"""

from __future__ import annotations

import json
from pathlib import Path

from biblio import parse_footnotes
from biblio.model import Cite, Date, Document, Item, Leftover, Name, Note
from biblio.parse.dropped_words import dropped_words, word_kind
from biblio.parse.locators import extent_details
from biblio.parse.labeller.train import is_dev

ROOT = Path(__file__).resolve().parent.parent
RUSSIAN_DEV = (ROOT / "tests/data/dev/ru-footnotes.jsonl",
               ROOT / "tests/data/dev/ru-gost-examples.jsonl")
EXTERNAL = tuple(ROOT / "corpora/external" / name / f"{name}.jsonl"
                 for name in ("anystyle", "linkedbooks", "grobid", "bibliographic_tei"))


def _book(**fields: object) -> Document:
    return Document(items={"b": Item("b", "book", dict(fields))})


def _note(text: str, **cite: object) -> Note:
    return Note(1, [Cite("b", **cite)], text=text)  # type: ignore[arg-type]


# --- the audit on notes made by hand -------------------------------------------------

def test_a_word_in_no_output_is_found() -> None:
    document = _book(author=[Name("Иванов", "И. И.")], title="История",
                     issued=Date([[2001]]))
    note = _note("Иванов И. И. История. Загадка. 2001. С. 5.", locator="5", label="page")
    assert dropped_words(note, document) == ["загадка"]


def test_markers_of_the_grammar_are_not_flagged() -> None:
    document = _book(author=[Name("Иванов", "И. И.")], title="История", volume="2",
                     issue="3", **{"publisher-place": "Москва", "publisher": "Наука"},
                     issued=Date([[2001]]), URL="http://example.org/x")
    note = _note("Иванов И. И. История. Т. 2, вып. 3. М. : Изд-во «Наука», 2001. С. 5. "
                 "Там же. URL: http://example.org/x", locator="5", label="page")
    assert dropped_words(note, document) == []


def test_a_place_abbreviation_counts_only_with_its_expansion() -> None:
    note = _note("История. М., 2001.")
    assert dropped_words(note, _book(title="История", issued=Date([[2001]]))) == ["м"]
    read = _book(title="История", issued=Date([[2001]]), **{"publisher-place": "Москва"})
    assert dropped_words(note, read) == []


def test_a_month_counts_only_when_a_date_has_it() -> None:
    note = _note("«Правда» от 30 сентября 1928.")
    assert dropped_words(note, _book(title="Правда", issued=Date([[1928, 9, 30]]))) == []
    assert dropped_words(note, _book(title="Правда", issued=Date([[1928]]))) == [
        "30", "сентября"]


def test_a_month_of_a_csl_locale_counts_only_when_a_date_has_it() -> None:
    """The months journals' CSL lines and transliterated lists print, which
    `csl_citations` reads (tests/data/dev ru-gost-826 "Nov. 2019", ru-gost-621 "(Dec. 27,
    2003)", ru-gost-822 "(Жовтень 26, 2020)"): a word of the line only with the month."""
    for text, date, month in (
            ("X, Nov. 2019.", [2019, 11], "nov"),
            ("X (Dec. 27, 2003).", [2003, 12, 27], "dec"),
            ("X (Жовтень 26, 2020).", [2020, 10, 26], "жовтень")):
        note = _note(text)
        assert dropped_words(note, _book(issued=Date([date]), title="X")) == [], text
        assert month in dropped_words(note, _book(issued=Date([date[:1]]), title="X")), text


def test_a_role_word_counts_only_when_the_item_has_the_role() -> None:
    note = _note("История / под ред. Л. Мартова.")
    editor = _book(title="История", editor=[Name("Мартов", "Л.")])
    assert dropped_words(note, editor) == []
    author = _book(title="История", author=[Name("Мартов", "Л.")])
    assert dropped_words(note, author) == ["под", "ред"]


def test_leftover_and_number_endings_are_accounted() -> None:
    document = _book(title="Собр. соч.", volume="6")
    note = _note("Собр. соч. в 9-ти т., т. 6. Непонятное", locator=None)
    assert dropped_words(note, document) == ["9", "непонятное"]
    note.leftover.append(Leftover("Непонятное", "not read"))
    assert dropped_words(note, document) == ["9"]


def test_a_parsed_gost_note_drops_nothing() -> None:
    document = parse_footnotes(["Шубин А. В. Мир на краю бездны. М., 2004. С. 94.",
                                "Там же. С. 95."])
    assert [dropped_words(note, document) for note in document.notes] == [[], []]


def test_kinds_of_words() -> None:
    assert [word_kind(w) for w in ("1928", "м", "cura", "сентября", "1940г")] == [
        "number", "one letter", "latin word", "cyrillic word", "other word"]


# --- the drops the audit found, kept -------------------------------------------------

def test_the_extent_keeps_its_other_physical_details() -> None:
    """GOST 7.1-2003 clause 5.6: after the number of pages, the leaves of plates, other
    physical details and dimensions; CSL has no variable for them, they go to `note`."""
    assert extent_details("416 с. : ил.") == "ил."  # GOST 7.1 clause 5.6
    assert extent_details("363 с., [1] л. : карт. ; 27 см") == "[1] л. : карт. ; 27 см"
    assert extent_details("164 С., ИЛ.") == "ИЛ."  # a review's heading, in capitals
    assert extent_details("260 с. портр.") == "портр."  # a catalogue card, no colon
    assert extent_details("145 с.: схем., табл., ил.") == "схем., табл., ил."
    assert extent_details("576 с.") is None


def test_a_book_with_illustrations_drops_no_word() -> None:
    texts = ["Ученые записки : Т. CV, вып. 3 / Под ред. В.В. Голубкова. - Москва : МГПИ, "
             "1957. - 233 с. : ил.",
             "ЗИНОВЬЕВ В.П. НЕ ПОДВОДЯ ИТОГОВ. ТОМСК: ИЗД-ВО ТОМ. УН-ТА, 2019. 164 С., ИЛ.",
             "Столяров, Ю. Н. Библиотечный фонд правовой документации / Ю.Н. Столяров . - "
             "Москва : Либерея, 2003 . - 254 с. табл. 20 см."]
    for text in texts:
        document = parse_footnotes([text])
        item = document.items[document.notes[0].cites[0].item]
        assert item.get("number-of-pages") in ("233", "164", "254")
        assert dropped_words(document.notes[0], document) == []


def test_a_law_in_a_gazette_keeps_its_own_date_in_note() -> None:
    """The law as published: the gazette's day is `issued`, the act's date is kept
    (GOST 7.1-2003's own example of a federal law, and a decree after the title)."""
    texts = {
        "Российская Федерация. Законы. Об информации, информационных технологиях и о защите "
        "информации [Текст]: федер. закон от 27 июля 2006 г. № 149-ФЗ // Российская газета. "
        "-2006. - 29 июля.- С. 14.": ((2006, 7, 29), "от 27 июля 2006 г."),
        "Об поставках продукции для федеральных государственных нужд : федеральный закон РФ "
        "от 13.12.2000 г. № 60-ФЗ // Рос. газета. – 2000. – 3 марта. – С. 1.":
            ((2000, 3, 3), "от 13.12.2000 г."),
    }
    for text, (day, note) in texts.items():
        document = parse_footnotes([text])
        item = document.items[document.notes[0].cites[0].item]
        assert tuple(item["issued"].parts[0]) == day
        assert item["note"] == note
        assert dropped_words(document.notes[0], document) == []


def test_a_law_in_a_collection_of_the_same_year_keeps_its_full_date() -> None:
    """A law gazette's volume gives only the year: the act's own day says more."""
    texts = {
        "Федеральный закон от 11 ноября 2004 г. № 139-ФЗ «О внесении изменений в Таможенный "
        "кодекс Российской Федерации» // Собрание законодательства Российской Федерации. – "
        "2004. – № 46 (Ч.1). – Ст. 4494.": [2004, 11, 11],
        "Российская Федерация. Президент. Вопросы системы и структуры федеральных органов "
        "исполнительной власти [Текст]: указ Президента РФ от 12 мая 2008 г. № 724 // "
        "Собрание законодательства РФ. - 2008. - № 20. - Ст. 2290.": [2008, 5, 12],
    }
    for text, day in texts.items():
        document = parse_footnotes([text])
        item = document.items[document.notes[0].cites[0].item]
        assert item["issued"].parts == [day]
        assert dropped_words(document.notes[0], document) == []


def test_words_no_learned_value_holds_are_kept_as_printed() -> None:
    """The labeller's leftover keeps the marker words inside a run of unread words (Italian
    notes of the LinkedBooks set: a volume's title, an archival document's description);
    it used to drop "al", "di", "in" from them."""
    texts = {
        "Bevilacqua Eugenia, Geografi e Cosmografi, in Storia della cultura veneta, 3. 11, "
        "Dal primo Quattrocento al Concilio di Trento, Vicenza 1980, pp. 355-374.":
            "Dal primo Quattrocento al Concilio di Trento",
        "A. S. V., Inquisitore alle Arti, busta 40, supplica di Nicco lò Tron in data 22. 3. "
        "1723.": "supplica di Nicco lò Tron in data",
        "ASV. NV, Colzè, b. 1325, 10. 9. 1630, testamento di Giustina Corrà.":
            "testamento di Giustina Corrà",
    }
    for text, printed in texts.items():
        document = parse_footnotes([text])
        note = document.notes[0]
        assert any(printed in leftover.text for leftover in note.leftover)
        assert dropped_words(note, document) == []


def test_a_newspaper_day_in_both_calendars_keeps_the_other_day() -> None:
    """Russian newspapers of 1917–1918 are cited with the day in both calendars, the one in
    parentheses in the other: the first is `issued`, the whole day kept in `note`."""
    texts = {"Правда. – 1917. – 6(19) декабря. – С. 2.": ([1917, 12, 6], "6(19) декабря"),
             "Голос Киева. — 1917. — 20 (7) октября.": ([1917, 10, 20], "20 (7) октября")}
    for text, (day, note) in texts.items():
        document = parse_footnotes([text])
        item = document.items[document.notes[0].cites[0].item]
        assert (item["issued"].parts, item["note"]) == ([day], note)
        assert dropped_words(document.notes[0], document) == []


def test_the_statement_of_responsibility_writes_out_the_heading_names() -> None:
    """GOST 7.1-2003 repeats the author after " / " as the title page names them: the
    given names written out replace the heading's initials that agree with them."""
    texts = {
        "Михайлов, С. А. Езда по-европейски [Текст] / Сергей Михайлов // Независимая газ. – "
        "2002. – 17 июня.": "Сергей А.",  # GOST 7.1-2003's own example, clause 7
        "Брюсов, В. Я. Синтетика поэзии: мысли и замечания / Валерий Яковлевич Брюсов. - "
        "Москва : URSS : Красанд, 2010. – 177 с.": "Валерий Яковлевич",
        "Горпенко, О. Да будут стихи / Ольга Горпенко. - Санкт-Петербург : НесторИстория, "
        "2012. - 260 с.": "Ольга",
    }
    for text, given in texts.items():
        document = parse_footnotes([text])
        item = document.items[document.notes[0].cites[0].item]
        assert [name.given for name in item["author"]] == [given]


def test_a_statement_naming_someone_else_leaves_the_heading_alone() -> None:
    document = parse_footnotes(["Брюсов, В. Я. Синтетика поэзии / Владимир Соловьев. - "
                                "Москва : Красанд, 2010. – 177 с."])
    item = document.items[document.notes[0].cites[0].item]
    assert [(name.family, name.given) for name in item["author"]] == [("Брюсов", "В. Я.")]


# --- the ratchet over the development rows -------------------------------------------

def _dev_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    return [row for row in rows if row.get("split") == "dev"
            or row.get("split") == "train" and is_dev(row)]


def _rows_dropping(paths: tuple[Path, ...]) -> int:
    count = 0
    for path in paths:
        for row in _dev_rows(path):
            document = parse_footnotes([row["text"]])
            count += any(dropped_words(note, document) for note in document.notes)
    return count


RUSSIAN_AT_MOST = 70
EXTERNAL_AT_MOST = 56


def test_russian_dev_rows_dropping_a_word_do_not_grow() -> None:
    """2026-12-06 (session 24): 68 of 1429 Russian dev rows (21 footnotes, 47 GOST
    examples) drop a word (benchmarks/audit_dropped_words.py --split dev --file …);
    91 before the extent's details (80), the date of a law in a gazette (72) and a
    newspaper's day in the other calendar (70) and the given names a statement of
    responsibility writes out were kept. After the merge with batches 19 and 20 (116 more
    dev rows; 1,545 in all): 70 (23 footnotes, 47 GOST examples), the new rows' three
    drops a genitive's «соч.», a CSL line's «просмотрено» and a Ukrainian order's date
    read over by its bulletin's year (ru-gost-797); Ukrainian «від» counted as a date's
    word, as «от» is. Batch 21 (43 more dev rows): 72 with two CSL lines of one archaeology
    journal, a Turabian line's «просмотрено» (as ru-fn-1481's) and a Chicago author-date
    line's month after the issue «вып. 4 (июль):197-200» (ru-fn-1513, 1511); 70 once that
    month (and ru-gost-479's «(сентябрь)») joined the issue's year."""
    assert _rows_dropping(RUSSIAN_DEV) <= RUSSIAN_AT_MOST


def test_external_dev_rows_dropping_a_word_do_not_grow() -> None:
    """2026-12-06 (session 24): 56 of 2173 external dev rows (anystyle 9, linkedbooks 27,
    grobid 15, bibliographic_tei 5) drop a word; 70 (linkedbooks 41) before the
    labeller's leftover kept the marker words inside its runs."""
    assert _rows_dropping(EXTERNAL) <= EXTERNAL_AT_MOST
