"""Notes in the Chicago form with the imprint in parentheses, as English studies print
them and as Russian translations of such studies, and Russian notes that follow them,
retype them: «Лихачев Д. С. Поэтика древнерусской литературы (Л.: Наука, 1967), с. 16».

The expected fields are written by hand from the Chicago Manual of Style, 17th edition
(14.100 a book, 14.107 a chapter, 14.113 a thesis, 14.121 a volume, 14.171 an article),
from GOST 7.0.12 for the abbreviated places (М. Москва, Л. Ленинград, СПб.
Санкт-Петербург) and from the printed notes the forms were found in.
"""

from __future__ import annotations

import pytest

import biblio
from biblio.model import Document


def parsed(note: str) -> Document:
    return biblio.parse_footnotes([note])


def only(note: str) -> tuple[str, dict, str | None]:
    """The type, fields and locator of the one work `note` cites."""
    document = parsed(note)
    cites = document.notes[0].cites
    assert len(cites) == 1, document.notes[0]
    item = document.items[cites[0].item]
    return item.type, item.fields, cites[0].locator


def families(names) -> list[str]:
    return [name.family for name in names]


@pytest.mark.parametrize("note", [
    "Лихачев Д. С. Поэтика древнерусской литературы (Л.: Наука, 1967), с. 16.",
    "Д. С. Лихачев, Поэтика древнерусской литературы (Л.: Наука, 1967), с. 16.",
    "Д.С. Лихачев, Поэтика древнерусской литературы (Л.: Наука, 1967), С. 16",
])
def test_a_russian_book_with_an_abbreviated_place_in_parentheses_is_read(note: str) -> None:
    kind, fields, locator = only(note)
    assert kind == "book"
    assert families(fields["author"]) == ["Лихачев"]
    assert fields["title"] == "Поэтика древнерусской литературы"
    assert fields["publisher-place"] == "Ленинград"
    assert fields["publisher"] == "Наука"
    assert fields["issued"].year == 1967
    assert locator == "16"
    assert "page" not in fields  # the cited page is the note's, not the book's extent


@pytest.mark.parametrize("note, volume, page", [
    ("А. Блок, Собрание сочинений (М., 1960), т. 3, с. 5", "3", "5"),
    ("Иванов И. И. Воспоминания о войне (М.: Воениздат, 1975), т. 2, с. 12.", "2", "12"),
    ("Richard Pipes, The Russian Revolution (New York: Knopf, 1990), vol. 2, p. 45.",
     "2", "45"),
    ("James Scott, Seeing Like a State (New Haven: Yale University Press, 1998), 2:45.",
     "2", "45"),  # CMOS 14.23: volume and page joined by a colon
])
def test_the_volume_after_the_imprint_is_the_cited_volume(note: str, volume: str,
                                                           page: str) -> None:
    _, fields, locator = only(note)
    assert fields["volume"] == volume
    assert locator == page
    assert "(" not in fields["title"]


def test_the_pages_after_the_parenthesis_without_a_comma_are_the_pinpoint() -> None:
    _, fields, locator = only("Ernst Cassirer, Philosophie der symbolischen Formen, vol. 2 "
                              "(Berlin: Bruno Cassirer, 1925) 112.")
    assert families(fields["author"]) == ["Cassirer"]
    assert fields["title"] == "Philosophie der symbolischen Formen"
    assert (fields["volume"], fields["publisher"]) == ("2", "Bruno Cassirer")
    assert locator == "112"


@pytest.mark.parametrize("note, title, genre, university, page", [
    ("Mary Brown, “Peasants and the State” (PhD diss., University of Chicago, 1999), 112.",
     "Peasants and the State", "PhD diss.", "University of Chicago", "112"),
    ("John Wells, «The Village Soviet, 1924–1929» (Ph. D. dissertation, Harvard "
     "University, 1998), с. 67–71", "The Village Soviet, 1924–1929",
     "Ph. D. dissertation", "Harvard University", "67–71"),
    ("Мария Петрова, Дворянство губернии (дис. … канд. ист. наук, Саратовский гос. ун-т, "
     "2004), с. 45.", "Дворянство губернии", "дис. … канд. ист. наук",
     "Саратовский гос. ун-т", "45"),
])
def test_a_thesis_names_its_kind_and_university_in_the_parentheses(
        note: str, title: str, genre: str, university: str, page: str) -> None:
    """CMOS 14.113: "(PhD diss., University, Year)"; GOST's «дис. … канд. ист. наук»."""
    kind, fields, locator = only(note)
    assert kind == "thesis"
    assert fields["title"] == title  # the title without the quotation marks CMOS puts
    assert fields["genre"] == genre
    assert fields["publisher"] == university
    assert locator == page


