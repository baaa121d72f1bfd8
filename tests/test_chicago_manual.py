"""Chicago rules beyond the style sheet, each from its paragraph of the Chicago Manual
of Style, 17th edition (CMOS), with the expected forms written by hand from the rule.

Short titles, subtitles and ranges in titles: biblio.render.chicago_titles;
particles, the bibliography's order and dashes: biblio.render.chicago and
biblio.render.chicago_bibliography.
"""

from __future__ import annotations

import json

import pytest

from biblio.formats.csljson import item_from_json
from biblio.model import Cite, Document, Note
from biblio.render import render
from biblio.render.chicago_titles import short_title, with_colon_subtitle, with_en_dash_ranges
from biblio.render.output import ITALIC, flip_nested_italics


def item(**fields):
    return item_from_json(json.loads(json.dumps(fields)), "test item")


def book(key, family, given, title, year, language="en", **more):
    return item(id=key, type="book", author=[{"family": family, "given": given, **more}],
                title=title, language=language, issued={"date-parts": [[year]]},
                **{"publisher-place": "Paris"})


def document(items, *cites):
    notes = [Note(n=i, cites=[Cite(item=key, locator=loc, label="page" if loc else None)])
             for i, (key, loc) in enumerate(cites, 1)]
    return Document(notes=notes, items={it.id: it for it in items})


# --- 14.33: short titles ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("title", "short"),
    [
        # the main title without its subtitle, and without the dates closing it
        ("Des hommes d’influences. Les ambassadeurs de Staline en Europe", "Des hommes d’influences"),
        ("Ne pas subir. Écrits 1914—1952", "Ne pas subir"),
        # an initial "A" or "The" is dropped; no more than four words
        ("The Triumph of the Dark. European International History, 1933—1939", "Triumph of the Dark"),
        ("A Soviet Eye on France from the Rue de Grenelle in Paris, 1924—1940",
         "Soviet Eye on France"),
        # key words: not cut inside a phrase ("Stalin and the Inevitable")
        ("Stalin and the inevitable war, 1936—1941", "Inevitable war"),
        ("Les relations militaires franco-soviétiques dans les années trente",
         "Les relations militaires franco-soviétiques"),
        # four words or fewer, no subtitle: as it is
        ("Mir na kraiu bezdny", "Mir na kraiu bezdny"),
        ("The Truth", "The Truth"),
    ],
)
def test_short_title_is_at_most_four_key_words_of_the_main_title(title, short):
    assert short_title(title) == short


def test_shortened_note_uses_the_items_own_short_title_first():
    """CMOS 14.33 leaves the choice of key words to the author: `title-short` wins."""
    pons = book("p", "Pons", "S.", "Stalin and the inevitable war, 1936—1941", 2002,
                **{})
    pons.fields["title-short"] = "Stalin and the Inevitable War"
    other = book("o", "Other", "A.", "Something", 2000)
    notes = render(document([pons, other], ("p", "5"), ("o", "1"), ("p", "6")),
                   style="chicago").notes
    assert notes[2] == "Pons, Stalin and the Inevitable War, 6."


# --- 8.165, 6.78: titles ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("printed", "chicago"),
    [
        ("The Triumph of the Dark. European International History", "The Triumph of the Dark: "
         "European International History"),
        ("L’URSS et l’Europe dans les années 20. Actes du colloque",
         "L’URSS et l’Europe dans les années 20: Actes du colloque"),
        ("1939: The Alliance That Never Was", "1939: The Alliance That Never Was"),
        ("Istoriia SSSR. Vol. 2", "Istoriia SSSR. Vol. 2"),          # no capital after the period
        ("Letters from St. Petersburg", "Letters from St. Petersburg"),  # an abbreviation
    ],
)
def test_subtitle_follows_a_colon(printed, chicago):
    """CMOS 8.165: a colon separates title and subtitle, whatever the source printed."""
    assert with_colon_subtitle(printed) == chicago


