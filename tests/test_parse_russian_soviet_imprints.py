"""The imprint of Soviet and typed Russian notes (issue 9), read as GOST 7.1 prints it:
the place after the title's comma ("Материалы, М., 1957"), two places joined by a comma
or a dash ("М., Л., 1936", "М. — Л., 1936"), place and publisher joined by a comma (GOST
7.1-84 and Soviet editions: "М., Госполитиздат, 1957"), a place before the year with no
comma ("Л. 1922"). Expectations read off each reference by hand; places expanded by the
project's rule (М. → Москва, Л. → Ленинград, "М.; Л." → "Москва; Ленинград")."""

from __future__ import annotations

from typing import Any

import pytest
from first_cite import first_cite

from biblio.parse.gost import parse_reference


def parse(text: str) -> tuple[dict[str, Any], str | None]:
    item, cite = first_cite(text)
    return item, cite.locator


def year(item: dict[str, Any]) -> int:
    return item["issued"]["date-parts"][0][0]


def test_place_and_year_after_the_titles_comma() -> None:
    item, locator = parse("Протоколы заседаний коллегии, М., 1959, с. 24.")
    assert item["title"] == "Протоколы заседаний коллегии"
    assert (item["publisher-place"], year(item), locator) == ("Москва", 1959, "24")


def test_place_before_the_year_without_a_comma_is_not_a_leaf() -> None:
    item, locator = parse("«Сборник Пушкинского дома на 1923 г.», Л. 1922, стр. 180.")
    assert (item["publisher-place"], year(item), locator) == ("Ленинград", 1922, "180")


def test_two_places_joined_by_a_comma_or_a_dash() -> None:
    for text in ("Греков Б. Д. Киевская Русь. М., Л., 1949.",
                 "Греков Б. Д. Киевская Русь. М. — Л., 1949.",
                 "Греков Б. Д. Киевская Русь, М. — Л., 1949."):
        item, _ = parse(text)
        assert item["title"] == "Киевская Русь", text
        assert (item["publisher-place"], year(item)) == ("Москва; Ленинград", 1949), text


def test_place_and_publisher_joined_by_a_comma() -> None:
    item, locator = parse("Ленин В. И. Сочинения. Т. 2. М., Госполитиздат, 1957, стр. 108.")
    assert (item["publisher-place"], item["publisher"]) == ("Москва", "Госполитиздат")
    assert (item["volume"], year(item), locator) == ("2", 1957, "108")
    item, _ = parse("Тарле Е. В. Наполеон. М., «Наука», 1991.")
    assert (item["publisher-place"], item["publisher"].strip("«»")) == ("Москва", "Наука")


def test_a_volume_after_the_place_is_not_a_publisher() -> None:
    item, _ = parse("Соловьев С. М. Сочинения. М., Т. 4, 1989.")
    assert "publisher" not in item or not item["publisher"].startswith("Т.")


def test_place_left_without_a_period_after_a_corporate_name() -> None:
    item, locator = parse("Собрание узаконений за 1921 г. Управление делами Совнаркома СССР "
                          "М. 1944, стр. 981-982.")
    assert (item["publisher-place"], year(item), locator) == ("Москва", 1944, "981-982")


def test_publisher_named_with_its_division_after_a_period() -> None:
    item, _ = parse("Лихачев Д. С. Поэтика древнерусской литературы. Л.: Наука. Ленингр. "
                    "отд-ние, 1971. 414 с.")
    assert item["title"] == "Поэтика древнерусской литературы"
    assert (item["publisher-place"], item["publisher"]) == ("Ленинград", "Наука. Ленингр. отд-ние")
    assert (year(item), item["number-of-pages"]) == (1971, "414")
    item, _ = parse("Бартольд В. В. Сочинения. Т. 2. М.: Наука. Гл. ред. вост. лит., 1964.")
    assert item["publisher"] == "Наука. Гл. ред. вост. лит."
    assert (item["volume"], year(item)) == ("2", 1964)


def test_commentary_after_a_whole_imprint_is_not_a_division() -> None:
    item, _ = parse("Иванов И. И. Очерки. М.: Наука, 1990. Автор благодарит коллег, 1991.")
    assert (item["publisher"], year(item)) == ("Наука", 1990)


