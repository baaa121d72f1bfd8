"""Every kind of source the model holds, in GOST R 7.0.5-2008 notes and a list.

Each case is an item written by hand in CSL-JSON (as Zotero exports it) with the
footnote and the bibliography entry written by hand from the standard's rules and
examples; the clause is in the case's id. Clauses: GOST R 7.0.5-2008 (references:
4.10 heading, 8.4–8.6 repeats, 10 electronic resources, 11 archival documents) and
GOST 7.1-2003 (the description the reference abridges: 5.2 title and
responsibility, 5.3 edition, 5.5 publication, 5.7 series, "//" for the host of a
part). The defaults are the standard's: ". " between areas (allowed in references),
initials spaced as in its examples ("Флоренский П. А."), "под ред."/"dir. de" in
lower case after "/", volume and issue "Vol. 17, Issue 2", places abbreviated.
"""

from __future__ import annotations

from typing import Any

import pytest

import biblio
from biblio.formats.csljson import item_from_json
from biblio.model import Cite, Document, Item, Note


def person(family: str, given: str) -> dict[str, str]:
    return {"family": family, "given": given}


def year(value: int, *rest: int) -> dict[str, Any]:
    return {"date-parts": [[value, *rest]]}


ITEMS: dict[str, dict[str, Any]] = {
    "one-ru": {"type": "book", "language": "ru", "author": [person("Тарасова", "В.И.")],
               "title": "Политическая история Латинской Америки", "publisher-place": "Москва",
               "publisher": "Проспект", "issued": year(2006)},
    "two-en": {"type": "book", "language": "en",
               "author": [person("Smith", "J."), person("Jones", "A.B.")],
               "title": "The Cold War: a history", "publisher-place": "London",
               "issued": year(1999)},
    "three-de": {"type": "book", "language": "de",
                 "author": [person("Müller", "K."), person("Schmidt", "H."),
                            person("Weber", "M.")],
                 "title": "Deutsche Geschichte", "publisher-place": "Berlin", "issued": year(1985)},
    "four-fr": {"type": "book", "language": "fr",
                "author": [person("Martin", "J."), person("Bernard", "P."),
                           person("Durand", "L."), person("Petit", "A.")],
                "title": "Histoire de la France", "publisher-place": "Paris", "issued": year(2001)},
    "editor-ru": {"type": "book", "language": "ru", "editor": [person("Сухов", "В.Н.")],
                  "title": "История России", "publisher-place": "Санкт-Петербург",
                  "issued": year(2001)},
    "translator-de": {"type": "book", "language": "de", "author": [person("Tolstoi", "L.")],
                      "translator": [person("Röhl", "H.")], "title": "Krieg und Frieden",
                      "publisher-place": "München", "issued": year(1970)},
    "volumes-ru": {"type": "book", "language": "ru", "author": [person("Гиппиус", "З.Н.")],
                   "title": "Сочинения", "volume": "1", "number-of-volumes": "2",
                   "publisher-place": "Москва", "issued": year(2001)},
    "volumes-en": {"type": "book", "language": "en", "author": [person("Churchill", "W.S.")],
                   "title": "The Second World War", "volume": "2", "number-of-volumes": "6",
                   "publisher-place": "London", "issued": year(1949)},
    "edition-ru": {"type": "book", "language": "ru", "author": [person("Иванов", "И.И.")],
                   "title": "Введение в историю", "edition": "2", "publisher-place": "Москва",
                   "issued": year(2010)},
    "edition-en": {"type": "book", "language": "en", "author": [person("Hobsbawm", "E.")],
                   "title": "The age of extremes", "edition": 3, "publisher-place": "London",
                   "issued": year(1995)},
    "edition-de": {"type": "book", "language": "de", "author": [person("Wehler", "H.-U.")],
                   "title": "Das Deutsche Kaiserreich", "edition": "2",
                   "publisher-place": "Berlin", "issued": year(1975)},
    "edition-fr": {"type": "book", "language": "fr", "author": [person("Duroselle", "J.-B.")],
                   "title": "Histoire diplomatique", "edition": "2", "publisher-place": "Paris",
                   "issued": year(1957)},
    "edition-words": {"type": "book", "language": "ru", "author": [person("Иванов", "И.И.")],
                      "title": "Введение в историю", "edition": "3-е изд., испр. и доп.",
                      "publisher-place": "Москва", "issued": year(2012)},
    "series-fr": {"type": "book", "language": "fr", "author": [person("Vaïsse", "M.")],
                  "title": "Sécurité d’abord", "collection-title": "Publications de la Sorbonne",
                  "collection-number": "12", "publisher-place": "Paris", "issued": year(1981)},
    "chapter-de": {"type": "chapter", "language": "de", "author": [person("Weber", "M.")],
                   "title": "Die Reichswehr", "container-title": "Deutschland und Russland",
                   "editor": [person("Schmidt", "H."), person("Braun", "K.")],
                   "publisher-place": "Berlin", "issued": year(1990), "page": "45-67"},
    "journal-en": {"type": "article-journal", "language": "en", "author": [person("Carley", "M.J.")],
                   "title": "A Soviet eye", "container-title": "Diplomacy & Statecraft",
                   "volume": "17", "issue": "2", "page": "295-346", "issued": year(2006)},
    "newspaper-ru": {"type": "article-newspaper", "language": "ru",
                     "author": [person("Кольцов", "М.")], "title": "В Мадриде",
                     "container-title": "Правда", "issued": year(1936, 10, 12), "page": "3"},
    "newspaper-fr": {"type": "article-newspaper", "language": "fr",
                     "title": "La conférence de Londres", "container-title": "Le Temps",
                     "issued": year(1933, 6, 15)},
    "conference-ru": {"type": "paper-conference", "language": "ru",
                      "author": [person("Петров", "П.П.")], "title": "Франко-советские отношения",
                      "container-title": "Россия и Франция",
                      "event-title": "материалы междунар. конф.", "event-place": "Москва",
                      "event-date": {"date-parts": [[2005, 5, 12], [2005, 5, 14]]},
                      "publisher-place": "Москва", "issued": year(2006), "page": "10-20"},
    "thesis-ru": {"type": "thesis", "language": "ru", "author": [person("Сидоров", "С.С.")],
                  "title": "Советская дипломатия в 1930-е годы",
                  "genre": "дис. … канд. ист. наук", "publisher-place": "Москва",
                  "issued": year(2005)},
    "abstract-ru": {"type": "thesis", "language": "ru", "author": [person("Сидоров", "С.С.")],
                    "title": "Советская дипломатия в 1930-е годы",
                    "genre": "автореф. дис. … канд. ист. наук", "publisher-place": "Москва",
                    "issued": year(2004)},
    "web-ru": {"type": "webpage", "language": "ru", "title": "Официальные периодические издания",
               "container-title": "Российская национальная библиотека",
               "URL": "http://www.nlr.ru/lawcenter/izd/index.html", "accessed": year(2019, 3, 12)},
    "web-en": {"type": "webpage", "language": "en", "title": "The Cold War files",
               "container-title": "Wilson Center", "URL": "https://www.wilsoncenter.org/cwihp",
               "accessed": year(2020, 1, 5)},
    "archive-ru": {"type": "manuscript", "language": "ru",
                   "title": "Письмо М.М. Литвинова И.В. Сталину", "archive": "АВП РФ",
                   "archive_location": "ф. 05, оп. 13, п. 94, д. 64"},
    "doi-en": {"type": "article-journal", "language": "en", "author": [person("Buffotot", "P.")],
               "title": "The French high command", "container-title": "Journal of Strategic Studies",
               "volume": "5", "issue": "4", "page": "546-559", "issued": year(1982),
               "DOI": "10.1080/01402398208437121"},
    "isbn-ru": {"type": "book", "language": "ru", "author": [person("Шубин", "А.В.")],
                "title": "Мир на краю бездны", "publisher-place": "Москва", "issued": year(2004),
                "ISBN": "5-7838-1217-5"},
}


