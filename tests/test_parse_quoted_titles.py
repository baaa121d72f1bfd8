"""A title the note's writer set in quotation marks is the title without them: a
description never quotes a title of its own accord (GOST 7.1-2003 clause 5.2.3: the title
as the source gives it), and marks printed inside the title stay. Real notes from the
Russian dev set, of four books and two journals' contents: Soviet notes on transport
economics and on a writer's life (booksonline 35596, bibliboba), a biography of a
composer (libcat 414340), a regimental history (lib33), journals of Tomsk State
University (journals.tsu.ru); the titles were read off the texts by hand."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference as parse_typed
from biblio.parse.areas import split_areas
from biblio.parse.gost import parse_reference
from biblio.parse.quoted_titles import unquoted_title


@pytest.mark.parametrize(("text", "title"), [
    ("«КПСС в резолюциях и решениях съездов, конференций и пленумов ЦК», т. 5. М., "
     "Политиздат, 1971, стр. 131.",
     "КПСС в резолюциях и решениях съездов, конференций и пленумов ЦК"),
    ("«Встречи с прошлым». Вып. 3. М., 1980. С. 415-416.", "Встречи с прошлым"),
    ("Горлова И. И. , Коваленко Т. В. , Бычкова О. И.  «Культурная жизнь российской "
     "провинции: состояние, тенденции, противоречия (на примере Краснодарского края)» // "
     "Вестник Томского государственного университета. Культурология и искусствоведение  "
     "2018. №30 C.23-32",
     "Культурная жизнь российской провинции: состояние, тенденции, противоречия (на "
     "примере Краснодарского края)"),
    ("Голомбиевский А. «Авдий Николаевич Супонев» / «Сборник биографий кавалергардов: "
     "1724-1899: по случаю столетнего юбилея Кавалергардского Её Величества государыни "
     "Императрицы Марии Федоровна полка», Т. 2 «Кавалергарды с 1762 по 1801 гг.», – СПб, "
     "1904, С. 442-444.", "Авдий Николаевич Супонев"),
])
def test_quotes_around_the_whole_title_are_the_notes_not_the_titles(text: str,
                                                                      title: str) -> None:
    assert parse_reference(text).fields["title"] == title


def test_quotes_inside_the_title_stay() -> None:
    # the outer guillemets are the note's; „Леди Макбет“ is the title's own quotation
    fields = parse_reference("Кабалевская М., Кабалевский Ю. «Казнь „Леди Макбет“» // "
                             "Советская культура. 1989. 16 ноября.").fields
    assert fields["title"] == "Казнь „Леди Макбет“"


def test_two_quoted_phrases_are_not_one_title_in_quotes() -> None:
    # «Знати(,) що сказати»; «не знаю(,) чому, але…»: a title that opens and closes with
    # quotes but holds two quoted phrases keeps both pairs (ru-gost-696, a DSTU example)
    title = "«Знати(,) що сказати»; «не знаю(,) чому, але…»"
    assert unquoted_title(title) == title
    assert unquoted_title("«Ананьинский могильник»") == "Ананьинский могильник"
    assert unquoted_title("\"Думки\"") == "Думки"


def test_a_quoted_exclamation_or_question_keeps_its_quotes() -> None:
    # a slogan or a quoted question as the whole title is the author's quotation (held-out
    # set 2's «Да здравствует товарищ Сталин!» // Родина. 2012.)
    assert unquoted_title("«Да здравствует товарищ Сталин!»") == "«Да здравствует товарищ Сталин!»"
    assert unquoted_title("«Кто виноват?»") == "«Кто виноват?»"


@pytest.mark.parametrize(("text", "title", "place"), [
    # the sentences of a quoted title are the title's, whatever follows the closing quote
    # (the typed note read whole: parse_typed puts the period before "М.,1981")
    ("Тарасов Л.А. «Хирург. Анатом. Педагог. Патриот» М.,1981 г.",
     "Хирург. Анатом. Педагог. Патриот", "Москва"),
    ("Петров П. «Записки. Дневники. Письма» Л., 1975.", "Записки. Дневники. Письма",
     "Ленинград"),
    ("Сидорова А. В. «Фронт. Тыл. Победа». — М. : Наука, 2005. — 210 с.",
     "Фронт. Тыл. Победа", "Москва"),
])
def test_periods_inside_a_quoted_title_end_no_area(text: str, title: str, place: str) -> None:
    fields = parse_typed(text).fields
    assert (fields["title"], fields["publisher-place"]) == (title, place)


def test_no_area_ends_inside_guillemets() -> None:
    areas = [area.text for area in split_areas("Лунин Б. «Север. Юг. Восток». М., 1970.")]
    assert areas == ["Лунин Б. «Север. Юг. Восток»", "М., 1970"]


@pytest.mark.parametrize(("text", "title", "note"), [
    # the writer's gloss in parentheses after the closing quote is not the title's
    ("Геселевич А.М. «Великий русский врач и ученый Н.И.Пирогов» (к 150-летию со дня "
     "рождения). М., 1960.", "Великий русский врач и ученый Н.И.Пирогов",
     "к 150-летию со дня рождения"),
    ("Лебедев К. «Сибирь. Очерки» (к 300-летию присоединения), Иркутск, 1982.",
     "Сибирь. Очерки", "к 300-летию присоединения"),
    ("Иванов И. И. «Байкал» (очерки). — Иркутск : Вост.-Сиб. кн. изд-во, 1970. — 200 с.",
     "Байкал", "очерки"),
])
def test_a_gloss_after_a_quoted_title_is_kept_as_a_note(text: str, title: str,
                                                         note: str) -> None:
    fields = parse_typed(text).fields
    assert (fields["title"], fields["note"]) == (title, note)


def test_a_parenthesis_naming_the_quotations_source_stays_in_the_title() -> None:
    # a publication of a letter titled by a quotation from it, and the source it is taken
    # from: the journal printed the whole as its title (dev row ru-fn-2237's form)
    title = "«Я жду вас в Москве…» (из «Записок и писем» П. А. Вяземского. 1830–1832 гг.)"
    fields = parse_typed(f"{title} // Встречи с прошлым. М., 1990. Вып. 7. С. 40.").fields
    assert fields["title"] == title


@pytest.mark.parametrize(("text", "place"), [
    # both periods left out after the title's closing quote or parenthesis: "М, 1960" is
    # GOST 7.0.12's "М., 1960" (Moscow), never an initial, after a title's close
    ("Геселевич А.М. «Великий русский врач и ученый Н.И.Пирогов» (к 150-летию со дня "
     "рождения) М, 1960;", "Москва"),
    ("Крылова Н. «Ладога» Л, 1982.", "Ленинград"),
    ("Орлов В. В. «Невский проспект» СПб, 2003.", "Санкт-Петербург"),
])
def test_a_place_typed_without_its_periods_after_a_quoted_title(text: str,
                                                                 place: str) -> None:
    assert parse_typed(text).fields["publisher-place"] == place


@pytest.mark.parametrize(("text", "title", "note", "page"), [
    # a commentary on a Ukrainian chronicle (dev row ru-fn-2227's form), other titles,
    # words and pages
    ("«Летопись самовидца» и пр., стр.288", "Летопись самовидца", "и пр.", "288"),
    ("«История Малороссии» и т. д., стр. 45.", "История Малороссии", "и т. д.", "45"),
    ("«Записки о Малороссии» и т.д., с. 45–46.", "Записки о Малороссии", "и т.д.", "45–46"),
    ("«Сказание о Мамаевом побоище» и др., с. 12", "Сказание о Мамаевом побоище", "и др.",
     "12"),
])
def test_a_page_after_a_quoted_title_cut_short_by_etc_is_the_pinpoint(
        text: str, title: str, note: str, page: str) -> None:
    """«и пр.», «и т. д.» close the title the note cut short; the page after its comma is
    the pinpoint, as after any title run on with a comma."""
    reference = parse_reference(text)
    assert (reference.fields["title"], reference.fields["note"], reference.locator) == \
        (title, note, page)
