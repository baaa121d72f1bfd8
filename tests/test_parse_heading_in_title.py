"""Headings printed in wider forms than GOST's, which the grammar read into the title
(biblio.parse.heading_in_title): several names initials first, a heading closed by a
colon or a dash, a rank before the name, a name in religion beside its holy order, a stray
mark before the heading."""

import pytest

from biblio.parse import parse_footnotes
from biblio.parse.gost import parse_reference
from biblio.parse.heading_in_title import (LEFTOVER_MARK, LEFTOVER_RANK, LEFTOVER_RANK_AFTER,
                                           heading_names, missed_heading)


def heading_and_title(text: str) -> tuple[list[tuple[str, str]], str]:
    document = parse_footnotes([text])
    item = document.items[document.notes[0].cites[0].item]
    return ([(name.family, name.given) for name in item.fields.get("author", [])],
            item.fields.get("title"))


@pytest.mark.parametrize("text, names, title", [
    # Soviet notes: the authors of one work, initials first, joined by «и»
    ("К. Маркс и Ф. Энгельс. Соч., т. 22, с. 3.", [("Маркс", "К."), ("Энгельс", "Ф.")],
     "Соч."),
    ("См. Л. М. Добровольский и М. И. Малова. Рукописи литературных произведений М. Е. "
     "Салтыкова-Щедрина. Научное описание. – В кн.: «Бюллетени Рукописного отдела "
     "Пушкинского дома», вып. IX, М. – Л. 1961, стр. 44, № 148.",
     [("Добровольский", "Л. М."), ("Малова", "М. И.")],
     "Рукописи литературных произведений М. Е. Салтыкова-Щедрина. Научное описание"),
    ("И. Ильф, Е. Петров. Двенадцать стульев. М., 1956. С. 10.",
     [("Ильф", "И."), ("Петров", "Е.")], "Двенадцать стульев"),
])
def test_names_initials_first_joined_by_and_or_comma(text: str, names: list[tuple[str, str]],
                                                    title: str) -> None:
    assert heading_and_title(text) == (names, title)


@pytest.mark.parametrize("text, names, title", [
    # a colon or a dash where GOST closes the heading with a period
    ("Карамзин Н. М.: История государства Российского. Т. 5. СПб., 1842. С. 5.",
     [("Карамзин", "Н. М.")], "История государства Российского"),
    ("Н. Карамзин: История государства Российского. Т. 5. СПб., 1842. С. 5.",
     [("Карамзин", "Н.")], "История государства Российского"),
    ("Н. Карамзин — История государства Российского. Т. 5. СПб., 1842. С. 5.",
     [("Карамзин", "Н.")], "История государства Российского"),
])
def test_a_heading_closed_by_a_colon_or_a_dash(text: str, names: list[tuple[str, str]],
                                              title: str) -> None:
    assert heading_and_title(text) == (names, title)


@pytest.mark.parametrize("text, family, rank, title", [
    ("Прот. Г. Флоровский. Пути русского богословия. Париж, 1937. С. 5.", "Флоровский",
     "Прот.", "Пути русского богословия"),
    ("Протоиерей Георгий Флоровский. Пути русского богословия. Париж, 1937. С. 5.",
     "Флоровский", "Протоиерей", "Пути русского богословия"),
    ("Свящ. П. Флоренский. Столп и утверждение истины. М., 1914. С. 12.", "Флоренский",
     "Свящ.", "Столп и утверждение истины"),
    ("Акад. Е. В. Тарле. Наполеон. М., 1957. С. 3.", "Тарле", "Акад.", "Наполеон"),
])
def test_a_rank_before_the_name_is_kept_as_leftover(text: str, family: str, rank: str,
                                                    title: str) -> None:
    reading = parse_reference(text)
    assert [name.family for name in reading.fields["author"]] == [family]
    assert reading.fields["title"] == title
    assert [(left.text, left.reason) for left in reading.leftover] == [(rank, LEFTOVER_RANK)]