def item(key: str, **changes: Any) -> Item:
    """The case `key` as CSL-JSON read by biblio, with `changes` to its variables."""
    return item_from_json({"id": key, **ITEMS[key], **changes}, key)


def render(keys: list[str | Item], cites: list[Cite], **options: Any) -> biblio.Rendered:
    loaded = [key if isinstance(key, Item) else item(key) for key in keys]
    document = Document(notes=[Note(n=n, cites=[cite]) for n, cite in enumerate(cites, 1)],
                        items={it.id: it for it in loaded})
    rendered = biblio.render(document, style="gost", **options)
    assert rendered.problems == []
    return rendered


def first_note(source: str | Item, locator: str | None) -> str:
    key = source.id if isinstance(source, Item) else source
    return render([source], [Cite(key, locator=locator, label="page" if locator else None)]).notes[0]


# (item, pinpoint, first footnote, bibliography entry), written from the standard
FIRST_AND_LIST = [
    pytest.param("one-ru", "305", "Тарасова В. И. Политическая история Латинской Америки. "
                 "М.: Проспект, 2006. С. 305.",
                 "Тарасова В. И. Политическая история Латинской Америки. М.: Проспект, 2006.",
                 id="book-one-author-publisher-7.1-5.5"),
    pytest.param("two-en", "5", "Smith J., Jones A. B. The Cold War: a history. L., 1999. P. 5.",
                 "Smith J., Jones A. B. The Cold War: a history. L., 1999.",
                 id="book-two-authors-in-heading-7.0.5-4.10"),
    pytest.param("three-de", "5", "Müller K., Schmidt H., Weber M. Deutsche Geschichte. B., 1985. S. 5.",
                 "Müller K., Schmidt H., Weber M. Deutsche Geschichte. B., 1985.",
                 id="book-three-authors-in-heading-7.0.5-4.10"),
    pytest.param("four-fr", "5", "Histoire de la France / J. Martin [et al.]. P., 2001. P. 5.",
                 "Histoire de la France / J. Martin [et al.]. P., 2001.",
                 id="book-four-authors-after-slash-7.0.5-4.10"),
    pytest.param("translator-de", "5",
                 "Tolstoi L. Krieg und Frieden / übers. von H. Röhl. München, 1970. S. 5.",
                 "Tolstoi L. Krieg und Frieden / übers. von H. Röhl. München, 1970.",
                 id="translator-after-slash-7.1-5.2.5"),
    pytest.param("volumes-ru", "27", "Гиппиус З. Н. Сочинения: в 2 т. Т. 1. М., 2001. С. 27.",
                 "Гиппиус З. Н. Сочинения: в 2 т. Т. 1. М., 2001.",
                 id="multivolume-ru-number-of-volumes-7.1-5.2.4"),
    pytest.param("volumes-en", "5",
                 "Churchill W. S. The Second World War: in 6 vol. Vol. 2. L., 1949. P. 5.",
                 "Churchill W. S. The Second World War: in 6 vol. Vol. 2. L., 1949.",
                 id="multivolume-en-7.11-vol"),
    pytest.param("edition-ru", "5", "Иванов И. И. Введение в историю. 2-е изд. М., 2010. С. 5.",
                 "Иванов И. И. Введение в историю. 2-е изд. М., 2010.",
                 id="edition-ru-7.1-5.3"),
    pytest.param("edition-en", "5", "Hobsbawm E. The age of extremes. 3rd ed. L., 1995. P. 5.",
                 "Hobsbawm E. The age of extremes. 3rd ed. L., 1995.",
                 id="edition-en-7.1-5.3"),
    pytest.param("edition-de", "5", "Wehler H.-U. Das Deutsche Kaiserreich. 2. Aufl. B., 1975. S. 5.",
                 "Wehler H.-U. Das Deutsche Kaiserreich. 2. Aufl. B., 1975.",
                 id="edition-de-7.1-5.3"),
    pytest.param("edition-fr", "5", "Duroselle J.-B. Histoire diplomatique. 2e éd. P., 1957. P. 5.",
                 "Duroselle J.-B. Histoire diplomatique. 2e éd. P., 1957.",
                 id="edition-fr-7.1-5.3"),
    pytest.param("edition-words", "5",
                 "Иванов И. И. Введение в историю. 3-е изд., испр. и доп. М., 2012. С. 5.",
                 "Иванов И. И. Введение в историю. 3-е изд., испр. и доп. М., 2012.",
                 id="edition-statement-as-written-7.1-5.3"),
    pytest.param("series-fr", "5",
                 "Vaïsse M. Sécurité d’abord. P., 1981. (Publications de la Sorbonne; 12). P. 5.",
                 "Vaïsse M. Sécurité d’abord. P., 1981. (Publications de la Sorbonne; 12).",
                 id="series-with-number-7.1-5.7"),
    pytest.param("chapter-de", "50", "Weber M. Die Reichswehr // Deutschland und Russland / "
                 "hrsg. von H. Schmidt, K. Braun. B., 1990. S. 50.",
                 "Weber M. Die Reichswehr // Deutschland und Russland / hrsg. von H. Schmidt, "
                 "K. Braun. B., 1990. S. 45–67.",
                 id="chapter-editors-of-host-after-slash-7.1-part"),
    pytest.param("journal-en", "300", "Carley M. J. A Soviet eye // Diplomacy & Statecraft. 2006. "
                 "Vol. 17, Issue 2. P. 300.",
                 "Carley M. J. A Soviet eye // Diplomacy & Statecraft. 2006. Vol. 17, Issue 2. "
                 "P. 295–346.",
                 id="journal-article-volume-issue-pages-7.1-part"),
    pytest.param("newspaper-ru", None, "Кольцов М. В Мадриде // Правда. 1936. 12 окт. С. 3.",
                 "Кольцов М. В Мадриде // Правда. 1936. 12 окт. С. 3.",
                 id="newspaper-day-month-7.0.12-months"),
    pytest.param("newspaper-fr", None, "La conférence de Londres // Le Temps. 1933. 15 juin.",
                 "La conférence de Londres // Le Temps. 1933. 15 juin.",
                 id="newspaper-no-author-fr"),
    pytest.param("conference-ru", "15", "Петров П. П. Франко-советские отношения // Россия и "
                 "Франция: материалы междунар. конф. (Москва, 12–14 мая 2005). М., 2006. С. 15.",
                 "Петров П. П. Франко-советские отношения // Россия и Франция: материалы "
                 "междунар. конф. (Москва, 12–14 мая 2005). М., 2006. С. 10–20.",
                 id="conference-paper-event-7.1-5.2.4"),
    pytest.param("thesis-ru", "5", "Сидоров С. С. Советская дипломатия в 1930-е годы: дис. … "
                 "канд. ист. наук. М., 2005. С. 5.",
                 "Сидоров С. С. Советская дипломатия в 1930-е годы: дис. … канд. ист. наук. "
                 "М., 2005.",
                 id="thesis-genre-as-other-title-information-7.1-5.2.4"),
    pytest.param("abstract-ru", "5", "Сидоров С. С. Советская дипломатия в 1930-е годы: "
                 "автореф. дис. … канд. ист. наук. М., 2004. С. 5.",
                 "Сидоров С. С. Советская дипломатия в 1930-е годы: автореф. дис. … канд. ист. "
                 "наук. М., 2004.",
                 id="thesis-abstract-7.1-5.2.4"),
    pytest.param("web-ru", None, "Официальные периодические издания // Российская национальная "
                 "библиотека. URL: http://www.nlr.ru/lawcenter/izd/index.html "
                 "(дата обращения: 12.03.2019).",
                 "Официальные периодические издания // Российская национальная библиотека. "
                 "URL: http://www.nlr.ru/lawcenter/izd/index.html (дата обращения: 12.03.2019).",
                 id="webpage-url-access-date-7.0.5-10"),
    pytest.param("web-en", None, "The Cold War files // Wilson Center. "
                 "URL: https://www.wilsoncenter.org/cwihp (accessed: 05.01.2020).",
                 "The Cold War files // Wilson Center. "
                 "URL: https://www.wilsoncenter.org/cwihp (accessed: 05.01.2020).",
                 id="webpage-en-access-date-in-the-source-language-7.0.5-10"),
    pytest.param("archive-ru", "5", "Письмо М.М. Литвинова И.В. Сталину // АВП РФ. Ф. 05. "
                 "Оп. 13. П. 94. Д. 64. Л. 5.",
                 "Письмо М.М. Литвинова И.В. Сталину // АВП РФ. Ф. 05. Оп. 13. П. 94. Д. 64.",
                 id="archival-document-title-then-search-data-with-periods-7.0.5-11.4"),
    pytest.param("doi-en", "550", "Buffotot P. The French high command // Journal of Strategic "
                 "Studies. 1982. Vol. 5, Issue 4. P. 550. DOI: 10.1080/01402398208437121.",
                 "Buffotot P. The French high command // Journal of Strategic Studies. 1982. "
                 "Vol. 5, Issue 4. P. 546–559. DOI: 10.1080/01402398208437121.",
                 id="doi-after-the-pages-7.0.5-10"),
    pytest.param("isbn-ru", "5", "Шубин А. В. Мир на краю бездны. М., 2004. С. 5.",
                 "Шубин А. В. Мир на краю бездны. М., 2004.",
                 id="isbn-omitted-in-references-7.1-5.9-optional"),
]


