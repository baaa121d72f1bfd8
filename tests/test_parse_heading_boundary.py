"""Where a heading ends and the title begins, when the heading is printed without GOST's
period (biblio.parse.heading_in_title): a family with no mark before the title, a second
person sharing the first one's family after «и»/"and", a given name cut short before an
initial. Every form is a real one; the counter-cases are titles that open with names."""

import pytest

from biblio.parse import parse_footnotes
from biblio.parse.heading_in_title import heading_names


def heading_and_title(text: str) -> tuple[list[tuple[str | None, str | None]], str | None]:
    document = parse_footnotes([text])
    item = document.items[document.notes[0].cites[0].item]
    return ([(name.family, name.given) for name in item.fields.get("author", [])],
            item.fields.get("title"))


@pytest.mark.parametrize("text, names, title", [
    # a Kazakh university's list: the title opens with a Kazakh capital
    ("О.О. Орлова Қазіргі қоғамдағы модернизация концепциясы. Саратов: Поволж университет "
     "баспасы, 2002ж.", [("Орлова", "О.О.")], "Қазіргі қоғамдағы модернизация концепциясы"),
    # an academy's guide: three names initials first, the last with no period
    ("Н.И. Волкова, Е.А. Кузнецова, Е.Д. Мусатова Методические рекомендации издателя: "
     "памятка автору. – М.: РИО РТА, 2007. – 52 с.",
     [("Волкова", "Н.И."), ("Кузнецова", "Е.А."), ("Мусатова", "Е.Д.")],
     "Методические рекомендации издателя: памятка автору"),
])
def test_a_heading_with_no_mark_before_the_title(
        text: str, names: list[tuple[str, str]], title: str) -> None:
    assert heading_and_title(text) == (names, title)


def test_a_title_opening_with_a_name_in_lower_case_words_keeps_it() -> None:
    # the next word in lower case: the name is the title's subject (a real anthology)
    assert heading_and_title("А. С. Пушкин в воспоминаниях современников. М., 1974.") == \
        ([], "А. С. Пушкин в воспоминаниях современников")


def test_a_given_name_and_a_family_like_word_end_no_heading_unmarked() -> None:
    # a title whose second word ends as families do, after a word no initial
    assert heading_and_title("Конституция Российской Федерации. – URL: "
                             "http://www.constitution.ru/ (дата обращения: 15.03.2021).") == \
        ([], "Конституция Российской Федерации")


def test_two_families_in_a_row_end_no_heading_unmarked() -> None:
    # a double family typed without its hyphen is no heading and a title
    assert heading_names("Н. А. Римский Корсаков Летопись моей музыкальной жизни. М., 1980.") \
        is None


@pytest.mark.parametrize("text, family, givens, title", [
    # the Strugatsky brothers, as Soviet lists print them
    ("Стругацкий А. и Б. Пикник на обочине. М., 1972. С. 5.", "Стругацкий", ["А.", "Б."],
     "Пикник на обочине"),
    # the Grimm brothers' dictionary, as lists print it in German
    ("Grimm J. und W. Deutsches Wörterbuch. Leipzig, 1854. Bd. 1. С. 5.", "Grimm",
     ["J.", "W."], "Deutsches Wörterbuch"),
])
def test_a_second_person_sharing_the_family(text: str, family: str, givens: list[str],
                                            title: str) -> None:
    found = heading_names(text)
    assert found is not None
    assert [(name.family, name.given) for name in found.names] == \
        [(family, given) for given in givens]
    assert text[found.end:].startswith(title)


@pytest.mark.parametrize("text, family, givens, title", [
    ("Стругацкий А. и Б. Пикник на обочине. М., 1972. С. 5.", "Стругацкий", ["А.", "Б."],
     "Пикник на обочине"),
    # in Latin letters too, which the labeller does not part either: Sidney and Beatrice
    # Webb, and a Russian note on the American Civil War (the dev set: father and son
    # Dupuy, the conjunction typed close up to the initial)
    ("Webb S. and B. Industrial Democracy. London, 1897. P. 12.", "Webb", ["S.", "B."],
     "Industrial Democracy"),
    ("Dupuy R. Е.and T. N. The Compact History of the Civil War. N. Y., 1962. P. 397.",
     "Dupuy", ["R. E.", "T. N."], "The Compact History of the Civil War"),
])
def test_a_second_person_sharing_the_family_read_in_a_note(
        text: str, family: str, givens: list[str], title: str) -> None:
    assert heading_and_title(text) == ([(family, given) for given in givens], title)


@pytest.mark.parametrize("text, names, title", [
    # a second family after the initials: two persons
    ("Маркс К. и Ф. Энгельс. Соч. Т. 2. С. 5.", [("Маркс", "К."), ("Энгельс", "Ф.")], "Соч."),
    ("Ильф И. и Петров Е. Двенадцать стульев. М., 1928. С. 7.",
     [("Ильф", "И."), ("Петров", "Е.")], "Двенадцать стульев"),
    # initials first, a name's family follows it: a title about two persons (the dev set,
    # a book on the actor's art)
    ("К. Маркс и Ф. Энгельс об искусстве. М., 1938. С. 177.", [],
     "К. Маркс и Ф. Энгельс об искусстве"),
])
def test_a_second_family_is_no_shared_one(text: str, names: list[tuple[str, str]],
                                          title: str) -> None:
    assert heading_and_title(text) == (names, title)