@pytest.mark.parametrize("note, places", [
    ("I. de Madariaga, Ivan the Terrible (New Haven and London, 2005), 45.",
     "New Haven; London"),
    ("Mary Brown, “Grain and Power,” in The Soviet Village, ed. Peter Jones (Princeton "
     "and Oxford: Princeton University Press, 2010), 45.", "Princeton; Oxford"),
])
def test_two_places_joined_by_and_are_two_places(note: str, places: str) -> None:
    _, fields, _ = only(note)
    assert fields["publisher-place"] == places


def test_a_firm_named_with_and_is_no_pair_of_places() -> None:
    _, fields, _ = only("Paul Kennedy, The Rise and Fall of the Great Powers (New York: "
                        "Simon and Schuster, 1987), 12.")
    assert fields["publisher-place"] == "New York"
    assert fields["publisher"] == "Simon and Schuster"


@pytest.mark.parametrize("note, journal, volume, issue, page", [
    ("Петр Иванов, «Хлеб и власть», Отечественная история, т. 12, № 4 (1998), с. 41–68.",
     "Отечественная история", "12", "4", "41–68"),
    ("О. В. Хлевнюк, «Сталин и Орджоникидзе», Вопросы истории 45, № 5 (1993): 45.",
     "Вопросы истории", "45", "5", "45"),
])
def test_an_article_in_a_russian_translation_of_the_chicago_form(
        note: str, journal: str, volume: str, issue: str, page: str) -> None:
    """CMOS 14.171 «“Title,” Journal 12, no. 3 (1990): 45», the issue's "no." retyped
    «№», the volume given its «т.», the page its «с.»."""
    kind, fields, locator = only(note)
    assert kind == "article-journal"
    assert fields["container-title"] == journal
    assert (fields["volume"], fields["issue"], locator) == (volume, issue, page)


@pytest.mark.parametrize("note, host, editors", [
    ("John Smith, «The Peasant Question», Russia in the Twentieth Century (London: "
     "Macmillan, 1990), с. 45–67.", "Russia in the Twentieth Century", None),
    ("F. Thomson, “The Legacy of the Brothers”, in: E. Konstantinou (ed.), Methodios und "
     "Kyrillos (Frankfurt am Main, 2005), 85–247.", "Methodios und Kyrillos",
     ["Konstantinou"]),
])
def test_a_chapter_names_its_book_with_or_without_in(note: str, host: str,
                                                     editors: list[str] | None) -> None:
    """A Russian translation drops CMOS 14.107's "in" before the book; British and German
    notes put "(ed.)" after the book's editors."""
    kind, fields, _ = only(note)
    assert kind == "chapter"
    assert fields["container-title"] == host
    if editors is not None:
        assert families(fields["editor"]) == editors



@pytest.mark.parametrize("note, page, sentence", [
    ("John Smith, «The Peasant Question», Russia in the Twentieth Century (London: "
     "Macmillan, 1990), с. 45–67. Я благодарен Ивану Петрову за эту ссылку.", "45–67",
     "Я благодарен Ивану Петрову за эту ссылку."),
    ("Richard Pipes, The Russian Revolution (New York: Knopf, 1990), 45. On the strikes "
     "see also chapter 3.", "45", "On the strikes see also chapter 3."),
    ("Richard Pipes, The Russian Revolution (New York: Knopf, 1990). Иначе считает "
     "Фицпатрик.", None, "Иначе считает Фицпатрик."),
])
def test_the_writers_sentence_after_a_chicago_note_is_kept_with_the_cite(
        note: str, page: str | None, sentence: str) -> None:
    """A note cites, then comments: the reference is read up to its pinpoint, and the
    sentence after it is kept with the cite, not read into the reference."""
    document = parsed(note)
    cite = document.notes[0].cites[0]
    fields = document.items[cite.item].fields
    assert fields["publisher-place"] in ("London", "New York")
    assert cite.locator == page
    assert cite.suffix == sentence


@pytest.mark.parametrize("note, pages, cited", [
    ("Mary Brown, “Grain and Power,” in The Soviet Village, ed. Peter Jones (London: "
     "Macmillan, 2010), 45–67, at 52.", "45–67", "52"),
    ("John Smith, «The Peasant Question», в кн.: Russia in the Twentieth Century (London: "
     "Macmillan, 1990), 45–67, на с. 50–51.", "45–67", "50–51"),
])
def test_a_chapters_pages_then_the_cited_page_after_at(note: str, pages: str,
                                                       cited: str) -> None:
    kind, fields, locator = only(note)
    assert kind == "chapter"
    assert fields["page"] == pages
    assert locator == cited


def test_a_chapter_in_a_book_after_v_kn_with_its_editor_in_the_nominative() -> None:
    """«в кн.:» for CMOS 14.107's "in", «под ред.» for its "ed.", whose genitive
    («П. Петрова») names the editor Петров."""
    kind, fields, locator = only("И. Иванов, «Крестьяне и власть», в кн.: Россия в XX "
                                 "веке, под ред. П. Петрова (М.: Наука, 1980), с. 45–67.")
    assert kind == "chapter"
    assert families(fields["author"]) == ["Иванов"]
    assert fields["title"] == "Крестьяне и власть"
    assert fields["container-title"] == "Россия в XX веке"
    assert families(fields["editor"]) == ["Петров"]
    assert (fields["publisher-place"], fields["publisher"]) == ("Москва", "Наука")
    assert fields["page"] == locator == "45–67"


