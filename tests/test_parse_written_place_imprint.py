"""An imprint whose place is written out and closed by a period, as title pages and the
notes that copy them print it: "Минск. «Ала киона». 1995." (gost.WRITTEN_PLACE_PERIOD_YEAR)."""

from biblio.parse.gost import WRITTEN_PLACE_PERIOD_YEAR, parse_reference


def test_place_publisher_in_quotes_and_year_each_closed_by_a_period():
    # ru-fn-824, a note of an article on Suvorov's portraits in fiction
    reference = parse_reference(
        "Игорь Бунич. «Князь Суворов», историческая хроника. Минск. «Ала киона». 1995. С. 81.")
    assert reference.fields["publisher-place"] == "Минск"
    assert reference.fields["publisher"].strip("«»") == "Ала киона"
    assert reference.fields["issued"].parts == [[1995]]
    assert reference.fields["title"] == "«Князь Суворов», историческая хроника"
    assert reference.locator == "81"


def test_place_and_year_with_no_publisher():
    match = WRITTEN_PLACE_PERIOD_YEAR.search("Сочинения. Санкт-Петербург. 1849 г. С. 5.")
    assert match is not None
    assert (match["place"], match["publisher"], match["year"]) == \
        ("Санкт-Петербург", None, "1849")


def test_a_place_with_no_year_after_it_stays_in_the_title():
    assert WRITTEN_PLACE_PERIOD_YEAR.search("Письма из Москвы. Москва. Т. 2.") is None


def test_a_place_after_an_abbreviation_and_a_comma_is_not_this_form():
    # ru-fn-840: "Веч. Ленинград" is a newspaper's name, its date after a comma
    assert WRITTEN_PLACE_PERIOD_YEAR.search(
        "Бондаренко И. Острый и веселый спектакль.— Веч. Ленинград, 1953, 16 дек.") is None


def test_a_place_the_tables_do_not_know_is_not_read_so():
    assert WRITTEN_PLACE_PERIOD_YEAR.search("Записки. Троицк. 1964.") is None
    assert WRITTEN_PLACE_PERIOD_YEAR.search("Записки. Письма. 1964.") is None


def test_a_regional_centre_written_out_after_an_area_dash():
    # ru-fn-962, a note of an article on Siberian peasants: the abstract's imprint
    reference = parse_reference(
        "Горюшкин Л.М. Сельское хозяйство и крестьянство Западной Сибири в конце XIX - начале"
        " XX вв. Автореферат диссертации на соискание ученой степени кандидата исторических"
        " наук. - Томск. 1964. 25 с.")
    assert reference.fields["publisher-place"] == "Томск"
    assert reference.fields["issued"].parts == [[1964]]
    assert "Томск" not in reference.fields["genre"]


def test_a_regional_centre_after_a_thesis_speciality():
    # ru-gost-833, a dissertation's description in a university library's guide
    reference = parse_reference(
        "Кичигин, Дмитрий Евгеньевич. Поздний бронзовый - ранний железный века северо-западного"
        " побережья озера Байкал: по материалам стоянок: дис. кандидат исторических наук:"
        " 07.00.06 - Археология. Иркутск. 2012. 426 с.")
    assert reference.fields["publisher-place"] == "Иркутск"
    assert reference.fields["issued"].parts == [[2012]]


def test_the_year_mark_before_a_comma_and_the_pinpoint():
    # ru-fn-2226, the author's notes of a historical novel: "1878 г., стр. 294–295"
    reference = parse_reference(
        "Летопись самовидца. Изд. Ор. Новицкого. Киев. 1878 г., стр. 294–295.")
    assert reference.fields["publisher-place"] == "Киев"
    assert reference.fields["issued"].parts == [[1878]]
    assert "Киев" not in reference.fields["title"]


