"""«ст. N» as the page of a Ukrainian scholarly note, after its imprint's year
(biblio.parse.older_notes), and «ст.» left as a law's article or a chronicle's column."""

import pytest

from biblio.formats.csljson import item_to_json
from biblio.parse import parse_footnotes
from biblio.parse.older_notes import read_older_note, take_old_page
from biblio.parse.reference import Reference


def _cite(text: str):
    document = parse_footnotes([text])
    return document, document.notes[0].cites[0]


@pytest.mark.parametrize(("text", "rest", "page"), [
    # the notes of a Ukrainian church history of the 1920s–30s, reprinted on
    # booksonline.com.ua (book 131871, notes 245 and 248)
    ("Скворцов: Патріарх Адріан, 1913 р., ст. 265.", "Скворцов: Патріарх Адріан, 1913 р.",
     "265"),
    ("Див. М. Возняк: Історія української літератури, Львів 1920 р., ст. 147.",
     "Див. М. Возняк: Історія української літератури, Львів 1920 р.", "147"),
    # constructed: «стор.», the longer abbreviation of «сторінка», and a range of pages
    ("Грушевський М. Історія України-Руси, т. VIII, Київ 1922 р., стор. 14-15",
     "Грушевський М. Історія України-Руси, т. VIII, Київ 1922 р.", "14-15"),
])
def test_page_after_the_imprint_year(text: str, rest: str, page: str) -> None:
    assert take_old_page(text) == (rest, ("page", page))


@pytest.mark.parametrize("text", [
    "ПСРЛ 1863, ст. 418-419.",                      # a chronicle's columns (short_forms)
    "Собрание законодательства РФ. 1996. № 5. Ст. 410;",   # a gazette's article
    "Відомості Верховної Ради України, 1996 р., № 30, ст. 141.",  # the issue before it
    "Закон України від 12.05.1991 р., ст. 5.",      # an act's date, not an imprint
    "УК РФ, ст. 105.",
    "Скворцов: Патріарх Адріан, 1913 р., ст. 265, прим. 2.",  # not the note's end
])
def test_st_left_to_the_grammar(text: str) -> None:
    assert take_old_page(text) == (text, None)


@pytest.mark.parametrize("text", [
    # the third review of session 29: a law named with its year «р.», then its article
    "Кримінальний кодекс УРСР 1960 р., ст. 62.",
    "Цивільний кодекс УРСР 1963 р., ст. 5.",
    "КК УРСР 1927 р., ст. 54.",
    "Статут Великого князівства Литовського 1588 р., ст. 7.",
    "Конституція (Основний Закон) УРСР 1937 р., ст. 12.",
    "Закон України від 23 травня 1991 р., ст. 5.",   # a day and a month before the year
    "Постанова від 5 лют. 2010 р., ст. 3.",          # the month abbreviated (DSTU 3582)
])
def test_an_acts_year_then_its_article_is_no_imprint_and_page(text: str) -> None:
    assert take_old_page(text) == (text, None)


def test_a_law_word_must_be_whole_to_refuse_the_page() -> None:
    """The refusal looks at whole words: «Законодавство» or «кодексом» are no law's title
    word, and the imprint stays an imprint."""
    text = "Возняк М. Історія української літератури, Львів 1920 р., ст. 147."
    assert take_old_page(text) == (text[: text.index(", ст.")], ("page", "147"))
    assert take_old_page("Шевельов Ю. Законодавство, Київ 1925 р., ст. 9.")[1] == ("page", "9")


def test_page_becomes_the_locator_and_the_work_is_read_without_it() -> None:
    document, cite = _cite("Скворцов: Патріарх Адріан, 1913 р., ст. 265.")
    assert (cite.label, cite.locator) == ("page", "265")
    item = item_to_json(document.items[cite.item])
    assert item["issued"] == {"date-parts": [[1913]]}
    assert "265" not in str(item)


def test_a_chronicles_column_stays_a_column() -> None:
    _, cite = _cite("ПСРЛ 1863, ст. 418-419.")
    assert (cite.label, cite.locator) == ("column", "418-419")



def _item(text: str) -> tuple[dict, str | None, str | None]:
    document, cite = _cite(text)
    return item_to_json(document.items[cite.item]), cite.label, cite.locator


