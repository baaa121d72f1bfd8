"""A volume, issue or part written out in lower case and run on after a title with a
comma, read as its abbreviation is ("Сочинения, т. 37"): gost.TITLE_COMMA_NUMBERING with
the words the term tables hold (VOLUME_TERMS «том», ISSUE_TERMS «выпуск», PART_TERMS
«часть», «книга»)."""

from biblio.parse import parse_reference as read_as_in_a_note
from biblio.parse.gost import TITLE_COMMA_NUMBERING, parse_reference


def test_volume_written_out_after_an_edition_and_a_comma():
    # ru-fn-2104, an editor's note to Lenin's works
    reference = parse_reference("(см. Сочинения, 4 изд., том 37, стр. 363, 383, 384).")
    assert reference.fields["volume"] == "37"
    assert reference.fields["title"].startswith("Сочинения")
    assert "том" not in reference.fields["title"]
    assert reference.locator == "363, 383, 384"


def test_each_written_term_opens_its_area():
    for text, term in [("Сочинения, том 2, стр. 5", "том 2"),
                       ("Учебные записки, выпуск 3, стр. 5", "выпуск 3"),
                       ("«История КПСС», часть 1, стр. 5", "часть 1"),
                       ("Собрание сочинений, книга 2, стр. 5", "книга 2")]:
        comma = TITLE_COMMA_NUMBERING.search(text)
        assert comma is not None and text[comma.end():].startswith(term)


def test_an_ordinal_after_the_word_stays_in_the_title():
    # ru-fn-1290: «Современные записки», книга 53-я — the title's own words
    assert TITLE_COMMA_NUMBERING.search("«Современные записки», книга 53-я. Часть литературная") is None


def test_not_after_a_number():
    assert TITLE_COMMA_NUMBERING.search("Т. 1, часть 2, стр. 5") is None


# Session 31: the volume written out elsewhere the abbreviation is read. The texts are real
# notes of the dev set with their «т.» written «том», as web lists and popular notes print
# it (the typography variant "markers-written-out").

def test_a_range_of_volumes_written_out_after_a_title():
    # ru-fn-1104, a Soviet note on a collection: «том 41-42» as «т. 41-42»
    reference = read_as_in_a_note('в "Лит. Наследстве", том 41-42, М. 1941, стр. 178-187;')
    assert reference.fields["volume"] == "41-42"
    assert reference.locator == "178-187"


def test_a_volume_written_out_after_a_number_and_a_comma():
    # ru-fn-081 (Lenin's works after the edition's number) and ru-fn-1617 (a case file's
    # volume after its number), as gost.COMMA_DESIGNATION reads «т. 37»
    lenin = parse_reference("В. И. Ленин. Соч., изд. 4, том 37, стр. 69.")
    assert (lenin.fields["edition"], lenin.fields["volume"], lenin.locator) == ("4", "37", "69")
    case = parse_reference("Следственное дело № 1500, том 6, с. 4.")
    assert (case.fields["title"], case.fields["volume"], case.locator) == \
        ("Следственное дело № 1500", "6", "4")


def test_a_collected_edition_by_its_siglum_then_the_volume_written_out():
    # ru-fn-1328, Gorky's article in the ПСС (gost.SERIAL_BEFORE_NUMBERING)
    fields = parse_reference("А. М. Горький. Гуманистам. ПСС, том 25.").fields
    assert (fields["title"], fields["container-title"], fields["volume"]) == \
        ("Гуманистам", "ПСС", "25")


def test_the_period_before_a_volume_written_out_left_out():
    # ru-fn-940 and ru-fn-915 (informal.VOLUME_PERIOD_DROPPED, VOLUME_PAGE_PERIOD_DROPPED)
    for text, title in [("А. С. Пушкин в воспоминаниях современников Том 1 С. 266.",
                         "А. С. Пушкин в воспоминаниях современников"),
                        ("Милюков П. Россия на переломе Том 1. С. 22", "Россия на переломе")]:
        reference = parse_reference(text)
        assert (reference.fields["title"], reference.fields["volume"]) == (title, "1")


def test_an_archival_volume_written_out_stays_a_level():
    # ru-fn-157: a file's volume in an archive («т.», archival_levels), not a book's
    reference = parse_reference("ЦПА НМЛ, ф. 3, том 1, л. 939.")
    assert reference.fields["archive_location"] == "ф. 3, том 1"
    assert reference.locator == "939"
    assert "volume" not in reference.fields


def test_informal_notes_with_the_terms_written_out():
    # ru-fn-002 (Stalin's works by the author's name), ru-fn-865 (a quoted journal with its
    # year), ru-fn-361 (a quoted serial's issue): informal.AUTHOR_ONLY, ISSUE_COMPONENTS
    stalin = read_as_in_a_note("И.Сталин, том 11, с.15–16.")
    assert (stalin.fields["volume"], stalin.locator) == ("11", "15–16")
    archive = read_as_in_a_note("«Красный архив», 1927, том 3, с. 247")
    assert (archive.fields["title"], archive.fields["volume"], archive.locator) == \
        ("Красный архив", "3", "247")
    links = read_as_in_a_note("Бонч-Бруевич В. Д. Мое. первое издание, Из моих воспоминаний. — "
                              "«Звенья», выпуск 8, 1950, с. 641 — 716.")
    assert (links.fields["container-title"], links.fields["issue"]) == ("Звенья", "8")
