"""The number of volumes printed with no preposition right after the title, as the extent
of a multipart work (GOST 7.1-2003 clause 5.6.3 "2 т.", the French and English "2 vol.",
"3 vols."): read as number-of-volumes, out of the title (locators.BARE_NUMBER_OF_VOLUMES).
Forms from three sources; values read by hand."""

from __future__ import annotations

from biblio.parse.gost import parse_reference
from biblio.parse.locators import BARE_NUMBER_OF_VOLUMES


def test_russian_volumes_after_the_titles_colon():
    # ru-fn-907, a note of an article on the Odessa lyceum
    reference = parse_reference(
        "Татищев С.С. Император Александр II. Его жизнь и царствование: 2 т. СПб.: Издание"
        " А.С. Суворина, 1903. – 734 с. Т. 2. С. 31–32.")
    assert reference.fields["title"] == "Император Александр II. Его жизнь и царствование"
    assert reference.fields["number-of-volumes"] == "2"
    assert reference.fields["publisher"] == "Издание А.С. Суворина"


def test_french_volumes_after_a_comma():
    # ru-fn-1360, a note of an article on the French in Moscow in 1812
    reference = parse_reference("Ch. D’Arlincourt, L’Etoile polaire, 2 vol., Dumont, 1843, p. 337.")
    assert reference.fields["title"] == "L’Etoile polaire"
    assert reference.fields["number-of-volumes"] == "2"


def test_english_volumes_in_their_own_sentence():
    # linkedbooks-valid-00672, a reference list of Venetian history
    reference = parse_reference(
        "Bilanci generali della repubblica di Venezia. 3 vols. Venice: R. Commissione dei"
        " documenti finanziarii della Repubblica di Venezia, 1903-1912.")
    assert reference.fields["title"] == "Bilanci generali della repubblica di Venezia"
    assert reference.fields["number-of-volumes"] == "3"


def test_a_titles_own_number_or_a_volume_designation_stays():
    assert BARE_NUMBER_OF_VOLUMES.search("Сказки, 2") is None
    assert BARE_NUMBER_OF_VOLUMES.search("Собрание сочинений. Т. 2") is None
    assert BARE_NUMBER_OF_VOLUMES.search("Сто лет, 2 тома спустя") is None
    reference = parse_reference("Иванов И. Сочинения. Т. 2. М., 1990. С. 5.")
    assert reference.fields["volume"] == "2"
    assert "number-of-volumes" not in reference.fields
