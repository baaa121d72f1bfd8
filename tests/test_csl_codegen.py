"""The generated functions of macros and layouts (render/csl/codegen.py): one function each,
the CSL 1.0.2 rules of group, choose, macro and decoration kept, and the closures still
serving what the generator leaves to them (a substitute's group, second-field-align).

Expected strings are worked out by hand from the specification's rules (§Group suppression,
§Choose, §Affixes, §Delimiter, §Text-case), not copied from a run."""

from __future__ import annotations

import pytest

from biblio.errors import StyleError
from biblio.render.csl import Processor, compile_style

HEAD = '<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">\n<info><id/><title/></info>\n'


def render(body: str, items: list[dict], layout: str, second_field_align: str = "") -> tuple[list[str], list[str]]:
    """(citations, bibliography entries) of a style of the macros `body` and `layout` in both."""
    align = f' second-field-align="{second_field_align}"' if second_field_align else ""
    xml = HEAD + body + f"<citation>{layout}</citation>\n<bibliography{align}>{layout}</bibliography></style>"
    processor = Processor(compile_style(xml), items, "text")
    cites = processor.citations([[{"id": item["id"]}] for item in items])
    return cites, processor.bibliography()


BOOK = {"id": "a", "type": "book", "title": "war and peace", "publisher": "Nauka",
        "author": [{"family": "Tolstoy", "given": "Lev"}], "issued": {"date-parts": [[1869]]}}
ARTICLE = {"id": "b", "type": "article-journal", "title": "on time", "container-title": "Mind",
           "issued": {"date-parts": [[1908]]}}

MACROS = """
<macro name="creator"><names variable="author"><name/></names></macro>
<macro name="where"><group delimiter=": " prefix="(" suffix=")">
  <text variable="publisher-place"/><text variable="publisher"/></group></macro>
<macro name="kind"><choose><if type="book"><text value="book" text-case="uppercase"/>
  <text variable="publisher"/></if><else><text variable="container-title" font-style="italic"/>
  </else></choose></macro>
"""
LAYOUT = """<layout suffix="."><group delimiter=", "><text macro="creator"/><text variable="title"
  quotes="true"/><text macro="kind"/><text macro="where"/><date variable="issued"><date-part
  name="year"/></date></group></layout>"""


def test_each_macro_and_the_layout_are_one_generated_function() -> None:
    style = compile_style(HEAD + MACROS + f"<citation>{LAYOUT}</citation></style>")
    Processor(style, [BOOK], "text").citations([[{"id": "a"}]])
    # after its first call the layout holds its compiled function itself, called with no wrapper
    layout = style.citation.default.render
    assert layout.__code__.co_filename == "<CSL citation layout>"
    namespace = layout.__globals__
    assert namespace["layout"] is layout
    generated = {name: function for name, function in namespace.items() if name.startswith("macro_")}
    assert len(generated) == 3  # creator, kind, where: each generated once, called by name
    assert all(function.__code__.co_filename.endswith(name + ">") for name, function in generated.items())


def test_a_group_without_its_variables_is_suppressed_and_its_affixes_with_it() -> None:
    # "where" has no publisher-place or publisher for the article: no "()" is left
    cites, _ = render(MACROS, [ARTICLE], LAYOUT)
    # en-US puts the comma inside the closing quote (punctuation-in-quote)
    assert cites == ['“on time,” Mind, 1908.']


def test_a_choose_branch_of_several_elements_is_delimited_by_the_enclosing_group() -> None:
    # the book's branch prints two pieces: the group puts its ", " between them as between
    # its own children
    layout = ('<layout><group delimiter=", "><text variable="title"/><choose><if type="book">'
              '<text value="book"/><text variable="publisher"/></if></choose></group></layout>')
    cites, entries = render("", [BOOK], layout)
    assert cites == ["war and peace, book, Nauka"]
    assert entries == cites


def test_a_macros_pieces_are_one_piece_of_the_calling_group() -> None:
    # "kind"'s branch prints "BOOK" and "Nauka" in the macro, which has no delimiter; the
    # layout's group delimits the macro's output as one of its children; "where" prints
    # "(Nauka)" without the missing place
    cites, _ = render(MACROS, [BOOK], LAYOUT)
    assert cites == ["Lev Tolstoy, “war and peace,” BOOKNauka, (Nauka), 1869."]


