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
from biblio.parse.locators import read_extent
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
    note = _note("Собр. соч. в 9–ти т., т. 6.")  # the hyphen set as a dash (ru-fn-224)
    assert dropped_words(note, document) == ["9"]


def test_a_parsed_gost_note_drops_nothing() -> None:
    document = parse_footnotes(["Шубин А. В. Мир на краю бездны. М., 2004. С. 94.",
                                "Там же. С. 95."])
    assert [dropped_words(note, document) for note in document.notes] == [[], []]


def test_kinds_of_words() -> None:
    assert [word_kind(w) for w in ("1928", "м", "cura", "сентября", "1940г")] == [
        "number", "one letter", "latin word", "cyrillic word", "other word"]


def test_a_letter_glued_to_a_read_number_is_accounted() -> None:
    """A unit after the number (dev rows ru-fn-366, ru-gost-665, ru-gost-398), a year's
    letter (anystyle-gold-0161), a series' letter before a volume (grobid's "Phys. Rev.
    D59"), an English ordinal (ru-gost-505)."""
    cases = [
        ("«Советское искусство» 4 февраля 1940г.", "Советское искусство",
         {"issued": Date([[1940, 2, 4]])}),
        ("Основи топографії. – 27с.", "Основи топографії", {"number-of-pages": "27"}),
        ("Теория и практика. — 1996. — 460л.", "Теория и практика",
         {"number-of-pages": "460", "issued": Date([[1996]])}),
        ("Easy problems (1994a).", "Easy problems", {"issued": Date([[1994]])}),
        ("Phys. Rev. D59 (1999)", "Phys. Rev.", {"volume": "59", "issued": Date([[1999]])}),
        ("Principles. 7th ed.", "Principles", {"edition": "7"}),
    ]
    for text, title, fields in cases:
        assert dropped_words(_note(text), _book(title=title, **fields)) == [], text
    assert dropped_words(_note("Основи. – 27с."), _book(title="Основи")) == ["27с"]


def test_a_year_letter_in_brackets_is_accounted_with_its_year() -> None:
    note = _note("Аракин В.Д. Типология языков. М., 1989[а].")
    document = _book(author=[Name("Аракин", "В. Д.")], title="Типология языков",
                     **{"publisher-place": "Москва"}, issued=Date([[1989]]))
    assert dropped_words(note, document) == []
    document.items["b"].fields["issued"] = Date([[1988]])
    assert dropped_words(note, document) == ["1989", "а"]


def test_letters_spaced_apart_are_accounted_by_their_joined_word() -> None:
    """A scanned list spaced its headings' letters out (dev rows ru-fn-884 … 889)."""
    for text, name in (("В ерещагин В. П. Очерки.", Name("Верещагин", "В. П.")),
                       ("Г о луб ц о в Н. А. Очерки.", Name("Голубцов", "Н. А.")),
                       ("Ж уко вски й А. Т. Очерки.", Name("Жуковский", "А. Т."))):
        document = _book(author=[name], title="Очерки")
        assert dropped_words(_note(text), document) == [], text
    document = _book(author=[Name("Веселов", "В. П.")], title="Очерки")
    assert dropped_words(_note("В ерещагин В. П. Очерки."), document) == ["ерещагин"]


def test_a_language_named_in_words_is_accounted_by_its_tag() -> None:
    """Transliterated reference lists close with the original's language (dev rows
    ru-gost-327, ru-gost-409)."""
    for text, tag in (("Zhanr muzykal'noy kartiny. (In Russ.).", "ru"),
                      ("Istoriya ukrayinskoi kultury. [In Ukrainian].", "uk")):
        title = text.split(". ")[0]
        assert dropped_words(_note(text), _book(title=title, language=tag)) == [], text
    note = _note("Istoriya ukrayinskoi kultury. [In Ukrainian].")
    assert dropped_words(note, _book(title="Istoriya ukrayinskoi kultury")) == [
        "ukrainian"]


def test_a_list_number_is_markup() -> None:
    document = _book(author=[Name("Иванов", "И. И.")], title="История",
                     issued=Date([[2001]]))
    assert dropped_words(_note("1. Иванов И. И. История. 2001."), document) == []
    assert dropped_words(_note("Иванов И. И. История. 17. 2001."), document) == ["17"]