@pytest.mark.parametrize(("text", "places", "publisher"), [
    ("Блок А. Собр. соч. в 8-ми т. М.—Л., 1962, т. 6, с. 360-361.", "Москва; Ленинград", None),
    ("«Труд в СССР». Экономико-статистический справочник. М.—Л., 1932, стр. 21, 89.",
     "Москва; Ленинград", None),
    ("Павел Громов. А. Блок, его предшественники и современники М.-Л., «Сов. писатель», "
     "1966, стр. 109.", "Москва; Ленинград", "Сов. писатель"),
    ("«Местный транспорт в народном хозяйстве СССР». Сборник статей, вып. 1. М., изд-во "
     "«Мотор» ЦК ПСТР СССР, 1924, стр. 11;", "Москва", "изд-во «Мотор» ЦК ПСТР СССР"),
])
def test_places_joined_by_a_dash_with_no_spaces_and_a_lower_case_publishing_house(
        text: str, places: str, publisher: str | None) -> None:
    """Soviet notes join "М.—Л." and "М.-Л." with no spaces, and name a publisher by the
    lower-case "изд-во" (batch 9: notes of books on Blok, on Soviet labour and on transport;
    values read by hand)."""
    reference = parse_reference(text)
    assert reference.fields["publisher-place"] == places
    if publisher:
        assert reference.fields["publisher"].strip("«»") == publisher
    assert not reference.fields["title"].endswith(("М", "М.", "Л.", "М.; Л."))  # no place in it


def test_the_year_with_its_g_before_a_comma_and_the_page() -> None:
    """"1954 г., стр. 3–4": the year's "г." before the comma of the page (batch 9, notes of a
    book on the art of recital)."""
    reference = parse_reference("М. Кнебель. Слово о творчестве актера. М., «Искусство», "
                                "1954 г., стр. 3–4")
    assert reference.fields["title"] == "Слово о творчестве актера"
    assert reference.fields["issued"].parts == [[1954]]
    assert reference.fields["publisher"].strip("«»") == "Искусство"
    assert reference.locator == "3–4"


@pytest.mark.parametrize("text", ["Там же, т. 20. с. 40.", "Там же, т. 20, с. 40."])
def test_a_repeat_with_a_volume_and_a_page_in_the_comma_form(text: str) -> None:
    """"Там же, т. 20. с. 40." (batch 7, a book on Tolstoy), and with the comma Soviet notes
    also put before the page."""
    reference = parse_reference(text)
    assert reference.kind == "ibid"
    assert (reference.fields["volume"], reference.locator) == ("20", "40")


@pytest.mark.parametrize(("text", "place"), [
    ("Sherman W. T. Memoirs. N. Y., 1890. Vol. 2. P. 378.", "New York"),
    ("Dupuy R. Е.and T. N. The Compact History of the Civil War. N. Y., 1962. P. 397.",
     "New York"),
    ("Иванов И. История. Н. Новгород, 1999.", "Нижний Новгород"),
])
def test_an_abbreviated_place_with_spaces_between_its_letters(text: str, place: str) -> None:
    """Russian typography spaces the letters of "N. Y." (batch 9, a Russian book on the
    American Civil War); "Н. Новгород" keeps its own space."""
    assert parse_reference(text).fields["publisher-place"] == place


@pytest.mark.parametrize(("text", "place", "year", "page"), [
    ("Гончаров И. А. Собр. соч., т. 8. М., 1955, с 435.", "Москва", 1955, "435"),
    ("Тарле Е. В. Наполеон. Л., 1936, стр 12-14.", "Ленинград", 1936, "12-14"),
])
def test_a_page_term_without_its_period_after_the_year(
        text: str, place: str, year: int, page: str) -> None:
    """"М., 1955, с 435": the term's period dropped, as typed notes print it."""
    reference = parse_reference(text)
    assert reference.fields["publisher-place"] == place
    assert reference.fields["issued"].year == year
    assert (reference.label, reference.locator) == ("page", page)


@pytest.mark.parametrize(("text", "place", "publisher", "year"), [
    ("Чернышевский Н. Г. Полн. Собр. соч. М, 1939–1953.", "Москва", None, 1939),
    ("«Транспорт СССР. Итоги за пятьдесят лет и перспективы развития». М, изд-во "
     "«Транспорт», 1967, стр. 123;", "Москва", "изд-во «Транспорт»", 1967),
    ("Иванов И. Очерки. Л, Наука, 1939.", "Ленинград", "Наука", 1939),
])
def test_a_place_typed_without_its_period(
        text: str, place: str, publisher: str | None, year: int) -> None:
    """"М, 1939": GOST 7.0.12's abbreviation with its period dropped, opening the area."""
    fields = parse_reference(text).fields
    assert fields["publisher-place"] == place
    assert fields.get("publisher") == publisher
    assert fields["issued"].year == year


