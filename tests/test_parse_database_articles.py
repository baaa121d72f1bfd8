"""An article headed as the Russian legal databases head it, and the sites that reprint
their texts copy the heading: the title, the authors in parentheses, then the journal in
quotes with its year and issue in parentheses. Real headings of four articles from four
journals, reprinted on center-bereg.ru (pages b913, a40, j609 in the Russian dev set, and
?p=3610); the values were read off the texts by hand."""

from __future__ import annotations

import pytest

from biblio.model import Name
from biblio.parse.gost import parse_reference
from biblio.parse.informal import DATABASE_ARTICLE, _database_article


@pytest.mark.parametrize(("text", "title", "authors", "journal", "year", "issue"), [
    ("Вчера была прописка. Сегодня регистрация. А что изменилось? (Мыскин А. В.) "
     "(«Нотариус», 2014, N 1)",
     "Вчера была прописка. Сегодня регистрация. А что изменилось?",
     [Name(family="Мыскин", given="А. В.")], "Нотариус", 2014, "1"),
    ("Некоторые проблемы участия прокурора в гражданском судопроизводстве с целью защиты "
     "прав и законных интересов других лиц (Афанасьев С. Ф., Борисова В. Ф.) («Законы "
     "России: опыт, анализ, практика», 2012, N 9)",
     "Некоторые проблемы участия прокурора в гражданском судопроизводстве с целью защиты "
     "прав и законных интересов других лиц",
     [Name(family="Афанасьев", given="С. Ф."), Name(family="Борисова", given="В. Ф.")],
     "Законы России: опыт, анализ, практика", 2012, "9"),
    ("Правила и стандарты саморегулирования в сфере строительства (Ершов О. Г.) "
     "(«Правовые вопросы строительства», 2012, N 2)",
     "Правила и стандарты саморегулирования в сфере строительства",
     [Name(family="Ершов", given="О. Г.")], "Правовые вопросы строительства", 2012, "2"),
])
def test_title_authors_in_parentheses_then_the_journal(
        text: str, title: str, authors: list[Name], journal: str, year: int,
        issue: str) -> None:
    reference = parse_reference(text)
    fields = reference.fields
    assert reference.type == "article-journal"
    assert fields["title"] == title
    assert fields["author"] == authors
    assert (fields["container-title"], fields["issued"].year, fields["issue"]) == \
        (journal, year, issue)


def test_words_in_parentheses_that_are_no_names_stay_in_the_title() -> None:
    # "(на примере …)" is the title's own, not its authors: this form does not read it
    match = DATABASE_ARTICLE.fullmatch("Культурная жизнь провинции (на примере Краснодарского "
                                       "края) («Вестник», 2018, N 30)")
    assert match is not None and _database_article(match) is None
