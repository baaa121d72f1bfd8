"""Where a host's name ends: the areas after "//" that the readers know, so that they do not
run on into `container-title` (issue 9), and the serial a note names in quotes with no "//"."""

import pytest

from biblio.parse.gost import parse_reference
from biblio.parse.locators import parse_numbering


def _fields(text: str) -> dict:
    reference = parse_reference(text)
    assert not reference.leftover, reference.leftover
    return reference.fields


@pytest.mark.parametrize(("text", "container", "issued"), [
    # ru-fn-369 (dev): an English monthly dated as the Chicago Manual dates a magazine, by
    # its month and year after a comma
    ("Ball P. There is No Hidden Understanding to be Teased out by “Improving” the Periodic "
     "Table, Argues Philip Ball. But Eric Scerri Begs to Differ // Chemistry World, "
     "September 2010.", "Chemistry World", [[2010, 9]]),
    # the Soviet comma form, the month after the year, read as before
    ("Иванов И. Статья // Русский вестник, 1889 г., май, стр. 143–145",
     "Русский вестник", [[1889, 5]]),
])
def test_month_and_year_closing_a_host(text: str, container: str, issued: list) -> None:
    fields = _fields(text)
    assert fields["container-title"] == container
    assert fields["issued"].parts == issued


@pytest.mark.parametrize("text", [
    # constructed boundaries: a place before the year (the comma styles' "Paris 1990") and a
    # word that is no month stay in the host's name as before
    "Иванов И. Статья // Сборник, Paris 1990. С. 5.",
    "Иванов И. Статья // Сборник, Volume 1990. С. 5.",
])
def test_no_month_before_the_year(text: str) -> None:
    fields = parse_reference(text).fields
    assert "issued" not in fields
    assert fields["container-title"].endswith(" 1990")


def test_turkish_volume_and_issue() -> None:
    # ru-fn-1759 (dev): "Cilt" and "Sayı", the volume and the issue of Turkish journals
    fields = _fields("Şan E. İbn Rüste’nin el-A‘lâku’n-nefîse’yi Ne Zaman Yazdığına Dair Yeni "
                     "Tespitler // Belleten. 2019. Cilt LXXXIII. Sayı 296. S. 65–88.")
    assert fields["container-title"] == "Belleten"
    assert (fields["volume"], fields["issue"], fields["page"]) == ("LXXXIII", "296", "65–88")
    assert fields["custom"]["designations"] == {"volume": "Cilt", "issue": "Sayı"}


@pytest.mark.parametrize(("text", "container", "series"), [
    # ru-fn-984 (dev): a Ukrainian "Нова серія" between the serial and its volume
    ("Однороженко О. Князівські печатки Волині XV–XVII ст. // Збірник Харківського "
     "історико-філологічного товариства.- Нова серія.- Том X.- Харків, 2004.- С.289-306.",
     "Збірник Харківського історико-філологічного товариства", "Нова серія"),
    # the Russian "Новая серия", read so before (constructed)
    ("Иванов И. Статья // Записки. Новая серия. Т. 5. М., 1904. С. 3.", "Записки",
     "Новая серия"),
])
def test_new_series_ends_the_host(text: str, container: str, series: str) -> None:
    fields = _fields(text)
    assert fields["container-title"] == container
    assert fields["collection-title"] == series


def test_a_subseries_stays_in_the_serial() -> None:
    # "Серія" after a colon names a subseries, part of the serial's title (GOST 7.1-2003
    # clause 7.2.1.3): ru-gost dev rows print "Вісник … Серія: Історія"
    fields = parse_reference("Петренко І. Стаття // Вісник Київського університету. Серія: "
                             "Історія. 2005. № 3. С. 10–15.").fields
    assert fields["container-title"] == "Вісник Київського університету. Серія: Історія"