@pytest.mark.parametrize(("key", "locator", "note", "entry"), FIRST_AND_LIST)
def test_first_reference_and_list_entry(key, locator, note, entry):
    label = "folio" if ITEMS[key]["type"] == "manuscript" else "page"
    rendered = render([key], [Cite(key, locator=locator, label=label if locator else None)])
    assert rendered.notes == [note]
    assert rendered.bibliography == [entry]


def test_russian_editor_in_the_genitive():
    """GOST 7.1-2003 puts the editor after "под ред." in the genitive; the item holds
    the nominative ("Сухов"), as a reference manager does."""
    assert first_note("editor-ru", "5") == "История России / под ред. В. Н. Сухова. СПб., 2001. С. 5."


def test_an_approximate_year_is_bracketed_with_a_question_mark():
    """A year supposed, not printed in the source: "[1935?]" (GOST 7.1-2003, 4.6.4),
    the same in every language; the bibliography too."""
    circa = {"date-parts": [[1935]], "circa": True}
    assert first_note(item("one-ru", issued=circa), "5").endswith("М.: Проспект, [1935?]. С. 5.")
    assert first_note(item("edition-fr", issued=circa), "5").endswith("2e éd. P., [1935?]. P. 5.")
    listed = render([item("one-ru", issued=circa)], [Cite("one-ru")]).bibliography
    assert listed == ["Тарасова В. И. Политическая история Латинской Америки. М.: Проспект, [1935?]."]


