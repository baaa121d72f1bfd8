"""The Russian development set of issue 9 (tests/data/dev): its shape, and the field
accuracy the grammar reached on its `dev` rows, kept from falling back. The `test` rows
are not asserted here: they are measured, not tuned on (tests/data/dev/README.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from biblio.evaluation import FieldScore
from biblio.formats.csljson import item_to_json
from biblio.parse import parse_footnotes

DEV = Path(__file__).parent / "data" / "dev"
SETS = ("ru-gost-examples.jsonl", "ru-footnotes.jsonl")
FLOORS = {("ru-gost-examples.jsonl", 1): 0.97, ("ru-footnotes.jsonl", 1): 0.955,
          ("ru-gost-examples.jsonl", 3): 0.91, ("ru-footnotes.jsonl", 3): 0.95,
          ("ru-gost-examples.jsonl", 4): 0.98, ("ru-footnotes.jsonl", 4): 0.89,
          ("ru-gost-examples.jsonl", 5): 0.79, ("ru-footnotes.jsonl", 5): 0.89,
          ("ru-gost-examples.jsonl", 6): 0.94, ("ru-footnotes.jsonl", 6): 0.99,
          ("ru-gost-examples.jsonl", 7): 0.85, ("ru-footnotes.jsonl", 7): 0.95,
          ("ru-gost-examples.jsonl", 8): 0.85, ("ru-footnotes.jsonl", 8): 0.92,
          ("ru-footnotes.jsonl", 9): 0.85, ("ru-gost-examples.jsonl", 10): 0.87,
          ("ru-footnotes.jsonl", 11): 0.82, ("ru-gost-examples.jsonl", 12): 0.89,
          ("ru-gost-examples.jsonl", 14): 0.83, ("ru-gost-examples.jsonl", 16): 0.76,
          ("ru-footnotes.jsonl", 13): 0.85, ("ru-footnotes.jsonl", 15): 0.83,
          ("ru-gost-examples.jsonl", 18): 0.87, ("ru-footnotes.jsonl", 17): 0.72,
          ("ru-gost-examples.jsonl", 20): 0.84, ("ru-footnotes.jsonl", 19): 0.71,
          ("ru-footnotes.jsonl", 21): 0.73, ("ru-gost-examples.jsonl", 22): 0.77,
          ("ru-footnotes.jsonl", 23): 0.75, ("ru-gost-examples.jsonl", 24): 0.83,
          ("ru-footnotes.jsonl", 25): 0.75, ("ru-gost-examples.jsonl", 27): 0.74,
          ("ru-footnotes.jsonl", 28): 0.79, ("ru-footnotes.jsonl", 29): 0.74,
          ("ru-gost-examples.jsonl", 30): 0.84, ("ru-footnotes.jsonl", 31): 0.69,
          ("ru-gost-examples.jsonl", 32): 0.84, ("ru-footnotes.jsonl", 33): 0.83,
          ("ru-footnotes.jsonl", 34): 0.93, ("ru-gost-examples.jsonl", 35): 0.89,
          ("ru-footnotes.jsonl", 36): 0.72, ("ru-footnotes.jsonl", 37): 0.80,
          ("ru-gost-examples.jsonl", 38): 0.8, ("ru-footnotes.jsonl", 39): 0.65,
          ("ru-gost-examples.jsonl", 40): 0.93, ("ru-footnotes.jsonl", 41): 0.8,
          ("ru-gost-examples.jsonl", 41): 0.8, ("ru-footnotes.jsonl", 42): 0.83,
          ("ru-gost-examples.jsonl", 42): 0.9, ("ru-footnotes.jsonl", 43): 0.83,
          ("ru-gost-examples.jsonl", 44): 0.86,
          ("ru-footnotes.jsonl", 45): 0.77, ("ru-footnotes.jsonl", 46): 0.73,
          ("ru-footnotes.jsonl", 47): 0.92, ("ru-gost-examples.jsonl", 48): 0.70,
          ("ru-footnotes.jsonl", 50): 0.86, ("ru-gost-examples.jsonl", 50): 0.9,
          ("ru-footnotes.jsonl", 51): 0.65, ("ru-gost-examples.jsonl", 51): 0.85,
          ("ru-gost-examples.jsonl", 52): 0.84, ("ru-footnotes.jsonl", 53): 0.59}
"""Field accuracy on the dev rows of batches 1 and 2 when this test was written: 95.9 % and
89.2 %; batch 3 (a later session's material) has floors of its own, below its dev figures
after its fixes: 83.5 % and 79.9 %. Raised after batch 4's fixes, a little below the figures
then: footnotes of batches 1–2 92.4 %, batch 3 93.6 %; batch 4 GOST examples 94.0 %,
footnotes 85.1 %. Raised after batch 5's fixes, a little below the figures then (GOST
examples 95.0, 87.3, 98.8 and 67.2 % for batches 1–2, 3, 4 and 5; footnotes 94.2, 93.6, 88.0
and 85.0 %). Raised and extended after batch 6's fixes, a little below the figures then
(GOST examples 95.9, 89.2, 98.8, 70.8 and 76.9 % for batches 1–2, 3, 4, 5 and 6; footnotes
94.2, 93.6, 88.0, 85.8 and 96.2 %). Raised and extended after batch 7's fixes, a little
below the figures then (GOST examples 96.4, 89.2, 100.0, 70.8, 85.5 and 76.4 % for batches
1–2, 3, 4, 5, 6 and 7; footnotes 94.2, 93.6, 88.0, 85.8, 97.2 and 94.0 %). Raised and
extended after batch 8's fixes, a little below the figures then (GOST examples 88.0, 78.2
and 78.2 % for batches 6, 7 and 8; footnotes 86.7 % for batch 5 and 89.7 % for batch 8; the
others as after batch 7). Batch 9 (footnotes only) added after its fixes, and the footnote
floors raised, a little below the figures then (footnotes 94.2, 93.6, 88.0, 87.5, 97.9,
95.7, 89.7 and 76.1 % for batches 1–2, 3, 4, 5, 6, 7, 8 and 9). The GOST examples' raised
and extended after batch 10's fixes, a little below the figures then (97.3, 90.5, 100.0,
76.9, 90.2, 80.6, 82.1 and 71.4 % for batches 1–2, 3, 4, 5, 6, 7, 8 and 10). Raised after
the footnote mechanisms of the eleventh round (lead-in clauses, author–year forms,
publishers, volume sets, parts), a little below the figures then: footnotes 95.5, 94.9,
88.6, 98.6, 91.0 and 81.4 % for batches 1–2, 3, 4, 6, 8 and 9; GOST examples 72.4 % for
batch 10. Batch 11 (footnotes) added after its fixes, and the footnote floors raised, a
little below the figures then (95.5, 95.3, 89.7, 89.2, 99.3, 95.7, 91.0, 83.0 and 83.0 % for
batches 1–2, 3, 4, 5, 6, 7, 8, 9 and 11). The GOST examples' raised and extended after batch
12's fixes (the edition statement settled, genres at an area's end, hosts without "//"), a
little below the figures then (97.8, 91.1, 100.0, 76.9, 92.7, 83.3, 84.6, 86.5 and 87.9 %
for batches 1–2, 3, 4, 5, 6, 7, 8, 10 and 12). Raised after references the grammar cannot
read whole were read in part (biblio.parse.partial), a little below the figures then:
footnotes 96.4, 90.3, 90.0, 92.9 and 85.9 % for batches 1–2, 4, 5, 8 and 9; GOST examples
80.0, 84.7 and 87.6 % for batches 5, 7 and 10. The GOST examples' raised and extended after
batch 14's fixes (reviews, standards' notes and numbers, patents' inventors and bulletins,
adoption statements, volumes after an area dash, editorial boards, bracketed отсылки), a
little below the figures then (91.8, 95.3, 86.6, 85.9, 88.7, 90.6 and 84.7 % for batches 3,
6, 7, 8, 10, 12 and 14). Batch 13 (footnotes) added after its fixes, a little below
the figure then (86.4 %). Batch 15 (footnotes) added after its fixes (letters' and acts'
dates, newspapers by number and «от», sigla, a body's divisions), a little below the figure
then (83.7 %). Batch 16 (GOST examples) added after its fixes (patents cited by number,
Ukrainian archives with their full names, Belarusian places, translations in
transliterated lists, CSL forms), a little below the figure then (76.8 %). Batch 18 (GOST
examples) added after its fixes (Ukrainian access areas, acts before their titles and
without their gazettes, gazette issues in parts, chapters, extents in capitals), a little
below the figure then (89.8 %; 89.2 % with the third part, committed after the fixes).
Batch 17 (footnotes) added after its fixes (manuscript units «№», one-letter Roman
volumes, places joined by a spaced dash, a quoted title's publisher, addresses alone,
«Публ.»), a little below the figure then (73.3 %). Batch 19 (footnotes) added after its
fixes (a «№» glued to an area's dash, names in religion, a title before its author in the
genitive, an order after a CSL citation's name), a little below the figure then (72.4 %).
Batch 20 (GOST examples) added after its fixes (Ukrainian acts, names inverted after «/»
before the imprint, Roman volume ranges), a little below the figure then (85.6 %).
Batch 21 (footnotes) added after its fixes (a clause of prose before «см.:», an issue's
month in Chicago author-date), a little below the figure then (74.4 %). Batch 22 (GOST
examples) added after its fixes (a heading with the given names in full after a comma,
Belarusian boards' chief editors, a volume's title telling the language), a little below
the figure then (78.5 %). Batch 23 (footnotes) added after its fixes (written-out places
before a publisher, unpublished works' forms, Cyrillic Roman numerals, classical
authors), a little below the figure then (75.9 %). Batch 24 (GOST examples) added after its fixes (building codes
and sanitary norms, AIP imprints and pages, Pleiades articles, Vancouver names with
periods, Chicago author-date's month), a little below the figure then (84.2 %). Batch 25
(footnotes) added after its fixes (institutions «им.», files in parentheses after prose,
items of a collection by number, «Ук. соч.», Ukrainian «р.», Cyrillic Roman numerals), a
little below the figure then (76.2 %). Batch 27 (GOST examples) added after its fixes
(patents under their heading, «/ уклад.:» compilers, commentaries as genres, maps' scale
area), a little below the figure then (75.8 %). Batch 28 (footnotes) added after its fixes
(headings typed close up to the title, a newspaper's day before its year and number,
archives in parentheses after a dated document), a little below the figure then (80.4 %).
Batch 29 (footnotes of books outside history) added after its fixes (ancient and patristic
works by division and series, «В кн.:» without its dash, «и сл.» inside a list of pages), a
little below the figure then (75.0 %). Batch 30 (GOST and DSTU examples of Ukrainian, Kazakh and
Russian guides) added after its fixes (Kazakh «ж.», names family first after «/», Ukrainian
editions and editors, written-out numbering words), a little below the figure then (87.0 %).
Batch 31 (footnotes of editions of documents and letters, émigré works and notes mixing
languages) added after its fix (a GOST pinpoint before «;» or as a list of pages), a little
below the figure then (69.9 %). Batch 32 (GOST examples of guides not used before: Belarusian
lists of standards, course-paper and law-faculty guides, footnote examples) added after its
fixes (standards listed without imprint, a part's own title, an act's later wording), a
little below the figure then (85.8 %). Batch 33 (footnotes citing pre-1918 works, some in the
old spelling) added after its fixes (the old spelling's letters and final «ъ», a serial named
by its book alone), a little below the figure then (84.3 %). Batch 34 (footnotes of law and art
history) added after its fix (an act's registration in the Ministry of Justice), a little below
the figure then (94.6 %). Batch 35 (GOST examples of the
kinds the set has few of: patents, standards and building codes, periodicals, web sites)
added after its fixes (a mode of access naming what it opens, a standard's title after its
number and a space, a slash close up before «під ред.», an address broken by a space), a
little below the figure then (90.6 %). Batch 36 (encyclopedias' and biographical
dictionaries' source lists and references) added after its fixes (an author–year cite with
periods, a name and a quoted title), a little below the figure then (74.1 %). Batch 37
(archival source lines of published documents, 4 dev rows) added after its fix (a
publication's «Документы и материалы» as its genre), a little below the figure then
(83.3 %). Batch 38 (the
reference examples of journals' rules for authors) added after its fix (an author–year list's
key before the description), a little below the figure then (82.2 %). Batch 39 (articles' and
monographs' notes in church, art and music history, ethnography and patristics, and the
commentaries of Soviet academic editions) added after its fixes («No» for «№», the straight
single quote, the textual notes' «Подлинник:» and «Впервые:», the Latin «i» of Ukrainian and
Belarusian words, a comma closing a reference cut from its commentary, a new martyr's title),
a little below the
figure then (67.7 %). Batch 40 (GOST examples
of law, medical and history faculties' rules and guides for authors) added after its fixes (an
act's title, date and number before its host, a minus sign ranging pages), a little below the
figure then (95.0 %). Batch 41 (notes of articles and books in law, economics, church and press
history, reading lists and guides) added after its fixes (a periodical after «ж.», a
publication's statement after the page), a little below the figures then (footnotes 83.1 %,
GOST examples 82.4 %). Batch 42 (lists of abbreviations, reading lists, Wikipedia reference
lists, catalogue and source lines, notes of a history of Old Russian literature) added after
its fixes (a list of abbreviations' short form, a serial's volume after the area dash, an
author's numbered works, a name in religion alone, «СниП», a volume's own year and title, a
set's imprint above its volume's year), a little below the figures then (footnotes 85.2 %,
GOST examples 92.3 %). Batch 43 (notes of church, art, music and Ukrainian histories, Rybakov,
translations of English-language historians) added after its fixes (a name written out before
«указ. соч.», a page after a title cut by «…», an archive's acronym with «СПб», a «Там
же» file from its inventory down, a short form's «Кн.», a place alone between area dashes),
a little below the figure then (footnotes 84.5 %). Batch 44 (GOST examples: standards'
normative references and «Библиография», catalogue records, lists of acts, journals' citation
lines) added after its fixes (a regulation before the act that approved it, «года» after an
act's date, an act's title left open, «Ne» for «№», a document of standardization after its
kind, an IRBIS journal issue, a written-out place before its publisher, the heading repeated
after the title), a little below the figure then (88.2 %). Batch 45 (footnotes of literary
studies, philology and the arts: academic commentaries, memoirs' notes, folklore, theatre,
music, cinema) added after its fixes (a work keyed by its title and year outside brackets,
a Latin heading inverted before «//», a space before a comma, collected works after the
area dash), a little below the figure then (78.4 %). Batch 46 (notes of history with archives: a German divisional and a Kazakh famine history in translation, the Church Abroad,
Lenin's editors' notes, the Foreign Ministry's folders, a Ukrainian famine chronicle) added
after its fixes (the folder «пап.», a memorandum named with its kind's adjective and dated
inside its title, a page's period spaced off, a title opening with a noun and initials before
«/», a work by its author and title alone, «В кн.» before a quoted host), a little below the
figure then (footnotes 74.7 %).
Batch 47 (footnotes of the social
sciences: law, economics, sociology, political science, philosophy, Oriental studies, and
translations mixing Latin-script works) added after its fixes (an imprint repeated after
«Указ. соч.», a textbook's kind alone after the title's period, a quoted host after the area
dash with its volume, volumes listed with commas), a little below the figure then (94.6 %).
Batch 48 (GOST-form reference lists
of medicine, agronomy, geology and engineering, catalogue records, OJS citation lines, lists
of acts) added after its fixes (an act's figures date closed by «г.», a Russian journal's
one Vancouver number its issue, a book's imprint after «//», the areas' hyphen glued,
«Ред-сост.», «i dr.», transliterated «GOST»), a little below the figure then (71.7 %).
Batch 50 (footnotes of war, church, émigré and local history: archival lines of published
documents, source and reprint lines, running headers, local-history calendars' sources; a
few GOST-form lists) added after its fixes (a date the publisher established before the
archive, «СПб., Тип. …. 1830.», an ISBN after «Загл. с экрана.»), a little below the figures
then (footnotes 88.1 %, GOST examples 94.4 %).
Batch 51 (notes of philosophy, classics, theology and the history of science citing foreign
works, Migne, classical texts; two Byzantine bibliographies) added after its fixes (a work
hosted in a volume of Migne after «//», «Соч.:» and «Лит.:» as lead-ins, a translator after
the page, a clause of commentary after the page, a Latin given name and family closed by a
comma), a little below the figures then (footnotes 67.0 %, GOST examples 87.3 %).
Batch 52 (GOST-form lists of medicine, construction, sports, agronomy and mining,
dissertation catalogues, catalogue records, journals' citation lines) added after its fixes
(a journal's name as the last sentence before its number, year and pages, the year glued
to the extent by a dash, a bibliography note in its own area after the height), a little
below the figure then (85.7 %).
Batch 53 (footnotes of older and classic publications: the commentaries of Soviet collected
works of Chekhov, Gogol, Lermontov, Tolstoy, Dobrolyubov and Dostoevsky, Grot's Derzhavin in
the old orthography, papers of the 1930s) added after its fixes (history notes opened by
«Напечатано», a part statement and a dash, or «Печатается по» and the dative; periodicals'
head nouns; a journal's «отд.»; a sentence naming the source before its archive), a
little below the figure then (61.4 %)."""


def rows(name: str) -> list[dict[str, Any]]:
    with (DEV / name).open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


@pytest.mark.parametrize("name", SETS)
def test_every_row_has_an_id_text_gold_source_and_split(name: str) -> None:
    found = rows(name)
    assert len({row["id"] for row in found}) == len(found)
    for row in found:
        assert row["text"].strip() and row["source"].strip()
        assert row["split"] in ("dev", "test")
        assert row["item"]["type"]
        if "footnote" in row:
            assert isinstance(row["cite_index"], int)


@pytest.mark.parametrize("name", SETS)
def test_rows_of_one_source_share_a_split(name: str) -> None:
    splits: dict[str, set[str]] = {}
    for row in rows(name):
        splits.setdefault(row["source"], set()).add(row["split"])
    assert all(len(found) == 1 for found in splits.values())


def test_about_a_third_is_held_out() -> None:
    every = [row for name in SETS for row in rows(name)]
    held_out = sum(row["split"] == "test" for row in every)
    assert 0.25 <= held_out / len(every) <= 0.45


@pytest.mark.parametrize(("name", "batch"), sorted(FLOORS))
def test_dev_rows_keep_their_field_accuracy(name: str, batch: int) -> None:
    score = FieldScore()
    for row in rows(name):
        if row["split"] != "dev" or max(row.get("batch", 1), 2) != max(batch, 2):
            continue
        document = parse_footnotes([row["text"]])
        cites = document.notes[0].cites
        predicted = item_to_json(document.items[cites[0].item]) if cites else None
        score.add(row["item"], predicted, row.get("unscored", ()))
    assert score.accuracy >= FLOORS[name, batch]