def test_initials_of_given_names_written_out_are_accounted() -> None:
    document = _book(author=[Name("Брюсов", "Валерий Яковлевич")], title="Синтетика поэзии")
    note = _note("Брюсов, В. Я. Синтетика поэзии / Валерий Яковлевич Брюсов.")
    assert dropped_words(note, document) == []


def test_csl_locale_labels_of_an_online_work_are_accounted() -> None:
    """The ru-RU terms of CSL locales: Chicago's "просмотрено" before the day read (when
    the item has it), Vancouver's "[Интернет]", "[цитируется по …]", "доступно на:"."""
    document = _book(title="Вестник", issued=Date([[2023, 6, 30]]),
                     accessed=Date([[2024, 5, 18]]), URL="https://example.org/5573")
    note = _note("«Вестник» (июнь 30, 2023). просмотрено май 18, 2024. "
                 "https://example.org/5573.")
    assert dropped_words(note, document) == []
    note = _note("Вестник [Интернет]. 30 июнь 2023 г. [цитируется по 18 май 2024 г.]. "
                 "доступно на: https://example.org/5573")
    assert dropped_words(note, document) == []
    del document.items["b"].fields["accessed"]
    note = _note("«Вестник» (июнь 30, 2023). просмотрено. https://example.org/5573.")
    assert dropped_words(note, document) == ["просмотрено"]


# --- the drops the audit found, kept -------------------------------------------------

def test_the_extent_keeps_its_other_physical_details() -> None:
    """GOST 7.1-2003 clause 5.6: after the number of pages, the leaves of plates, other
    physical details and dimensions; CSL has no variable for them, they go to `note`."""
    assert read_extent("416 с. : ил.").details == "ил."  # GOST 7.1 clause 5.6
    assert read_extent("363 с., [1] л. : карт. ; 27 см").details == "[1] л. : карт. ; 27 см"
    assert read_extent("164 С., ИЛ.").details == "ИЛ."  # a review's heading, in capitals
    assert read_extent("260 с. портр.").details == "портр."  # a catalogue card, no colon
    assert read_extent("145 с.: схем., табл., ил.").details == "схем., табл., ил."
    assert read_extent("576 с.").details is None
    # pages in another numbering: preliminary in Roman numerals, unnumbered in brackets
    assert read_extent("II, 43 с.").details == "II, 43 с."  # GOST R 7.0.4-2006 as cited
    assert read_extent("X, 235 p.").details == "X, 235 p."  # a library's ISBD export
    assert read_extent("695, [1] с.").details == "695, [1] с."
    assert read_extent("190, [2] с.: карт., рис.").details == "190, [2] с.: карт., рис."
    assert read_extent("II, 43 с").details == "II, 43 с."  # as the areas' split leaves it
    assert read_extent("II, 43 с.").pages == "43"  # the main count, read in the same pass
    assert read_extent("164 С., ИЛ.").pages == "164"
    assert read_extent("Т. 5") is None  # a volume, no extent


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
    assert [leftover.text for leftover in document.notes[0].leftover] == [
        "Соловьев Владимир"]  # reported, no longer dropped
    assert dropped_words(document.notes[0], document) == []


def test_a_statement_listing_more_authors_than_the_heading_adds_them() -> None:
    """GOST 7.1-2003 clause 5.2.5: the heading names the first author, the statement all;
    its first name, spelt otherwise with the heading's initials, is the heading's (a school
    library's list, dev row ru-gost-262) and is reported."""
    document = parse_footnotes([
        "Балашова, Е. А. Анализ лирического стихотворения : учеб. пособие / Е. А. Боташева, "
        "И. А. Каргашин. - Москва : Флинта : Наука, 2011. – 187 с."])
    note = document.notes[0]
    item = document.items[note.cites[0].item]
    assert [(name.family, name.given) for name in item["author"]] == [
        ("Балашова", "Е. А."), ("Каргашин", "И. А.")]
    assert [leftover.text for leftover in note.leftover] == ["Боташева Е. А."]
    assert dropped_words(note, document) == []


