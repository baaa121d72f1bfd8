"""Journal references as Новый мир's review of periodicals («Периодика», 2001–2013) prints
them: the journal after a dash in English quotes, its city after it, and a statement of
responsibility in full words between the title and the dash. Real forms: ru-fn-1835 of
batch 26 (the 2009 column on booksonline), the 2002 columns of Новый мир № 4 and № 9 (on
bibliboba, in no set); the values were read off the text by hand. The last two cases are
constructed: what the rules must leave alone."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "title", "container", "place", "year", "issue"), [
    ("В гостях у Мандельштама. Беседа Юлии Мещерской с поэтом Юрием Кублановским. — "
     "“Подъём”, Воронеж, 2009, № 3.", "В гостях у Мандельштама", "Подъём", "Воронеж", 2009,
     "3"),
    ("Милан Кундера.Ненужное наследие Сервантеса. Перевод с французского Наталии "
     "Санниковой. Вступительная статья Льва Закса. — “Урал”, Екатеринбург, 2001, № 12.",
     None, "Урал", "Екатеринбург", 2001, "12"),
    ("Симона Ландау.На краю круга девятого. Страницы семейной хроники. Из воспоминаний “Мост "
     "в тумане. Семейная хроника XX века”. — “Звезда”, Санкт-Петербург, 2001, № 12.",
     None, "Звезда", "Санкт-Петербург", 2001, "12"),
])
def test_a_journal_in_english_quotes_after_the_dash_is_the_host(
        text: str, title: str | None, container: str, place: str, year: int,
        issue: str) -> None:
    """The journal's name alone is the host's title, as ru-fn-1835's gold gives it; its
    city is the host's place."""
    fields = parse_reference(text).fields
    if title is not None:  # a name glued to the title ("Кундера.Ненужное") is another matter
        assert fields["title"] == title
    assert fields["container-title"] == container
    assert fields["publisher-place"] == place
    assert fields["issued"].parts[0][0] == year
    assert fields["issue"] == issue


def test_a_statement_in_full_words_gives_its_translator_the_rest_kept_in_the_note() -> None:
    """«Перевод» names the translator, in the genitive (the dev set's ru-fn-1834 gives
    «Вступительная статья и перевод Георгия Кубатьяна» as the translator Кубатьян); the
    introduction's author, whom CSL has no variable for, and the language stay in note."""
    fields = parse_reference(
        "Милан Кундера.Ненужное наследие Сервантеса. Перевод с французского Наталии "
        "Санниковой. Вступительная статья Льва Закса. — “Урал”, Екатеринбург, 2001, № 12."
    ).fields
    assert [(name.family, name.given) for name in fields["translator"]] == \
        [("Санникова", "Наталия")]
    assert "Вступительная статья Льва Закса" in fields["note"]
    assert "Перевод с французского" in fields["note"]


def test_a_word_after_the_quotes_that_no_year_follows_is_no_city() -> None:
    fields = parse_reference(
        "Стихи. — “Знамя”, Москва и Петербург, 2001, № 12.").fields
    assert "(" not in str(fields.get("container-title", ""))


def test_gosts_own_dash_before_the_imprint_is_not_a_host() -> None:
    fields = parse_reference(
        "Иванов И. И. Перевод и время. — М.: Наука, 2001. — 200 с.").fields
    assert fields["title"] == "Перевод и время"
    assert fields["publisher"] == "Наука"
    assert "container-title" not in fields
