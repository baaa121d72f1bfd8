"""The eLIBRARY document number («EDN: SSIWQS») that Russian journals print at a reference's
end is kept in `note` as printed, and the pages before it are read as pages: before, the
pages and the number were left unread together. Real forms: the «Список источников» of an
article in «Агроинженерия» (2026, a conference paper with its pages), and the list of an
article by MIREA authors in its translation (three articles of Russian journals, «No. 6. Pp.
35–40. EDN: CKFPVC»); the gene names of a medical list («(EDN-1)», GROBID's set) are no
number. The values were read off the text by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

WITH_EDN = [
    ("Дворниченко А.С., Сосновский И.А., Гапон Н.В., Жданова М.М. Метод распознавания "
     "заболеваний виноградных кустов по изображениям с использованием нейронных сетей // "
     "Актуальные проблемы науки и техники-2024: Материалы Всероссийской (национальной) "
     "научно-практической конференции, Ростов-на-Дону, 19-21 марта 2024 г. Ростов-на-Дону: "
     "Донской государственный технический университет, 2024. С. 426-427. EDN: SSIWQS",
     "426-427", "EDN: SSIWQS"),
    ("Karpenko S. M., Karpenko N. V., Yematin E. A., Marat Sh. Planning electricity "
     "consumption of an industrial enterprise in the wholesale electricity market conditions "
     "// Energy Safety and Energy Saving. 2024. No. 6. Pp. 35–40. EDN: CKFPVC",
     "35–40", "EDN: CKFPVC"),
    ("Byk F. L., Myshkina L. S. Economic efficiency of modern electric power industry // "
     "Energetik. 2022. No. 1. Pp. 17–21. EDN: OGTFOW",
     "17–21", "EDN: OGTFOW"),
]


@pytest.mark.parametrize(("text", "page", "note"), WITH_EDN)
def test_the_edn_is_kept_in_the_note_and_the_pages_are_read(
        text: str, page: str, note: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["page"] == page
    assert reference.fields["note"] == note
    assert not reference.leftover


def test_an_edn_inside_a_title_stays_in_the_title() -> None:
    """«EDN: ABCDEF» in the middle of a title is the title's words (the review's input):
    the number is only read where the journals print it, at the reference's end."""
    reference = parse_reference(
        "Петров А. А. Статья о системе EDN: ABCDEF и ее применении // Вестник. 2020. № 3. "
        "С. 5–10.")
    assert reference.fields["title"] == "Статья о системе EDN: ABCDEF и ее применении"
    assert "note" not in reference.fields
    assert reference.fields["page"] == "5–10"


@pytest.mark.parametrize(("address", "field", "value"), [
    ("DOI: 10.1234/energetik.2022.1", "DOI", "10.1234/energetik.2022.1"),
    ("URL: https://elibrary.ru/ogtfow", "URL", "https://elibrary.ru/ogtfow"),
])
def test_an_edn_before_an_address_at_the_end_is_read(
        address: str, field: str, value: str) -> None:
    """The number before a DOI or an address that closes the reference is still at its end
    once the address is taken out (the form of WITH_EDN's third row with an address
    after it)."""
    reference = parse_reference(
        "Byk F. L., Myshkina L. S. Economic efficiency of modern electric power industry // "
        f"Energetik. 2022. No. 1. Pp. 17–21. EDN: OGTFOW. {address}")
    assert reference.fields["note"] == "EDN: OGTFOW"
    assert reference.fields[field] == value
    assert reference.fields["page"] == "17–21"
