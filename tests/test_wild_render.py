"""Rendering what Zotero and .bib files really hold: CSL-JSON markup in titles, raw
dates, an access date without a URL, "and others", @xdata entries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import biblio
from biblio.formats import biblatex, csljson
from biblio.model import Date, Item, Name

WILD = Path(__file__).parent / "data" / "wild"


@pytest.mark.parametrize(("text", "html"), [
    ("<i>Pravda</i>", "<i>Pravda</i>"),
    ("a < b and c > d", "a &lt; b and c &gt; d"),
    ("<i>unclosed", "&lt;i&gt;unclosed"),
    ("closed</i> only", "closed&lt;/i&gt; only"),
    ("<i>a</b>", "&lt;i&gt;a&lt;/b&gt;"),
    ('<span style="font-variant:small-caps;">Nkvd</span>',
     '<span style="font-variant:small-caps;">Nkvd</span>'),
])
def test_csl_markup_that_pairs_up_is_formatting_and_the_rest_is_text(text: str, html: str) -> None:
    rendered = biblio.render([newspaper(**{"container-title": text})], style="gost", output="html")
    assert rendered.bibliography == [f"К приезду Лаваля // {html}. 1935. 13 мая. С. 1."]


def newspaper(**fields: object) -> Item:
    return Item("p", "article-newspaper", {
        "title": "К приезду Лаваля", "container-title": "<i>Правда</i>",
        "issued": Date(parts=[[1935, 5, 13]]), "page": "1", "language": "ru", **fields})


def test_an_italic_newspaper_title_prints_in_italics_in_html_and_plain_in_text() -> None:
    text = biblio.render([newspaper()], style="gost").bibliography[0]
    html = biblio.render([newspaper()], style="gost", output="html").bibliography[0]
    assert text == "К приезду Лаваля // Правда. 1935. 13 мая. С. 1."
    assert html == "К приезду Лаваля // <i>Правда</i>. 1935. 13 мая. С. 1."


def article(**fields: object) -> Item:
    return Item("c", "article-journal", {
        "author": [Name(family="Carley", given="Michael Jabara")],
        "title": "Down a Blind Alley", "container-title": "Canadian Journal of History",
        "volume": "29", "issue": "1", "page": "147-172", "language": "en", **fields})


def test_a_raw_iso_date_is_rendered_as_a_date() -> None:
    rendered = biblio.render([article(issued=Date(raw="1994-04"))], style="chicago")
    assert rendered.bibliography == ['Carley, Michael Jabara. “Down a Blind Alley.” '
                                     'Canadian Journal of History 29, no. 1 (1994): 147–72.']


def test_gost_prints_the_date_of_access_only_with_a_url() -> None:
    accessed = Date(parts=[[2021, 3, 4]])
    without = biblio.render([article(issued=Date(parts=[[1994]]), accessed=accessed)])
    assert "2021" not in without.bibliography[0]
    url = "https://example.org/a"
    with_url = biblio.render([article(issued=Date(parts=[[1994]]), accessed=accessed,
                                      URL=url)])
    assert with_url.bibliography[0].endswith(f"URL: {url} (accessed: 04.03.2021).")


OTHERS = """@book{dvp, title = {Документы внешней политики СССР},
  editor = {Громыко, А. А. and others}, location = {М.}, publisher = {Политиздат},
  date = {1973}, langid = {russian}}
@book{four, title = {Внешняя политика}, date = {2005}, langid = {english},
  author = {Petrov, P. and Sidorov, S. and others}}"""


def test_and_others_prints_the_gost_et_al_term_without_a_comma() -> None:
    entries = biblio.render(biblatex.read(OTHERS), style="gost").bibliography
    assert entries[0] == ("Документы внешней политики СССР / под ред. А. А. Громыко "
                          "[и др.]. М.: Политиздат, 1973.")
    assert entries[1].startswith("Petrov P., Sidorov S. [et al.]")


def test_and_others_after_two_names_prints_et_al_after_a_comma_in_chicago() -> None:
    entries = biblio.render(biblatex.read(OTHERS), style="chicago").bibliography
    assert entries[1].startswith("Petrov, P., S. Sidorov, et al. ")


def test_xdata_entries_are_not_listed_in_the_bibliography() -> None:
    text = "@xdata{n, publisher = {Наука}}\n@book{b, title = {Книга}, xdata = {n}, " \
           "date = {2001}, langid = {russian}}"
    entries = biblio.render(biblatex.read(text)).bibliography
    assert len(entries) == 1 and entries[0].startswith("Книга. ") and "Наука" in entries[0]


def test_the_zotero_export_converts_and_renders_without_problems() -> None:
    text = (WILD / "zotero.json").read_text(encoding="utf-8")
    items = csljson.read(text)
    assert len(items) == len(json.loads(text)) == 25
    assert biblatex.read(biblatex.write(items)) == items
    for style in ("gost", "chicago"):
        rendered = biblio.render(items, style=style)
        assert len(rendered.bibliography) == 25
        assert rendered.problems == []
        assert not any("<i>" in entry for entry in rendered.bibliography)


def test_chicago_does_not_report_cyrillic_of_fields_it_never_prints() -> None:
    text = """@article{s, author = {Смирнова, Анна}, title = {Дипломатия},
      journaltitle = {Вопросы истории}, date = {2010}, langid = {russian},
      keywords = {СССР, Франция}, groups = {Диплом}}"""
    rendered = biblio.render(biblatex.read(text), style="chicago")
    assert rendered.bibliography[0].startswith("Smirnova, Anna. “Diplomatiia.” Voprosy istorii")
    assert rendered.problems == []


def test_two_items_with_one_id_are_an_error_naming_both_not_a_silent_loss() -> None:
    items = [Item("a", "book", {"title": "T"}), Item("a", "book", {"title": "U"})]
    with pytest.raises(biblio.errors.FormatError, match=r"items 0 and 1 have the same id 'a'"):
        biblio.render(items)


def test_gost_heading_of_a_body_ends_with_a_period_like_one_of_initials() -> None:
    body = Item("i", "book", {"author": [Name(literal="Институт истории АН СССР")],
                              "title": "Очерки истории СССР", "publisher-place": "Москва",
                              "issued": Date(parts=[[1958]]), "language": "ru"})
    person = Item("p", "book", {"author": [Name(family="Иванов", given="Иван Иванович")],
                                "title": "История", "issued": Date(parts=[[2005]]),
                                "language": "ru"})
    entries = biblio.render([body, person]).bibliography
    assert entries == ["Иванов И. И. История. 2005.",
                       "Институт истории АН СССР. Очерки истории СССР. М., 1958."]


def test_a_literal_newspaper_date_is_printed_once() -> None:
    item = newspaper(issued=Date(literal="весна 1935"))
    assert biblio.render([item]).bibliography == [
        "К приезду Лаваля // Правда. весна 1935. С. 1."]