def test_an_electronic_resource_keeps_its_areas_in_note() -> None:
    """GOST 7.82-2001: the resource's type and size (clause 5.3, "Электрон. дан."), its
    extent on a carrier (clause 5.6, "1 электрон. опт. диск (CD-ROM)"; DSTU GOST 7.1:2006
    "3 електрон.-опт. диски (DVD-RW)") and the mode of access after the address (clause
    5.7, ", свободный") were taken out and lost; they are kept in `note` as printed."""
    texts = {
        "Александр и Наполеон [Электронный ресурс] : История двух императоров / Интерсофт. "
        "– Электрон. дан. – М. : Интерсофт, 1997. – 1 электрон. опт. диск (CD-ROM).":
            ("Электрон. дан.", "1 электрон. опт. диск (CD-ROM)"),
        "Российская государственная библиотека [Электронный ресурс] / Центр информ. "
        "технологий РГБ. – Электрон. дан. – М. : Рос. гос. б-ка, 1997. - URL: "
        "http://www.rsl.ru, свободный.": ("Электрон. дан.", "свободный"),
        "Електронні мапи України [Електронний ресурс] / TransMap. — Київ : [б. в.], 2009. "
        "— 3 електрон.-опт. диски (DVD-RW). — Назва з екрана.":
            ("3 електрон.-опт. диски (DVD-RW)", "Назва з екрана"),
    }
    for text, kept in texts.items():
        document = parse_footnotes([text])
        item = document.items[document.notes[0].cites[0].item]
        assert all(part in item["note"].split("; ") for part in kept), item["note"]
        assert item["medium"] in ("Электронный ресурс", "Електронний ресурс")
        assert dropped_words(document.notes[0], document) == []


def test_a_marker_typed_with_latin_look_alikes_is_a_marker() -> None:
    # «Указ. cоч.» with a Latin «c», as web pages type it: the parser reads it in one
    # script; the audit finds the marker of two words whole
    note = _note("Иоффе О. С. Указ. cоч. С. 54.", locator="54", label="page")
    document = _book(author=[Name("Иоффе", "О. С.")])
    assert dropped_words(note, document) == []
    assert dropped_words(_note("Иоффе О. С. Указ. соч. Загадка. С. 54.", locator="54"),
                         document) == ["загадка"]


def test_a_digit_read_as_its_look_alike_letter_is_accounted() -> None:
    # OCR's «3» for the initial «З.» («Рабинович Б. 3.»): the parser reads the letter
    note = _note("Петров Б. 3. Курганы. Л., 1941.")
    read = _book(author=[Name("Петров", "Б. З.")], title="Курганы", issued=Date([[1941]]),
                 **{"publisher-place": "Ленинград"})
    assert dropped_words(note, read) == []
    unread = _book(author=[Name("Петров", "Б.")], title="Курганы", issued=Date([[1941]]),
                   **{"publisher-place": "Ленинград"})
    assert dropped_words(note, unread) == ["3"]


def test_an_ordinal_written_out_is_accounted_by_its_number() -> None:
    # «Издание второе» is the edition 2 (GOST 7.1-2003 clause 5.3)
    note = _note("Летопись. Издание второе. Пг., 1922.")
    fields = {"title": "Летопись", "issued": Date([[1922]]), "publisher-place": "Петроград"}
    assert dropped_words(note, _book(edition="2", **fields)) == []
    assert dropped_words(note, _book(edition="3", **fields)) == ["второе"]


def test_the_marks_before_a_year_and_ocr_numero_are_markers() -> None:
    copyright_year = _note("Наполеон. М. : Интерсофт, сор.. 1997.")
    assert dropped_words(copyright_year, _book(
        title="Наполеон", publisher="Интерсофт", issued=Date([[1997]]),
        **{"publisher-place": "Москва"})) == []
    numero = _note("Положение о единицах. Ne 879")
    assert dropped_words(numero, _book(title="Положение о единицах", number="879")) == []


def test_a_works_noun_before_its_author_is_a_marker() -> None:
    # 19th-century notes: «…», соч. М. Чулкова (`described.TITLE_BEFORE_AUTHOR`)
    document = parse_footnotes(["См. «Опыт российской библиографии», соч. В. Сопикова, "
                                "СПб., 1813 г."])
    assert document.notes[0].cites
    assert dropped_words(document.notes[0], document) == []


def test_the_kind_of_a_quoted_periodical_is_no_word_dropped() -> None:
    for text in ("Журнал «Отечественная история» № 3, 2004 г.",
                 "газета «Гудок», № 12, 1925.",
                 "альм. «Северные цветы» на 1829 г., стр. 17."):
        document = parse_footnotes([text])
        assert document.notes[0].cites, text
        assert dropped_words(document.notes[0], document) == [], text


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


