"""A host in quotes after the area dash whose volume follows its comma, the form of GOST
7.1-76 and of Soviet notes, in Cyrillic and in the Latin-script works they cite with
straight or typographic double quotes: "Lakatos J. History of science aud its rational
reconstruction.— "Boston studies in the philosophy of science", vol. 8. Dordrecht, 1970."
(a Soviet book on the philosophy of science, the dev set's batch 47). The quoted name is
the host (a series or a collection), the number after its comma the host's volume, the
place and year its imprint. Expected values read off the texts."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.formats.csljson import item_to_json
from biblio.parse import parse_footnotes


def item(text: str) -> dict[str, Any]:
    document = parse_footnotes([text])
    return item_to_json(document.items[document.notes[0].cites[0].item])


@pytest.mark.parametrize(("text", "title", "host", "volume", "place", "year"), [
    ('Lakatos J. History of science aud its rational reconstruction.— "Boston studies in the '
     'philosophy of science", vol. 8. Dordrecht, 1970.',
     "History of science aud its rational reconstruction",
     "Boston studies in the philosophy of science", "8", "Dordrecht", 1970),
    ("Smith J. On method. — “Studies in logic”, vol. 3. Amsterdam, 1965, p. 12.",
     "On method", "Studies in logic", "3", "Amsterdam", 1965),
    ("Brown K. Time and space. — «Synthese Library», Vol. 12. Dordrecht, 1971.",
     "Time and space", "Synthese Library", "12", "Dordrecht", 1971),
    ("Петров П. О стиле Гоголя. — «Ученые записки ЛГУ», т. 5. Л., 1958, с. 60–80.",
     "О стиле Гоголя", "Ученые записки ЛГУ", "5", "Ленинград", 1958),
])
def test_quoted_host_after_dash_with_its_volume(text: str, title: str, host: str,
                                                volume: str, place: str, year: int) -> None:
    found = item(text)
    assert found["type"] == "chapter"
    assert found["title"] == title
    assert found["container-title"] == host
    assert found["volume"] == volume
    assert found["publisher-place"] == place
    assert found["issued"]["date-parts"][0][0] == year


def test_quoted_host_closing_its_sentence_keeps_being_read() -> None:
    found = item('Smith J. History of science. — "Synthese". Amsterdam, 1970, p. 5.')
    assert (found["title"], found["container-title"]) == ("History of science", "Synthese")
    assert found["publisher-place"] == "Amsterdam"
