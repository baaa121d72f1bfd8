"""What a reference's tail holds, read into its fields instead of left in the cite's suffix
(issue 9). The forms are quoted from the Russian development set."""

from __future__ import annotations

import pytest

from biblio.formats.csljson import item_to_json
from biblio.parse import parse_footnotes
from biblio.parse.locators import GAZETTE_ARTICLE, parse_pinpoint


def first_cite(text: str) -> tuple[dict, str | None, str | None]:
    """The first cite's item as CSL-JSON, its locator and its suffix."""
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return item_to_json(document.items[cite.item]), cite.locator, cite.suffix


def test_a_latin_c_typed_close_up_to_its_number_is_the_russian_page() -> None:
    item, _, suffix = first_cite(
        "Kozlova Dina S. «Establishment of the Provincial Commissioner Institute during the "
        "Revolution of 1917 (on the example of Tomsk Province)» // Tomsk State University "
        "Journal 2016. №409 C.72-78")
    assert (item["page"], item["issue"], suffix) == ("72-78", "409", None)
    _, locator, suffix = first_cite(
        "Znamierowski A. Insygnia, symbole i herby polskie. Kompendium.- Warszawa, 2003.- C.27.")
    assert (locator, suffix) == ("27", None)


def test_a_spaced_latin_c_is_no_page() -> None:
    """An Italian shelfmark's carta ("c. 88") or a circa: no Russian page."""
    assert parse_pinpoint("C. 88") is None
    assert parse_pinpoint("C.88") == ("page", "88")


def test_printed_sheets_and_print_run_after_the_pages_are_the_extent_s_details() -> None:
    """GOST 7.4-95's publisher's data, as catalogues copy them after the pages."""
    for text, pages in (
            ("Исследования по источниковедению истории России (до 1917 г.) : сборник статей / "
             "Российская академия наук, Институт российской истории; редкол.: А.И.Аксенов "
             "(отв. ред.), Е.Ю.Тихонова (отв. сост.). М.: ИРИ РАН, 2003. 263 с. 16,5 п.л. "
             "13,61 уч.-изд.л. 300 экз.", "263"),
            ("Исследования по источниковедению истории СССР дооктябрьского периода : сборник "
             "статей / Академия наук СССР, Институт истории СССР; редкол.: В.И.Буганов (отв. "
             "ред.), В.А.Кучкин, Б.Г.Литвак. М.: Институт истории СССР, 1983. 220 с. 13,75 п.л. "
             "10,65 уч.-изд.л. 150 экз.", "220")):
        item, _, suffix = first_cite(text)
        assert (item["number-of-pages"], suffix) == (pages, None)
        assert "уч.-изд.л." in str(item)  # the details kept, not dropped


def test_a_year_cut_from_its_place_and_publisher_by_a_period_is_their_date() -> None:
    """GOST 7.1-2003 clause 5.5: the date closes the publication area."""
    for text, place, publisher, year in (
            ("СНиП 23.05-95 «Искусственное и естественное освещение». –М.: Изд. стандартов. "
             "1996.", "Москва", "Изд. стандартов", 1996),
            ("Нуркова, В. В. Психология[Текст]: учеб. для вузов / В. В. Нуркова, Н.Б. "
             "Березанская. – М.: Высш. образование. – 2005. – 464 с.", "Москва",
             "Высш. образование", 2005),
            ("Ustav Vserossijskogo obshchestva popecheniya o bezhentsakh - The Constitution of "
             "the Russian Society of care to refugees. Pg.: [BI]. 1915. 44 p.", "Pg.", "[BI]",
             1915)):
        item, _, suffix = first_cite(text)
        assert (item["publisher-place"], item["publisher"], item["issued"]["date-parts"],
                suffix) == (place, publisher, [[year]], None)


def test_a_year_after_a_serial_s_subseries_is_no_imprint_s() -> None:
    item, locator, _ = first_cite(
        "Тер-Мисакянц Т.А. Изменение биологических свойств дерново-карбонатных почв Кавказа "
        "после вырубки леса // Изв. вузов. Северо-Кавказский регион. Серия: Естественные "
        "науки. 2013. № 3 (175). С. 57–59.")
    assert item["container-title"] == \
        "Изв. вузов. Северо-Кавказский регион. Серия: Естественные науки"
    assert "publisher" not in item


def test_an_act_s_article_in_its_gazette_is_the_cite_s_section() -> None:
    """As "СЗ РФ. 1995. № 48. Ст.4564." cited alone is read (informal.GAZETTE_ISSUE)."""
    for text, issue, article in (
            ("Указ Президента Российской Федерации от 18 ноября 2004 г. № 1459 «О приеме в "
             "гражданство Российской Федерации» // Собрание законодательства Российской "
             "Федерации. – 2004. – № 47. – Ст. 4645.", "47", "4645"),
            ("Федеральный закон от 25.04.2002 № 40-ФЗ (ред. от 28.07.2012) «Об обязательном "
             "страховании гражданской ответственности владельцев транспортных средств» // СЗ "
             "РФ. - 2002. - № 18. -Ст. 1720.", "18", "1720"),
            ("Российская Федерация. Президент. Вопросы системы и структуры федеральных органов "
             "исполнительной власти [Текст]: указ Президента РФ от 12 мая 2008 г. № 724 // "
             "Собрание законодательства РФ. - 2008. - № 20. - Ст. 2290.", "20", "2290")):
        document = parse_footnotes([text])
        cite = document.notes[0].cites[0]
        item = item_to_json(document.items[cite.item])
        assert (item["type"], item["issue"], cite.label, cite.locator, cite.suffix) == \
            ("legislation", issue, "section", article, None)


@pytest.mark.parametrize(("text", "issue", "article"), [
    # no term: a Belarusian act's section and number in the National register, and a
    # Russian gazette's article after a doubled dash
    ("о размерах государственных стипендий учащейся молодежи : постановление совета "
     "Министров респ. Беларусь, 23 апр. 2004 г., № 468 // нац. реестр правовых актов респ. "
     "Беларусь. – 2004. – № 69. – 5/14142.", "69", "5/14142"),
    ("О Государственном гербе РФ [Текст]: федер. конституц. закон от 25 декабря 2000 г. № "
     "2-ФКЗ // Собрание законодательства РФ. - 2000. - № 52. -- 5021.", "52", "5021"),
])
def test_an_act_s_place_in_its_gazette_printed_otherwise_is_the_cite_s_section(
        text: str, issue: str, article: str) -> None:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    item = item_to_json(document.items[cite.item])
    assert (item["issue"], cite.label, cite.locator, cite.suffix) == \
        (issue, "section", article, None)


def test_a_year_after_an_issue_is_no_unmarked_article() -> None:
    assert GAZETTE_ARTICLE.fullmatch("-- 5021")["registered"] == "5021"
    assert GAZETTE_ARTICLE.fullmatch("1995") is None  # "№ 5. 1995.": the issue's date
    assert GAZETTE_ARTICLE.fullmatch("2008") is None
    assert GAZETTE_ARTICLE.fullmatch("12") is None  # a bare short number: a page, a part


def test_a_gazette_s_next_issue_without_its_title_keeps_its_year() -> None:
    """"…РФ. 1994. № 32. Ст. 3301; 1996. № 5. Ст. 410;": the second has no title."""
    item, _, _ = first_cite("1996. № 5. Ст. 410;")
    assert item["issued"]["date-parts"] == [[1996]]
