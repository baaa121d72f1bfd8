"""Library catalogue records in ISBD as Koha exports them, which Russian reference lists
copy: a space before an area's closing period, an empty statement of responsibility
("/ . -"), a heading inverted with the given name written out ("Harris, James R.."),
the book's height and the note on its bibliography after the extent, "ISBN:" with a
colon. Real records from the dev set (batches 3 and 6); values read off them by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


def test_an_english_record_of_a_ukrainian_library() -> None:
    reference = parse_reference(
        "Harris, James R.. The Great Urals : regionalism and the evolution of the Soviet system "
        "/ . - Ithaca ; London : Cornell University Press, 1999 . - X, 235 p. 24 cm. К.: "
        "Бібліогр. : с. 219-230. ISBN: 0-8014-3478-5")
    author = reference.fields["author"][0]
    assert (author.family, author.given) == ("Harris", "James R.")
    assert reference.fields["title"] == \
        "The Great Urals : regionalism and the evolution of the Soviet system"
    assert reference.fields["publisher-place"] == "Ithaca; London"
    assert reference.fields["publisher"] == "Cornell University Press"
    assert reference.fields["issued"].parts == [[1999]]
    assert reference.fields["ISBN"] == "0-8014-3478-5"
    assert "Бібліогр. : с. 219-230" in reference.fields["note"]


def test_a_russian_record_with_its_height() -> None:
    reference = parse_reference(
        "Российская государственность в терминах, IX - начало XX века / . - Москва : Крафт+, "
        "2001 . - 452 с. ил. 17 см. К.: Бібліогр. : с. 448-452. ISBN: 5-93675-011-6")
    assert reference.fields["title"] == "Российская государственность в терминах, IX - начало XX века"
    assert reference.fields["publisher-place"] == "Москва"
    assert reference.fields["publisher"] == "Крафт+"
    assert reference.fields["ISBN"] == "5-93675-011-6"


@pytest.mark.parametrize(("text", "place", "publisher", "year", "pages", "note"), [
    # a Saratov IRBIS full record (dev ru-gost-2411): the height, then the note on the
    # bibliography in an area of its own, then the price
    ("Шейнман, Е. В. Заводское изготовление пылегазовоздухопроводов и трубопроводов низкого "
     "давления для тепловых электростанций [Текст] : научное издание / Е. В. Шейнман. - М. ; "
     "Л. : Госэнергоиздат, 1963. - 388 с. : ил., рис., табл. ; 22 см. - Библиогр.: с. 388. - "
     "1.45 р.", "Москва; Ленинград", "Госэнергоиздат", 1963, "388", "Библиогр.: с. 388"),
    # another record so typed, with the long dash, and the Ukrainian note before an ISBN
    ("Петров, А. А. Основы геологии [Текст] : учебник / А. А. Петров. - М. : Недра, 1975. - "
     "320 с. ; 20 см. - Библиогр.: с. 310-318.", "Москва", "Недра", 1975, "320",
     "Библиогр.: с. 310-318"),
    ("Сидорова, Н. П. Почвоведение : учеб. пособие / Н. П. Сидорова. — Ленинград : Колос, "
     "1982. — 240 с. ; 20 см. — Бібліогр.: с. 230-238. — ISBN 5-10-000000-1", "Ленинград",
     "Колос", 1982, "240", "Бібліогр.: с. 230-238"),
])
def test_a_bibliography_note_in_its_own_area_after_the_height_is_no_imprint(
        text: str, place: str, publisher: str, year: int, pages: str, note: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["publisher-place"] == place
    assert reference.fields["publisher"] == publisher
    assert reference.fields["issued"].parts == [[year]]
    assert reference.fields["number-of-pages"] == pages
    assert note in reference.fields["note"]


def test_an_older_record_with_an_edition() -> None:
    reference = parse_reference(
        "Dukes, Paul.. A history of Russia : medieval, modern, contemporary. - 2-nd edition / . "
        "- Durham : Duke University Press, 1990 . - xii, 425 p. : maps 22 cm.")
    author = reference.fields["author"][0]
    assert (author.family, author.given) == ("Dukes", "Paul")
    assert reference.fields["publisher"] == "Duke University Press"
    assert reference.fields["issued"].parts == [[1990]]


def test_the_bibliography_note_of_a_thesis_is_no_imprint() -> None:
    reference = parse_reference(
        "Кобелев О. А. Развитие электронной коммерции в России : дис. ... д-ра экон. наук : "
        "08.00.05 / О. А. Кобелев. - Москва, 2003. - 315 с. - Библиогр.: с.249-254")
    assert reference.fields["publisher-place"] == "Москва"
    assert "publisher" not in reference.fields
    assert reference.fields["number-of-pages"] == "315"
    assert "Библиогр.: с.249-254" in reference.fields["note"]


def test_a_latin_bibliography_note_without_the_height_is_no_imprint() -> None:
    # the same record as the English one above, its note written in Latin letters and
    # with no height before it (GOST 7.1-2003 clause 5.8, an English catalogue's form)
    reference = parse_reference(
        "Harris J. R. The Great Urals. - Ithaca : Cornell University Press, 1999. - 235 p. "
        "- Bibliogr.: p. 219-230.")
    assert reference.fields["title"] == "The Great Urals"
    assert reference.fields["publisher-place"] == "Ithaca"
    assert reference.fields["publisher"] == "Cornell University Press"
    assert reference.fields["number-of-pages"] == "235"
    assert "Bibliogr.: p. 219-230" in reference.fields["note"]


@pytest.mark.parametrize("pages", ["л. 165-173", "л. 165–173"])
def test_a_bibliography_note_with_a_range_of_leaves_is_a_note(pages: str) -> None:
    """GOST 7.1-2003 clause 5.8: "Библиогр.: л. 165-173" closes a catalogue record (batch 12,
    a dissertation catalogue); typeset, the range takes an en dash, which is no area's."""
    fields = parse_reference(
        "Голос Игорь Ильич. Государственный механизм этнонациональной интеграции общества : "
        "Дис... канд. наук по гос. упр.: 25.00.02 / Донецкий гос. ун-т управления. — Донецк, "
        f"2005. — 175л. : рис. — Библиогр.: {pages}.").fields
    assert fields["note"].endswith(f"Библиогр.: {pages}")
    assert fields["issued"].parts[0][0] == 2005
    assert fields["publisher-place"] == "Донецк"


def test_a_contents_note_closing_the_description_is_kept_in_note() -> None:
    # GOST 7.1-2003 clause 5.8: the contents note «Содерж.:» lists the parts with their own
    # pages; the article's host and numbering before it are read (GOST examples, dev)
    reference = parse_reference(
        "Духовный мир человека: [Статьи] // Наука и религия. — 1982. — № 7. — С. 13—20. — "
        "Содерж.: Колесникова В. Наша Хамис. — С. 13— 14; Елагина Е. Преданность делу. — С. "
        "15-20.")
    fields = reference.fields
    assert fields["container-title"] == "Наука и религия"
    assert fields["issue"] == "7"
    assert fields["page"] == "13—20"
    assert fields["note"] == ("Содерж.: Колесникова В. Наша Хамис. — С. 13— 14; Елагина Е. "
                              "Преданность делу. — С. 15-20")