def test_a_part_follows_the_volume_with_its_own_term():
    """"Т. 1. Ч. 2" (GOST 7.1-2003, 5.2.5: the designation of a part as the source
    gives it, "Кн." and "Ч." being different divisions); a bare number takes the part
    term of the source's language (GOST 7.0.12 "ч.", GOST 7.11 "Pt."). The volume and
    part belong to the title area, before the edition area (GOST 7.1-2003, one-level
    description of a volume)."""
    assert first_note(item("one-ru", **{"part-number": "Кн. 2"}), "5") == (
        "Тарасова В. И. Политическая история Латинской Америки. Кн. 2. М.: Проспект, 2006. С. 5.")
    assert ". Т. 1. Ч. 2. М.:" in first_note(item("one-ru", volume="1", **{"part-number": "2"}), "5")
    assert ". Pt. 2. 3rd ed. L., 1995." in first_note(item("edition-en", **{"part-number": "2"}), "5")


def test_an_edition_statement_in_words_is_printed_as_written():
    """GOST 7.1-2003, 5.3: the edition statement as the source gives it."""
    assert first_note(item("edition-ru", edition="3-е изд., испр. и доп."), "5") == (
        "Иванов И. И. Введение в историю. 3-е изд., испр. и доп. М., 2010. С. 5.")


