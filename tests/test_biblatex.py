"""BibLaTeX: the mapping table, LaTeX escapes, names, dates, errors, round trips."""

from __future__ import annotations

import json
from types import ModuleType

import pybtex.database
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biblio.csl import DATE_VARIABLES, NAME_VARIABLES, NUMBER_VARIABLES
from biblio.errors import FormatError
from biblio.formats import biblatex, bibfile, bibtex, csljson
from biblio.model import Date, Item, Name
from strategies import ITEM_VARIABLES, item_lists, items

PROPERTY = settings(max_examples=100, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def fields_of(text: str) -> dict[str, str]:
    """The fields of the one entry of `text`, as LaTeX (what a .bib reader sees)."""
    (entry,) = bibfile.parse(text).entries
    return entry.fields


def entry_type_of(text: str) -> str:
    (entry,) = bibfile.parse(text).entries
    return entry.entry_type


def only(text: str) -> Item:
    (item,) = biblatex.read(text)
    return item


# --- round trips ------------------------------------------------------------------------


@PROPERTY
@given(item_lists())
def test_read_write_round_trip_of_generated_items(generated: list[Item]) -> None:
    assert biblatex.read(biblatex.write(generated)) == generated


def test_every_gold_item_round_trips(gold_json: dict) -> None:
    gold = csljson.read(json.dumps(list(gold_json["items"].values())))
    assert biblatex.read(biblatex.write(gold)) == gold


def test_gold_items_need_no_carrier_except_a_thesis_volume(gold_json: dict) -> None:
    # biblatex's @thesis has no volume field: Bach's "mémoire … Vol. 1" is the one
    # value of the sample that the visible fields cannot hold.
    gold = csljson.read(json.dumps(list(gold_json["items"].values())))
    carried = {}
    for entry in bibfile.parse(biblatex.write(gold)).entries:
        if "verba" in entry.fields:
            carried[entry.key] = json.loads(entry.fields["verba"])
    assert carried == {"bach1981": {"volume": "1"}}


@PROPERTY
@given(item_lists())
def test_pybtex_reads_the_output(generated: list[Item]) -> None:
    database = pybtex.database.parse_string(biblatex.write(generated), "bibtex")
    assert len(database.entries) == len(generated)


def test_pybtex_reads_the_gold_output(gold_json: dict) -> None:
    gold = csljson.read(json.dumps(list(gold_json["items"].values())))
    database = pybtex.database.parse_string(biblatex.write(gold), "bibtex")
    assert database.entries["dureau1982"].persons["author"][0].prelast_names == ["du"]


# --- names --------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "latex"), [
    (Name(family="Réau", given="E.", non_dropping_particle="du"), "du Réau, E."),
    (Name(family="Lattre de Tassigny", given="J.", non_dropping_particle="de"),
     "de {Lattre de Tassigny}, J."),
    (Name(family="Duroselle", given="J.-B."), "Duroselle, J.-B."),
    (Name(family="Шубин", given="А.В."), "Шубин, А.В."),
    (Name(family="Waals", given="J.D.", non_dropping_particle="van der"),
     "van der Waals, J.D."),
    (Name(family="King", given="Martin Luther", suffix="Jr."), "King, Jr., Martin Luther"),
    (Name(literal="Институт российской истории РАН"), "{Институт российской истории РАН}"),
    (Name(literal="Simon and Schuster"), "{Simon and Schuster}"),
])
def test_names_are_written_von_last_jr_first_and_come_back_identical(
        name: Name, latex: str) -> None:
    text = biblatex.write([Item("x", "book", {"author": [name], "title": "T"})])
    assert fields_of(text)["author"] == latex
    assert "verba" not in fields_of(text)
    assert only(text).fields["author"] == [name]


@pytest.mark.parametrize(("latex", "name"), [
    ("Jean-Baptiste Duroselle", Name(family="Duroselle", given="Jean-Baptiste")),
    ("Ludwig van Beethoven", Name(family="Beethoven", given="Ludwig",
                                  non_dropping_particle="van")),
    ("Charles Louis Xavier Joseph de la Vall{\\'e}e Poussin",
     Name(family="Vallée Poussin", given="Charles Louis Xavier Joseph",
          non_dropping_particle="de la")),
    ("{\\v{S}}af{\\'a}{\\v{r}}ik, P. J.", Name(family="Šafářik", given="P. J.")),
    ("{Gosudarstvennyi arkhiv}", Name(literal="Gosudarstvennyi arkhiv")),
])
def test_names_other_tools_write_are_split_as_bibtex_splits_them(latex: str, name: Name) -> None:
    item = only(f"@book{{k, author = {{{latex}}}, title = {{T}}}}")
    assert item.fields["author"] == [name]


