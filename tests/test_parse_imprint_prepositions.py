"""The preposition before a firm in older French and German imprints ("chez", "bei":
"at the shop of") is no part of the publisher's name: GOST 7.1-2003 clause 5.5.5 records
the publisher's name. The notes are of the form Russian studies of the 18th and 19th
centuries quote; the expected firms are the printed names after the preposition."""

from __future__ import annotations

import pytest

import biblio


@pytest.mark.parametrize("note, place, firm", [
    ("P. Dupont, Voyage en Russie, Paris, chez Treuttel et Würtz, 1820, p. 12.",
     "Paris", "Treuttel et Würtz"),
    ("A. Martin, Mémoires sur la Russie, Lyon, chez Périsse, 1790, t. 2, p. 45.",
     "Lyon", "Périsse"),
    ("J. Müller, Reise nach Russland, Leipzig, bei Brockhaus, 1850, S. 12.",
     "Leipzig", "Brockhaus"),
])
def test_the_firm_after_chez_or_bei_is_the_publisher(note: str, place: str,
                                                     firm: str) -> None:
    document = biblio.parse_footnotes([note])
    fields = document.items[document.notes[0].cites[0].item].fields
    assert fields["publisher-place"] == place
    assert fields["publisher"] == firm
