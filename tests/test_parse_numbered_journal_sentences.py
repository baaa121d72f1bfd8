"""A journal named in the last sentence with its number, year and pages run on with commas
(biblio.parse.numbered_journal_sentences), as medical reference lists print it: «…
в Москве. Хирургия N 5, 2014, с. 7 - 16.» The journal is the host, the sentence before it
the article's title."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes


def _reading(text: str) -> tuple[dict, str | None]:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    item = document.items[cite.item]
    return {"type": item.type, **item.fields}, cite.locator


@pytest.mark.parametrize(("text", "title", "journal", "issue", "year", "page"), [
    # a clinical guideline's list on perforated ulcer (dev ru-gost-2423): a journal of one
    # word, which the labeller left in the title with the pages
    ("Ермолов А.С., Смоляр А.Н., Шляховский И.А., Храменков М.Г. 20 лет неотложной "
     "хирургии органов брюшной полости в Москве. Хирургия N 5, 2014, с. 7 - 16.",
     "20 лет неотложной хирургии органов брюшной полости в Москве", "Хирургия", "5", 2014,
     "7 - 16"),
    # the same list (ru-gost-2428): the journal's name holds an abbreviation and initials
    ("Тимербулатов В.М., Кунафин М.С., Тимербулатов М.В. Экстренная абдоминальная "
     "хирургия в регионе Российской Федерации: анализ за 40 лет. Вестник хирургии им. "
     "И.И. Грекова N 6, 2014, с. 89 - 92",
     "Экстренная абдоминальная хирургия в регионе Российской Федерации: анализ за 40 лет",
     "Вестник хирургии им. И.И. Грекова", "6", 2014, "89 - 92"),
    # other journals, names and numbers: the numero sign, a comma after the name, the
    # year's period before the pages (ru-gost-2426's typing), a capital «С.», an en dash
    ("Петрова О. В., Гусев К. Л. Диагностика пневмонии у детей раннего возраста. "
     "Педиатрия, № 2, 2019, с. 33-38.",
     "Диагностика пневмонии у детей раннего возраста", "Педиатрия", "2", 2019, "33-38"),
    ("Сафин Р. Р. Хронический панкреатит: новые подходы к лечению. Терапия № 11, 2021. "
     "С. 102–109.",
     "Хронический панкреатит: новые подходы к лечению", "Терапия", "11", 2021, "102–109"),
    ("Лукина Г. В. Ревматоидный артрит у пожилых. Клиническая геронтология N 3, 1998, "
     "с. 41-45",
     "Ревматоидный артрит у пожилых", "Клиническая геронтология", "3", 1998, "41-45"),
])
def test_the_last_sentence_before_the_number_is_the_journal(
        text: str, title: str, journal: str, issue: str, year: int, page: str) -> None:
    fields, _ = _reading(text)
    assert fields["type"] == "article-journal"
    assert fields["title"] == title
    assert fields["container-title"] == journal
    assert fields["issue"] == issue
    assert fields["issued"].parts[0][0] == year
    assert fields["page"] == page


@pytest.mark.parametrize("run", [
    "Хирургия N 3, 2011, с. 44 - 48.", "Хирургия N 3 (2011). с. 44 - 48.",
    "Хирургия N 3, 2011 г. с. 44 - 48.", "Хирургия N 3, 2011, сс. 44 - 48.",
    "Хирургия N 3, 2011, стр. 44 - 48.", "Хирургия N 3,2011,с.44 - 48",
])
def test_the_run_as_lists_type_it(run: str) -> None:
    # ru-gost-2426's typings: the year in parentheses or with «г.», «сс.» and «стр.» for
    # the pages, the spaces after the commas dropped
    fields, _ = _reading("Курбанов Ф.С., Балогланов Д.А. Операции минимального объема в "
                         "хирургическом лечении перфоративных язв. " + run)
    assert fields["container-title"] == "Хирургия"
    assert fields["issue"] == "3"
    assert fields["issued"].parts[0][0] == 2011
    assert fields["page"] == "44 - 48"


def test_one_page_after_the_journal_is_the_page_cited() -> None:
    fields, locator = _reading(
        "Петрова О. В. Диагностика пневмонии у детей. Врач № 12, 2008, С. 5.")
    assert fields["container-title"] == "Врач"
    assert "page" not in fields
    assert locator == "5"


@pytest.mark.parametrize("text", [
    # a book's part and imprint, no journal's number
    "Сидоров П. П. Очерки истории края. Ч. 2. Томск, 1990. С. 15.",
    # GOST's own form, read by the grammar as before
    "Иванов И. И. Лечение язвы // Хирургия. 2014. № 5. С. 7-16.",
])
def test_other_forms_are_not_read_here(text: str) -> None:
    fields, _ = _reading(text)
    if "//" in text:
        assert fields["container-title"] == "Хирургия"
        assert fields["issue"] == "5"
    else:
        assert fields["type"] == "book"
        assert "container-title" not in fields
