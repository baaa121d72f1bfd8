"""References typed another way read as GOST prints them (issue 9, session 28).

The references are real, from the sources named beside them (the dev set's rows). Most
are typed here in another typography than their source's, one that other sources print
(benchmarks/typography_variants.py names where): each test says which. biblio.parse.
typography reads what is only typography once, one character for one; the grammar's
classes read the rest.
"""

from __future__ import annotations

from typing import Any

import pytest

from biblio import parse_footnotes
from biblio.formats.csljson import item_to_json
from biblio.parse import parse_note, parse_reference
from biblio.parse.typography import as_gost_prints, single_dashed


def _item(text: str) -> dict[str, Any]:
    document = parse_footnotes([text])
    return item_to_json(document.items[document.notes[0].cites[0].item])


# --- no-break and thin spaces ------------------------------------------------------

def test_every_space_separator_is_a_plain_space_one_for_one() -> None:
    printed = "Иванов\u00a0И.\u2009И. История. М.\u202f: Наука, 2001.\u00a0С.\u00a05."
    read = as_gost_prints(printed)
    assert read == "Иванов И. И. История. М. : Наука, 2001. С. 5."
    assert len(read) == len(printed)


def test_a_no_break_space_after_initials_and_terms_reads_as_a_space() -> None:
    # Лихачев's article (a student paper's list, newreferat.com), typed as Word
    # manuscripts type it: a no-break space after each abbreviation's period and initial
    text = ("Лихачев\u00a0Д.\u00a0С. Зарождение и развитие жанров древнерусской литературы "
            "// Исследования по древнерусской литературе. Л., 1986. С.\u00a079-95.")
    item = _item(text)
    assert item["author"] == [{"family": "Лихачев", "given": "Д. С."}]
    assert item["title"] == "Зарождение и развитие жанров древнерусской литературы"
    assert item["container-title"] == "Исследования по древнерусской литературе"
    assert item["page"] == "79-95"


def test_the_note_keeps_its_no_break_spaces() -> None:
    text = "Тюкавкин\u00a0В.\u00a0Г. Сибирская деревня накануне Октября. Иркутск, 1966. 472\u00a0с."
    assert parse_footnotes([text]).notes[0].text == text


# --- a hyphen for the areas' dash ----------------------------------------------------

@pytest.mark.parametrize(("text", "field", "value"), [
    # Soviet notes' journal after the dash (Blok's notes, fb2.top; Горбатов's memoirs in a
    # book's notes), printed "—", typed with a hyphen as typescripts and PDF text layers
    # type it
    ("Ин. Анненский. О современном лиризме. - «Аполлон», 1909, № 2, стр. 8.",
     "container-title", "Аполлон"),
    ("Горбатов А.В. Годы и войны. - Новый мир, 1964, № 3–5.",
     "container-title", "Новый мир"),
    # a 19th-century society's proceedings after the dash (kolanord.ru's notes), the same
    ("Ж уко вски й А. Т. Кольский Воскресенский собор XVII века. - Изв. Имп. "
     "археологического о-ва. Т. 2. Спб., 1861.", "title", "Кольский Воскресенский собор XVII века"),
    # the imprint after a statement of responsibility (a Belarusian course's list,
    # moodle.ggau.by, printed "–"), the same
    ("Гісторыя Беларусі: У 6 т. Т. 1 / Ю. Бохан [і інш.]; рэдкал.: М. Касцюк (гал. рэд.) "
     "[і інш.]. - Мінск, “Экаперспектыва”, 2005.", "publisher-place", "Мінск"),
])
def test_a_hyphen_between_areas_reads_as_the_dash(text: str, field: str, value: str) -> None:
    assert _item(text)[field] == value


@pytest.mark.parametrize("text", [
    "CONCINA E. - MORACH1ELLO P. - ROMANELLI G.",  # an Italian list's authors
    "М. - Куйбышев, Госпланиздат, 1942",  # two places of one imprint
    "Конец XVII - начало XX вв.",  # a range, no period before it
])
def test_a_hyphen_after_an_initial_or_without_a_period_stays(text: str) -> None:
    assert as_gost_prints(text) == text


