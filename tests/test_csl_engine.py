"""biblio's own CSL processor (render/csl) on hand-written styles: each expected string is
what the CSL 1.0.2 specification, or the locale file it names, says the output is."""

from __future__ import annotations

import pytest

from biblio.errors import StyleError
from biblio.render.csl import Processor, compile_style
from biblio.render.csl.numbers import format_page_range

HEAD = '<style xmlns="http://purl.org/net/xbiblio/csl" class="{cls}" version="1.0"{attrs}>\n<info><id/><title/></info>\n'


def style(citation: str, bibliography: str = "", cls: str = "in-text", attrs: str = "",
          citation_attrs: str = "") -> str:
    text = HEAD.format(cls=cls, attrs=attrs)
    text += f"<citation{citation_attrs}>{citation}</citation>\n"
    if bibliography:
        text += f"<bibliography>{bibliography}</bibliography>\n"
    return text + "</style>"


def cite(xml: str, items: list[dict], clusters: list[list[dict]] | None = None, output: str = "text") -> list[str]:
    processor = Processor(compile_style(xml), items, output)
    clusters = clusters or [[{"id": item["id"]} for item in items]]
    return processor.citations(clusters)


DOE = {"id": "doe", "type": "book", "title": "the lord of the rings",
       "author": [{"family": "Doe", "given": "John"}, {"family": "Roe", "given": "Jane"},
                  {"family": "Poe", "given": "Edgar"}, {"family": "Moe", "given": "Ann"}],
       "issued": {"date-parts": [[2000, 5, 1], [2000, 5, 3]]}}


# -- invalid styles: one StyleError naming element, line and problem ---------------------------

def test_unknown_element_is_named_with_its_line() -> None:
    xml = style('<layout>\n<txt variable="title"/>\n</layout>')
    with pytest.raises(StyleError) as caught:
        compile_style(xml)
    assert "<txt>" in str(caught.value)
    assert caught.value.line == 4


def test_undefined_macro_is_named() -> None:
    with pytest.raises(StyleError, match="macro='missing'"):
        compile_style(style('<layout><text macro="missing"/></layout>'))


def test_misspelled_position_is_rejected_not_ignored() -> None:
    with pytest.raises(StyleError, match="position='ibidem'"):
        compile_style(style('<layout><choose><if position="ibidem"><text value="x"/></if></choose></layout>'))


def test_malformed_xml_names_the_line() -> None:
    with pytest.raises(StyleError) as caught:
        compile_style(style("<layout>\n<text value='x'>\n</layout>"), source="broken.csl")
    assert caught.value.line is not None and "broken.csl" in str(caught.value)


def test_style_without_citation_is_refused() -> None:
    with pytest.raises(StyleError, match="no <citation>"):
        compile_style(HEAD.format(cls="note", attrs="") + "</style>")


# -- names, dates, text case -----------------------------------------------------------------

def test_et_al_after_min_names_shows_use_first() -> None:
    xml = style('<layout><names variable="author"><name form="short"/></names></layout>',
                citation_attrs=' et-al-min="3" et-al-use-first="1"')
    assert cite(xml, [DOE]) == ["Doe et al."]


def test_two_names_joined_by_the_and_term_without_comma() -> None:
    item = dict(DOE, author=DOE["author"][:2])
    xml = style('<layout><names variable="author"><name and="text"/></names></layout>')
    assert cite(xml, [item]) == ["John Doe and Jane Roe"]


def test_inverted_first_name_with_initials() -> None:
    item = dict(DOE, author=[{"family": "Doe", "given": "John Paul"}])
    xml = style('<layout><names variable="author"><name name-as-sort-order="first" initialize-with=". "/>'
                "</names></layout>")
    assert cite(xml, [item]) == ["Doe, J. P."]


def test_date_range_within_one_month_shares_month_and_year() -> None:
    xml = style('<layout><date variable="issued" delimiter=" "><date-part name="day"/>'
                '<date-part name="month"/><date-part name="year"/></date></layout>')
    assert cite(xml, [DOE]) == ["1–3 May 2000"]


def test_title_case_keeps_stop_words_lowercase_inside() -> None:
    xml = style('<layout><text variable="title" text-case="title"/></layout>')
    assert cite(xml, [DOE]) == ["The Lord of the Rings"]