def test_a_dropping_particle_comes_back_through_the_carrier() -> None:
    # BibTeX has one "von" part; CSL's dropping particle (shown only with the given
    # name) is not expressible, so the exact name is carried.
    beethoven = Name(family="Beethoven", given="Ludwig", dropping_particle="van")
    text = biblatex.write([Item("b", "book", {"author": [beethoven], "title": "T"})])
    assert fields_of(text)["author"] == "van Beethoven, Ludwig"
    assert json.loads(fields_of(text)["verba"])["author"] == [
        {"family": "Beethoven", "given": "Ludwig", "dropping-particle": "van"}]
    assert only(text).fields["author"] == [beethoven]


# --- the mapping table ---------------------------------------------------------------


def test_chapter_is_incollection_with_booktitle_and_editors() -> None:
    chapter = Item("guelton2005", "chapter", {
        "author": [Name(family="Guelton", given="F.")],
        "title": "Les relations militaires franco-soviétiques",
        "container-title": "La France et l’URSS",
        "editor": [Name(family="Narinski", given="M."),
                   Name(family="Réau", given="E.", non_dropping_particle="du")],
        "publisher-place": "Paris",
        "issued": Date(parts=[[2005]]),
        "page": "72—85",
        "language": "fr",
    })
    text = biblatex.write([chapter])
    assert entry_type_of(text) == "incollection"
    assert fields_of(text) == {
        "author": "Guelton, F.",
        "title": "Les relations militaires franco-soviétiques",
        "booktitle": "La France et l’URSS",
        "editor": "Narinski, M. and du Réau, E.",
        "location": "Paris",
        "date": "2005",
        "pages": "72—85",
        "langid": "french",
    }


def test_chapter_of_a_book_with_its_own_author_is_inbook_with_bookauthor() -> None:
    chapter = Item("x", "chapter", {
        "title": "Предисловие", "container-title": "Сочинения",
        "container-author": [Name(family="Сталин", given="И.В.")],
        "author": [Name(family="Ярославский", given="Е.")]})
    text = biblatex.write([chapter])
    assert entry_type_of(text) == "inbook"
    assert fields_of(text)["bookauthor"] == "Сталин, И.В."


def test_article_has_journaltitle_volume_and_issue_as_number() -> None:
    article = Item("carley2006", "article-journal", {
        "author": [Name(family="Carley", given="M.J.")],
        "title": "A Soviet eye on France", "container-title": "Diplomacy & Statecraft",
        "volume": "17", "issue": "2", "page": "295—346", "issued": Date(parts=[[2006]]),
        "collection-title": "Seizième série"})
    fields = fields_of(biblatex.write([article]))
    assert fields["journaltitle"] == r"Diplomacy \& Statecraft"
    assert (fields["volume"], fields["number"], fields["pages"]) == ("17", "2", "295—346")
    assert fields["series"] == "Seizième série"


def test_newspaper_and_magazine_articles_are_articles_with_an_entrysubtype() -> None:
    for csl_type, subtype in (("article-newspaper", "newspaper"),
                              ("article-magazine", "magazine")):
        text = biblatex.write([Item("x", csl_type, {"title": "T", "container-title": "J"})])
        assert entry_type_of(text) == "article"
        assert fields_of(text)["entrysubtype"] == subtype
        assert only(text).type == csl_type


def test_thesis_has_type_and_institution() -> None:
    thesis = Item("x", "thesis", {"title": "Внешняя политика СССР", "genre":
                                  "дис. … канд. ист. наук", "publisher": "МГУ",
                                  "publisher-place": "Москва"})
    text = biblatex.write([thesis])
    assert entry_type_of(text) == "thesis"
    assert fields_of(text)["type"] == "дис. … канд. ист. наук"
    assert fields_of(text)["institution"] == "МГУ"


