"""The print run as an area of its own after the extent («— 520 с. — 2000 экз. —
(Серия)»), as GOST 7.1-2003 clause 5.9 and Soviet catalogue cards print it: kept in
`note`, and the areas around it read (a series after it, the statement before it)."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference


@pytest.mark.parametrize(("text", "note", "series", "publisher"), [
    ("Рукописный девичий рассказ / Сост. С.Б Борисов. - М.: ОГИ, 2002. - 520 с. – 2000 экз. "
     "– (Фольклор / постфольклор: новые материалы).", "2000 экз.",
     "Фольклор / постфольклор: новые материалы", "ОГИ"),
    ("Очерки земской статистики / сост. Е. В. Кузьмина. — Л. : Наука, 1979. — 312 с. — "
     "10 000 экз. — (Научно-популярная литература).", "10 000 экз.",
     "Научно-популярная литература", "Наука"),
    ("Очерки земской статистики. — Л. : Наука, 1979. — 312 с. — 1500 экз.", "1500 экз.",
     None, "Наука"),
    ("Історія краю / упоряд. О. П. Коваленко. – К. : Наука, 2007. – 240 с. – 300 пр.",
     "300 пр.", None, "Наука"),
])
def test_a_print_run_is_kept_in_note(text: str, note: str, series: str | None,
                                     publisher: str) -> None:
    fields = parse_reference(text).fields
    assert (fields.get("note"), fields.get("collection-title"), fields.get("publisher")) == \
        (note, series, publisher)


def test_the_statement_before_a_print_run_is_read() -> None:
    fields = parse_reference("Рукописный девичий рассказ / Сост. С.Б Борисов. - М.: ОГИ, "
                             "2002. - 520 с. – 2000 экз. – (Фольклор).").fields
    assert [(name.family, name.given) for name in fields["compiler"]] == [("Борисов", "С.Б")]
    assert (fields["title"], fields["number-of-pages"]) == ("Рукописный девичий рассказ", "520")