def test_number_ranges_in_titles_take_an_en_dash_and_keep_both_numbers():
    """CMOS 6.78: the en dash joins numbers of a range; a title keeps them whole."""
    assert with_en_dash_ranges("European International History, 1933—1939") == (
        "European International History, 1933–1939")
    assert with_en_dash_ranges("1937-1938: Krasnaia armiia") == "1937–1938: Krasnaia armiia"
    assert with_en_dash_ranges("Franco-Soviet Pact — 1935") == "Franco-Soviet Pact — 1935"


# --- 8.5, 16.71: particles ---------------------------------------------------------------

DE_LATTRE = dict(family="Lattre de Tassigny", given="J.", **{"non-dropping-particle": "de"})
DU_REAU = dict(family="Réau", given="E.", **{"non-dropping-particle": "du"})


def test_a_particle_is_capitalized_at_the_start_of_a_note_and_lower_case_inside():
    """CMOS 8.5: "de Gaulle", but "De Gaulle" opening a sentence; a note opens like one."""
    lattre = book("l", "Lattre de Tassigny", "J.", "Ne pas subir", 1984, "fr",
                  **{"non-dropping-particle": "de"})
    notes = render(document([lattre], ("l", "133"), ("l", "135")), style="chicago").notes
    assert notes == ["J. de Lattre de Tassigny, Ne pas subir (Paris, 1984), 133.",
                     "De Lattre de Tassigny, 135."]


@pytest.mark.parametrize(("note", "opened"), [
    ("du Réau E., L’Europe en construction, 12.", "Du Réau E., L’Europe en construction, 12."),
    ("«de Gaulle», 5.", "«De Gaulle», 5."),
    ("Ibid., 135.", "Ibid., 135."),
    ("Ėpokha, 3.", "Ėpokha, 3."),
    ("1984: Selected Writings, 7.", "1984: Selected Writings, 7."),
    ("ß", "SS"),
])
def test_a_note_opens_with_a_capital_whatever_its_first_letter(note, opened):
    """CMOS 8.5: a note opens like a sentence; one that opens with a capital or a digit
    is left as it is, and a letter whose capital is two ("ß") takes both."""
    from biblio.render.gost import capitalize_note

    assert capitalize_note(note) == opened


def test_french_de_follows_the_given_name_in_the_bibliography_and_files_under_the_name():
    """CMOS 8.5-8.7, 16.71: "Lattre de Tassigny, Jean de" under L; French "du" stays in
    front and is filed with the name, letter by letter: Dullin, du Réau, Duroselle."""
    items = [book("l", "Lattre de Tassigny", "J.", "Ne pas subir", 1984, "fr",
                  **{"non-dropping-particle": "de"}),
             book("r", "Réau", "E.", "L’Europe en construction", 1996, "fr",
                  **{"non-dropping-particle": "du"}),
             book("d", "Dullin", "S.", "La frontière épaisse", 2014, "fr"),
             book("u", "Duroselle", "J.-B.", "Histoire diplomatique", 1993, "fr"),
             book("k", "Khlevniuk", "O. V.", "Master of the House", 2009)]
    entries = render(document(items, ("l", None), ("r", None), ("d", None), ("u", None),
                              ("k", None)), style="chicago").bibliography
    assert [entry.split(".")[0] for entry in entries] == [
        "Dullin, S", "du Réau, E", "Duroselle, J", "Khlevniuk, O", "Lattre de Tassigny, J"]
    assert entries[4] == "Lattre de Tassigny, J. de. Ne pas subir. Paris, 1984."


def test_german_von_follows_the_given_name_and_italian_da_stays_in_front():
    """CMOS 16.71: "Humboldt, Alexander von"; Italian particles are filed with the
    name ("Da Ponte")."""
    items = [book("h", "Humboldt", "A.", "Kosmos", 1845, "de", **{"non-dropping-particle": "von"}),
             book("p", "Ponte", "L.", "Memorie", 1823, "it", **{"non-dropping-particle": "da"})]
    entries = render(document(items, ("h", None), ("p", None)), style="chicago").bibliography
    assert entries == ["da Ponte, L. Memorie. Paris, 1823.",
                       "Humboldt, A. von. Kosmos. Paris, 1845."]


# --- 14.67, 14.68: repeated names and the order of one author's works ------------------