def test_multivolume_work_has_volume_and_volumes() -> None:
    text = biblatex.write([Item("x", "book", {"title": "История Второй мировой войны",
                                              "volume": "1", "number-of-volumes": "12"})])
    assert (fields_of(text)["volume"], fields_of(text)["volumes"]) == ("1", "12")


def test_a_roman_volume_is_read_as_a_volume_and_written_where_biber_accepts_it() -> None:
    # issue 12: biblatex users write volume = {II}, which is the item's volume. biber's
    # data model types volume as an integer ("biber --tool --validate-datamodel":
    # "Invalid value of field 'volume' must be datatype 'integer'" for XIII), so on the
    # way out a roman or lettered volume ("3а") stays in the carrier, and comes back.
    assert only("@book{x, title={T}, volume={XIII}}").get("volume") == "XIII"
    item = Item("x", "book", {"title": "T", "volume": "XIII"})
    text = biblatex.write([item])
    assert "volume" not in fields_of(text)
    assert only(text) == item
    lettered = Item("y", "book", {"title": "T", "volume": "3а"})
    assert "volume" not in fields_of(biblatex.write([lettered]))
    assert only(biblatex.write([lettered])) == lettered


def test_conference_paper_has_eventtitle_venue_and_eventdate() -> None:
    paper = Item("dureau2000", "paper-conference", {
        "title": "Du plan Briand au traité", "container-title": "L’URSS et l’Europe",
        "event-title": "Colloque de Moscou", "event-place": "Moscou",
        "event-date": Date(parts=[[1997, 10, 2], [1997, 10, 3]]),
        "issued": Date(parts=[[2000]])})
    text = biblatex.write([paper])
    assert entry_type_of(text) == "inproceedings"
    fields = fields_of(text)
    assert (fields["eventtitle"], fields["venue"], fields["eventdate"]) == (
        "Colloque de Moscou", "Moscou", "1997-10-02/1997-10-03")


def test_archival_file_goes_to_library_with_the_archive_as_a_group() -> None:
    # "РГАСПИ, ф. 558, оп. 11, д. 431, л. 124—125." — the file, without the folio.
    item = Item("rgaspi-558-11-431", "manuscript", {
        "archive": "РГАСПИ", "archive_location": "ф. 558, оп. 11, д. 431", "language": "ru"})
    text = biblatex.write([item])
    assert entry_type_of(text) == "unpublished"
    assert fields_of(text) == {"langid": "russian",
                               "library": "{РГАСПИ}, ф. 558, оп. 11, д. 431"}
    assert only(text) == item


def test_an_archive_name_with_a_comma_splits_back_at_its_group() -> None:
    item = Item("x", "manuscript", {"archive": "Archives nationales, Pierrefitte",
                                    "archive_location": "F/7/13490"})
    assert only(biblatex.write([item])) == item


def test_library_written_by_another_tool_is_the_archive() -> None:
    item = only("@unpublished{k, title = {Letter}, library = {Bodleian Library, MS Eng. 12}}")
    assert item.fields["archive"] == "Bodleian Library, MS Eng. 12"
    assert "archive_location" not in item.fields


def test_compiler_is_editora_with_editoratype_compiler() -> None:
    # "Сталин и Каганович. Переписка. 1931—1936 гг. / Сост. О.В. Хлевнюк …"
    item = Item("x", "book", {"title": "Сталин и Каганович. Переписка",
                              "compiler": [Name(family="Хлевнюк", given="О.В.")]})
    text = biblatex.write([item])
    assert (fields_of(text)["editora"], fields_of(text)["editoratype"]) == (
        "Хлевнюк, О.В.", "compiler")
    assert only(text) == item


def test_a_translator_of_a_thesis_goes_to_namea_with_its_role() -> None:
    # @thesis has no translator field; namea + nameatype is valid in every entry type.
    item = Item("x", "thesis", {"title": "T", "translator": [Name(family="Kahn", given="A.")]})
    text = biblatex.write([item])
    assert (fields_of(text)["namea"], fields_of(text)["nameatype"]) == ("Kahn, A.", "translator")
    assert only(text) == item


def test_translator_and_series_of_a_book() -> None:
    item = Item("x", "book", {"title": "Der Krieg", "translator": [Name(family="Ленин")],
                              "collection-title": "Studien zur Zeitgeschichte",
                              "collection-number": "12"})
    fields = fields_of(biblatex.write([item]))
    assert (fields["translator"], fields["series"], fields["number"]) == (
        "Ленин", "Studien zur Zeitgeschichte", "12")


