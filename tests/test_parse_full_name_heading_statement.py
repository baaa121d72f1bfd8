"""A heading whose given name is written out, then a statement of responsibility after " / ":
the heading is the author, as a heading with initials is (`gost._authors`, GOST 7.1-2003
clause 5.2.5), and a stated name that is none of the heading's is reported, not taken for
the author while the heading is lost. Real forms: dev rows ru-fn-1386 (batch 17, an émigré
press's imprint after the slash, its statement written for the test) and ru-gost-201
(batch 6, a library catalogue's record); values read off by hand."""

from __future__ import annotations

from biblio.model import Name
from biblio.parse.gost import parse_reference


def test_a_full_name_heading_is_kept_beside_a_statement_naming_another() -> None:
    # ru-fn-1386's heading with a statement in place of its imprint (whose «Ardis / Ann
    # Arbor» is read as firm and place since session 29, fam42), written for the test
    reference = parse_reference(
        "Зинаида Гиппиус. Письма к Берберовой и Ходасевичу / Эрика Фрайбергер. 1978. P. 50.")
    assert reference.fields["author"] == [Name(family="Гиппиус", given="Зинаида")]
    assert [leftover.text for leftover in reference.leftover] == ["Фрайбергер Эрика"]
    reference = parse_reference(
        "Зинаида Гиппиус. Письма к Берберовой и Ходасевичу. Ardis / Ann Arbor. 1978. P. 50.")
    assert reference.fields["author"] == [Name(family="Гиппиус", given="Зинаида")]
    assert (reference.fields["publisher"], reference.leftover) == ("Ardis", [])


def test_a_statement_repeating_the_heading_adds_nothing() -> None:
    reference = parse_reference(
        "Рябов, Юрий А.. Богохранимая страна наша Российская: государство и общество в России "
        "на рубеже ХІХ-ХХ веков / Юрий А. Рябов . - Санкт-Петербург : Сатисъ, Держава, 2004 . "
        "- 462 с. 24 л. ил. 21 см. К.: Бібліогр. : с. 211-220 ISBN: 5-7373-0052-8")
    assert reference.fields["author"] == [Name(family="Рябов", given="Юрий А.")]
    assert not any("Рябов" in leftover.text for leftover in reference.leftover)
