"""Names in GOST references: headings (family first) and responsibility (initials first)."""

from __future__ import annotations

import pytest

import biblio
from biblio.model import OTHERS, Name
from biblio.parse import parse_footnotes
from biblio.parse.labeller.names import split_names
from biblio.parse.gost import parse_reference
from biblio.parse.names import is_given_abbreviation, parse_heading, parse_name_list, parse_person


def names(text: str) -> list[Name]:
    return parse_heading(text)[0]


def test_heading_of_one_russian_author_ends_where_the_title_begins() -> None:
    found, end = parse_heading("Шубин А.В. Мир на краю бездны. М., 2004.")
    assert found == [Name(family="Шубин", given="А.В.")]
    assert "Шубин А.В. Мир на краю бездны. М., 2004."[end:].lstrip().startswith("Мир")


def test_heading_of_two_authors_separated_by_a_comma() -> None:
    assert names("Дессберг Ф., Кен О.Н. 1937—1938: Красная армия") == [
        Name(family="Дессберг", given="Ф."), Name(family="Кен", given="О.Н.")]


def test_heading_of_three_authors_with_spaced_initials() -> None:
    assert names("Brown A. B., Green C., White D. E. Three authors. N.Y., 2003") == [
        Name(family="Brown", given="A. B."), Name(family="Green", given="C."),
        Name(family="White", given="D. E.")]


def test_title_starting_with_a_year_does_not_stop_the_heading() -> None:
    assert names("Carley M.J. 1939: the alliance that never was") == [
        Name(family="Carley", given="M.J.")]


def test_lowercase_particle_is_a_non_dropping_particle() -> None:
    assert names("du Réau E. Jean de Lattre de Tassigny") == [
        Name(family="Réau", given="E.", non_dropping_particle="du")]


def test_capitalised_particle_at_the_start_of_a_note_is_lowercased() -> None:
    assert names("De Lattre de Tassigny J. Ne pas subir") == [
        Name(family="Lattre de Tassigny", given="J.", non_dropping_particle="de")]


def test_german_two_word_particle() -> None:
    assert names("von der Goltz C. Denkwürdigkeiten. B., 1929") == [
        Name(family="Goltz", given="C.", non_dropping_particle="von der")]


def test_hyphenated_initials_and_family_names() -> None:
    assert names("Салтыков-Щедрин М.Е. Сказки") == [Name(family="Салтыков-Щедрин", given="М.Е.")]
    assert names("Duroselle J.-B. Histoire diplomatique") == [
        Name(family="Duroselle", given="J.-B.")]


@pytest.mark.parametrize("title", [
    "История Второй мировой войны в 12 томах. Т. 1. М., 1973.",
    "Сочинения Т. 12. М., 1949.",
    "Les relations Germano-Soviétiques de 1933 à 1939",
    "Сталин и Каганович. Переписка. 1931—1936 гг.",
    "La France et l’URSS: dans l’Europe des années 30",
])
def test_a_title_first_reference_has_no_heading(title: str) -> None:
    assert parse_heading(title) == ([], 0)


def test_initials_first_name_of_a_responsibility_statement() -> None:
    assert parse_person("E. du Réau") == Name(family="Réau", given="E.",
                                              non_dropping_particle="du")
    assert parse_person("О.В. Хлевнюк") == Name(family="Хлевнюк", given="О.В.")
    assert parse_person("А. Б. Иванова") == Name(family="Иванова", given="А. Б.")


def test_full_given_names_are_read_given_first() -> None:
    assert parse_person("Martin S. Alexander") == Name(family="Alexander", given="Martin S.")
    assert parse_person("Jean-Baptiste Duroselle") == Name(family="Duroselle",
                                                          given="Jean-Baptiste")


def test_a_list_of_names_with_et_al() -> None:
    found = parse_name_list("А.Н. Сахаров, Л.Е. Морозова [и др.]")
    assert found == [Name(family="Сахаров", given="А.Н."), Name(family="Морозова", given="Л.Е."),
                     Name(literal=OTHERS)]


def test_names_joined_by_and_in_four_languages() -> None:
    for text in ("A. Brown and B. Green", "A. Brown et B. Green", "A. Brown und B. Green",
                 "А. Браун и Б. Грин"):
        found = parse_name_list(text)
        assert len(found) == 2