def test_a_group_of_terms_only_prints_nothing() -> None:
    body = '<macro name="m"><group delimiter=" "><text term="edition"/><text variable="edition"/></group></macro>'
    layout = '<layout><text variable="title"/><text macro="m" prefix=" [" suffix="]"/></layout>'
    cites, _ = render(body, [BOOK], layout)
    assert cites == ["war and peace"]


def test_a_macro_that_prints_only_a_term_counts_as_filled_in_its_group() -> None:
    body = '<macro name="m"><text term="anonymous"/></macro>'
    layout = ('<layout><group delimiter=" "><text macro="m"/><text variable="volume"/></group>'
              '</layout>')
    cites, _ = render(body, [BOOK], layout)
    assert cites == ["anonymous"]


def test_text_case_on_a_macro_call_applies_to_its_whole_output() -> None:
    body = '<macro name="t"><text variable="title"/><text variable="publisher" prefix=" / "/></macro>'
    cites, _ = render(body, [BOOK], '<layout><text macro="t" text-case="uppercase"/></layout>')
    assert cites == ["WAR AND PEACE / NAUKA"]


def test_an_else_before_other_branches_ends_the_choose() -> None:
    layout = ('<layout><choose><if type="chapter"><text value="chapter"/></if><else>'
              '<text value="other"/></else></choose></layout>')
    cites, _ = render("", [BOOK], layout)
    assert cites == ["other"]


def test_a_group_inside_a_substitute_still_renders_through_the_closures() -> None:
    body = ('<macro name="creator"><names variable="author"><name/><substitute>'
            '<group delimiter=" "><text value="ed."/><text variable="container-title"/></group>'
            '</substitute></names></macro>')
    cites, _ = render(body, [ARTICLE, BOOK], '<layout><text macro="creator"/></layout>')
    assert cites == ["ed. Mind", "Lev Tolstoy"]


def test_a_second_field_align_layout_falls_back_to_the_closures() -> None:
    layout = ('<layout><text variable="citation-number" suffix="."/><group delimiter=", ">'
              '<text variable="title"/><text variable="publisher"/></group></layout>')
    _, entries = render("", [BOOK, ARTICLE], layout, second_field_align="flush")
    # plain text: the number in its margin block, then a space, then the rest (citeproc-js)
    assert entries == ["1. war and peace, Nauka", "2. on time"]


def test_an_undefined_macro_inside_a_generated_group_is_named_with_its_line() -> None:
    xml = HEAD + '<citation><layout><group>\n<text macro="nowhere"/></group></layout></citation></style>'
    with pytest.raises(StyleError, match="macro='nowhere'") as caught:
        compile_style(xml)
    assert caught.value.line == 4


def test_a_branch_element_out_of_place_in_a_group_is_named() -> None:
    xml = HEAD + '<citation><layout><group>\n<if type="book"/></group></layout></citation></style>'
    with pytest.raises(StyleError, match="<if>: cannot appear inside <group>") as caught:
        compile_style(xml)
    assert caught.value.line == 4


def test_a_title_used_up_by_a_substitute_is_not_printed_again_by_the_layout() -> None:
    # §Substitute: the substituted variable is suppressed in the rest of the output
    layout = ('<layout><group delimiter=". "><names variable="author"><name/><substitute>'
              '<text variable="title"/></substitute></names><text variable="title" '
              'text-case="uppercase"/><text variable="container-title"/></group></layout>')
    cites, _ = render("", [ARTICLE, BOOK], layout)
    assert cites == ["on time. Mind", "Lev Tolstoy. WAR AND PEACE"]


def test_a_short_title_falls_back_to_the_title_and_strips_its_periods() -> None:
    item = {**BOOK, "title": "War and peace, vol. 1"}
    layout = '<layout><text variable="title" form="short" strip-periods="true" prefix="[" suffix="]"/></layout>'
    cites, _ = render("", [item, {**item, "id": "s", "title-short": "W. and P."}], layout)
    assert cites == ["[War and peace, vol 1]", "[W and P]"]


def test_a_term_and_a_value_are_printed_but_fill_no_group() -> None:
    layout = ('<layout><group delimiter=" "><text term="in"/><text value="a value"/>'
              '<text variable="edition"/></group><text term="in" text-case="capitalize-first"/></layout>')
    cites, _ = render("", [BOOK], layout)
    assert cites == ["In"]
