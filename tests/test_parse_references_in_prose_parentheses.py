"""A reference in parentheses inside the author's prose (issue 9): the reference is read
whole, the prose around it is the note's comment, nothing of it lost. Values read by hand
from the notes; the dev rows that led here are ru-fn-1742 and ru-fn-2072 (batch 42), the
notes below vary their names, titles, places and numbers."""

from __future__ import annotations

import pytest

from biblio.model import Name
from biblio.parse import parse_footnotes
from biblio.parse.commentary import is_commentary, sentences

MID_SENTENCE = [
    # the parenthesis closes after the reference's period, and the sentence goes on
    ("Первое издание этой книги (Смирнов В. Г. Записки провинциала. Казань, 1987. "
     "С. 12–14.) заметно отличается от второго.",
     [Name(family="Смирнов", given="В. Г.")], "Записки провинциала", "Казань", 1987, "12–14",
     "Первое издание этой книги заметно отличается от второго."),
    ("Этот текст (Кузнецова Е. А., Лебедев И. П. Дневники. Л., 1969. С. 5.) позднее был "
     "переиздан с сокращениями.",
     [Name(family="Кузнецова", given="Е. А."), Name(family="Лебедев", given="И. П.")],
     "Дневники", "Ленинград", 1969, "5",
     "Этот текст позднее был переиздан с сокращениями."),
]


CLOSING_THE_SENTENCE = [
    # the prose quotes words, which a reading of the whole took for the title
    ('Она вспоминала, что отец называл эти годы "лучшими в жизни" (Н. В. Орлова, '
     'В. Н. Орлов. Записки о былом. 1905-1917 гг. Тверь, 1994, с. 88).',
     [Name(family="Орлова", given="Н. В."), Name(family="Орлов", given="В. Н.")],
     "Записки о былом. 1905-1917 гг.", "Тверь", 1994, "88",
     'Она вспоминала, что отец называл эти годы "лучшими в жизни"'),
    ("Староста уверял, что «хлеб весь сдан» (А. С. Петров, С. А. Петрова. Дневник "
     "переселенца. 1890–1895 гг. Омск, 1960, с. 31–32).",
     [Name(family="Петров", given="А. С."), Name(family="Петрова", given="С. А.")],
     "Дневник переселенца. 1890–1895 гг.", "Омск", 1960, "31–32",
     "Староста уверял, что «хлеб весь сдан»"),
]


@pytest.mark.parametrize(("text", "authors", "title", "place", "year", "page", "comment"),
                         MID_SENTENCE + CLOSING_THE_SENTENCE)
def test_a_reference_in_parentheses_inside_prose_is_read_whole_the_prose_kept(
        text: str, authors: list[Name], title: str, place: str, year: int, page: str,
        comment: str) -> None:
    document = parse_footnotes([text])
    note = document.notes[0]
    assert len(note.cites) == 1
    item = document.items[note.cites[0].item]
    assert item.fields["author"] == authors
    assert item.fields["title"] == title
    assert item.fields["publisher-place"] == place
    assert item.fields["issued"].parts == [[year]]
    assert note.cites[0].locator == page
    assert note.comment == comment
    assert not note.leftover


def test_a_parenthesis_inside_a_reference_is_not_taken_for_one_in_prose() -> None:
    """A journal's numbering in parentheses before its imprint («Том … (№4/2019). М.: …»)
    does not close the text: the title before it stays the reference's."""
    document = parse_footnotes(["Записки Общества любителей истории. Том семнадцатый "
                                "(№2/2011). М.: Наука, 2011. С. 40-45"])
    note = document.notes[0]
    assert len(note.cites) == 1
    assert note.comment is None


@pytest.mark.parametrize(("text", "first"), [
    ("Он говорил о «Повести о Москве.» Потом её переименовали.", "Он говорил о «Повести о Москве.»"),
    ("Так писал Гоголь (в письме к матери.) Ответа не было.",
     "Так писал Гоголь (в письме к матери.)"),
])
def test_a_sentence_keeps_the_marks_its_period_stands_inside(text: str, first: str) -> None:
    assert sentences(text)[0] == first


@pytest.mark.parametrize("sentence", [
    "Автор утверждает, что 1931 году работа над циклом была закончена.",  # «в» lost
    "Известно, что к 1948 году выставка объехала несколько городов.",
    "Мы знаем, что за 1905 годом последовали годы реакции.",
    "Він пише, що 1926 році художник знову працював у Версалі.",
])
def test_a_year_that_a_case_of_the_word_for_year_follows_is_prose(sentence: str) -> None:
    assert is_commentary(sentence)


def test_a_newspaper_day_with_the_genitive_of_year_stays_a_reference_sign() -> None:
    assert not is_commentary("Известия, 5 мая 1926 года, вечерний выпуск")