def test_a_latin_imprint_place_in_the_locative():
    # ru-fn-240, a note of an article on the plague of 1771 in Moscow
    reference = parse_reference(
        "Orrareus G. Descriptio pestis quae anno MDCCLXX in Jassia et MDCCLXXI Moscou grassata"
        " est. Petropoli. 1784. Р. 2.")
    assert reference.fields["publisher-place"] == "Petropoli"
    assert reference.fields["title"] == \
        "Descriptio pestis quae anno MDCCLXX in Jassia et MDCCLXXI Moscou grassata est"
    for place in ("Lipsiae", "Parisiis", "Mosquae", "Lugduni Batavorum"):
        match = WRITTEN_PLACE_PERIOD_YEAR.search(f"Opera omnia. {place}. 1850. P. 3.")
        assert match is not None and match["place"] == place


def test_a_title_that_names_a_city_keeps_it():
    reference = parse_reference("Иванов И. И. Путешествие в Томск. Томск. 1972. С. 5.")
    assert reference.fields["title"] == "Путешествие в Томск"
    assert reference.fields["publisher-place"] == "Томск"
    assert WRITTEN_PLACE_PERIOD_YEAR.search("Иванов И. И. История Казани. 1972.") is None
    assert WRITTEN_PLACE_PERIOD_YEAR.search("Петров П. Казань, 1972.") is None


def test_the_year_word_after_the_year_is_kept_and_the_areas_after_it_read():
    # the imprint's «г.» written back after the year, so that the volume after it is read
    reference = parse_reference("Иванов И. Сочинения. Санкт-Петербург. 1849 г. Т. 2. С. 5.")
    assert reference.fields["title"] == "Сочинения"
    assert reference.fields["publisher-place"] == "Санкт-Петербург"
    assert reference.fields["issued"].parts == [[1849]]
    assert reference.fields["volume"] == "2"
    assert reference.locator == "5"


def test_a_city_named_family_after_a_role_word_is_the_statements_name():
    # the third review of session 29: a family that is also a city's name
    # (places.CITIES_LIKE_FAMILY_NAMES) right after the role word is the compiler's or the
    # writer's of a preface, not the imprint's place (GOST 7.1-2003 clause 5.2.5)
    compiled = parse_reference("Записки охотника / сост. Бобров. 1990. 200 с.")
    assert [name.family for name in compiled.fields["compiler"]] == ["Бобров"]
    assert "publisher-place" not in compiled.fields
    assert compiled.fields["number-of-pages"] == "200"
    prefaced = parse_reference("Лирика / предисл. Ковров. 1985. 120 с.")
    assert "publisher-place" not in prefaced.fields
    assert "Ковров" in prefaced.fields["note"]
    assert prefaced.fields["number-of-pages"] == "120"


def test_the_same_city_after_a_volume_is_the_place():
    # the form the table was built for: a place written out after the title's last area
    reference = parse_reference("Сочинения. Т. 2. Ростов. 1990.")
    assert reference.fields["publisher-place"] == "Ростов"
    assert reference.fields["issued"].parts == [[1990]]


# Session 30 (issue 9, titles that took the imprint): the imprint set out sentence by
# sentence with an abbreviated place, a publishing house before it, or a lavra for a place.

def test_an_abbreviated_place_of_two_letters_and_the_year_each_closed_by_a_period():
    # ru-fn-1705, notes of a memoir on Repin: the collection's imprint
    match = WRITTEN_PLACE_PERIOD_YEAR.search(
        "Сборник в память В. В. Стасова. Спб. 1908. И. Репин. Воспоминания о В. В. Стасове.")
    assert (match["abbreviated"], match["year"]) == ("Спб", "1908")
    # ru-fn-1432, notes of a history of Poltava: the chronicle's edition of 1843
    reference = parse_reference("«Полное Собрание Рус. Лит.», т. II, Ипат. лет. Спб. 1843 г., "
                                "стр. 107 — 108.")
    assert reference.fields["publisher-place"] == "Санкт-Петербург"
    assert reference.fields["issued"].parts == [[1843]]
    assert "Спб" not in reference.fields["title"]
    # GOST 7.0.12's «СПб.» and «Пг.» set out the same way
    for text, place in (("Летописный сборник. СПб. 1908. С. 5.", "Санкт-Петербург"),
                        ("Летописный сборник. Пг. 1916. С. 5.", "Петроград")):
        fields = parse_reference(text).fields
        assert (fields["title"], fields["publisher-place"]) == ("Летописный сборник", place)


