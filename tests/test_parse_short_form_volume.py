"""A repeat by the author's name and a marker ("op. cit.", «указ. соч.», "a.a.O.") with the
volume before its pinpoint: the volume of the work cited in full before, read with its term
as printed or as a bare Roman numeral (short_forms.VOLUME_BEFORE_LOCATOR), not left over."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "volume", "term", "page"), [
    # Italian notes of the LinkedBooks set (dev rows)
    ("Da Mosto, op. cit., vol. I, p. 202;", "I", "vol.", "202"),
    ("Regesti cit., Vol. I, p. 199.", "I", "Vol.", "199"),
    ("Mantese, op. cit., IV, p. 793.", "IV", None, "793"),
    # the same form in Russian and German notes (the markers of SHORT_FORM_MARKERS)
    ("Иванов, указ. соч., т. 2, с. 45.", "2", "т.", "45"),
    ("Geiger, a.a.O., Bd. 2, S. 7.", "2", "Bd.", "7"),
])
def test_the_volume_between_the_marker_and_the_page(text: str, volume: str, term: str | None,
                                                     page: str) -> None:
    reference = parse_reference(text)
    assert reference.kind == "op-cit"
    assert reference.fields["volume"] == volume
    assert reference.fields.get("custom", {}).get("designations", {}).get("volume") == term
    assert reference.locator == page
    assert not reference.leftover


@pytest.mark.parametrize("text", ["Smith, op. cit., vol. 2.", "Smith, op. cit., vol. 2, Oxford."])
def test_no_volume_is_read_without_a_pinpoint_after_it(text: str) -> None:
    assert "volume" not in parse_reference(text).fields


@pytest.mark.parametrize(("text", "volume", "page"), [
    # the GOST markers after a family name alone, as Soviet philology and Ukrainian notes
    # abbreviate them («Ук. соч., стр. 21», «вказ. праця»): reference_terms.OP_CIT_MARKERS
    ("Зализняк, ук. соч., т. II, стр. 21.", "II", "21"),
    ("Грушевський, вказ. праця, т. 2, с. 45.", "2", "45"),
])
def test_every_op_cit_marker_after_a_family(text: str, volume: str, page: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["author"][0].family == text.split(",")[0]
    assert "title" not in reference.fields
    assert (reference.fields["volume"], reference.locator) == (volume, page)