def test_title_case_decides_a_repeated_word_by_its_place_each_time() -> None:
    """A word's reading is remembered (textcase._title_word), its place never: the same "of"
    opens (capital), stands inside (lower case), follows a colon and ends (capitals)."""
    item = dict(DOE, title="of the war Of words: of the end of")
    xml = style('<layout><text variable="title" text-case="title"/></layout>')
    assert cite(xml, [item]) == ["Of the War of Words: Of the End Of"]


def test_title_case_is_for_english_items_only() -> None:
    item = dict(DOE, language="de")
    xml = style('<layout><text variable="title" text-case="title"/></layout>')
    assert cite(xml, [item]) == ["the lord of the rings"]


# -- quotes, punctuation, output formats -----------------------------------------------------

def test_quotes_inside_a_quoted_title_flip_to_inner_quotes() -> None:
    item = dict(DOE, title='On "Hamlet" again')
    xml = style('<layout><text variable="title" quotes="true"/></layout>')
    assert cite(xml, [item]) == ["“On ‘Hamlet’ again”"]


def test_period_after_quoted_title_moves_inside_in_american_english() -> None:
    xml = style('<layout><text variable="title" quotes="true" suffix="."/></layout>', attrs=' default-locale="en-US"')
    assert cite(xml, [DOE]) == ["“the lord of the rings.”"]


def test_period_stays_outside_the_quote_in_british_english() -> None:
    xml = style('<layout><text variable="title" quotes="true" suffix="."/></layout>', attrs=' default-locale="en-GB"')
    assert cite(xml, [DOE]) == ["‘the lord of the rings’."]


def test_html_output_escapes_ampersand_and_writes_italics() -> None:
    item = dict(DOE, title="Fish & Chips")
    xml = style('<layout><text variable="title" font-style="italic"/></layout>')
    assert cite(xml, [item], output="html") == ["<i>Fish &#38; Chips</i>"]


def test_markdown_output_writes_italics_with_asterisks() -> None:
    xml = style('<layout><text variable="title" font-style="italic"/></layout>')
    assert cite(xml, [DOE], output="markdown") == ["*the lord of the rings*"]


def test_italic_inside_italic_is_set_upright() -> None:
    item = dict(DOE, title="Reading <i>Ulysses</i>")
    xml = style('<layout><text variable="title" font-style="italic"/></layout>')
    assert cite(xml, [item], output="html") == ['<i>Reading <span style="font-style:normal;">Ulysses</span></i>']


# -- locales ------------------------------------------------------------------------------------

def test_terms_come_from_the_locale_files_citeproc_py_ships() -> None:
    xml = style('<layout><names variable="author"><name and="text"/></names></layout>', attrs=' default-locale="de-DE"')
    assert cite(xml, [dict(DOE, author=DOE["author"][:2])]) == ["John Doe und Jane Roe"]


def test_layout_locale_picks_the_terms_of_the_items_language() -> None:
    xml = style('<layout locale="ru"><text term="ibid"/></layout><layout><text term="ibid"/></layout>',
                attrs=' default-locale="en-US"')
    items = [dict(DOE, id="ru", language="ru-RU"), dict(DOE, id="en", language="en")]
    assert cite(xml, items, [[{"id": "ru"}], [{"id": "en"}]]) == ["там же", "ibid."]



