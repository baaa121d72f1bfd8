"""Areas, pinpoints, numbering and the splitting of a footnote at ";"."""

from __future__ import annotations

import pytest

from biblio.model import Date
from biblio.parse.areas import split_areas
from biblio.parse.gost import parse_reference
from biblio.parse.locators import parse_edition, parse_numbering, parse_pinpoint, read_extent
from biblio.parse.publication import parse_publication
from biblio.parse.split import split_references


def areas(text: str) -> list[str]:
    return [area.text for area in split_areas(text)]


def references(text: str) -> list[str]:
    return [segment.text for segment in split_references(text)]


# --- areas (GOST 7.1-2003, 4.6: ". — " between areas; R 7.0.5-2008, 6: or ". ")

def test_full_form_areas_are_separated_by_period_dash() -> None:
    assert areas("Мир на краю бездны / А.В. Шубин. — М.: Вече, 2004. — 576 с.") == [
        "Мир на краю бездны / А.В. Шубин", "М.: Вече, 2004", "576 с"]


def test_footnote_form_areas_are_separated_by_period() -> None:
    assert areas("История. Т. 1. М., 1973. С. 285.") == ["История", "Т. 1", "М., 1973", "С. 285"]


def test_an_abbreviation_or_an_initial_does_not_end_an_area() -> None:
    assert areas("La France / Dir. de M. Narinski, G.-H. Soutou. P., 2005. P. 72") == [
        "La France / Dir. de M. Narinski, G.-H. Soutou", "P., 2005", "P. 72"]


def test_a_family_name_typed_close_up_to_its_initials_ends_an_area() -> None:
    # an institute's e-library records (two collections), and an English chapter's editor
    assert areas("Исследования : сборник статей / Российская академия наук, Институт "
                 "российской истории; отв. ред. А.И.Аксенов. М., 2003. С. 52-63.") == [
        "Исследования : сборник статей / Российская академия наук, Институт российской "
        "истории; отв. ред. А.И.Аксенов", "М., 2003", "С. 52-63"]
    assert areas("Исследования : сборник статей / редкол.: В.И.Буганов (отв. ред.), "
                 "В.А.Кучкин, Б.Г.Литвак. М.: Институт истории СССР, 1983. 220 с.")[1:] == [
        "М.: Институт истории СССР, 1983", "220 с"]
    assert areas("Bakhtin: Essays and Dialogues on His Work. Ed. by G.S.Morson. Chicago, "
                 "1986.")[-1] == "Chicago, 1986"
    # chained initials alone, and a place abbreviated with its hyphen, still go on
    assert areas("Title / ed. by J.-B. Duroselle. N.Y., 1990") == [
        "Title / ed. by J.-B. Duroselle", "N.Y., 1990"]


def test_a_period_before_a_lowercase_word_does_not_end_an_area() -> None:
    assert areas("Title / ed. by A. Brown. L., 2000") == ["Title / ed. by A. Brown", "L., 2000"]


def test_an_ellipsis_ends_a_shortened_title_and_stays_with_it() -> None:
    assert areas("Des hommes d’influences… P. 118.") == ["Des hommes d’influences…", "P. 118"]


def test_an_ordinal_does_not_end_an_area_but_a_numbered_issue_does() -> None:
    assert areas("Die Außenpolitik. 2. Aufl. B., 1995") == [
        "Die Außenpolitik", "2. Aufl.", "B., 1995"]
    assert areas("Bulletin. 1982. № 15. Seizième série") == [
        "Bulletin", "1982", "№ 15", "Seizième série"]


def test_a_numbering_term_written_out_takes_no_abbreviation_period() -> None:
    """A journal named with a written-out numbering word ("Университетская книга"): its
    period ends the title, the year is an area of its own (a Syktyvkar library guide's own
    list, dev set batch 27, ru-gost-1031); the abbreviated terms still go on to their
    numbers."""
    assert areas("//Университетская книга. 2005. №6. С. 16-23") == [
        "//Университетская книга", "2005", "№6", "С. 16-23"]
    assert areas("Сочинения. Кн. 2. М., 1990") == ["Сочинения", "Кн. 2", "М., 1990"]
    assert areas("Сборник. Вып. 3. М., 1990") == ["Сборник", "Вып. 3", "М., 1990"]