def test_two_places_joined_by_a_dash_before_the_publishers_colon() -> None:
    """Batch 11: the dash between the places of a co-edition also before GOST's colon,
    as post-Soviet notes print it (a book on the imperial court, «М. – СПб.:
    Центрполиграф; Мим-Дельта, 2010»)."""
    cases = {
        "Зимин И. Детский мир императорских резиденций. М. – СПб.: Центрполиграф, 2010. С. 55.":
            ("Москва; Санкт-Петербург", "Центрполиграф"),
        "Греков Б. Д. Киевская Русь. М.-Л.: Изд-во АН СССР, 1949.":
            ("Москва; Ленинград", "Изд-во АН СССР"),
        "Лихачев Д. С. Поэтика. М. — Л.: «Наука», 1967.": ("Москва; Ленинград", "«Наука»"),
    }
    for text, (places, publisher) in cases.items():
        item, _ = parse(text)
        assert (item["publisher-place"], item["publisher"]) == (places, publisher), text
        assert not item["title"].endswith(" М"), text


def test_older_abbreviations_of_places() -> None:
    """"Спб." of 19th-century title pages (a literature list on Kola: «Очерки
    Архангельской губернии. Спб., 1849.») and "Мн." of GOST 7.12-93 (Минск)."""
    for text, place in (("Верещагин В. П. Очерки Архангельской губернии. Спб., 1849.",
                         "Санкт-Петербург"),
                        ("Ильинский М. В. Архангельская ссылка. Спб., 1906.", "Санкт-Петербург"),
                        ("Игнатенко А. П. Очерки. Мн.: Навука і тэхніка, 1992.", "Минск")):
        item, _ = parse(text)
        assert item["publisher-place"] == place, text


@pytest.mark.parametrize("text, place, publisher, page", [
    ("Александр Блок и Андрей Белый. Переписка. М., изд. Гос. Лит. музея, 1940, стр. 13.",
     "Москва", "изд. Гос. Лит. музея", "13"),
    ("Очерки. Л., изд. Гос. Эрмитажа, 1960.", "Ленинград", "изд. Гос. Эрмитажа", None),
    ("Каталог. М.: Изд. Гос. Ист. музея, 1985. С. 7.", "Москва", "Изд. Гос. Ист. музея", "7"),
])
def test_publisher_cut_by_capitalised_abbreviations_is_one_name(
        text: str, place: str, publisher: str, page: str | None) -> None:
    """GOST 7.0.12 abbreviations inside a publisher's name ("Гос.", "Лит.", "Ист.") are
    followed by capitals; their periods do not end the publication area."""
    item, locator = parse(text)
    assert (item["publisher-place"], item["publisher"]) == (place, publisher)
    assert "Гос" not in item["title"]
    assert (year(item) > 1900, locator) == (True, page)


def test_a_volume_after_a_title_in_quotes_and_its_comma_is_the_volume() -> None:
    # Soviet notes cite collections by their title in quotes, the volume run on after the
    # closing quote with a comma: a book on capital construction (two notes), and the
    # editorial notes of a Soviet edition with a part in Roman numerals
    item, locator = parse("«КПСС в резолюциях и решениях съездов, конференций и пленумов ЦК», "
                          "т. 5. М., Политиздат, 1971, стр. 131.")
    assert item["title"].strip("«»") == ("КПСС в резолюциях и решениях съездов, конференций и "
                                        "пленумов ЦК")
    assert (item["volume"], item["publisher-place"], item["publisher"], year(item), locator) \
        == ("5", "Москва", "Политиздат", 1971, "131")
    item, locator = parse("«История Коммунистической партии Советского Союза», т. 4, кн. 2. "
                          "Политиздат, 1971, стр. 360.")
    assert item["title"].strip("«»") == "История Коммунистической партии Советского Союза"
    assert (item["volume"], item["publisher"], year(item), locator) == (
        "4", "Политиздат", 1971, "360")
    item, locator = parse("«Научные труды Московского государственного экономического "
                          "института», вып. 16. М., 1959, стр. 92 —93.")
    assert item["title"].strip("«»") == ("Научные труды Московского государственного "
                                        "экономического института")
    assert (item["publisher-place"], year(item)) == ("Москва", 1959)