@pytest.mark.parametrize("text, name, rank, reason, title", [
    # two notes of a church-history monograph (batch 19, ebooksa.net 61728)
    ("Митрополит Вениамин (Федченков). На рубеже двух эпох. М., 1994. С. 321;",
     "Вениамин (Федченков)", "Митрополит", LEFTOVER_RANK, "На рубеже двух эпох"),
    ("Архиепископ Никон (Рклицкий). Жизнеописание Блаженнейшего митрополита Антония, "
     "митрополита Киевского и Галицкого. Т. 5. Нью-Йорк, 1959. С. 7.", "Никон (Рклицкий)",
     "Архиепископ", LEFTOVER_RANK,
     "Жизнеописание Блаженнейшего митрополита Антония, митрополита Киевского и Галицкого"),
    # the order after the name, with the see (batch 19, booksonline 161074)
    ("Никодим (Милаш), епископ Далматинско-Истринский. Правила Православной Церкви. В 2 т. "
     "Т. 1. М., 2001. С. 256–258.", "Никодим (Милаш)", "епископ Далматинско-Истринский",
     LEFTOVER_RANK_AFTER, "Правила Православной Церкви"),
    # data.ranks' own example of the form, in a citation written for this test
    ("Митрополит Макарий (Булгаков). История Русской Церкви. Кн. 4. Ч. 1. М., 1996. С. 12.",
     "Макарий (Булгаков)", "Митрополит", LEFTOVER_RANK, "История Русской Церкви"),
])
def test_a_name_in_religion_beside_its_order_is_the_author_kept_whole(
        text: str, name: str, rank: str, reason: str, title: str) -> None:
    reading = parse_reference(text)
    assert [str(author) for author in reading.fields["author"]] == [name]
    assert reading.fields["author"][0].family is None
    assert reading.fields["title"].rstrip(".") == title
    assert (rank, reason) in [(left.text, left.reason) for left in reading.leftover]


@pytest.mark.parametrize("text, name, title", [
    # the heading of GOST 7.80-2000 and РПК 2004 ch. 27 with no holy order, as
    # church-history notes print it
    ("Макарий (Булгаков). История русской церкви. Т. 3. М., 1995. С. 55.",
     "Макарий (Булгаков)", "История русской церкви"),
    ("Филарет (Гумилевский). Обзор русской духовной литературы. СПб., 1884. С. 12.",
     "Филарет (Гумилевский)", "Обзор русской духовной литературы"),
    ("Игнатий (Брянчанинов). Аскетические опыты. М., 1993.", "Игнатий (Брянчанинов)",
     "Аскетические опыты"),
    ("Сергий (Спасский). Полный месяцеслов Востока. Т. 3. С. 555", "Сергий (Спасский)",
     "Полный месяцеслов Востока"),
])
def test_a_name_in_religion_alone_is_the_author_kept_whole(text: str, name: str,
                                                           title: str) -> None:
    reading = parse_reference(text)
    assert [str(author) for author in reading.fields["author"]] == [name]
    assert reading.fields["author"][0].family is None
    assert reading.fields["title"] == title


def test_a_word_no_bishop_bears_before_a_family_in_parentheses_stays_the_title() -> None:
    reading = parse_reference("Хроника (Петров). История края. М., 1993.")
    assert "author" not in reading.fields
    assert reading.fields["title"].startswith("Хроника (Петров)")


def test_a_place_with_a_country_in_parentheses_is_no_name_in_religion() -> None:
    reading = parse_reference("Москва (Россия). Сборник документов. М., 1996. С. 3.")
    assert "author" not in reading.fields or all(
        "(" not in str(author) for author in reading.fields["author"])


def test_a_stray_mark_before_the_heading_is_reported() -> None:
    text = ("' Ильинский М. В. Архангельская ссылка: Бытовые очерки из истории архангельской "
            "политической ссылки. Спб., 1906.")
    reading = parse_reference(text)
    assert [name.family for name in reading.fields["author"]] == ["Ильинский"]
    assert reading.fields["title"].startswith("Архангельская ссылка")
    assert [(left.text, left.reason) for left in reading.leftover] == [("'", LEFTOVER_MARK)]