def test_any_space_ends_the_word_before_a_period() -> None:
    em = "\u2003"  # an em space, which may follow a period as any space may
    assert areas(f"Сочинения в 2{em}т.{em}М., 1990") == [f"Сочинения в 2{em}т.", "М., 1990"]
    assert len(areas(f"Ab.{em}" * 1000)) == 1000


def test_a_title_closing_with_gg_keeps_its_period() -> None:
    assert areas("Переписка 1931—1936 гг. М., 2001")[0] == "Переписка 1931—1936 гг."


# --- pinpoints, numbering, extent, edition (GOST 7.1-2003, 5.3–5.6)

@pytest.mark.parametrize(("text", "expected"), [
    ("С. 169—172", ("page", "169—172")),
    ("P. XIII—XX", ("page", "XIII—XX")),
    ("S. 5 f.", ("page", "5 f.")),
    ("pp. 10-12", ("page", "10-12")),
    ("Стб. 45", ("column", "45")),
    ("л. 14 об.", ("folio", "14 об.")),
    ("Л. 58, 59 об.", ("folio", "58, 59 об.")),
    ("ll. 5–7ob.", ("folio", "5–7ob.")),
])
def test_pinpoints_keep_their_printed_value(text: str, expected: tuple[str, str]) -> None:
    assert parse_pinpoint(text) == expected


def test_a_title_is_not_a_pinpoint() -> None:
    assert parse_pinpoint("Paris, 2005") is None
    assert parse_pinpoint("Сочинения") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Т. 1", [("volume", "1")]),
    ("Vol. 3", [("volume", "3")]),
    ("Bd. 2", [("volume", "2")]),
    ("T. 50, fasc. 3", [("volume", "50"), ("issue", "3")]),
    ("Vol. 17, No. 2", [("volume", "17"), ("issue", "2")]),
    ("Jg. 38, H. 2", [("volume", "38"), ("issue", "2")]),
    ("№ 4", [("issue", "4")]),
    ("no 4", [("issue", "4")]),
    ("Issue 2", [("issue", "2")]),
    ("Вып. 2", [("issue", "2")]),
    ("Ч. 2", [("part-number", "Ч. 2")]),
    ("Seizième série", [("collection-title", "Seizième série")]),
])
def test_numbering_of_volumes_and_issues(text: str, expected: list[tuple[str, str]]) -> None:
    assert parse_numbering(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a number written out as an ordinal, kept as printed (real forms of three sources)
    ("Книга первая", [("part-number", "Книга первая")]),  # ru-fn-821, a novel's book
    ("Том пятнадцатый", [("volume", "пятнадцатый")]),  # ru-fn-1767, a society's Записки
    ("Том Девятый", [("volume", "Девятый")]),  # ru-fn-2065, the chronicles' collection
    ("Выпуск первый", [("issue", "первый")]),  # ru-fn-2066
    ("Том третий, выпуск второй", [("volume", "третий"), ("issue", "второй")]),
])
def test_numbering_written_out_as_an_ordinal(text: str, expected: list[tuple[str, str]]) -> None:
    assert parse_numbering(text) == expected


@pytest.mark.parametrize("text", ["Книга первой любви", "Том перв", "Книга пятерых",
                                  "Том двадцатилетия"])
def test_a_word_that_is_no_ordinal_after_a_term_is_no_numbering(text: str) -> None:
    assert parse_numbering(text) is None


def test_a_book_numbered_in_words_leaves_the_title() -> None:
    # real (ru-fn-821): "Книга первая" was read into the title
    reading = parse_reference("Новиков–Прибой А. С. Цусима. Книга первая. М., Госиздат, "
                              "1954. С. 345.")
    assert reading.fields["title"] == "Цусима"