@pytest.mark.parametrize("text, family, given, title", [
    # given names cut short after a consonant (GOST R 7.0.12-2011) before a patronymic's
    # initial: the philologist, a historian of the Volga Bulgars (the dev set), the poet
    ("Иванов Вяч. Вс. Чет и нечет. М., 1978. С. 5.", "Иванов", "Вяч. Вс.", "Чет и нечет"),
    ("Кулешов Вяч. С. Фрагменты генеалогии правителей Волжской Булгарии X века // "
     "Вспомогательные исторические дисциплины. М.: ИВИ РАН, 2019. С. 235–238.", "Кулешов",
     "Вяч. С.", "Фрагменты генеалогии правителей Волжской Булгарии X века"),
    ("Мережковский Дм. С. Вечные спутники. СПб., 1897. С. 12.", "Мережковский", "Дм. С.",
     "Вечные спутники"),
])
def test_a_given_name_cut_short_before_an_initial(text: str, family: str, given: str,
                                                  title: str) -> None:
    assert heading_and_title(text) == ([(family, given)], title)


@pytest.mark.parametrize("text, family, given, title", [
    # a person named in a title has two initials, the given name's and the patronymic's:
    # the last two of more than two open the title (monographs of 1960, 1949, 1988)
    ("Кирпотин В. Я. Ф. М. Достоевский. Творческий путь (1821–1859). М., 1960. С. 5.",
     "Кирпотин", "В. Я.", "Ф. М. Достоевский. Творческий путь (1821–1859)"),
    ("Мейлах Б. С. А. С. Пушкин. Очерк жизни и творчества. М.; Л., 1949. С. 7.", "Мейлах",
     "Б. С.", "А. С. Пушкин. Очерк жизни и творчества"),
    ("Цит. по: Михеева Л. И. И. Соллертинский: Жизнь и наследие. Л., 1988. С. 166.",
     "Михеева", "Л.", "И. И. Соллертинский: Жизнь и наследие"),
    # the same typed with the initials run together and with GOST's spaced colon
    ("Цит. по: Михеева Л.И.И. Соллертинский: Жизнь и наследие. Л., 1988. С. 166.",
     "Михеева", "Л.", "И.И. Соллертинский: Жизнь и наследие"),
    ("Цит. по : Михеева Л. И. И. Соллертинский : Жизнь и наследие. Л., 1988. С. 166.",
     "Михеева", "Л.", "И. И. Соллертинский : Жизнь и наследие"),
    # the title's first word is no family closed by a mark: three initials of one name
    ("Толкин Д. Р. Р. Властелин колец. М., 1992. С. 9.", "Толкин", "Д. Р. Р.",
     "Властелин колец"),
    ("Толкин Дж. Р. Р. Хоббит, или Туда и обратно. Л., 1976. С. 9.", "Толкин", "Дж. Р. Р.",
     "Хоббит, или Туда и обратно"),
])
def test_initials_after_a_russian_names_two_open_the_title(text: str, family: str,
                                                           given: str, title: str) -> None:
    assert heading_and_title(text) == ([(family, given)], title)


@pytest.mark.parametrize("text, author, title", [
    # a Father named in the Latin of the patrologies (the dev set: a study of the
    # Diatessaron's commentary), and in the Russian of the translations
    ("Латинский перевод с армянского см.: Ephraem Syrus. Evangelii concordantis expositio/Tr. "
     "J. B. Aucher, ed. G. Mösinger. Venetiis, 1876. -Ред.", "Ephraem Syrus",
     "Evangelii concordantis expositio"),
    ("Исаак Сирин. Слова подвижнические. М., 1993. С. 12.", "Исаак Сирин",
     "Слова подвижнические"),
    ("Авва Дорофей. Душеполезные поучения. М., 1995. С. 40.", "Авва Дорофей",
     "Душеполезные поучения"),
])
def test_a_father_known_by_one_name_heads_the_work(text: str, author: str, title: str) -> None:
    assert heading_and_title(text) == ([(author, None)], title)


def test_a_fathers_name_with_no_work_after_it_stays_a_title() -> None:
    assert heading_and_title("Origenes. Paris, 1990.") == ([], "Origenes")


@pytest.mark.parametrize("text, family, givens, title", [
    # brothers initials first, the family printed once, as title pages and notes name them
    ("А. и Б. Стругацкие. Пикник на обочине. М., 1972. С. 5.", "Стругацкие", ["А.", "Б."],
     "Пикник на обочине"),
    ("Э. и Ж. Гонкур. Дневник. М., 1964. Т. 1. С. 20.", "Гонкур", ["Э.", "Ж."], "Дневник"),
])
def test_two_persons_initials_first_sharing_the_family(
        text: str, family: str, givens: list[str], title: str) -> None:
    assert heading_and_title(text) == ([(family, given) for given in givens], title)


@pytest.mark.parametrize("text", [
    # a letter of the Purgold sisters, and a book about the brothers: titles
    "Письмо А. и Н. Пургольд к М. П. Мусоргскому. М., 1935.",
    "А. и Б. Стругацкие в воспоминаниях современников. М., 2000.",
])
def test_persons_sharing_a_family_inside_a_title_stay_in_it(text: str) -> None:
    assert heading_and_title(text) == ([], text.split(". М.,")[0])


@pytest.mark.parametrize("text, families", [
    # a second name initials first after "and", its family closed by a mark: two families
    # (AnyStyle's and GROBID's training references), left to the labeller's reading
    ("Hauser, L. A. and T. J. Crovello. 1982. Numerical analysis of generic relationships in "
     "Thelypodieae (Brassicaceae). Syst. Bot. 7: 249–268.", ["Hauser", "Crovello"]),
    ("Wunsch, E. and H. G. Heindrich. 1963. Zur quantitativen bestimmung der collagenase. "
     "Hoppe-Seyler's Physiol. Chem. 333, 149-151.", ["Wunsch", "Heindrich"]),
])
def test_a_second_family_after_and_in_latin_letters(text: str, families: list[str]) -> None:
    authors, _ = heading_and_title(text)
    assert [family for family, _ in authors] == families