@pytest.mark.parametrize("text", [
    "Письмо Г. В. Чичерину: Документы. М., 1990.",   # a document's noun, not a family
    "Там же: Документы. М., 1990.",
    "СССР. Верховный Совет. Заседания. М., 1938.",    # an acronym
    "Москва, Л. Документы. М., 1990.",                # a place
    "Очерки истории. М., 1990.",                      # no name
])
def test_titles_that_open_with_no_name_have_no_heading(text: str) -> None:
    assert heading_names(text) is None


@pytest.mark.parametrize("text, title", [
    ("Иванов И. И. История края. М., 2000.", "История края"),      # GOST's own form
    ("Очерки истории. М., 1990. С. 5.", "Очерки истории"),
    ("В. И. Ленин и революция. М., 1970.", "В. И. Ленин и революция"),  # no mark closes it
])
def test_readings_of_the_grammar_stay(text: str, title: str) -> None:
    assert parse_reference(text).fields["title"] == title


@pytest.mark.parametrize("text, names, title", [
    ("Маркс К. и Энгельс Ф. Соч. 2-е изд. Т. 3. С. 4.", [("Маркс", "К."), ("Энгельс", "Ф.")],
     "Соч."),
    ("Ильф И. и Петров Е. Двенадцать стульев. М., 1956. С. 10.",
     [("Ильф", "И."), ("Петров", "Е.")], "Двенадцать стульев"),
    ("Кравчук М. та Шевчук В. Історія. К., 2001. С. 5.",
     [("Кравчук", "М."), ("Шевчук", "В.")], "Історія"),
])
def test_a_conjunction_joins_the_last_two_names_of_a_family_first_heading(
        text: str, names: list[tuple[str, str]], title: str) -> None:
    assert heading_and_title(text) == (names, title)


@pytest.mark.parametrize("text, names, title", [
    # a given name cut short after a consonant, as Russian cuts words
    ("Анат. Бурнакин. От Сциллы к Харибде // Белый камень. М., 1907. С. 102.",
     [("Бурнакин", "Анат.")], "От Сциллы к Харибде"),
    ("Вл. Соловьев и Е. Трубецкой. Переписка. М., 1901.",
     [("Соловьев", "Вл."), ("Трубецкой", "Е.")], "Переписка"),
    # hyphenated initials of a French name
    ("Ж.-Ж. Руссо. Избранные сочинения. М., 1961.", [("Руссо", "Ж.-Ж.")],
     "Избранные сочинения"),
    # an American name in Russian translation: given name, middle initial, family
    ("Ричард Э. Пайпс. Русская революция. М., 1994. С. 5.", [("Пайпс", "Ричард Э.")],
     "Русская революция"),
    # a given name the tables lack before a family common as a word
    ("Жорес Медведев. Андропов. М., 1991. С. 10.", [("Медведев", "Жорес")], "Андропов"),
])
def test_given_names_cut_short_or_written_out(text: str, names: list[tuple[str, str]],
                                              title: str) -> None:
    assert heading_and_title(text) == (names, title)


@pytest.mark.parametrize("text, title", [
    ("Записки Болотова. Т. 1. СПб., 1871.", "Записки Болотова"),   # a genitive, a noun
    ("Соч. Т. 1. СПб., 1871.", "Соч."),
    ("Новый Иванов. М., 1990.", "Новый Иванов"),                   # an adjective
])
def test_titles_that_open_with_a_word_and_a_family_stay_titles(text: str, title: str) -> None:
    assert parse_reference(text).fields["title"] == title


@pytest.mark.parametrize("text, editor, title", [
    ("Иванов И. И. (ред.). История края. М., 2000. С. 5.", "Иванов", "История края"),
    ("Smith J. (ed.). The History of Rome. L., 2000. P. 5.", "Smith", "The History of Rome"),
    ("Dessberg F., Malis C. (dir.) Les Européens. P., 2004.", "Dessberg", "Les Européens"),
])
def test_the_headings_period_after_its_role_opens_no_title(text: str, editor: str,
                                                           title: str) -> None:
    reading = parse_reference(text)
    assert reading.fields["editor"][0].family == editor
    assert reading.fields["title"] == title