@pytest.mark.parametrize(("language", "langid"), [
    ("ru", "russian"), ("fr", "french"), ("en", "english"), ("de", "ngerman"),
    ("en-GB", "british"), ("uk", "ukrainian")])
def test_language_is_langid(language: str, langid: str) -> None:
    text = biblatex.write([Item("x", "book", {"title": "T", "language": language})])
    assert fields_of(text)["langid"] == langid
    assert only(text).fields["language"] == language


def test_an_unmapped_type_is_misc_with_the_csl_type_as_entrysubtype() -> None:
    item = Item("x", "interview", {"title": "Беседа с А. А. Громыко"})
    text = biblatex.write([item])
    assert entry_type_of(text) == "misc"
    assert fields_of(text)["entrysubtype"] == "interview"
    assert only(text) == item


def test_fields_without_a_csl_variable_are_kept_under_their_own_name() -> None:
    text = "@book{k, title = {T}, subtitle = {A {Sub} Title}, file = {:a.pdf:PDF}}"
    item = only(text)
    assert item.fields["biblatex:subtitle"] == "A {Sub} Title"
    assert fields_of(biblatex.write([item]))["subtitle"] == "A {Sub} Title"
    assert fields_of(biblatex.write([item]))["file"] == ":a.pdf:PDF"


# --- LaTeX and dates ------------------------------------------------------------------


def test_latex_specials_are_escaped_and_come_back() -> None:
    title = "R&D: 50% of $100, #1 in snake_case, a~b, x^2, C:\\dir and {sic}"
    text = biblatex.write([Item("x", "book", {"title": title})])
    assert fields_of(text)["title"] == (
        r"R\&D: 50\% of \$100, \#1 in snake\_case, a\textasciitilde{}b, "
        r"x\textasciicircum{}2, C:\textbackslash{}dir and \{sic\}")
    assert only(text).fields["title"] == title


def test_an_unpaired_brace_is_written_as_a_text_command_so_the_file_stays_valid() -> None:
    text = biblatex.write([Item("x", "book", {"title": "a } b {"})])
    assert fields_of(text)["title"] == r"a \textbraceright{} b \textbraceleft{}"
    assert only(text).fields["title"] == "a } b {"


def test_cyrillic_stays_utf8() -> None:
    text = biblatex.write([Item("x", "book", {"title": "Сталин и Гитлер: расчёты"})])
    assert "Сталин и Гитлер: расчёты" in text
    assert "\\cyr" not in text


def test_accents_and_dashes_from_other_tools_are_decoded() -> None:
    item = only(r"""@article{k, title = {Les relations franco-sovi{\'e}tiques, 1933--1939},
        journaltitle = {Revue des {\'E}tudes slaves}, author = {M{\"u}ller, J{\"u}rgen},
        note = {Gro\ss{} und \emph{klein} --- ``so''}}""")
    assert item.fields["title"] == "Les relations franco-soviétiques, 1933–1939"
    assert item.fields["container-title"] == "Revue des Études slaves"
    assert item.fields["author"] == [Name(family="Müller", given="Jürgen")]
    assert item.fields["note"] == "Groß und <i>klein</i> — ``so''"  # CSL-JSON markup


def test_two_hyphens_in_the_data_stay_two_hyphens() -> None:
    item = Item("x", "book", {"title": "ф. Р--5446"})
    assert only(biblatex.write([item])) == item


@pytest.mark.parametrize(("date", "edtf"), [
    (Date(parts=[[1933]]), "1933"),
    (Date(parts=[[1933, 5]]), "1933-05"),
    (Date(parts=[[1997, 10, 2], [1997, 10, 3]]), "1997-10-02/1997-10-03"),
    (Date(parts=[[1930]], circa=True), "1930~"),
])
def test_dates_are_iso_8601_2(date: Date, edtf: str) -> None:
    text = biblatex.write([Item("x", "book", {"title": "T", "issued": date})])
    assert fields_of(text)["date"] == edtf
    assert only(text).fields["issued"] == date


def test_a_literal_date_has_no_edtf_form_and_comes_back_through_the_carrier() -> None:
    item = Item("x", "book", {"title": "T", "issued": Date(literal="весна 1933")})
    text = biblatex.write([item])
    assert "date" not in fields_of(text)
    assert only(text) == item