@pytest.mark.parametrize("text, place, publisher, issued", [
    # a book on 1812 (notes 104 and 106): a Soviet edition and a pre-revolutionary one
    ("Русские полководцы. М.И. Кутузов. Сборник документов и материалов. Том IV. Часть 1I. "
     "Под ред. Л.Г. Бескровного. Москва, изд. Министерства Обороны Союза ССР, 1955, стр. 98.",
     "Москва", "изд. Министерства Обороны Союза ССР", 1955),
    ("1812 год в дневниках, записках и воспоминаниях современников. Материалы Военно-Ученаго "
     "Архива Главнаго Штаба. Выпуск I. 1 и 2 западныя армия. Главная армия. Сост. В.И. "
     "Харкевич. Вильна, тип. Штаба Виленскаго военнаго Округа, 1900, стр. 47.",
     "Вильна", "тип. Штаба Виленскаго военнаго Округа", 1900),
    # a Belarusian history course's list: the place after an area dash, the publisher quoted
    ("Гісторыя Беларусі: У 6 т. Т. 1 / Ю. Бохан [і інш.]; рэдкал.: М. Касцюк (гал. рэд.) "
     "[і інш.]. – Мінск, “Экаперспектыва”, 2005.", "Мінск", "Экаперспектыва", 2005),
])
def test_a_written_out_place_and_its_publisher_joined_by_a_comma(
        text: str, place: str, publisher: str, issued: int) -> None:
    """The comma between place and publisher with the place written out, as older and
    translated editions print it: the publisher opened by a word of PUBLISHING_HOUSE_WORDS
    (GOST 7.0.12's "изд.", "тип.") or in quotation marks is not a second place, and the
    place is not the end of the title."""
    item, _ = parse(text)
    assert (item["publisher-place"], item["publisher"].strip("“”"), year(item)) == (
        place, publisher, issued)
    assert not item["title"].endswith((place, "изд", "тип"))


def test_a_company_or_a_printing_house_after_an_abbreviated_place() -> None:
    # the same book's note 101: "т-во" (товарищество) opens the publisher's name
    item, locator = parse("Коллектив авторов. Отечественная война и русское общество: "
                          "1812-1912. Том III. Ред. А.К. Дживелегова, С.П. Мельгунова, "
                          "В.И. Пичета. М.В. Москва, т-во И.Д. Сытина, 1912, стр. 31.")
    assert (item["publisher"], year(item), locator) == ("т-во И.Д. Сытина", 1912, "31")


def test_a_newspapers_place_and_number_are_no_publisher() -> None:
    # the White movement's newspapers (a book on the Whites): a place, the number, the day
    item, _ = parse("Наш путь. Киев, № 1, 19 ноября 1918 г.")
    assert (item["type"], item["publisher-place"], item.get("publisher")) == (
        "periodical", "Киев", None)


@pytest.mark.parametrize("reference, place, publisher, year", [
    # real references of the dev set's Ukrainian and Belarusian guides (ru-gost-563, 1105,
    # ru-fn-1812), typed in the Soviet imprint form of the «publisher-quoted» variant
    ("Рильський М.Т. Зібрання творів у 20 т. – Т. 15. Мистецтвознавчі статті. – К., "
     "«Наукова думка», 1986. – С. 520.", "Київ", "Наукова думка", 1986),
    ("Здіорук С. І. Суспільно-релігійні відносини: виклики Україні ХХІ століття / С. І. "
     "Здіорук. – К., «Знання України», 2005. – 551 с.", "Київ", "Знання України", 2005),
    ("Экономика: учебное пособие / В. В. Прокин [и др.]; под ред. В. В. Прокина. – Спб., "
     "«Питер», 2012. – 327 с.", "Санкт-Петербург", "Питер", 2012),
])
def test_an_imprint_abbreviated_by_the_other_tables_reads_in_the_soviet_comma_form(
        reference: str, place: str, publisher: str, year: int) -> None:
    """«К., «Наукова думка», 1986» as «К.: Наукова думка, 1986»: the comma form reads every
    Cyrillic place the tables abbreviate (ДСТУ 3582's «К.», GOST 7.12-93's «Мн.», the older
    «Спб.»), not only GOST 7.0.12's «М.», «Л.», «СПб.», «Пг.»."""
    item, _ = parse(reference)
    assert item["publisher-place"] == place
    assert item["publisher"].strip("«»") == publisher
    assert item["issued"]["date-parts"][0][0] == year


def test_an_initial_like_an_abbreviated_place_stays_the_authors() -> None:
    """«К.» is Київ's abbreviation and an initial as often: read as a place only after a
    word's period or a dash (ru-fn-1091, a Soviet psychology textbook, the heading in
    capitals as some guides print it)."""
    for heading in ("Плачюнов К. К.", "ПЛАЧЮНОВ К. К."):
        item, locator = parse(f"{heading}, Голубев Г. Г. Психология. М., 1973. С. 158.")
        assert [name["family"] for name in item["author"]] == [heading.split()[0], "Голубев"]
        assert (item["title"], item["publisher-place"], locator) == ("Психология", "Москва",
                                                                     "158")


