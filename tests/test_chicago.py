"""Chicago 17 notes and bibliography: our style, ALA-LC romanization, Chicago pinpoints.

Expected notes are written from the Chicago Manual (17th ed.) and the ALA-LC
Russian table, checked by hand; the sample's 61 notes and its bibliography are
compared line by line with a reference corrected by hand
(tests/data/README-chicago-reference.md). The rules biblio adds to the style are
tested paragraph by paragraph in test_chicago_manual.py.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from citeproc import SCHEMA_PATH
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from biblio.errors import UsageError
from biblio.formats import document as document_format
from biblio.formats.csljson import item_from_json, item_to_json
from biblio.model import Cite, Document, Note
from biblio.render import render
from biblio.render.chicago_bibliography import sort_key, with_collections
from biblio.render.gost import capitalize_note
from biblio.render.chicago import (
    abbreviate_range,
    prepare,
    romanize_archival_units,
    style_file,
)
from strategies import item_lists, page_ranges

DATA = Path(__file__).parent / "data"
STYLES = Path(__file__).parent.parent / "styles"
MAIN_STYLE = STYLES / "chicago-notes-bibliography-17.csl"
IBID_STYLE = STYLES / "chicago-notes-bibliography-17-ibid.csl"
CSL = "{http://purl.org/net/xbiblio/csl}"


def item(**fields):
    return item_from_json(json.loads(json.dumps(fields)), "test item")


SHUBIN = dict(id="shubin2004", type="book", author=[{"family": "Шубин", "given": "А.В."}],
              title="Мир на краю бездны", **{"publisher-place": "Москва"},
              issued={"date-parts": [[2004]]}, language="ru")
RGASPI_431 = dict(id="rgaspi", type="manuscript", archive="РГАСПИ",
                  archive_location="ф. 558, оп. 11, д. 431", language="ru")
GARF_16 = dict(id="garf", type="manuscript", archive="ГАРФ",
               archive_location="ф. 1235, оп. 1, д. 16", language="ru")


def notes_of(items, *cites):
    """A Document with one note per cite: (item id, locator, label)."""
    notes = [Note(n=i, cites=[Cite(item=key, locator=loc, label=label)])
             for i, (key, loc, label) in enumerate(cites, 1)]
    return Document(notes=notes, items={it.id: it for it in items})


def chicago(document, **options):
    return render(document, style="chicago", **options)


# --- Russian books and articles, romanized by ALA-LC --------------------------------

def test_russian_book_full_note_is_romanized_with_english_place_and_chicago_range():
    doc = notes_of([item(**SHUBIN)], ("shubin2004", "169—172", "page"))
    assert chicago(doc).notes == ["A. V. Shubin, Mir na kraiu bezdny (Moscow, 2004), 169–72."]


def test_a_russian_part_and_edition_statement_are_romanized_without_a_problem():
    """A part keeps its Cyrillic term ("Ч. 2") and an edition statement its words: both
    are romanized like the rest of the item, and nothing is reported as left in
    Cyrillic."""
    doc = notes_of([item(**SHUBIN, **{"part-number": "Ч. 2"}, edition="3-е изд., испр.")],
                   ("shubin2004", "5", "page"))
    rendered = chicago(doc)
    assert rendered.problems == []
    assert rendered.notes == ["A. V. Shubin, Mir na kraiu bezdny, 3-e izd., ispr. (Moscow, 2004), 5."]


def test_russian_book_short_note_after_the_first_and_surname_only_when_repeated():
    doc = notes_of([item(**SHUBIN), item(**RGASPI_431)],
                   ("shubin2004", "5", "page"), ("rgaspi", "1", "folio"),
                   ("shubin2004", "7", "page"), ("shubin2004", "8", "page"))
    notes = chicago(doc).notes
    assert notes[2] == "Shubin, Mir na kraiu bezdny, 7."
    assert notes[3] == "Shubin, 8."  # CMOS 14.34: the short form instead of "Ibid."


def test_strict_profile_keeps_the_tables_diacritics_and_ligature_ties():
    doc = notes_of([item(**SHUBIN)], ("shubin2004", "12", "page"))
    assert chicago(doc, profile="ala-lc-strict").notes == [
        "A. V. Shubin, Mir na krai͡u bezdny (Moscow, 2004), 12."
    ]


def test_soft_sign_in_a_name_follows_the_profile():
    meltyukhov = item(id="m", type="book", author=[{"family": "Мельтюхов", "given": "М.И."}],
                      title="Упущенный шанс Сталина", language="ru",
                      issued={"date-parts": [[2000]]}, **{"publisher-place": "Москва"})
    doc = notes_of([meltyukhov], ("m", "37", "page"))
    # the soft sign's apostrophe is printed typographically (’), as citeproc-js prints it
    assert chicago(doc).notes == ["M. I. Mel’tiukhov, Upushchennyi shans Stalina (Moscow, 2000), 37."]
    assert chicago(doc, profile="kritika").notes[0].startswith("M. I. Mel´tiukhov,")


def test_russian_article_in_a_journal_issue():
    sluch = item(id="s", type="article-journal", author=[{"family": "Случ", "given": "С.З."}],
                 title="Сталин и Гитлер: расчёты и просчёты Кремля",
                 **{"container-title": "Отечественная история"}, issue="1",
                 issued={"date-parts": [[2005]]}, language="ru")
    notes = chicago(notes_of([sluch], ("s", "15", "page"))).notes
    assert notes[0] == (
        "S. Z. Sluch, “Stalin i Gitler: raschety i proschety Kremlia,” "
        "Otechestvennaia istoriia, no. 1 (2005): 15."
    )


def test_shortened_notes_leave_the_subtitle_out_and_the_option_can_keep_it():
    """CMOS 17 14.33: a short title is the main title, without the subtitle; with
    short_titles=False the whole title, its subtitle after a colon (8.165)."""
    dullin = item(id="d", type="book", author=[{"family": "Dullin", "given": "S."}],
                  title="Des hommes d’influences. Les ambassadeurs de Staline en Europe",
                  language="fr", issued={"date-parts": [[2001]]}, **{"publisher-place": "Paris"})
    letters = item(id="sk", type="book", title="Сталин и Каганович. Переписка", language="ru",
                   issued={"date-parts": [[2001]]}, **{"publisher-place": "Москва"})
    doc = notes_of([dullin, item(**RGASPI_431), letters], ("d", "1", "page"),
                   ("rgaspi", "1", "folio"), ("d", "118", "page"), ("sk", "5", "page"),
                   ("rgaspi", "2", "folio"), ("sk", "6", "page"))
    notes = chicago(doc).notes
    assert notes[2] == "Dullin, Des hommes d’influences, 118."
    assert notes[5] == "Stalin i Kaganovich, 6."
    assert chicago(doc, short_titles=False).notes[2] == (
        "Dullin, Des hommes d’influences: Les ambassadeurs de Staline en Europe, 118.")



def test_a_rendering_without_shortened_notes_prints_what_it_did_with_short_titles():
    """Short titles serve shortened notes only (CMOS 14.33; the style prints "title-short" in
    its subsequent and ibid notes): a bibliography alone, or notes that cite each item once,
    make none, and print what the same items print beside notes that shorten them."""
    dullin = item(id="d", type="book", author=[{"family": "Dullin", "given": "S."}],
                  title="Des hommes d’influences. Les ambassadeurs de Staline en Europe",
                  language="fr", issued={"date-parts": [[2001]]}, **{"publisher-place": "Paris"})
    letters = item(id="sk", type="book", title="Сталин и Каганович. Переписка. 1931—1936",
                   language="ru", issued={"date-parts": [[2001]]}, **{"publisher-place": "Москва"})
    once = notes_of([dullin, letters], ("d", "1", "page"), ("sk", "5", "page"))
    again = notes_of([dullin, letters], ("d", "1", "page"), ("sk", "5", "page"),
                     ("d", "118", "page"), ("sk", "6", "page"))
    shortened = chicago(again)
    assert shortened.notes[2:] == ["Dullin, Des hommes d’influences, 118.",
                                   "Stalin i Kaganovich, 6."]
    assert chicago(once).notes == shortened.notes[:2]
    assert chicago(once, parts="bibliography").bibliography == shortened.bibliography
    assert chicago(Document(items=once.items)).bibliography == shortened.bibliography
    assert chicago(once, ibid=True).notes == chicago(again, ibid=True).notes[:2]

def test_keep_original_adds_the_cyrillic_title_in_brackets():
    doc = notes_of([item(**SHUBIN)], ("shubin2004", "3", "page"))
    assert chicago(doc, keep_original=True).notes == [
        "A. V. Shubin, Mir na kraiu bezdny [Мир на краю бездны] (Moscow, 2004), 3."
    ]


def test_translated_title_follows_in_brackets():
    translated = item(**SHUBIN, **{"translated-title": "The world on the brink of the abyss"})
    doc = notes_of([translated], ("shubin2004", "3", "page"))
    assert chicago(doc).notes == [
        "A. V. Shubin, Mir na kraiu bezdny [The world on the brink of the abyss] (Moscow, 2004), 3."
    ]


def test_compilers_head_the_note_with_comps_and_et_al_from_four_names():
    compiled = item(id="sk", type="book", title="Сталин и Каганович. Переписка", language="ru",
                    compiler=[{"family": f, "given": g} for f, g in
                              [("Хлевнюк", "О.В."), ("Дэвис", "Р.У."), ("Кошелева", "Л.П."),
                               ("Рис", "Э.А.")]],
                    issued={"date-parts": [[2001]]}, **{"publisher-place": "Москва"})
    notes = chicago(notes_of([compiled], ("sk", "192—193", "page"))).notes
    assert notes == ["O. V. Khlevniuk et al., comps., Stalin i Kaganovich: Perepiska "
                     "(Moscow, 2001), 192–93."]


# --- archival references -------------------------------------------------------------

def test_russian_archival_file_with_one_folio():
    doc = notes_of([item(**RGASPI_431)], ("rgaspi", "163", "folio"))
    assert chicago(doc).notes == ["RGASPI, f. 558, op. 11, d. 431, l. 163."]


def test_folio_range_with_verso_takes_ll_and_closes_up_ob():
    doc = notes_of([item(**GARF_16)], ("garf", "5—7 об.", "folio"))
    assert chicago(doc).notes == ["GARF, f. 1235, op. 1, d. 16, ll. 5–7ob."]


def test_archival_pinpoint_without_label_is_a_folio_and_letters_in_opis_are_romanized():
    rgva = item(id="rgva", type="manuscript", archive="РГВА",
                archive_location="ф. 33988, оп. 3а, д. 299", language="ru")
    doc = notes_of([rgva], ("rgva", "14 об.", None))
    assert chicago(doc).notes == ["RGVA, f. 33988, op. 3a, d. 299, l. 14ob."]


@pytest.mark.parametrize(
    ("location", "romanized"),
    [("ф. Р-8131, оп. 37, ед. хр. 12", "f. R-8131, op. 37, ed. khr. 12"),
     ("Ф. 17, Оп. 162, Д. 14, Л. 27 об.", "f. 17, op. 162, d. 14, l. 27ob."),
     ("ф. 1235, оп. 1, д. 16, лл. 5—7 об.", "f. 1235, op. 1, d. 16, ll. 5–7ob."),
     ("ф. 05, оп. 13, п. 94, д. 64", "f. 05, op. 13, p. 94, d. 64"),
     # GOST separates units by periods; an English note by commas
     ("Ф. 558. Оп. 11. Д. 431. Л. 163", "f. 558, op. 11, d. 431, l. 163"),
     ("ЦК ВКП(б). Оп. 3. Ед. хр. 12", "TsK VKP(b), op. 3, ed. khr. 12"),
     ("ф. 1235, оп. 1, д. 16, лл. 5 и 7 об.", "f. 1235, op. 1, d. 16, ll. 5, 7ob.")],
)
def test_archival_units_are_romanized_abbreviations(location, romanized):
    assert romanize_archival_units(location) == romanized


def test_archival_location_written_with_gost_periods_takes_commas():
    gost_form = item(id="r", type="manuscript", archive="РГАСПИ",
                     archive_location="Ф. 558. Оп. 11. Д. 431", language="ru")
    doc = notes_of([gost_form], ("r", "163", "folio"))
    assert chicago(doc).notes == ["RGASPI, f. 558, op. 11, d. 431, l. 163."]


@pytest.mark.parametrize(
    ("pinpoint", "label", "printed"),
    [("л. 163", None, "l. 163"), ("Л. 163 об.", "folio", "l. 163ob."),
     ("лл. 5—7", None, "ll. 5–7"), ("л. 5—7", None, "ll. 5–7"),  # one folio unit, right number
     ("5 и 7 об.", "folio", "ll. 5, 7ob."),                        # "и" joins a list
     ("д. 432, л. 139", None, "d. 432, l. 139")],                  # a pinpoint naming its units
)
def test_pinpoint_that_names_its_folio_unit_gets_no_second_one(pinpoint, label, printed):
    doc = notes_of([item(**GARF_16)], ("garf", pinpoint, label))
    note = f"GARF, f. 1235, op. 1, d. 16, {printed}"
    assert chicago(doc).notes == [note if note.endswith(".") else note + "."]


def test_verso_starting_a_folio_range():
    doc = notes_of([item(**GARF_16)], ("garf", "5 об.—6", "folio"))
    assert chicago(doc).notes == ["GARF, f. 1235, op. 1, d. 16, ll. 5ob.–6."]


def test_repeated_archival_file_is_cited_in_full_not_shortened():
    doc = notes_of([item(**RGASPI_431)], ("rgaspi", "163", "folio"), ("rgaspi", "164", "folio"))
    assert chicago(doc).notes[1] == "RGASPI, f. 558, op. 11, d. 431, l. 164."


def test_non_russian_archive_keeps_csl_folio_term():
    french = item(id="an", type="manuscript", archive="Archives nationales",
                  archive_location="F7 13424", language="fr")
    doc = notes_of([french], ("an", "12", "folio"))
    assert chicago(doc).notes == ["Archives nationales, F7 13424, fol. 12."]


def test_bibliography_lists_the_collection_once_not_each_file():
    """CMOS 17 14.221-14.231 (manuscript collections): the notes cite each document,
    the bibliography lists the collection once, with the depository and its place."""
    rgaspi_432 = {**RGASPI_431, "id": "rgaspi432", "archive_location": "ф. 558, оп. 11, д. 432"}
    doc = notes_of([item(**RGASPI_431), item(**rgaspi_432)],
                   ("rgaspi", "163", "folio"), ("rgaspi432", "7", "folio"))
    rendered = chicago(doc)
    assert rendered.notes == ["RGASPI, f. 558, op. 11, d. 431, l. 163.",
                              "RGASPI, f. 558, op. 11, d. 432, l. 7."]
    assert rendered.bibliography == [
        "Rossiiskii gosudarstvennyi arkhiv sotsial’no-politicheskoi istorii (RGASPI), "
        "Moscow. Fond 558, opis’ 11."]


def test_collections_of_one_archive_follow_the_order_of_their_numbers():
    avp = dict(type="manuscript", archive="АВП РФ", language="ru")
    doc = notes_of([item(id="a", archive_location="ф. 0136, оп. 17, п. 159, д. 7", **avp),
                    item(id="b", archive_location="ф. 05, оп. 13, п. 94, д. 64", **avp)],
                   ("a", "58", "folio"), ("b", "6", "folio"))
    assert chicago(doc).bibliography == [
        "Arkhiv vneshnei politiki Rossiiskoi Federatsii (AVP RF), Moscow. Fond 05, opis’ 13.",
        "Arkhiv vneshnei politiki Rossiiskoi Federatsii (AVP RF), Moscow. Fond 0136, opis’ 17.",
    ]


def test_a_collection_romanizes_the_depository_in_the_profile_asked_for():
    doc = notes_of([item(**GARF_16)], ("garf", "5", "folio"))
    assert chicago(doc, profile="ala-lc-strict").bibliography == [
        "Gosudarstvennyĭ arkhiv Rossiĭskoĭ Federat͡sii (GARF), Moscow. Fond 1235, opisʹ 1."]


def test_an_archive_missing_from_the_table_is_named_by_its_abbreviation_and_reported():
    doc = notes_of([item(id="x", type="manuscript", archive="ГАПО", language="ru",
                         archive_location="ф. 1, оп. 2, д. 3")], ("x", "4", "folio"))
    rendered = chicago(doc)
    assert rendered.bibliography == ["GAPO. Fond 1, opis’ 2."]
    assert any("'GAPO' is not in biblio's table" in p.message for p in rendered.problems)


def test_doi_closes_the_note_and_the_entry_as_a_url():
    article = item(id="b", type="article-journal", language="en",
                   author=[{"family": "Buffotot", "given": "P."}],
                   title="The French high command", volume="5", issue="4",
                   **{"container-title": "Journal of Strategic Studies"},
                   issued={"date-parts": [[1982]]}, DOI="10.1080/01402398208437121")
    rendered = chicago(notes_of([article], ("b", "460", "page")))
    assert rendered.notes == ["P. Buffotot, “The French High Command,” Journal of Strategic "
                              "Studies 5, no. 4 (1982): 460, https://doi.org/10.1080/01402398208437121."]
    assert rendered.bibliography == ["Buffotot, P. “The French High Command.” Journal of Strategic "
                                     "Studies 5, no. 4 (1982). https://doi.org/10.1080/01402398208437121."]


# --- places, pinpoints, names -------------------------------------------------------------

def test_places_of_publication_take_their_english_names():
    german = item(id="g", type="book", author=[{"family": "Müller", "given": "Hans"}],
                  title="Geschichte der Sowjetunion", language="de",
                  issued={"date-parts": [[1998]]}, **{"publisher-place": "München"})
    french = item(id="f", type="book", author=[{"family": "Dessberg", "given": "F."}],
                  title="Le triangle impossible", language="fr",
                  issued={"date-parts": [[2009]]}, **{"publisher-place": "Bruxelles"})
    doc = notes_of([german, french], ("g", "45", "page"), ("f", "10", "page"))
    assert chicago(doc).notes == [
        "Hans Müller, Geschichte der Sowjetunion (Munich, 1998), 45.",
        "F. Dessberg, Le triangle impossible (Brussels, 2009), 10.",
    ]


def test_numeric_edition_is_an_ordinal_and_a_russian_one_is_romanized():
    english = item(id="e", type="book", author=[{"family": "Smith", "given": "John"}],
                   title="History", edition="2", language="en",
                   issued={"date-parts": [[2001]]}, **{"publisher-place": "London"})
    russian = item(id="r", type="book", author=[{"family": "Смирнов", "given": "И."}],
                   title="История", edition="2-е изд., испр.", language="ru",
                   issued={"date-parts": [[2001]]}, **{"publisher-place": "Москва"})
    rendered = chicago(notes_of([english, russian], ("e", "5", "page"), ("r", "5", "page")))
    assert rendered.notes == ["John Smith, History, 2nd ed. (London, 2001), 5.",
                              "I. Smirnov, Istoriia, 2-e izd., ispr. (Moscow, 2001), 5."]
    assert rendered.bibliography == ["Smirnov, I. Istoriia. 2-e izd., ispr. Moscow, 2001.",
                                     "Smith, John. History. 2nd ed. London, 2001."]
    assert rendered.problems == []


def test_places_abbreviated_as_gost_abbreviates_them_are_spelled_out_in_english():
    spb = item(id="s", type="book", title="Петербург", language="ru",
               issued={"date-parts": [[1913]]}, **{"publisher-place": "СПб."})
    ny = item(id="n", type="book", title="Soviet studies", language="en",
              issued={"date-parts": [[1950]]}, **{"publisher-place": "N.Y."})
    assert chicago(notes_of([spb, ny], ("s", None, None), ("n", None, None))).notes == [
        "Peterburg (St. Petersburg, 1913).",
        "Soviet Studies (New York, 1950).",
    ]


@pytest.mark.parametrize(
    ("first", "last", "printed"),
    # CMOS 17 9.61, the table of inclusive numbers
    [("3", "10", "10"), ("71", "72", "72"), ("96", "117", "117"), ("100", "104", "104"),
     ("1100", "1113", "1113"), ("101", "108", "8"), ("808", "833", "33"), ("2002", "2005", "5"),
     ("321", "328", "28"), ("498", "532", "532"), ("1087", "1089", "89"),
     ("1496", "1500", "500"), ("11564", "11615", "615"), ("12991", "13001", "3001")],
)
def test_inclusive_numbers_are_abbreviated_as_the_manual_shows(first, last, printed):
    assert abbreviate_range(first, last) == printed


def test_roman_pinpoint_range_is_lower_case_with_an_en_dash_and_not_abbreviated():
    """Front matter is paged in lower-case roman numerals, and a pinpoint there is cited
    as the book prints it; CMOS 17 6.78: an en dash; 9.61 abbreviates arabic numbers
    only."""
    book = item(id="p", type="book", author=[{"family": "Pons", "given": "S."}], language="en",
                title="Stalin and the inevitable war", issued={"date-parts": [[2002]]},
                **{"publisher-place": "London"})
    assert chicago(notes_of([book], ("p", "X—XI", "page"), ("p", "XII", "page"),
                            ("p", "XIV, XVI", None))).notes == [
        "S. Pons, Stalin and the Inevitable War (London, 2002), x–xi.",
        "Pons, xii.",
        "Pons, xiv, xvi.",
    ]


def test_a_volume_in_roman_numerals_keeps_its_capitals():
    book = item(id="p", type="book", title="Sochineniia", language="en",
                issued={"date-parts": [[1949]]})
    assert chicago(notes_of([book], ("p", "XII", "volume"))).notes[0].endswith("XII.")


def test_initials_are_spaced_and_full_given_names_kept_as_printed():
    # CMOS 17 10.12 (a space after each initial); 14.72 (names as on the title page)
    carley = item(id="c", type="book", author=[{"family": "Carley", "given": "M.J."}],
                  title="1939", language="en", issued={"date-parts": [[1999]]},
                  **{"publisher-place": "Chicago"})
    full = item(id="h", type="book", author=[{"family": "Haslam", "given": "Jonathan"}],
                title="The Soviet Union", language="en", issued={"date-parts": [[1984]]},
                **{"publisher-place": "London"})
    assert chicago(notes_of([carley, full], ("c", None, None), ("h", None, None))).notes == [
        "M. J. Carley, 1939 (Chicago, 1999).",
        "Jonathan Haslam, The Soviet Union (London, 1984).",
    ]


def test_hyphenated_initials_keep_their_hyphen():
    book = item(id="d", type="book", editor=[{"family": "Duroselle", "given": "J.-B."}],
                title="Les relations germano-soviétiques de 1933 à 1939", language="fr",
                issued={"date-parts": [[1954]]}, **{"publisher-place": "Paris"})
    assert chicago(notes_of([book], ("d", None, None))).notes == [
        "J.-B. Duroselle, ed., Les relations germano-soviétiques de 1933 à 1939 (Paris, 1954)."
    ]


def test_bibliography_inverts_the_first_name_only():
    two = item(id="dk", type="article-journal", language="ru",
               author=[{"family": "Дессберг", "given": "Ф."}, {"family": "Кен", "given": "О.Н."}],
               title="Красная армия", **{"container-title": "Вопросы истории"}, issue="10",
               issued={"date-parts": [[2004]]})
    entry = chicago(notes_of([two], ("dk", None, None))).bibliography[0]
    assert entry.startswith("Dessberg, F., and O. N. Ken. “Krasnaia armiia")


# --- options and problems ----------------------------------------------------------------------

def test_prepare_leaves_the_input_document_untouched():
    doc = notes_of([item(**SHUBIN)], ("shubin2004", "169—172", "page"))
    prepare(doc)
    assert doc.items["shubin2004"].get("title") == "Мир на краю бездны"
    assert doc.notes[0].cites[0].locator == "169—172"


def test_ukrainian_cyrillic_is_kept_and_reported():
    ukrainian = item(id="u", type="book", title="Історія України", language="uk",
                     issued={"date-parts": [[1992]]})
    prepared = prepare(notes_of([ukrainian], ("u", "5", "page")))
    assert prepared.items["u"].get("title") == "Історія України"
    assert [p.where for p in prepared.problems] == ["item 'u'"]
    assert "Russian only" in prepared.problems[0].message


def test_cyrillic_in_an_item_declared_in_another_language_is_kept_and_reported():
    mislabelled = item(id="x", type="book", title="Мир", language="en")
    prepared = prepare(notes_of([mislabelled], ("x", None, None)))
    assert prepared.items["x"].get("title") == "Мир"
    assert "not Russian" in prepared.problems[0].message


def test_letters_outside_the_russian_table_are_kept_and_reported():
    mixed = item(id="r", type="book", title="Київ і Москва", language="ru")
    prepared = prepare(notes_of([mixed], ("r", None, None)))
    # і is in the table (a pre-1918 letter), ї is not (Ukrainian)
    assert prepared.items["r"].get("title") == "Kiїv i Moskva"
    assert prepared.problems[0].where == "item 'r'"
    assert prepared.problems[0].message.endswith("in Cyrillic: ї")


def test_render_returns_the_problems_of_the_chicago_preparation():
    # render() works on the prepared copy; what prepare() reported must reach Rendered
    ukrainian = item(id="u", type="book", title="Історія України", language="uk")
    rendered = chicago(notes_of([ukrainian], ("u", None, None)))
    assert [p.where for p in rendered.problems] == ["item 'u'"]


def test_a_yes_no_option_given_as_text_is_refused():
    with pytest.raises(UsageError, match="keep_original"):
        prepare(Document(), keep_original="no")


def test_unknown_profile_is_refused():
    with pytest.raises(UsageError, match="profile"):
        prepare(Document(), profile="iso9")


def test_ibid_variant_writes_ibid_for_the_work_of_the_previous_note():
    doc = prepare(notes_of([item(**SHUBIN), item(**RGASPI_431)],
                           ("shubin2004", "5", "page"), ("shubin2004", "8", "page"),
                           ("rgaspi", "1", "folio"), ("rgaspi", "2", "folio")))
    notes = render(doc, style=IBID_STYLE).notes
    assert notes[1:] == ["Ibid., 8.", "RGASPI, f. 558, op. 11, d. 431, l. 1.", "Ibid., l. 2."]
    assert style_file(ibid=True) == IBID_STYLE.name


def test_render_option_ibid_selects_the_ibid_variant():
    # the option loads chicago-notes-bibliography-17-ibid.csl (chicago.style_file)
    doc = notes_of([item(**SHUBIN)], ("shubin2004", "5", "page"), ("shubin2004", "8", "page"))
    assert chicago(doc, ibid=True).notes[1] == "Ibid., 8."


# --- the styles themselves ------------------------------------------------------------------

@pytest.mark.parametrize("path", [MAIN_STYLE, IBID_STYLE], ids=lambda p: p.name)
def test_style_is_valid_against_the_csl_schema_citeproc_py_ships(path):
    schema = etree.RelaxNG(etree.parse(SCHEMA_PATH))
    assert schema.validate(etree.parse(str(path))), schema.error_log


def test_ibid_variant_differs_only_in_its_info_and_the_immediate_repeat_macro():
    def without_variant_parts(path):
        root = etree.parse(str(path), etree.XMLParser(remove_comments=True)).getroot()
        for node in [root.find(f"{CSL}info"),
                     *root.findall(f"{CSL}macro[@name='note-repeat-immediate']")]:
            root.remove(node)
        return etree.tostring(root, method="c14n")

    assert without_variant_parts(MAIN_STYLE) == without_variant_parts(IBID_STYLE)


# --- the sample article: 61 notes and its bibliography against the hand-corrected reference ---

def _sample():
    return document_format.read((DATA / "gold.json").read_text(encoding="utf-8"))


def _reference(name):
    return (DATA / name).read_text(encoding="utf-8").splitlines()


def test_sample_notes_equal_the_reference_corrected_by_hand_line_by_line():
    """tests/data/chicago-reference-notes.txt: each note as CMOS 17 prints it, corrected
    by hand (tests/data/README-chicago-reference.md says how and by which paragraph)."""
    reference = [line.split("\t", 1) for line in _reference("chicago-reference-notes.txt")]
    rendered = chicago(_sample()).notes
    assert len(rendered) == len(reference) == 61
    differing = [f"{n}: {text}\n    want {want}" for (n, want), text in zip(reference, rendered)
                 if text != want]
    assert not differing, "\n".join(differing)


def test_sample_bibliography_equals_the_reference_corrected_by_hand_line_by_line():
    reference = _reference("chicago-reference-bibliography.txt")
    rendered = chicago(_sample()).bibliography
    differing = [f"{i}: {text}\n    want {want}"
                 for i, (want, text) in enumerate(zip(reference, rendered), 1) if text != want]
    assert not differing, "\n".join(differing)
    assert len(rendered) == len(reference) == 41


SAMPLE_RUSSIAN_AND_ARCHIVAL = {
    3: "Istoriia Vtoroi mirovoi voiny v 12 tomakh (Moscow, 1973), 1:285.",
    4: "A. V. Shubin, Mir na kraiu bezdny (Moscow, 2004), 169–72.",
    5: "M. I. Mel’tiukhov, Upushchennyi shans Stalina (Moscow, 2000), 37.",
    16: "AVP RF, f. 05, op. 13, p. 94, d. 64, l. 6.",
    17: "AVP RF, f. 05, op. 13, p. 94, d. 64, l. 7.",
    19: "I. V. Stalin, Sochineniia (Moscow, 1949), 12:256.",
    20: "RGASPI, f. 558, op. 11, d. 185, ll. 65–70.",
    21: "RGASPI, f. 558, op. 11, d. 432, l. 139.",
    25: "RGASPI, f. 558, op. 11, d. 431, ll. 124–25.",
    28: "AVP RF, f. 05, op. 13, p. 94, d. 70, l. 14ob.",
    33: "RGVA, f. 33988, op. 3a, d. 299, l. 15.",
    51: "O. V. Khlevniuk et al., comps., Stalin i Kaganovich: Perepiska. 1931–1936 gg. "
        "(Moscow, 2001), 192–93.",
    53: "RGASPI, f. 558, op. 11, d. 431, l. 163.",
    59: "AVP RF, f. 0136, op. 17, p. 159, d. 7, l. 58.",
}


def test_sample_russian_and_archival_notes_are_romanized_by_lc():
    document = _sample()
    rendered = chicago(document).notes
    assert len(rendered) == 61
    assert {n: rendered[n - 1] for n in SAMPLE_RUSSIAN_AND_ARCHIVAL} == SAMPLE_RUSSIAN_AND_ARCHIVAL
    assert not [text for text in rendered if re.search("[А-Яа-яЁё]", text)]


# --- citeproc-py defects biblio's own processor does not have ----------------------------------

ARTICLE = dict(id="c", type="article-journal", author=[{"family": "Carley", "given": "M.J."}],
               title="A Soviet eye on France from the rue de Grenelle in Paris",
               **{"container-title": "Diplomacy & Statecraft"}, volume="17", issue="2",
               issued={"date-parts": [[2006]]}, language="en")


def test_comma_after_a_quoted_title_goes_inside_the_quotation_marks():
    # citeproc-py 0.11 ignores the en-US locale's punctuation-in-quote ("“Title”,")
    note = chicago(notes_of([item(**ARTICLE)], ("c", "314", "page"))).notes[0]
    assert note.startswith("M. J. Carley, “A Soviet Eye on France from the Rue de Grenelle in Paris,” ")


def test_title_case_keeps_a_lowercase_particle_inside_a_name():
    # citeproc-py 0.11 title case writes "Rue De Grenelle"
    note = chicago(notes_of([item(**ARTICLE)], ("c", "314", "page"))).notes[0]
    assert "Rue de Grenelle" in note


def test_headline_style_lowercases_long_prepositions_and_capitalizes_compounds():
    # citeproc-py 0.11 capitalizes "against" (CMOS 8.159: prepositions lowercase
    # regardless of length) and only the first part of a hyphenated compound
    # ("Military-political"; CMOS 8.161: "Military-Political")
    book = item(id="b", type="book", author=[{"family": "Scott", "given": "W.E."}], language="en",
                title="Alliance against Hitler: a military-political history",
                issued={"date-parts": [[1962]]}, **{"publisher-place": "Durham, NC"})
    assert chicago(notes_of([book], ("b", None, None))).notes == [
        "W. E. Scott, Alliance against Hitler: A Military-Political History (Durham, NC, 1962)."
    ]


MINIMAL_NOTE_STYLE = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>initialize test</title><id>initialize-test</id>
    <updated>2026-11-26T00:00:00+00:00</updated></info>
  <citation><layout><names variable="author">
    <name initialize="false" initialize-with=". "/></names></layout></citation>
</style>
"""