def test_a_remembered_numbering_gives_each_caller_its_own_list_and_words() -> None:
    """Numberings and imprints are read once per distinct text (notes repeat "Т. 2",
    "М., 1998"); a caller that completes what it got changes no later answer."""
    first_words: dict[str, str] = {}
    first = parse_numbering("Vol. 17, No. 2", first_words)
    assert first == [("volume", "17"), ("issue", "2")]
    assert first_words == {"volume": "Vol.", "issue": "No."}
    first.append(("part-number", "Pt. 1"))
    again_words: dict[str, str] = {"volume": "Т."}
    assert parse_numbering("Vol. 17, No. 2", again_words) == [("volume", "17"), ("issue", "2")]
    assert again_words == {"volume": "Vol.", "issue": "No."}
    unread: dict[str, str] = {}
    assert parse_numbering("Vol. 17, Сочинения", unread) is None
    assert unread == {}  # no words from a text that is no numbering
    imprint = parse_publication("М.: Наука, 1985")
    assert imprint is not None
    imprint["publisher"] = "Вече"
    assert parse_publication("М.: Наука, 1985") == {
        "issued": Date(parts=[[1985]]), "publisher-place": "Москва", "publisher": "Наука"}


def test_extent_and_edition() -> None:
    assert read_extent("576 с.").pages == "576"
    assert read_extent("XII, 320 p.").pages == "320"
    assert read_extent("2004") is None
    assert parse_edition("2-е изд., испр. и доп.") == "2-е изд., испр. и доп."
    assert parse_edition("2-е изд.") == "2"
    assert parse_edition("3rd ed.") == "3"
    assert parse_edition("2e éd.") == "2"
    assert parse_edition("2. Aufl.") == "2"
    assert parse_edition("The triumph of the Dark") is None


@pytest.mark.parametrize(("statement", "edition"), [
    ("Издание второе", "2"),
    ("Издание Пятое", "5"),
    ("издание одиннадцатое", "11"),
    ("Изд. третье", "3"),
    # qualified, the statement stays as printed, as "2-е изд., испр. и доп." does
    ("Издание третье, исправленное и дополненное", "Издание третье, исправленное и дополненное"),
])
def test_an_edition_written_out_is_its_number(statement: str, edition: str) -> None:
    """Older title pages write the edition's number out after the word ("Издание второе");
    GOST 7.1-2003 clause 5.3 gives it in figures ("2-е изд.")."""
    assert parse_edition(statement) == edition


@pytest.mark.parametrize("statement", ["Издание Общества любителей древней письменности",
                                       "Издание первой типографии", "Издание втор"])
def test_a_publishers_edition_is_no_edition_statement(statement: str) -> None:
    assert parse_edition(statement) is None


@pytest.mark.parametrize(("text", "edition"), [
    ("Соловьев С. М. История России с древнейших времен. Издание третье. СПб., 1896. С. 5.",
     "3"),
    ("Ключевский В. О. Курс русской истории. Ч. 1. Издание второе. М., 1906. С. 45.", "2"),
    ("Соловьев С. М. История России. — Издание третье. — СПб., 1896. — 500 с.", "3"),
])
def test_an_edition_written_out_is_read_as_the_edition_area(text: str, edition: str) -> None:
    fields = parse_reference(text).fields
    assert fields["edition"] == edition
    assert fields["title"].startswith(("История России", "Курс русской истории"))
    assert "Издание" not in fields["title"]


def test_the_extent_of_a_reference_printed_in_capitals() -> None:
    """Reviews' and repositories' headings print the whole reference in capitals (dev set:
    a repository's record of a review «… (М.: ИРИ РАН, 2007. - 410 С. - 500 ЭКЗ.)», batch
    7; cyberleninka's review titles «ТОМСК: ИЗД-ВО ТОМ. УН-ТА, 2019. 164 С., ИЛ.», batch
    18): the extent keeps its number, the illustrations after a comma as after GOST 7.1's
    colon; "С. 45", a pinpoint, is no extent."""
    assert read_extent("410 С.").pages == "410"
    assert read_extent("164 С., ИЛ.").pages == "164"
    assert read_extent("212 с., ил.").pages == "212"
    assert read_extent("С. 45") is None
    reference = parse_reference(
        "ЗИНОВЬЕВ В.П. НЕ ПОДВОДЯ ИТОГОВ. ТОМСК: ИЗД-ВО ТОМ. УН-ТА, 2019. 164 С., ИЛ.")
    assert reference.fields["number-of-pages"] == "164"
    assert reference.fields["publisher"] == "ИЗД-ВО ТОМ. УН-ТА"