def test_a_sentence_of_prose_with_such_a_year_before_a_lead_in_is_the_comment() -> None:
    """ru-fn-1745 led here: the sentence was read as a reference of its own."""
    document = parse_footnotes([
        "Ольга Петрова, которая составила перечень писем художника, пишет, что 1931 году "
        "он снова работал в Крыму. См.: Петрова О. Письма из Крыма. Симферополь, 1977. "
        "С. 40."])
    note = document.notes[0]
    assert len(note.cites) == 1
    item = document.items[note.cites[0].item]
    assert item.fields["author"] == [Name(family="Петрова", given="О.")]
    assert item.fields["title"] == "Письма из Крыма"
    assert item.fields["issued"].parts == [[1977]]
    assert note.cites[0].prefix == "См.:"
    assert note.comment == ("Ольга Петрова, которая составила перечень писем художника, "
                            "пишет, что 1931 году он снова работал в Крыму.")


SOURCE_AFTER_A_DASH = [
    # an edition's commentary names the source of a quotation last, after «. —» (ru-fn-1544
    # and 1545 led here), the dash typed «--», «—» or «–»
    ('Конец цитаты -- после слов "и далее он пишет" -- из письма к жене от 12 (24) '
     'октября 1874 г. -- Письма, IV, 212.', "Письма", "IV", "212",
     'Конец цитаты -- после слов "и далее он пишет" -- из письма к жене от 12 (24) '
     'октября 1874 г.'),
    ('Начало цитаты — до слов "не стоит" — из записной книжки 1880 г. — Письма, III, 48.',
     "Письма", "III", "48", 'Начало цитаты — до слов "не стоит" — из записной книжки 1880 г.'),
    ('Начало цитаты – до слов «не стоит» – из дневника 1880 г. – Письма, II, 90.',
     "Письма", "II", "90", 'Начало цитаты – до слов «не стоит» – из дневника 1880 г.'),
]


@pytest.mark.parametrize(("text", "title", "volume", "page", "prose"), SOURCE_AFTER_A_DASH)
def test_a_short_title_after_prose_and_a_dash_is_the_source_the_prose_kept(
        text: str, title: str, volume: str, page: str, prose: str) -> None:
    document = parse_footnotes([text])
    note = document.notes[0]
    assert len(note.cites) == 1
    item = document.items[note.cites[0].item]
    assert item.fields["title"] == title
    assert item.fields["volume"] == volume
    assert note.cites[0].locator == page
    assert note.comment == prose
    assert not note.leftover


def test_a_prose_sentence_with_its_parenthesis_open_before_the_dash_is_kept_and_reported() -> None:
    """The sentences are weighed one by one: the source is read, the prose with a date in
    it is no sure commentary and is kept as the note's leftover (ru-fn-1545's form)."""
    text = ('Вторая часть -- после многоточия (от слов "но ведь это" -- неточная цитата из '
            'письма от 2 (14) марта 1870 г. -- Письма, I, 77.')
    document = parse_footnotes([text])
    note = document.notes[0]
    item = document.items[note.cites[0].item]
    assert (item.fields["title"], item.fields["volume"], note.cites[0].locator) == \
        ("Письма", "I", "77")
    assert [leftover.text for leftover in note.leftover] == [
        'Вторая часть -- после многоточия (от слов "но ведь это" -- неточная цитата из '
        'письма от 2 (14) марта 1870 г.']


def test_a_title_in_prose_before_a_dash_and_a_repeat_stays_whole() -> None:
    """«<Б. п.> Три месяца за Дунаем в 1828 году.- Там же, т. XXXIII;» (ru-fn-1226): a
    reading with no leftover is not cut, though its title reads as prose."""
    document = parse_footnotes(["Два года на Кавказе в 1840 году. — Там же, т. XII."])
    assert document.notes[0].comment is None


def test_an_article_named_in_prose_with_its_periodical_in_parentheses_is_read() -> None:
    """«Title» («Periodical», year, № N): the title in the prose, the periodical and its
    numbering in the parenthesis after it (ru-fn-990's form)."""
    document = parse_footnotes(["Его ответом стала рецензия «Ответ критику» («Русское слово», "
                                "1857, № 11, с. 20–35), написанная наспех."])
    note = document.notes[0]
    item = document.items[note.cites[0].item]
    assert item.fields["title"] == "Ответ критику"
    assert item.fields["container-title"] == "Русское слово"
    assert item.fields["issue"] == "11"
    assert item.fields["issued"].parts == [[1857]]
    assert item.fields["page"] == "20–35"
    assert note.comment == "Его ответом стала рецензия, написанная наспех."


def test_an_article_so_named_at_the_end_of_a_sentence_is_read() -> None:
    document = parse_footnotes(["Ответом на нее стала статья Добролюбова «Луч света в темном "
                                "царстве» («Современник», 1860, № 10)."])
    note = document.notes[0]
    item = document.items[note.cites[0].item]
    assert (item.fields["title"], item.fields["container-title"], item.fields["issue"]) == \
        ("Луч света в темном царстве", "Современник", "10")
    assert note.comment == "Ответом на нее стала статья Добролюбова"