def test_initialize_false_keeps_full_given_names_and_only_punctuates_initials(tmp_path):
    # citeproc-py 0.11 ignores initialize="false" (CSL 1.0.1) and writes "H. T. Müller"
    style = tmp_path / "initialize.csl"
    style.write_text(MINIMAL_NOTE_STYLE, encoding="utf-8")
    author = item(id="m", type="book", author=[{"family": "Müller", "given": "Hans T"}])
    assert render(notes_of([author], ("m", None, None)), style=style).notes == ["Hans T. Müller"]


# --- properties over generated items ------------------------------------------------------------


def test_uncertain_date_renders():
    # CMOS 17 abbreviates circa "ca."; the en-US CSL locale's short term is "c."
    book = item(id="b", type="book", title="Mir", language="ru",
                issued={"date-parts": [[1700]], "circa": True})
    rendered = chicago(notes_of([book], ("b", "1", "page")))
    assert rendered.problems == []
    assert rendered.notes == ["Mir (ca. 1700), 1."]


def test_a_date_without_a_numeric_year_is_printed_as_written():
    # a year that is no number is printed as written, never dropped
    book = item(id="b", type="book", title="Mir", language="en",
                issued={"date-parts": [["1930s"]]}, **{"publisher-place": "Paris"})
    rendered = chicago(notes_of([book], ("b", "1", "page")))
    assert rendered.problems == []
    assert rendered.notes == ["Mir (Paris, 1930s), 1."]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(item_lists(max_size=4),
       st.lists(page_ranges(), min_size=1, max_size=4))
