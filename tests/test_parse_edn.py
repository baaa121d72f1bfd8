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


def test_a_gene_named_edn_is_no_document_number() -> None:
    reference = parse_reference(
        "Arinami T, Ishikawa M, Inoue A, Yanagisawa M, Masaki T, Yoshida MC, Hamaguchi H. "
        "Chromosomal assignments of the human endothelin family genes: the endothelin-1 gene "
        "(EDN-1) to 6p23-p24, the endothelin-2 gene (EDN-2) to 1p34, and the endothelin-3 gene "
        "(EDN-3) to 20q13.2-q13.3. Am J Hum Genet 48:990-996, 1991.")
    assert "EDN" not in reference.fields.get("note", "")