def test_works_of_one_author_in_title_order_an_initial_article_ignored_with_the_dash():
    """CMOS 14.68: works of one author in alphabetical order of title, an initial
    article ignored ("Le triangle" under T); 14.67: the 3-em dash for the repeated name,
    followed by ", ed." for a work the author edited, which takes its place by title."""
    edited = item(id="e", type="book", editor=[{"family": "Dessberg", "given": "F."}],
                  title="Les Européens et la guerre", language="fr",
                  issued={"date-parts": [[2013]]}, **{"publisher-place": "Paris"})
    items = [book("u", "Dessberg", "F.", "L’Union soviétique", 2010, "fr"),
             book("t", "Dessberg", "F.", "Le triangle impossible", 2009, "fr"), edited,
             book("a", "Dessberg", "F.", "Autour de Barthou", 2005, "fr")]
    entries = render(document(items, ("u", None), ("t", None), ("e", None), ("a", None)),
                     style="chicago").bibliography
    assert entries == [
        "Dessberg, F. Autour de Barthou. Paris, 2005.",
        "———, ed. Les Européens et la guerre. Paris, 2013.",
        "———. Le triangle impossible. Paris, 2009.",
        "———. L’Union soviétique. Paris, 2010.",
    ]


# --- 14.98: translated titles -------------------------------------------------------------

def test_nested_italics_flip_to_roman_with_spaces_outside():
    i, j = ITALIC
    assert flip_nested_italics(f"{i}Mir {i}[The world]{j}{j}") == f"{i}Mir{j} [The world]"


def test_a_bracketed_translation_is_roman_after_an_italic_title_in_html_and_markdown():
    """CMOS 14.98: an English translation of a title follows it in brackets, in
    sentence case, neither italic nor in quotation marks."""
    shubin = item(id="s", type="book", title="Мир на краю бездны", language="ru",
                  author=[{"family": "Шубин", "given": "А.В."}], issued={"date-parts": [[2004]]},
                  **{"translated-title": "The world on the edge of the abyss"})
    doc = document([shubin], ("s", "5"))
    assert render(doc, style="chicago", output="html").notes == [
        "A. V. Shubin, <i>Mir na kraiu bezdny</i> [The world on the edge of the abyss] "
        "(2004), 5."]
    assert render(doc, style="chicago", output="markdown").bibliography == [
        r"Shubin, A. V. *Mir na kraiu bezdny* \[The world on the edge of the abyss\]. 2004."]


# --- 14.221-14.231: what is not a Russian collection keeps its own entry -------------------

def test_a_file_without_a_fond_and_a_foreign_archive_keep_one_entry_each():
    no_fond = item(id="n", type="manuscript", archive="РГАСПИ", language="ru",
                   archive_location="д. 12")
    french = item(id="s", type="manuscript", archive="SHD", language="fr",
                  archive_location="GR 7 N 3186", **{"archive-place": "Vincennes"})
    entries = render(document([no_fond, french], ("n", None), ("s", None)),
                     style="chicago").bibliography
    assert len(entries) == 2 and not any("Fond" in entry for entry in entries)
    assert entries[1] == "SHD, Vincennes. GR 7 N 3186."


# --- 14.79, 14.107: a part without author -------------------------------------------------

def test_a_chapter_without_author_opens_with_its_title_and_names_the_books_editor():
    """CMOS 14.107 puts the book's editors after "in Title, ed."; a chapter without an
    author opens with its title (14.79), in the full note and in the short one, rather
    than printing the editors where an author stands."""
    chapter = item(id="c", type="chapter", title="Die Rote Armee", language="de",
                   editor=[{"family": "Zeidler", "given": "E."}],
                   issued={"date-parts": [[1996]]},
                   **{"container-title": "Krieg und Frieden", "publisher-place": "Wien"})
    notes = render(document([chapter], ("c", None), ("c", "5")), style="chicago").notes
    assert notes == ["“Die Rote Armee,” in Krieg und Frieden, ed. E. Zeidler (Vienna, 1996).",
                     "“Die Rote Armee,” 5."]  # four words or fewer: whole (14.31)