def test_any_items_render_in_chicago_and_russian_ones_leave_no_cyrillic(items, pinpoints):
    unique = {it.id: it for it in items}
    cites = [(key, pinpoints[i % len(pinpoints)], "page") for i, key in enumerate(unique)]
    rendered = chicago(notes_of(list(unique.values()), *cites))
    assert len(rendered.notes) == len(cites)
    for (key, _, _), note in zip(cites, rendered.notes):
        if unique[key].get("language") == "ru":
            assert not re.search("[\u0400-\u04ff]", note), note
    assert not [p for p in rendered.problems if "citeproc-py failed" in p.message]


DULLIN_2001 = dict(id="d1", type="book", author=[{"family": "Dullin", "given": "S."}],
                   title="Des hommes d’influences", language="fr",
                   issued={"date-parts": [[2001]]}, **{"publisher-place": "Paris"})
DULLIN_2012 = dict(id="d2", type="book", author=[{"family": "Dullin", "given": "S."}],
                   title="La frontière épaisse", language="fr",
                   issued={"date-parts": [[2012]]}, **{"publisher-place": "Paris"})
DULLIN_AND_OTHER = dict(id="d3", type="book", language="fr",
                        author=[{"family": "Dullin", "given": "S."},
                                {"family": "Studer", "given": "B."}],
                        title="Communisme transnational", issued={"date-parts": [[2018]]},
                        **{"publisher-place": "Paris"})


