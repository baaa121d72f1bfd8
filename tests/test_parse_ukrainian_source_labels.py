"""The Ukrainian labels before a reference: «Джерело:» (the source under a text or a table,
as the Russian «Источник:» is) and «Посилання:» (the citation line a library's record
offers to copy, dev row ru-gost-321, typed with no space after the colon there). The label
is the cite's prefix, never the title's first word."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference


@pytest.mark.parametrize("label", ["Джерело: ", "Посилання: ", "Посилання:", "Джерело:"])
def test_a_source_label_before_a_title_is_no_part_of_it(label: str) -> None:
    reference = parse_reference(f"{label}Козацькі літописи / Ю. А. Мицик // Український "
                                "історичний журнал. — 2001. — № 4. — С. 12-20.")
    assert reference.fields["title"] == "Козацькі літописи"
    assert reference.fields["container-title"] == "Український історичний журнал"
    assert reference.prefix == label.strip()


def test_the_word_without_its_colon_stays_the_titles() -> None:
    reference = parse_reference("Джерело живої води / І. Драч. — К. : Дніпро, 1990. — 120 с.")
    assert reference.fields["title"] == "Джерело живої води"
    assert reference.prefix is None
