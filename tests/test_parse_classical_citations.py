"""Ancient and patristic works cited by canonical division and by the series that prints
them (issue 9, batch 29 of the dev set): classical scholarship cites a book, chapter and
section (Bekker's page and column for Aristotle) shared by every edition; patristic
scholarship adds the volume and column of Migne's Patrologia (PG, PL) or the volume and page
of Sources Chrétiennes (SC). Expectations read off each reference by hand."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes
from biblio.parse.classical_citations import parse_classical_citation
from biblio.parse.gost import parse_reference
from biblio.parse.reference import Reference


@pytest.mark.parametrize("text, author, title, series, volume, column", [
    # a theological commentary on Matthew (ebooksa 60346, 60345)
    ("Иоанн Златоуст. Толкование на Евангелие от Матфея 82, 4 (PG 57, 742). Рус. пер.: С. 825.",
     "Иоанн Златоуст", "Толкование на Евангелие от Матфея", "PG", "57", "742"),
    ("Иустин. Диалог с Трифоном-иудеем 103 (PG 6, 717–720).", "Иустин",
     "Диалог с Трифоном-иудеем", "PG", "6", "717–720"),
    ("Ириней Лионский. Против ересей 3, 22, 2 (SC 211, 436; «…Он не плакал бы над Лазарем»).",
     "Ириней Лионский", "Против ересей", "SC", "211", "436"),
    ("ИоаннЛествичник. Лествица 12 (PG 88, 853). Рус. пер.: С. 206.", "Иоанн Лествичник",
     "Лествица", "PG", "88", "853"),
    # the editors' notes of a translated history of the Latin Bible (a theological library)
    ("Cm. Hieronymus Stridonensis. Praefatio in quatuor Evangelia, PL 29, 526.",
     "Hieronymus Stridonensis", "Praefatio in quatuor Evangelia", "PL", "29", "526"),
])
def test_a_fathers_work_is_a_chapter_of_its_series_volume(
        text: str, author: str, title: str, series: str, volume: str, column: str) -> None:
    reference = parse_reference(text)
    fields = reference.fields
    assert [name.family for name in fields["author"]] == [author]
    assert (fields["title"], fields["container-title"], fields["volume"]) == \
        (title, series, volume)
    assert (reference.type, reference.locator) == ("chapter", column)
    assert reference.label == ("page" if series == "SC" else "column")


def test_the_division_and_the_translations_page_are_kept_in_the_note() -> None:
    fields = parse_reference("Иоанн Златоуст. Толкование на Евангелие от Матфея 82, 4 "
                             "(PG 57, 742). Рус. пер.: С. 825.").fields
    assert fields["note"] == "82, 4; Рус. пер.: С. 825"


@pytest.mark.parametrize("text, author, title, division", [
    # a chapter on Aristotle in a popular history of philosophy (studopedia 13_63432)
    ("Аристотель. Вторая Аналитика, I, 33, 88 b.", "Аристотель", "Вторая Аналитика",
     "I, 33, 88 b"),
    ("Аристотель. О частях животных, I, 5, 645 а.", "Аристотель", "О частях животных",
     "I, 5, 645 а"),
    ("Плутарх. Жизнеописания. Александр, VII.", "Плутарх", "Жизнеописания. Александр", "VII"),
])
def test_a_classic_cited_by_its_division_points_there(text: str, author: str, title: str,
                                                      division: str) -> None:
    reference = parse_reference(text)
    assert [name.family for name in reference.fields["author"]] == [author]
    assert reference.fields["title"] == title
    assert (reference.label, reference.locator) == ("section", division)


def test_a_translations_page_is_the_locator_and_the_quotation_a_note() -> None:
    # the commentary on Matthew: two classics in one note, each with the page of the
    # Russian translation and the passage quoted
    reference = parse_reference("Ювенал. Сатиры 9, 107–108 («Все-таки то, что к вторым "
                                "петухам будет делать хозяин …»). С. 97.")
    assert (reference.fields["title"], reference.locator) == ("Сатиры", "97")
    assert reference.fields["note"].startswith("9, 107–108; «Все-таки")


def test_a_page_the_locators_cannot_read_stays_with_the_work() -> None:
    # «С. 5 6» (a page whose digits a space split) is no pinpoint: its words were cut off
    # the work and lost; they are kept, the division read as before the page
    reference = parse_reference("Аристотель. Метафизика, I, 4. С. 5 6.")
    kept = " ".join([reference.fields["title"], reference.locator or ""])
    assert reference.fields["title"].startswith("Метафизика")
    assert all(word in kept.split() for word in ("С.", "5", "6"))


def test_a_readable_page_after_the_division_is_still_the_locator() -> None:
    reference = parse_reference("Аристотель. Метафизика, I, 4. С. 56.")
    assert (reference.fields["title"], reference.label, reference.locator) == \
        ("Метафизика", "page", "56")
    assert reference.fields["note"] == "I, 4"


@pytest.mark.parametrize("text, division", [
    # a book's Roman number typed with the Cyrillic І (U+0406) and Х, as locators.ROMAN
    # reads them in volumes ("Т. ІІІ", "ХІХ")
    ("Аристотель. Метафизика, ІІ, 4.", "ІІ, 4"),
    ("Плутарх. Жизнеописания. Александр, ХІ.", "ХІ"),
])
def test_a_division_in_cyrillic_roman_letters_is_read(text: str, division: str) -> None:
    reference = parse_reference(text)
    assert (reference.label, reference.locator) == ("section", division)


def test_a_classic_in_parentheses_after_a_quotation_is_found() -> None:
    note = ("«Должно для сохранения истины жертвовать личным, в особенности философам. И хотя "
            "и то и другое мне дорого, священный долг велит отдать предпочтение истине» "
            "(Аристотель. Никомахова этика, I, 4, 1096 а).")
    document = parse_footnotes([note])
    cites = document.notes[0].cites
    assert len(cites) == 1
    assert document.items[cites[0].item].fields["title"] == "Никомахова этика"


def test_a_repeat_keeps_its_place_in_the_series() -> None:
    reference = parse_reference("Там же (PG 88, 856). Рус. пер.: С. 208.")
    assert reference.kind == "ibid"
    assert (reference.fields["container-title"], reference.fields["volume"],
            reference.locator, reference.label) == ("PG", "88", "856", "column")
    assert reference.fields["note"] == "Рус. пер.: С. 208"


@pytest.mark.parametrize("note, title, editor, volume, place, label", [
    ("PL 57, 742.", "PL", None, "57", "742", "column"),
    ("Migne PG 31, 1105;", "PG", "Migne", "31", "1105", "column"),
    # N. Sagarda's patristic monograph (1916) prints Migne's series and their terms so
    ("Migne, PGr., t. 10, col. 988–989.", "PGr.", "Migne", "10", "988–989", "column"),
    ("См. PLat., t. 23, col. 41.", "PLat.", None, "23", "41", "column"),
    ("MPG 46, 912", "MPG", None, "46", "912", "column"),
    ("SC 92, 320.", "SC", None, "92", "320", "page"),
])
def test_a_series_cited_alone_is_the_work_its_place_the_locator(
        note: str, title: str, editor: str | None, volume: str, place: str, label: str) -> None:
    """A note that cites a Father's passage by Migne's volume and column alone names no
    work: the series is the book cited, Migne its editor where the note names him."""
    document = parse_footnotes([note])
    cite = document.notes[0].cites[0]
    item = document.items[cite.item]
    assert (item.type, item.fields["title"], item.fields["volume"]) == ("book", title, volume)
    assert [name.family for name in item.fields.get("editor", [])] == \
        ([editor] if editor else [])
    assert "author" not in item.fields
    assert (cite.locator, cite.label) == (place, label)


def test_a_fathers_work_names_its_series_with_the_terms_older_notes_print() -> None:
    reference = parse_reference("Иустин. Диалог с Трифоном-иудеем 103 (PGr., t. 6, col. "
                                "717–720).")
    assert (reference.fields["title"], reference.fields["container-title"],
            reference.fields["volume"]) == ("Диалог с Трифоном-иудеем", "PGr", "6")
    assert (reference.locator, reference.label) == ("717–720", "column")


@pytest.mark.parametrize("text", [
    "Лев Диакон. История. М., 1988. С. 123.",  # an imprint's year is no division
    "Цицерон. Диалоги. Т. 2.",                  # nor a volume's number
    "Геродот. История в девяти книгах/Пер. Г. А. Стратановского. Л., 1972.",
    "Аристотель. Метафизика. С. 45.",          # the page of an edition: the grammar's
])
def test_other_forms_of_a_classic_are_left_to_the_grammar(text: str) -> None:
    assert parse_classical_citation(text, Reference(text=text, kind="work")) is None


@pytest.mark.parametrize("text, title, host, page", [
    # the notes on Gogol of a history of Russian literature (booksonline 9974): the host
    # after «В кн.:» with no dash, and after «В его кн.:», a book of the same author; the
    # title without the note's quotes, as ru-fn-2038's gold reads it
    ("Пумпянский Л. В. «Вечера на хуторе близ Диканьки». В кн.: Преподавание литературного "
     "чтения в эстонской школе. Таллинн, 1986. С. 100–110.", "Вечера на хуторе близ Диканьки",
     "Преподавание литературного чтения в эстонской школе", "100–110"),
    ("Бахтин М. Рабле и Гоголь (Искусство слова и народная смеховая культура). В его кн.: "
     "Вопросы литературы и эстетики. М., 1975. С. 484–495.",
     "Рабле и Гоголь (Искусство слова и народная смеховая культура)",
     "Вопросы литературы и эстетики", "484–495"),
    ("Гиппиус В. В. Творческий путь Гоголя. В его кн.: От Пушкина до Блока. М.; Л., 1966. С. "
     "75–85.", "Творческий путь Гоголя", "От Пушкина до Блока", "75–85"),
])
def test_a_host_after_v_kn_without_the_dash(text: str, title: str, host: str,
                                            page: str) -> None:
    reference = parse_reference(text)
    assert reference.type == "chapter"
    assert (reference.fields["title"], reference.fields["container-title"],
            reference.fields["page"]) == (title, host, page)


def test_a_name_in_religion_before_its_abbreviated_order() -> None:
    # the commentary on Matthew: the order «митр.» abbreviated as GOST 7.0.12 has it, its
    # period the heading's («Никодим (Милаш), епископ …. Правила» was read already)
    document = parse_footnotes(["Об этом выражении см.: Иларион (Алфеев), митр. Духовный мир "
                                "преподобного Исаака Сирина. С. 255–256."])
    note = document.notes[0]
    fields = document.items[note.cites[0].item].fields
    assert [name.literal for name in fields["author"]] == ["Иларион (Алфеев)"]
    assert fields["title"] == "Духовный мир преподобного Исаака Сирина"
    assert [leftover.text for leftover in note.leftover] == ["митр"]


def test_a_third_place_of_a_run_joins_the_imprint() -> None:
    # the notes on Gogol: a German book of four places, its series' number after a comma
    document = parse_footnotes(["Lorenzo Amberg. Kirche, Liturgie und Frommigkeit im Schaffen "
                                "von N. V. Gogol'. Bern; Frankfurt am Main; New York; Paris: "
                                "1986 (Slavica Helviticf, Bd. 24). S. 35."])
    [cite] = document.notes[0].cites
    fields = document.items[cite.item].fields
    assert fields["publisher-place"] == "Bern; Frankfurt am Main; New York; Paris"
    assert (fields["collection-title"], fields["collection-number"]) == ("Slavica Helviticf", "24")


def test_a_latin_role_word_after_a_close_up_slash() -> None:
    # the Latin Bible's history: «/Ed.» typed close up, as «/Пер.» is
    fields = parse_reference("Novum Testamentum Domini nostri Jesu Christi latine secundum "
                             "editionem sancti Hieronymi/Ed. J. Wordsworth, H. J. White. T. 1–3. "
                             "Oxford, 1889–1954.").fields
    assert fields["title"] == ("Novum Testamentum Domini nostri Jesu Christi latine secundum "
                               "editionem sancti Hieronymi")
    assert [name.family for name in fields["editor"]] == ["Wordsworth", "White"]


def test_his_own_book_is_the_container_authors() -> None:
    fields = parse_reference("Гиппиус В. В. Творческий путь Гоголя. В его кн.: От Пушкина до "
                             "Блока. М.; Л., 1966. С. 75–85.").fields
    assert [name.family for name in fields["container-author"]] == ["Гиппиус"]


@pytest.mark.parametrize("text, pinpoint", [
    # a book on Roman political thought (rutlib 15497): the places of a book, some with
    # «и сл.» (GOST 7.0.12: "и следующие")
    ("См.: Утченко С.Л. Идейно-политическая борьба в Риме накануне падения Республики. М., "
     "1952, С. 81 и cл., 89, 92, 113, 115, 132, 136 и cл., 154 и cл., 184, 248;",
     "81 и сл., 89, 92, 113, 115, 132, 136 и сл., 154 и сл., 184, 248"),
    ("Он же. Политические учения… С. 158 и cл., 170, 172, 181;", "158 и сл., 170, 172, 181"),
])
def test_and_following_inside_a_list_of_pages(text: str, pinpoint: str) -> None:
    # the Latin «c» of «cл.» is read as the Cyrillic one (biblio.parse.partial.read_repaired)
    assert parse_reference(text).locator == pinpoint


@pytest.mark.parametrize("note, author, title, locator, label", [
    ("Plut. Dion XXII—XXX.", "Plut.", "Dion", "XXII—XXX", "section"),
    ("Procop. De bello Gothico. II, 15.", "Procop.", "De bello Gothico", "II, 15", "section"),
    ("Theoph. Sim. Hist. VIII, 5.", "Theoph. Sim.", "Hist.", "VIII, 5", "section"),
    ("Thuc. II, 40.", "Thuc.", None, "II, 40", "section"),  # his one work: no title
])
def test_an_ancient_author_abbreviated_as_the_reference_works_print_him(
        note: str, author: str, title: str | None, locator: str, label: str) -> None:
    """The Oxford Classical Dictionary's and the Oxford Dictionary of Byzantium's
    abbreviations head a classicist's or Byzantinist's note: the author, his work, and
    the division or the edition's page."""
    document = parse_footnotes([note])
    cite = document.notes[0].cites[0]
    fields = document.items[cite.item].fields
    assert [name.family for name in fields["author"]] == [author]
    assert fields.get("title") == title
    assert (cite.locator, cite.label) == (locator, label)


def test_an_abbreviated_byzantine_author_heads_a_work_cited_by_volume_and_page() -> None:
    """Michael the Syrian's Chronicle in Chabot's edition, volume 2, page 506."""
    document = parse_footnotes(["Mich. Syr. Chron. T. 2. P. 506"])
    cite = document.notes[0].cites[0]
    fields = document.items[cite.item].fields
    assert [name.family for name in fields["author"]] == ["Mich. Syr."]
    assert fields["title"].startswith("Chron")
    assert (fields["volume"], cite.locator, cite.label) == ("2", "506", "page")