def test_bibtex_year_and_month_macro_are_read_as_issued() -> None:
    item = only("@book{k, title = {T}, year = 1962, month = apr}")
    assert item.fields["issued"] == Date(parts=[[1962, 4]])


def test_string_macros_and_concatenation_are_resolved() -> None:
    text = '@string{ac = "Académie"}\n@book{k, title = {T}, publisher = ac # { des sciences}}'
    assert only(text).fields["publisher"] == "Académie des sciences"


def test_classic_field_names_are_read_as_biber_reads_them() -> None:
    item = only("@article{k, title={T}, journal={Вопросы истории}, address={Москва}}")
    assert item.fields["container-title"] == "Вопросы истории"
    assert item.fields["publisher-place"] == "Москва"


def test_places_joined_by_and_are_a_csl_list_with_semicolons() -> None:
    item = Item("x", "book", {"title": "T", "publisher-place": "Москва; Ленинград"})
    text = biblatex.write([item])
    assert fields_of(text)["location"] == "Москва and Ленинград"
    assert only(text) == item


# --- keys -------------------------------------------------------------------------------


def test_ids_that_are_not_bibtex_keys_get_a_readable_key_and_come_back() -> None:
    first = Item("http://zotero.org/items/ABC 1", "book",
                 {"title": "T", "author": [Name(family="Мельтюхов", given="М.И.")],
                  "issued": Date(parts=[[2000]])})
    second = Item("meltyukhov2000", "book", {"title": "U"})
    text = biblatex.write([second, first])
    keys = [entry.key for entry in bibfile.parse(text).entries]
    assert keys == ["meltyukhov2000", "meltyukhov2000a"]
    assert biblatex.read(text) == [second, first]


# --- errors -------------------------------------------------------------------------


def test_unbalanced_braces_are_an_error_naming_the_line() -> None:
    text = "@book{a, title = {T}}\n\n@book{b,\n  title = {Мир {на краю},\n  year = 2004\n}\n" \
           "@book{c, title = {X}}\n"
    with pytest.raises(FormatError) as error:
        biblatex.read(text)
    assert error.value.line == 3
    assert "unbalanced braces" in str(error.value)


def test_a_missing_comma_is_an_error_naming_the_field_and_its_line() -> None:
    text = "@book{a,\n  title = {Мир}\n  year = {2004}\n}\n"
    with pytest.raises(FormatError) as error:
        biblatex.read(text)
    assert error.value.line == 2
    assert "missing comma" in str(error.value) and "'title'" in str(error.value)


def test_a_truncated_file_is_an_error() -> None:
    with pytest.raises(FormatError, match="file ends inside this entry"):
        biblatex.read("@book{a,\n  title = {Мир},\n  year = {20")


def test_a_duplicate_key_is_an_error() -> None:
    with pytest.raises(FormatError, match="Duplicate entry key 'a'") as error:
        biblatex.read("@book{a, title={X}}\n@book{a, title={Y}}\n")
    assert error.value.line == 2


def test_an_undefined_macro_keeps_the_entry_with_its_name_and_is_reported() -> None:
    # BibTeX warns "string name ... is undefined" and goes on; strict reading refuses
    items, problems = biblatex.read_with_problems("@book{a, title = {T},\n publisher = acad}")
    assert items == [Item("a", "book", {"title": "T", "publisher": "acad",
                                        "biblatex:undefined macros": "publisher=acad"})]
    assert problems[0].where == "line 2" and "macro 'acad' is not defined" in problems[0].message
    with pytest.raises(FormatError, match="macro 'acad' is not defined"):
        biblatex.read("@book{a, publisher = acad}")


@pytest.mark.parametrize("module", [biblatex, bibtex])
def test_an_undefined_macro_is_written_back_as_the_macro_it_was(module: ModuleType) -> None:
    # BibTeXing §4: a value neither braced, quoted nor a number is a macro name; its
    # @string may be in another .bib file given with this one, so ours refers to it
    # again: written as text, `month = {ar}` is a month biber's data model refuses
    text = "@article{a, title = {T}, journal = AIJ, year = {2001}, month = ar}"
    items, problems = module.read_with_problems(text)
    written = module.write(items)
    (entry,) = bibfile.parse(written).entries
    journal = "journal" if module is bibtex else "journaltitle"
    assert entry.undefined_macros == {journal: "AIJ", "month": "ar"}
    assert "month = ar" in written and f"{journal} = AIJ" in written
    again, reported = module.read_with_problems(written)
    assert again == items
    assert [p.message.split(": ")[-1] for p in reported] == \
        [p.message.split(": ")[-1] for p in problems]