@pytest.mark.parametrize("text, names, title", [
    ("[Карамзин Н. М.] Записка о древней и новой России. СПб., 1914. С. 5.",
     [("Карамзин", "Н. М.")], "Записка о древней и новой России"),
    ("[Н. М. Карамзин]. Записка о древней и новой России. СПб., 1914. С. 5.",
     [("Карамзин", "Н. М.")], "Записка о древней и новой России"),
    ("[Булгарин Ф. В.] Записка о цензуре // Русская старина. 1900. № 9. С. 5.",
     [("Булгарин", "Ф. В.")], "Записка о цензуре"),
])
def test_a_heading_in_square_brackets_names_the_author(text: str, names: list[tuple[str, str]],
                                                       title: str) -> None:
    assert heading_and_title(text) == (names, title)


def test_a_bracketed_word_that_is_no_name_stays_the_title() -> None:
    assert parse_reference("[Рецензия] // Этнография. 1928. № 1. С. 147-148.").fields[
        "title"] == "[Рецензия]"


def test_initials_typed_close_up_in_a_list_initials_first() -> None:
    assert heading_and_title("И.И. Иванов, П.П. Петров. История края. М., 2000. С. 5.") == (
        [("Иванов", "И.И."), ("Петров", "П.П.")], "История края")


@pytest.mark.parametrize("text, families, title", [
    ("Иванов И.И.; Петров П.П. История края. М., 2000. С. 5.", ["Иванов", "Петров"],
     "История края"),
    ("Половинчук, О. Ю.; Марченко, Т. М.; Коховська, І. В. Складання та оформлення списків "
     "літератури. Київ, 2021.", ["Половинчук", "Марченко", "Коховська"],
     "Складання та оформлення списків літератури"),
    ("Benkart G.; Kang S.-J.; Kashiwara M. Crystal bases // J. Amer. Math. Soc. 2000. "
     "Vol. 13, no. 2. P. 295–331.", ["Benkart", "Kang", "Kashiwara"], "Crystal bases"),
])
def test_heading_names_parted_by_semicolons_are_one_reference(text: str, families: list[str],
                                                              title: str) -> None:
    document = parse_footnotes([text])
    assert len(document.notes[0].cites) == 1
    item = document.items[document.notes[0].cites[0].item]
    assert [name.family for name in item.fields["author"]] == families
    assert item.fields["title"] == title


def test_references_after_a_semicolon_still_part() -> None:
    document = parse_footnotes(["Иванов И.И. История края. М., 2000. С. 5; Петров П.П. Очерки. "
                                "М., 2001. С. 7."])
    assert len(document.notes[0].cites) == 2


@pytest.mark.parametrize("text, families, title", [
    ("И. И. Иванов, П. П. Петров, История края, М., 2000, с. 5.", ["Иванов", "Петров"],
     "История края"),
    ("К. Маркс, Ф. Энгельс, Соч., т. 22, с. 3.", ["Маркс", "Энгельс"], "Соч."),
])
def test_names_the_grammar_read_into_the_title_after_the_first(
        text: str, families: list[str], title: str) -> None:
    reading = parse_reference(text)
    assert [name.family for name in reading.fields["author"]] == families
    assert reading.fields["title"] == title


@pytest.mark.parametrize("text, family, title", [
    ("И. Иванов «История края». М., 2000. С. 5.", "Иванов", "История края"),
    ("Д. Лихачев «Поэзия садов». Л., 1982. С. 5.", "Лихачев", "Поэзия садов"),
])
def test_a_quoted_title_closes_the_heading_before_it(text: str, family: str, title: str) -> None:
    names, read_title = heading_and_title(text)
    assert (names[0][0], read_title) == (family, title)