@pytest.mark.parametrize("note, host, place, cited", [
    ("См.: А. Сидорова, «Земство и школа», в сб.: Очерки истории образования, под ред. "
     "Н. Кузнецова (Л.: Наука, 1975), с. 112–130, на с. 115.",
     "Очерки истории образования", "Ленинград", "115"),
    ("Peter Brown, “The Holy Man,” в кн.: Society and the Holy in Late Antiquity (Berkeley: "
     "University of California Press, 1982), 103–152.",
     "Society and the Holy in Late Antiquity", "Berkeley", "103–152"),
])
def test_a_chicago_chapter_after_a_lower_case_v_sb_is_the_comma_styles(
        note: str, host: str, place: str, cited: str) -> None:
    """The lower-case «в кн.:»/«в сб.:» of a note whose imprint is in parentheses opens a
    Chicago chapter's book (CMOS 14.107), after a lead-in too: its editors, place and
    cited page are read, nothing left over."""
    document = parsed(note)
    cite = document.notes[0].cites[0]
    item = document.items[cite.item]
    assert item.type == "chapter"
    assert item.fields["container-title"] == host
    assert item.fields["publisher-place"] == place
    assert cite.locator == cited
    assert not document.problems


def test_the_soviet_comma_form_after_v_kn_stays_a_gost_host() -> None:
    """The Soviet notes' run-on form, no parentheses: «в кн.:» opens the host, whose
    volume, place and year follow after commas."""
    kind, fields, _ = only("Петров А. А. Диалекты Полесья, в кн.: Языки и диалекты "
                           "Белоруссии, т. 2, Минск, 1971, с. 40.")
    assert kind == "chapter"
    assert fields["title"] == "Диалекты Полесья"
    assert fields["container-title"] == "Языки и диалекты Белоруссии"
    assert fields["volume"] == "2"
    assert fields["publisher-place"] == "Минск"


@pytest.mark.parametrize("note, field, value, title", [
    ("Richard Pipes, Russia under the Old Regime, 2nd ed. (New York: Scribner, 1995), 45.",
     "edition", "2", "Russia under the Old Regime"),
    ("Р. Пайпс, Русская революция, 2-е изд. (М.: РОССПЭН, 2005), с. 45.",
     "edition", "2", "Русская революция"),
    ("Э. Карр, История Советской России, т. 1 (М.: Прогресс, 1990), с. 45.",
     "volume", "1", "История Советской России"),
    ("E. H. Carr, The Bolshevik Revolution, 3 vols. (London: Macmillan, 1950–53), 2:45.",
     "number-of-volumes", "3", "The Bolshevik Revolution"),
    ("Р. Пайпс, Русская революция, пер. с англ. (М.: РОССПЭН, 1994), т. 2, с. 45.",
     "note", "пер. с англ.", "Русская революция"),
])
def test_the_statements_between_a_title_and_its_imprint_leave_the_title(
        note: str, field: str, value: str, title: str) -> None:
    """CMOS 14.118 (edition), 14.121 (volumes) and a translation's «пер. с англ.», each
    after a comma before the parenthesised imprint."""
    _, fields, locator = only(note)
    assert fields["title"] == title
    assert fields[field] == value
    assert locator == "45"


def test_an_imprint_of_a_work_published_over_years_gives_its_first_year() -> None:
    _, fields, _ = only("E. H. Carr, The Bolshevik Revolution, 3 vols. (London: Macmillan, "
                        "1950–53), 2:45.")
    assert fields["issued"].year == 1950
    assert fields["volume"] == "2"


@pytest.mark.parametrize("note, paper, day, page", [
    ("Mikhail Koltsov, “The Wreckers,” Pravda, March 5, 1930, 3.", "Pravda",
     [1930, 3, 5], "3"),
    ("М. Кольцов, «Вредители», Правда, 5 марта 1930 г., с. 3.", "Правда", [1930, 3, 5], "3"),
    ("“Moscow Diary,” Izvestiia, 12 May 1935, 2.", "Izvestiia", [1935, 5, 12], "2"),
])
def test_a_newspaper_article_in_the_chicago_form(note: str, paper: str, day: list[int],
                                                 page: str) -> None:
    """CMOS 14.191: “Title,” Paper, Month Day, Year, page; the day as Russian and British
    notes write it («5 марта 1930 г.», "12 May 1935")."""
    kind, fields, locator = only(note)
    assert kind == "article-newspaper"
    assert fields["container-title"] == paper
    assert fields["issued"].parts == [day]
    assert locator == page
