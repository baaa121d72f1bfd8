"""Titles that swallowed what follows them (issue 9, session 32): an area after the title
that no reader knew, left in the title. Each rule is tested on real forms from several
sources, the expected values read off the text by hand, and on titles that hold the same
words as their own."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "title", "date", "page"), [
    # the Russian dev set, batch 28 (a translated monograph on the Moscow metro)
    ("Deutsche Zentralzeitung. 16.5.1935. S. 1.", "Deutsche Zentralzeitung",
     [1935, 5, 16], "1"),
    # a Kazakh university's list of publications (its web page): the same issue after «//»
    ("Ананьева С. Гордость отечественной науки // Казправда. 24.03.2017. - С. 8.",
     "Гордость отечественной науки", [2017, 3, 24], "8"),
])
def test_a_newspapers_day_in_figures_is_its_issue(
        text: str, title: str, date: list[int], page: str) -> None:
    """GOST 7.1-2003 clause 5.7.7 dates a newspaper's issue by its day ("Правда. 1937. 12
    марта."); notes print the day in figures as an area of its own."""
    reference = parse_reference(text)
    assert reference.fields["title"] == title
    assert reference.fields["issued"].parts[0] == date
    assert reference.locator == page


@pytest.mark.parametrize(("text", "title"), [
    ("Правда. 32.13.1937. С. 2.", "Правда. 32.13.1937"),  # no day, no month: no date
    ("Итоги выборов 12.03.1937 в Москве. М., 1990.", "Итоги выборов 12.03.1937 в Москве"),
])
def test_figures_that_are_no_day_or_stand_in_the_title_stay(text: str, title: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["title"] == title
    assert reference.fields.get("issued") is None or \
        len(reference.fields["issued"].parts[0]) == 1


@pytest.mark.parametrize(("text", "title", "role", "family"), [
    # the Russian dev set, batch 23 (a book on 1812): role words joined, then the names
    ("Вильсон Р.Т. Дневник путешествий, службы и общественных событий в бытность при "
     "европейских армиях во время кампаний 1812-1813 года. Письма к разным лицам. Пер. с "
     "англ., вступ. ст. С.Н. Искюля, примеч. С.Н. Искюля, Д.В. Соловьева. СПб, ИНАПРЕСС, "
     "1995, стр. 273-274.",
     "Дневник путешествий, службы и общественных событий в бытность при европейских армиях "
     "во время кампаний 1812-1813 года. Письма к разным лицам", "translator", "Искюль"),
    # a programmer's comment quoting the book it follows: the family before the initials
    ("Энтони Уильямс, Параллельное программирование на С++ в действии. Практика разработки "
     "многопоточных программ. Пер. с англ. Слинкин А. А. - M.: ДМК Пресс, 2012 - 672c.: ил.",
     None, "translator", "Слинкин"),
])
def test_abbreviated_role_words_after_the_title_go_on_to_their_names(
        text: str, title: str | None, role: str, family: str) -> None:
    """GOST 7.0.12's abbreviated role words ("пер. с англ.", "вступ. ст.") open the
    statement of responsibility that older notes print as a sentence after the title; the
    period that closes them is no end of area."""
    fields = parse_reference(text).fields
    if title:
        assert fields["title"] == title
    assert "Пер." not in fields["title"]
    assert fields[role][0].family == family


def test_role_words_before_a_place_keep_their_own_area() -> None:
    """"Пер. с англ." with no names, then the place ("М.:"), as a programmers' page lists
    Stroustrup's book: the place's area stays its own."""
    fields = parse_reference("Бьёрн Страуструп. Дизайн и эволюция C++. Пер. с англ. М.: ДМК "
                             "Пресс; СПб.: Питер, 2006.").fields
    assert fields["publisher-place"] == "Москва; Санкт-Петербург"
    assert fields["issued"].parts[0] == [2006]


def test_an_edition_typed_with_the_no_break_hyphen_leaves_the_title() -> None:
    """The dev set's batch 21 (notes of a paper on the Russian word) types «2‑е» with
    U+2011, the no-break hyphen of word processors: the edition's term is read as with
    ASCII's hyphen, not left in the title."""
    from biblio.parse import parse_reference as read_as_printed
    fields = read_as_printed("В. В. Виноградов. Русский язык. (Грамматическое учение о "
                             "слове), изд. 2\u2011е. М., 1972, стр. 14.").fields
    assert fields["title"] == "Русский язык. (Грамматическое учение о слове)"
    assert fields["edition"] == "2"


@pytest.mark.parametrize("text", [
    "В. В. Виноградов. Русский язык, изд. 2\u2011е. М., 1972.",
    "Stanley Feldman. The Humanitarian Foundation. American Journal of Political Science "
    "45: 658\u2010677.",
])
def test_a_typographic_hyphen_is_no_note_typed_as_read(text: str) -> None:
    from biblio.parse.typography import as_gost_prints, typed_as_read
    assert not typed_as_read(text)
    assert "\u2011" not in as_gost_prints(text) and "\u2010" not in as_gost_prints(text)
    assert len(as_gost_prints(text)) == len(text)  # one character for one


@pytest.mark.parametrize(("text", "title", "volume", "page"), [
    # the dev set's batch 39 (a Soviet monograph on Musorgsky), the term written out
    ("В. Стасов. Избр., том II, стр. 197", "Избр", "II", "197"),
    # batch 17 (the notes of Pylyaev's «Старый Петербург», 1889), its first place alone
    ("См. «Полное собрание летописей», т. V, с. 225.", "Полное собрание летописей", "V", "225"),
])
def test_a_roman_volume_after_the_titles_comma_is_the_volume(
        text: str, title: str, volume: str, page: str) -> None:
    from biblio.parse import parse_reference as read_as_printed
    reference = read_as_printed(text)
    assert reference.fields["title"].rstrip(".") == title
    assert reference.fields["volume"] == volume
    assert reference.locator == page


def test_a_roman_numeral_that_names_no_volume_stays_in_the_title() -> None:
    """A ruler's number after a comma is no volume: no volume term before it."""
    fields = parse_reference("Петров П. П. Записки о царствовании Петра I, Екатерины II. "
                             "М., 1990. С. 5.").fields
    assert fields["title"] == "Записки о царствовании Петра I, Екатерины II"
    assert "volume" not in fields


@pytest.mark.parametrize(("text", "statement"), [
    # the dev set's batch 32 (a law faculty's list): a sentence of its own after the title
    ("Конституция РФ. Принята всенародным голосованием 12 декабря 1993 г. // Российская "
     "газета. - № 197. - 25.12.93.", "Принята всенародным голосованием 12 декабря 1993 г."),
    # a course paper's list: in parentheses, lower case, with the later wording
    ("Конституция Российской Федерации (принята всенародным голосованием 12.12.1993 с "
     "изменениями, одобренными в ходе общероссийского голосования 01.07.2020) // "
     "Официальный интернет-портал правовой информации. – URL: http://pravo.gov.ru (дата "
     "обращения: 17.12.2025).",
     "принята всенародным голосованием 12.12.1993 с изменениями, одобренными в ходе "
     "общероссийского голосования 01.07.2020"),
])
def test_an_acts_statement_of_adoption_leaves_its_title(text: str, statement: str) -> None:
    """GOST 7.1-2003 clause 5.2.5 prints the statement after " : " (": принят Гос. Думой
    …"); notes print it as a sentence or in parentheses. Kept in `note`."""
    from biblio.parse import parse_reference as read_as_printed
    fields = read_as_printed(text).fields
    assert fields["title"] in ("Конституция РФ", "Конституция Российской Федерации")
    assert statement in fields["note"]


@pytest.mark.parametrize(("text", "title"), [
    # constructed boundaries: the participle with no day of adoption, or not opening the
    # sentence, is the title's own
    ("Принятие решений. Принята модель 1990 года. М., 1995.",
     "Принятие решений. Принята модель 1990 года"),
    ("Иванов И. И. Принятие решений 12 мая 1990 г. М., 1995.",
     "Принятие решений 12 мая 1990 г."),
])
def test_a_title_that_names_an_adoption_keeps_it(text: str, title: str) -> None:
    assert parse_reference(text).fields["title"] == title


@pytest.mark.parametrize(("text", "title", "editors"), [
    # the dev set's batch 2: the editors, then the set's volumes after them
    ("«Дипломатический словарь» под ред. А. А. Громыко, А. Г. Ковалева, П. П. "
     "Севостьянова, С. Л. Тихвинского в 3-х томах, М., «Наука», 1985—1986. — Т. 2, с. 132.",
     "Дипломатический словарь", ["Громыко", "Ковалев", "Севостьянов", "Тихвинский"]),
    # reading lists on the web: a quoted title, then its editors
    ("«Химический состав российских пищевых продуктов» под ред. И.М. Скурихина. М.: ДеЛи "
     "принт, 2002.", "Химический состав российских пищевых продуктов", ["Скурихин"]),
    ("«Краткий справочник физико-химических величин» под ред. К. П. Мищенко и А. А. "
     "Равделя. Л.: Химия, 1974.", "Краткий справочник физико-химических величин",
     ["Мищенко", "Равдель"]),
])
def test_role_words_after_a_quoted_title_open_its_statement(
        text: str, title: str, editors: list[str]) -> None:
    """The quotes close the title; the role words and names after them are the statement
    GOST 7.1-2003 clause 4.7 prints after " / "."""
    from biblio.parse import parse_reference as read_as_printed
    reference = read_as_printed(text)
    assert reference.fields["title"] == title
    assert [name.family for name in reference.fields["editor"]] == editors
    assert not reference.leftover


def test_the_volumes_after_the_editors_are_the_sets() -> None:
    from biblio.parse import parse_reference as read_as_printed
    fields = read_as_printed("«Дипломатический словарь» под ред. А. А. Громыко, А. Г. "
                             "Ковалева, П. П. Севостьянова, С. Л. Тихвинского в 3-х томах, "
                             "М., «Наука», 1985—1986. — Т. 2, с. 132.").fields
    assert fields["number-of-volumes"] == "3"
    assert fields["volume"] == "2"


@pytest.mark.parametrize("text", [
    "«Фауст» в пер. Б. Пастернака. М., 1960.",  # a role after «в» is the title's
    "Гёте И. В. «Фауст» в пер. Б. Пастернака. М., 1960.",
])
def test_a_translation_named_in_the_title_stays(text: str) -> None:
    assert parse_reference(text).fields["title"] == "«Фауст» в пер. Б. Пастернака"


def test_the_audit_reads_a_case_ending_after_the_no_break_hyphen() -> None:
    """The dropped-words audit reads the note as printed: «2‑е» is a number and its ending,
    as «2-е» and «9–ти» are."""
    from biblio.parse.dropped_words import words
    assert list(words("изд. 2\u2011е")) == list(words("изд. 2-е")) == ["изд", "2"]
