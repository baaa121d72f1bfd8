"""BibTeX and BibLaTeX as LaTeX users write them (issue 12), and the .bib inputs that
were lost, rejected or blew up (issue 13, items 4, 9, 11, 13, 14).

Expected values come from the LaTeX and biblatex manuals (what a command prints,
what biber reads), not from biblio's own output.
"""

from __future__ import annotations

import json
import sys
import time

import pytest

import biblio
from biblio.errors import FormatError
from biblio.formats import bibfile, biblatex, bibtex, convert_with_problems, csljson
from biblio.model import Date, Item, Name

NOCASE = '<span class="nocase">{}</span>'


def only(text: str) -> Item:
    (item,) = biblatex.read(text)
    return item


def written_fields(items: list[Item]) -> dict[str, str]:
    (entry,) = bibfile.parse(biblatex.write(items)).entries
    return entry.fields


# --- math, protected case, formatting commands (issue 12, defects 1, 2, 4) -------------


def test_math_stays_math_in_csl_json_and_is_written_back_as_math() -> None:
    item = only(r"@article{a, title = {The $\alpha$-helix and $x_{i}^{2}$}}")
    assert item["title"] == r"The <script>$\alpha$</script>-helix and <script>$x_{i}^{2}$</script>"
    assert written_fields([item])["title"] == r"The $\alpha$-helix and $x_{i}^{2}$"
    assert biblatex.read(biblatex.write([item])) == [item]


def test_an_escaped_dollar_is_a_dollar_sign_and_a_lone_dollar_is_text() -> None:
    assert only(r"@book{a, title = {Costs \$5}}")["title"] == "Costs $5"
    assert written_fields([Item("a", "book", {"title": "Costs $5 and $6"})])["title"] == \
        r"Costs \$5 and \$6"


def test_case_protecting_braces_are_nocase_spans_and_come_back_as_braces() -> None:
    item = only("@article{a, title = {The {DNA} of {{GROMACS}} users}}")
    assert item["title"] == ("The " + NOCASE.format("DNA") + " of "
                             + NOCASE.format(NOCASE.format("GROMACS")) + " users")
    assert written_fields([item])["title"] == "The {DNA} of {{GROMACS}} users"
    as_json = json.loads(csljson.write([item]))[0]
    assert '<span class="nocase">DNA</span>' in as_json["title"]


def test_protected_case_keeps_its_case_when_a_style_changes_case() -> None:
    items = biblatex.read("@article{a, author = {Doe, Jane}, title = {the {DNA} helix},"
                          " journaltitle = {Nature}, date = {2001}}")
    entry = biblio.render(items, style="chicago").bibliography[0]
    assert "DNA" in entry and "Dna" not in entry


@pytest.mark.parametrize(("latex", "rich"), [
    (r"{\em Pravda}", "<i>Pravda</i>"),
    (r"\emph{Pravda}", "<i>Pravda</i>"),
    (r"\textit{Pravda}", "<i>Pravda</i>"),
    (r"{\it Pravda}", "<i>Pravda</i>"),
    (r"\textbf{Pravda}", "<b>Pravda</b>"),
    (r"{\bf Pravda}", "<b>Pravda</b>"),
    (r"\textsc{nkvd}", '<span style="font-variant:small-caps;">nkvd</span>'),
    (r"{\scshape nkvd}", '<span style="font-variant:small-caps;">nkvd</span>'),
    (r"20\textsuperscript{th}", "20<sup>th</sup>"),
    (r"H\textsubscript{2}O", "H<sub>2</sub>O"),
    (r"{\bf Bold {\em and italic}}", "<b>Bold <i>and italic</i></b>"),
])
def test_formatting_commands_become_csl_rich_text(latex: str, rich: str) -> None:
    item = only(f"@book{{a, title = {{{latex}}}}}")
    assert item["title"] == rich
    assert biblatex.read(biblatex.write([item])) == [item]