def test_bibliography_replaces_a_repeated_author_by_a_three_em_dash():
    # CMOS 17 14.67; citeproc-py 0.11 ignores subsequent-author-substitute
    doc = notes_of([item(**DULLIN_2001), item(**DULLIN_2012)], ("d1", None, None), ("d2", None, None))
    assert chicago(doc).bibliography == [
        "Dullin, S. Des hommes d’influences. Paris, 2001.",
        "———. La frontière épaisse. Paris, 2012.",
    ]


def test_bibliography_lists_an_author_alone_before_the_same_author_with_others():
    # CMOS 17 14.68; sorting the rendered text would put "Dullin, S., and" first ("," < " ")
    doc = notes_of([item(**DULLIN_AND_OTHER), item(**DULLIN_2012)],
                   ("d3", None, None), ("d2", None, None))
    entries = chicago(doc).bibliography
    assert entries[0].startswith("Dullin, S. La frontière épaisse")
    assert entries[1].startswith("Dullin, S., and B. Studer. Communisme transnational")



def test_bibliography_files_letter_by_letter_without_accents_in_any_script():
    # CMOS 16.61: accents do not count, "Réau" files as "Reau", composed or decomposed
    # (NFD "e" + U+0301), Vietnamese stacked marks and Cyrillic "й" decomposed alike
    def heading(family):
        return sort_key(item(id="x", type="book", author=[{"family": family, "given": "A."}]))[0]
    assert heading("Réau") == heading("Re\u0301au") == ("reau", "a")
    assert heading("Nguyễn") == ("nguyen", "a")
    assert heading("O’Brien-Smith") == ("obriensmith", "a")
    assert heading("Йорк") == ("иорк", "a")
    # every combining mark (but U+0345, which casefold turns into the letter "ι")
    combining = [char for char in map(chr, range(sys.maxunicode + 1))
                 if unicodedata.combining(char) and char.casefold() == char]
    assert heading("a" + "".join(combining)) == ("a", "a")

