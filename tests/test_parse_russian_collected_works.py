"""Collected works and documents as Soviet and recent notes cite them (values checked by
hand against the notes they come from: tests/data/dev, batches 3 to 5): edition, volume
and page run on after commas in lower case; a document's date closing its title before
"//"."""

from __future__ import annotations

from biblio.parse.gost import parse_reference


def test_edition_volume_and_page_after_commas() -> None:
    reference = parse_reference("В. И. Ленин. Соч., изд. 4, т. 37, стр. 69.")
    assert reference.fields["title"] == "Соч."
    assert (reference.fields["edition"], reference.fields["volume"]) == ("4", "37")
    assert reference.locator == "69"


def test_a_page_in_roman_numerals_after_the_volume() -> None:
    reference = parse_reference("ПСС, т. 4, стр. VIII")
    assert (reference.fields["title"], reference.fields["volume"]) == ("ПСС", "4")
    assert reference.locator == "VIII"


def test_a_book_and_its_part_stay_one_designation() -> None:
    reference = parse_reference("Волкогонов Д.А. Триумф и трагедия : Политический портрет "
                                "И.В. Сталина : в 2 кн. М.: Изд-во АПН, 1989. Кн. 1, ч. 2. С. 45.")
    assert reference.leftover == []
    assert reference.locator == "45"


def test_a_documents_date_closing_its_title_before_the_host() -> None:
    reference = parse_reference(
        "Постановление военного совета г. Челябинска об его образовании, составе и "
        "полномочиях, 7 сентября 1917 г. // Борьба за Советскую власть на Южном Урале, "
        "1917-1918 гг.: Сб. док. и материалов...- С. 132")
    assert reference.fields["title"] == \
        "Постановление военного совета г. Челябинска об его образовании, составе и полномочиях"
    assert reference.fields["issued"].parts == [[1917, 9, 7]]


def test_a_title_naming_a_date_keeps_it() -> None:
    reference = parse_reference("Кровавое воскресенье 9 января 1905 г. // Красный архив. "
                                "1925. Т. 11. С. 5.")
    assert reference.fields["title"] == "Кровавое воскресенье 9 января 1905 г."
    assert reference.fields["issued"].parts == [[1925]]


def test_the_editions_number_first_after_a_comma() -> None:
    # the preface of the Russian Marx–Engels Works, vol. 21, citing Lenin's Works
    reference = parse_reference("В. И. Ленин. Соч., 4 изд., т. 18, стр. 545.")
    assert reference.fields["title"] == "Соч."
    assert (reference.fields["edition"], reference.fields["volume"]) == ("4", "18")
    assert reference.locator == "545"
    # ru-fn-2104, the notes of a Lenin collection: the volume's term written out
    reference = parse_reference("(см. Сочинения, 4 изд., том 37, стр. 363, 383, 384).")
    assert reference.fields["title"] == "Сочинения"
    assert (reference.fields["edition"], reference.fields["volume"]) == ("4", "37")


def test_the_edition_after_a_subtitles_parenthesis() -> None:
    # ru-fn-1519 as typed with a plain hyphen (the note prints U+2011, which stays)
    reference = parse_reference(
        "В. В. Виноградов. Русский язык. (Грамматическое учение о слове), изд. 2-е. М., 1972,"
        " стр. 14.")
    assert reference.fields["title"] == "Русский язык. (Грамматическое учение о слове)"
    assert reference.fields["edition"] == "2"
    assert reference.fields["publisher-place"] == "Москва"


def test_a_number_before_another_word_after_a_comma_stays_in_the_title() -> None:
    reference = parse_reference("Иванов И. Записки, 4 издателей. М., 1990.")
    assert reference.fields["title"] == "Записки, 4 издателей"
    assert "edition" not in reference.fields
