"""A heading's initials after the first are one letter, or a transliteration's digraph:
a short title after them ("Иванов И. Ад.") is not taken for one more initial."""

import pytest

from biblio.parse import parse_footnotes


def heading_and_title(text: str) -> tuple[list[tuple[str, str]], str]:
    document = parse_footnotes([text])
    item = document.items[document.notes[0].cites[0].item]
    return ([(name.family, name.given) for name in item.fields["author"]],
            item.fields["title"])


@pytest.mark.parametrize("text, given, title", [
    ("Иванов И. Ад. М., 1999.", "И.", "Ад"),
    ("Guelton F. Où. Bruxelles, 1700.", "F.", "Où"),
])
def test_a_short_title_after_the_initials_is_the_title(text: str, given: str,
                                                       title: str) -> None:
    names, read_title = heading_and_title(text)
    assert names[0][1] == given
    assert read_title == title


@pytest.mark.parametrize("text, given", [
    ("Smirnova O. Yu. Istoriya. Moscow, 2001.", "O. Yu."),
    ("Ivanov A.Yu. Istoriya. Moscow, 2001.", "A.Yu."),
    ("Kuznetsov V. Zh. Istoriya. Moscow, 2001.", "V. Zh."),
    ("Dupont J.-Ph. Histoire. Paris, 1999.", "J.-Ph."),
    ("Томсон Дж. Дж. Электрон. М., 1928.", "Дж. Дж."),
])
def test_digraph_initials_after_the_first_stay_initials(text: str, given: str) -> None:
    assert heading_and_title(text)[0][0][1] == given