@pytest.mark.parametrize("reference, place, publisher, year", [
    # dev references whose area dash is typed with no period before it (ru-gost-332, 831,
    # 832: a handbook, a photo album, a regional album), their imprints in the Soviet form;
    # the handbook's initial «C.», a Latin letter as printed, typed Cyrillic here
    ("Микробиологический контроль мяса животных, птицы, яиц и продуктов их переработки: "
     "справочник / С. А. Артемьева [и др.] – М., «Колос», 2002. – 288 с.",
     "Москва", "Колос", 2002),
    ("Аюпов, Р. А. Башкортостан: фотоальбом [Текст] / Р. А. Аюпов – Москва, «Альфа», 1995. "
     "– 240с.", "Москва", "Альфа", 1995),
    ("Башкортостан глазами друзей: с описанием на рус. и англ. языках [Текст] – Уфа, "
     "«Информреклама», 2016. – 152 с.", "Уфа", "Информреклама", 2016),
])
def test_a_bare_area_dash_opens_the_soviet_imprint_too(
        reference: str, place: str, publisher: str, year: int) -> None:
    """gost.BARE_AREA_DASH: a dash with no period before it opens the publication area when
    a place follows with its publisher after a colon, or in quotes after a comma."""
    item, _ = parse(reference)
    assert (item["publisher-place"], item["publisher"].strip("«»")) == (place, publisher)
    assert item["issued"]["date-parts"][0][0] == year


@pytest.mark.parametrize("reference, publisher", [
    # as printed (ru-fn-731, notes of a book on Blok)
    ("Павел Громов. А. Блок, его предшественники и современники М.-Л., «Сов. писатель», "
     "1966, стр. 109.", "Сов. писатель"),
    # dev references (ru-fn-330, ru-gost-329, ru-fn-1393: an ethnography, an agronomy
    # monograph, a Belarusian history) typed in the Soviet form of the imprint
    ("Зеленин Д. К. Восточнославянская этнография. — М., «Наука. Гл. редакция восточной "
     "литературы», 1991.", "Наука. Гл. редакция восточной литературы"),
    ("Уджуху А. Ч. Регулирование почвенного плодородия в рисовых севооборотах / А. Ч. "
     "Уджуху, В. Ф. Шащенко. – Краснодар, «Совет. Кубань», 2003. – 192 с.", "Совет. Кубань"),
    ("Ермаловіч, М. Старажытная Беларусь: Полацк. І новагарод. Перыяды / М. Ермаловіч; "
     "прадм. М. Ткачова. – 2-е выд. – Мн., «Маст. Літ.», 2001. – 366 с.", "Маст. Літ."),
])
def test_a_quoted_publishers_periods_are_its_own(reference: str, publisher: str) -> None:
    """areas.QUOTED_PUBLISHER: a name in quotes between the place and the year's comma is
    the publisher whole, its abbreviations' periods no end of area (the Belarusian row's
    «прадм.», a role the grammar does not know, is kept as a leftover: read the reference
    alone)."""
    assert parse_reference(reference).fields["publisher"].strip("«»") == publisher


def test_a_publisher_in_capitals_after_the_titles_comma() -> None:
    # ru-fn-1220 (the notes of Saltykov-Shchedrin's works): the State Publishers of Fiction
    # by its capitals, no place, as ru-fn-1064 prints it after one («Л.: ГИХЛ, 1931»)
    item, locator = parse("М. Е. Салтыков-Щедрин в воспоминаниях современников, ГИХЛ, 1957, "
                          "стр. 706.")
    assert (item["title"], item["publisher"]) == (
        "М. Е. Салтыков-Щедрин в воспоминаниях современников", "ГИХЛ")
    assert (year(item), locator) == (1957, "706")
    assert "publisher-place" not in item


def test_a_place_or_a_numeral_in_capitals_is_no_publisher() -> None:
    # ru-fn-1312 (the notes of Krylov's works): «СПБ» is Saint Petersburg in capitals
    reference = parse_reference("Полн. собр. соч. Крылова, т. I, СПБ, 1904 г.")
    assert "publisher" not in reference.fields
    # a volume's Roman numeral typed in Cyrillic letters, written for the test
    reference = parse_reference("Ленин В. И. Сочинения, ХХХ, 1950.")
    assert "publisher" not in reference.fields
    # a series in quotation marks before its body (ru-fn-842): not cut after the quote
    reference = parse_reference("«О культуре театра и поисках нового». Сб. статей. – «Вопросы "
                                "театра», ВТО, 1965 г., стр. 46")
    assert reference.fields["title"].strip("«»") == "О культуре театра и поисках нового"
