"""Notes that name their work in a sentence rather than in a heading (issue 9): a letter or
a message cited by its writer and date, a review named by its periodical and reviewer, a
work described in words with its author's name governed by the noun. Values read by hand
from the notes; the counter-cases are names the same words govern that are not the work's
author (a letter's recipient in the dative, a subject, a reviewed author)."""

from __future__ import annotations

import pytest

from biblio.model import Name
from biblio.parse import parse_note, parse_reference
from biblio.parse.gost import PERIODICAL_COMMA_YEAR

COMMUNICATIONS = [
    # a geneticist's biography (dev batch 23, ru-fn-1609, 1613, 1616)
    ("Личное сообщение А. Г. Чернова 4 апр. 1967 г.", Name(family="Чернов", given="А. Г."),
     [1967, 4, 4]),
    ("Личное сообщение Н. П. Макарова осенью 1967 г.", Name(family="Макаров", given="Н. П."),
     [1967]),
    ("Письмо И. К. Янковской (Пиотровской) из Владивостока от 18 апр. 1967 г.",
     Name(family="Янковская", given="И. К."), [1967, 4, 18]),
]


@pytest.mark.parametrize(("text", "author", "date"), COMMUNICATIONS)
def test_a_message_named_by_its_writer_and_date_is_a_personal_communication(
        text: str, author: Name, date: list[int]) -> None:
    reference = parse_reference(text)
    assert reference.type == "personal_communication"
    assert reference.fields["author"] == [author]
    assert reference.fields["issued"].parts == [date]


def test_the_season_of_a_message_is_kept() -> None:
    reference = parse_reference("Личное сообщение Н. П. Макарова осенью 1967 г.")
    assert reference.fields["note"] == "осенью 1967"
    assert reference.fields["genre"] == "Личное сообщение"


@pytest.mark.parametrize("text", [
    "Письмо Кагановичу от 24 сентября 1931 г.",  # the recipient, in the dative (ru-fn-306)
    "Личное сообщение автору.",                    # no writer named, no date
])
def test_a_letter_named_by_its_recipient_or_undated_is_not_read_so(text: str) -> None:
    reference = parse_reference(text)
    assert reference.type != "personal_communication"
    assert "author" not in reference.fields


def test_a_letter_with_its_host_stays_a_document_of_that_host() -> None:
    """ru-fn-1302 (batch 17): the letter is a chapter of the collection; its writer and
    recipient stay in its title, as the gold has letters printed in a collection."""
    reference = parse_reference(
        "Письмо Г.Д. Гребенщикова И.А. Бунину от 31 июля 1940 г. // С двух берегов: Русская "
        "литература XX века в России и за рубежом. М., 2002. С. 256-257.")
    assert reference.type == "chapter"
    assert "author" not in reference.fields
    assert reference.fields["title"] == "Письмо Г.Д. Гребенщикова И.А. Бунину"


def test_an_archived_letter_stays_a_manuscript() -> None:
    reference = parse_reference(
        "Письмо И. И. Иванова от 5 мая 1930 г. (ГА РФ. Ф. 1. Оп. 1. Д. 1. Л. 1).")
    assert reference.type == "manuscript"
    assert reference.fields["archive"] == "ГА РФ"


REVIEWS = [
    # the responses to a book of 1913 (wikisource, dev batch 19, ru-fn-1412, 1413, 1414)
    ("„Научный исторический журнал”, 1914, № 3, — рецензия А. Е. Преснякова;",
     Name(family="Пресняков", given="А. Е."), "Научный исторический журнал", "3"),
    ("„Голос Минувшего”, 1914, № 5, рецензия г. В. Пичеты;",
     Name(family="Пичета", given="В."), "Голос Минувшего", "5"),
    ("„Русская Мысль” 1914, № 5, рецензия г. Гневушева)",
     Name(family="Гневушев"), "Русская Мысль", "5"),
]


@pytest.mark.parametrize(("text", "reviewer", "periodical", "issue"), REVIEWS)
def test_a_review_named_by_its_periodical_gives_its_reviewer(
        text: str, reviewer: Name, periodical: str, issue: str) -> None:
    reference = parse_reference(text)
    assert reference.type == "review"
    assert reference.fields["author"] == [reviewer]
    assert reference.fields["container-title"] == periodical
    assert reference.fields["issue"] == issue
    assert reference.fields["issued"].parts == [[1914]]
    assert reference.fields["genre"] == "рецензия"  # the word kept