@pytest.mark.parametrize(("text", "field", "value"), [
    # the minus sign U+2212 typed for the areas' dash: a Chernivtsi department's rules of
    # reference lists (ibhb.chnu.edu.ua), printed so throughout
    ("Биологические процессы в загрязненных модельных водоемов / [под ред. Филенко О.Ф.]. "
     "− М.: Изд-во Моск. ун-та, 1984. − 193 с.", "number-of-pages", "193"),
    ("Биологические процессы в загрязненных модельных водоемов / [под ред. Филенко О.Ф.]. "
     "− М.: Изд-во Моск. ун-та, 1984. − 193 с.", "editor", [{"family": "Филенко", "given": "О.Ф."}]),
])
def test_a_minus_sign_between_areas_reads_as_the_dash(text: str, field: str, value: Any) -> None:
    assert _item(text)[field] == value


def test_a_minus_sign_between_areas_is_read_one_for_one() -> None:
    # a thesis's state registration number after its extent (allrefrs.su's GOST 7.1
    # examples), printed "–", typed with the minus sign
    printed = "ИИНХ. – Иркутск, 1993. – 296 с. − 04200204433."
    read = as_gost_prints(printed)
    assert read == "ИИНХ. — Иркутск, 1993. — 296 с. — 04200204433."
    assert len(read) == len(printed)


def test_a_minus_sign_after_a_years_mark_is_the_dash_a_hyphen_there_ranges() -> None:
    assert as_gost_prints("М., 1984 г. − 193 с.") == "М., 1984 г. — 193 с."
    assert as_gost_prints("(1917 г. - 1941 г.)") == "(1917 г. - 1941 г.)"


@pytest.mark.parametrize("dash", ["—-", "--", "-—", "–-", "-–"])
def test_the_areas_dash_typed_twice_reads_as_one(dash: str) -> None:
    # a Belarusian university's patent example (dev set batch 14) slips a hyphen beside
    # the dash before the bulletin's page, «— № 2. —- С. 174.»; plain-text lists type the
    # dash «--»; here an article of another journal, every area's dash so typed
    text = (f"Петрова А. В. Земство и школа // Вопросы образования. {dash} 2011. {dash} "
            f"№ 4. {dash} С. 212–230.")
    item = _item(text)
    assert (item["container-title"], item["issue"], item["page"]) == (
        "Вопросы образования", "4", "212–230")
    assert item["issued"] == {"date-parts": [[2011]]}
    book = _item(f"Сидоров П. П. Очерки. {dash} Казань, 1998. {dash} 312 с.")
    assert (book["title"], book["publisher-place"], book["number-of-pages"]) == (
        "Очерки", "Казань", "312")


def test_a_double_hyphen_elsewhere_stays() -> None:
    # not after an area's period: a range typed «--» in a page (TeX's en dash) is the
    # grammar's own reading, untouched here
    assert single_dashed("С. 12--15.") == "С. 12--15."
    assert single_dashed("Очерки. -- Казань") == "Очерки. — Казань"


def test_two_places_joined_by_a_spaced_hyphen() -> None:
    # a book's note (booksonline.com.ua), printed "М. — Куйбышев", typed with a hyphen
    text = ("«Сборник руководящих материалов по капитальному строительству». "
            "М. - Куйбышев, Госпланиздат, 1942, стр. 38, 39.")
    assert _item(text)["publisher-place"] == "Москва; Куйбышев"


# --- the colon spaced as GOST R 7.0.100-2018 spaces it -------------------------------
# notes of two books (booksonline.com.ua, history.wikireading.ru) and two lists (isdiplom.com,
# studylib.ru), printed "см.:" and "редкол.:", typed with the colon spaced

@pytest.mark.parametrize(("text", "title"), [
    ("Подобнее см. : Начертание Жития Митрополита Филиппа. М., 1860.",
     "Начертание Жития Митрополита Филиппа"),
    ("Для середины XIX в. см. : Материалы для статистики России, собираемые по ведомству "
     "МГИ. СПб., 1858. Вып. 1. С. 3–4.",
     "Материалы для статистики России, собираемые по ведомству МГИ"),
])
def test_a_lead_in_after_prose_with_its_colon_spaced(text: str, title: str) -> None:
    assert _item(text)["title"] == title


@pytest.mark.parametrize(("text", "family"), [
    ("Мала енциклопедія етнодержавознавства / НАН України. Ін-т держави і права ім. "
     "В.М.Корецького; Редкол. : Ю.І.Римаренко (відп. ред.) та ін. – К. : Довіра : Генеза, "
     "1996. – 942 с.", "Римаренко"),
    ("Литвиновская, Ю.И. Восстановление позиций Православной церкви в Беларуси после войны "
     "1812 г. / Ю.И. Литвиновская // Працы гістарычнага факультэта БДУ : навук. зб. Вып. 5 / "
     "рэдкал. : У. К. Коршук (адк. рэд.) [і інш.]. — Мінск : БДУ, 2010. — С. 81-91.",
     "Коршук"),
])
def test_an_editorial_board_with_its_colon_spaced(text: str, family: str) -> None:
    assert _item(text)["editor"][0]["family"] == family


