"""A Turkish journal's volume and issue, «Cilt» and «Sayı», in a Russian GOST note on Islamic
studies (the notes of a book on Russian Islam, the dev set's batch 25): read as «Т.» and «№» are."""

from __future__ import annotations

from biblio.parse.gost import parse_reference
from biblio.parse.locators import parse_numbering


def test_a_turkish_journal_gives_its_volume_and_issue() -> None:
    reference = parse_reference(
        "Şan E. İbn Rüste’nin el-A‘lâku’n-nefîse’yi Ne Zaman Yazdığına Dair Yeni Tespitler // "
        "Belleten. 2019. Cilt LXXXIII. Sayı 296. S. 65–88.")
    fields = reference.fields
    assert (fields["container-title"], fields["volume"], fields["issue"]) == \
        ("Belleten", "LXXXIII", "296")
    assert fields["issued"].parts[0][0] == 2019
    assert fields["page"] == "65–88"


def test_the_turkish_terms_number_only_with_a_number_after_them() -> None:
    assert parse_numbering("Cilt 12, Sayı 3") == [("volume", "12"), ("issue", "3")]
    assert parse_numbering("Cilt kapağı") is None
