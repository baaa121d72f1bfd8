"""An institution named after a person: "им." / Ukrainian "ім." (имени, імені) and the
name after it are one name, whose periods end no area (biblio.data.reference_terms,
NO_SPLIT_ABBREVIATIONS). Real forms of batches 17, 19 and 25 of the dev set."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.parse.areas import split_areas


@pytest.mark.parametrize("name", [
    "Інститут літератури ім. Т. Г. Шевченка НАН України, відділ рукописів",  # Shevchenko's letters
    "Моск. гос. пед. ин-та им. В. И. Ленина, No 288",  # a 1970s study of parody
    "Науковий вісник НМАУ ім. П.І.Чайковського",  # a Ukrainian music journal's record
    "Московский гос. пед. ин-т им. В.И. Ленина, Каф-ра мет. русск. яз. и лит-ры.",
])
def test_a_name_after_imeni_stays_in_one_area(name: str) -> None:
    assert [area.text for area in split_areas(name)] == [name.rstrip(".")]


def test_an_archive_named_after_a_writer_keeps_its_whole_name() -> None:
    """kobzar.info, the notes of Shevchenko's letters: the autograph's repository in
    parentheses after the lead-in, cut at "ім." before."""
    document = parse_footnotes([
        "Подається за автографом (Інститут літератури ім. Т. Г. Шевченка НАН України, "
        "відділ рукописів, ф. 1, № 174)."])
    item = document.items[document.notes[0].cites[0].item]
    assert item.fields["archive"] == \
        "Інститут літератури ім. Т. Г. Шевченка НАН України, відділ рукописів"
    assert item.fields["archive_location"] == "ф. 1, № 174"
