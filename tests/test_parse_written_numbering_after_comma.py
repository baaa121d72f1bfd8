"""A volume, issue or part written out in lower case and run on after a title with a
comma, read as its abbreviation is ("Сочинения, т. 37"): gost.TITLE_COMMA_NUMBERING with
the words the term tables hold (VOLUME_TERMS «том», ISSUE_TERMS «выпуск», PART_TERMS
«часть», «книга»)."""

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