# --- "//" closed up ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "container"), [
    # GOST R 7.0.5-2008's own examples and typed lists close "//" up (smekni.com's list,
    # as printed; student2.ru's and pravenc's print it so too): read as before
    ("Калинина Г.П. Библиографическая запись на книги: Современные правила составления"
     "//Университетская книга. 2005. №6. С. 16-23.", "Университетская книга"),
    # a reference with the web address that closes it (Гуторов's article as cyberleninka
    # prints it, " // "), "//" closed up as web lists type it: the address's own "//" is
    # left alone, the host's is read
    ("Гуторов В. А. К вопросу о «критических точках» революционного процесса в 1917 году"
     "//Вестник Санкт-Петербургского университета. Политология. Международные отношения. "
     "2018. Т. 11. Вып. 1. С. 15-23. https://doi.org/10.21638/11701/spbu06.2018.102",
     "Вестник Санкт-Петербургского университета. Политология. Международные отношения"),
])
def test_a_host_closed_up_before_an_address(text: str, container: str) -> None:
    assert _item(text)["container-title"] == container


def test_a_host_closed_up_keeps_its_title_block_across_a_semicolon() -> None:
    # Дорожкина's article (zaimka.ru's reprint, GOST R 7.0.5-2008's example), printed
    # " // ", "//" closed up: the ";" inside the host's title block parts no references
    text = ("Дорожкина Я.Б. Выборы в Верховный Совет СССР 1937 г.: Формирование окружных и "
            "участковых избирательных комиссий//Сибирь в XVII–XX веках: Проблемы "
            "политической и социальной истории: Бахрушинские чтения 1999–2000 гг.; Межвуз. "
            "сб. науч. тр. / Под ред. В. И. Шишкина. Новосиб. гос. ун-т. Новосибирск, 2002. "
            "C. 132–141.")
    document = parse_footnotes([text])
    assert len(document.notes[0].cites) == 1
    item = item_to_json(document.items[document.notes[0].cites[0].item])
    assert item["publisher-place"] == "Новосибирск"
    assert item["page"] == "132–141"


# --- a designation or a place typed close up to its number ---------------------------
# notes of two books (rutlib.com, onlinereadsfree.com) and a Ukrainian catalogue
# (opac.library.pl.ua), printed "Л. 1922", "Вып. 24", typed close as footnotes typed
# close print them ("№11. С.283-298", cyberleninka's notes on Siberia, as printed)

@pytest.mark.parametrize(("text", "place", "year"), [
    ("«Сборник Пушкинского дома на 1923 г.», Л.1922, стр. 180.", "Ленинград", 1922),
    ("Модзалевский Б Л Роман декабриста Каховского, казненного 13 июня 1826 г. // Труды "
     "Пушкинского дома при АН СССР Л.1926", "Ленинград", 1926),
    ("Централизация библиотечной сети сборник научных трудов. Вып.24 — М. ГБЛ 1977 — 64 с.",
     "Москва", 1977),
])
def test_a_place_or_a_designation_glued_to_its_number(text: str, place: str, year: int) -> None:
    item = _item(text)
    assert item["publisher-place"] == place
    assert item["issued"] == {"date-parts": [[year]]}


def test_a_page_glued_to_its_number_as_printed() -> None:
    item = _item("Нагнибеда В.Я. Не предписанные переселенцы Томской губернии в 1910 году // "
                 "Вопросы колонизации. - 1912. - №11. С.283-298.")
    assert (item["issue"], item["page"]) == ("11", "283-298")


# --- initials typed close --------------------------------------------------------------

def test_initials_typed_close_end_the_statement_before_the_imprint() -> None:
    # DSTU 8302:2015's example (a Ukrainian journal's rules, journals.uran.ua), printed
    # "Макарова В. В. Запоріжжя", typed "В.В." as most Ukrainian lists type initials: the
    # period of the last name's initials closes the area before the imprint
    item = _item("Інновації : навч. посіб. / Гуревич Д.Т., Чекан О.С., Грибан О.М., "
                 "Макарова В.В. Запоріжжя : ЗНУ, 2016. 389 с.")
    assert [name["family"] for name in item["author"]] == ["Гуревич", "Чекан", "Грибан", "Макарова"]
    assert (item["publisher-place"], item["publisher"]) == ("Запоріжжя", "ЗНУ")
    assert item["issued"] == {"date-parts": [[2016]]}


