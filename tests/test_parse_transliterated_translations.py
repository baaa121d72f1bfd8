"""Transliterated reference lists of Russian journals (GOST R 7.0.7, Scopus's
"References") print the English translation in brackets after the romanized title and
after the romanized journal, and may close with the original's language. The translations
are notes, not parts of the title or the journal; a bracketed title after a period
(PubMed's translated title) is the title. Forms: a food-technology journal's model list
(spfp-mgupp.ru), a music journal's References (cyberleninka), both in the dev set, and an
AnyStyle reference; values read off by hand."""

from __future__ import annotations

from biblio.parse import parse_footnotes
from biblio.formats.csljson import item_to_json


def _item(text: str) -> dict[str, object]:
    document = parse_footnotes([text])
    return item_to_json(document.items[document.notes[0].cites[0].item])


def test_the_translations_of_title_and_journal_are_notes() -> None:
    item = _item(
        "Borodulin D.M., Budrik V.G., Shulbaeva M.T., Shafraj A.V. Opredelenie "
        "ratsionalnykh parametrov raboty barabannogo smesitelya na osnove regressionnogo "
        "analiza pri poluchenii sukhoj jogurtnoj osnovy [Determination of rational operation "
        "parameters of the drum mixer on the basis of the regression analysis when receiving "
        "a dry yogurt basis]. Tekhnika i tekhnologiya pishhevykh proizvodstv [Technique and "
        "technology of food production], 2016, vol. 41, no. 2, pp. 84-90.")
    assert item["title"] == ("Opredelenie ratsionalnykh parametrov raboty barabannogo "
                             "smesitelya na osnove regressionnogo analiza pri poluchenii "
                             "sukhoj jogurtnoj osnovy")
    assert item["container-title"] == "Tekhnika i tekhnologiya pishhevykh proizvodstv"
    assert (item["volume"], item["issue"], item["page"]) == ("41", "2", "84-90")
    assert "Technique and technology of food production" in item["note"]


def test_the_originals_language_closing_the_reference() -> None:
    item = _item(
        "Shiryaeva O.F. Zhanr muzykal'noy kartiny v tvorchestve kompozitorov Sibiri i "
        "Dal'nego Vostoka [Genre of the musical picture in the work of composers of Siberia "
        "and the Far East]. Vestnik kul'tury i iskusstv [Bulletin of Culture and Arts], 2018, "
        "no. 1 (53), pp. 91-101. (In Russ.).")
    assert item["title"] == ("Zhanr muzykal'noy kartiny v tvorchestve kompozitorov Sibiri i "
                             "Dal'nego Vostoka")
    assert item["container-title"] == "Vestnik kul'tury i iskusstv"
    assert item["language"] == "ru" and "publisher-place" not in item


def test_a_bracketed_title_after_the_year_is_the_title() -> None:
    item = _item(
        "Liu, Y., Su, C., Song, X., Tang, Y., & Bao, Z. (2009). [Construction of Pichia "
        "pastoris strain expressing salivary plasminogen activator from vampire bat (Desmodus "
        "rotundus)]. Sheng wu gong cheng xue bao= Chinese journal of biotechnology, 25(4), "
        "566-574.")
    assert "Construction of Pichia pastoris" in str(item["title"])


def test_a_translation_after_the_titles_period_is_a_note() -> None:
    # APA lists of Ukrainian journals: a library-science article's References (dev set
    # batch 24) and a history journal's model examples (vps.pnu.edu.ua)
    item = _item("Variukhina, L. (2003). Vplyv Internet na praktychnu diialnist publichnoi "
                 "biblioteky. [Influence of the Internet on the practical activities of the "
                 "public library]. Bibliotechnyi Forum Ukrainy, 1, 23-26. [In Ukrainian].")
    assert item["title"] == "Vplyv Internet na praktychnu diialnist publichnoi biblioteky"
    assert item["container-title"] == "Bibliotechnyi Forum Ukrainy"
    assert item["note"] == ("Influence of the Internet on the practical activities of the "
                            "public library")
    assert item["language"] == "uk"
    item = _item("Reient, O., & Serdiuk, O. (2004). Persha suites and Ukraine. [World War I and "
                 "Ukraine]. Kyiv: Heneza, 480 p. [in Ukrainian].")
    assert item["title"] == "Persha suites and Ukraine"
    assert item["note"] == "World War I and Ukraine"
    assert item["publisher-place"] == "Kyiv"