@pytest.mark.parametrize(("text", "author", "title", "more", "page"), [
    # the same notes (booksonline.com.ua, book 131871, notes 243, 245, 248, 253): the
    # family closed by a colon, the title and its imprint parted by commas, the page last
    ("Пономарев: Памятники, III, ст. 23.", {"family": "Пономарев"}, "Памятники",
     {"volume": "III"}, "23"),
    ("Див. М. Возняк: Історія української літератури, Львів 1920 р., ст. 147.",
     {"family": "Возняк", "given": "М."}, "Історія української літератури",
     {"publisher-place": "Львів", "issued": {"date-parts": [[1920]]}}, "147"),
    ("Скворцов: Патріарх Адріан, 1913 р., ст. 265.", {"family": "Скворцов"},
     "Патріарх Адріан", {"issued": {"date-parts": [[1913]]}}, "265"),
    ("див. Костомаров: Мазепа, ст. 620.", {"family": "Костомаров"}, "Мазепа", {}, "620"),
    ("див. Костомаров : Мазепа, ст. 620.", {"family": "Костомаров"}, "Мазепа", {}, "620"),
    # note 242's form («Тихонравов: лѣтописи, І, відд. III, ст. 94, 1895 р.») retyped: the
    # volume with its word, as note 251 prints it («т. II»), and a place before the year
    ("Тихонравов: Летописи, т. I, Москва 1895 р., ст. 94.", {"family": "Тихонравов"},
     "Летописи", {"volume": "I", "publisher-place": "Москва",
                  "custom": {"designations": {"volume": "т."}}}, "94"),
])
def test_the_older_note_form(text: str, author: dict, title: str, more: dict,
                             page: str) -> None:
    item, label, locator = _item(text)
    assert item["author"] == [author]
    assert item["title"] == title
    assert {key: item.get(key) for key in more} == more
    assert (label, locator) == ("page", page)


@pytest.mark.parametrize("text", [
    "Ломоносов: Сборник статей и материалов, ст. 5.",   # a collection named after him
    "Достоевский: Материалы и исследования, т. 3, ст. 5.",
    # the third review of session 29: collections whose title opens with what they gather,
    # Russian and Ukrainian (older_notes.CONTENTS_WORDS)
    "Пушкин: Исследования и материалы, т. 3, ст. 5.",
    "Лермонтов: Исследования и материалы, Ленинград 1979 р., ст. 5.",
    "Шевченко: Документи і матеріали, Київ 1963 р., ст. 5.",
    "Лермонтов: Статьи и материалы, т. 2, ст. 5.",
    "Франко: Дослідження і матеріали, Київ 1956 р., ст. 5.",
    "Пушкин: Исследования и материалы, Ленинград.",     # no «ст.» closing: not the form
    "Памятники: III, ст. 23.",                          # no family's ending
    "Москва: Наука, ст. 5.",                            # a place and its publisher
    "Костомаров: Мазепа, М.: Наука, ст. 620.",          # a part neither volume nor imprint
])
def test_not_the_older_form(text: str) -> None:
    assert read_older_note(text, Reference(text=text, kind="work")) is None


@pytest.mark.parametrize("text", [
    # the third review of session 29 (its item 9): the year's word after the year, the
    # Ukrainian «р.» (рік) as the Russian «г.» (год), belongs to the year, in a collection's
    # imprint and in a law's title with its year
    "Шевченко: Документи і матеріали, Київ 1963 р.",
    "Шевченко: Документи і матеріали, Київ 1963 г.",
    "Кримінальний кодекс УРСР 1960 р.",
    "Лермонтов: Исследования и материалы, Ленинград 1979 р., ст. 5.",
])
def test_the_years_mark_is_no_lost_word(text: str) -> None:
    document = parse_footnotes([text])
    note = document.notes[0]
    item = item_to_json(document.items[note.cites[0].item])
    assert item["issued"]["date-parts"][0][0] in (1960, 1963, 1979)
    assert not [leftover for leftover in note.leftover if leftover.text.strip(" .") in "рг"]


def test_the_article_after_a_laws_year_is_still_reported() -> None:
    note = parse_footnotes(["Кримінальний кодекс УРСР 1960 р., ст. 62."]).notes[0]
    assert "ст. 62" in " ".join(leftover.text for leftover in note.leftover)