@pytest.mark.parametrize("module", [biblatex, bibtex])
def test_an_undefined_macro_in_a_concatenation_is_written_back_as_the_macro(
        module: ModuleType) -> None:
    # BibTeXing §4: `#` joins braced or quoted strings, numbers and macros; `a` is
    # defined, so its text is written, MPOLLACK is not, so it stays a reference
    text = ('@string{a = "Doe, J. and "}\n'
            "@article{p, author = a # MPOLLACK # { and Roe, R.}, title = {T},\n"
            " journal = {Proc. } # AIJ, year = 2001}")
    items, problems = module.read_with_problems(text)
    assert items[0].fields["author"][1].family == "MPOLLACK"  # BibTeX's text: the name
    written = module.write(items)
    journal = "journal" if module is bibtex else "journaltitle"
    lines = [line.rstrip(",") for line in written.splitlines()]
    assert "  author = {Doe, J. and } # MPOLLACK # { and Roe, R.}" in lines
    assert f"  {journal} = {{Proc. }} # AIJ" in lines
    again, reported = module.read_with_problems(written)
    assert again == items
    assert [p.message.split(": ")[-1] for p in reported] == \
        [p.message.split(": ")[-1] for p in problems] and len(problems) == 2


def test_names_in_a_concatenation_keep_their_macro_in_any_name_form() -> None:
    # biblio writes names "Family, Given"; "Gerald J. Sussman" is the same name
    # (BibTeXing §4), so the value as written still says what was read
    text = "@article{m, author = MCDERMOTT # { and Gerald J. Sussman}, title = {T}}"
    items = biblatex.read_with_problems(text)[0]
    written = biblatex.write(items)
    assert "  author = MCDERMOTT # { and Gerald J. Sussman},\n" in written
    assert biblatex.read_with_problems(written)[0] == items


def test_a_concatenation_whose_text_changed_is_written_as_text() -> None:
    items = biblatex.read_with_problems("@article{p, title = {The } # X, date = {2001}}")[0]
    items[0].fields["title"] = "Another"
    written = biblatex.write(items)
    assert "  title = {Another},\n" in written and "title = {The } # X" not in written
    assert biblatex.read_with_problems(written)[0] == items


def test_a_braced_value_like_a_macro_name_stays_text() -> None:
    written = biblatex.write(biblatex.read("@misc{a, title = {T}, month = {ar}}"))
    assert "month = {ar}" in written and not bibfile.parse(written).entries[0].undefined_macros


def test_an_undefined_macro_inherited_through_crossref_is_written_as_the_macro() -> None:
    # biblatex manual, appendix B: a @collection's publisher is inherited by the
    # @incollection; what biber inherits is the macro (defined where it is defined)
    items = biblatex.read_with_problems(
        "@collection{c, editor = {E}, title = {C}, date = {2000}, publisher = acad}\n"
        "@incollection{i, author = {A}, title = {T}, crossref = {c}}")[0]
    (child,) = bibfile.parse(biblatex.write(items[1:])).entries  # the child alone
    assert child.undefined_macros == {"publisher": "acad"} and child.fields["publisher"] == "acad"


def test_an_aliased_concatenation_inherited_through_crossref_keeps_its_macro() -> None:
    # biblatex manual §2.2.5: `address` is an alias of `location`, which the
    # @incollection inherits from its @collection (appendix B) under that name
    items = biblatex.read_with_problems(
        "@collection{c, editor = {E}, title = {C}, date = {2000}, address = {New } # YORK}\n"
        "@incollection{i, author = {A}, title = {T}, crossref = {c}}")[0]
    (child,) = bibfile.parse(biblatex.write(items[1:])).entries
    assert child.undefined_macros == {"location": "{New } # YORK"}
    assert child.fields["location"] == "New YORK"


