""".bib files as biblatex-gost users, JabRef and Google Scholar write them:
crossref and xdata inheritance (biblatex manual, appendix B), "and others"."""

from __future__ import annotations

from pathlib import Path

import biblio
from biblio.formats import biblatex, bibtex
from biblio.model import Date, Item, Name

WILD = Path(__file__).parent / "data" / "wild"

COLLECTION = """
@xdata{nauka, publisher = {Наука}, location = {М.}}
@collection{komintern, editor = {Орлов, О. О.}, title = {Коминтерн и Европа},
  subtitle = {сборник статей}, shorttitle = {Коминтерн}, xdata = {nauka}, date = {2001},
  pagetotal = {480}, langid = {russian}}
@incollection{volkov, author = {Волков, В. В.}, title = {Коминтерн и Франция},
  crossref = {komintern}, pages = {101--134}}
"""


def by_id(items: list[Item]) -> dict[str, Item]:
    return {item.id: item for item in items}


def test_incollection_takes_booktitle_from_the_collection_title_and_the_rest_as_is() -> None:
    volkov = by_id(biblatex.read(COLLECTION))["volkov"]
    assert volkov.type == "chapter"
    assert volkov["container-title"] == "Коминтерн и Европа"
    assert volkov["biblatex:booksubtitle"] == "сборник статей"
    assert volkov["editor"] == [Name(family="Орлов", given="О. О.")]
    assert volkov["issued"] == Date(parts=[[2001]])
    assert volkov["language"] == "ru"
    # through the collection's xdata
    assert (volkov["publisher"], volkov["publisher-place"]) == ("Наука", "М.")
    # the child's own title stays; shorttitle and a book's page total are not inherited
    assert volkov["title"] == "Коминтерн и Франция"
    assert "title-short" not in volkov and "number-of-pages" not in volkov
    assert volkov["biblatex:crossref"] == "komintern"


def test_xdata_fields_fill_the_entry_and_the_crossref_stays_to_be_written_back() -> None:
    items = by_id(biblatex.read(COLLECTION))
    assert items["komintern"]["publisher"] == "Наука"
    assert items["komintern"]["biblatex:xdata"] == "nauka"
    again = by_id(biblatex.read(biblatex.write(list(items.values()))))
    assert again == items


def test_inbook_takes_the_book_author_also_as_bookauthor() -> None:
    text = """@book{b, author = {Иванов, И. И.}, title = {История}, date = {2005}}
    @inbook{c, author = {Иванов, И. И.}, title = {Глава}, crossref = {b}}"""
    chapter = by_id(biblatex.read(text))["c"]
    assert chapter["container-author"] == [Name(family="Иванов", given="И. И.")]
    assert chapter["container-title"] == "История"
    assert chapter["title"] == "Глава"


def test_a_volume_of_an_mvbook_takes_its_title_as_maintitle_and_chains_resolve() -> None:
    text = """@inbook{ch, title = {Нота}, crossref = {v18}, pages = {5--6}}
    @book{v18, title = {1935 год}, volume = {18}, crossref = {dvp}}
    @mvbook{dvp, title = {Документы внешней политики СССР}, location = {М.},
      date = {1973}}"""
    items = by_id(biblatex.read(text))
    # CSL keeps the work's title in title and the volume's in volume-title
    assert items["v18"]["title"] == "Документы внешней политики СССР"
    assert items["v18"]["volume-title"] == "1935 год"
    assert "biblatex:maintitle" not in items["v18"]
    chapter = items["ch"]
    assert chapter["title"] == "Нота"
    assert chapter["container-title"] == "Документы внешней политики СССР"
    assert chapter["volume-title"] == "1935 год"
    assert chapter["volume"] == "18" and chapter["publisher-place"] == "М."


def test_a_volume_title_is_written_as_title_under_the_maintitle() -> None:
    item = Item("v", "book", {"title": "Документы внешней политики СССР", "volume": "18",
                              "volume-title": "1 января — 31 декабря 1935 г."})
    text = biblatex.write([item])
    assert "maintitle = {Документы внешней политики СССР}" in text
    assert "title = {1 января — 31 декабря 1935 г.}" in text
    assert "verba" not in text
    assert biblatex.read(text) == [item]
    assert bibtex.read(bibtex.write([item])) == [item]


def test_gost_prints_a_volume_of_a_multivolume_bib_entry_under_the_work() -> None:
    text = """@book{v, maintitle = {Документы внешней политики СССР},
      title = {1935 год}, volume = {18}, location = {М.}, date = {1973},
      langid = {russian}}"""
    (entry,) = biblio.render(biblatex.read(text)).bibliography
    assert entry.startswith("Документы внешней политики СССР. Т. 18 : 1935 год.")


def test_a_missing_parent_and_a_cycle_are_reported_with_their_lines() -> None:
    text = "@book{a, title = {A}, crossref = {nowhere}}\n\n" \
           "@book{b, title = {B}, crossref = {c}}\n@book{c, title = {C}, crossref = {b}}\n"
    items, problems = biblatex.read_with_problems(text)
    assert [item.id for item in items] == ["a", "b", "c"]
    assert [p.where for p in problems] == ["line 1", "line 3"]
    assert "crossref 'nowhere' names no entry" in problems[0].message
    assert "cycle b → c → b" in problems[1].message