@pytest.mark.parametrize(("text", "container", "kind"), [
    # ru-fn-947 (dev): the statement of a meeting's proceedings after the host's title is its
    # genre (tests/data/dev/README.md, other title information), the meeting makes the type
    ("Зверев В. А. Модель изучения динамики сельского населенного пункта в Сибири "
     "1850–1920-х гг. (на примере с. Бердского) // История и историография России и Сибири в "
     "исследовательском и образовательном контекстах: материалы Всерос. науч.-практ. конф., "
     "посвящ. 90-летию проф. Е. И. Соловьёвой, 65-летию проф. В. А. Зверева и 70-летию каф. "
     "всеобщей истории, историографии и источниковедения НГПУ. Новосибирск: НГПУ, 2014. С. "
     "26–35.", "История и историография России и Сибири в исследовательском и образовательном "
     "контекстах", "paper-conference"),
    # ru-gost-188 (dev): theses of a conference, a genre the tables knew, now the type too
    ("Илюшин А. М. Хронология и периодизация средневековых погребений по обряду кремации на "
     "стороне в Кузнецкой котловине / А. М. Илюшин // Проблемы хронологии и периодизации "
     "археологических памятников Южной Сибири : тезисы докладов к всесоюзной научной "
     "конференции (3-5 апреля 1991 года). Барнаул, 1991. С. 164-166",
     "Проблемы хронологии и периодизации археологических памятников Южной Сибири",
     "paper-conference"),
    # a collection that names no meeting stays a chapter (GOST 7.1-2003's ": сб. науч. тр.")
    ("Петров П. П. Статья // Вопросы истории Сибири : сб. науч. тр. Томск, 1990. С. 5–9.",
     "Вопросы истории Сибири", "chapter"),
])
def test_proceedings_statement_of_a_host(text: str, container: str, kind: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["container-title"] == container
    assert reference.type == kind
    assert "genre" in reference.fields  # kept, not dropped


def test_proceedings_dates_read_from_the_genre() -> None:
    reference = parse_reference(
        "Илюшин А. М. Хронология / А. М. Илюшин // Проблемы хронологии : тезисы докладов к "
        "всесоюзной научной конференции (3-5 апреля 1991 года). Барнаул, 1991. С. 164-166")
    assert reference.fields["event-date"].parts == [[1991, 4, 3], [1991, 4, 5]]


@pytest.mark.parametrize(("text", "title", "container"), [
    # Smirnov's «Скифы» (1966), note 7: a serial quoted after the title's period, then its
    # issue (as "… // Государственный Эрмитаж. …. Вып. 2")
    ("Артамонов М. И. Антропоморфные божества в религии скифов. «Государственный Эрмитаж. "
     "Археологический сборник». Вып. 2. Л., 1961.", "Антропоморфные божества в религии скифов",
     "Государственный Эрмитаж. Археологический сборник"),
    # ru-fn-1470 (dev) with its OCR mended (the "3" of "Б. З." and the glued "1.Л."): a volume
    ("Рабинович Б. З. Шлемы скифского периода. «ТОИПК Гос. Эрмитажа». Т. 1. Л., 1941. С. 99.",
     "Шлемы скифского периода", "ТОИПК Гос. Эрмитажа"),
])
def test_serial_quoted_before_its_numbering(text: str, title: str, container: str) -> None:
    fields = parse_reference(text).fields
    assert (fields["title"], fields["container-title"]) == (title, container)


@pytest.mark.parametrize(("text", "publisher"), [
    # ru-fn-824 (dev): a publisher quoted after its place, with a year and no volume after it
    ("Игорь Бунич. «Князь Суворов», историческая хроника. Минск. «Ала киона». 1995. С. 81.",
     "«Ала киона»"),
])
def test_quoted_publisher_is_no_serial(text: str, publisher: str) -> None:
    fields = parse_reference(text).fields
    assert "container-title" not in fields
    assert fields["publisher"] == publisher


@pytest.mark.parametrize(("text", "title", "volume", "volume_title"), [
    # ru-fn-1275 (dev): a volume's own title of two sentences, then the book of the volume
    ("Письмо от 5 августа 1906 г. // Литературное наследство. Т. 92: Александр Блок. Новые "
     "материалы и исследования. Кн. 1. С. 544.", None, "92",
     "Александр Блок. Новые материалы и исследования"),
    # ru-fn-1630 (dev), another source: a book's volume so titled, then its imprint
    ("Паламарчук П. Г. Сорок сороков. Т. 4: Окраины Москвы. Инославие и иноверие. М., 1995, "
     "с. 274-284", "Сорок сороков", "4", "Окраины Москвы. Инославие и иноверие"),
])
def test_volume_title_of_several_sentences(text: str, title: str | None, volume: str,
                                           volume_title: str) -> None:
    fields = parse_reference(text).fields
    if title is None:
        assert fields["container-title"] == "Литературное наследство"
    else:
        assert fields["title"] == title
    assert (fields["volume"], fields["volume-title"]) == (volume, volume_title)


def test_a_part_numbering_closed_by_a_period_reads_as_before() -> None:
    # GOST 7.1-2003 clause 5.2.4's own form: the part's title after the number's period
    fields = parse_reference("Отраслевые информационные ресурсы. Ч. 1. Конкретные виды "
                             "документов. М., 2004.").fields
    assert fields["title"] == "Отраслевые информационные ресурсы"
    assert (fields["part-number"], fields["part-title"]) == ("Ч. 1", "Конкретные виды документов")


@pytest.mark.parametrize(("text", "container", "year", "same_author"), [
    # ru-fn-673 (dev): the reviews of one book listed after it, with no period at all
    ("Его же, «Новый мир», 1926, № 10", "Новый мир", 1926, True),
    # ru-fn-674 (dev), the same list, the reviewer named: read so before (it has a period)
    ("Поступальский И., «Красная новь», 1927, № 10", "Красная новь", 1927, False),
])
def test_quoted_serial_in_a_note_without_period(text: str, container: str, year: int,
                                                same_author: bool) -> None:
    reference = parse_reference(text)
    assert reference.fields["container-title"] == container
    assert (reference.fields["issue"], reference.fields["issued"].year) == ("10", year)
    assert reference.same_author is same_author


def test_quoted_title_with_a_year_alone_is_no_serial() -> None:
    # QUOTED_SERIAL wants an issue or a day after the year: a book's title in quotes and its
    # year ("Его же, «Очерки», 1926", constructed) is not taken for a serial
    fields = parse_reference("Его же, «Очерки», 1926").fields
    assert "container-title" not in fields


@pytest.mark.parametrize(("text", "numbering"), [
    # the abbreviation's period typed after the number as well, before the comma: ru-gost-1404
    # (dev), and as English lists print it (an IEEE Transactions reference, "Vol. 1., No. 3,
    # Sept. 1993"; Motorola's "DSP News", Vol. 1., No. 3, 1988)
    ("Т. 3., № 3", [("volume", "3"), ("issue", "3")]),
    ("Vol. 1., No. 3", [("volume", "1"), ("issue", "3")]),
    # the separators read before
    ("Т. 3, № 3", [("volume", "3"), ("issue", "3")]),
    ("T. 1. no 9", [("volume", "1"), ("issue", "9")]),
])
def test_numbering_with_a_doubled_period(text: str, numbering: list) -> None:
    assert parse_numbering(text) == numbering


def test_host_with_a_doubled_period_in_its_numbering() -> None:
    fields = _fields("Чумакова Т.В. Чешский «Seminarium Kondakovianum» как мост между Россией "
                     "и Западом // Философические письма. Русско-европейский диалог. 2020. Т. "
                     "3., № 3. С. 71–86.")
    assert fields["container-title"] == "Философические письма. Русско-европейский диалог"
    assert (fields["volume"], fields["issue"], fields["page"]) == ("3", "3", "71–86")


def test_two_commas_are_no_separator() -> None:
    assert parse_numbering("Т. 3,, № 3") is None


@pytest.mark.parametrize(("text", "title", "newspaper", "issued", "issue"), [
    # ru-fn-1290 (dev), the commentary of an émigré critic's notes (rulit.me): a review of a
    # journal's book in a newspaper, the area dash of the older form standing for "//"
    ("«Современные записки», книга 53-я. Часть литературная. — Последние новости. 1933. 2 "
     "ноября. № 4607. С. 2.", "«Современные записки», книга 53-я. Часть литературная",
     "Последние новости", [[1933, 11, 2]], "4607"),
    # ru-fn-2123 (dev), another edition's commentary (litmir): the day and the number in one
    # area after a comma
    ("<«О декабристах» С. Волконского. — Анкета «Nouvelles litteraires»>. — Звено. — 1924. — "
     "17 ноября, № 94. – с. 2.", "<«О декабристах» С. Волконского. — Анкета «Nouvelles "
     "litteraires»>", "Звено", [[1924, 11, 17]], "94"),
])
def test_newspaper_after_the_area_dash(text: str, title: str, newspaper: str, issued: list,
                                       issue: str) -> None:
    reference = parse_reference(text)
    assert reference.type == "article-newspaper"
    assert (reference.fields["title"], reference.fields["container-title"]) == (title, newspaper)
    assert (reference.fields["issued"].parts, reference.fields["issue"]) == (issued, issue)


@pytest.mark.parametrize("text", [
    # a newspaper's issue alone, in the footnote form and in the full form (GOST R 7.0.5-2008's
    # «Правда. 1939. 23 авг.»; constructed in the full form): no article before it
    "Правда. 1939. 23 авг.",
    "Известия. — 1937. — 5 марта.",
])
def test_newspaper_issue_alone_stays_a_periodical(text: str) -> None:
    reference = parse_reference(text)
    assert reference.type == "periodical"
    assert "container-title" not in reference.fields


def test_day_and_number_after_a_comma_in_a_host() -> None:
    fields = _fields("Статья // Звено. — 1924. — 17 ноября, № 94. – с. 2.")
    assert (fields["container-title"], fields["issue"]) == ("Звено", "94")
    assert fields["issued"].parts == [[1924, 11, 17]]


@pytest.mark.parametrize(("text", "container", "numbering"), [
    # ru-fn-1409 (dev): a serial's issue and its own title as other title information, the
    # Ukrainian "Вип." (DSTU 3582) after the colon
    ("Якимчук, Олена Музичне життя Луганська 20-х років ХХ століття9за матеріалами архівних "
     "джерел того часу [Текст] / Олена Якимчук // Науковий вісник НМАУ ім. П.І.Чайковського : "
     "Вип. 67: Музична культура України 20-30-х років ХХ століття: тенденції і напрямки / "
     "Ред.-упоряд. М.М. Скорик, О.А. Портянко. — К., 2008. — С.328-337.",
     "Науковий вісник НМАУ ім. П.І.Чайковського", ("issue", "67")),
    # ru-gost-674 (dev): a reader's part so given, its genre after it
    ("Ой тужила : укр. нар. пісня : обр. для хору [Текст] // Хрестоматія української "
     "дожовтневої музики : Ч. 2 : учбовий посібник для консерваторій та муз. уч. / упоряд. та "
     "комент. О. Я. Шреєр-Ткаченко. — 2-е вид. випр. та доп. — К. : Муз.Україна, 1976. — "
     "С.78-79.", "Хрестоматія української дожовтневої музики", ("part-number", "Ч. 2")),
])
def test_part_numbering_after_a_colon(text: str, container: str, numbering: tuple) -> None:
    fields = parse_reference(text).fields
    assert fields["container-title"] == container
    assert fields[numbering[0]] == numbering[1]


def test_volume_after_a_colon_in_a_book() -> None:
    # ru-gost-627 (dev), a Soviet institute's transactions catalogued so
    fields = parse_reference("Ученые записки : Т. CV, вып. 3 / Московский гос. пед. ин-т им. "
                             "В.И. Ленина, Каф-ра мет. русск. яз. и лит-ры.; Под ред. В.В. "
                             "Голубкова. - Москва : МГПИ, 1957. - 233 с. : ил.").fields
    assert (fields["title"], fields["volume"], fields["issue"]) == ("Ученые записки", "CV", "3")


def test_a_colon_before_a_word_is_no_numbering() -> None:
    # constructed: "Т" opening a word after the colon is other title information
    fields = parse_reference("Иванов И. Очерки : Тексты и комментарии. М., 1990.").fields
    assert fields["title"] == "Очерки : Тексты и комментарии"
    assert "volume" not in fields


@pytest.mark.parametrize(("text", "title", "numbering", "own"), [
    # ru-fn-953 (dev): a collection's issue written out after the area dash, with the
    # issue's own title; the title's "гг." keeps its period
    ("Храмков А.А. К вопросу о классовом расслоении крестьянства Томской губернии в начале XX "
     "века // Экономическое и общественно-политическое развитие Сибири в 1861-1917 гг. - "
     "Выпуск 2. Сибирь периода капитализма. - Новосибирск, 1965. С.89-96.",
     "Экономическое и общественно-политическое развитие Сибири в 1861-1917 гг.",
     ("issue", "2"), ("part-title", "Сибирь периода капитализма")),
    # ru-fn-1660 (dev), a Soviet edition of documents: "Том IV" written out in the title block
    ("Русские полководцы. М.И. Кутузов. Сборник документов и материалов. Том IV. Часть 1I. "
     "Под ред. Л.Г. Бескровного. Москва, изд. Министерства Обороны Союза ССР, 1955, стр. 98.",
     "Русские полководцы. М.И. Кутузов. Сборник документов и материалов", ("volume", "IV"),
     None),
])
def test_part_written_out_in_the_title_block(text: str, title: str, numbering: tuple,
                                             own: tuple | None) -> None:
    fields = parse_reference(text).fields
    assert fields.get("container-title", fields["title"]) == title
    assert fields[numbering[0]] == numbering[1]
    if own:
        assert fields[own[0]] == own[1]


def test_a_word_like_a_part_term_is_no_part() -> None:
    # constructed: "Томской" and "Томск" open with "Том" and are no volume
    fields = parse_reference("Иванов И. Очерки истории Томской губернии. Томск, 1990.").fields
    assert fields["title"] == "Очерки истории Томской губернии"
    assert "volume" not in fields


def test_part_numbering_after_an_unspaced_colon() -> None:
    # ru-gost-627 typed with its colon close up, as catalogue exports print it
    fields = parse_reference("Ученые записки:Т. CV, вып. 3 / Московский гос. пед. ин-т им. "
                             "В.И. Ленина. - Москва : МГПИ, 1957. - 233 с.").fields
    assert (fields["title"], fields["volume"]) == ("Ученые записки", "CV")