@pytest.mark.parametrize(("text", "title", "place", "year", "comment", "cites"), [
    # ru-fn-893's form: a book named in prose, its imprint in the parenthesis after it,
    # a review of it after «;»; the title's own sentences are not the prose's
    ("В его брошюре «Очерки местной истории. Пособие для учителей» (Тверь, 1912. 48 с.) нет "
     "ни слова об этом.", "Очерки местной истории. Пособие для учителей", "Тверь", 1912,
     "В его брошюре нет ни слова об этом.", 1),
    ("Книга «Записки краеведа» (М.; Л., 1930; см.: Иванов П. С. [Рецензия] // Краеведение. "
     "1931. № 2. С. 10-12) вышла без имени автора.", "Записки краеведа",
     "Москва; Ленинград", 1930, "Книга вышла без имени автора.", 2),
])
def test_a_book_named_in_prose_with_its_imprint_in_parentheses_is_read(
        text: str, title: str, place: str, year: int, comment: str, cites: int) -> None:
    document = parse_footnotes([text])
    note = document.notes[0]
    assert len(note.cites) == cites
    item = document.items[note.cites[0].item]
    assert item.fields["title"] == title
    assert item.fields["publisher-place"] == place
    assert item.fields["issued"].parts == [[year]]
    assert note.comment == comment


def test_a_quotation_before_its_source_in_parentheses_is_no_title() -> None:
    """ru-fn-1770: the words in guillemets are quoted prose; the source names its author."""
    document = parse_footnotes([
        "Родился в семье врача, «получил при крещении имя Павел, сменив его в 1901 (при "
        "постриге) на имя Петр» (Смирнов К.Д. Старец: В 2 т. М.; Л., 1931. Т. 2. С. 9)."])
    item = document.items[document.notes[0].cites[0].item]
    assert item.fields["author"] == [Name(family="Смирнов", given="К.Д.")]
    assert item.fields["title"] == "Старец"


def test_a_sentence_is_not_cut_inside_guillemets_that_close_later() -> None:
    assert sentences("Он издал «Записки. Том первый. Пособие» (М., 1900). Потом уехал.") == [
        "Он издал «Записки. Том первый. Пособие» (М., 1900).", "Потом уехал."]


@pytest.mark.parametrize(("text", "author", "title", "prefix"), [
    # a sentence of prose closed by a colon, then the reference (ru-fn-1385 led here)
    ("Недавно вышла книга, в которую вошли его статьи 1930-х годов: П.С.Орлов. Забытые "
     "страницы. Статьи и письма, М.: Наука, 1999.", Name(family="Орлов", given="П.С."),
     "Забытые страницы. Статьи и письма",
     "Недавно вышла книга, в которую вошли его статьи 1930-х годов:"),
    ("Сюда же войдут и его очерки о деревне 1950-х годов: В.Н.Кравцов. Деревенские тетради. "
     "Очерки, Л.: Лениздат, 1988.", Name(family="Кравцов", given="В.Н."),
     "Деревенские тетради. Очерки", "Сюда же войдут и его очерки о деревне 1950-х годов:"),
])
def test_a_reference_after_a_sentence_of_prose_and_its_colon_is_read_the_prose_kept(
        text: str, author: Name, title: str, prefix: str) -> None:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    item = document.items[cite.item]
    assert item.fields["author"] == [author]
    assert item.fields["title"] == title
    assert cite.prefix == prefix


def test_a_titles_other_information_after_its_colon_stays_the_titles() -> None:
    document = parse_footnotes(["Очерки истории русской литературы: XIX век. М., 1990."])
    cite = document.notes[0].cites[0]
    assert document.items[cite.item].fields["title"] == "Очерки истории русской литературы: XIX век"
    assert cite.prefix is None


@pytest.mark.parametrize("text", [
    # a periodical's articles described in GOST's areas, their contents after «Содерж.:»
    # (the host-journal-dash variant of ru-gost-1015): the title's other information after
    # its colon is no sentence of prose, and the areas before the contents are not lost
    "Нравственный облик человека: [Статьи]. — Знание — сила. — 1985. — № 3. — С. 4—9. — "
    "Содерж.: Петров А. Северный путь. — С. 4—6; Орлова Н. Первые шаги. — С. 7-9.",
    "Культурная жизнь района: [Статьи]. — Родина. — 1995. — № 5. — С. 20—31. — Содерж.: "
    "Иванов П. Последний рубеж. — С. 20—25; Сидоров К. Солдатские письма. — С. 26-31.",
])
def test_a_description_before_its_contents_is_not_taken_for_prose(text: str) -> None:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    assert cite.prefix is None
    assert document.items[cite.item].fields["title"] == text.split(". — ")[0]