def test_a_phrase_is_not_a_list_of_names() -> None:
    assert parse_name_list("actes du colloque organisé à Moscou") is None


def test_heading_of_the_full_form_has_a_comma_after_the_family_name() -> None:
    # GOST 7.1-2003, 5.2.5: "Шубин, А. В." in the heading of a full description
    assert names("Шубин, А. В. Мир на краю бездны / А. В. Шубин. — М. : Вече, 2004.") == [
        Name(family="Шубин", given="А. В.")]


@pytest.mark.parametrize("body", [
    "Statistisches Bundesamt Wiesbaden",  # Zeitschrift für Rechtssoziologie, 1980
    "World Health Organization",  # AnyStyle's gold, an APA reference
    "Law Commission",  # English law reports' and journals' corporate author
    "Istituto Veneto",  # Italian learned body
])
def test_a_body_is_no_person(body: str) -> None:
    assert parse_person(body) is None


def test_a_body_in_a_labelled_name_list_is_kept_whole_as_a_literal() -> None:
    names = split_names("Statistisches Bundesamt Wiesbaden")
    assert names == [Name(literal="Statistisches Bundesamt Wiesbaden")]


def test_family_names_that_are_also_nouns_stay_persons() -> None:
    assert parse_person("Joseph Bank") == Name(family="Bank", given="Joseph")


@pytest.mark.parametrize("text, family, given", [
    ("Бурнакин Анат. От Сциллы к Харибде // Белый камень. М., 1907. С. 102.", "Бурнакин",
     "Анат."),
    ("Толстой Ал. Петр Первый. М., 1947. С. 5.", "Толстой", "Ал."),
    ("Бунин Ив. Темные аллеи. Париж, 1946. С. 5.", "Бунин", "Ив."),
    ("Кизеветтер Конст. Очерки. М., 1912.", "Кизеветтер", "Конст."),
])
def test_a_given_name_cut_short_after_the_family(text: str, family: str, given: str) -> None:
    author = parse_reference(text).fields["author"][0]
    assert (author.family, author.given) == (family, given)


@pytest.mark.parametrize("token, cut", [
    ("Анат.", True), ("Конст.", True), ("Вл.", True), ("К.", True),
    ("Соч.", False), ("Изд.", False), ("Анато.", False),   # a cut after a vowel is no cut
])
def test_given_names_cut_short_are_the_starts_of_known_given_names(token: str,
                                                                   cut: bool) -> None:
    assert is_given_abbreviation(token) is cut


@pytest.mark.parametrize("text, families, title", [
    ("Иванов И.И., Петров П.П. и др. История края. М., 2000. С. 5.", ["Иванов", "Петров"],
     "История края"),
    ("Иванов И. И. [и др.] История края // Вопросы истории. 2000. № 5. С. 5.", ["Иванов"],
     "История края"),
    ("Іваненко І. І. та ін. Історія краю. К., 2000. С. 5.", ["Іваненко"], "Історія краю"),
    ("Smith J. et al. The History of Rome. L., 2000. P. 5.", ["Smith"], "The History of Rome"),
])
def test_et_al_after_the_heading_opens_no_title_and_is_kept_as_others(
        text: str, families: list[str], title: str) -> None:
    reading = parse_reference(text)
    *named, others = reading.fields["author"]
    assert [name.family for name in named] == families
    assert others == Name(literal="others")  # BibTeX's "and others": names left out
    assert reading.fields["title"] == title


def test_et_al_after_the_heading_is_written_back_as_the_gost_et_al_term() -> None:
    note = "Иванов И. И., Петров П. П. и др. История края. М., 1990. С. 5."
    document = parse_footnotes([note])
    assert biblio.render(document, style="gost").notes == [
        "Иванов И. И., Петров П. П. [и др.]. История края. М., 1990. С. 5."]  # bracketed, as
    # GOST 7.1-2003 prints what the source does not state


