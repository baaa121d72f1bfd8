"""One GOST reference → one item and one cite, for every kind GOST R 7.0.5-2008 names.

The footnotes are constructed from the rules of GOST 7.1-2003 and R 7.0.5-2008 in
Russian, English, French and German; none comes from the sample article.
"""

from __future__ import annotations

from typing import Any

import pytest

from biblio import parse_footnotes
from biblio.model import OTHERS, Cite, Date, Item, Name


def one(text: str) -> tuple[Item, Cite]:
    document = parse_footnotes([text])
    (note,) = document.notes
    (cite,) = note.cites
    return document.items[cite.item], cite


def fields(item: Item, *names: str) -> dict[str, Any]:
    return {name: item.type if name == "type" else item.get(name) for name in names}


# --- books -----------------------------------------------------------------------

def test_russian_book_in_the_full_form_with_publisher_and_extent() -> None:
    item, cite = one("Шубин А.В. Мир на краю бездны : Германия и СССР / А.В. Шубин. — "
                     "М. : Вече, 2004. — 576 с.")
    assert item.type == "book"
    assert item["author"] == [Name(family="Шубин", given="А.В.")]
    assert fields(item, "title", "publisher-place", "publisher", "number-of-pages") == {
        "title": "Мир на краю бездны : Германия и СССР", "publisher-place": "Москва",
        "publisher": "Вече", "number-of-pages": "576"}
    assert item["issued"] == Date(parts=[[2004]])
    assert item["language"] == "ru"
    assert cite.locator is None and cite.form == "full"


def test_book_in_the_short_footnote_form_with_a_page() -> None:
    item, cite = one("Мельтюхов М.И. Упущенный шанс Сталина. М., 2000. С. 37.")
    assert item["title"] == "Упущенный шанс Сталина"
    assert (cite.locator, cite.label) == ("37", "page")


def test_two_places_of_publication_are_both_kept_and_expanded() -> None:
    item, _ = one("Иванов И.И. История дипломатии. М.; Л.: Изд-во АН СССР, 1950. 300 с.")
    assert item["publisher-place"] == "Москва; Ленинград"
    assert item["publisher"] == "Изд-во АН СССР"


def test_four_authors_follow_the_title_after_a_slash() -> None:
    item, _ = one("История России / А.Н. Сахаров, Л.Е. Морозова, М.А. Рахматуллин, "
                  "В.А. Шестаков. М.: АСТ, 2005. С. 12.")
    assert [n.family for n in item["author"]] == ["Сахаров", "Морозова", "Рахматуллин",
                                                  "Шестаков"]
    assert item["title"] == "История России"


def test_compiled_work_has_compilers_and_no_author() -> None:
    item, cite = one("Советско-французские отношения. 1930—1935 гг. / Сост. И.И. Петров, "
                     "П.П. Сидоров. М., 1999. С. 10—11.")
    assert "author" not in item
    assert item["compiler"] == [Name(family="Петров", given="И.И."),
                                Name(family="Сидоров", given="П.П.")]
    assert item["title"] == "Советско-французские отношения. 1930—1935 гг."
    assert cite.locator == "10—11"


def test_multivolume_work_volume_and_number_of_volumes() -> None:
    item, cite = one("Сталин И.В. Сочинения: в 13 т. Т. 5. М., 1947. С. 12.")
    assert fields(item, "title", "volume", "number-of-volumes") == {
        "title": "Сочинения", "volume": "5", "number-of-volumes": "13"}
    assert cite.locator == "12"


def test_english_book_with_publisher_edition_and_editor() -> None:
    item, _ = one("Smith J. The Cold War / ed. by A. Brown. 2nd ed. L.: Routledge, 2005. 320 p.")
    assert fields(item, "title", "edition", "publisher-place", "publisher", "number-of-pages") == {
        "title": "The Cold War", "edition": "2", "publisher-place": "London",
        "publisher": "Routledge", "number-of-pages": "320"}
    assert item["editor"] == [Name(family="Brown", given="A.")]
    assert item["language"] == "en"