def test_a_periodical_without_a_review_is_the_whole_issue() -> None:
    reference = parse_reference("„Голос Минувшего”, 1914, № 5.")
    assert reference.type == "periodical"
    assert "author" not in reference.fields


def test_the_author_after_a_review_on_is_the_reviewed_one() -> None:
    """ru-fn-627 (batch 7): "рецензия на монографию Н. В. Липатовой" names the reviewed
    book's author, read as the described work's, never as a reviewer."""
    reference = parse_reference(
        "рецензия на монографию Н. В. Липатовой «Власть в печатном варианте: образ "
        "советского лидера на страницах прессы» (Ульяновск : УлГУ, 2014. 238 С.)")
    assert reference.type != "review"
    assert reference.fields["author"] == [Name(family="Липатова", given="Н. В.")]


def test_a_work_described_in_a_sentence_with_its_host_after_it() -> None:
    """ru-fn-1383 (batch 17, an edition of Gippius's letters): the sentence before "см.
    статью" holds a name in quotes; the title's period before " // " is the sentence's; the
    journal's volume in Roman figures after its year."""
    reference = parse_reference(
        'Об участии З.Гиппиус и Д.Мережковского в журнале "Современные записки" см. статью '
        'М.В.Вишняка "З.Н.Гиппиус в письмах". // "Новый журнал", 1954, т. XXXVII.')
    assert reference.fields["author"] == [Name(family="Вишняк", given="М.В.")]
    assert reference.fields["title"] == "З.Н.Гиппиус в письмах"
    assert reference.fields["container-title"] == "Новый журнал"
    assert reference.fields["volume"] == "XXXVII"
    assert reference.fields["issued"].parts == [[1954]]


def test_a_colon_after_the_author_of_a_described_work_is_not_a_lead_in() -> None:
    """ru-fn-1381 (batch 17, Pylyaev's notes): "соч." governs the genitive "Грота" (Грот;
    "Грота" is no Russian nominative's ending the grammar reads back alone)."""
    reference = parse_reference("См. соч. Я. Грота: «Петербургский край до Петра Великого».")
    assert reference.fields["author"] == [Name(family="Грот", given="Я.")]
    assert reference.fields["title"] == "Петербургский край до Петра Великого"


def test_a_name_a_sentence_is_about_is_no_author() -> None:
    assert parse_reference("Статья Вишняка вызвала полемику.").fields.get("author") is None


def test_a_host_number_before_the_described_work_keeps_the_host() -> None:
    """ru-fn-1431 (batch 19): the newspaper and its issue first, then "в статье …": a
    figure in the words before the noun makes them a reference, not a lead-in, so the
    host's issue and year are not dropped (the note's words after the page are its
    commentary)."""
    reference = parse_note(
        "«Полтавские Губернские Ведомости», 1839 г., № 5, стр. 34, в статье Я. Ефремовича: "
        "«Полтава и замечательнейшее в окрестностях ее».")[0]
    assert reference.fields["issue"] == "5"
    assert reference.fields["issued"].parts == [[1839]]


@pytest.mark.parametrize(("text", "date"), [
    ("Правда. 1939. 24 апр.", [1939, 4, 24]),     # GOST 7.0.12-2011: апрель — апр.
    ("Известия. 1967. 4 апр. С. 3.", [1967, 4, 4]),
])
def test_april_abbreviated_as_gost_abbreviates_it(text: str, date: list[int]) -> None:
    assert parse_reference(text).fields["issued"].parts == [date]


@pytest.mark.parametrize(("text", "location"), [
    # a geneticist's biography (batch 23, ru-fn-1611): the letter's title after its file
    ("Архив АН СССР, ф. 518, оп. 2, ед. хр. 61, л. 162. В. И. Вернадский - сыну. 6 окт. "
     "1944 г.", "ф. 518, оп. 2, ед. хр. 61"),
    # the same heading before the archive, as GOST R 7.0.5 orders a document and its file
    ("В. И. Вернадский - акад. Н. Г. Холодному. 16 сент. 1944 г. // Архив РАН. Ф. 518. Оп. "
     "3. Ед. хр. 1756. Л. 30.", "ф. 518, оп. 3, ед. хр. 1756"),
])
def test_a_letter_headed_writer_dash_recipient_gives_its_writer(text: str, location: str) -> None:
    reference = parse_reference(text)
    assert reference.type == "manuscript"
    assert reference.fields["author"] == [Name(family="Вернадский", given="В. И.")]
    assert reference.fields["archive_location"] == location