# --- several references in one footnote (GOST R 7.0.5-2008, 7)

def test_references_are_split_at_top_level_semicolons() -> None:
    assert references("Шубин А.В. Мир. М., 2004; Мельтюхов М.И. Шанс. М., 2000.") == [
        "Шубин А.В. Мир. М., 2004", "Мельтюхов М.И. Шанс. М., 2000."]


def test_a_list_of_places_is_not_split() -> None:
    assert references("Иванов И.И. Книга. М.; Л.: Наука, 1990. С. 5") == [
        "Иванов И.И. Книга. М.; Л.: Наука, 1990. С. 5"]


def test_statements_of_responsibility_are_not_split() -> None:
    text = "Title / под ред. А.А. Иванова; пер. с англ. Б.Б. Петрова. М., 2000"
    assert references(text) == [text]


def test_a_semicolon_inside_parentheses_is_not_split() -> None:
    assert references("Книга (серия; вып. 2). М., 2000; Другая. М., 2001") == [
        "Книга (серия; вып. 2). М., 2000", "Другая. М., 2001"]


def test_a_lowercase_lead_in_or_particle_or_archival_level_starts_a_reference() -> None:
    assert len(references("Шубин А.В. Мир. М., 2004; см. также: Мельтюхов М.И. Шанс. М., 2000")) == 2
    assert len(references("A. // La France et l’URSS…; du Réau E. Jean. P., 1982")) == 2
    assert references("РГАСПИ, ф. 17, оп. 3, д. 5, л. 3; д. 7, л. 5") == [
        "РГАСПИ, ф. 17, оп. 3, д. 5, л. 3", "д. 7, л. 5"]


def test_places_each_with_its_publisher_are_not_split() -> None:
    text = ("Haslam J. The threat from the East. L.: Macmillan; Pittsburgh: University of "
            "Pittsburgh Press, 1992. P. 12.")
    assert references(text) == [text]


def test_a_lead_in_before_a_colon_is_no_place_continued_after_the_semicolon() -> None:
    """«См.:» ends in a period and a colon as «М.:» does; read as a place, the work after
    the ";" was taken for its publisher and the two references stayed one (ru-fn-383)."""
    assert references("См.: Россия в средние века; Дмитриева. Сказание о князьях "
                      "Владимирских. Москва, Ленинград, 1955.") == [
        "См.: Россия в средние века",
        "Дмитриева. Сказание о князьях Владимирских. Москва, Ленинград, 1955."]
    assert references("Иванов И.И. Книга. М.; Л.: Наука, 1990. С. 5") == [
        "Иванов И.И. Книга. М.; Л.: Наука, 1990. С. 5"]


def test_a_name_after_a_semicolon_opens_a_reference_even_after_a_colon() -> None:
    assert references("Иванов И.И. Россия: история; Петров П.П. Книга. М., 2000") == [
        "Иванов И.И. Россия: история", "Петров П.П. Книга. М., 2000"]


@pytest.mark.parametrize("text", [
    # Zeitschrift für Rechtssoziologie 1980, bibliography, as printed
    "Blankenburg, Erhard; Schönholz, Siegfried, 1979: Zur Soziologie des "
    "Arbeitsgerichtsverfahrens. Neuwied und Darmstadt.",
    "Luhmann, Niklas, 1980: Kommunikation über Recht in Interaktionssystemen, in: "
    "Blankenburg, Erhard; Klausa, Ekkehard und Hubert Rottleuthner (Hrsg.): Alternative "
    "Rechtsformen und Alternativen zum Recht, Jahrbuch für Rechtssoziologie und "
    "Rechtstheorie Bd. 6. Opladen.",
    "Danzig, Richard /Lowy, Michael, 1974/75; Everday Disputes and Mediation in the United "
    "States: A Reply to Professor Felstiner, Law and Society Review, vol. 9, pp. 675—694.",
    "Johnson, Earl, 1979; Thinking about Access: A Preliminary Typology of Possible "
    "Strategies. In: Cappelletti, Mauro und Bryant Garth (Hrsg.): Access to Justice, Bd. "
    "III. Milan und Alphen/ Rijn.",
])
def test_a_semicolon_in_a_list_of_family_given_names_or_after_an_author_date_head_is_not_split(
        text: str) -> None:
    assert references(text) == [text]