def test_a_crossref_child_leaves_to_inheritance_what_biber_refuses_in_its_type() -> None:
    # biber's data model: an entry type it does not know (@softwareversion) is a @misc,
    # which has no `institution`, and `license` is in no type; biber checks the child
    # as written, so those two stay with the parent; `version`, `author`, `title` and
    # `date` are @misc fields and stay written in the child
    text = ("@software{p, author = {Doe, John}, title = {Tool}, date = {1994},"
            " institution = {Inria}, license = {GPL}}\n"
            "@softwareversion{v, version = {1.1}, crossref = {p}}\n")
    items = biblatex.read(text)
    assert items[1]["biblatex:institution"] == "Inria" and items[1]["biblatex:license"] == "GPL"
    written = biblatex.write(items)
    child = bibfile.parse(written).entries[1]
    assert set(child.fields) == {"author", "title", "date", "version", "crossref"}
    assert biblatex.read(written) == items
    (alone,) = bibfile.parse(biblatex.write(items[1:])).entries  # no parent to inherit from
    assert alone.fields["institution"] == "Inria" and alone.fields["license"] == "GPL"


def test_a_crossref_child_keeps_the_fields_its_type_accepts() -> None:
    # a `year` written in the child, equal to its @proceedings parent's, stays: biber
    # checks the child as written and requires a date or year of an @inproceedings
    text = ("@proceedings{p, editor = {Zhou, Zhi-Hua}, title = {IJCAI}, year = {2021}}\n"
            "@inproceedings{c, author = {Allen, C.}, title = {T}, crossref = {p},"
            " year = {2021}}\n")
    items = biblatex.read(text)
    child = bibfile.parse(biblatex.write(items)).entries[1]
    assert child.fields["date"] == "2021" and child.fields["booktitle"] == "IJCAI"


def test_broken_entries_are_reported_with_line_and_text_and_the_rest_is_read() -> None:
    text = ("@book{a, title = {Первая}}\n"
            "@book{b,\n  title = {Мир}\n  year = {2004}\n}\n"
            "@preamble{\"\\newcommand{\\noop}[1]{}\"}\n"
            "@book{c, title = {Третья}}\n")
    read, problems = biblatex.read_with_problems(text)
    assert [item.id for item in read] == ["a", "c"]
    assert [problem.where for problem in problems] == ["line 3", "line 6"]
    assert "missing comma" in problems[0].message
    assert "@book{b,\n  title = {Мир}\n  year = {2004}\n}" in problems[0].message
    assert "@preamble" in problems[1].message


def test_a_broken_carrier_is_an_error_naming_the_entry() -> None:
    with pytest.raises(FormatError, match="entry 'k', field 'volume'") as error:
        biblatex.read('@book{k,\n  title = {T},\n  verba = {{"volume": [true]}}\n}')
    assert error.value.line == 1


def test_a_verba_field_of_another_tool_is_kept() -> None:
    item = only("@book{k, title = {T}, verba = {some\\verbatim}}")
    assert item.fields["biblatex:verba"] == "some\\verbatim"
    assert only(biblatex.write([item])) == item


@PROPERTY
@given(items("manuscript"))
def test_archival_items_round_trip(item: Item) -> None:
    assert biblatex.read(biblatex.write([item])) == [item]


def test_cyrillic_written_as_latex_commands_by_old_tools_is_decoded() -> None:
    # bibtexparser's own LaTeX encoder writes every Cyrillic letter as {\cyrX}.
    text = (r"@book{k, title = {{\CYRS}{\cyrhrdsn}{\cyre}{\cyrz}{\cyrd}: "
            r"{\cyryo}{\cyrzh}{\cyri}{\cyrk}}}")
    assert only(text).fields["title"] == "Съезд: ёжик"


@PROPERTY
@given(item_lists(), st.data())
def test_a_damaged_file_gives_a_format_error_or_problems_never_a_crash(
        generated: list[Item], data: st.DataObject) -> None:
    text = biblatex.write(generated) or "@book{k, title = {T}}"
    at = data.draw(st.integers(0, len(text) - 1))
    damage = data.draw(st.sampled_from(["cut", "delete", "insert"]))
    char = data.draw(st.sampled_from(list('{}",=#@%\\ \n')))
    damaged = {"cut": text[:at], "delete": text[:at] + text[at + 1:],
               "insert": text[:at] + char + text[at:]}[damage]
    try:
        biblatex.read(damaged)
    except FormatError as error:
        assert error.line is None or error.line >= 1
    _, problems = biblatex.read_with_problems(damaged)
    assert all(problem.where.startswith("line ") for problem in problems)