def test_a_family_alone_before_a_dash_is_left_in_the_title() -> None:
    """ru-fn-1741 (batch 25): «Бенуа – Дягилеву», no initials: the gold gives no author."""
    reference = parse_reference("Бенуа – Дягилеву. Письмо от 9 июня 1923 г. // ГАРФ. Ф. 1. "
                                "Оп. 1. Д. 1. Л. 1.")
    assert "author" not in reference.fields


def test_a_glued_title_after_a_lead_in_is_parted_from_the_initial() -> None:
    """ru-fn-1970 (batch 28): "цит. по:" before a heading whose initial is typed close up
    to an English title, as GLUED_TITLE reads it at a note's start ("Крэнкшоу Э.The New
    Cold War", batch 13)."""
    reference = parse_reference(
        "Записка Шелепина от 7 июня 1960 года цит. по: Зубок В.Spy vs. Spy. The KGB vs. the "
        "CIA, 1960–1962 // CW1HPB, № 4 (осень 1994). С. 22–33.")
    assert reference.fields["author"] == [Name(family="Зубок", given="В.")]
    assert reference.fields["title"].startswith("Spy vs. Spy.")


def test_a_contribution_after_its_collection_is_a_chapter_of_it() -> None:
    """ru-fn-1705 (batch 25, notes of a monograph on Repin)."""
    reference = parse_reference(
        "Сборник в память В. В. Стасова. Спб. 1908. И. Репин. Воспоминания о B. В. Стасове. 3–6.")
    assert reference.type == "chapter"
    assert reference.fields["author"] == [Name(family="Репин", given="И.")]
    assert reference.fields["title"] == "Воспоминания о В. В. Стасове"
    assert reference.fields["container-title"] == "Сборник в память В. В. Стасова"
    assert reference.fields["issued"].parts == [[1908]]
    assert reference.locator == "3–6"


def test_a_sentence_after_a_books_page_is_no_contribution() -> None:
    """The review of session 31: a name and a sentence in lower case after the page, the
    initials' lookahead taking the second initial for a title's capital."""
    reference = parse_reference("Очерки истории Урала. Свердловск, 1990. С. 5. Петров П. П. "
                                "указывает иную дату.")
    assert reference.type != "chapter"
    assert "container-title" not in reference.fields


@pytest.mark.parametrize("text", [
    "Иванов И. И. Книга. М., 1990. Петров П. П. Статья.",           # a heading before
    "Сборник. М., 1990. Петров П. П. Другая книга. Л., 1991.",       # a year after: a 2nd work
])
def test_two_works_of_a_note_are_not_joined_as_a_contribution(text: str) -> None:
    assert parse_reference(text).type != "chapter"


GLOSSED = [
    # the commentary of an edition of émigré letters (dev batch 31, ru-fn-2118–2122)
    ("«Жизнь Василия Фивейского» — повесть Л. Н. Андреева, опубликованная в первой книге "
     "редактируемых Горьким сборников «Знание» (СПб., 1904).",
     "chapter", Name(family="Андреев", given="Л. Н."), "Жизнь Василия Фивейского",
     {"container-title": "Знание", "publisher-place": "Санкт-Петербург"}, [1904]),
    ("«Роза Иерихона» — сборник рассказов и стихов Бунина, опубликованный берлинским "
     "издательством «Слово» в 1924 году.",
     "book", Name(family="Бунин"), "Роза Иерихона", {"publisher": "Слово"}, [1924]),
    ("«Огонь пожирающий» — рассказ Бунина, впервые опубликованный в газете «Руль» (1924. — "
     "21 августа, № 1129. — С. 2-4).",
     "article-newspaper", Name(family="Бунин"), "Огонь пожирающий",
     {"container-title": "Руль", "issue": "1129", "page": "2-4"}, [1924, 8, 21]),
    ("«Вечерний день» — книга рассказов Тэффи, опубликованная пражским издательством "
     "«Пламя» в 1924 году.",
     "book", Name(family="Тэффи"), "Вечерний день", {"publisher": "Пламя"}, [1924]),
]


