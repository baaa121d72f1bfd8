"""biblio.render around its CSL processor: layout locales, biblio's positions, problems as
data, and each citeproc-py 0.11 defect biblio once corrected around it (now the engine's own
behaviour), shown on a small style written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

import biblio
from biblio.errors import StyleError
from biblio.model import Cite, Date, Document, Item, Name, Note
from biblio.render import styles

HEADER = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" '
    'default-locale="{locale}">'
    "<info><title>test</title><id>test</id><updated>2026-01-01T00:00:00+00:00</updated></info>"
)


def style(tmp_path: Path, citation: str, *, bibliography: str = "", macros: str = "",
          locale: str = "en-US", name: str = "test.csl") -> Path:
    path = tmp_path / name
    path.write_text(HEADER.format(locale=locale) + macros + f"<citation>{citation}</citation>"
                    + (f"<bibliography>{bibliography}</bibliography>" if bibliography else "")
                    + "</style>", encoding="utf-8")
    return path


def book(key: str, title: str, language: str | None = None, **fields: object) -> Item:
    values: dict[str, object] = {"title": title, **fields}
    if language:
        values["language"] = language
    return Item(key, "book", values)


def notes_of(*cites: list[Cite]) -> list[Note]:
    return [Note(n=index, cites=list(group)) for index, group in enumerate(cites, 1)]


# --- layout locales -----------------------------------------------------------------

LOCALIZED = (
    '<layout locale="en"><text term="ibid"/><text value=" EN "/><text variable="title"/></layout>'
    '<layout locale="fr de"><text value="FR/DE "/><text variable="title"/></layout>'
    '<layout><text value="DEFAULT "/><text variable="title"/></layout>'
)


def test_each_item_is_rendered_by_the_layout_of_its_language(tmp_path):
    """citeproc-py reads only the first <layout>; biblio picks one per item language."""
    path = style(tmp_path, LOCALIZED, locale="ru-RU")
    items = [book("a", "Alpha", "en-GB"), book("b", "Beta", "de"), book("c", "Гамма", "ru"),
             book("d", "Delta")]
    document = Document(notes=notes_of(*[[Cite(i.id)] for i in items]),
                        items={i.id: i for i in items})
    # a note that opens with a term opens with a capital, as citeproc-js prints it
    assert biblio.render(document, style=path).notes == [
        "Ibid. EN Alpha", "FR/DE Beta", "DEFAULT Гамма", "DEFAULT Delta"]


def test_a_layout_locale_brings_the_terms_of_its_language(tmp_path):
    path = style(tmp_path, '<layout locale="fr"><text value="A "/><text term="and"/></layout>'
                           '<layout><text value="A "/><text term="and"/></layout>', locale="en-US")
    items = [book("f", "F", "fr"), book("c", "C", "fr-CA"), book("i", "I", "it")]
    document = Document(notes=notes_of(*[[Cite(i.id)] for i in items]),
                        items={i.id: i for i in items})
    assert biblio.render(document, style=path).notes == ["A et", "A et", "A and"]


def test_a_style_is_parsed_once(tmp_path):
    path = style(tmp_path, LOCALIZED)
    assert styles.load_style(path) is styles.load_style(str(path))


def test_an_unknown_style_is_a_style_error():
    with pytest.raises(StyleError, match="unknown style"):
        styles.load_style("no-such-style-anywhere")


def test_a_broken_style_file_is_a_style_error_naming_the_file(tmp_path):
    path = tmp_path / "broken.csl"
    path.write_text("<style", encoding="utf-8")
    with pytest.raises(StyleError) as error:
        styles.load_style(path)
    assert "broken.csl" in str(error.value)


def test_an_invalid_style_is_a_style_error_naming_element_line_and_problem(tmp_path):
    path = tmp_path / "invalid.csl"
    path.write_text(HEADER.format(locale="en-US") + "\n<citation><layout>\n"
                    '<text variable="title" font-style="slanted"/></layout></citation></style>',
                    encoding="utf-8")
    with pytest.raises(StyleError) as error:
        biblio.render([book("a", "A")], style=path)
    assert str(error.value).startswith(f"{path}:4: <text font-style='slanted'>: not one of")


# --- positions from biblio ----------------------------------------------------------

POSITIONS = (
    '<layout delimiter="; "><choose>'
    '<if position="ibid-with-locator"><text value="IBID-LOC "/><text variable="locator"/></if>'
    '<else-if position="ibid"><text value="IBID"/></else-if>'
    '<else-if position="subsequent"><text value="SUBSEQUENT "/><text variable="title"/></else-if>'
    '<else><text value="FIRST "/><text variable="title"/></else>'
    "</choose></layout>"
)


def test_positions_come_from_the_notes_not_from_citeproc_py(tmp_path):
    """citeproc-py lets ibid fire after a note with several cites; CSL does not."""
    path = style(tmp_path, POSITIONS)
    items = {"a": book("a", "A"), "b": book("b", "B")}
    notes = notes_of([Cite("a", locator="1")], [Cite("a", locator="2")], [Cite("a", locator="2")],
                     [Cite("b"), Cite("a", locator="2")], [Cite("a", locator="2")])
    rendered = biblio.render(Document(notes=notes, items=items), style=path).notes
    assert rendered == ["FIRST A", "IBID-LOC 2", "IBID", "FIRST B; SUBSEQUENT A", "SUBSEQUENT A"]


def test_cites_keep_the_order_of_the_note(tmp_path):
    """citeproc-py sorts the cites of a citation in the order items were first cited."""
    path = style(tmp_path, '<layout delimiter="; "><text variable="title"/></layout>')
    items = {"a": book("a", "A"), "b": book("b", "B")}
    notes = notes_of([Cite("a")], [Cite("b"), Cite("a")])
    assert biblio.render(Document(notes=notes, items=items), style=path).notes[1] == "B; A"


def test_notes_without_cites_keep_their_text(tmp_path):
    path = style(tmp_path, '<layout><text variable="title"/></layout>')
    notes = [Note(n=1, comment="Thanks to the archivists."), Note(n=2, text="See above.")]
    assert biblio.render(Document(notes=notes), style=path).notes == [
        "Thanks to the archivists.", "See above."]


# --- citeproc-py defects -----------------------------------------------------------------

def test_punctuation_goes_inside_quotes_where_the_locale_asks(tmp_path):
    """citeproc-py ignores punctuation-in-quote (true for en-US): “Title”, → “Title,”"""
    layout = ('<layout suffix="."><group delimiter=", "><text variable="title" quotes="true"/>'
              '<text variable="container-title" font-style="italic"/></group></layout>')
    items = {"a": Item("a", "chapter", {"title": "Les relations", "container-title": "La France"}),
             "b": Item("b", "chapter", {"title": "Les relations"})}
    notes = notes_of([Cite("a")], [Cite("b")])
    american = biblio.render(Document(notes=notes, items=items), style=style(tmp_path, layout))
    assert american.notes == ["“Les relations,” La France.", "“Les relations.”"]
    british = style(tmp_path, layout, locale="en-GB", name="gb.csl")
    assert biblio.render(Document(notes=notes, items=items), style=british).notes == [
        "‘Les relations’, La France.", "‘Les relations’."]


def test_english_title_case_keeps_particles_and_long_prepositions_lowercase(tmp_path):
    """citeproc-py capitalises every word not in CSL's short stop list: "Rue De Grenelle",
    "Alliance Against Hitler", and leaves "military-political" half capitalised."""
    path = style(tmp_path, '<layout><text variable="title" text-case="title"/></layout>')
    titles = ["A Soviet eye on France from the rue de Grenelle in Paris",
              "Alliance against Hitler. The origins of the Franco-Soviet pact",
              "A military-political history", "iPhone lessons for the DDR"]
    items = {str(i): book(str(i), title, "en") for i, title in enumerate(titles)}
    notes = notes_of(*[[Cite(key)] for key in items])
    assert biblio.render(Document(notes=notes, items=items), style=path).notes == [
        "A Soviet Eye on France from the Rue de Grenelle in Paris",
        "Alliance against Hitler. The Origins of the Franco-Soviet Pact",
        "A Military-Political History",
        "iPhone Lessons for the DDR",
    ]


def test_title_case_is_for_english_items_only(tmp_path):
    path = style(tmp_path, '<layout><text variable="title" text-case="title"/></layout>')
    items = {"fr": book("fr", "Les relations franco-soviétiques", "fr"),
             "ru": book("ru", "Мир на краю бездны", "ru"),
             "none": book("none", "the triumph of the dark")}
    notes = notes_of([Cite("fr")], [Cite("ru")], [Cite("none")])
    assert biblio.render(Document(notes=notes, items=items), style=path).notes == [
        "Les relations franco-soviétiques", "Мир на краю бездны", "The Triumph of the Dark"]


SUBSTITUTING = (
    '<macro name="archive"><group delimiter=", "><text variable="archive_location"/>'
    '<text variable="archive"/></group></macro>'
    '<macro name="author"><names variable="author"><name/><label form="short" prefix=", "/>'
    '<substitute><choose><if type="book"><names variable="editor"/></if></choose>'
    '<choose><if type="manuscript"><text macro="archive"/></if></choose></substitute>'
    "</names></macro>"
)


def test_what_a_substitute_printed_is_not_printed_again(tmp_path):
    """citeproc-py suppresses only the variable named on the substitute's direct child:
    an archive printed through a macro in <substitute> came out twice, and an editor
    nested in a <choose> lost its label and reappeared later."""
    layout = ('<layout><group delimiter=", "><text macro="author"/><text variable="title"/>'
              '<names variable="editor"><label form="verb-short" suffix=" "/><name/></names>'
              '<text macro="archive"/></group></layout>')
    path = style(tmp_path, layout, macros=SUBSTITUTING)
    items = {"m": Item("m", "manuscript", {"archive": "RGASPI", "archive_location": "f. 558, op. 11"}),
             "b": Item("b", "book", {"title": "Les relations",
                                     "editor": [Name(family="Duroselle", given="J.-B.")]})}
    notes = notes_of([Cite("m")], [Cite("b")])
    assert biblio.render(Document(notes=notes, items=items), style=path).notes == [
        "f. 558, op. 11, RGASPI", "J.-B. Duroselle, ed., Les relations"]


def test_a_label_is_printed_only_beside_a_value(tmp_path):
    """citeproc-py prints the term of an empty variable ("edition") inside a choose."""
    layout = ('<layout><group delimiter=", "><text variable="title"/><choose><if type="book">'
              '<group delimiter=" "><text variable="edition"/><label variable="edition"/></group>'
              "</if></choose></group></layout>")
    path = style(tmp_path, layout)
    items = {"a": book("a", "Title"), "b": book("b", "Other", edition="2")}
    notes = notes_of([Cite("a")], [Cite("b")])
    assert biblio.render(Document(notes=notes, items=items), style=path).notes == [
        "Title", "Other, 2 edition"]


def test_compilers_are_names(tmp_path):
    """citeproc-py's JSON reader knows no "compiler": the names became a string and
    rendering raised AttributeError ('String' object has no attribute 'parts')."""
    path = style(tmp_path, '<layout><names variable="compiler"><name initialize-with="."/>'
                           '</names></layout>')
    item = Item("a", "book", {"compiler": [Name(family="Хлевнюк", given="Олег Витальевич")]})
    rendered = biblio.render(Document(notes=notes_of([Cite("a")]), items={"a": item}), style=path)
    assert rendered.notes == ["О.В. Хлевнюк"] and rendered.problems == []


def test_a_period_after_a_question_mark_or_ellipsis_is_dropped(tmp_path):
    """citeproc-py only merges two identical marks at a seam: "manquée?." stayed."""
    path = style(tmp_path, '<layout suffix="."><text variable="title"/></layout>')
    items = {"q": book("q", "Une alliance manquée?"), "e": book("e", "Des hommes d’influences…"),
             "p": book("p", "Op. cit.")}
    notes = notes_of([Cite("q")], [Cite("e")], [Cite("p")])
    assert biblio.render(Document(notes=notes, items=items), style=path).notes == [
        "Une alliance manquée?", "Des hommes d’influences…", "Op. cit."]


def test_an_item_the_style_prints_nothing_for_is_reported_not_dropped(tmp_path):
    path = style(tmp_path, '<layout><text variable="title"/></layout>',
                 bibliography='<layout><text variable="title"/></layout>')
    items = {"a": book("a", "Title"), "e": Item("e", "book", {"publisher": "Nauka"})}
    rendered = biblio.render(Document(notes=notes_of([Cite("e")], [Cite("a")]), items=items),
                             style=path)
    assert rendered.notes[1] == "Title" and rendered.bibliography == ["Title"]
    assert [(p.where, p.message) for p in rendered.problems] == [
        ("note 1, item 'e'", "the style prints nothing for this cite"),
        ("bibliography, item 'e'", "the style prints nothing for it in the bibliography")]


def test_a_cite_of_a_missing_item_is_reported(tmp_path):
    path = style(tmp_path, '<layout><text variable="title"/></layout>')
    rendered = biblio.render(Document(notes=notes_of([Cite("ghost")])), style=path)
    assert rendered.notes == [""]
    assert [(p.where, p.message) for p in rendered.problems] == [
        ("note 1, item 'ghost'", "cites an item the document does not hold")]


def test_dates_and_lead_ins_reach_the_style(tmp_path):
    path = style(tmp_path, '<layout><group delimiter=", "><text variable="title"/>'
                           '<date variable="issued"><date-part name="year"/></date></group></layout>')
    item = book("a", "Title", issued=Date(parts=[[2004]]))
    notes = [Note(n=1, cites=[Cite("a", prefix="See:", suffix="and passim")])]
    assert biblio.render(Document(notes=notes, items={"a": item}), style=path).notes == [
        "See: Title, 2004 and passim"]


def test_parts_renders_only_what_is_asked(tmp_path):
    path = style(tmp_path, '<layout><text variable="title"/></layout>',
                 bibliography='<layout><text variable="title"/></layout>')
    document = Document(notes=notes_of([Cite("a")]), items={"a": book("a", "T")})
    assert biblio.render(document, style=path, parts="notes").bibliography == []
    assert biblio.render(document, style=path, parts="bibliography").notes == []
    with pytest.raises(biblio.UsageError, match="parts"):
        biblio.render(document, style=path, parts="all")


def test_the_cycle_collector_runs_again_after_rendering(tmp_path, monkeypatch):
    """render pauses Python's cycle collector while it builds its acyclic data, and gives it
    back as it found it: running after a render, even one that failed, and still off for a
    caller that had turned it off."""
    import gc

    path = style(tmp_path, '<layout><text variable="title"/></layout>')
    document = Document(notes=notes_of([Cite("a")]), items={"a": book("a", "T")})
    paused = []
    original = styles.load_style

    def spying(*args, **kwargs):
        paused.append(not gc.isenabled())
        return original(*args, **kwargs)
    monkeypatch.setattr(styles, "load_style", spying)
    assert biblio.render(document, style=path).notes == ["T"]
    assert paused == [True] and gc.isenabled()
    with pytest.raises(biblio.UsageError):
        biblio.render(document, style=path, parts="all")
    assert gc.isenabled()
    gc.disable()
    try:
        biblio.render(document, style=path)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_initialize_false_keeps_full_given_names(tmp_path):
    """citeproc-py ignores initialize="false" and makes "H. T. Müller" of "Hans T"."""
    path = style(tmp_path, '<layout><names variable="author">'
                           '<name initialize="false" initialize-with=". "/></names></layout>')
    item = Item("m", "book", {"author": [Name(family="Müller", given="Hans T")]})
    assert biblio.render(Document(notes=notes_of([Cite("m")]), items={"m": item}),
                         style=path).notes == ["Hans T. Müller"]


def test_an_uncertain_date_renders(tmp_path):
    """A circa date with parts raised TypeError in the conversion to citeproc-py."""
    path = style(tmp_path, '<layout><date variable="issued"><date-part name="year"/></date>'
                           "</layout>")
    item = book("c", "T", issued=Date(parts=[[1700]], circa=True))
    rendered = biblio.render(Document(notes=notes_of([Cite("c")]), items={"c": item}), style=path)
    assert rendered.problems == [] and rendered.notes == ["1700"]


def test_a_date_range_sharing_month_and_year_renders_in_a_macro(tmp_path):
    """citeproc-py joined "12–14" and "May 1997" through the <text> calling the macro
    (TypeError); the range is written once with its shared parts."""
    path = style(tmp_path, '<layout><text macro="when"/></layout>', macros=(
        '<macro name="when"><date variable="event-date"><date-part name="day" suffix=" "/>'
        '<date-part name="month" suffix=" "/><date-part name="year"/></date></macro>'))
    item = book("c", "T", **{"event-date": Date(parts=[[1997, 5, 12], [1997, 5, 14]])})
    rendered = biblio.render(Document(notes=notes_of([Cite("c")]), items={"c": item}), style=path)
    assert rendered.problems == [] and rendered.notes == ["12–14 May 1997"]


BY_AUTHOR = (
    '<macro name="author"><names variable="author"><name name-as-sort-order="all"/></names></macro>',
    '<sort><key macro="author"/><key variable="title"/></sort>'
    '<layout suffix="."><group delimiter=". "><text macro="author"/><text variable="title"/>'
    "</group></layout>",
)


def test_bibliography_sorts_by_the_style_keys_with_locale_collation(tmp_path):
    """citeproc-py compares sort keys by code point: "Élie" after "Zola", an author
    with a co-author before the same author alone."""
    macros, bibliography = BY_AUTHOR
    path = style(tmp_path, '<layout><text variable="title"/></layout>',
                 bibliography=bibliography, macros=macros)

    def by(key: str, title: str, *names: tuple[str, str]) -> Item:
        return Item(key, "book", {"title": title,
                                  "author": [Name(family=f, given=g) for f, g in names]})

    items = [by("z", "Nana", ("Zola", "Émile")), by("e", "Contes", ("Élie", "Anne")),
             by("ds", "Communisme", ("Dullin", "S."), ("Studer", "B.")),
             by("d", "La frontière", ("Dullin", "S."))]
    assert biblio.render(items, style=path).bibliography == [
        "Dullin, S. La frontière.", "Dullin, S., Studer, B. Communisme.",
        "Élie, Anne. Contes.", "Zola, Émile. Nana."]


def test_subsequent_author_substitute_replaces_a_repeated_author(tmp_path):
    """citeproc-py ignores the bibliography's subsequent-author-substitute."""
    macros, bibliography = BY_AUTHOR
    path = style(tmp_path, '<layout><text variable="title"/></layout>', macros=macros,
                 bibliography=bibliography)
    path.write_text(path.read_text(encoding="utf-8").replace(
        "<bibliography>", '<bibliography subsequent-author-substitute="———">'), encoding="utf-8")
    items = [Item(key, "book", {"title": title, "author": [Name(family="Dullin", given="S.")]})
             for key, title in (("a", "Des hommes"), ("b", "La frontière"))]
    assert biblio.render(items, style=path).bibliography == [
        "Dullin, S. Des hommes.", "———. La frontière."]


def test_initialize_false_still_spaces_initials_written_together(tmp_path):
    path = style(tmp_path, '<layout><names variable="author">'
                           '<name initialize="false" initialize-with=". "/></names></layout>')
    item = Item("m", "book", {"author": [Name(family="Шубин", given="А.В."),
                                         Name(family="Duroselle", given="J.-B.")]})
    assert biblio.render(Document(notes=notes_of([Cite("m")]), items={"m": item}),
                         style=path).notes == ["А. В. Шубин, J.-B. Duroselle"]