def test_a_one_letter_place_or_an_initial_is_not_read_so():
    # «К.», «О.», «Х.» are initials as often as places; «Л. 1926» may be a leaf
    assert WRITTEN_PLACE_PERIOD_YEAR.search("Записки. К. 1990. С. 5.") is None
    assert WRITTEN_PLACE_PERIOD_YEAR.search("Записки. Л. 1926. С. 5.") is None
    # an abbreviation right after an initial is no imprint's opening
    assert WRITTEN_PLACE_PERIOD_YEAR.search("Записки. Петров А. Пг. 1916.") is None


def test_a_publishing_house_in_quotes_before_the_place():
    # ru-fn-1703, notes of a memoir on Repin: the title page's publisher above its place
    reference = parse_reference(
        "Илья Репин. Воспоминания, под ред. К. И. Чуковского «Бурлаки на Волге». Издательство "
        "«Солнце». Спб. 1922 г. стр. 21–22.")
    assert reference.fields["publisher-place"] == "Санкт-Петербург"
    assert "Солнце" in reference.fields["publisher"]
    assert reference.fields["issued"].parts == [[1922]]
    assert "Солнце" not in reference.fields["title"]
    assert reference.locator == "21–22"


def test_a_lavra_as_the_place():
    # ru-fn-1122, notes of an article on church history: the Council's publication
    reference = parse_reference(
        "Канонизация святых. Поместный Собор Русской Православной Церкви, посвященный юбилею "
        "1000-летия Крещения Руси. Троице-Сергиева лавра. 1988. С. 27.")
    assert reference.fields["title"] == ("Канонизация святых. Поместный Собор Русской "
                                         "Православной Церкви, посвященный юбилею 1000-летия "
                                         "Крещения Руси")
    assert reference.fields["publisher-place"] == "Троице-Сергиева лавра"
    assert reference.fields["issued"].parts == [[1988]]
    # the same place after a comma, as church publications print it
    assert parse_reference("Иванов И. И. Летописный сборник. Троице-Сергиева лавра, 1996. "
                           "С. 5.").fields["publisher-place"] == "Троице-Сергиева лавра"


def test_a_title_that_names_a_lavra_keeps_it():
    assert WRITTEN_PLACE_PERIOD_YEAR.search("Очерки. Киево-Печерская лавра. Т. 2.") is None
    reference = parse_reference("Иванов И. И. История Киево-Печерской лавры. Киев, 1913.")
    assert reference.fields["title"] == "История Киево-Печерской лавры"


def test_the_publisher_as_a_sentence_before_the_place():
    # ru-fn-043 (notes on the first Congress of Soviets) and ru-fn-1542 (a note on the
    # Petrashevtsy): «Изд. …» names who issued the book, before the place (gost.PUBLISHER_SENTENCE)
    congress = parse_reference("1 Съезд Советов СССР. Стенографический отчет с приложениями. "
                               "Изд. ЦИК СССР. М., 1923. Приложение 1. С. 8.")
    assert congress.fields["publisher"] == "Изд. ЦИК СССР"
    assert congress.fields["publisher-place"] == "Москва"
    assert "Изд." not in congress.fields["title"]
    petrashevtsy = parse_reference("Петрашевцы. Изд. В. М. Саблина. М., 1907, стр. 153.")
    assert petrashevtsy.fields["title"] == "Петрашевцы"
    assert petrashevtsy.fields["publisher"] == "Изд. В. М. Саблина"
    assert petrashevtsy.fields["issued"].parts == [[1907]]


def test_an_edition_statement_is_no_publisher_sentence():
    for text in ("Иванов И. И. История. Изд. 2-е. М., 1907. С. 5.",
                 "Иванов И. И. История. Изд. испр. и доп. М., 1907. С. 5."):
        assert "publisher" not in parse_reference(text).fields