@pytest.mark.parametrize("text", [
    # Zeitschrift für Rechtssoziologie 1980, bibliography and notes, as printed
    "Wanner, Craig, 1975: The Public Ordering of Private Cases; Winning Civil Court Cases, "
    "in: Law and Society Review, vol. 9, pp. 293-306.",
    "Tomasson, Introduction; Comparative Sociology — The State of the Art, in: Tomasson "
    "(Hrsg.), Comparative Studies in Sociology Vol. 1 (Greenwich, Conn. 1978) 1",
])
def test_a_semicolon_before_a_titles_second_part_and_its_host_is_not_split(text: str) -> None:
    assert references(text) == [text]


def test_a_semicolon_before_an_author_and_a_part_in_a_host_still_splits() -> None:
    assert references("Smith, Law (1990); J. Brown, Order, in: Essays (1991) 4.") == [
        "Smith, Law (1990)", "J. Brown, Order, in: Essays (1991) 4."]


def test_a_semicolon_after_a_whole_family_given_reference_still_splits() -> None:
    assert references("Blankenburg, Erhard, 1980: Recht. Opladen; Luhmann, Niklas, 1981: "
                      "Ausdifferenzierung. Frankfurt") == [
        "Blankenburg, Erhard, 1980: Recht. Opladen", "Luhmann, Niklas, 1981: Ausdifferenzierung. "
        "Frankfurt"]


def test_pinpoint_and_following_pages() -> None:
    assert parse_pinpoint("S. 45 ff.") == ("page", "45 ff.")


def test_a_title_abbreviated_by_gost_7_0_12_keeps_its_period() -> None:
    assert areas("Соч. 2-е изд. Т. 20. М., 1961")[0] == "Соч."


def test_semicolon_between_two_publishers_of_one_place_does_not_split() -> None:
    for text in ("Введение в литературоведение: учеб. пособие. – М. : Высш. шк.; "
                 "Издательский центр «Академия», 2000. – 556 с.",
                 "Зимин И. Повседневная жизнь. М. – СПб.: Центрполиграф; Мим-Дельта, 2010. "
                 "– 576 с. С. 55."):
        assert references(text) == [text]


def test_semicolon_before_another_reference_after_an_imprint_still_splits() -> None:
    assert references("Иванов И. Книга. М.: Наука, 1990; Петров П. Очерки. Л., 1991.") == [
        "Иванов И. Книга. М.: Наука, 1990", "Петров П. Очерки. Л., 1991."]
    assert references("Иванов И. Книга. М.: Наука, 1990. С. 5; Очерки истории, 1991.") == [
        "Иванов И. Книга. М.: Наука, 1990. С. 5", "Очерки истории, 1991."]


def test_semicolon_before_the_books_height_does_not_split() -> None:
    """GOST 7.1-2003 5.6 puts the height after the extent with " ; "."""
    for text in ("Слуцкис М. Избранные произведения. — М.: Худож. лит., 1980. — 400 с.; 22 см.",
                 "Древности / АН СССР. - Москва : Наука, 1964. - 363 с. : карт. ; 27 см. - "
                 "(Материалы и исследования по археологии СССР ; № 116).",
                 "Dukes P. A history of Russia. - Durham : Duke UP, 1990. - xii, 425 p. : maps "
                 "; 22 cm."):
        assert references(text) == [text]