@pytest.mark.parametrize(("text", "kind", "author", "title", "more", "date"), GLOSSED)
def test_a_title_glossed_by_a_commentary_gives_its_author_and_publication(
        text: str, kind: str, author: Name, title: str, more: dict[str, str],
        date: list[int]) -> None:
    reference = parse_reference(text)
    assert reference.type == kind
    assert reference.fields["author"] == [author]
    assert reference.fields["title"] == title
    assert {key: reference.fields.get(key) for key in more} == more
    assert reference.fields["issued"].parts == [date]


def test_the_words_of_a_gloss_are_kept() -> None:
    reference = parse_reference(GLOSSED[0][0])
    assert reference.fields["genre"] == "повесть"
    assert reference.fields["note"] == ("опубликованная в первой книге редактируемых Горьким "
                                        "сборников «Знание» (СПб., 1904)")


@pytest.mark.parametrize("text", [
    "«Метель» — повесть о Пушкине.",                         # whom it is about
    "«Руль» — газета Гессена, выходившая в Берлине.",        # a periodical, not a work's kind
    # the review of session 31: the subject's phrase goes on before the name it closes
    "«Слово о полку Игореве» — поэма о походе князя Игоря.",
    "«Москва и москвичи» — очерк по истории Москвы.",
    "«Венок» — сборник статей к юбилею Пушкина.",
])
def test_a_name_a_gloss_is_about_is_no_author(text: str) -> None:
    assert "author" not in parse_reference(text).fields


def test_a_letter_with_its_writers_rank_and_recipient() -> None:
    """The writer's rank cut short and the recipient after «к» (the form of the letters
    GOST R 7.0.5 quotes in archival examples, «Письмо Н. М. Минского к Л. Н. Вилькиной»,
    here cited alone with its date)."""
    reference = parse_reference("Письмо проф. Н. М. Минского к Л. Н. Вилькиной от 7 января 1907 г.")
    assert reference.type == "personal_communication"
    assert reference.fields["author"] == [Name(family="Минский", given="Н. М.")]
    assert reference.fields["title"] == "Письмо проф. Н. М. Минского к Л. Н. Вилькиной"
    assert reference.fields["issued"].parts == [[1907, 1, 7]]


def test_a_talk_named_by_its_speaker_title_and_day() -> None:
    """ru-fn-1621 (batch 23) with its initial in Cyrillic: as printed, «Ф. X.» holds a
    Latin X, which the reading of look-alike letters leaves (a Roman ten), and the note
    is not read so."""
    reference = parse_reference(
        "Из доклада проф. Ф. Х. Бахтеева «Последнее десятилетие», читанного в Москве, в "
        "Обществе испытателей природы 24 нояб. 1965 г.")
    assert reference.type == "speech"
    assert reference.fields["author"] == [Name(family="Бахтеев", given="Ф. Х.")]
    assert reference.fields["title"] == "Последнее десятилетие"
    assert reference.fields["issued"].parts == [[1965, 11, 24]]
    assert reference.fields["note"] == "читанного в Москве, в Обществе испытателей природы"


