"""A host's genre written out after its title's period, where GOST 7.1-2003 clause 5.2.5
prints " : " (`GENRES_AFTER_PERIOD`): the host keeps its title proper. Real forms from two
sources of the Russian development set (a Ukrainian article on the demography of the
Left-Bank Ukraine; the GOST examples of a bibliography course), values read off the texts
by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

HOSTS = [
    ("Сердюк И. Старость в городском населении Левобережной Украины во второй половине "
     "ХVІІІ в. / Игорь Сердюк // Историческая демография. Научный журнал. Москва – "
     "Сыктывкар, 2011. – 1 (7). С.7–12.",
     "Историческая демография", "Научный журнал"),
    ("Бродский А.И. Тайна диалектической логики. Гегелевская диалектика в советской России "
     "// Русская и европейская философия: пути схождения. Сборник материалов конференции. "
     "СПб., 1999. С. 172-181.",
     "Русская и европейская философия: пути схождения", "Сборник материалов конференции"),
]


@pytest.mark.parametrize(("text", "host", "genre"), HOSTS)
def test_the_hosts_genre_after_its_period_is_no_part_of_its_title(text: str, host: str,
                                                                   genre: str) -> None:
    fields = parse_reference(text).fields
    assert fields["container-title"] == host
    assert fields["genre"] == genre


def test_a_genre_opening_the_hosts_title_stays_in_it() -> None:
    """Only a genre closing the title is one: a journal named after its kind keeps it."""
    fields = parse_reference(
        "Сайымова, Мейрамкул. «ЖАСТАРДЫҢ АРАСЫНДАҒЫ ЖҰМЫСПЕН ҚАМТУДЫ ШЕШУДІҢ ЖЕТІЛДІРУ "
        "ЖОЛДАРЫ». Научный журнал «Вестник НАН РК» 403, no. 3 (июнь 30, 2023): 407–422.").fields
    assert fields["container-title"] == "Научный журнал «Вестник НАН РК»"


def test_a_second_sentence_that_names_no_genre_stays_in_the_title() -> None:
    fields = parse_reference("Иванов И. И. Статья // Проблемы истории. Научные школы "
                             "Москвы. М., 1999. С. 17-21.").fields
    assert fields["container-title"] == "Проблемы истории. Научные школы Москвы"
