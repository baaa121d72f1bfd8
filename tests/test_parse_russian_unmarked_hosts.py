"""An article whose journal follows its title after ". ", not "//": DSTU 8302:2015's
template for an article ("Дані автора. Назва статті. Назва журналу. Рік. Номер тому,
номер випуску. Сторінки. DOI", as the Ukrainian citation guides print it) and the citation
lines of journal sites. The journal is the title's last sentence with its subseries
("Вісник …. Серія: Історія"); a description with an issue number, a year, no place and
no publisher, and an author or a range of pages, is an article in it. A periodical named
as a whole keeps its title whole. Values read off the text by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


def test_an_article_whose_journal_follows_after_a_period_is_in_that_journal() -> None:
    reference = parse_reference(
        "Джуряк В. С. Адаптаційно-компенсаторні реакції організму хворих на есенційну "
        "артеріальну гіпертензію за хронічної хвороби нирок. Буковинський медичний вісник. "
        "2020. Т. 24, № 1. С. 67—73. DOI: 10.24061/2413-0737.XXIV.1.93.2020.9.")
    fields = reference.fields
    assert reference.type == "article-journal"
    assert fields["title"] == ("Адаптаційно-компенсаторні реакції організму хворих на "
                               "есенційну артеріальну гіпертензію за хронічної хвороби нирок")
    assert fields["container-title"] == "Буковинський медичний вісник"
    assert (fields["volume"], fields["issue"], fields["page"]) == ("24", "1", "67—73")


def test_the_journals_subseries_stays_with_the_journal() -> None:
    """Constructed on the template: the guide's own example is cut off on its page after
    "Вісник Київського національного лінгвістичного університету. Се…"."""
    fields = parse_reference("Петренко І. І. Назва статті. Вісник Київського національного "
                             "лінгвістичного університету. Серія: Філологія. 2019. Т. 22, "
                             "№ 1. С. 38–46.").fields
    assert fields["title"] == "Назва статті"
    assert fields["container-title"] == ("Вісник Київського національного лінгвістичного "
                                         "університету. Серія: Філологія")


def test_a_journal_with_its_subseries_and_no_article_is_one_title() -> None:
    # journals' own running headers and reprint lines: a subseries in words, and one by its
    # number with its name after (GOST 7.1-2003 prints "Сер. 8, История")
    for text, title in (
            ("Вестник Омского университета. Серия «Исторические науки». 2024. Т. 11, № 2 "
             "(42). С. 99-105.", "Вестник Омского университета. Серия «Исторические науки»"),
            ("Вестник Московского университета. Сер. 9. Филология. 2003. № 5. С. 148-158.",
             "Вестник Московского университета. Сер. 9. Филология")):
        fields = parse_reference(text).fields
        assert fields["title"] == title
        assert "container-title" not in fields


def test_the_name_after_a_numbered_subseries_stays_with_the_journal() -> None:
    fields = parse_reference("Бурдина С. В. «Реквием» А. Ахматовой как «петербургский текст» "
                             "русской литературы. Вестник Московского университета. Сер. 9. "
                             "Филология. 2003. № 5. С. 148-158.").fields
    assert fields["title"] == "«Реквием» А. Ахматовой как «петербургский текст» русской литературы"
    assert fields["container-title"] == "Вестник Московского университета. Сер. 9. Филология"
    assert fields["page"] == "148-158"


def test_a_periodical_named_as_a_whole_keeps_its_sections_in_its_title() -> None:
    text = ("Научно-технические ведомости Санкт-Петербургского государственного "
            "политехнического университета. Гуманитарные и общественные науки. № 3 (203): "
            "научное издание. – 2014.")
    fields = parse_reference(text).fields
    assert "container-title" not in fields
    assert fields["title"].startswith("Научно-технические ведомости")


def test_a_volume_of_collected_works_cited_with_pages_is_no_article() -> None:
    fields = parse_reference("Книга Посольская метрики Великого княжества Литовского. Т. 2. "
                             "№ 87,89. С. 246–247.").fields
    assert "container-title" not in fields


DUDNYK = ("Дудник В. М. Громадська активність кримських татар в умовах анексії Криму. "
          "Таврійські історичні наукові читання : матеріали Міжнар. наук.-практ. конф., м. Київ, "
          "27—28 січ. 2017 р. {imprint} 2017. С. 14—19.")


@pytest.mark.parametrize("imprint", [
    "Київ : Таврійський національний університет імені В. І. Вернадського,",
    "/ Тавр. нац. ун-т ім. В. І. Вернадського, Гуманіт. ін-т. Київ,",
])
def test_a_paper_whose_proceedings_follow_after_a_period_is_in_those_proceedings(
        imprint: str) -> None:
    """DSTU 8302:2015's proceedings (batch 12, a Ukrainian citation guide, two forms): the
    statement ": матеріали … конф., м. Київ, 27—28 січ. 2017 р." is the proceedings'
    genre (GOST 7.1-2003 clause 5.2.5), the sentence before it their title."""
    reference = parse_reference(DUDNYK.format(imprint=imprint))
    fields = reference.fields
    assert reference.type == "paper-conference"
    assert fields["title"] == "Громадська активність кримських татар в умовах анексії Криму"
    assert fields["container-title"] == "Таврійські історичні наукові читання"
    assert fields["page"] == "14—19"
    assert fields["genre"].startswith("матеріали Міжнар. наук.-практ. конф.")


def test_a_book_cited_with_a_range_of_pages_is_no_part_of_a_collection() -> None:
    fields = parse_reference("Алпатов В.М. История лингвистических учений: Учебное пособие. "
                             "М.: Языки русской культуры, 1998. - 368 с.").fields
    assert "container-title" not in fields