RUSSIAN_AT_MOST = 6
EXTERNAL_AT_MOST = 36


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
    month (and ru-gost-479's «(сентябрь)») joined the issue's year. Session 24, second
    round (branch kept2, on the rows before batches 21 and 22): 34 (15 footnotes, 19 GOST examples) once
    the audit accounts for letters glued to a read number, letters spaced apart, a
    language kept as its tag, written-out given names' initials and CSL locales' labels;
    17 (10, 7) once GOST 7.82's areas, pages in another numbering, a date's other day, a
    statement's other names and a «Далее-» sentence are kept. Merged with batches 21 and
    22 (1,607 dev rows): 15 (9 footnotes, 6 GOST examples); 14 once an order's date
    after «від» stays beside its bulletin's year (ru-gost-797). Session 25: 13, a board
    chair's «(голова)» kept in note (ru-gost-556). Session 31, batch 39's 70 dev rows: 14,
    two new rows dropping a word (the same count before the batch's fixes): a leaf whose
    verso is glued at the note's end «л. 120об» (ru-fn-2613) and a chapter's title before
    «, в кн.:» (ru-fn-2684). Session 34, batch 43's 83 dev rows: 15, the same with main's
    code: a lead-in sentence before a lower-case «цит. по:» whose reference the labeller
    reads («Дневник леди Сибил Грей цит. по: Michael Harmer, Forgotten Hospital, p. 67.»,
    ru-fn-2851, 2853) is not kept as the cite's prefix, as it is before a GOST reference.
    Session 34, after the merges: 19, four rows whose word is now read into a value in
    another form, which the audit does not map back (no text is lost; each was wrong
    before): an OCR «3» read as the initial «З» (ru-fn-1470, «Рабинович Б. 3.»), an
    edition written out read as its number (ru-fn-2066, «Издание второе» → 2), the
    copyright mark typed «сор..» before the year (ru-gost-078), OCR's «Ne» read as «№»
    (ru-gost-1845). The audit should learn these forms. Session 35, batches 45-48's 227
    dev rows: 19 once the audit counts the grammar's own «и др.» phrases
    (`reference_terms.ET_AL_PHRASES`), of which batch 48's transliterated «i dr.»
    (ru-gost-2142) was the twentieth. Session 36: 4, the audit reading the forms above
    (a marker typed with Latin look-alikes, a digit read as its letter, an ordinal as its
    number, copyright's «сор.», OCR's «Ne», a quoted periodical's kind, an almanac's «на
    1842 г.», a work's noun «соч.» before its author) and the parser keeping a patent's
    country, a month named before the year, a newspaper's second day, a page after the
    dash typed twice («—-») and the clause before «цит. по:» when the reference after
    it falls back from a short form (ru-fn-2851, 2853). Left: a volume range read as the
    number of volumes («Vol. 1—8», ru-fn-784, 785), a list's «1)» inside a note
    (ru-fn-2740), OCR's «ата звернення» (ru-gost-413).
    Session 36, batch 50's 41 dev rows: two more rows dropping words with the code
    before the batch's fixes as well: a decree's
    article in the Supreme Soviet's gazette in the period form «Ведомости Верховного
    Совета СССР. 1956. № 19. Ст.430. С.526;» loses «430» (ru-fn-3339), and a collection's
    corporate statement after its title «…: сборник статей / УИИЯЛ УдмФИЦ УрО РАН. –
    Ижевск: …» is lost (ru-gost-2261). Both are to be kept."""
    assert _rows_dropping(RUSSIAN_DEV) <= RUSSIAN_AT_MOST


def test_external_dev_rows_dropping_a_word_do_not_grow() -> None:
    """2026-12-06 (session 24): 56 of 2173 external dev rows (anystyle 9, linkedbooks 27,
    grobid 15, bibliographic_tei 5) drop a word; 70 (linkedbooks 41) before the
    labeller's leftover kept the marker words inside its runs. Second round: 42
    (anystyle 4, linkedbooks 26, grobid 7, bibliographic_tei 5), the year's letters and
    physics journals' series letters glued to a read number accounted. Session 36: 36
    (anystyle 2, linkedbooks 25, grobid 4, bibliographic_tei 5), a journal's page the
    labeller labelled a date after the item's year no longer taken as read («BMJ 2005, 330,
    1347.»: read as the page). Leaving such a number untaken after any year (24 rows
    then) cost the Russian held-out footnotes 4 fields, so it is done after a journal and
    its volume only."""
    assert _rows_dropping(EXTERNAL) <= EXTERNAL_AT_MOST
