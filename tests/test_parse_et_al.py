"""«и др.», "et al." outside a GOST heading (issue 9): a statement of responsibility, an
editorial board and an author-date or Vancouver list of names end with the mark of names
left out, Name(literal=OTHERS), as a heading does, so that a writer prints it back.

The texts are real references: the Russian development set's notes and the external
sets' dev rows; the names expected were read off each text by hand."""

from __future__ import annotations

import pytest

import biblio
from biblio.model import OTHERS, Name
from biblio.parse import parse_footnotes

ETAL = Name(literal=OTHERS)


def _first_item(text: str) -> dict:
    document = parse_footnotes([text])
    return document.items[document.notes[0].cites[0].item]


@pytest.mark.parametrize(("text", "role", "named"), [
    # GOST 7.1-2003 clause 4.7.1: the first of four or more, then «[и др.]»
    ("Дынкин А. А. Россия и мир: 2013. Экономика и внешняя политика. Ежегодный прогноз / "
     "А. А. Дынкин [и др.] – М.: ИМЭМО РАН, 2012. – 140 с.", "author", ["Дынкин"]),
    ("Экономика: учебное пособие / В. В. Прокин [и др.]; под ред. В. В. Прокина. – Спб.: "
     "Питер, 2012. – 327 с.", "author", ["Прокин"]),
    # without the brackets, after three names
    ("Минаков, И. А. Экономика сельского хозяйства / И. А. Минаков, Н. П. Касторнов, "
     "Р. А. Смыков и др.; Под ред. И. А. Минакова. – 2-е изд. перераб. и доп. – М.: КолосС, "
     "2005. – 400 с.", "author", ["Минаков", "Касторнов", "Смыков"]),
    # a Ukrainian university's English monograph, "et al."
    ("Dynamic Analysis of Centrifugal Machines Rotors with Combined Using 3D and 2D Finite "
     "Element Models : monograph / I. Pavlenko et al. Ludenscheid : RAM-Verlag, 2018. 145 p.",
     "author", ["Pavlenko"]),
])
def test_a_statement_of_responsibility_ends_its_names_with_the_others_mark(
        text: str, role: str, named: list[str]) -> None:
    names = _first_item(text)[role]
    assert [name.family for name in names[:-1]] == named
    assert names[-1] == ETAL


@pytest.mark.parametrize(("text", "named"), [
    ("Kimm, T., et al., 2015, MNRAS, 451, 2900", ["Kimm"]),  # astronomy, GROBID's set
    ("Böhringer, H., Chon, G., Retzlaff, J., et al. 2017, AJ, 153, 220",
     ["Böhringer", "Chon", "Retzlaff"]),
    ("Schulman JE, O’Toole RV, Castillo RC, et al: Pelvic ring fractures are an independent "
     "risk factor for death after blunt trauma. J Trauma 68(4): 930–934, 2010.",  # AnyStyle's
     ["Schulman", "O’Toole", "Castillo"]),
    ("Fukushima H, Cureoglu S, Schachern PA, et al. Cochlear changes in patients with "
     "type 1 diabetes mellitus. Otolaryngol Head Neck Surg. 2005;133(1):100-106.",  # AMA
     ["Fukushima", "Cureoglu", "Schachern"]),
])
def test_a_latin_list_of_authors_ending_in_et_al_keeps_the_mark(text: str,
                                                                 named: list[str]) -> None:
    names = _first_item(text)["author"]
    assert [name.family for name in names[:-1]] == named
    assert names[-1] == ETAL


def test_no_mark_without_et_al() -> None:
    names = _first_item("Экономика: учебное пособие / В. В. Прокин; под ред. В. В. Прокина. "
                        "– Спб.: Питер, 2012. – 327 с.")["author"]
    assert names == [Name(family="Прокин", given="В. В.")]


def test_the_writers_print_the_mark_back() -> None:
    # GOST R 7.0.5-2008 prints the other authors as «[и др.]» (Latin "[et al.]"), with no
    # comma before it (GOST 7.1-2003's example "/ А. Н. Сахаров, Л. Е. Морозова [и др.]");
    # Chicago 14.76 "et al."
    document = parse_footnotes(["Минаков, И. А. Экономика сельского хозяйства / И. А. Минаков, "
                                "Н. П. Касторнов, Р. А. Смыков и др.; Под ред. И. А. Минакова. – "
                                "2-е изд. перераб. и доп. – М.: КолосС, 2005. – 400 с."])
    assert "/ И. А. Минаков, Н. П. Касторнов, Р. А. Смыков [и др.];" in \
        biblio.render(document, style="gost").notes[0]
    document = parse_footnotes(["Kimm, T., et al., 2015, MNRAS, 451, 2900"])
    assert "T. Kimm et al." in biblio.render(document, style="chicago").notes[0]
