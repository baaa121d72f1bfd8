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
    assert WRITTEN_PLACE_PERIOD_YEAR.search("Записки. Томск. 1964.") is None


def test_the_year_word_after_the_year_is_kept_and_the_areas_after_it_read():
    # the imprint's «г.» written back after the year, so that the volume after it is read
    reference = parse_reference("Иванов И. Сочинения. Санкт-Петербург. 1849 г. Т. 2. С. 5.")
    assert reference.fields["title"] == "Сочинения"
    assert reference.fields["publisher-place"] == "Санкт-Петербург"
    assert reference.fields["issued"].parts == [[1849]]
    assert reference.fields["volume"] == "2"
    assert reference.locator == "5"