@pytest.mark.parametrize("text", [
    # a book on Benois (batch 25, ru-fn-1744): the letter's month and year after a comma
    "Письмо Е.Климову, январь 1956 года // Александр Бенуа размышляет… с. 551.",
    "Письмо Е.Климову, январь 1956 года // ГАРФ. Ф. 1. Оп. 1. Д. 1. Л. 2.",
])
def test_a_letters_month_after_a_comma_is_its_date(text: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["title"] == "Письмо Е.Климову"
    assert reference.fields["issued"].parts == [[1956, 1]]


def test_a_month_in_a_title_that_is_no_letters_stays() -> None:
    reference = parse_reference("Париж, май 1968 года // Иностранная литература. 1988. № 5.")
    assert reference.fields["title"] == "Париж, май 1968 года"


SIGNED = [
    # a translated monograph on the Moscow metro (batch 28, ru-fn-1960, 1959, 1949, 1957)
    ("Ротерт. Приказ 151, 3 марта 1934 г. (ЦАГМ. Ф. 665. Оп. 1. Д. 117. Л. 176- 178).",
     Name(family="Ротерт"), "Приказ", "151", None),
    ("Заместитель начальника Метростроя Айнгорн. Приказ 78, 2 февраля 1934 г. (ЦАГМ. Ф. 665. "
     "Оп. 1. Д. 17. Л. 97).", Name(family="Айнгорн"), "Приказ", "78",
     "Заместитель начальника Метростроя"),
    ("Абакумов. Приказ 440, 22 сентября 1933 г. (ЦАГМ. Ф. 665. Оп. 1. Д. 46. Л. 57-58);",
     Name(family="Абакумов"), "Приказ", "440", None),
    ("Президиум МГСПС. Протокол, 29 января 1934 г. (ЦАГМ. Ф. 718. Оп. 9. Д. 3. Л. 99-100).",
     Name(literal="Президиум МГСПС"), "Протокол", None, None),
]


@pytest.mark.parametrize(("text", "author", "title", "number", "note"), SIGNED)
def test_an_archival_document_headed_by_its_issuer(
        text: str, author: Name, title: str, number: str | None, note: str | None) -> None:
    """An order is a head's act, signed by a person; minutes are a body's."""
    reference = parse_reference(text)
    assert reference.type == "manuscript"
    assert reference.fields["author"] == [author]
    assert reference.fields["title"] == title
    assert reference.fields.get("number") == number
    assert reference.fields.get("note") == note


@pytest.mark.parametrize(("text", "issuer"), [
    # the review of session 31: an order headed by an institution, as the same monograph
    # heads the minutes of «… 5-го участка Метростроя» (ru-fn-1959's source); the
    # institution's name alone or ending the heading in the genitive
    ("Наркомпрос. Приказ 151, 3 марта 1934 г. (ЦАГМ. Ф. 665. Оп. 1. Д. 5. Л. 3).",
     "Наркомпрос"),
    ("Метрострой. Приказ 78, 2 февраля 1934 г. (ЦАГМ. Ф. 665. Оп. 1. Д. 17. Л. 97).",
     "Метрострой"),
    ("Управление делами Совнаркома. Приказ 5, 2 февраля 1934 г. (ГА РФ. Ф. Р-5446. Оп. 1. "
     "Д. 5. Л. 3).", "Управление делами Совнаркома"),
])
def test_an_order_headed_by_an_institution_is_a_bodys(text: str, issuer: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["author"] == [Name(literal=issuer)]
    assert (reference.fields["title"], "note" in reference.fields) == ("Приказ", False)


def test_a_document_of_another_kind_keeps_its_heading_in_the_title() -> None:
    reference = parse_reference("Метрострой. Справка о ходе работ, 5 мая 1934 г. (ЦАГМ. Ф. 665. "
                                "Оп. 1. Д. 17. Л. 9).")
    assert "author" not in reference.fields
    assert reference.fields["title"] == "Метрострой. Справка о ходе работ"


def test_a_work_described_after_its_periodical_and_issue() -> None:
    """ru-fn-1431 (batch 19, a 1902 book on Poltava): the newspaper, its year with «г.» and
    its issue first, then «в статье» and the author in the genitive, the title in quotes."""
    reference = parse_reference(
        "«Полтавские Губернские Ведомости», 1839 г., № 5, стр. 34, в статье Я. Ефремовича: "
        "«Полтава и замечательнейшее в окрестностях ее».")
    assert reference.fields["author"] == [Name(family="Ефремович", given="Я.")]
    assert reference.fields["title"] == "Полтава и замечательнейшее в окрестностях ее"
    assert reference.fields["container-title"] == "Полтавские Губернские Ведомости"
    assert (reference.fields["issue"], reference.locator) == ("5", "34")
    assert reference.fields["issued"].parts == [[1839]]


def test_a_year_word_before_a_number_is_a_periodicals_only_after_a_comma() -> None:
    """After a period the year with «г.» and a number is an act's date ("… 23 апр. 2004 г.,
    № 468", ru-gost-582) or a file's year ("Дело Деп. Нар. Просв. 1890 г., № 100",
    ru-fn-1095), not a periodical's year and issue."""
    assert PERIODICAL_COMMA_YEAR.search("Ведомости, 1839 г., № 5, стр. 34")
    assert PERIODICAL_COMMA_YEAR.search("Беларусь, 23 апр. 2004 г., № 468") is None
    assert PERIODICAL_COMMA_YEAR.search("Дело Деп. Нар. Просв. 1890 г., № 100") is None