def test_french_book_with_a_publisher() -> None:
    item, _ = one("Duroselle J.-B. La décadence, 1932—1939. P.: Imprimerie nationale, 1979. 568 p.")
    assert fields(item, "title", "publisher-place", "publisher", "language") == {
        "title": "La décadence, 1932—1939", "publisher-place": "Paris",
        "publisher": "Imprimerie nationale", "language": "fr"}


def test_german_book_with_edition_volume_and_seite() -> None:
    item, cite = one("Müller K. Die Außenpolitik des Dritten Reiches. 2. Aufl. Bd. 1. "
                     "B.: Akademie, 1995. S. 12.")
    assert fields(item, "title", "edition", "volume", "publisher-place", "language") == {
        "title": "Die Außenpolitik des Dritten Reiches", "edition": "2", "volume": "1",
        "publisher-place": "Berlin", "language": "de"}
    assert (cite.locator, cite.label) == ("12", "page")


def test_german_edited_book_hrsg_von() -> None:
    item, _ = one("Der Weg nach Osten / hrsg. von K. Müller. München: Beck, 2000. S. 55.")
    assert item["editor"] == [Name(family="Müller", given="K.")]
    assert "author" not in item
    assert item["publisher-place"] == "München"


def test_editors_before_the_title_with_dir_in_parentheses() -> None:
    item, _ = one("Dessberg F., Malis C. (dir.) Les Européens et la guerre. P., 2013. P. 5.")
    assert item["editor"] == [Name(family="Dessberg", given="F."), Name(family="Malis", given="C.")]
    assert item["title"] == "Les Européens et la guerre"


def test_us_state_in_parentheses_after_the_city() -> None:
    item, _ = one("Scott W.E. Alliance against Hitler. Durham (N.C.), 1962.")
    assert item["publisher-place"] == "Durham, NC"


def test_series_in_parentheses_after_the_publication_area() -> None:
    item, _ = one("Петров П.П. Дипломатия. М.: Наука, 2001. 200 с. (Научная библиотека).")
    assert item["collection-title"] == "Научная библиотека"
    assert item["number-of-pages"] == "200"


# --- theses ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "title", "genre"), [
    ("Иванов И.И. Внешняя политика СССР в 1930-е гг.: дис. … канд. ист. наук. М., 2005. С. 45.",
     "Внешняя политика СССР в 1930-е гг.", "дис. … канд. ист. наук"),
    ("Петров П.П. Советская дипломатия: автореф. дис. … д-ра ист. наук. СПб., 2010. 40 с.",
     "Советская дипломатия", "автореф. дис. … д-ра ист. наук"),
    ("Dupont J. Les Soviétiques et la France: thèse de doctorat. P., 1990. P. 3.",
     "Les Soviétiques et la France", "thèse de doctorat"),
    ("Brown A. Soviet diplomacy in the thirties: PhD diss. Oxford, 1990.",
     "Soviet diplomacy in the thirties", "PhD diss."),
])
def test_theses_have_their_genre_apart_from_the_title(text: str, title: str, genre: str) -> None:
    item, _ = one(text)
    assert item.type == "thesis"
    assert (item["title"], item["genre"]) == (title, genre)


# --- analytics: parts of books, of journals, of newspapers, of proceedings -----------

def test_chapter_in_an_edited_volume_gets_container_and_editors() -> None:
    item, cite = one("Soutou G.-H. La guerre froide de la France // La guerre froide / "
                     "sous la dir. de M. Vaïsse. P.: Fayard, 2001. P. 12.")
    assert item.type == "chapter"
    assert fields(item, "title", "container-title", "publisher-place", "publisher") == {
        "title": "La guerre froide de la France", "container-title": "La guerre froide",
        "publisher-place": "Paris", "publisher": "Fayard"}
    assert item["editor"] == [Name(family="Vaïsse", given="M.")]
    assert cite.locator == "12"


def test_chapter_in_an_english_volume_with_a_volume_number() -> None:
    item, _ = one("Jones A. The war in the East // The Cambridge history of the Second World War"
                  " / ed. by B. Smith. Camb.: Cambridge University Press, 2010. Vol. 2. P. 10.")
    assert fields(item, "type", "volume", "publisher-place") == {
        "type": "chapter", "volume": "2", "publisher-place": "Cambridge"}


