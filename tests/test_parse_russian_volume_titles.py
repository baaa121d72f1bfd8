"""A volume of a multipart work with its own title after a colon (GOST 7.1-2003 for a
multipart work: "Т. 2 : 1917–1922"), in Russian notes and in English works cited in
the GOST-like form. Real forms from the dev set (batch 6) and from the notes of a book
on the Soviet state (batch 3); values read off the text by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

CASES = [
    ("Bames Christopher. Boris Pasternak: A Literary biography. — Cambridge: Cambridge "
     "University Press, 1998. — Vol. 2: 1928—1960. — P. 100", "2", "1928—1960", "100", 1998),
    ("Коммунистическая партия Советского Союза в резолюциях и решениях съездов, конференций и "
     "пленумов ЦК (1898–1986). Т. 2: 1917–1922. 9-е изд., доп. и испр. М.: Политиздат, 1983. "
     "С. 202–205.", "2", "1917–1922", "202–205", 1983),
]


@pytest.mark.parametrize(("text", "volume", "volume_title", "locator", "year"), CASES)
def test_a_volume_keeps_its_own_title(text: str, volume: str, volume_title: str,
                                      locator: str, year: int) -> None:
    reference = parse_reference(text)
    assert reference.fields["volume"] == volume
    assert reference.fields["volume-title"] == volume_title
    assert reference.locator == locator
    assert reference.fields["issued"].parts[0][0] == year


def test_a_volume_and_an_issue_still_read_as_two_numbers() -> None:
    reference = parse_reference("Петров В. И. Тренды рынка // Вопросы экономики. 2021. Т. 103, "
                                "№ 5. С. 75–94.")
    assert (reference.fields["volume"], reference.fields["issue"]) == ("103", "5")
    assert "volume-title" not in reference.fields


PART_CASES = [
    # the part of an English collection in a Russian note (batch 30), before the imprint
    ("Alexej Losev: A Neoplatonic View // Neoplatonism and Contemporary Thought. Pt. 2: "
     "Studies in Neoplatonism", "Pt. 2", "part-title", "Studies in Neoplatonism"),
    # a Belarusian encyclopedia's book of a volume (batch 22): the title of the book cited,
    # as the constructed "Т. 22 : в 2 кн. Кн. 1 : Январь — август" has it
    ("Энцыклапедыя гісторыі Беларусі. У 6 т. Т. 6. Кн. 2: Усвея — Яшын", "Кн. 2",
     "volume-title", "Усвея — Яшын"),
]


@pytest.mark.parametrize(("text", "part", "variable", "title"), PART_CASES)
def test_a_book_of_a_multipart_work_keeps_its_own_title(text: str, part: str, variable: str,
                                                        title: str) -> None:
    """GOST 7.1-2003's multipart description names a book or a part with its own title
    after its number, as a volume's ("Т. 2 : 1917–1922"): before, the book's title was
    taken for the publisher ("Научная мысль как планетное явление") or dropped."""
    fields = parse_reference(text).fields
    assert (fields["part-number"], fields[variable]) == (part, title)
    assert "publisher" not in fields


def test_a_book_numbered_with_no_volume_is_the_volume_with_its_own_title() -> None:
    """A university's rules for students' papers (batch 32): the book after the imprint,
    where no volume is printed, is the multipart work's volume (parse/book_designations.py,
    as the dev set's gold reads «Кн.» alone), its own title the volume's."""
    fields = parse_reference("Вернадский В.И. Размышления натуралиста. – М., 1977. – Кн.2: "
                             "Научная мысль как планетное явление").fields
    assert (fields["volume"], fields["volume-title"]) == ("2", "Научная мысль как планетное явление")
    assert "publisher" not in fields