# --- the same style in Zotero's processor ------------------------------------------------------

CITEPROC_JS_RUNNER = """
const CSL = require('citeproc');
const fs = require('fs');
const [style, locale, data] = process.argv.slice(2).map(p => fs.readFileSync(p, 'utf8'));
const input = JSON.parse(data);
const engine = new CSL.Engine({retrieveLocale: () => locale,
                               retrieveItem: id => input.items[id]}, style);
const citations = input.notes.map((cites, i) => ({citationID: 'c' + i, citationItems: cites,
                                                   properties: {noteIndex: i + 1}}));
for (const [, , text] of engine.rebuildProcessorState(citations, 'text')) console.log(text);
if (input.bibliography) {
  engine.updateItems(input.bibliography);
  engine.setOutputFormat('text');
  console.log('----');
  for (const entry of engine.makeBibliography()[1]) console.log(entry.trim());
}
"""


@pytest.mark.skipif(not (shutil.which("node") and os.environ.get("BIBLIO_CITEPROC_JS")),
                    reason="set BIBLIO_CITEPROC_JS to a node_modules holding the npm package "
                           "'citeproc' (citeproc-js) to run the style in Zotero's processor")
def test_the_style_gives_the_same_sample_notes_and_entries_in_citeproc_js(tmp_path):
    from citeproc import LOCALES_PATH

    document = _sample()
    prepared = prepare(document)
    entries, _ = with_collections(list(prepared.items.values()))
    data = {"items": {key: item_to_json(it) for key, it in
                      {**prepared.items, **{it.id: it for it in entries}}.items()},
            "notes": [[{"id": c.item, **({"locator": c.locator, "label": c.label or "page"}
                                          if c.locator else {})} for c in note.cites]
                      for note in prepared.notes],
            "bibliography": [it.id for it in entries]}
    (tmp_path / "data.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "run.js").write_text(CITEPROC_JS_RUNNER, encoding="utf-8")
    result = subprocess.run(
        ["node", str(tmp_path / "run.js"), str(MAIN_STYLE),
         str(Path(LOCALES_PATH) / "locales-en-US.xml"), str(tmp_path / "data.json")],
        capture_output=True, text=True, timeout=120, check=True,
        env={**os.environ, "NODE_PATH": os.environ["BIBLIO_CITEPROC_JS"]},
    )
    # biblio capitalizes a note's first letter after the style ("De Lattre", CMOS 8.5),
    # which CSL cannot say: a particle is capitalized at the start of a note only
    notes, bibliography = result.stdout.split("----\n")
    zotero = [capitalize_note(note) for note in notes.splitlines()]
    # citeproc-js sets the plain profile's soft sign (an apostrophe) as a typographic one
    rendered = chicago(document)
    assert zotero == [note.replace("'", "\u2019") for note in rendered.notes]
    # the entries are the same; their order and 3-em dashes are biblio's (letter by letter,
    # titles without their article), which CSL sort keys cannot say
    assert len(bibliography.splitlines()) == len(rendered.bibliography) == 41
    assert ({entry for entry in bibliography.splitlines() if not entry.startswith("———")}
            <= {entry.replace("'", "\u2019") for entry in rendered.bibliography})


def test_russian_lead_ins_become_chicago_english_and_unknown_ones_are_reported():
    doc = Document(
        notes=[Note(n=1, cites=[Cite(item="shubin2004", prefix="См.:", locator="5", label="page"),
                                Cite(item="rgaspi", prefix="см. также", locator="3",
                                     label="folio")]),
               Note(n=2, cites=[Cite(item="shubin2004", prefix="Цит. по:", locator="6",
                                     label="page")]),
               Note(n=3, cites=[Cite(item="shubin2004", prefix="Об этом подробно писал",
                                     locator="7", label="page")])],
        items={it.id: it for it in (item(**SHUBIN), item(**RGASPI_431))},
    )
    rendered = chicago(doc)
    assert rendered.notes[:2] == [
        "See A. V. Shubin, Mir na kraiu bezdny (Moscow, 2004), 5; "
        "see also RGASPI, f. 558, op. 11, d. 431, l. 3.",
        "Quoted in Shubin, Mir na kraiu bezdny, 6.",
    ]
    problems = prepare(doc).problems
    assert [(p.where, p.message) for p in problems] == [
        ("note 3", "lead-in kept in Russian: Об этом подробно писал")
    ]


def test_a_note_of_russian_commentary_alone_is_kept_and_reported():
    doc = Document(notes=[Note(n=1, text="Автор благодарит РГАСПИ.")])
    assert [(p.where, p.message) for p in prepare(doc).problems] == [
        ("note 1", "commentary kept in Russian: Автор благодарит РГАСПИ.")
    ]
    assert chicago(doc).notes == ["Автор благодарит РГАСПИ."]


def test_an_unnumbered_note_is_named_as_such_in_problems():
    """An acknowledgement without a number is "unnumbered note", not "note None"."""
    doc = Document(notes=[Note(n=None, text="Работа выполнена при поддержке РФФИ.")])
    assert [p.where for p in prepare(doc).problems] == ["unnumbered note"]