@pytest.mark.parametrize("text, family, other, title", [
    ("Волин Б. [Фрадкин И.] Недопустимые явления // Литературная газета. 1929. 26 августа.",
     "Волин", "Фрадкин И.", "Недопустимые явления"),
    ("Гиппиус З. Н. (Антон Крайний). Литературный дневник. СПб., 1908. С. 5.", "Гиппиус",
     "Антон Крайний", "Литературный дневник"),
])
def test_the_authors_other_name_after_the_heading_is_reported(text: str, family: str,
                                                              other: str, title: str) -> None:
    reading = parse_reference(text)
    assert reading.fields["author"][0].family == family
    assert reading.fields["title"] == title
    assert [leftover.text for leftover in reading.leftover] == [other]


def test_a_role_or_a_word_in_parentheses_after_the_heading_is_no_other_name() -> None:
    assert parse_reference("Иванов И. И. [Рецензия] // Этнография. 1928. № 1.").fields[
        "title"] == "[Рецензия]"


def test_the_labeller_reads_the_rest_after_a_heading_the_grammar_reads() -> None:
    # real (ru-fn-1142): the grammar reads neither the Ukrainian year «1883 р.» nor so the
    # rest; the labeller alone read «А» as the author and the family into the title
    text = ("А. Попов: Вліяніе церковнаго ученія в древнерусской церковной письменности на "
            "міросозерцание русскаго народа и его словесности, Казань, 1883 р.")
    document = parse_footnotes([text])
    item = document.items[document.notes[0].cites[0].item]
    assert [(name.family, name.given) for name in item.fields["author"]] == [("Попов", "А.")]
    assert item.fields["title"].startswith("Вліяніе церковнаго ученія")


def test_the_labellers_whole_reading_stays_where_it_found_the_heading() -> None:
    # real (ru-fn-1225): read whole, the labeller finds the author and the journal
    document = parse_footnotes(["П. Глебов. Воспоминания о войне 1828 года.- 'Сын Отечества', "
                                "1834, No 52;"])
    item = document.items[document.notes[0].cites[0].item]
    assert item.fields["container-title"] == "Сын Отечества"


@pytest.mark.parametrize("title", [
    # what the grammar's heading, family first, left of export lines of journal sites
    # whose last name follows a comma and a conjunction (real titles, dev rows)
    "и М.А. Аветисов. 1. «Сельскохозяйственная электронная библиотека знаний: проблемы и "
    "решения». Электронные библиотеки 5 (3). Kazan",  # ru-gost-962, a library journal
    "и В. И. Очкуров. 2006. \"Влияние технологии проведения подготовительных выработок на "
    "устойчивость вмещающего рудного массива\"",  # ru-gost-829, a mining institute
    "& Бородин, О. (2007). Типология библиотек",  # ru-gost-572, a library guide's list
    "and О. Р. Бородин. Типология библиотек",  # ru-gost-573's line, spaced initials
])
def test_a_title_opening_with_a_conjunction_and_a_name_shows_a_missed_heading(
        title: str) -> None:
    reading = parse_reference(f"Гусева, Е. {title}. М., 2007.")
    reading.fields["title"] = title
    assert missed_heading(reading)


@pytest.mark.parametrize("title", ["и время. Очерки истории", "and Society in Russia"])
def test_a_title_opening_with_a_conjunction_and_no_name_shows_no_heading(title: str) -> None:
    reading = parse_reference(f"Гусева, Е. {title}. М., 2007.")
    reading.fields["title"] = title
    assert not missed_heading(reading)


def test_the_last_name_after_a_comma_and_a_conjunction_joins_the_heading() -> None:
    # real (ru-gost-962): a Chicago author-date line of a journal site whose year is broken
    # ("1."), so that no whole CSL form reads it and the grammar does
    names, title = heading_and_title(
        "Аббакумова, Н.П., и М.А. Аветисов. 1. «Сельскохозяйственная электронная библиотека "
        "знаний: проблемы и решения». Электронные библиотеки 5 (3). Kazan. "
        "https://rdl-journal.ru/article/view/206.")
    assert names == [("Аббакумова", "Н.П."), ("Аветисов", "М.А.")]
    assert not title.startswith("и ")