def test_foreignlanguage_is_text_and_gives_the_item_its_language() -> None:
    item = only(r"@book{a, title = {\foreignlanguage{russian}{Война и мир}}}")
    assert item["title"] == "Война и мир"
    assert item["language"] == "ru"
    polyglossia = only(r"@book{a, title = {\textrussian{Война}}, langid = {french}}")
    assert polyglossia["title"] == "Война" and polyglossia["language"] == "fr"


def test_spacing_commands_are_the_characters_they_print() -> None:
    # LaTeX: \, is a thin space that does not break (U+202F), ~ a no-break space,
    # \- a discretionary hyphen (U+00AD), \@ and \relax print nothing
    item = only(r"@book{a, title = {J.\,R. Tolkien~et al\@. Ab\-c {\relax Дж}}}")
    assert item["title"] == "J.\u202fR. Tolkien\u00a0et al. Ab\u00adc Дж"


@pytest.mark.parametrize(("latex", "text"), [
    (r"\'{\i}", "í"), (r"\'\i", "í"), (r"\"{o}", "ö"), (r"{\"o}", "ö"), (r"\c{c}", "ç"),
    (r"\v{s}", "š"), (r"\'{}", "\u0301"), (r"\~n", "ñ"), (r"\u{a}", "ă"),
])
def test_accents_are_the_accented_letters(latex: str, text: str) -> None:
    assert only(f"@book{{a, title = {{x{latex}}}}}")["title"] == "x" + text


def test_unknown_commands_are_kept_as_written_not_escaped() -> None:
    item = only(r"@article{a, title = {Water \ce{H2O} in {\small print} by \LaTeX}}")
    written = written_fields([item])["title"]
    assert r"\ce{H2O}" in written and r"{\small print}" in written and r"\LaTeX" in written
    assert "textbackslash" not in written
    assert biblatex.read(biblatex.write([item])) == [item]


def test_chained_accents_and_deep_braces_decode_without_recursion() -> None:
    # issue 13, item 4: about 500 chained accents raised RecursionError
    depth = sys.getrecursionlimit() + 100
    accents = only("@book{a, title = {" + "\\'" * depth + "e}}")["title"]
    assert accents.startswith("é") and len(accents) == depth
    nested = only("@book{a, title = {" + "{" * depth + "x" + "}" * depth + "}}")["title"]
    assert nested.count("nocase") == depth and "x" in nested


# --- what BibTeX and biber read with a warning (defects 5, 6; issue 13) -----------------


def test_a_repeated_field_keeps_the_first_value_and_reports_the_second() -> None:
    items, problems = biblatex.read_with_problems(
        "@book{a,\n  title = {First},\n  title = {Second}\n}")
    assert items[0]["title"] == "First"
    assert [p.where for p in problems] == ["line 3"]
    assert "field 'title' repeated" in problems[0].message and "Second" in problems[0].message


def test_a_value_ending_in_a_double_backslash_is_balanced() -> None:
    # issue 13, item 14: BibTeX counts braces only; "\\" is a line break
    item = only("@book{a, title = {Line one\\\\}, note = {n}}")
    assert item["title"] == "Line one" and item["note"] == "n"


def test_an_entry_without_its_at_sign_is_reported_not_skipped_silently() -> None:
    items, problems = biblatex.read_with_problems(
        "@book{a, title = {A}}\n\nbook{b,\n  title = {B}}\n@book{c, title = {C}}")
    assert [item.id for item in items] == ["a", "c"]
    assert [p.where for p in problems] == ["line 3"]
    assert "without its '@'" in problems[0].message


def test_chained_string_macros_are_bounded_and_the_entry_reported() -> None:
    # issue 13, item 13: 26 chained @strings double a value 26 times (67 MB); BibTeX
    # itself stops at its buffer size. Reading must stay fast and report the entry.
    strings = '@string{a0 = "xx"}\n' + "".join(
        f"@string{{a{i + 1} = a{i} # a{i}}}\n" for i in range(28))
    start = time.perf_counter()
    items, problems = biblatex.read_with_problems(
        strings + "@book{big, title = a28}\n@book{ok, title = a3}\n")
    assert time.perf_counter() - start < 5
    assert [item.id for item in items] == ["ok"] and items[0]["title"] == "xx" * 8
    assert any(p.where == "line 30" and "expands beyond 1,000,000 characters" in p.message
               for p in problems)


