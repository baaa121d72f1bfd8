"""The one number Vancouver prints after a Russian journal's year is its issue: Russian
journals are numbered by issue (GOST 7.1-2003's «№»), and a volume comes with its issue in
parentheses («2011;17(4)»). A medical article's reference list (batch 48, rumedo) prints
«Анестезиология и реаниматология. 1982; 6: 3-4», spaced and with no closing period; the
dev set's Russian journals in their English lists mark the language («Pirogov Russian
Journal of Surgery. 2018;9:56–60. (In Russ.)», ru-gost-908). A journal neither Cyrillic
nor marked Russian keeps the number as its volume, as Vancouver's own journals print it.
The values were read off the texts by hand."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes


def _item(text: str) -> dict:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return document.items[cite.item].fields


@pytest.mark.parametrize(("text", "journal", "issue", "page", "year"), [
    ("Бунятян А. А. Пути развития советской анестезиологии. Анестезиология и реаниматология. "
     "1982; 6: 3-4", "Анестезиология и реаниматология", "6", "3-4", 1982),
    # the same form unspaced, closed by its period, another journal and pages
    ("Петров И. И., Сидорова А. В. Лечение ожогов у детей. Хирургия. 2005;3:12-15.",
     "Хирургия", "3", "12-15", 2005),
    # an abbreviated journal, the pages' last figures cut
    ("Личко А.Е., Иванов Н.Я. Методика определения типа отношения к болезни. Журн. "
     "невропатол. и психиатр. 1980; 8: 1527–30.", "Журн. невропатол. и психиатр", "8",
     "1527–30", 1980),
    # a Russian journal's English line, marked Russian
    ("Khubezov D.A., Sazhin V.P. Current directions in professional training of surgeon. "
     "Pirogov Russian Journal of Surgery. 2018;9:56–60. (In Russ.)",
     "Pirogov Russian Journal of Surgery", "9", "56–60", 2018),
])
def test_a_russian_journals_one_number_is_its_issue(text: str, journal: str, issue: str,
                                                     page: str, year: int) -> None:
    fields = _item(text)
    assert fields["container-title"] == journal
    assert fields["issue"] == issue
    assert "volume" not in fields
    assert fields["page"] == page
    assert fields["issued"].parts == [[year]]


def test_a_volume_with_its_issue_in_parentheses_stays_a_volume() -> None:
    fields = _item("Бащинский С.Е. Структура научных публикаций. Эндоскопическая хирургия. "
                   "2011;17(4):50-55.")
    assert (fields["volume"], fields["issue"]) == ("17", "4")


def test_another_journals_one_number_is_its_volume() -> None:
    fields = _item("Smith J, Jones B. A randomised trial. N Engl J Med. 2003;348:1170-5.")
    assert fields["volume"] == "348"
    assert "issue" not in fields