@pytest.mark.parametrize("text, family, particle", [
    ("де Кюстин А. Россия в 1839 году. М., 1996. С. 5.", "Кюстин", "де"),
    ("Кюстин А. де. Россия в 1839 году. М., 1996. С. 5.", "Кюстин", "де"),  # GOST 7.80
    ("Фон Лауэ М. История физики. М., 1956. С. 5.", "Лауэ", "фон"),
    ("Ван Гог В. Письма. М., 1966. С. 5.", "Гог", "ван"),
])
def test_particles_in_russian_transcription(text: str, family: str, particle: str) -> None:
    reading = parse_reference(text)
    author = reading.fields["author"][0]
    assert (author.family, author.non_dropping_particle) == (family, particle)
    assert reading.fields["title"][0].isupper()


def test_a_russian_word_between_two_names_is_no_particle() -> None:
    assert parse_reference("Иван да Марья. М., 1990. С. 5.").fields["title"] == "Иван да Марья"


@pytest.mark.parametrize("text", [
    "Иванов И. И.. История края. М., 2000. С. 5.",     # the initials' period typed twice
    "Иванов И.И.- История края. М., 2000. С. 5.",      # a hyphen for the dash
    "Иванов И.И.– История края. М., 2000. С. 5.",      # a dash close up to the initials
    "Иванов И.И. - История края. М., 2000. С. 5.",
])
def test_what_closes_a_heading_opens_no_title(text: str) -> None:
    reading = parse_reference(text)
    assert reading.fields["author"][0].family == "Иванов"
    assert reading.fields["title"] == "История края"


def test_heading_names_with_no_space_after_the_comma() -> None:
    reading = parse_reference("Иванов И.И.,Петров П.П. История края. М., 2000. С. 5.")
    assert [name.family for name in reading.fields["author"]] == ["Иванов", "Петров"]
    assert reading.fields["title"] == "История края"


@pytest.mark.parametrize("text, family, given", [
    ("ИВАНОВ Иван Иванович. История края : автореф. дис. … канд. ист. наук. М., 2000.",
     "ИВАНОВ", "Иван Иванович"),
    ("КУЗНЕЦОВА Анна Петровна. Очерки истории Урала. Екатеринбург, 2001.", "КУЗНЕЦОВА",
     "Анна Петровна"),
])
def test_a_family_in_capitals_beside_a_patronymic(text: str, family: str, given: str) -> None:
    author = parse_reference(text).fields["author"][0]
    assert (author.family, author.given) == (family, given)


def test_capitals_with_no_patronymic_stay_an_acronym() -> None:
    assert "author" not in parse_reference("СССР Верховный Совет. Заседания. М., 1938.").fields


@pytest.mark.parametrize("text, family, given", [
    ("Стивен Ф. Коэн. Бухарин. М., 1988. С. 5.", "Коэн", "Стивен Ф."),
    ("Майкл Дэвид-Фокс. Витрины великого эксперимента. М., 2015. С. 5.", "Дэвид-Фокс", "Майкл"),
    ("Ханс Роггер. Россия в эпоху великих реформ. М., 1990. С. 5.", "Роггер", "Ханс"),
])
def test_western_given_names_in_russian_transcription(text: str, family: str, given: str) -> None:
    author = parse_reference(text).fields["author"][0]
    assert (author.family, author.given) == (family, given)


@pytest.mark.parametrize("text, families, title", [
    ("Pavlenko I., Pitel' J. Dynamic Analysis of Rotors. Ludenscheid : RAM-Verlag, 2018. 145 p.",
     ["Pavlenko", "Pitel'"], "Dynamic Analysis of Rotors"),
    ("Gogol’ N. V., Smirnova A. O. Perepiska. Moskva : Khudozhestvennaya literatura, 1988.",
     ["Gogol’", "Smirnova"], "Perepiska"),
    ("Kovalenko P., Shevchuk V.,  Mel' I. Istoriya mista. Kyiv, 2004.",
     ["Kovalenko", "Shevchuk", "Mel'"], "Istoriya mista"),
])
def test_a_romanized_family_ending_in_a_soft_signs_apostrophe_is_a_heading_name(
        text: str, families: list[str], title: str) -> None:
    """GOST 7.79-2000 (system B) and BGN/PCGN romanize a final «ь» as an apostrophe
    (Пітель → Pitel', Гоголь → Gogol’): the family keeps it, and the names after it are
    the heading's too."""
    reference = parse_reference(text)
    assert [name.family for name in reference.fields["author"]] == families
    assert reference.fields["title"] == title
