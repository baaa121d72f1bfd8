"""Works and reviews as Soviet encyclopedias list them (Краткая литературная
энциклопедия, БСЭ): the heading closed by a comma, the title, a journal or newspaper in
quotation marks with its year and issue after commas, a review named by its journal alone,
and an imprint with its places written out ("Москва — Ленинград, 1928"). Real forms from
the literature list of batch 8 (an encyclopedia article on a Soviet poet), and the same
form for other works; the values were read off the text by hand."""

from __future__ import annotations

import pytest

from biblio.parse import parse_note
from biblio.parse.gost import parse_reference

REVIEWS = [
    ("Светлов М., «Октябрь», 1928, № 9—10", "Светлов", "Октябрь", "9—10", 1928),
    ("Поступальский И., «Печать и революция», 1929, № 2—3", "Поступальский",
     "Печать и революция", "2—3", 1929),
    ("Ростовская Н., «Книга — строителям социализма (Худ. литература)», 1932, № 6—7",
     "Ростовская", "Книга — строителям социализма (Худ. литература)", "6—7", 1932),
    ("Македонов А. «Литературная газета», 1931, № 54", "Македонов", "Литературная газета",
     "54", 1931),
    ("Тарасенков Ан., «Художественная литература», 1935, № 5.", "Тарасенков",
     "Художественная литература", "5", 1935),
]


@pytest.mark.parametrize(("text", "family", "journal", "issue", "year"), REVIEWS)
def test_a_review_named_by_its_journal_is_a_piece_in_that_journal(
        text: str, family: str, journal: str, issue: str, year: int) -> None:
    reference = parse_reference(text)
    fields = reference.fields
    read = (reference.type, fields["author"][0].family, fields["container-title"],
            fields.get("title"), fields["issue"], fields["issued"].parts[0][0])
    assert read == ("article-journal", family, journal, None, issue, year)


def test_an_article_title_before_the_quoted_newspaper_stays_the_title() -> None:
    fields = parse_reference("Левин Л., Оборотная сторона романтика, «Литературная газета», "
                             "1931, № 3, 14 янв.").fields
    assert fields["title"] == "Оборотная сторона романтика"
    assert fields["container-title"].startswith("Литературная газета")


def test_a_whole_issue_in_quotation_marks_is_still_the_periodical() -> None:
    reference = parse_reference("«Вопросы литературы», 1969, № 7, с. 64.")
    assert reference.type == "periodical"
    assert reference.fields["title"] == "Вопросы литературы"


BOOKS = [
    ("Горький М., О литературе, М., 1953.", "О литературе", "Москва", 1953),
    ("Иванов И. И., Очерки истории, Москва — Ленинград, 1950.", "Очерки истории",
     "Москва; Ленинград", 1950),
    ("Иванов И. И. Очерки истории, Москва — Ленинград, 1950.", "Очерки истории",
     "Москва; Ленинград", 1950),
    ("Тимофеев Л. И., Теория литературы, Москва, 1948.", "Теория литературы", "Москва", 1948),
]


@pytest.mark.parametrize(("text", "title", "place", "year"), BOOKS)
def test_a_book_after_a_heading_closed_by_a_comma(
        text: str, title: str, place: str, year: int) -> None:
    fields = parse_reference(text).fields
    assert fields["title"] == title
    assert fields["publisher-place"] == place
    assert fields["issued"].parts[0][0] == year


LATIN_COMMA_HEADINGS = [
    ("Seeger, C. R., Magnetic investigation of Steinheim Basin, W. Germany (abstract). EOS, "
     "v. 53, p. 427. 1972.", "Magnetic investigation of Steinheim Basin"),
    ("Chae, J.S., M.S. Choi, Y.H. Song, I.K. Um and J.G. Kim, 2014. Source identification of "
     "heavy metal contamination. Mar. Poll. Bull., 88(1-2): 373-382.", "Source identification"),
]


@pytest.mark.parametrize(("text", "title_start"), LATIN_COMMA_HEADINGS)
def test_a_latin_heading_before_a_comma_is_not_closed_like_a_soviet_list(
        text: str, title_start: str) -> None:
    """The comma after "Seeger, C. R." starts the comma styles' next name or title, not a
    Soviet list's title: the grammar must not take the rest for the title (it did, and
    the reading won over the labeller's)."""
    (reference,) = parse_note(text)
    assert reference.fields["title"].startswith(title_start)
    assert reference.fields["author"][0].family == text.split(",")[0]