def test_a_chapter_is_a_pinpoint_or_the_items_chapter_number() -> None:
    """GOST 7.0.12's "гл." and GOST 7.11's "Chap." locate a chapter: alone at the end it is
    the cite's locator (a book in a note, dev set batch 6: "— Chap. 6."), before a page the
    item's chapter-number (a textbook's chapter, dev set batch 18: "– Гл. 6. – С.
    112–125."); neither is dropped, nor read as a responsibility statement."""
    assert parse_pinpoint("Гл. 6") == ("chapter", "6")
    assert parse_pinpoint("Chap. 9") == ("chapter", "9")
    note = parse_reference("Voslensky M. S. Nomenklatura: Anatomy of the Soviet Ruling Class. "
                           "— London: Bodley Head, 1984. — Chap. 6.")
    assert (note.label, note.locator) == ("chapter", "6")
    assert note.fields["publisher"] == "Bodley Head"
    chapter = parse_reference(
        "Бунакова, В.А. Формирование русской духовной культуры / В.А. Бунакова // "
        "Отечественная история: учеб. пособие / С.Н. Полторак [и др.]; под ред. Р.В. "
        "Дегтяревой, С.Н. Полторака. – М., 2004. – Гл. 6. – С. 112–125.")
    assert chapter.fields["chapter-number"] == "6"
    assert chapter.fields["page"] == "112–125"
    assert chapter.fields["publisher-place"] == "Москва"
    assert chapter.fields["issued"].parts == [[2004]]


@pytest.mark.parametrize(("text", "volume", "after"), [
    # notes of a book on Zoshchenko (dev set batch 17): the volume before the imprint
    ("Анненков Ю. Дневник моих встреч. Т. I. Л., 1991. С. 306.", "Т. I", "Л., 1991"),
    # a reference list of an article on Kazakh land use (dev set): the volume's title after
    ("Материалы по киргизскому землепользованию, собранные и разработанные экспедицией по "
     "исследованию степных областей. Воронеж, 1903. Т. V. Кустанайский уезд.",
     "Т. V", "Кустанайский уезд"),
])
def test_a_one_letter_roman_volume_ends_its_area(text: str, volume: str, after: str) -> None:
    """"Т. I." is a volume's number, not an initial: its period ends the area, as
    "Т. II." does."""
    areas = [area.text for area in split_areas(text)]
    assert volume in areas and areas[areas.index(volume) + 1] == after


@pytest.mark.parametrize(("text", "volume", "after"), [
    # the Ukrainian «І» typed for the Roman I, before the page and before the imprint
    ("Иванов И. И. История края. М., 1990. Т. І. С. 215.", "Т. І", "С. 215"),
    ("Петренко О. Історія краю. Т. І. Київ, 1995. С. 15.", "Т. І", "Київ, 1995"),
    ("Сидоров А. Очерки. Л., 1926. Ч. І. Кн. 2.", "Ч. І", "Кн. 2"),
    # the Cyrillic «Х» for the Roman X
    ("Соловьев С. М. История России. СПб., 1894. Т. Х. Стб. 40.", "Т. Х", "Стб. 40"),
])
def test_a_cyrillic_look_alike_roman_volume_ends_its_area(text: str, volume: str,
                                                           after: str) -> None:
    """«Т. І.» typed with the Cyrillic «І» (or «Х») for the Roman numeral is the volume's
    number when an area of a term or a place and a number follows: its period ends the
    area, and the volume and the page are read, not lost in the imprint."""
    areas = [area.text for area in split_areas(text)]
    assert volume in areas and areas[areas.index(volume) + 1] == after


def test_cyrillic_initials_after_a_numbering_like_letter_stay_a_name() -> None:
    """«Т. І. Петренко» are a Ukrainian name's initials, not the volume I: the area goes
    on to the family name."""
    assert areas("Іванов І. Стаття / Т. І. Петренко. Київ, 1990.") == [
        "Іванов І. Стаття / Т. І. Петренко", "Київ, 1990"]


@pytest.mark.parametrize(("text", "expected"), [
    # an e-journal whose title holds its site (a psychology journal's citation line)
    ("Психологическая наука и образование psyedu.ru. 2013. Том 5. № 3",
     ["Психологическая наука и образование psyedu.ru", "2013", "Том 5", "№ 3"]),
    ("Вестник культуры kultura-journal.org. 2019. № 2",
     ["Вестник культуры kultura-journal.org", "2019", "№ 2"]),
])
def test_a_site_names_period_ends_its_area(text: str, expected: list[str]) -> None:
    """«… psyedu.ru. 2013.»: the period after a site's domain name closes the area, as a
    word's does; the name is no abbreviation («N.Y.», «А.В.») that the next area goes on."""
    assert areas(text) == expected