def test_part_of_a_work_by_its_own_author_has_a_container_author() -> None:
    item, _ = one("Ленин В.И. Государство и революция // Ленин В.И. Полн. собр. соч. Т. 33. "
                  "М., 1969. С. 1—120.")
    assert item["container-author"] == [Name(family="Ленин", given="В.И.")]
    assert item["container-title"] == "Полн. собр. соч."
    assert item["volume"] == "33"


def test_russian_journal_article_with_year_issue_and_its_page_range() -> None:
    item, cite = one("Случ С.З. Сталин и Гитлер // Отечественная история. 2005. № 1. С. 14—34.")
    assert item.type == "article-journal"
    assert fields(item, "container-title", "issue") == {
        "container-title": "Отечественная история", "issue": "1"}
    assert item["issued"] == Date(parts=[[2005]])
    assert item["page"] == "14—34"  # GOST 7.1 clause 7.2: where the part stands in its host
    assert cite.locator == "14—34"


def test_french_journal_article_tome_and_fascicule() -> None:
    item, _ = one("Girault R. Le commerce extérieur // Revue historique. 1977. T. 250, no 3. P. 5.")
    assert fields(item, "type", "volume", "issue") == {
        "type": "article-journal", "volume": "250", "issue": "3"}


def test_german_journal_article_jahrgang_and_heft() -> None:
    item, cite = one("Schmidt R. Die Sowjetunion und Europa // Vierteljahrshefte für "
                     "Zeitgeschichte. 1990. Jg. 38, H. 2. S. 5.")
    assert fields(item, "volume", "issue", "language") == {"volume": "38", "issue": "2",
                                                           "language": "de"}
    assert (cite.locator, cite.label) == ("5", "page")


def test_article_pages_and_a_pinpoint_are_told_apart() -> None:
    item, cite = one("Smith J. Soviet policy // Slavic Review. 1990. Vol. 49, No. 1. "
                     "P. 20—35. P. 27.")
    assert item["page"] == "20—35"
    assert cite.locator == "27"


def test_newspaper_article_has_the_day_of_its_issue() -> None:
    item, cite = one("Кольцов М. Испанский дневник // Правда. 1937. 5 марта. С. 2.")
    assert item.type == "article-newspaper"
    assert item["issued"] == Date(parts=[[1937, 3, 5]])
    assert cite.locator == "2"


def test_paper_in_proceedings_with_event_place_and_dates() -> None:
    item, _ = one("Petit A. La diplomatie // La paix en Europe: actes du colloque organisé "
                  "à Strasbourg les 4 et 5 mai 1995 / dir. de B. Grand. P., 1997. P. 3.")
    assert item.type == "paper-conference"
    assert item["event-place"] == "Strasbourg"
    assert item["event-date"] == Date(parts=[[1995, 5, 4], [1995, 5, 5]])
    assert item["editor"] == [Name(family="Grand", given="B.")]


def test_a_volume_marked_by_a_double_slash_before_its_editor_is_a_book() -> None:
    item, _ = one("Les relations franco-allemandes // Coord. P. Renouvin. P., 1960.")
    assert item.type == "book"
    assert item["editor"] == [Name(family="Renouvin", given="P.")]
    assert item["title"] == "Les relations franco-allemandes"


# --- electronic resources (GOST R 7.0.5-2008, 10) ------------------------------------

def test_web_page_with_url_and_access_date() -> None:
    item, _ = one("Петров П.П. Название статьи // Исторический сайт. URL: "
                  "http://example.ru/a/b.html (дата обращения: 12.05.2020).")
    assert item.type == "webpage"
    assert item["URL"] == "http://example.ru/a/b.html"
    assert item["accessed"] == Date(parts=[[2020, 5, 12]])
    assert item["container-title"] == "Исторический сайт"