def test_number_of_volumes_stated_in_the_title_is_not_repeated():
    """"История … в 12 томах" already gives the number of volumes (7.1-2003, 5.2.4)."""
    stated = item("volumes-ru", title="Сочинения в 2 томах")
    assert first_note(stated, "3") == "Гиппиус З. Н. Сочинения в 2 томах. Т. 1. М., 2001. С. 3."
    other_number = item("volumes-ru", title="2 года войны")
    assert first_note(other_number, "3") == "Гиппиус З. Н. 2 года войны: в 2 т. Т. 1. М., 2001. С. 3."


def test_a_meeting_named_in_the_proceedings_title_is_not_repeated():
    """Proceedings whose title names the meeting, its place and year (as the sample's
    "Actes du colloque organisé à Moscou les 2 et 3 octobre 1997")."""
    named = item("conference-ru", **{"container-title": "Россия и Франция: материалы "
                                     "междунар. конф., Москва, 12–14 мая 2005 г."})
    assert first_note(named, None) == (
        "Петров П. П. Франко-советские отношения // Россия и Франция: материалы междунар. "
        "конф., Москва, 12–14 мая 2005 г. М., 2006. С. 10–20.")


# --- repeats: 8.4 (heading and short title), 8.5–8.6 (Там же / Ibid.) ------------------