def test_preamble_and_comment_survive_a_bib_to_bib_conversion() -> None:
    # issue 13, item 9
    text = ('@preamble{"\\providecommand{\\noopsort}[1]{}"}\n'
            "@comment{jabref-meta: databaseType:biblatex;}\n"
            "@book{a, title = {T}}\n")
    output, problems = convert_with_problems(text, "biblatex", "biblatex")
    assert problems == []
    assert output.startswith('@preamble{"\\providecommand{\\noopsort}[1]{}"}\n\n'
                             "@comment{jabref-meta: databaseType:biblatex;}\n")
    assert biblatex.read(output) == biblatex.read(text)
    _, into_json = convert_with_problems(text, "biblatex", "csljson")
    assert [p.where for p in into_json] == ["line 1", "line 2"]
    assert all("not carried into csljson" in p.message for p in into_json)


def test_a_crossref_to_a_missing_entry_is_reported_by_convert() -> None:
    _, problems = convert_with_problems("@inbook{a, title = {T}, crossref = {nowhere}}",
                                        "biblatex", "csljson")
    assert "crossref 'nowhere' names no entry" in problems[0].message
    with pytest.raises(FormatError, match="names no entry"):
        biblatex.read("@inbook{a, title = {T}, crossref = {nowhere}}")


# --- the mapping (defects 3, 7, 8, 9, 10) --------------------------------------------


@pytest.mark.parametrize("module", [biblatex, bibtex])
def test_phdthesis_school_and_techreport_institution_are_the_publisher(module) -> None:
    thesis = module.read("@phdthesis{t, author = {Doe, Jane}, title = {T},"
                         " school = {Universität Wien}, year = 2025}")[0]
    report = module.read("@techreport{r, title = {R}, institution = {CERN}, year = 2020}")[0]
    assert thesis["publisher"] == "Universität Wien" and report["publisher"] == "CERN"
    assert "Universität Wien" in biblio.render([thesis], style="chicago").bibliography[0]
    assert module.read(module.write([thesis])) == [thesis]


def test_entrysubtype_has_its_documented_mapping_and_unknown_ones_come_back() -> None:
    assert only("@article{a, title = {T}, entrysubtype = {newspaper}}").type == \
        "article-newspaper"
    item = only("@book{b, title = {T}, entrysubtype = {anthology}}")
    assert item.type == "book" and item["biblatex:entrysubtype"] == "anthology"
    assert written_fields([item])["entrysubtype"] == "anthology"
    assert biblatex.read(biblatex.write([item])) == [item]


@pytest.mark.parametrize(("written", "date"), [
    ("2000/", Date(raw="2000/")),
    ("../1999", Date(raw="../1999")),
    ("2004-04-05T14:34:00Z", Date(parts=[[2004, 4, 5]], raw="2004-04-05T14:34:00Z")),
    # biblatex manual §2.3.8: "?" uncertain (no CSL form: kept as written), and EDTF
    # seasons 21–24 (CSL seasons 1–4; biber reads "2004-22" as summer 2004)
    ("2000?", Date(raw="2000?")),
    ("2004-22", Date(parts=[[2004]], season=2)),
    # a range of seasons is EDTF biber reads (summer to autumn 2012); a CSL date has
    # one season, so it is kept as written rather than as months 22 and 23
    ("2012-22/2012-23", Date(raw="2012-22/2012-23")),
])
def test_open_ranges_times_uncertain_dates_and_seasons_are_written_back_as_edtf(written: str, date: Date) -> None:
    item = only(f"@book{{a, title = {{T}}, date = {{{written}}}}}")
    assert item["issued"] == date
    fields = written_fields([item])
    assert fields["date"] == written and "verba" not in fields


