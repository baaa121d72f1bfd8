"""A volume, book or part numbered inside a title block without GOST's full stop-and-dash
areas: the term written out («Том пятнадцатый», «Часть 1I», «Выпуск 2»), the volume's own
title after a colon («Т. 92: Александр Блок. Новые материалы …»), and a catalogue's ISBD
record that puts the number after the colon of other title information («Ученые записки :
Т. CV, вып. 3»). Real forms from the dev set, several sources each; the values read off the
text by hand (GOST 7.1-2003 clauses 5.2.4–5.2.5: a part's numbering and its own title)."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes
from biblio.parse.gost import parse_reference


def _item(text: str) -> dict:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return document.items[cite.item].fields


WRITTEN_TERMS = [
    # an oriental-studies institute's heading of a reprinted article (batch 25): the
    # volume in words, then the volume's years before the imprint
    ("Розен В. Пролегомена к новому изданию Ибн-Фадлана. I—X // Записки Восточного "
     "Отделения Императорского Русского Археологического Общества. Том пятнадцатый. "
     "1902—1903. СПб.: Типография Императорской Академии Наук, 1904. С. 39—73.",
     "Записки Восточного Отделения Императорского Русского Археологического Общества",
     "volume", "пятнадцатый"),
    # a book on 1812 citing a Soviet collection of documents on Kutuzov (batch 23): a
    # volume, then its part, whose number is damaged («1I») and kept as printed
    ("Русские полководцы. М.И. Кутузов. Сборник документов и материалов. Том IV. Часть 1I. "
     "Под ред. Л.Г. Бескровного. Москва, изд. Министерства Обороны Союза ССР, 1955, стр. 98.",
     "Русские полководцы. М.И. Кутузов. Сборник документов и материалов", "volume", "IV"),
    # an article on Siberia citing a collection's issue after a dash (batch 11), with the
    # issue's own title; «гг.» keeps its abbreviation's period, as the dev row's gold has it
    ("Храмков А.А. К вопросу о классовом расслоении крестьянства Томской губернии в начале XX "
     "века // Экономическое и общественно-политическое развитие Сибири в 1861-1917 гг. - "
     "Выпуск 2. Сибирь периода капитализма. - Новосибирск, 1965. - С. 89-96.",
     "Экономическое и общественно-политическое развитие Сибири в 1861-1917 гг.", "issue", "2"),
]


@pytest.mark.parametrize(("text", "title", "variable", "value"), WRITTEN_TERMS)
def test_a_term_written_out_numbers_the_title_block(text: str, title: str, variable: str,
                                                    value: str) -> None:
    fields = _item(text)
    assert fields.get("container-title", fields.get("title")) == title
    assert fields[variable] == value


def test_a_part_written_out_keeps_its_designation_as_printed() -> None:
    fields = _item(WRITTEN_TERMS[1][0])
    assert fields["part-number"] == "Часть 1I"
    assert "volume-title" not in fields


OWN_TITLES = [
    # a book on the Symbolists citing a letter in Литературное наследство (batch 15): the
    # volume's title holds a period
    ("Письмо от 5 августа 1906 г. // Литературное наследство. Т. 92: Александр Блок. Новые "
     "материалы и исследования. Кн. 1. С. 544.", "container-title", "Литературное наследство",
     "92", "Александр Блок. Новые материалы и исследования"),
    # a church catalogue's source line (batch 23)
    ("Паламарчук П. Г. Сорок сороков. Т. 4: Окраины Москвы. Инославие и иноверие. М., 1995. "
     "С. 274-284.", "title", "Сорок сороков", "4", "Окраины Москвы. Инославие и иноверие"),
]


@pytest.mark.parametrize(("text", "variable", "title", "volume", "volume_title"), OWN_TITLES)
def test_a_volume_keeps_its_own_title_after_the_colon(text: str, variable: str, title: str,
                                                      volume: str, volume_title: str) -> None:
    fields = _item(text)
    assert (fields[variable], fields["volume"], fields["volume-title"]) == \
        (title, volume, volume_title)
    assert "genre" not in fields  # «Окраины Москвы …» was read as a genre before


def test_a_catalogue_record_numbers_a_serial_after_the_colon() -> None:
    # a pedagogical institute's transactions as a library catalogue exports them (batch 16)
    fields = _item("Ученые записки : Т. CV, вып. 3 / Московский гос. пед. ин-т им. В.И. "
                   "Ленина, Каф-ра мет. русск. яз. и лит-ры.; Под ред. В.В. Голубкова. - "
                   "Москва : МГПИ, 1957. - 233 с. : ил.")
    assert (fields["title"], fields["volume"], fields["issue"]) == ("Ученые записки", "CV", "3")


def test_a_catalogue_record_numbers_a_part_of_a_host_after_the_colon() -> None:
    # a Ukrainian music academy's record of a song in a reader (batch 16)
    fields = _item("Ой тужила : укр. нар. пісня : обр. для хору [Текст] // Хрестоматія "
                   "української дожовтневої музики : Ч. 2 : учбовий посібник для консерваторій "
                   "та муз. уч. / упоряд. та комент. О. Я. Шреєр-Ткаченко. — 2-е вид. випр. та "
                   "доп. — К. : Муз.Україна, 1976. — С.78-79.")
    assert (fields["container-title"], fields["part-number"]) == \
        ("Хрестоматія української дожовтневої музики", "Ч. 2")


@pytest.mark.parametrize("text", [
    "Записки. Том сто первый. М., 1990.",
    "Записки. Том двадцать третий. М., 1990.",
    "Научные труды. Том двести восемнадцатый. М., 2019.",
])
def test_a_compound_ordinal_is_one_volume_kept_as_printed(text: str) -> None:
    # Russian puts only the last word of a compound ordinal in the ordinal's form
    fields = parse_reference(text).fields
    assert fields["volume"] == text.split("Том ")[1].split(".")[0]
    assert fields["title"] in ("Записки", "Научные труды")


@pytest.mark.parametrize(("text", "title"), [
    # a range after a colon is the set's number of volumes, not one volume
    ("Сочинения : Т. 1—3. М., 1990.", "Сочинения"),
    # a word that is no numbering after the term's word stays in the title
    ("Записки. Книга жизни. М., 1990.", "Записки. Книга жизни"),
    ("Записки. Том сорок. М., 1990.", "Записки. Том сорок"),  # a cardinal: no ordinal
    # a Roman numeral of a name or of a chapter, with no volume term, is the title's
    ("Карл XII. Полтава. М., 1990.", "Карл XII. Полтава"),
    ("Записки о Петре. Глава II. М., 1990.", "Записки о Петре. Глава II"),
    ("Записки. Томск и его окрестности. М., 1990.", "Записки. Томск и его окрестности"),
])
def test_what_is_no_numbering_stays_in_the_title(text: str, title: str) -> None:
    fields = parse_reference(text).fields
    assert fields["title"] == title
    assert "volume" not in fields and "part-number" not in fields


@pytest.mark.parametrize(("text", "title", "volume", "edition"), [
    # the ПСРЛ by their full quoted title pages (batch 29, dev rows ru-fn-2065, ru-fn-2066):
    # the note's quotes enclose the whole title page, volume and edition with it
    ("«Полное собрание русских летописей, издаваемое государственной археографической "
     "комиссией Российской Академии Наук. Том Пятнадцатый. Издание второе. Выпуск первый. "
     "Рогожский летописец». Петроград. 1922 год. Ст. 21—23.",
     "Полное собрание русских летописей, издаваемое государственной археографической "
     "комиссией Российской Академии Наук", "Пятнадцатый", "2"),
    # another collection, volume and edition in the same form
    ("«Сборник Императорского Русского исторического общества. Том третий. Издание "
     "четвертое». Санкт-Петербург. 1880 год. Стр. 12.",
     "Сборник Императорского Русского исторического общества", "третий", "4"),
    # unquoted: the edition in words between the designations is read there too
    ("Полное собрание русских летописей. Том второй. Издание второе. Ипатьевская летопись. "
     "СПб., 1908.", "Полное собрание русских летописей", "второй", "2"),
])
def test_a_quoted_title_page_is_read_as_the_title_page_it_quotes(
        text: str, title: str, volume: str, edition: str) -> None:
    """A note that quotes a whole title page quotes the title proper with its volume and
    edition statements (GOST 7.1-2003 clauses 5.2.4, 5.3): the quotes are the note's, the
    numbering after the title proper is read as it would be unquoted, and the quotes'
    closing mark stays with none of the fields."""
    fields = _item(text)
    assert (fields["title"], fields["volume"], fields["edition"]) == (title, volume, edition)
    assert not any("»" in str(value) for value in fields.values())


def test_a_quoted_title_whose_words_hold_no_numbering_keeps_its_periods() -> None:
    fields = _item("«Очерки истории СССР. Период феодализма». М., 1953. С. 5.")
    assert fields["title"] == "Очерки истории СССР. Период феодализма"
    assert "volume" not in fields


def test_a_volume_term_of_the_tables_written_out_numbers_the_title_block() -> None:
    # a book on 1812 citing Napoleon's correspondence (batch 23): the French «Tome» written
    # out (VOLUME_TERMS), then the volume's own title; the terms are now the tables', not a
    # hand-written list that lacked it (locators.TITLE_NUMBERING_TERMS)
    fields = _item("Correspondance de Napoleon I-er. Tome 31. Oeuvres de Napoleon I-er a "
                   "Sainte-Helene / publiee par ordre de l'empereur Napoleon III. – Henri Plon "
                   ": J. Dumaine, 1870. Paris. P. 386.")
    assert fields["title"] == "Correspondance de Napoleon I-er"
    assert fields["volume"] == "31"
    assert fields["volume-title"] == "Oeuvres de Napoleon I-er a Sainte-Helene"


@pytest.mark.parametrize(("text", "title"), [
    # a term's word before a word, not a number, stays the title's
    ("Russia. Part of Europe. London, 1990.", "Russia. Part of Europe"),
    ("Записки. Выпуск в свет. М., 1990.", "Записки. Выпуск в свет"),
])
def test_a_term_of_the_tables_without_its_number_stays_in_the_title(text: str,
                                                                    title: str) -> None:
    fields = parse_reference(text).fields
    assert fields["title"] == title
    assert "volume" not in fields and "issue" not in fields and "part-number" not in fields


@pytest.mark.parametrize(("text", "volume"), [
    # a translator's or editor's initials after the title (Heath's Archimedes and Euclid, as
    # Russian notes on Greek mathematics cite them): a lone L or C after the Latin «T.» is a
    # name's, not the volume 50 or 100 (review of session 31)
    ("Archimedes. The Works of Archimedes. T. L. Heath (ed.). Cambridge, 1897.", None),
    ("Euclid. The Thirteen Books of Euclid's Elements. T. L. Heath, transl. Cambridge, 1908. "
     "P. 5.", None),
    # the transliterated volume the Latin «T.» was added for, in figures and Roman numerals
    ("Smith J. Essays. T. 2. London, 1990.", "2"),
    ("Uchenye zapiski. T. CV. Kazan, 1950.", "CV"),
])
def test_a_latin_t_before_initials_is_no_volume(text: str, volume: str | None) -> None:
    fields = _item(text)
    assert fields.get("volume") == volume
    assert "volume-title" not in fields