def test_classic_bibtex_crossref_with_journal_and_address_names() -> None:
    text = """@proceedings{p, title = {Akten}, address = {Wien}, year = 2003}
    @inproceedings{x, title = {Vortrag}, crossref = {p}, pages = {3--15}}"""
    paper = by_id(bibtex.read(text))["x"]
    assert paper["container-title"] == "Akten"
    assert paper["publisher-place"] == "Wien"
    assert paper["issued"] == Date(parts=[[2003]])


def test_and_others_is_a_name_literal_written_back_as_the_keyword() -> None:
    text = "@book{p, author = {Петров, П. П. and others}, title = {T}}"
    item = biblatex.read(text)[0]
    assert item["author"] == [Name(family="Петров", given="П. П."), Name(literal="others")]
    written = biblatex.write([item])
    assert "author = {Петров, П. П. and others}" in written
    assert "verba" not in written


def test_a_body_named_in_braces_stays_a_body() -> None:
    item = biblatex.read("@book{p, author = {{Others Ltd}}, title = {T}}")[0]
    assert item["author"] == [Name(literal="Others Ltd")]


def test_every_wild_bib_file_round_trips_through_both_dialects() -> None:
    for path in sorted(WILD.glob("*.bib")):
        items, _ = biblatex.read_with_problems(path.read_text(encoding="utf-8"))
        assert items, path.name
        for module in (biblatex, bibtex):
            again, problems = module.read_with_problems(module.write(items))
            assert again == items, path.name
            # an undefined macro is written back as the macro it was, and reported again
            assert all("not defined by any @string" in problem.message
                       for problem in problems), path.name


def test_csl_markup_is_written_as_latex_commands_and_read_back() -> None:
    item = Item("p", "article-newspaper", {
        "title": "Статья в <i>Правде</i> о <b>пакте</b>, H<sub>2</sub>O",
        "container-title": "<i>Правда</i>"})
    text = biblatex.write([item])
    assert r"title = {Статья в \textit{Правде} о \textbf{пакте}, H\textsubscript{2}O}" in text
    assert r"journaltitle = {\textit{Правда}}" in text
    assert "verba" not in text
    assert biblatex.read(text) == [item]


def test_emph_and_textsc_in_a_wild_title_become_csl_markup_but_not_in_names() -> None:
    item = biblatex.read(r"""@book{b, title = {The \emph{Pravda} Affair, \textsc{nkvd}},
        author = {\textsc{Ivanov}, Ivan}}""")[0]
    assert item["title"] == ('The <i>Pravda</i> Affair, '
                             '<span style="font-variant:small-caps;">nkvd</span>')
    assert item["author"] == [Name(family="Ivanov", given="Ivan")]


def test_markup_that_does_not_pair_up_is_text() -> None:
    item = Item("x", "book", {"title": "a <i>b and c</b> < d"})
    text = biblatex.write([item])
    assert "title = {a <i>b and c</b> < d}" in text
    assert biblatex.read(text) == [item]


def test_zotero_citation_key_line_gives_the_key_and_stays_out_of_the_printed_note() -> None:
    item = Item("http://zotero.org/users/1/items/ABCD2345", "book", {
        "title": "T", "note": "Citation Key: ivanov2005\ntex.ids: ivanov2005a\nПереиздание"})
    text = biblatex.write([item])
    assert text.startswith("@book{ivanov2005,")
    assert "note = {Переиздание}" in text
    assert biblatex.read(text) == [item]


def test_a_zotero_uri_id_is_not_used_as_a_key() -> None:
    item = Item("http://zotero.org/users/1/items/ABCD2345", "book", {
        "title": "T", "author": [Name(family="Иванов", given="И.")],
        "issued": Date(parts=[[2005]])})
    text = biblatex.write([item])
    assert text.startswith("@book{ivanov2005,")
    assert biblatex.read(text) == [item]


def test_a_jabref_language_field_in_any_language_name_is_the_item_language() -> None:
    for written in ("Russian", "Русский", "ru"):
        item = biblatex.read(f"@book{{b, title = {{T}}, language = {{{written}}}}}")[0]
        assert item["language"] == "ru"
        assert "biblatex:language" not in item


def test_a_google_scholar_misc_publisher_is_the_publisher() -> None:
    text = """@misc{haslam1984soviet,
      title={The Soviet Union and the struggle for collective security in Europe},
      author={Haslam, Jonathan}, year={1984}, publisher={Springer}}"""
    item = biblatex.read(text)[0]
    assert item.type == "document" and item["publisher"] == "Springer"
    assert "biblatex:publisher" not in item
    written = biblatex.write([item])
    assert "organization = {Springer}" in written  # @misc's field in biber's data model
    assert biblatex.read(written) == [item]


def test_a_crossref_chain_too_long_to_be_real_is_reported_not_followed() -> None:
    text = "\n".join(f"@book{{e{i}, title = {{T}}, crossref = {{e{i + 1}}}}}"
                     for i in range(2000)) + "\n@book{e2000, title = {T}, location = {М.}}"
    items, problems = biblatex.read_with_problems(text)
    assert len(items) == 2001
    assert problems and all("chain longer than" in p.message for p in problems)
    assert items[1999]["publisher-place"] == "М."