def test_journal_article_online_with_rezhim_dostupa_and_medium() -> None:
    item, _ = one("Иванов И.И. Статья [Электронный ресурс] // Вестник. 2015. № 3. "
                  "Режим доступа: https://vestnik.example/3.pdf (дата обращения: 01.02.2016).")
    assert item.type == "article-journal"
    assert fields(item, "title", "medium", "URL", "issue") == {
        "title": "Статья", "medium": "Электронный ресурс",
        "URL": "https://vestnik.example/3.pdf", "issue": "3"}


def test_english_online_article_with_doi() -> None:
    item, _ = one("Brown A. Soviet archives // Kritika. 2010. Vol. 11, No. 2. DOI: 10.1353/kri.0.0150.")
    assert item["DOI"] == "10.1353/kri.0.0150"
    assert item["volume"] == "11"


# --- what surrounds a reference ----------------------------------------------------

def test_lead_in_is_the_cite_prefix() -> None:
    _, cite = one("См.: Мельтюхов М.И. Упущенный шанс Сталина. М., 2000. С. 37.")
    assert cite.prefix == "См.:"
    _, cite = one("Vgl. dazu: Schmidt R. Die Sowjetunion. München, 1991.")
    assert cite.prefix == "Vgl. dazu:"
    _, cite = one("Cf. Carley M.J. 1939. Chicago, 1999. P. 10.")
    assert cite.prefix == "Cf."


def test_a_sentence_before_the_reference_is_the_cite_prefix() -> None:
    item, cite = one("Об этом подробно писал историк: Мельтюхов М.И. Упущенный шанс Сталина. "
                     "М., 2000. С. 40.")
    assert cite.prefix == "Об этом подробно писал историк:"
    assert item["author"] == [Name(family="Мельтюхов", given="М.И.")]


def test_a_sentence_after_the_pinpoint_is_the_cite_suffix() -> None:
    item, cite = one("Шубин А.В. Мир на краю бездны. М., 2004. С. 5. "
                     "Автор подробно разбирает этот эпизод.")
    assert cite.suffix == "Автор подробно разбирает этот эпизод."
    assert item["title"] == "Мир на краю бездны"


def test_a_note_of_commentary_only_has_no_cite_and_keeps_its_text() -> None:
    document = parse_footnotes(["Автор благодарит коллег за помощь."])
    (note,) = document.notes
    assert note.cites == []
    assert note.comment == "Автор благодарит коллег за помощь."
    assert note.text == "Автор благодарит коллег за помощь."


def test_full_form_heading_with_comma_and_isbn() -> None:
    item, cite = one("Шубин, А. В. Мир на краю бездны : Германия и СССР / А. В. Шубин. — "
                     "Москва : Вече, 2004. — 576 с. — ISBN 5-9533-0000-0.")
    assert item["author"] == [Name(family="Шубин", given="А. В.")]
    assert item["ISBN"] == "5-9533-0000-0"
    assert item["publisher-place"] == "Москва"
    assert cite.suffix is None


def test_newspaper_issue_with_an_abbreviated_month() -> None:
    item, _ = one("Иванов И. Статья // Известия. 1939. 12 авг. С. 1.")
    assert item["issued"] == Date(parts=[[1939, 8, 12]])


def test_the_abbreviated_number_of_volumes_ends_the_title_and_a_written_out_one_stays() -> None:
    """GOST 7.1-2003, 5.2.4: "в 30 т." is the bibliographer's other title information and
    ends the title proper, with or without its colon; "в 12 томах" written out is the
    title as printed (the sample's judgment, fn 3). Both give the number of volumes."""
    item, _ = one("Герцен А. И. Собр. соч. в 30-ти т. Т. 13. М., 1958. С. 177.")
    assert fields(item, "title", "number-of-volumes", "volume") == {
        "title": "Собр. соч.", "number-of-volumes": "30", "volume": "13"}
    item, _ = one("История Второй мировой войны в 12 томах. Т. 1. М., 1973. С. 285.")
    assert fields(item, "title", "number-of-volumes", "volume") == {
        "title": "История Второй мировой войны в 12 томах", "number-of-volumes": "12",
        "volume": "1"}