def test_a_language_field_of_one_known_language_is_the_csl_language() -> None:
    # JabRef writes `language`, biblatex styles read `langid`: both name the language.
    assert only("@book{k, title = {T}, language = {Russian}}").fields["language"] == "ru"
    mixed = only("@book{k, title = {T}, language = {russian and french}}")
    assert "language" not in mixed.fields
    assert mixed.fields["biblatex:language"] == "russian and french"


CARRIED_BY_DESIGN = {
    # (CSL type, variable) whose BibLaTeX entry type has no field for it
    # (docs/bibtex-mapping.md, "What ends up in the carrier")
    ("article-newspaper", "edition"),
    ("manuscript", "number-of-pages"),
    ("webpage", "container-title"),
    ("report", "collection-title"),
}


def sample_value(variable: str) -> object:
    if variable in NAME_VARIABLES:
        return [Name(family="Шубин", given="А.В.")]
    if variable in DATE_VARIABLES:
        return Date(parts=[[2004, 5]])
    if variable == "language":
        return "ru"
    return "12" if variable in NUMBER_VARIABLES else "Москва"


def test_every_generated_variable_has_a_visible_field_but_the_documented_ones() -> None:
    carried = set()
    for item_type, variables in ITEM_VARIABLES.items():
        for variable in variables:
            item = Item("x", item_type, {"title": "T", variable: sample_value(variable)})
            text = biblatex.write([item])
            assert only(text) == item
            if "verba" in fields_of(text):
                carried.add((item_type, variable))
    assert carried == CARRIED_BY_DESIGN


def test_a_zotero_item_gets_its_citation_key_as_entry_key_and_keeps_its_id() -> None:
    zotero = Item("http://zotero.org/users/1/items/ABCD2345", "book", {
        "title": "Упущенный шанс Сталина", "citation-key": "meltyukhov2000",
        "issued": Date(parts=[["2000"]])})
    text = biblatex.write([zotero])
    assert bibfile.parse(text).entries[0].key == "meltyukhov2000"
    assert fields_of(text)["date"] == "2000"  # a year written as a string is still a year
    assert only(text) == zotero


def test_a_raw_date_in_iso_form_is_written_as_the_date() -> None:
    item = Item("x", "book", {"title": "T", "issued": Date(raw="1939-08-23")})
    text = biblatex.write([item])
    assert fields_of(text)["date"] == "1939-08-23"
    assert only(text) == item


@pytest.mark.parametrize("entry_type", ["inproceedings", "incollection"])
@pytest.mark.parametrize("module", [biblatex, bibtex])
def test_a_journal_where_the_entry_type_has_none_is_written_back_as_journal(
        module: ModuleType, entry_type: str) -> None:
    # biblatex manual §2.2.5: `journal` is an alias of `journaltitle`, which the data
    # model gives @article and @periodical only; biber refuses either here and does not
    # take it for the booktitle, nor does BibTeX: a converter does not either (the
    # entry type may be what is wrong), it keeps the field as written
    text = (f"@{entry_type}{{l, author = {{Roe, R.}}, title = {{T}},\n"
            " journal = {Autonomous Robots}, year = {1995}}")
    items = module.read_with_problems(text)[0]
    assert "container-title" not in items[0].fields
    written = module.write(items)
    lines = [line.rstrip(",") for line in written.splitlines()]
    assert "  journal = {Autonomous Robots}" in lines
    assert "journaltitle" not in written and "booktitle" not in written
    assert module.read_with_problems(written)[0] == items


def test_a_journaltitle_where_the_entry_type_has_none_keeps_its_name() -> None:
    written = biblatex.write(biblatex.read(
        "@inproceedings{l, title = {T}, journaltitle = {J}, date = {1995}}"))
    assert "  journaltitle = {J}\n" in written and "journal =" not in written


def test_a_malformed_record_of_undefined_macros_is_carried_not_an_error() -> None:
    # a CSL-JSON item edited by hand: the record cannot be read, so the title is text
    item = Item("a", "book", {"title": "The X", "biblatex:undefined macros": "title={The } #"})
    written = biblatex.write([item])
    assert "  title = {The X},\n" in written
    assert biblatex.read_with_problems(written)[0] == [item]