@pytest.mark.parametrize("text, families, year", [
    # author-date export lines of three sources: APA's year in parentheses after the names
    # (ru-gost-572, a national library catalogue's export; ru-gost-628, a Ukrainian
    # journal's), Chicago author-date's after a period and a family (ru-gost-829, a mining
    # institute's journal, with a space before the first comma)
    ("Гусева, Е., & Бородин, О. (2007). Типология библиотек. 100 вып: науч.-метод. "
     "пособ. No 65. Либерея-бибинформ.", ["Гусева", "Бородин"], 2007),
    ("Рибак, А., Каплієнко, В., Олешко, О., & Целовальнікова, О. (2012). A.I. Rybak, "
     "V.V. Kaplienko, O.A. Oleshko, Е.A. Сelovalnikova. Eastern-European Journal of "
     "Enterprise Technologies, 1(2(43), 25–27.",
     ["Рибак", "Каплієнко", "Олешко", "Целовальнікова"], 2012),
    ("Матвеев , А. В., и В. И. Очкуров. 2006. \"Влияние технологии проведения "
     "подготовительных выработок на устойчивость вмещающего рудного массива\". Записки "
     "Горного института 168 (3), 187-90. https://pmi.spmi.ru/pmi/article/view/7932.",
     ["Матвеев", "Очкуров"], 2006),
])
def test_the_year_an_author_date_style_prints_after_the_names(
        text: str, families: list[str], year: int) -> None:
    found = heading_names(text)
    assert found is not None
    assert [name.family for name in found.names] == families
    assert found.year is not None and found.year.parts == [[year]]
    document = parse_footnotes([text])
    item = document.items[document.notes[0].cites[0].item]
    assert [name.family for name in item.fields["author"]] == families
    assert item.fields["issued"].parts == [[year]]


def test_a_year_range_opening_the_title_is_no_author_date_year() -> None:
    # the title of a history of diplomacy ("Дессберг Ф., Кен О.Н. 1937—1938: …")
    found = heading_names("Ф. Дессберг, О. Н. Кен. 1937—1938: кризис. М., 2010.")
    assert found is not None and found.year is None
    assert found.names[-1].family == "Кен"


def test_the_gost_heading_before_the_title_is_taken_without_a_year() -> None:
    # real (ru-gost-572): the title after APA's year is the library guide's own
    document = parse_footnotes(["Гусева, Е., & Бородин, О. (2007). Типология библиотек. 100 "
                                "вып: науч.-метод. пособ. No 65. Либерея-бибинформ."])
    item = document.items[document.notes[0].cites[0].item]
    assert item.fields["title"].startswith("Типология библиотек")


@pytest.mark.parametrize("text, families, title", [
    # a hand-typed list of a building course (the dev set's ru-gost-1307)
    ("Малахова А.Н. Прокуронова Е.А. Железобетонные монолитные перекрытия и каменные "
     "конструкции многоэтажных зданий. М, АСВ, 2009.", ["Малахова", "Прокуронова"],
     "Железобетонные монолитные перекрытия и каменные конструкции многоэтажных зданий"),
    ("Соколова Н. В. Кузнецов П. П. История земства. М., 2009.", ["Соколова", "Кузнецов"],
     "История земства"),
    ("Белов И.И. Орлова Е.А. Смирнов В.В. Очерки края. Томск, 2001.",
     ["Белов", "Орлова", "Смирнов"], "Очерки края"),
])
def test_names_family_first_parted_by_a_space_alone_are_the_heading(
        text: str, families: list[str], title: str) -> None:
    reading = parse_reference(text)
    assert [author.family for author in reading.fields["author"]] == families
    assert reading.fields["title"] == title


def test_a_title_opening_with_a_word_and_a_letter_is_no_second_name() -> None:
    """«Москва» ends as no Russian family does: «Т. 1» is the volume, not initials."""
    reading = parse_reference("Сидоров А. А. Москва Т. 1. М., 2009.")
    assert [author.family for author in reading.fields["author"]] == ["Сидоров"]