def test_initials_typed_close_to_a_family_of_two_parts() -> None:
    # a note of a book on tamizdat (fenzin.org), printed "Trad. B. Cauvet-Duhamel", typed
    # close as Soviet and web typography glue initials: the family's period ends the area
    item = _item("Zamâtin E. I. Nous autres / Trad. B.Cauvet-Duhamel. Paris: Gallimard, 1929.")
    assert item["translator"] == [{"family": "Cauvet-Duhamel", "given": "B."}]
    assert (item["publisher-place"], item["publisher"]) == ("Paris", "Gallimard")
    assert item["issued"] == {"date-parts": [[1929]]}


def test_a_page_typed_close_ends_its_sentence_before_prose() -> None:
    # a note of a book on tamizdat (fenzin.org), printed "С. 188–190", typed close: the
    # book and the commentary after its pinpoint are read apart, as printed
    text = ("Замятин Е. Лица. Вашингтон: Inter-Language Literary Associates, 1967. С.188–190. "
            "Впервые опубликовано в «Доме искусств», одном из последних независимых журналов "
            "Петрограда: Замятин Е. Лица // Дом искусств. 1921. № 1. С.43–45.")
    document = parse_footnotes([text])
    first = document.notes[0].cites[0]
    item = item_to_json(document.items[first.item])
    assert (item["title"], item["publisher-place"], first.locator) == ("Лица", "Вашингтон", "188–190")


def test_what_a_cite_keeps_of_the_note_is_as_printed() -> None:
    # the lead-in of a book's note (booksonline.com.ua) typed with a no-break space, and a
    # leftover after an en dash (a theatre study's note, as test_parse_russian_partial_
    # readings reads it): the fields are read as GOST prints them, the note's own words
    # stay as printed
    document = parse_footnotes(["Подобнее\u00a0см.: Начертание Жития Митрополита Филиппа. М., 1860."])
    assert document.notes[0].cites[0].prefix == "Подобнее\u00a0см.:"
    text = "«О культуре театра и поисках нового». Сб. статей. – «Вопросы театра», ВТО, 1965 г., стр. 46"
    leftovers = [leftover.text for leftover in parse_footnotes([text]).notes[0].leftover]
    assert leftovers == ["– «Вопросы театра»"]  # the en dash as printed, not GOST's «—»


@pytest.mark.parametrize("text, title", [
    ("Россия конца XIX в. – начала XX в. М.: Наука, 1990.", "Россия конца XIX в. – начала XX в."),
    ("Очерки истории СССР (1917 г. - 1941 г.). М., 1990.", "Очерки истории СССР (1917 г. - 1941 г.)"),
])
def test_a_dash_ranging_years_or_centuries_is_no_area_dash(text: str, title: str) -> None:
    """A dash after «г.» or «в.» ranges dates in a title, as printed: it is not read as the
    areas' dash (a review's find, 2026-12-07: the title came back with «—»)."""
    assert as_gost_prints(text) == text
    document = parse_footnotes([text])
    assert item_to_json(document.items[document.notes[0].cites[0].item])["title"] == title


def test_each_reference_keeps_its_own_spaces() -> None:
    """Two references of a note may read the same: each one's text is looked for from
    where the one before it ended, so that the second keeps its own no-break space (a
    review's find, 2026-12-07: the second came back with the first one's plain space)."""
    texts = [reference.text for reference in
             parse_note("Там же. С. 5; Там же.\u00a0С. 5; Там же. С. 6.")]
    assert texts == ["Там же. С. 5", "Там же.\u00a0С. 5", "Там же. С. 6."]


@pytest.mark.parametrize("text", [
    "Иванов\u00a0И.\u00a0И. Очерки истории. М.\u00a0: Наука, 1990. 250 с.",
    "Иванов И. И. Очерки истории. - М. : Наука, 1990. - 250 с.",
    'Иванов И. И. "Очерки истории". М. : Наука, 1990. 250 с.',
])
def test_parse_reference_reads_as_a_note_does(text: str) -> None:
    """The public `biblio.parse.parse_reference` reads a reference typed otherwise as a
    note's is read (its text as printed, its fields as GOST prints them), not as the
    grammar alone reads it: a reference reads the same alone and in a note."""
    (in_note,) = parse_note(text)
    alone = parse_reference(text)
    assert alone.text == text
    assert (alone.kind, alone.fields) == (in_note.kind, in_note.fields)
    assert alone.fields["publisher"] == "Наука"
    assert alone.fields["title"].strip('"') == "Очерки истории"