REPEATS = [
    pytest.param("chapter-de", "Weber M. Die Reichswehr. S. 60.", "Ibid. S. 61.",
                 id="chapter-de-8.4-8.6"),
    pytest.param("four-fr", "Histoire de la France. P. 60.", "Ibid. P. 61.",
                 id="four-authors-short-form-is-the-title-8.4"),
    pytest.param("newspaper-ru", "Кольцов М. В Мадриде. С. 60.", "Там же. С. 61.",
                 id="newspaper-ru-8.4-8.6"),
    pytest.param("conference-ru", "Петров П. П. Франко-советские отношения. С. 60.",
                 "Там же. С. 61.", id="conference-ru-8.4-8.6"),
    # a later repeat names the volume: "P. 60" of six volumes identifies nothing (8.4)
    pytest.param("volumes-en", "Churchill W. S. The Second World War. Vol. 2. P. 60.",
                 "Ibid. P. 61.", id="multivolume-en-8.4-8.6"),
    pytest.param("edition-de", "Wehler H.-U. Das Deutsche Kaiserreich. S. 60.", "Ibid. S. 61.",
                 id="edition-de-8.4-8.6"),
    pytest.param("archive-ru", "Письмо М.М. Литвинова И.В. Сталину // АВП РФ. Ф. 05. Оп. 13. "
                 "П. 94. Д. 64. Л. 60.", "Там же. Л. 61.", id="archival-repeat-in-full"),
]


@pytest.mark.parametrize(("key", "later", "ibid"), REPEATS)
def test_later_repeat_and_there_same(key, later, ibid):
    label = "folio" if ITEMS[key]["type"] == "manuscript" else "page"
    other = "isbn-ru"
    notes = render([key, other], [Cite(key, locator="5", label=label), Cite(other),
                                  Cite(key, locator="60", label=label),
                                  Cite(key, locator="61", label=label)]).notes
    assert notes[2:] == [later, ibid]


def test_bibliography_sources_first_then_cyrillic_then_latin():
    entries = render(list(ITEMS), []).bibliography
    assert entries[0].startswith("Письмо М.М. Литвинова")
    cyrillic = [bool(entry[:1]) and "\u0400" <= entry[0] <= "\u04ff" for entry in entries[1:]]
    assert cyrillic == sorted(cyrillic, reverse=True)
    assert len(entries) == len(ITEMS)