def test_lead_in_with_an_abbreviated_word() -> None:
    _, cite = one("См., напр.: Шубин А.В. Мир на краю бездны. М., 2004. С. 5.")
    assert cite.prefix == "См., напр.:"


def test_number_of_volumes_as_other_title_information_then_the_publication_area() -> None:
    item, cite = one("Год кризиса, 1938—1939: документы и материалы: в 2 т. М.: Политиздат, "
                     "1990. Т. 1. С. 45.")
    # «документы и материалы» is the kind of publication (GOST 7.1-2003 clause 5.2.5):
    # the genre, as the dev set's rules of annotation have it
    assert fields(item, "title", "genre", "number-of-volumes", "volume", "publisher-place",
                  "publisher") == {
        "title": "Год кризиса, 1938—1939", "genre": "документы и материалы",
        "number-of-volumes": "2", "volume": "1", "publisher-place": "Москва",
        "publisher": "Политиздат"}
    assert cite.locator == "45"


def test_an_issue_of_a_newspaper_cited_whole_is_a_periodical() -> None:
    item, _ = one("Правда. 1939. 23 авг.")
    assert item.type == "periodical"
    assert item["issued"] == Date(parts=[[1939, 8, 23]])


def test_editor_and_translator_in_one_statement() -> None:
    item, _ = one("Nekrich A. Pariahs, partners, predators / ed. and transl. by G.L. Freeze. "
                  "N.Y., 1997. P. 115.")
    assert item["editor-translator"] == [Name(family="Freeze", given="G.L.")]


def test_an_editorial_board_gives_each_member_the_role_after_the_name() -> None:
    # an institute's e-library record, and a Belarusian university collection's heading
    item, _ = one("Исследования по источниковедению истории России (до 1917 г.) : сборник "
                  "статей / Российская академия наук, Институт российской истории; редкол.: "
                  "А.И.Аксенов (отв. ред.), Е.Ю.Тихонова (отв. сост.). М.: ИРИ РАН, 2003. 263 с.")
    assert item["editor"] == [Name(family="Аксенов", given="А.И.")]
    assert item["compiler"] == [Name(family="Тихонова", given="Е.Ю.")]
    assert (item["publisher-place"], item["publisher"]) == ("Москва", "ИРИ РАН")
    item, _ = one("Литвиновская, Ю.И. Восстановление позиций Православной церкви в Беларуси "
                  "после войны 1812 г. / Ю.И. Литвиновская // Беларусь і Расія: зборнік / "
                  "рэдкал.: У. К. Коршук (адк. рэд.) [і інш.]. — Мінск : БДУ, 2010. — С. 81-91.")
    assert item["editor"] == [Name(family="Коршук", given="У. К."), Name(literal=OTHERS)]
    # GOST 7.1-2003's form: the responsible editor, "[и др.]" for the other members
    item, _ = one("Сборник / редкол.: А. И. Аксенов (отв. ред.) [и др.]. М.: Наука, 2003.")
    assert item["editor"] == [Name(family="Аксенов", given="А. И."), Name(literal=OTHERS)]


def test_german_place_abbreviated_with_a_lower_case_letter() -> None:
    item, _ = one("Hillgruber A. Hitlers Strategie. Frankfurt a. M.: Bernard & Graefe, 1965. S. 12.")
    assert (item["title"], item["publisher-place"]) == ("Hitlers Strategie", "Frankfurt a. M.")


def test_the_source_language_of_a_translation_is_kept_in_note() -> None:
    """"/ пер. с англ. В. Макарова" (GOST 7.1-2003, 4.5: a statement of responsibility
    with the language of the original): CSL has no variable for that language, so the
    phrase goes to `note` beside the translator instead of being dropped."""
    from biblio import parse_footnotes

    document = parse_footnotes(["Ферро М. Николай II / пер. с фр. Ю. Розенберга. М., 1991. С. 5."])
    (item,) = document.items.values()
    assert item["note"] == "пер. с фр."
    assert [name.given for name in item["translator"]] == ["Ю."]
    assert document.notes[0].leftover == []