def test_a_title_whose_raw_latex_cuts_escaped_braces_is_still_written_visibly() -> None:
    # Better BibTeX writes `\{\{\vphantom{\}\}}{{GaAs}}`: balanced as BibTeX counts
    # braces (escaped ones too), but the unknown command kept as written,
    # `\vphantom{\}\}}`, is not; biblatex requires a title, so one that prints the same
    # is written, balanced, and the exact one is carried
    item = only(r"@article{a, journaltitle = {J}, date = {2012},"
                r" title = {On \{\{\vphantom{\}\}}{{GaAs}}\vphantom\{\}\vphantom\{\} wires}}")
    fields = written_fields([item])
    title = fields["title"]
    assert title.count("{") == title.count("}") and "{{GaAs}}" in title
    assert r"\vphantom{\textbraceright{}\textbraceright{}}" in title
    assert "textbackslash" not in title and "verba" in fields
    assert biblatex.read(biblatex.write([item])) == [item]


def test_biblatex_extended_name_format() -> None:
    # biblatex manual §3.4: useprefix=true prints and sorts the prefix with the family
    item = only("@book{a, title = {T}, author = {family=Lange, given=Niek, prefix=de,"
                " useprefix=true and given={Jean Baptiste}, family=Say, prefix=de}}")
    assert item["author"] == [
        Name(family="Lange", given="Niek", non_dropping_particle="de"),
        Name(family="Say", given="Jean Baptiste", dropping_particle="de")]


def test_journal_and_journaltitle_that_differ_are_both_kept_and_reported() -> None:
    items, problems = biblatex.read_with_problems(
        "@article{a, title = {T},\n journaltitle = {Voprosy istorii},\n journal = {VI}}")
    assert items[0]["container-title"] == "Voprosy istorii"
    assert items[0]["biblatex:journal"] == "VI"
    assert problems[0].where == "line 1" and "journal = {VI} differs" in problems[0].message
    written = written_fields(items)
    assert (written["journaltitle"], written["journal"]) == ("Voprosy istorii", "VI")
    same, none = biblatex.read_with_problems(
        "@article{a, journaltitle = {VI}, journal = {VI}}")
    assert none == [] and "biblatex:journal" not in same[0]


def test_a_collection_in_an_mvcollection_gains_no_volume_title_on_the_way_back() -> None:
    text = """@mvcollection{mv, title = {Sochineniia}, editor = {Ivanov, I.}, date = {1990}}
    @collection{v2, crossref = {mv}, volume = {2}}
    @incollection{ch, title = {Glava}, crossref = {v2}, pages = {1--9}}"""
    items = biblatex.read(text)
    assert "volume-title" not in items[1] and items[1]["title"] == "Sochineniia"
    assert biblatex.read(biblatex.write(items)) == items


def test_crossref_style_csl_json_list_values_are_read_and_written_back() -> None:
    # issue 12, defect 11: Crossref writes "title": ["…"], "container-title": [...]
    text = json.dumps([{"id": "x", "type": "article-journal", "title": ["Deep learning"],
                        "container-title": ["Nature", "Nat."], "page": "436-444"}])
    (item,) = csljson.read(text)
    assert (item["title"], item["container-title"]) == ("Deep learning", "Nature")
    assert json.loads(csljson.write([item])) == json.loads(text)
    assert biblatex.read(biblatex.write([item])) == [item]


def test_an_inbook_without_a_bookauthor_is_written_back_as_an_inbook() -> None:
    # biber's data model: @incollection needs an editor, @inbook does not; an @inbook
    # read as a CSL chapter must not come back as an @incollection with no editor
    item = only("@inbook{a, author = {Eston, Peter}, title = {T}, booktitle = {B}, "
                "date = {1993}, publisher = {P}}")
    assert item.type == "chapter"
    assert biblatex.write([item]).startswith("@inbook{a,")
    assert biblatex.read(biblatex.write([item])) == [item]
