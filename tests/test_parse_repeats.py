"""Repeated references resolved across notes (GOST R 7.0.5-2008, repeated references)."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.model import Document, Name


def cites(document: Document) -> list[tuple[str, str, str | None]]:
    return [(c.item, c.form, c.locator) for note in document.notes for c in note.cites]


def test_there_same_is_the_work_of_the_previous_citation_with_a_new_page() -> None:
    document = parse_footnotes(["Шубин А.В. Мир на краю бездны. М., 2004. С. 169.",
                                "Там же. С. 172."])
    assert cites(document) == [("shubin2004", "full", "169"), ("shubin2004", "ibid", "172")]


def test_ibid_and_ebd_in_english_and_german() -> None:
    document = parse_footnotes(["Haslam J. The Soviet Union. L., 1984. P. 6.", "Ibid., p. 8.",
                                "Müller K. Die Außenpolitik. B., 1995. S. 12.", "Ebd. S. 14."])
    assert [(c[1], c[2]) for c in cites(document)] == [
        ("full", "6"), ("ibid", "8"), ("full", "12"), ("ibid", "14")]
    assert len(document.items) == 2


def test_there_same_in_the_same_note_follows_the_reference_before_it() -> None:
    document = parse_footnotes(["Шубин А.В. Мир. М., 2004. С. 5; Там же. С. 7."])
    assert cites(document) == [("shubin2004", "full", "5"), ("shubin2004", "ibid", "7")]


def test_there_same_archive_new_file_inherits_fond_and_opis() -> None:
    document = parse_footnotes(["РГАСПИ, ф. 558, оп. 11, д. 185, л. 65—70.",
                                "Там же, д. 432, л. 139."])
    second = document.items[document.notes[1].cites[0].item]
    assert second["archive"] == "РГАСПИ"
    assert second["archive_location"] == "ф. 558, оп. 11, д. 432"
    assert document.notes[1].cites[0].form == "ibid"
    assert document.notes[1].cites[0].locator == "139"


def test_there_same_new_file_keeps_the_papka_above_it() -> None:
    document = parse_footnotes(["АВП РФ, ф. 05, оп. 13, п. 94, д. 64, л. 7.",
                                "Там же, д. 70, л. 13."])
    second = document.items[document.notes[1].cites[0].item]
    assert second["archive_location"] == "ф. 05, оп. 13, п. 94, д. 70"


def test_there_same_new_opis_drops_the_file_below_it() -> None:
    document = parse_footnotes(["ГАРФ. Ф. 5446. Оп. 1. Д. 12. Л. 3.", "Там же. Оп. 2. Д. 7. Л. 1."])
    second = document.items[document.notes[1].cites[0].item]
    assert second["archive_location"] == "ф. 5446, оп. 2, д. 7"


def test_there_same_with_a_leaf_only_stays_in_the_file() -> None:
    document = parse_footnotes(["РГВА, ф. 33988, оп. 3а, д. 299, л. 15.", "Там же, л. 29."])
    assert cites(document) == [("rgva-33988-3a-299", "full", "15"),
                               ("rgva-33988-3a-299", "ibid", "29")]


def test_a_chain_of_files_separated_by_semicolons_in_one_note() -> None:
    document = parse_footnotes(["РГАСПИ, ф. 17, оп. 3, д. 5, л. 3; д. 7, л. 5."])
    locations = [document.items[c.item]["archive_location"] for c in document.notes[0].cites]
    assert locations == ["ф. 17, оп. 3, д. 5", "ф. 17, оп. 3, д. 7"]


def test_there_same_with_a_new_volume_is_another_volume_of_the_work() -> None:
    document = parse_footnotes(["Сталин И.В. Сочинения. Т. 12. М., 1949. С. 256.",
                                "Там же. Т. 13. С. 5."])
    first, second = (document.items[c.item] for n in document.notes for c in n.cites)
    assert (first["volume"], second["volume"]) == ("12", "13")
    assert second["title"] == "Сочинения"


def test_short_title_with_ellipsis_resolves_to_the_earlier_full_reference() -> None:
    document = parse_footnotes([
        "Dullin S. Des hommes d’influences. Les ambassadeurs de Staline en Europe. P., 2001.",
        "Dullin S. Des hommes d’influences… P. 118."])
    assert cites(document) == [("dullin2001", "full", None), ("dullin2001", "short", "118")]
    assert len(document.items) == 1


def test_op_cit_resolves_to_the_last_work_of_that_author() -> None:
    document = parse_footnotes(["Шубин А.В. Мир на краю бездны. М., 2004. С. 5.",
                                "Мельтюхов М.И. Упущенный шанс Сталина. М., 2000. С. 37.",
                                "Шубин А.В. Указ. соч. С. 9.", "Carley M.J. 1939. Chicago, 1999.",
                                "Carley M.J. Op. cit. P. 311."])
    assert cites(document)[2] == ("shubin2004", "short", "9")
    assert cites(document)[4] == ("carley1999", "short", "311")


def test_idem_takes_the_author_of_the_previous_reference() -> None:
    document = parse_footnotes(["Шубин А.В. Мир на краю бездны. М., 2004; "
                                "Он же. Другая книга. М., 2001. С. 7."])
    second = document.items[document.notes[0].cites[1].item]
    assert second["author"] == [Name(family="Шубин", given="А.В.")]
    assert second["title"] == "Другая книга"


def test_abbreviated_container_inherits_editors_place_and_year() -> None:
    document = parse_footnotes([
        "Petit A. La diplomatie // La France et l’Europe: 1919—1939 / Dir. de B. Grand, "
        "C. Martin. P., 2005. P. 72.",
        "Legrand D. L’armée // La France et l’Europe…"])
    part = document.items[document.notes[1].cites[0].item]
    assert part.type == "chapter"
    assert part["container-title"] == "La France et l’Europe: 1919—1939"
    assert [n.family for n in part["editor"]] == ["Grand", "Martin"]
    assert part["publisher-place"] == "Paris"
    assert part.year == 2005
    assert document.notes[1].cites[0].form == "full"


def test_a_part_of_a_volume_cited_in_full_earlier_takes_the_volume_as_container() -> None:
    document = parse_footnotes([
        "Les relations franco-allemandes // Coord. P. Renouvin. P., 1960.",
        "Petit A. La Rhénanie // Les relations franco-allemandes."])
    part = document.items[document.notes[1].cites[0].item]
    assert part.type == "chapter"
    assert part["editor"] == [Name(family="Renouvin", given="P.")]
    assert part.year == 1960


def test_the_same_part_with_its_container_abbreviated_later_is_one_item_in_short_form() -> None:
    document = parse_footnotes([
        "Petit A. La diplomatie // La France et l’Europe / Dir. de B. Grand. P., 2005. P. 72.",
        "Petit A. La diplomatie // La France et l’Europe…"])
    assert len(document.items) == 1
    assert [c[1] for c in cites(document)] == ["full", "short"]
    assert document.problems == []


def test_a_shortened_title_cited_before_its_full_reference_is_resolved_forward() -> None:
    document = parse_footnotes(["Dullin S. Des hommes d’influences… P. 118.",
                                "Dullin S. Des hommes d’influences. P., 2001. P. 5."])
    assert len(document.items) == 1
    assert document.items["dullin2001"]["publisher-place"] == "Paris"


def test_the_same_work_in_two_forms_is_merged_and_a_conflict_is_reported() -> None:
    document = parse_footnotes(["Шубин А.В. Мир на краю бездны. М.: Вече, 2004. С. 5.",
                                "Шубин А.В. Мир на краю бездны. СПб., 2004. С. 6."])
    assert len(document.items) == 1
    item = document.items["shubin2004"]
    assert item["publisher"] == "Вече"
    assert item["publisher-place"] == "Москва"
    assert any("publisher-place" in p.message and p.where == "note 2"
               for p in document.problems)


def test_a_footnote_that_leaves_out_other_title_information_is_the_same_work() -> None:
    document = parse_footnotes(["Шубин А.В. Мир на краю бездны : Германия и СССР. М., 2004.",
                                "Шубин А.В. Мир на краю бездны. М., 2004. С. 7."])
    assert len(document.items) == 1
    assert document.problems == []


def test_there_same_with_nothing_before_is_kept_as_leftover_and_reported() -> None:
    document = parse_footnotes(["Там же. С. 5."])
    assert document.notes[0].cites == []
    assert document.notes[0].leftover[0].text == "Там же. С. 5."
    assert document.problems and document.problems[0].where == "note 1"


def test_there_same_stating_a_file_with_nothing_before_keeps_the_file_and_is_reported() -> None:
    # "Там же" repeats the archive alone when a file's levels from the fond follow it: the
    # notes of a book on the Brest peace (РГАСПИ), of one on Meyerhold's actors (РГАЛИ,
    # "On." for "Оп.") and of one on the writers' union
    for text, location, leaf, title in (
            ("Там же. Ф. 2. Оп. 1. Д. 25622. Л. 4.", "ф. 2, оп. 1, д. 25622", "4", None),
            ("Там же. Ф. 1038. On. 1. Д. 2308.", "ф. 1038, оп. 1, д. 2308", None, None),
            ("Стенограмма закрытого заседания Президиума ССП // Там же. Ф. 631. Оп. 15. "
             "Д. 451. Л. 95.", "ф. 631, оп. 15, д. 451", "95",
             "Стенограмма закрытого заседания Президиума ССП")):
        document = parse_footnotes([text])
        (cite,) = document.notes[0].cites
        item = document.items[cite.item]
        assert (item.type, item["archive_location"], cite.locator) == ("manuscript", location, leaf)
        assert "archive" not in item.fields and item.fields.get("title") == title
        assert cite.form == "full"
        problem = document.problems[-1]  # after the "On." read as "Оп.", where printed so
        assert problem.where == "note 1" and "without its archive" in problem.message


@pytest.mark.parametrize("text, location, leaf", [
    # a run of notes that opens with a repeat of the file's fond: its inventory and file
    # are the note's own (a church history's notes, the dev set's batch 43, «Там же, оп. 1,
    # д. 65, л. 1–3»), in the comma form and in the period form
    ("Там же, оп. 2, д. 311, л. 14–15.", "оп. 2, д. 311", "14–15"),
    ("Там же. Оп. 7. Д. 48. Л. 3 об.", "оп. 7, д. 48", "3 об."),
    ("Там же, оп. 1, ед. хр. 902, л. 6.", "оп. 1, ед. хр. 902", "6"),
])
def test_there_same_with_a_file_from_its_inventory_down_and_nothing_before_keeps_the_file(
        text: str, location: str, leaf: str) -> None:
    document = parse_footnotes([text])
    (cite,) = document.notes[0].cites
    item = document.items[cite.item]
    assert (item.type, item["archive_location"], cite.locator) == ("manuscript", location, leaf)
    assert "archive" not in item.fields
    assert "without its archive and its fond" in document.problems[-1].message


def test_there_same_with_a_leaf_only_and_nothing_before_keeps_nothing() -> None:
    # a leaf is a book's as well as a file's
    for text in ("Там же. Л. 7.", "Там же. С. 12."):
        document = parse_footnotes([text])
        assert document.notes[0].cites == []
        assert document.notes[0].leftover[0].text == text
        assert "follows no citation" in document.problems[0].message


@pytest.mark.parametrize("text, location, leaf", [
    # a book on a Leningrad district (dev set): the file, its fond named in a note before
    ("Там же. Д. 10. Л. 28.", "д. 10", "28"),
    ("Там же. Оп. 3. Д. 331. Л. 1, 2.", "оп. 3, д. 331", "1, 2"),
    ("Там же. Ед. хр. 12. Л. 3 об.", "ед. хр. 12", "3 об."),
    # the levels alone, «Там же» left out, as notes on one fond run on
    ("Оп. 4. Д. 77. Л. 15.", "оп. 4, д. 77", "15"),
    ("д. 13, л. 76, 118.", "д. 13", "76, 118"),
])
def test_a_file_below_its_fond_with_nothing_before_is_kept_without_archive_and_fond(
        text: str, location: str, leaf: str) -> None:
    """A file stated from its inventory or file down with no citation before it: the
    levels it states are kept as the manuscript's location (its archive and fond are in
    a note this one does not see), and the problem says what is missing."""
    document = parse_footnotes([text])
    (cite,) = document.notes[0].cites
    item = document.items[cite.item]
    assert (item.type, item["archive_location"], cite.locator) == ("manuscript", location, leaf)
    assert "archive" not in item.fields
    assert "without its archive and its fond" in document.problems[-1].message


@pytest.mark.parametrize("note, stated, locator", [
    # notes that open a page's run with a repeat (GOST R 7.0.5-2008 clause 8: "Там же"
    # stands for the work; the part after it is the note's own)
    ("Там же, т. 20. с. 40.", {"volume": "20"}, "40"),
    ("Там же. Т. 3. С. 118–119.", {"volume": "3"}, "118–119"),
    ("Там же, т. XII.", {"volume": "XII"}, None),
    ("Там само. — № 7. — С. 31;", {"issue": "7"}, "31"),
    ("Там же. 1987. № 11. С. 64.", {"issue": "11", "issued": 1987}, "64"),
    ("Там же. — 1911 г. — Вып. 2. — С. 9.", {"issue": "2", "issued": 1911}, "9"),
    ("Ibid. Vol. 4. P. 212.", {"volume": "4"}, "212"),
    ("Т. 7. С. 302.", {"volume": "7"}, "302"),  # the previous note's work in another volume
])
def test_there_same_stating_a_part_with_nothing_before_keeps_the_part(
        note: str, stated: dict[str, object], locator: str | None) -> None:
    document = parse_footnotes([note])
    cite, = document.notes[0].cites
    item = document.items[cite.item]
    assert {variable: item.year if variable == "issued" else item[variable]
            for variable in stated} == stated
    assert "title" not in item.fields and cite.locator == locator
    assert any("kept without its work" in problem.message for problem in document.problems)


def test_there_same_with_a_year_and_an_issue_is_the_work_in_that_years_issue() -> None:
    document = parse_footnotes(["Петров И. К истории флота // Морской сборник. 1993. № 2. "
                                "С. 40—44.", "Там же. 1994. № 6. С. 51."])
    first, second = (document.items[note.cites[0].item] for note in document.notes)
    assert (first.year, first["issue"]) == (1993, "2")
    assert (second.year, second["issue"], second["title"]) == (1994, "6", "К истории флота")
    assert document.notes[1].cites[0].locator == "51"


def test_a_short_form_with_no_full_reference_is_kept_with_low_confidence() -> None:
    document = parse_footnotes(["Dullin S. Des hommes d’influences… P. 118."])
    (cite,) = document.notes[0].cites
    assert cite.form == "short"
    assert cite.confidence is not None and cite.confidence < 0.5
    assert document.problems


def test_ibid_after_a_note_of_several_references_is_flagged() -> None:
    document = parse_footnotes(["Шубин А.В. Мир. М., 2004; Мельтюхов М.И. Шанс. М., 2000.",
                                "Там же. С. 5."])
    assert document.notes[1].cites[0].item == "meltyukhov2000"
    assert any("several" in p.message for p in document.problems)


def test_a_second_issue_after_a_semicolon_is_the_same_article_in_that_issue() -> None:
    document = parse_footnotes(["Смирнов А. Дипломатия Сталина // Родина. 1995. № 5. С. 12—15; "
                                "№ 6. С. 20—25."])
    first, second = (document.items[c.item] for c in document.notes[0].cites)
    assert (first["issue"], second["issue"]) == ("5", "6")
    assert second["title"] == first["title"] == "Дипломатия Сталина"
    assert document.notes[0].cites[1].locator == "20—25"


def test_lowercase_there_same_after_a_semicolon_is_a_reference_of_its_own() -> None:
    document = parse_footnotes(["Шубин А.В. Мир. М., 2004. С. 5; там же. С. 7."])
    assert cites(document) == [("shubin2004", "full", "5"), ("shubin2004", "ibid", "7")]


def test_op_cit_with_no_author_is_the_work_cited_just_before_and_is_flagged() -> None:
    document = parse_footnotes(["Шубин А.В. Мир. М., 2004. С. 5.", "Указ. соч. С. 9."])
    assert cites(document)[1] == ("shubin2004", "short", "9")
    assert any("no author" in p.message for p in document.problems)


def test_a_document_title_before_there_same_archive_keeps_the_archive() -> None:
    document = parse_footnotes(["РГАСПИ. Ф. 17. Оп. 3. Д. 1001. Л. 5—6.",
                                "Дневник Г. Димитрова // Там же. Ф. 146. Оп. 2. Д. 4. Л. 3."])
    second = document.items[document.notes[1].cites[0].item]
    assert second["archive"] == "РГАСПИ"
    assert second["archive_location"] == "ф. 146, оп. 2, д. 4"
    assert second["title"] == "Дневник Г. Димитрова"


def test_works_of_one_author_and_year_take_suffixes_a_to_z_then_aa() -> None:
    words = ["Мир", "Война", "Союз", "Договор", "Кризис", "Армия", "Флот"]
    titles = [f"{first} и {second}" for first in words for second in words][:28]
    document = parse_footnotes([f"Петров П.П. {title}. М., 2000. С. 5." for title in titles])
    ids = [note.cites[0].item for note in document.notes]
    letters = [chr(code) for code in range(ord("a"), ord("z") + 1)]
    assert ids == ["petrov2000"] + [f"petrov2000{letter}" for letter in letters] + \
        ["petrov2000aa"]


def test_an_id_taken_by_another_stem_with_its_suffix_is_skipped() -> None:
    document = parse_footnotes(["Петров П.П. Мир.", "Петров П.П. Война.",
                                "Петрова А.А. Союз.", "Петров П.П. Договор."])
    ids = [note.cites[0].item for note in document.notes]
    assert ids == ["petrov", "petrova", "petrovaa", "petrovb"]


@pytest.mark.parametrize("note, shelfmark", [
    # Italian notes on Venetian archives (LinkedBooks), each read alone
    ("Ivi, Brogian, b. 10584, 3. 5. 1630.", "b. 10584"),
    ("Ivi, Ferretto, b. 9584, 7. 8. 1630.", "b. 9584"),
    ("ivi: Consiglio dei Dieci, parti criminali, reg. 163, c. 36V.", "reg. 163"),
])
def test_a_repeat_with_a_shelfmark_of_its_own_and_nothing_before_keeps_what_it_states(
        note: str, shelfmark: str) -> None:
    document = parse_footnotes([note])
    cite, = document.notes[0].cites
    assert document.items[cite.item].fields["archive_location"].endswith(shelfmark)
    assert any("follows no citation" in problem.message for problem in document.problems)


def test_a_repeat_of_a_page_alone_with_nothing_before_still_cites_nothing() -> None:
    document = parse_footnotes(["Ibid., p. 380."])
    assert document.notes[0].cites == [] and document.problems


def test_a_latin_letter_and_number_with_nothing_before_is_no_file() -> None:
    """"D. 89." alone (an Italian note's reference to a digest or a document): no
    Cyrillic file level, so nothing is taken for an archive's file."""
    document = parse_footnotes(["D. 89."])
    assert document.notes[0].cites == []
    assert "follows no citation" in document.problems[0].message