def test_locale_files_outside_a_directory_are_a_style_error_not_missing_terms(
        monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    # a citeproc-py whose data is not a directory (a zipped install) would leave every
    # term empty: it is said instead
    from importlib.machinery import ModuleSpec

    from biblio.render.csl import locales

    spec = ModuleSpec("citeproc", None, is_package=True)
    spec.submodule_search_locations = [str(tmp_path / "citeproc.zip" / "citeproc")]
    monkeypatch.setattr(locales, "find_spec", lambda name: spec)
    locales._locales_dir.cache_clear()
    try:
        with pytest.raises(StyleError, match="locale files"):
            locales._locales_dir()
    finally:
        locales._locales_dir.cache_clear()

# -- positions, numbers, disambiguation ---------------------------------------------------------

NOTE_LAYOUT = ('<layout><choose><if position="ibid-with-locator"><text value="Ibid., "/><text variable="locator"/></if>'
               '<else-if position="ibid"><text value="Ibid."/></else-if>'
               '<else-if position="subsequent"><text value="Short"/></else-if>'
               '<else><text value="Full"/></else></choose></layout>')


def test_positions_first_ibid_ibid_with_locator_subsequent() -> None:
    other = {"id": "other", "type": "book", "title": "Other"}
    clusters = [[{"id": "doe"}], [{"id": "doe"}], [{"id": "doe", "locator": "7"}], [{"id": "other"}], [{"id": "doe"}]]
    assert cite(style(NOTE_LAYOUT, cls="note"), [DOE, other], clusters) == [
        "Full", "Ibid.", "Ibid., 7", "Full", "Short"]


def test_citation_numbers_follow_the_order_of_first_citation() -> None:
    items = [dict(DOE, id="a"), dict(DOE, id="b")]
    xml = style('<layout delimiter=", "><text variable="citation-number"/></layout>')
    assert cite(xml, items, [[{"id": "b"}], [{"id": "a"}, {"id": "b"}]]) == ["1", "2, 1"]


def test_citation_numbers_collapse_into_a_range() -> None:
    items = [dict(DOE, id=str(n)) for n in range(1, 5)]
    xml = style('<layout delimiter=", "><text variable="citation-number"/></layout>',
                citation_attrs=' collapse="citation-number"')
    assert cite(xml, items) == ["1–4"]


def test_year_suffix_tells_apart_one_authors_works_of_one_year() -> None:
    items = [{"id": "a", "author": [{"family": "Doe"}], "issued": {"date-parts": [[2000]]}, "title": "A"},
             {"id": "b", "author": [{"family": "Doe"}], "issued": {"date-parts": [[2000]]}, "title": "B"}]
    xml = style('<layout delimiter="; "><group delimiter=" "><names variable="author"/>'
                '<date variable="issued"><date-part name="year"/></date></group></layout>',
                citation_attrs=' disambiguate-add-year-suffix="true"')
    assert cite(xml, items) == ["Doe 2000a; Doe 2000b"]


@pytest.mark.parametrize(("fmt", "expected"), [
    ("expanded", "321–328"), ("minimal", "321–8"), ("minimal-two", "321–28"), ("chicago", "321–28"),
])
def test_page_range_formats_of_the_specification(fmt: str, expected: str) -> None:
    assert format_page_range("321-328", fmt) == expected


@pytest.mark.parametrize("text", ["45", "45, 47 & 52", "xiv", "С. 45"])
def test_pages_without_a_range_are_kept_as_written(text: str) -> None:
    # CSL 1.0.2 §Page Ranges applies to ranges only; a list's separators stay as typed
    assert format_page_range(text, "chicago") == text


def test_a_list_of_ranges_is_formatted_range_by_range() -> None:
    # "chicago" is CSL's chicago-15: all four digits where three change ("1496–1504")
    assert format_page_range("321-328, 45 & 1496-1504", "chicago") == "321–28, 45 & 1496–1504"


def test_a_groups_delimiter_applies_within_the_output_of_choose() -> None:
    # CSL 1.0.2 §Choose: delimiters of the nearest delimiting ancestor apply within cs:choose
    xml = style('<layout><group delimiter=". "><text variable="title"/><choose><if type="book">'
                '<text value="one"/><text value="two"/></if></choose></group></layout>')
    assert cite(xml, [DOE]) == ["the lord of the rings. one. two"]


def test_a_layout_for_another_language_compiled_on_first_use_has_its_terms() -> None:
    xml = style('<layout locale="fr"><text term="and"/></layout><layout><text term="and"/></layout>')
    french = {"id": "fr", "type": "book", "language": "fr"}
    assert cite(xml, [DOE, french], [[{"id": "doe"}], [{"id": "fr"}]]) == ["and", "et"]


def test_et_al_use_first_zero_shows_no_name() -> None:
    xml = style('<layout><names variable="author"><name et-al-min="2" et-al-use-first="0"/></names>'
                '<text value="|"/></layout>')
    assert cite(xml, [DOE]) == ["|"]


def test_a_page_locator_takes_the_page_range_format_and_the_and_symbol() -> None:
    xml = style('<layout><text variable="locator"/></layout>', attrs=' page-range-format="expanded"')
    assert cite(xml, [DOE], [[{"id": "doe", "locator": "427-30 & 5", "label": "page"}]]) == ["427–430 & 5"]


def test_turkish_uppercase_dots_the_capital_i() -> None:
    xml = style('<layout><text variable="title" text-case="uppercase"/></layout>')
    item = {"id": "tr", "type": "book", "title": "ic ıd", "language": "tr"}
    assert cite(xml, [item]) == ["İC ID"]


def test_plain_text_puts_a_space_after_the_left_margin_as_citeproc_js() -> None:
    xml = style('<layout><text value="x"/></layout>',
                '<layout><text variable="citation-number" display="left-margin" suffix="."/>'
                '<text variable="title" display="right-inline"/></layout>')
    processor = Processor(compile_style(xml), [DOE], "text")
    processor.register(["doe"])
    assert processor.bibliography() == ["1. the lord of the rings"]


def test_initials_already_hyphenated_keep_their_hyphen() -> None:
    # §Name initialize-with-hyphen (default true): "Jean-Baptiste" and "J.-B." both give "J.-B."
    xml = style('<layout delimiter="; "><names variable="author"><name initialize-with="."/></names></layout>')
    items = [{"id": "a", "type": "book", "author": [{"family": "Duroselle", "given": "J.-B."}]},
             {"id": "b", "type": "book", "author": [{"family": "Duroselle", "given": "Jean-Baptiste"}]}]
    assert cite(xml, items) == ["J.-B. Duroselle; J.-B. Duroselle"]


def test_initials_as_written_keep_their_hyphen_when_not_initializing() -> None:
    # §Name initialize="false": initials present get initialize-with, and initialize-with-hyphen
    # (default true) keeps "J.-B." hyphenated; citeproc-js 2.4 sets it apart ("J. B."): a departure
    xml = style('<layout><names variable="author"><name initialize="false" initialize-with=". "/></names></layout>')
    item = {"id": "a", "type": "book", "author": [{"family": "Duroselle", "given": "J.-B."}]}
    assert cite(xml, [item]) == ["J.-B. Duroselle"]


def test_numbers_in_sort_keys_compare_by_value() -> None:
    # citeproc-js collates numerically: fond 5 before fond 17 before fond 0136
    xml = style('<layout><text value="x"/></layout>',
                '<sort><key variable="title"/></sort><layout><text variable="title"/></layout>')
    items = [{"id": str(n), "type": "book", "title": f"ф. {n}"} for n in ("0136", "17", "05")]
    processor = Processor(compile_style(xml), items, "text")
    processor.register(["0136", "17", "05"])
    assert processor.bibliography() == ["ф. 05", "ф. 17", "ф. 0136"]


def test_a_name_first_in_one_list_and_later_in_another_is_inverted_only_first() -> None:
    """§Name name-as-sort-order="first": only the first name is inverted, also when the same
    person (written once and remembered) comes first in one cite and second in the next."""
    xml = style('<layout delimiter="; "><names variable="author">'
                '<name name-as-sort-order="first" and="text" delimiter=", "/></names></layout>')
    roe = {"family": "Roe", "given": "Jane"}
    items = [{"id": "a", "type": "book", "author": [roe]},
             {"id": "b", "type": "book", "author": [{"family": "Doe", "given": "John"}, roe]},
             {"id": "c", "type": "book", "author": [roe]}]
    assert cite(xml, items) == ["Roe, Jane; Doe, John and Jane Roe; Roe, Jane"]


# -- speed steps that must not change what is printed ------------------------------------------

def test_a_variable_is_present_by_the_rule_whatever_its_class() -> None:
    """§Choose `variable`: non-empty. The engine's values (strings, name lists, read dates)
    are told by class first; anything else by the general rule."""
    from biblio.render.csl.dates import DateValue
    from biblio.render.csl.names import Name
    from biblio.render.csl.variables import is_present
    present = ["a", " ", [Name("Doe")], DateValue((2000, 0, 0), None), 0, 1.5, False,
               {"date-parts": [[2000]]}, {"literal": "n.d."}]
    absent = ["", None, [], {}, {"date-parts": [[]]}, {"date-parts": []}]
    assert [is_present(value) for value in present] == [True] * len(present)
    assert [is_present(value) for value in absent] == [False] * len(absent)


def test_an_equal_name_of_another_object_is_written_the_same() -> None:
    """A `<name>` remembers a written name by its object; an equal name read apart (a
    different object) is written again, alike, first (inverted) or not."""
    xml = style('<layout><names variable="author"><name name-as-sort-order="first" '
                'initialize-with=". "/></names></layout>')
    one = {"id": "a", "type": "book", "author": [{"family": "Doe", "given": "John Paul"},
                                                 {"family": "Roe", "given": "Jane"}]}
    two = {"id": "b", "type": "book", "author": [{"family": "Roe", "given": "Jane"},
                                                 {"family": "Doe", "given": "John Paul"}]}
    assert cite(xml, [one, two], [[{"id": "a"}], [{"id": "b"}], [{"id": "a"}]]) == [
        "Doe, J. P., J. Roe", "Roe, J., J. P. Doe", "Doe, J. P., J. Roe"]
