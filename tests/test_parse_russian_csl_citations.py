"""Journal articles as journal sites cite them in Russian and Ukrainian through CSL (Open
Journal Systems' "citationstylelanguage/get/…"): MLA with "т. 2, вып. 17, декабрь 2019 г.,
сс. 105-18", with or without an author, and Chicago (Turabian) with the volume and the date
in parentheses and the day it was read ("дата звернення", "просмотрено"). Real forms from
batches 6 and 8 of the Russian dev set (the Altai, "У" and Kharkiv journals' pages) and one
written in the Russian Turabian form for another article; the values were read off the
text by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

CITATIONS = [
    ("Храпова, Н. Ю. «Некоторые аспекты деятельности алтайской духовной миссии в Горном "
     "Алтае (1828-1914 гг.)». Культурное наследие Сибири, т. 2, вып. 17, декабрь 2019 г., "
     "сс. 105-18, http://journal.asu.ru/knc/article/view/6832.",
     [("Храпова", "Н. Ю.")],
     "Некоторые аспекты деятельности алтайской духовной миссии в Горном Алтае (1828-1914 гг.)",
     "Культурное наследие Сибири", "2", "17", 2019, "105-18"),
    ("«Статистическое исследование сферы торговли в Российской Федерации». Журнал \"У\". "
     "Экономика. Управление. Финансы., вып. 4, декабрь 2021 г., сс. 157-61, "
     "https://portal-u.ru/index.php/journal/article/view/566.",
     [], "Статистическое исследование сферы торговли в Российской Федерации",
     "Журнал \"У\". Экономика. Управление. Финансы", None, "4", 2021, "157-61"),
    ("Берестнев, С. И., О. А. Ручинская, і О. Ю. Жиронкина. «Международная научная "
     "конференция ‘проблемы истории и археологии Украины’». Давнина. Харківський "
     "історико-археологічний щорічник 40 (Лютий 28, 2016). дата звернення Квітень 25, 2024. "
     "https://periodicals.karazin.ua/drevnosti/article/view/5214.",
     [("Берестнев", "С. И."), ("Ручинская", "О. А."), ("Жиронкина", "О. Ю.")],
     "Международная научная конференция ‘проблемы истории и археологии Украины’",
     "Давнина. Харківський історико-археологічний щорічник", "40", None, 2016, None),
    ("Иванова, А. Б., и В. Г. Петров. «Городская дума Томска». Вестник Томского "
     "государственного университета. История 21, no. 3 (март 15, 2020): 45–52. просмотрено "
     "май 10, 2021. https://example.org/article/view/1.",
     [("Иванова", "А. Б."), ("Петров", "В. Г.")], "Городская дума Томска",
     "Вестник Томского государственного университета. История", "21", "3", 2020, "45–52"),
]


@pytest.mark.parametrize(
    ("text", "names", "title", "journal", "volume", "issue", "year", "pages"), CITATIONS)
def test_a_csl_citation_of_a_journal_site_is_read_whole(
        text: str, names: list[tuple[str, str]], title: str, journal: str,
        volume: str | None, issue: str | None, year: int, pages: str | None) -> None:
    reference = parse_reference(text)
    fields = reference.fields
    read = (reference.type, [(name.family, name.given) for name in fields.get("author", [])],
            fields["title"], fields["container-title"], fields.get("volume"),
            fields.get("issue"), fields["issued"].parts[0][0], fields.get("page"))
    assert read == ("article-journal", names, title, journal, volume, issue, year, pages)


def test_a_quoted_newspaper_is_no_csl_citation() -> None:
    reference = parse_reference("«Правда» от 30 сентября 1928.")
    assert reference.type == "periodical"
    assert reference.fields["title"] == "Правда"
